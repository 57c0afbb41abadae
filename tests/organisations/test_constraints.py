"""Every rule of the data contract holds twice: in validation (a clear message on the field)
and in the database (a named constraint that refuses the row even when validation is skipped)."""

from datetime import timedelta

import pytest
from django import forms
from django.db import IntegrityError, transaction
from django.utils import translation

from assignments.models import Assignment, Status
from organisations.models import Organisation
from organisations.weekdays import Weekday
from tests.factories import AssignmentFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

# (field values, the constraint that must refuse them)
BAD_TERMS = [
    # 6 guaranteed days also exceed any maximum: either constraint may be the one to refuse.
    ({"home_days_min": 6, "home_days_max": 5}, ("home_days_min_range", "min_lte_max")),
    ({"home_days_max": 6}, "home_days_max_range"),
    ({"home_days_min": 4, "home_days_max": 3}, "home_days_min_lte_max"),
    ({"onboarding_weeks": 27}, "onboarding_weeks_range"),
    (
        {"onboarding_home_days": 6, "home_days_max": 5},
        ("onboarding_home_days_range", "onboarding_home_days_lte_max"),
    ),
    ({"onboarding_home_days": 4, "home_days_max": 3}, "onboarding_home_days_lte_max"),
    ({"office_days": 32}, "office_days_range"),
    # Two fixed office days and four home days do not fit in a week.
    ({"office_days": Weekday.MON | Weekday.TUE, "home_days_max": 4}, "office_days_leave_home_days"),
    (
        {
            "office_days": Weekday.ALL,
            "home_days_min": 0,
            "home_days_max": 1,
            "onboarding_home_days": 0,
        },
        "office_days_leave_home_days",
    ),
    # -1 is refused by the named range constraint or, on PostgreSQL, by the column's own
    # "positive" check; either names the field.
    ({"home_days_min": -1}, "home_days_min"),
    ({"home_days_max": -1}, "home_days_max"),
    ({"onboarding_weeks": -1}, "onboarding_weeks"),
    ({"onboarding_home_days": -1}, "onboarding_home_days"),
    ({"crisis_presence": "sometimes"}, "crisis_presence_valid"),
    ({"abroad": "always"}, "abroad_valid"),
    ({"screening_requirement": "dna"}, "screening_requirement_valid"),
    ({"home_allowance_per_day": -1}, "home_allowance_per_day_range"),
    ({"setup_allowance": -0.01}, "setup_allowance_range"),
]

BAD_ASSIGNMENT = [
    *BAD_TERMS,
    ({"role": "marketing"}, "role_valid"),
    ({"status": "archived"}, "status_valid"),
    ({"hours_min": 0}, "hours_min_range"),
    ({"hours_max": 41}, "hours_max_range"),
    ({"hours_min": 32, "hours_max": 24}, "hours_min_lte_max"),
    ({"max_rate": 0}, "max_rate_range"),
    ({"max_rate": 501}, "max_rate_range"),
    ({"status": Status.PUBLISHED, "published_at": None}, "published_is_stamped"),
    ({"status": Status.PUBLISHED, "home_days_max": None}, "published_terms_complete"),
    ({"status": Status.PUBLISHED, "abroad": ""}, "published_terms_complete"),
]

BAD_ORGANISATION = [
    *BAD_TERMS,
    ({"kind": "church"}, "kind_valid"),
    ({"size": "huge"}, "size_valid"),
    ({"province": "vlaanderen"}, "province_valid"),
]


def assert_refused(model, pk, values, constraint):
    """Writes the values straight to the database, past every validation; the row must be
    refused by the named constraint and stay as it was."""
    rows = model.objects.filter(pk=pk)
    before = rows.values(*values).get()
    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        rows.update(**values)
    # PostgreSQL names the constraint; SQLite says "CHECK constraint failed: <name>".
    names = constraint if isinstance(constraint, tuple) else (constraint,)
    assert any(name in str(refused.value) for name in names), str(refused.value)
    assert rows.values(*values).get() == before


@pytest.mark.parametrize(("values", "constraint"), BAD_ASSIGNMENT)
def test_database_refuses_bad_assignment(values, constraint):
    assignment = AssignmentFactory()
    assert_refused(Assignment, assignment.pk, values, constraint)


@pytest.mark.parametrize(("values", "constraint"), BAD_ORGANISATION)
def test_database_refuses_bad_organisation(values, constraint):
    organisation = OrganisationFactory()
    assert_refused(Organisation, organisation.pk, values, constraint)


def test_database_refuses_end_before_start():
    assignment = AssignmentFactory()
    assert_refused(
        Assignment,
        assignment.pk,
        {"end_date": assignment.start_date - timedelta(days=1)},
        "end_after_start",
    )


@pytest.mark.parametrize(
    "values",
    [
        {"home_days_min": 0, "home_days_max": 0, "onboarding_home_days": 0},
        {"home_days_min": 5, "home_days_max": 5, "onboarding_home_days": 5},
        {"home_days_min": 0, "home_days_max": 5, "onboarding_home_days": 5},
        {"onboarding_weeks": 0},
        {"onboarding_weeks": 26},
        {"office_days": 0},
        {"office_days": Weekday.MON | Weekday.FRI, "home_days_min": 3},
        {"office_days": Weekday.WED, "home_days_min": 4, "home_days_max": 4},
        {
            "office_days": Weekday.ALL,
            "home_days_min": 0,
            "home_days_max": 0,
            "onboarding_home_days": 0,
        },
        {"hours_min": 1, "hours_max": 40},
        {"hours_min": 36, "hours_max": 36},
        {"max_rate": 1},
        {"max_rate": 500},
        {"home_allowance_per_day": 0, "setup_allowance": 0},
    ],
)
def test_edge_values_are_accepted_everywhere(values):
    assignment = AssignmentFactory(**values)
    assignment.full_clean()
    assignment.refresh_from_db()
    for name, value in values.items():
        assert getattr(assignment, name) == value


