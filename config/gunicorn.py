"""gunicorn configuration: `gunicorn -c config/gunicorn.py config.wsgi`.

Every value can be overridden with the usual GUNICORN_CMD_ARGS or the variables below.
"""

import multiprocessing
import os
import random
import subprocess
import sys
from pathlib import Path

# Loopback by default: the proxy in front runs on this machine. gunicorn trusts the
# X-Forwarded-Proto and client-address headers it gets, so it must not be reachable by anyone
# but the proxy; see the README ("Behind a proxy on another host") before binding elsewhere.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = 30
graceful_timeout = 30
keepalive = 5
# Restart workers now and then so a slow leak never takes a server down: after about this
# many requests (post_request below), but not while the database is down, when a new worker
# would start without the pages the old one had cached. Not often: a new worker starts with
# an empty page cache, card store and list table (without a shared CACHE_URL the page cache
# is the worker's own). At 5,000 a worker serving cached pages was replaced every two
# seconds, and every page served 15–20% fewer requests a second than without (make bench).
RECYCLE_AFTER = int(os.environ.get("GUNICORN_MAX_REQUESTS", "50000"))
RECYCLE_JITTER = RECYCLE_AFTER // 10
# GUNICORN_ACCESSLOG="" turns the access log off (the benchmark does).
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = "-"
# The proxy in front sends X-Forwarded-Proto: set FORWARDED_ALLOW_IPS to its address(es)
# when it runs on another host.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

_PROJECT = Path(__file__).resolve().parent.parent


def on_starting(server):
    """Collect static files before any worker starts, so whitenoise's manifest is current,
    then set Django up once for all workers (below).

    collectstatic runs in a child process: it may open connections, the master must not.
    """
    subprocess.run(  # noqa: S603 -- our own manage.py, no outside input
        [sys.executable, str(_PROJECT / "manage.py"), "collectstatic", "--noinput", "-v", "0"],
        check=True,
        cwd=_PROJECT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": os.environ.get(
                "DJANGO_SETTINGS_MODULE", "config.settings.production"
            ),
        },
    )
    # Django's setup (settings, every app and model) done once here, before the port is
    # bound: the workers forked from this process only build the request handler, so a
    # server that starts has its workers answering about as soon as the port accepts
    # connections. (Connections that arrive before a worker accepts wait in the port's
    # queue: during a restart under load that wait was a second or more.) Nothing here opens
    # a database connection: no app queries on setup.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()
    server.log.info("Django set up for the workers")


def when_ready(server):
    """The port is bound, no worker forked yet: responses leave whole, so a worker that dies
    does not cut off a page it was sending (config/whole_responses.py)."""
    from config import whole_responses  # not at the top: gunicorn reads this file by its path

    whole_responses.install(server.LISTENERS)


def post_worker_init(worker):
    from assignments import facets  # not at the top: this file is read before Django is set up

    worker.recycle_after = RECYCLE_AFTER + random.randint(0, RECYCLE_JITTER)  # noqa: S311
    worker.requests_served = 0
    facets.warm_up()


def post_request(worker, req, environ, resp):
    """gunicorn's own max_requests, except that a worker is kept while the database is down."""
    from core import outage  # not at the top: this file is read before Django is set up

    worker.requests_served = getattr(worker, "requests_served", 0) + 1
    limit = getattr(worker, "recycle_after", RECYCLE_AFTER)
    if RECYCLE_AFTER and worker.requests_served >= limit and not outage.is_down():
        worker.log.info("Worker served %s requests: restarting it", worker.requests_served)
        worker.alive = False
