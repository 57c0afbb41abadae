"""A shared cache that is an optimisation, never a dependency.

Django's own Redis backend raises when Redis does not answer, so a stopped or unreachable
Redis would turn every cached page into a 500. Here a failed cache call counts as a miss (a
write as done): the site goes on serving, uncached, from the database. After a failure the
cache is not asked again for `RETRY_AFTER` seconds, so a Redis host that does not answer at
all costs one connect timeout per interval instead of one per request, and the outage is
logged once per interval rather than as a traceback per request. The first call after the
interval tries again; when it works the cache is back for everybody and that is logged too.
"""

import logging
import threading
import time
from functools import wraps

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Seconds without asking the cache after it failed.
RETRY_AFTER = 5.0


class CacheOutage:
    """When the cache failed last, shared by the threads of one process."""

    def __init__(self, name, retry_after=RETRY_AFTER):
        self.name = name
        self.retry_after = retry_after
        self.failed_at = None
        self.failures = 0
        self.lock = threading.Lock()

    def skipping(self):
        failed_at = self.failed_at
        return failed_at is not None and time.monotonic() - failed_at < self.retry_after

    def failed(self, error):
        with self.lock:
            first = self.failed_at is None
            self.failed_at = time.monotonic()
            self.failures += 1
        if first:
            logger.warning(
                "Cache %r unavailable (%s): serving without it, trying again every %.0f s.",
                self.name,
                error,
                self.retry_after,
            )
        else:
            logger.info("Cache %r still unavailable (%s).", self.name, error)

    def succeeded(self):
        if self.failed_at is None:
            return
        with self.lock:
            if self.failed_at is None:
                return
            self.failed_at = None
            failures, self.failures = self.failures, 0
        logger.warning("Cache %r is back after %d failed attempt(s).", self.name, failures)


def fail_soft(default):
    """Turns a Redis error of the wrapped method into `default(*args, **kwargs)`."""

    def decorate(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            if self.outage.skipping():
                return default(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except RedisError as error:
                self.outage.failed(error)
                return default(*args, **kwargs)
            self.outage.succeeded()
            return result

        return wrapper

    return decorate


def _miss(key, default=None, version=None):
    return default


def _none(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


def _all_failed(data, timeout=None, version=None):
    return list(data)


def _fail_soft_method(name, default):
    # Looked up on each call, so the method is Django's as it is at that moment.
    @fail_soft(default)
    def method(self, *args, **kwargs):
        return getattr(RedisCache, name)(self, *args, **kwargs)

    method.__name__ = name
    return method


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, where an unreachable Redis is a cache miss (see the module)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self.outage = CacheOutage(server if isinstance(server, str) else ",".join(server))

    get = _fail_soft_method("get", _miss)
    set = _fail_soft_method("set", _none)
    add = _fail_soft_method("add", _false)
    touch = _fail_soft_method("touch", _false)
    delete = _fail_soft_method("delete", _false)
    has_key = _fail_soft_method("has_key", _false)
    get_many = _fail_soft_method("get_many", _empty)
    set_many = _fail_soft_method("set_many", _all_failed)
    delete_many = _fail_soft_method("delete_many", _none)
    clear = _fail_soft_method("clear", _false)
