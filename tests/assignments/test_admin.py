import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assignments.models import Assignment, Status
from organisations.models import Organisation, Tool
from organisations.weekdays import Weekday
from tests.factories import AssignmentFactory, OrganisationFactory, ToolFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "geheim")
    client.force_login(user)
    client.user = user
    return client


@pytest.mark.parametrize("model", [Assignment, Organisation, Tool])
def test_admin_pages_open(admin_client, model):
    obj = {Assignment: AssignmentFactory, Organisation: OrganisationFactory, Tool: ToolFactory}[
        model
    ]()
    prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
    assert admin_client.get(reverse(f"{prefix}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"{prefix}_add")).status_code == 200
    change = admin_client.get(reverse(f"{prefix}_change", args=[obj.pk]))
    assert change.status_code == 200


def test_assignment_changelist_shows_hybrid_summary_and_searches(admin_client):
    AssignmentFactory(title="Woordvoerder stikstof", home_days_min=1, home_days_max=2)
    AssignmentFactory(title="Campagneadviseur")
    url = reverse("admin:assignments_assignment_changelist")
    response = admin_client.get(url, {"q": "stikstof"})
    content = response.content.decode()
    assert "Woordvoerder stikstof" in content
    assert "Campagneadviseur" not in content
    assert "1–2 dagen thuis" in content


def changelist_queries(client, count):
    AssignmentFactory.create_batch(count)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("admin:assignments_assignment_changelist")).status_code == 200
    return len(queries)


def test_assignment_changelist_queries_do_not_grow(admin_client):
    assert changelist_queries(admin_client, 3) == changelist_queries(admin_client, 40)


def test_organisation_autocomplete_for_assignments(admin_client):
    OrganisationFactory(name="Provincie Zeeland", slug="provincie-zeeland")
    OrganisationFactory(name="Gemeente Assen", slug="gemeente-assen")
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "assignments",
            "model_name": "assignment",
            "field_name": "organisation",
            "term": "Zee",
        },
    )
    assert [result["text"] for result in response.json()["results"]] == ["Provincie Zeeland"]


def assignment_post(organisation, **changes):
    data = {
        "title": "Senior woordvoerder",
        "slug": "senior-woordvoerder",
        "organisation": organisation.pk,
        "role": "press",
        "description": "Je staat de pers te woord.",
        "hours_min": "32",
        "hours_max": "36",
        "start_date": "2027-01-04",
        "city": "Den Haag",
        "home_days_min": "1",
        "home_days_max": "2",
        "office_days": [str(Weekday.TUE.value)],
        "onboarding_weeks": "6",
        "onboarding_home_days": "0",
        "crisis_presence": "on_site",
        "abroad": "not_allowed",
        "office_only_documents": "true",
        "screening_requirement": "clearance",
        "terms_notes": "",
        "reference": "",
    }
    data.update(changes)
    return data


def test_admin_creates_assignment_and_records_who(admin_client):
    organisation = OrganisationFactory()
    response = admin_client.post(
        reverse("admin:assignments_assignment_add"), assignment_post(organisation)
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assignment = Assignment.objects.get(slug="senior-woordvoerder")
    assert assignment.created_by == admin_client.user
    assert assignment.updated_by == admin_client.user
    assert assignment.status == Status.NEW
    assert assignment.office_days == Weekday.TUE


def test_admin_form_shows_rule_errors_and_saves_nothing(admin_client):
    organisation = OrganisationFactory()
    response = admin_client.post(
        reverse("admin:assignments_assignment_add"),
        assignment_post(
            organisation, home_days_min="4", home_days_max="3", onboarding_home_days="5"
        ),
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "home_days_min" in errors
    assert "onboarding_home_days" in errors
    assert not Assignment.objects.exists()


def test_admin_cannot_set_status_through_the_form(admin_client):
    organisation = OrganisationFactory()
    admin_client.post(
        reverse("admin:assignments_assignment_add"),
        assignment_post(organisation, status="published"),
    )
    assert Assignment.objects.get().status == Status.NEW


def test_admin_organisation_save_records_who(admin_client):
    organisation = OrganisationFactory()
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])
    data = {
        "name": organisation.name,
        "slug": organisation.slug,
        "kind": "province",
        "size": "",
        "province": "zeeland",
        "city": "Middelburg",
        "website": "",
        "description": "",
        "home_days_min": "2",
        "home_days_max": "3",
        "onboarding_weeks": "4",
        "onboarding_home_days": "2",
        "crisis_presence": "",
        "abroad": "",
        "office_only_documents": "unknown",
        "screening_requirement": "",
        "terms_notes": "",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.updated_by == admin_client.user
    assert organisation.province == "zeeland"
    assert organisation.office_only_documents is None
