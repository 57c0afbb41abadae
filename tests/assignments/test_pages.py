"""What the assignment and organisation pages show."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

from assignments.models import Role, Status, local_today
from organisations.models import Abroad, CrisisPresence, DayKind, Kind, ScreeningRequirement
from organisations.weekdays import Weekday
from tests.factories import AssignmentFactory, OrganisationFactory, ToolFactory

pytestmark = pytest.mark.django_db

CONFIRMED_ON = local_today() - timedelta(days=10)


def dutch_date(day):
    with translation.override("nl"):
        return date_format(day, "j F Y")


def english_date(day):
    with translation.override("en"):
        return date_format(day, "j F Y")


def flat(response):
    return " ".join(response.content.decode().split())


@pytest.fixture
def assignment():
    organisation = OrganisationFactory(
        name="Provincie Overijssel",
        slug="provincie-overijssel",
        kind=Kind.PROVINCE,
        province="overijssel",
        city="Zwolle",
        description="Provincie aan de IJssel.",
        home_days_min=1,
        home_days_max=2,
        onboarding_weeks=8,
    )
    organisation.tools.set([ToolFactory(name="Planner")])
    assignment = AssignmentFactory(
        title="Woordvoerder gedeputeerde <i>mobiliteit</i>",
        slug="woordvoerder-mobiliteit",
        organisation=organisation,
        role=Role.PRESS,
        city="Zwolle",
        home_days_min=1,
        home_days_max=2,
        office_days=Weekday.TUE | Weekday.THU,
        onboarding_weeks=6,
        onboarding_home_days=1,
        crisis_presence=CrisisPresence.ON_SITE,
        abroad=Abroad.NOT_ALLOWED,
        office_only_documents=True,
        screening_requirement=ScreeningRequirement.VOG,
        home_allowance_per_day=Decimal("2.45"),
        setup_allowance=Decimal("750.00"),
        terms_notes="Bij Statenvergaderingen ben je op het provinciehuis.",
        max_rate=Decimal("97.50"),
        reference="OV-2026-17",
        confirmed=CONFIRMED_ON,
    )
    assignment.tools.set([ToolFactory(name="Microsoft Teams"), ToolFactory(name="SharePoint")])
    return assignment


def test_assignment_page_shows_everything(client, assignment):
    response = client.get(reverse("assignments:detail", args=[assignment.slug]))
    text = flat(response)
    assert response.status_code == 200
    assert "Woordvoerder gedeputeerde &lt;i&gt;mobiliteit&lt;/i&gt;" in text
    confirmed = dutch_date(CONFIRMED_ON)
    assert f"Afspraken bevestigd door de opdrachtgever op {confirmed} (e-mail)" in text
    assert "Screening vooraf (VOG of veiligheidsonderzoek)" in text
    for expected in [
        "1 gegarandeerd, hoogstens 2",
        "dinsdag en donderdag",
        "6 weken met meer aanwezigheid op kantoor; in die tijd 1 dag per week thuis",
        "Op kantoor bij een crisis",
        "Niet toegestaan",
        "Alleen op kantoor",
        "Verklaring omtrent het gedrag (VOG)",
        "€ 2,45 per dag",
        "€ 750 eenmalig",
        "Microsoft Teams, SharePoint",
        "Bij Statenvergaderingen ben je op het provinciehuis.",
        "€ 97,50 per uur, all-in, exclusief btw",
        "OV-2026-17",
        "Provincie Overijssel",
        "Planner",
    ]:
        assert expected in text, expected


def test_assignment_page_visual_week(client, assignment):
    response = client.get(assignment.get_absolute_url())
    assert assignment.week() == [
        (Weekday.MON, DayKind.OFFICE),
        (Weekday.TUE, DayKind.FIXED),
        (Weekday.WED, DayKind.FLEXIBLE),
        (Weekday.THU, DayKind.FIXED),
        (Weekday.FRI, DayKind.HOME),
    ]
    text = flat(response)
    assert text.count("week__day week__day--fixed") == 2
    assert "Vaste kantoordag" in text and "Thuis of kantoor" in text


def test_similar_assignments_share_the_role_and_are_public(client, assignment):
    AssignmentFactory(title="Persvoorlichter", role=Role.PRESS)
    AssignmentFactory(title="Campagneleider", role=Role.CAMPAIGNS)
    AssignmentFactory(title="Gesloten woordvoerder", role=Role.PRESS, status=Status.CLOSED)
    response = client.get(assignment.get_absolute_url())
    assert [a.title for a in response.context["similar"]] == ["Persvoorlichter"]


def test_organisation_page_shows_defaults_and_public_assignments(client, assignment):
    AssignmentFactory(
        title="Gesloten opdracht", organisation=assignment.organisation, status=Status.CLOSED
    )
    response = client.get(reverse("organisations:detail", args=["provincie-overijssel"]))
    text = flat(response)
    assert response.status_code == 200
    assert "Standaard hybride afspraken" in text
    assert "8 weken met meer aanwezigheid op kantoor" in text
    assert "1 openstaande opdracht" in text
    assert "Woordvoerder gedeputeerde" in text
    assert "Gesloten opdracht" not in text


def test_organisation_without_open_assignments_is_public(client):
    organisation = OrganisationFactory(onboarding_weeks=None, home_days_max=None)
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
    assert "geen openstaande opdrachten" in flat(response)
    assert "Nog niet bekend" in flat(response)


def test_organisation_list_filters_and_counts(client, assignment):
    OrganisationFactory(name="Gemeente Zwolle", kind=Kind.MUNICIPALITY, province="overijssel")
    OrganisationFactory(name="Ministerie van BZK", kind=Kind.MINISTRY, province="zuid-holland")
    url = reverse("organisations:list")
    names = lambda query: [o.name for o in client.get(url + query).context["page_obj"].object_list]  # noqa: E731
    assert names("") == ["Gemeente Zwolle", "Ministerie van BZK", "Provincie Overijssel"]
    assert names("?province=overijssel") == ["Gemeente Zwolle", "Provincie Overijssel"]
    assert names("?kind=ministry&kind=province") == ["Ministerie van BZK", "Provincie Overijssel"]
    assert names("?kind=ministry&province=overijssel") == []
    # Another URL than the first request's, which the page cache now answers.
    page_one = client.get(url, {"page": 1})
    counts = {o.name: o.open_count for o in page_one.context["page_obj"].object_list}
    assert counts == {"Gemeente Zwolle": 0, "Ministerie van BZK": 0, "Provincie Overijssel": 1}


def test_pages_link_to_each_other(client, assignment):
    listing = client.get(reverse("assignments:list")).content.decode()
    assert 'href="/opdrachten/woordvoerder-mobiliteit/"' in listing
    detail = client.get(assignment.get_absolute_url()).content.decode()
    assert 'href="/organisaties/provincie-overijssel/"' in detail


def test_english_page_has_english_labels_and_dates(client, assignment):
    client.cookies["django_language"] = "en"
    response = client.get(assignment.get_absolute_url())
    text = flat(response)
    assert '<html lang="en">' in text
    assert f"Terms confirmed by the client on {english_date(CONFIRMED_ON)} (email)" in text
    assert "Screening beforehand (certificate of conduct or security clearance)" in text
    assert "Tuesday and Thursday" in text
    assert "€ 97.50 an hour" in text
    # The assignment's own words stay Dutch; screen readers need to know.
    assert '<h1 id="assignment-title" lang="nl">' in text
    assert '<div lang="nl"><p>Bij Statenvergaderingen' in text


def test_dutch_page_does_not_mark_content_again(client, assignment):
    text = flat(client.get(assignment.get_absolute_url()))
    assert '<h1 id="assignment-title">' in text
    assert '<div lang="nl">' not in text


def test_organisation_list_without_organisations(client):
    response = client.get(reverse("organisations:list"))
    assert response.status_code == 200
    assert "Geen organisaties gevonden met deze filters." in flat(response)


def test_description_is_markdown_without_markup_from_outside(client):
    assignment = AssignmentFactory(
        description=(
            "## Wat ga je doen\n\n- **Persberichten** schrijven\n\n"
            '<script>alert(1)</script><a href="javascript:alert(2)">klik</a>'
            '<img src=x onerror="alert(3)">'
        )
    )
    content = client.get(assignment.get_absolute_url()).content.decode()
    # "##" sits below the page's "De opdracht" (h2).
    assert "<h3>Wat ga je doen</h3>" in content
    assert "<li><strong>Persberichten</strong> schrijven</li>" in content
    assert "alert(" not in content
    assert "javascript:" not in content
    assert "onerror" not in content
