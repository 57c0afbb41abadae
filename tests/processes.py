"""Helpers for tests that run the project in a child process, as it runs for real."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Tests import free_port from here; the audit and bench scripts, which run on their own,
# keep theirs.
from deploy.stack import free_port

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


def postgres_bin():
    """The newest Debian PostgreSQL server's binaries (as tests/with_postgres.sh finds them)."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name)
    )
    if not candidates or not (candidates[-1] / "initdb").exists():
        raise RuntimeError("PostgreSQL server binaries not found: run 'make test'.")
    return candidates[-1]


class PostgresServer:
    """A throwaway PostgreSQL server of its own, on 127.0.0.1 and a free port, that a test may
    stop and start again (tests/with_postgres.sh shows the same steps in shell)."""

    def __init__(self):
        self.bin = postgres_bin()
        # Its own folder in /tmp: pytest's temporary folders are closed to the postgres user.
        self.workdir = Path(tempfile.mkdtemp(prefix="opdrachtwijzer-pg."))
        self.data = self.workdir / "data"
        self.port = free_port()
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, *args, check=True):
        return subprocess.run(
            [*self.as_postgres, *args], capture_output=True, text=True, check=check, timeout=120
        )

    def init(self):
        self.workdir.chmod(0o755)
        if self.as_postgres:
            shutil.chown(self.workdir, "postgres", "postgres")
        self.run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--no-locale", "--no-sync",
        )  # fmt: skip
        self.start()
        self.psql("CREATE ROLE opdrachtwijzer LOGIN PASSWORD 'opdrachtwijzer' CREATEDB")
        self.psql("CREATE DATABASE opdrachtwijzer OWNER opdrachtwijzer")
        return self

    def start(self):
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.workdir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.workdir / "server.log"),
            "-w", "-t", "60", "-o", options, "start",
        )  # fmt: skip

    def stop(self, mode="fast"):
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def psql(self, sql, database="postgres"):
        self.run(
            str(self.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
            "-p", str(self.port), "-U", "postgres", "-d", database, "-c", sql,
        )  # fmt: skip

    def url(self, database="opdrachtwijzer"):
        return f"postgres://opdrachtwijzer:opdrachtwijzer@127.0.0.1:{self.port}/{database}"

    def remove(self):
        self.run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop", check=False
        )
        shutil.rmtree(self.workdir, ignore_errors=True)
