"""Every filter parameter of /opdrachten/ against the set of assignments it must give."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from assignments.models import Role, Status, local_today
from organisations.models import Abroad, CrisisPresence, Kind
from organisations.weekdays import Weekday
from tests.factories import AssignmentFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

URL = reverse("assignments:list")


def titles(client, query=""):
    response = client.get(f"{URL}?{query}" if query else URL)
    assert response.status_code == 200
    return [assignment.title for assignment in response.context["page_obj"].object_list]


def errors(client, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    return response.context["filter"].form.errors


# Four organisations, one of each kind the board uses: key -> (name, kind, province).
ORGANISATIONS = {
    "financien": ("Ministerie van Financiën", Kind.MINISTRY, "zuid-holland"),
    "utrecht": ("Gemeente Utrecht", Kind.MUNICIPALITY, "utrecht"),
    "gelderland": ("Provincie Gelderland", Kind.PROVINCE, "gelderland"),
    "uwv": ("UWV", Kind.AGENCY, "noord-holland"),
}

NONE, ON_CALL, ON_SITE = CrisisPresence.NONE, CrisisPresence.ON_CALL, CrisisPresence.ON_SITE
NO, FEW_DAYS, YES = Abroad.NOT_ALLOWED, Abroad.INCIDENTAL, Abroad.ALLOWED
MON, WED = Weekday.MON, Weekday.WED  # office_days is a bit mask of the weekdays

# Six public assignments that differ in every filtered field. Days are counted from today:
# "starts" and "closes" in so many days (closes None: open-ended; never after the start),
# "published" so many days ago.
# "rate" is the maximum rate in euros an hour (None: not stated).
# fmt: off
BOARD = [
    # title,                        organisation, role,               home  office days         onboarding crisis  abroad    hours     rate    starts closes published
    ("Strateeg",                    "financien",  Role.STRATEGY,     (3, 4), 0,                 (2, 2),  NONE,    FEW_DAYS, (16, 24), 120,    50,    None,  5),
    ("Woordvoerder",                "financien",  Role.PRESS,        (1, 2), 0,                 (8, 0),  ON_SITE, NO,       (32, 36), 95,     43,    20,    1),
    ("Campagneleider",              "utrecht",    Role.CAMPAIGNS,    (2, 3), 0,                 (4, 1),  ON_CALL, YES,      (24, 32), None,   70,    5,     3),
    ("Omgevingsmanager",            "gelderland", Role.STAKEHOLDERS, (2, 3), 0,                 (6, 1),  ON_CALL, NO,       (36, 40), "88.50", 100,  0,     2),
    ("Crisiscommunicatieadviseur",  "uwv",        Role.CRISIS,       (0, 1), MON | WED,         (12, 0), ON_SITE, NO,       (20, 24), 105,    40,    40,    4),
    ("Webredacteur",                "uwv",        Role.ONLINE,       (3, 3), 0,                 (0, 0),  NONE,    FEW_DAYS, (8, 16),  75,     50,    5,     6),
]
# fmt: on

DESCRIPTIONS = {
    "Strateeg": "Begrotingscommunicatie en rijksbrede campagnes.",
    "Woordvoerder": "Pers en media.",
    "Campagneleider": "Een campagne over afval scheiden.",
    "Omgevingsmanager": "Participatie bij de verbreding van de N348.",
    "Crisiscommunicatieadviseur": "Storingen en uitkeringen.",
    "Webredacteur": "Teksten voor de website van UWV.",
}


@pytest.fixture
def board():
    """The BOARD's assignments, plus non-public ones that no filter may ever list."""
    now = timezone.now()
    today = local_today()
    organisations = {
        key: OrganisationFactory(name=name, kind=kind, province=province)
        for key, (name, kind, province) in ORGANISATIONS.items()
    }
    for row in BOARD:
        (title, organisation, role, home, office, onboarding, crisis, abroad, hours) = row[:9]
        rate, starts, closes, published = row[9:]
        AssignmentFactory(
            title=title,
            organisation=organisations[organisation],
            role=role,
            description=DESCRIPTIONS[title],
            home_days_min=home[0],
            home_days_max=home[1],
            office_days=office,
            onboarding_weeks=onboarding[0],
            onboarding_home_days=onboarding[1],
            crisis_presence=crisis,
            abroad=abroad,
            hours_min=hours[0],
            hours_max=hours[1],
            max_rate=None if rate is None else Decimal(rate),
            start_date=today + timedelta(days=starts),
            closing_date=None if closes is None else today + timedelta(days=closes),
            published_at=now - timedelta(days=published),
        )
    ministry = organisations["financien"]
    # Never listed: closed, past its closing date, not yet screened.
    AssignmentFactory(title="Gesloten strateeg", organisation=ministry, status=Status.CLOSED)
    AssignmentFactory(
        title="Verlopen strateeg", organisation=ministry, closing_date=today - timedelta(days=1)
    )
    AssignmentFactory(title="Nieuwe strateeg", organisation=ministry, unscreened=True)


