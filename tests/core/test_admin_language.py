"""The admin speaks Dutch to Dutch staff: every page a recruiter or editor opens, Django's own
strings included, and the history read in the reader's language. A page with an English word
on it fails, with the word and where it stands."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from assignments import services
from assignments.models import Status
from tests.factories import (
    AssignmentFactory,
    FaqEntryFactory,
    OrganisationFactory,
    ToolFactory,
    UserFactory,
)
from tests.factories import assignment_in_status as in_status
from tests.language import english_words, readable_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def data():
    organisation = OrganisationFactory(name="Gemeente Zwolle", slug="gemeente-zwolle")
    organisation.tools.set([ToolFactory(name="Microsoft Teams")])
    published = in_status(Status.PUBLISHED, organisation=organisation, title="Woordvoerder")
    screening = in_status(Status.SCREENING, organisation=organisation, title="Strateeg")
    new = AssignmentFactory(unscreened=True, organisation=organisation, title="Webredacteur")
    services.claim(new, actor=None, note="Opgepakt.")
    page = FaqEntryFactory().page
    return {"published": published, "screening": screening, "new": new, "faq": page}


def admin_pages(data, user):
    """Every kind of page a recruiter, an editor or an administrator opens."""
    published, screening, new = data["published"], data["screening"], data["new"]
    assignment = "admin:assignments_assignment"
    changelist = reverse(f"{assignment}_changelist")
    return [
        reverse("admin:index"),
        reverse("admin:app_list", args=["assignments"]),
        changelist,
        changelist + "?queue=all&claimed_by=me&status__exact=published",
        changelist + "?q=niets-gevonden",
        changelist + "?queue=stale",
        changelist + "?queue=all&start_date__year=2027",
        reverse(f"{assignment}_add"),
        *(reverse(f"{assignment}_change", args=[a.pk]) for a in (published, screening, new)),
        reverse(f"{assignment}_history", args=[published.pk]),
        reverse(f"{assignment}_delete", args=[published.pk]),
        reverse("admin:assignments_screeningevent_changelist"),
        reverse("admin:organisations_organisation_changelist"),
        reverse("admin:organisations_organisation_change", args=[published.organisation_id]),
        reverse("admin:organisations_organisation_add"),
        reverse("admin:organisations_tool_changelist"),
        reverse("admin:faq_faqpage_changelist"),
        reverse("admin:faq_faqpage_change", args=[data["faq"].pk]),
        reverse("admin:alerts_alert_changelist"),
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_user_change", args=[user.pk]),
        reverse("admin:password_change"),
    ]


def edit_in_admin(client, organisation, **more):
    """Saves the organisation's change form with other onboarding weeks and screening (and
    `more`), as a recruiter would."""
    url = reverse("admin:organisations_organisation_change", args=[organisation.pk])
    form = client.get(url).context["adminform"].form
    post = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name not in ("tools", "office_days")
    }
    post.update(
        onboarding_weeks=8,
        screening_requirement="clearance",
        tools=[tool.pk for tool in organisation.tools.all()],
        **more,
    )
    assert client.post(url, post).status_code == 302


def test_every_admin_page_is_dutch(client, data):
    user = UserFactory(username="beheer", is_superuser=True, first_name="Sanne")
    client.force_login(user)
    # An edit through the admin, so the history has a line to read.
    organisation = data["published"].organisation
    edit_in_admin(client, organisation, office_only_documents="true")
    pages = admin_pages(data, user)
    pages.append(reverse("admin:organisations_organisation_history", args=[organisation.pk]))

    problems = {}
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        found = english_words(readable_text(html))
        for phrase in ("Search ", "Filter by", "Select an option", "Onboarding weeks"):
            if phrase in html:
                found.append(repr(phrase))
        if found:
            problems[page] = found
    assert not problems, "\n".join(f"{page}: {words}" for page, words in problems.items())


def test_the_index_names_every_app_in_dutch(client):
    """An administrator's index lists the apps of the libraries too (sign-in attempts,
    authenticator apps, the mail queue); their own names are labels like "Axes" and
    "Otp_Totp"."""
    client.force_login(UserFactory(username="beheer", is_superuser=True))
    text = readable_text(client.get(reverse("admin:index")).content.decode())
    for dutch in ("Aanmeldbeveiliging", "Tweestapsverificatie", "Mailwachtrij"):
        assert dutch in text
    # (Its model stays "TOTP devices": django-otp names it in a plain string, which no
    # catalog translates, and changing the model's options would ask for a migration in
    # django-otp's own app.)
    for label in ("Axes", "Otp_Totp", "OTP_TOTP", "Django_Tasks_Db"):
        assert label not in text


def test_history_is_read_in_the_readers_language(client, data):
    user = UserFactory(username="beheer", is_superuser=True)
    client.force_login(user)
    organisation = data["published"].organisation
    edit_in_admin(client, organisation)
    # Stored without a language: the fields' own (untranslated) names.
    stored = LogEntry.objects.get().change_message
    assert '"onboarding weeks"' in stored and '"screening requirement"' in stored

    history = reverse("admin:organisations_organisation_history", args=[organisation.pk])
    dutch = readable_text(client.get(history).content.decode())
    assert "Inwerkweken en screeningseis gewijzigd." in dutch
    client.cookies["django_language"] = "en"
    english = readable_text(client.get(history, headers={"Accept-Language": "en"}).content.decode())
    assert "Changed onboarding weeks and screening requirement." in english


def test_recruiters_pages_are_dutch_too(client, data):
    """What the Recruiters group sees (no user admin, no delete), with the same check."""
    call_command("setup_roles", verbosity=0, stdout=None)
    recruiter = UserFactory(username="sanne", first_name="Sanne", last_name="de Vries")
    recruiter.groups.add(Group.objects.get(name="Recruiters"))
    client.force_login(recruiter)
    assignment = "admin:assignments_assignment"
    pages = [
        reverse("admin:index"),
        reverse(f"{assignment}_changelist"),
        reverse(f"{assignment}_change", args=[data["published"].pk]),
        reverse(f"{assignment}_change", args=[data["new"].pk]),
    ]
    for page in pages:
        html = client.get(page).content.decode()
        assert english_words(readable_text(html)) == [], page
