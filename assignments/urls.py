from django.urls import path

from . import feeds, views
from .cache import public_page

app_name = "assignments"

urlpatterns = [
    path("", public_page(views.AssignmentListView.as_view()), name="list"),
    # Before the assignments' slugs, which would otherwise take "alert".
    path("alert/", views.AlertSignupView.as_view(), name="alert"),
    path("alert/aangevraagd/", views.AlertRequestedView.as_view(), name="alert_requested"),
    path("alert/bevestigen/<str:token>/", views.AlertConfirmView.as_view(), name="alert_confirm"),
    path(
        "alert/afmelden/<str:token>/",
        views.AlertUnsubscribeView.as_view(),
        name="alert_unsubscribe",
    ),
    # Before the assignments' own addresses: "feed" would otherwise be taken for a slug.
    path("feed/", public_page(feeds.AssignmentFeed()), name="feed"),
    path("feed/atom/", public_page(feeds.AssignmentAtomFeed()), name="feed-atom"),
    path("<slug:slug>/", public_page(views.AssignmentDetailView.as_view()), name="detail"),
]
