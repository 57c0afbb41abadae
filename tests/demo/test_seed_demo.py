from collections import Counter
from datetime import timedelta
from itertools import pairwise

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Max

from assignments.models import Assignment, Role, ScreeningEvent, Status, local_today
from demo.management.commands.seed_demo import DEMO_SET_SIZE
from organisations.models import Kind, Organisation, Province
from responses.models import Response

pytestmark = pytest.mark.django_db

MINISTRIES = [
    "Algemene Zaken",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Buitenlandse Zaken",
    "Defensie",
    "Economische Zaken",
    "Financiën",
    "Infrastructuur en Waterstaat",
    "Justitie en Veiligheid",
    "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Onderwijs, Cultuur en Wetenschap",
    "Sociale Zaken en Werkgelegenheid",
    "Volksgezondheid, Welzijn en Sport",
]


def seed(*args):
    call_command("seed_demo", *args, verbosity=0)


def snapshot():
    """Everything that seeding decides, without database ids and wall-clock timestamps."""
    fields = [
        field.attname
        for field in Assignment._meta.concrete_fields
        if field.attname
        not in (
            "id",
            "organisation_id",
            "created_at",
            "updated_at",
            "created_by_id",
            "updated_by_id",
            "terms_verified_by_id",
        )
    ]
    return [
        (
            *(getattr(a, name) for name in fields),
            a.organisation.slug,
            tuple(sorted(tool.name for tool in a.tools.all())),
        )
        for a in Assignment.objects.select_related("organisation")
        .prefetch_related("tools")
        .order_by("slug")
    ]


@pytest.mark.slow
def test_demo_set_is_realistic_and_complete():
    seed()
    organisations = Organisation.objects.all()
    assert organisations.count() >= 40
    names = set(organisations.values_list("name", flat=True))
    for ministry in MINISTRIES:
        assert f"Ministerie van {ministry}" in names, ministry
    provinces = organisations.filter(kind=Kind.PROVINCE)
    assert set(provinces.values_list("province", flat=True)) == set(Province.values)
    for city in ("Amsterdam", "Rotterdam", "Den Haag", "Utrecht"):
        assert organisations.filter(kind=Kind.MUNICIPALITY, city=city, size="large").exists()
    municipalities = organisations.filter(kind=Kind.MUNICIPALITY)
    assert set(municipalities.values_list("province", flat=True)) == set(Province.values)
    assert set(municipalities.values_list("size", flat=True)) >= {"large", "medium", "small"}
    assert organisations.filter(kind=Kind.WATER_BOARD).count() >= 4
    agencies = " ".join(organisations.filter(kind=Kind.AGENCY).values_list("name", flat=True))
    for agency in ("UWV", "Belastingdienst", "DUO", "CBR", "Rijkswaterstaat"):
        assert agency in agencies
    for organisation in organisations:
        organisation.full_clean()
        assert organisation.terms_complete, organisation

    assignments = Assignment.objects.all()
    assert assignments.count() == DEMO_SET_SIZE >= 150
    assert set(assignments.values_list("role", flat=True)) == set(Role.values)
    statuses = Counter(assignments.values_list("status", flat=True))
    assert set(statuses) == set(Status.values)
    assert statuses[Status.PUBLISHED] > DEMO_SET_SIZE / 2
    published = assignments.filter(status=Status.PUBLISHED)
    assert published.filter(closing_date__lt=local_today()).exists(), "none past closing"
    assert Assignment.objects.public().count() > 80
    for assignment in assignments.prefetch_related("tools"):
        assignment.full_clean()
        assert len(assignment.description) > 300
        if assignment.status in (Status.PUBLISHED, Status.CLOSED):
            assert assignment.terms_complete
            assert assignment.terms_verified_by is not None
            assert assignment.tools.exists()
        if assignment.status == Status.NEW:
            assert not assignment.terms_complete


def test_running_twice_changes_nothing():
    seed("--assignments", "200")
    before = snapshot()
    last_change = Assignment.objects.aggregate(last=Max("updated_at"))["last"]
    seed("--assignments", "200")
    seed()
    assert snapshot() == before
    assert Assignment.objects.aggregate(last=Max("updated_at"))["last"] == last_change
    assert Organisation.objects.count() == len(set(Organisation.objects.values_list("slug")))


def test_same_seed_gives_the_same_data_and_another_seed_other_data():
    seed("--assignments", "230", "--seed", "7")
    first = snapshot()
    # Responses protect their assignment (their CVs must be deleted through the services).
    Response.objects.all().delete()
    Assignment.objects.all().delete()
    seed("--assignments", "230", "--seed", "7")
    assert snapshot() == first
    Response.objects.all().delete()
    Assignment.objects.all().delete()
    seed("--assignments", "230", "--seed", "8")
    other = snapshot()
    assert len(other) == len(first) == 230
    # The hand-written set stays; the generated ones differ.
    assert other != first
    assert set(first) & set(other)


@pytest.mark.parametrize(
    ("target", "total"),
    [
        (0, DEMO_SET_SIZE),
        (DEMO_SET_SIZE - 10, DEMO_SET_SIZE),
        (DEMO_SET_SIZE + 1, DEMO_SET_SIZE + 1),
        (1234, 1234),
    ],
)
def test_assignments_option_sets_the_total(target, total):
    seed("--assignments", str(target))
    assert Assignment.objects.count() == total
    # Asking for fewer later never deletes anything.
    seed("--assignments", "1")
    assert Assignment.objects.count() == total


