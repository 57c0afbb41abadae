"""The cards of the list, rendered once per assignment, version of the public data, day and
language, and kept in the process.

A card shows only its assignment's and organisation's fields (and "posted N days ago"), so
the public data version and the date say exactly when a rendered card is still right, as for
whole pages (core.cache). A list page that the page cache cannot answer (another combination
of filters) mostly shows cards shown before: the newest assignments come first in most
orders. Kept in a bounded dictionary of this process, not in the page cache, so that cards
never push whole pages out of it."""

from collections import OrderedDict
from threading import Lock

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.dates import local_today

TEMPLATE = "assignments/includes/card.html"
# About 2 kB each: a few MB per process.
KEEP = 3000

_cards = OrderedDict()
_lock = Lock()


def render_card(assignment, language):
    return mark_safe(  # noqa: S308 -- rendered by the template engine, escaped there
        render_to_string(TEMPLATE, {"assignment": assignment, "LANGUAGE_CODE": language})
    )


def rendered_cards(assignments, request):
    """The HTML of each card, in order. Without a public data version on the request (a
    visitor the page cache does not serve) every card is rendered afresh."""
    language = get_language()
    version = getattr(request, "public_data_version", None)
    if version is None:
        return [render_card(assignment, language) for assignment in assignments]
    today = local_today()
    cards = []
    for assignment in assignments:
        key = (assignment.pk, version, today, language)
        with _lock:
            html = _cards.get(key)
            if html is not None:
                _cards.move_to_end(key)
        if html is None:
            html = render_card(assignment, language)
            with _lock:
                _cards[key] = html
                while len(_cards) > KEEP:
                    _cards.popitem(last=False)
        cards.append(html)
    return cards


def forget():
    """Empties the store (tests roll the database back, so a version number can come round
    again with other data behind it, as for the page cache)."""
    with _lock:
        _cards.clear()
