"""What the site does while its database does not answer.

Public pages in the page cache go on being served (`core.cache.version` falls back to the last
version this process read); everything that needs the database answers 503 with `Retry-After`
and a calm page that needs nothing but a template; `/healthz` answers 503. Instead of a
traceback per failed request, the log says once per `LOG_INTERVAL` that the database is
unreachable and how many requests it turned away, and once that it is back.

The state is per process (each gunicorn worker finds out for itself) and guarded by a lock
for threaded workers. See docs/operations.md, "When the database is down".
"""

import logging
import threading
import time

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

# Errors that mean "the database did not answer" (refused, dropped, shut down, timed out), as
# opposed to a bug in a query (ProgrammingError, IntegrityError), which stays a 500.
UNREACHABLE = (OperationalError, InterfaceError)

# After a failed attempt, requests in the next second do not try again: when the server is
# unreachable rather than stopped, each attempt waits for the connect timeout.
RETRY_SECONDS = 1.0
# One line in the log per interval while the database is down.
LOG_INTERVAL = 30.0
# What the 503 asks clients (and the proxy) to wait before trying again.
RETRY_AFTER = 30


class DatabaseUnavailable(Exception):
    """Raised where a page would need the database and this process has nothing to go on."""


class _State:
    def __init__(self):
        self.lock = threading.Lock()
        self.down_since = None
        self.last_failure = None
        self.last_logged = None
        self.turned_away = 0


_state = _State()


def is_database_outage(error):
    return isinstance(error, (DatabaseUnavailable, *UNREACHABLE))


def failed(error):
    """Notes that the database did not answer; logs it at most once per LOG_INTERVAL."""
    now = time.monotonic()
    with _state.lock:
        if _state.down_since is None:
            _state.down_since = now
        _state.last_failure = now
        _state.turned_away += 1
        if _state.last_logged is not None and now - _state.last_logged < LOG_INTERVAL:
            return
        _state.last_logged = now
        turned_away, _state.turned_away = _state.turned_away, 0
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    logger.error(
        "The database is unreachable (%s). Cached public pages are still served; other "
        "pages answer 503. %d request(s) affected since the last message.",
        reason,
        turned_away,
    )


def note_turned_away():
    """A request answered 503 without trying the database (counted for the next message)."""
    with _state.lock:
        _state.turned_away += 1


def succeeded():
    """Notes that the database answered; logs the end of an outage once."""
    if _state.down_since is None:
        return
    with _state.lock:
        if _state.down_since is None:
            return
        lasted = time.monotonic() - _state.down_since
        turned_away = _state.turned_away
        _state.down_since = _state.last_failure = _state.last_logged = None
        _state.turned_away = 0
    logger.warning(
        "The database answers again after %.1f s of outage (%d more request(s) affected).",
        lasted,
        turned_away,
    )


def is_down():
    """Whether the last attempt of this process to reach the database failed."""
    return _state.down_since is not None


def recently_failed():
    """Whether an attempt failed so recently that trying again now would only wait."""
    last = _state.last_failure
    return last is not None and time.monotonic() - last < RETRY_SECONDS


def reset():
    """Forgets any outage (for tests)."""
    with _state.lock:
        _state.down_since = _state.last_failure = _state.last_logged = None
        _state.turned_away = 0


def unavailable(request):
    """The 503 page. It renders without the request's context processors (they may read the
    session or the user, which live in the database) and without the base template (whose tags
    read FAQ pages)."""
    request.database_unavailable = True
    response = HttpResponse(
        render_to_string("503.html"),
        status=503,
        content_type="text/html; charset=utf-8",
    )
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class QuietOutageFilter(logging.Filter):
    """On the `django.request` logger: a request that failed because the database is
    unreachable is counted into the once-per-interval message instead of logging its
    traceback, and the 503s this module answered are not logged one by one."""

    def filter(self, record):
        if record.exc_info and is_database_outage(record.exc_info[1]):
            failed(record.exc_info[1])
            return False
        request = getattr(record, "request", None)
        return not getattr(request, "database_unavailable", False)
