"""The stack broken on purpose: each scenario of docs/deployment.md, with its figures.

The whole stack (deploy/stack.py) runs once for these tests: nginx in front of two gunicorn
app servers with production settings, PostgreSQL, Redis, the S3 server, one task worker and
a mail sink. Each test puts back what it broke."""

import json
import mailbox
import os
import re
import signal
import statistics
import time
from datetime import date, timedelta
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from deploy.stack import BUCKET, wait_for
from tests.responses import documents
from tests.stack.helpers import (
    AccessLog,
    Client,
    app_client,
    background,
    form_fields,
    query,
    wrk,
    wrk_result,
)

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["/", "/opdrachten/", "/organisaties/", "/inzichten/", "/veelgestelde-vragen/"]


def public_detail_paths(stack_db, count=3):
    rows = query(
        stack_db,
        "SELECT slug FROM assignments_assignment WHERE status = 'published' "
        "AND (closing_date IS NULL OR closing_date >= CURRENT_DATE) "
        "ORDER BY published_at DESC LIMIT %s",
        count,
    )
    return [f"/opdrachten/{slug}/" for (slug,) in rows]


def mails_to(stack, addresses):
    """The mails the sink received for `addresses`, as (recipient, subject) pairs."""
    found = []
    for message in mailbox.Maildir(stack.maildir, create=True):
        recipient = message["To"]
        if recipient in addresses:
            found.append((recipient, str(make_header(decode_header(message["Subject"])))))
    return found


# 1. Shared cache, exact invalidation across servers ------------------------------------------


def test_publication_through_app_server_a_shows_at_once_on_app_server_b(
    stack, stack_db, staff_session, figures
):
    server_a, server_b = stack.apps[0], stack.apps[1]
    a, b = app_client(server_a), app_client(server_b)

    # B renders the list and stores it in Redis; A answers the same URL from that entry.
    first = b.get("/opdrachten/")
    hits = stack.redis_info("keyspace_hits")
    second = a.get("/opdrachten/")
    assert first.status == second.status == 200
    assert second.body == first.body
    assert stack.redis_info("keyspace_hits") > hits, "A did not read B's cached page"

    # An assignment in screening whose organisation's default terms complete it: the
    # recruiter copies the defaults, records the client's confirmation and publishes, each a
    # button of the change form (as in a browser: the whole form is sent with the button).
    candidates = query(
        stack_db,
        "SELECT a.id, a.slug, a.title FROM assignments_assignment a "
        "WHERE a.status = 'screening' ORDER BY a.id",
    )
    assert candidates
    a.cookies.update(staff_session)
    published = None
    today = date.today().isoformat()
    for pk, slug, title in candidates:
        change = f"/admin/assignments/assignment/{pk}/change/"
        for step, extra in (
            ("prefill", {}),
            (
                "publish",
                {
                    "confirmed_on": today,
                    "channel": "email",
                    "client_contact": "Stack-test, afdeling Communicatie",
                    "step_note": "Stack test",
                },
            ),
        ):
            page = a.get(change)
            assert page.status == 200
            fields = [
                (name, value)
                for name, value in form_fields(page.text, "assignment_form")
                if name not in extra
            ]
            answer = a.post(change, [*fields, *extra.items(), ("_step", step)])
            assert answer.status in (200, 302), answer.status
        published_at = time.perf_counter()
        (status,) = query(stack_db, "SELECT status FROM assignments_assignment WHERE id = %s", pk)[
            0
        ]
        if status == "published":
            published = (slug, title)
            break
    assert published, "no assignment in screening could be published"
    slug, title = published

    # The very next request on B shows it: its page and the list (newest first).
    detail = b.get(f"/opdrachten/{slug}/")
    listing = b.get("/opdrachten/")
    seen_after = time.perf_counter() - published_at
    assert detail.status == 200
    assert listing.status == 200
    assert title.replace("&", "&amp;") in listing.text or title in listing.text
    assert listing.body != first.body
    # And through nginx, whichever server answers.
    assert all(Client(stack.url).get(f"/opdrachten/{slug}/").status == 200 for _ in range(4))
    figures.update(
        {
            "published through": server_a.name,
            "checked on": server_b.name,
            "seconds from the publish response to B showing it (one request each)": round(
                seen_after, 3
            ),
            "stale responses on B": 0,
        }
    )


