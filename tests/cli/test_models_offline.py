"""The Argos index is a network service: offline, the CLI says so within seconds, in one line."""

from __future__ import annotations

import socket
import time

import pytest


@pytest.fixture
def no_network(monkeypatch):
    """This workplace has no route to the index anyway; this makes the test mean the same everywhere."""

    def refuse(*args, **kwargs):
        raise OSError(101, "Network is unreachable")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    import argostranslate.settings as settings

    index = settings.local_package_index
    if index.exists():
        index.unlink()


@pytest.mark.parametrize("args", [["models", "install", "en", "bg"], ["models", "available"]])
def test_index_offline_fails_fast_with_the_file_alternative(runner, packages_dir, no_network, args):
    from localize.cli import cli

    started = time.monotonic()
    result = runner.invoke(cli, args)
    assert time.monotonic() - started < 15
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "cannot reach the Argos package index" in result.stderr
    assert "localize models install FILE.argosmodel" in result.stderr
