"""What the HTTP layer serves, without HTTP: the engine, the batcher, the glossaries, the keys, the
limits, and ``translate`` -- one call into ``pipeline.translate_document`` per text.

Routes (``localize.serve.app``) parse requests and call this; nothing here knows Starlette.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import threading
import time
from collections import OrderedDict, deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from localize.i18n import _

log = logging.getLogger("localize.serve")

#: Request formats: LibreTranslate's names (text, html) plus ours (markdown), to localize.formats names.
FORMATS = {"text": "txt", "html": "html", "markdown": "md"}
#: Uploads /translate_file takes, by extension.
FILE_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


class ApiError(Exception):
    """A request that cannot be served: the HTTP status and the one-line message sent as ``{"error": ...}``."""

    def __init__(self, status: int, message: str):
        self.status, self.message = status, message
        super().__init__(message)


@dataclass
class Settings:
    """The server's configuration (``localize serve``'s options)."""

    glossaries: list[str] = field(default_factory=list)
    api_keys: str | None = None
    char_limit: int = 10_000  # characters per request, all texts together; -1: no limit
    rate_limit: int = 600  # requests per minute per API key (or per client address without one); 0: no limit
    max_body: int = 2_000_000  # bytes
    timeout: float = 60.0  # seconds to read a body and to translate a request
    cors: list[str] = field(default_factory=list)  # allowed origins; none: no CORS headers at all
    memory: bool = True
    batch_window: float = 0.005
    batch_size: int = 64
    threads: int = 32  # requests translated at once (their segments are decoded together)

    def as_environment(self) -> dict:
        import json
        from dataclasses import asdict

        return {"LOCALIZE_SERVE_SETTINGS": json.dumps(asdict(self))}

    @classmethod
    def from_environment(cls) -> Settings:
        import json

        return cls(**json.loads(os.environ.get("LOCALIZE_SERVE_SETTINGS", "{}")))


def read_api_keys(path: str | Path) -> set[str]:
    """API keys, one a line; blank lines and ``#`` comments skipped."""
    from localize.errors import InputError

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeError) as error:
        raise InputError(str(path), _("cannot read the API keys: {reason}").format(
            reason=getattr(error, "strerror", None) or error)) from None
    keys = {line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")}
    if not keys:
        raise InputError(str(path), _("no API keys in the file"))
    return keys


class RateLimiter:
    """At most ``per_minute`` requests in any 60 seconds for each client (a sliding window).

    >>> limiter = RateLimiter(2)
    >>> [limiter.allow("k", now=t) for t in (0, 1, 2, 61)]
    [True, True, False, True]
    """

    def __init__(self, per_minute: int, clients: int = 10_000):
        self.per_minute, self.clients = per_minute, clients
        self._seen: OrderedDict[str, deque] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> bool:
        if self.per_minute <= 0:
            return True
        now = time.monotonic() if now is None else now
        with self._lock:
            times = self._seen.pop(client, None) or deque()
            self._seen[client] = times  # most recent last; the oldest clients are forgotten first
            while times and times[0] <= now - 60:
                times.popleft()
            if len(self._seen) > self.clients:
                self._seen.popitem(last=False)
            if len(times) >= self.per_minute:
                return False
            times.append(now)
            return True


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str, candidates: list[str]) -> list[dict]:
    """LibreTranslate's detections ``[{"confidence": 0-100, "language": code}]``, best first, among the
    languages the server translates from. A script count, then letters only one Cyrillic language
    uses (bg: ъ inside words, ѝ; ru: ы, э, ё). Good enough to route news text; not a general detector.

    >>> detect_language("Правителството обяви мерки", ["en", "bg", "ru"])[0]["language"]
    'bg'
    >>> detect_language("Правительство объявило меры", ["en", "bg", "ru"])[0]["language"]
    'ru'
    >>> detect_language("The government announced", ["en", "bg"])
    [{'confidence': 100.0, 'language': 'en'}]
    """
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    scores: dict[str, float] = {}
    if cyrillic:
        lower = text.lower()
        bg = len(re.findall(r"ъ(?=\w)|ѝ|щ", lower)) + 2 * len(re.findall(r"\b(?:на|за|се|от|са|и)\b", lower))
        ru = 3 * len(re.findall(r"[ыэё]", lower)) + 2 * len(re.findall(r"\b(?:не|что|это|в|и)\b", lower))
        share = cyrillic / (cyrillic + latin)
        scores["bg"] = share * (bg + 1) / (bg + ru + 2)
        scores["ru"] = share * (ru + 1) / (bg + ru + 2)
    if latin or not cyrillic:
        scores["en"] = latin / (cyrillic + latin) if cyrillic + latin else 0.0
    scores = {code: score for code, score in scores.items() if code in candidates}
    ranked = [{"confidence": round(100.0 * score / (sum(scores.values()) or 1), 1), "language": code}
              for code, score in sorted(scores.items(), key=lambda kv: -kv[1])]
    return ranked or [{"confidence": 0.0, "language": candidates[0] if candidates else "en"}]


