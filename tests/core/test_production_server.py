"""Production as it starts for real: gunicorn with config/gunicorn.py and production settings,
behind a proxy that sends X-Forwarded-Proto."""

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.processes import ROOT, child_env, free_port, run_python


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, **headers):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers=headers), timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("production")
    port = free_port()
    env = child_env(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="a-production-like-secret-key-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL="https://opdrachtwijzer.example",
        CLIENT_ADDRESS_HEADER="HTTP_X_FORWARDED_FOR",
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
    )
    migrate = run_python("manage.py", "migrate", "-v", "0", **env)
    assert migrate.returncode == 0, migrate.stderr
    gunicorn = Path(sys.executable).parent / "gunicorn"
    process = subprocess.Popen(
        [gunicorn, "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                fetch(base + "/healthz")
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(process.stderr.read().decode())
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_health_check_answers_over_plain_http(server):
    status, _, body = fetch(server + "/healthz")
    assert status == 200
    assert body == b'{"status": "ok"}'


def test_plain_http_is_redirected_to_https(server):
    status, headers, _ = fetch(server + "/")
    assert status == 301
    assert headers["Location"] == server.replace("http://", "https://") + "/"


def test_https_through_the_proxy_is_served_securely(server):
    status, headers, body = fetch(server + "/", **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert b"Opdrachtwijzer" in body
    # Absolute links name SITE_URL, whatever host the request came in on.
    assert b'<link rel="canonical" href="https://opdrachtwijzer.example/">' in body
    # The stylesheet is collected at start, hashed, and served compressed by whitenoise.
    stylesheet = re.search(rb'href="(/static/css/site\.[0-9a-f]+\.css)"', body).group(1)
    status, headers, _ = fetch(
        server + stylesheet.decode(), **{"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
    )
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"]


def test_the_language_cookie_is_secure_in_production(server):
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(
        server + "/i18n/setlang/",
        data=b"language=en&next=/",
        headers={"X-Forwarded-Proto": "https"},
    )
    try:
        opener.open(request, timeout=10)
    except urllib.error.HTTPError as error:
        headers = error.headers
    cookie = next(c for c in headers.get_all("Set-Cookie") if c.startswith("django_language="))
    flags = {flag.strip().lower() for flag in cookie.split(";")[1:]}
    assert {"secure", "httponly", "samesite=lax"} <= flags


def test_security_headers_and_security_txt_in_production(server):
    status, headers, body = fetch(
        server + "/.well-known/security.txt", **{"X-Forwarded-Proto": "https"}
    )
    assert status == 200
    assert b"Contact: mailto:security@opdrachtwijzer.example" in body
    assert "camera=()" in headers["Permissions-Policy"]
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_connections_have_room_for_a_whole_page(server):
    """config/whole_responses.py: the listening socket passes a send buffer that holds a whole
    page on to the connections it accepts (`ss` shows it as the socket's tb)."""
    from tests.core.test_whole_responses import send_buffer_in_effect

    port = server.rsplit(":", 1)[1]
    listing = subprocess.run(
        ["ss", "-Htlnm", f"sport = :{port}"], capture_output=True, text=True, check=True
    ).stdout
    (buffer,) = re.findall(r"\btb(\d+)", listing)
    assert int(buffer) == send_buffer_in_effect()
