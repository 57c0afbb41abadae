from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware import locale
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request

from . import cache


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, plus `Vary: Cookie`: the language switch keeps its choice in
    a cookie, so a shared cache must not hand one visitor's English page to the next Dutch
    visitor. Visitors without cookies still share one cached copy per Accept-Language."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        patch_vary_headers(response, ("Cookie",))
        return response


# The request headers besides the URL and the language that change what a public view renders.
HTMX_HEADERS = ("HX-Request", "HX-Target", "HX-History-Restore-Request")


class PublicPageCacheMiddleware:
    """Serves the views marked `cache.public_page` from the cache to anonymous visitors.

    It sits before the session middleware, so a hit skips the rest of the stack. The key is
    the public data version, today's date, the language the visitor would get, the htmx
    headers and the full path; see `core.cache` for why that is exact. Visitors with a
    session (staff previewing drafts) or pending messages always get a fresh page, and only
    plain 200 responses that set no cookie and are not private are stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.applies_to(request):
            return self.get_response(request)
        store = caches[cache.CACHE_ALIAS]
        key = cache.key(
            "page",
            get_language_from_request(request),
            *(request.headers.get(name, "") for name in HTMX_HEADERS),
            request.get_full_path(),
        )
        entry = store.get(key)
        if entry is not None:
            return self.rebuild(entry)
        response = self.get_response(request)
        if self.storable(response):
            store.set(key, self.freeze(response), cache.TIMEOUT)
        return response

    @staticmethod
    def applies_to(request):
        if request.method != "GET":
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return False
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return getattr(match.func, "public_page", False)

    @staticmethod
    def storable(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
        )

    @staticmethod
    def freeze(response):
        return response.status_code, response.content, list(response.headers.items())

    @staticmethod
    def rebuild(entry):
        status, content, headers = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response.headers[name] = value
        return response
