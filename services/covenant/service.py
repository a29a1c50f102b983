"""Use cases of the covenant service: each runs inside the caller's transaction and writes
its events to the outbox in that same transaction.

Every change to a signatory goes through `Registry`: it reassesses compliance, bumps the
version, moves the signatory to the head of the change feed and records the events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from types import SimpleNamespace

from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant import repository
from services.covenant.auth import ensure_admin, ensure_may_write
from services.covenant.domain import (
    GENERATION_PILLARS,
    Compliance,
    DeadlinePolicy,
    Evidence,
    Generation,
    Pillar,
    RegionalCovenantMap,
    ReportKind,
    SignatoryStatus,
    UnknownCountry,
    assess,
    default_policy,
)
from services.covenant.models import (
    Commitment,
    DeadlinePolicyRow,
    Report,
    Signatory,
    SignatoryBadge,
    SignatoryTombstone,
    kit,
)
from shared.concurrency import if_match_failure
from shared.contracts.action_plans import PlanApproved
from shared.contracts.covenant import (
    CommitmentInfo,
    CommitmentMade,
    ComplianceChanged,
    SignatoryDeleted,
    SignatoryJoined,
    SignatoryProfile,
    SignatoryUpdated,
    SignatoryWithdrawn,
)
from shared.db import utcnow
from shared.events import EventPayload
from shared.identity import Identity
from shared.ids import new_id
from shared.outbox import record_events
from shared.problems import Problem

# The fields a sync sets and compares; a re-sync with the same values changes nothing.
SYNC_FIELDS = (
    "organisation_id",
    "name",
    "country_code",
    "population",
    "latitude",
    "longitude",
    "adhesion_date",
    "adhesion_type",
    "group_profile",
    "reporting_expected",
    "group_organisation_id",
    "group_name",
    "coordinators",
    "supporters",
    "reported_status",
)


@dataclass
class SignatoryData:
    """A signatory as a sync or an import states it."""

    name: str
    country_code: str
    adhesion_date: date
    adhesion_type: str
    organisation_id: str | None = None
    population: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    group_profile: bool = False
    reporting_expected: bool = True
    group_organisation_id: str | None = None
    group_name: str | None = None
    coordinators: list[str] = field(default_factory=list)
    supporters: list[str] = field(default_factory=list)
    reported_status: str | None = None
    commitments: list[tuple[str, str, date]] = field(default_factory=list)  # pillar, generation, committed_on

    @classmethod
    def from_upsert(cls, body) -> SignatoryData:
        """From a SignatoryUpsert (or BatchItem) wire model."""
        return cls(
            name=body.name,
            country_code=body.country_code,
            adhesion_date=body.adhesion_date,
            adhesion_type=body.adhesion_type.value,
            organisation_id=body.organisation_id,
            population=body.population,
            latitude=body.latitude,
            longitude=body.longitude,
            group_profile=body.group_profile,
            reporting_expected=body.reporting_expected,
            group_organisation_id=body.group.organisation_id if body.group else None,
            group_name=body.group.name if body.group else None,
            coordinators=list(body.coordinators),
            supporters=list(body.supporters),
            reported_status=body.reported_status.value if body.reported_status else None,
            commitments=[(c.pillar.value, c.generation.value, c.committed_on or body.adhesion_date) for c in body.commitments],
        )

    @classmethod
    def with_generations(cls, generations: Iterable[Generation], **fields) -> SignatoryData:
        """A record committing to every pillar of the given generations on the adhesion date."""
        data = cls(**fields)
        data.commitments = [(p.value, g.value, data.adhesion_date) for g in generations for p in GENERATION_PILLARS[g]]
        return data


def profile_of(s: Signatory) -> SignatoryProfile:
    """The event view of a signatory."""
    return SignatoryProfile(
        signatory_id=s.id,
        gcom_id=s.gcom_id,
        organisation_id=s.organisation_id,
        name=s.name,
        country_code=s.country_code,
        regional_covenant=s.regional_covenant,
        population=s.population,
        adhesion_date=s.adhesion_date,
        adhesion_type=s.adhesion_type,
        status=s.status,
        badges=sorted(b.badge for b in s.badges),
        commitments=[commitment_info(c) for c in s.commitments],
    )


def commitment_info(c: Commitment) -> CommitmentInfo:
    return CommitmentInfo(commitment_id=c.id, pillar=c.pillar, generation=c.generation, committed_on=c.committed_on)


def evidence_of(s: Signatory, subs: repository.Submissions | None) -> Evidence:
    """What the compliance engine needs of a signatory; `subs` None for a brand-new one."""
    committed: dict[Pillar, date] = {}
    for c in s.commitments:
        pillar = Pillar(c.pillar)
        committed[pillar] = min(c.committed_on, committed.get(pillar, c.committed_on))
    evidence = Evidence(
        adhesion_date=s.adhesion_date,
        reporting_expected=s.reporting_expected,
        withdrawn=s.status == SignatoryStatus.withdrawn,
        committed=committed,
    )
    if subs is None:
        return evidence
    evidence.targets = subs.targets.get(s.id, set())
    evidence.baseline_inventory = subs.baseline_inventory.get(s.id)
    evidence.risk_assessment = subs.risk_assessment.get(s.id)
    evidence.energy_access_assessment = subs.energy_access_assessment.get(s.id)
    evidence.monitoring = subs.monitoring.get(s.id, [])
    for pillars, on in subs.plans.get(s.id, []):
        for pillar in pillars or [p.value for p in committed]:
            p = Pillar(pillar)
            evidence.plans[p] = min(on, evidence.plans.get(p, on))
    return evidence


_SIGNATORY_COLUMNS = tuple(c.key for c in Signatory.__table__.columns)


class Registry:
    """One transaction's view of the registry: covenant map, policies and today."""

    def __init__(self, session: AsyncSession, covenants: RegionalCovenantMap, today: date, now: datetime) -> None:
        self.session = session
        self.covenants = covenants
        self.today = today
        self.now = now
        self._policies: dict[str, DeadlinePolicy] | None = None
        self.events: list[tuple[EventPayload, str | None]] = []

    async def policy(self, covenant: str) -> DeadlinePolicy:
        """The deadline policy of a covenant, read once per transaction."""
        if self._policies is None:
            rows = await repository.policies(self.session)
            self._policies = {
                k: DeadlinePolicy(
                    k, r.inventory_within_years, r.assessment_within_years, r.plan_within_years, r.monitoring_every_years
                )
                for k, r in rows.items()
            }
        return self._policies.get(covenant) or default_policy(covenant)

    def covenant_of(self, country_code: str, pointer: str = "/country_code") -> str:
        """The regional covenant of a country, or 422."""
        try:
            return self.covenants.covenant_of(country_code)
        except UnknownCountry as exc:
            raise Problem(422, str(exc), errors=[{"pointer": pointer, "detail": str(exc), "code": "unknown_country"}]) from exc

    # --- creating -----------------------------------------------------------------------

    async def create(self, items: list[tuple[str | None, SignatoryData]]) -> list[SimpleNamespace]:
        """Insert new signatories with their commitments, badges and events, in bulk.

        Returns plain records (not ORM objects) with the inserted values.
        """
        if not items:
            return []
        sig_rows: list[dict] = []
        commitment_rows: list[dict] = []
        badge_rows: list[dict] = []
        made: list[SimpleNamespace] = []
        first_seq = await repository.next_change_seqs(self.session, len(items))
        for n, (gcom_id, data) in enumerate(items):
            # Plain records and Core inserts: ORM objects cost several times more per row on an import.
            s = SimpleNamespace(**dict.fromkeys(_SIGNATORY_COLUMNS))
            s.id, s.gcom_id, s.version, s.change_seq = new_id(), gcom_id, 1, first_seq + n
            s.regional_covenant = self.covenant_of(data.country_code)
            for f in SYNC_FIELDS:
                setattr(s, f, getattr(data, f))
            withdrawn = data.reported_status == SignatoryStatus.withdrawn
            s.status = SignatoryStatus.withdrawn.value if withdrawn else SignatoryStatus.published.value
            s.withdrawn_at = self.now if withdrawn else None
            s.created_at = s.updated_at = self.now
            s.commitments = [
                SimpleNamespace(id=new_id(), signatory_id=s.id, pillar=p, generation=g, committed_on=on, created_at=self.now)
                for p, g, on in sorted(_unique_commitments(data.commitments), key=lambda c: (c[2], c[0], c[1]))
            ]
            compliance = assess(evidence_of(s, None), await self.policy(s.regional_covenant), self.today)
            _apply_compliance(s, compliance, self.today)
            s.badges = [SimpleNamespace(badge=b) for b in sorted(compliance.badges)]
            sig_rows.append({k: getattr(s, k) for k in _SIGNATORY_COLUMNS})
            commitment_rows += [vars(c) for c in s.commitments]
            badge_rows += [{"signatory_id": s.id, "badge": b.badge} for b in s.badges]
            self.events.append((SignatoryJoined(signatory=profile_of(s)), s.id))
            self.events += [(self.commitment_made(s, c), s.id) for c in s.commitments]
            made.append(s)
        await repository.insert_signatories(self.session, sig_rows, commitment_rows, badge_rows)
        return made

    def commitment_made(self, s: Signatory, c: Commitment) -> CommitmentMade:
        """The `commitment.made` event of a signatory's commitment."""
        return CommitmentMade(
            signatory_id=s.id,
            gcom_id=s.gcom_id,
            signatory_name=s.name,
            country_code=s.country_code,
            regional_covenant=s.regional_covenant,
            commitment=commitment_info(c),
        )

    # --- updating -----------------------------------------------------------------------

    def apply_sync(self, s: Signatory, data: SignatoryData) -> list[str]:
        """Copy a synced record onto a signatory; the names of what changed."""
        changed = [f for f in SYNC_FIELDS if getattr(s, f) != getattr(data, f)]
        for f in changed:
            setattr(s, f, getattr(data, f))
        if "country_code" in changed:
            s.regional_covenant = self.covenant_of(data.country_code)
        have = {(c.pillar, c.generation) for c in s.commitments}
        for p, g, on in _unique_commitments(data.commitments):
            if (p, g) not in have:
                c = Commitment(id=new_id(), pillar=p, generation=g, committed_on=on, created_at=self.now)
                s.commitments.append(c)
                self.events.append((self.commitment_made(s, c), s.id))
                if "commitments" not in changed:
                    changed.append("commitments")
        if "reported_status" in changed:
            if data.reported_status == SignatoryStatus.withdrawn and s.status != SignatoryStatus.withdrawn:
                self.withdraw(s, "reported withdrawn by the regional office")
            elif data.reported_status != SignatoryStatus.withdrawn and s.status == SignatoryStatus.withdrawn:
                s.status, s.withdrawn_at, s.withdrawal_reason = SignatoryStatus.published, None, None
        return changed

    def withdraw(self, s: Signatory, reason: str | None) -> None:
        s.status, s.withdrawn_at, s.withdrawal_reason = SignatoryStatus.withdrawn, self.now, reason
        self.events.append((SignatoryWithdrawn(signatory=profile_of(s), reason=reason, withdrawn_at=self.now), s.id))

    async def reassess(self, signatories: list[Signatory]) -> set[str]:
        """Recompute compliance; the ids whose status or badges changed (with their events)."""
        if not signatories:
            return set()
        await self.session.flush()
        subs = await repository.submissions_of(self.session, [s.id for s in signatories])
        moved: set[str] = set()
        for s in signatories:
            compliance = assess(evidence_of(s, subs), await self.policy(s.regional_covenant), self.today)
            before_status, before_badges = s.status, sorted(b.badge for b in s.badges)
            _apply_compliance(s, compliance, self.today)
            if before_status == s.status and frozenset(before_badges) == compliance.badges:
                continue
            keep = {b.badge: b for b in s.badges}
            s.badges = [keep.get(b) or SignatoryBadge(badge=b) for b in sorted(compliance.badges)]
            moved.add(s.id)
            self.events.append(
                (
                    ComplianceChanged(
                        signatory_id=s.id,
                        gcom_id=s.gcom_id,
                        regional_covenant=s.regional_covenant,
                        status=s.status,
                        previous_status=before_status,
                        badges=sorted(compliance.badges),
                        previous_badges=before_badges,
                        missing=[m.as_dict() for m in compliance.missing],
                        assessed_on=self.today,
                    ),
                    s.id,
                )
            )
        return moved

    async def touch(self, signatories: list[Signatory]) -> None:
        """Record a change: a new version, and the head of the change feed."""
        if not signatories:
            return
        first = await repository.next_change_seqs(self.session, len(signatories))
        for n, s in enumerate(signatories):
            s.version += 1
            s.updated_at = self.now
            s.change_seq = first + n

    async def commit_events(self) -> None:
        """Write the collected events to the outbox (same transaction)."""
        await record_events(self.session, kit.outbox, self.events)
        self.events = []

    def updated_event(self, s: Signatory, changed: list[str]) -> None:
        """Record `signatory.updated` naming the changed fields."""
        self.events.append((SignatoryUpdated(signatory=profile_of(s), changed=changed), s.id))

    async def updated(self, s: Signatory, changed: list[str]) -> None:
        """Finish a change of a signatory's record (or of what it submitted)."""
        moved = await self.reassess([s])
        if changed:
            self.updated_event(s, changed)
        if changed or moved:
            await self.touch([s])
        await self.commit_events()


