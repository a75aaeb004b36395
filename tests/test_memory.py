"""The translation memory, the review round trip, TMX export, concurrency and crash safety."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from localize.memory import Memory

SHARED = Path(__file__).resolve().parents[2] / "shared"
NEWS = Path(__file__).resolve().parents[1] / "glossaries" / "news.tsv"
ARTICLE = "# Talks in Moscow\n\nRussia and China signed a new agreement. The [navy](https://n.org) held drills.\n\nOleg Ivanov said the plan is important.\n"


def test_machine_segments_are_never_decoded_twice(packages_dir, tmp_path):
    from localize.engine import Engine
    from localize.pipeline import translate_document

    engine = Engine()
    with Memory(tmp_path / "tm.sqlite") as memory:
        first = translate_document(ARTICLE, "md", "en", ["ru"], engine, None, memory)["ru"]
        assert first.decoded == 4 and len(engine.batches) == 1
        edited = ARTICLE.replace("Oleg Ivanov said the plan is important.", "The government said the plan is new.")
        second = translate_document(edited, "md", "en", ["ru"], engine, None, memory)["ru"]
    assert second.decoded == 1 and [b.segments for b in engine.batches] == [4, 1]
    assert second.text.split("\n")[:3] == first.text.split("\n")[:3]


def test_review_round_trip_reuses_the_edited_segment(invoke, tmp_path):
    source = tmp_path / "story.md"
    source.write_text(ARTICLE)
    assert invoke("translate", source, "-t", "ru", "-g", NEWS).exit_code == 0
    xlf = tmp_path / "story.ru.xlf"
    data = xlf.read_text(encoding="utf-8")
    # a translator fixes the second sentence in a CAT tool and marks it final
    pattern = re.compile(r'(<unit id="s2\.2".*?<segment id="1" state=")translated(".*?<target>)(.*?)(</target>)', re.S)
    assert pattern.search(data)
    data = pattern.sub(lambda m: m.group(1) + "final" + m.group(2) + 'На учениях был <pc id="1" dataRefStart="d1s" '
                       'dataRefEnd="d1e">военно-морской флот</pc>.' + m.group(4), data)
    xlf.write_text(data, encoding="utf-8")
    result = invoke("review", "import", xlf)
    assert result.exit_code == 0, result.stderr
    assert "; 1 approved segment stored" in result.stderr
    edition = (tmp_path / "story.ru.md").read_text()
    assert "На учениях был [военно-морской флот](https://n.org)." in edition

    # the same article again, and an edited one: the approved segment comes back exactly
    again = invoke("translate", source, "-t", "ru", "-g", NEWS, "--force", "-v")
    assert again.exit_code == 0 and "1 from approved translations" in again.stderr
    assert "На учениях был [военно-морской флот](https://n.org)." in (tmp_path / "story.ru.md").read_text()
    assert 'class="row reused"' in (tmp_path / "story.ru.review.html").read_text()
    other = tmp_path / "other.md"
    other.write_text("# Another story\n\nThe [navy](https://n.org) held drills. Beijing protested.\n")
    assert invoke("translate", other, "-t", "ru").exit_code == 0
    assert "На учениях был [военно-морской флот](https://n.org)." in (tmp_path / "other.ru.md").read_text()


def test_import_refuses_a_changed_source_and_a_foreign_xliff(invoke, tmp_path):
    source = tmp_path / "story.md"
    source.write_text(ARTICLE)
    assert invoke("translate", source, "-t", "bg").exit_code == 0
    source.write_text(ARTICLE + "\nA new paragraph.\n")
    result = invoke("review", "import", tmp_path / "story.bg.xlf")
    assert result.exit_code == 2 and "has changed since this XLIFF was made" in result.stderr
    foreign = tmp_path / "foreign.xlf"
    foreign.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="bg">'
                       '<file id="f"><unit id="u"><segment><source>x</source><target>y</target></segment></unit></file></xliff>')
    result = invoke("review", "import", foreign)
    assert result.exit_code == 2 and "belongs to no localize edition" in result.stderr
    assert result.stderr.count("\n") == 1


def test_tmx_export_is_valid_tmx_14b(invoke, tmp_path):
    etree = pytest.importorskip("lxml.etree")
    dtd_file = SHARED / "schemas" / "tmx" / "tmx14.dtd"
    if not dtd_file.exists():
        pytest.skip("../shared/schemas is not beside the checkout")
    source = tmp_path / "story.md"
    source.write_text(ARTICLE)
    assert invoke("translate", source, "-t", "bg", "--no-review").exit_code == 0
    out = tmp_path / "memory.tmx"
    result = invoke("tm", "export", out)
    assert result.exit_code == 0, result.stderr
    document = etree.parse(str(out))
    dtd = etree.DTD(str(dtd_file))
    assert dtd.validate(document), dtd.error_log
    units = document.findall(".//tu")
    assert units and {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in units[0].findall("tuv")} >= {"en"}
    assert any(u.find("prop").text == "machine" for u in units)


WRITER = textwrap.dedent("""
    import sys
    from localize.memory import Memory
    memory = Memory(sys.argv[1])
    tag = sys.argv[2]
    for i in range(int(sys.argv[3])):
        memory.store("en", "ru", [(f"{tag}-{i}-{j}", "s", "t" * 200) for j in range(50)], "machine", "ctx")
    print("done", flush=True)
