"""The recruiters' side: responses per assignment (inline on its change form), the list with
filters, the pipeline buttons and bulk steps, the CV download, and the access and erasure
requests. Every look at a response (its page, its CV, an export) is recorded.

Candidates' data is read-only here: recruiters move a response along the pipeline (through
`services.move`, with a note), they do not edit what the candidate sent."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from assignments import admin as assignments_admin
from assignments.models import Assignment
from core.admin import ReadOnly

from . import services
from .models import AccessKind, Response, ResponseAccess, ResponseEvent, Status


class ResponseEventInline(ReadOnly, admin.TabularInline):
    model = ResponseEvent
    fields = ["created_at", "from_status", "to_status", "actor", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("pipeline history")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


class StepForm(forms.Form):
    """The pipeline buttons on a response's change form."""

    action = forms.ChoiceField(
        choices=[(name, step.label) for name, step in services.STEPS.items()]
    )
    note = forms.CharField(
        label=_("Note for the history"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )


def _bulk_step(name):
    step = services.STEPS[name]

    def action(modeladmin, request, queryset):
        modeladmin.run_in_bulk(request, queryset, name)

    action.__name__ = name
    return admin.action(description=step.label, permissions=["change"])(action)


@admin.register(Response)
class ResponseAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "assignment",
        "organisation",
        "status",
        "received",
        "retained_until",
    ]
    list_filter = [
        "status",
        ("assignment", admin.RelatedOnlyFieldListFilter),
        ("assignment__organisation", admin.RelatedOnlyFieldListFilter),
        "created_at",
        "keep_for_other_assignments",
    ]
    list_select_related = ["assignment__organisation"]
    search_fields = ["name", "email", "assignment__title", "assignment__organisation__name"]
    date_hierarchy = "created_at"
    inlines = [ResponseEventInline]

    class Media:
        css = {"all": ["css/admin-fixed-list.css", "css/admin-responses.css"]}

    actions = [
        *(_bulk_step(name) for name in ("contact", "propose", "decline")),
        "export_selected",
        "erase_selected",
    ]
    fieldsets = (
        (None, {"fields": ("assignment", "status", "name", "email", "phone")}),
        (_("CV and motivation"), {"fields": ("cv_download", "motivation")}),
        (_("Availability"), {"fields": ("available_from", "hours_per_week", "rate")}),
        (
            _("Consent and retention"),
            {
                "fields": (
                    "created_at",
                    "consent_at",
                    "keep_for_other_assignments",
                    "retained_until",
                    "language",
                    "confirmation_sent_at",
                    "notification_sent_at",
                )
            },
        ),
    )
    readonly_fields = [
        "assignment",
        "status",
        "name",
        "email",
        "phone",
        "cv_download",
        "motivation",
        "available_from",
        "hours_per_week",
        "rate",
        "created_at",
        "consent_at",
        "keep_for_other_assignments",
        "retained_until",
        "language",
        "confirmation_sent_at",
        "notification_sent_at",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_assignment_end()

    @admin.display(description=_("organisation"), ordering="assignment__organisation__name")
    def organisation(self, obj):
        return obj.assignment.organisation

    @admin.display(description=_("received at"), ordering="created_at")
    def received(self, obj):
        """Short, as "kept until" beside it: the admin's own format ("30 november 2026
        14:05") takes three lines in the list's narrow column."""
        return timezone.localtime(obj.created_at).strftime("%d-%m-%Y %H:%M")

    @admin.display(description=_("kept until"), ordering="retain_until")
    def retained_until(self, obj):
        """The stored date, or the one the rule gives now that the assignment has ended
        (purge_responses stores it on its next run); otherwise what it waits for."""
        until = obj.retain_until
        ended_at = getattr(obj, "assignment_ended_at", None)
        if until is None and ended_at is not None:
            until = obj.retention_for(ended_at)
        if until is None:
            return gettext("four weeks after the assignment or this response ends")
        return timezone.localtime(until).strftime("%d-%m-%Y %H:%M")

    @admin.display(description=_("CV"))
    def cv_download(self, obj):
        url = reverse("admin:responses_response_cv", args=[obj.pk])
        return format_html(
            '<a href="{}">{}</a> ({}, {} kB)',
            url,
            obj.cv_filename,
            obj.get_cv_type_display(),
            max(1, round(obj.cv_size / 1024)),
        )

    # Permissions --------------------------------------------------------------------------

    def has_add_permission(self, request):
        # Responses come from candidates only.
        return False

    def has_download_cv_permission(self, request, obj=None):
        return request.user.has_perm("responses.download_cv")

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self.has_download_cv_permission(request):
            return fieldsets
        return tuple(
            (name, {**options, "fields": tuple(f for f in options["fields"] if f != "cv_download")})
            for name, options in fieldsets
        )

    # Every look is recorded ---------------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST" and self.has_change_permission(request):
            # Every field is read-only and a response changes through its steps only
            # (step_view): the form has no Save, and a POST of it (from a page opened before
            # that, or made by hand) saves nothing, writes no history and says so. Staff who
            # may not change responses get the admin's own refusal (403) below.
            self.message_user(
                request,
                gettext("A response changes through its steps only: nothing was saved."),
                messages.WARNING,
            )
            return redirect(request.path)
        response = super().change_view(request, object_id, form_url, extra_context)
        # render_change_form notes the response it showed on the request (this admin object
        # serves every request at once: it holds no state of its own).
        obj = getattr(request, "response_shown", None)
        if request.method == "GET" and response.status_code == 200 and obj is not None:
            services.record_access(request.user, [obj], AccessKind.VIEW)
        return response

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        request.response_shown = obj
        if obj is not None:
            context["pipeline_steps"] = (
                [(step.name, step.label) for step in services.available_steps(obj)]
                if self.has_change_permission(request, obj)
                else []
            )
            context["step_form"] = StepForm()
            context["step_url"] = reverse("admin:responses_response_step", args=[obj.pk])
        # No Save buttons: there is nothing to save (see change_view).
        context.update(show_save=False, show_save_and_continue=False, show_save_as_new=False)
        return super().render_change_form(request, context, add, change, form_url, obj)

    # Deleting goes through the services: the CV leaves the storage with the row -----------

    def delete_model(self, request, obj):
        services.delete(Response.objects.filter(pk=obj.pk), actor=request.user)

    def delete_queryset(self, request, queryset):
        services.delete(queryset, actor=request.user)

    # Views: the pipeline step and the CV ----------------------------------------------------

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/step/",
                self.admin_site.admin_view(self.step_view),
                name="{}_{}_step".format(*info),
            ),
            path(
                "<path:object_id>/cv/",
                self.admin_site.admin_view(self.cv_view),
                name="{}_{}_cv".format(*info),
            ),
            *super().get_urls(),
        ]

    def step_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        change_url = reverse("admin:responses_response_change", args=[obj.pk])
        form = StepForm(request.POST)
        if not form.is_valid():
            self.message_user(request, gettext("That step is not known."), messages.ERROR)
            return redirect(change_url)
        try:
            services.move(
                obj, form.cleaned_data["action"], actor=request.user, note=form.cleaned_data["note"]
            )
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            self.message_user(
                request,
                gettext("The response of %(name)s is now: %(status)s.")
                % {"name": obj.name, "status": obj.get_status_display()},
                messages.SUCCESS,
            )
        return redirect(change_url)

    def cv_view(self, request, object_id):
        """The CV as a download (never shown inline: the browser must not render what a
        candidate sent), for staff with the download right; every download is recorded."""
        if not self.has_download_cv_permission(request):
            raise PermissionDenied
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        storage = obj.cv.storage
        if not obj.cv.name or not storage.exists(obj.cv.name):
            self.message_user(
                request,
                gettext("The CV of this response is missing from the storage."),
                messages.ERROR,
            )
            return redirect("admin:responses_response_change", obj.pk)
        services.record_access(request.user, [obj], AccessKind.DOWNLOAD)
        response = FileResponse(
            storage.open(obj.cv.name, "rb"),
            as_attachment=True,
            filename=obj.cv_filename,
            content_type=obj.content_type,
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response

    # Bulk steps, access and erasure requests ---------------------------------------------

    def run_in_bulk(self, request, queryset, name):
        done = 0
        for obj in queryset:
            try:
                services.move(obj, name, actor=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d response moved on.", "%(count)d responses moved on.", done)
                % {"count": done},
                messages.SUCCESS,
            )

    @admin.action(
        description=_("Export everything on these e-mail addresses (access request)"),
        permissions=["download_cv"],
    )
    def export_selected(self, request, queryset):
        emails = set(queryset.values_list("email", flat=True))
        content, _count = services.export(emails, actor=request.user)
        response = HttpResponse(content, content_type="application/zip")
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="responses-export-{stamp}.zip"'
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response

    @admin.action(
        description=_("Erase everything on these e-mail addresses (erasure request)"),
        permissions=["delete"],
    )
    def erase_selected(self, request, queryset):
        emails = sorted(set(queryset.values_list("email", flat=True)))
        held = services.responses_for_emails(emails)
        if request.POST.get("confirmed") == "yes":
            erased = services.erase(emails, actor=request.user)
            self.message_user(
                request,
                ngettext(
                    "%(count)d response and its CV erased.",
                    "%(count)d responses and their CVs erased.",
                    erased,
                )
                % {"count": erased},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Erase everything on these e-mail addresses?"),
            "opts": self.opts,
            "emails": emails,
            "held": held.select_related("assignment").order_by("email", "created_at"),
            "selected": queryset.values_list("pk", flat=True),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(
            request, "admin/responses/response/erase_confirmation.html", context
        )


@admin.register(ResponseAccess)
class ResponseAccessAdmin(ReadOnly, admin.ModelAdmin):
    """Who looked at which response when: for administrators, read-only."""

    list_display = ["created_at", "actor", "kind", "response_number", "assignment"]
    list_filter = ["kind", ("actor", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["actor", "assignment"]
    search_fields = ["=response_number", "actor__username"]
    date_hierarchy = "created_at"


# The assignment's admin (assignments.admin) with what only this app knows: the responses to
# it, inline on its change form and counted by status.


class ResponseInline(ReadOnly, admin.TabularInline):
    model = Response
    fields = ["name", "status", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = _("responses")

    def get_queryset(self, request):
        return (
            super().get_queryset(request).only("pk", "name", "status", "created_at", "assignment")
        )


admin.site.unregister(Assignment)


@admin.register(Assignment)
class AssignmentAdmin(assignments_admin.AssignmentAdmin):
    inlines = [*assignments_admin.AssignmentAdmin.inlines, ResponseInline]

    def may_see_responses(self, request):
        return request.user.has_perm("responses.view_response")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and self.may_see_responses(request):
            fields.append("responses_by_status")
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not self.may_see_responses(request):
            return fieldsets
        return (*fieldsets, (_("Responses"), {"fields": ("responses_by_status",)}))

    @admin.display(description=_("responses by status"))
    def responses_by_status(self, obj):
        counts = dict(obj.responses.order_by().values_list("status").annotate(count=Count("pk")))
        if not counts:
            return gettext("No responses yet.")
        changelist = reverse("admin:responses_response_changelist")
        total = sum(counts.values())
        return format_html(
            "{} <ul>{}</ul>",
            format_html(
                '<a href="{}?{}">{}</a>',
                changelist,
                urlencode({"assignment__id__exact": obj.pk}),
                ngettext("%(count)d response", "%(count)d responses", total) % {"count": total},
            ),
            format_html_join(
                "",
                '<li><a href="{}?{}">{}: {}</a></li>',
                (
                    (
                        changelist,
                        urlencode({"assignment__id__exact": obj.pk, "status__exact": status}),
                        label,
                        counts[status],
                    )
                    for status, label in Status.choices
                    if status in counts
                ),
            ),
        )
