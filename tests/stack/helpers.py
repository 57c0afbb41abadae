"""What the stack scenarios share: an HTTP client that keeps cookies as a browser on
loopback does, nginx's access log read as data, wrk runs, and queries of the stack's
PostgreSQL."""

import http.client
import re
import secrets
import subprocess
import threading
import time
import urllib.parse
from collections import Counter
from contextlib import contextmanager
from html.parser import HTMLParser

from django_otp.oath import totp

LOG_LINE = re.compile(
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) \d+ '
    r"upstream=(?P<upstream>.*?) upstream_status=(?P<upstream_status>.*?) time=(?P<time>[\d.]+)"
)
# The admin account of the stack tests, with its authenticator app's key (hex).
STAFF_USER = "beheer"
STAFF_PASSWORD = "stack-test-password-" + "x" * 8
STAFF_TOTP_KEY = secrets.token_hex(20)

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class FormFields(HTMLParser):
    """The values a browser would send for a page's form `form_id` without touching it: text
    inputs, hidden inputs, checked boxes and radios, selected options and text areas (no
    submit buttons: the caller names the one it presses)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self.select = self.textarea = None
        self.selected = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self.select, self.selected = (name, "multiple" in attrs), []
        elif tag == "option" and self.select and "selected" in attrs:
            self.selected.append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            name, multiple = self.select
            self.fields.extend((name, value) for value in self.selected[: None if multiple else 1])
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            # A browser drops the one newline that follows the opening tag.
            name, value = self.textarea
            self.fields.append((name, value.removeprefix("\n")))
            self.textarea = None


def form_fields(html, form_id):
    """[(name, value)] as a browser would submit the form `form_id` of `html` untouched."""
    parser = FormFields(form_id)
    parser.feed(html)
    return parser.fields


def query(conn, sql, *params):
    with conn.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def multipart(fields, files):
    """A multipart/form-data body: `files` maps a field to (file name, content type, bytes)."""
    boundary = f"----stack{secrets.token_hex(12)}"
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            f"{value}\r\n".encode()
        )
    for name, (filename, content_type, content) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Response:
    def __init__(self, status, headers, body, seconds):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def header(self, name):
        return self.headers.get(name.lower())


def app_client(app):
    """A client of one app server, past nginx: it sends the client address as nginx would
    (CLIENT_ADDRESS_HEADER is X-Real-IP in the stack)."""
    return Client(app.url, headers={"X-Real-IP": "127.0.0.1"})


class Client:
    """Requests to one base address (nginx or one app server), no redirects followed, with
    the cookies it was given. Secure cookies are sent over plain HTTP here, as browsers do
    for 127.0.0.1, which they treat as a secure context."""

    def __init__(self, base, headers=None):
        parts = urllib.parse.urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.cookies = {}
        self.headers = headers or {}

    def request(self, method, path, *, data=None, files=None, headers=None, timeout=30):
        headers = {"Host": f"{self.host}:{self.port}", **self.headers, **(headers or {})}
        body = None
        if files:
            body, headers["Content-Type"] = multipart(data or {}, files)
        elif data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        started = time.perf_counter()
        try:
            connection.request(method, path, body=body, headers=headers)
            answer = connection.getresponse()
            content = answer.read()
        finally:
            connection.close()
        seconds = time.perf_counter() - started
        for value in answer.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        headers = {}
        for name, value in answer.getheaders():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        return Response(answer.status, headers, content, seconds)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, data, files=None, **kwargs):
        return self.request("POST", path, data=data, files=files, **kwargs)

    def csrf_token(self, path):
        page = self.get(path)
        assert page.status == 200, (path, page.status)
        return CSRF_FIELD.search(page.text).group(1)

    def log_in(self, username=STAFF_USER, password=STAFF_PASSWORD, totp_key=STAFF_TOTP_KEY):
        """Signs in to the admin: the password, then the authenticator app's code."""
        token = self.csrf_token("/admin/login/")
        answer = self.post(
            "/admin/login/",
            {
                "csrfmiddlewaretoken": token,
                "username": username,
                "password": password,
                "next": "/admin/",
            },
        )
        assert answer.status == 302, answer.text[:2000]
        second = answer.header("location")
        token = self.csrf_token(second)
        code = f"{totp(bytes.fromhex(totp_key)):06d}"
        answer = self.post(second, {"csrfmiddlewaretoken": token, "token": code})
        assert answer.status == 302, answer.text[:2000]
        assert self.get("/admin/").status == 200

    def sign_up(self, email, query=""):
        """An alert sign-up through the public form; the response to the POST."""
        path = "/opdrachten/alert/" + (f"?{query}" if query else "")
        token = self.csrf_token(path)
        return self.post(path, {"csrfmiddlewaretoken": token, "email": email, "frequency": "daily"})


