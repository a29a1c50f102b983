"""Who may change the streams, how a start-up compares its settings with a stream's, and the
cluster block of a JetStream node (issue 14)."""

from __future__ import annotations

import dataclasses

from nats.js.api import StreamConfig

from shared import natsauth
from shared.catalog import SERVICES
from shared.nats import DUPLICATE_WINDOW_SECONDS, config_differences, stream_configs


def test_only_ops_may_update_the_streams() -> None:
    users = {u.name: u for u in natsauth.platform_users()}
    updaters = {name for name, u in users.items() if any(s.startswith("$JS.API.STREAM.UPDATE.") for s in u.publish)}
    assert updaters == {"ops"}
    assert {"$JS.API.STREAM.UPDATE.IUC", "$JS.API.STREAM.UPDATE.IUC_DLQ"} <= set(users["ops"].publish)
    for entry in SERVICES:  # every process still creates a missing stream
        for name in (entry.name, natsauth.relay_user(entry.name)):
            assert {"$JS.API.STREAM.CREATE.IUC", "$JS.API.STREAM.INFO.IUC"} <= set(users[name].publish)


def test_a_stream_is_compared_on_the_settings_the_platform_chooses() -> None:
    wanted, dlq = stream_configs("IUC", replicas=1)
    # What the server answers: its defaults filled in, an operator's limit, three replicas.
    actual = dataclasses.replace(wanted, num_replicas=3, max_age=3600.0, max_msgs=-1, subjects=list(wanted.subjects))
    assert config_differences(wanted, actual) == {"num_replicas": (3, 1)}
    assert config_differences(wanted, dataclasses.replace(actual, num_replicas=1)) == {}
    narrower = dataclasses.replace(actual, num_replicas=1, duplicate_window=60.0)
    assert config_differences(wanted, narrower) == {"duplicate_window": (60.0, DUPLICATE_WINDOW_SECONDS)}
    # The dead-letter stream chooses no duplicate window: the server's default is no difference.
    assert config_differences(dlq, dataclasses.replace(dlq, duplicate_window=120.0)) == {}
    # A server reporting no replica count means one.
    assert config_differences(dlq, StreamConfig(**{**dataclasses.asdict(dlq), "num_replicas": None})) == {}
    assert config_differences(dlq, dataclasses.replace(dlq, subjects=["iuc.other"]))["subjects"][0] == ["iuc.other"]


def test_a_cluster_node_has_a_stable_name_and_authenticated_routes() -> None:
    block = natsauth.cluster_block("iuc-n2", 6223, [6222, 6223, 6224], "s3cret")
    assert 'server_name: "iuc-n2"' in block
    assert 'listen: "127.0.0.1:6223"' in block
    assert 'authorization { user: route, password: "s3cret" }' in block
    for port in (6222, 6223, 6224):
        assert f'"nats-route://route:s3cret@127.0.0.1:{port}"' in block
