"""What every app's tasks share: handing a task to the backend (`enqueued`, which says
whether that worked) and trying a failed task again later, on a queue that can.

A mail that the mail server refused or never took is not lost: the task that failed is
enqueued again to run after a growing delay, a few times, while the failure itself stays
recorded (the task raises, so its result is FAILED with the traceback). Only a backend that
can run a task later (`supports_defer`: the database queue) does this; with the immediate
backend the failure reaches the caller at once, which decides (a sign-up is undone)."""

import logging
from contextlib import contextmanager
from datetime import timedelta

from django.tasks import TaskResultStatus
from django.utils import timezone

logger = logging.getLogger(__name__)

# Seconds before each next attempt: about a day and a half of trying in all.
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60, 6 * 60 * 60, 24 * 60 * 60)


@contextmanager
def retry_on_failure(task, *args, attempt):
    """Runs the block; when it raises, enqueues `task(*args, attempt=attempt + 1)` to run
    after the next delay (if the backend can and attempts are left), and raises again."""
    try:
        yield
    except Exception:
        if attempt <= len(RETRY_DELAYS) and task.get_backend().supports_defer:
            delay = RETRY_DELAYS[attempt - 1]
            later = task.using(run_after=timezone.now() + timedelta(seconds=delay))
            later.enqueue(*args, attempt=attempt + 1)
            logger.warning(
                "%s%r failed (attempt %d); trying again in %d s.", task.name, args, attempt, delay
            )
        raise


def enqueued(task, *args):
    """Hands `task(*args)` to the task backend. False when that failed at once (the immediate
    backend runs the task in this process and reports a failed send this way); a queue
    backend that accepted the task counts as success."""
    try:
        result = task.enqueue(*args)
    except Exception:
        logger.exception("Could not enqueue %s%r", task.name, args)
        return False
    if result.status == TaskResultStatus.FAILED:
        # django.tasks has logged the error with its traceback already.
        logger.warning("%s%r failed", task.name, args)
        return False
    return True
