from django.urls import path

from . import views

app_name = "responses"

# Mounted at /opdrachten/<slug>/reageren/ (config.urls). The withdraw link is in mails already
# sent: its address must not change.
urlpatterns = [
    path("", views.RespondView.as_view(), name="respond"),
    path("verzonden/", views.SentView.as_view(), name="sent"),
    path("intrekken/<str:token>/", views.WithdrawView.as_view(), name="withdraw"),
]
