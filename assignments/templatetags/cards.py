"""What a card says about its assignment beyond the fields themselves, and `{% cardpart %}`:
a piece of a card rendered once per value of the fields it shows (assignments.cards)."""

from zoneinfo import ZoneInfo

from django import template
from django.conf import settings
from django.template import Node, TemplateSyntaxError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from assignments.cards import SKELETON, part
from core.dates import local_today

register = template.Library()

# Past this many days "posted 45 days ago" reads worse than the date itself.
DAYS_IN_WORDS = 30


@register.filter
def posted(published_at):
    """ "Posted today", "Posted yesterday", "Posted 3 days ago" (in Amsterdam's days, as the
    page cache's date), then the date. Cached pages carry today's date in their key, so the
    words are right on the day they are shown."""
    if published_at is None:
        return ""
    day = local_day(published_at)
    days = (local_today() - day).days
    if days <= 0:
        return gettext("Posted today")
    if days == 1:
        return gettext("Posted yesterday")
    if days <= DAYS_IN_WORDS:
        return ngettext("Posted %(days)s day ago", "Posted %(days)s days ago", days) % {
            "days": days
        }
    return gettext("Posted on %(date)s") % {"date": date_format(day, "j F Y")}


@register.filter
def local_day(moment):
    """The day of a moment in Amsterdam (what `posted` counts in), as a card part's key."""
    if moment is None:
        return None
    return timezone.localdate(moment, ZoneInfo(settings.TIME_ZONE))


class CardPartNode(Node):
    def __init__(self, name, keys, nodelist):
        self.name = name
        self.keys = keys
        self.nodelist = nodelist

    def render(self, context):
        skeleton = context.get(SKELETON)
        if skeleton is not None:
            return skeleton.hole(self)
        return part(self, context)


@register.tag
def cardpart(parser, token):
    """`{% cardpart "name" value... %}...{% endcardpart %}`: the body depends on nothing but
    the values named (besides the language, the day and escaping), so it is rendered once per
    combination of them and then reused, in every card that shows the same values. Like
    `{% cache %}`, the values are a promise the body keeps; tests/assignments/test_card_parts.py
    compares every demo card with the template rendered afresh."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise TemplateSyntaxError("{% cardpart %} takes a quoted name, then the values it shows.")
    nodelist = parser.parse(("endcardpart",))
    parser.delete_first_token()
    return CardPartNode(bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist)
