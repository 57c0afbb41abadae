"""Realistic Dutch demo data: organisations with default hybrid terms, tools, recruiters and
assignments in every role and status.

The hand-written demo set (organisations, tools and the first DEMO_SET_SIZE assignments) is
composed from the texts in `demo/organisations.py` and `demo/assignments.py`; with
`--assignments N` more are generated in bulk until the database holds N assignments. Running
the command again adds nothing that is already there. Dates are relative to today, so the
demo never goes stale.
"""

import random
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import NamedTuple
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils.text import slugify

from assignments.models import Assignment, Role, ScreeningEvent, Status, local_today
from core import cache as public_cache
from demo import assignments as assignment_content
from demo import organisations as organisation_content
from demo.faq import seed_faq_pages
from demo.responses import seed_responses
from organisations.models import (
    MAX_HOME_DAYS,
    MAX_ONBOARDING_WEEKS,
    CrisisPresence,
    Kind,
    Organisation,
    Size,
    Tool,
)
from organisations.weekdays import Weekday

DEMO_SET_SIZE = 160
# The hand-written set is the same whatever --seed says, so a second run with another seed
# still recognises it and adds nothing.
DEMO_SET_SEED = 20261128
BATCH_SIZE = 1000
MAX_ASSIGNMENTS = 2_000_000

RECRUITERS = [
    ("sanne.devries", "Sanne", "de Vries"),
    ("mohammed.elamrani", "Mohammed", "El Amrani"),
    ("lotte.bakker", "Lotte", "Bakker"),
    ("jeroen.vandijk", "Jeroen", "van Dijk"),
]

# Share of each status in the demo set, in per mille. Most are published.
STATUS_WEIGHTS = {
    Status.PUBLISHED: 700,
    Status.NEW: 60,
    Status.SCREENING: 70,
    Status.AWAITING_CLIENT: 50,
    Status.CLOSED: 70,
    Status.WITHDRAWN: 50,
}

# Ministries and the big cities hire most interim communications staff.
ORGANISATION_WEIGHT = {
    Kind.MINISTRY: 5,
    Kind.AGENCY: 3,
    Kind.PROVINCE: 2,
    Kind.MUNICIPALITY: 2,
    Kind.WATER_BOARD: 1,
    Kind.OTHER: 1,
}

ORGANISATION_FIELDS = ("name", "slug", "kind", "size", "province", "city", "website", "description")


def count_argument(value):
    try:
        number = int(value)
    except ValueError:
        raise CommandError(f"--assignments must be a whole number, not {value!r}.") from None
    if not 0 <= number <= MAX_ASSIGNMENTS:
        raise CommandError(f"--assignments must be between 0 and {MAX_ASSIGNMENTS:,}.")
    return number


def seed_argument(value):
    try:
        return int(value)
    except ValueError:
        raise CommandError(f"--seed must be a whole number, not {value!r}.") from None


def clamp(value, low, high):
    return max(low, min(high, value))


