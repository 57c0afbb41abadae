"""The sitemap: every public page and nothing else, with absolute URLs from SITE_URL.

`/sitemap.xml` is an index of one sitemap per section (`/sitemap-assignments.xml`, ...);
a section with more URLs than a sitemap may hold is split into pages (`?p=2`), which the
index lists, so the sitemap keeps working at any number of assignments."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap, views
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from faq.models import FaqPage
from organisations.models import Organisation

from .models import Assignment
from .seo import absolute_url


class PublicSitemap(Sitemap):
    """Addresses on SITE_URL rather than on the host the request happened to use."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def lastmod(self, item):
        return item.updated_at


class StaticSitemap(PublicSitemap):
    def items(self):
        return ["home", "assignments:list", "organisations:list", "faq:index", "insights"]

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return None


class AssignmentSitemap(PublicSitemap):
    def items(self):
        # Only what a page needs: the slug for its address, the time for lastmod.
        return Assignment.objects.public().only("slug", "updated_at").order_by("pk")


class OrganisationSitemap(PublicSitemap):
    def items(self):
        return Organisation.objects.only("slug", "updated_at").order_by("pk")


class FaqPageSitemap(PublicSitemap):
    def items(self):
        return FaqPage.objects.published().only("slug", "updated_at").order_by("pk")


SITEMAPS = {
    "pages": StaticSitemap,
    "assignments": AssignmentSitemap,
    "organisations": OrganisationSitemap,
    "faq": FaqPageSitemap,
}


@require_safe
@x_robots_tag
def index(request):
    """Django's sitemap index, but with the sections' addresses on SITE_URL too."""
    locations = []
    for section, sitemap_class in SITEMAPS.items():
        location = absolute_url(reverse("sitemap-section", kwargs={"section": section}))
        locations.append(SitemapIndexItem(location))
        for page in range(2, sitemap_class().paginator.num_pages + 1):
            locations.append(SitemapIndexItem(f"{location}?p={page}"))
    return TemplateResponse(
        request,
        "sitemap_index.xml",
        {"sitemaps": locations},
        content_type="application/xml",
    )


@require_safe
def section(request, section):
    """One section's sitemap (or a page of it, `?p=2`)."""
    return views.sitemap(request, SITEMAPS, section=section)
