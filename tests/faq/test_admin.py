"""Editors write, reorder, preview and publish FAQ pages in the admin; nobody else may."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from faq.models import FaqEntry, FaqPage
from tests.factories import FaqEntryFactory, FaqPageFactory

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:faq_faqpage_add")
CHANGELIST_URL = reverse("admin:faq_faqpage_changelist")


@pytest.fixture
def editors():
    call_command("setup_roles", stdout=StringIO())
    return Group.objects.get(name="Editors")


@pytest.fixture
def editor(client, editors):
    user = get_user_model().objects.create_user("redacteur", password="geheim", is_staff=True)
    user.groups.add(editors)
    client.force_login(user)
    client.user = user
    return client


def change_url(page):
    return reverse("admin:faq_faqpage_change", args=[page.pk])


def page_post(entries=(), existing=0, **changes):
    """The add/change form as the browser sends it, with the entries inline."""
    data = {
        "title": "Thuiswerken en vergoedingen",
        "slug": "thuiswerken-en-vergoedingen",
        "language": "nl",
        "intro": "Wat je **mag** verwachten.",
        "order": "3",
        "entries-TOTAL_FORMS": str(len(entries)),
        "entries-INITIAL_FORMS": str(existing),
        "entries-MIN_NUM_FORMS": "0",
        "entries-MAX_NUM_FORMS": "1000",
    }
    for index, entry in enumerate(entries):
        for name, value in entry.items():
            data[f"entries-{index}-{name}"] = value
    data.update(changes)
    return data


def test_editor_adds_a_page_with_entries(editor):
    response = editor.post(
        ADD_URL,
        page_post(
            [
                {"order": "2", "question": "Krijg ik een vergoeding?", "answer": "Vaak **wel**."},
                {"order": "1", "question": "Hoeveel thuiswerkdagen?", "answer": "Twee tot drie."},
            ]
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    page = FaqPage.objects.get(slug="thuiswerken-en-vergoedingen")
    assert page.is_published is False  # a new page is a draft until an editor publishes it
    assert page.order == 3
    assert page.updated_by == editor.user
    assert [entry.question for entry in page.entries.all()] == [
        "Hoeveel thuiswerkdagen?",
        "Krijg ik een vergoeding?",
    ]
    assert all(entry.updated_by == editor.user for entry in page.entries.all())


def test_editor_reorders_publishes_and_deletes_entries(editor):
    page = FaqPageFactory(slug="thuiswerken-en-vergoedingen", is_published=False)
    first = FaqEntryFactory(page=page, order=1, question="Eerste")
    second = FaqEntryFactory(page=page, order=2, question="Tweede")
    gone = FaqEntryFactory(page=page, order=3, question="Weg ermee")
    untouched = FaqEntryFactory(page=page, order=4, question="Blijft")

    def inline(entry, **changes):
        return {
            "id": str(entry.pk),
            "page": str(page.pk),
            "order": str(entry.order),
            "question": entry.question,
            "answer": entry.answer,
            **changes,
        }

    response = editor.post(
        change_url(page),
        page_post(
            [
                inline(first, order="5"),
                inline(second),
                inline(gone, DELETE="on"),
                inline(untouched),
            ],
            existing=4,
            is_published="on",
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    page.refresh_from_db()
    assert page.is_published
    assert [entry.question for entry in page.entries.all()] == ["Tweede", "Blijft", "Eerste"]
    assert not FaqEntry.objects.filter(pk=gone.pk).exists()
    first.refresh_from_db()
    untouched.refresh_from_db()
    assert first.updated_by == editor.user
    assert untouched.updated_by is None  # not changed, so nobody to record
    assert editor.get(page.get_absolute_url()).status_code == 200


def test_form_refuses_a_negative_order_and_saves_nothing(editor):
    response = editor.post(
        ADD_URL,
        page_post([{"order": "-1", "question": "Vraag?", "answer": "Antwoord."}], order="-2"),
    )
    assert response.status_code == 200
    assert "order" in response.context["adminform"].form.errors
    assert not FaqPage.objects.exists()


def test_editor_reorders_pages_in_the_list(editor):
    a = FaqPageFactory(title="A", order=1)
    b = FaqPageFactory(title="B", order=2)
    response = editor.post(
        CHANGELIST_URL,
        {
            "form-TOTAL_FORMS": "2",
            "form-INITIAL_FORMS": "2",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": str(a.pk),
            "form-0-order": "9",
            "form-1-id": str(b.pk),
            "form-1-order": "2",
            "_save": "Opslaan",
        },
    )
    assert response.status_code == 302
    assert list(FaqPage.objects.all()) == [b, a]
    a.refresh_from_db()
    assert a.updated_by == editor.user


def test_changelist_shows_question_counts_in_fixed_queries(editor):
    def queries(pages):
        for _index in range(pages):
            FaqEntryFactory.create_batch(2, page=FaqPageFactory())
        with CaptureQueriesContext(connection) as captured:
            response = editor.get(CHANGELIST_URL)
        assert response.status_code == 200
        return len(captured)

    assert queries(2) == queries(12)
    FaqPage.objects.all().delete()
    FaqEntryFactory.create_batch(3, page=FaqPageFactory(title="Telbaar"))
    listed = editor.get(CHANGELIST_URL).context["cl"].result_list
    assert [(page.title, page.question_count) for page in listed] == [("Telbaar", 3)]


def test_slug_is_prepopulated_from_the_title(editor):
    response = editor.get(ADD_URL)
    assert response.status_code == 200
    fields = response.context["adminform"].prepopulated_fields
    assert fields[0]["field"].name == "slug"
    assert [dependency.name for dependency in fields[0]["dependencies"]] == ["title"]


def test_view_on_site_opens_the_preview_of_a_draft(editor):
    page = FaqPageFactory(is_published=False, title="Concepttekst")
    view_on_site = reverse(
        "admin:view_on_site", args=[ContentType.objects.get_for_model(FaqPage).pk, page.pk]
    )
    assert view_on_site in editor.get(change_url(page)).content.decode()
    response = editor.get(view_on_site, follow=True)
    assert response.redirect_chain[-1][0].endswith(page.get_absolute_url())
    assert response.status_code == 200
    assert "Concept — niet gepubliceerd" in response.content.decode()


def test_editor_can_open_every_faq_admin_page(editor):
    page = FaqEntryFactory().page
    for url in (CHANGELIST_URL, ADD_URL, change_url(page)):
        assert editor.get(url).status_code == 200
    assert editor.get(reverse("admin:faq_faqpage_delete", args=[page.pk])).status_code == 200


def test_superuser_may_edit_faq(client):
    client.force_login(
        get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "geheim")
    )
    page = FaqEntryFactory().page
    for url in (CHANGELIST_URL, ADD_URL, change_url(page)):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "permissions",
    [[], ["view_assignment", "change_assignment", "add_assignment"]],
    ids=["no-permissions", "recruiter-permissions"],
)
def test_staff_without_faq_permissions_is_refused(client, permissions):
    user = get_user_model().objects.create_user("werver", password="geheim", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=permissions))
    client.force_login(user)
    page = FaqPageFactory()
    for url in (CHANGELIST_URL, ADD_URL, change_url(page)):
        assert client.get(url).status_code == 403
    assert client.post(ADD_URL, page_post()).status_code == 403
    assert FaqPage.objects.count() == 1


def test_editor_who_may_only_view_cannot_change(client, editors):
    user = get_user_model().objects.create_user("lezer", password="geheim", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename="view_faqpage"))
    client.force_login(user)
    page = FaqPageFactory(title="Oud")
    assert client.get(change_url(page)).status_code == 200
    client.post(change_url(page), page_post(title="Nieuw", slug=page.slug))
    page.refresh_from_db()
    assert page.title == "Oud"
    assert client.get(ADD_URL).status_code == 403


def test_anonymous_visitor_is_sent_to_login(client):
    page = FaqPageFactory()
    for url in (CHANGELIST_URL, ADD_URL, change_url(page)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    client.post(ADD_URL, page_post())
    assert FaqPage.objects.count() == 1
