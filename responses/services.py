"""Responses: receiving one, moving it through the pipeline, retention, access and erasure.

The only code that changes a `Response`. The views, the admin, `purge_responses` and the
tasks call it. Every change of status is recorded as a `ResponseEvent`; every deletion takes
the CV out of the storage first and the row after, in one transaction, so no file is ever
left behind without its row (a failed file deletion keeps the row for the next run)."""

import io
import json
import logging
import zipfile
from dataclasses import dataclass
from datetime import timedelta

from botocore.exceptions import BotoCoreError, ClientError
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from assignments.models import Assignment
from core import email_addresses
from core.backups import checksum
from core.links import absolute_url
from core.ratelimit import hold_advisory_locks
from core.tasks import enqueued

from .models import (
    ANSWERS,
    ENDED,
    AccessKind,
    Response,
    ResponseAccess,
    ResponseEvent,
    Status,
    assignment_end,
)
from .tasks import send_confirmation, send_notification

logger = logging.getLogger(__name__)

# Accepted responses per mailbox (an address with its sub-addresses) and per client (IP
# address, IPv6 by /64) in a window. Refused submissions store nothing, so they count nowhere.
RESPONSES_PER_ADDRESS = (5, timedelta(hours=24))
RESPONSES_PER_CLIENT = (10, timedelta(hours=1))
# The same response (every answer and the CV) sent again this soon is a second click.
RESENT_WITHIN = timedelta(minutes=10)
# Advisory-lock namespaces (see core.ratelimit.hold_advisory_locks); the alerts use 7301-2.
ADDRESS_LOCK, CLIENT_LOCK = 7311, 7312
# Rows erased per transaction by purge_responses.
PURGE_BATCH = 100


class Refused(Exception):
    """A submission that stored nothing; `message` says why, for the candidate."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class RateLimited(Refused):
    pass


class StorageUnavailable(Refused):
    """The CV could not be stored: the disk is full or the object storage does not answer."""


# What storing or reading a CV raises when the storage fails: the disk (OSError), the object
# storage that does not answer or refuses (botocore's own errors).
STORAGE_ERRORS = (OSError, BotoCoreError, ClientError)


class NotOpen(Refused):
    """The assignment stopped taking responses while the candidate filled in the form."""


def normalise_email(email):
    """The spelling responses are stored under (core.email_addresses, as the form cleans it).
    An address that spelling refuses was never stored, so a lookup takes it as typed."""
    try:
        return email_addresses.normalise_email(email)
    except ValidationError:
        return email.strip().lower()


def client_digest(client):
    """A keyed digest of the client's address: enough to count, nothing to read."""
    return salted_hmac("responses.client", client, algorithm="sha256").hexdigest()


def earliest(*moments):
    known = [moment for moment in moments if moment is not None]
    return min(known) if known else None


# Receiving ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    response: Response
    confirmation_sent: bool


