#!/usr/bin/env python3
"""Load on ``localize serve`` (and LibreTranslate 1.9 when installed), side by side.

For each server and each concurrency (default 1, 8, 32 clients) every client sends news paragraphs
to ``POST /translate`` on 127.0.0.1 for a bounded time (``--seconds``, default 30) over a kept-alive
connection; printed per run: requests per second, p50/p99 latency, failed requests (must be 0) and the
server's peak RSS. Both servers use the repository's test models (installed into a temporary
``ARGOS_PACKAGES_DIR``) and no cache: every paragraph differs (a counter in it), so each one is decoded.

  python bench/serve_load.py                          # localize serve only
  python bench/serve_load.py --libretranslate build/lt-venv/bin/libretranslate
  python bench/serve_load.py --seconds 5 --clients 1 8   # a quick look

Loops are bounded in time; traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPHS = [
    "The government said on Monday that prices rose 3.5 percent in the third quarter.",
    "The minister met Song Zhongping in Beijing to discuss the talks.",
    "The talks ended without an agreement, the ministry said in a statement.",
    "Officials said the new rules would take effect next month.",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM), with its children's current RSS (uvicorn workers)."""
    total = 0.0
    pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()] \
        if Path(f"/proc/{pid}/task/{pid}/children").exists() else [pid]
    for one in pids:
        for line in Path(f"/proc/{one}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1]) / 1024
    return total


def wait_ready(port: int, proc: subprocess.Popen, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/languages")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the server did not start")


def client(port: int, target: str, until: float, number: int, latencies: list, errors: list) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    n = 0
    while time.monotonic() < until:
        text = f"{PARAGRAPHS[(number + n) % len(PARAGRAPHS)]} Report {number}-{n}."
        body = json.dumps({"q": text, "source": "en", "target": target})
        started = time.perf_counter()
        try:
            connection.request("POST", "/translate", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            data = response.read()
            if response.status != 200 or "translatedText" not in json.loads(data):
                errors.append(response.status)
        except (OSError, http.client.HTTPException, ValueError) as error:
            errors.append(type(error).__name__)
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        latencies.append(time.perf_counter() - started)
        n += 1
    connection.close()


def load(port: int, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors: list = []
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(port, ("bg", "ru")[i % 2], until, i, latencies, errors))
               for i in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    ordered = sorted(latencies)
    return {"clients": clients, "requests": len(latencies), "rps": len(latencies) / elapsed,
            "p50_ms": 1000 * statistics.median(ordered) if ordered else 0,
            "p99_ms": 1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] if ordered else 0,
            "errors": len(errors)}


def environment(root: Path) -> dict:
    env = dict(os.environ)
    for name in ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "LOCALIZE_CACHE_DIR"):
        env[name] = str(root / name.lower())
        Path(env[name]).mkdir(parents=True, exist_ok=True)
    env["LOCALIZE_COMPUTE_TYPE"] = "float32"
    return env


def install_models(env: dict) -> None:
    localize = Path(sys.executable).parent / "localize"
    for file in sorted((ROOT / "localize" / "data" / "models").glob("*.argosmodel")):
        subprocess.run([str(localize), "models", "install", str(file)], env=env, check=True, capture_output=True)


def run_server(name: str, command: list[str], env: dict, port: int, counts: list[int], seconds: float) -> list:
    log = open(Path(env["LOCALIZE_CACHE_DIR"]).parent / f"{name.split()[0]}.log", "w")  # never a full pipe
    proc = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    rows = []
    try:
        wait_ready(port, proc)
        load(port, 2, 2.0)  # warm: models loaded
        for clients in counts:
            row = load(port, clients, seconds)
            row.update(server=name, rss_mb=peak_rss_mb(proc.pid))
            rows.append(row)
            print(f"{name:16} {clients:3} clients {row['requests']:6} req {row['rps']:8.1f} req/s "
                  f"p50 {row['p50_ms']:7.1f} ms p99 {row['p99_ms']:7.1f} ms errors {row['errors']} "
                  f"peak RSS {row['rss_mb']:.0f} MB", flush=True)
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--libretranslate", help="the libretranslate executable of its own virtualenv")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    args.seconds = min(args.seconds, 120.0)
    rows = []
    with tempfile.TemporaryDirectory(prefix="localize-serve-bench-") as tmp:
        env = environment(Path(tmp))
        install_models(env)
        port = free_port()
        localize = Path(sys.executable).parent / "localize"
        rows += run_server("localize serve", [str(localize), "serve", "--port", str(port), "--rate-limit", "0",
                                              "--no-memory", "--char-limit", "-1"], env, port, args.clients,
                           args.seconds)
        if args.libretranslate:
            port = free_port()
            rows += run_server("LibreTranslate", [args.libretranslate, "--host", "127.0.0.1", "--port", str(port),
                                                  "--load-only", "en,bg,ru", "--disable-web-ui",
                                                  "--req-limit", "-1", "--char-limit", "-1"],
                               env, port, args.clients, args.seconds)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
