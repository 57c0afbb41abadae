"""The production topology on one machine: `make stack` (and the tests in tests/stack/).

    nginx ─┬─ gunicorn app server 1 ─┬─ PostgreSQL (the one database, and the task queue)
           ├─ gunicorn app server 2 ─┼─ Redis (the shared page cache)
           └─ …                      └─ S3-compatible object storage (moto's server)
    task worker(s) (manage.py db_worker) ── PostgreSQL, SMTP
    scheduler (deploy/scheduler.py: the lines of deploy/crontab)
    SMTP: a local mail sink (aiosmtpd) that keeps every mail in a Maildir

Every part is the real program (nginx and Redis from Debian, PostgreSQL's own server,
gunicorn with config/gunicorn.py and production settings) with its own configuration and
data under one temporary folder, on loopback ports that were free. Nothing is installed as a
system service. `python deploy/stack.py` starts it all, seeds the demo data, prints the
address and stops everything on Ctrl-C; `Stack` is what the tests drive.
"""

import argparse
import contextlib
import mailbox
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
PYTHON = sys.executable
BUCKET = "opdrachtwijzer-uploads"
# Variables of the calling process (a test run, a developer's shell) that must not reach the
# stack's processes: each gets exactly the configuration a production host would give it.
NOT_INHERITED = (
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DATABASE_URL",
    "CACHE_URL",
    "CACHE_KEY_PREFIX",
    "TASKS_BACKEND",
    "EMAIL_URL",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SITE_URL",
    "CLIENT_ADDRESS_HEADER",
    "PYTEST_XDIST_WORKER",
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, what, timeout=60.0, interval=0.1):
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(OSError):
            if check():
                return
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not come up within {timeout:.0f} s")
        time.sleep(interval)


def port_open(port):
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
        return True
    return False


def http_status(url, timeout=5.0):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 -- loopback
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def render(template, **values):
    text = (DEPLOY / template).read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", str(value))
    return text


def as_postgres_user():
    """initdb and postgres refuse to run as root: run them as the postgres user then."""
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


class Process:
    """One long-running program of the stack, in its own process group, its output in a log
    file. `stop()` asks it to finish (SIGTERM: gunicorn and the worker finish what they are
    doing); `kill()` is the machine dying (SIGKILL to the whole group)."""

    def __init__(self, name, command, *, env, log, cwd=ROOT):
        self.name, self.command, self.env, self.log_path, self.cwd = name, command, env, log, cwd
        self.popen = None

    @property
    def running(self):
        return self.popen is not None and self.popen.poll() is None

    def start(self):
        if self.running:
            return self
        with open(self.log_path, "ab") as log:
            self.popen = subprocess.Popen(  # noqa: S603 -- the stack's own programs
                self.command,
                cwd=self.cwd,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        return self

    def signal(self, number):
        if self.running:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, number)

    def stop(self, timeout=30.0):
        if self.popen is None:
            return
        self.signal(signal.SIGTERM)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        self._reap_group()

    def kill(self):
        if self.popen is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.popen.pid, signal.SIGKILL)
        self.popen.wait(10)
        self._reap_group()

    def _reap_group(self):
        # Workers whose master is gone must not live on holding the port.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.popen.pid, signal.SIGKILL)

    def log_text(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def check_alive(self):
        if self.popen is not None and self.popen.poll() is not None:
            tail = self.log_text()[-3000:]
            raise RuntimeError(f"{self.name} exited with {self.popen.returncode}:\n{tail}")


class Postgres:
    def __init__(self, folder):
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self.bin = self.find_bin()
        self.url = f"postgres://opdrachtwijzer:opdrachtwijzer@127.0.0.1:{self.port}/opdrachtwijzer"

    @staticmethod
    def find_bin():
        versions = sorted(
            Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name)
        )
        if versions:
            return versions[-1]
        initdb = shutil.which("initdb")
        if initdb:
            return Path(initdb).parent
        raise RuntimeError("PostgreSQL's server is missing: apt-get install -y postgresql")

    def run(self, *args, check=True):
        return subprocess.run(  # noqa: S603 -- PostgreSQL's own programs
            [*as_postgres_user(), *args], check=check, capture_output=True, text=True
        )

    def init(self):
        self.folder.mkdir(parents=True)
        self.folder.chmod(0o755)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        self.start()
        psql = [str(self.bin / "psql"), "-X", "-q", "-h", "127.0.0.1", "-p", str(self.port)]
        for sql in (
            "CREATE ROLE opdrachtwijzer LOGIN PASSWORD 'opdrachtwijzer'",
            "CREATE DATABASE opdrachtwijzer OWNER opdrachtwijzer",
        ):
            subprocess.run(  # noqa: S603
                [*psql, "-U", "postgres", "-d", "postgres", "-c", sql],
                check=True,
                capture_output=True,
            )

    def start(self):
        # Durability is traded for speed (fsync off): the stack is thrown away afterwards.
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        result = self.run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
            check=False,
        )
        if result.returncode:
            log = (self.folder / "server.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log}")

    def stop(self, mode="fast"):
        self.run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False
        )

    @property
    def running(self):
        return port_open(self.port)


