from django.urls import path

from assignments.cache import public_page

from . import views

app_name = "organisations"

urlpatterns = [
    path("", public_page(views.OrganisationListView.as_view()), name="list"),
    path("<slug:slug>/", public_page(views.OrganisationDetailView.as_view()), name="detail"),
]
