"""The registry's unit of work: every change to a signatory goes through `Registry`, which
reassesses compliance, gives each changed signatory the head of the change feed and writes the
events. A use case reads first (`evidence`), then changes records, then `finish()` writes each
changed row once: one versioned UPDATE, one new version."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from services.covenant import repository
from services.covenant.domain import (
    Compliance,
    DeadlinePolicy,
    Evidence,
    Pillar,
    RegionalCovenantMap,
    SignatoryStatus,
    UnknownCountry,
    assess,
    default_policy,
)
from services.covenant.extensions import repository as extensions_repository
from services.covenant.models import Commitment, Signatory, SignatoryBadge, kit
from services.covenant.records import SYNC_FIELDS, SignatoryData, commitment_info, profile_of
from shared.clock import ClockDep
from shared.concurrency import flush_versioned
from shared.contracts.covenant import (
    CommitmentMade,
    ComplianceChanged,
    SignatoryJoined,
    SignatoryUpdated,
    SignatoryWithdrawn,
)
from shared.events import EventPayload
from shared.ids import new_id
from shared.outbox import record_events
from shared.problems import Problem
from shared.service import SessionDep


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
    evidence.extensions = subs.extensions.get(s.id, {})
    for pillars, on in subs.plans.get(s.id, []):
        for pillar in pillars or [p.value for p in committed]:
            p = Pillar(pillar)
            evidence.plans[p] = min(on, evidence.plans.get(p, on))
    return evidence


_SIGNATORY_COLUMNS = tuple(c.key for c in Signatory.__table__.columns)
# One changed signatory is written by the ORM (its versioned UPDATE); more, by one statement
# with the same version check (repository.write_signatories): a 1,000-item batch stays fast.
BULK_WRITE_FROM = 2


class Registry:
    """One transaction's view of the registry: covenant map, policies and today."""

    def __init__(self, session: AsyncSession, covenants: RegionalCovenantMap, today: date, now: datetime) -> None:
        self.session = session
        self.covenants = covenants
        self.today = today
        self.now = now
        self._policies: dict[str, DeadlinePolicy] | None = None
        self._changed: dict[str, Signatory] = {}
        self.events: list[tuple[EventPayload, str | None]] = []

    async def load_policies(self) -> None:
        """Read the deadline policies, once per transaction."""
        if self._policies is None:
            rows = await repository.policies(self.session)
            self._policies = {
                k: DeadlinePolicy(
                    k, r.inventory_within_years, r.assessment_within_years, r.plan_within_years, r.monitoring_every_years
                )
                for k, r in rows.items()
            }

    def policy(self, covenant: str) -> DeadlinePolicy:
        """The deadline policy of a covenant (after `load_policies`)."""
        if self._policies is None:
            raise RuntimeError("load_policies() before asking for a policy")
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
        await self.load_policies()
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
            compliance = assess(evidence_of(s, None), self.policy(s.regional_covenant), self.today)
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

    # --- changing -----------------------------------------------------------------------

    def changed(self, s: Signatory) -> None:
        """Count `s` as changed: `finish()` gives it a new feed position (and so a new version)."""
        self._changed[s.id] = s

    @staticmethod
    def sync_changes(s: Signatory, data: SignatoryData) -> list[str]:
        """The names of what a synced record would change on a signatory (nothing is changed)."""
        changed = [f for f in SYNC_FIELDS if getattr(s, f) != getattr(data, f)]
        have = {(c.pillar, c.generation) for c in s.commitments}
        if any((p, g) not in have for p, g, _ in data.commitments):
            changed.append("commitments")
        return changed

    def apply_sync(self, s: Signatory, data: SignatoryData) -> list[str]:
        """Copy a synced record onto a signatory; the names of what changed."""
        changed = self.sync_changes(s, data)
        if not changed:
            return changed
        self.changed(s)
        for f in changed:
            if f != "commitments":
                setattr(s, f, getattr(data, f))
        if "country_code" in changed:
            s.regional_covenant = self.covenant_of(data.country_code)
        have = {(c.pillar, c.generation) for c in s.commitments}
        for p, g, on in _unique_commitments(data.commitments):
            if (p, g) not in have:
                c = Commitment(id=new_id(), pillar=p, generation=g, committed_on=on, created_at=self.now)
                s.commitments.append(c)
                self.events.append((self.commitment_made(s, c), s.id))
        if "reported_status" in changed:
            if data.reported_status == SignatoryStatus.withdrawn and s.status != SignatoryStatus.withdrawn:
                self.withdraw(s, "reported withdrawn by the regional office")
            elif data.reported_status != SignatoryStatus.withdrawn and s.status == SignatoryStatus.withdrawn:
                s.status, s.withdrawn_at, s.withdrawal_reason = SignatoryStatus.published, None, None
        return changed

    def withdraw(self, s: Signatory, reason: str | None) -> None:
        """The signatory leaves the Covenant."""
        self.changed(s)
        s.status, s.withdrawn_at, s.withdrawal_reason = SignatoryStatus.withdrawn, self.now, reason
        self.events.append((SignatoryWithdrawn(signatory=profile_of(s), reason=reason, withdrawn_at=self.now), s.id))

    async def evidence(self, signatories: list[Signatory]) -> repository.Submissions:
        """What these signatories have submitted, read before any of them is changed (the
        flush writes rows added so far: new reports, targets, inventories)."""
        await self.load_policies()
        await self.session.flush()
        ids = [s.id for s in signatories]
        subs = await repository.submissions_of(self.session, ids)
        subs.extensions = await extensions_repository.extensions_of(self.session, ids)
        return subs

    def assess(self, signatories: list[Signatory], subs: repository.Submissions) -> set[str]:
        """Recompute compliance; the ids whose status or badges changed (with their events)."""
        moved: set[str] = set()
        for s in signatories:
            compliance = assess(evidence_of(s, subs), self.policy(s.regional_covenant), self.today)
            before, before_badges = _compliance_of(s), sorted(b.badge for b in s.badges)
            _apply_compliance(s, compliance, self.today)
            if _compliance_of(s) != before or frozenset(before_badges) != compliance.badges:
                self.changed(s)  # what the wire view says changed (due dates, what is missing...)
            if before[0] == s.status and frozenset(before_badges) == compliance.badges:
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
                        previous_status=before[0],
                        badges=sorted(compliance.badges),
                        previous_badges=before_badges,
                        missing=[m.as_dict() for m in compliance.missing],
                        assessed_on=self.today,
                    ),
                    s.id,
                )
            )
        return moved

    async def reassess(self, signatories: list[Signatory]) -> set[str]:
        """Read the evidence and recompute compliance (for signatories not changed yet)."""
        if not signatories:
            return set()
        return self.assess(signatories, await self.evidence(signatories))

    def updated_event(self, s: Signatory, changed: list[str]) -> None:
        """Record `signatory.updated` naming the changed fields."""
        self.events.append((SignatoryUpdated(signatory=profile_of(s), changed=changed), s.id))

    async def updated(self, s: Signatory, changed: list[str]) -> None:
        """Finish a change of what a signatory submitted (or committed to: `changed`); the signatory
        moves to the head of the change feed either way, so a syncing office sees the submission."""
        await self.reassess([s])
        self.changed(s)
        if changed:
            self.updated_event(s, changed)
        await self.finish()

    async def finish(self) -> None:
        """Write the events to the outbox, give every changed signatory the head of the change
        feed, write each changed row once (so its version moves once), and flush."""
        changed = list(self._changed.values())
        self._changed = {}
        # The events first: the feed counter's row lock, taken next and held to the commit,
        # orders every writer of the registry, so as little as possible happens under it.
        # (No autoflush: the changed rows are written below, once, with their feed positions.)
        with self.session.no_autoflush:
            await record_events(self.session, kit.outbox, self.events)
        self.events = []
        if changed:
            first = await repository.next_change_seqs(self.session, len(changed))
            for n, s in enumerate(changed):
                s.updated_at = self.now
                s.change_seq = first + n
            if len(changed) >= BULK_WRITE_FROM:
                await repository.write_signatories(self.session, changed, first)
            else:
                await flush_versioned(self.session, changed[0])
        await self.session.flush()


def _unique_commitments(commitments: list[tuple[str, str, date]]) -> list[tuple[str, str, date]]:
    seen: dict[tuple[str, str], date] = {}
    for p, g, on in commitments:
        seen[(p, g)] = min(on, seen.get((p, g), on))
    return [(p, g, on) for (p, g), on in seen.items()]


def _compliance_of(s: Signatory) -> tuple:
    return (s.status, s.compliance_missing, s.compliance_next_change_on, s.compliance_assessed_on)


def _apply_compliance(s: Signatory, compliance: Compliance, today: date) -> None:
    s.status = compliance.status.value
    s.compliance_missing = [m.as_dict() for m in compliance.missing]
    s.compliance_next_change_on = compliance.next_change_on
    s.compliance_assessed_on = today


async def _request_registry(request: Request, session: SessionDep, clock: ClockDep) -> Registry:
    """The request's view of the registry, as of the service clock."""
    return Registry(session, request.app.state.covenants, clock.today(), clock.now())


RegistryDep = Annotated[Registry, Depends(_request_registry)]
