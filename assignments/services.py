"""The screening workflow and edits: the only code that changes a saved assignment.

Every service locks the assignment's row, checks the move against the state graph in
DESIGN.md (an edit: against the version the editor loaded), applies it and records a
`ScreeningEvent`, all in one transaction: it either happens completely or raises
`ValidationError` and changes nothing. The admin, the management commands and the tests all
go through here.

Verification means the client confirmed the terms. Publishing and confirming the terms need a
`ClientConfirmation` recorded after the terms last changed (`Assignment.terms_changed_at`,
set by every change of the terms, copying the organisation's defaults included: a copy of
the defaults is never a confirmation). Editing the terms of a published assignment records
the client's confirmation of the new terms in the same step and is refused without one, so
a published assignment's terms are always the terms its client confirmation covers.
"""

from dataclasses import dataclass

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from core.dates import local_today
from organisations.models import HybridTerms

from .models import (
    RESCREEN_AFTER,
    UNPUBLISHED,
    Assignment,
    ClientConfirmation,
    ScreeningEvent,
    Status,
    copied_line,
    stored_value,
)

TERMS_FIELDS = (*(field.name for field in HybridTerms._meta.local_fields), "tools")
# What an edit may change: the fields a form shows. The status, the stamps and the version
# belong to the services.
EDITABLE_FIELDS = tuple(
    field.name
    for field in (*Assignment._meta.concrete_fields, *Assignment._meta.many_to_many)
    if field.editable and not field.primary_key
)
# What a recruiter enters to record a client confirmation (the rest the service fills in).
CONFIRMATION_FIELDS = ("confirmed_on", "channel", "client_contact", "note")
VERIFICATION_FIELDS = ("terms_verified_at", "terms_verified_by", "confirmation")


@dataclass(frozen=True)
class Transition:
    name: str
    label: Promise
    sources: frozenset
    target: str
    # Publishing is a separate right: a recruiter in training may screen but not publish.
    permission: str = "assignments.change_assignment"


TRANSITIONS = {
    transition.name: transition
    for transition in (
        Transition("claim", _("Claim"), frozenset({Status.NEW}), Status.SCREENING),
        Transition(
            "ask_client", _("Ask client"), frozenset({Status.SCREENING}), Status.AWAITING_CLIENT
        ),
        Transition(
            "record_answer",
            _("Record client's answer"),
            frozenset({Status.AWAITING_CLIENT}),
            Status.SCREENING,
        ),
        Transition(
            "publish",
            _("Publish"),
            frozenset({Status.SCREENING}),
            Status.PUBLISHED,
            permission="assignments.publish_assignment",
        ),
        Transition("close", _("Close"), frozenset({Status.PUBLISHED}), Status.CLOSED),
        Transition(
            "withdraw",
            _("Withdraw"),
            frozenset({Status.NEW, Status.SCREENING, Status.AWAITING_CLIENT, Status.PUBLISHED}),
            Status.WITHDRAWN,
        ),
    )
}

# The steps the change form offers besides the transitions.
PREFILL_LABEL = _("Copy organisation defaults")
CONFIRM_TERMS_LABEL = _("Confirm terms")


def available_transitions(assignment, user=None):
    """The transitions that are possible from the assignment's status (for `user`, if given)."""
    return [
        transition
        for transition in TRANSITIONS.values()
        if assignment.status in transition.sources
        and (user is None or user.has_perm(transition.permission))
    ]


# Transitions ------------------------------------------------------------------------------


def claim(assignment, *, actor, note=""):
    """new → screening: `actor` takes the assignment on and its empty terms are prefilled
    from the organisation's defaults (which changes the terms: no earlier client
    confirmation covers them any more)."""
    with transaction.atomic():
        locked = _begin(assignment, "claim")
        copied = _copy_defaults(locked)
        locked.claimed_by = actor
        fields = ["claimed_by", *(name for name in copied if name != "tools")]
        if copied:
            locked.terms_changed_at = timezone.now()
            fields.append("terms_changed_at")
        _finish(
            locked,
            assignment,
            "claim",
            actor,
            note,
            fields,
            details={"copied": copied} if copied else {},
        )
    return assignment


