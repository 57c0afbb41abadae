import re
from pathlib import Path

import pytest
from django.utils import translation

from assignments.models import Assignment
from organisations.models import Organisation
from organisations.weekdays import Weekday

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("terms", "dutch", "english"),
    [
        (
            {
                "home_days_min": 2,
                "home_days_max": 3,
                "onboarding_weeks": 6,
                "crisis_presence": "on_site",
                "abroad": "not_allowed",
            },
            "2–3 dagen thuis · 6 weken inwerken · bij crisis op kantoor",
            "2–3 home days · 6 weeks onboarding · on site in a crisis",
        ),
        (
            {
                "home_days_min": 1,
                "home_days_max": 1,
                "onboarding_weeks": 1,
                "crisis_presence": "on_call",
                "abroad": "incidental",
            },
            "1 dag thuis · 1 week inwerken · bij crisis bereikbaar · enkele dagen buitenland",
            "1 home day · 1 week onboarding · on call in a crisis · a few days abroad",
        ),
        (
            {
                "home_days_min": 0,
                "home_days_max": 0,
                "onboarding_weeks": 0,
                "crisis_presence": "none",
                "abroad": "allowed",
            },
            "alleen op kantoor · buitenland toegestaan",
            "office only · abroad allowed",
        ),
        ({}, "", ""),
    ],
)
def test_hybrid_summary_in_both_languages(terms, dutch, english):
    assignment = Assignment(**terms)
    with translation.override("nl"):
        assert assignment.hybrid_summary() == dutch
    with translation.override("en"):
        assert assignment.hybrid_summary() == english


def test_missing_terms_lists_what_publishing_needs():
    organisation = Organisation(home_days_min=2, home_days_max=3, crisis_presence="none")
    assert organisation.missing_terms == [
        "onboarding_weeks",
        "onboarding_home_days",
        "abroad",
        "office_only_documents",
        "screening_requirement",
    ]
    organisation.office_only_documents = False  # False is an answer, not a gap
    assert "office_only_documents" not in organisation.missing_terms


def test_weekday_mask_round_trip():
    days = [Weekday.MON, Weekday.THU, Weekday.FRI]
    mask = Weekday.to_mask(days)
    assert mask == 25
    assert Weekday.from_mask(mask) == days
    assert Weekday.from_mask(0) == []


def test_dutch_translation_is_complete():
    """Every message in the Dutch catalogue is translated and none is marked fuzzy."""
    po = (ROOT / "locale/nl/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    entries = po.split("\n\n")[1:]
    assert len(entries) > 100
    for entry in entries:
        assert "#, fuzzy" not in entry, entry
        strings = re.findall(r'^msgstr(?:\[\d\])? "(.*)"\n?((?:".*"\n?)*)', entry, re.MULTILINE)
        assert strings, entry
        for first, rest in strings:
            assert first or rest.strip('"\n'), f"untranslated:\n{entry}"
