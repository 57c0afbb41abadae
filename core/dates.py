from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone


def local_today():
    """Today in the site's time zone, whatever time zone is active for the request."""
    return timezone.localdate(timezone=ZoneInfo(settings.TIME_ZONE))