NEWEST = [
    "Woordvoerder",
    "Omgevingsmanager",
    "Campagneleider",
    "Crisiscommunicatieadviseur",
    "Strateeg",
    "Webredacteur",
]


def test_no_filters_lists_public_newest_first(client, board):
    assert titles(client) == NEWEST


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=strateeg", {"Strateeg"}),
        ("q=STRATEEG", {"Strateeg"}),
        ("q=campagne", {"Strateeg", "Campagneleider"}),
        ("q=financi%C3%ABn", {"Strateeg", "Woordvoerder"}),
        ("q=uwv+website", {"Webredacteur"}),
        ("q=geen-treffer", set()),
        ("q=", set(NEWEST)),
        ("org_kind=ministry", {"Strateeg", "Woordvoerder"}),
        ("org_kind=ministry&org_kind=province", {"Strateeg", "Woordvoerder", "Omgevingsmanager"}),
        ("org_kind=ministry&org_kind=ministry", {"Strateeg", "Woordvoerder"}),
        ("org_kind=water_board", set()),
        ("province=utrecht", {"Campagneleider"}),
        (
            "province=utrecht&province=noord-holland",
            {"Campagneleider", "Crisiscommunicatieadviseur", "Webredacteur"},
        ),
        ("role=press", {"Woordvoerder"}),
        ("role=press&role=crisis", {"Woordvoerder", "Crisiscommunicatieadviseur"}),
        ("min_home_days=0", set(NEWEST)),
        ("min_home_days=3", {"Strateeg", "Campagneleider", "Omgevingsmanager", "Webredacteur"}),
        ("min_home_days=4", {"Strateeg"}),
        ("min_home_days=5", set()),
        ("max_onboarding_weeks=0", {"Webredacteur"}),
        ("max_onboarding_weeks=4", {"Strateeg", "Campagneleider", "Webredacteur"}),
        ("max_onboarding_weeks=26", set(NEWEST)),
        ("crisis=on_site", {"Woordvoerder", "Crisiscommunicatieadviseur"}),
        (
            "crisis=none&crisis=on_call",
            {"Strateeg", "Campagneleider", "Omgevingsmanager", "Webredacteur"},
        ),
        ("abroad=1", {"Strateeg", "Campagneleider", "Webredacteur"}),
        ("max_hours=16", {"Strateeg", "Webredacteur"}),
        (
            "max_hours=24",
            {"Strateeg", "Campagneleider", "Crisiscommunicatieadviseur", "Webredacteur"},
        ),
        ("max_hours=40", set(NEWEST)),
        # Guaranteed home days read the lower bound: "2–3 days" is 3 possible, 2 guaranteed.
        ("min_guaranteed_home_days=0", set(NEWEST)),
        ("min_guaranteed_home_days=1", set(NEWEST) - {"Crisiscommunicatieadviseur"}),
        (
            "min_guaranteed_home_days=2",
            {"Strateeg", "Campagneleider", "Omgevingsmanager", "Webredacteur"},
        ),
        ("min_guaranteed_home_days=3", {"Strateeg", "Webredacteur"}),
        ("min_guaranteed_home_days=4", set()),
        ("min_home_days=4&min_guaranteed_home_days=3", {"Strateeg"}),
        (
            "min_home_days=3&min_guaranteed_home_days=2",
            {"Strateeg", "Campagneleider", "Omgevingsmanager", "Webredacteur"},
        ),
        # Hours overlap: at least N means the assignment can be done with N hours or more.
        ("min_hours=1", set(NEWEST)),
        ("min_hours=17", set(NEWEST) - {"Webredacteur"}),
        ("min_hours=32", {"Woordvoerder", "Campagneleider", "Omgevingsmanager"}),
        ("min_hours=40", {"Omgevingsmanager"}),
        ("min_hours=24&max_hours=24", {"Strateeg", "Campagneleider", "Crisiscommunicatieadviseur"}),
        ("min_hours=37&max_hours=30", set()),
        # The rate: the maximum rate at least N; an assignment without a rate drops out.
        ("min_rate=1", set(NEWEST) - {"Campagneleider"}),
        (
            "min_rate=88",
            {"Strateeg", "Woordvoerder", "Omgevingsmanager", "Crisiscommunicatieadviseur"},
        ),
        ("min_rate=89", {"Strateeg", "Woordvoerder", "Crisiscommunicatieadviseur"}),
        ("min_rate=105", {"Strateeg", "Crisiscommunicatieadviseur"}),
        ("min_rate=500", set()),
        ("min_rate=90&min_hours=32&org_kind=ministry", {"Woordvoerder"}),
        ("min_guaranteed_home_days=2&min_rate=100", {"Strateeg"}),
        (
            "min_guaranteed_home_days=1&min_hours=30&crisis=on_call",
            {"Campagneleider", "Omgevingsmanager"},
        ),
        ("min_home_days=3&org_kind=ministry", {"Strateeg"}),
        ("min_home_days=2&crisis=on_call&abroad=1", {"Campagneleider"}),
        ("role=online&role=strategy&max_onboarding_weeks=1", {"Webredacteur"}),
        ("province=noord-holland&q=storingen", {"Crisiscommunicatieadviseur"}),
    ],
)
def test_filter_gives_expected_set(client, board, query, expected):
    assert set(titles(client, query)) == expected


