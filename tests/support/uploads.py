"""Oversized uploads for the body-limit tests: raw HTTP that reads the answer while it is still
sending, lazily made bodies, and a sampler of a process's memory during an upload."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import orjson
import psutil

CHUNK = 64 * 1024


@dataclass
class RawAnswer:
    """An HTTP answer as read off the socket, and how much of the body had been sent by then."""

    status: int
    headers: dict[str, str]
    body: bytes
    sent: int  # body bytes written before the answer was complete
    seconds: float  # from the request head written to the answer read

    def json(self) -> dict:
        return orjson.loads(self.body)


async def answer_while_sending(
    port: int,
    path: str,
    headers: dict[str, str],
    *,
    length: int | None,
    pace: float = 0.0,
    chunk: bytes = b" " * CHUNK,
    timeout: float = 30.0,
) -> RawAnswer:
    """POST with `Content-Length: length` (None: chunked), writing filler until the answer has come.

    A server that waits for the whole body before it answers never answers here within
    `timeout` unless the whole body is sent; `sent` says how much was. `pace` seconds between
    chunks keep the upload going slowly, as a far client would."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    head.append(f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked")
    started = time.perf_counter()
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode())
    sent = 0

    async def send_body() -> None:
        nonlocal sent
        try:
            while length is None or sent < length:
                part = chunk if length is None else chunk[: length - sent]
                writer.write(part if length is not None else b"%x\r\n%s\r\n" % (len(part), part))
                await writer.drain()
                sent += len(part)
                if pace:
                    await asyncio.sleep(pace)
            if length is None:
                writer.write(b"0\r\n\r\n")
                await writer.drain()
        except (ConnectionError, OSError):
            return  # the server closed the connection: it has answered

    sending = asyncio.create_task(send_body())
    try:
        status_line = await asyncio.wait_for(reader.readline(), timeout)
        seconds = time.perf_counter() - started
        got: dict[str, str] = {}
        while (line := await asyncio.wait_for(reader.readline(), timeout)) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            got[name.strip().lower()] = value.strip()
        body = await asyncio.wait_for(reader.readexactly(int(got.get("content-length", "0"))), timeout)
        sent_by_then = sent
    finally:
        sending.cancel()
        writer.close()
    if not status_line:
        raise ConnectionError("the server closed the connection without an answer")
    return RawAnswer(int(status_line.split()[1]), got, body, sent_by_then, seconds)


async def filler(total: int, chunk: bytes = b" " * CHUNK) -> AsyncIterator[bytes]:
    """`total` bytes, made as they are sent (never held whole)."""
    sent = 0
    while sent < total:
        part = chunk[: total - sent]
        sent += len(part)
        yield part


@dataclass
class PeakMemory:
    """The resident memory of processes, sampled in a thread while an upload runs: the peak
    growth over the baseline taken when the sampling starts."""

    pids: dict[str, int]
    every: float = 0.01
    baseline: dict[str, int] = field(default_factory=dict)
    peak: dict[str, int] = field(default_factory=dict)

    def __enter__(self) -> PeakMemory:
        self._procs = {name: psutil.Process(pid) for name, pid in self.pids.items()}
        self.baseline = {name: p.memory_info().rss for name, p in self._procs.items()}
        self.peak = dict(self.baseline)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.is_set():
            for name, p in self._procs.items():
                self.peak[name] = max(self.peak[name], p.memory_info().rss)
            self._stop.wait(self.every)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def growth(self) -> dict[str, int]:
        """Peak minus baseline, in bytes, by process name."""
        return {name: self.peak[name] - self.baseline[name] for name in self.pids}
