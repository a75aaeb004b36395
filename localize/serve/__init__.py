"""``localize serve``: LibreTranslate's HTTP API over localize's pipeline (glossary with inflection,
localised numbers and dates, translation memory), with segments batched across requests.

- ``service.py``: the server's state and its one call into ``pipeline.translate_document`` (no HTTP);
- ``batching.py``: segments of concurrent requests decoded in shared engine calls;
- ``app.py``: the routes (Starlette), parsing and checking requests, calling the service.

Starlette and uvicorn are the ``serve`` extra (``pip install 'localize[serve]'``): they are imported
only when the server starts, so the CLI stays light.
"""

from __future__ import annotations

import logging

from localize.errors import UsageError
from localize.i18n import _


def run(settings, host: str = "127.0.0.1", port: int = 5000, workers: int = 1) -> None:
    """Serve until SIGINT or SIGTERM; requests in flight are finished first (at most ``settings.timeout`` s)."""
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError:
        raise UsageError(_("localize serve needs the serve extra: pip install 'localize[serve]'")) from None
    import os
    import sys

    from localize.serve.service import read_api_keys

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%d %H:%M:%S"))
    log = logging.getLogger("localize.serve")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    if settings.api_keys:
        read_api_keys(settings.api_keys)  # an unreadable or empty keys file fails now, as a usage error
    if settings.glossaries:
        from localize.glossary import load

        load(settings.glossaries)
    options = dict(host=host, port=port, log_level="warning", access_log=False, server_header=False,
                   timeout_keep_alive=5, timeout_graceful_shutdown=int(settings.timeout) + 1,
                   limit_concurrency=max(64, 4 * settings.threads))
    log.info(_("localize serve on http://%s:%s (Ctrl-C stops)"), host, port)
    if workers > 1:
        os.environ.update(settings.as_environment())
        uvicorn.run("localize.serve.app:app_from_environment", factory=True, workers=workers, **options)
    else:
        from localize.serve.app import create_app

        uvicorn.run(create_app(settings), **options)
