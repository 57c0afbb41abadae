"""The list's filter panel: its markup rendered once per process and language, and only the
visitor's choices filled in per request.

Every request of the list shows the same 70 options, labels and inputs; only which are
chosen, the typed values and the errors differ. Rendering them through the template engine
cost more than a sixth of a list page that the page cache could not answer. So the panel is
rendered once with markers where a request's values go (`\\x00kind:name:value\\x00`: a byte
no value of the visitor can hold, since the form refuses it) and each request fills them in one
pass of a regular expression over the cached text, which never looks at what it inserted."""

import re

from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from organisations.models import MAX_HOME_DAYS, MAX_ONBOARDING_WEEKS

from .filters import HOME_DAYS_CHOICE_LABELS
from .models import MAX_HOURS_PER_WEEK, MAX_RATE

TEMPLATE = "assignments/includes/filter_panel.html"
MARKER = re.compile("\x00(\\w+):(\\w*):([^\x00]*)\x00")

HOME_DAYS = range(1, MAX_HOME_DAYS + 1)
CHOICE_FIELDS = ("org_kind", "province", "role", "crisis")
# The number and date fields, in the panel's order: (name, input type, lowest, highest).
INPUT_FIELDS = [
    ("max_onboarding_weeks", "number", 0, MAX_ONBOARDING_WEEKS),
    ("min_hours", "number", 1, MAX_HOURS_PER_WEEK),
    ("max_hours", "number", 1, MAX_HOURS_PER_WEEK),
    ("min_rate", "number", 1, MAX_RATE),
    ("starts_after", "date", None, None),
    ("starts_before", "date", None, None),
]
NUMBER = re.compile(r"-?\d{1,9}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_skeletons = {}


def marker(kind, name, value=""):
    return mark_safe(f"\x00{kind}:{name}:{value}\x00")  # noqa: S308 -- our own constant text


def skeleton(form):
    """The panel with markers, for the active language: rendered on first use."""
    language = get_language()
    if language not in _skeletons:
        _skeletons[language] = render_to_string(TEMPLATE, panel_context(form))
    return _skeletons[language]


def panel_context(form):
    fields = form.fields

    def invalid(name):
        return marker("invalid", name)

    return {
        "home_day_selects": [
            {
                "name": name,
                "label": fields[name].label,
                "invalid": invalid(name),
                "errors": marker("errors", name),
                "options": [
                    (days, label(days), marker("selected", name, days)) for days in HOME_DAYS
                ],
            }
            for name, label in HOME_DAYS_CHOICE_LABELS.items()
        ],
        "choice_fields": [
            {
                "name": name,
                "label": fields[name].label,
                "invalid": marker("invalid_group", name),
                "errors": marker("errors", name),
                "options": [
                    (value, label, marker("checked", name, value))
                    for value, label in fields[name].choices
                ],
            }
            for name in CHOICE_FIELDS
        ],
        "input_fields": [
            {
                "name": name,
                "type": kind,
                "low": low,
                "high": high,
                "label": fields[name].label,
                "value": marker("value", name),
                "invalid": invalid(name),
                "errors": marker("errors", name),
            }
            for name, kind, low, high in INPUT_FIELDS
        ],
        "abroad": {
            "label": fields["abroad"].label,
            "checked": marker("checked", "abroad", "1"),
            "invalid": invalid("abroad"),
            "errors": marker("errors", "abroad"),
        },
    }


def render_filter_panel(form):
    """The panel for this request's bound (or unbound) form."""
    bound = form.is_bound
    data = form.data if bound else {}
    cleaned = form.cleaned_data if bound else {}
    errors = form.errors if bound else {}
    chosen = {name: set(data.getlist(name)) for name in CHOICE_FIELDS} if bound else {}
    chosen["abroad"] = {data.get("abroad")} if bound else set()
    for name in HOME_DAYS_CHOICE_LABELS:
        chosen[name] = {str(cleaned[name])} if cleaned.get(name) is not None else set()

    def fill(match):
        kind, name, value = match.groups()
        if kind in ("selected", "checked"):
            return f" {kind}" if value in chosen.get(name, ()) else ""
        if kind == "value":
            return escape(input_value(form, name)) if bound else ""
        if name not in errors:
            return ""
        if kind == "invalid":
            return f' aria-invalid="true" aria-describedby="id_{name}_error"'
        if kind == "invalid_group":
            return ' aria-invalid="true"'
        return str(form[name].errors)  # kind == "errors"

    return mark_safe(MARKER.sub(fill, skeleton(form)))  # noqa: S308 -- escaped above


def input_value(form, name):
    """What the visitor sent when it has the input's syntax (a wrong number stays visible next
    to its error), else nothing: `value="acht"` on a number input is invalid HTML."""
    raw = form.data.get(name, "")
    date_field = name.startswith("starts_")
    if not (ISO_DATE if date_field else NUMBER).fullmatch(raw):
        return ""
    if date_field and name not in form.cleaned_data:
        return ""  # 2026-02-30 has the syntax but is no date
    return raw
