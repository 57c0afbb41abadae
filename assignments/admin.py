from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import NON_FIELD_ERRORS, BadRequest, PermissionDenied, ValidationError
from django.db.models import Count, OuterRef, Subquery
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from core.admin import ModelAdmin, ReadOnly
from core.dates import local_today
from organisations import admin as organisations_admin
from organisations.admin import HYBRID_TERMS_FIELDSET
from organisations.models import DayKind, HybridTerms, Organisation
from organisations.weekdays import Weekday

from . import services
from .models import (
    RESCREEN_AFTER,
    UNPUBLISHED,
    Assignment,
    Channel,
    ClientConfirmation,
    ScreeningEvent,
    Status,
    display_value,
    stale_before,
    stored_value,
)

# The change form's fields for a new client confirmation, and the confirmation's field each
# one fills in.
CONFIRMATION_FORM_FIELDS = {
    "confirmed_on": "confirmed_on",
    "channel": "channel",
    "client_contact": "client_contact",
    "confirmation_note": "note",
}
# Fields of the change form that are no model field: left out where the form is read-only.
FORM_ONLY_FIELDS = ("loaded_version", *CONFIRMATION_FORM_FIELDS)
TERMS_FORM_FIELDS = tuple(name for name in services.TERMS_FIELDS)


def _confirmation_field(name, **kwargs):
    return ClientConfirmation._meta.get_field(name).formfield(required=False, **kwargs)


def organisation_defaults(organisation):
    """The organisation's default of every terms field, in words (for beside the fields)."""
    defaults = {}
    for name in TERMS_FORM_FIELDS:
        value = list(organisation.tools.all()) if name == "tools" else getattr(organisation, name)
        if name == "office_days" and not value:
            text = gettext("none")
        else:
            text = display_value(name, stored_value(name, value))
        defaults[name] = gettext("Organisation's default: %(value)s") % {"value": text}
    return defaults


class AssignmentAdminForm(forms.ModelForm):
    """Base form for AssignmentAdmin, which supplies the model and fields. It checks the
    fields only; whether the save (and the screening step with it) may happen is for
    `services.update_assignment` to say."""

    # The version the editor loaded; the service refuses a save based on an older one.
    loaded_version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    # A new client confirmation, recorded with the save.
    confirmed_on = _confirmation_field("confirmed_on", widget=AdminDateWidget)
    channel = _confirmation_field("channel")
    client_contact = _confirmation_field(
        "client_contact", widget=forms.TextInput(attrs={"class": "vTextField"})
    )
    confirmation_note = _confirmation_field(
        "note", widget=forms.Textarea(attrs={"rows": 2, "cols": 60})
    )
    # The note for the history entry of the screening step taken with the save.
    step_note = forms.CharField(
        label=_("Note for the history"),
        required=False,
        max_length=2000,
        widget=forms.TextInput(attrs={"size": 36}),
    )
    # The service's refusal of this very post, set by the admin to show it on the form again
    # (see AssignmentAdmin.changeform_view).
    refusal = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version
        self._annotate_terms_fields()

    def _annotate_terms_fields(self):
        """Beside each terms field: the organisation's default, and whether publishing still
        needs it filled in."""
        organisation = self.instance.organisation if self.instance.organisation_id else None
        defaults = organisation_defaults(organisation) if organisation else {}
        screening = self.instance.status in UNPUBLISHED
        for name in TERMS_FORM_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            parts = []
            if screening and name in HybridTerms.REQUIRED_TERMS and self._is_empty(name):
                parts.append(
                    format_html(
                        '<strong class="needed-to-publish">{}</strong>',
                        gettext("Needed to publish."),
                    )
                )
                classes = field.widget.attrs.get("class", "")
                field.widget.attrs["class"] = f"{classes} needed-to-publish".strip()
            # Always there, so the script can fill it in when the organisation changes.
            parts.append(
                format_html(
                    '<span class="org-default" data-org-default="{}"{}>{}</span>',
                    name,
                    "" if name in defaults else mark_safe(" hidden"),
                    defaults.get(name, ""),
                )
            )
            if field.help_text:
                parts.append(format_html("<span>{}</span>", field.help_text))
            field.help_text = format_html_join(" ", "{}", ((part,) for part in parts))

    def _is_empty(self, name):
        # Read without a BoundField: one made now would keep the help text as it was.
        if self.is_bound:
            value = self.fields[name].widget.value_from_datadict(
                self.data, self.files, self.add_prefix(name)
            )
        else:
            value = self.get_initial_for_field(self.fields[name], name)
        return value in (None, "", "unknown") or value == []

    def clean(self):
        cleaned_data = super().clean()
        given = any(cleaned_data.get(name) for name in CONFIRMATION_FORM_FIELDS)
        if given:
            for name in ("confirmed_on", "channel", "client_contact"):
                if not cleaned_data.get(name) and name not in self.errors:
                    self.add_error(name, _("Needed to record the client's confirmation."))
            confirmed_on = cleaned_data.get("confirmed_on")
            if confirmed_on and confirmed_on > local_today():
                self.add_error("confirmed_on", _("The confirmation cannot be dated in the future."))
        if self.refusal is not None:
            raise self._fit(self.refusal)
        return cleaned_data

    def _fit(self, error):
        """The service's errors on this form's fields; others above the form."""
        if not hasattr(error, "error_dict"):
            return error
        fitted = {}
        for key, errors in error.error_dict.items():
            for item in errors:
                target = {"note": "confirmation_note"}.get(key, key)
                if item.code == "confirmation_required":
                    # Said where the confirmation goes, and above the form.
                    fitted.setdefault("confirmed_on", []).append(
                        ValidationError(
                            _(
                                "You changed the hybrid terms of this published assignment: "
                                "record here when, how and by whom the client confirmed the "
                                "new terms."
                            ),
                            code="confirmation_required",
                        )
                    )
                if target != NON_FIELD_ERRORS and target not in self.fields:
                    target = NON_FIELD_ERRORS
                fitted.setdefault(target, []).append(item)
        return ValidationError(fitted)

    def confirmation_data(self):
        """The new client confirmation for the service, or None when none was entered."""
        data = {
            target: self.cleaned_data.get(name)
            for name, target in CONFIRMATION_FORM_FIELDS.items()
            if name in self.cleaned_data
        }
        return data if any(data.values()) else None


