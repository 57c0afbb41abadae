"""What the live data says about hybrid work: figures over the public assignments only.

`figures()` runs four grouped queries (database aggregates: counts per combination of values)
and keeps the result, which holds no text, so one cached copy serves every language; it is
cached until the public data or the date changes (`assignments.cache`). `charts()` turns the
figures into labelled rows, bars and links for the page, without a query."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from organisations.models import MAX_HOME_DAYS, Abroad, CrisisPresence, Kind

from .cache import cached_public
from .models import Assignment, Role
from .seo import with_query

DAYS = range(MAX_HOME_DAYS + 1)
# Onboarding in weeks, grouped as (from, to): what candidates compare.
ONBOARDING_GROUPS = [(0, 0), (1, 2), (3, 4), (5, 6), (7, 8), (9, 12), (13, 26)]
ABROAD_POSSIBLE = (Abroad.INCIDENTAL, Abroad.ALLOWED)


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
    )


def figures():
    return cached_public("insights", compute_figures)


# Presentation ---------------------------------------------------------------------------------

# The charts' coordinate system (SVG user units); CSS scales the whole picture to the column.
CHART_WIDTH = 400
BAR_WIDTH = 300
ROW_HEIGHT = 46


@dataclass
class Row:
    label: str
    value: str  # the figure, as text beside the bar
    bars: list  # (css modifier, x, width)
    link: str = ""
    link_text: str = ""
    cells: tuple = ()  # the data table's other cells
    y: int = 0

    @property
    def label_y(self):
        return self.y + 14

    @property
    def bar_y(self):
        return self.y + 20

    @property
    def value_x(self):
        return max(x + width for _modifier, x, width in self.bars) + 6 if self.bars else 6

    @property
    def value_y(self):
        return self.y + 34


@dataclass
class Chart:
    id: str
    title: str
    summary: str
    rows: list
    axis: list  # (x, label) ticks under the bars
    headers: tuple  # the data table's column headings after the first
    legend: list  # (css modifier, label)

    def __post_init__(self):
        for index, row in enumerate(self.rows):
            row.y = index * ROW_HEIGHT

    @property
    def height(self):
        return len(self.rows) * ROW_HEIGHT + (24 if self.axis else 4)

    @property
    def axis_y(self):
        return len(self.rows) * ROW_HEIGHT + 14

    @property
    def link_column(self):
        """Whether the table has a column of its own for the links (else the labels link)."""
        return any(row.link_text for row in self.rows)

    @property
    def description(self):
        return "; ".join(f"{row.label}: {row.value}" for row in self.rows)


def list_url(**params):
    return with_query(reverse("assignments:list"), urlencode(params))


def decimal(value):
    return number_format(round(value, 1), 1)


def percent(share):
    return _("%(percent)s%%") % {"percent": number_format(round(share * 100), 0)}


def scaled(value, top):
    return round(value / top * BAR_WIDTH, 1) if top else 0


def home_days_chart(chart_id, title, groups, labels, parameter):
    scale = MAX_HOME_DAYS
    rows = []
    for group in groups:
        low, high = group.average_guaranteed, group.average_at_most
        rows.append(
            Row(
                label=str(labels[group.key]),
                value=_("%(min)s to %(max)s") % {"min": decimal(low), "max": decimal(high)},
                bars=[
                    ("guaranteed", 0, scaled(low, scale)),
                    ("possible", scaled(low, scale), scaled(high - low, scale)),
                ],
                link=list_url(**{parameter: group.key}),
                cells=(
                    group.count,
                    decimal(low),
                    decimal(high),
                    *(group.at_most[n] for n in DAYS),
                ),
            )
        )
    ranked = sorted(groups, key=lambda group: (-group.average_at_most, -group.count))
    if len(ranked) > 1:
        most, fewest = ranked[0], ranked[-1]
        summary = _(
            "Most home days: %(most)s, on average up to %(most_max)s a week (%(most_min)s "
            "guaranteed). Fewest: %(fewest)s, up to %(fewest_max)s (%(fewest_min)s guaranteed)."
        ) % {
            "most": labels[most.key],
            "most_max": decimal(most.average_at_most),
            "most_min": decimal(most.average_guaranteed),
            "fewest": labels[fewest.key],
            "fewest_max": decimal(fewest.average_at_most),
            "fewest_min": decimal(fewest.average_guaranteed),
        }
    else:
        only = ranked[0]
        summary = _(
            "All open assignments are in one group, %(group)s: on average up to %(max)s home "
            "days a week, %(min)s guaranteed."
        ) % {
            "group": labels[only.key],
            "max": decimal(only.average_at_most),
            "min": decimal(only.average_guaranteed),
        }
    return Chart(
        id=chart_id,
        title=title,
        summary=summary,
        rows=rows,
        axis=[(scaled(n, scale), str(n)) for n in DAYS],
        headers=(
            _("Assignments"),
            _("Guaranteed, on average"),
            _("At most, on average"),
            *(
                ngettext("%(days)s day at most", "%(days)s days at most", n) % {"days": n}
                for n in DAYS
            ),
        ),
        legend=[
            ("guaranteed", _("Home days guaranteed")),
            ("possible", _("More home days possible")),
        ],
    )


def count_rows(figures, items):
    """Bars for (label, count, link, link_text, extra cells) items, scaled to the largest."""
    top = max((count for _label, count, *_rest in items), default=0)
    return [
        Row(
            label=str(label),
            value=_("%(count)s (%(share)s)")
            % {"count": count, "share": percent(figures.share(count))},
            bars=[("count", 0, scaled(count, top))],
            link=link,
            link_text=link_text,
            cells=(count, percent(figures.share(count)), *cells),
        )
        for label, count, link, link_text, *cells in items
    ]


def count_chart(chart_id, title, summary, rows, headers):
    return Chart(
        id=chart_id,
        title=title,
        summary=summary,
        rows=rows,
        axis=[],
        headers=(_("Assignments"), _("Share"), *headers),
        legend=[],
    )


def home_days_distribution_chart(figures):
    overall = figures.overall
    items = []
    for n in DAYS:
        at_least = sum(overall.at_most[n:])
        items.append(
            (
                ngettext("%(days)s home day at most", "%(days)s home days at most", n)
                % {"days": n},
                overall.at_most[n],
                list_url(min_home_days=n) if n else "",
                ngettext(
                    "%(count)s with at least %(days)s home day possible",
                    "%(count)s with at least %(days)s home days possible",
                    n,
                )
                % {"count": at_least, "days": n}
                if n
                else "",
                overall.guaranteed[n],
            )
        )
    three_or_more = sum(overall.at_most[3:])
    summary = _(
        "On average an assignment allows up to %(max)s home days a week and guarantees "
        "%(min)s; %(share)s allow three or more."
    ) % {
        "max": decimal(overall.average_at_most),
        "min": decimal(overall.average_guaranteed),
        "share": percent(figures.share(three_or_more)),
    }
    return count_chart(
        "home-days",
        _("Home days a week"),
        summary,
        count_rows(figures, items),
        (_("With this many guaranteed"), _("Filter")),
    )


def onboarding_chart(figures):
    items = []
    for low, high in ONBOARDING_GROUPS:
        count = sum(figures.onboarding.get(weeks, 0) for weeks in range(low, high + 1))
        if low == high:
            label = ngettext("%(weeks)s week", "%(weeks)s weeks", low) % {"weeks": low}
        else:
            label = _("%(low)s–%(high)s weeks") % {"low": low, "high": high}
        items.append(
            (
                label,
                count,
                list_url(max_onboarding_weeks=high),
                ngettext(
                    "%(count)s with at most %(weeks)s week",
                    "%(count)s with at most %(weeks)s weeks",
                    high,
                )
                % {"count": figures.onboarding_at_most(high), "weeks": high},
            )
        )
    summary = _(
        "Half of the assignments have an onboarding period of at most %(median)s weeks "
        "with more office presence; on average it lasts %(average)s weeks."
    ) % {"median": figures.onboarding_median, "average": decimal(figures.onboarding_average)}
    return count_chart(
        "onboarding", _("Onboarding"), summary, count_rows(figures, items), (_("Filter"),)
    )


def crisis_chart(figures):
    items = [
        (
            presence.label,
            figures.crisis.get(presence.value, 0),
            list_url(crisis=presence.value),
            _("Show these assignments"),
        )
        for presence in CrisisPresence
    ]
    summary = _(
        "%(share)s of the assignments (%(count)s of %(total)s) ask you to come to the office "
        "during a crisis."
    ) % {
        "share": percent(figures.share(figures.crisis_on_site)),
        "count": figures.crisis_on_site,
        "total": figures.total,
    }
    return count_chart(
        "crisis", _("Presence during a crisis"), summary, count_rows(figures, items), (_("Filter"),)
    )


def abroad_chart(figures):
    items = [
        (
            value.label,
            figures.abroad.get(value.value, 0),
            list_url(abroad=1) if value in ABROAD_POSSIBLE else "",
            _("All assignments that allow it") if value in ABROAD_POSSIBLE else "",
        )
        for value in Abroad
    ]
    summary = _(
        "%(share)s of the assignments (%(count)s of %(total)s) allow working from abroad, at "
        "least for a few days with prior approval."
    ) % {
        "share": percent(figures.share(figures.abroad_possible)),
        "count": figures.abroad_possible,
        "total": figures.total,
    }
    return count_chart(
        "abroad", _("Working from abroad"), summary, count_rows(figures, items), (_("Filter"),)
    )


def charts(figures):
    """The page's charts in the active language, or [] when there is nothing to show."""
    if not figures.total:
        return []
    return [
        home_days_chart(
            "by-kind",
            _("Home days by kind of organisation"),
            figures.by_kind,
            dict(Kind.choices),
            "org_kind",
        ),
        home_days_chart(
            "by-role", _("Home days by role"), figures.by_role, dict(Role.choices), "role"
        ),
        home_days_distribution_chart(figures),
        onboarding_chart(figures),
        crisis_chart(figures),
        abroad_chart(figures),
    ]
