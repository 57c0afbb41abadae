from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FaqConfig(AppConfig):
    name = "faq"
    verbose_name = _("Frequently asked questions")

    def ready(self):
        from core import cache, sitemaps

        from .models import FaqEntry, FaqPage
        from .sitemaps import FaqPageSitemap

        cache.watch(FaqPage)
        cache.watch(FaqEntry)
        sitemaps.register_page("faq:index")
        sitemaps.register_section("faq", FaqPageSitemap)
