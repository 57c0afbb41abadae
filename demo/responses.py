"""Demo responses: fictional candidates (no real people; addresses at example.com, which
nobody can receive mail on) responding to open demo assignments, in every state of the
pipeline, each with a generated one-page PDF as CV. So a recruiter trying `make run` sees
the pipeline in the admin."""

from datetime import timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from assignments.models import Assignment
from demo.pdf import one_page_pdf
from responses.models import Response, ResponseEvent, Status

CANDIDATES = [
    {
        "name": "Anouk de Wit",
        "phone": "06 21436587",
        "city": "Zwolle",
        "profile": "Senior communicatieadviseur, 12 jaar bij gemeenten en een provincie",
        "experience": [
            "2019-heden  Provincie Overijssel (interim) - strategisch communicatieadviseur",
            "2014-2019   Gemeente Deventer - adviseur omgevingscommunicatie",
            "2011-2014   Waterschap Drents Overijsselse Delta - communicatiemedewerker",
        ],
        "motivation": (
            "Ik werk al twaalf jaar voor gemeenten en een provincie en help bestuurders om "
            "lastige besluiten begrijpelijk uit te leggen. Deze opdracht spreekt me aan omdat "
            "de participatie met bewoners centraal staat. Twee vaste kantoordagen passen goed "
            "bij mijn manier van werken."
        ),
        "hours": 32,
        "rate": Decimal("98.00"),
        "keep": True,
        "days_ago": 2,
        "steps": [],
    },
    {
        "name": "Sem Bakkenes",
        "phone": "06 98765432",
        "city": "Utrecht",
        "profile": "Woordvoerder en persvoorlichter, ervaren in crisissituaties",
        "experience": [
            "2020-heden  Veiligheidsregio (interim) - woordvoerder crisisteam",
            "2016-2020   Ministerie van Justitie en Veiligheid - persvoorlichter",
            "2013-2016   Regionale omroep - verslaggever",
        ],
        "motivation": (
            "Als woordvoerder heb ik meerdere crises begeleid, van overstromingsdreiging tot "
            "cyberincidenten. Ik ben gewend aan piketdiensten en aan snel schakelen met "
            "bestuurders. Ik kan op korte termijn beginnen."
        ),
        "hours": 36,
        "rate": Decimal("110.00"),
        "keep": False,
        "days_ago": 5,
        "steps": [
            (Status.CONTACTED, 1, "Telefonisch gesproken; beschikbaar per direct."),
        ],
    },
    {
        "name": "Yara El Idrissi",
        "phone": "",
        "city": "Rotterdam",
        "profile": "Online communicatiespecialist: content, toegankelijkheid en data",
        "experience": [
            "2021-heden  Uitvoeringsorganisatie (interim) - contentstrateeg",
            "2017-2021   Gemeente Rotterdam - webredacteur en B1-schrijver",
        ],
        "motivation": (
            "Ik maak overheidsinformatie vindbaar en begrijpelijk, op taalniveau B1 en "
            "volgens de WCAG. Bij mijn vorige opdracht heb ik de vernieuwing van de website "
            "geleid. Ik werk graag grotendeels thuis, met een vaste dag op kantoor."
        ),
        "hours": 24,
        "rate": None,
        "keep": False,
        "days_ago": 8,
        "steps": [
            (Status.CONTACTED, 1, "Kennismaking gepland."),
            (Status.PROPOSED, 3, "Cv met toelichting naar de opdrachtgever gestuurd."),
        ],
    },
    {
        "name": "Thijs Verhoeven",
        "phone": "06 11223344",
        "city": "Den Haag",
        "profile": "Interne communicatie en verandermanagement",
        "experience": [
            "2018-heden  Zelfstandig adviseur interne communicatie",
            "2012-2018   Ministerie van Binnenlandse Zaken - adviseur interne communicatie",
        ],
        "motivation": (
            "Ik begeleid reorganisaties met een heldere interne communicatie, van "
            "intranet tot leiderschapsbijeenkomsten. Ik heb een VOG en ervaring met "
            "gerubriceerde stukken."
        ),
        "hours": 32,
        "rate": Decimal("105.00"),
        "keep": True,
        "days_ago": 12,
        "steps": [
            (Status.CONTACTED, 1, "Gesprek gevoerd."),
            (Status.PROPOSED, 2, "Voorgesteld; de opdrachtgever wil kennismaken."),
            (Status.PLACED, 6, "Start volgende maand; opdrachtgever akkoord."),
        ],
    },
    {
        "name": "Mirjam Koster",
        "phone": "06 55667788",
        "city": "Groningen",
        "profile": "Campagnestrateeg met achtergrond in gedragscommunicatie",
        "experience": [
            "2019-heden  Reclamebureau - strateeg overheidscampagnes",
            "2015-2019   Dienst Publiek en Communicatie - campagneadviseur",
        ],
        "motivation": (
            "Ik ontwikkel campagnes op basis van gedragsinzichten en heb voor de Rijksoverheid "
            "landelijke campagnes begeleid. Ik woon in Groningen en werk graag drie dagen thuis."
        ),
        "hours": 28,
        "rate": Decimal("95.00"),
        "keep": False,
        "days_ago": 10,
        "steps": [
            (Status.DECLINED, 2, "Andere kandidaat past beter bij de gevraagde crisiservaring."),
        ],
    },
    {
        "name": "Daan Hoekstra",
        "phone": "06 44332211",
        "city": "Leeuwarden",
        "profile": "Omgevingsmanager bij infrastructurele projecten",
        "experience": [
            "2017-heden  Rijkswaterstaat (interim) - omgevingsmanager dijkversterking",
            "2013-2017   Provincie Fryslân - communicatieadviseur projecten",
        ],
        "motivation": (
            "Ik verbind projecten met bewoners, ondernemers en belangengroepen. Bij de "
            "dijkversterking heb ik de informatieavonden en het participatieplan verzorgd."
        ),
        "hours": 36,
        "rate": Decimal("100.00"),
        "keep": False,
        "days_ago": 1,
        "steps": [],
    },
]

