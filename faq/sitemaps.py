"""The FAQ's sitemap section (see `core.sitemaps`)."""

from core.sitemaps import PublicSitemap

from .models import FaqPage


class FaqPageSitemap(PublicSitemap):
    def items(self):
        return FaqPage.objects.published().only("slug", "updated_at").order_by("pk")
