"""Batching across requests: segments of requests that arrive together share ``translate_batch`` calls.

Each request's pipeline (``pipeline.translate_document``) runs in a thread of its own and talks to a
``BatchingEngine`` instead of the ``Engine``: its ``translate(segments, src, tgt)`` hands the segments to
the ``Batcher`` and waits. The batcher's one decoding thread takes the first waiting job, then collects
more for at most ``window`` seconds (or until ``max_segments`` segments are waiting), groups them by
language pair and decodes each group with **one** ``Engine.translate`` call (one ``translate_batch`` per
hop); each job gets its own slice of the outputs back.

Bounds: a job never waits for a window longer than ``window`` after the first job of a batch arrived; a
batch never grows past ``max_segments`` (a single larger job is decoded alone, never split, never
refused). Jobs are served in arrival order, so a long request delays the ones behind it by one batch at
most. A decoding error goes to the jobs of that group only.

>>> class Echo:
...     calls = []
...     def translate(self, segments, src, tgt):
...         self.calls.append(len(segments))
...         return [s.upper() for s in segments]
>>> engine = Echo()
>>> batcher = Batcher(engine, window=0.05)
>>> from concurrent.futures import ThreadPoolExecutor
>>> with ThreadPoolExecutor(4) as pool:
...     outs = list(pool.map(lambda s: batcher.translate([s, s + "!"], "en", "bg"), "abcd"))
>>> outs
[['A', 'A!'], ['B', 'B!'], ['C', 'C!'], ['D', 'D!']]
>>> sum(engine.calls), len(engine.calls) < 4
(8, True)
>>> batcher.close()
"""

from __future__ import annotations

import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field

#: How long the first segments of a batch wait for company (seconds), and how many segments a batch holds.
WINDOW = 0.005
MAX_SEGMENTS = 64


@dataclass
class _Job:
    segments: list[str]
    src: str
    tgt: str
    future: Future = field(default_factory=Future)


@dataclass
class BatchStats:
    """What the batcher did: calls to the engine, jobs and segments decoded."""

    calls: int = 0
    jobs: int = 0
    segments: int = 0
    largest: int = 0  # the most jobs one engine call served


class Batcher:
    """Collects ``translate`` calls from many threads into shared engine calls (see the module's docstring)."""

    def __init__(self, engine, window: float = WINDOW, max_segments: int = MAX_SEGMENTS):
        self.engine, self.window, self.max_segments = engine, window, max_segments
        self.stats = BatchStats()
        self._queue: deque[_Job] = deque()
        self._ready = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="localize-batcher", daemon=True)
        self._thread.start()

    def translate(self, segments: list[str], src: str, tgt: str, timeout: float | None = None) -> list[str]:
        """The engine's outputs for ``segments``, decoded together with whatever else is waiting."""
        if not segments:
            return []
        job = _Job(list(segments), src, tgt)
        with self._ready:
            if self._closed:
                raise RuntimeError("the batcher is closed")
            self._queue.append(job)
            self._ready.notify()
        return job.future.result(timeout)

    def close(self) -> None:
        """Finish the jobs already waiting, then stop the decoding thread."""
        with self._ready:
            self._closed = True
            self._ready.notify()
        self._thread.join()

    def _take(self) -> list[_Job]:
        """The next batch: the oldest job, and the jobs that arrive within the window, up to the size bound."""
        with self._ready:
            while not self._queue and not self._closed:
                self._ready.wait()
            if not self._queue:
                return []
            deadline = time.monotonic() + self.window
            while not self._closed and sum(len(j.segments) for j in self._queue) < self.max_segments:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._ready.wait(left)
            batch, size = [], 0
            while self._queue and (not batch or size + len(self._queue[0].segments) <= self.max_segments):
                job = self._queue.popleft()
                batch.append(job)
                size += len(job.segments)
            return batch

    def _run(self) -> None:
        while True:
            batch = self._take()
            if not batch:
                return
            groups: dict[tuple[str, str], list[_Job]] = {}
            for job in batch:
                groups.setdefault((job.src, job.tgt), []).append(job)
            for (src, tgt), jobs in groups.items():
                self._decode(jobs, src, tgt)

    def _decode(self, jobs: list[_Job], src: str, tgt: str) -> None:
        segments = [s for job in jobs for s in job.segments]
        try:
            outputs = self.engine.translate(segments, src, tgt)
        except BaseException as error:  # handed to the waiting requests, which report it
            for job in jobs:
                job.future.set_exception(error)
            return
        records = getattr(self.engine, "batches", None)  # Engine keeps a record per call: bounded here
        if isinstance(records, list) and len(records) > 1000:
            del records[:-100]
        self.stats.calls += 1
        self.stats.jobs += len(jobs)
        self.stats.segments += len(segments)
        self.stats.largest = max(self.stats.largest, len(jobs))
        start = 0
        for job in jobs:
            job.future.set_result(outputs[start:start + len(job.segments)])
            start += len(job.segments)


class BatchingEngine:
    """What ``pipeline.translate_document`` needs of an engine, with decoding through a ``Batcher``."""

    def __init__(self, engine, batcher: Batcher):
        self._engine, self._batcher = engine, batcher

    def route(self, src: str, tgt: str):
        return self._engine.route(src, tgt)

    def fingerprint(self, src: str, tgt: str) -> str:
        return self._engine.fingerprint(src, tgt)

    def installed(self):
        return self._engine.installed()

    def translate(self, segments: list[str], src: str, tgt: str) -> list[str]:
        self._engine.route(src, tgt)  # MissingModelError in the request's own thread
        return self._batcher.translate(segments, src, tgt)
