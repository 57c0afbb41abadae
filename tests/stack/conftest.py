"""The production stack (deploy/stack.py) for the scenarios: started once for the module's
tests, which break parts of it on purpose and put them back before they end.

Each scenario records its figures with the `figures` fixture; they are printed at the end
and written to test-artifacts/stack-figures.json (docs/deployment.md quotes them)."""

import json
import shutil
from pathlib import Path

import psycopg
import pytest

from deploy.stack import Stack
from tests.stack.helpers import STAFF_PASSWORD, STAFF_TOTP_KEY, STAFF_USER, app_client

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FIGURES = {}


@pytest.fixture(scope="session")
def stack():
    for program in ("nginx", "redis-server", "wrk"):
        if not shutil.which(program) and not Path(f"/usr/sbin/{program}").exists():
            pytest.fail(f"{program} is missing: run `make stack-test` (it installs it).")
    with Stack(app_servers=2, workers=1, scheduler=False) as running:
        running.manage(
            "createsuperuser",
            "--noinput",
            "--username",
            STAFF_USER,
            "--email",
            "beheer@example.nl",
            DJANGO_SUPERUSER_PASSWORD=STAFF_PASSWORD,
        )
        # Production asks staff for an authenticator app's code: give the account an app
        # whose key the tests know.
        running.manage(
            "shell",
            "--no-imports",
            "-c",
            "from django.contrib.auth import get_user_model\n"
            "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
            f"user = get_user_model().objects.get(username={STAFF_USER!r})\n"
            f"TOTPDevice.objects.create(user=user, name='app', key={STAFF_TOTP_KEY!r}, "
            "confirmed=True)",
        )
        yield running
    print("\n" + json.dumps(FIGURES, indent=2, ensure_ascii=False))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "stack-figures.json").write_text(json.dumps(FIGURES, indent=2) + "\n")


@pytest.fixture(scope="session")
def staff_session(stack):
    """The cookies of an administrator signed in once (password and authenticator code).
    Sessions live in the database, so they work on every app server; one sign-in also keeps
    the authenticator's code from being used twice in its 30 seconds, which it refuses."""
    client = app_client(stack.apps[0])
    client.log_in()
    return dict(client.cookies)


@pytest.fixture
def figures(request):
    """A dict of this scenario's measured figures, kept under the test's name."""
    found = FIGURES.setdefault(request.node.name, {})
    yield found


@pytest.fixture(autouse=True)
def whole_stack(stack):
    """Every scenario starts with the whole stack up, also when the one before failed half
    way: two app servers behind nginx, Redis, PostgreSQL, the worker."""
    stack.heal()
    yield
    stack.heal()
    stack.check_alive()


@pytest.fixture
def stack_db(stack):
    """A connection to the stack's PostgreSQL, for looking at what the app stored."""
    with psycopg.connect(stack.postgres.url.replace("postgres://", "postgresql://")) as conn:
        conn.autocommit = True
        yield conn
