"""The sitemap: every public page and nothing else, with absolute URLs from SITE_URL.

`/sitemap.xml` is an index of one sitemap per section (`/sitemap-assignments.xml`, ...);
a section with more URLs than a sitemap may hold is split into pages (`?p=2`), which the
index lists, so the sitemap keeps working at any number of assignments.

Each app adds its own sections and its fixed pages from its `AppConfig.ready()` with
`register_section()` and `register_page()`."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap, views
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from .links import absolute_url


class PublicSitemap(Sitemap):
    """Addresses on SITE_URL rather than on the host the request happened to use."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def lastmod(self, item):
        return item.updated_at


class PagesSitemap(PublicSitemap):
    """The fixed pages (home, lists, FAQ index, ...) by URL name."""

    url_names = []

    def items(self):
        return self.url_names

    def location(self, item):
        return reverse(item)

    def lastmod(self, item):
        return None


SECTIONS = {"pages": PagesSitemap}


def register_section(name, sitemap_class):
    SECTIONS[name] = sitemap_class


def register_page(url_name):
    if url_name not in PagesSitemap.url_names:
        PagesSitemap.url_names.append(url_name)


@require_safe
@x_robots_tag
def index(request):
    """Django's sitemap index, but with the sections' addresses on SITE_URL too."""
    locations = []
    for section, sitemap_class in SECTIONS.items():
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
    if section not in SECTIONS:
        raise Http404("No such sitemap section.")
    return views.sitemap(request, SECTIONS, section=section)
