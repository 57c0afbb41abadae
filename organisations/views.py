from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.views.generic import DetailView
from django_filters.views import FilterView

from assignments.models import Assignment, Status, local_today

from .filters import OrganisationFilter
from .models import Organisation


def open_assignments_q(prefix=""):
    """Assignment.objects.public() as a condition across a relation, for annotations."""
    return Q(**{f"{prefix}status": Status.PUBLISHED}) & (
        Q(**{f"{prefix}closing_date__isnull": True})
        | Q(**{f"{prefix}closing_date__gte": local_today()})
    )


class OrganisationListView(FilterView):
    filterset_class = OrganisationFilter
    strict = False
    paginate_by = 30
    template_name = "organisations/organisation_list.html"

    def get_queryset(self):
        return Organisation.objects.annotate(
            open_count=Count("assignments", filter=open_assignments_q("assignments__"))
        ).order_by("name", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        context["page_query"] = query.urlencode()
        return context


class OrganisationDetailView(DetailView):
    template_name = "organisations/organisation_detail.html"
    queryset = Organisation.objects.prefetch_related("tools")

    paginate_by = 20

    def get_context_data(self, **kwargs):
        assignments = (
            Assignment.objects.public()
            .for_organisation(self.object)
            .select_related("organisation")
            .order_by("-published_at", "-pk")
        )
        paginator = Paginator(assignments, self.paginate_by)
        try:
            page = paginator.page(self.request.GET.get("page") or 1)
        except InvalidPage as error:
            raise Http404(str(error)) from error
        return super().get_context_data(page_obj=page, paginator=paginator, **kwargs)
