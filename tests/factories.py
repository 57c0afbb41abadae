from datetime import timedelta
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from assignments.models import Assignment, Role, Status, local_today
from organisations.models import Abroad, CrisisPresence, Kind, Organisation, ScreeningRequirement


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"recruiter{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.nl")
    is_staff = True
    password = factory.django.Password("een-lang-wachtwoord")


class ToolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "organisations.Tool"
        django_get_or_create = ["name"]

    name = factory.Iterator(["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Trello"])


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Gemeente Teststad {n}")
    slug = factory.Sequence(lambda n: f"gemeente-teststad-{n}")
    kind = Kind.MUNICIPALITY
    size = "medium"
    province = "utrecht"
    city = "Utrecht"
    description = "Een gemeente om mee te testen."
    home_days_min = 2
    home_days_max = 3
    onboarding_weeks = 4
    onboarding_home_days = 1
    crisis_presence = CrisisPresence.ON_CALL
    abroad = Abroad.NOT_ALLOWED
    office_only_documents = False
    screening_requirement = ScreeningRequirement.VOG


class AssignmentFactory(factory.django.DjangoModelFactory):
    """A published assignment with complete terms, open to responses."""

    class Meta:
        model = Assignment

    title = factory.Sequence(lambda n: f"Communicatieadviseur {n}")
    slug = factory.Sequence(lambda n: f"communicatieadviseur-{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.STRATEGY
    description = "Je adviseert over **communicatie**."
    hours_min = 24
    hours_max = 32
    start_date = factory.LazyFunction(lambda: local_today() + timedelta(days=30))
    max_rate = Decimal("105.00")
    city = "Utrecht"
    closing_date = factory.LazyFunction(lambda: local_today() + timedelta(days=14))
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    terms_verified_at = factory.LazyFunction(timezone.now)
    home_days_min = 2
    home_days_max = 3
    onboarding_weeks = 6
    onboarding_home_days = 1
    crisis_presence = CrisisPresence.NONE
    abroad = Abroad.INCIDENTAL
    office_only_documents = False
    screening_requirement = ScreeningRequirement.NONE

    class Params:
        # Being screened, with complete terms: ready to publish.
        screening = factory.Trait(
            status=Status.SCREENING, published_at=None, terms_verified_at=None
        )
        unscreened = factory.Trait(
            status=Status.NEW,
            published_at=None,
            terms_verified_at=None,
            home_days_min=None,
            home_days_max=None,
            onboarding_weeks=None,
            onboarding_home_days=None,
            crisis_presence="",
            abroad="",
            office_only_documents=None,
            screening_requirement="",
        )


def assignment_in_status(status, **kwargs):
    """An assignment with complete terms in `status`, with the stamps that status implies."""
    stamped = status in (Status.PUBLISHED, Status.CLOSED)
    kwargs.setdefault("published_at", timezone.now() if stamped else None)
    kwargs.setdefault("terms_verified_at", timezone.now() if stamped else None)
    return AssignmentFactory(status=status, **kwargs)


class FaqPageFactory(factory.django.DjangoModelFactory):
    """A published Dutch FAQ page."""

    class Meta:
        model = "faq.FaqPage"

    title = factory.Sequence(lambda n: f"Veelgestelde vragen {n}")
    slug = factory.Sequence(lambda n: f"veelgestelde-vragen-{n}")
    intro = "Antwoorden op vragen over **hybride werken**."
    is_published = True
    order = factory.Sequence(lambda n: n)


class FaqEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "faq.FaqEntry"

    page = factory.SubFactory(FaqPageFactory)
    question = factory.Sequence(lambda n: f"Hoeveel dagen mag ik thuiswerken ({n})?")
    answer = "Meestal **twee tot drie** dagen per week."
    order = factory.Sequence(lambda n: n)
