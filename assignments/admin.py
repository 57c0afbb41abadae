from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from organisations.admin import HYBRID_TERMS_FIELDSET

from .models import Assignment


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "organisation",
        "role",
        "status",
        "hybrid_terms",
        "closing_date",
        "published_at",
    ]
    list_filter = ["status", "role", "organisation__kind", "organisation__province"]
    list_select_related = ["organisation"]
    search_fields = ["title", "reference", "organisation__name", "city"]
    autocomplete_fields = ["organisation"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["tools"]
    date_hierarchy = "start_date"
    readonly_fields = [
        "status",
        "published_at",
        "terms_verified_at",
        "terms_verified_by",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
    ]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "slug",
                    "organisation",
                    "role",
                    "reference",
                    "description",
                    ("hours_min", "hours_max"),
                    ("start_date", "end_date", "extension_possible"),
                    ("max_rate", "city", "closing_date"),
                )
            },
        ),
        HYBRID_TERMS_FIELDSET,
        (
            _("Status and audit"),
            {
                "classes": ["collapse"],
                "fields": (
                    "status",
                    "published_at",
                    ("terms_verified_at", "terms_verified_by"),
                    ("created_at", "created_by"),
                    ("updated_at", "updated_by"),
                ),
            },
        ),
    )

    @admin.display(description=_("hybrid terms"))
    def hybrid_terms(self, obj):
        return obj.hybrid_summary() or "—"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