def test_starts_before_is_inclusive(client, board):
    today = local_today()
    cutoff = (today + timedelta(days=50)).isoformat()
    assert set(titles(client, f"starts_before={cutoff}")) == {
        "Woordvoerder",
        "Crisiscommunicatieadviseur",
        "Strateeg",
        "Webredacteur",
    }
    first = (today + timedelta(days=40)).isoformat()
    assert titles(client, f"starts_before={first}") == ["Crisiscommunicatieadviseur"]


def test_starts_after_is_inclusive(client, board):
    today = local_today()
    day = lambda days: (today + timedelta(days=days)).isoformat()  # noqa: E731
    assert set(titles(client, f"starts_after={day(50)}")) == {
        "Strateeg",
        "Webredacteur",
        "Campagneleider",
        "Omgevingsmanager",
    }
    assert set(titles(client, f"starts_after={day(51)}")) == {"Campagneleider", "Omgevingsmanager"}
    assert set(titles(client, f"starts_after={day(40)}")) == set(NEWEST)
    assert titles(client, f"starts_after={day(101)}") == []
    # "From February to March": a window, both ends included.
    assert set(titles(client, f"starts_after={day(50)}&starts_before={day(70)}")) == {
        "Strateeg",
        "Webredacteur",
        "Campagneleider",
    }
    assert titles(client, f"starts_after={day(71)}&starts_before={day(70)}") == []


