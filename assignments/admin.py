from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from organisations import admin as organisations_admin
from organisations.admin import HYBRID_TERMS_FIELDSET
from organisations.models import Organisation

from . import services
from .models import RESCREEN_AFTER, UNPUBLISHED, Assignment, ScreeningEvent, Status


class AssignmentAdminForm(forms.ModelForm):
    """Base form for AssignmentAdmin, which supplies the model and fields. It checks the
    fields only; whether the save may happen is for `services.update_assignment` to say."""

    # The version the editor loaded; the service refuses a save based on an older one.
    loaded_version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    # The service's refusal of this very post, set by the admin to show it on the form again
    # (see AssignmentAdmin.changeform_view).
    refusal = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned_data = super().clean()
        if self.refusal is not None:
            raise self.refusal
        return cleaned_data


class _Refused(Exception):
    """Takes the service's refusal out of the admin's transaction, so that it rolls back."""

    def __init__(self, error):
        super().__init__(error)
        self.error = error


class TransitionForm(forms.Form):
    """The screening buttons on the change form."""

    action = forms.ChoiceField(
        choices=[(name, transition.label) for name, transition in services.TRANSITIONS.items()]
        + [("prefill", _("Copy organisation defaults")), ("confirm_terms", _("Confirm terms"))]
    )
    note = forms.CharField(
        label=_("Note for the history"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class QueueFilter(admin.SimpleListFilter):
    """Opens the changelist on what needs a recruiter. A status filter or a search looks
    through everything, or nobody could find a closed assignment by its title."""

    title = _("work queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [
            (
                "stale",
                gettext("Re-screen (verified over %(days)s days ago)")
                % {"days": RESCREEN_AFTER.days},
            ),
            ("all", _("All assignments")),
        ]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("Needs action"),
        }
        for value, title in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value()
        if value == "stale":
            return queryset.needs_rescreen()
        if value is None and not ({"status__exact", "q"} & set(request.GET)):
            return queryset.needs_action()
        return queryset


class ScreeningEventInline(admin.TabularInline):
    model = ScreeningEvent
    fields = ["created_at", "from_status", "to_status", "actor", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("screening history")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("assignment", "actor")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _bulk_action(name):
    transition = services.TRANSITIONS[name]
    service = getattr(services, name)

    def action(modeladmin, request, queryset):
        modeladmin.run_in_bulk(request, queryset, service)

    action.__name__ = name
    permission = "publish" if name == "publish" else "change"
    return admin.action(description=transition.label, permissions=[permission])(action)


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    form = AssignmentAdminForm
    inlines = [ScreeningEventInline]
    actions = [_bulk_action(name) for name in services.TRANSITIONS]
    list_display = [
        "title",
        "organisation",
        "role",
        "queue_status",
        "claimed_by",
        "hybrid_terms",
        "closing_date",
        "terms_verified_at",
    ]
    list_filter = [
        QueueFilter,
        "status",
        "organisation__kind",
        "role",
        ("claimed_by", admin.RelatedOnlyFieldListFilter),
        "organisation__province",
    ]
    list_select_related = ["organisation", "claimed_by"]
    search_fields = ["title", "reference", "organisation__name", "city"]
    autocomplete_fields = ["organisation"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["tools"]
    date_hierarchy = "start_date"
    readonly_fields = [
        "status",
        "claimed_by",
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
                    "loaded_version",
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
                    ("status", "claimed_by"),
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

    @admin.display(description=_("status"), ordering="status")
    def queue_status(self, obj):
        if obj.needs_rescreen:
            return gettext("%(status)s — re-screen") % {"status": obj.get_status_display()}
        return obj.get_status_display()

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def has_publish_permission(self, request):
        return request.user.has_perm("assignments.publish_assignment")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.refusal = getattr(request, "assignment_refusal", None)
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except _Refused as refused:
            # The service refused the save inside the admin's transaction, which the exception
            # has rolled back. ModelAdmin cannot show the form again once save_model runs, so
            # the same post goes round once more and the form shows the refusal as its error.
            request.assignment_refusal = refused.error
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = obj.updated_by = request.user
            super().save_model(request, obj, form, change)
            return
        data = dict(form.cleaned_data)
        loaded_version = data.pop("loaded_version")
        try:
            edit = services.update_assignment(
                obj,
                actor=request.user,
                data=data,
                loaded_version=loaded_version,
                may_verify=self.has_publish_permission(request),
            )
        except ValidationError as error:
            raise _Refused(self._form_error(error, obj)) from error
        if edit.event is not None:
            self.message_user(
                request,
                gettext(
                    "The hybrid terms changed while published: the change is in the "
                    "history and the terms count as verified by you now."
                ),
                messages.INFO,
            )

    def _form_error(self, error, obj):
        if getattr(error, "code", None) != "stale_version":
            return error
        url = reverse(f"{self.admin_site.name}:assignments_assignment_change", args=[obj.pk])
        return ValidationError(
            format_html(
                '{} <a href="{}">{}</a>',
                gettext(
                    "Someone else changed this assignment after you opened it. Your "
                    "changes were not saved, so nothing of theirs is overwritten. Copy what "
                    "you need, then reload the assignment and make your changes again."
                ),
                url,
                gettext("Reload the assignment"),
            ),
            code="stale_version",
        )

    def save_related(self, request, form, formsets, change):
        if not change:
            super().save_related(request, form, formsets, change)
            return
        # The service has set the tools with the rest of the edit; only the inlines are left.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def run_in_bulk(self, request, queryset, service):
        done = 0
        for assignment in queryset:
            try:
                service(assignment, actor=request.user)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d assignment moved on.", "%(count)d assignments moved on.", done)
                % {"count": done},
                messages.SUCCESS,
            )

    # The screening buttons --------------------------------------------------------------

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/transition/",
                self.admin_site.admin_view(self.transition_view),
                name="{}_{}_transition".format(*info),
            ),
            *super().get_urls(),
        ]

    def workflow_actions(self, request, obj):
        """The buttons the change form shows for `obj` to this user: (name, label) pairs."""
        if not self.has_change_permission(request, obj):
            return []
        actions = [
            (transition.name, transition.label)
            for transition in services.available_transitions(obj, request.user)
        ]
        if obj.status in UNPUBLISHED:
            actions.insert(0, ("prefill", _("Copy organisation defaults")))
        if obj.status == Status.PUBLISHED and self.has_publish_permission(request):
            actions.insert(0, ("confirm_terms", _("Confirm terms")))
        return actions

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["workflow_actions"] = self.workflow_actions(request, obj)
            context["transition_form"] = TransitionForm(initial={"version": obj.version})
            context["rescreen_days"] = RESCREEN_AFTER.days
            context["transition_url"] = reverse(
                f"{self.admin_site.name}:assignments_assignment_transition", args=[obj.pk]
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def transition_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        change_url = reverse(f"{self.admin_site.name}:assignments_assignment_change", args=[obj.pk])
        form = TransitionForm(request.POST)
        if not form.is_valid():
            self.message_user(request, gettext("That screening step is not known."), messages.ERROR)
            return redirect(change_url)
        name = form.cleaned_data["action"]
        # Publishing and confirming terms both stamp the terms as verified by this user.
        if name in ("publish", "confirm_terms") and not self.has_publish_permission(request):
            raise PermissionDenied
        service = {
            "prefill": services.prefill_terms,
            "confirm_terms": services.confirm_terms,
            **{key: getattr(services, key) for key in services.TRANSITIONS},
        }[name]
        with transaction.atomic():
            try:
                # The row stays locked until the step is done, so no save or other step can
                # come in between the check of the version and the step.
                services.lock_at_version(obj, form.cleaned_data["version"])
                result = service(obj, actor=request.user, note=form.cleaned_data["note"])
            except ValidationError as error:
                if getattr(error, "code", None) == "stale_version":
                    message = gettext(
                        "Someone else changed this assignment after you opened it; nothing was "
                        "done. Look at the current state below and try again."
                    )
                else:
                    message = " ".join(error.messages)
                self.message_user(request, message, messages.ERROR)
            else:
                self.message_user(request, self._done_message(name, obj, result), messages.SUCCESS)
        return redirect(change_url)

    @staticmethod
    def _done_message(name, obj, result):
        if name == "prefill":
            if not result:
                return gettext("Nothing to copy: the terms the organisation has are filled in.")
            return services.copied_note(result)
        if name == "confirm_terms":
            return gettext("The terms of “%(title)s” count as verified by you now.") % {
                "title": obj.title
            }
        return gettext("“%(title)s” is now %(status)s.") % {
            "title": obj.title,
            "status": obj.get_status_display(),
        }


@admin.register(ScreeningEvent)
class ScreeningEventAdmin(admin.ModelAdmin):
    """The whole screening history, read-only: events are written by the services alone."""

    list_display = ["created_at", "assignment", "from_status", "to_status", "actor"]
    list_filter = ["to_status", ("actor", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["assignment", "actor"]
    search_fields = ["assignment__title", "note"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# The organisation's admin (organisations.admin) with what only this app knows: how many of
# its assignments are in each state, each a link to them.
admin.site.unregister(Organisation)


@admin.register(Organisation)
class OrganisationAdmin(organisations_admin.OrganisationAdmin):
    readonly_fields = [
        "assignments_by_status",
        *organisations_admin.OrganisationAdmin.readonly_fields,
    ]
    fieldsets = (
        *organisations_admin.OrganisationAdmin.fieldsets[:-1],
        (_("Assignments"), {"fields": ("assignments_by_status",)}),
        organisations_admin.OrganisationAdmin.fieldsets[-1],
    )

    @admin.display(description=_("assignments by status"))
    def assignments_by_status(self, obj):
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
