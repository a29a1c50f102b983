"""What the insights service needs beyond the shape every service shares: its NATS identity
consumes every event through its live durable, and its rebuild (`python -m services.insights
rebuild`, run as the same identity) replays the stream through a durable of its own that it
creates and deletes again (shared.natsauth.TOOL_DURABLES)."""

from __future__ import annotations

from shared import natsauth

STREAM = "IUC"
REBUILD = "insights-rebuild"


def users() -> dict[str, natsauth.NatsUser]:
    return {u.name: u for u in natsauth.platform_users(STREAM)}


def rebuild_subjects() -> set[str]:
    return {
        f"$JS.API.CONSUMER.CREATE.{STREAM}.{REBUILD}",
        f"$JS.API.CONSUMER.INFO.{STREAM}.{REBUILD}",
        f"$JS.API.CONSUMER.MSG.NEXT.{STREAM}.{REBUILD}",
        f"$JS.ACK.{STREAM}.{REBUILD}.>",
        f"$JS.API.CONSUMER.DELETE.{STREAM}.{REBUILD}",
    }


def test_insights_consumes_through_its_live_durable_and_publishes_only_its_own_subjects() -> None:
    assert natsauth.durables("insights") == ("insights",)
    insights = users()["insights"]
    assert {f"$JS.API.CONSUMER.MSG.NEXT.{STREAM}.insights", f"$JS.ACK.{STREAM}.insights.>"} <= set(insights.publish)
    assert {s for s in insights.publish if s.startswith("iuc.")} == {"iuc.insights.>"}
    # Its live durable is never deleted: only the rebuild's is.
    assert [s for s in insights.publish if ".DELETE." in s] == [f"$JS.API.CONSUMER.DELETE.{STREAM}.{REBUILD}"]


def test_only_the_insights_identity_may_work_the_rebuild_durable() -> None:
    assert REBUILD in natsauth.TOOL_DURABLES["insights"]
    everyone = users()
    assert rebuild_subjects() <= set(everyone["insights"].publish)
    for name, user in everyone.items():
        if name != "insights":
            assert not [s for s in user.publish if REBUILD in s], name
    assert f"$JS.API.CONSUMER.MSG.NEXT.{STREAM}.{REBUILD}" in everyone[natsauth.OBSERVER].publish_deny


def test_the_rebuild_runs_on_the_durable_the_insights_identity_may_use() -> None:
    # NATS permissions match whole tokens: a durable named with a random suffix would be refused.
    from services.insights import rebuild

    assert rebuild.REBUILD_DURABLE in natsauth.TOOL_DURABLES["insights"]