class Command(BaseCommand):
    help = "Load realistic Dutch demo data. Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--assignments",
            type=count_argument,
            default=None,
            metavar="N",
            help="End with N assignments in total, generating the missing ones in bulk "
            f"(never fewer than the {DEMO_SET_SIZE} of the demo set).",
        )
        parser.add_argument(
            "--seed",
            type=seed_argument,
            default=1,
            metavar="S",
            help="Seed for the generated assignments: the same seed gives the same data.",
        )

    def handle(self, *args, assignments=None, seed=1, verbosity=1, **options):
        self.verbosity = verbosity
        today = local_today()
        # Midnight today: every timestamp is an offset from it, so two runs on one day agree.
        self.anchor = datetime.combine(today, time(0), tzinfo=ZoneInfo(settings.TIME_ZONE))

        with transaction.atomic():
            tools = self.seed_tools()
            recruiters = self.seed_recruiters()
            organisations = self.seed_organisations(tools)
            created = self.seed_demo_set(organisations, recruiters)
            faq_pages = seed_faq_pages()
        # Each response with its CV in a transaction of its own (a file cannot roll back).
        responses = seed_responses(recruiters, self.anchor)

        generated = 0
        if assignments is not None:
            generated = self.seed_generated(assignments, seed, organisations, recruiters)
        # Bulk inserts send no signals: make every cached public page stale by hand.
        public_cache.bump()

        total = Assignment.objects.count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(organisations)} organisations, {total} assignments "
                f"({created} from the demo set and {generated} generated in this run), "
                f"{faq_pages} new FAQ pages, {responses} new responses."
            )
        )

    # Reference data -----------------------------------------------------------------------

    def seed_tools(self):
        existing = {tool.name: tool for tool in Tool.objects.all()}
        missing = [Tool(name=name) for name in organisation_content.TOOLS if name not in existing]
        for tool in Tool.objects.bulk_create(missing):
            existing[tool.name] = tool
        return existing

    def seed_recruiters(self):
        user_model = get_user_model()
        recruiters = []
        for username, first_name, last_name in RECRUITERS:
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@opdrachtwijzer.nl",
                },
            )
            if created:
                # Demo people only: nobody can log in as them.
                user.set_unusable_password()
                user.save(update_fields=["password"])
            recruiters.append(user)
        return recruiters

    def seed_organisations(self, tools):
        """Adds the demo organisations that are missing, and returns all of them as the demo
        data describes them (with their database ids), so that assignments are composed the
        same way whatever was edited or added in the admin since."""
        demo = []
        for data in organisation_content.ORGANISATIONS:
            terms = dict(data["terms"])
            tool_names = terms.pop("tools")
            terms["office_days"] = Weekday.to_mask(
                Weekday[code.upper()] for code in terms["office_days"]
            )
            for name in ("home_allowance_per_day", "setup_allowance"):
                if terms[name] is not None:
                    terms[name] = Decimal(terms[name])
            organisation = Organisation(
                **{key: data[key] for key in ORGANISATION_FIELDS},
                **terms,
            )
            organisation.demo_tools = [tools[name] for name in tool_names]
            demo.append(organisation)

        existing = dict(
            Organisation.objects.filter(slug__in=[org.slug for org in demo]).values_list(
                "slug", "pk"
            )
        )
        new = [org for org in demo if org.slug not in existing]
        Organisation.objects.bulk_create(new)
        Organisation.tools.through.objects.bulk_create(
            Organisation.tools.through(organisation_id=org.pk, tool_id=tool.pk)
            for org in new
            for tool in org.demo_tools
        )
        for organisation in demo:
            if organisation.slug in existing:
                organisation.pk = existing[organisation.slug]
                organisation._state.adding = False
        return demo

    # Assignments --------------------------------------------------------------------------

    def seed_demo_set(self, organisations, recruiters):
        composer = Composer(random.Random(DEMO_SET_SEED), organisations, recruiters, self.anchor)
        drafts = [composer.compose(index) for index in range(DEMO_SET_SIZE)]
        created = self.insert_new(drafts)
        self.seed_history([draft.assignment.slug for draft in drafts])
        return created

    def seed_history(self, slugs):
        """Gives every screened demo assignment that has no history yet the events its status
        implies, so the admin shows what screening looks like. Timestamps follow from the
        assignment's own, so a second run has nothing to add."""
        assignments = (
            Assignment.objects.filter(slug__in=slugs, events__isnull=True)
            .exclude(status=Status.NEW)
            .order_by("pk")
        )
        ScreeningEvent.objects.bulk_create(
            event for assignment in assignments for event in demo_history(assignment)
        )

    def seed_generated(self, target, seed, organisations, recruiters):
        # Generated assignments are written with their status directly, not through the
        # screening services: this is an import of finished data (as from a previous system),
        # a history for it would be made up, and a locked transaction per step would turn
        # 100,000 rows from seconds into many minutes.
        missing = target - Assignment.objects.count()
        if missing <= 0:
            return 0
        composer = Composer(random.Random(seed), organisations, recruiters, self.anchor)
        # Generated slugs end in their number, counted on from what exists; a slug that is
        # taken anyway (after deletions) is skipped and another one made.
        index = target - missing
        created = 0
        while created < missing:
            size = min(BATCH_SIZE, missing - created)
            drafts = [composer.compose(index + offset, generated=True) for offset in range(size)]
            index += size
            with transaction.atomic():
                created += self.insert_new(drafts)
            if self.verbosity > 1:
                self.stdout.write(f"  {created:,} of {missing:,} generated")
        # Fresh statistics, so the query planner knows how large the tables now are.
        with connection.cursor() as cursor:
            for table in (Assignment._meta.db_table, Assignment.tools.through._meta.db_table):
                cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
        return created

    def insert_new(self, drafts):
        """Inserts the drafts whose slug is not taken yet, with their tools; returns how many."""
        taken = set(
            Assignment.objects.filter(
                slug__in=[draft.assignment.slug for draft in drafts]
            ).values_list("slug", flat=True)
        )
        drafts = [draft for draft in drafts if draft.assignment.slug not in taken]
        if not drafts:
            return 0
        assignments = Assignment.objects.bulk_create(
            [draft.assignment for draft in drafts], batch_size=BATCH_SIZE
        )
        through = Assignment.tools.through
        through.objects.bulk_create(
            (
                through(assignment_id=assignment.pk, tool_id=tool.pk)
                for assignment, draft in zip(assignments, drafts, strict=True)
                for tool in draft.tools
            ),
            batch_size=BATCH_SIZE * 4,
        )
        return len(assignments)


