"""The screening workflow and edits: the only code that changes a saved assignment.

Every service locks the assignment's row, checks the move against the state graph in
DESIGN.md (an edit: against the version the editor loaded), applies it and records a
`ScreeningEvent` (an edit: when it changes a published assignment's terms), all in one
transaction: it either happens completely or raises `ValidationError` and changes nothing.
The admin, the management commands and the tests all go through here.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from organisations.models import HybridTerms
from organisations.weekdays import Weekday

from .models import UNPUBLISHED, Assignment, ScreeningEvent, Status

TERMS_FIELDS = (*(field.name for field in HybridTerms._meta.local_fields), "tools")
# What an edit may change: the fields a form shows. The status, the stamps and the version
# belong to the services.
EDITABLE_FIELDS = tuple(
    field.name
    for field in (*Assignment._meta.concrete_fields, *Assignment._meta.many_to_many)
    if field.editable and not field.primary_key
)


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
    from the organisation's defaults."""
    with transaction.atomic():
        locked = _begin(assignment, "claim")
        copied = _copy_defaults(locked)
        locked.claimed_by = actor
        _finish(
            locked,
            assignment,
            "claim",
            actor,
            _join(note, copied_note(copied)),
            ["claimed_by", *(name for name in copied if name != "tools")],
        )
    return assignment


def ask_client(assignment, *, actor, note=""):
    """screening → awaiting_client: a question about the terms is out with the client."""
    return _move(assignment, "ask_client", actor, note)


def record_answer(assignment, *, actor, note=""):
    """awaiting_client → screening: the client answered; screening goes on."""
    return _move(assignment, "record_answer", actor, note)


def publish(assignment, *, actor, note=""):
    """screening → published: only with complete, consistent terms; stamps who verified them."""
    with transaction.atomic():
        locked = _begin(assignment, "publish")
        _check_terms(locked)
        now = timezone.now()
        locked.published_at = now
        locked.terms_verified_at = now
        locked.terms_verified_by = actor
        _finish(
            locked,
            assignment,
            "publish",
            actor,
            note,
            ["published_at", "terms_verified_at", "terms_verified_by"],
        )
    return assignment


def close(assignment, *, actor, note=""):
    """published → closed: no longer open to responses."""
    return _move(assignment, "close", actor, note)


def withdraw(assignment, *, actor, note=""):
    """Any state but closed (and withdrawn) → withdrawn. The assignment is kept, not deleted."""
    return _move(assignment, "withdraw", actor, note)


# Terms --------------------------------------------------------------------------------------


def prefill_terms(assignment, *, actor, note=""):
    """Copies the organisation's default terms into the assignment's empty terms fields (and
    its tools, when it has none) while it is being screened. Returns the copied field names."""
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
            _save(locked, actor, [name for name in copied if name != "tools"])
            _record(locked, locked.status, actor, _join(note, copied_note(copied)))
        _sync(assignment, locked)
    return copied


def confirm_terms(assignment, *, actor, note=""):
    """Records that the client confirmed the terms of a published assignment unchanged, which
    takes it off the re-screening list."""
    with transaction.atomic():
        locked = _lock(assignment)
        if locked.status != Status.PUBLISHED:
            raise ValidationError(
                _("Only the terms of a published assignment can be confirmed."),
                code="not_published",
            )
        _check_terms(locked)
        _stamp_verified(locked, actor)
        _save(locked, actor, ["terms_verified_at", "terms_verified_by"])
        _record(locked, locked.status, actor, _join(gettext("Terms confirmed unchanged."), note))
        _sync(assignment, locked)
    return assignment


# Edits ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """What `update_assignment` did."""

    changed: tuple  # the names of the fields whose value changed
    event: ScreeningEvent | None  # the history entry of a change of published terms


