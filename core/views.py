import sys
from datetime import UTC, timedelta

from django.conf import settings
from django.core import signing
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from django.views.i18n import JavaScriptCatalog

from . import outage
from .links import absolute_url


class HandedOverInCookie:
    """A page that the form before it hands a value in a short-lived signed cookie, which
    only this page receives (its `path`): not in the URL, where personal data would end up in
    logs and history, and not in a session, whose cookie would keep the visitor from the
    cached public pages for weeks. Set `cookie_name` and `cookie_salt`."""

    cookie_name = None
    cookie_salt = None
    cookie_max_age = 60 * 60

    @classmethod
    def hand_over(cls, response, value, *, path):
        response.set_signed_cookie(
            cls.cookie_name,
            value,
            salt=cls.cookie_salt,
            max_age=cls.cookie_max_age,
            path=path,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )

    def handed_over(self):
        """The value, or None when there is none, or it was tampered with or is too old."""
        try:
            return self.request.get_signed_cookie(
                self.cookie_name, salt=self.cookie_salt, max_age=self.cookie_max_age
            )
        except (KeyError, signing.BadSignature):
            return None


# Paths for robots to leave alone: the admin, the language switch, and the pages that manage a
# visitor's e-mail alerts (personal, and reached only from a link in an e-mail).
ROBOTS_DISALLOW = ["/admin/", "/i18n/", "/opdrachten/alert/"]


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in ROBOTS_DISALLOW),
        "",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# How long a researcher may rely on security.txt (RFC 9116 wants an Expires under a year).
SECURITY_TXT_VALID = timedelta(days=180)


@require_safe
def security_txt(request):
    """/.well-known/security.txt: where to report a vulnerability (SECURITY_CONTACT)."""
    expires = (timezone.now() + SECURITY_TXT_VALID).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {absolute_url(reverse('security-txt'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a query, 503 when it does not (for load balancers). It
    always asks the database, also during an outage: it is how the outage is seen to end."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except outage.UNREACHABLE as error:
        outage.failed(error)
        response = JsonResponse({"status": "unavailable"}, status=503)
        response["Retry-After"] = str(outage.RETRY_AFTER)
        # Expected while the database is down: counted in core.outage's message, not logged.
        request.database_unavailable = True
        return response
    outage.succeeded()
    return JsonResponse({"status": "ok"})


class AdminJavaScriptCatalog(JavaScriptCatalog):
    """The admin's JavaScript strings (its calendar, its selectors) with the project's own
    djangojs catalog in LOCALE_PATHS on top: it fills in what Django's Dutch one leaves
    untranslated. Served at the admin's own jsi18n address (config/urls.py)."""

    packages = ["django.contrib.admin"]

    def get_paths(self, packages):
        # Later catalogs win: the project's come last.
        return [*super().get_paths(packages), *(str(path) for path in settings.LOCALE_PATHS)]


class PrivacyView(TemplateView):
    """What the site keeps of candidates, why, how long, who sees it, and how to withdraw or
    ask for it; the controller's name and contact come from settings (PRIVACY_CONTROLLER)."""

    template_name = "core/privacy.html"
    http_method_names = ["get", "head", "options"]

    def get_context_data(self, **kwargs):
        return super().get_context_data(controller=settings.PRIVACY_CONTROLLER, **kwargs)


def server_error(request):
    """handler500: a request that failed because the database did not answer gets the calm
    503 page (core.outage); any other error Django's 500 page."""
    if outage.is_database_outage(sys.exc_info()[1]):
        return outage.unavailable(request)
    return defaults.server_error(request)
