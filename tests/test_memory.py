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
    assert "1 approved segments stored" in result.stderr
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
