"""Response mails on the durable queue (TASKS_BACKEND=database): the candidate's response is
accepted at once, its two mails wait for the worker, go out once each, and a mail the server
refused is tried again later."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from responses.models import Response

# Committed for real: the worker closes connections inside a transaction it did not open.
pytestmark = pytest.mark.django_db(transaction=True)

QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def queue(cv_storage):
    with override_settings(TASKS=QUEUE):
        yield


def run_worker():
    call_command(
        "db_worker",
        "--batch",
        "--no-reload",
        "--no-startup-delay",
        "--interval",
        "0",
        verbosity=0,
        stdout=StringIO(),
    )


def refuse(self, *args, **kwargs):
    raise ConnectionRefusedError("mail server down")


def test_a_response_is_accepted_at_once_and_its_mails_go_out_from_the_worker(respond, outbox):
    assert respond().status_code == 302
    assert Response.objects.count() == 1
    assert outbox == []
    assert sorted(DBTaskResult.objects.values_list("task_path", flat=True)) == [
        "responses.tasks.send_confirmation",
        "responses.tasks.send_notification",
    ]
    run_worker()
    assert len(outbox) == 2
    run_worker()
    assert len(outbox) == 2


def test_a_second_click_queues_no_more_mails(respond, outbox):
    """The first click's mails are on the queue, which retries them itself: a second click
    adds no tasks (each would start a chain of retries of its own while the server is down)."""
    first = respond()
    again = respond()
    assert again.status_code == 302 and again.url == first.url
    assert Response.objects.count() == 1
    assert DBTaskResult.objects.count() == 2
    run_worker()
    assert len(outbox) == 2


def test_a_refused_response_mail_is_tried_again_and_sent_once(respond, outbox, monkeypatch):
    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    assert respond().status_code == 302
    run_worker()
    assert outbox == []
    assert DBTaskResult.objects.filter(status="FAILED").count() == 2
    retries = DBTaskResult.objects.filter(status="READY")
    assert sorted(r.args_kwargs["kwargs"]["attempt"] for r in retries) == [2, 2]
    monkeypatch.undo()
    retries.update(run_after=timezone.now())
    run_worker()
    assert len(outbox) == 2
