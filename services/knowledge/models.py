"""Tables of the knowledge service (never exposed on the wire: see schemas.py).

The full-text index is not declared here: its form differs per database (a generated
tsvector column with a GIN index on PostgreSQL, an FTS5 table kept in sync by triggers on
SQLite), so the migration creates it by hand and search.py queries it. See
docs/decisions/0050-knowledge-search.md and 0051-knowledge-language-search.md.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Engine, Float, ForeignKey, Index, Integer, String, Text, event, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.knowledge.domain import Facet, Origin, Provenance, search_config, stemmed_text
from services.knowledge.revisions.domain import revision_diff
from shared.concurrency import Versioned
from shared.db import ServiceBase, UTCDateTime, new_metadata, utcnow
from shared.ids import new_id
from shared.invitations import InvitationColumns
from shared.tables import kit_tables


class Base(ServiceBase):
    __abstract__ = True
    metadata = new_metadata()


kit = kit_tables(Base.metadata)


class Practice(Versioned, Base):
    """A good practice or the lessons learnt of a pairing: the library's record."""

    __tablename__ = "practices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    challenge: Mapped[str] = mapped_column(Text, nullable=False, default="")
    objectives: Mapped[str] = mapped_column(Text, nullable=False, default="")
    solution: Mapped[str] = mapped_column(Text, nullable=False, default="")
    results: Mapped[str] = mapped_column(Text, nullable=False, default="")
    transferability: Mapped[str] = mapped_column(Text, nullable=False, default="")
    lessons_learnt: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The language of its texts (ISO 639-1 or 639-3), which the full-text index stems by; None: unknown.
    language: Mapped[str | None] = mapped_column(String(3))
    # [{name, city_id, country_code, region_code, world_region}]; filtered through the tags.
    locations: Mapped[list[dict]] = mapped_column(JSON, nullable=False, default=list)
    # The location names as one text, so the full-text index (one row per practice) finds places.
    place_names: Mapped[str] = mapped_column(Text, nullable=False, default="")
    year: Mapped[int | None] = mapped_column(Integer)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    budget_amount: Mapped[float | None] = mapped_column(Float)
    budget_currency: Mapped[str | None] = mapped_column(String(3))
    action_id: Mapped[str | None] = mapped_column(String(40), index=True)
    plan_id: Mapped[str | None] = mapped_column(String(40))
    pairing_id: Mapped[str | None] = mapped_column(String(40), index=True)
    call_id: Mapped[str | None] = mapped_column(String(40))
    # Provenance: who or what created it, and from which event.
    origin: Mapped[str] = mapped_column(String(10), nullable=False, default="api")
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_by_role: Mapped[str] = mapped_column(String(30), nullable=False)
    # The city whose key created it (None for the coordination unit and the harvester): it alone
    # invites other cities to its locations and removes them (docs/decisions/0019).
    owner_city_id: Mapped[str | None] = mapped_column(String(40))
    source_event_id: Mapped[str | None] = mapped_column(String(100))
    source_event_type: Mapped[str | None] = mapped_column(String(200))
    source_event_source: Mapped[str | None] = mapped_column(String(200))
    # One draft per harvested source (an action, a pairing), whatever event delivers it.
    harvest_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    harvest_notes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_by: Mapped[str | None] = mapped_column(String(100))
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    tags: Mapped[list[PracticeTag]] = relationship(
        lazy="selectin", order_by="(PracticeTag.facet, PracticeTag.value)", cascade="all, delete-orphan", passive_deletes=True
    )
    history: Mapped[list[PracticeTransition]] = relationship(
        lazy="selectin", order_by="PracticeTransition.seq", cascade="all, delete-orphan", passive_deletes=True
    )
    # The cities invited to its locations that have not answered yet (a view: writes go to the invitations).
    pending_invitations: Mapped[list[PracticeInvitation]] = relationship(
        lazy="selectin",
        viewonly=True,
        primaryjoin="and_(PracticeInvitation.practice_id == Practice.id, PracticeInvitation.state == 'pending')",
        order_by="PracticeInvitation.id",
    )

    __table_args__ = (
        CheckConstraint("kind IN ('good_practice', 'lessons_learnt')", name="kind_known"),
        CheckConstraint("state IN ('draft', 'pending', 'published', 'archived')", name="state_known"),
        Index("ix_practices_state_id", "state", "id"),
        Index("ix_practices_state_year", "state", "year"),
    )

    @property
    def provenance(self) -> Provenance:
        """Who or what created the practice, and from which event."""
        return Provenance(
            origin=Origin(self.origin),
            created_by=self.created_by,
            created_by_role=self.created_by_role,
            event_id=self.source_event_id,
            event_type=self.source_event_type,
            event_source=self.source_event_source,
            harvested_from=self.harvest_key,
            harvest_notes=tuple(self.harvest_notes or ()),
        )

    @property
    def content(self) -> dict[str, Any]:
        """What it says, in JSON form: the fields a revision copies, compares and replaces (revisions/domain.py)."""

        def filed(facet: Facet) -> list[str]:
            return sorted(t.value for t in self.tags if t.facet == facet.value)

        return {
            "title": self.title,
            "language": self.language,
            **{f: getattr(self, f) for f in _TEXTS},
            "themes": filed(Facet.theme),
            "sdgs": sorted(int(v) for v in filed(Facet.sdg)),
            "sectors": filed(Facet.sector),
            "locations": [dict(loc) for loc in self.locations or []],
            "year": self.year,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "budget_amount": self.budget_amount,
            "budget_currency": self.budget_currency,
        }


_TEXTS = ("summary", "challenge", "objectives", "solution", "results", "transferability", "lessons_learnt")


