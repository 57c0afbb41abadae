"""A card filled into its skeleton from parts reused by value (assignments.cards) is the same
HTML, byte for byte, as the card template rendered afresh by the template engine."""

from datetime import timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.autoreload import file_changed

from assignments import cards
from assignments.models import Assignment
from core.dates import local_today
from organisations.models import Abroad, CrisisPresence
from tests.factories import AssignmentFactory, ClientConfirmationFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def afresh(assignment, language):
    # No part of another card to reuse: every cardpart renders its body.
    cards.forget()
    return render_to_string(cards.TEMPLATE, {"assignment": assignment, "LANGUAGE_CODE": language})


def assert_same_cards(assignments):
    assert assignments
    for language in ("nl", "en"):
        with translation.override(language):
            expected = {a.pk: afresh(a, language) for a in assignments}
            cards.forget()
            # Twice over: the second round reuses every part and the skeleton.
            for _ in range(2):
                for assignment in assignments:
                    assert cards.render_card(assignment, language) == expected[assignment.pk]


def reloaded(pks):
    return list(
        Assignment.objects.filter(pk__in=pks)
        .select_related("organisation")
        .for_cards()
        .order_by("pk")
    )


@pytest.mark.slow
def test_every_demo_card_is_the_template_byte_for_byte():
    call_command("seed_demo", verbosity=0)
    assignments = list(Assignment.objects.select_related("organisation").for_cards())
    assert len(assignments) > 100
    assert_same_cards(assignments)


def test_edge_cases_are_the_template_byte_for_byte():
    today = local_today()
    organisation = OrganisationFactory(
        name='Waterschap "De Dommel" & <Aa>', city="'s-Hertogenbosch"
    )
    made = [
        AssignmentFactory(
            organisation=organisation,
            city=organisation.city,
            title='Adviseur <b>crisis</b> & "pers"',
            confirmed=False,
        ),
        AssignmentFactory(
            max_rate=None,
            closing_date=None,
            end_date=None,
            onboarding_weeks=0,
            onboarding_home_days=0,
        ),
        AssignmentFactory(max_rate=Decimal("97.50"), hours_min=8, hours_max=8),
        AssignmentFactory(confirmed=today - timedelta(days=200)),
        AssignmentFactory(
            home_days_min=0, home_days_max=0, onboarding_home_days=0, office_days=0b10101
        ),
        AssignmentFactory(home_days_min=4, home_days_max=4, office_days=0b1),
        AssignmentFactory(screening=True),
        AssignmentFactory(unscreened=True),
        AssignmentFactory(published_at=None, status="new", confirmed=False, role="press"),
    ]
    made += [
        AssignmentFactory(crisis_presence=crisis, abroad=abroad, role=role)
        for crisis, abroad, role in zip(
            CrisisPresence, list(Abroad) * 2, ["press", "crisis", "online"], strict=False
        )
    ]
    made += [
        AssignmentFactory(crisis_presence=crisis, abroad=abroad)
        for crisis in CrisisPresence
        for abroad in Abroad
    ]
    # A confirmation recorded before the terms last changed: the card claims none.
    changed = AssignmentFactory()
    Assignment.objects.filter(pk=changed.pk).update(
        terms_changed_at=changed.confirmation.recorded_at + timedelta(minutes=1)
    )
    stale = AssignmentFactory(confirmed=False)
    confirmation = ClientConfirmationFactory(
        assignment=stale, confirmed_on=today - timedelta(days=91), channel="meeting"
    )
    Assignment.objects.filter(pk=stale.pk).update(confirmation=confirmation)
    assignments = reloaded([a.pk for a in [*made, changed, stale]])
    html = "".join(cards.render_card(a, "nl") for a in assignments)
    # The cases are really there, and escaped.
    assert "confirmation--none" in html
    assert "confirmation--stale" in html
    assert "&lt;b&gt;crisis&lt;/b&gt; &amp; &quot;pers&quot;" in html
    assert "&#x27;s-Hertogenbosch" in html
    assert "Waterschap &quot;De Dommel&quot; &amp; &lt;Aa&gt;" in html
    assert_same_cards(assignments)