def submit(*, assignment, cv, check, data, language, client, now=None):
    """Store a response to a public assignment with its CV and mail the candidate's
    confirmation and the recruiter's notification.

    `cv` is the uploaded file, `check` what `files.check_cv` found it to be; `data` holds
    name, email, phone, motivation, available_from, hours_per_week, rate and
    keep_for_other_assignments. Raises RateLimited, NotOpen or StorageUnavailable, and then
    stores nothing. The same response sent again within RESENT_WITHIN (a second click) stores
    nothing new: it answers with the earlier response, and tries its mails again if they were
    not sent (a queue backend retries them itself: nothing is added to it).

    Must not run inside a transaction: the mails are enqueued once the response is committed,
    so a queue worker always finds it. A confirmation that could not be sent does not undo
    the response (the candidate's work is not lost); `Received.confirmation_sent` says so."""
    now = now or timezone.now()
    email = normalise_email(data["email"])
    digest = client_digest(client)
    response = Response(
        assignment=assignment,
        name=" ".join(data["name"].split()),
        email=email,
        phone=data.get("phone", ""),
        cv_filename=check.filename,
        cv_type=check.cv_type,
        cv_size=check.size,
        motivation=data["motivation"],
        available_from=data["available_from"],
        hours_per_week=data.get("hours_per_week"),
        rate=data.get("rate"),
        consent_at=now,
        keep_for_other_assignments=bool(data.get("keep_for_other_assignments")),
        language=language,
        created_at=now,
        client=digest,
    )
    stored = None
    storage = Response._meta.get_field("cv").storage
    try:
        with transaction.atomic(durable=True):
            # Sub-addresses count together (name+anything@domain reaches name@domain), as for
            # the alerts' limit.
            counted = email_addresses.mailbox(email)
            hold_advisory_locks((ADDRESS_LOCK, counted), (CLIENT_LOCK, digest))
            repeated = sent_before(response, cv, now)
            if repeated is not None:
                response = repeated
            else:
                refuse_if_limited(counted, digest, now)
                # The row lock waits for a close or withdrawal that is under way, and this
                # response then sees its result.
                locked = Assignment.objects.select_for_update().public().filter(pk=assignment.pk)
                if not locked.exists():
                    raise NotOpen(
                        _(
                            "This assignment closed while you were filling in the form. "
                            "Nothing was sent."
                        )
                    )
                cv.seek(0)
                try:
                    response.cv.save("cv", cv, save=False)
                except STORAGE_ERRORS as error:
                    logger.error("The CV of a response could not be stored: %r", error)
                    raise StorageUnavailable(
                        _(
                            "Your CV could not be stored just now. Nothing was sent; please "
                            "try again in a few minutes."
                        )
                    ) from error
                stored = response.cv.name
                response.save()
                ResponseEvent.objects.create(
                    response=response, from_status="", to_status=Status.RECEIVED, created_at=now
                )
    except BaseException:
        # The transaction rolled back: the file it stored must go too.
        if stored:
            storage.delete(stored)
        raise
    if repeated is not None and send_confirmation.get_backend().supports_defer:
        # A second click: its mails are on the queue already, which tries them again itself.
        return Received(response, True)
    # A mail already sent is not sent again (the tasks claim the row first); one that could
    # not be sent after the first click is tried again.
    confirmation_sent = response.confirmation_sent_at is not None or enqueued(
        send_confirmation, response.pk
    )
    if response.notification_sent_at is None:
        enqueued(send_notification, response.pk)
    return Received(response, confirmation_sent)


# What makes a response: the same again is a second click, not a new response.
REPEATED_FIELDS = ("assignment", *ANSWERS, "cv_filename", "cv_size")


def sent_before(response, cv, now):
    """The response sent within RESENT_WITHIN with exactly these answers and CV, if any: a
    second click on "Send", or the browser sending the form again. A correction made
    meanwhile (another phone number, or a CV of the same name and size) is a new response."""
    same = {name: getattr(response, name) for name in REPEATED_FIELDS}
    candidates = Response.objects.filter(created_at__gt=now - RESENT_WITHIN, **same)
    for earlier in candidates.order_by("-created_at"):
        if same_contents(earlier.cv, cv):
            return earlier
    return None


def same_contents(stored, upload):
    """Whether the stored CV holds exactly the uploaded file (one that cannot be read, not)."""
    try:
        with stored.open("rb") as handle:
            kept = checksum(handle)
    except STORAGE_ERRORS:
        return False
    upload.seek(0)
    return kept == checksum(upload)


def refuse_if_limited(mailbox, digest, now):
    """RateLimited when the mailbox (with its sub-addresses) or the client sent too many."""
    limit, window = RESPONSES_PER_ADDRESS
    same_mailbox = email_addresses.in_mailbox("email", mailbox)
    if Response.objects.filter(same_mailbox, created_at__gt=now - window).count() >= limit:
        raise RateLimited(
            _(
                "This e-mail address has sent many responses today. Nothing was "
                "sent; please try again tomorrow or call the recruiter."
            )
        )
    limit, window = RESPONSES_PER_CLIENT
    if Response.objects.filter(client=digest, created_at__gt=now - window).count() >= limit:
        raise RateLimited(
            _(
                "Too many responses were sent from your connection. Nothing was "
                "sent; please try again in an hour."
            )
        )


# The pipeline -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    name: str
    label: Promise
    sources: frozenset
    target: str


