"""Absolute URLs and canonical query strings, for feeds, sitemaps, canonical links and
structured data. Absolute URLs come from the SITE_URL setting, not from the request's Host
header, so every page names the same public address whatever proxy or host it came through."""

from django.conf import settings


def absolute_url(path):
    if not path:
        return ""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL + path


def canonical_query(query, names):
    """The query string reduced to the parameters a page really uses (`names`, in that
    order), without empty or repeated values and without `page=1`, so that every spelling
    of the same list has one canonical address."""
    canonical = query.__class__(mutable=True)
    for name in names:
        values = [value for value in dict.fromkeys(query.getlist(name)) if value.strip()]
        if name == "page":
            values = [value for value in values[:1] if value != "1"]
        if values:
            canonical.setlist(name, values)
    return canonical.urlencode()
