import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from django.views.i18n import JavaScriptCatalog

from .links import absolute_url

logger = logging.getLogger(__name__)

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


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a query, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "unavailable"}, status=503)
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
