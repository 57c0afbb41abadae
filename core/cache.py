"""Caching of public pages and figures, with invalidation that is exact rather than timed.

What a public page shows depends on two things only: the public data (assignments,
organisations, their tools, FAQ pages) and the date (an assignment stops being public the day
after its closing date). So every key carries

- the *public data version*: a counter in the database (`PublicDataVersion`) that every save or
  delete of such data raises in the same transaction (the receivers below). A reader that sees
  the new count also sees the new data; all processes and servers share it, so any cache
  backend is correct, also a per-process one;
- today's date in Amsterdam, so the list changes at midnight without anybody writing.

Old entries are never read again; the cache's own culling removes them.

While the database does not answer, `version()` falls back to the last version this process
(or, with a shared cache, any process) read, for at most PAGE_CACHE_OUTAGE_SECONDS: nothing can
change public data while the database is down, so the pages cached under that version are
still exact. The first read that succeeds afterwards takes the database's version again, so a
change made meanwhile elsewhere makes the old pages unreachable at once. See `core.outage`.

The page key holds the page's own query parameters only, normalised (`own_query`): unknown
ones (`utm_source`) neither make new entries nor reach the view.

Invalidation is wired to model signals on purpose: a cached page must not survive an edit made
anywhere (the admin, a service, a command, the shell), and only signals see them all. Each app
names its public models from its `AppConfig.ready()` with `watch()`. Bulk writes that bypass
signals (`seed_demo`'s bulk import) call `bump()` themselves.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import QueryDict

from . import outage
from .dates import local_today
from .models import PublicDataVersion

CACHE_ALIAS = "default"
# Entries live until a newer version makes them unreachable; the timeout only bounds the
# memory held by entries nobody asks for again.
TIMEOUT = 60 * 60 * 24


# Where a process leaves the version it read, for processes that start during an outage
# (useful with a shared cache; a per-process cache starts empty anyway).
LAST_VERSION_KEY = "public:last-version"
# How often a process refreshes that entry while the version stays the same.
LAST_VERSION_REFRESH = 10.0


class _LastVersion:
    """The last version this process read from the database and when (time.time()), as one
    tuple so that threads never see half an update; and when it was last shared."""

    known = None
    shared_at = None


_last = _LastVersion()


def read_version():
    """The public data version from the database: one primary-key lookup, no ORM overhead."""
    table = connection.ops.quote_name(PublicDataVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {table} WHERE id = 1")  # noqa: S608 -- our own table name
        row = cursor.fetchone()
    return row[0] if row else 0


def version():
    """The current public data version, read from the database on every call while it
    answers. While it does not: the last version read, for a bounded time (see the module's
    docstring), else DatabaseUnavailable."""
    if not outage.recently_failed():
        try:
            value = read_version()
        except outage.UNREACHABLE as error:
            outage.failed(error)
        else:
            outage.succeeded()
            remember(value)
            return value
    return last_known_version()


def remember(value):
    now = time.time()
    changed = _last.known is None or _last.known[0] != value
    _last.known = (value, now)
    if changed or _last.shared_at is None or now - _last.shared_at > LAST_VERSION_REFRESH:
        _last.shared_at = now
        caches[CACHE_ALIAS].set(LAST_VERSION_KEY, (value, now), TIMEOUT)


def last_known_version():
    """The newest version read by this process or left in the cache by another, if it was
    read from the database within PAGE_CACHE_OUTAGE_SECONDS."""
    known = [_last.known] if _last.known is not None else []
    shared = caches[CACHE_ALIAS].get(LAST_VERSION_KEY)
    if shared is not None:
        known.append(shared)
    horizon = time.time() - settings.PAGE_CACHE_OUTAGE_SECONDS
    fresh = [value for value, read_at in known if read_at >= horizon]
    if not fresh:
        raise outage.DatabaseUnavailable("No recent public data version is known.")
    # The counter only grows: the highest value seen is the newest.
    return max(fresh)


def forget_last_version():
    """For tests: as a process that never read the version."""
    _last.known = _last.shared_at = None


def bump():
    """Makes every cached public page and figure stale. Runs inside the caller's transaction,
    so the new version becomes visible together with the change."""
    with transaction.atomic():
        updated = PublicDataVersion.objects.filter(pk=1).update(value=F("value") + 1)
        if not updated:
            PublicDataVersion.objects.get_or_create(pk=1, defaults={"value": 1})


def key(*parts, current=None):
    """A cache key for something derived from public data, valid for this version and day
    (`current`: the version when the caller has just read it)."""
    raw = "\x1f".join(str(part) for part in parts)
    digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
    current = version() if current is None else current
    return f"public:{current}:{local_today().isoformat()}:{digest}"


def cached_public(name, compute, *parts):
    """`compute()`, cached until the public data or the date changes."""
    cache = caches[CACHE_ALIAS]
    cache_key = key(name, *parts)
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, TIMEOUT)
    return value


def public_page(view, parameters=()):
    """Marks a view whose whole response may be cached for anonymous visitors by
    `core.middleware.PublicPageCacheMiddleware`. Such a view must show the same page to
    every visitor with the same language and URL: no CSRF token, no messages, nothing
    per-visitor.

    `parameters` names the query parameters the page reads; the view sees only those (see
    `own_query`), so every spelling of the same page is one cache entry."""
    view.public_page = True
    view.public_parameters = tuple(parameters)
    return view


def own_query(query, parameters):
    """The query string of a page's own parameters: in the order of `parameters`, every
    value with its whitespace collapsed, empty values left out (the pages treat them as
    absent), each value once and repeated values sorted. Unknown parameters are dropped."""
    own = QueryDict(mutable=True)
    for name in parameters:
        values = {" ".join(value.split()) for value in query.getlist(name)}
        values.discard("")
        if values:
            own.setlist(name, sorted(values))
    return own.urlencode()


# Invalidation ------------------------------------------------------------------------------


def watch(model, *, may_be_public=None):
    """Makes every save, delete and many-to-many change of `model` raise the public data
    version. `may_be_public(instance)` may say that a row cannot be on any public page (an
    assignment that was never published): its changes then leave the cache alone, so
    screening all day does not keep the cache cold for everybody."""
    label = model._meta.label

    def matters(instance):
        # A many-to-many change made from the other side (a tool's assignments) has that
        # side's row as its instance.
        return may_be_public is None or not isinstance(instance, model) or may_be_public(instance)

    def changed(sender, instance, **kwargs):
        if kwargs.get("raw"):
            return  # loaddata: the fixture's own rows, bumped once by the caller if it matters
        if matters(instance):
            bump()

    def m2m_changed_(sender, instance, action, **kwargs):
        if action.startswith("post_") and matters(instance):
            bump()

    # weak=False: the receivers are closures that nothing else holds on to.
    post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"public-save-{label}")
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"public-delete-{label}")
    for field in model._meta.many_to_many:
        m2m_changed.connect(
            m2m_changed_,
            sender=field.remote_field.through,
            weak=False,
            dispatch_uid=f"public-m2m-{label}-{field.name}",
        )
