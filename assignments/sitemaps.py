"""The sitemap sections of assignments and organisations (see `core.sitemaps`)."""

from core.sitemaps import PublicSitemap
from organisations.models import Organisation

from .models import Assignment


class AssignmentSitemap(PublicSitemap):
    def items(self):
        # Only what a page needs: the slug for its address, the time for lastmod.
        return Assignment.objects.public().only("slug", "updated_at").order_by("pk")


class OrganisationSitemap(PublicSitemap):
    def items(self):
        return Organisation.objects.only("slug", "updated_at").order_by("pk")
