from django.middleware import locale
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, plus `Vary: Cookie`: the language switch keeps its choice in
    a cookie, so a shared cache must not hand one visitor's English page to the next Dutch
    visitor. Visitors without cookies still share one cached copy per Accept-Language."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        patch_vary_headers(response, ("Cookie",))
        return response
