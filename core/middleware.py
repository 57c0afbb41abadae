import gzip

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, QueryDict
from django.middleware import locale
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.translation import get_language_from_request

from . import cache, outage


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, plus `Vary: Cookie`: the language switch keeps its choice in
    a cookie, so a shared cache must not hand one visitor's English page to the next Dutch
    visitor. Visitors without cookies still share one cached copy per Accept-Language."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        patch_vary_headers(response, ("Cookie",))
        return response


class SecurityHeadersMiddleware:
    """The security headers Django does not set itself, on every response (static files and
    cached pages too): no powerful browser features for anyone (Permissions-Policy), and our
    resources are not to be embedded by other sites (Cross-Origin-Resource-Policy)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response


# The request headers besides the URL and the language that change what a public view renders.
HTMX_HEADERS = ("HX-Request", "HX-Target", "HX-History-Restore-Request")

# gzip, unless the client gave it q=0 (the same test as Django's GZipMiddleware).
ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b(?!\s*;\s*q\s*=\s*0(?:\.0*)?\b)")
# Level 6: nearly the size of 9 at a third of the time; a page is compressed once per version.
GZIP_LEVEL = 6


def accepts_gzip(request):
    return bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))


class PublicPageCacheMiddleware:
    """Serves the views marked `cache.public_page` from the cache to anonymous visitors, and
    compresses them.

    It sits before the session middleware, so a hit skips the rest of the stack. Before
    anything else it checks the Host header (a cached page is no answer to a host we do not
    serve). It reduces the query string to the page's own parameters, normalised
    (`cache.own_query`), and the view sees that reduced query only, so every spelling of a
    page is one entry and renders the same. The key is the public data version, today's date,
    the language the visitor would get, the htmx headers, the path and that query; see
    `core.cache` for why that is exact. Visitors with a session (staff previewing drafts) or
    pending messages always get a fresh page, and only plain 200 responses that set no cookie
    and are not private are stored.

    While the database is down (`core.outage`) hits are still served under the last known
    version, and a miss answers 503 at once instead of running a view that needs it.

    Compression (gzip, for clients that accept it) happens here and only here, for exactly
    the responses this cache stores: pages that are the same for every visitor and hold no
    secret (no CSRF token, no session, no personal data: tests/core/test_cache.py). That is
    what keeps BREACH away: it recovers a secret from the compressed size of responses that
    reflect the attacker's input next to it, and these pages have none to recover. Everything
    else (the admin, the alert forms with their CSRF token, any page for a logged-in visitor)
    goes out uncompressed. The compressed copy is made once, on the first request that asks
    for it, and kept beside the plain one, so a hit costs no compression.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = self.public_match(request)
        if match is None:
            return self.get_response(request)
        # Raises DisallowedHost (a 400) for a host outside ALLOWED_HOSTS.
        request.get_host()
        query = cache.own_query(request.GET, match.func.public_parameters)
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query)
        store = caches[cache.CACHE_ALIAS]
        try:
            # Kept on the request for what the view caches of the same data (assignments.cards).
            request.public_data_version = cache.version()
            key = cache.key(
                "page",
                get_language_from_request(request),
                *(request.headers.get(name, "") for name in HTMX_HEADERS),
                request.get_full_path(),
                current=request.public_data_version,
            )
        except outage.DatabaseUnavailable:
            outage.note_turned_away()
            return outage.unavailable(request)
        wants_gzip = accepts_gzip(request)
        entry = store.get(key)
        if entry is not None and len(entry) == 4:  # a shape of an older release: a miss
            if wants_gzip and entry[3] is None:
                entry = self.with_gzip(entry)
                store.set(key, entry, cache.TIMEOUT)
            return self.rebuild(entry, wants_gzip)
        if outage.is_down():
            outage.note_turned_away()
            return outage.unavailable(request)
        response = self.get_response(request)
        if not self.storable(response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        entry = self.freeze(response)
        if wants_gzip:
            entry = self.with_gzip(entry)
        store.set(key, entry, cache.TIMEOUT)
        return self.rebuild(entry, wants_gzip) if wants_gzip else response

    @staticmethod
    def public_match(request):
        """The URL match of a cacheable request for a page marked `public_page`, else None."""
        if request.method != "GET":
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        return match if getattr(match.func, "public_page", False) else None

    @staticmethod
    def storable(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
            and not response.has_header("Content-Encoding")
        )

    @staticmethod
    def freeze(response):
        return response.status_code, response.content, list(response.headers.items()), None

    @staticmethod
    def with_gzip(entry):
        status, content, headers, _zipped = entry
        return status, content, headers, gzip.compress(content, GZIP_LEVEL, mtime=0)

    @staticmethod
    def rebuild(entry, wants_gzip=False):
        status, content, headers, zipped = entry
        compressed = wants_gzip and zipped is not None
        response = HttpResponse(zipped if compressed else content, status=status)
        for name, value in headers:
            response.headers[name] = value
        if compressed:
            response.headers["Content-Encoding"] = "gzip"
            response.headers["Content-Length"] = str(len(zipped))
            if response.has_header("ETag"):
                response.headers["ETag"] = response.headers["ETag"].rstrip('"') + ';gzip"'
        return response