class _Refused(Exception):
    """Takes the service's refusal out of the admin's transaction, so that it rolls back."""

    def __init__(self, error):
        super().__init__(error)
        self.error = error


def refusal_text(error):
    """A service's refusal as one sentence or a few: its reasons, without per-field repeats."""
    if hasattr(error, "error_dict") and NON_FIELD_ERRORS in error.error_dict:
        return " ".join(
            message for item in error.error_dict[NON_FIELD_ERRORS] for message in item.messages
        )
    return " ".join(error.messages)


# The work queue ---------------------------------------------------------------------------


class QueueFilter(admin.SimpleListFilter):
    """Opens the changelist on what needs a recruiter. A status filter or a search looks
    through everything, or nobody could find a closed assignment by its title."""

    title = _("work queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [
            (
                "stale",
                gettext("Re-screen (client confirmation missing or over %(days)s days old)")
                % {"days": RESCREEN_AFTER.days},
            ),
            ("all", _("All assignments")),
        ]

    def choices(self, changelist):
        counts = {
            None: Assignment.objects.needs_action().count(),
            "stale": Assignment.objects.needs_rescreen().count(),
        }
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("Needs action (%(count)s)") % {"count": counts[None]},
        }
        for value, title in self.lookup_choices:
            if value in counts:
                title = _("%(title)s (%(count)s)") % {"title": title, "count": counts[value]}
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


