"""The relay's publisher: every message acknowledged by the stream, in order, or a clear failure."""

from __future__ import annotations

import asyncio

import pytest

from shared.nats import PublishFailed, StreamPublisher


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


async def test_a_subject_no_stream_takes_fails_at_once(own_nc):
    publisher = StreamPublisher(own_nc)

    with pytest.raises(PublishFailed, match="no stream"):
        await asyncio.wait_for(publisher.publish_all([("nostream.thing", b"{}", {"Nats-Msg-Id": "x"})], timeout=5), 2)
    assert publisher.waiting == 0  # nothing left waiting


async def test_an_error_answer_from_the_stream_fails_the_batch(own_nc):
    publisher = StreamPublisher(own_nc)
    # The stream refuses a message whose expected stream is another one.
    message = ("iuc.kitpub.thing.x", b"{}", {"Nats-Msg-Id": "y", "Nats-Expected-Stream": "ELSEWHERE"})

    with pytest.raises(PublishFailed, match="stream"):
        await publisher.publish_all([message], timeout=5)
