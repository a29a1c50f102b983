"""The plan review cycle, action field rules and the dependency graph."""

from __future__ import annotations

from datetime import date

import pytest

from services.action_plans.domain import (
    ActionFields,
    PlanState,
    PlanStep,
    TransitionNotAllowed,
    action_problems,
    dependency_cycle,
    is_currency,
    next_plan_state,
)


def test_submit_return_resubmit_approve_implement_complete():
    state = PlanState.draft
    for step, expected in [
        (PlanStep.submit, PlanState.submitted),
        (PlanStep.return_, PlanState.returned),
        (PlanStep.submit, PlanState.submitted),
        (PlanStep.approve, PlanState.approved),
        (PlanStep.start_implementation, PlanState.implementing),
        (PlanStep.complete, PlanState.completed),
    ]:
        state = next_plan_state(state, step)
        assert state == expected


@pytest.mark.parametrize(
    ("state", "step"),
    [(PlanState.draft, PlanStep.approve), (PlanState.approved, PlanStep.return_), (PlanState.completed, PlanStep.submit)],
)
def test_steps_out_of_order_are_refused(state, step):
    with pytest.raises(TransitionNotAllowed):
        next_plan_state(state, step)


def test_currencies_are_iso_4217():
    assert is_currency("EUR") and is_currency("COP") and is_currency("XOF")
    assert not is_currency("XYZ") and not is_currency("eur") and not is_currency("EURO")


def test_every_broken_action_rule_is_listed_with_its_name_and_pointer():
    problems = action_problems(
        ActionFields(
            starts_on=date(2027, 5, 1),
            ends_on=date(2027, 4, 1),
            budget_amount=-1,
            budget_currency="ABC",
            impact_value=3.0,
            organisations=(("Agency", "collaborator"), ("agency", "collaborator")),
        )
    )
    assert [(p["rule"], p["pointer"]) for p in problems] == [
        ("ends_after_start", "/ends_on"),
        ("budget_not_negative", "/budget/amount"),
        ("currency_iso_4217", "/budget/currency"),
        ("impact_has_unit", "/expected_impact"),
        ("one_primary_organisation", "/organisations"),
        ("organisations_unique", "/organisations"),
    ]
    assert (
        action_problems(
            ActionFields(starts_on=date(2027, 5, 1), ends_on=date(2027, 5, 1), budget_amount=0, budget_currency="EUR")
        )
        == []
    )


def test_a_cycle_is_named_in_the_direction_of_the_dependencies_from_the_changed_action():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    for start in ("a", "b", "c"):
        cycle = dependency_cycle(edges, start=start)
        assert cycle[0] == cycle[-1] == start and len(cycle) == 4
        assert all(cycle[i + 1] in edges[cycle[i]] for i in range(3))
    assert dependency_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None
    assert dependency_cycle({"a": {"a"}}) == ["a", "a"]
