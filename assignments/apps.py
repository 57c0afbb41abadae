from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def was_published(assignment):
    return assignment.published_at is not None


class AssignmentsConfig(AppConfig):
    name = "assignments"
    verbose_name = _("Assignments")

    def ready(self):
        from core import cache, sitemaps

        from .models import Assignment
        from .sitemaps import AssignmentSitemap, OrganisationSitemap

        # While an assignment is being screened its saves (claim, questions to the client,
        # draft edits) change no public page, and must not empty the cache for everybody.
        cache.watch(
            Assignment, may_be_public=lambda assignment: assignment.published_at is not None
        )
        for name in ("home", "assignments:list", "organisations:list"):
            sitemaps.register_page(name)
        sitemaps.register_section("assignments", AssignmentSitemap)
        sitemaps.register_section("organisations", OrganisationSitemap)
