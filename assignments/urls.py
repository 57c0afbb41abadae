from django.urls import path

from . import views
from .cache import public_page

app_name = "assignments"

urlpatterns = [
    path("", public_page(views.AssignmentListView.as_view()), name="list"),
    path("<slug:slug>/", public_page(views.AssignmentDetailView.as_view()), name="detail"),
]