# 1b. Uploads live in object storage, not on an app server ---------------------------------------


def test_a_cv_sent_through_one_app_server_is_stored_in_s3_and_downloads_through_the_other(
    stack, stack_db, staff_session, figures
):
    (slug,) = query(
        stack_db,
        "SELECT slug FROM assignments_assignment WHERE status = 'published' "
        "AND (closing_date IS NULL OR closing_date >= CURRENT_DATE) ORDER BY id LIMIT 1",
    )[0]
    nginx = Client(stack.url)
    log = AccessLog(stack)
    form = f"/opdrachten/{slug}/reageren/"
    token = nginx.csrf_token(form)
    cv = documents.pdf(title="Sanne de Stapel – cv", lines=("Woordvoerder, Den Haag",))
    address = f"sanne.{time.time_ns()}@example.nl"
    sent = nginx.post(
        form,
        {
            "csrfmiddlewaretoken": token,
            "name": "Sanne de Stapel",
            "email": address,
            "motivation": "Ik werk graag voor de overheid aan heldere communicatie.",
            "available_from": (date.today() + timedelta(days=30)).isoformat(),
            "consent": "on",
            "website": "",
        },
        files={"cv": ("Sanne de Stapel cv.pdf", "application/pdf", cv)},
    )
    assert sent.status == 302, sent.text[:3000]
    posted = [e for e in log.entries() if e["method"] == "POST" and e["path"] == form]
    received_by = posted[-1]["upstream"].rsplit(":", 1)[1]
    (pk, key, size) = query(
        stack_db, "SELECT id, cv, cv_size FROM responses_response WHERE email = %s", address
    )[0]
    assert size == len(cv)

    # The file is an object in the bucket, and on no app server's disk.
    bucket = Client(f"http://127.0.0.1:{stack.s3_port}")
    listing = bucket.get(f"/{BUCKET}?list-type=2&prefix={key}")
    assert f"<Key>{key}</Key>" in listing.text
    # Private: the object storage does not hand it to an anonymous request.
    assert bucket.get(f"/{BUCKET}/{key}").status == 403
    on_disk = [
        path for app in stack.apps for path in app.folder.rglob("*") if path.name == Path(key).name
    ]
    assert on_disk == []

    # Staff download it through the other app server.
    other = next(app for app in stack.apps if str(app.port) != received_by)
    staff = app_client(other)
    staff.cookies.update(staff_session)
    download = staff.get(f"/admin/responses/response/{pk}/cv/")
    assert download.status == 200
    assert download.body == cv
    assert download.header("content-disposition").startswith("attachment")

    # The candidate's confirmation and the recruiters' notification went out from the worker.
    wait_for(lambda: mails_to(stack, [address]), "the confirmation mail", timeout=30)
    figures.update(
        {
            "sent through": f"app server on port {received_by}",
            "downloaded through": other.name,
            "CV bytes": len(cv),
            "object key": key,
            "copies on app servers' disks": 0,
            "anonymous GET of the object": 403,
            "download identical": True,
            "seconds for the form's POST": round(sent.seconds, 3),
        }
    )


# 2. An app server dies under load -------------------------------------------------------------


