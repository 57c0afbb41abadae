"""The public FAQ: /veelgestelde-vragen/ lists the published pages in order, each page shows its
questions with a table of contents and structured data; drafts are for staff only."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from faq.models import FaqEntry, FaqPage
from tests.factories import FaqEntryFactory, FaqPageFactory

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def json_ld(response):
    blocks = JSON_LD.findall(response.content.decode())
    assert len(blocks) == 1
    return json.loads(blocks[0])


def user(username, *, staff=False, permissions=()):
    person = get_user_model().objects.create_user(username, password="geheim", is_staff=staff)
    person.user_permissions.set(Permission.objects.filter(codename__in=permissions))
    return person


def test_urls_follow_the_contract():
    assert reverse("faq:index") == "/veelgestelde-vragen/"
    assert reverse("faq:page", kwargs={"slug": "thuiswerken"}) == (
        "/veelgestelde-vragen/thuiswerken/"
    )
    page = FaqPageFactory(slug="thuiswerken")
    entry = FaqEntryFactory(page=page)
    assert page.get_absolute_url() == "/veelgestelde-vragen/thuiswerken/"
    assert entry.get_absolute_url() == f"/veelgestelde-vragen/thuiswerken/#vraag-{entry.pk}"


# Index ----------------------------------------------------------------------------------------


def test_index_lists_published_pages_in_order(client):
    FaqPageFactory(title="Vergoedingen", order=2)
    FaqPageFactory(title="Inwerken", order=1)
    FaqPageFactory(title="Buitenland", order=2)  # same order: by title
    FaqPageFactory(title="Nog niet klaar", order=0, is_published=False)
    response = client.get("/veelgestelde-vragen/")
    assert response.status_code == 200
    titles = [page.title for page in response.context["pages"]]
    assert titles == ["Inwerken", "Buitenland", "Vergoedingen"]
    content = response.content.decode()
    assert "Nog niet klaar" not in content
    assert content.index("Inwerken") < content.index("Buitenland") < content.index("Vergoedingen")


def test_index_shows_intro_excerpt_and_number_of_questions(client):
    page = FaqPageFactory(title="Thuiswerken", intro="Alles over **thuiswerken** & vergoedingen.")
    FaqEntryFactory.create_batch(3, page=page)
    FaqPageFactory(title="Leeg")
    content = client.get("/veelgestelde-vragen/").content.decode()
    assert "Alles over thuiswerken &amp; vergoedingen." in content
    assert "<strong>" not in content.split("<main", 1)[1]
    assert "3 vragen" in content
    assert "0 vragen" in content
    assert f'href="{page.get_absolute_url()}"' in content


def test_index_queries_do_not_grow_with_pages(client, django_assert_num_queries):
    for index in range(8):
        FaqEntryFactory.create_batch(3, page=FaqPageFactory(title=f"Pagina {index}"))
    # The public data version (the page cache's key) and the pages with their counts.
    with django_assert_num_queries(2):
        response = client.get("/veelgestelde-vragen/")
    assert len(response.context["pages"]) == 8


def test_index_without_pages_says_so(client):
    FaqPageFactory(is_published=False)
    response = client.get("/veelgestelde-vragen/")
    assert response.status_code == 200
    assert "Er zijn nog geen vragen en antwoorden." in response.content.decode()


def test_english_visitors_see_dutch_pages_until_english_ones_exist(client):
    FaqPageFactory(title="Thuiswerken", language="nl")
    client.cookies["django_language"] = "en"
    response = client.get("/veelgestelde-vragen/")
    assert [page.title for page in response.context["pages"]] == ["Thuiswerken"]
    content = response.content.decode()
    assert '<li class="card" lang="nl">' in content
    assert "Frequently asked questions" in content

    FaqPageFactory(title="Working from home", language="en")
    FaqPageFactory(title="Draft in English", language="en", is_published=False)
    response = client.get("/veelgestelde-vragen/")
    assert [page.title for page in response.context["pages"]] == ["Working from home"]


def test_dutch_visitors_see_only_dutch_pages(client):
    FaqPageFactory(title="Thuiswerken", language="nl")
    FaqPageFactory(title="Working from home", language="en")
    response = client.get("/veelgestelde-vragen/")
    assert [page.title for page in response.context["pages"]] == ["Thuiswerken"]


def test_for_language_falls_back_to_dutch():
    dutch = FaqPageFactory(language="nl")
    assert list(FaqPage.objects.published().for_language("en")) == [dutch]
    english = FaqPageFactory(language="en")
    assert list(FaqPage.objects.published().for_language("en")) == [english]
    assert list(FaqPage.objects.published().for_language("nl")) == [dutch]


# One page -------------------------------------------------------------------------------------


@pytest.fixture
def faq_page():
    page = FaqPageFactory(
        title="Thuiswerken bij de overheid",
        slug="thuiswerken",
        intro="Wat je kunt verwachten.\n\n# Let op\n\nElke opdrachtgever is anders.",
    )
    FaqEntryFactory(page=page, order=2, question="Krijg ik een thuiswerkvergoeding?")
    FaqEntryFactory(page=page, order=1, question="Hoeveel dagen mag ik thuiswerken?")
    FaqEntryFactory(page=page, order=2, question="Mag ik vanuit het buitenland werken?")
    return page


def test_page_shows_intro_toc_and_entries_in_order(client, faq_page):
    response = client.get("/veelgestelde-vragen/thuiswerken/")
    assert response.status_code == 200
    content = response.content.decode()
    entries = response.context["entries"]
    assert [entry.question for entry in entries] == [
        "Hoeveel dagen mag ik thuiswerken?",
        "Krijg ik een thuiswerkvergoeding?",  # same order: first created first
        "Mag ik vanuit het buitenland werken?",
    ]
    assert "<h1" in content and "Thuiswerken bij de overheid</h1>" in content
    assert "<p>Wat je kunt verwachten.</p>" in content
    assert "<h2>Let op</h2>" in content  # the intro's own headings sit below the title
    assert "Vragen op deze pagina" in content
    positions = []
    for entry in entries:
        link = f'<a href="#vraag-{entry.pk}">{entry.question}</a>'
        assert link in content
        assert f'id="vraag-{entry.pk}"' in content
        positions.append(content.index(f'id="vraag-{entry.pk}"'))
        assert "<strong>twee tot drie</strong>" in content
    assert positions == sorted(positions)
    assert "Concept" not in content
    assert "noindex" not in content
    assert "lang=" not in content.split("<main", 1)[1]


@pytest.mark.parametrize("path", ["/veelgestelde-vragen/", "/veelgestelde-vragen/thuiswerken/"])
def test_public_faq_pages_can_be_cached_whole(client, faq_page, path):
    """No cookie and no CSP nonce: the JSON-LD needs none, being a data block that is never
    executed. (Responses vary on the language cookie, which cookie-less visitors lack.)"""
    first = client.get(path)
    assert first.cookies == {}
    assert "nonce" not in first["Content-Security-Policy"]
    assert "nonce" not in first.content.decode()
    assert client.get(path).content == first.content


def test_page_queries_are_fixed(client, faq_page, django_assert_num_queries):
    FaqEntryFactory.create_batch(10, page=faq_page)
    # The public data version, the page, its entries.
    with django_assert_num_queries(3):
        client.get(faq_page.get_absolute_url())


def test_json_ld_lists_exactly_the_entries_of_the_page(client, faq_page):
    FaqEntryFactory(question="Op een andere pagina?", page=FaqPageFactory())
    FaqEntryFactory(question="Op een concept?", page=FaqPageFactory(is_published=False))
    data = json_ld(client.get(faq_page.get_absolute_url()))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "FAQPage"
    assert data["inLanguage"] == "nl"
    assert [item["name"] for item in data["mainEntity"]] == [
        "Hoeveel dagen mag ik thuiswerken?",
        "Krijg ik een thuiswerkvergoeding?",
        "Mag ik vanuit het buitenland werken?",
    ]
    for item in data["mainEntity"]:
        assert item["@type"] == "Question"
        assert item["acceptedAnswer"] == {
            "@type": "Answer",
            "text": "<p>Meestal <strong>twee tot drie</strong> dagen per week.</p>",
        }


def test_json_ld_cannot_be_broken_out_of(client):
    page = FaqPageFactory(title="</script><script>alert(1)</script>")
    FaqEntryFactory(
        page=page,
        question='Wat als ik </script><script>alert("vraag")</script> typ?',
        answer="`</script><!--` en <script>alert(2)</script> & meer",
    )
    response = client.get(page.get_absolute_url())
    content = response.content.decode()
    assert "<script>alert" not in content
    # Only the JSON-LD block itself, besides the site's own script files.
    assert content.count("<script") == content.count('<script src="/static/') + 1
    data = json_ld(response)
    assert data["name"] == "</script><script>alert(1)</script>"
    assert data["mainEntity"][0]["name"] == (
        'Wat als ik </script><script>alert("vraag")</script> typ?'
    )
    answer = data["mainEntity"][0]["acceptedAnswer"]["text"]
    assert "alert(2)" not in answer
    assert "&lt;/script&gt;&lt;!--" in answer


def test_page_without_entries(client):
    page = FaqPageFactory(intro="")
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    assert "Deze pagina heeft nog geen vragen." in response.content.decode()
    assert json_ld(response)["mainEntity"] == []


def test_dutch_page_for_english_visitor_is_marked_dutch(client, faq_page):
    client.cookies["django_language"] = "en"
    content = client.get(faq_page.get_absolute_url()).content.decode()
    assert '<h1 id="faq-title" lang="nl">' in content
    assert "Questions on this page" in content


@pytest.mark.parametrize(
    "path",
    [
        "/veelgestelde-vragen/bestaat-niet/",
        "/veelgestelde-vragen/THUISWERKEN/",
        "/veelgestelde-vragen/thuis%20werken/",
        "/veelgestelde-vragen/thuiswerken/extra/",
        "/veelgestelde-vragen/%3Cscript%3E/",
    ],
)
def test_unknown_pages_are_404(client, faq_page, path):
    assert client.get(path).status_code == 404


# Drafts and preview ---------------------------------------------------------------------------


@pytest.fixture
def draft():
    page = FaqPageFactory(title="Nieuwe regels voor thuiswerken", is_published=False)
    FaqEntryFactory(page=page, question="Wat verandert er?")
    return page


def test_draft_is_404_for_anonymous_visitors(client, draft):
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert "Nieuwe regels" not in response.content.decode()


@pytest.mark.parametrize(
    "person",
    [
        {"staff": False, "permissions": ()},
        {"staff": False, "permissions": ("view_faqpage",)},  # not staff: no admin, no preview
        {"staff": True, "permissions": ()},
        {"staff": True, "permissions": ("view_assignment",)},
    ],
    ids=["user", "user-with-permission", "staff-without-permission", "recruiter-like"],
)
def test_draft_is_404_for_users_who_may_not_preview(client, draft, person):
    client.force_login(user("iemand", **person))
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_staff_with_permission_previews_a_draft(client, draft):
    client.force_login(user("redacteur", staff=True, permissions=("view_faqpage",)))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    assert "Concept — niet gepubliceerd" in content
    assert '<meta name="robots" content="noindex, nofollow">' in content
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert "Wat verandert er?" in content
    assert f'href="/admin/faq/faqpage/{draft.pk}/change/"' in content


def test_superuser_previews_a_draft(client, draft):
    client.force_login(
        get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "geheim")
    )
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_drafts_stay_off_the_index_even_for_editors(client, draft):
    client.force_login(user("redacteur", staff=True, permissions=("view_faqpage",)))
    assert "Nieuwe regels" not in client.get("/veelgestelde-vragen/").content.decode()


def test_published_page_for_staff_has_no_banner(client, faq_page):
    client.force_login(user("redacteur", staff=True, permissions=("view_faqpage",)))
    content = client.get(faq_page.get_absolute_url()).content.decode()
    assert "Concept" not in content


# Models ---------------------------------------------------------------------------------------


def test_pages_and_entries_are_ordered_by_order_then_title_or_creation():
    b = FaqPageFactory(title="B", order=1)
    a = FaqPageFactory(title="A", order=1)
    first = FaqPageFactory(title="Z", order=0)
    assert list(FaqPage.objects.all()) == [first, a, b]
    later = FaqEntryFactory(page=first, order=5)
    earlier = FaqEntryFactory(page=first, order=5)
    top = FaqEntryFactory(page=first, order=0)
    assert list(first.entries.all()) == [top, later, earlier]


def test_str_is_what_editors_recognise():
    entry = FaqEntryFactory(question="Wat is een VOG?", page__title="Screening")
    assert str(entry.page) == "Screening"
    assert str(entry) == "Wat is een VOG?"


@pytest.mark.parametrize(
    ("model", "change"),
    [
        (FaqPage, {"order": -1}),
        (FaqPage, {"language": "de"}),
        (FaqEntry, {"order": -1}),
    ],
)
def test_database_refuses_bad_values(model, change):
    entry = FaqEntryFactory()
    pk = entry.page.pk if model is FaqPage else entry.pk
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=pk).update(**change)


def test_slugs_are_unique():
    FaqPageFactory(slug="thuiswerken")
    with pytest.raises(IntegrityError), transaction.atomic():
        FaqPageFactory(slug="thuiswerken")


def test_get_changes_nothing(client, faq_page):
    before = FaqPage.objects.values_list("updated_at", flat=True).get(pk=faq_page.pk)
    client.get(faq_page.get_absolute_url())
    client.get("/veelgestelde-vragen/")
    assert FaqPage.objects.values_list("updated_at", flat=True).get(pk=faq_page.pk) == before


def test_model_names_are_translated():
    with translation.override("nl"):
        assert str(FaqPage._meta.verbose_name) == "FAQ-pagina"


# Demo content ---------------------------------------------------------------------------------


def test_seed_demo_creates_faq_pages_once_and_keeps_editors_changes(client):
    from django.core.management import call_command

    call_command("seed_demo", verbosity=0)
    published = FaqPage.objects.published()
    assert published.count() >= 3
    assert FaqEntry.objects.filter(page__is_published=True).count() >= 12
    assert FaqPage.objects.filter(is_published=False).exists()  # a draft, for the preview
    for page in FaqPage.objects.all():
        page.full_clean()
        assert page.language == "nl"
        assert page.entries.exists()
        for entry in page.entries.all():
            entry.full_clean()
            assert entry.answer_html.strip()
    answers = " ".join(FaqEntry.objects.values_list("answer", flat=True))
    for topic in ("thuiswerkvergoeding", "buitenland", "VOG", "Teams", "internet", "zichtbaar"):
        assert topic in answers or FaqEntry.objects.filter(question__icontains=topic).exists()
    assert "(/opdrachten/?min_home_days=3)" in answers
    assert "|:--|" in answers  # a Markdown table

    for page in published:
        assert client.get(page.get_absolute_url()).status_code == 200
    assert client.get("/veelgestelde-vragen/").status_code == 200

    edited = published.first()
    FaqPage.objects.filter(pk=edited.pk).update(title="Door de redactie aangepast")
    FaqEntry.objects.filter(page=edited).first().delete()
    before = sorted(FaqEntry.objects.values_list("pk", "question", "order"))
    pages_before = sorted(FaqPage.objects.values_list("pk", "slug", "title", "order"))
    call_command("seed_demo", verbosity=0)
    assert sorted(FaqEntry.objects.values_list("pk", "question", "order")) == before
    assert sorted(FaqPage.objects.values_list("pk", "slug", "title", "order")) == pages_before
