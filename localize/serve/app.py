"""The HTTP layer: LibreTranslate's routes on Starlette. Each route parses the request, checks it and
calls ``Service``; no translation logic lives here.

Every error is ``{"error": "..."}`` with 400 (bad request), 403 (API key), 413 (body too large),
429 (rate limit) or 500 (a failure inside; the traceback goes to the server's log, never to the client).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from localize.i18n import _, language_name
from localize.serve.service import FILE_FORMATS, ApiError, Service, Settings

log = logging.getLogger("localize.serve")
TRUE = {"1", "true", "yes", "on"}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class _BodyTooLarge(Exception):
    pass


class Guard:
    """ASGI middleware: one log line per request, the body size limit, and no traceback ever sent."""

    def __init__(self, app, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started, status, seen = time.perf_counter(), [0], [0]
        length = dict(scope.get("headers") or []).get(b"content-length")
        client = (scope.get("client") or ("-", 0))[0]

        async def sending(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        async def receiving():
            message = await receive()
            if message["type"] == "http.request":
                seen[0] += len(message.get("body", b""))
                if seen[0] > self.max_body:
                    raise _BodyTooLarge()
            return message

        try:
            if length is not None and (not length.isdigit() or int(length) > self.max_body):
                raise _BodyTooLarge()
            await self.app(scope, receiving, sending)
        except _BodyTooLarge:
            if not status[0]:
                await _error(413, _("Invalid request: the body is larger than {n} bytes").format(n=self.max_body))(
                    scope, receive, sending)
        except Exception:  # a bug: logged with its traceback, the client gets one line
            log.exception("%s %s", scope["method"], scope["path"])
            if not status[0]:
                await _error(500, _("Internal error; the server's log has the details"))(scope, receive, sending)
        finally:
            log.info("%s \"%s %s\" %s %.1f ms", client, scope["method"], scope["path"], status[0],
                     (time.perf_counter() - started) * 1000)


async def _fields(request: Request, timeout: float) -> dict:
    """The request's fields: a JSON object, or a form (urlencoded or multipart), over the query string's."""
    fields: dict = dict(request.query_params)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        if kind == "application/json" or kind.endswith("+json"):
            body = await asyncio.wait_for(request.body(), timeout)
            try:
                data = json.loads(body) if body.strip() else {}
            except (ValueError, UnicodeError):
                raise ApiError(400, _("Invalid request: the body is not valid JSON")) from None
            if not isinstance(data, dict):
                raise ApiError(400, _("Invalid request: the body must be a JSON object")) from None
            fields.update(data)
        elif kind in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await asyncio.wait_for(request.form(max_files=1, max_fields=100), timeout)
            for key in form.keys():
                values = form.getlist(key)
                fields[key] = values if key == "q" and len(values) > 1 else values[0]
        elif kind:
            await asyncio.wait_for(request.body(), timeout)
    except asyncio.TimeoutError:
        raise ApiError(400, _("Invalid request: the body did not arrive within {n} s").format(
            n=int(timeout))) from None
    except _BodyTooLarge:  # a body without Content-Length that grew past the limit
        raise ApiError(413, _("Invalid request: the body is larger than {n} bytes").format(n=request.app.state.max_body)
                       ) from None
    except HTTPException as error:  # Starlette's form parser: a malformed multipart body
        raise ApiError(400, _("Invalid request: {reason}").format(reason=error.detail)) from None
    return fields


def _text_field(fields: dict, name: str) -> str | None:
    value = fields.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ApiError(400, _("Invalid request: {name} must be a string").format(name=name))
    return value.strip()


def _required(fields: dict, name: str) -> str:
    value = _text_field(fields, name)
    if not value:
        raise ApiError(400, _("Invalid request: missing {name} parameter").format(name=name))
    return value


def _flag(value) -> bool:
    return value is True or (isinstance(value, str) and value.lower() in TRUE) or value == 1


def create_app(settings: Settings | None = None, service: Service | None = None) -> Starlette:
    """The ASGI application for ``settings`` (or a ready ``service``)."""
    settings = settings or Settings()
    state: dict = {}

    def server() -> Service:
        if "service" not in state:
            state["service"] = service or Service(settings)
        return state["service"]

    def client_of(request: Request, key: str | None) -> str:
        return f"key:{key}" if key else f"ip:{request.client.host if request.client else '-'}"

    async def admit(request: Request, fields: dict) -> Service:
        svc = server()
        key = fields.get("api_key") if isinstance(fields.get("api_key"), str) else None
        svc.check_key(key)
        svc.check_rate(client_of(request, key if svc.keys is not None else None))  # made-up keys share the IP's
        return svc

    async def run(svc: Service, calls):
        loop = asyncio.get_running_loop()
        futures = [loop.run_in_executor(svc.pool, *call) for call in calls]
        try:
            return await asyncio.wait_for(asyncio.gather(*futures), settings.timeout)
        except asyncio.TimeoutError:
            raise ApiError(500, _("Cannot translate text: no result within {n} s").format(
                n=int(settings.timeout))) from None
        except ApiError:
            raise
        except Exception as error:
            from localize.errors import LocalizeError, MissingModelError

            if isinstance(error, MissingModelError):
                raise ApiError(400, str(error)) from None
            if isinstance(error, LocalizeError):
                raise ApiError(400, _("Invalid request: {reason}").format(reason=error)) from None
            log.exception("translation failed")
            raise ApiError(500, _("Cannot translate text: {kind}").format(kind=type(error).__name__)) from None

    def source_of(svc: Service, fields: dict, texts: list[str]):
        source = _required(fields, "source").lower()
        detected = None
        if source == "auto":
            detected = svc.detect("\n".join(texts))[0]
            source = detected["language"]
        return source, detected

    async def translate(request: Request):
        fields = await _fields(request, settings.timeout)
        svc = await admit(request, fields)
        q = fields.get("q")
        batch = isinstance(q, list)
        texts = q if batch else [q]
        if q is None or (not batch and (not isinstance(q, str) or not q.strip())) or (batch and not q):
            raise ApiError(400, _("Invalid request: missing {name} parameter").format(name="q"))
        if not all(isinstance(t, str) for t in texts):
            raise ApiError(400, _("Invalid request: q must be a string or a list of strings"))
        target = _required(fields, "target").lower()
        fmt = svc.format(_text_field(fields, "format") or "text")
        try:
            alternatives = max(0, int(fields.get("alternatives") or 0))
        except (TypeError, ValueError):
            raise ApiError(400, _("Invalid request: {name} parameter is not a number").format(
                name="alternatives")) from None
        svc.check_size(texts)
        source, detected = source_of(svc, fields, texts)
        if source == target:
            raise ApiError(400, _("Invalid request: the source and target languages are the same"))
        svc.check_pair(source, target)
        glossary = svc.pick_glossary(_text_field(fields, "glossary"))
        results = await run(svc, [(svc.translate_one, text, fmt, source, target, glossary) for text in texts])
        out = [text for text, _terms in results]
        body: dict = {"translatedText": out if batch else out[0]}
        if detected is not None:
            body["detectedLanguage"] = [detected] * len(texts) if batch else detected
        if alternatives:
            body["alternatives"] = [[] for _t in texts] if batch else []
        if _flag(fields.get("terms")):
            terms = [t for _text, t in results]
            body["terms"] = terms if batch else terms[0]
        return JSONResponse(body)

    async def detect(request: Request):
        fields = await _fields(request, settings.timeout)
        svc = await admit(request, fields)
        q = fields.get("q")
        if isinstance(q, list):
            q = "\n".join(t for t in q if isinstance(t, str))
        if not isinstance(q, str) or not q.strip():
            raise ApiError(400, _("Invalid request: missing {name} parameter").format(name="q"))
        svc.check_size([q])
        return JSONResponse(svc.detect(q))

    async def languages(request: Request):
        svc = server()
        return JSONResponse([{"code": code, "name": language_name(code), "targets": targets}
                             for code, targets in svc.languages.items()])

    async def frontend_settings(request: Request):
        svc = server()
        source = "en" if "en" in svc.languages else next(iter(svc.languages), "en")
        target = (svc.languages.get(source) or [source])[0]
        return JSONResponse({
            "charLimit": settings.char_limit, "frontendTimeout": 500, "apiKeys": svc.keys is not None,
            "keyRequired": svc.keys is not None, "suggestions": False, "filesTranslation": True,
            "supportedFilesFormat": [e for e, f in FILE_FORMATS.items() if f != "html" or svc.html],
            "language": {"source": {"code": source, "name": language_name(source)},
                         "target": {"code": target, "name": language_name(target)}},
            "glossaries": sorted(svc.glossaries)})

    async def translate_file(request: Request):
        from pathlib import PurePosixPath

        fields = await _fields(request, settings.timeout)
        svc = await admit(request, fields)
        upload = fields.get("file")
        if upload is None or isinstance(upload, str) or not getattr(upload, "filename", None):
            raise ApiError(400, _("Invalid request: missing {name} parameter").format(name="file"))
        name = PurePosixPath(upload.filename.replace("\\", "/")).name
        fmt = FILE_FORMATS.get(PurePosixPath(name).suffix.lower())
        if fmt is None or (fmt == "html" and not svc.html):
            raise ApiError(400, _("Invalid request: file format not supported"))
        target = _required(fields, "target").lower()
        data = await upload.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeError:
            raise ApiError(400, _("Invalid request: the file is not UTF-8 text")) from None
        if not text.strip():
            raise ApiError(400, _("Invalid request: empty file"))
        svc.check_size([text])
        source, _detected = source_of(svc, fields, [text])
        if source == target:
            raise ApiError(400, _("Invalid request: the source and target languages are the same"))
        svc.check_pair(source, target)
        glossary = svc.pick_glossary(_text_field(fields, "glossary"))
        [(out, _terms)] = await run(svc, [(svc.translate_one, text, fmt, source, target, glossary)])
        stem = PurePosixPath(name)
        token = svc.keep_file(f"{stem.stem}.{target}{stem.suffix}", out.encode("utf-8"))
        return JSONResponse({"translatedFileUrl": str(request.url_for("download_file", filename=token))})

    async def download_file(request: Request):
        found = server().file(request.path_params["filename"])
        if found is None:
            raise ApiError(404, _("Invalid filename"))
        name, data = found
        return Response(data, media_type="application/octet-stream",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    def guarded(handler):
        async def endpoint(request: Request):
            try:
                return await handler(request)
            except ApiError as error:
                if error.status >= 500:
                    log.warning("%s %s: %s", request.method, request.url.path, error.message)
                return _error(error.status, error.message)
            except Exception:  # a bug: the traceback to the log, one line to the client
                log.exception("%s %s", request.method, request.url.path)
                return _error(500, _("Internal error; the server's log has the details"))
        return endpoint

    async def not_found(request: Request, exc):
        if getattr(exc, "status_code", 500) == 405:
            return _error(405, _("Method not allowed"))
        return _error(getattr(exc, "status_code", 404), _("Not found"))

    def lifespan(app):
        import contextlib

        @contextlib.asynccontextmanager
        async def span(app):
            server()  # models listed, glossaries and keys read before the first request
            try:
                yield
            finally:
                if "service" in state:
                    await asyncio.get_running_loop().run_in_executor(None, state["service"].close)
                log.info(_("localize serve stopped"))
        return span(app)

    routes = [
        Route("/translate", guarded(translate), methods=["POST"]),
        Route("/detect", guarded(detect), methods=["POST"]),
        Route("/languages", guarded(languages), methods=["GET", "POST"]),
        Route("/frontend/settings", guarded(frontend_settings), methods=["GET"]),
        Route("/translate_file", guarded(translate_file), methods=["POST"]),
        Route("/download_file/{filename}", guarded(download_file), methods=["GET"], name="download_file"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: not_found})
    if settings.cors:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"])
    app.state.service = server
    app.state.max_body = settings.max_body
    return Guard(app, settings.max_body)


def app_from_environment() -> Guard:
    """The app for uvicorn's worker processes (``--workers N``): settings from the environment."""
    return create_app(Settings.from_environment())
