"""E-mail alerts moved to the `alerts` app and the public data version to `core`.

Only Django's idea of which app owns the models changes: the tables keep their names and
every row stays where it is (the new apps' first migrations take the models over, with the
same table names, and no database operation runs here)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("assignments", "0008_alertsignup_accepted"),
        ("alerts", "0001_initial"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="alert", name="sent_assignments"),
                migrations.DeleteModel(name="AlertDelivery"),
                migrations.DeleteModel(name="Alert"),
                migrations.DeleteModel(name="AlertSignup"),
                migrations.DeleteModel(name="PublicDataVersion"),
            ],
            database_operations=[],
        ),
    ]