def test_closing_today_is_still_listed(client, board):
    assert "Omgevingsmanager" in titles(client)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", NEWEST),
        # Highest home_days_max first, then highest home_days_min, then newest.
        (
            "home_days",
            [
                "Strateeg",
                "Webredacteur",
                "Omgevingsmanager",
                "Campagneleider",
                "Woordvoerder",
                "Crisiscommunicatieadviseur",
            ],
        ),
        (
            "start",
            [
                "Crisiscommunicatieadviseur",
                "Woordvoerder",
                "Strateeg",
                "Webredacteur",
                "Campagneleider",
                "Omgevingsmanager",
            ],
        ),
        # Soonest closing date first, open-ended last; equal dates newest first.
        (
            "closing",
            [
                "Omgevingsmanager",
                "Campagneleider",
                "Webredacteur",
                "Woordvoerder",
                "Crisiscommunicatieadviseur",
                "Strateeg",
            ],
        ),
    ],
)
def test_sort_orders(client, board, sort, expected):
    assert titles(client, f"sort={sort}") == expected


def test_sort_combines_with_filters(client, board):
    assert titles(client, "sort=start&org_kind=ministry") == ["Woordvoerder", "Strateeg"]


def test_twenty_a_page_and_pages_keep_filters(client):
    AssignmentFactory.create_batch(23, role=Role.PRESS)
    AssignmentFactory.create_batch(2, role=Role.CAMPAIGNS)
    first = client.get(URL, {"role": "press", "sort": "start"})
    assert len(first.context["page_obj"].object_list) == 20
    assert first.context["result_count"] == 23
    assert 'href="?role=press&amp;sort=start&amp;page=2"' in first.content.decode()
    second = client.get(URL, {"role": "press", "sort": "start", "page": 2})
    assert len(second.context["page_obj"].object_list) == 3
    seen = {a.pk for a in first.context["page_obj"].object_list}
    assert seen.isdisjoint(a.pk for a in second.context["page_obj"].object_list)


def test_result_count_is_shown(client, board):
    content = client.get(URL, {"org_kind": "ministry"}).content.decode()
    assert "2 opdrachten" in content


def test_active_filters_are_removable_chips(client, board):
    response = client.get(f"{URL}?org_kind=ministry&org_kind=province&min_home_days=3&sort=start")
    chips = {label: query for _name, label, query in response.context["chips"]}
    assert chips == {
        "Soort organisatie: Ministerie": "org_kind=province&min_home_days=3&sort=start",
        "Soort organisatie: Provincie": "org_kind=ministry&min_home_days=3&sort=start",
        "Minstens 3 dagen thuis mogelijk": "org_kind=ministry&org_kind=province&sort=start",
    }
    assert 'href="?org_kind=province&amp;min_home_days=3&amp;sort=start"' in (
        response.content.decode()
    )


def test_new_filters_are_chips_in_words(client, board):
    response = client.get(
        URL,
        {
            "min_guaranteed_home_days": "2",
            "min_hours": "32",
            "min_rate": "90",
            "starts_after": "2027-02-01",
            "min_home_days": "1",
        },
    )
    chips = {label: query for _name, label, query in response.context["chips"]}
    assert list(chips) == [
        "Minstens 1 dag thuis mogelijk",
        "Minstens 2 dagen thuis gegarandeerd",
        "Uren per week, minstens: 32",
        "Uurtarief minstens € 90 per uur",
        "Start vanaf: 1 februari 2027",
    ]
    assert chips["Uurtarief minstens € 90 per uur"] == (
        "min_home_days=1&min_guaranteed_home_days=2&min_hours=32&starts_after=2027-02-01"
    )


def test_new_filters_are_in_the_form_with_their_values(client, board):
    content = client.get(
        URL,
        {
            "min_guaranteed_home_days": "2",
            "min_hours": "32",
            "min_rate": "90",
            "starts_after": "2027-02-01",
        },
    ).content.decode()
    assert '<option value="2" selected>Minstens 2 dagen thuis gegarandeerd</option>' in content
    assert '<option value="3">Minstens 3 dagen thuis mogelijk</option>' in content
    assert (
        'name="min_hours" id="id_min_hours" min="1" max="40" step="1" inputmode="numeric" value="32"'
        in content
    )
    assert (
        'name="min_rate" id="id_min_rate" min="1" max="500" step="1" inputmode="numeric" value="90"'
        in content
    )
    assert 'type="date" name="starts_after" id="id_starts_after" value="2027-02-01"' in content