class ClaimedByFilter(admin.SimpleListFilter):
    """Whose assignments: mine first, then nobody's, then each recruiter's."""

    title = _("claimed by")
    parameter_name = "claimed_by"

    def lookups(self, request, model_admin):
        users = (
            Assignment.claimed_by.field.related_model.objects.filter(
                pk__in=Assignment.objects.exclude(claimed_by=None).values("claimed_by")
            )
            .exclude(pk=request.user.pk)
            .order_by("first_name", "last_name", "username")
        )
        return [
            ("me", _("Me")),
            ("nobody", _("Nobody")),
            *((str(user.pk), user.get_full_name() or user.get_username()) for user in users),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "me":
            return queryset.filter(claimed_by=request.user)
        if value == "nobody":
            return queryset.filter(claimed_by=None)
        if value and value.isdigit():
            return queryset.filter(claimed_by_id=int(value))
        return queryset


def _bulk_action(name):
    transition = services.TRANSITIONS[name]
    service = getattr(services, name)

    def action(modeladmin, request, queryset):
        modeladmin.run_in_bulk(request, queryset, service)

    action.__name__ = name
    permission = "publish" if name == "publish" else "change"
    return admin.action(description=transition.label, permissions=[permission])(action)


def compact_week(terms):
    """The small week picture of the work queue: five squares, each day's kind in its class
    and its title (what a pointer shows); the summary beside it says it in words."""
    week = terms.week()
    if not week:
        return ""
    return format_html(
        '<span class="week week--compact" aria-hidden="true">{}</span>',
        format_html_join(
            "",
            '<span class="week__day week__day--{}" title="{}: {}"></span>',
            ((kind.value, str(day.label).capitalize(), kind.label) for day, kind in week),
        ),
    )


@admin.register(Assignment)
class AssignmentAdmin(ModelAdmin):
    form = AssignmentAdminForm
    actions = [_bulk_action(name) for name in services.TRANSITIONS]
    list_display = [
        "title",
        "organisation",
        "queue_status",
        "claimed_by_name",
        "terms_summary",
        "last_confirmation",
        "closing_day",
    ]
    list_filter = [
        QueueFilter,
        "status",
        ClaimedByFilter,
        "role",
        "organisation__kind",
        "organisation__province",
    ]
    list_select_related = ["organisation", "claimed_by", "confirmation"]
    list_per_page = 50
    search_fields = ["title", "reference", "organisation__name", "city"]
    autocomplete_fields = ["organisation"]
    prepopulated_fields = {"slug": ["title"]}
    date_hierarchy = "start_date"
    readonly_fields = [
        "week_preview",
        "confirmation_state",
        "confirmation_history",
        "screening_history",
        "status",
        "claimed_by",
        "published_at",
        "terms_verified_at",
        "terms_verified_by",
        "terms_changed_at",
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
        (
            HYBRID_TERMS_FIELDSET[0],
            {
                "classes": ["terms-fieldset"],
                "description": _(
                    "Under each field: the organisation's default. The week picture follows "
                    "what you enter."
                ),
                "fields": ("week_preview", *HYBRID_TERMS_FIELDSET[1]["fields"]),
            },
        ),
        (
            _("Client confirmation"),
            {
                "description": _(
                    "Record here when, how and by whom at the client the terms above were "
                    "confirmed; it is saved with the form. Publishing needs a confirmation "
                    "recorded after the terms last changed, and copying the organisation's "
                    "defaults is not one. The name stays in the admin; the public page "
                    "shows only the date and how."
                ),
                "fields": (
                    "confirmation_state",
                    ("confirmed_on", "channel"),
                    "client_contact",
                    "confirmation_note",
                    "confirmation_history",
                ),
            },
        ),
        (_("Screening history"), {"fields": ("screening_history",)}),
        (
            _("Status and audit"),
            {
                "classes": ["collapse"],
                "fields": (
                    ("status", "claimed_by"),
                    "published_at",
                    ("terms_verified_at", "terms_verified_by"),
                    "terms_changed_at",
                    ("created_at", "created_by"),
                    ("updated_at", "updated_by"),
                ),
            },
        ),
    )

    class Media:
        css = {"all": ["css/admin-fixed-list.css", "css/admin-assignments.css"]}
        js = ["js/admin-assignments.js"]

    # The work queue's columns --------------------------------------------------------------

    def changelist_view(self, request, extra_context=None):
        # The queue gets the whole width of a laptop screen: the navigation sidebar repeats
        # the index, which the breadcrumbs reach in one click.
        return super().changelist_view(
            request, {"is_nav_sidebar_enabled": False, **(extra_context or {})}
        )

    def get_queryset(self, request):
        latest = ClientConfirmation.objects.filter(assignment=OuterRef("pk")).order_by(
            "-recorded_at", "-pk"
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                last_confirmed_on=Subquery(latest.values("confirmed_on")[:1]),
                last_channel=Subquery(latest.values("channel")[:1]),
                last_recorded_at=Subquery(latest.values("recorded_at")[:1]),
            )
        )

    @admin.display(description=_("status"), ordering="status")
    def queue_status(self, obj):
        if obj.needs_rescreen:
            return format_html(
                '{} <strong class="flag flag--warning">{}</strong>',
                obj.get_status_display(),
                gettext("re-screen"),
            )
        return obj.get_status_display()

    @admin.display(description=_("claimed by"), ordering="claimed_by__first_name")
    def claimed_by_name(self, obj):
        if obj.claimed_by is None:
            return "—"
        return obj.claimed_by.get_full_name() or obj.claimed_by.get_username()

    @admin.display(description=_("hybrid terms"))
    def terms_summary(self, obj):
        summary = obj.hybrid_summary()
        if not summary:
            return format_html('<span class="muted">{}</span>', gettext("not screened yet"))
        return format_html(
            '<span class="terms-cell">{}<span>{}</span></span>', compact_week(obj), summary
        )

    @admin.display(description=_("last client confirmation"), ordering="last_confirmed_on")
    def last_confirmation(self, obj):
        confirmed_on = getattr(obj, "last_confirmed_on", None)
        if confirmed_on is None:
            return format_html('<span class="muted">{}</span>', gettext("none yet"))
        flags = []
        if obj.terms_changed_at and obj.last_recorded_at < obj.terms_changed_at:
            flags.append(("warning", gettext("terms changed since")))
        if confirmed_on < stale_before():
            flags.append(
                ("warning", gettext("over %(days)s days ago") % {"days": RESCREEN_AFTER.days})
            )
        return format_html(
            "{} · {}{}",
            formats.date_format(confirmed_on, "SHORT_DATE_FORMAT"),
            Channel(obj.last_channel).label,
            format_html_join("", ' <strong class="flag flag--{}">{}</strong>', flags),
        )

    @admin.display(description=_("Respond before"), ordering="closing_date")
    def closing_day(self, obj):
        if obj.closing_date is None:
            return "—"
        return formats.date_format(obj.closing_date, "SHORT_DATE_FORMAT")

    # The change form -------------------------------------------------------------------

    @admin.display(description=_("week picture"))
    def week_preview(self, obj):
        week = dict(obj.week()) if obj is not None else {}
        return render_to_string(
            "admin/assignments/assignment/week_preview.html",
            {
                "known": bool(week),
                "days": [(day, week.get(day)) for day in Weekday],
                "kinds": list(DayKind),
            },
        )

    @admin.display(description=_("state"))
    def confirmation_state(self, obj):
        if obj is None or obj.pk is None:
            return gettext("No confirmation recorded yet.")
        latest = obj.confirmations.order_by("-recorded_at", "-pk").first()
        if latest is None:
            return format_html(
                '<strong class="needed-to-publish">{}</strong>',
                gettext("No confirmation by the client recorded yet: publishing needs one."),
            )
        facts = gettext("Latest: %(date)s (%(channel)s), %(who)s; recorded %(recorded)s.") % {
            "date": formats.date_format(latest.confirmed_on),
            "channel": latest.get_channel_display(),
            "who": latest.client_contact,
            "recorded": formats.date_format(
                timezone.localtime(latest.recorded_at), "DATETIME_FORMAT"
            ),
        }
        problems = []
        if obj.terms_changed_at and latest.recorded_at < obj.terms_changed_at:
            problems.append(
                gettext(
                    "The terms changed after it was recorded (%(changed)s): it no longer "
                    "covers them. Record the client's confirmation of the terms as they are."
                )
                % {
                    "changed": formats.date_format(
                        timezone.localtime(obj.terms_changed_at), "DATETIME_FORMAT"
                    )
                }
            )
        if latest.is_stale:
            problems.append(
                gettext("It is over %(days)s days old: ask the client again.")
                % {"days": RESCREEN_AFTER.days}
            )
        if obj.status == Status.PUBLISHED and obj.confirmation_id != latest.pk:
            problems.append(
                gettext(
                    "The public page still shows the confirmation the terms were last "
                    "verified on; “Confirm terms” verifies them on this one."
                )
            )
        if not problems:
            return facts
        return format_html(
            '{} <strong class="needed-to-publish">{}</strong>', facts, " ".join(problems)
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and not self.has_change_permission(request, obj):
            # Read-only, the form's own fields have nothing to show.
            return [
                (
                    name,
                    {
                        **options,
                        "fields": [
                            field
                            for field in options["fields"]
                            if field not in FORM_ONLY_FIELDS
                            and not (
                                isinstance(field, tuple) and set(field) <= set(FORM_ONLY_FIELDS)
                            )
                        ],
                    },
                )
                for name, options in fieldsets
            ]
        return fieldsets

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    # The histories are tables of their own rather than inlines: read-only, they need no
    # formsets in every save, and their tables have a heading for every column.

    @admin.display(description=_("earlier confirmations"))
    def confirmation_history(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return render_to_string(
            "admin/assignments/assignment/confirmation_history.html",
            {"confirmations": obj.confirmations.select_related("recorded_by")},
        )

    @admin.display(description=_("screening history"))
    def screening_history(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return render_to_string(
            "admin/assignments/assignment/screening_history.html",
            {"events": obj.events.select_related("actor")},
        )

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "tools":
            # A dozen tools: checkboxes, one click each, instead of a two-list selector.
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_publish_permission(self, request):
        return request.user.has_perm("assignments.publish_assignment")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.refusal = getattr(request, "assignment_refusal", None)
        return form

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id is not None:
            request.assignment_step = self._requested_step(request)
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except _Refused as refused:
            # The service refused the save inside the admin's transaction, which the exception
            # has rolled back. ModelAdmin cannot show the form again once save_model runs, so
            # the same post goes round once more and the form shows the refusal as its error.
            request.assignment_refusal = refused.error
            return super().changeform_view(request, object_id, form_url, extra_context)

    def _requested_step(self, request):
        """The screening step asked for with the save (a button's `_step`), or None."""
        name = request.POST.get("_step") or None
        if name is None:
            return None
        if name not in services.STEPS:
            raise BadRequest("Not a screening step.")
        # Publishing and confirming terms both verify the terms in this user's name.
        if name in ("publish", "confirm_terms") and not self.has_publish_permission(request):
            raise PermissionDenied
        return name

    def save_model(self, request, obj, form, change):
        confirmation = form.confirmation_data()
        if not change:
            obj.created_by = obj.updated_by = request.user
            obj.terms_changed_at = timezone.now()
            super().save_model(request, obj, form, change)
            if confirmation:
                services.record_confirmation(obj, actor=request.user, **confirmation)
            return
        data = {
            name: value
            for name, value in form.cleaned_data.items()
            if name in services.EDITABLE_FIELDS
        }
        try:
            request.assignment_edit = services.update_assignment(
                obj,
                actor=request.user,
                data=data,
                loaded_version=form.cleaned_data.get("loaded_version"),
                may_verify=self.has_publish_permission(request),
                confirmation=confirmation,
                step=getattr(request, "assignment_step", None),
                step_note=form.cleaned_data.get("step_note", ""),
            )
        except ValidationError as error:
            raise _Refused(self._form_error(error, obj)) from error

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

    def response_change(self, request, obj):
        edit = getattr(request, "assignment_edit", None)
        if edit is not None:
            for level, message in self._edit_messages(edit, obj):
                self.message_user(request, message, level)
            if edit.step is not None:
                # A screening step keeps the recruiter on the assignment.
                return redirect(
                    reverse(f"{self.admin_site.name}:assignments_assignment_change", args=[obj.pk])
                )
        return super().response_change(request, obj)

    def _edit_messages(self, edit, obj):
        if edit.verified and edit.event and edit.event.details.get("changes"):
            yield (
                messages.INFO,
                gettext(
                    "The hybrid terms changed while published: the change and the client's "
                    "confirmation are in the history, and the terms count as verified by "
                    "you on it."
                ),
            )
        elif edit.verified:
            yield (
                messages.INFO,
                gettext(
                    "The client's confirmation is recorded and the terms are verified on it: "
                    "the public page shows its date."
                ),
            )
        elif edit.confirmation is not None and obj.status == Status.PUBLISHED:
            yield (
                messages.INFO,
                gettext(
                    "The client's confirmation is recorded. A colleague with the right to "
                    "publish can now confirm the terms on it."
                ),
            )
        elif edit.confirmation is not None:
            yield (messages.INFO, gettext("The client's confirmation is recorded."))
        if edit.step is not None:
            yield messages.SUCCESS, self._step_message(edit, obj)

    @staticmethod
    def _step_message(edit, obj):
        saved = " " + gettext("Your changes were saved in the same step.") if edit.changed else ""
        if edit.step == "prefill":
            if not edit.step_result:
                return (
                    gettext("Nothing to copy: the terms the organisation has are filled in.")
                    + saved
                )
            return services.copied_note(edit.step_result) + saved
        if edit.step == "confirm_terms":
            return (
                gettext("The terms of “%(title)s” are verified on the client's confirmation.")
                % {"title": obj.title}
                + saved
            )
        return (
            gettext("“%(title)s” is now %(status)s.")
            % {"title": obj.title, "status": obj.get_status_display()}
            + saved
        )

    def run_in_bulk(self, request, queryset, service):
        done = 0
        for assignment in queryset:
            try:
                service(assignment, actor=request.user)
            except ValidationError as error:
                text = refusal_text(error)
                if assignment.title not in text:
                    text = f"“{assignment.title}”: {text}"
                self.message_user(request, text, messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d assignment moved on.", "%(count)d assignments moved on.", done)
                % {"count": done},
                messages.SUCCESS,
            )

    # The screening buttons and the organisation's defaults ------------------------------

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "organisation-defaults/",
                self.admin_site.admin_view(self.organisation_defaults_view),
                name="{}_{}_organisation_defaults".format(*info),
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
            actions.insert(0, ("prefill", services.PREFILL_LABEL))
        if obj.status == Status.PUBLISHED and self.has_publish_permission(request):
            actions.insert(0, ("confirm_terms", services.CONFIRM_TERMS_LABEL))
        return actions

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["organisation_defaults_url"] = reverse(
            f"{self.admin_site.name}:assignments_assignment_organisation_defaults"
        )
        if obj is not None:
            context["workflow_actions"] = self.workflow_actions(request, obj)
            context["rescreen_days"] = RESCREEN_AFTER.days
            if obj.status in UNPUBLISHED:
                context["publish_checklist"] = self.publish_checklist(obj)
            step = getattr(request, "assignment_step", None)
            form = context["adminform"].form
            if step is not None and form.errors:
                label = dict(context["workflow_actions"]).get(step, step)
                self.message_user(
                    request,
                    gettext(
                        "“%(step)s” was not done and nothing was saved: see below why. "
                        "What you entered is still in the form."
                    )
                    % {"step": label},
                    messages.ERROR,
                )
        return super().render_change_form(request, context, add, change, form_url, obj)

    @staticmethod
    def publish_checklist(obj):
        """What publishing needs, as saved: (done, text, [(field id, label)]) items."""
        missing = obj.missing_terms
        problem = services.confirmation_problem(obj)
        return [
            (
                not missing,
                gettext("Complete hybrid terms.")
                if not missing
                else gettext("Complete hybrid terms; still missing:"),
                [(f"id_{name}", Assignment._meta.get_field(name).verbose_name) for name in missing],
            ),
            (
                problem is None,
                gettext("A client confirmation recorded after the terms last changed.")
                if problem is None
                else " ".join(problem.messages),
                [] if problem is None else [("id_confirmed_on", gettext("Record it"))],
            ),
        ]

    def organisation_defaults_view(self, request):
        """The default terms of the organisation `?organisation=<id>` in words, for the form's
        script to show beside the fields when the organisation is chosen (read-only, and
        public anyway on the organisation's page)."""
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET"])
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        organisation_id = request.GET.get("organisation", "")
        if not organisation_id.isdigit():
            raise Http404
        organisation = (
            Organisation.objects.prefetch_related("tools").filter(pk=int(organisation_id)).first()
        )
        if organisation is None:
            raise Http404
        return JsonResponse(
            {"organisation": organisation.name, "defaults": organisation_defaults(organisation)}
        )


@admin.register(ScreeningEvent)
class ScreeningEventAdmin(ReadOnly, ModelAdmin):
    """The whole screening history, read-only: events are written by the services alone."""

    list_display = ["created_at", "assignment", "from_status", "to_status", "actor", "what"]
    list_filter = ["to_status", ("actor", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["assignment", "actor"]
    search_fields = ["assignment__title", "note"]
    date_hierarchy = "created_at"

    @admin.display(description=_("what happened"))
    def what(self, obj):
        return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in obj.lines()))


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
