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
from services.covenant.schemas import BatchItem
from services.covenant.service import Registry, SignatoryData
from shared.concurrency import etag, if_match_failure
from shared.identity import Identity
from shared.problems import Problem, problem_body


@dataclass
class SyncItem:
    """One record to upsert, or the problem that already refused it."""

    gcom_id: str
    data: SignatoryData | None
    if_match: str | None = None
    problem: Problem | None = None


@dataclass
class SyncOutcome:
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
    existing: Signatory | None,
    org_owner: str | None,
) -> Problem | None:
    data = item.data
    assert data is not None
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
        if problem is None:
            problem = _refusal(reg, identity, item, current, owners.get(org) if org else None)
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
    changes = {n: reg.apply_sync(s, data) for n, s, data in to_update}
    changed = [s for n, s, _ in to_update if changes[n]]
    await reg.reassess([s for n, s, _ in to_update if affects_compliance(changes[n])])
    for n, s, _ in to_update:
        outcomes[n] = SyncOutcome(200, "updated" if changes[n] else "unchanged", s)
        if changes[n]:
            reg.updated_event(s, changes[n])
    await reg.touch(changed)
    await reg.commit_events()
    return outcomes
