"""A per-process memory cache bounded in bytes, not only in entries.

Django's LocMemCache counts entries; whole pages are 20–60 kB, so its MAX_ENTRIES alone lets a
worker's memory grow by the size of the pages asked for. This one also keeps the total size of
the stored (pickled) values under OPTIONS["MAX_BYTES"], dropping the least recently used entries
first, and refuses a single value larger than a tenth of that."""

from django.core.cache.backends.locmem import LocMemCache

# Per cache name, like LocMemCache's own stores: every backend instance of one name (Django
# makes one per thread) shares the entries and so must share their sizes.
_sizes = {}
_totals = {}

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


class BoundedMemoryCache(LocMemCache):
    def __init__(self, name, params):
        super().__init__(name, params)
        self.max_bytes = int(params.get("OPTIONS", {}).get("MAX_BYTES", DEFAULT_MAX_BYTES))
        self._sizes = _sizes.setdefault(name, {})
        self._name = name
        _totals.setdefault(name, 0)

    @property
    def total_bytes(self):
        """The size of the stored values, in bytes."""
        return _totals[self._name]

    def _set(self, key, value, timeout=None):
        size = len(value)
        if size > self.max_bytes // 10:
            self._delete(key)
            return
        self._delete(key)
        super()._set(key, value, timeout)
        self._sizes[key] = size
        _totals[self._name] += size
        while _totals[self._name] > self.max_bytes and len(self._cache) > 1:
            oldest, _value = self._cache.popitem()  # the least recently used end
            self._expire_info.pop(oldest, None)
            _totals[self._name] -= self._sizes.pop(oldest, 0)

    def _cull(self):
        super()._cull()
        for key in [key for key in self._sizes if key not in self._cache]:
            _totals[self._name] -= self._sizes.pop(key)

    def _delete(self, key):
        deleted = super()._delete(key)
        _totals[self._name] -= self._sizes.pop(key, 0)
        return deleted

    def incr(self, key, delta=1, version=None):
        value = super().incr(key, delta, version)
        with self._lock:
            stored = self.make_and_validate_key(key, version=version)
            if stored in self._cache:
                _totals[self._name] += len(self._cache[stored]) - self._sizes.get(stored, 0)
                self._sizes[stored] = len(self._cache[stored])
        return value

    def clear(self):
        with self._lock:
            self._cache.clear()
            self._expire_info.clear()
            self._sizes.clear()
            _totals[self._name] = 0
