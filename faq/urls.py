from django.urls import path

from core.cache import public_page

from . import views

app_name = "faq"

urlpatterns = [
    path("", public_page(views.FaqIndexView.as_view()), name="index"),
    path("<slug:slug>/", public_page(views.FaqPageView.as_view()), name="page"),
]
