"""The public data version's content type (and so its permissions) moves to core."""

from django.db import migrations

from core.content_types import move_content_types


def forward(apps, schema_editor):
    move_content_types(apps, "assignments", "core", ["publicdataversion"])


def backward(apps, schema_editor):
    move_content_types(apps, "core", "assignments", ["publicdataversion"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("assignments", "0009_alerts_and_version_moved"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, backward)]
