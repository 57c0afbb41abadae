from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ModelAdmin

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
class ToolAdmin(ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


@admin.register(Organisation)
class OrganisationAdmin(ModelAdmin):
    list_display = ["name", "kind", "province", "city", "size", "default_terms"]
    list_filter = ["kind", "province", "size"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["tools"]
    readonly_fields = ["created_at", "updated_at", "updated_by"]
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
        (
            _("Audit"),
            {"classes": ["collapse"], "fields": ("created_at", "updated_at", "updated_by")},
        ),
    )

    @admin.display(description=_("default terms"))
    def default_terms(self, obj):
        return obj.hybrid_summary() or "—"

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