def ask_client(assignment, *, actor, note=""):
    """screening → awaiting_client: a question about the terms is out with the client."""
    return _move(assignment, "ask_client", actor, note)


def record_answer(assignment, *, actor, note=""):
    """awaiting_client → screening: the client answered; screening goes on."""
    return _move(assignment, "record_answer", actor, note)


def publish(assignment, *, actor, note=""):
    """screening → published: only with complete, consistent terms and a client confirmation
    recorded after they last changed, not dated in the future and not stale. Stamps who
    verified the terms, when, and on which confirmation."""
    with transaction.atomic():
        locked = _begin(assignment, "publish")
        confirmation = _check_publishable(locked)
        now = timezone.now()
        locked.published_at = now
        _verify(locked, actor, confirmation, now)
        _finish(
            locked,
            assignment,
            "publish",
            actor,
            note,
            ["published_at", *VERIFICATION_FIELDS],
            details={"verified_on": confirmation.as_details()},
        )
    return assignment


def close(assignment, *, actor, note=""):
    """published → closed: no longer open to responses."""
    return _move(assignment, "close", actor, note)


def close_expired(assignment):
    """published → closed by the system, because the closing date has passed."""
    return _move(
        assignment,
        "close",
        None,
        "",
        details={"closing_date_passed": assignment.closing_date.isoformat()},
    )


def withdraw(assignment, *, actor, note=""):
    """Any state but closed (and withdrawn) → withdrawn. The assignment is kept, not deleted."""
    return _move(assignment, "withdraw", actor, note)


# Terms --------------------------------------------------------------------------------------


def prefill_terms(assignment, *, actor, note=""):
    """Copies the organisation's default terms into the assignment's empty terms fields (and
    its tools, when it has none) while it is being screened. Returns the copied field names.
    The copy changes the terms: it needs the client's confirmation like any other change."""
    with transaction.atomic():
        locked = _lock(assignment)
        if locked.status not in UNPUBLISHED:
            raise ValidationError(
                _(
                    "The organisation's defaults can only be copied before publishing; "
                    "“%(title)s” is %(status)s."
                ),
                code="not_screening",
                params={"title": locked.title, "status": locked.get_status_display()},
            )
        copied = _copy_defaults(locked)
        if copied:
            locked.terms_changed_at = timezone.now()
            fields = [name for name in copied if name != "tools"]
            _save(locked, actor, ["terms_changed_at", *fields])
            _record(locked, locked.status, actor, note, {"copied": copied})
        _sync(assignment, locked)
    return copied


def confirm_terms(assignment, *, actor, note=""):
    """Re-verifies the terms of a published assignment on a client confirmation recorded
    after the last verification (re-screening needs a new one), which takes it off the
    re-screening list and renews the public badge."""
    with transaction.atomic():
        locked = _lock(assignment)
        if locked.status != Status.PUBLISHED:
            raise ValidationError(
                _("Only the terms of a published assignment can be confirmed."),
                code="not_published",
            )
        confirmation = _check_confirmable(locked)
        _verify(locked, actor, confirmation, timezone.now())
        _save(locked, actor, VERIFICATION_FIELDS)
        _record(locked, locked.status, actor, note, {"verified_on": confirmation.as_details()})
        _sync(assignment, locked)
    return assignment


