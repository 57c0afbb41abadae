"""Helpers for tests that run the project in a child process, as it runs for real."""

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Variables of the test run that must not leak into a child that plays production or
# points at a database of its own.
TEST_RUN_ONLY = (
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DATABASE_URL",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SITE_URL",
    "CLIENT_ADDRESS_HEADER",
)


def child_env(**changes):
    env = {key: value for key, value in os.environ.items() if key not in TEST_RUN_ONLY}
    env.update(changes)
    return env


def run_python(*args, **env_changes):
    """Runs `python ARGS` in the project folder and returns the finished process."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=child_env(**env_changes),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on (right now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
