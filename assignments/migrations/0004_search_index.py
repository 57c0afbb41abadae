"""Full-text search for `q` on PostgreSQL: `search_vector` holds the Dutch text search vector
of the title (weight A) and the description (weight B). A trigger keeps it current on every
insert and update, bulk inserts included, so the database computes it once per change instead
of once per row per search; a GIN index on published assignments (the only ones searched)
finds the words. SQLite keeps the column empty; the search falls back to substrings there."""

import django.contrib.postgres.search
from django.db import migrations

# OR REPLACE: a schema rebuilt from scratch (the migration tests drop the tables only) may
# still hold the function.
FUNCTION = """
CREATE OR REPLACE FUNCTION assignments_assignment_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('dutch', coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector('dutch', coalesce(NEW.description, '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER assignments_assignment_search_vector
    BEFORE INSERT OR UPDATE ON assignments_assignment
    FOR EACH ROW EXECUTE FUNCTION assignments_assignment_search_vector();

UPDATE assignments_assignment SET title = title;

CREATE INDEX assignment_search ON assignments_assignment USING gin (search_vector)
    WHERE status = 'published';
"""

REVERSE = """
DROP INDEX IF EXISTS assignment_search;
DROP TRIGGER IF EXISTS assignments_assignment_search_vector ON assignments_assignment;
DROP FUNCTION IF EXISTS assignments_assignment_search_vector();
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTION)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(REVERSE)


class Migration(migrations.Migration):
    dependencies = [
        ("assignments", "0003_public_data_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="assignment",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False, null=True, verbose_name="search vector"
            ),
        ),
        migrations.RunPython(create, drop),
    ]