OPEN = frozenset({Status.RECEIVED, Status.CONTACTED, Status.PROPOSED})

STEPS = {
    step.name: step
    for step in (
        Step("contact", _("Contacted"), frozenset({Status.RECEIVED}), Status.CONTACTED),
        Step("propose", _("Proposed to the client"), OPEN - {Status.PROPOSED}, Status.PROPOSED),
        Step("place", _("Placed"), frozenset({Status.PROPOSED}), Status.PLACED),
        Step("decline", _("Declined"), OPEN, Status.DECLINED),
        Step(
            "withdraw",
            _("Withdrawn by the candidate"),
            OPEN | {Status.PLACED},
            Status.WITHDRAWN,
        ),
    )
}


def available_steps(response):
    return [step for step in STEPS.values() if response.status in step.sources]


def move(response, name, *, actor, note="", now=None):
    """Moves the response one step along the pipeline and records it. A declined or
    withdrawn response is kept four weeks from now (see models.retention_end); its
    `retain_until` only ever moves earlier. Raises ValidationError and changes nothing when
    the step is not possible from the response's status."""
    step = STEPS[name]
    now = now or timezone.now()
    with transaction.atomic():
        locked = Response.objects.select_for_update().filter(pk=response.pk).first()
        if locked is None:
            raise ValidationError(
                _("This response no longer exists: it was withdrawn or deleted."), code="gone"
            )
        if locked.status not in step.sources:
            raise ValidationError(
                _("“%(response)s” is %(status)s: “%(step)s” is not possible from there."),
                code="illegal_step",
                params={
                    "response": locked.name,
                    "status": locked.get_status_display(),
                    "step": step.label,
                },
            )
        from_status = locked.status
        locked.status = step.target
        fields = ["status"]
        if step.target in ENDED:
            locked.ended_at = now
            locked.retain_until = earliest(
                locked.retain_until, locked.retention_for(assignment_end(locked.assignment_id))
            )
            fields += ["ended_at", "retain_until"]
        locked.save(update_fields=fields)
        ResponseEvent.objects.create(
            response=locked,
            from_status=from_status,
            to_status=locked.status,
            actor=actor,
            created_at=now,
            note=note,
        )
    for field in ("status", "ended_at", "retain_until"):
        setattr(response, field, getattr(locked, field))
    return response


# Retention ----------------------------------------------------------------------------------


def settle_retention():
    """Dates the responses whose assignment has been closed or withdrawn since they were last
    looked at. The screening services (in `assignments`, which knows nothing of responses)
    record every closing as a ScreeningEvent: its time is when the four weeks started, however
    late this runs. Returns how many responses got a date."""
    settled = 0
    pending = (
        Response.objects.undated()
        .with_assignment_end()
        .filter(assignment_ended_at__isnull=False)
        .only("pk", "created_at", "keep_for_other_assignments", "ended_at")
        .order_by("pk")
    )
    for response in pending.iterator(chunk_size=500):
        settled += Response.objects.filter(pk=response.pk, retain_until__isnull=True).update(
            retain_until=response.retention_for(response.assignment_ended_at)
        )
    return settled


@dataclass(frozen=True)
class Purged:
    settled: int
    deleted: int


def purge(now=None):
    """Deletes the responses (rows and CV files) whose `retain_until` has passed, after dating
    those whose assignment ended. Safe to run twice or at once: each batch is claimed with
    SKIP LOCKED, and what one run deleted the other no longer finds."""
    now = now or timezone.now()
    settled = settle_retention()
    deleted = 0
    while True:
        with transaction.atomic():
            batch = list(
                Response.objects.expired(now)
                .select_for_update(skip_locked=True)
                .only("pk", "cv", "assignment_id")
                .order_by("pk")[:PURGE_BATCH]
            )
            if not batch:
                break
            deleted += _erase(batch)
    return Purged(settled=settled, deleted=deleted)


def _erase(responses):
    """Deletes the CVs from the storage, then the rows (with their history). Must run inside
    the transaction that locked them."""
    storage = Response._meta.get_field("cv").storage
    for response in responses:
        if response.cv.name:
            storage.delete(response.cv.name)
    deleted, _detail = Response.objects.filter(pk__in=[r.pk for r in responses]).delete()
    return len(responses) if deleted else 0


