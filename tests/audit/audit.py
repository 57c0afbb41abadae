"""The outside judges of the public pages, behind `make audit` and, in part, `make test`.

The site runs as in production: gunicorn with `config.settings.production` on a free loopback
port, a throwaway SQLite database with the demo data, and every request says
`X-Forwarded-Proto: https`, as the proxy would. Over every public page it runs

- the Nu HTML Checker (vnu) and html-validate (its standard preset): 0 errors;
- pa11y with HTML_CodeSniffer (WCAG 2 AA): 0 errors;
- Lighthouse 12.2.3, mobile and desktop, on the pages the issue names: performance ≥ 95,
  accessibility, best practices and SEO 100, cumulative layout shift < 0.05.

`python tests/audit/audit.py` (what `make audit` runs) does all four, writes the table to
docs/audit.md and exits 1 when a page misses a threshold. `tests/audit/test_audit.py` runs the
fast part (vnu, html-validate, pa11y) in `make test`. The tools are npm packages pinned in
.audit/package.json (installed by `make audit-tools` into .audit/node_modules); Chromium is
Debian's, Java is the system's.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / ".audit" / "node_modules"
BIN = TOOLS / ".bin"
REPORT = ROOT / "docs" / "audit.md"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
HOST = "localhost"
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}

# Lighthouse's thresholds (the issue's): every category, and the layout shift.
MIN_PERFORMANCE = 95
MIN_OTHER = 100
MAX_LAYOUT_SHIFT = 0.05
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]

# Pages Lighthouse judges (name: path); the other judges see PAGES, which holds these too.
LIGHTHOUSE_PAGES = [
    "home",
    "list",
    "filtered list",
    "assignment",
    "organisation",
    "faq",
    "insights",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Site:
    """The site as production runs it, with the demo data, on a free loopback port."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG", "SITE_URL")
        }
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings.production",
            SECRET_KEY="audit-only-" + os.urandom(16).hex(),
            ALLOWED_HOSTS=f"{HOST},127.0.0.1",
            # The canonical links name the host the judges visit (Lighthouse fails a
            # canonical link to another domain).
            SITE_URL=f"https://{HOST}",
            CLIENT_ADDRESS_HEADER="REMOTE_ADDR",
            # Lighthouse fetches robots.txt without the extra header, which production would
            # redirect to https; the proxy in front does that redirect anyway.
            SECURE_SSL_REDIRECT="false",
            DATABASE_URL=f"sqlite:///{self.workdir / 'audit.sqlite3'}",
            STATIC_ROOT=str(self.workdir / "static"),
            WEB_CONCURRENCY="2",
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            GUNICORN_ACCESSLOG="",
            LOG_LEVEL="WARNING",
        )
        self.server = None

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
        return result.stdout

    def start(self):
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("seed_demo", "-v", "0")
        self.server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise RuntimeError(self.server.stderr.read().decode())
            try:
                urllib.request.urlopen(f"{self.base}/healthz", timeout=2)
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer /healthz within 90 seconds")

    def stop(self):
        if self.server:
            self.server.terminate()
            self.server.wait(timeout=30)
            self.server = None

    def get(self, path, **headers):
        request = urllib.request.Request(self.base + path, headers={**PROXY_HEADERS, **headers})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def python(self, code):
        return self.manage("shell", "--no-imports", "-c", code).strip()

    def pages(self):
        """Every public page kind, by name: (path, extra request headers, expected status)."""
        assignment, organisation, faq = self.python(
            "from assignments.models import Assignment\n"
            "from organisations.models import Organisation\n"
            "from faq.models import FaqPage\n"
            "a = Assignment.objects.public().order_by('-published_at', '-pk').first()\n"
            "o = Organisation.objects.order_by('name').first()\n"
            "f = FaqPage.objects.filter(is_published=True).order_by('order', 'pk').first()\n"
            "print(a.get_absolute_url(), o.get_absolute_url(), f.get_absolute_url())"
        ).split()
        english = {"Accept-Language": "en"}
        return {
            "home": ("/", {}, 200),
            "list": ("/opdrachten/", {}, 200),
            "filtered list": (
                "/opdrachten/?min_guaranteed_home_days=2&min_hours=24&role=strategy"
                "&role=campaigns&sort=home_days",
                {},
                200,
            ),
            "search": ("/opdrachten/?q=woordvoerder", {}, 200),
            "empty list": ("/opdrachten/?org_kind=water_board&min_rate=490", {}, 200),
            "list with errors": (
                "/opdrachten/?min_home_days=veel&min_rate=87,5&starts_after=2026-02-30&sort=relevance",
                {},
                200,
            ),
            "page 2": ("/opdrachten/?page=2", {}, 200),
            "assignment": (assignment, {}, 200),
            "organisations": ("/organisaties/", {}, 200),
            "organisation": (organisation, {}, 200),
            "faq": ("/veelgestelde-vragen/", {}, 200),
            "faq page": (faq, {}, 200),
            "insights": ("/inzichten/", {}, 200),
            "alert sign-up": ("/opdrachten/alert/?role=press&min_home_days=3", {}, 200),
            "alert requested": ("/opdrachten/alert/aangevraagd/", {}, 200),
            "not found": ("/bestaat-niet/", {}, 404),
            "home (English)": ("/", english, 200),
            "list (English)": ("/opdrachten/?q=communicatie", english, 200),
            "assignment (English)": (assignment, english, 200),
        }


