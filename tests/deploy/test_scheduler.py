"""deploy/crontab and the loop that runs it on a machine without cron (deploy/scheduler.py)."""

from datetime import datetime

import pytest
from django.core.management import get_commands

from deploy.scheduler import ZONE, Entry, parse_field, read_crontab


@pytest.mark.parametrize(
    ("text", "low", "high", "values"),
    [
        ("*", 0, 5, {0, 1, 2, 3, 4, 5}),
        ("5", 0, 59, {5}),
        ("1-3", 0, 59, {1, 2, 3}),
        ("*/15", 0, 59, {0, 15, 30, 45}),
        ("0-30/10", 0, 59, {0, 10, 20, 30}),
        ("1,3,5-6", 0, 7, {1, 3, 5, 6}),
    ],
)
def test_fields(text, low, high, values):
    assert parse_field(text, low, high) == values


@pytest.mark.parametrize("text", ["60", "5-1", "*/0", "x", "1-"])
def test_bad_fields_are_refused(text):
    with pytest.raises(ValueError):
        parse_field(text, 0, 59)


def test_a_line_needs_five_fields_and_a_command():
    with pytest.raises(ValueError, match="five time fields"):
        Entry.parse("5 * * * ")


def at(*args):
    return datetime(*args, tzinfo=ZONE)


def test_when_a_line_is_due():
    hourly = Entry.parse("15 * * * *   send_alerts --limit 100")
    assert hourly.command == ("send_alerts", "--limit", "100")
    assert hourly.due(at(2026, 11, 30, 7, 15))
    assert not hourly.due(at(2026, 11, 30, 7, 16))
    nightly = Entry.parse("30 3 * * * purge_responses")
    assert nightly.due(at(2026, 11, 30, 3, 30))
    assert not nightly.due(at(2026, 11, 30, 4, 30))
    # Both day fields restricted: either matches (cron's rule). 2026-11-29 is a Sunday.
    either = Entry.parse("0 6 1 * 0 close_expired")
    assert either.due(at(2026, 11, 29, 6, 0))
    assert either.due(at(2026, 12, 1, 6, 0))
    assert not either.due(at(2026, 12, 2, 6, 0))
    sunday_as_seven = Entry.parse("0 6 * * 7 close_expired")
    assert sunday_as_seven.due(at(2026, 11, 29, 6, 0))
    assert not sunday_as_seven.due(at(2026, 11, 30, 6, 0))


def test_the_crontab_names_the_project_commands_hourly_and_nightly():
    entries = {entry.command[0]: entry for entry in read_crontab()}
    assert set(entries) == {
        "close_expired",
        "send_alerts",
        "purge_responses",
        "prune_db_task_results",
    }
    assert set(entries) <= set(get_commands())
    hours = [at(2026, 11, 30, hour, minute) for hour in range(24) for minute in range(60)]
    runs = {name: sum(entry.due(moment) for moment in hours) for name, entry in entries.items()}
    assert runs == {
        "close_expired": 24,
        "send_alerts": 24,
        "purge_responses": 1,
        "prune_db_task_results": 1,
    }