def record_confirmation(assignment, *, actor, confirmed_on, channel, client_contact, note=""):
    """Records a client confirmation of the assignment's terms as they are (on a published
    assignment without verifying them: that is `confirm_terms`). Returns it."""
    with transaction.atomic():
        locked = _lock(assignment)
        confirmation = _new_confirmation(
            locked,
            actor,
            {
                "confirmed_on": confirmed_on,
                "channel": channel,
                "client_contact": client_contact,
                "note": note,
            },
            timezone.now(),
        )
        _raise_if(_validate_confirmation(confirmation))
        # Recorded beside the assignment, not in it: nobody's open form becomes stale.
        confirmation.save()
        _record(locked, locked.status, actor, "", {"confirmation": confirmation.as_details()})
        _sync(assignment, locked)
    return confirmation


# Edits ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """What `update_assignment` did."""

    changed: tuple  # the names of the fields whose value changed
    event: ScreeningEvent | None  # the history entry of the edit, if it made one
    confirmation: ClientConfirmation | None = None  # the client confirmation it recorded
    verified: bool = False  # whether the terms are verified on that confirmation now
    step: str | None = None  # the step it took after saving
    step_result: object = None  # what the step returned


def update_assignment(
    assignment,
    *,
    actor,
    data,
    loaded_version,
    may_verify=False,
    confirmation=None,
    step=None,
    step_note="",
):
    """Saves `actor`'s edit of the assignment's own fields, made on the version
    `loaded_version`, and then, in the same transaction, takes the screening `step` (a
    transition's name, "prefill" or "confirm_terms"), if one is given. `data` maps editable
    field names to new values (`tools`: an iterable of tools); the status and the stamps are
    the steps' business. `confirmation` (a mapping of CONFIRMATION_FIELDS) records the
    client's confirmation of the terms as saved.

    Refused with nothing saved and no step taken when someone saved the assignment after
    `loaded_version`, when the fields or the confirmation break a rule, when the step is not
    possible, or when the terms of a published assignment would be left incomplete. A change
    of a published assignment's terms needs the client's confirmation of the new terms in the
    same edit and `may_verify` (the publish right); the terms are verified on it and the
    change is recorded in one event (old → new). A confirmation recorded on a published
    assignment by someone who may verify verifies the terms on it too. Returns an `Edit`."""
    unknown = set(data) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable fields: {', '.join(sorted(unknown))}")
    if step is not None and step not in STEPS:
        raise ValueError(f"Not a screening step: {step}")
    with transaction.atomic():
        locked = lock_at_version(assignment, loaded_version)
        published = locked.status == Status.PUBLISHED
        changed, changes, new_tools = [], [], None
        for name, value in data.items():
            if name == "tools":
                old_tools, new_tools = list(locked.tools.all()), list(value)
                if {tool.pk for tool in old_tools} != {tool.pk for tool in new_tools}:
                    changed.append(name)
                    changes.append(
                        [name, stored_value(name, old_tools), stored_value(name, new_tools)]
                    )
                continue
            field = Assignment._meta.get_field(name)
            # Compared as stored (a foreign key by its id), so a related row is never fetched.
            old = field.value_from_object(locked)
            setattr(locked, name, value)
            if field.value_from_object(locked) != old:
                changed.append(name)
                if name in TERMS_FIELDS:
                    changes.append([name, stored_value(name, old), stored_value(name, value)])
        terms_changed = bool(changes)
        if published and terms_changed and not may_verify:
            raise ValidationError(
                _(
                    "Changing the hybrid terms of a published assignment verifies them "
                    "again, which needs the right to publish. Nothing was saved; ask a "
                    "colleague who may publish."
                ),
                code="may_not_verify",
            )
        now = timezone.now()
        new_confirmation = (
            _new_confirmation(locked, actor, confirmation, now) if confirmation else None
        )
        # A confirmation recorded with the save of a published assignment verifies its terms,
        # when the recruiter may verify; otherwise it is only recorded, as in screening.
        verifies = published and may_verify
        errors = _edit_errors(locked)
        if new_confirmation is not None:
            errors.update(_validate_confirmation(new_confirmation))
            # Only one that could back the terms (not stale) verifies them, as publishing and
            # "confirm terms" demand.
            problem = _confirmation_problem(locked, new_confirmation) if verifies else None
            if problem is not None and "confirmed_on" not in errors:
                errors.setdefault("confirmed_on", []).append(problem)
        elif published and terms_changed:
            errors.setdefault(NON_FIELD_ERRORS, []).append(
                ValidationError(
                    _(
                        "You changed the hybrid terms of a published assignment: record "
                        "the client's confirmation of the new terms (when, how and who) in "
                        "the same save. Nothing was saved."
                    ),
                    code="confirmation_required",
                )
            )
        _raise_if(errors)

        fields = [name for name in changed if name != "tools"]
        if terms_changed:
            locked.terms_changed_at = now
            fields.append("terms_changed_at")
        verified = verifies and new_confirmation is not None
        if new_confirmation is not None:
            new_confirmation.save()
        if verified:
            _verify(locked, actor, new_confirmation, now)
            fields += VERIFICATION_FIELDS
        event = None
        # A step on an unchanged form is the step alone: no save of the edit.
        if step is None or changed or new_confirmation is not None:
            _save(locked, actor, fields)
            if "tools" in changed:
                locked.tools.set(new_tools)
            details = {}
            if published and changes:
                details["changes"] = changes
            if new_confirmation is not None:
                details["confirmation"] = new_confirmation.as_details()
            if verified:
                details["verified_on"] = new_confirmation.as_details()
            if details:
                event = _record(locked, locked.status, actor, "", details)
        _sync(assignment, locked)
        step_result = None
        if step == "confirm_terms" and verified:
            # The save has just verified the terms on the new confirmation: that was the step.
            step_result = assignment
        elif step is not None:
            step_result = STEPS[step](assignment, actor=actor, note=step_note)
    return Edit(
        changed=tuple(changed),
        event=event,
        confirmation=new_confirmation,
        verified=verified,
        step=step,
        step_result=step_result,
    )