def _unique_commitments(commitments: list[tuple[str, str, date]]) -> list[tuple[str, str, date]]:
    seen: dict[tuple[str, str], date] = {}
    for p, g, on in commitments:
        seen[(p, g)] = min(on, seen.get((p, g), on))
    return [(p, g, on) for (p, g), on in seen.items()]


def _apply_compliance(s: Signatory, compliance: Compliance, today: date) -> None:
    s.status = compliance.status.value
    s.compliance_missing = [m.as_dict() for m in compliance.missing]
    s.compliance_next_change_on = compliance.next_change_on
    s.compliance_assessed_on = today


# --- use cases on one signatory ---------------------------------------------------------


async def withdraw_signatory(reg: Registry, identity: Identity, s: Signatory, reason: str) -> None:
    """A signatory leaves the Covenant."""
    ensure_may_write(identity, s.regional_covenant)
    if s.status == SignatoryStatus.withdrawn:
        raise Problem(409, f"{s.name} has already withdrawn.")
    reg.withdraw(s, reason)
    await reg.touch([s])
    await reg.commit_events()


async def delete_signatory(reg: Registry, identity: Identity, s: Signatory, reason: str) -> None:
    """Remove a record made in error; the change feed keeps a tombstone."""
    ensure_admin(identity, "delete signatories")
    seq = await repository.next_change_seqs(reg.session, 1)
    reg.session.add(
        SignatoryTombstone(
            change_seq=seq,
            signatory_id=s.id,
            gcom_id=s.gcom_id,
            organisation_id=s.organisation_id,
            regional_covenant=s.regional_covenant,
            deleted_at=reg.now,
        )
    )
    reg.events.append(
        (SignatoryDeleted(signatory_id=s.id, gcom_id=s.gcom_id, regional_covenant=s.regional_covenant, reason=reason), s.id)
    )
    await reg.session.delete(s)
    await reg.commit_events()