def test_unscreened_terms_may_be_empty_but_not_when_published():
    assignment = AssignmentFactory(unscreened=True)
    assignment.full_clean()
    assert assignment.missing_terms == list(Assignment.REQUIRED_TERMS)
    assignment.status = Status.PUBLISHED
    with pytest.raises(IntegrityError), transaction.atomic():
        assignment.save()


AssignmentForm = forms.modelform_factory(Assignment, fields="__all__")


def form_data(**changes):
    data = {
        "title": "Woordvoerder",
        "slug": "woordvoerder",
        "organisation": OrganisationFactory().pk,
        "role": "press",
        "description": "Tekst",
        "hours_min": "24",
        "hours_max": "32",
        "start_date": "2026-12-01",
        "city": "Den Haag",
        "home_days_min": "1",
        "home_days_max": "2",
        "onboarding_weeks": "4",
        "onboarding_home_days": "1",
        "crisis_presence": "on_site",
        "abroad": "not_allowed",
        "office_only_documents": "false",
        "screening_requirement": "vog",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_form_accepts_valid_terms():
    form = AssignmentForm(data=form_data(office_days=["1", "4"]))
    assert form.is_valid(), form.errors
    assignment = form.save()
    assert assignment.office_days == Weekday.MON | Weekday.WED
    assert assignment.office_day_list == [Weekday.MON, Weekday.WED]


@pytest.mark.parametrize(
    ("changes", "field", "dutch"),
    [
        ({"home_days_max": "6"}, "home_days_max", "hoogstens 5"),
        ({"home_days_min": "-1"}, "home_days_min", "minstens 0"),
        ({"home_days_min": "3", "home_days_max": "2"}, "home_days_min", "thuiswerkdagen"),
        ({"onboarding_weeks": "27"}, "onboarding_weeks", "hoogstens 26"),
        ({"onboarding_home_days": "3"}, "onboarding_home_days", "inwerkperiode"),
        ({"hours_min": "40", "hours_max": "8"}, "hours_min", "uren"),
        ({"hours_max": "41"}, "hours_max", "hoogstens 40"),
        ({"hours_min": "twee"}, "hours_min", "geheel getal"),
        ({"crisis_presence": "sometimes"}, "crisis_presence", "geldige keuze"),
        ({"office_days": ["64"]}, "office_days", "geldige keuze"),
        (
            {"office_days": ["1", "2", "4", "8"], "home_days_min": "2"},
            "office_days",
            "kantoordagen",
        ),
        ({"end_date": "2026-11-01"}, "end_date", "einddatum"),
        ({"start_date": "2026-02-30"}, "start_date", "geldige datum"),
        ({"max_rate": "0"}, "max_rate", "minstens 1"),
        ({"home_allowance_per_day": "-2"}, "home_allowance_per_day", "minstens 0"),
        ({"hours_min": "9" * 30}, "hours_min", "hoogstens 40"),
    ],
)
def test_form_shows_dutch_message_on_the_field(changes, field, dutch):
    with translation.override("nl"):
        form = AssignmentForm(data=form_data(**changes))
        assert not form.is_valid()
        assert field in form.errors, form.errors
        assert dutch in " ".join(form.errors[field]).lower()
    assert not Assignment.objects.exists()


def test_markup_in_text_is_stored_as_text_not_refused():
    form = AssignmentForm(data=form_data(title="<script>alert(1)</script> Woordvoerder"))
    assert form.is_valid(), form.errors
    assert form.save().title == "<script>alert(1)</script> Woordvoerder"


OrganisationForm = forms.modelform_factory(Organisation, fields="__all__")


@pytest.mark.parametrize(
    ("changes", "field", "dutch"),
    [
        ({"kind": "church"}, "kind", "geldige keuze"),
        ({"province": "vlaanderen"}, "province", "geldige keuze"),
        ({"home_days_min": "4", "home_days_max": "3"}, "home_days_min", "maximum (3)"),
        ({"home_days_max": "-1"}, "home_days_max", "minstens 0"),
        ({"onboarding_weeks": "52"}, "onboarding_weeks", "hoogstens 26"),
        ({"setup_allowance": "-750"}, "setup_allowance", "minstens 0"),
        ({"setup_allowance": "1e400"}, "setup_allowance", "niet meer dan 7 cijfers"),
        ({"setup_allowance": "veel"}, "setup_allowance", "voer een getal in"),
        ({"website": "javascript:alert(1)"}, "website", "geldige url"),
        ({"office_days": ["1", "2"], "home_days_max": "4"}, "office_days", "kantoordagen"),
    ],
)
def test_organisation_form_shows_dutch_message_on_the_field(changes, field, dutch):
    data = {
        "name": "Gemeente Vaals",
        "slug": "gemeente-vaals",
        "kind": "municipality",
        "province": "limburg",
        "city": "Vaals",
        "home_days_min": "1",
        "home_days_max": "2",
        **changes,
    }
    with translation.override("nl"):
        form = OrganisationForm(data=data)
        assert not form.is_valid()
        assert dutch in " ".join(form.errors[field]).lower(), form.errors
    assert not Organisation.objects.exists()