@event.listens_for(Engine, "connect")
def _sqlite_stemming(dbapi_connection: Any, _record: Any) -> None:
    """The SQL functions the SQLite full-text triggers stem with (migration 0003), on every SQLite
    connection of the process, whoever made the engine (the service, Alembic, a bulk loader)."""
    create = getattr(dbapi_connection, "create_function", None)  # asyncpg's connections have none
    if create is None:
        return
    create("knowledge_search_config", 1, search_config, deterministic=True)
    create("knowledge_stemmed", 2, stemmed_text, deterministic=True)


class PracticeTag(Base):
    """A practice filed under a facet value (theme, SDG, sector, region, country, city).

    A table rather than JSON, so filters and facet counts are indexed GROUP BYs on any database.
    """

    __tablename__ = "practice_tags"

    practice_id: Mapped[str] = mapped_column(ForeignKey("practices.id", ondelete="CASCADE"), primary_key=True)
    facet: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(60), primary_key=True)

    __table_args__ = (Index("ix_practice_tags_facet_value", "facet", "value", "practice_id"),)


class PracticeTransition(Base):
    """Every change of a practice's state: who, when, why."""

    __tablename__ = "practice_transitions"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    practice_id: Mapped[str] = mapped_column(ForeignKey("practices.id", ondelete="CASCADE"), nullable=False, index=True)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20), nullable=False)
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    actor_role: Mapped[str] = mapped_column(String(30), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class Resource(Versioned, Base):
    """A document, link or training material of the library, tagged like practices."""

    __tablename__ = "resources"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    url: Mapped[str] = mapped_column(String(2000), nullable=False)
    language: Mapped[str | None] = mapped_column(String(3))
    practice_id: Mapped[str | None] = mapped_column(ForeignKey("practices.id", ondelete="SET NULL"), index=True)
    # The city whose key created it (None for the coordination unit): it may change it later.
    owner_city_id: Mapped[str | None] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_by_role: Mapped[str] = mapped_column(String(30), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    tags: Mapped[list[ResourceTag]] = relationship(
        lazy="selectin", order_by="(ResourceTag.facet, ResourceTag.value)", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (CheckConstraint("kind IN ('document', 'link', 'training_material')", name="kind_known"),)


class ResourceTag(Base):
    """A resource filed under a facet value (theme, SDG, sector)."""

    __tablename__ = "resource_tags"

    resource_id: Mapped[str] = mapped_column(ForeignKey("resources.id", ondelete="CASCADE"), primary_key=True)
    facet: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[str] = mapped_column(String(60), primary_key=True)

    __table_args__ = (Index("ix_resource_tags_facet_value", "facet", "value", "resource_id"),)


class PracticeInvitation(InvitationColumns, Versioned, Base):
    """A city asked to be named among a practice's locations; it is added only when it accepts."""

    __tablename__ = "practice_invitations"

    practice_id: Mapped[str] = mapped_column(ForeignKey("practices.id", ondelete="CASCADE"), nullable=False, index=True)
    # The location to add on acceptance, as a Place stores it.
    location: Mapped[dict] = mapped_column(JSON, nullable=False)

    __table_args__ = (
        CheckConstraint("state IN ('pending', 'accepted', 'declined', 'withdrawn')", name="state_known"),
        # One open invitation per city and practice.
        Index(
            "uq_practice_invitations_pending",
            "practice_id",
            "city_id",
            unique=True,
            sqlite_where=text("state = 'pending'"),
            postgresql_where=text("state = 'pending'"),
        ),
    )


class PracticeRevision(Versioned, Base):
    """A correction of a published practice, drafted and reviewed while the published text stays as it is.

    It holds the whole revised content (Practice.content's form), so the published text is never
    touched until the coordination unit publishes the revision.
    """

    __tablename__ = "practice_revisions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    practice_id: Mapped[str] = mapped_column(ForeignKey("practices.id", ondelete="CASCADE"), nullable=False, index=True)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    content: Mapped[dict] = mapped_column(JSON, nullable=False)
    # The diff against the published text, frozen when the revision closes (published or withdrawn);
    # while it is open the diff is taken against the practice as it is now.
    closed_changes: Mapped[list[dict] | None] = mapped_column(JSON)
    # The version of the practice the revision was opened on.
    base_version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_by: Mapped[str] = mapped_column(String(100), nullable=False)
    created_by_role: Mapped[str] = mapped_column(String(30), nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_by: Mapped[str | None] = mapped_column(String(100))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    practice: Mapped[Practice] = relationship(lazy="selectin")
    history: Mapped[list[PracticeRevisionTransition]] = relationship(
        lazy="selectin", order_by="PracticeRevisionTransition.seq", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("state IN ('draft', 'pending', 'published', 'withdrawn')", name="state_known"),
        # One open revision per practice: the database refuses a second one opened at the same time.
        Index(
            "uq_practice_revisions_open",
            "practice_id",
            unique=True,
            sqlite_where=text("state IN ('draft', 'pending')"),
            postgresql_where=text("state IN ('draft', 'pending')"),
        ),
    )

    @property
    def changes(self) -> list[dict[str, Any]]:
        """The fields it changes against the published text: frozen once closed, else against the practice now."""
        if self.closed_changes is not None:
            return self.closed_changes
        return [c.as_dict() for c in revision_diff(self.practice.content, self.content)]


class PracticeRevisionTransition(Base):
    """Every change of a revision's state: who, when, why."""

    __tablename__ = "practice_revision_transitions"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    revision_id: Mapped[str] = mapped_column(ForeignKey("practice_revisions.id", ondelete="CASCADE"), nullable=False, index=True)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20), nullable=False)
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    actor_role: Mapped[str] = mapped_column(String(30), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
