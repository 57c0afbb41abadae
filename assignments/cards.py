"""The cards of the list, rendered once per assignment, version of the public data, day and
language, and kept in the process.

A card shows only its assignment's and organisation's fields (and "posted N days ago"), so
the public data version and the date say exactly when a rendered card is still right, as for
whole pages (core.cache). A list page that the page cache cannot answer (another combination
of filters) mostly shows cards shown before: the newest assignments come first in most
orders. Kept in a bounded dictionary of this process, not in the page cache, so that cards
never push whole pages out of it.

A card that is not in the store (at 100,000 assignments, some 40% of a page's) is not rendered
by walking the whole template either: that took 0.4 ms a card. The template stays the one
source of its markup, but it is rendered once per language as a skeleton, with a marker where
each of the card's own values goes (`{{ assignment.title }}`: title, link, organisation, city)
and where each `{% cardpart %}` goes. A part (the week and terms, the confirmation, the hours,
rate and dates, "posted") shows a few values that many assignments share, so it is rendered
through the template once per combination of them (and language and day) and kept too. A card
is then the skeleton filled in: its own values looked up and escaped as the template engine
does, and its parts mostly found by value. Outside its parts the card template may therefore
only show values (no `{% if %}` or filters on the assignment's fields): a skeleton cannot hold
a choice made per card."""

import logging
import re
from collections import OrderedDict
from threading import Lock

from django.dispatch import receiver
from django.template import Context, Variable, VariableDoesNotExist
from django.template.base import render_value_in_context
from django.template.loader import get_template
from django.utils import translation
from django.utils.autoreload import file_changed
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.dates import local_today

logger = logging.getLogger(__name__)

TEMPLATE = "assignments/includes/card.html"
# About 2 kB each: a few MB per process.
KEEP = 3000
# A part is a few hundred bytes; a day of 100,000 assignments shows a few thousand values.
KEEP_PARTS = 20000
# The context variable that tells `{% cardpart %}` to leave a marker instead of its body.
SKELETON = "card_skeleton"
MARKER = re.compile("\x00([^\x00]*)\x00")

_cards = OrderedDict()
_lock = Lock()
_parts = {}
_parts_day = [None]
_skeletons = {}
# How many cards per language were compared with the template rendered whole (render_card).
_checked = {}
CHECKED = 20
DECIDES_OUTSIDE_A_PART = (
    "%s decides on an assignment outside a cardpart: its cards are rendered whole"
)


class _Placeholder:
    """Stands for the assignment while the skeleton is rendered: any field of it (or of what
    it leads to) renders as a marker naming its path, for the card to fill in. Asked for a
    truth value, a comparison or its contents (`{% if %}`, `|default`, `|length`), it notes
    that the template decides on that field outside a part: a skeleton would decide it once
    for every card. Noted, not raised: `{% if %}`'s operators swallow what is raised."""

    do_not_call_in_templates = False
    alters_data = False

    def __init__(self, path, holes):
        self.path, self.holes = path, holes

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return _Placeholder(f"{self.path}.{name}", self.holes)

    def __call__(self):
        return self

    def _decided(self, *args):
        self.holes.decided.append(self.path)
        return False

    __bool__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __contains__ = _decided
    __hash__ = object.__hash__

    def __len__(self):
        self._decided()
        return 0

    def __iter__(self):
        self._decided()
        return iter(())

    def __str__(self):
        return f"\x00{self.path}\x00"


class _Skeleton:
    def __init__(self):
        self.parts = {}
        self.decided = []

    def hole(self, node):
        if self.parts.setdefault(node.name, node) is not node:
            raise ValueError(f"Two card parts are called {node.name!r}.")
        return mark_safe(f"\x00#{node.name}\x00")  # noqa: S308 -- our own constant text