@pytest.mark.slow
def test_generated_assignments_obey_every_rule():
    seed("--assignments", str(DEMO_SET_SIZE + 300), "--seed", "3")
    generated = Assignment.objects.exclude(
        slug__in=list(
            Assignment.objects.order_by("pk").values_list("slug", flat=True)[:DEMO_SET_SIZE]
        )
    )
    assert generated.count() == 300
    for assignment in generated:
        assignment.full_clean()


@pytest.mark.parametrize(
    "args",
    [
        ["--assignments", "-1"],
        ["--assignments", "veel"],
        ["--assignments", "1e9"],
        ["--assignments", "99999999999"],
        ["--seed", "abc"],
    ],
)
def test_bad_arguments_are_refused_clearly(args):
    with pytest.raises(CommandError) as error:
        seed(*args)
    assert args[0] in str(error.value)
    assert not Assignment.objects.exists()


def test_running_again_after_admin_edits_adds_nothing():
    """Organisations added or edited in the admin must not change what the demo set is."""
    seed()
    before = {slug for (slug,) in Assignment.objects.values_list("slug")}
    Organisation.objects.create(
        name="Gemeente Schiermonnikoog",
        slug="gemeente-schiermonnikoog",
        kind=Kind.MUNICIPALITY,
        province="friesland",
        city="Schiermonnikoog",
    )
    Organisation.objects.filter(slug__startswith="ministerie").update(
        home_days_max=5, home_days_min=0, office_days=0, name="Hernoemd"
    )
    seed()
    assert {slug for (slug,) in Assignment.objects.values_list("slug")} == before


def test_demo_terms_follow_the_patterns_from_the_field():
    seed()
    screened = Assignment.objects.filter(home_days_max__isnull=False).select_related("organisation")
    maxima = [a.home_days_max for a in screened]
    # Hybrid is the norm: mostly two or three home days, four only for strategic roles at
    # the most flexible employers, never five.
    assert 2 <= sum(maxima) / len(maxima) <= 3.2
    assert max(maxima) <= 4
    for assignment in screened:
        if assignment.home_days_max == 4:
            assert assignment.role == Role.STRATEGY
            assert assignment.organisation.kind in (Kind.MINISTRY, Kind.MUNICIPALITY)
    press = [a.home_days_max for a in screened if a.role in (Role.PRESS, Role.CRISIS)]
    strategy = [a.home_days_max for a in screened if a.role == Role.STRATEGY]
    assert sum(press) / len(press) < sum(strategy) / len(strategy)
    assert all(
        a.crisis_presence == "on_site"
        for a in screened
        if a.role == Role.CRISIS and a.crisis_presence
    )
    # Timestamps tell a consistent story.
    for assignment in Assignment.objects.exclude(published_at=None):
        assert assignment.created_at < assignment.terms_verified_at < assignment.published_at


def test_demo_set_has_a_consistent_screening_history():
    seed()
    events = ScreeningEvent.objects.count()
    assert events > DEMO_SET_SIZE
    for assignment in Assignment.objects.prefetch_related("events"):
        history = list(assignment.events.all())
        if assignment.status == Status.NEW:
            assert history == []
            assert assignment.claimed_by is None
            continue
        assert assignment.claimed_by is not None
        assert history[0].from_status == Status.NEW
        assert history[-1].to_status == assignment.status
        for before, after in pairwise(history):
            assert before.to_status == after.from_status
            assert before.created_at < after.created_at
        assert history[0].created_at > assignment.created_at
        assert history[-1].created_at < Assignment._meta.get_field("created_at").default()
        if assignment.status == Status.PUBLISHED:
            assert history[-1].actor_id == assignment.terms_verified_by_id
    seed()
    assert ScreeningEvent.objects.count() == events


@pytest.mark.slow
def test_demo_responses_show_the_pipeline_with_real_pdfs(cv_storage):
    from io import BytesIO

    from pypdf import PdfReader

    from responses.files import check_cv
    from responses.models import Response, Status

    seed()
    responses = Response.objects.select_related("assignment")
    assert responses.count() >= 6
    assert {
        Status.RECEIVED,
        Status.CONTACTED,
        Status.PROPOSED,
        Status.PLACED,
        Status.DECLINED,
    } <= set(responses.values_list("status", flat=True))
    for response in responses:
        assert response.assignment.is_public
        assert response.email.endswith("@example.com")
        with response.cv.open("rb") as stored:
            content = stored.read()
        reader = PdfReader(BytesIO(content))
        assert len(reader.pages) == 1
        assert "Fictief demoprofiel" in reader.pages[0].extract_text()
        assert response.events.first().to_status == Status.RECEIVED
        assert response.events.last().to_status == response.status
    # The demo CVs pass the checks candidates' files go through.
    from django.core.files.uploadedfile import SimpleUploadedFile

    assert check_cv(SimpleUploadedFile("cv.pdf", content)).cv_type == "pdf"
    declined = responses.get(status=Status.DECLINED)
    assert declined.retain_until == declined.ended_at + timedelta(weeks=4)
    # A second run adds nothing.
    seed()
    assert Response.objects.count() == responses.count()
