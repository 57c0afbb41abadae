"""A staff member who lost their authenticator app sets it up again at the next sign-in."""

import logging

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Removes a staff member's authenticator app (second factor) and signs them out "
        "everywhere; at the next sign-in they set up an app again."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account with the username {username!r}.")
        removed, _detail = TOTPDevice.objects.filter(user=user).delete()
        # Signed out everywhere: a session verified with the old app must not go on. Only staff
        # have sessions, so there are few to look through.
        for session in Session.objects.filter(expire_date__gt=timezone.now()):
            if session.get_decoded().get("_auth_user_id") == str(user.pk):
                session.delete()
        logger.warning("Second factor of %s reset from the command line", username)
        self.stdout.write(
            f"Removed {removed} authenticator app(s) of {username}. At the next sign-in at "
            "/admin/ they set up an app again."
        )
