from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import ModelAdmin

from .models import Alert, AlertSignup


@admin.register(Alert)
class AlertAdmin(ModelAdmin):
    """Candidates' e-mail alerts, for administrators (the Recruiters group has no permission
    on them). Read-only: alerts are made and confirmed by their owners; deleting one
    unsubscribes it."""

    list_display = ["email", "frequency", "language", "filters", "confirmed_at", "last_sent_at"]
    list_filter = ["frequency", "language", ("confirmed_at", admin.EmptyFieldListFilter)]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    fields = [
        "email",
        "query",
        "frequency",
        "language",
        "created_at",
        "confirmed_at",
        "last_sent_at",
    ]
    readonly_fields = fields

    @admin.display(description=_("filters"))
    def filters(self, obj):
        return obj.query or "—"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AlertSignup)
class AlertSignupAdmin(ModelAdmin):
    """Sign-up attempts of the last day (for the rate limits), read-only."""

    list_display = ["created_at", "email", "client", "accepted"]
    list_filter = ["accepted"]
    search_fields = ["email", "client"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