class Service:
    """One server's state: loaded once at start, shared by every request."""

    def __init__(self, settings: Settings, engine=None):
        from localize import formats
        from localize.engine import Engine
        from localize.serve.batching import Batcher, BatchingEngine

        self.settings = settings
        self.keys = read_api_keys(settings.api_keys) if settings.api_keys else None
        self.glossaries, self.glossary = self._load_glossaries(settings.glossaries)
        self.engine = engine or Engine()
        self.batcher = Batcher(self.engine, settings.batch_window, settings.batch_size)
        self.batching = BatchingEngine(self.engine, self.batcher)
        self.limiter = RateLimiter(settings.rate_limit)
        self.pool = ThreadPoolExecutor(max_workers=settings.threads, thread_name_prefix="localize-request")
        self.html = "html" in formats.FORMATS
        self._local = threading.local()
        self._memories: list = []
        self._files: OrderedDict[str, tuple[str, bytes, float]] = OrderedDict()
        self._files_lock = threading.Lock()
        self.languages = self._languages()

    # -- set-up -----------------------------------------------------------------------------------
    @staticmethod
    def _load_glossaries(paths):
        """{name: glossary} for each file (its name without folder and extension), and all merged."""
        if not paths:
            return {}, None
        from localize.glossary import load

        named = {}
        for path in paths:
            one = load([path])
            for issue in one.errors:
                log.warning("%s", issue)
            named[Path(path).stem] = one
        return named, load(paths)

    def _languages(self) -> dict[str, list[str]]:
        """{language: [targets]} for every language of the installed packages, as LibreTranslate lists them:
        a language that is only a target is listed too (with the targets it has, maybe none), so a client
        that checks a target against the codes (the npm ``libretranslate`` package) accepts it."""
        from localize.errors import MissingModelError

        codes = sorted({c for p in self.engine.installed() for c in (p.from_code, p.to_code)})
        pairs: dict[str, list[str]] = {code: [] for code in codes}
        for src in codes:
            for tgt in codes:
                if src != tgt:
                    try:
                        self.engine.route(src, tgt)
                    except MissingModelError:
                        continue
                    pairs.setdefault(src, []).append(tgt)
        return pairs

    def close(self) -> None:
        self.pool.shutdown(wait=True)
        self.batcher.close()
        for memory in self._memories:
            memory.close()

    # -- checks -----------------------------------------------------------------------------------
    def check_key(self, key: str | None) -> None:
        if self.keys is not None and (not key or key not in self.keys):
            raise ApiError(403, _("Invalid API key"))

    def check_rate(self, client: str) -> None:
        if not self.limiter.allow(client):
            raise ApiError(429, _("Slow down: too many requests (limit: {n} per minute)").format(
                n=self.settings.rate_limit))

    def check_pair(self, src: str, tgt: str) -> None:
        if src not in self.languages:
            raise ApiError(400, _("{lang} is not supported").format(lang=src))
        if tgt not in self.languages[src]:
            if any(tgt in targets for targets in self.languages.values()) or tgt in self.languages:
                raise ApiError(400, _("{tgt} is not available as a target language from {src}").format(
                    tgt=tgt, src=src))
            raise ApiError(400, _("{lang} is not supported").format(lang=tgt))

    def check_size(self, texts: list[str]) -> None:
        size = sum(len(t) for t in texts)
        if self.settings.char_limit >= 0 and size > self.settings.char_limit:
            raise ApiError(400, _("Invalid request: request ({size}) exceeds text limit ({limit})").format(
                size=size, limit=self.settings.char_limit))

    def format(self, name: str) -> str:
        if name not in FORMATS:
            raise ApiError(400, _("{format} format is not supported").format(format=name))
        if FORMATS[name] == "html" and not self.html:
            raise ApiError(400, _("HTML is not supported yet; send format text or markdown"))
        return FORMATS[name]

    def pick_glossary(self, name: str | None):
        """The glossary a request asked for by name, else all of the server's merged (or none)."""
        if not name:
            return self.glossary
        if name == "none":
            return None
        if name not in self.glossaries:
            raise ApiError(400, _("unknown glossary {name!r}; this server has: {names}").format(
                name=name, names=", ".join(sorted(self.glossaries)) or "-"))
        return self.glossaries[name]

    def detect(self, text: str) -> list[dict]:
        return detect_language(text, list(self.languages))

    # -- work (in the pool's threads) -----------------------------------------------------------------
    def _memory(self):
        if not self.settings.memory:
            return None
        memory = getattr(self._local, "memory", None)
        if memory is None:
            from localize.memory import Memory

            memory = self._local.memory = Memory(warn=lambda message: log.warning("%s", message))
            self._memories.append(memory)
        return memory

    def translate_one(self, text: str, fmt: str, src: str, tgt: str, glossary) -> tuple[str, dict]:
        """One text through the pipeline (memory, batched decoding, glossary, localisation): (text, terms)."""
        from localize.pipeline import translate_document

        if not text.strip():
            return text, {}
        edition = translate_document(text.replace("\r\n", "\n"), fmt, src, [tgt], self.batching, glossary,
                                     self._memory())[tgt]
        out = edition.text
        if not text.endswith("\n") and out.endswith("\n"):
            out = out.rstrip("\n")
        return out, self._public(edition.terms.as_dict()) if edition.terms is not None else {}

    def _public(self, terms: dict) -> dict:
        """The terms report without the server's paths: a glossary is named by its name and line."""
        for occurrence in terms.get("occurrences", []):
            where = occurrence.get("glossary")
            if isinstance(where, str) and where:
                path, _sep, line = where.rpartition(":")
                occurrence["glossary"] = f"{Path(path).stem}:{line}" if line.isdigit() else Path(where).stem
        return terms

    # -- translated files ---------------------------------------------------------------------------
    def keep_file(self, name: str, data: bytes, keep: int = 100, seconds: float = 3600.0) -> str:
        """Keep a translated file in memory for download; returns its download name (a random token + name)."""
        safe = re.sub(r"[^\w.-]", "_", Path(name).name)[-100:] or "file.txt"
        token = f"{secrets.token_urlsafe(16)}.{safe}"
        now = time.monotonic()
        with self._files_lock:
            self._files[token] = (safe, data, now)
            while len(self._files) > keep or (self._files and next(iter(self._files.values()))[2] < now - seconds):
                self._files.popitem(last=False)
        return token

    def file(self, token: str) -> tuple[str, bytes] | None:
        with self._files_lock:
            found = self._files.get(token)
        return (found[0], found[1]) if found else None
