"""An assignment that was public and is no longer: still a 404 (the contract), but the page
says it has closed and offers open assignments in the same role. Assignments that were never
published stay a plain 404 that reveals nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from assignments.models import Status, local_today
from tests.factories import AssignmentFactory, assignment_in_status

pytestmark = pytest.mark.django_db

TITLE = "Woordvoerder Geheime Nota"


@pytest.fixture
def open_press():
    return AssignmentFactory(role="press", title="Woordvoerder waterschap")


@pytest.mark.parametrize(
    "make",
    [
        lambda: assignment_in_status(Status.CLOSED, role="press", title=TITLE),
        lambda: assignment_in_status(
            Status.WITHDRAWN, role="press", title=TITLE, published_at=timezone.now()
        ),
        lambda: AssignmentFactory(
            role="press", title=TITLE, closing_date=local_today() - timedelta(days=1)
        ),
    ],
    ids=["closed", "withdrawn-after-publication", "past-closing-date"],
)
def test_a_no_longer_public_assignment_is_a_404_that_says_so(
    client, open_press, make, django_assert_num_queries
):
    gone = make()
    # The page cache's data version, the public lookup, the former one, the open ones like it.
    with django_assert_num_queries(4):
        response = client.get(gone.get_absolute_url())
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze opdracht is niet meer open" in html
    assert TITLE in html
    assert 'href="/opdrachten/?role=press"' in html
    assert "Woordvoerder waterschap" in html
    assert 'rel="canonical"' not in html


@pytest.mark.parametrize(
    "status", [Status.NEW, Status.SCREENING, Status.AWAITING_CLIENT, Status.WITHDRAWN]
)
def test_an_assignment_never_published_stays_a_plain_404(
    client, open_press, status, django_assert_num_queries
):
    draft = assignment_in_status(status, role="press", title=TITLE)
    # The page cache's data version, the public lookup, the former one.
    with django_assert_num_queries(3):
        response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    html = response.content.decode()
    assert TITLE not in html and "niet meer open" not in html
    assert "Pagina niet gevonden" in html


def test_an_unknown_slug_is_a_plain_404(client):
    response = client.get("/opdrachten/bestaat-niet/")
    assert response.status_code == 404
    assert "niet meer open" not in response.content.decode()
