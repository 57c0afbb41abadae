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


def canonical_query(query, filterset=None):
    """A list's query string reduced to what the page really uses, so that every spelling of
    the same list has one canonical address: the valid filters of the page's own bound
    `filterset` as an alert stores them (`alerts.query_of`: invalid and empty values
    dropped, each value once, in the contract's order), then `sort` if the filterset has
    one and it is not the default, then `page` unless it is 1. A page without filters
    passes no filterset."""
    # Imported here: alerts builds its links with this module.
    from .alerts import query_of
    from .filters import Sort

    canonical = QueryDict(query_of(filterset) if filterset is not None else "", mutable=True)
    sort = query.get("sort", "")
    sortable = filterset is not None and "sort" in filterset.filters
    if sortable and sort in Sort.values and sort != Sort.NEWEST:
        canonical["sort"] = sort
    page = query.get("page", "")
    if page.isascii() and page.isdigit() and int(page) > 1:
        canonical["page"] = str(int(page))
    return canonical.urlencode()