class AccessLog:
    """The requests nginx logged from now on (its log format names the upstreams tried)."""

    def __init__(self, stack):
        self.path = stack.access_log
        self.offset = self.path.stat().st_size if self.path.exists() else 0
        self.error_path = self.path.with_name("error.log")
        self.error_offset = self.error_path.stat().st_size if self.error_path.exists() else 0

    def entries(self):
        time.sleep(0.3)  # nginx writes its log line after the response
        with open(self.path, encoding="utf-8", errors="replace") as log:
            log.seek(self.offset)
            lines = log.read().splitlines()
        return [match.groupdict() for line in lines if (match := LOG_LINE.search(line))]

    def served_by(self, app):
        """Whether nginx has had a 200 from `app` since this log was opened."""
        return any(
            entry["upstream"].split(", ")[-1].endswith(f":{app.port}") and entry["status"] == "200"
            for entry in self.entries()
        )

    def summary(self):
        entries = self.entries()
        statuses = Counter(entry["status"] for entry in entries)
        retried = [entry for entry in entries if "," in entry["upstream"]]
        failed = [entry for entry in entries if entry["status"] >= "500"]
        return {
            "requests": len(entries),
            "statuses": dict(sorted(statuses.items())),
            "failed": len(failed),
            "retried on another server": len(retried),
            # When something failed: which upstreams it went to, and what nginx said (so a
            # failure in CI explains itself).
            "failed by upstream": dict(Counter(entry["upstream"] for entry in failed)),
            "nginx errors": self.errors(),
            "not 200": [
                f"{entry['status']} {entry['time']} s {entry['path']} upstream={entry['upstream']} "
                f"upstream_status={entry['upstream_status']}"
                for entry in entries
                if entry["status"] != "200"
            ][:5],
            # The slowest requests (seconds, upstreams tried), so a client's timeout that nginx
            # logged as a success explains itself too.
            "slowest": [
                f"{entry['time']} s {entry['path']} upstream={entry['upstream']}"
                for entry in sorted(entries, key=lambda entry: -float(entry["time"]))[:3]
            ],
        }

    def errors(self, limit=12):
        """nginx's error log from now on: each distinct complaint once, with its count."""
        if not self.error_path.exists():
            return []
        with open(self.error_path, encoding="utf-8", errors="replace") as log:
            log.seek(self.error_offset)
            lines = log.read().splitlines()
        # "2026/11/30 02:10:00 [error] 123#123: *45 connect() failed (111: ...) while ...,
        # client: ..., upstream: ..." -> the part from the level to the client.
        complaints = Counter(
            re.sub(r"^\S+ \S+ (\[\w+\]) \d+#\d+: \*\d+ ", r"\1 ", line).split(", client:")[0]
            + " upstream="
            + (re.search(r'upstream: "([^"]+)"', line) or [None, "-"])[1]
            for line in lines
        )
        return [f"{count}x {text}" for text, count in complaints.most_common(limit)]


def wrk(url, seconds, *, connections=8, threads=2, script=None, args=()):
    # A request slower than wrk's default 2 s would count as a socket error; on a loaded
    # machine a cold page can take that long without anything being wrong.
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    command.append("--latency")
    if script:
        command += ["-s", str(script)]
    command.append(url)
    if args:
        command += ["--", *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wrk_result(process):
    output, _ = process.communicate(timeout=120)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    # wrk prints this line only when there were any; a timeout is a request slower than --timeout.
    socket_errors = re.search(
        r"Socket errors: connect (?P<connect>\d+), read (?P<read>\d+), write (?P<write>\d+), "
        r"timeout (?P<timeout>\d+)",
        output,
    )
    counts = socket_errors.groupdict() if socket_errors else {}
    by_kind = {kind: int(n) for kind, n in counts.items()}
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    p50 = re.search(r"50%\s+([\d.]+\w+)", output)
    p99 = re.search(r"99%\s+([\d.]+\w+)", output)
    assert rate and total, output
    return {
        "requests": int(total.group(1)),
        "rate": float(rate.group(1)),
        "socket_errors": sum(by_kind.values()),
        "socket errors by kind": by_kind,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "p50": p50.group(1) if p50 else "?",
        "p99": p99.group(1) if p99 else "?",
    }


@contextmanager
def background(action):
    """Runs `action()` in a thread while the block runs; re-raises what it raised."""
    failure = []

    def run():
        try:
            action()
        except BaseException as error:
            failure.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        yield
    finally:
        thread.join(120)
    if thread.is_alive():
        raise TimeoutError(f"{action.__name__} still running after 120 s")
    if failure:
        raise failure[0]