DEMO_DOMAIN = "example.com"


def email_of(candidate):
    local = candidate["name"].lower().replace(" ", ".")
    return f"{local}@{DEMO_DOMAIN}"


def cv_pdf(candidate):
    lines = [
        candidate["profile"],
        f"Woonplaats: {candidate['city']}",
        "",
        "Werkervaring",
        *candidate["experience"],
        "",
        "Opleiding",
        "Master Communicatiewetenschap",
        "",
        "Fictief demoprofiel van Opdrachtwijzer: deze persoon bestaat niet.",
    ]
    return one_page_pdf(f"Curriculum vitae - {candidate['name']}", lines)


def seed_responses(recruiters, anchor):
    """Adds the demo responses that are missing (by address). Returns how many it added."""
    targets = list(
        Assignment.objects.public().filter(published_at__lt=anchor).newest()[: len(CANDIDATES)]
    )
    if not targets:
        return 0
    existing = set(
        Response.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").values_list("email", flat=True)
    )
    added = 0
    for index, candidate in enumerate(CANDIDATES):
        email = email_of(candidate)
        if email in existing:
            continue
        assignment = targets[index % len(targets)]
        recruiter = recruiters[index % len(recruiters)]
        with transaction.atomic():
            seed_one(candidate, email, assignment, recruiter, anchor)
        added += 1
    return added


def seed_one(candidate, email, assignment, recruiter, anchor):
    sent = max(anchor - timedelta(days=candidate["days_ago"], hours=-10), assignment.published_at)
    status = candidate["steps"][-1][0] if candidate["steps"] else Status.RECEIVED
    response = Response(
        assignment=assignment,
        name=candidate["name"],
        email=email,
        phone=candidate["phone"],
        cv_filename=f"CV {candidate['name']}.pdf",
        cv_type="pdf",
        motivation=candidate["motivation"],
        available_from=(anchor + timedelta(days=14)).date(),
        hours_per_week=candidate["hours"],
        rate=candidate["rate"],
        consent_at=sent,
        keep_for_other_assignments=candidate["keep"],
        status=status,
        language="nl",
        created_at=sent,
        confirmation_sent_at=sent,
        notification_sent_at=sent,
    )
    content = cv_pdf(candidate)
    response.cv_size = len(content)
    events = [ResponseEvent(from_status="", to_status=Status.RECEIVED, created_at=sent)]
    previous, at = Status.RECEIVED, sent
    for target, days, note in candidate["steps"]:
        at = min(at + timedelta(days=days), timezone.now())
        events.append(
            ResponseEvent(
                from_status=previous, to_status=target, actor=recruiter, created_at=at, note=note
            )
        )
        previous = target
    if status == Status.DECLINED:
        response.ended_at = at
        response.retain_until = response.retention_for(None)
    response.cv.save("cv", ContentFile(content), save=False)
    try:
        response.save()
        for event in events:
            event.response = response
        ResponseEvent.objects.bulk_create(events)
    except BaseException:
        response.cv.storage.delete(response.cv.name)
        raise
