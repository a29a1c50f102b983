"""The relay's publisher: every message acknowledged by the stream, in order, or a clear failure."""

from __future__ import annotations

import asyncio

import pytest

from shared.nats import PublishFailed, StreamPublisher

# Does not depend on the database (the stream publisher): runs once, in make test.
pytestmark = pytest.mark.dbfree


async def test_messages_are_stored_in_order_and_a_repeat_is_kept_once(own_js, own_nc):
    publisher = StreamPublisher(own_nc)
    messages = [(f"iuc.kitpub.thing.n{i}", f'{{"n": {i}}}'.encode(), {"Nats-Msg-Id": f"m{i}"}) for i in range(300)]

    seqs = await publisher.publish_all(messages, timeout=5)
    again = await publisher.publish_all(messages[:3], timeout=5)  # same ids: JetStream's duplicate window

    assert seqs == list(range(seqs[0], seqs[0] + 300))
    assert again == seqs[:3]
    info = await own_js.stream_info("IUC")
    assert info.state.messages == 300
    stored = await own_js.get_msg("IUC", seqs[299])
    assert (stored.subject, stored.data) == ("iuc.kitpub.thing.n299", b'{"n": 299}')


async def test_a_subject_no_stream_takes_fails_at_once_and_says_it_may_pass_later(own_nc):
    publisher = StreamPublisher(own_nc)

    [result] = await asyncio.wait_for(publisher.publish_all([("nostream.thing", b"{}", {"Nats-Msg-Id": "x"})], timeout=5), 2)

    assert isinstance(result, PublishFailed) and "no stream" in str(result)
    assert result.transient
    assert publisher.waiting == 0  # nothing left waiting


async def test_a_refused_message_fails_alone_and_for_good(own_js, own_nc):
    publisher = StreamPublisher(own_nc)
    good = ("iuc.kitpub.thing.ok", b"{}", {"Nats-Msg-Id": "ok-1"})
    # The stream refuses a message that expects another stream (400), and nats-py one over
    # the server's payload limit before sending it.
    wrong_stream = ("iuc.kitpub.thing.x", b"{}", {"Nats-Msg-Id": "y", "Nats-Expected-Stream": "ELSEWHERE"})
    too_large = ("iuc.kitpub.thing.big", b"x" * (own_nc.max_payload + 1), {"Nats-Msg-Id": "big"})

    results = await publisher.publish_all([good, wrong_stream, too_large, good], timeout=5)

    assert isinstance(results[0], int) and results[3] == results[0]  # the repeat is the first copy
    for failed, reason in ((results[1], "400"), (results[2], "MaxPayloadError")):
        assert isinstance(failed, PublishFailed) and reason in str(failed)
        assert not failed.transient
    assert (await own_js.stream_info("IUC")).state.messages == 1
