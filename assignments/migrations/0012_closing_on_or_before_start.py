"""The closing date on or before the start date, as a constraint (the rows that broke it were
fixed in 0011; a migration of its own, because PostgreSQL does not alter a table in the
transaction that just changed its rows)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("assignments", "0011_closing_dates_before_start"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='assignment',
            constraint=models.CheckConstraint(condition=models.Q(('closing_date__lte', models.F('start_date'))), name='assignments_assignment_closing_on_or_before_start', violation_error_message='The closing date cannot be after the start date.'),
        ),
    ]