def test_killing_an_app_server_under_load_fails_no_request(stack, stack_db, figures):
    paths = PAGES + public_detail_paths(stack_db)
    script = stack.folder / "pages.lua"
    script.write_text(lua_for(paths))
    victim = stack.apps[1]
    log = AccessLog(stack)
    load = wrk(stack.url + "/", 12, connections=8, script=script)
    time.sleep(3)
    victim.kill()  # SIGKILL to gunicorn and its workers: the host is gone
    killed_at = time.monotonic()
    time.sleep(3)
    victim.start()
    victim.wait_ready()
    back_after = time.monotonic() - killed_at
    result = wrk_result(load)
    summary = log.summary()
    entries = log.entries()
    served_by_victim_after = sum(
        1 for entry in entries[-200:] if entry["upstream"].endswith(f":{victim.port}")
    )
    figures.update(
        {
            "load": "wrk, 2 threads, 8 connections, 12 s, 8 public pages in turn",
            "requests": result["requests"],
            "requests per second": result["rate"],
            "failed (5xx or socket error)": summary["failed"] + result["socket_errors"],
            "non-2xx/3xx seen by wrk": result["non_2xx"],
            "requests retried by nginx on the other server": summary["retried on another server"],
            "seconds from kill to the server answering again": round(back_after, 1),
            "requests among the last 200 served by the restarted server": served_by_victim_after,
            "p50 / p99": f"{result['p50']} / {result['p99']}",
        }
    )
    assert summary["failed"] == 0, summary
    # A page the killed server was sending would reach wrk cut off: a read error here, and
    # "upstream prematurely closed connection while reading upstream" in nginx's error log
    # (nginx had passed its header on, so it could not try another server). Responses that
    # leave gunicorn whole (config/whole_responses.py) keep that from happening.
    assert result["socket_errors"] == 0, explained(result, summary)
    assert result["non_2xx"] == 0, result
    assert summary["retried on another server"] >= 1  # the kill did hit requests
    # Recovery: once back, nginx sends it its share again.
    recovered = AccessLog(stack)
    for _ in range(20):
        assert Client(stack.url).get("/opdrachten/").status == 200
    assert any(e["upstream"].endswith(f":{victim.port}") for e in recovered.entries())


def explained(*reports):
    """An assertion's message in full (pytest shortens a long dict's repr to one line)."""
    return "\n".join(json.dumps(report, indent=1, ensure_ascii=False) for report in reports)


def lua_for(paths):
    quoted = ", ".join(f'"{path}"' for path in paths)
    return (
        "-- Written by tests/stack/test_scenarios.py: the public pages in turn.\n"
        f"local paths = {{{quoted}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i])\n"
        "end\n"
    )


# 3. Redis stops -------------------------------------------------------------------------------


def test_without_redis_the_site_serves_uncached_and_caches_again_when_it_returns(
    stack, stack_db, figures
):
    nginx = Client(stack.url)
    paths = PAGES + public_detail_paths(stack_db)
    for path in paths:
        nginx.get(path)
    cached = [nginx.get(path).seconds for path in paths for _ in range(3)]
    logs_before = {app.name: len(app.log_text()) for app in stack.apps}

    stack.redis.stop()
    outage = [nginx.get(path) for _ in range(6) for path in paths]
    statuses = sorted({answer.status for answer in outage})
    stack.start_redis()
    assert stack.redis_command("DBSIZE").strip() == ":0"  # it came back empty

    logged = "".join(app.log_text()[logs_before[app.name] :] for app in stack.apps)
    warnings = logged.count("unavailable")
    # Once the retry interval has passed, the next requests use and fill the cache again.
    time.sleep(5.5)
    for _ in range(3):
        for path in paths:
            assert nginx.get(path).status == 200
    keys = int(stack.redis_command("DBSIZE").strip()[1:])
    hits = stack.redis_info("keyspace_hits")
    again = [nginx.get(path) for path in paths]
    figures.update(
        {
            "requests while Redis was down": len(outage),
            "their statuses": statuses,
            "median ms with Redis (cached)": round(statistics.median(cached) * 1000, 1),
            "median ms without Redis (uncached)": round(
                statistics.median(a.seconds for a in outage) * 1000, 1
            ),
            "outage warnings logged by the app servers": warnings,
            "tracebacks logged": logged.count("Traceback"),
            "keys in Redis after it returned": keys,
        }
    )
    assert statuses == [200]
    assert "Traceback" not in logged
    # One warning per app server process that noticed, not one per request.
    assert 1 <= warnings <= 2 * len(stack.apps) * 2
    assert keys >= len(paths)
    assert stack.redis_info("keyspace_hits") >= hits + len(paths)
    assert all(answer.status == 200 for answer in again)


# 4. The task worker stops ---------------------------------------------------------------------


