"""The alert models' content types (and so their permissions) move to the alerts app."""

from django.db import migrations

from core.content_types import move_content_types

MODELS = ["alert", "alertdelivery", "alertsignup"]


def forward(apps, schema_editor):
    move_content_types(apps, "assignments", "alerts", MODELS)


def backward(apps, schema_editor):
    move_content_types(apps, "alerts", "assignments", MODELS)


class Migration(migrations.Migration):
    dependencies = [
        ("alerts", "0001_initial"),
        ("assignments", "0009_alerts_and_version_moved"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, backward)]
