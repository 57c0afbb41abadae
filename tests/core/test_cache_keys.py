"""The page cache's keys: the host is checked first, the key holds only the page's own
parameters (normalised), and a worker's memory for pages is bounded in bytes."""

import pytest
from django.core.cache import caches
from django.urls import reverse

from core.memory_cache import BoundedMemoryCache
from tests.factories import AssignmentFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

LIST = reverse("assignments:list")


@pytest.fixture
def board():
    for number in range(45):
        AssignmentFactory(title=f"Adviseur {number}", role="press" if number % 2 else "strategy")


def entries():
    return set(caches["default"]._cache)


# Finding 3: the host is validated before the cache is consulted.


@pytest.mark.parametrize("path", ["/", LIST, "/organisaties/", "/opdrachten/feed/"])
def test_a_cached_page_is_no_answer_to_a_host_we_do_not_serve(client, board, path):
    assert client.get(path).status_code == 200
    assert client.get(path).status_code == 200  # now certainly in the cache
    response = client.get(path, headers={"host": "evil.example"})
    assert response.status_code == 400
    assert b"Adviseur" not in response.content


# Finding 6: cache keys from the canonical query.


def test_unknown_parameters_make_no_entries_and_are_answered_from_the_cache(
    client, board, django_assert_num_queries
):
    client.get(f"{LIST}?role=press")
    stored = entries()
    for number in range(30):
        # One query: the public data version. The page itself comes from the cache.
        with django_assert_num_queries(1):
            response = client.get(f"{LIST}?role=press&utm_source=mail{number}&fbclid=x{number}")
        assert response.status_code == 200
    assert entries() == stored


def test_every_spelling_of_a_page_is_one_entry(client, board, django_assert_num_queries):
    first = client.get(f"{LIST}?role=press&province=utrecht").content
    spellings = [
        "province=utrecht&role=press",
        "role=press&province=utrecht&role=press",
        "role=press&province=utrecht&org_kind=",
        "role=+press+&province=utrecht&q=",
        "role=press&province=utrecht&page=&utm_campaign=zomer",
    ]
    stored = entries()
    for spelling in spellings:
        with django_assert_num_queries(1):
            assert client.get(f"{LIST}?{spelling}").content == first, spelling
    assert entries() == stored


def test_the_view_sees_only_its_own_parameters(client, board):
    """A page stored for one spelling is right for all: nothing the visitor added reaches the
    links of the page (pagination, the language switch, the feed)."""
    content = client.get(f"{LIST}?role=strategy&utm_source=nieuwsbrief&x=%3Cb%3E").content.decode()
    assert "utm_source" not in content
    assert "nieuwsbrief" not in content
    assert "?page=2&amp;role=strategy" in content or "?role=strategy&amp;page=2" in content


def test_an_invalid_value_of_an_own_parameter_is_its_own_page(client, board):
    plain = client.get(LIST).content.decode()
    invalid = client.get(f"{LIST}?min_home_days=veel").content.decode()
    assert invalid != plain
    assert "Kies een aantal thuiswerkdagen uit de lijst." in invalid


def test_pages_without_parameters_ignore_every_query(client, django_assert_num_queries):
    organisation = OrganisationFactory()
    url = organisation.get_absolute_url()
    client.get(url)
    for number in range(5):
        with django_assert_num_queries(1):
            assert client.get(f"{url}?ref={number}").status_code == 200


def test_memory_for_pages_is_bounded_in_bytes():
    budget = 200_000
    store = BoundedMemoryCache("bounded-test", {"OPTIONS": {"MAX_BYTES": budget}})
    store.clear()
    page = "x" * 15_000
    for number in range(200):
        store.set(f"page-{number}", page)
        assert store.total_bytes <= budget
    assert store.total_bytes == sum(len(value) for value in store._cache.values())
    # The newest pages stay; the least recently used went first.
    assert store.get("page-199") == page
    assert store.get("page-0") is None
    # One value larger than a tenth of the budget is not kept at all.
    store.set("huge", "y" * (budget // 5))
    assert store.get("huge") is None
    store.delete("page-199")
    assert store.total_bytes == sum(len(value) for value in store._cache.values())
    store.clear()
    assert store.total_bytes == 0


def test_the_default_cache_is_bounded(client, board):
    store = caches["default"]
    assert isinstance(store, BoundedMemoryCache)
    assert store.max_bytes == 64 * 1024 * 1024
    client.get(LIST)
    assert 0 < store.total_bytes == sum(len(value) for value in store._cache.values())
