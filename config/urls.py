from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from assignments.urls import organisation_urlpatterns
from assignments.views import HomeView
from core import sitemaps
from core.cache import public_page
from core.views import PrivacyView, healthz, robots_txt, security_txt

admin.site.site_header = _("Opdrachtwijzer administration")
admin.site.site_title = _("Opdrachtwijzer")
admin.site.index_title = _("Screening and content")

# A request that fails because the database is down answers 503, not 500 (core.outage).
handler500 = "core.views.server_error"

urlpatterns = [
    path("", public_page(HomeView.as_view()), name="home"),
    # Before the assignments: "alert" would otherwise be taken for an assignment's slug.
    path("opdrachten/alert/", include("alerts.urls")),
    path("opdrachten/<slug:slug>/reageren/", include("responses.urls")),
    path("opdrachten/", include("assignments.urls")),
    path("organisaties/", include((organisation_urlpatterns, "organisations"))),
    path("inzichten/", include("insights.urls")),
    path("privacy/", public_page(PrivacyView.as_view()), name="privacy"),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots"),
    path(".well-known/security.txt", security_txt, name="security-txt"),
    path("sitemap.xml", public_page(sitemaps.index), name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        public_page(sitemaps.section, ["p"]),
        name="sitemap-section",
    ),
    # The language switch is a form on every public page. A CSRF token there would set a
    # cookie on every anonymous response and keep whole pages out of caches; the worst a
    # forged request can do here is switch someone's language.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("veelgestelde-vragen/", include("faq.urls")),
    path("admin/", admin.site.urls),
]