""")


def test_two_processes_share_the_memory(tmp_path):
    db = tmp_path / "tm.sqlite"
    Memory(db).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), tag, "40"], stdout=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    with Memory(db) as memory:
        assert len(memory.entries()) == 2 * 40 * 50


def test_memory_survives_sigkill_mid_write(tmp_path):
    db = tmp_path / "tm.sqlite"
    Memory(db).close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), "k", "100000"])
    deadline = time.time() + 30
    while time.time() < deadline:  # let it commit some transactions, then kill it mid-stream
        time.sleep(0.3)
        with Memory(db) as memory:
            if len(memory.lookup("en", "ru", [f"k-3-{j}" for j in range(50)], "machine", "ctx")) == 50:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Memory(db) as memory:
        assert memory._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = len(memory.entries())
        assert count >= 4 * 50 and count % 50 == 0  # whole transactions only
        memory.store("en", "ru", [("after", "s", "t")], "human")
        assert memory.lookup("en", "ru", ["after"], "human") == {"after": "t"}


def test_retranslations_of_lost_terms_go_through_the_memory(packages_dir, tmp_path):
    from faults import FaultyEngine
    from localize.glossary import load
    from localize.pipeline import translate_document

    engine = FaultyEngine(lambda text: re.sub(r"⟦\d+⟧", "", text))  # loses every term placeholder
    text = "Officials of the Diplomatic Academy met in Moscow.\n"
    from localize.morphology import ru

    with Memory(tmp_path / "tm.sqlite") as memory:
        first = translate_document(text, "txt", "en", ["ru"], engine, load([NEWS]), memory)["ru"]
        ru.inflect.cache_clear()  # as in a new process
        ru.analyzer.cache_clear()
        second = translate_document(text, "txt", "en", ["ru"], engine, load([NEWS]), memory)["ru"]
    assert len(engine.calls) == 2  # the first run: the segment, then its retranslation; the second: nothing
    assert second.text == first.text and second.decoded == 0
    assert "retranslated" in second.terms.decisions[0].reason
    # the repair's case forms came from the memory too: pymorphy3's dictionaries were not loaded again
    assert ru.analyzer.cache_info().misses == 0


# --- the memory never stops a run (issue 10, point 5) ---------------------------------------------------

RACER = textwrap.dedent("""
    import sys
    from localize.memory import Memory
    print("ready", flush=True)
    sys.stdin.readline()  # all racers go at once
    memory = Memory(sys.argv[1])
    memory.store("en", "ru", [("k", "s", "t")], "machine")
    sys.exit(0 if memory.lookup("en", "ru", ["k"], "machine") == {"k": "t"} else 1)
""")


def test_new_memories_set_up_at_the_same_moment_all_work(tmp_path):
    # before: 23 of 120 such processes died with "database is locked" on PRAGMA journal_mode=WAL
    failures = []
    for trial in range(10):
        db = tmp_path / str(trial) / "memory.sqlite"
        procs = [subprocess.Popen([sys.executable, "-c", RACER, str(db)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
        for proc in procs:
            assert proc.stdout.readline() == "ready\n"
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            _out, err = proc.communicate(timeout=60)
            if proc.returncode:
                failures.append(err.strip().splitlines()[-1:])
    assert failures == []


def test_two_translate_runs_started_together_on_a_new_memory_both_succeed(packages_dir, tmp_path):
    failures = []
    for trial in range(10):
        folder = tmp_path / str(trial)
        folder.mkdir()
        env = {**os.environ, "LOCALIZE_CACHE_DIR": str(folder / "cache")}
        procs = []
        for name in ("a", "b"):
            (folder / f"{name}.txt").write_text("Russia and China signed a new agreement.\n")
            procs.append(subprocess.Popen([sys.executable, "-m", "localize", "translate", str(folder / f"{name}.txt"),
                                           "-t", "ru", "--no-review"], env=env, stderr=subprocess.PIPE, text=True))
        for proc in procs:
            _out, err = proc.communicate(timeout=120)
            if proc.returncode or "Warning" in err:
                failures.append((trial, proc.returncode, err))
    assert failures == []


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh LOCALIZE_CACHE_DIR, and this process forgets which memories it has checked."""
    from localize import memory

    folder = tmp_path / "cache"
    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(folder))
    monkeypatch.setattr(memory, "_checked", set())
    return folder


