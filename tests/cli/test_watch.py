"""--watch: the editions follow the source and the glossary, with the models and memory kept loaded."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from localize.watch import changes, snapshot

GLOSSARY = Path(__file__).parents[2] / "glossaries" / "news.tsv"


def test_changes_reports_content_once_it_has_settled(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("one")
    b.write_text("two")
    steps = [
        lambda: a.write_text("one, edited"),  # poll 1: a's stat changed, waiting for it to settle
        lambda: None,  # poll 2: unchanged since -> reported
        lambda: os.utime(b, ns=(1, 1)),  # poll 3: b touched, not edited
        lambda: None,  # poll 4: settled, same content -> not reported
        lambda: b.unlink(),  # poll 5: an editor's save by rename: b is missing for a moment
        lambda: b.write_text("two, edited"),  # poll 6: back, new content
        lambda: None,  # poll 7: settled -> reported
    ]
    polls = []

    def sleep(_interval):
        if len(polls) == len(steps):
            raise AssertionError("no change reported")
        steps[len(polls)]()
        polls.append(1)

    watcher = changes([a, b], sleep=sleep)
    assert next(watcher) == [a] and len(polls) == 2
    assert next(watcher) == [b] and len(polls) == 7


def test_an_edit_saved_before_watching_starts_is_seen(tmp_path):
    """The CLI takes the snapshot before its first run: an edit saved during that run comes after."""
    story = tmp_path / "story.txt"
    story.write_text("before")
    since = snapshot([story])
    story.write_text("saved while the first run was translating")
    polls = []
    watcher = changes([story], sleep=lambda _interval: polls.append(1) if len(polls) < 5 else 1 / 0, since=since)
    assert next(watcher) == [story] and len(polls) == 2


def _wait_for(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("edit", ["source", "glossary"])
def test_watch_translates_again_what_changed_and_stops_on_ctrl_c(packages_dir, tmp_path, edit):
    source = tmp_path / "story.txt"
    source.write_text("The government said the plan is important.\n\nOleg Ivanov met experts in Moscow.\n",
                      encoding="utf-8")
    glossary = tmp_path / "news.tsv"
    glossary.write_text(GLOSSARY.read_text(encoding="utf-8"), encoding="utf-8")
    edition = tmp_path / "story.ru.txt"
    env = {**os.environ, "LOCALIZE_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen(
        [sys.executable, "-m", "localize", "translate", str(source), "-t", "ru", "-g", str(glossary), "-v",
         "--watch", "--interval", "0.05"], stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # (a shell that runs the suite in the background hands its children SIGINT ignored; the child gets it back, as
    # a terminal's ctrl-c would reach it)
    try:
        assert _wait_for(lambda: edition.exists() and "Иванов" in edition.read_text(encoding="utf-8"))
        time.sleep(0.3)  # the watch has started
        if edit == "source":
            source.write_text("The government said the new plan is important.\n\n"
                              "Oleg Ivanov met experts in Moscow.\n", encoding="utf-8")
            assert _wait_for(lambda: "новый" in edition.read_text(encoding="utf-8"))
        else:  # the glossary now wants another form of the name: every edition is redone
            glossary.write_text(glossary.read_text(encoding="utf-8").replace("Олег Иванов", "Олег Иванофф"),
                                encoding="utf-8")
            assert _wait_for(lambda: "Иванофф" in edition.read_text(encoding="utf-8"))
        time.sleep(0.2)
    finally:
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    runs = [line for line in err.splitlines() if line.startswith("ru: 2 segments")]
    assert len(runs) == 2, err
    # after an edit only the changed segment is decoded (the memory has the rest); a glossary change
    # redoes every segment (the memory's entries depend on the glossary)
    assert "(2 decoded" in runs[0]
    assert ("(1 decoded" if edit == "source" else "(2 decoded") in runs[1], err
    assert "Updated 1 edition in" in err and err.rstrip().endswith("Stopped watching.")


def test_watch_refuses_standard_input(invoke):
    result = invoke("translate", "-", "-t", "ru", "--watch", input="Hello.\n")
    assert result.exit_code == 2 and result.stderr.startswith("Error: --watch needs input files")
