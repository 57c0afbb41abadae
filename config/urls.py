from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from assignments.views import HomeView, healthz

admin.site.site_header = _("Opdrachtwijzer administration")
admin.site.site_title = _("Opdrachtwijzer")
admin.site.index_title = _("Screening and content")

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
