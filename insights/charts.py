"""The insights page's charts, tables and sentences, made from the figures (no query), in the
active language.

Bars and ticks are given as positions on the chart's scale, in thousandths (0 = nothing,
1000 = the largest value of the scale); where that lands in the picture, and how large the
picture is, is the template's business (`templates/insights/index.html`)."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, npgettext

from assignments.models import RESCREEN_AFTER, Role
from core.links import with_query
from organisations.models import MAX_HOME_DAYS, Abroad, CrisisPresence, Kind

from .figures import DAYS, FRESHNESS, ONBOARDING_GROUPS, RECENT

# Positions on a chart's scale are in thousandths of it.
SCALE = 1000


@dataclass
class Row:
    label: str
    value: str  # the figure, as text beside the bar
    bars: list  # (css modifier, start, length) on the scale
    link: str = ""  # the row's label links here (a list of exactly this row's assignments)
    cells: tuple = ()  # the data table's other cells
    spoken: str = ""  # the row in words, units included, for the chart's description

    @property
    def end(self):
        """Where the last bar ends: the figure is written just after it."""
        return max((start + length for _modifier, start, length in self.bars), default=0)


@dataclass
class Table:
    """A data table: `rows` are (label, link, cells). A wide one scrolls sideways on a phone."""

    id: str
    caption: str
    first_header: str
    headers: tuple
    rows: list
    wide: bool = False


@dataclass
class Chart:
    id: str
    title: str
    summary: str
    rows: list
    axis: list  # (position, label) ticks under the bars
    headers: tuple  # the data table's column headings after the first
    legend: list  # (css modifier, label)
    first_header: str = ""
    links: list = ()  # (url, text): lists to open, each saying what it holds
    extra_tables: list = ()

    @property
    def description(self):
        return "; ".join(f"{row.label}: {row.spoken or row.value}" for row in self.rows)

    @property
    def tables(self):
        main = Table(
            id=f"{self.id}-table",
            caption=_("%(title)s: the figures") % {"title": self.title},
            first_header=self.first_header or self.title,
            headers=self.headers,
            rows=[(row.label, row.link, row.cells) for row in self.rows],
        )
        return [main, *self.extra_tables]


def list_url(**params):
    return with_query(reverse("assignments:list"), urlencode(params))


def decimal(value):
    return number_format(round(value, 1), 1)


def percent(share):
    return _("%(percent)s%%") % {"percent": number_format(round(share * 100), 0)}


def scaled(value, top):
    """`value` as a position on a scale whose largest value is `top`."""
    return round(value / top * SCALE) if top else 0


def days_label(n):
    """A number of home days as a heading: 0 is working at the office only."""
    if not n:
        return _("Office only")
    return ngettext("%(days)s home day", "%(days)s home days", n) % {"days": n}


def home_days_chart(chart_id, title, groups, labels, parameter, first_header):
    scale = MAX_HOME_DAYS
    rows = []
    for group in groups:
        low, high = group.average_guaranteed, group.average_at_most
        rows.append(
            Row(
                label=str(labels[group.key]),
                value=_("%(min)s to %(max)s") % {"min": decimal(low), "max": decimal(high)},
                spoken=_("on average %(min)s home days a week guaranteed, up to %(max)s possible")
                % {"min": decimal(low), "max": decimal(high)},
                bars=[
                    ("guaranteed", 0, scaled(low, scale)),
                    ("possible", scaled(low, scale), scaled(high - low, scale)),
                ],
                link=list_url(**{parameter: group.key}),
                cells=(group.count, decimal(low), decimal(high)),
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
    # How many assignments allow at most each number of home days: a table of its own, so the
    # main table stays narrow enough for a phone.
    spread = Table(
        id=f"{chart_id}-spread",
        caption=_("%(title)s: assignments by the most home days they allow") % {"title": title},
        first_header=first_header,
        # Short headings: the caption says what the days are.
        headers=(
            _("Office only"),
            *(
                npgettext("home days", "%(days)s day", "%(days)s days", n) % {"days": n}
                for n in DAYS[1:]
            ),
        ),
        rows=[
            (str(labels[group.key]), "", tuple(group.at_most[n] for n in DAYS)) for group in groups
        ],
        wide=True,
    )
    return Chart(
        id=chart_id,
        title=title,
        summary=summary,
        rows=rows,
        axis=[(scaled(n, scale), str(n)) for n in DAYS],
        first_header=first_header,
        headers=(
            _("Assignments"),
            _("Guaranteed (average)"),
            _("At most (average)"),
        ),
        legend=[
            ("guaranteed", _("Home days guaranteed")),
            ("possible", _("More home days possible")),
        ],
        extra_tables=[spread],
    )


def count_rows(figures, items):
    """Bars for (label, count, extra cells) items, scaled to the largest."""
    top = max((count for _label, count, *_rest in items), default=0)
    return [
        Row(
            label=str(label),
            value=_("%(count)s (%(share)s)")
            % {"count": count, "share": percent(figures.share(count))},
            spoken=ngettext(
                "%(count)s assignment (%(share)s)", "%(count)s assignments (%(share)s)", count
            )
            % {"count": count, "share": percent(figures.share(count))},
            bars=[("count", 0, scaled(count, top))],
            cells=(count, percent(figures.share(count)), *cells),
        )
        for label, count, *cells in items
    ]


def count_chart(chart_id, title, summary, rows, *, headers=(), links=(), first_header=""):
    return Chart(
        id=chart_id,
        title=title,
        first_header=first_header,
        summary=summary,
        rows=rows,
        axis=[],
        headers=(_("Assignments"), _("Share"), *headers),
        legend=[],
        # A link only to a list that holds something.
        links=[(url, text) for url, text, count in links if count],
    )


def home_days_distribution_chart(figures):
    overall = figures.overall
    items = [(days_label(n), overall.at_most[n], overall.guaranteed[n]) for n in DAYS]
    links = []
    for n in DAYS[1:]:
        at_least = sum(overall.at_most[n:])
        text = ngettext(
            "%(count)s with at least %(days)s home day possible",
            "%(count)s with at least %(days)s home days possible",
            n,
        ) % {"count": at_least, "days": n}
        links.append((list_url(min_home_days=n), text, at_least))
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
        headers=(_("Assignments that guarantee this many"),),
        links=links,
        first_header=_("Home days at most"),
    )


def onboarding_chart(figures):
    items, links = [], []
    for low, high in ONBOARDING_GROUPS:
        count = sum(figures.onboarding.get(weeks, 0) for weeks in range(low, high + 1))
        if low == high:
            label = ngettext("%(weeks)s week", "%(weeks)s weeks", low) % {"weeks": low}
        else:
            label = _("%(low)s–%(high)s weeks") % {"low": low, "high": high}
        items.append((label, count))
        at_most = figures.onboarding_at_most(high)
        text = ngettext(
            "%(count)s with at most %(weeks)s week",
            "%(count)s with at most %(weeks)s weeks",
            high,
        ) % {"count": at_most, "weeks": high}
        links.append((list_url(max_onboarding_weeks=high), text, at_most))
    # The summary names a limit the links offer: the first group's upper end that half the
    # assignments stay within, with the count that link opens.
    limit = next(high for _low, high in ONBOARDING_GROUPS if high >= figures.onboarding_median)
    within = figures.onboarding_at_most(limit)
    summary = _(
        "%(count)s of the %(total)s assignments (%(share)s) have an onboarding period of at "
        "most %(weeks)s weeks with more office presence; on average it lasts %(average)s weeks."
    ) % {
        "count": within,
        "total": figures.total,
        "share": percent(figures.share(within)),
        "weeks": limit,
        "average": decimal(figures.onboarding_average),
    }
    return count_chart(
        "onboarding",
        _("Onboarding"),
        summary,
        count_rows(figures, items),
        links=links,
        first_header=_("Onboarding period"),
    )


def crisis_chart(figures):
    items, links = [], []
    for presence in CrisisPresence:
        count = figures.crisis.get(presence.value, 0)
        items.append((presence.label, count))
        text = ngettext(
            "%(count)s assignment: %(presence)s",
            "%(count)s assignments: %(presence)s",
            count,
        ) % {"count": count, "presence": presence.label}
        links.append((list_url(crisis=presence.value), text, count))
    summary = _(
        "%(share)s of the assignments (%(count)s of %(total)s) ask you to come to the office "
        "during a crisis."
    ) % {
        "share": percent(figures.share(figures.crisis_on_site)),
        "count": figures.crisis_on_site,
        "total": figures.total,
    }
    return count_chart(
        "crisis", _("Presence during a crisis"), summary, count_rows(figures, items), links=links
    )


def abroad_chart(figures):
    items = [(value.label, figures.abroad.get(value.value, 0)) for value in Abroad]
    possible = figures.abroad_possible
    links = [
        (
            list_url(abroad=1),
            ngettext(
                "%(count)s assignment that allows working from abroad",
                "%(count)s assignments that allow working from abroad",
                possible,
            )
            % {"count": possible},
            possible,
        )
    ]
    summary = _(
        "%(share)s of the assignments (%(count)s of %(total)s) allow working from abroad, at "
        "least for a few days with prior approval."
    ) % {
        "share": percent(figures.share(possible)),
        "count": possible,
        "total": figures.total,
    }
    return count_chart(
        "abroad", _("Working from abroad"), summary, count_rows(figures, items), links=links
    )


def confirmations_chart(figures):
    labels = {
        "recent": ngettext(
            "Confirmed in the last %(days)s day",
            "Confirmed in the last %(days)s days",
            RECENT.days,
        )
        % {"days": RECENT.days},
        "fresh": _("Confirmed %(from)s to %(to)s days ago")
        % {"from": RECENT.days + 1, "to": RESCREEN_AFTER.days},
        "stale": _("Confirmed more than %(days)s days ago") % {"days": RESCREEN_AFTER.days},
        "none": _("Not confirmed by the client yet"),
    }
    counts = figures.confirmations
    items = [(labels[group], counts.get(group, 0)) for group in FRESHNESS]
    current = counts.get("recent", 0) + counts.get("fresh", 0)
    summary = _(
        "For %(share)s of the open assignments (%(count)s of %(total)s) the client confirmed "
        "the hybrid terms in the last three months; each assignment's page says when and how."
    ) % {
        "share": percent(figures.share(current)),
        "count": current,
        "total": figures.total,
    }
    return count_chart(
        "confirmations",
        _("How fresh the client's confirmations are"),
        summary,
        count_rows(figures, items),
        first_header=_("Client confirmation of the terms"),
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
            _("Kind of organisation"),
        ),
        home_days_chart(
            "by-role",
            _("Home days by role"),
            figures.by_role,
            dict(Role.choices),
            "role",
            _("Role"),
        ),
        home_days_distribution_chart(figures),
        onboarding_chart(figures),
        crisis_chart(figures),
        abroad_chart(figures),
        confirmations_chart(figures),
    ]
