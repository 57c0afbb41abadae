"""Dutch demo FAQ pages for `manage.py seed_demo`, and the function that loads them.

The texts follow the facts from the field in DESIGN.md. Orders go in steps of ten, so an editor
can slot a question in between without renumbering the rest.
"""

from django.db import transaction

from faq.models import FaqEntry, FaqPage

PAGES = [
    {
        "slug": "thuiswerken-en-hybride-afspraken",
        "title": "Thuiswerken en hybride afspraken",
        "intro": (
            "Hybride werken is bij de overheid de gewoonte, maar de afspraken verschillen per "
            "opdrachtgever en per rol. Hieronder lees je wat gebruikelijk is, waar je ruimte "
            "hebt en hoe je thuis net zo goed zichtbaar blijft als op kantoor."
        ),
        "is_published": True,
        "entries": [
            (
                "Hoeveel dagen per week kan ik thuiswerken?",
                "De meeste opdrachtgevers bieden **twee tot drie thuiswerkdagen** per week. "
                "Sommige ministeries staan voor senior, zelfstandige strategische rollen vier "
                "dagen toe. Een opdracht waarin je elke dag op kantoor moet zijn, komt nog maar "
                "zelden voor.\n\n"
                "Bij elke opdracht staat hoeveel thuiswerkdagen gegarandeerd zijn en hoeveel er "
                "hooguit mogelijk zijn. Zoek je meer ruimte? Bekijk dan de "
                "[opdrachten met minstens drie thuiswerkdagen](/opdrachten/?min_home_days=3).",
            ),
            (
                "Waarom vragen sommige rollen meer aanwezigheid op kantoor?",
                "Hoe meer je werk draait om snel schakelen en direct contact, hoe vaker je op "
                "kantoor wordt verwacht:\n\n"
                "- **Crisiscommunicatie**: tijdens een crisis kom je meestal naar de "
                "crisisruimte, ook als je normaal thuiswerkt.\n"
                "- **Woordvoering en pers**: je loopt mee met bestuurders en bent er bij "
                "persmomenten.\n"
                "- **Veel publiekscontact**, zoals bij omgevingsmanagement en participatie.\n\n"
                "Strategisch advies, campagnes en interne communicatie laten zich juist goed op "
                "afstand doen; daar krijg je meestal meer thuiswerkdagen.",
            ),
            (
                "Kan ik onderhandelen over het aantal thuiswerkdagen?",
                "Vaak wel, zeker na de inwerkperiode. Wat helpt:\n\n"
                "1. Vraag vooraf welke dagen het team op kantoor is, en kies die dagen ook.\n"
                "2. Laat zien wat je thuis oplevert: korte weekupdates werken goed.\n"
                "3. Spreek een proefperiode af en evalueer na zes tot acht weken.\n\n"
                "Het gegarandeerde minimum in de opdracht is een afspraak met de opdrachtgever; "
                "daarboven is het maatwerk met je leidinggevende.",
            ),
            (
                "Hoe blijf ik zichtbaar als ik veel thuiswerk?",
                "Zichtbaarheid vraagt bij hybride werk wat meer opzet. Plan je kantoordagen op "
                "de dagen van het teamoverleg en van de afstemming met bestuurders. Zet je "
                "camera aan in overleggen, deel je werk in de teamkanalen in plaats van alleen "
                "per mail, en plan af en toe een kort kennismakingsgesprek met collega's buiten "
                "je eigen team. Een korte wekelijkse update aan je opdrachtgever voorkomt dat "
                "je werk onopgemerkt blijft.",
            ),
            (
                "Wat als mijn internet thuis niet stabiel is?",
                "Je bent zelf verantwoordelijk voor een werkplek waar je ongestoord kunt werken. "
                "Valt je verbinding regelmatig weg, los dat dan op voordat je begint: een "
                "bekabelde verbinding of een betere router helpt vaak al. Houd als noodplan de "
                "hotspot van je telefoon achter de hand en laat het je team direct weten als je "
                "tijdens een overleg wegvalt. Lukt het structureel niet, spreek dan extra "
                "kantoordagen af; dat is beter dan steeds half aanwezig zijn.",
            ),
        ],
    },
    {
        "slug": "inwerken-tools-en-screening",
        "title": "Inwerken, tools en screening",
        "intro": (
            "De eerste weken van een opdracht zie je vaker het kantoor dan later. Hier lees je "
            "hoe lang dat duurt, met welke programma's je werkt en welke screening je soms "
            "vooraf nodig hebt."
        ),
        "is_published": True,
        "entries": [
            (
                "Hoe lang duurt het inwerken, en moet ik dan vaker op kantoor zijn?",
                "Reken op **vier tot acht weken** waarin je vaker op kantoor bent dan later in "
                "de opdracht. Je leert dan het team, de bestuurders en de werkwijze kennen. "
                "Heb je al eerder bij de overheid gewerkt en ben je senior, dan is die periode "
                "vaak korter. Per opdracht staat hoeveel weken het inwerken duurt en hoeveel "
                "dagen je in die tijd thuis kunt werken.",
            ),
            (
                "Met welke programma's werk ik?",
                "De meeste overheidsorganisaties werken met Microsoft 365:\n\n"
                "- **Microsoft Teams** voor overleg en chat\n"
                "- **Outlook** voor mail en agenda\n"
                "- **SharePoint** voor documenten\n"
                "- **Planner** of **Trello** voor het plannen van taken\n\n"
                "Meestal krijg je een laptop van de opdrachtgever. Vraag vooraf of je ook op "
                "een eigen apparaat mag werken; vaak kan dat niet.",
            ),
            (
                "Wat is een VOG en wanneer heb ik die nodig?",
                "Een Verklaring Omtrent het Gedrag (VOG) laat zien dat je justitiële verleden "
                "geen bezwaar vormt voor je werk. Veel gemeenten en uitvoeringsorganisaties vragen "
                "er een, zeker bij werk met persoonsgegevens. Je vraagt de VOG aan bij Justis; "
                "dat duurt meestal enkele weken. Vraag hem aan zodra de opdracht "
                "rond is, zodat je start niet vertraagt.",
            ),
            (
                "Hoe lang duurt een veiligheidsonderzoek bij een ministerie?",
                "Voor vertrouwensfuncties doet de AIVD of de MIVD een veiligheidsonderzoek. Bij "
                "ministeries duurt dat meestal **vier tot zes weken**. Vaak mag je in die tijd "
                "al beginnen, maar zonder toegang tot vertrouwelijke stukken. Bij de opdracht "
                "staat of een VOG of een veiligheidsonderzoek nodig is.",
            ),
            (
                "Waarom mag ik sommige documenten alleen op kantoor lezen?",
                "Vertrouwelijke beleidsstukken, zoals stukken voor de ministerraad of over "
                "lopende besluiten, mogen bij sommige opdrachtgevers het kantoor niet uit. Je "
                "werkt daar dan alleen op kantoor aan. Plan je kantoordagen zo dat dit werk op "
                "die dagen valt; bij de opdracht staat of zulke stukken erbij horen.",
            ),
        ],
    },
    {
        "slug": "vergoedingen-en-werken-in-het-buitenland",
        "title": "Vergoedingen en werken vanuit het buitenland",
        "intro": (
            "Welke vergoedingen krijg je voor thuiswerken en reizen, en mag je een paar dagen "
            "vanaf je vakantieadres werken? Het antwoord hangt af van je contract en je "
            "opdrachtgever."
        ),
        "is_published": True,
        "entries": [
            (
                "Krijg ik een thuiswerkvergoeding?",
                "Dat hangt af van je contract. Ben je via een detacheerder of payrollbedrijf in "
                "loondienst, dan gelden meestal deze bedragen:\n\n"
                "| Vergoeding | Gebruikelijk bedrag |\n"
                "|:--|--:|\n"
                "| Thuiswerkvergoeding per thuiswerkdag | EUR 2 tot 3 |\n"
                "| Inrichting thuiswerkplek (eenmalig) | EUR 500 tot 750 |\n\n"
                "Werk je als zzp'er, dan zit alles in je uurtarief; een aparte "
                "thuiswerkvergoeding krijg je dan niet.",
            ),
            (
                "Hoe worden mijn reiskosten vergoed?",
                "De reiskostenvergoeding volgt de dagen dat je echt naar kantoor reist. Werk je "
                "drie dagen thuis, dan krijg je twee dagen reiskosten. Tijdens het inwerken, "
                "als je vaker op kantoor bent, ligt die vergoeding dus hoger. Zzp'ers rekenen "
                "reiskosten meestal in hun tarief mee.",
            ),
            (
                "Mag ik vanuit het buitenland werken?",
                "Meestal **niet**. Informatiebeveiliging, belastingregels en bereikbaarheid "
                "zijn de gebruikelijke redenen. Sommige opdrachtgevers staan een paar dagen "
                "per jaar toe, maar alleen met toestemming vooraf. Vraag die ruim op tijd aan "
                "en leg haar vast.\n\n"
                "Wil je die ruimte? Bekijk dan de "
                "[opdrachten waarin werken vanuit het buitenland soms kan]"
                "(/opdrachten/?abroad=1&min_home_days=2).",
            ),
        ],
    },
    {
        "slug": "verschillen-tussen-overheidsorganisaties",
        "title": "Verschillen tussen ministeries, gemeenten en provincies",
        "intro": (
            "Niet elke overheidsorganisatie denkt hetzelfde over hybride werken. Een globaal "
            "beeld helpt je kiezen; de afspraken bij een opdracht zijn altijd leidend."
        ),
        "is_published": True,
        "entries": [
            (
                "Verschilt hybride werken per soort overheidsorganisatie?",
                "Ja, en behoorlijk:\n\n"
                "| Organisatie | Hybride werken |\n"
                "|:--|:--|\n"
                "| Ministeries | Flexibel; voor senior strategische rollen soms vier "
                "thuiswerkdagen |\n"
                "| Grote gemeenten (Amsterdam, Rotterdam, Den Haag, Utrecht) | Flexibel, "
                "vergelijkbaar met ministeries |\n"
                "| Provincies | Ertussenin |\n"
                "| Kleine gemeenten en uitvoeringsorganisaties | Traditioneler, vaak met vaste "
                "kantoordagen |\n",
            ),
            (
                "Wat betekenen vaste kantoordagen?",
                "Sommige opdrachtgevers verwachten iedereen op dezelfde dagen op kantoor, "
                "bijvoorbeeld op de dag van het teamoverleg of van de collegevergadering. Die "
                "dagen staan bij de opdracht. De overige dagen kun je meestal zelf indelen, "
                "binnen het aantal thuiswerkdagen dat is afgesproken.",
            ),
            (
                "Hoe weten jullie dat de afspraken bij een opdracht kloppen?",
                "Onze recruiters nemen de hybride afspraken van elke opdracht door met de "
                "opdrachtgever voordat die online komt: thuiswerkdagen, inwerken, aanwezigheid "
                "bij een crisis, werken vanuit het buitenland, vertrouwelijke stukken, "
                "screening en vergoedingen. Op de pagina van de opdracht zie je wanneer dat "
                "voor het laatst is gecontroleerd. Klopt er iets niet? Mail dan naar "
                "[redactie@opdrachtwijzer.nl](mailto:redactie@opdrachtwijzer.nl).",
            ),
        ],
    },
    {
        # A draft, to try the preview: only staff with access to the FAQ see it.
        "slug": "opdrachten-bij-waterschappen",
        "title": "Opdrachten bij waterschappen",
        "intro": "Concept: deze pagina wordt nog aangevuld.",
        "is_published": False,
        "entries": [
            (
                "Hoe hybride werken waterschappen?",
                "Waterschappen zitten meestal tussen provincies en kleine gemeenten in. Bij "
                "hoogwater of droogte kan extra aanwezigheid nodig zijn.",
            ),
        ],
    },
]


def seed_faq_pages():
    """Creates the demo pages that do not exist yet (by slug), each with its questions, and
    returns how many it created. A page that exists is left as it is, so what editors changed
    in the admin survives `make run`, which seeds on every start."""
    created = 0
    with transaction.atomic():
        for position, data in enumerate(PAGES, start=1):
            page, new = FaqPage.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "title": data["title"],
                    "intro": data["intro"],
                    "is_published": data["is_published"],
                    "order": position * 10,
                },
            )
            if not new:
                continue
            FaqEntry.objects.bulk_create(
                FaqEntry(page=page, question=question, answer=answer, order=number * 10)
                for number, (question, answer) in enumerate(data["entries"], start=1)
            )
            created += 1
    return created
