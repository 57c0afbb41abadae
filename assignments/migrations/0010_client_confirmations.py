"""Client confirmations of an assignment's terms, the stamp of the terms' last change, the
confirmation a verification rests on, and structured history entries.

Existing assignments get no confirmation: none was ever recorded, and making one up from the
old "verified" stamp would claim what nobody can vouch for. Their public pages say that the
client has not confirmed the terms yet, and the published ones are in the re-screening queue
until a recruiter records the client's confirmation. Their terms count as last changed at
their last save, the latest moment they may have changed."""

import django.core.serializers.json
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models
from django.db.models import F


def terms_changed_at_last_save(apps, schema_editor):
    Assignment = apps.get_model("assignments", "Assignment")
    Assignment.objects.update(terms_changed_at=F("updated_at"))


class Migration(migrations.Migration):

    dependencies = [
        ('assignments', '0009_alerts_and_version_moved'),
        ('organisations', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='assignment',
            name='terms_changed_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='hybrid terms last changed at'),
        ),
        migrations.AddField(
            model_name='screeningevent',
            name='details',
            field=models.JSONField(blank=True, default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder, verbose_name='details'),
        ),
        migrations.CreateModel(
            name='ClientConfirmation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('confirmed_on', models.DateField(help_text='The day the client confirmed the terms; not in the future.', verbose_name='confirmed by the client on')),
                ('channel', models.CharField(choices=[('email', 'email'), ('phone', 'phone'), ('meeting', 'meeting'), ('tender_documents', 'tender documents')], max_length=20, verbose_name='confirmed via')),
                ('client_contact', models.CharField(help_text='Name and role, for example “Marieke Jansen, head of communications”. Never shown on the public site.', max_length=200, verbose_name='who at the client')),
                ('note', models.TextField(blank=True, verbose_name='note on the confirmation')),
                ('recorded_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='recorded at')),
                ('assignment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='confirmations', to='assignments.assignment', verbose_name='assignment')),
                ('recorded_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='recorded by')),
            ],
            options={
                'verbose_name': 'client confirmation',
                'verbose_name_plural': 'client confirmations',
                'ordering': ['-recorded_at', '-pk'],
            },
        ),
        migrations.RunPython(terms_changed_at_last_save, migrations.RunPython.noop),
        migrations.AddField(
            model_name='assignment',
            name='confirmation',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='assignments.clientconfirmation', verbose_name='client confirmation'),
        ),
        migrations.AddIndex(
            model_name='clientconfirmation',
            index=models.Index(fields=['assignment', '-recorded_at'], name='confirmation_assignment_recent'),
        ),
        migrations.AddConstraint(
            model_name='clientconfirmation',
            constraint=models.CheckConstraint(condition=models.Q(('channel__in', ['email', 'phone', 'meeting', 'tender_documents'])), name='assignments_clientconfirmation_channel_valid', violation_error_message='Select a valid choice.'),
        ),
        migrations.AddConstraint(
            model_name='clientconfirmation',
            constraint=models.CheckConstraint(condition=models.Q(('client_contact', ''), _negated=True), name='assignments_clientconfirmation_contact_given', violation_error_message='Say who at the client confirmed the terms.'),
        ),
    ]
