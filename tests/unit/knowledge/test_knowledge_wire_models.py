"""The wire models read themselves from the ORM rows: tags become themes, SDGs and sectors, columns a provenance."""

from __future__ import annotations

from datetime import UTC, datetime

from services.knowledge.models import Practice, PracticeTag, PracticeTransition, Resource, ResourceTag
from services.knowledge.resources.schemas import ResourceRead
from services.knowledge.schemas import PracticeRead, SearchHit
from services.knowledge.search import Hit

AT = datetime(2027, 6, 1, 9, tzinfo=UTC)


def _practice() -> Practice:
    tags = [("sdg", "3"), ("sdg", "11"), ("theme", "mobility"), ("theme", "climate"), ("sector", "transport"), ("city", "c-1")]
    return Practice(
        id="p-1",
        kind="good_practice",
        state="published",
        title="Bike lanes",
        summary="s",
        challenge="",
        objectives="",
        solution="",
        results="",
        transferability="",
        lessons_learnt="",
        locations=[{"name": "Sevilla", "city_id": "c-1", "country_code": "ES", "region_code": None, "world_region": "eu"}],
        place_names="Sevilla",
        year=2026,
        origin="event",
        created_by="knowledge-harvester",
        created_by_role="system",
        source_event_id="e-1",
        source_event_type="iuc.action_plans.action.completed.v1",
        source_event_source="action_plans",
        harvest_key="action_plans/action/a-1",
        harvest_notes=["theme left out"],
        published_at=AT,
        version=3,
        created_at=AT,
        updated_at=AT,
        tags=[PracticeTag(facet=f, value=v) for f, v in tags],
        history=[PracticeTransition(from_state=None, to_state="draft", actor="k", actor_role="system", reason=None, at=AT)],
    )


def test_a_practice_reads_its_facets_provenance_and_history():
    read = PracticeRead.model_validate(_practice())
    assert (read.themes, read.sdgs, read.sectors) == (["climate", "mobility"], [3, 11], ["transport"])
    assert read.provenance.model_dump() == {
        "origin": "event",
        "created_by": "knowledge-harvester",
        "created_by_role": "system",
        "event_id": "e-1",
        "event_type": "iuc.action_plans.action.completed.v1",
        "event_source": "action_plans",
        "harvested_from": "action_plans/action/a-1",
        "harvest_notes": ["theme left out"],
    }
    assert [h.to_state for h in read.history] == ["draft"] and read.locations[0].world_region == "eu"
    assert "tags" not in read.model_dump()


def test_a_search_hit_reads_the_practice_it_found():
    hit = SearchHit.model_validate(Hit(_practice(), 1.5, "<mark>Bike</mark> lanes"))
    assert (hit.id, hit.title, hit.sdgs, hit.score, hit.snippet) == ("p-1", "Bike lanes", [3, 11], 1.5, "<mark>Bike</mark> lanes")


def test_a_resource_reads_its_facets():
    r = Resource(
        id="r-1",
        kind="link",
        title="Guide",
        description="",
        url="https://example.org/",
        language=None,
        created_by="k",
        created_by_role="admin",
        version=1,
        created_at=AT,
        updated_at=AT,
        tags=[
            ResourceTag(facet="sdg", value="13"),
            ResourceTag(facet="sdg", value="4"),
            ResourceTag(facet="theme", value="energy"),
        ],
    )
    read = ResourceRead.model_validate(r)
    assert (read.themes, read.sdgs, read.sectors) == (["energy"], [4, 13], [])
