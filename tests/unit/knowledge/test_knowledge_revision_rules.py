"""The review of a published practice's revisions and their diff, without a database."""

from __future__ import annotations

import pytest

from services.knowledge.revisions.domain import (
    OPEN_REVISION_STATES,
    REVISABLE,
    REVISION_ADMIN_ONLY,
    REVISION_EDITABLE,
    FieldChange,
    RevisionNotAllowed,
    RevisionState,
    RevisionVerb,
    changed_fields,
    is_open,
    next_revision_state,
    revision_diff,
    with_changes,
)

D, P, PUB, W = RevisionState.draft, RevisionState.pending, RevisionState.published, RevisionState.withdrawn


def test_a_revision_is_reviewed_like_a_new_practice():
    assert next_revision_state(D, RevisionVerb.submit) == P
    assert next_revision_state(P, RevisionVerb.send_back) == D
    assert next_revision_state(P, RevisionVerb.publish) == PUB


@pytest.mark.parametrize("state", [D, P])
def test_an_open_revision_can_be_withdrawn(state):
    assert next_revision_state(state, RevisionVerb.withdraw) == W


@pytest.mark.parametrize(
    ("state", "verb"),
    [
        (D, RevisionVerb.publish),
        (D, RevisionVerb.send_back),
        (P, RevisionVerb.submit),
        (PUB, RevisionVerb.withdraw),
        (PUB, RevisionVerb.publish),
        (W, RevisionVerb.submit),
        (W, RevisionVerb.withdraw),
    ],
)
def test_other_moves_are_refused_naming_the_rule_and_what_is_possible(state, verb):
    with pytest.raises(RevisionNotAllowed) as caught:
        next_revision_state(state, verb)
    assert caught.value.rule == "revision_transition"
    assert state.value in str(caught.value)
    if state in OPEN_REVISION_STATES:
        assert "possible now" in str(caught.value)
    else:
        assert "final" in str(caught.value)


def test_only_drafts_and_pending_revisions_are_open_and_only_drafts_edited():
    assert [s for s in RevisionState if is_open(s)] == [D, P]
    assert REVISION_EDITABLE == {D}


def test_the_editorial_decisions_belong_to_the_coordination_unit():
    assert REVISION_ADMIN_ONLY == {RevisionVerb.send_back, RevisionVerb.publish}
    assert RevisionVerb.withdraw not in REVISION_ADMIN_ONLY and RevisionVerb.submit not in REVISION_ADMIN_ONLY


PUBLISHED = {f: None for f in REVISABLE} | {"title": "Bikes", "summary": "Lanes.", "themes": ["mobility"], "sdgs": [11]}


def test_the_diff_lists_the_changed_fields_in_the_practice_order():
    revised = with_changes(PUBLISHED, {"themes": ["climate", "mobility"], "title": "Superblocks", "summary": "Lanes."})
    assert revision_diff(PUBLISHED, revised) == [
        FieldChange("title", "Bikes", "Superblocks"),
        FieldChange("themes", ["mobility"], ["climate", "mobility"]),
    ]
    assert changed_fields(PUBLISHED, revised) == ["title", "themes"]


def test_a_value_cleared_is_a_change_and_the_same_content_is_none():
    revised = with_changes(PUBLISHED, {"sdgs": []})
    assert [c.as_dict() for c in revision_diff(PUBLISHED, revised)] == [{"field": "sdgs", "published": [11], "revised": []}]
    assert changed_fields(PUBLISHED, with_changes(PUBLISHED, {})) == []


def test_only_the_practice_content_is_revisable():
    assert "kind" not in REVISABLE and "action_id" not in REVISABLE and "state" not in REVISABLE
    with pytest.raises(ValueError, match="kind"):
        with_changes(PUBLISHED, {"kind": "lessons_learnt"})
    # The content carries every revisable field, and nothing else.
    assert set(with_changes({"title": "t", "state": "published"}, {})) == set(REVISABLE)


def test_a_practice_content_is_what_a_revision_copies_in_json_form():
    from datetime import date

    from services.knowledge.models import Practice, PracticeTag

    place = {"name": "Sevilla", "city_id": "city-sev", "country_code": "ES", "region_code": None, "world_region": "eu"}
    texts = dict.fromkeys(("summary", "challenge", "objectives", "solution", "results", "transferability", "lessons_learnt"), "x")
    p = Practice(
        title="Bikes",
        language="es",
        **texts,
        locations=[place],
        year=2026,
        period_start=date(2026, 1, 2),
        budget_amount=1.5,
        tags=[
            PracticeTag(facet=f, value=v) for f, v in (("sdg", "13"), ("sdg", "3"), ("theme", "mobility"), ("city", "city-sev"))
        ],
    )
    content = p.content
    assert set(content) == set(REVISABLE)
    assert content["sdgs"] == [3, 13] and content["themes"] == ["mobility"] and content["sectors"] == []
    assert content["period_start"] == "2026-01-02" and content["period_end"] is None and content["locations"] == [place]
    assert changed_fields(content, with_changes(content, {"period_start": "2026-01-02", "sdgs": [3, 13]})) == []
