"""The benchmark behind `make bench`: requests per second of the public pages as a ratio of
the cheapest response the stack gives (a static file), at 1,000 and at 100,000 assignments.

`make bench` runs it through `tests/with_postgres.sh`, which starts a throwaway PostgreSQL
server and sets DATABASE_URL. The script then, for each size:

1. seeds the database with `seed_demo --assignments N` (timed) and runs VACUUM ANALYZE;
2. serves the site with gunicorn (2 workers, production settings, access log off) on a free
   loopback port; every request says `X-Forwarded-Proto: https`, as the proxy would;
3. measures with wrk (16 connections, BENCH_SECONDS each, 10 by default) a static file (the
   floor), the home page, the list, a filtered list, a text search (ordered by relevance), an
   assignment page, the list *cold*: every request another filter combination
   (tests/bench/cold_list.lua), and a *cold search*: another search by relevance per request
   (tests/bench/cold_search.lua);
4. explains (EXPLAIN ANALYZE) every query the list, filtered, search and cold pages run.

It prints the table and writes it, with the plans at the largest size, between the markers in
docs/performance.md. No test asserts timings; these figures are the measurement.
"""

import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
SIZES = [int(size) for size in os.environ.get("BENCH_SIZES", "1000,100000").split(",")]
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = 16
THREADS = 2

FILTERED = (
    "/opdrachten/?min_home_days=3&min_guaranteed_home_days=2&org_kind=ministry&min_rate=90"
    "&sort=home_days"
)
SEARCH = "/opdrachten/?q=woordvoerder"
# One combination of the cold run, explained at the largest size.
COLD_EXAMPLE = (
    "/opdrachten/?province=gelderland&role=press&min_guaranteed_home_days=1&min_hours=32"
    "&crisis=on_site&sort=closing"
)
COLD_SEARCH_EXAMPLE = "/opdrachten/?q=crisiscommunicatie+gemeente&role=crisis"

# (name, target ratio of the floor at the largest size, whether it must keep 0.9 of its 1k
# ratio); the cold list must keep 0.8 of its own.
TARGETS = {
    "list": (0.5, 0.9),
    "filtered list": (0.35, 0.9),
    "text search": (0.25, 0.9),
    "assignment page": (0.5, 0.9),
    "home": (None, 0.9),
    "cold list": (0.05, 0.8),
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Site:
    """Settings, commands and the gunicorn server of the run."""

    def __init__(self, workdir):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "benchmark-only-" + os.urandom(16).hex(),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": "https://opdrachtwijzer.example",
            "CLIENT_ADDRESS_HEADER": "REMOTE_ADDR",
            "STATIC_ROOT": str(workdir / "static"),
            "WEB_CONCURRENCY": "2",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_ACCESSLOG": "",
            "LOG_LEVEL": "ERROR",  # not a line per 404 of the cold run
            "DEBUG": "false",
        }
        self.server = None

    def manage(self, *args, capture=False):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=capture,
            text=True,
        )
        return result.stdout

    def python(self, code):
        return self.manage("shell", "--no-imports", "-c", code, capture=True)

    def seed(self, size):
        started = time.perf_counter()
        self.manage("seed_demo", "--assignments", str(size), "-v", "0")
        seconds = time.perf_counter() - started
        self.python(
            "from django.db import connection\nconnection.cursor().execute('VACUUM ANALYZE')"
        )
        return seconds

    def start(self):
        self.server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT,
            env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise SystemExit("gunicorn did not answer /healthz within a minute")

    def stop(self):
        if self.server:
            self.server.terminate()
            self.server.wait(timeout=30)
            self.server = None

    def get(self, path):
        request = urllib.request.Request(self.base + path, headers={"X-Forwarded-Proto": "https"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()

    def static_path(self):
        code = "from django.templatetags.static import static\nprint(static('css/site.css'))"
        return self.python(code).strip()

    def detail_path(self):
        code = (
            "from assignments.models import Assignment\n"
            "print(Assignment.objects.public().order_by('-published_at', '-pk')"
            ".first().get_absolute_url())"
        )
        return self.python(code).strip()


def wrk(url, script=None, script_args=()):
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency"]
    command += ["-H", "X-Forwarded-Proto: https"]
    if script:
        command += ["-s", str(script)]
    command.append(url)
    if script_args:
        command += ["--", *script_args]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    p99 = re.search(r"99%\s+([\d.]+\w+)", output)
    return {
        "rate": rate,
        "requests": total,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "p99": p99.group(1) if p99 else "?",
    }


def measure(site):
    today = date.today()
    starts = [(today + timedelta(days=days)).isoformat() for days in (20, 35, 50, 80)]
    pages = {
        "static file (floor)": site.static_path(),
        "home": "/",
        "list": "/opdrachten/",
        "filtered list": FILTERED,
        "text search": SEARCH,
        "assignment page": site.detail_path(),
    }
    results = {}
    for name, path in pages.items():
        for _ in range(4):  # each worker renders it once, then it is cached
            status, _body = site.get(path)
            assert status == 200, (name, path, status)
        results[name] = {"path": path, **wrk(site.base + path)}
        print(f"  {name:22} {results[name]['rate']:9.0f} req/s  p99 {results[name]['p99']}")
    cold = wrk(site.base + "/", ROOT / "tests" / "bench" / "cold_list.lua", starts)
    results["cold list"] = {"path": "/opdrachten/?<random filters>", **cold}
    print(
        f"  {'cold list':22} {cold['rate']:9.0f} req/s  p99 {cold['p99']}"
        f"  ({cold['non_2xx']} of {cold['requests']} not 200)"
    )
    search = wrk(site.base + "/", ROOT / "tests" / "bench" / "cold_search.lua")
    results["cold search"] = {"path": "/opdrachten/?q=<random words>&<filters>", **search}
    print(
        f"  {'cold search':22} {search['rate']:9.0f} req/s  p99 {search['p99']}"
        f"  ({search['non_2xx']} of {search['requests']} not 200)"
    )
    return results


EXPLAIN_CODE = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

client = Client(HTTP_HOST="127.0.0.1")
for label, path in {pages!r}:
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path, secure=True).status_code
    print(f"### {{label}}: `{{path}}` ({{len(queries)}} queries, status {{status}})\\n")
    for query in queries.captured_queries:
        sql = query["sql"]
        if "publicdataversion" in sql:
            print("- the public data version (primary-key lookup)\\n")
            continue
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)
            plan = "\\n".join(row[0] for row in cursor.fetchall())
        print("```sql\\n" + sql + "\\n```\\n\\n```\\n" + plan + "\\n```\\n")