def lock_at_version(assignment, loaded_version):
    """Locks the assignment's row until the transaction ends and returns it, or refuses when
    it was saved after `loaded_version` was read: whoever acts on an older page would undo
    someone else's work without knowing."""
    locked = _lock(assignment)
    if locked.version != loaded_version:
        raise ValidationError(
            _("Someone else changed “%(title)s” after you opened it; nothing was saved."),
            code="stale_version",
            params={"title": locked.title},
        )
    return locked


# Helpers ------------------------------------------------------------------------------------


def _lock(assignment):
    # The row lock makes a concurrent transition or admin save wait for this one, and then
    # see its result (and refuse, if the move is no longer legal).
    return Assignment.objects.select_for_update().get(pk=assignment.pk)


def _move(assignment, name, actor, note, details=None):
    """A transition that only changes the status."""
    with transaction.atomic():
        locked = _begin(assignment, name)
        _finish(locked, assignment, name, actor, note, details=details)
    return assignment


def _begin(assignment, name):
    locked = _lock(assignment)
    transition = TRANSITIONS[name]
    if locked.status not in transition.sources:
        raise ValidationError(
            _("“%(title)s” is %(status)s: “%(action)s” is not possible from there."),
            code="illegal_transition",
            params={
                "title": locked.title,
                "status": locked.get_status_display(),
                "action": transition.label,
            },
        )
    return locked


def _finish(locked, assignment, name, actor, note, fields=(), details=None):
    from_status = locked.status
    locked.status = TRANSITIONS[name].target
    _save(locked, actor, ["status", *fields])
    _record(locked, from_status, actor, note, details)
    _sync(assignment, locked)


def _save(locked, actor, fields):
    locked.version += 1
    fields = [*fields, "version", "updated_at"]
    if actor is not None:
        locked.updated_by = actor
        fields.append("updated_by")
    locked.save(update_fields=fields)


