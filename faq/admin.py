from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core.admin import ModelAdmin

from .models import FaqEntry, FaqPage


class FaqEntryInline(admin.StackedInline):
    model = FaqEntry
    extra = 1
    fields = ["order", "question", "answer"]


@admin.register(FaqPage)
class FaqPageAdmin(ModelAdmin):
    list_display = ["title", "language", "is_published", "order", "question_count", "updated_at"]
    # Reordering the pages is typing new numbers in the list and saving once.
    list_editable = ["order"]
    list_filter = ["is_published", "language"]
    search_fields = ["title", "intro", "entries__question"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at", "updated_by"]
    inlines = [FaqEntryInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "language", "intro", ("is_published", "order"))}),
        (
            _("Audit"),
            {"classes": ["collapse"], "fields": ("created_at", "updated_at", "updated_by")},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(question_count=Count("entries"))

    @admin.display(description=_("questions"), ordering="question_count")
    def question_count(self, obj):
        return obj.question_count

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        # Entries record their own editor too; commit=False hands back only the new and
        # changed ones, so untouched entries keep who last changed them.
        entries = formset.save(commit=False)
        for entry in entries:
            entry.updated_by = request.user
            entry.save()
        for entry in formset.deleted_objects:
            entry.delete()
        formset.save_m2m()
