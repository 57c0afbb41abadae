"""Production settings: no start without secrets, and `check --deploy` finds nothing."""

import pytest
from django.urls import reverse

from tests.processes import run_python


def run_production(args, **env_changes):
    return run_python(
        "manage.py", *args, DJANGO_SETTINGS_MODULE="config.settings.production", **env_changes
    )


SECRETS = {
    "SECRET_KEY": "x" * 64 + "-a-long-and-random-production-key",
    "ALLOWED_HOSTS": "example.nl",
    "SITE_URL": "https://opdrachtwijzer.example",
    "CLIENT_ADDRESS_HEADER": "REMOTE_ADDR",
    "PRIVACY_CONTROLLER_NAME": "Opdrachtwijzer B.V.",
    "PRIVACY_CONTROLLER_EMAIL": "privacy@opdrachtwijzer.example",
    "RESPONSES_EMAIL": "reacties@opdrachtwijzer.example",
}


def without(*names, **changes):
    return {**{key: value for key, value in SECRETS.items() if key not in names}, **changes}


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"ALLOWED_HOSTS": "example.nl"}, "SECRET_KEY"),
        ({"SECRET_KEY": SECRETS["SECRET_KEY"]}, "ALLOWED_HOSTS"),
        (without(SECRET_KEY=""), "SECRET_KEY"),
        (without(ALLOWED_HOSTS=""), "ALLOWED_HOSTS"),
        (without("SITE_URL"), "SITE_URL"),
        (without(SITE_URL=""), "SITE_URL"),
        (without(SITE_URL="http://opdrachtwijzer.example"), "SITE_URL"),
        (without(SITE_URL="opdrachtwijzer.example"), "SITE_URL"),
        (without(SITE_URL="https://"), "SITE_URL"),
        (without(SITE_URL="https://opdrachtwijzer.example/site"), "SITE_URL"),
        (without("CLIENT_ADDRESS_HEADER"), "CLIENT_ADDRESS_HEADER"),
        (without(CLIENT_ADDRESS_HEADER=""), "CLIENT_ADDRESS_HEADER"),
        (without(CLIENT_ADDRESS_HEADER="X-Real-IP"), "CLIENT_ADDRESS_HEADER"),
    ],
)
@pytest.mark.slow
def test_production_refuses_to_start_without_secrets_and_addresses(env, missing):
    result = run_production(["check"], **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


@pytest.mark.parametrize("header", ["REMOTE_ADDR", "HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP"])
@pytest.mark.slow
def test_production_takes_the_site_url_and_client_header_as_given(header):
    result = run_production(
        [
            "shell",
            "--no-imports",
            "-c",
            "from django.conf import settings; "
            "print(settings.SITE_URL, settings.CLIENT_ADDRESS_HEADER)",
        ],
        **without(SITE_URL="https://opdrachtwijzer.example/", CLIENT_ADDRESS_HEADER=header),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["https://opdrachtwijzer.example", header]


@pytest.mark.slow
def test_production_passes_check_deploy():
    result = run_production(["check", "--deploy", "--fail-level", "WARNING"], **SECRETS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
def test_check_deploy_warns_until_the_privacy_settings_are_given():
    result = run_production(
        ["check", "--deploy", "--fail-level", "WARNING"],
        **without("PRIVACY_CONTROLLER_EMAIL"),
    )
    assert result.returncode != 0
    assert "core.W001" in result.stdout + result.stderr


@pytest.mark.slow
def test_production_collects_compressed_hashed_static(tmp_path):
    result = run_production(
        ["collectstatic", "--noinput", "-v", "0"], STATIC_ROOT=str(tmp_path), **SECRETS
    )
    assert result.returncode == 0, result.stderr
    names = {path.name for path in (tmp_path / "css").iterdir()}
    hashed = [
        name
        for name in names
        if name.startswith("site.") and name.endswith(".css") and name != "site.css"
    ]
    assert hashed, names
    assert f"{hashed[0]}.gz" in names


@pytest.mark.django_db
def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get(reverse("home"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_anonymous_pages_set_no_cookie_and_can_be_cached_whole(client):
    response = client.get(reverse("home"))
    assert response.cookies == {}
    assert "nonce" not in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/opdrachten/", "/organisaties/", "/veelgestelde-vragen/"])
def test_pages_vary_on_the_language_cookie(client, path):
    """The language may come from the switch's cookie: a shared cache must keep the Dutch and
    English copies apart."""
    dutch = client.get(path)
    vary = {value.strip() for value in dutch["Vary"].split(",")}
    assert {"Cookie", "Accept-Language"} <= vary
    client.cookies["django_language"] = "en"
    english = client.get(path)
    assert dutch.content != english.content
    assert '<html lang="en">' in english.content.decode()


@pytest.mark.django_db
def test_language_switch_works_without_a_csrf_token(client):
    client.handler.enforce_csrf_checks = True
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"
