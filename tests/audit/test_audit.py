"""The fast part of the audit in `make test`: vnu, html-validate and pa11y find no error on
any public page, served as production serves it (tests/audit/audit.py; `make audit` adds
Lighthouse and writes docs/audit.md)."""

import pytest

from tests.audit import audit

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    missing = audit.missing_tools()
    if missing:
        pytest.fail(f"Missing: {', '.join(missing)}: run `make test` (it installs them).")
    workdir = tmp_path_factory.mktemp("audit")
    site = audit.Site(workdir)
    try:
        site.start()
        pages = site.pages()
        yield audit.fast_checks(site, pages, workdir)
    finally:
        site.stop()


@pytest.mark.parametrize("judge", ["vnu", "html_validate", "pa11y"])
def test_no_judge_finds_an_error_on_any_public_page(judged, judge):
    errors = {name: getattr(result, judge) for name, result in judged.items()}
    assert all(errors.values()) is False or not any(errors.values()), errors
    assert not any(errors.values()), {name: found for name, found in errors.items() if found}


def test_every_public_page_kind_is_judged(judged):
    assert {
        "home",
        "list",
        "filtered list",
        "assignment",
        "organisation",
        "faq",
        "insights",
    } <= set(judged)
    assert len(judged) >= 15


def test_the_thresholds_are_the_issues():
    good = {
        "performance": 95,
        "accessibility": 100,
        "best-practices": 100,
        "seo": 100,
        "cls": 0.049,
    }
    assert audit.lighthouse_ok(good)
    for name, worse in [
        ("performance", 94),
        ("accessibility", 99),
        ("best-practices", 99),
        ("seo", 99),
        ("cls", 0.05),
    ]:
        assert not audit.lighthouse_ok({**good, name: worse}), name
