"""Background work, through django.tasks (settings.TASKS). Arguments are plain JSON values;
each task loads and claims its response itself, so a task that runs twice sends nothing
twice, and a response withdrawn before the task ran is not mailed about."""

from django.tasks import task

from . import mails


@task
def send_confirmation(response_id):
    return mails.send_confirmation(response_id)


@task
def send_notification(response_id):
    return mails.send_notification(response_id)
