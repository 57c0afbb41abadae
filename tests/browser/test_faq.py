"""The FAQ in a real browser (Chromium through Playwright): accessible (axe finds nothing) on a
desktop and a 360 px phone, no CSP complaints about the JSON-LD, working question anchors."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from demo.faq import seed_faq_pages
from faq.models import FaqPage
from tests.browser.helpers import (
    DESKTOP,
    PHONE,
    assert_accessible,
    assert_no_sideways_scroll,
    collect_problems,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The demo pages have what an editor writes: lists, tables, links, several questions.
TABLE_PAGE = "/veelgestelde-vragen/vergoedingen-en-werken-in-het-buitenland/"
PAGES = [
    ("faq-index", "/veelgestelde-vragen/"),
    ("faq-page", "/veelgestelde-vragen/thuiswerken-en-hybride-afspraken/"),
    ("faq-page-table", TABLE_PAGE),
    ("faq-page-wide-table", "/veelgestelde-vragen/verschillen-tussen-overheidsorganisaties/"),
]


@pytest.fixture
def demo_faq():
    seed_faq_pages()


@pytest.mark.parametrize(("name", "path"), PAGES)
@pytest.mark.parametrize(("form_factor", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_faq_page_is_accessible(
    page, live_server, demo_faq, screenshot, name, path, form_factor, viewport
):
    problems = collect_problems(page)
    page.set_viewport_size(viewport)
    response = page.goto(live_server.url + path)
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    assert_accessible(page)
    assert_no_sideways_scroll(page)
    screenshot(page, f"{name}-{form_factor}")
    assert problems == []


def test_english_visitor_reads_the_dutch_faq(page, live_server, demo_faq, screenshot):
    """Until English pages exist, English visitors get the Dutch ones, marked as Dutch."""
    problems = collect_problems(page)
    page.goto(live_server.url + "/veelgestelde-vragen/")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Frequently asked questions")
    expect(page.locator('.faq-pages > li[lang="nl"]')).to_have_count(4)
    assert_accessible(page)
    page.get_by_role("link", name="Inwerken, tools en screening").click()
    expect(page.get_by_role("heading", level=1)).to_have_attribute("lang", "nl")
    expect(page.get_by_role("heading", level=2, name="Questions on this page")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "faq-page-english-visitor")
    assert problems == []


def test_toc_links_jump_to_their_question(page, live_server, demo_faq):
    problems = collect_problems(page)
    page.set_viewport_size(PHONE)
    faq_page = FaqPage.objects.get(slug="thuiswerken-en-hybride-afspraken")
    entries = list(faq_page.entries.all())
    page.goto(live_server.url + faq_page.get_absolute_url())
    toc = page.get_by_role("navigation", name="Vragen op deze pagina")
    expect(toc.get_by_role("link")).to_have_count(len(entries))

    last = entries[-1]
    toc.get_by_role("link", name=last.question).click()
    assert page.url.endswith(f"#vraag-{last.pk}")
    heading = page.get_by_role("heading", level=2, name=last.question)
    expect(heading).to_be_in_viewport()
    page.get_by_role("link", name="Terug naar de vragen").last.click()
    expect(toc).to_be_in_viewport()

    # A deep link straight to a question opens the page at that question.
    second = entries[1]
    page.goto(f"{live_server.url}{second.get_absolute_url()}")
    expect(page.get_by_role("heading", level=2, name=second.question)).to_be_in_viewport()
    assert problems == []


def test_structured_data_in_the_browser(page, live_server, demo_faq):
    """The JSON-LD block is a data block: it is not executed, so the strict CSP (no nonce,
    no unsafe-inline) does not complain, and its JSON parses."""
    problems = collect_problems(page)
    page.goto(live_server.url + TABLE_PAGE)
    block = page.locator('script[type="application/ld+json"]')
    expect(block).to_have_count(1)
    data = json.loads(block.text_content())
    faq_page = FaqPage.objects.get(slug="vergoedingen-en-werken-in-het-buitenland")
    assert [item["name"] for item in data["mainEntity"]] == [
        entry.question for entry in faq_page.entries.all()
    ]
    assert problems == []


def test_index_links_to_each_page_and_back(page, live_server, demo_faq):
    page.goto(live_server.url + "/veelgestelde-vragen/")
    cards = page.locator(".faq-pages > li")
    expect(cards).to_have_count(FaqPage.objects.published().count())
    expect(page.get_by_text("Opdrachten bij waterschappen")).to_have_count(0)  # the draft
    page.get_by_role("link", name="Inwerken, tools en screening").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inwerken, tools en screening")
    breadcrumbs = page.get_by_role("navigation", name="Kruimelpad")
    breadcrumbs.get_by_role("link", name="Veelgestelde vragen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Veelgestelde vragen")


def test_editor_previews_a_draft_after_logging_in(page, live_server, demo_faq, screenshot):
    editor = get_user_model().objects.create_user("redacteur", password="geheim", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(content_type__app_label="faq"))
    draft = FaqPage.objects.get(is_published=False)

    page.goto(live_server.url + draft.get_absolute_url())
    expect(page.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")

    page.goto(f"{live_server.url}/admin/login/?next={draft.get_absolute_url()}")
    page.locator("#id_username").fill("redacteur")
    page.locator("#id_password").fill("geheim")
    page.locator("#id_password").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(draft.title)
    expect(page.get_by_role("status")).to_contain_text("Concept — niet gepubliceerd")
    assert_accessible(page)
    screenshot(page, "faq-draft-preview")


def test_editor_writes_previews_and_publishes_a_page_in_the_admin(
    page, live_server, browser, screenshot
):
    """The whole job of an editor, in the admin's own scripts under the strict CSP."""
    editor = get_user_model().objects.create_user("redacteur", password="geheim", is_staff=True)
    editor.user_permissions.set(Permission.objects.filter(content_type__app_label="faq"))
    problems = collect_problems(page)
    page.goto(live_server.url + "/admin/login/?next=/admin/faq/faqpage/add/")
    page.get_by_label("Gebruikersnaam").fill("redacteur")
    page.get_by_label("Wachtwoord").fill("geheim")
    page.get_by_role("button", name="Aanmelden").click()

    page.locator("#id_title").press_sequentially("Werken in de zomer")
    expect(page.locator("#id_slug")).to_have_value("werken-in-de-zomer")
    # Into the next field by a click, as an editor does: on a loaded CI machine a fill right
    # after the typing once landed its text in the title, which still had the focus.
    page.locator("#id_intro").click()
    page.locator("#id_intro").fill("Wat verandert er *in de zomer*?")
    expect(page.locator("#id_title")).to_have_value("Werken in de zomer")
    page.locator("#id_entries-0-order").fill("20")
    page.locator("#id_entries-0-question").fill("Mag ik vaker thuiswerken?")
    page.locator("#id_entries-0-answer").fill("Soms, [zie de lijst](/opdrachten/?min_home_days=3).")
    page.locator(".add-row a").click()  # the inline's "add another", a script of the admin
    page.locator("#id_entries-1-order").fill("10")
    page.locator("#id_entries-1-question").fill("Is het kantoor open?")
    page.locator("#id_entries-1-answer").fill("Ja, met minder bezetting.")
    screenshot(page, "admin-faq-add")
    page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    expect(page.locator(".messagelist")).to_contain_text("Werken in de zomer")

    # A draft: the public gets a 404, the editor a preview through "view on site".
    faq_page = FaqPage.objects.get(slug="werken-in-de-zomer")
    assert not faq_page.is_published
    page.goto(live_server.url + page.locator("a.viewsitelink").get_attribute("href"))
    expect(page.get_by_role("status")).to_contain_text("Concept — niet gepubliceerd")
    questions = page.get_by_role("navigation", name="Vragen op deze pagina").get_by_role("link")
    expect(questions).to_have_text(["Is het kantoor open?", "Mag ik vaker thuiswerken?"])
    anonymous = browser.new_page()
    assert (
        anonymous.goto(live_server.url + "/veelgestelde-vragen/werken-in-de-zomer/").status == 404
    )

    page.go_back()
    page.locator("#id_is_published").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Werken in de zomer")
    response = anonymous.goto(live_server.url + "/veelgestelde-vragen/werken-in-de-zomer/")
    assert response.status == 200
    expect(anonymous.get_by_role("status")).to_have_count(0)
    link = anonymous.get_by_role("link", name="zie de lijst")
    expect(link).to_have_attribute("href", "/opdrachten/?min_home_days=3")
    anonymous.close()
    assert problems == []
