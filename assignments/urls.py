from django.urls import path

from core.cache import public_page

from . import feeds, views

app_name = "assignments"

urlpatterns = [
    path("", public_page(views.AssignmentListView.as_view()), name="list"),
    # Before the assignments' own addresses: "feed" would otherwise be taken for a slug.
    path("feed/", public_page(feeds.AssignmentFeed()), name="feed"),
    path("feed/atom/", public_page(feeds.AssignmentAtomFeed()), name="feed-atom"),
    path("<slug:slug>/", public_page(views.AssignmentDetailView.as_view()), name="detail"),
]

# Mounted at /organisaties/ under the namespace "organisations" (config.urls).
organisation_urlpatterns = [
    path("", public_page(views.OrganisationListView.as_view()), name="list"),
    path("<slug:slug>/", public_page(views.OrganisationDetailView.as_view()), name="detail"),
]
