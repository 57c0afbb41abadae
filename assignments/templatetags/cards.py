"""What a card says about its assignment beyond the fields themselves."""

from zoneinfo import ZoneInfo

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

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
    day = timezone.localdate(published_at, ZoneInfo(settings.TIME_ZONE))
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