def demo_history(assignment):
    """The screening events an assignment in its status has been through, at plausible times
    between its own timestamps (Dutch notes: they are demo content, like the descriptions)."""
    recruiter = assignment.claimed_by_id
    created = assignment.created_at

    def event(from_status, to_status, at, note, actor=recruiter):
        return ScreeningEvent(
            assignment_id=assignment.pk,
            from_status=from_status,
            to_status=to_status,
            actor_id=actor,
            created_at=at,
            note=note,
        )

    claim = event(
        Status.NEW,
        Status.SCREENING,
        created + timedelta(hours=1),
        "Opgepakt; standaardafspraken van de organisatie overgenomen.",
    )
    ask = event(
        Status.SCREENING,
        Status.AWAITING_CLIENT,
        created + timedelta(hours=3),
        "Thuiswerkdagen en inwerkperiode nagevraagd bij de opdrachtgever.",
    )
    if assignment.status == Status.SCREENING:
        return [claim]
    if assignment.status == Status.AWAITING_CLIENT:
        return [claim, ask]
    if assignment.status == Status.WITHDRAWN:
        return [
            claim,
            event(
                Status.SCREENING,
                Status.WITHDRAWN,
                created + timedelta(hours=5),
                "De opdrachtgever heeft de opdracht ingetrokken.",
            ),
        ]
    # Published or closed: asked, answered, verified and published.
    answered = created + (assignment.terms_verified_at - created) / 2
    history = [
        claim,
        ask,
        event(
            Status.AWAITING_CLIENT,
            Status.SCREENING,
            answered,
            "Antwoord van de opdrachtgever: afspraken bevestigd.",
        ),
        event(
            Status.SCREENING,
            Status.PUBLISHED,
            assignment.published_at,
            "",
            actor=assignment.terms_verified_by_id,
        ),
    ]
    if assignment.status == Status.CLOSED:
        closed_at = datetime.combine(
            assignment.closing_date + timedelta(days=1),
            time(1),
            tzinfo=ZoneInfo(settings.TIME_ZONE),
        )
        history.append(
            event(
                Status.PUBLISHED,
                Status.CLOSED,
                closed_at,
                f"Automatisch gesloten: de sluitingsdatum ({assignment.closing_date}) is "
                "verstreken.",
                actor=None,
            )
        )
    return history


class Draft(NamedTuple):
    assignment: Assignment
    tools: list


