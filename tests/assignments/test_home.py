import pytest
from django.urls import reverse

from assignments.models import Status
from tests.factories import AssignmentFactory, FaqPageFactory

pytestmark = pytest.mark.django_db


def test_home_shows_newest_public_assignments_only(client):
    AssignmentFactory(title="Gesloten opdracht", status=Status.CLOSED)
    AssignmentFactory(title="Nieuwe opdracht", unscreened=True)
    AssignmentFactory(title="Open opdracht <b>vet</b>")
    response = client.get(reverse("home"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Open opdracht &lt;b&gt;vet&lt;/b&gt;" in content
    assert "Gesloten opdracht" not in content
    assert "Nieuwe opdracht" not in content
    assert "1 openstaande opdracht<" in content.replace("\n", "").replace("  ", "")


@pytest.mark.parametrize("count", [0, 3, 30])
def test_home_queries_do_not_grow(client, django_assert_num_queries, count):
    AssignmentFactory.create_batch(count)
    # The public data version (the page cache's key), the count of open assignments, the
    # newest six with their organisations, the FAQ pages.
    with django_assert_num_queries(4):
        assert client.get(reverse("home")).status_code == 200


def test_home_in_english_when_chosen(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get(reverse("home"))
    assert '<html lang="en">' in response.content.decode()
    assert "Newest assignments" in response.content.decode()


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_home_links_to_published_faq_pages(client):
    FaqPageFactory(title="Thuiswerken en vergoedingen", slug="vergoedingen", is_published=True)
    FaqPageFactory(title="Concept over waterschappen", slug="waterschappen", is_published=False)
    content = client.get(reverse("home")).content.decode()
    assert '<a href="/veelgestelde-vragen/vergoedingen/">Thuiswerken en vergoedingen</a>' in content
    assert "Concept over waterschappen" not in content
    assert '<a href="/veelgestelde-vragen/">' in content
