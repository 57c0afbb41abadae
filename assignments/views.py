import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from .models import Assignment

logger = logging.getLogger(__name__)


class HomeView(TemplateView):
    template_name = "assignments/home.html"
    newest_count = 6

    def get_context_data(self, **kwargs):
        public = Assignment.objects.public()
        return super().get_context_data(
            newest=public.select_related("organisation").order_by("-published_at")[
                : self.newest_count
            ],
            public_count=public.count(),
            **kwargs,
        )


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a query, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})
