"""Cards: "posted today / yesterday / N days ago", and each card rendered once per version of
the public data, day and language."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from assignments import cards
from assignments.templatetags.cards import posted
from tests.factories import AssignmentFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
URL = reverse("assignments:list")


@pytest.mark.parametrize(
    ("published", "words"),
    [
        (datetime(2026, 3, 10, 0, 5, tzinfo=AMSTERDAM), "Vandaag geplaatst"),
        (datetime(2026, 3, 9, 23, 55, tzinfo=AMSTERDAM), "Gisteren geplaatst"),
        (datetime(2026, 3, 8, 12, 0, tzinfo=AMSTERDAM), "2 dagen geleden geplaatst"),
        (datetime(2026, 2, 8, 12, 0, tzinfo=AMSTERDAM), "30 dagen geleden geplaatst"),
        (datetime(2026, 2, 7, 12, 0, tzinfo=AMSTERDAM), "Geplaatst op 7 februari 2026"),
    ],
)
def test_posted_in_words_by_amsterdams_days(published, words):
    # 09:00 in Amsterdam; in UTC it is still the same day, but 23:55 the day before is
    # yesterday in Amsterdam whatever the server's clock says.
    with time_machine.travel(datetime(2026, 3, 10, 9, 0, tzinfo=AMSTERDAM), tick=False):
        with translation.override("nl"):
            assert posted(published) == words
        with translation.override("en"):
            assert posted(published).startswith("Posted")


def test_posted_in_english():
    now = datetime(2026, 3, 10, 9, 0, tzinfo=AMSTERDAM)
    with time_machine.travel(now, tick=False), translation.override("en"):
        assert posted(datetime(2026, 3, 7, 9, 0, tzinfo=AMSTERDAM)) == "Posted 3 days ago"
        assert posted(datetime(2026, 3, 9, 9, 0, tzinfo=AMSTERDAM)) == "Posted yesterday"


def test_a_card_is_rendered_once_per_version_of_the_data(client, monkeypatch):
    assignment = AssignmentFactory(title="Woordvoerder wethouder", role="press")
    rendered = []
    original = cards.render_card
    monkeypatch.setattr(
        cards, "render_card", lambda a, language: rendered.append(a.pk) or original(a, language)
    )
    # Two lists the page cache cannot answer from each other, showing the same card.
    for query in ({"role": "press"}, {"min_home_days": "1"}, {"role": "press", "sort": "start"}):
        assert "Woordvoerder wethouder" in client.get(URL, query).content.decode()
    assert rendered == [assignment.pk]
    # An edit makes a new version: the card is rendered again, with the edit.
    assignment.title = "Woordvoerder burgemeester"
    assignment.save()
    assert "Woordvoerder burgemeester" in client.get(URL, {"role": "press"}).content.decode()
    assert rendered == [assignment.pk, assignment.pk]


def test_the_next_day_a_card_says_so(client):
    now = datetime(2026, 3, 10, 9, 0, tzinfo=AMSTERDAM)
    with time_machine.travel(now, tick=False):
        AssignmentFactory(title="Strateeg", published_at=now - timedelta(hours=1))
        assert "Vandaag geplaatst" in client.get(URL, {"role": "strategy"}).content.decode()
    with time_machine.travel(now + timedelta(days=1), tick=False):
        html = client.get(URL, {"role": "strategy", "sort": "start"}).content.decode()
        assert "Gisteren geplaatst" in html


def test_a_logged_in_visitor_gets_fresh_cards(admin_client, monkeypatch):
    AssignmentFactory(title="Strateeg")
    rendered = []
    original = cards.render_card
    monkeypatch.setattr(
        cards, "render_card", lambda a, language: rendered.append(a.pk) or original(a, language)
    )
    admin_client.get(URL)
    admin_client.get(URL, {"sort": "start"})
    assert len(rendered) == 2