class Stack:
    """The whole topology; see the module. Use as a context manager or call start()/stop()."""

    def __init__(self, folder=None, *, app_servers=2, workers=1, scheduler=True, port=None):
        self.own_folder = folder is None
        self.folder = Path(folder or tempfile.mkdtemp(prefix="opdrachtwijzer-stack-"))
        self.folder.chmod(0o755)
        self.initial_app_servers = app_servers
        self.initial_workers = workers
        self.with_scheduler = scheduler
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.secret_key = "stack-" + secrets.token_urlsafe(40)
        self.release = "1"
        self.postgres = Postgres(self.folder / "postgres")
        self.redis_port = free_port()
        self.s3_port = free_port()
        self.smtp_port = free_port()
        self.maildir = self.folder / "mail"
        self.apps = []
        self.workers = []
        self.redis = self.s3 = self.smtp = self.nginx = self.scheduler = None

    # Configuration -------------------------------------------------------------------------

    def env(self, **changes):
        """The environment of every Django process of the stack (app servers, worker,
        scheduler, commands): production settings, as docs/deployment.md lists them."""
        base = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
        base.update(
            {
                "DJANGO_SETTINGS_MODULE": "config.settings.production",
                "SECRET_KEY": self.secret_key,
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                # Production insists on an https address for the links in mails; on this
                # machine there is no TLS (docs/deployment.md), so the links name this one.
                "SITE_URL": "https://opdrachtwijzer.example",
                "CLIENT_ADDRESS_HEADER": "HTTP_X_REAL_IP",
                # nginx here speaks plain HTTP on loopback: no redirect to an https that
                # does not exist. Everything else is as in production.
                "SECURE_SSL_REDIRECT": "false",
                "DATABASE_URL": self.postgres.url,
                "CACHE_URL": f"redis://127.0.0.1:{self.redis_port}/0",
                "CACHE_KEY_PREFIX": f"release-{self.release}",
                "TASKS_BACKEND": "database",
                "EMAIL_URL": f"smtp://127.0.0.1:{self.smtp_port}",
                "DEFAULT_FROM_EMAIL": "Opdrachtwijzer <noreply@opdrachtwijzer.example>",
                # Candidates' CVs in the object storage, shared by every app server.
                "RESPONSES_S3_BUCKET": BUCKET,
                "RESPONSES_S3_ENDPOINT_URL": f"http://127.0.0.1:{self.s3_port}",
                "RESPONSES_S3_REGION": "eu-central-1",
                "RESPONSES_S3_ACCESS_KEY_ID": "stack",
                "RESPONSES_S3_SECRET_ACCESS_KEY": "stack-secret",
                "BACKUP_STORAGES": "responses",
                "PRIVACY_CONTROLLER_NAME": "Opdrachtwijzer (demo)",
                "PRIVACY_CONTROLLER_EMAIL": "privacy@opdrachtwijzer.example",
                "RESPONSES_EMAIL": "reacties@opdrachtwijzer.example",
                "LOG_LEVEL": "WARNING",
                "DEBUG": "false",
            }
        )
        base.update(changes)
        return base

    def manage(self, *args, check=True, **env):
        return subprocess.run(  # noqa: S603 -- our own manage.py
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env(**env),
            capture_output=True,
            text=True,
            check=check,
        )

    # Parts ---------------------------------------------------------------------------------

    def start_redis(self):
        if self.redis is None:
            folder = self.folder / "redis"
            folder.mkdir(exist_ok=True)
            config = folder / "redis.conf"
            config.write_text(render("redis.conf.in", port=self.redis_port, dir=folder))
            self.redis = Process(
                "redis", ["redis-server", str(config)], env=self.env(), log=folder / "redis.log"
            )
        self.redis.start()
        wait_for(lambda: self.redis_ping(), "Redis", timeout=20)

    def redis_command(self, *words):
        """One command in Redis's wire protocol; the reply as text (a bulk reply's content)."""
        payload = f"*{len(words)}\r\n" + "".join(f"${len(w)}\r\n{w}\r\n" for w in words)
        with socket.create_connection(("127.0.0.1", self.redis_port), 2) as sock:
            sock.sendall(payload.encode())
            reader = sock.makefile("rb")
            first = reader.readline()
            if first.startswith(b"$") and not first.startswith(b"$-1"):
                return reader.read(int(first[1:]) + 2)[:-2].decode(errors="replace")
            return first.decode(errors="replace")

    def redis_ping(self):
        return self.redis_command("PING").startswith("+PONG")

    def redis_info(self, field):
        info = self.redis_command("INFO", "all")
        for line in info.splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split(":", 1)[1])
        raise KeyError(field)

    def start_s3(self):
        folder = self.folder / "s3"
        folder.mkdir(exist_ok=True)
        self.s3 = Process(
            "s3",
            [PYTHON, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.s3_port)],
            env=self.env(),
            log=folder / "moto.log",
            # Not from the project folder: its `responses` app would shadow the package of
            # that name that moto imports.
            cwd=folder,
        ).start()
        wait_for(lambda: port_open(self.s3_port), "the S3 server", timeout=30)
        # The bucket the app servers are configured with (RESPONSES_S3_BUCKET).
        endpoint = f"http://127.0.0.1:{self.s3_port}/{BUCKET}"
        request = urllib.request.Request(endpoint, method="PUT")
        with urllib.request.urlopen(request, timeout=10):  # noqa: S310 -- loopback
            pass

    def start_smtp(self):
        mailbox.Maildir(self.maildir, create=True)  # the sink's handler expects one
        self.smtp = Process(
            "smtp",
            [
                PYTHON,
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                f"127.0.0.1:{self.smtp_port}",
                "-c",
                "aiosmtpd.handlers.Mailbox",
                str(self.maildir),
            ],
            env=self.env(),
            log=self.folder / "smtp.log",
        ).start()
        wait_for(lambda: port_open(self.smtp_port), "the mail sink", timeout=30)

    def add_app_server(self):
        number = len(self.apps) + 1
        port = free_port()
        folder = self.folder / f"app-{number}"
        folder.mkdir(exist_ok=True)
        app = AppServer(self, number, port, folder)
        self.apps.append(app)
        return app

    def add_worker(self):
        number = len(self.workers) + 1
        worker = Process(
            f"worker-{number}",
            [
                PYTHON,
                "manage.py",
                "db_worker",
                "--queue-name",
                "default",
                "--interval",
                "0.5",
                "--no-reload",
                "--worker-id",
                f"worker-{number}-{secrets.token_hex(4)}",
            ],
            env=self.env(),
            log=self.folder / f"worker-{number}.log",
        )
        self.workers.append(worker)
        return worker

    def start_scheduler(self):
        self.scheduler = Process(
            "scheduler",
            [PYTHON, str(DEPLOY / "scheduler.py")],
            env=self.env(),
            log=self.folder / "scheduler.log",
        ).start()

    def nginx_config(self, apps):
        folder = self.folder / "nginx"
        for name in ("client", "proxy", "fastcgi", "uwsgi", "scgi"):
            (folder / "temp" / name).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            # nginx's workers drop to nobody; they write proxy buffers and the logs here.
            for path in [folder, *folder.rglob("*")]:
                shutil.chown(path, "nobody")
        servers = "\n".join(
            f"        server 127.0.0.1:{app.port} max_fails=1 fail_timeout=3s;" for app in apps
        )
        config = folder / "nginx.conf"
        config.write_text(
            render(
                "nginx.conf.in",
                user="user nobody nogroup;" if os.geteuid() == 0 else "",
                prefix=folder,
                listen=f"127.0.0.1:{self.port}",
                upstream_servers=servers,
            )
        )
        return folder, config

    def start_nginx(self):
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        folder, config = self.nginx_config(self.apps)
        test = subprocess.run(  # noqa: S603
            [nginx, "-t", "-q", "-p", str(folder), "-c", str(config)],
            capture_output=True,
            text=True,
            check=False,
        )
        if test.returncode:
            raise RuntimeError(f"nginx refuses its configuration:\n{test.stderr}")
        self.nginx = Process(
            "nginx",
            [nginx, "-p", str(folder), "-c", str(config), "-g", "daemon off;"],
            env=self.env(),
            log=folder / "nginx.out",
        ).start()
        wait_for(lambda: port_open(self.port), "nginx", timeout=20)

    def reload_nginx(self, apps):
        """Points nginx at `apps` (graceful: requests under way finish on the old workers)."""
        self.nginx_config(apps)
        self.nginx.popen.send_signal(signal.SIGHUP)
        time.sleep(1.0)

    @property
    def access_log(self):
        return self.folder / "nginx" / "access.log"

    # The whole -----------------------------------------------------------------------------

    def start(self, *, seed=True):
        started = time.monotonic()
        self.step("PostgreSQL", self.postgres.init)
        self.step("Redis", self.start_redis)
        self.step("S3 object storage (moto server)", self.start_s3)
        self.step("mail sink (SMTP)", self.start_smtp)
        self.step("migrations (once, before any app server)", self.migrate)
        if seed:
            self.step("demo data", self.seed)
        for _ in range(self.initial_app_servers):
            self.add_app_server().start()
        self.step(
            f"{self.initial_app_servers} app servers",
            lambda: [app.wait_ready() for app in self.apps],
        )
        self.step("nginx", self.start_nginx)
        for _ in range(self.initial_workers):
            self.add_worker().start()
        if self.with_scheduler:
            self.start_scheduler()
        self.announce(f"up in {time.monotonic() - started:.0f} s")
        return self

    def migrate(self):
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("setup_roles")

    def seed(self):
        self.manage("seed_demo", "-v", "0")

    def step(self, name, action):
        started = time.monotonic()
        action()
        self.announce(f"{name}: {time.monotonic() - started:.1f} s")

    @staticmethod
    def announce(message):
        print(f"==> {message}", flush=True)

    def stop(self):
        parts = [self.scheduler, *self.workers, self.nginx, *self.apps, self.smtp, self.s3]
        for part in parts:
            if part is not None:
                with contextlib.suppress(Exception):
                    part.stop(timeout=15)
        if self.redis is not None:
            self.redis.stop(timeout=10)
        self.postgres.stop(mode="immediate")
        if self.own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()

    def heal(self):
        """Starts again whatever part is down (after a scenario broke it on purpose)."""
        if not self.postgres.running:
            self.postgres.start()
        if self.redis is not None and not self.redis.running:
            self.start_redis()
        for app in self.apps:
            if not app.running:
                app.start().wait_ready()
        for worker in self.workers:
            worker.start()

    def supervise(self):
        """Starts again a part that exited, as systemd's Restart= does on a real host (the
        task worker exits when PostgreSQL goes away, for one)."""
        parts = [self.nginx, self.redis, self.smtp, self.s3, self.scheduler]
        for part in [*parts, *self.apps, *self.workers]:
            if part is not None and part.popen is not None and not part.running:
                tail = part.log_text().strip().splitlines()[-3:]
                self.announce(
                    f"{part.name} exited with {part.popen.returncode}; starting it again. "
                    + " | ".join(tail)
                )
                part.start()

    def check_alive(self):
        for part in [self.nginx, self.redis, self.smtp, self.s3, *self.apps, *self.workers]:
            if part is not None and part.popen is not None and part.running is False:
                part.check_alive()


