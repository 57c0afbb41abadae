from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .models import Organisation, Tool

HYBRID_TERMS_FIELDSET = (
    _("Hybrid terms"),
    {
        "fields": (
            ("home_days_min", "home_days_max"),
            "office_days",
            ("onboarding_weeks", "onboarding_home_days"),
            "crisis_presence",
            "abroad",
            "office_only_documents",
            "screening_requirement",
            ("home_allowance_per_day", "setup_allowance"),
            "tools",
            "terms_notes",
        ),
    },
)


@admin.register(Tool)
class ToolAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "province", "city", "size", "default_terms"]
    list_filter = ["kind", "province", "size"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["tools"]
    readonly_fields = ["assignments_by_status", "created_at", "updated_at", "updated_by"]
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "size", "province", "city", "website")}),
        (_("Description"), {"fields": ("description",)}),
        (
            _("Default hybrid terms"),
            {
                "description": _("The terms this organisation usually offers its interim staff."),
                "fields": HYBRID_TERMS_FIELDSET[1]["fields"],
            },
        ),
        (_("Assignments"), {"fields": ("assignments_by_status",)}),
        (
            _("Audit"),
            {"classes": ["collapse"], "fields": ("created_at", "updated_at", "updated_by")},
        ),
    )

    @admin.display(description=_("default terms"))
    def default_terms(self, obj):
        return obj.hybrid_summary() or "—"

    @admin.display(description=_("assignments by status"))
    def assignments_by_status(self, obj):
        # Imported here: the assignments app depends on this one, not the other way round.
        from assignments.models import Status

        if obj is None or obj.pk is None:
            return "—"
        counts = dict(
            obj.assignments.order_by()
            .values_list("status")
            .annotate(count=Count("pk"))
            .values_list("status", "count")
        )
        if not counts:
            return _("No assignments yet.")
        changelist = reverse("admin:assignments_assignment_changelist")
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}?{}">{}: {}</a></li>',
                (
                    (
                        changelist,
                        urlencode(
                            {"organisation": obj.pk, "status__exact": status, "queue": "all"}
                        ),
                        label,
                        counts[status],
                    )
                    for status, label in Status.choices
                    if status in counts
                ),
            ),
        )

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