class Composer:
    """Composes plausible assignments from the demo texts, deterministically for one seed."""

    def __init__(self, rng, organisations, recruiters, anchor):
        self.rng = rng
        self.organisations = organisations
        self.weights = [
            ORGANISATION_WEIGHT[org.kind] * (2 if org.size == Size.LARGE else 1)
            for org in organisations
        ]
        self.recruiters = recruiters
        self.anchor = anchor
        self.today = anchor.date()
        self.roles = list(Role)
        self.statuses = list(STATUS_WEIGHTS)
        self.status_weights = list(STATUS_WEIGHTS.values())
        self.used_slugs = set()
        self.unscreened_closings = [
            phrase
            for phrase in assignment_content.CLOSING_PHRASES
            if not any(word in phrase for word in ("gecontroleerd", "doorgenomen", "gescreend"))
        ]

    def compose(self, index, *, generated=False):
        rng = self.rng
        role = self.roles[index % len(self.roles)]
        content = assignment_content.ROLE_CONTENT[role]
        organisation = rng.choices(self.organisations, self.weights)[0]
        topic = rng.choice(content["topics"])
        title = rng.choice(content["titles"]).format(org=organisation.name, topic=topic)
        status = rng.choices(self.statuses, self.status_weights)[0]

        slug = self.slug(f"{title} {organisation.name}", index if generated else None)
        hours_min, hours_max = rng.choice(content["hours"])
        start = self.today + timedelta(days=rng.randint(10, 75))
        months = rng.choice([3, 4, 6, 6, 9, 12, 12, None])
        end = start + timedelta(days=round(months * 30.4)) if months else None
        low, high = content["rate"]
        rate = Decimal(rng.randrange(low, high + 1, 5)) if rng.random() > 0.1 else None
        recruiter = rng.choice(self.recruiters)

        assignment = Assignment(
            title=title[:200],
            slug=slug,
            organisation=organisation,
            role=role,
            description=self.description(content, organisation, topic, status),
            hours_min=hours_min,
            hours_max=hours_max,
            start_date=start,
            end_date=end,
            extension_possible=bool(end) and rng.random() < 0.6,
            max_rate=rate,
            city=organisation.city,
            closing_date=self.today + timedelta(days=rng.randint(3, 35))
            if rng.random() > 0.12
            else None,
            reference=f"{self.initials(organisation.name)}-{self.today.year}-{index + 101:04d}",
            status=status,
            claimed_by=None if status == Status.NEW else recruiter,
            created_by=recruiter,
            updated_by=recruiter,
        )
        tools = []
        if status != Status.NEW:
            tools = self.apply_terms(
                assignment,
                organisation,
                role,
                content,
                complete=status not in (Status.SCREENING, Status.AWAITING_CLIENT, Status.WITHDRAWN)
                or rng.random() < 0.5,
            )
        self.apply_status(assignment, status, recruiter)
        return Draft(assignment, tools)

    @staticmethod
    def initials(name):
        """ "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" -> "MBZK"."""
        return "".join(word[0] for word in name.split() if word[0].isupper())[:5] or "OW"

    def slug(self, text, index):
        base = slugify(text)[:180].strip("-")
        if index is not None:
            return f"{base}-{index:06d}"
        slug, number = base, 2
        while slug in self.used_slugs:
            slug, number = f"{base}-{number}", number + 1
        self.used_slugs.add(slug)
        return slug

    def description(self, content, organisation, topic, status):
        rng = self.rng
        # Only a screened assignment may say that its terms were checked.
        screened = status in (Status.PUBLISHED, Status.CLOSED)
        closings = assignment_content.CLOSING_PHRASES if screened else self.unscreened_closings
        values = {"org": organisation.name, "topic": topic}
        tasks = "\n".join(f"- {line}" for line in rng.choice(content["tasks"]))
        profile = "\n".join(f"- {line}" for line in rng.choice(content["profile"]))
        return (
            f"{rng.choice(content['intros']).format(**values)}\n\n"
            f"## Wat ga je doen\n\n{tasks.format(**values)}\n\n"
            f"## Wat vragen wij\n\n{profile.format(**values)}\n\n"
            f"{rng.choice(closings)}"
        )

    def apply_terms(self, assignment, organisation, role, content, *, complete):
        """Start from the organisation's defaults and adjust them to the role, as a recruiter
        would after asking the client. Incomplete terms leave a few fields open."""
        rng = self.rng
        shift = content["home_days_shift"]
        # Two or three home days is the norm; four only for strategic roles at the most
        # flexible employers (ministries and the big cities).
        flexible = organisation.kind == Kind.MINISTRY or (
            organisation.kind == Kind.MUNICIPALITY and organisation.size == Size.LARGE
        )
        cap = 4 if role == Role.STRATEGY and flexible else 3
        default_max = 2 if organisation.home_days_max is None else organisation.home_days_max
        default_min = 1 if organisation.home_days_min is None else organisation.home_days_min
        home_max = clamp(default_max + shift + rng.choice([0, 0, 0, 1, -1]), 0, cap)
        home_min = clamp(default_min + shift, 0, home_max)
        office_days = organisation.office_days or 0
        while len(Weekday.from_mask(office_days)) + home_max > MAX_HOME_DAYS:
            office_days &= office_days - 1  # drop the earliest fixed day
        onboarding = clamp(
            (organisation.onboarding_weeks if organisation.onboarding_weeks is not None else 4)
            + rng.choice([-2, 0, 0, 2]),
            0,
            MAX_ONBOARDING_WEEKS,
        )
        assignment.home_days_min = home_min
        assignment.home_days_max = home_max
        assignment.office_days = office_days
        assignment.onboarding_weeks = onboarding
        assignment.onboarding_home_days = (
            clamp(organisation.onboarding_home_days or 0, 0, home_max) if onboarding else home_min
        )
        assignment.crisis_presence = (
            content["crisis_presence"] or organisation.crisis_presence or CrisisPresence.NONE
        )
        assignment.abroad = organisation.abroad or "not_allowed"
        assignment.office_only_documents = bool(organisation.office_only_documents)
        assignment.screening_requirement = organisation.screening_requirement or "none"
        assignment.home_allowance_per_day = organisation.home_allowance_per_day
        assignment.setup_allowance = organisation.setup_allowance
        notes = [
            note for note in (organisation.terms_notes, rng.choice(content["terms_notes"])) if note
        ]
        assignment.terms_notes = " ".join(notes)
        if not complete:
            for name in rng.sample(["crisis_presence", "abroad", "screening_requirement"], 2):
                setattr(assignment, name, "")
            assignment.office_only_documents = None
        return organisation.demo_tools

    def apply_status(self, assignment, status, recruiter):
        rng = self.rng
        if status not in (Status.PUBLISHED, Status.CLOSED):
            assignment.created_at = self.anchor - timedelta(
                days=rng.randint(0, 20), minutes=rng.randint(8 * 60, 17 * 60)
            )
            return
        if status == Status.CLOSED:
            published_days_ago = rng.randint(40, 150)
            assignment.closing_date = self.today - timedelta(days=rng.randint(1, 30))
        else:
            # A few demo assignments have been up for a long time, so the re-screening flag
            # (terms verified over 90 days ago) has something to show.
            published_days_ago = rng.randint(95, 120) if rng.random() < 0.05 else rng.randint(0, 45)
            if rng.random() < 0.08:
                # Published but past its closing date: waits for close_expired.
                assignment.closing_date = self.today - timedelta(days=rng.randint(1, 5))
        published_at = self.anchor - timedelta(
            days=published_days_ago, minutes=rng.randint(8 * 60, 17 * 60)
        )
        assignment.published_at = published_at
        assignment.terms_verified_at = published_at - timedelta(hours=rng.randint(1, 72))
        assignment.terms_verified_by = recruiter
        assignment.created_at = assignment.terms_verified_at - timedelta(
            days=rng.randint(2, 14), hours=rng.randint(0, 8)
        )
        if assignment.start_date < published_at.date():
            assignment.start_date = published_at.date() + timedelta(days=rng.randint(14, 42))
            if assignment.end_date and assignment.end_date < assignment.start_date:
                assignment.end_date = assignment.start_date + timedelta(days=182)
