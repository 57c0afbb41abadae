from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import checks, sitemaps  # noqa: F401 -- registers the deploy check

        sitemaps.register_page("privacy")
