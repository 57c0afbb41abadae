"""The full-text index for `q` on PostgreSQL: a GIN index over the same expression as
`assignments.filters.search_vector()`, on published assignments only (the only ones searched).
SQLite has no such index; the search falls back to substring matching there."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations
from django.db.models import Q

INDEX_NAME = "assignment_search"


def search_index():
    vector = SearchVector("title", weight="A", config="dutch") + SearchVector(
        "description", weight="B", config="dutch"
    )
    return GinIndex(vector, name=INDEX_NAME, condition=Q(status="published"))


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("assignments", "Assignment"), search_index())


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("assignments", "Assignment"), search_index())


class Migration(migrations.Migration):
    dependencies = [
        ("assignments", "0003_public_data_version"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