def test_a_value_the_input_cannot_hold_is_not_written_back(client, board):
    """`value="acht"` on a number input, or 2026-02-30 on a date input, is invalid HTML: the
    error says what was wrong, the field is empty."""
    content = client.get(
        URL, {"min_hours": "acht", "min_rate": "-5", "starts_after": "2026-02-30"}
    ).content.decode()
    assert 'id="id_min_hours" min="1" max="40" step="1" inputmode="numeric" value=""' in content
    assert 'id="id_min_rate" min="1" max="500" step="1" inputmode="numeric" value="-5"' in content
    assert 'id="id_starts_after" value=""' in content
    assert 'aria-describedby="id_starts_after_error"' in content


def test_invalid_value_is_not_a_chip(client, board):
    response = client.get(URL, {"min_home_days": "veel", "role": "press"})
    assert [name for name, _label, _query in response.context["chips"]] == ["role"]


def loosen(client, query):
    """The suggestions of an empty list, as htmx asks for them after the list has loaded."""
    response = client.get(URL, query, headers={"HX-Request": "true", "HX-Target": "loosen"})
    assert response.status_code == 200
    return response


def test_empty_result_suggests_which_filter_to_loosen(client, board):
    query = {"org_kind": "ministry", "province": "utrecht", "min_rate": "400"}
    response = client.get(URL, query)
    assert response.context["result_count"] == 0
    content = response.content.decode()
    assert "Geen opdrachten gevonden met deze filters" in content
    # At once: each filter to loosen as a link, its count asked for by htmx.
    assert [(label, count) for label, count, _query in response.context["loosen"]] == [
        ("Soort organisatie: Ministerie", None),
        ("Provincie: Utrecht", None),
        ("Uurtarief minstens € 400 per uur", None),
    ]
    assert 'data-hx-get="?org_kind=ministry&amp;province=utrecht&amp;min_rate=400"' in content
    assert 'data-hx-trigger="load"' in content
    assert 'href="?province=utrecht&amp;min_rate=400"' in content
    assert 'outerHTML">Zonder “Soort organisatie: Ministerie”</a>' in content
    # Then the counts, the most helpful first; a filter whose removal gives nothing says so.
    counted = loosen(client, query)
    suggestions = [(label, count) for label, count, _query in counted.context["loosen"]]
    assert suggestions == [
        ("Soort organisatie: Ministerie", 0),
        ("Provincie: Utrecht", 0),
        ("Uurtarief minstens € 400 per uur", 0),
    ]
    html = counted.content.decode()
    assert "<html" not in html and html.lstrip().startswith('<div id="loosen">')
    assert "Zonder “Provincie: Utrecht”: ook geen opdrachten" in html
    two = loosen(client, {"org_kind": "ministry", "province": "utrecht"})
    suggestions = [(label, count) for label, count, _query in two.context["loosen"]]
    # Without the province: the two at the ministry; without the kind: the one in Utrecht.
    assert suggestions == [("Provincie: Utrecht", 2), ("Soort organisatie: Ministerie", 1)]
    assert 'href="?org_kind=ministry"' in two.content.decode()


