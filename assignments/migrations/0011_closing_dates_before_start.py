"""The date rule "respond before the assignment starts" (closing date on or before the start
date) comes in as a database constraint in the next migration; rows that break it are made
to keep it here first, rather than making the migration fail.

Each such assignment's closing date, which lies after its start date, is moved back to the
start date: the latest day the rule allows, so no candidate loses a day to respond that the
page promised before the start. Every move is recorded in the assignment's screening history
(old and new date, by nobody: the system did it), and the public pages are made stale so
that they show the new dates. Going back does not restore the old dates: they broke a rule."""

from django.db import migrations
from django.db.models import F
from django.utils import timezone


def move_closing_dates(apps, schema_editor):
    Assignment = apps.get_model("assignments", "Assignment")
    ScreeningEvent = apps.get_model("assignments", "ScreeningEvent")
    PublicDataVersion = apps.get_model("core", "PublicDataVersion")
    late = list(
        Assignment.objects.filter(closing_date__gt=F("start_date"))
        .order_by("pk")
        .values("pk", "status", "closing_date", "start_date")
    )
    if not late:
        return
    now = timezone.now()
    ScreeningEvent.objects.bulk_create(
        ScreeningEvent(
            assignment_id=row["pk"],
            from_status=row["status"],
            to_status=row["status"],
            actor=None,
            created_at=now,
            note="",
            details={
                "changes": [
                    [
                        "closing_date",
                        row["closing_date"].isoformat(),
                        row["start_date"].isoformat(),
                    ]
                ],
                "date_rule": True,
            },
        )
        for row in late
    )
    Assignment.objects.filter(pk__in=[row["pk"] for row in late]).update(
        closing_date=F("start_date"), version=F("version") + 1
    )
    if not PublicDataVersion.objects.filter(pk=1).update(value=F("value") + 1):
        PublicDataVersion.objects.create(pk=1, value=1)


class Migration(migrations.Migration):

    dependencies = [
        ("assignments", "0010_client_confirmations"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(move_closing_dates, migrations.RunPython.noop),
    ]
