"""Round-robin assignment of a call's panel: the least loaded reviewer first, ties by key id, applications in id
order, never a reviewer twice or one with a conflict of interest."""

from services.applications.domain import Seat, round_robin

PANEL = ["rev-c", "rev-a", "rev-b"]


def test_an_empty_panel_load_goes_round_by_key_id():
    seats = [Seat("app-2", frozenset()), Seat("app-1", frozenset()), Seat("app-3", frozenset())]
    assert round_robin(seats, PANEL, {}, 2) == [
        ("app-1", "rev-a"),
        ("app-1", "rev-b"),
        ("app-2", "rev-c"),
        ("app-2", "rev-a"),
        ("app-3", "rev-b"),
        ("app-3", "rev-c"),
    ]


def test_the_least_loaded_reviewer_comes_first():
    seats = [Seat("app-1", frozenset()), Seat("app-2", frozenset())]
    assert round_robin(seats, PANEL, {"rev-a": 3, "rev-b": 1}, 1) == [("app-1", "rev-c"), ("app-2", "rev-b")]


def test_an_application_is_topped_up_and_a_full_one_left_alone():
    seats = [Seat("app-1", frozenset({"rev-a"})), Seat("app-2", frozenset({"rev-a", "rev-b"}))]
    assert round_robin(seats, PANEL, {"rev-a": 2, "rev-b": 1}, 2) == [("app-1", "rev-c")]


def test_a_conflict_of_interest_excludes_the_reviewer():
    seats = [Seat("app-1", frozenset(), excluded=frozenset({"rev-a"}))]
    assert round_robin(seats, PANEL, {}, 2) == [("app-1", "rev-b"), ("app-1", "rev-c")]


def test_a_panel_too_small_assigns_what_it_can():
    seats = [Seat("app-1", frozenset(), excluded=frozenset({"rev-a", "rev-b"}))]
    assert round_robin(seats, PANEL, {}, 3) == [("app-1", "rev-c")]


def test_the_result_does_not_depend_on_the_order_of_the_panel_or_the_seats():
    seats = [Seat(f"app-{i}", frozenset()) for i in range(5)]
    once = round_robin(seats, PANEL, {"rev-b": 1}, 2)
    assert round_robin(list(reversed(seats)), list(reversed(PANEL)), {"rev-b": 1}, 2) == once
