import json

import pytest

from tests.processes import free_port, run_python

pytestmark = pytest.mark.django_db


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_head_but_refuses_post(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.mark.parametrize(
    "database_url",
    [
        pytest.param(lambda: f"postgres://nobody:secret@127.0.0.1:{free_port()}/gone", id="pg"),
        pytest.param(lambda: "sqlite:////nonexistent-directory/db.sqlite3", id="sqlite"),
    ],
)
@pytest.mark.slow
def test_healthz_is_503_when_the_database_is_down(database_url):
    """A real process whose DATABASE_URL points at a database that is not there."""
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(json.dumps({'status': r.status_code, 'body': r.json()}))"
    )
    result = run_python(
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=database_url(),
        LOG_LEVEL="CRITICAL",
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer == {"status": 503, "body": {"status": "unavailable"}}