def test_mails_wait_for_the_worker_and_go_out_exactly_once_with_two_workers(
    stack, stack_db, figures
):
    nginx = Client(stack.url)
    run = int(time.time())
    addresses = [f"kandidaat{number}.{run}@example.nl" for number in range(6)]
    for worker in stack.workers:
        worker.stop()

    answers = [nginx.sign_up(address, "role=press") for address in addresses]
    assert [answer.status for answer in answers] == [302] * len(addresses)
    assert all("/opdrachten/alert/aangevraagd/" in a.header("location") for a in answers)
    alert_ids = [
        pk
        for (pk,) in query(
            stack_db, "SELECT id FROM assignments_alert WHERE email = ANY(%s)", addresses
        )
    ]
    tasks_sql = (
        "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult "
        "WHERE task_path = 'alerts.tasks.send_confirmation' "
        "AND (args_kwargs->'args'->>0)::bigint = ANY(%s)"
    )
    waiting = [status for status, _ in query(stack_db, tasks_sql, alert_ids)]
    time.sleep(2)
    assert mails_to(stack, addresses) == []
    assert waiting == ["READY"] * len(addresses)
    assert len(alert_ids) == len(addresses)

    # Two workers at once on the same queue.
    while len(stack.workers) < 2:
        stack.add_worker()
    started = time.monotonic()
    for worker in stack.workers:
        worker.start()
    wait_for(lambda: len(mails_to(stack, addresses)) >= len(addresses), "the mails", timeout=60)
    sent_after = time.monotonic() - started
    time.sleep(2)  # anything sent twice would arrive by now
    mails = mails_to(stack, addresses)
    tasks = query(stack_db, tasks_sql, alert_ids)
    assert len(tasks) == len(addresses)
    by_worker = {}
    for status, worker_ids in tasks:
        assert status == "SUCCESSFUL"
        assert len(worker_ids) == 1  # claimed once, run once
        name = worker_ids[0].rsplit("-", 1)[0]
        by_worker[name] = by_worker.get(name, 0) + 1
    stack.workers[1].stop()
    stack.workers.pop()
    figures.update(
        {
            "sign-ups while no worker ran": len(addresses),
            "their answers": "302 to the 'check your e-mail' page",
            "median ms per sign-up (page and POST)": round(
                statistics.median(a.seconds for a in answers) * 1000, 1
            ),
            "tasks waiting in PostgreSQL": len(waiting),
            "mails sent before a worker ran": 0,
            "seconds from two workers starting to the last mail": round(sent_after, 1),
            "mails received": len(mails),
            "distinct recipients": len({recipient for recipient, _ in mails}),
            "tasks run per worker": by_worker,
        }
    )
    assert sorted(recipient for recipient, _ in mails) == sorted(addresses)


# 5. PostgreSQL stops --------------------------------------------------------------------------


def test_without_postgres_cached_pages_are_served_and_the_rest_is_503(stack, stack_db, figures):
    nginx = Client(stack.url)
    paths = PAGES + public_detail_paths(stack_db)
    for path in paths:
        assert nginx.get(path).status == 200
    uncached = "/opdrachten/?q=persvoorlichting&sort=closing"
    servers = [app.popen.pid for app in stack.apps]

    stack.postgres.stop()
    try:
        during = {path: nginx.get(path) for path in paths}
        other = nginx.get(uncached)
        health = nginx.get("/healthz")
    finally:
        stack.postgres.start()
    down_statuses = {path: answer.status for path, answer in during.items()}
    back_at = time.monotonic()
    wait_for(lambda: nginx.get("/healthz").status == 200, "/healthz", timeout=30)
    healthy = time.monotonic() - back_at
    # Every worker of both app servers finds the database again by itself: twenty uncached
    # pages in a row (nginx spreads them over the servers) answer 200.
    streak = []

    def all_answer():
        streak.append(nginx.get(f"/opdrachten/?q=herstel{time.monotonic_ns()}").status)
        return streak[-20:] == [200] * 20 or (streak[-1] != 200 and streak.clear())

    wait_for(all_answer, "every worker answering again", timeout=60, interval=0.05)
    recovery = time.monotonic() - back_at
    # Recovery without restarts: the same app server processes answered throughout.
    assert [app.popen.pid for app in stack.apps] == servers
    assert all(app.running for app in stack.apps)
    # django-tasks-db's worker exits when its database goes away; on a host its supervisor
    # (systemd's Restart=, `make stack`'s loop, this test's fixture) starts it again.
    worker_exited = not stack.workers[0].running
    figures.update(
        {
            "cached pages while PostgreSQL was down": down_statuses,
            "an uncached page": other.status,
            "its Retry-After": other.header("retry-after"),
            "/healthz": health.status,
            "seconds from PostgreSQL back to /healthz 200 (no restart)": round(healthy, 1),
            "seconds until 20 uncached pages in a row answered 200": round(recovery, 1),
            "app servers restarted": 0,
            "task worker exited (its supervisor starts it again)": worker_exited,
        }
    )
    assert set(down_statuses.values()) == {200}
    assert other.status == 503
    assert other.header("retry-after")
    assert health.status == 503