def _record(locked, from_status, actor, note, details=None):
    return ScreeningEvent.objects.create(
        assignment=locked,
        from_status=from_status,
        to_status=locked.status,
        actor=actor,
        note=note,
        details=details or {},
    )


def _sync(assignment, locked):
    """Gives the caller's instance the saved values, so it never holds a stale status."""
    if assignment is locked:
        return
    for field in Assignment._meta.concrete_fields:
        setattr(assignment, field.attname, getattr(locked, field.attname))


def _verify(locked, actor, confirmation, now):
    locked.terms_verified_at = now
    locked.terms_verified_by = actor
    locked.confirmation = confirmation


def _raise_if(errors):
    if errors:
        raise ValidationError(errors)


def _new_confirmation(locked, actor, values, now):
    unknown = set(values) - set(CONFIRMATION_FIELDS)
    if unknown:
        raise ValueError(f"Not confirmation fields: {', '.join(sorted(unknown))}")
    return ClientConfirmation(
        assignment=locked,
        recorded_by=actor,
        recorded_at=now,
        **{name: values.get(name) or "" for name in ("channel", "client_contact", "note")},
        confirmed_on=values.get("confirmed_on"),
    )


def _validate_confirmation(confirmation):
    """The confirmation's field errors, keyed by its fields (empty when it may be saved)."""
    try:
        confirmation.full_clean(exclude=["assignment", "recorded_by"])
    except ValidationError as error:
        return error.update_error_dict({})
    return {}


def _latest_confirmation(locked):
    return locked.confirmations.order_by("-recorded_at", "-pk").first()


def _confirmation_problem(locked, confirmation, *, newer_than=None):
    """Why `confirmation` (the latest recorded) cannot back the terms, or None."""
    if confirmation is None:
        return ValidationError(
            _(
                "No confirmation by the client is recorded. Record when, how and by whom "
                "at the client the terms were confirmed; copying the organisation's "
                "defaults is not a confirmation."
            ),
            code="no_confirmation",
        )
    changed_at = locked.terms_changed_at
    if changed_at is not None and confirmation.recorded_at < changed_at:
        return ValidationError(
            _(
                "The terms changed on %(changed)s, after the client's last confirmation "
                "was recorded (%(recorded)s). Ask the client to confirm the terms as they "
                "are now and record that."
            ),
            code="confirmation_outdated",
            params={
                "changed": formats.date_format(timezone.localtime(changed_at), "DATETIME_FORMAT"),
                "recorded": formats.date_format(
                    timezone.localtime(confirmation.recorded_at), "DATETIME_FORMAT"
                ),
            },
        )
    if newer_than is not None and confirmation.recorded_at <= newer_than:
        return ValidationError(
            _(
                "Confirming the terms needs a new confirmation by the client, recorded "
                "after the terms were last verified (%(verified)s). Record it (when, how "
                "and who) and confirm again."
            ),
            code="no_new_confirmation",
            params={
                "verified": formats.date_format(timezone.localtime(newer_than), "DATETIME_FORMAT")
            },
        )
    if confirmation.confirmed_on > local_today():
        return ValidationError(
            _(
                "The client's confirmation is dated %(date)s, which is in the future. "
                "Record the day the client actually confirmed the terms."
            ),
            code="confirmation_in_future",
            params={"date": formats.date_format(confirmation.confirmed_on)},
        )
    if confirmation.is_stale:
        return ValidationError(
            _(
                "The client's last confirmation is from %(date)s, more than %(days)s days "
                "ago. Ask the client whether the terms still hold and record their answer."
            ),
            code="confirmation_stale",
            params={
                "date": formats.date_format(confirmation.confirmed_on),
                "days": RESCREEN_AFTER.days,
            },
        )
    return None


def confirmation_problem(assignment):
    """Why the assignment's latest client confirmation would not do for publishing, as a
    ValidationError, or None: for showing before anyone clicks (no lock, changes nothing)."""
    return _confirmation_problem(assignment, _latest_confirmation(assignment))


