from django.db.models import Count
from django.views.generic import ListView
from django.views.generic.detail import SingleObjectMixin
from django_filters.views import FilterView

from assignments.models import Assignment, public_q
from assignments.seo import canonical_query
from assignments.views import query_without

from .filters import OrganisationFilter
from .models import Organisation


class OrganisationListView(FilterView):
    filterset_class = OrganisationFilter
    strict = False
    paginate_by = 30
    template_name = "organisations/organisation_list.html"

    def get_queryset(self):
        return Organisation.objects.annotate(
            open_count=Count("assignments", filter=public_q("assignments__"))
        ).order_by("name", "pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page_query=query_without(self.request.GET, "page"),
            canonical_query=canonical_query(self.request.GET, self.filterset),
            **kwargs,
        )


class OrganisationDetailView(SingleObjectMixin, ListView):
    """The organisation, and its open assignments as a list of pages (the pattern of Django's
    "using SingleObjectMixin with ListView")."""

    template_name = "organisations/organisation_detail.html"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.object = self.get_object(queryset=Organisation.objects.prefetch_related("tools"))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(canonical_query=canonical_query(self.request.GET), **kwargs)

    def get_queryset(self):
        return Assignment.objects.public().for_organisation(self.object).for_cards().newest()
