from datetime import date, timedelta
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from assignments.models import Assignment, Channel, ClientConfirmation, Role, Status, local_today
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
    """A published assignment with complete terms, open to responses, whose terms rest on a
    client confirmation of today (as the services leave a published one)."""

    class Meta:
        model = Assignment
        skip_postgeneration_save = True

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

    @factory.post_generation
    def confirmed(obj, create, extracted, **kwargs):
        """Published and closed assignments rest on a client confirmation, and one being
        screened with complete terms has one recorded (ready to publish), as the services
        leave them: `confirmed=False` for none, `confirmed=<date>` for one of that day."""
        if not create or extracted is False:
            return
        verified = obj.status in (Status.PUBLISHED, Status.CLOSED)
        if not verified and not (obj.status == Status.SCREENING and obj.terms_complete):
            return
        confirmation = ClientConfirmationFactory(
            assignment=obj,
            confirmed_on=extracted if isinstance(extracted, date) else local_today(),
            recorded_at=obj.terms_verified_at or timezone.now(),
        )
        if verified:
            Assignment.objects.filter(pk=obj.pk).update(confirmation=confirmation)
            obj.confirmation = confirmation


class ClientConfirmationFactory(factory.django.DjangoModelFactory):
    """The client's confirmation of an assignment's terms, by e-mail today."""

    class Meta:
        model = ClientConfirmation

    assignment = factory.SubFactory(AssignmentFactory, confirmed=False)
    confirmed_on = factory.LazyFunction(local_today)
    channel = Channel.EMAIL
    client_contact = "Marieke Jansen, hoofd communicatie"
    recorded_at = factory.LazyFunction(timezone.now)


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
