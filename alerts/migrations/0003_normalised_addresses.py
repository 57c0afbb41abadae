"""Stored addresses take the one spelling that is counted and mailed (core.email_addresses).

Alerts whose address can no longer be used (an invisible character, encoded words, quotes)
are deleted: mailing them is what the limit is there to prevent. Sign-up attempts (kept a
day, for the limits) count mailboxes from now on."""

from django.core.exceptions import ValidationError
from django.db import migrations

from core.email_addresses import mailbox, normalise_email


def forward(apps, schema_editor):
    Alert = apps.get_model("alerts", "Alert")
    AlertSignup = apps.get_model("alerts", "AlertSignup")
    for alert in Alert.objects.only("email").iterator():
        try:
            email = normalise_email(alert.email)
        except ValidationError:
            alert.delete()
            continue
        if email != alert.email:
            Alert.objects.filter(pk=alert.pk).update(email=email)
    for attempt in AlertSignup.objects.only("email").iterator():
        try:
            counted = mailbox(attempt.email)
        except ValidationError:
            attempt.delete()
            continue
        if counted != attempt.email:
            AlertSignup.objects.filter(pk=attempt.pk).update(email=counted)


class Migration(migrations.Migration):
    dependencies = [("alerts", "0002_content_types")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
