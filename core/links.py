"""Absolute URLs and query strings, for feeds, sitemaps, canonical links, e-mail and
structured data.

Absolute URLs come from the SITE_URL setting, not from the request's Host header, so every
page names the same public address whatever proxy or host it came through. Query strings of
filtered lists are normalised, so the same search always has the same address."""

from email.utils import make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.http import QueryDict

# Parameters that arrange or page a list without narrowing it.
NOT_FILTERS = {"sort", "page"}


def absolute_url(path):
    if not path:
        return ""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL + path


def site_domain():
    """The host of SITE_URL."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def message_id():
    """A Message-ID on the site's domain (Django's default names the machine, "localhost" in
    a container, which spam filters hold against a mail)."""
    return make_msgid(domain=site_domain())


def with_query(path, query):
    return f"{path}?{query}" if query else path


def query_without(query, name, value=None):
    """The query string without one parameter, or without one value of it, and without the
    page: a changed filter starts at page one."""
    query = query.copy()
    query.pop("page", None)
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != value])
    return query.urlencode()


def filter_query(filterset):
    """The normalised query string of a bound FilterSet: only the valid narrowing filters, in
    the filterset's order, each value once, repeated values in the order of their choices,
    dates as ISO dates and text with its spaces collapsed. The same search always gives the
    same string; an e-mail alert stores it."""
    if not filterset.is_bound:
        return ""
    filterset.form.is_valid()
    cleaned = filterset.form.cleaned_data
    query = QueryDict(mutable=True)
    for name in filterset.filters:
        value = cleaned.get(name)
        if name in NOT_FILTERS or value in (None, "", []):
            continue
        if isinstance(value, list):
            chosen = set(value)
            order = [choice for choice, _label in filterset.form.fields[name].choices]
            query.setlist(name, [choice for choice in order if choice in chosen])
        elif hasattr(value, "isoformat"):
            query[name] = value.isoformat()
        elif isinstance(value, str):
            query[name] = " ".join(value.split())
        else:
            query[name] = str(value)
    return query.urlencode()


def canonical_query(query, filterset=None):
    """A list's query string reduced to what the page really uses, so that every spelling of
    the same list has one canonical address: the page's valid filters (`filter_query`), then
    `sort` if the filterset has one and it is valid and not the filterset's `default_sort`,
    then `page` unless it is 1. A page without filters passes no filterset."""
    canonical = QueryDict(filter_query(filterset) if filterset is not None else "", mutable=True)
    if filterset is not None and filterset.is_bound and "sort" in filterset.filters:
        # The cleaned value: a sort the form refused (one that needs a search) is no order.
        filterset.form.is_valid()
        sort = filterset.form.cleaned_data.get("sort")
        if sort and sort != getattr(filterset, "default_sort", None):
            canonical["sort"] = sort
    page = query.get("page", "")
    if page.isascii() and page.isdigit() and int(page) > 1:
        canonical["page"] = str(int(page))
    return canonical.urlencode()
