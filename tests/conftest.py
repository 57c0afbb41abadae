import os
from pathlib import Path

import pytest

# Django's live_server runs in a thread next to Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def pytest_report_header(config):
    from django.conf import settings

    database = settings.DATABASES["default"]
    where = f"{database['HOST']}:{database['PORT']}" if database.get("HOST") else "file/memory"
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} ({where})"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI nothing may be skipped: a skipped browser or PostgreSQL test hides a gap, so
    there a skip is reported as a failure."""
    report = yield
    if report.skipped and os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        report.outcome = "failed"
        report.longrepr = f"Skipped under CI=true, where nothing may be skipped: {report.longrepr}"
    return report


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty page cache: the database is rolled back between tests,
    so a version number can come round again with other data behind it."""
    from django.core.cache import cache

    from assignments import cards, facets

    cache.clear()
    cards.forget()
    facets.tables.forget()


@pytest.fixture(autouse=True)
def cv_storage(tmp_path_factory, monkeypatch):
    """Each test keeps CVs in a private folder of its own (the field's storage, which the
    services and the admin use), so no test sees another's files or leaves any behind."""
    from responses.models import Response
    from responses.storage import PrivateFileSystemStorage

    storage = PrivateFileSystemStorage(location=tmp_path_factory.mktemp("cvs"))
    monkeypatch.setattr(Response._meta.get_field("cv"), "storage", storage)
    return storage


@pytest.fixture
def outbox(mailoutbox):
    """The mails sent in this test (pytest-django empties the outbox before every test)."""
    return mailoutbox


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run 'make test' (it installs it).")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


@pytest.fixture
def screenshot(request):
    """Saves a full-page screenshot to test-artifacts/ so a person can look at the pages."""

    def take(page, name):
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)

    return take


@pytest.fixture
def page(page):
    # Fail in seconds, not Playwright's default half minute, when something is missing.
    page.set_default_timeout(10_000)
    return page
