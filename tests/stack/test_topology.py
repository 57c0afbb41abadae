"""What the stack's configuration promises (deploy/): nginx passes the visitor's address and
scheme and nobody else's, compresses HTML once, serves nothing itself; the app servers are
reachable on loopback only; the S3 bucket is there; the scheduled commands run."""

import gzip
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from deploy.scheduler import ROOT
from tests.stack.helpers import Client, app_client, query

pytestmark = pytest.mark.slow


def test_nginx_sets_the_client_address_and_a_client_cannot_choose_it(stack, stack_db):
    nginx = Client(stack.url)
    address = "adres.test@example.nl"
    answer = nginx.sign_up(address)
    assert answer.status == 302
    # The sign-up form's page and POST went with forged headers too: nginx overwrote them.
    forged = {"X-Real-IP": "203.0.113.9", "X-Forwarded-For": "198.51.100.7"}
    token = nginx.csrf_token("/opdrachten/alert/")
    forged_answer = nginx.post(
        "/opdrachten/alert/",
        {"csrfmiddlewaretoken": token, "email": "vervalst@example.nl", "frequency": "weekly"},
        headers=forged,
    )
    assert forged_answer.status == 302
    clients = dict(
        query(
            stack_db,
            "SELECT email, client FROM assignments_alertsignup WHERE email = ANY(%s)",
            [address, "vervalst@example.nl"],
        )
    )
    assert clients == {address: "127.0.0.1", "vervalst@example.nl": "127.0.0.1"}


def test_the_app_trusts_the_scheme_nginx_sets_not_the_one_a_client_sends(stack):
    # A client claiming https through nginx: nginx replaces the header with the real scheme
    # (http here), so the app does not treat the request as secure (no HSTS on it).
    through_nginx = Client(stack.url).get("/", headers={"X-Forwarded-Proto": "https"})
    assert through_nginx.status == 200
    assert through_nginx.header("strict-transport-security") is None
    # The app itself does honour the header from the proxy's address: straight to one app
    # server with https claimed, it answers as to a secure request.
    direct = app_client(stack.apps[0]).get("/", headers={"X-Forwarded-Proto": "https"})
    assert direct.header("strict-transport-security").startswith("max-age=")


def test_html_is_compressed_once_and_static_files_come_precompressed_from_the_app(stack):
    nginx = Client(stack.url)
    page = nginx.get("/opdrachten/", headers={"Accept-Encoding": "gzip"})
    assert page.status == 200
    assert page.header("content-encoding") == "gzip"
    html = gzip.decompress(page.body).decode()
    assert "<!DOCTYPE html>" in html or "<!doctype html>" in html.lower()
    assert "Accept-Encoding" in page.header("vary")
    # The stylesheet: whitenoise (in the app) serves its .gz twin; nginx passes it on as is,
    # so one gunzip gives the CSS (compressed twice it would give gzip again).
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', html).group(1)
    css = nginx.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert css.status == 200
    assert css.header("content-encoding") == "gzip"
    assert gzip.decompress(css.body).lstrip().startswith(b"/*") or b"{" in gzip.decompress(css.body)
    assert "immutable" in css.header("cache-control")
    log = stack.access_log.read_text()
    assert f"GET {stylesheet} HTTP/1.1" in log
    # It went to an app server: nginx serves no file itself.
    line = [entry for entry in log.splitlines() if stylesheet in entry][-1]
    assert "upstream=127.0.0.1:" in line


def listening_addresses(port):
    """The addresses with a socket listening on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_app_servers_listen_on_loopback_only(stack):
    loopback = "0100007F"  # 127.0.0.1, as /proc/net/tcp writes it
    for app in stack.apps:
        assert listening_addresses(app.port) == {loopback}
    assert listening_addresses(stack.port) == {loopback}


def test_object_storage_has_the_bucket_the_app_servers_are_given(stack):
    env = stack.apps[0].env
    endpoint, bucket = env["RESPONSES_S3_ENDPOINT_URL"], env["RESPONSES_S3_BUCKET"]
    host, port = endpoint.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), 5) as sock:
        sock.sendall(f"HEAD /{bucket} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        assert sock.recv(200).startswith(b"HTTP/1.1 200")


def test_the_scheduled_commands_run_with_the_stack_settings(stack):
    result = subprocess.run(
        [sys.executable, "deploy/scheduler.py", "--run-all-once"],
        cwd=ROOT,
        env=stack.env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout
    assert result.returncode == 0, output + result.stderr
    assert "close_expired: exit 0" in output
    assert "send_alerts: exit 0" in output
    assert "purge_responses: exit 0" in output
    assert "prune_db_task_results --min-age-days 14: exit 0" in output
    assert "skipped" not in output


def socket_ports(pid):
    """The local TCP ports of the sockets process `pid` holds open (Linux /proc)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().name
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def test_the_app_servers_master_process_sets_django_up_but_holds_no_database_connection(
    stack, stack_db
):
    """config/gunicorn.py sets Django up in the master before the workers are forked (they
    answer sooner after a start); a database connection opened there would be shared by
    every worker. The workers have theirs; the master none."""
    app = stack.apps[0]
    assert app_client(app).get("/opdrachten/?role=press").status == 200  # workers connected
    clients = {port for (port,) in query(stack_db, "SELECT client_port FROM pg_stat_activity")}
    master = app.popen.pid
    workers = [
        int(pid) for pid in Path(f"/proc/{master}/task/{master}/children").read_text().split()
    ]
    assert workers
    assert socket_ports(master) & clients == set()
    assert any(socket_ports(worker) & clients for worker in workers)
    assert "Django set up for the workers" in app.log_text()