def _real_memory(path: Path) -> None:
    """A sound memory of 26 pages (4 KiB), its WAL checkpointed into the file."""
    from localize import memory

    with Memory(path) as tm:
        tm.store("en", "ru", [(f"k{i}", "s" * 100, "t" * 100) for i in range(300)], "machine")
    assert not path.with_name(path.name + "-wal").exists()
    memory._checked.clear()


def _zero_page(path: Path, page: int) -> None:
    _real_memory(path)
    with open(path, "r+b") as file:
        file.seek((page - 1) * 4096)
        file.write(bytes(4096))


DAMAGED = [
    pytest.param(lambda path: path.write_bytes(os.urandom(20000)), "file is not a database", id="random-bytes"),
    pytest.param(lambda path: (_real_memory(path), os.truncate(path, 3 * 4096)), "malformed", id="truncated-real-db"),
    pytest.param(lambda path: _zero_page(path, 5), "Page 5", id="real-db-one-page-zeroed"),
    pytest.param(lambda path: _zero_page(path, 2), "malformed", id="real-db-schema-page-zeroed"),
]


@pytest.mark.parametrize("damage, reason", DAMAGED)
def test_a_damaged_memory_is_kept_aside_and_the_run_goes_on(invoke, tmp_path, cache, damage, reason):
    cache.mkdir()
    db = cache / "memory.sqlite"
    damage(db)
    damaged = db.read_bytes()
    source = tmp_path / "story.txt"
    source.write_text("Russia and China signed a new agreement.\n")
    result = invoke("translate", source, "-t", "ru", "--no-review")
    assert result.exit_code == 0, result.stderr
    warning, wrote = result.stderr.splitlines()
    match = re.fullmatch(rf"Warning: the translation memory {re.escape(str(db))} is damaged \((.+)\); it was kept as "
                         rf"({re.escape(str(db))}\.corrupt-\d{{8}}T\d{{6}}) and a new memory was started", warning)
    assert match and reason in match.group(1), warning
    assert Path(match.group(2)).read_bytes() == damaged
    assert wrote == f"ru: wrote {tmp_path / 'story.ru.txt'}"
    assert source.read_text() == "Russia and China signed a new agreement.\n"
    with Memory(db) as memory:  # the new memory holds this run's segment
        assert len(memory.entries()) == 1 and not memory.warnings


def _below_a_file(cache: Path) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.parent.joinpath("file").write_text("x")


UNUSABLE = [  # tests run as root, so chmod cannot make a folder unwritable
    pytest.param("file/cache", lambda cache: None, "Not a directory", id="cache-folder-below-a-regular-file"),
    pytest.param("cache", lambda cache: (cache / "memory.sqlite").mkdir(parents=True), "unable to open database file",
                 id="memory-sqlite-is-a-directory"),
]


@pytest.mark.parametrize("where, make, reason", UNUSABLE)
def test_an_unusable_memory_is_a_warning_and_the_run_goes_on(invoke, tmp_path, monkeypatch, where, make, reason):
    (tmp_path / "file").write_text("a regular file\n")
    cache = tmp_path / where
    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(cache))
    make(cache)
    source = tmp_path / "story.txt"
    source.write_text("Russia and China signed a new agreement.\n")
    result = invoke("translate", source, "-t", "ru", "-t", "bg")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (f"Warning: the translation memory {cache / 'memory.sqlite'} cannot be used "
                                             f"({reason}); going on without it")
    assert result.stderr.count("Warning") == 1
    assert all((tmp_path / f"story.{lang}.{ext}").exists() for lang in ("ru", "bg") for ext in ("txt", "xlf"))
    assert (tmp_path / "file").read_text() == "a regular file\n"
    assert source.read_text() == "Russia and China signed a new agreement.\n"

    exported = invoke("tm", "export", tmp_path / "tm.tmx")
    assert exported.exit_code == 2
    assert exported.stderr == (f"Error: {cache / 'memory.sqlite'}: the translation memory cannot be read ({reason})\n")
    assert not (tmp_path / "tm.tmx").exists()