# 6. Throughput with 1, 2 and 4 app servers ----------------------------------------------------


def cpu_seconds(pids):
    """User plus system CPU seconds of the processes and all their children so far. A child
    that exited (gunicorn recycles workers) counts through its parent's cutime and cstime,
    which hold the children it waited for; each living process counts its own."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        for process in [pid, *descendants(pid)]:
            try:
                fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):
                continue
            # utime, stime, cutime, cstime (fields 14-17 of proc(5); 2 and 3 are cut off)
            total += sum(int(value) for value in fields[11:15]) / ticks
    return total


def descendants(pid):
    found = []
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return found
    for child in children:
        found.append(int(child))
        found.extend(descendants(int(child)))
    return found


def machine_busy_seconds():
    """CPU seconds all cores spent on anything but idling, since boot."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def postgres_pids(stack):
    pid_file = stack.postgres.data / "postmaster.pid"
    return [int(pid_file.read_text().split()[0])]


def test_throughput_with_one_two_and_four_app_servers(stack, stack_db, figures):
    for _ in range(4 - len(stack.apps)):
        stack.add_app_server().start()
    for app in stack.apps:
        app.wait_ready()
    today = date.today()
    starts = [(today + timedelta(days=days)).isoformat() for days in (20, 35, 50, 80)]
    cold_script = ROOT / "tests" / "bench" / "cold_list.lua"
    rows = {}
    try:
        for count in (1, 2, 4):
            serving = stack.apps[:count]
            stack.reload_nginx(serving)
            for app in serving:  # each worker renders the page once
                for _ in range(4):
                    app_client(app).get("/opdrachten/")
            row = {}
            for name, script, args in (
                ("cached list", None, ()),
                ("cold list", cold_script, starts),
            ):
                tiers = {
                    "app servers": [app.popen.pid for app in serving],
                    "nginx": [stack.nginx.popen.pid],
                    "postgres": postgres_pids(stack),
                    "redis": [stack.redis.popen.pid],
                }
                before = {tier: cpu_seconds(pids) for tier, pids in tiers.items()}
                busy_before = machine_busy_seconds()
                url = stack.url + ("/opdrachten/" if script is None else "/")
                log = AccessLog(stack)
                load = wrk(url, 4, connections=16, script=script, args=args)
                wrk_before = cpu_seconds([load.pid])
                wrk_used = 0.0
                while load.poll() is None:  # wrk's own CPU, read before it exits
                    wrk_used = cpu_seconds([load.pid]) - wrk_before
                    time.sleep(0.2)
                result = wrk_result(load)
                used = {tier: cpu_seconds(pids) - before[tier] for tier, pids in tiers.items()}
                busy = machine_busy_seconds() - busy_before
                requests = max(result["requests"], 1)
                row[name] = {
                    "req/s": round(result["rate"]),
                    "p99": result["p99"],
                    "failed": result["socket_errors"],
                    "CPU ms per request": {
                        tier: round(seconds * 1000 / requests, 3) for tier, seconds in used.items()
                    },
                    # The machine is shared: what else ran during the measurement.
                    "other processes' share of both cores": round(
                        max(0.0, busy - sum(used.values()) - wrk_used) / (4 * 2), 2
                    ),
                }
                assert result["socket_errors"] == 0
                # Nor a 5xx (the cold list has legitimate 404s: page 2 of a short list).
                assert log.summary()["failed"] == 0, log.summary()
            rows[count] = row
    finally:
        for app in stack.apps[2:]:
            app.stop()
        del stack.apps[2:]
        stack.reload_nginx(stack.apps)
    figures["machine"] = machine()
    figures["app server"] = "gunicorn, 2 sync workers, production settings"
    figures["load"] = "wrk through nginx, 2 threads, 16 connections, 4 s per row"
    figures["rows"] = rows
    # Per added core on a real host: the app tier's CPU time per request decides, as long as
    # the tiers it leans on (their own hosts) keep up. Taken from the one-server row, where
    # the fewest processes shared the two cores; at 70% busy, the headroom one keeps.
    for name in ("cached list", "cold list"):
        cost = rows[1][name]["CPU ms per request"]
        figures[name] = {
            "req/s per added app core (70% busy)": round(0.7 * 1000 / cost["app servers"]),
            "app cores one PostgreSQL core keeps up with": round(
                cost["app servers"] / max(cost["postgres"], 0.001), 1
            ),
            "app cores one nginx core keeps up with": round(
                cost["app servers"] / max(cost["nginx"], 0.001), 1
            ),
        }
    # Speed is measured here, not asserted (the figures depend on what else the machine
    # runs); what is asserted is that no request failed, in every row above.


