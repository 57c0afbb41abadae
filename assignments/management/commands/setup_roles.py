"""Creates or updates the staff groups with exactly their permissions. Safe to run again:
permissions granted by hand to these groups are taken away, so the code stays the truth."""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q

RECRUITERS = "Recruiters"
EDITORS = "Editors"

# (app_label, model): the actions recruiters get on it.
RECRUITER_MODELS = {
    ("assignments", "assignment"): ("view", "add", "change"),
    ("organisations", "organisation"): ("view", "add", "change"),
    ("organisations", "tool"): ("view", "add", "change"),
    ("assignments", "screeningevent"): ("view",),
    # Candidates' responses: see them and move them along the pipeline; deleting them (an
    # erasure request) is for administrators.
    ("responses", "response"): ("view", "change"),
    ("responses", "responseevent"): ("view",),
}
RECRUITER_EXTRA = [
    ("assignments", "publish_assignment"),
    ("responses", "download_cv"),
]
# Every model of the FAQ app, whatever models it has: found through its content types.
EDITOR_APPS = ["faq"]


def recruiter_permissions():
    condition = Q(pk__in=[])
    for (app_label, model), actions in RECRUITER_MODELS.items():
        condition |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=[f"{action}_{model}" for action in actions],
        )
    for app_label, codename in RECRUITER_EXTRA:
        condition |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(condition)


def editor_permissions():
    return Permission.objects.filter(content_type__app_label__in=EDITOR_APPS)


class Command(BaseCommand):
    help = "Create or update the Recruiters and Editors groups with exactly their permissions."

    def handle(self, *args, **options):
        with transaction.atomic():
            for name, permissions in (
                (RECRUITERS, recruiter_permissions()),
                (EDITORS, editor_permissions()),
            ):
                self.apply(name, set(permissions))

    def apply(self, name, wanted):
        group, created = Group.objects.get_or_create(name=name)
        current = set(group.permissions.all())
        added, removed = wanted - current, current - wanted
        group.permissions.add(*added)
        group.permissions.remove(*removed)
        state = "created" if created else "updated" if added or removed else "unchanged"
        self.stdout.write(
            f"{name}: {state}, {len(wanted)} permissions "
            f"({len(added)} added, {len(removed)} removed)."
        )
        if not wanted:
            self.stdout.write(self.style.WARNING(f"{name}: no permissions found to grant."))