class AppServer(Process):
    """One gunicorn app server (config/gunicorn.py, production settings) on its own port,
    with its own static files folder, as on a host of its own."""

    def __init__(self, stack, number, port, folder, workers=2):
        self.stack, self.number, self.port, self.folder = stack, number, port, folder
        self.url = f"http://127.0.0.1:{port}"
        self.workers = workers
        super().__init__(
            f"app-{number}",
            [PYTHON, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"],
            env=self.server_env(),
            log=folder / "gunicorn.log",
        )

    def server_env(self):
        return self.stack.env(
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            WEB_CONCURRENCY=str(self.workers),
            GUNICORN_ACCESSLOG="",
            STATIC_ROOT=str(self.folder / "static"),
        )

    def start(self):
        self.env = self.server_env()  # the stack's release as it is now
        return super().start()

    def wait_ready(self, timeout=90.0):
        def ready():
            self.check_alive()
            return http_status(f"{self.url}/healthz", timeout=2) == 200

        wait_for(ready, self.name, timeout=timeout, interval=0.2)
        return self


def main(argv=None):
    parser = argparse.ArgumentParser(description="The production topology on one machine.")
    parser.add_argument("--app-servers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--port", type=int, default=8080)
    options = parser.parse_args(argv)
    for program in ("nginx", "redis-server"):
        if not shutil.which(program) and not Path(f"/usr/sbin/{program}").exists():
            raise SystemExit(f"{program} is missing: run `make stack` (it installs it).")
    if port_open(options.port):
        raise SystemExit(f"Port {options.port} is taken: make stack STACK_PORT=<another port>.")
    stack = Stack(app_servers=options.app_servers, workers=options.workers, port=options.port)
    # Ctrl-C in the terminal reaches only this process (the parts run in their own process
    # groups), which then stops them; SIGTERM does the same. SIGINT explicitly, because a
    # shell that starts a program in the background has it ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, interrupt)
    try:
        stack.start()
        write_manage_wrapper(stack)
        print(
            f"""
Opdrachtwijzer runs at {stack.url}/
  nginx        {stack.url}  ->  {", ".join(app.url for app in stack.apps)}
  PostgreSQL   {stack.postgres.url}
  Redis        redis://127.0.0.1:{stack.redis_port}/0
  S3           http://127.0.0.1:{stack.s3_port}/{BUCKET}
  mail         {stack.maildir} (a Maildir: every mail the workers sent)
  logs         {stack.folder}
  admin user   {stack.folder}/manage createsuperuser
Ctrl-C stops everything.""",
            flush=True,
        )
        while True:
            time.sleep(2)
            stack.supervise()
    except KeyboardInterrupt:
        print("\n==> Stopping the stack", flush=True)
    finally:
        stack.stop()
    return 0


def interrupt(number, frame):
    raise KeyboardInterrupt


def write_manage_wrapper(stack):
    """A `manage` script in the stack's folder that runs manage.py with the stack's settings
    (for createsuperuser, a shell, or running a scheduled command by hand)."""
    lines = ["#!/bin/sh"]
    for key, value in stack.env().items():
        if key not in os.environ or os.environ[key] != value:
            lines.append(f"export {key}={shlex.quote(value)}")
    lines.append(f'cd "{ROOT}" && exec "{PYTHON}" manage.py "$@"')
    path = stack.folder / "manage"
    path.write_text("\n".join(lines) + "\n")
    path.chmod(0o755)


if __name__ == "__main__":
    sys.exit(main())