@dataclass
class Result:
    path: str
    vnu: list = field(default_factory=list)
    html_validate: list = field(default_factory=list)
    pa11y: list = field(default_factory=list)
    lighthouse: dict = field(default_factory=dict)


def missing_tools():
    needed = [BIN / "html-validate", BIN / "pa11y", BIN / "lighthouse", vnu_jar()]
    missing = [str(path) for path in needed if not path.exists()]
    if not shutil.which("java"):
        missing.append("java")
    if not Path(CHROMIUM).exists():
        missing.append(CHROMIUM)
    return missing


def vnu_jar():
    return TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"


def save_pages(site, pages, folder):
    """Fetches each page as a browser would (with the proxy's header) into folder/<n>.html."""
    files = {}
    for number, (name, (path, headers, status)) in enumerate(pages.items()):
        got, body = site.get(path, **headers)
        if got != status:
            raise RuntimeError(f"{name} ({path}) answered {got}, not {status}")
        files[name] = Path(folder) / f"{number:02d}.html"
        files[name].write_text(body, encoding="utf-8")
    return files


def run_vnu(files):
    """The Nu HTML Checker over all files at once: {file: [error messages]}."""
    result = subprocess.run(
        ["java", "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always"]
        + [str(path) for path in files],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = {str(path): [] for path in files}
    for message in messages:
        if message.get("type") == "error" or message.get("subType") == "fatal":
            where = message.get("url", "").removeprefix("file:")
            text = f"line {message.get('lastLine', '?')}: {message.get('message')}"
            for path in errors:
                if where.endswith(path):
                    errors[path].append(text)
    return errors


def run_html_validate(files):
    config = {"extends": ["html-validate:standard"]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(config, handle)
    try:
        result = subprocess.run(
            [str(BIN / "html-validate"), "--config", handle.name, "--formatter", "json"]
            + [str(path) for path in files],
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
    finally:
        os.unlink(handle.name)
    errors = {str(path): [] for path in files}
    for report in json.loads(result.stdout or "[]"):
        for message in report.get("messages", []):
            if message.get("severity") == 2:
                errors.setdefault(report["filePath"], []).append(
                    f"line {message.get('line')}: {message.get('ruleId')}: {message.get('message')}"
                )
    return {path: errors.get(path, []) for path in errors}


def run_pa11y(site, pages):
    """pa11y (HTML_CodeSniffer, WCAG 2 AA) per page in Debian's Chromium: {name: [errors]}."""
    config = {
        "chromeLaunchConfig": {
            "executablePath": CHROMIUM,
            "args": ["--no-sandbox", "--headless=new", "--disable-gpu"],
        },
        "headers": PROXY_HEADERS,
        "standard": "WCAG2AA",
        "runners": ["htmlcs"],
        "timeout": 60000,
    }
    errors = {}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(config, handle)
    try:
        for name, (path, headers, _status) in pages.items():
            if headers:
                continue  # pa11y sends one set of headers; the English pages are vnu's
            result = subprocess.run(
                [
                    str(BIN / "pa11y"),
                    "--config",
                    handle.name,
                    "--reporter",
                    "json",
                    site.base + path,
                ],
                capture_output=True,
                text=True,
                check=False,
                timeout=180,
                env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"},
            )
            try:
                issues = json.loads(result.stdout or "[]")
            except json.JSONDecodeError:
                issues = [{"type": "error", "message": result.stderr or result.stdout}]
            errors[name] = [
                f"{issue.get('code')}: {issue.get('message')} ({issue.get('selector')})"
                for issue in issues
                if issue.get("type") == "error"
            ]
    finally:
        os.unlink(handle.name)
    return errors


def run_lighthouse(site, path, form_factor, folder):
    """Lighthouse's four scores (0–100) and the cumulative layout shift of one page."""
    output = Path(folder) / f"lh-{form_factor}-{abs(hash(path))}.json"
    command = [
        str(BIN / "lighthouse"),
        site.base + path,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--extra-headers={json.dumps(PROXY_HEADERS)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
    )
    if not output.exists():
        raise RuntimeError(f"Lighthouse failed on {path}: {result.stderr[-2000:]}")
    report = json.loads(output.read_text())
    scores = {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}
    scores["cls"] = report["audits"]["cumulative-layout-shift"]["numericValue"]
    scores["failed"] = sorted(
        audit_id
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"]
        and (audit := report["audits"][ref["id"]])["score"] is not None
        and audit["score"] < 1
        and (audit_id := ref["id"])
    )
    return scores


def lighthouse_ok(scores):
    return (
        scores["performance"] >= MIN_PERFORMANCE
        and all(scores[name] >= MIN_OTHER for name in CATEGORIES[1:])
        and scores["cls"] < MAX_LAYOUT_SHIFT
    )


def fast_checks(site, pages, folder):
    """vnu, html-validate and pa11y over every page: {name: Result}."""
    files = save_pages(site, pages, folder)
    vnu = run_vnu(list(files.values()))
    html_validate = run_html_validate(list(files.values()))
    pa11y = run_pa11y(site, pages)
    return {
        name: Result(
            path=pages[name][0],
            vnu=vnu[str(files[name])],
            html_validate=html_validate[str(files[name])],
            pa11y=pa11y.get(name, []),
        )
        for name in pages
    }


def table(results):
    lines = [
        "| page | Lighthouse mobile: perf / a11y / best pr. / SEO, CLS | desktop "
        "| pa11y | vnu | html-validate |",
        "|---|---|---|---|---|---|",
    ]
    for name, result in results.items():
        cells = [f"{name} (`{result.path}`)"]
        for form_factor in ("mobile", "desktop"):
            scores = result.lighthouse.get(form_factor)
            if scores is None:
                cells.append("–")
                continue
            text = " / ".join(str(scores[name]) for name in CATEGORIES)
            text += f", {scores['cls']:.3f}"
            if not lighthouse_ok(scores):
                text = f"**{text}** ({', '.join(scores['failed'])})"
            cells.append(text)
        for errors in (result.pa11y, result.vnu, result.html_validate):
            cells.append(str(len(errors)) if not errors else f"**{len(errors)}**")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def problems(results):
    found = []
    for name, result in results.items():
        for judge, errors in (
            ("vnu", result.vnu),
            ("html-validate", result.html_validate),
            ("pa11y", result.pa11y),
        ):
            found += [f"{name}: {judge}: {error}" for error in errors]
        for form_factor, scores in result.lighthouse.items():
            if not lighthouse_ok(scores):
                found.append(f"{name}: Lighthouse {form_factor}: {scores}")
    return found


def versions():
    def package(name):
        return json.loads((TOOLS / name / "package.json").read_text())["version"]

    java = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
    java = java.stderr.splitlines()[0] if java.stderr else "java"
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, check=False)
    return (
        f"Lighthouse {package('lighthouse')}, pa11y {package('pa11y')} (HTML_CodeSniffer, "
        f"WCAG2AA), vnu {package('vnu-jar')} ({java}), "
        f"html-validate {package('html-validate')} (standard preset), "
        f"{(chromium.stdout.strip().splitlines() or ['Chromium'])[-1]}"
    )


def write_report(results, failed):
    verdict = "every page meets every threshold" if not failed else "**thresholds missed**"
    REPORT.write_text(
        "# Audit of the public pages\n\n"
        "Written by `make audit` (`tests/audit/audit.py`): the site with production settings "
        "(gunicorn, 2 workers, on loopback, `X-Forwarded-Proto: https` as the proxy sends it, "
        "the demo data on SQLite, HTML gzipped by the app), judged by four outside tools. "
        "Thresholds: Lighthouse performance ≥ 95 and accessibility, best practices and SEO "
        "100, cumulative layout shift < 0.05, on mobile (its default: a simulated mid-range "
        "phone on a slow 4G network) and desktop; pa11y, vnu and html-validate 0 errors on "
        "every page. A figure in bold misses its threshold. `make test` runs vnu, "
        "html-validate and pa11y over the same pages (`tests/audit/test_audit.py`); Lighthouse "
        "runs here only.\n\n"
        f"Run on {date.today().isoformat()} with {versions()}: {verdict}.\n\n"
        f"{table(results)}\n"
    )


def main():
    missing = missing_tools()
    if missing:
        raise SystemExit(f"Missing: {', '.join(missing)}. Run `make audit` (it installs them).")
    with tempfile.TemporaryDirectory(prefix="opdrachtwijzer-audit-") as workdir:
        site = Site(workdir)
        try:
            site.start()
            pages = site.pages()
            print(f"==> vnu, html-validate and pa11y over {len(pages)} pages")
            results = fast_checks(site, pages, workdir)
            for name in LIGHTHOUSE_PAGES:
                for form_factor in ("mobile", "desktop"):
                    print(f"==> Lighthouse {form_factor}: {name}")
                    scores = run_lighthouse(site, pages[name][0], form_factor, workdir)
                    results[name].lighthouse[form_factor] = scores
        finally:
            site.stop()
    failed = problems(results)
    write_report(results, failed)
    print(table(results))
    print(f"\nWritten to {REPORT.relative_to(ROOT)}")
    if failed:
        print("\n".join(["", "Thresholds missed:", *failed]), file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
