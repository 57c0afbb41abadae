"""A real PostgreSQL stopped under load, behind gunicorn with production settings.

The test starts its own PostgreSQL server and two gunicorn workers, seeds the demo data, warms
the page cache, and keeps several clients busy while the database is stopped for a while and
started again. It measures the share of 5xx answers for cached pages (goal: none), the statuses
of uncached pages while the database is down (503 only), how long after the database is back
the site answers everything again (no restart), and how much the log says meanwhile. The
figures go to test-artifacts/outage.json."""

import http.client
import json
import random
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.processes import ROOT, PostgresServer, child_env, free_port, run_python

pytestmark = pytest.mark.slow

CLIENTS = 6
BASELINE_SECONDS = 3
OUTAGE_SECONDS = 8
AFTER_SECONDS = 4
WORKERS = 2
ARTIFACT = ROOT / "test-artifacts" / "outage.json"


class Site:
    def __init__(self, port):
        self.port = port

    def get(self, path):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
        try:
            connection.request(
                "GET", path, headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
            )
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("outage")
    postgres = PostgresServer().init()
    port = free_port()
    env = child_env(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="an-outage-test-secret-key-" + "o" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL="https://opdrachtwijzer.example",
        CLIENT_ADDRESS_HEADER="REMOTE_ADDR",
        DATABASE_URL=postgres.url(),
        STATIC_ROOT=str(tmp / "static"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY=str(WORKERS),
        GUNICORN_ACCESSLOG="",
    )
    for command in (["migrate", "-v", "0"], ["seed_demo"]):
        result = run_python("manage.py", *command, **env)
        assert result.returncode == 0, result.stderr
    log = tmp / "gunicorn.log"
    with log.open("w") as log_file:
        process = subprocess.Popen(
            [Path(sys.executable).parent / "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    site = Site(port)
    try:
        for _ in range(300):
            try:
                if site.get("/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None:
                pytest.fail(log.read_text())
            time.sleep(0.1)
        yield site, postgres, log
    finally:
        process.terminate()
        process.wait(timeout=30)
        postgres.remove()


def cached_paths(site):
    listing = site.get("/opdrachten/")[1].decode()
    details = list(dict.fromkeys(re.findall(r'href="(/opdrachten/[a-z0-9-]+/)"', listing)))
    details = [
        path for path in details if not path.startswith(("/opdrachten/feed", "/opdrachten/alert"))
    ]
    organisations = site.get("/organisaties/")[1].decode()
    organisation = re.search(r'href="(/organisaties/[a-z0-9-]+/)"', organisations).group(1)
    return [
        "/",
        "/opdrachten/",
        "/opdrachten/?role=press",
        "/opdrachten/?min_home_days=3&org_kind=ministry",
        "/opdrachten/feed/",
        "/organisaties/",
        organisation,
        "/inzichten/",
        "/veelgestelde-vragen/",
        "/sitemap.xml",
        *details[:6],
    ]


def test_the_site_rides_out_a_database_stop(stack):
    site, postgres, log = stack
    cached = cached_paths(site)
    # Every worker caches every page (each has a cache of its own): enough requests that both
    # certainly got each one.
    for path in cached:
        for _ in range(20):
            assert site.get(path)[0] == 200, path

    results = []  # (started, finished, kind, status)
    stop = threading.Event()
    counter = iter(range(10**9))

    def load():
        chooser = random.Random()
        while not stop.is_set():
            if chooser.random() < 0.8:
                kind, path = "cached", chooser.choice(cached)
            else:
                kind, path = "uncached", f"/opdrachten/?q=woord{next(counter)}"
            started = time.monotonic()
            try:
                status = site.get(path)[0]
            except OSError:
                status = 0  # no answer at all
            results.append((started, time.monotonic(), kind, status))

    def probe():
        while not stop.is_set():
            started = time.monotonic()
            try:
                status = site.get("/healthz")[0]
            except OSError:
                status = 0
            results.append((started, time.monotonic(), "healthz", status))
            time.sleep(0.1)

    threads = [threading.Thread(target=load) for _ in range(CLIENTS)]
    threads.append(threading.Thread(target=probe))
    log_before = log.read_text()
    for thread in threads:
        thread.start()
    try:
        time.sleep(BASELINE_SECONDS)
        stopping = time.monotonic()
        postgres.stop()
        stopped = time.monotonic()
        time.sleep(OUTAGE_SECONDS)
        starting = time.monotonic()
        postgres.start()
        started = time.monotonic()
        time.sleep(AFTER_SECONDS)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    log_during = log.read_text()[len(log_before) :]

    def phase(kind, begin, end):
        """The statuses of the requests of a kind made wholly between begin and end."""
        return Counter(
            status for at, done, k, status in results if k == kind and begin <= at and done < end
        )

    first_ok = {
        kind: min(
            (
                at
                for at, _done, k, status in results
                if k == kind and at >= started and status == 200
            ),
            default=None,
        )
        for kind in ("uncached", "healthz")
    }
    everything = Counter((kind, status) for _at, _done, kind, status in results)
    figures = {
        "clients": CLIENTS,
        "workers": WORKERS,
        "outage_seconds": round(starting - stopping, 2),
        "requests": len(results),
        "baseline": {k: dict(phase(k, 0, stopping)) for k in ("cached", "uncached", "healthz")},
        "while_down": {
            k: dict(phase(k, stopped, starting)) for k in ("cached", "uncached", "healthz")
        },
        "cached_5xx_share": sum(n for (k, s), n in everything.items() if k == "cached" and s >= 500)
        / max(1, sum(n for (k, _s), n in everything.items() if k == "cached")),
        "recovery_seconds_uncached": None
        if first_ok["uncached"] is None
        else round(first_ok["uncached"] - started, 3),
        "recovery_seconds_healthz": None
        if first_ok["healthz"] is None
        else round(first_ok["healthz"] - started, 3),
        "log_lines_during_test": len(log_during.splitlines()),
        "worker_restarts": log_during.count("restarting it"),
        "log_tracebacks": log_during.count("Traceback"),
        "log_unreachable_lines": log_during.count("The database is unreachable"),
        "all": {f"{kind} {status}": count for (kind, status), count in sorted(everything.items())},
    }
    ARTIFACT.parent.mkdir(exist_ok=True)
    ARTIFACT.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    print(log_during)

    # Before the stop everything works.
    assert set(figures["baseline"]["cached"]) == {200}
    assert set(figures["baseline"]["uncached"]) == {200}
    # Cached pages: not one 5xx, at any moment (also while PostgreSQL was shutting down).
    assert figures["cached_5xx_share"] == 0, figures["all"]
    assert figures["while_down"]["cached"].get(200, 0) > 100
    # Uncached pages while it is down: 503 only; never a 500 or a dropped connection.
    assert set(figures["while_down"]["uncached"]) == {503}, figures["while_down"]
    assert set(figures["while_down"]["healthz"]) == {503}, figures["while_down"]
    assert not [s for (_k, s) in everything if s in (0, 500, 502, 504)], figures["all"]
    # Back without a restart, within seconds; everything answers after that.
    assert figures["recovery_seconds_uncached"] is not None
    assert figures["recovery_seconds_uncached"] < 5
    settled = first_ok["uncached"] + 1
    assert set(phase("uncached", settled, float("inf"))) == {200}
    assert set(phase("cached", settled, float("inf"))) == {200}
    # The log: no traceback, no error per request; one line per worker when the database went
    # away (one per 30 s while it stays away) and one when it is back.
    assert figures["log_tracebacks"] == 0, log_during[-3000:]
    assert "Internal Server Error" not in log_during
    assert 1 <= figures["log_unreachable_lines"] <= WORKERS, log_during[-3000:]
    assert 1 <= log_during.count("The database answers again") <= WORKERS, log_during[-3000:]