def withdraw_by_candidate(response):
    """The candidate's withdraw link: the response, its history and its CV are deleted at
    once. Safe to call twice."""
    with transaction.atomic():
        locked = list(Response.objects.select_for_update().filter(pk=response.pk))
        return bool(locked) and _erase(locked) == 1


# Access and erasure requests ----------------------------------------------------------------


def record_access(actor, responses, kind):
    ResponseAccess.objects.bulk_create(
        ResponseAccess(
            response_id=response.pk,
            response_number=response.pk,
            assignment_id=response.assignment_id,
            kind=kind,
            actor=actor,
        )
        for response in responses
    )


def responses_for_emails(emails):
    return Response.objects.filter(email__in={normalise_email(email) for email in emails})


def export(emails, *, actor, now=None):
    """Everything held on these e-mail addresses, for an access request: a ZIP with
    `responses.json` (every response with its assignment and history) and the CVs under
    `cv/`. Each exported response is recorded in the access log. Returns (zip bytes, count)."""
    now = now or timezone.now()
    responses = list(
        responses_for_emails(emails)
        .select_related("assignment__organisation")
        .prefetch_related("events__actor")
        .order_by("email", "created_at", "pk")
    )
    record_access(actor, responses, AccessKind.EXPORT)
    buffer = io.BytesIO()
    items = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for response in responses:
            cv_path = f"cv/{response.pk}-{response.cv_filename}"
            try:
                with response.cv.open("rb") as stored:
                    archive.writestr(cv_path, stored.read())
            except FileNotFoundError:
                logger.error("The CV of response %s is missing from the storage", response.pk)
                cv_path = None
            items.append(export_item(response, cv_path))
        document = {
            "exported_at": now.isoformat(),
            "email_addresses": sorted({normalise_email(email) for email in emails}),
            "responses": items,
        }
        archive.writestr(
            "responses.json", json.dumps(document, ensure_ascii=False, indent=2, default=str)
        )
    return buffer.getvalue(), len(responses)


def export_item(response, cv_path):
    assignment = response.assignment
    return {
        "number": response.pk,
        "assignment": {
            "title": assignment.title,
            "organisation": assignment.organisation.name,
            "url": absolute_url(assignment.get_absolute_url()),
        },
        "name": response.name,
        "email": response.email,
        "phone": response.phone,
        "motivation": response.motivation,
        "available_from": response.available_from.isoformat(),
        "hours_per_week": response.hours_per_week,
        "rate": str(response.rate) if response.rate is not None else None,
        "cv_filename": response.cv_filename,
        "cv_file": cv_path,
        "consent_at": response.consent_at.isoformat(),
        "keep_for_other_assignments": response.keep_for_other_assignments,
        "status": response.status,
        "language": response.language,
        "received_at": response.created_at.isoformat(),
        "retain_until": response.retain_until.isoformat() if response.retain_until else None,
        "history": [
            {
                "at": event.created_at.isoformat(),
                "from": event.from_status,
                "to": event.to_status,
                "by": event.actor.get_full_name() or event.actor.get_username()
                if event.actor
                else None,
                "note": event.note,
            }
            for event in response.events.all()
        ],
    }


def delete(responses, *, actor):
    """Deletes these responses and their CVs now (the admin's delete), recording who did it.
    Returns how many."""
    with transaction.atomic():
        locked = list(
            Response.objects.filter(pk__in=responses.values("pk"))
            .select_for_update()
            .only("pk", "cv", "assignment_id")
        )
        record_access(actor, locked, AccessKind.ERASE)
        return _erase(locked) if locked else 0


def erase(emails, *, actor):
    """Everything held on these e-mail addresses is deleted at once (an erasure request);
    the access log keeps who did it and the responses' numbers. Returns how many."""
    with transaction.atomic():
        responses = list(
            responses_for_emails(emails).select_for_update().only("pk", "cv", "assignment_id")
        )
        record_access(actor, responses, AccessKind.ERASE)
        return _erase(responses) if responses else 0