"""


def explain(site):
    pages = [
        ("List", "/opdrachten/"),
        ("Filtered list", FILTERED),
        ("Text search", SEARCH),
        ("A cold combination", COLD_EXAMPLE),
        ("A cold search by relevance", COLD_SEARCH_EXAMPLE),
        ("Assignment page", site.detail_path()),
    ]
    return site.python(EXPLAIN_CODE.format(pages=pages))


def table(sizes, results, seeding):
    floor = {size: results[size]["static file (floor)"]["rate"] for size in sizes}
    small, large = sizes[0], sizes[-1]
    head = ["page"]
    for size in sizes:
        head += [f"req/s {size:,}", f"ratio {size:,}"]
    head += [f"{large:,} / {small:,}", "target", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    verdicts = []
    for name in results[small]:
        row = [name]
        for size in sizes:
            rate = results[size][name]["rate"]
            row += [f"{rate:,.0f}", ratio_text(rate / floor[size])]
        kept = (results[large][name]["rate"] / floor[large]) / (
            results[small][name]["rate"] / floor[small]
        )
        row.append(f"{kept:.2f}")
        target, keep = TARGETS.get(name, (None, None))
        if keep is None:
            row += ["", ""]
        else:
            ratio = results[large][name]["rate"] / floor[large]
            wanted = f"≥ {target} and " if target else ""
            met = (target is None or ratio >= target) and kept >= keep
            verdicts.append(met)
            row += [f"{wanted}kept ≥ {keep}", "yes" if met else "**no**"]
        lines.append("| " + " | ".join(row) + " |")
    seeds = ", ".join(f"{size:,}: {seconds:.1f} s" for size, seconds in seeding.items())
    lines += ["", f"Seeding (`seed_demo --assignments N`, from the previous size): {seeds}."]
    cold = results[large]["cold list"]
    lines.append(
        f"Cold list at {large:,}: {cold['requests']:,} requests, {cold['non_2xx']:,} of them "
        "not 200 (page 2 past the end of a short list)."
    )
    return "\n".join(lines), all(verdicts)


def ratio_text(ratio):
    return f"{ratio:.2f}" if ratio >= 0.1 else f"{ratio:.3f}"


def machine():
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = found.group(1).strip() if found else cpu
    postgres = (
        subprocess.run(
            ["psql", "--version"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if shutil.which("psql")
        else "PostgreSQL"
    )
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {postgres}, "
        f"gunicorn 2 sync workers, wrk {THREADS} threads / {CONNECTIONS} connections / "
        f"{SECONDS} s per page, {date.today().isoformat()}"
    )


def write_report(text):
    current = REPORT.read_text() if REPORT.exists() else f"# Performance\n\n{START}\n{END}\n"
    if START not in current:
        current += f"\n{START}\n{END}\n"
    before, rest = current.split(START, 1)
    _old, after = rest.split(END, 1)
    REPORT.write_text(f"{before}{START}\n{text}\n{END}{after}")


def main():
    if "DATABASE_URL" not in os.environ:
        raise SystemExit("Run me through tests/with_postgres.sh (make bench does).")
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk (make bench does).")
    with tempfile.TemporaryDirectory(prefix="opdrachtwijzer-bench-") as workdir:
        site = Site(Path(workdir))
        site.manage("migrate", "--noinput", "-v", "0")
        results, seeding, plans = {}, {}, ""
        try:
            for size in SIZES:
                print(f"==> {size:,} assignments: seeding")
                seeding[size] = site.seed(size)
                print(f"    seeded in {seeding[size]:.1f} s")
                site.start()
                try:
                    results[size] = measure(site)
                finally:
                    site.stop()
            print("==> Explaining the queries")
            plans = explain(site)
        finally:
            site.stop()
    summary, met = table(SIZES, results, seeding)
    print()
    print(summary)
    report = (
        f"Measured by `make bench` on {machine()}.\n\n{summary}\n\n"
        f"## Query plans at {SIZES[-1]:,} assignments\n\n"
        "Every query each page runs on a cache miss, with `EXPLAIN (ANALYZE, BUFFERS)`. The\n"
        "lists here are answered by the database, as before a process has built its list\n"
        "table (`assignments/facets.py`); from the table a list page runs two of these: the\n"
        "data version and its rows by key.\n\n"
        f"{plans}"
    )
    write_report(report)
    print(f"\nWritten to {REPORT.relative_to(ROOT)}; every target met: {'yes' if met else 'no'}")


if __name__ == "__main__":
    main()