def _check_publishable(locked):
    """Publishing needs every required term filled in, the terms consistent and a client
    confirmation that covers them. Returns that confirmation; refuses with every reason at
    once (the missing terms also on their fields)."""
    reasons, errors = [], {}
    missing = locked.missing_terms
    if missing:
        names = ", ".join(str(Assignment._meta.get_field(name).verbose_name) for name in missing)
        reasons.append(
            ValidationError(
                _("The hybrid terms are not complete; missing: %(fields)s."),
                code="terms_incomplete",
                params={"fields": names},
            )
        )
        for name in missing:
            errors[name] = [ValidationError(_("Needed to publish."), code="needed_to_publish")]
    try:
        HybridTerms.clean(locked)
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    confirmation = _latest_confirmation(locked)
    problem = _confirmation_problem(locked, confirmation)
    if problem is not None:
        reasons.append(problem)
    if reasons or errors:
        raise ValidationError({NON_FIELD_ERRORS: reasons, **errors} if reasons else errors)
    return confirmation


def _check_confirmable(locked):
    """Re-verifying needs complete terms and a new client confirmation that covers them."""
    missing = locked.missing_terms
    if missing:
        names = ", ".join(str(Assignment._meta.get_field(name).verbose_name) for name in missing)
        raise ValidationError(
            _("The hybrid terms are not complete; missing: %(fields)s."),
            code="terms_incomplete",
            params={"fields": names},
        )
    HybridTerms.clean(locked)
    confirmation = _latest_confirmation(locked)
    problem = _confirmation_problem(locked, confirmation, newer_than=locked.terms_verified_at)
    if problem is not None:
        raise problem
    return confirmation


def _edit_errors(locked):
    """The rules every saved assignment keeps; published, its terms also stay complete."""
    errors = {}
    if locked.status == Status.PUBLISHED:
        for name in locked.missing_terms:
            errors[name] = [
                ValidationError(
                    _("A published assignment needs this term; it cannot be emptied."),
                    code="term_emptied",
                )
            ]
    try:
        locked.clean()
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    return errors


def _copy_defaults(locked):
    """Fills the empty terms of `locked` from its organisation. Defaults that would contradict
    terms the recruiter already entered are left out. Returns the copied field names."""
    organisation = locked.organisation
    originals = {}
    for name in TERMS_FIELDS:
        if name != "tools" and _is_empty(locked, name) and not _is_empty(organisation, name):
            originals[name] = getattr(locked, name)
            setattr(locked, name, getattr(organisation, name))
    try:
        HybridTerms.clean(locked)
    except ValidationError as error:
        # The recruiter's own entries win over the defaults: undo the copies the rules
        # complain about, or all of them if that is not enough.
        for name in set(error.message_dict) & set(originals):
            setattr(locked, name, originals.pop(name))
        try:
            HybridTerms.clean(locked)
        except ValidationError:
            for name, value in originals.items():
                setattr(locked, name, value)
            originals = {}
    copied = list(originals)
    if not locked.tools.exists():
        tools = list(organisation.tools.all())
        if tools:
            locked.tools.set(tools)
            copied.append("tools")
    return copied


def _is_empty(obj, name):
    value = getattr(obj, name)
    # No fixed office days is stored as 0, which is also "not filled in yet".
    return value in (None, "") or (name == "office_days" and not value)


def copied_note(copied):
    """The message after copying defaults, in the active language ("" when nothing was)."""
    return copied_line(copied) if copied else ""


# What the change form's buttons can do, by name: the transitions and the two terms steps.
STEPS = {
    "prefill": prefill_terms,
    "confirm_terms": confirm_terms,
    "claim": claim,
    "ask_client": ask_client,
    "record_answer": record_answer,
    "publish": publish,
    "close": close,
    "withdraw": withdraw,
}
