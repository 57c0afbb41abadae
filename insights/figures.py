"""What the live data says about hybrid work: figures over the public assignments only.

`figures()` runs five grouped queries (database aggregates: counts per combination of values)
and keeps the result, which holds no text, so one cached copy serves every language; it is
cached until the public data or the date changes (`core.cache`). The page's charts are made
from it in `charts`, without a query."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Q

from assignments.models import Assignment, Role, current_confirmation_q, stale_before
from core.cache import cached_public
from core.dates import local_today
from organisations.models import MAX_HOME_DAYS, Abroad, CrisisPresence, Kind

DAYS = range(MAX_HOME_DAYS + 1)
# Onboarding in weeks, grouped as (from, to): what candidates compare.
ONBOARDING_GROUPS = [(0, 0), (1, 2), (3, 4), (5, 6), (7, 8), (9, 12), (13, 26)]
ABROAD_POSSIBLE = (Abroad.INCIDENTAL, Abroad.ALLOWED)
# How long ago the client confirmed an assignment's terms, in groups: the last month, the rest
# of the three months after which a confirmation is stale (RESCREEN_AFTER), longer ago, never.
RECENT = timedelta(days=30)
FRESHNESS = ("recent", "fresh", "stale", "none")


@dataclass(frozen=True)
class HomeDays:
    """Home days of a group of assignments: how many assignments have each number of days
    guaranteed (`guaranteed[n]`) and each number at most (`at_most[n]`)."""

    key: str
    guaranteed: tuple
    at_most: tuple

    @property
    def count(self):
        return sum(self.at_most)

    @property
    def average_guaranteed(self):
        return average(self.guaranteed)

    @property
    def average_at_most(self):
        return average(self.at_most)


@dataclass(frozen=True)
class Figures:
    total: int
    by_kind: tuple  # HomeDays per organisation kind, in the kinds' order
    by_role: tuple  # HomeDays per role
    overall: HomeDays
    onboarding: dict  # weeks -> assignments
    crisis: dict  # crisis presence -> assignments
    abroad: dict  # abroad -> assignments
    confirmations: dict  # FRESHNESS group -> assignments

    def share(self, count):
        return count / self.total if self.total else 0.0

    @property
    def crisis_on_site(self):
        return self.crisis.get(CrisisPresence.ON_SITE, 0)

    @property
    def abroad_possible(self):
        return sum(self.abroad.get(value, 0) for value in ABROAD_POSSIBLE)

    @property
    def onboarding_average(self):
        return average_of(self.onboarding)

    @property
    def onboarding_median(self):
        """The onboarding (in weeks) that half the assignments stay within."""
        seen = 0
        for weeks in sorted(self.onboarding):
            seen += self.onboarding[weeks]
            if seen * 2 >= self.total:
                return weeks
        return 0

    def onboarding_at_most(self, weeks):
        return sum(count for week, count in self.onboarding.items() if week <= weeks)


def average(counts):
    """The mean of n weighted by counts[n]; 0 for no assignments."""
    return average_of(dict(enumerate(counts)))


def average_of(counts):
    total = sum(counts.values())
    return sum(value * count for value, count in counts.items()) / total if total else 0.0


def compute_figures():
    public = Assignment.objects.public().order_by()

    def home_days(group_by, keys):
        rows = public.values(group_by, "home_days_min", "home_days_max").annotate(n=Count("pk"))
        guaranteed = {key: [0] * len(DAYS) for key in keys}
        at_most = {key: [0] * len(DAYS) for key in keys}
        for row in rows:
            key = row[group_by]
            # Public assignments have complete terms (a database constraint); just in case.
            if key in guaranteed and row["home_days_max"] is not None:
                guaranteed[key][row["home_days_min"] or 0] += row["n"]
                at_most[key][row["home_days_max"]] += row["n"]
        return tuple(
            HomeDays(key, tuple(guaranteed[key]), tuple(at_most[key]))
            for key in keys
            if sum(at_most[key])
        )

    by_kind = home_days("organisation__kind", Kind.values)
    by_role = home_days("role", Role.values)
    onboarding = {
        row["onboarding_weeks"]: row["n"]
        for row in public.values("onboarding_weeks").annotate(n=Count("pk"))
        if row["onboarding_weeks"] is not None
    }
    crisis, abroad = {}, {}
    for row in public.values("crisis_presence", "abroad").annotate(n=Count("pk")):
        crisis[row["crisis_presence"]] = crisis.get(row["crisis_presence"], 0) + row["n"]
        abroad[row["abroad"]] = abroad.get(row["abroad"], 0) + row["n"]
    confirmations = confirmation_freshness(public)
    overall = HomeDays(
        "all",
        tuple(sum(group.guaranteed[n] for group in by_kind) for n in DAYS),
        tuple(sum(group.at_most[n] for group in by_kind) for n in DAYS),
    )
    return Figures(
        total=overall.count,
        by_kind=by_kind,
        by_role=by_role,
        overall=overall,
        onboarding=onboarding,
        crisis=crisis,
        abroad=abroad,
        confirmations=confirmations,
    )


def confirmation_freshness(public):
    """How many public assignments have terms the client confirmed in each FRESHNESS group
    (one query)."""
    confirmed = current_confirmation_q()
    on = "confirmation__confirmed_on"
    counts = public.aggregate(
        total=Count("pk"),
        recent=Count("pk", filter=confirmed & Q(**{f"{on}__gte": local_today() - RECENT})),
        fresh=Count(
            "pk",
            filter=confirmed
            & Q(**{f"{on}__lt": local_today() - RECENT, f"{on}__gte": stale_before()}),
        ),
        stale=Count("pk", filter=confirmed & Q(**{f"{on}__lt": stale_before()})),
    )
    total = counts.pop("total")
    counts["none"] = total - sum(counts.values())
    return counts


def figures():
    return cached_public("insights", compute_figures)
