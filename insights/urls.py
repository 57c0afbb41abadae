from django.urls import path

from core.cache import public_page

from . import views

app_name = "insights"

urlpatterns = [
    path("", public_page(views.InsightsView.as_view()), name="index"),
]