async def record_plan_approval(reg: Registry, event: PlanApproved) -> bool:
    """Count a SECAP approved in the action-plans service; False if it is not ours to count."""
    if event.kind != "secap" or not (event.signatory_id or event.gcom_id):
        return False
    if await repository.report_by_external_id(reg.session, event.plan_id):
        return False  # already counted
    s = await repository.get_signatory(reg.session, event.signatory_id or event.gcom_id or "")
    if s is None and event.gcom_id:
        s = await repository.get_signatory(reg.session, event.gcom_id)
    if s is None:
        raise LookupError(f"plan {event.plan_id} names signatory {event.signatory_id or event.gcom_id}, which is not registered")
    reg.session.add(
        Report(
            signatory_id=s.id,
            kind=ReportKind.action_plan.value,
            pillars=list(event.pillars),
            submitted_on=event.approved_at.date(),
            title=event.title,
            source="action_plans",
            external_id=event.plan_id,
        )
    )
    await reg.updated(s, [])
    return True


async def reassess_due(reg: Registry, limit: int = 500) -> int:
    """The daily pass: reassess signatories a due date has caught up with; how many changed."""
    ids = await repository.signatory_ids_due(reg.session, reg.today, limit)
    signatories = await repository.signatories_by_ids(reg.session, ids)
    moved = await reg.reassess(signatories)
    await reg.touch([s for s in signatories if s.id in moved])
    await reg.commit_events()
    return len(ids)


async def set_policy(
    session: AsyncSession, identity: Identity, covenant: str, data, if_match: str | None, today: date
) -> DeadlinePolicyRow:
    """Change a covenant's deadline policy; its signatories are reassessed in the background."""
    ensure_admin(identity, "change deadline policies")
    row = await repository.get_policy(session, covenant)
    stale = if_match_failure(if_match, row.version if row else None)
    if stale is not None:
        raise stale
    if row is None:
        row = DeadlinePolicyRow(regional_covenant=covenant, version=0)
        session.add(row)
    for f in ("inventory_within_years", "assessment_within_years", "plan_within_years", "monitoring_every_years"):
        setattr(row, f, getattr(data, f))
    row.version += 1
    row.updated_at = utcnow()
    await session.flush()
    await repository.mark_covenant_due(session, covenant, today)
    return row
