"""gunicorn configuration: `gunicorn -c config/gunicorn.py config.wsgi`.

Every value can be overridden with the usual GUNICORN_CMD_ARGS or the variables below.
"""

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = 30
graceful_timeout = 30
keepalive = 5
# Restart workers now and then so a slow leak never takes a server down.
max_requests = 5000
max_requests_jitter = 500
# GUNICORN_ACCESSLOG="" turns the access log off (the benchmark does).
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = "-"
# The proxy in front sends X-Forwarded-Proto: set FORWARDED_ALLOW_IPS to its address(es)
# when it runs on another host.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

_PROJECT = Path(__file__).resolve().parent.parent


def on_starting(server):
    """Collect static files before any worker starts, so whitenoise's manifest is current.

    It runs in a child process, so the master never imports Django or opens a connection.
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