def skeleton(language):
    """The card template, once per language, as (template, [text, part node or variable,
    text, ...]) with the text between the holes; (template, None) when the template decides
    on a field outside a part (its cards are then rendered whole)."""
    if language not in _skeletons:
        template = get_template(TEMPLATE).template
        holes = _Skeleton()
        context = Context(
            {
                "assignment": _Placeholder("assignment", holes),
                "LANGUAGE_CODE": language,
                SKELETON: holes,
            }
        )
        with translation.override(language):
            pieces = MARKER.split(template.render(context))
        names = pieces[1::2]
        # A marker a filter changed (`|upper`) no longer names a field.
        holes.decided += [
            name for name in names if not re.fullmatch(r"#.*|assignment(\..+)?", name)
        ]
        if holes.decided:
            logger.error(DECIDES_OUTSIDE_A_PART + " (%s)", TEMPLATE, ", ".join(holes.decided))
            _skeletons[language] = (template, None)
            return _skeletons[language]
        for index in range(1, len(pieces), 2):
            name = pieces[index]
            pieces[index] = holes.parts[name[1:]] if name.startswith("#") else Variable(name)
        _skeletons[language] = (template, pieces)
    return _skeletons[language]


def part(node, context):
    """A `{% cardpart %}`'s HTML for the values in `context`: rendered once per combination of
    them, language, escaping and day (a card's "posted" and a stale confirmation depend on it)."""
    start_of_day()
    return day_part(node, context)


def start_of_day():
    today = local_today()
    if _parts_day[0] != today:
        _parts.clear()
        _parts_day[0] = today


def day_part(node, context):
    key = (
        node.origin.name,
        node.name,
        get_language(),
        context.autoescape,
        *(value.resolve(context) for value in node.keys),
    )
    html = _parts.get(key)
    if html is None:
        html = node.nodelist.render(context)
        if len(_parts) >= KEEP_PARTS:
            _parts.clear()
        _parts[key] = html
    return html


def render_card(assignment, language):
    """The card's HTML: the skeleton filled in, as the template engine would render it. The
    first CHECKED cards of each language are also rendered whole and compared, for what the
    skeleton cannot notice (a filter that keeps the marker, such as `|lower`): a difference
    is logged, and the cards are rendered whole from there on."""
    template, pieces = skeleton(language)
    if pieces is None:
        return whole(template, assignment, language)
    html = filled(template, pieces, assignment, language)
    checked = _checked.get(language, 0)
    if checked < CHECKED:
        expected = whole(template, assignment, language)
        if html != expected:
            logger.error(DECIDES_OUTSIDE_A_PART, TEMPLATE)
            _skeletons[language] = (template, None)
            return expected
        _checked[language] = checked + 1
    return html


def whole(template, assignment, language):
    return mark_safe(  # noqa: S308 -- the template engine's own escaping
        template.render(Context({"assignment": assignment, "LANGUAGE_CODE": language}))
    )


def filled(template, pieces, assignment, language):
    start_of_day()
    context = Context({"assignment": assignment, "LANGUAGE_CODE": language})
    html = []
    # A part rendered afresh may include other templates, which wants the context bound.
    with context.render_context.push_state(template), context.bind_template(template):
        for index, piece in enumerate(pieces):
            if not index % 2:
                html.append(piece)
            elif isinstance(piece, Variable):
                try:
                    value = piece.resolve(context)
                except VariableDoesNotExist:  # as the engine renders a missing value
                    value = context.template.engine.string_if_invalid
                html.append(render_value_in_context(value, context))
            else:
                html.append(day_part(piece, context))
    return mark_safe("".join(html))  # noqa: S308 -- escaped as the template engine does


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
        _parts.clear()
        _skeletons.clear()
        _checked.clear()


@receiver(file_changed)
def template_edited(sender, file_path, **kwargs):
    """`runserver` keeps its process when a template changes: the edit shows at once, as it
    does for the rest of the site (config.settings.local)."""
    if file_path.suffix in (".html", ".txt"):
        forget()
