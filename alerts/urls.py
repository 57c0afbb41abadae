from django.urls import path

from . import views

app_name = "alerts"

# Mounted at /opdrachten/alert/ (config.urls), before the assignments' slugs. These addresses
# are in mails already sent: they must not change.
urlpatterns = [
    path("", views.AlertSignupView.as_view(), name="signup"),
    path("aangevraagd/", views.AlertRequestedView.as_view(), name="requested"),
    path("bevestigen/<str:token>/", views.AlertConfirmView.as_view(), name="confirm"),
    path("afmelden/<str:token>/", views.AlertUnsubscribeView.as_view(), name="unsubscribe"),
]