def test_htmx_request_gets_only_the_results(client, board):
    response = client.get(
        URL, {"role": "press"}, headers={"HX-Request": "true", "HX-Target": "results"}
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    assert "Woordvoerder" in content and "Strateeg" not in content
    # The count outside the swapped region is updated out of band, the title by htmx.
    assert 'id="results-title" data-hx-swap-oob="innerHTML"' in content
    assert "<title>Opdrachten · Opdrachtwijzer</title>" in content
    assert {"HX-Request", "HX-Target"} <= {v.strip() for v in response["Vary"].split(",")}


def test_removing_a_chip_gets_the_whole_page_for_the_form(client, board):
    response = client.get(
        URL, {"role": "press"}, headers={"HX-Request": "true", "HX-Target": "filters"}
    )
    content = response.content.decode()
    assert '<form id="filters"' in content
    assert "hx-swap-oob" not in content
    assert content.count("<title>") == 1


def test_history_restore_gets_the_whole_page(client, board):
    response = client.get(
        URL,
        {"role": "press"},
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in response.content.decode()


def test_without_htmx_the_form_submits_to_the_same_list(client, board):
    content = client.get(URL).content.decode()
    assert f'<form id="filters" class="browse" method="get" action="{URL}"' in content
    assert f'data-hx-get="{URL}"' in content


def test_chip_labels_are_readable(client, board):
    response = client.get(
        URL, {"q": "strateeg", "abroad": "1", "starts_before": "2027-03-01", "crisis": "none"}
    )
    assert [label for _name, label, _query in response.context["chips"]] == [
        "Zoeken: “strateeg”",
        "Aanwezigheid bij crisis: Geen crisisdienst",
        "Werken vanuit het buitenland mogelijk",
        "Start uiterlijk op: 1 maart 2027",
    ]


def test_page_title_says_which_page(client):
    AssignmentFactory.create_batch(21)
    first = client.get(URL).content.decode()
    second = client.get(URL, {"page": 2}).content.decode()
    assert "<title>Opdrachten · Opdrachtwijzer</title>" in first
    assert "<title>Opdrachten – Pagina 2 van 2 · Opdrachtwijzer</title>" in second
    assert 'content="21 openstaande interim-communicatieopdrachten' in first


def test_empty_board_says_so_without_suggestions(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["result_count"] == 0
    assert "loosen" not in response.context
    content = response.content.decode()
    assert "Geen opdrachten gevonden met deze filters" in content
    assert "Elke werkdag worden nieuwe opdrachten gescreend en gepubliceerd." in content
    assert 'rel="next"' not in content
    # Page 1 of nothing is still a page; page 2 is past the end.
    assert client.get(URL, {"page": 2}).status_code == 404


@pytest.mark.parametrize(
    ("query", "loosened"),
    [
        ({"q": "Woordvoerder", "abroad": "1"}, "Werken vanuit het buitenland mogelijk"),
        ({"q": "nergens", "role": "strategy"}, "Zoeken: “nergens”"),
        ({"starts_before": "2020-01-01", "role": "strategy"}, "Start uiterlijk op: 1 januari 2020"),
        (
            {"min_guaranteed_home_days": "4", "role": "strategy"},
            "Minstens 4 dagen thuis gegarandeerd",
        ),
        ({"min_rate": "400", "org_kind": "ministry"}, "Uurtarief minstens € 400 per uur"),
        ({"min_hours": "40", "role": "press"}, "Uren per week, minstens: 40"),
        ({"starts_after": "2099-01-01", "role": "press"}, "Start vanaf: 1 januari 2099"),
    ],
)
def test_every_kind_of_filter_can_be_loosened(client, board, query, loosened):
    """Each kind of chip label (a lazily translated one, a quoted search, a date) can be
    named in the suggestions of an empty list."""
    response = loosen(client, query)
    assert response.context["result_count"] == 0
    assert loosened in [label for label, _count, _query in response.context["loosen"]]


def test_filtersets_do_not_share_their_filters_or_fields(board):
    """The filters and form fields are copied one level deep per FilterSet (filters.py,
    ShallowCopies): each FilterSet's filters are its own, bound to it, and searching with one
    does not search with the other's words."""
    from assignments.filters import AssignmentFilter
    from assignments.models import Assignment

    first = AssignmentFilter({"q": "strateeg"}, queryset=Assignment.objects.public())
    second = AssignmentFilter({"q": "webredacteur"}, queryset=Assignment.objects.public())
    assert first.filters["q"] is not second.filters["q"]
    assert first.filters["q"].parent is first and second.filters["q"].parent is second
    assert first.form.fields is not second.form.fields
    assert {a.title for a in first.qs} == {"Strateeg"}
    assert {a.title for a in second.qs} == {"Webredacteur"}
    assert getattr(AssignmentFilter.base_filters["q"], "parent", None) is None
