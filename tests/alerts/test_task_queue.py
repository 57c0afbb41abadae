"""Alert mails on the durable queue (TASKS_BACKEND=database, django-tasks-db): a sign-up is
answered at once and its mail waits in the database for the worker; the worker sends every
mail once; a mail the server refused is tried again later, not lost."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from alerts import tasks
from alerts.models import Alert, Frequency
from core.tasks import RETRY_DELAYS
from tests.factories import AssignmentFactory

# Committed for real: the worker, as in production, closes connections that are inside a
# transaction it did not open, which would end a test's enclosing transaction.
pytestmark = pytest.mark.django_db(transaction=True)

QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def queue():
    with override_settings(TASKS=QUEUE):
        yield


def run_worker():
    """`manage.py db_worker` until the queue holds nothing that is due."""
    call_command(
        "db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0",
        verbosity=0, stdout=StringIO(),
    )  # fmt: skip


def sign_up(client, email):
    return client.post(reverse("alerts:signup"), {"email": email, "frequency": "daily"})


def refuse(self, *args, **kwargs):
    raise ConnectionRefusedError("mail server down")


def test_a_sign_up_is_answered_at_once_and_its_mail_waits_for_the_worker(client, outbox):
    response = sign_up(client, "kandidaat@example.nl")
    assert response.status_code == 302
    assert outbox == []
    alert = Alert.objects.get()
    waiting = DBTaskResult.objects.get()
    assert waiting.status == "READY"
    assert waiting.task_path == "alerts.tasks.send_confirmation"
    assert waiting.args_kwargs == {"args": [alert.pk], "kwargs": {}}

    run_worker()
    assert [message.to for message in outbox] == [["kandidaat@example.nl"]]
    waiting.refresh_from_db()
    assert waiting.status == "SUCCESSFUL"
    assert len(waiting.worker_ids) == 1

    run_worker()  # nothing left: nothing sent again
    assert len(outbox) == 1


def test_a_refused_mail_is_tried_again_later_and_then_sent_once(client, outbox, monkeypatch):
    assert sign_up(client, "kandidaat@example.nl").status_code == 302
    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    before = timezone.now()
    run_worker()
    after = timezone.now()
    assert outbox == []
    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == "FAILED"
    assert "mail server down" in failed.traceback
    assert retry.status == "READY"
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    wait = timedelta(seconds=RETRY_DELAYS[0])
    assert before + wait <= retry.run_after <= after + wait
    # Not due yet: the worker leaves it.
    run_worker()
    retry.refresh_from_db()
    assert retry.status == "READY"

    monkeypatch.undo()
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    assert [message.to for message in outbox] == [["kandidaat@example.nl"]]
    # The alert was kept all along: the visitor's sign-up was accepted.
    assert Alert.objects.count() == 1


def test_retries_stop_after_the_last_delay(monkeypatch):
    alert = Alert.objects.create(email="kandidaat@example.nl", frequency=Frequency.DAILY)
    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    tasks.send_confirmation.enqueue(alert.pk, attempt=len(RETRY_DELAYS) + 1)
    run_worker()
    assert list(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED"]


def test_send_alerts_queues_the_digests_and_the_workers_send_each_once(outbox):
    now = timezone.now()
    for number in range(3):
        Alert.objects.create(
            email=f"kandidaat{number}@example.nl",
            frequency=Frequency.DAILY,
            created_at=now - timedelta(days=2),
            confirmed_at=now - timedelta(days=2),
        )
    AssignmentFactory(published_at=now - timedelta(hours=2), terms_verified_at=now)
    out = StringIO()
    call_command("send_alerts", stdout=out)
    assert "3 alert(s) due" in out.getvalue()
    assert "3 queued" in out.getvalue()
    assert outbox == []
    # The same alerts queued twice (send_alerts ran again before the worker did): each
    # task claims its alert, so each digest still goes out once.
    call_command("send_alerts", stdout=StringIO())
    run_worker()
    assert sorted(message.to[0] for message in outbox) == [
        f"kandidaat{number}@example.nl" for number in range(3)
    ]
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 6
