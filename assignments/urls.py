from django.urls import path

from . import views

app_name = "assignments"

urlpatterns = [
    path("", views.AssignmentListView.as_view(), name="list"),
    # Before the assignments' slugs, which would otherwise take "alert".
    path("alert/", views.AlertSignupView.as_view(), name="alert"),
    path("alert/aangevraagd/", views.AlertRequestedView.as_view(), name="alert_requested"),
    path("alert/bevestigen/<str:token>/", views.AlertConfirmView.as_view(), name="alert_confirm"),
    path(
        "alert/afmelden/<str:token>/",
        views.AlertUnsubscribeView.as_view(),
        name="alert_unsubscribe",
    ),
    path("<slug:slug>/", views.AssignmentDetailView.as_view(), name="detail"),
]
