from django.urls import path

from core.cache import public_page

from . import feeds, views
from .filters import AssignmentFilter, OrganisationFilter

app_name = "assignments"

# The query parameters each page reads (core.cache.own_query): any other one is dropped before
# the view runs, so it makes no cache entry of its own.
LIST_PARAMETERS = [*AssignmentFilter.base_filters, "page"]
FEED_PARAMETERS = list(AssignmentFilter.base_filters)
ORGANISATION_LIST_PARAMETERS = [*OrganisationFilter.base_filters, "page"]

urlpatterns = [
    path("", public_page(views.AssignmentListView.as_view(), LIST_PARAMETERS), name="list"),
    # Before the assignments' own addresses: "feed" would otherwise be taken for a slug.
    path("feed/", public_page(feeds.AssignmentFeed(), FEED_PARAMETERS), name="feed"),
    path("feed/atom/", public_page(feeds.AssignmentAtomFeed(), FEED_PARAMETERS), name="feed-atom"),
    path("<slug:slug>/", public_page(views.AssignmentDetailView.as_view()), name="detail"),
]

# Mounted at /organisaties/ under the namespace "organisations" (config.urls).
organisation_urlpatterns = [
    path(
        "",
        public_page(views.OrganisationListView.as_view(), ORGANISATION_LIST_PARAMETERS),
        name="list",
    ),
    path(
        "<slug:slug>/",
        public_page(views.OrganisationDetailView.as_view(), ["page"]),
        name="detail",
    ),
]
