"""localize.serve.batching with a fake engine: sharing, bounds, errors, and pairs kept apart."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from localize.serve.batching import Batcher, BatchingEngine


class FakeEngine:
    def __init__(self, delay=0.0, fail_on=None):
        self.calls, self.delay, self.fail_on = [], delay, fail_on
        self.lock = threading.Lock()

    def translate(self, segments, src, tgt):
        with self.lock:
            self.calls.append((src, tgt, list(segments)))
        time.sleep(self.delay)
        if self.fail_on and any(self.fail_on in s for s in segments):
            raise RuntimeError("model failed")
        return [f"{tgt}:{s}" for s in segments]

    def route(self, src, tgt):
        return []


@pytest.fixture
def make():
    made = []

    def build(engine, **options):
        batcher = Batcher(engine, **options)
        made.append(batcher)
        return batcher

    yield build
    for batcher in made:
        batcher.close()


def test_concurrent_jobs_share_calls_and_get_their_own_outputs(make):
    engine = FakeEngine(delay=0.02)
    batcher = make(engine, window=0.05)
    with ThreadPoolExecutor(16) as pool:
        outs = list(pool.map(lambda n: batcher.translate([f"a{n}", f"b{n}"], "en", "bg"), range(16)))
    assert outs == [[f"bg:a{n}", f"bg:b{n}"] for n in range(16)]
    assert len(engine.calls) < 16 and sum(len(c[2]) for c in engine.calls) == 32
    assert batcher.stats.largest > 1


def test_a_batch_never_exceeds_the_size_bound_but_a_large_job_is_whole(make):
    engine = FakeEngine(delay=0.01)
    batcher = make(engine, window=0.05, max_segments=5)
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(batcher.translate, [f"s{n}{i}" for i in range(2)], "en", "bg") for n in range(8)]
        big = pool.submit(batcher.translate, [f"big{i}" for i in range(12)], "en", "bg")
        assert all(len(f.result()) == 2 for f in futures) and len(big.result()) == 12
    sizes = [len(c[2]) for c in engine.calls]
    assert 12 in sizes and all(size <= 5 for size in sizes if size != 12)


def test_pairs_are_decoded_apart(make):
    engine = FakeEngine()
    batcher = make(engine, window=0.05)
    with ThreadPoolExecutor(4) as pool:
        bg = pool.submit(batcher.translate, ["x"], "en", "bg")
        ru = pool.submit(batcher.translate, ["x"], "en", "ru")
        assert (bg.result(), ru.result()) == (["bg:x"], ["ru:x"])
    assert all(len({(src, tgt)}) == 1 for src, tgt, _s in engine.calls)


def test_an_error_reaches_only_the_jobs_of_its_call(make):
    engine = FakeEngine(fail_on="boom")
    batcher = make(engine, window=0.05)
    with ThreadPoolExecutor(4) as pool:
        bad = pool.submit(batcher.translate, ["boom"], "en", "bg")
        good = pool.submit(batcher.translate, ["fine"], "en", "ru")
        with pytest.raises(RuntimeError, match="model failed"):
            bad.result()
        assert good.result() == ["ru:fine"]
    assert batcher.translate(["after"], "en", "bg") == ["bg:after"]  # the batcher goes on


def test_a_lone_job_waits_no_longer_than_the_window(make):
    batcher = make(FakeEngine(), window=0.05)
    started = time.perf_counter()
    assert batcher.translate(["one"], "en", "bg") == ["bg:one"]
    assert time.perf_counter() - started < 0.5
    assert batcher.translate([], "en", "bg") == []


def test_close_finishes_waiting_jobs_then_refuses(make):
    engine = FakeEngine(delay=0.05)
    batcher = Batcher(engine, window=0.01)
    with ThreadPoolExecutor(2) as pool:
        job = pool.submit(batcher.translate, ["late"], "en", "bg")
        time.sleep(0.02)
        batcher.close()
        assert job.result() == ["bg:late"]
    with pytest.raises(RuntimeError):
        batcher.translate(["x"], "en", "bg")


def test_batching_engine_routes_in_the_callers_thread(make):
    from localize.errors import MissingModelError

    class NoModel(FakeEngine):
        def route(self, src, tgt):
            raise MissingModelError(src, tgt, "no model")

    engine = BatchingEngine(NoModel(), make(NoModel()))
    with pytest.raises(MissingModelError):
        engine.translate(["x"], "en", "de")
