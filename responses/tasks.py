"""Background work, through django.tasks (settings.TASKS). Arguments are plain JSON values;
each task loads and claims its response itself, so a task that runs twice sends nothing
twice, and a response withdrawn before the task ran is not mailed about. On a queue, a task
whose mail could not be sent is tried again later (core.tasks)."""

from django.tasks import task

from core.tasks import retry_on_failure

from . import mails


@task
def send_confirmation(response_id, attempt=1):
    with retry_on_failure(send_confirmation, response_id, attempt=attempt):
        return mails.send_confirmation(response_id)


@task
def send_notification(response_id, attempt=1):
    with retry_on_failure(send_notification, response_id, attempt=attempt):
        return mails.send_notification(response_id)
