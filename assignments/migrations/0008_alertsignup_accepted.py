from django.db import migrations, models
from django.db.models import Exists, OuterRef


def mark_accepted(apps, schema_editor):
    """An earlier attempt was accepted when it stored an alert: sign_up gave both the same
    time. (An accepted attempt whose alert is gone since counts as refused: lenient, and only
    for the day the rows are kept.)"""
    Alert = apps.get_model("assignments", "Alert")
    AlertSignup = apps.get_model("assignments", "AlertSignup")
    stored = Alert.objects.filter(email=OuterRef("email"), created_at=OuterRef("created_at"))
    AlertSignup.objects.filter(Exists(stored)).update(accepted=True)


class Migration(migrations.Migration):
    dependencies = [
        ("assignments", "0007_covering_list_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="alertsignup",
            name="accepted",
            field=models.BooleanField(default=False, verbose_name="accepted"),
        ),
        migrations.RunPython(mark_accepted, migrations.RunPython.noop),
    ]
