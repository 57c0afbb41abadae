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

Invalidation is wired to model signals on purpose: a cached page must not survive an edit made
anywhere (the admin, a service, a command, the shell), and only signals see them all. Each app
names its public models from its `AppConfig.ready()` with `watch()`. Bulk writes that bypass
signals (`seed_demo`'s bulk import) call `bump()` themselves.
"""

import hashlib

from django.core.cache import caches
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

from .dates import local_today
from .models import PublicDataVersion

CACHE_ALIAS = "default"
# Entries live until a newer version makes them unreachable; the timeout only bounds the
# memory held by entries nobody asks for again.
TIMEOUT = 60 * 60 * 24


def version():
    """The current public data version: one primary-key lookup, no ORM overhead."""
    table = connection.ops.quote_name(PublicDataVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {table} WHERE id = 1")  # noqa: S608 -- our own table name
        row = cursor.fetchone()
    return row[0] if row else 0


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


def public_page(view):
    """Marks a view whose whole response may be cached for anonymous visitors by
    `core.middleware.PublicPageCacheMiddleware`. Such a view must show the same page to
    every visitor with the same language and URL: no CSRF token, no messages, nothing
    per-visitor."""
    view.public_page = True
    return view


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