def test_an_sqlite_error_during_a_run_is_one_warning_and_the_run_goes_on(invoke, tmp_path, cache):
    import sqlite3

    cache.mkdir()
    with sqlite3.connect(cache / "memory.sqlite") as db:  # a database, but not ours: every lookup fails
        db.execute("CREATE TABLE segments (x)")
        db.execute("CREATE TABLE forms (y)")
    source = tmp_path / "story.txt"
    source.write_text(ARTICLE)
    result = invoke("translate", source, "-t", "ru", "-t", "bg", "-g", NEWS)
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning")]
    assert warnings == [f"Warning: the translation memory {cache / 'memory.sqlite'} cannot be used "
                        "(no such column: source_key); going on without it"]
    assert (tmp_path / "story.bg.txt").exists() and (tmp_path / "story.ru.txt").exists()


def test_a_memory_that_fails_mid_run_finds_nothing_and_stores_nothing(tmp_path):
    import sqlite3

    seen = []
    memory = Memory(tmp_path / "tm.sqlite", warn=seen.append)
    memory.store("en", "ru", [("k", "s", "t")], "machine")
    assert memory.lookup("en", "ru", ["k"], "machine") == {"k": "t"}
    with sqlite3.connect(tmp_path / "tm.sqlite") as other:
        other.execute("DROP TABLE segments")
    assert memory.lookup("en", "ru", ["k"], "machine") == {}
    memory.store("en", "ru", [("k", "s", "t")], "machine")
    memory.store_forms({"a": "b"})
    assert memory.forms(["a"]) == {} and memory.entries() == []
    assert not memory.enabled and memory.failure == "no such table: segments"
    assert seen == memory.warnings and len(seen) == 1
    memory.close()


def test_review_import_refuses_when_the_memory_cannot_store_the_approved_segments(invoke, tmp_path, monkeypatch):
    source = tmp_path / "story.md"
    source.write_text(ARTICLE)
    assert invoke("translate", source, "-t", "ru").exit_code == 0
    xlf = tmp_path / "story.ru.xlf"
    xlf.write_text(xlf.read_text(encoding="utf-8").replace('state="translated"', 'state="final"', 1), encoding="utf-8")
    edition = (tmp_path / "story.ru.md").read_bytes()
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("LOCALIZE_CACHE_DIR", str(tmp_path / "file" / "cache"))
    result = invoke("review", "import", xlf)
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {tmp_path / 'file' / 'cache' / 'memory.sqlite'}: cannot store the approved "
                             "segments (Not a directory); the edition was not rebuilt\n")
    assert (tmp_path / "story.ru.md").read_bytes() == edition


CONTROLS = "Russia\x1b[1m and China\x0c signed a new\x85 agreement \uffff today\x07.\n\nOleg Ivanov said the plan is important.\n"


def test_tm_export_after_a_run_with_control_characters_is_valid_tmx(invoke, tmp_path, cache):
    etree = pytest.importorskip("lxml.etree")
    dtd_file = SHARED / "schemas" / "tmx" / "tmx14.dtd"
    if not dtd_file.exists():
        pytest.skip("../shared/schemas is not beside the checkout")
    source = tmp_path / "story.txt"
    source.write_text(CONTROLS)
    assert invoke("translate", source, "-t", "ru", "-t", "bg", "--no-review").exit_code == 0
    out = tmp_path / "memory.tmx"
    result = invoke("tm", "export", out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Wrote 4 translation units to {out}\n"
    document = etree.parse(str(out))
    dtd = etree.DTD(str(dtd_file))
    assert dtd.validate(document), dtd.error_log
    # control characters the translation kept reach the memory; those markup protection keeps out of the
    # model's way (ESC, BEL, C1) are placeholders there: each one written is one of the source's
    codes = {ph.text for ph in document.iterfind(".//ph[@type='x-ctrl']")}
    assert codes and codes <= {"U+001B", "U+0085", "U+FFFF", "U+0007", "U+000C"}
    assert source.read_text() == CONTROLS