def update_assignment(assignment, *, actor, data, loaded_version, may_verify=False):
    """Saves `actor`'s edit of the assignment's own fields, made on the version
    `loaded_version`. `data` maps editable field names to new values (`tools`: an iterable of
    tools); the status and the stamps are the transitions' business.

    Refused with nothing saved when someone saved the assignment after `loaded_version`, when
    the fields break a rule, or when the terms of a published assignment would be left
    incomplete. A change of a published assignment's terms verifies them again, so it needs
    `may_verify` (the publish right), is recorded in one event (old → new) and stamps the
    verification with `actor`. Returns an `Edit`."""
    unknown = set(data) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not editable fields: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        locked = lock_at_version(assignment, loaded_version)
        changed, lines, new_tools = [], [], None
        for name, value in data.items():
            if name == "tools":
                old_tools, new_tools = list(locked.tools.all()), list(value)
                if {tool.pk for tool in old_tools} != {tool.pk for tool in new_tools}:
                    changed.append(name)
                    lines.append(_change_line(locked, name, old_tools, new_tools))
                continue
            field = Assignment._meta.get_field(name)
            # Compared as stored (a foreign key by its id), so a related row is never fetched.
            old = field.value_from_object(locked)
            setattr(locked, name, value)
            if field.value_from_object(locked) != old:
                changed.append(name)
                if name in TERMS_FIELDS:
                    lines.append(_change_line(locked, name, old, value))
        # Every changed term has a line; on a published assignment they verify the terms again.
        reverify = locked.status == Status.PUBLISHED and bool(lines)
        if reverify and not may_verify:
            raise ValidationError(
                _(
                    "Changing the hybrid terms of a published assignment verifies them "
                    "again, which needs the right to publish. Nothing was saved; ask a "
                    "colleague who may publish."
                ),
                code="may_not_verify",
            )
        _check_edit(locked)
        fields = [name for name in changed if name != "tools"]
        if reverify:
            _stamp_verified(locked, actor)
            fields += ["terms_verified_at", "terms_verified_by"]
        _save(locked, actor, fields)
        if "tools" in changed:
            locked.tools.set(new_tools)
        event = _record(locked, locked.status, actor, "\n".join(lines)) if reverify else None
        _sync(assignment, locked)
    return Edit(changed=tuple(changed), event=event)


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


def _move(assignment, name, actor, note):
    """A transition that only changes the status."""
    with transaction.atomic():
        locked = _begin(assignment, name)
        _finish(locked, assignment, name, actor, note)
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


def _finish(locked, assignment, name, actor, note, fields=()):
    from_status = locked.status
    locked.status = TRANSITIONS[name].target
    _save(locked, actor, ["status", *fields])
    _record(locked, from_status, actor, note)
    _sync(assignment, locked)


def _save(locked, actor, fields):
    locked.version += 1
    fields = [*fields, "version", "updated_at"]
    if actor is not None:
        locked.updated_by = actor
        fields.append("updated_by")
    locked.save(update_fields=fields)


def _record(locked, from_status, actor, note):
    return ScreeningEvent.objects.create(
        assignment=locked,
        from_status=from_status,
        to_status=locked.status,
        actor=actor,
        note=note,
    )


def _sync(assignment, locked):
    """Gives the caller's instance the saved values, so it never holds a stale status."""
    if assignment is locked:
        return
    for field in Assignment._meta.concrete_fields:
        setattr(assignment, field.attname, getattr(locked, field.attname))


def _stamp_verified(locked, actor):
    locked.terms_verified_at = timezone.now()
    locked.terms_verified_by = actor


def _check_terms(locked):
    """Publishing needs every required term filled in and the terms consistent."""
    missing = locked.missing_terms
    if missing:
        names = ", ".join(str(Assignment._meta.get_field(name).verbose_name) for name in missing)
        raise ValidationError(
            _("The hybrid terms are not complete; missing: %(fields)s."),
            code="terms_incomplete",
            params={"fields": names},
        )
    HybridTerms.clean(locked)


def _check_edit(locked):
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
    if errors:
        raise ValidationError(errors)


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
    if not copied:
        return ""
    return gettext("Copied from the organisation's defaults: %(fields)s.") % {
        "fields": ", ".join(_label(name) for name in copied)
    }


def _label(name):
    return str(Assignment._meta.get_field(name).verbose_name)


def _display(obj, name, value):
    if value is None or value == "":
        return "—"
    if name == "tools":
        return ", ".join(sorted(tool.name for tool in value)) or "—"
    if name == "office_days":
        return ", ".join(str(day.label) for day in Weekday.from_mask(value)) or "—"
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    field = Assignment._meta.get_field(name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def _change_line(obj, name, old, new):
    return f"{_label(name)}: {_display(obj, name, old)} → {_display(obj, name, new)}"


def _join(*parts):
    return "\n".join(str(part) for part in parts if part)
