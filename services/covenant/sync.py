"""Regional offices syncing signatories: one PUT, or a batch answered item by item (207).

Each item is checked before anything is written (valid, of the caller's covenant, not
stale, not clashing with another signatory's ids), so a refused item is never half
written, and the items that pass are written together in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from services.covenant import repository
from services.covenant.auth import covenant_refusal
from services.covenant.domain import UnknownCountry, affects_compliance
from services.covenant.models import Signatory
from services.covenant.records import SignatoryData
from services.covenant.registry import Registry
from services.covenant.schemas import BatchItem, SignatoryUpsert
from shared.concurrency import etag, if_match_failure
from shared.identity import Identity
from shared.problems import Problem, problem_body


@dataclass
class SyncItem:
    """One record to upsert, or (data None) the problem that already refused it."""

    gcom_id: str
    data: SignatoryData | None
    if_match: str | None = None
    problem: Problem | None = None


@dataclass
class SyncOutcome:
    """What became of one item: its status, and the signatory or the problem that refused it."""

    status: int
    outcome: str  # created | updated | unchanged | refused
    signatory: Signatory | None = None
    problem: Problem | None = None

    def as_result(self, index: int, gcom_id: str) -> dict[str, Any]:
        """The item's entry in a 207 answer."""
        result: dict[str, Any] = {"index": index, "gcom_id": gcom_id, "status": self.status, "outcome": self.outcome}
        if self.signatory is not None:
            result |= {"id": self.signatory.id, "etag": etag(self.signatory.version)}
        if self.problem is not None:
            p = self.problem
            result["problem"] = problem_body(p.status, p.detail, title=p.title, type_=p.type, errors=p.errors, **p.extra)
        return result


def parse_batch_item(raw: Any, index: int) -> SyncItem:
    """Validate one item of a batch on its own, so one bad item does not sink the others."""
    gcom_id = str(raw.get("gcom_id", "")) if isinstance(raw, dict) else ""
    try:
        item = BatchItem.model_validate(raw)
    except ValidationError as exc:
        errors = [
            {"pointer": f"/items/{index}/" + "/".join(str(p) for p in e["loc"]), "detail": e["msg"], "code": e["type"]}
            for e in exc.errors(include_url=False)
        ]
        return SyncItem(gcom_id, None, problem=Problem(422, f"Item {index} is not a valid signatory.", errors=errors))
    return SyncItem(item.gcom_id, SignatoryData.from_upsert(item), item.if_match)


def _refusal(
    reg: Registry,
    identity: Identity,
    item: SyncItem,
    data: SignatoryData,
    existing: Signatory | None,
    org_owner: str | None,
) -> Problem | None:
    try:
        covenant = reg.covenants.covenant_of(data.country_code)
    except UnknownCountry as exc:
        return Problem(422, str(exc), errors=[{"pointer": "/country_code", "detail": str(exc), "code": "unknown_country"}])
    reason = covenant_refusal(identity, existing.regional_covenant if existing else None, covenant)
    if reason:
        return Problem(403, reason)
    stale = if_match_failure(item.if_match, existing.version if existing else None)
    if stale is not None:
        return stale
    if data.organisation_id and org_owner is not None and org_owner != item.gcom_id:
        return Problem(409, f"organisation_id {data.organisation_id} already belongs to signatory {org_owner}.")
    return None


async def sync(reg: Registry, identity: Identity, items: list[SyncItem]) -> list[SyncOutcome]:
    """Upsert the items that pass every check; an outcome per item, in order."""
    session = reg.session
    gcom_ids = [i.gcom_id for i in items if i.data is not None]
    existing = await repository.signatories_by_gcom_id(session, gcom_ids) if gcom_ids else {}
    org_ids = [i.data.organisation_id for i in items if i.data is not None and i.data.organisation_id]
    owners = await repository.organisation_owners(session, org_ids) if org_ids else {}
    outcomes: list[SyncOutcome] = []
    seen_gcom: dict[str, int] = {}
    seen_org: dict[str, int] = {}
    to_create: list[tuple[int, SyncItem]] = []
    to_update: list[tuple[int, Signatory, SignatoryData]] = []
    for n, item in enumerate(items):
        problem = item.problem
        if problem is None and item.gcom_id in seen_gcom:
            problem = Problem(409, f"Item {n} repeats gcom_id {item.gcom_id} of item {seen_gcom[item.gcom_id]}.")
        org = item.data.organisation_id if item.data else None
        if problem is None and org and org in seen_org:
            problem = Problem(409, f"Item {n} repeats organisation_id {org} of item {seen_org[org]}.")
        current = existing.get(item.gcom_id)
        if problem is None and item.data is not None:
            problem = _refusal(reg, identity, item, item.data, current, owners.get(org) if org else None)
        if problem is not None:
            outcomes.append(SyncOutcome(problem.status, "refused", problem=problem))
            continue
        seen_gcom[item.gcom_id] = n
        if org:
            seen_org[org] = n
        outcomes.append(SyncOutcome(0, ""))
        if current is None:
            to_create.append((n, item))
        else:
            to_update.append((n, current, item.data))
    created = await reg.create([(item.gcom_id, item.data) for _, item in to_create])
    for (n, _), s in zip(to_create, created, strict=True):
        outcomes[n] = SyncOutcome(201, "created", s)
    # Read first, change after: each updated signatory is then written once, by finish().
    reassessed = [s for _, s, data in to_update if affects_compliance(reg.sync_changes(s, data))]
    evidence = await reg.evidence(reassessed) if reassessed else None
    changes = {n: reg.apply_sync(s, data) for n, s, data in to_update}
    if evidence is not None:
        reg.assess(reassessed, evidence)
    for n, s, _ in to_update:
        outcomes[n] = SyncOutcome(200, "updated" if changes[n] else "unchanged", s)
        if changes[n]:
            reg.updated_event(s, changes[n])
    await reg.finish()
    return outcomes


async def upsert_signatory(
    reg: Registry, identity: Identity, gcom_id: str, body: SignatoryUpsert, if_match: str | None
) -> SyncOutcome:
    """Create or replace one signatory by its GCoM id (a sync of one item); its problem is raised."""
    outcome = (await sync(reg, identity, [SyncItem(gcom_id, SignatoryData.from_upsert(body), if_match)]))[0]
    if outcome.problem is not None:
        raise outcome.problem
    return outcome


async def batch_upsert(reg: Registry, identity: Identity, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Upsert up to 1,000 signatories; each item answers with its own status (the 207 body)."""
    outcomes = await sync(reg, identity, [parse_batch_item(raw, n) for n, raw in enumerate(items)])
    gcom_ids = [str(raw.get("gcom_id", "")) for raw in items]
    return {"items": [o.as_result(n, gcom_ids[n]) for n, o in enumerate(outcomes)]}