def test_a_part_is_reused_only_for_the_same_values():
    first, second = reloaded(
        [AssignmentFactory(hours_min=16, hours_max=24).pk, AssignmentFactory().pk]
    )
    with translation.override("nl"):
        cards.forget()
        assert "16–24 uur per week" in cards.render_card(first, "nl")
        assert "24–32 uur per week" in cards.render_card(second, "nl")
    with translation.override("en"):
        assert "24–32 hours a week" in cards.render_card(second, "en")


def test_an_edited_template_shows_at_once_under_runserver(tmp_path):
    assignment = reloaded([AssignmentFactory().pk])[0]
    with translation.override("nl"):
        cards.render_card(assignment, "nl")
    assert cards._skeletons and cards._parts
    file_changed.send(sender=None, file_path=tmp_path / "card.html")
    assert not cards._skeletons and not cards._parts


@pytest.mark.parametrize(
    "decision",
    [
        "{% if not assignment.max_rate %}geen tarief{% endif %}",
        '{% if assignment.role == "press" %}pers{% endif %}',
        "{% if assignment.hours_max > 30 %}voltijds{% endif %}",
        "{{ assignment.title|upper }}",
        "{% if assignment.max_rate %}tarief{% endif %}",
        "{{ assignment.max_rate|default:'-' }}",
    ],
)
def test_a_template_that_decides_per_card_outside_a_part_is_rendered_whole(
    monkeypatch, caplog, decision
):
    """The skeleton would decide such a choice once for every card: the skeleton notices it
    before any card is rendered (whatever the cards hold), logs an error, and the cards are
    rendered whole (and right)."""
    source = "{% load cards %}<li>" + decision + " {{ assignment.city }}</li>"
    monkeypatch.setattr(
        cards, "get_template", lambda name: SimpleNamespace(template=Template(source))
    )
    cards.forget()
    assert cards.skeleton("nl")[1] is None
    assert "outside a cardpart" in caplog.text
    cards.forget()
    assignments = reloaded(
        [
            AssignmentFactory(max_rate=Decimal("95.00"), role="strategy", city="Utrecht").pk,
            AssignmentFactory(max_rate=None, role="press", city="Zwolle").pk,
            AssignmentFactory(max_rate=None, role="press", city="Assen").pk,
        ]
    )
    with translation.override("nl"):
        rendered = [cards.render_card(assignment, "nl") for assignment in assignments]
        assert rendered == [
            Template(source).render(Context({"assignment": assignment}))
            for assignment in assignments
        ]
    cards.forget()


def test_a_filter_that_keeps_the_marker_is_caught_by_comparing_the_first_cards(monkeypatch, caplog):
    """`|lower` leaves the skeleton's marker as it was, so only the comparison of the first
    cards with the template rendered whole shows it."""
    source = "{% load cards %}<li>{{ assignment.city|lower }}</li>"
    monkeypatch.setattr(
        cards, "get_template", lambda name: SimpleNamespace(template=Template(source))
    )
    cards.forget()
    assert cards.skeleton("nl")[1] is not None
    (assignment,) = reloaded([AssignmentFactory(city="Utrecht").pk])
    with translation.override("nl"):
        assert cards.render_card(assignment, "nl") == "<li>utrecht</li>"
    assert "outside a cardpart" in caplog.text
    assert cards.skeleton("nl")[1] is None
    cards.forget()


def test_two_parts_of_one_name_are_refused(monkeypatch):
    source = (
        '{% load cards %}{% cardpart "a" assignment.role %}x{% endcardpart %}'
        '{% cardpart "a" assignment.city %}y{% endcardpart %}'
    )
    monkeypatch.setattr(
        cards, "get_template", lambda name: SimpleNamespace(template=Template(source))
    )
    cards.forget()
    with pytest.raises(ValueError, match="Two card parts are called 'a'"):
        cards.skeleton("nl")
    cards.forget()