def machine():
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = found.group(1).strip() if found else cpu
    return f"{os.cpu_count()} cores ({cpu})"


# 7. A rolling release -------------------------------------------------------------------------


def back_in_rotation(stack, app, log):
    """Whether nginx has had a 200 from `app` in `log`; sends a request of its own each time,
    since the load may have ended by then."""
    return Client(stack.url).get("/healthz").status == 200 and log.served_by(app)


def test_rolling_release_migrates_once_then_replaces_servers_one_by_one_without_failures(
    stack, stack_db, figures
):
    paths = PAGES + public_detail_paths(stack_db)
    script = stack.folder / "pages.lua"
    script.write_text(lua_for(paths))
    log = AccessLog(stack)
    swaps = []
    load = wrk(stack.url + "/", 25, connections=8, script=script)

    def roll():
        time.sleep(1)
        stack.release = "2"
        started = time.monotonic()
        migrate = stack.manage("migrate", "--noinput")
        swaps.append(("migrate", round(time.monotonic() - started, 1)))
        assert migrate.returncode == 0, migrate.stderr
        for app in stack.apps:
            started = time.monotonic()
            app.signal(signal.SIGTERM)  # graceful: requests under way are finished
            app.popen.wait(40)
            back = AccessLog(stack)
            app.start()
            app.wait_ready()
            # Only when nginx sends it requests again (it took the server out for
            # fail_timeout when it refused) may the next one go: else both are out at once.
            wait_for(
                lambda app=app, back=back: back_in_rotation(stack, app, back),
                "back in rotation",
                30,
            )
            swaps.append((app.name, round(time.monotonic() - started, 1)))

    started = time.monotonic()
    with background(roll):
        result = wrk_result(load)
    summary = log.summary()
    # Every app server now runs the new release (its own cache namespace): what the running
    # processes were started with, not what the stack meant to give them.
    for app in stack.apps:
        environ = Path(f"/proc/{app.popen.pid}/environ").read_bytes().split(b"\0")
        assert b"CACHE_KEY_PREFIX=release-2" in environ, app.name
    figures.update(
        {
            "load": "wrk, 2 threads, 8 connections, 25 s, 8 public pages in turn",
            "steps (seconds)": dict(swaps),
            "roll took (seconds)": round(time.monotonic() - started, 1),
            "requests": result["requests"],
            "failed (5xx or socket error)": summary["failed"] + result["socket_errors"],
            "requests retried by nginx on the other server": summary["retried on another server"],
            "p50 / p99": f"{result['p50']} / {result['p99']}",
        }
    )
    assert len(swaps) == 1 + len(stack.apps)
    assert summary["failed"] == 0, summary
    assert result["socket_errors"] == 0 and result["non_2xx"] == 0, explained(result, summary)
