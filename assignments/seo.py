"""Absolute URLs and canonical query strings, for feeds, sitemaps, canonical links, e-mail and
structured data. Absolute URLs come from the SITE_URL setting, not from the request's Host
header, so every page names the same public address whatever proxy or host it came through."""

from django.conf import settings
from django.http import QueryDict


def absolute_url(path):
    if not path:
        return ""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL + path


def with_query(path, query):
    return f"{path}?{query}" if query else path


def canonical_query(query, names, filterset=None):
    """A list's query string reduced to the parameters the page really uses (`names`) and to
    their valid values, so that every spelling of the same list has one canonical address:
    the filters of the page's own bound `filterset` normalised as an alert stores them
    (`alerts.query_of`: invalid and empty values dropped, each value once, in the contract's
    order), then `sort` unless it is the default, then `page` unless it is 1. A page without
    filters passes no filterset."""
    # Imported here: alerts builds its links with this module.
    from .alerts import query_of
    from .filters import Sort

    canonical = QueryDict(query_of(filterset) if filterset is not None else "", mutable=True)
    for name in list(canonical):
        if name not in names:
            del canonical[name]
    sort = query.get("sort", "")
    if "sort" in names and sort in Sort.values and sort != Sort.NEWEST:
        canonical["sort"] = sort
    page = query.get("page", "")
    if "page" in names and page.isascii() and page.isdigit() and int(page) > 1:
        canonical["page"] = str(int(page))
    return canonical.urlencode()
