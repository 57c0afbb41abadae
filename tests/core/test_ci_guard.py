"""The CI rule itself: under CI=true a skipped test fails the run."""

import pytest

from tests import conftest


def report_through_the_guard(monkeypatch, ci, outcome):
    """Runs conftest's report hook on a report with `outcome`, as pytest would."""
    monkeypatch.setenv("CI", ci)
    report = pytest.TestReport(
        nodeid="tests/test_x.py::test_needs_a_server",
        location=("tests/test_x.py", 1, "test_needs_a_server"),
        keywords={},
        outcome=outcome,
        longrepr=("tests/test_x.py", 2, "Skipped: no server") if outcome == "skipped" else None,
        when="call",
    )
    hook = conftest.pytest_runtest_makereport(item=None, call=None)
    next(hook)
    with pytest.raises(StopIteration) as finished:
        hook.send(report)
    return finished.value.value


@pytest.mark.parametrize("ci", ["true", "1", "yes"])
def test_a_skip_is_a_failure_under_ci(monkeypatch, ci):
    report = report_through_the_guard(monkeypatch, ci, "skipped")
    assert report.outcome == "failed"
    assert "Skipped under CI=true" in str(report.longrepr)
    assert "no server" in str(report.longrepr)


@pytest.mark.parametrize("ci", ["", "false"])
def test_a_skip_stays_a_skip_outside_ci(monkeypatch, ci):
    assert report_through_the_guard(monkeypatch, ci, "skipped").outcome == "skipped"


def test_a_pass_stays_a_pass_under_ci(monkeypatch):
    assert report_through_the_guard(monkeypatch, "true", "passed").outcome == "passed"
