"""Use cases of deadline extensions: grant one (reassessing at once), list them."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant.auth import ensure_may_write
from services.covenant.domain import extension_problems
from services.covenant.extensions import repository as extensions_repository
from services.covenant.extensions.schemas import DeadlineExtensionCreate
from services.covenant.models import DeadlineExtension
from services.covenant.registry import Registry
from services.covenant.service import get_signatory
from shared.contracts.covenant import DeadlineExtended
from shared.identity import Identity
from shared.ids import new_id
from shared.problems import Problem


async def grant_extension(reg: Registry, identity: Identity, key: str, data: DeadlineExtensionCreate) -> DeadlineExtension:
    """Move one of a signatory's reporting deadlines (its office or an admin); 422 naming the rule
    when the signatory owes no such report or the date is not later than its deadline now."""
    s = await get_signatory(reg.session, key, for_update=True)
    ensure_may_write(identity, s.regional_covenant)
    broken = extension_problems(s.compliance_missing, data.item, data.pillar, data.due_on)
    if broken:
        raise Problem(
            422,
            " ".join(b.detail for b in broken),
            errors=[{"rule": b.rule, "pointer": f"/{b.field}", "detail": b.detail} for b in broken],
        )
    # The pillar as the compliance engine keys the obligation (an inventory is mitigation's).
    pillar = data.pillar.value if data.pillar else next(m["pillar"] for m in s.compliance_missing if m["item"] == data.item)
    extension = DeadlineExtension(
        id=new_id(),
        signatory_id=s.id,
        item=data.item.value,
        pillar=pillar,
        due_on=data.due_on,
        reason=data.reason,
        granted_by=identity.subject[:200],
        created_at=reg.now,
    )
    reg.session.add(extension)
    event = DeadlineExtended(
        signatory_id=s.id,
        gcom_id=s.gcom_id,
        regional_covenant=s.regional_covenant,
        item=extension.item,
        pillar=pillar,
        due_on=extension.due_on,
        reason=extension.reason,
    )
    reg.events.append((event, s.id))
    await reg.updated(s, [])
    return extension


async def list_extensions(session: AsyncSession, key: str) -> list[DeadlineExtension]:
    """A signatory's deadline extensions, in the order granted."""
    return await extensions_repository.list_extensions(session, (await get_signatory(session, key)).id)
