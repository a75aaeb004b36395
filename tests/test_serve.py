"""localize serve, end to end: the server on a loopback port (uvicorn in a thread), driven by clients
nobody here wrote (libretranslatepy, deep-translator's LibreTranslator) and by plain HTTP for errors;
a short bounded load test. The models are the repository's test models (word-by-word substitutes)."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("starlette")
uvicorn = pytest.importorskip("uvicorn")

GLOSSARY = Path(__file__).resolve().parents[1] / "glossaries" / "news.tsv"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Running:
    def __init__(self, settings):
        from localize.serve.app import create_app
        from localize.serve.service import Service

        self.service = Service(settings)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        config = uvicorn.Config(create_app(settings, self.service), host="127.0.0.1", port=self.port,
                                log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)

    def stop(self):
        self.server.should_exit = True
        self.thread.join(30)

    def call(self, path, body=None, content_type="application/json", method=None):
        """(status, decoded JSON) of one request."""
        data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path.lstrip("/"), data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())


@pytest.fixture(scope="module")
def server(packages_dir):
    from localize.serve.service import Settings

    running = Running(Settings(glossaries=[str(GLOSSARY)], rate_limit=0, char_limit=2000, max_body=50_000))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def guarded(packages_dir, tmp_path_factory):
    """A server that needs API keys and allows 3 requests a minute per key."""
    from localize.serve.service import Settings

    keys = tmp_path_factory.mktemp("keys") / "keys.txt"
    keys.write_text("# desk keys\nkey-one\nkey-two\n", encoding="utf-8")
    running = Running(Settings(api_keys=str(keys), rate_limit=3, memory=False))
    yield running
    running.stop()


# -- clients nobody here wrote --------------------------------------------------------------------
def test_libretranslatepy_translate_detect_languages(server):
    from libretranslatepy import LibreTranslateAPI

    api = LibreTranslateAPI(server.url)
    assert api.translate("The government said on Monday.", "en", "bg") == "правителство каза върху понеделник."
    assert api.translate("The talks ended.", "en", "ru") == "переговоры закончил."
    assert api.detect("Правительство объявило меры")[0]["language"] in ("bg", "ru")
    languages = {lang["code"]: lang["targets"] for lang in api.languages()}
    assert set(languages["en"]) == {"bg", "ru"}


def test_deep_translator_single_and_batch(server):
    from deep_translator import LibreTranslator

    translator = LibreTranslator(source="en", target="ru", custom_url=server.url, api_key="unused")
    assert translator.translate("The talks ended.") == "переговоры закончил."
    assert translator.translate_batch(["The talks ended.", "The government said on Monday."]) == [
        "переговоры закончил.", "правительство сказал на понедельник."]


def test_glossary_term_in_its_inflected_form_with_decisions(server):
    status, body = server.call("translate", {"q": "The minister met Song Zhongping in Beijing.", "source": "en",
                                             "target": "ru", "terms": True})
    assert status == 200, body
    assert "в Пекине" in body["translatedText"] and "Сун Чжунпин" in body["translatedText"]
    statuses = {o["source"]: (o["status"], o["glossary"]) for o in body["terms"]["occurrences"]}
    assert statuses["Beijing"][0] == "inflected"
    assert statuses["Beijing"][1].startswith("news:")  # named, not the server's path


def test_list_input_auto_source_and_form_body(server):
    status, body = server.call("translate", {"q": ["Hello world.", "The talks ended."], "source": "auto",
                                             "target": "ru", "alternatives": 2})
    assert status == 200, body
    assert body["translatedText"] == ["Hello мир.", "переговоры закончил."]
    assert [d["language"] for d in body["detectedLanguage"]] == ["en", "en"]
    assert body["alternatives"] == [[], []]
    form = b"q=The+talks+ended.&source=en&target=ru"
    assert server.call("translate", form, "application/x-www-form-urlencoded") == (
        200, {"translatedText": "переговоры закончил."})


def test_numbers_localised_and_markdown_kept(server):
    _status, body = server.call("translate", {"q": "Prices rose 3.5 percent.", "source": "en", "target": "bg"})
    assert "3,5%" in body["translatedText"]
    _status, body = server.call("translate", {"q": "# Title\n\n* The talks ended.\n", "source": "en",
                                              "target": "ru", "format": "markdown"})
    assert body["translatedText"].startswith("# ") and "\n\n* переговоры закончил." in body["translatedText"]


def test_translate_file_and_download(server):
    boundary = "----localize"
    payload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nen\r\n"
               f"--{boundary}\r\nContent-Disposition: form-data; name=\"target\"\r\n\r\nru\r\n"
               f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../story.md\"\r\n"
               f"Content-Type: text/markdown\r\n\r\n# T\n\nThe talks ended.\n\r\n--{boundary}--\r\n").encode()
    status, body = server.call("translate_file", payload, f"multipart/form-data; boundary={boundary}")
    assert status == 200, body
    url = body["translatedFileUrl"]
    assert url.startswith(server.url + "download_file/") and url.endswith(".story.ru.md")
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.read().decode() == "# T\n\nпереговоры закончил.\n"
    assert server.call("download_file/..%2F..%2Fetc%2Fpasswd")[0] == 404


def test_frontend_settings(server):
    status, body = server.call("frontend/settings")
    assert status == 200
    assert body["charLimit"] == 2000 and body["keyRequired"] is False and ".md" in body["supportedFilesFormat"]
    assert body["language"]["source"]["code"] == "en" and body["glossaries"] == ["news"]


# -- errors: always {"error": ...}, never a traceback ------------------------------------------------
@pytest.mark.parametrize("body, content_type, status, words", [
    (b"{bad", "application/json", 400, "not valid JSON"),
    (b"[1, 2]", "application/json", 400, "JSON object"),
    ({"source": "en", "target": "bg"}, "application/json", 400, "missing q"),
    ({"q": "", "source": "en", "target": "bg"}, "application/json", 400, "missing q"),
    ({"q": [], "source": "en", "target": "bg"}, "application/json", 400, "missing q"),
    ({"q": [1], "source": "en", "target": "bg"}, "application/json", 400, "list of strings"),
    ({"q": "Hi", "source": "en"}, "application/json", 400, "missing target"),
    ({"q": "Hi", "source": "en", "target": "xx"}, "application/json", 400, "xx is not supported"),
    ({"q": "Hi", "source": "ru", "target": "bg"}, "application/json", 400, "bg is not available as a target language from ru"),
    ({"q": "Hi", "source": "en", "target": "en"}, "application/json", 400, "same"),
    ({"q": "Hi", "source": "en", "target": "bg", "format": "pdf"}, "application/json", 400, "pdf format"),
    ({"q": "Hi", "source": "en", "target": "bg", "alternatives": "x"}, "application/json", 400, "not a number"),
    ({"q": "Hi", "source": "en", "target": "bg", "glossary": "../../etc/passwd"}, "application/json", 400,
     "unknown glossary"),
    ({"q": "x" * 2001, "source": "en", "target": "bg"}, "application/json", 400, "exceeds text limit"),
    (b"q=" + b"x" * 60_000, "application/x-www-form-urlencoded", 413, "larger than"),
], ids=["bad-json", "not-object", "no-q", "empty-q", "empty-list", "not-strings", "no-target", "unknown-target",
        "no-such-pair", "same-language", "unknown-format", "bad-alternatives", "path-as-glossary", "char-limit",
        "body-limit"])
def test_errors(server, body, content_type, status, words):
    got, answer = server.call("translate", body, content_type)
    assert got == status and set(answer) == {"error"}
    assert words in answer["error"] and "Traceback" not in answer["error"]


def test_a_chunked_body_past_the_limit_is_413(server):
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    chunks = (b'{"q": "' if i == 0 else b"x" * 10_000 for i in range(7))
    connection.request("POST", "/translate", body=chunks, encode_chunked=True,
                       headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
    response = connection.getresponse()
    assert response.status == 413 and "larger than" in json.loads(response.read())["error"]
    connection.close()


def test_html_until_the_format_lands(server):
    from localize import formats

    status, body = server.call("translate", {"q": "<p>The talks ended.</p>", "source": "en", "target": "ru",
                                             "format": "html"})
    if "html" in formats.FORMATS:
        assert status == 200 and "<p>" in body["translatedText"]
    else:
        assert status == 400 and "HTML" in body["error"]


def test_unknown_route_and_method(server):
    assert server.call("nothing") == (404, {"error": "Not found"})
    assert server.call("translate")[0] == 405


def test_api_keys_and_rate_limit(guarded):
    ask = {"q": "The talks ended.", "source": "en", "target": "ru"}
    assert guarded.call("translate", ask) == (403, {"error": "Invalid API key"})
    assert guarded.call("translate", {**ask, "api_key": "wrong"})[0] == 403
    assert guarded.call("frontend/settings")[1]["keyRequired"] is True
    for _n in range(3):
        assert guarded.call("translate", {**ask, "api_key": "key-one"})[0] == 200
    status, body = guarded.call("translate", {**ask, "api_key": "key-one"})
    assert status == 429 and "Slow down" in body["error"]
    assert guarded.call("translate", {**ask, "api_key": "key-two"})[0] == 200  # per key


def test_cors_off_by_default(server):
    request = urllib.request.Request(server.url + "languages", headers={"Origin": "http://evil.example"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert "access-control-allow-origin" not in {k.lower() for k in response.headers}


# -- load: bounded in count and time ---------------------------------------------------------------
def test_load_8_clients_20_requests_each(server):
    sentences = ["The government said on Monday.", "The talks ended.", "Prices rose 3.5 percent.",
                 "The minister met Song Zhongping in Beijing."]
    calls_before = server.service.batcher.stats.calls

    def client(n):
        results = []
        for i in range(20):
            text = f"{sentences[(n + i) % len(sentences)]} Talks {n * 100 + i}."  # mostly new to the memory
            results.append(server.call("translate", {"q": text, "source": "en", "target": ["bg", "ru"][n % 2]}))
        return results

    started = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        results = [r for rs in pool.map(client, range(8)) for r in rs]
    assert time.monotonic() - started < 120
    assert len(results) == 160 and all(status == 200 for status, _body in results), \
        [r for r in results if r[0] != 200][:3]
    stats = server.service.batcher.stats
    assert stats.calls - calls_before < 160  # requests shared decoding calls
    assert server.call("languages")[0] == 200  # still healthy


def test_a_slow_client_blocks_no_one(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as slow:
        slow.sendall(b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 200\r\n\r\n{\"q\": \"The talks")  # and then nothing for a while
        started = time.monotonic()
        status, body = server.call("translate", {"q": "The talks ended.", "source": "en", "target": "ru"})
        assert status == 200 and time.monotonic() - started < 5


# -- the command: wiring, start-up errors, clean shutdown ---------------------------------------------
def test_serve_help_documents_every_option(runner):
    from localize.cli import cli

    result = runner.invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--glossary", "--api-keys", "--char-limit", "--rate-limit", "--max-body",
                   "--timeout", "--cors", "--no-memory", "--workers"):
        assert option in result.output
    command = cli.commands["serve"]
    assert all(param.help for param in command.params if param.name != "help")


def test_an_empty_keys_file_is_a_usage_error(invoke, tmp_path):
    keys = tmp_path / "keys.txt"
    keys.write_text("# none yet\n", encoding="utf-8")
    from click.testing import CliRunner

    from localize.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--api-keys", str(keys), "--port", str(_free_port())])
    assert result.exit_code == 2 and "no API keys" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_server_cleanly(packages_dir, tmp_path, signal_name):
    import os
    import signal
    import subprocess
    import sys

    port = _free_port()
    localize = Path(sys.executable).parent / "localize"
    proc = subprocess.Popen([str(localize), "serve", "--port", str(port)], stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ))
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/languages", timeout=5) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, "the server did not start"
                time.sleep(0.2)
        request = urllib.request.Request(f"http://127.0.0.1:{port}/translate", method="POST",
                                         data=b'{"q": "The talks ended.", "source": "en", "target": "ru"}',
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert json.loads(response.read()) == {"translatedText": "переговоры закончил."}
        proc.send_signal(getattr(signal, signal_name))
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert '"POST /translate" 200' in err and "localize serve stopped" in err and "Traceback" not in err


NPM_CLIENT = Path(__file__).resolve().parents[1] / "build" / "npm" / "node_modules"


def test_the_npm_libretranslate_client(server):
    """The npm `libretranslate` package (Node's fetch) against localize serve: languages, then a translation."""
    import shutil
    import subprocess

    if shutil.which("node") is None or not (NPM_CLIENT / "libretranslate").is_dir():
        pytest.skip("Node or the npm libretranslate client is not installed (make npm-client)")
    script = ("const { translate } = require('libretranslate');"
              f"translate({{query: 'The talks ended.', source: 'en', target: 'ru', apiurl: '{server.url.rstrip('/')}'}})"
              ".then(t => console.log(JSON.stringify(t))).catch(e => { console.error(String(e)); process.exit(1); });")
    run = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "NODE_PATH": str(NPM_CLIENT)})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == "переговоры закончил."
