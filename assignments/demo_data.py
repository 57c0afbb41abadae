"""Dutch demo content for `manage.py seed_demo`: pure data, no logic.

Organisations with their default hybrid terms, collaboration tools, and the building blocks
(titles, topics, intros, tasks, profiles, notes) from which the demo assignments are composed.
Strings in ROLE_CONTENT may contain the placeholders {org} and {topic} and nothing else in
curly braces: they are filled in with str.format.
"""

TOOLS = [
    "Microsoft Teams",
    "SharePoint",
    "Outlook",
    "Planner",
    "Trello",
    "OneDrive",
    "Webex",
    "Zoom",
    "Pleio",
    "Mattermost",
]

ORGANISATIONS = [
    # Ministries -------------------------------------------------------------------------------
    {
        "name": "Ministerie van Algemene Zaken",
        "slug": "ministerie-van-algemene-zaken",
        "kind": "ministry",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-algemene-zaken",
        "description": (
            "Algemene Zaken is het ministerie van de minister-president. Het bereidt de "
            "vergaderingen van de ministerraad voor en bewaakt de samenhang in het "
            "kabinetsbeleid. Onder het ministerie vallen de Rijksvoorlichtingsdienst, die de "
            "communicatie over het kabinet en het Koninklijk Huis verzorgt, en de Dienst Publiek "
            "en Communicatie, verantwoordelijk voor rijksbrede campagnes, rijksoverheid.nl en het "
            "publieksnummer 1400."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 3,
            "office_days": ["fri"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "clearance",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Webex"],
            "terms_notes": (
                "Op vrijdag, de dag van de ministerraad en de persconferentie van de "
                "minister-president, werk je op het departement. Voor alle functies is een "
                "veiligheidsonderzoek door de AIVD nodig; reken op vier tot zes weken "
                "doorlooptijd."
            ),
        },
    },
    {
        "name": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "slug": "ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties"
        ),
        "description": (
            "BZK zet zich in voor een sterke democratie, een goed werkende overheid en de "
            "relaties binnen het Koninkrijk met Aruba, Curaçao, Sint Maarten en Caribisch "
            "Nederland. De directie Communicatie adviseert bewindspersonen en beleidsdirecties "
            "over onderwerpen als de digitale overheid, de Wet open overheid en de weerbaarheid "
            "van het lokaal bestuur."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Webex"],
            "terms_notes": (
                "Werken vanuit het buitenland kan incidenteel, binnen de EU en met voorafgaande "
                "toestemming van de opdrachtgever."
            ),
        },
    },
    {
        "name": "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
        "slug": "ministerie-van-volkshuisvesting-en-ruimtelijke-ordening",
        "kind": "ministry",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-volkshuisvesting-en-ruimtelijke-ordening"
        ),
        "description": (
            "Sinds 2024 hebben volkshuisvesting en ruimtelijke ordening weer een eigen "
            "ministerie. VRO werkt met provincies, gemeenten en woningcorporaties aan meer "
            "betaalbare woningen en aan de ruimtelijke inrichting van Nederland. De communicatie "
            "gaat over bestuurlijke woningbouwafspraken, huurbeleid en de keuzes in de Nota "
            "Ruimte."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": (
                "Dinsdag is de vaste dag voor het directieoverleg en het communicatieteam; de "
                "rest van de week deel je zelf in."
            ),
        },
    },
    {
        "name": "Ministerie van Buitenlandse Zaken",
        "slug": "ministerie-van-buitenlandse-zaken",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-buitenlandse-zaken",
        "description": (
            "Buitenlandse Zaken behartigt de Nederlandse belangen in de wereld, vanuit het "
            "departement in Den Haag en een netwerk van ambassades, consulaten en permanente "
            "vertegenwoordigingen. Ook buitenlandse handel en ontwikkelingshulp vallen onder het "
            "ministerie. De communicatie loopt uiteen van publieksdiplomatie en reisadviezen tot "
            "consulaire dienstverlening aan Nederlanders in het buitenland."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "clearance",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Webex"],
            "terms_notes": (
                "Alle medewerkers ondergaan een veiligheidsonderzoek; gerubriceerde stukken "
                "behandel je alleen op het departement. Werken vanuit het buitenland is uit "
                "oogpunt van informatiebeveiliging niet toegestaan."
            ),
        },
    },
    {
        "name": "Ministerie van Defensie",
        "slug": "ministerie-van-defensie",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.defensie.nl",
        "description": (
            "Defensie beschermt het grondgebied van Nederland en zijn bondgenoten, bevordert de "
            "internationale rechtsorde en ondersteunt bij rampen en crises in eigen land. Met "
            "tienduizenden militairen en burgermedewerkers is Defensie een van de grootste "
            "werkgevers van het land. Communicatie draait om de relatie met de samenleving, inzet "
            "bij missies en oefeningen en het werven van nieuw personeel."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "clearance",
            "home_allowance_per_day": "2.45",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Mattermost"],
            "terms_notes": (
                "Gerubriceerde informatie verwerk je uitsluitend op een defensiewerkplek op de "
                "kazerne of het ministerie. Het veiligheidsonderzoek loopt via de MIVD en kan "
                "vier tot acht weken duren; zonder positieve uitslag kun je niet starten."
            ),
        },
    },
    {
        "name": "Ministerie van Economische Zaken",
        "slug": "ministerie-van-economische-zaken",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-economische-zaken",
        "description": (
            "Economische Zaken werkt aan een sterke, ondernemende en innovatieve economie: een "
            "goed vestigingsklimaat, ruimte voor het mkb, een veilige digitale economie en minder "
            "afhankelijkheid van andere landen voor kritieke grondstoffen en technologie. De "
            "communicatieadviseurs werken nauw samen met RVO en met brancheorganisaties om "
            "ondernemers goed te bereiken."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Zoom"],
            "terms_notes": "",
        },
    },
    {
        "name": "Ministerie van Klimaat en Groene Groei",
        "slug": "ministerie-van-klimaat-en-groene-groei",
        "kind": "ministry",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-klimaat-en-groene-groei"
        ),
        "description": (
            "Het ministerie van Klimaat en Groene Groei bestaat sinds 2024 en is voortgekomen uit "
            "het voormalige ministerie van EZK. KGG werkt aan het halen van de klimaatdoelen, een "
            "betrouwbare en betaalbare energievoorziening en de verduurzaming van de industrie. "
            "Communicatie speelt een grote rol bij onderwerpen als netcongestie, windparken op "
            "zee en energiebesparing door huishoudens."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 4,
            "office_days": [],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Trello"],
            "terms_notes": (
                "Vier thuiswerkdagen zijn mogelijk voor senior adviseurs die zelfstandig werken; "
                "de maandelijkse teamdag is voor iedereen op kantoor."
            ),
        },
    },
    {
        "name": "Ministerie van Financiën",
        "slug": "ministerie-van-financien",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-financien",
        "description": (
            "Financiën beheert de schatkist, bewaakt de overheidsfinanciën en is verantwoordelijk "
            "voor het fiscale beleid en het toezicht op de financiële sector. Ook de "
            "Belastingdienst, Toeslagen en de Douane vallen onder het ministerie. Hoogtepunten in "
            "het communicatiejaar zijn de Voorjaarsnota en Prinsjesdag, maar ook het herstel voor "
            "gedupeerden van de toeslagenaffaire vraagt veel zorg."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Webex"],
            "terms_notes": (
                "Rond Prinsjesdag en de Voorjaarsnota geldt een strikt embargo: conceptstukken "
                "zie je alleen op het departement."
            ),
        },
    },
    {
        "name": "Ministerie van Infrastructuur en Waterstaat",
        "slug": "ministerie-van-infrastructuur-en-waterstaat",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-infrastructuur-en-waterstaat"
        ),
        "description": (
            "IenW werkt aan een bereikbaar, veilig en leefbaar Nederland: van wegen, spoor en "
            "luchtvaart tot waterveiligheid, drinkwater en een circulaire economie. "
            "Rijkswaterstaat, het KNMI en de Inspectie Leefomgeving en Transport vallen onder het "
            "ministerie. De directie Communicatie combineert beleidscommunicatie met grote "
            "publiekscampagnes, bijvoorbeeld over verkeersveiligheid."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": [
                "Microsoft Teams",
                "SharePoint",
                "Outlook",
                "Planner",
                "Trello",
                "Webex",
            ],
            "terms_notes": (
                "De teamdag op donderdag wordt op prijs gesteld, maar is geen verplichting."
            ),
        },
    },
    {
        "name": "Ministerie van Justitie en Veiligheid",
        "slug": "ministerie-van-justitie-en-veiligheid",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-justitie-en-veiligheid",
        "description": (
            "JenV werkt aan een rechtvaardige en veilige samenleving, van politie en rechtspraak "
            "tot gevangeniswezen, slachtofferhulp en terrorismebestrijding. Onder het ministerie "
            "vallen onder meer de NCTV, de Dienst Justitiële Inrichtingen en het CJIB. "
            "Communicatie vraagt hier om een scherp gevoel voor politieke en maatschappelijke "
            "gevoeligheden."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 3,
            "office_days": ["mon"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "clearance",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Webex"],
            "terms_notes": (
                "Stukken met de rubricering Departementaal Vertrouwelijk of hoger verwerk je "
                "alleen op het departement. Het veiligheidsonderzoek duurt doorgaans vier tot zes "
                "weken."
            ),
        },
    },
    {
        "name": "Ministerie van Asiel en Migratie",
        "slug": "ministerie-van-asiel-en-migratie",
        "kind": "ministry",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.rijksoverheid.nl/ministeries/ministerie-van-asiel-en-migratie",
        "description": (
            "Het ministerie van Asiel en Migratie is in 2024 opgericht en is verantwoordelijk "
            "voor het asiel-, migratie- en terugkeerbeleid. Uitvoeringsorganisaties als de IND, "
            "het COA en de Dienst Terugkeer en Vertrek vallen onder dit ministerie. Het dossier "
            "staat volop in de politieke en maatschappelijke belangstelling, wat hoge eisen stelt "
            "aan zorgvuldige en snelle communicatie."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["thu"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Door de politieke gevoeligheid van het dossier kan de planning snel veranderen; "
                "wees erop voorbereid dat je op korte termijn op het departement nodig bent."
            ),
        },
    },
    {
        "name": "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
        "slug": "ministerie-van-landbouw-visserij-voedselzekerheid-en-natuur",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-landbouw-visserij-voedselzekerheid-en-natuur"
        ),
        "description": (
            "LVVN werkt aan een toekomstbestendige land- en tuinbouw en visserij, "
            "voedselzekerheid en een sterke natuur. De communicatie gaat over onderwerpen die "
            "veel mensen raken, zoals het mest- en stikstofbeleid, dierziekten als vogelgriep en "
            "de toekomst van het platteland. Goede relaties met boeren, vissers, "
            "natuurorganisaties en provincies zijn daarbij onmisbaar."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Pleio"],
            "terms_notes": (
                "Bij een uitbraak van een dierziekte kun je gevraagd worden op korte termijn op "
                "het departement aanwezig te zijn."
            ),
        },
    },
    {
        "name": "Ministerie van Onderwijs, Cultuur en Wetenschap",
        "slug": "ministerie-van-onderwijs-cultuur-en-wetenschap",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-onderwijs-cultuur-en-wetenschap"
        ),
        "description": (
            "OCW zorgt voor goed onderwijs, een bloeiend cultureel leven en sterke wetenschap, en "
            "is ook verantwoordelijk voor media en emancipatie. De communicatie richt zich op "
            "leraren, schoolbesturen, ouders, studenten en culturele instellingen. Grote thema's "
            "zijn het lerarentekort, basisvaardigheden en de toegankelijkheid van het hoger "
            "onderwijs."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 4,
            "office_days": [],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "none",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": [
                "Microsoft Teams",
                "SharePoint",
                "Outlook",
                "Planner",
                "Trello",
                "Pleio",
            ],
            "terms_notes": (
                "Een vierde thuiswerkdag is bespreekbaar voor zelfstandige, strategische rollen. "
                "Werken vanuit het buitenland kan maximaal tien dagen per jaar, na toestemming "
                "vooraf."
            ),
        },
    },
    {
        "name": "Ministerie van Sociale Zaken en Werkgelegenheid",
        "slug": "ministerie-van-sociale-zaken-en-werkgelegenheid",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-sociale-zaken-en-werkgelegenheid"
        ),
        "description": (
            "SZW werkt aan bestaanszekerheid, goed werk en een arbeidsmarkt waar iedereen aan mee "
            "kan doen. Regelingen als de AOW, de WW en de kinderbijslag worden uitgevoerd door "
            "UWV en de SVB. De communicatie gaat over onderwerpen die direct in de portemonnee "
            "voelbaar zijn, zoals het minimumloon, pensioenen en de aanpak van armoede en "
            "schulden."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Zoom"],
            "terms_notes": "",
        },
    },
    {
        "name": "Ministerie van Volksgezondheid, Welzijn en Sport",
        "slug": "ministerie-van-volksgezondheid-welzijn-en-sport",
        "kind": "ministry",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport"
        ),
        "description": (
            "VWS zet zich in voor een goede gezondheid, toegankelijke zorg, welzijn en sport. Het "
            "RIVM valt onder het ministerie. De communicatie varieert van preventiecampagnes en "
            "informatie over de zorgverzekering tot de voorbereiding op een nieuwe pandemie, "
            "waarbij de lessen uit de coronaperiode een belangrijke rol spelen."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Webex"],
            "terms_notes": (
                "Tijdens de inwerkperiode ben je minstens drie dagen per week op het departement "
                "om het netwerk op te bouwen."
            ),
        },
    },
    # Provinces --------------------------------------------------------------------------------
    {
        "name": "Provincie Groningen",
        "slug": "provincie-groningen",
        "kind": "province",
        "size": "medium",
        "province": "groningen",
        "city": "Groningen",
        "website": "https://www.provinciegroningen.nl",
        "description": (
            "De provincie Groningen werkt aan een sterke economie, goed openbaar vervoer, natuur "
            "en een leefbaar platteland. Een groot deel van het werk hangt samen met de gevolgen "
            "van de gaswinning: het herstel van vertrouwen, de versterkingsoperatie en het "
            "programma Nij Begun. Communicatie vraagt hier om geduld, eerlijkheid en oog voor wat "
            "inwoners hebben meegemaakt."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": (
                "Dinsdag is de vaste kantoordag van het communicatieteam in het provinciehuis."
            ),
        },
    },
    {
        "name": "Provincie Fryslân",
        "slug": "provincie-fryslan",
        "kind": "province",
        "size": "medium",
        "province": "friesland",
        "city": "Leeuwarden",
        "website": "https://www.fryslan.frl",
        "description": (
            "De provincie Fryslân werkt aan onderwerpen als het Waddengebied, natuur en landbouw, "
            "bereikbaarheid en de Friese taal en cultuur. De provincie communiceert in het "
            "Nederlands en het Fries, en tweetaligheid is een vanzelfsprekend onderdeel van het "
            "werk. Het communicatieteam is compact en werkt dicht op het college van Gedeputeerde "
            "Staten."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.15",
            "setup_allowance": "600.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Trello"],
            "terms_notes": (
                "Kennis van het Fries is geen eis, maar wel een pluspunt; passief begrip helpt in "
                "het dagelijkse werk."
            ),
        },
    },
    {
        "name": "Provincie Drenthe",
        "slug": "provincie-drenthe",
        "kind": "province",
        "size": "small",
        "province": "drenthe",
        "city": "Assen",
        "website": "https://www.provincie.drenthe.nl",
        "description": (
            "De provincie Drenthe zet zich in voor een vitaal platteland, goede bereikbaarheid, "
            "natuur en de energietransitie. Met relatief weinig inwoners en veel ruimte liggen de "
            "opgaven vaak op het snijvlak van landbouw, natuur en energie. De "
            "communicatieafdeling is klein en veelzijdig: adviseurs doen van alles, van "
            "persvoorlichting tot online content."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Op maandag en donderdag is het hele team in het provinciehuis in Assen."
            ),
        },
    },
    {
        "name": "Provincie Overijssel",
        "slug": "provincie-overijssel",
        "kind": "province",
        "size": "medium",
        "province": "overijssel",
        "city": "Zwolle",
        "website": "https://www.overijssel.nl",
        "description": (
            "De provincie Overijssel werkt aan een economisch sterke en leefbare regio, van "
            "Twente tot de kop van de provincie. Belangrijke dossiers zijn de woningbouw, de "
            "bereikbaarheid over weg en spoor, de natuur en de aanpak van netcongestie. De "
            "communicatie is nauw verbonden met de gebiedsgerichte aanpak waarin de provincie "
            "samenwerkt met gemeenten en waterschappen."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Provincie Flevoland",
        "slug": "provincie-flevoland",
        "kind": "province",
        "size": "small",
        "province": "flevoland",
        "city": "Lelystad",
        "website": "https://www.flevoland.nl",
        "description": (
            "Flevoland is de jongste provincie van Nederland, sinds 1986, en nog altijd volop in "
            "ontwikkeling. De provincie werkt aan landbouwinnovatie, natuurontwikkeling, "
            "bereikbaarheid en de groei van steden als Almere en Lelystad. Het communicatieteam "
            "is klein en werkt met korte lijnen naar het bestuur."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Planner"],
            "terms_notes": (
                "Het provinciehuis ligt op loopafstand van station Lelystad Centrum; reiskosten "
                "worden vergoed op basis van de werkelijke kantoordagen."
            ),
        },
    },
    {
        "name": "Provincie Gelderland",
        "slug": "provincie-gelderland",
        "kind": "province",
        "size": "large",
        "province": "gelderland",
        "city": "Arnhem",
        "website": "https://www.gelderland.nl",
        "description": (
            "Gelderland is qua landoppervlak de grootste provincie van Nederland, met grote "
            "verschillen tussen de Veluwe, de Achterhoek, het rivierengebied en de stedelijke "
            "regio's rond Arnhem en Nijmegen. De provincie werkt aan natuurherstel, woningbouw, "
            "bereikbaarheid en de energietransitie. Communicatie wordt ingezet vanuit de opgaven, "
            "in teams samen met beleid en uitvoering."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.35",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Trello"],
            "terms_notes": "",
        },
    },
    {
        "name": "Provincie Utrecht",
        "slug": "provincie-utrecht",
        "kind": "province",
        "size": "medium",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "https://www.provincie-utrecht.nl",
        "description": (
            "De provincie Utrecht is een dichtbevolkte en snelgroeiende regio waar wonen, werken, "
            "natuur en landbouw om dezelfde ruimte vragen. Belangrijke opgaven zijn de "
            "woningbouw, de mobiliteit in en rond de stad Utrecht, het landelijk gebied en de "
            "energietransitie. Het communicatieteam werkt programmagericht en heeft veel ervaring "
            "met participatie."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["thu"],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.35",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": (
                "Donderdag is de teamdag in het provinciehuis, met het wekelijkse "
                "communicatieoverleg."
            ),
        },
    },
    {
        "name": "Provincie Noord-Holland",
        "slug": "provincie-noord-holland",
        "kind": "province",
        "size": "large",
        "province": "noord-holland",
        "city": "Haarlem",
        "website": "https://www.noord-holland.nl",
        "description": (
            "De provincie Noord-Holland werkt aan een bereikbare, duurzame en leefbare provincie, "
            "van de metropoolregio Amsterdam tot de kop van Noord-Holland en Texel. De provincie "
            "beheert eigen wegen, vaarwegen en bruggen en is verantwoordelijk voor het openbaar "
            "vervoer in grote delen van het gebied. Omgevingscommunicatie bij projecten is een "
            "belangrijk onderdeel van het werk."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.20",
            "setup_allowance": "600.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "OneDrive"],
            "terms_notes": "",
        },
    },
    {
        "name": "Provincie Zuid-Holland",
        "slug": "provincie-zuid-holland",
        "kind": "province",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.zuid-holland.nl",
        "description": (
            "Zuid-Holland is de provincie met de meeste inwoners van Nederland en huisvest onder "
            "meer de Rotterdamse haven, de Greenport Westland en het Groene Hart. De provincie "
            "werkt aan bereikbaarheid, woningbouw, de energietransitie en de kwaliteit van de "
            "leefomgeving. Communicatieadviseurs werken in de programma's en ondersteunen "
            "Gedeputeerde Staten bij de woordvoering."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.35",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": (
                "Het provinciehuis ligt vlak bij Den Haag Centraal; de dinsdag is de vaste teamdag."
            ),
        },
    },
    {
        "name": "Provincie Zeeland",
        "slug": "provincie-zeeland",
        "kind": "province",
        "size": "small",
        "province": "zeeland",
        "city": "Middelburg",
        "website": "https://www.zeeland.nl",
        "description": (
            "De provincie Zeeland werkt aan een sterke economie, goede verbindingen tussen de "
            "eilanden en een veilige en aantrekkelijke kust. Dossiers als de Westerschelde, het "
            "Sloegebied, toerisme en de bereikbaarheid van Zeeuws-Vlaanderen vragen om "
            "communicatie die de Zeeuwse context goed kent. Het team is klein en de lijnen naar "
            "het college zijn kort."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "wed"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "In de eerste twee maanden werk je volledig vanuit het provinciehuis in "
                "Middelburg, zodat je de organisatie en de regio leert kennen."
            ),
        },
    },
    {
        "name": "Provincie Noord-Brabant",
        "slug": "provincie-noord-brabant",
        "kind": "province",
        "size": "large",
        "province": "noord-brabant",
        "city": "'s-Hertogenbosch",
        "website": "https://www.brabant.nl",
        "description": (
            "De provincie Noord-Brabant werkt aan een gezonde leefomgeving, een sterke economie "
            "met Brainport als motor, natuur en water en een toekomstbestendig landelijk gebied. "
            "De transitie van de veehouderij en de waterkwaliteit zijn gevoelige dossiers met "
            "veel belanghebbenden. Communicatie is ingebed in de opgaveteams en werkt nauw samen "
            "met de woordvoerders van Gedeputeerde Staten."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.25",
            "setup_allowance": "650.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Trello"],
            "terms_notes": "",
        },
    },
    {
        "name": "Provincie Limburg",
        "slug": "provincie-limburg",
        "kind": "province",
        "size": "medium",
        "province": "limburg",
        "city": "Maastricht",
        "website": "https://www.limburg.nl",
        "description": (
            "De provincie Limburg, met het Gouvernement aan de Maas in Maastricht als thuisbasis, "
            "werkt aan bereikbaarheid, economie, wonen en de leefbaarheid van dorpen en steden. "
            "De ligging tussen België en Duitsland maakt grensoverschrijdende samenwerking "
            "vanzelfsprekend. Na de overstromingen van 2021 zijn hoogwaterbescherming en "
            "klimaatadaptatie belangrijke thema's geworden."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Planner"],
            "terms_notes": (
                "Thuiswerken vanuit België of Duitsland is niet toegestaan, ook niet voor wie net "
                "over de grens woont."
            ),
        },
    },
    # Municipalities: the four big cities ------------------------------------------------------
    {
        "name": "Gemeente Amsterdam",
        "slug": "gemeente-amsterdam",
        "kind": "municipality",
        "size": "large",
        "province": "noord-holland",
        "city": "Amsterdam",
        "website": "https://www.amsterdam.nl",
        "description": (
            "Amsterdam is met ruim 900.000 inwoners de grootste gemeente van Nederland. De "
            "directie Communicatie werkt voor het college, de stadsdelen en een groot aantal "
            "programma's, van woningbouw en de vernieuwing van bruggen en kademuren tot de aanpak "
            "van drukte in de binnenstad. De stad kent een grote diversiteit aan inwoners, wat "
            "vraagt om communicatie in begrijpelijke taal en via veel verschillende kanalen."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.35",
            "setup_allowance": "750.00",
            "tools": [
                "Microsoft Teams",
                "SharePoint",
                "Outlook",
                "Planner",
                "Trello",
                "OneDrive",
            ],
            "terms_notes": (
                "Kantoordagen spreek je af met je team; de meeste teams kiezen één vaste dag per "
                "week in het Stadhuis of op een stadsdeelkantoor."
            ),
        },
    },
    {
        "name": "Gemeente Rotterdam",
        "slug": "gemeente-rotterdam",
        "kind": "municipality",
        "size": "large",
        "province": "zuid-holland",
        "city": "Rotterdam",
        "website": "https://www.rotterdam.nl",
        "description": (
            "Rotterdam is een jonge, internationale havenstad waar ruim 170 nationaliteiten "
            "samenleven. De gemeente werkt aan grote opgaven als de woningbouw, de "
            "kansengelijkheid op Zuid en de energietransitie in de haven. Het communicatiecluster "
            "is groot en werkt voor het college, de gebieden en de verschillende maatschappelijke "
            "opgaven."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.40",
            "setup_allowance": "600.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "OneDrive"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Den Haag",
        "slug": "gemeente-den-haag",
        "kind": "municipality",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.denhaag.nl",
        "description": (
            "Den Haag is de stad van regering en parlement en profileert zich als internationale "
            "stad van vrede en recht. De gemeente werkt aan woningbouw, de vernieuwing van wijken "
            "als de Binckhorst en de aanpak van armoede en schulden. Door de vele demonstraties "
            "en internationale evenementen heeft de afdeling Communicatie veel ervaring met "
            "openbare orde en veiligheid."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.35",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Trello"],
            "terms_notes": "Woensdag is de vaste kantoordag in het stadhuis aan het Spui.",
        },
    },
    {
        "name": "Gemeente Utrecht",
        "slug": "gemeente-utrecht",
        "kind": "municipality",
        "size": "large",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "https://www.utrecht.nl",
        "description": (
            "Utrecht is een snelgroeiende stad met een jonge bevolking, een grote universiteit en "
            "het drukste treinstation van het land. De gemeente werkt aan nieuwe wijken zoals "
            "Merwede en het Beurskwartier, aan gezond stedelijk leven en aan een goede "
            "bereikbaarheid. Participatie van inwoners is een vast onderdeel van elk project, en "
            "de communicatieafdeling is daar sterk op ingericht."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 4,
            "office_days": [],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.40",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Trello"],
            "terms_notes": (
                "Vier thuiswerkdagen zijn mogelijk als de rol dat toelaat; het stadskantoor naast "
                "Utrecht Centraal is dan de plek voor overleg en teamdagen."
            ),
        },
    },
    # Municipalities: large and medium ---------------------------------------------------------
    {
        "name": "Gemeente Groningen",
        "slug": "gemeente-groningen",
        "kind": "municipality",
        "size": "large",
        "province": "groningen",
        "city": "Groningen",
        "website": "https://gemeente.groningen.nl",
        "description": (
            "Groningen is de grootste stad van Noord-Nederland, met een grote studentenpopulatie "
            "en een sterke culturele sector. Sinds de herindeling met Haren en Ten Boer in 2019 "
            "hoort ook een deel van het aardbevingsgebied bij de gemeente. De "
            "communicatieafdeling werkt aan thema's als de binnenstad, woningbouw, de "
            "versterkingsopgave en de aanpak van energiearmoede."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Eindhoven",
        "slug": "gemeente-eindhoven",
        "kind": "municipality",
        "size": "large",
        "province": "noord-brabant",
        "city": "Eindhoven",
        "website": "https://www.eindhoven.nl",
        "description": (
            "Eindhoven is het hart van de Brainport-regio, met een sterke hightechindustrie en "
            "een groeiende internationale bevolking. De gemeente werkt aan een forse "
            "woningbouwopgave, de bereikbaarheid van de regio en de ontwikkeling van het "
            "stationsgebied. Communicatie richt zich op inwoners, internationale werknemers en "
            "het regionale netwerk van bedrijven en kennisinstellingen."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.20",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Trello"],
            "terms_notes": (
                "Engelstalige communicatie hoort bij het werk; goede beheersing van het Engels is "
                "daarom een pré."
            ),
        },
    },
    {
        "name": "Gemeente Tilburg",
        "slug": "gemeente-tilburg",
        "kind": "municipality",
        "size": "large",
        "province": "noord-brabant",
        "city": "Tilburg",
        "website": "https://www.tilburg.nl",
        "description": (
            "Tilburg is een stad met een rijk textielverleden die zich heeft ontwikkeld tot een "
            "centrum van logistiek, onderwijs en creatieve bedrijvigheid. De gemeente werkt aan "
            "de Spoorzone, aan betaalbaar wonen en aan kansengelijkheid in de wijken. De "
            "communicatieafdeling werkt nauw samen met wijkteams en met de vele maatschappelijke "
            "partners in de stad."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["thu"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Almere",
        "slug": "gemeente-almere",
        "kind": "municipality",
        "size": "large",
        "province": "flevoland",
        "city": "Almere",
        "website": "https://www.almere.nl",
        "description": (
            "Almere kreeg in 1976 de eerste bewoners en is uitgegroeid tot de grootste gemeente "
            "van Flevoland. De stad groeit nog altijd door, met nieuwe wijken als Almere Pampus "
            "in voorbereiding. Communicatie draait om de groei van de stad, om voorzieningen die "
            "meegroeien met het aantal inwoners en om de identiteit van een jonge, diverse stad."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.25",
            "setup_allowance": "600.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "OneDrive"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Nijmegen",
        "slug": "gemeente-nijmegen",
        "kind": "municipality",
        "size": "large",
        "province": "gelderland",
        "city": "Nijmegen",
        "website": "https://www.nijmegen.nl",
        "description": (
            "Nijmegen geldt als de oudste stad van Nederland en is tegelijk een jonge, groene "
            "studentenstad aan de Waal. De gemeente werkt aan woningbouw in het Waalfront en in "
            "Nijmegen-Noord, aan een duurzame stad en aan het welzijn van inwoners in alle "
            "wijken. Jaarlijks hoogtepunt voor de communicatieafdeling is de Vierdaagse met de "
            "Vierdaagsefeesten."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Trello"],
            "terms_notes": (
                "Tijdens de Vierdaagseweek in juli is iedereen van het communicatieteam "
                "beschikbaar en grotendeels op locatie."
            ),
        },
    },
    {
        "name": "Gemeente Amersfoort",
        "slug": "gemeente-amersfoort",
        "kind": "municipality",
        "size": "large",
        "province": "utrecht",
        "city": "Amersfoort",
        "website": "https://www.amersfoort.nl",
        "description": (
            "Amersfoort is een centraal gelegen stad met een historische binnenstad en een sterke "
            "groei. De gemeente werkt aan nieuwe woonwijken, een bereikbare stad en een aanpak "
            "voor de binnenstad die bewoners, ondernemers en bezoekers in balans houdt. Het "
            "communicatieteam adviseert het college en de programma's en heeft een eigen online "
            "redactie."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 2,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.20",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Zwolle",
        "slug": "gemeente-zwolle",
        "kind": "municipality",
        "size": "large",
        "province": "overijssel",
        "city": "Zwolle",
        "website": "https://www.zwolle.nl",
        "description": (
            "Zwolle is de hoofdstad van Overijssel en een Hanzestad met een sterke regionale "
            "functie. De gemeente werkt aan de ontwikkeling van de Spoorzone, aan woningbouw en "
            "aan klimaatbestendigheid in een stad die omringd wordt door water. De "
            "communicatieafdeling is een vaste gesprekspartner van het college en de "
            "programmamanagers."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Haarlem",
        "slug": "gemeente-haarlem",
        "kind": "municipality",
        "size": "medium",
        "province": "noord-holland",
        "city": "Haarlem",
        "website": "https://haarlem.nl",
        "description": (
            "Haarlem is de hoofdstad van Noord-Holland, een compacte stad met een historische "
            "binnenstad en een hoge woningdruk. De gemeente werkt aan het verduurzamen van "
            "woningen, het autoluw maken van de binnenstad en de ontwikkeling van nieuwe "
            "woonlocaties. Communicatieadviseurs werken dicht op het college en de gebiedsteams."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["thu"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.15",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Trello"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Leiden",
        "slug": "gemeente-leiden",
        "kind": "municipality",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Leiden",
        "website": "https://gemeente.leiden.nl",
        "description": (
            "Leiden is een historische universiteitsstad met een levendige binnenstad en een "
            "sterk kennis- en biotechcluster rond het Leiden Bio Science Park. De gemeente werkt "
            "aan woningbouw, bereikbaarheid en een leefbare binnenstad. Rond Leidens Ontzet op 3 "
            "oktober draait de communicatieafdeling op volle toeren."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.15",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Leeuwarden",
        "slug": "gemeente-leeuwarden",
        "kind": "municipality",
        "size": "medium",
        "province": "friesland",
        "city": "Leeuwarden",
        "website": "https://www.leeuwarden.nl",
        "description": (
            "Leeuwarden is de hoofdstad van Fryslân en was in 2018 Culturele Hoofdstad van "
            "Europa. De gemeente omvat naast de stad ook tientallen dorpen, wat de communicatie "
            "veelzijdig maakt. Belangrijke thema's zijn de binnenstad, leefbaarheid in de dorpen, "
            "wonen en de aanpak van armoede."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "De gemeente communiceert waar mogelijk ook in het Fries.",
        },
    },
    {
        "name": "Gemeente Maastricht",
        "slug": "gemeente-maastricht",
        "kind": "municipality",
        "size": "medium",
        "province": "limburg",
        "city": "Maastricht",
        "website": "https://www.gemeentemaastricht.nl",
        "description": (
            "Maastricht is een internationale stad in de Euregio Maas-Rijn, met een universiteit, "
            "veel toerisme en een sterke grensoverschrijdende samenwerking met België en "
            "Duitsland. De gemeente werkt aan leefbaarheid in de wijken, de balans tussen "
            "bewoners en bezoekers in de binnenstad en de bestrijding van drugsoverlast en "
            "ondermijning. De communicatieafdeling werkt compact en met korte lijnen."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Maandag en donderdag zijn vaste kantoordagen, in verband met het collegeoverleg "
                "en het teamoverleg."
            ),
        },
    },
    {
        "name": "Gemeente Middelburg",
        "slug": "gemeente-middelburg",
        "kind": "municipality",
        "size": "medium",
        "province": "zeeland",
        "city": "Middelburg",
        "website": "https://www.middelburg.nl",
        "description": (
            "Middelburg is de hoofdstad van Zeeland, met een van de best bewaarde historische "
            "binnensteden van Nederland. De gemeente werkt aan een levendig centrum, woningbouw "
            "voor jong en oud en een goede samenwerking met de omliggende Walcherse gemeenten. "
            "Het communicatieteam is klein en veelzijdig."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Thuiswerken is mogelijk op twee dagen per week; dinsdag en donderdag ben je op "
                "het stadskantoor."
            ),
        },
    },
    {
        "name": "Gemeente Assen",
        "slug": "gemeente-assen",
        "kind": "municipality",
        "size": "medium",
        "province": "drenthe",
        "city": "Assen",
        "website": "https://www.assen.nl",
        "description": (
            "Assen is de hoofdstad van Drenthe, bekend van het TT Circuit en het Drents Museum. "
            "De gemeente werkt aan een aantrekkelijke binnenstad, betaalbaar wonen en een sterke "
            "positie in de regio Groningen-Assen. Rond de grote evenementen werkt de "
            "communicatieafdeling nauw samen met de veiligheidsregio en de politie."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["wed"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Planner"],
            "terms_notes": (
                "Rond het TT-weekend ben je een aantal dagen volledig op locatie beschikbaar."
            ),
        },
    },
    {
        "name": "Gemeente Het Hogeland",
        "slug": "gemeente-het-hogeland",
        "kind": "municipality",
        "size": "medium",
        "province": "groningen",
        "city": "Winsum",
        "website": "https://www.hethogeland.nl",
        "description": (
            "Het Hogeland ontstond in 2019 uit de gemeenten Bedum, De Marne, Eemsmond en Winsum "
            "en strekt zich uit van het Reitdiep tot de Eemshaven. Veel inwoners hebben te maken "
            "met de gevolgen van de gaswinning en de versterkingsoperatie. Communicatie gebeurt "
            "hier zoveel mogelijk persoonlijk en dichtbij, in de dorpen zelf."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Je bent regelmatig in de dorpen voor bijeenkomsten en gesprekken met inwoners; "
                "een rijbewijs is daarom nodig."
            ),
        },
    },
    # Municipalities: small --------------------------------------------------------------------
    {
        "name": "Gemeente Vlieland",
        "slug": "gemeente-vlieland",
        "kind": "municipality",
        "size": "small",
        "province": "friesland",
        "city": "Vlieland",
        "website": "https://www.vlieland.nl",
        "description": (
            "Vlieland is met zo'n 1.100 inwoners de kleinste gemeente van Nederland. Het eiland "
            "leeft van toerisme en natuur, en de ambtelijke organisatie is klein: medewerkers "
            "hebben vaak meerdere taken. Communicatie gaat over de balans tussen bewoners en "
            "gasten, de bereikbaarheid van het eiland en de zorg voor de kwetsbare natuur."
        ),
        "terms": {
            "home_days_min": 0,
            "home_days_max": 1,
            "office_days": ["mon", "tue", "wed"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook"],
            "terms_notes": (
                "De kantoordagen op het eiland worden afgestemd op de dienstregeling van de boot "
                "vanuit Harlingen. Overnachten op het eiland is in overleg mogelijk."
            ),
        },
    },
    {
        "name": "Gemeente Texel",
        "slug": "gemeente-texel",
        "kind": "municipality",
        "size": "small",
        "province": "noord-holland",
        "city": "Den Burg",
        "website": "https://www.texel.nl",
        "description": (
            "Texel is het grootste Waddeneiland en trekt jaarlijks veel toeristen. De gemeente "
            "werkt aan betaalbare woningen voor eilanders, de bereikbaarheid via de veerdienst "
            "vanuit Den Helder en het beschermen van de natuur en het landschap. Het "
            "communicatieteam bestaat uit een handvol mensen die samen alle kanalen bedienen."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "wed"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Woon je aan de wal, dan reken je voor kantoordagen op de overtocht met de "
                "veerboot; de reistijd geldt niet als werktijd."
            ),
        },
    },
    {
        "name": "Gemeente Zeewolde",
        "slug": "gemeente-zeewolde",
        "kind": "municipality",
        "size": "small",
        "province": "flevoland",
        "city": "Zeewolde",
        "website": "https://www.zeewolde.nl",
        "description": (
            "Zeewolde is een groene gemeente in Flevoland, gelegen aan het Wolderwijd en omringd "
            "door landbouwgrond en het Horsterwold. De gemeente werkt aan woningbouw, de ruimte "
            "voor duurzame energie en een goede balans tussen landbouw, natuur en recreatie. De "
            "communicatieadviseurs werken als generalisten voor het hele college."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Borsele",
        "slug": "gemeente-borsele",
        "kind": "municipality",
        "size": "small",
        "province": "zeeland",
        "city": "Heinkenszand",
        "website": "https://www.borsele.nl",
        "description": (
            "Borsele is een plattelandsgemeente op Zuid-Beveland met veel kleine dorpen, gelegen "
            "aan de Westerschelde. In de gemeente staat de kerncentrale bij Borssele, en de "
            "mogelijke komst van nieuwe kerncentrales is een onderwerp dat veel inwoners "
            "bezighoudt. Communicatie vraagt hier om betrouwbare informatie en een goed contact "
            "met de dorpsraden."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "wed"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook"],
            "terms_notes": (
                "Op maandag en woensdag ben je in het gemeentehuis in Heinkenszand; andere dagen "
                "in overleg."
            ),
        },
    },
    {
        "name": "Gemeente Westerveld",
        "slug": "gemeente-westerveld",
        "kind": "municipality",
        "size": "small",
        "province": "drenthe",
        "city": "Diever",
        "website": "https://www.westerveld.nl",
        "description": (
            "Westerveld is een groene gemeente in Zuidwest-Drenthe, met het Nationaal Park "
            "Dwingelderveld en een deel van het Drents-Friese Wold binnen de grenzen. De gemeente "
            "werkt aan leefbare dorpen, recreatie en toerisme en de bescherming van het "
            "landschap. De ambtelijke organisatie is klein, en communicatie is een taak van een "
            "paar generalisten."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 1,
            "office_days": ["tue", "wed", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook"],
            "terms_notes": (
                "Het gemeentehuis in Diever is met het openbaar vervoer beperkt bereikbaar; een "
                "auto is praktisch."
            ),
        },
    },
    {
        "name": "Gemeente Berg en Dal",
        "slug": "gemeente-berg-en-dal",
        "kind": "municipality",
        "size": "small",
        "province": "gelderland",
        "city": "Groesbeek",
        "website": "https://www.bergendal.nl",
        "description": (
            "Berg en Dal ligt ten oosten van Nijmegen, tussen de stuwwal en de Ooijpolder, tegen "
            "de Duitse grens. De gemeente kent een rijke oorlogsgeschiedenis rond de bevrijding "
            "en veel natuur, recreatie en toerisme. Communicatie gaat over leefbare kernen, "
            "woningbouw en de samenwerking met Nijmegen en de andere buurgemeenten."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Vaals",
        "slug": "gemeente-vaals",
        "kind": "municipality",
        "size": "small",
        "province": "limburg",
        "city": "Vaals",
        "website": "https://www.vaals.nl",
        "description": (
            "Vaals ligt in het uiterste zuidoosten van Nederland, bij het Drielandenpunt op de "
            "Vaalserberg. De gemeente is klein en grenst direct aan Aken, waardoor veel inwoners "
            "over de grens werken en winkelen. Communicatie gaat over toerisme, leefbaarheid en "
            "de samenwerking met de andere Heuvellandgemeenten."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "wed"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook"],
            "terms_notes": (
                "Kennis van het Duits is handig, omdat een deel van de communicatie ook Duitse "
                "inwoners en bezoekers moet bereiken."
            ),
        },
    },
    {
        "name": "Gemeente Bunnik",
        "slug": "gemeente-bunnik",
        "kind": "municipality",
        "size": "small",
        "province": "utrecht",
        "city": "Bunnik",
        "website": "https://www.bunnik.nl",
        "description": (
            "Bunnik is een kleine gemeente tussen Utrecht en de Kromme Rijn, met de kernen "
            "Bunnik, Odijk en Werkhoven. De gemeente koestert haar groene karakter en "
            "cultuurhistorie, zoals de forten van de Nieuwe Hollandse Waterlinie. Communicatie "
            "draait om betrokkenheid van inwoners bij ruimtelijke plannen en om een goede "
            "dienstverlening."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Gemeente Dinkelland",
        "slug": "gemeente-dinkelland",
        "kind": "municipality",
        "size": "small",
        "province": "overijssel",
        "city": "Denekamp",
        "website": "https://www.dinkelland.nl",
        "description": (
            "Dinkelland ligt in Noordoost-Twente aan de Duitse grens en telt kernen als Denekamp, "
            "Ootmarsum en Weerselo. Het coulisselandschap, de landbouw en het toerisme bepalen "
            "het karakter van de gemeente. De communicatie is persoonlijk en dichtbij, met een "
            "sterke rol voor de plaatselijke belangenorganisaties."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": None,
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "De ambtelijke organisatie wordt gedeeld met de gemeente Tubbergen; een deel van "
                "de overleggen vindt daarom ook in Tubbergen plaats."
            ),
        },
    },
    # Water boards -----------------------------------------------------------------------------
    {
        "name": "Hoogheemraadschap van Rijnland",
        "slug": "hoogheemraadschap-van-rijnland",
        "kind": "water_board",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Leiden",
        "website": "https://www.rijnland.net",
        "description": (
            "Rijnland is een van de oudste waterschappen van Nederland en zorgt voor veilige "
            "dijken, voldoende en schoon water en de zuivering van afvalwater in het gebied rond "
            "Leiden, Haarlem en het Groene Hart. Klimaatverandering en bodemdaling maken het werk "
            "steeds ingewikkelder. De communicatie richt zich op inwoners, agrariërs en gemeenten "
            "in het beheergebied."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["thu"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": (
                "Bij hoogwater of extreme droogte kan het calamiteitenteam opschalen; "
                "communicatieadviseurs draaien daarin mee."
            ),
        },
    },
    {
        "name": "Waterschap Vallei en Veluwe",
        "slug": "waterschap-vallei-en-veluwe",
        "kind": "water_board",
        "size": "medium",
        "province": "gelderland",
        "city": "Apeldoorn",
        "website": "https://www.vallei-veluwe.nl",
        "description": (
            "Waterschap Vallei en Veluwe zorgt voor veilige dijken, schoon water en de zuivering "
            "van afvalwater in een gebied dat loopt van Amersfoort tot Apeldoorn en van "
            "Wageningen tot Harderwijk. Grote projecten zoals de versterking van de Grebbedijk "
            "vragen om zorgvuldige omgevingscommunicatie. Daarnaast werkt het waterschap aan "
            "bewustwording rond droogte en wateroverlast."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": [],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Trello"],
            "terms_notes": "",
        },
    },
    {
        "name": "Wetterskip Fryslân",
        "slug": "wetterskip-fryslan",
        "kind": "water_board",
        "size": "medium",
        "province": "friesland",
        "city": "Leeuwarden",
        "website": "https://www.wetterskipfryslan.nl",
        "description": (
            "Wetterskip Fryslân beheert de dijken, het oppervlaktewater en de zuiveringen in "
            "Fryslân, een deel van het Groningse Westerkwartier en op de Friese Waddeneilanden. "
            "Het waterschap werkt aan de versterking van de Waddenzeedijk, de waterkwaliteit en "
            "de gevolgen van bodemdaling in het veenweidegebied. Net als de provincie "
            "communiceert het Wetterskip in het Nederlands en het Fries."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Bij stormvloed of hoogwater is het communicatieteam fysiek aanwezig in het "
                "calamiteitencentrum in Leeuwarden."
            ),
        },
    },
    {
        "name": "Waterschap Aa en Maas",
        "slug": "waterschap-aa-en-maas",
        "kind": "water_board",
        "size": "medium",
        "province": "noord-brabant",
        "city": "'s-Hertogenbosch",
        "website": "https://www.aaenmaas.nl",
        "description": (
            "Waterschap Aa en Maas werkt in het oosten van Noord-Brabant aan veilige Maasdijken, "
            "voldoende en schoon water en de zuivering van afvalwater. Droge zomers en hevige "
            "buien maken het watersysteem kwetsbaarder, waardoor samenwerking met boeren, "
            "natuurbeheerders en gemeenten steeds belangrijker wordt. De communicatie ondersteunt "
            "die samenwerking met campagnes en omgevingsmanagement."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Hoogheemraadschap Hollands Noorderkwartier",
        "slug": "hoogheemraadschap-hollands-noorderkwartier",
        "kind": "water_board",
        "size": "medium",
        "province": "noord-holland",
        "city": "Heerhugowaard",
        "website": "https://www.hhnk.nl",
        "description": (
            "Hollands Noorderkwartier zorgt voor veilige dijken en duinen, schoon water en de "
            "zuivering van afvalwater in Noord-Holland boven het Noordzeekanaal, inclusief Texel. "
            "Met veel kust en laaggelegen polders is waterveiligheid hier nooit vanzelfsprekend. "
            "De communicatieafdeling combineert omgevingscommunicatie bij dijkprojecten met "
            "bewustwording over water."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.15",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": "",
        },
    },
    # Executive agencies -----------------------------------------------------------------------
    {
        "name": "UWV",
        "slug": "uwv",
        "kind": "agency",
        "size": "large",
        "province": "noord-holland",
        "city": "Amsterdam",
        "website": "https://www.uwv.nl",
        "description": (
            "UWV voert de werknemersverzekeringen uit, zoals de WW, de WIA en de Ziektewet, en "
            "helpt mensen aan het werk te blijven of te komen. Met miljoenen klantcontacten per "
            "jaar is heldere communicatie essentieel. De afdeling Communicatie werkt aan "
            "begrijpelijke brieven, de website, woordvoering en de interne communicatie voor "
            "duizenden medewerkers."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "SharePoint", "Outlook"],
            "terms_notes": (
                "Werk met klantgegevens doe je alleen op kantoor of via de beveiligde werkplek "
                "van UWV. Een VOG is verplicht voor alle functies."
            ),
        },
    },
    {
        "name": "Rijksdienst voor Ondernemend Nederland (RVO)",
        "slug": "rvo",
        "kind": "agency",
        "size": "large",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.rvo.nl",
        "description": (
            "RVO voert regelingen uit voor ondernemers, agrariërs en onderzoekers op het gebied "
            "van duurzaamheid, landbouw, innovatie en internationaal ondernemen. De dienst werkt "
            "in opdracht van onder meer de ministeries van EZ, KGG en LVVN. De communicatie moet "
            "complexe subsidieregels en verplichtingen begrijpelijk maken voor een zeer "
            "gevarieerde doelgroep."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": (
                "RVO heeft ook vestigingen in onder meer Assen, Zwolle en Roermond; in overleg "
                "kun je daar werken."
            ),
        },
    },
    {
        "name": "Dienst Uitvoering Onderwijs (DUO)",
        "slug": "duo",
        "kind": "agency",
        "size": "large",
        "province": "groningen",
        "city": "Groningen",
        "website": "https://duo.nl",
        "description": (
            "DUO voert de studiefinanciering uit, bekostigt onderwijsinstellingen en organiseert "
            "onder meer de inburgeringsexamens. Vrijwel iedere Nederlander heeft ooit met DUO te "
            "maken. De communicatie richt zich op scholieren, studenten, oud-studenten met een "
            "studieschuld, onderwijsinstellingen en inburgeraars."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner"],
            "terms_notes": (
                "Rond de piekmomenten, zoals de start van het studiejaar, wordt extra "
                "aanwezigheid op kantoor gevraagd."
            ),
        },
    },
    {
        "name": "CBR",
        "slug": "cbr",
        "kind": "agency",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Rijswijk",
        "website": "https://www.cbr.nl",
        "description": (
            "Het CBR neemt rijexamens af en beoordeelt of mensen medisch en psychisch geschikt "
            "zijn om te rijden. De afgelopen jaren stonden de wachttijden en de afhandeling van "
            "gezondheidsverklaringen in de publieke belangstelling. De communicatie draait om "
            "duidelijke informatie voor kandidaten, rijscholen en artsen, en om het herstel van "
            "vertrouwen."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "wed"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": "",
        },
    },
    {
        "name": "Rijkswaterstaat",
        "slug": "rijkswaterstaat",
        "kind": "agency",
        "size": "large",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "https://www.rijkswaterstaat.nl",
        "description": (
            "Rijkswaterstaat beheert de rijkswegen, de hoofdvaarwegen en het hoofdwatersysteem "
            "van Nederland, en werkt aan de vervanging en renovatie van bruggen, sluizen en "
            "tunnels. Grote projecten raken veel weggebruikers en omwonenden. De communicatie "
            "combineert publieksinformatie over verkeershinder met omgevingsmanagement en "
            "crisiscommunicatie bij hoogwater en incidenten."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Webex"],
            "terms_notes": (
                "Afhankelijk van het project werk je vanuit een regionaal kantoor of een "
                "projectlocatie in plaats van het hoofdkantoor."
            ),
        },
    },
    {
        "name": "Centraal Justitieel Incassobureau (CJIB)",
        "slug": "cjib",
        "kind": "agency",
        "size": "medium",
        "province": "friesland",
        "city": "Leeuwarden",
        "website": "https://www.cjib.nl",
        "description": (
            "Het CJIB int verkeersboetes en strafrechtelijke geldboetes en speelt een centrale "
            "rol bij de uitvoering van straffen en maatregelen. Veel mensen die met het CJIB te "
            "maken krijgen, hebben ook geldzorgen. De communicatie richt zich daarom op "
            "duidelijke, mensgerichte informatie en op het voorkomen van oplopende schulden."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "wed"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Persoonsgegevens uit dossiers mogen niet buiten de kantooromgeving worden "
                "verwerkt."
            ),
        },
    },
    {
        "name": "Belastingdienst",
        "slug": "belastingdienst",
        "kind": "agency",
        "size": "large",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "https://www.belastingdienst.nl",
        "description": (
            "De Belastingdienst heft en int belastingen en keert toeslagen uit aan miljoenen "
            "burgers en bedrijven. De organisatie werkt vanuit kantoren door het hele land, met "
            "grote vestigingen in onder meer Utrecht en Apeldoorn. Communicatie draait om "
            "begrijpelijke brieven, de jaarlijkse aangiftecampagne en het herstel van vertrouwen "
            "na de toeslagenaffaire."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.40",
            "setup_allowance": "600.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Planner"],
            "terms_notes": (
                "Fiscale gegevens van burgers en bedrijven bekijk je alleen in de beveiligde "
                "omgeving op kantoor."
            ),
        },
    },
    {
        "name": "Immigratie- en Naturalisatiedienst (IND)",
        "slug": "immigratie-en-naturalisatiedienst",
        "kind": "agency",
        "size": "large",
        "province": "zuid-holland",
        "city": "Rijswijk",
        "website": "https://ind.nl",
        "description": (
            "De IND beoordeelt aanvragen van mensen die in Nederland willen wonen, werken, "
            "studeren of hier bescherming zoeken. De dienst ligt maatschappelijk en politiek "
            "onder een vergrootglas. Communicatie gaat over wachttijden, veranderende regels en "
            "heldere informatie voor aanvragers in meerdere talen."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 0,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "clearance",
            "home_allowance_per_day": "2.40",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint"],
            "terms_notes": (
                "Dossiers van aanvragers zijn vertrouwelijk en blijven op kantoor; het "
                "veiligheidsonderzoek duurt enkele weken."
            ),
        },
    },
    {
        "name": "RDW",
        "slug": "rdw",
        "kind": "agency",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Zoetermeer",
        "website": "https://www.rdw.nl",
        "description": (
            "De RDW registreert voertuigen en rijbewijzen, laat voertuigen toe op de Nederlandse "
            "weg en houdt toezicht op de apk. De organisatie heeft naast het hoofdkantoor in "
            "Zoetermeer een grote vestiging in Veendam en keuringsstations door het hele land. "
            "Communicatie gaat over onderwerpen als elektrisch rijden, kentekenfraude en de "
            "digitale dienstverlening."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.00",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Planner"],
            "terms_notes": "",
        },
    },
    {
        "name": "Kadaster",
        "slug": "kadaster",
        "kind": "agency",
        "size": "large",
        "province": "gelderland",
        "city": "Apeldoorn",
        "website": "https://www.kadaster.nl",
        "description": (
            "Het Kadaster registreert vastgoed en de rechten die daarop rusten, beheert "
            "landelijke basisregistraties en maakt de topografische kaarten van Nederland. De "
            "organisatie speelt ook een rol in de woningmarkt, met cijfers en analyses over "
            "transacties en prijzen. Communicatie gaat over betrouwbare data, digitale "
            "dienstverlening en de maatschappelijke rol van het Kadaster."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "none",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.10",
            "setup_allowance": "500.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Trello"],
            "terms_notes": "",
        },
    },
    {
        "name": "Sociale Verzekeringsbank (SVB)",
        "slug": "svb",
        "kind": "agency",
        "size": "large",
        "province": "noord-holland",
        "city": "Amstelveen",
        "website": "https://www.svb.nl",
        "description": (
            "De SVB voert volksverzekeringen uit zoals de AOW, de kinderbijslag en de Anw, en "
            "betaalt ook de persoonsgebonden budgetten uit. Vrijwel iedereen in Nederland krijgt "
            "ooit met de SVB te maken. De communicatie richt zich op begrijpelijke informatie "
            "voor klanten van alle leeftijden, ook voor mensen die in het buitenland wonen."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["tue", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_call",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "SharePoint", "Outlook"],
            "terms_notes": (
                "Klantdossiers zijn alleen toegankelijk op kantoor; voor communicatiewerk is dat "
                "zelden nodig, maar wel goed om te weten."
            ),
        },
    },
    {
        "name": "Nederlandse Voedsel- en Warenautoriteit (NVWA)",
        "slug": "nvwa",
        "kind": "agency",
        "size": "large",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "https://www.nvwa.nl",
        "description": (
            "De NVWA houdt toezicht op de veiligheid van voedsel en consumentenproducten, op "
            "dierenwelzijn en op plant- en diergezondheid. Bij voedselincidenten en uitbraken van "
            "dierziekten staat de organisatie direct in de schijnwerpers. De communicatie moet "
            "snel, feitelijk en betrouwbaar zijn, en sluit nauw aan bij de ministeries van LVVN "
            "en VWS."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 3,
            "office_days": ["tue"],
            "onboarding_weeks": 6,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": False,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.45",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Webex"],
            "terms_notes": (
                "Bij een voedselincident of dierziekte-uitbraak kan de crisisorganisatie binnen "
                "enkele uren opschalen; je bent dan op het hoofdkantoor aanwezig."
            ),
        },
    },
    # Other ------------------------------------------------------------------------------------
    {
        "name": "Vereniging van Nederlandse Gemeenten (VNG)",
        "slug": "vng",
        "kind": "other",
        "size": "medium",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://vng.nl",
        "description": (
            "De VNG is de vereniging van alle Nederlandse gemeenten. Zij behartigt de belangen "
            "van gemeenten richting Rijk en Europa en ondersteunt gemeenten met kennis, advies en "
            "gezamenlijke programma's. De communicatie richt zich op bestuurders, raadsleden en "
            "ambtenaren van gemeenten, en op politiek Den Haag."
        ),
        "terms": {
            "home_days_min": 2,
            "home_days_max": 3,
            "office_days": ["wed"],
            "onboarding_weeks": 4,
            "onboarding_home_days": 2,
            "crisis_presence": "none",
            "abroad": "incidental",
            "office_only_documents": False,
            "screening_requirement": "none",
            "home_allowance_per_day": "2.50",
            "setup_allowance": "750.00",
            "tools": ["Microsoft Teams", "SharePoint", "Outlook", "Planner", "Pleio", "Zoom"],
            "terms_notes": (
                "Rond het VNG-congres en de algemene ledenvergaderingen ben je enkele dagen op "
                "locatie."
            ),
        },
    },
    {
        "name": "Veiligheidsregio Rotterdam-Rijnmond",
        "slug": "veiligheidsregio-rotterdam-rijnmond",
        "kind": "other",
        "size": "large",
        "province": "zuid-holland",
        "city": "Rotterdam",
        "website": "https://www.vr-rr.nl",
        "description": (
            "De Veiligheidsregio Rotterdam-Rijnmond is verantwoordelijk voor de brandweer, de "
            "GHOR en de crisisbeheersing in een regio met de grootste haven van Europa en veel "
            "risicovolle industrie. Crisiscommunicatie en risicocommunicatie naar inwoners zijn "
            "kerntaken. Het communicatieteam draait mee in de regionale crisisorganisatie en "
            "werkt nauw samen met gemeenten, politie en bedrijven."
        ),
        "terms": {
            "home_days_min": 1,
            "home_days_max": 2,
            "office_days": ["mon", "thu"],
            "onboarding_weeks": 8,
            "onboarding_home_days": 1,
            "crisis_presence": "on_site",
            "abroad": "not_allowed",
            "office_only_documents": True,
            "screening_requirement": "vog",
            "home_allowance_per_day": "2.00",
            "setup_allowance": None,
            "tools": ["Microsoft Teams", "Outlook", "SharePoint", "Mattermost"],
            "terms_notes": (
                "Voor piketfuncties geldt een maximale opkomsttijd; woon je ver buiten de regio, "
                "dan is meedraaien in piket niet mogelijk."
            ),
        },
    },
]

ROLE_CONTENT = {
    "strategy": {
        "titles": [
            "Strategisch communicatieadviseur {topic}",
            "Senior communicatieadviseur strategie en positionering",
            "Strategisch adviseur communicatie {topic}",
            "Senior strategisch communicatieadviseur bestuur en directie",
            "Communicatiestrateeg {topic}",
            "Strategisch communicatieadviseur programma {topic}",
            "Senior adviseur communicatiestrategie",
            "Strategisch communicatieadviseur concernvraagstukken",
            "Adviseur strategische communicatie en reputatie",
        ],
        "topics": [
            "energietransitie",
            "woningbouw",
            "stikstof en natuur",
            "digitale overheid",
            "bestaanszekerheid",
            "klimaatadaptatie",
            "omgevingsbeleid",
            "open overheid",
            "mobiliteit",
            "gezondheid en preventie",
            "veiligheid en ondermijning",
        ],
        "intros": [
            (
                "{org} staat voor een aantal stevige opgaven, en het dossier {topic} is daar een "
                "van. De communicatie hierover wordt nu nog per project geregeld, terwijl het "
                "bestuur juist behoefte heeft aan één samenhangende strategie. Daarvoor zoeken we "
                "een ervaren adviseur die richting geeft en zowel de directie als de beleidsteams "
                "weet mee te nemen."
            ),
            (
                "Rond het thema {topic} komen beleid, uitvoering en politiek samen, en dat maakt "
                "de communicatie complex. {org} zoekt een strategisch adviseur die overzicht "
                "houdt, scherpe keuzes maakt en het gesprek aangaat met bestuurders en "
                "directeuren. Je werkt nauw samen met de programmadirectie en de woordvoerders."
            ),
            (
                "De communicatieafdeling werkt aan een nieuwe koers: minder zenden, meer "
                "luisteren en beter aansluiten bij wat inwoners en partners bezighoudt. Voor het "
                "onderwerp {topic} ontwikkel je een strategie die deze koers in de praktijk "
                "brengt. Je bent sparringpartner voor het management en het gezicht van "
                "communicatie in de programmaorganisatie."
            ),
            (
                "Het vertrouwen van burgers in de overheid staat onder druk, en dat merkt ook "
                "{org}. Juist bij een gevoelig onderwerp als {topic} is heldere en eerlijke "
                "communicatie cruciaal. Je helpt de organisatie uit te leggen welke keuzes er "
                "worden gemaakt, waarom, en wat die betekenen voor de mensen om wie het gaat."
            ),
            (
                "Door een langdurige vacature is de strategische advisering op het dossier "
                "{topic} de afgelopen maanden blijven liggen. {org} zoekt daarom tijdelijk een "
                "senior adviseur die snel kan landen, de lopende trajecten oppakt en een werkbare "
                "strategie voor de komende twee jaar neerzet. Daarna neemt een collega in vaste "
                "dienst het stokje van je over."
            ),
            (
                "{org} werkt aan een meerjarige aanpak voor het thema {topic}, met veel partners "
                "en een lange looptijd. De communicatie moet die aanpak herkenbaar en "
                "begrijpelijk maken, zonder te beloven wat nog niet vaststaat. Je stelt de "
                "strategie op, bewaakt de rode draad en adviseert het programmamanagement "
                "gevraagd en ongevraagd."
            ),
        ],
        "tasks": [
            [
                (
                    "Je stelt een communicatiestrategie op voor het dossier {topic}, met "
                    "doelgroepanalyse, kernboodschappen en planning."
                ),
                "Je adviseert directie en bestuurders over positionering, timing en toon.",
                (
                    "Je vertaalt beleidskeuzes naar heldere boodschappen voor verschillende "
                    "doelgroepen."
                ),
                (
                    "Je stuurt de communicatieadviseurs en het online team inhoudelijk aan bij de "
                    "uitvoering."
                ),
                "Je volgt het publieke en politieke debat en signaleert tijdig risico's en kansen.",
            ],
            [
                (
                    "Je brengt de belangrijkste stakeholders en hun belangen in kaart en vertaalt "
                    "dat naar een communicatieaanpak."
                ),
                (
                    "Je schrijft adviesnotities voor het bestuur en bereidt bestuurlijk overleg "
                    "mee voor."
                ),
                "Je ontwikkelt een kernverhaal dat collega's in hun eigen werk kunnen gebruiken.",
                "Je zorgt voor samenhang tussen campagnes, woordvoering en online communicatie.",
                (
                    "Je richt een eenvoudige monitoring in, zodat zichtbaar wordt wat de "
                    "communicatie oplevert."
                ),
            ],
            [
                (
                    "Je bent vanaf het begin betrokken bij de beleidsvorming en brengt het "
                    "perspectief van de burger in."
                ),
                (
                    "Je adviseert over de communicatie rond belangrijke besluitmomenten en "
                    "publicaties."
                ),
                "Je coacht beleidsmedewerkers in het helder uitleggen van complexe keuzes.",
                (
                    "Je werkt met de woordvoerders aan een consistente lijn richting media en "
                    "politiek."
                ),
            ],
            [
                "Je evalueert de huidige communicatieaanpak en doet concrete verbetervoorstellen.",
                "Je stelt een meerjarig communicatieplan op met duidelijke prioriteiten.",
                (
                    "Je adviseert over reputatierisico's en over de manier waarop de organisatie "
                    "daarop kan anticiperen."
                ),
                "Je draagt je kennis en werkwijze over aan de vaste adviseurs in het team.",
                "Je rapporteert periodiek aan het hoofd communicatie over voortgang en knelpunten.",
            ],
        ],
        "profile": [
            [
                (
                    "Minimaal acht jaar ervaring als strategisch communicatieadviseur, waarvan "
                    "een deel bij de overheid."
                ),
                "Aantoonbare ervaring met advisering op directie- of bestuursniveau.",
                (
                    "Je begrijpt hoe politiek-bestuurlijke besluitvorming werkt en voelt goed aan "
                    "wat er speelt."
                ),
                "Je schrijft helder en overtuigend, ook over ingewikkelde beleidsonderwerpen.",
                "Wo-werk- en denkniveau.",
            ],
            [
                (
                    "Ruime ervaring met het opstellen en uitvoeren van communicatiestrategieën "
                    "voor meerjarige programma's."
                ),
                "Kennis van of affiniteit met het thema {topic}.",
                (
                    "Je bent stevig en diplomatiek tegelijk: je durft tegengas te geven als dat "
                    "nodig is."
                ),
                (
                    "Ervaring met werken in een organisatie met veel interne en externe "
                    "belanghebbenden."
                ),
                (
                    "Een afgeronde hbo- of wo-opleiding, bij voorkeur in communicatie of "
                    "bestuurskunde."
                ),
            ],
            [
                (
                    "Minimaal vijf jaar ervaring als senior adviseur in een politiek gevoelige "
                    "omgeving."
                ),
                (
                    "Je kunt abstract beleid terugbrengen tot de vraag wat het betekent voor "
                    "inwoners en ondernemers."
                ),
                "Je werkt zelfstandig en vindt snel je weg in een nieuwe organisatie.",
                "Ervaring met het meten en evalueren van communicatie-inspanningen.",
                "Je bent beschikbaar voor de gevraagde periode en kunt op korte termijn starten.",
            ],
            [
                (
                    "Een stevige staat van dienst in strategische communicatie bij een "
                    "ministerie, provincie, gemeente of uitvoeringsorganisatie."
                ),
                "Je bent een verbinder die zich thuis voelt tussen beleid, bestuur en uitvoering.",
                "Ervaring met participatie en omgevingsgericht werken is een pré.",
                "Je werkt planmatig, maar schakelt snel als de actualiteit daarom vraagt.",
            ],
        ],
        "terms_notes": [
            (
                "Strategisch werk leent zich goed voor thuiswerken; voor bestuurlijk overleg en "
                "werksessies met het programmateam kom je naar kantoor."
            ),
            (
                "Na de inwerkperiode is in overleg met de opdrachtgever een extra thuiswerkdag "
                "mogelijk."
            ),
            (
                "Adviezen over nog niet openbare besluiten bespreek je op kantoor of via de "
                "beveiligde vergaderomgeving."
            ),
            "In de weken voor belangrijke besluitmomenten is meer aanwezigheid op locatie nodig.",
        ],
        "hours": [(24, 32), (28, 36), (32, 36), (16, 24)],
        "rate": (100, 135),
        "home_days_shift": 1,
        "crisis_presence": None,
    },
    "campaigns": {
        "titles": [
            "Campagneadviseur {topic}",
            "Senior campagnemanager",
            "Communicatieadviseur campagnes {topic}",
            "Projectleider publiekscampagne {topic}",
            "Senior adviseur campagnes en gedragsbeïnvloeding",
            "Campagnestrateeg arbeidsmarktcommunicatie",
            "Communicatieadviseur publiekscampagnes",
            "Campagneleider {topic}",
        ],
        "topics": [
            "energiebesparing",
            "verkeersveiligheid",
            "afvalscheiding",
            "gezond leven",
            "digitale weerbaarheid",
            "werken bij de overheid",
            "klimaatadaptatie",
            "geldzorgen en schulden",
            "waterbewustzijn",
            "eenzaamheid",
        ],
        "intros": [
            (
                "{org} wil met een publiekscampagne over {topic} meer mensen bereiken en in "
                "beweging krijgen. De eerste verkenning is gedaan; nu is er iemand nodig die de "
                "campagne neerzet, van strategie en briefing tot evaluatie. Je werkt samen met "
                "een extern bureau en met collega's van beleid en online."
            ),
            (
                "Campagnes moeten beter aansluiten bij wat we weten over menselijk gedrag. Daarom "
                "zoekt {org} een campagneadviseur die inzichten uit gedragsonderzoek vertaalt "
                "naar een concrete aanpak voor {topic}. Je bent de schakel tussen opdrachtgever, "
                "onderzoekers en creatief bureau."
            ),
            (
                "Voor het thema {topic} loopt al enkele jaren een campagne die toe is aan "
                "vernieuwing. Het bereik is goed, maar de boodschap raakt te weinig de mensen om "
                "wie het echt gaat. Je analyseert wat werkt, stelt een nieuwe campagnelijn voor "
                "en begeleidt de uitvoering."
            ),
            (
                "{org} start dit jaar een meerjarige campagne over {topic}, gericht op inwoners "
                "die de overheid niet vanzelf bereikt. Denk aan laaggeletterden, jongeren en "
                "mensen met weinig vertrouwen in instanties. Samen met maatschappelijke partners "
                "zoek je naar de juiste kanalen en boodschappers."
            ),
            (
                "Het campagneteam is klein en werkt met een strakke planning. {org} zoekt "
                "tijdelijke versterking van een ervaren campagneadviseur die zelfstandig een "
                "campagne over {topic} kan trekken. Je regelt de inkoop binnen de bestaande "
                "raamovereenkomsten, stuurt het bureau aan en bewaakt het budget."
            ),
        ],
        "tasks": [
            [
                "Je schrijft de campagnestrategie en de briefing voor het creatieve bureau.",
                "Je stuurt het bureau aan en bewaakt planning, kwaliteit en budget.",
                "Je organiseert pretests en zorgt dat de uitkomsten worden verwerkt.",
                "Je stemt de campagne af met beleid, woordvoering en het online team.",
                "Je evalueert de campagne en vertaalt de resultaten naar aanbevelingen.",
            ],
            [
                "Je vertaalt gedragsinzichten naar een concreet campagneconcept over {topic}.",
                "Je stelt een mediaplan op en maakt onderbouwde keuzes in kanalen en middelen.",
                (
                    "Je betrekt partners die de doelgroep goed kennen bij de ontwikkeling en de "
                    "verspreiding."
                ),
                (
                    "Je bewaakt de toegankelijkheid van alle uitingen, ook voor mensen met een "
                    "beperking."
                ),
                "Je rapporteert over bereik en effect aan de opdrachtgever.",
            ],
            [
                "Je zet een campagneaanpak in meerdere fasen op, met een duidelijk startmoment.",
                "Je ontwikkelt samen met het online team content voor sociale media en de website.",
                "Je stemt af met andere overheden die over hetzelfde thema campagne voeren.",
                "Je zorgt voor begrijpelijke taal op B1-niveau in alle uitingen.",
                (
                    "Je houdt de projectadministratie en de verantwoording richting de "
                    "opdrachtgever bij."
                ),
            ],
            [
                "Je analyseert eerdere campagnes en de beschikbare onderzoeksdata.",
                "Je ontwikkelt een nieuwe campagnelijn en toetst die bij de doelgroep.",
                "Je begeleidt de productie van video, radio, online uitingen en buitenreclame.",
                (
                    "Je zorgt dat de campagne aansluit bij de huisstijl en de spelregels van de "
                    "organisatie."
                ),
            ],
        ],
        "profile": [
            [
                (
                    "Minimaal vijf jaar ervaring met het ontwikkelen en uitvoeren van "
                    "publiekscampagnes."
                ),
                (
                    "Ervaring met het aansturen van externe bureaus, bij voorkeur binnen een "
                    "aanbestedingskader."
                ),
                "Kennis van gedragsbeïnvloeding en effectmeting.",
                "Je schrijft een scherpe briefing en kunt creatieve voorstellen goed beoordelen.",
                "Hbo-werk- en denkniveau.",
            ],
            [
                "Ervaring met campagnes voor de publieke of semipublieke sector.",
                "Je weet hoe je doelgroepen bereikt die de overheid moeilijk weet te vinden.",
                "Je bent resultaatgericht en creatief, en hebt oog voor detail.",
                "Ervaring met het werken binnen een overheidshuisstijl is een pré.",
                "Je plant goed en houdt het overzicht in een project met veel partijen.",
            ],
            [
                "Aantoonbare ervaring als campagneleider van een meerjarige campagne.",
                "Ervaring met mediaplanning en het beoordelen van bereikcijfers.",
                "Je schrijft begrijpelijk en weet wat B1-niveau in de praktijk betekent.",
                "Je bent een teamspeler die ook zelfstandig knopen doorhakt.",
            ],
            [
                (
                    "Ruime ervaring met campagnes gericht op gedragsverandering, bij voorkeur "
                    "rond {topic} of een verwant thema."
                ),
                "Ervaring met pretests en campagne-evaluaties.",
                "Je bent gewend te werken met beperkte budgetten en strakke deadlines.",
                "Kennis van digitale toegankelijkheid (WCAG) is een pré.",
            ],
        ],
        "terms_notes": [
            (
                "Tijdens productieweken en opnamedagen is meer aanwezigheid nodig, soms ook bij "
                "het bureau of op een draailocatie."
            ),
            (
                "Campagnemateriaal deel je tot de lancering alleen binnen de afgesproken, "
                "afgeschermde omgeving."
            ),
            (
                "Overleg met het campagnebureau gaat grotendeels online; de lancering en de "
                "evaluatiesessies zijn op kantoor."
            ),
            (
                "Na de inwerkperiode is een extra thuiswerkdag goed mogelijk, zolang je aansluit "
                "bij het wekelijkse campagneoverleg."
            ),
        ],
        "hours": [(16, 24), (24, 32), (32, 36), (20, 28)],
        "rate": (85, 120),
        "home_days_shift": 1,
        "crisis_presence": "none",
    },
    "internal": {
        "titles": [
            "Adviseur interne communicatie",
            "Senior adviseur interne communicatie {topic}",
            "Communicatieadviseur verandertraject {topic}",
            "Adviseur interne communicatie en medewerkersbetrokkenheid",
            "Verandercommunicatieadviseur",
            "Adviseur interne communicatie en intranet",
            "Senior adviseur leiderschapscommunicatie",
            "Interim-adviseur interne communicatie {topic}",
        ],
        "topics": [
            "reorganisatie",
            "hybride werken",
            "cultuurverandering",
            "nieuwe huisvesting",
            "digitalisering van de werkplek",
            "integriteit",
            "organisatieontwikkeling",
            "informatiebeveiliging",
            "intranetvernieuwing",
        ],
        "intros": [
            (
                "{org} zit midden in een veranderproces, met {topic} als belangrijkste onderwerp. "
                "Medewerkers hebben vragen, zorgen en ideeën, en leidinggevenden willen die beter "
                "kunnen beantwoorden. Je zorgt ervoor dat de interne communicatie tijdig, eerlijk "
                "en consistent is."
            ),
            (
                "Nu hybride werken de norm is, is het lastiger geworden om iedereen aangehaakt te "
                "houden. {org} zoekt een adviseur interne communicatie die nieuwe manieren vindt "
                "om medewerkers te informeren en met elkaar te verbinden. Het eerste grote "
                "onderwerp is {topic}."
            ),
            (
                "Het intranet en de nieuwsbrief worden goed gelezen, maar de dialoog tussen "
                "directie en medewerkers kan beter. {org} wil van zenden naar gesprek, en jij "
                "helpt daarbij, te beginnen bij het thema {topic}. Daarbij werk je nauw samen met "
                "HR, de ondernemingsraad en de directie."
            ),
            (
                "Rond het thema {topic} worden de komende maanden besluiten genomen die direct "
                "gevolgen hebben voor medewerkers. {org} wil daar zorgvuldig over communiceren. "
                "Je adviseert het management over timing en toon, en zorgt dat medewerkers het "
                "nieuws niet eerst uit de media horen."
            ),
            (
                "De interne communicatie is verspreid over verschillende teams en kanalen. {org} "
                "zoekt een ervaren adviseur die een samenhangende aanpak neerzet, de kanalen "
                "opschoont en leidinggevenden ondersteunt in hun rol als communicator. Het "
                "traject {topic} is daarbij de eerste toets."
            ),
        ],
        "tasks": [
            [
                (
                    "Je stelt een intern communicatieplan op voor het traject {topic} en voert "
                    "het uit."
                ),
                (
                    "Je adviseert directie en leidinggevenden over hun boodschap en het moment "
                    "waarop die landt."
                ),
                "Je schrijft berichten voor intranet, nieuwsbrieven en personeelsbijeenkomsten.",
                "Je organiseert bijeenkomsten en dialoogsessies, op locatie en online.",
                (
                    "Je houdt contact met de ondernemingsraad en HR over de communicatie rond "
                    "personele gevolgen."
                ),
            ],
            [
                "Je analyseert de interne kanalen en doet voorstellen om ze te vereenvoudigen.",
                (
                    "Je ontwikkelt een toolkit voor leidinggevenden met kernboodschappen en "
                    "veelgestelde vragen."
                ),
                "Je bouwt een netwerk van ambassadeurs op in de verschillende afdelingen.",
                "Je meet periodiek hoe medewerkers de communicatie ervaren en stuurt bij.",
            ],
            [
                (
                    "Je begeleidt de communicatie rond het traject {topic}, van aankondiging tot "
                    "implementatie."
                ),
                (
                    "Je bereidt personeelsbijeenkomsten en teamsessies voor en zorgt voor een "
                    "goede opvolging."
                ),
                "Je werkt met de intranetredactie aan een heldere nieuwsvoorziening.",
                "Je signaleert onrust of weerstand en adviseert over de aanpak.",
                "Je stemt de interne communicatie af met de externe woordvoering.",
            ],
            [
                (
                    "Je vertaalt de organisatiestrategie naar een verhaal waarin medewerkers zich "
                    "herkennen."
                ),
                "Je coacht leidinggevenden in het voeren van het gesprek met hun team.",
                (
                    "Je ontwikkelt formats voor hybride bijeenkomsten waaraan iedereen goed kan "
                    "deelnemen."
                ),
                "Je beheert de interne communicatiekalender en bewaakt de samenhang.",
                "Je levert input voor het jaarplan interne communicatie.",
            ],
        ],
        "profile": [
            [
                "Minimaal vijf jaar ervaring met interne communicatie en verandercommunicatie.",
                "Ervaring met het begeleiden van reorganisaties in een grote organisatie.",
                (
                    "Je bent een goede gesprekspartner voor directie, leidinggevenden en "
                    "ondernemingsraad."
                ),
                "Je schrijft toegankelijk en weet een persoonlijke toon te treffen.",
                "Hbo-werk- en denkniveau.",
            ],
            [
                (
                    "Aantoonbare ervaring met interne communicatie in een organisatie die hybride "
                    "werkt."
                ),
                "Kennis van intranetplatforms zoals SharePoint of Pleio.",
                "Je bent empathisch, maar ook daadkrachtig als dat nodig is.",
                "Ervaring met het begeleiden van bijeenkomsten en dialoogsessies.",
            ],
            [
                (
                    "Je hebt eerder bij de overheid gewerkt en kent de spelregels van de "
                    "medezeggenschap."
                ),
                "Ervaring met het adviseren van leidinggevenden over hun communicatierol.",
                "Je gaat zorgvuldig om met vertrouwelijke informatie.",
                "Je stelt goed prioriteiten en houdt overzicht in een drukke omgeving.",
                "Kennis van veranderkunde en gedragsverandering is een pré.",
            ],
            [
                "Ruime ervaring als adviseur interne communicatie of verandercommunicatie.",
                "Je voelt goed aan wat er onder medewerkers leeft.",
                "Je werkt zelfstandig en bent tegelijk een echte teamspeler.",
                "Ervaring met medewerkersonderzoek en het vertalen van de uitkomsten naar acties.",
            ],
        ],
        "terms_notes": [
            (
                "Personeelsbijeenkomsten en overleg met de ondernemingsraad zijn op kantoor; "
                "schrijf- en advieswerk kan goed thuis."
            ),
            (
                "Vertrouwelijke informatie over reorganisaties behandel je alleen in de "
                "afgesproken beveiligde omgeving."
            ),
            (
                "Juist omdat je aan verbinding werkt, vragen we je op de teamdag zichtbaar "
                "aanwezig te zijn."
            ),
            "Rond de aankondiging van grote besluiten ben je een aantal dagen extra op locatie.",
        ],
        "hours": [(16, 24), (24, 32), (20, 28), (32, 36)],
        "rate": (80, 110),
        "home_days_shift": 1,
        "crisis_presence": None,
    },
    "press": {
        "titles": [
            "Woordvoerder {topic}",
            "Senior woordvoerder",
            "Persvoorlichter {topic}",
            "Woordvoerder bestuur",
            "Senior persvoorlichter en woordvoerder",
            "Woordvoerder en strategisch adviseur {topic}",
            "Interim-woordvoerder",
            "Woordvoerder en media-adviseur",
        ],
        "topics": [
            "wonen en ruimte",
            "zorg en welzijn",
            "veiligheid",
            "dienstverlening",
            "financiën en begroting",
            "klimaat en energie",
            "digitalisering",
            "grote projecten",
            "bestuur en organisatie",
            "duurzaamheid",
        ],
        "intros": [
            (
                "{org} krijgt dagelijks vragen van landelijke en regionale media, en veel daarvan "
                "gaan over {topic}. Door ziekte en een drukke periode in de actualiteit zoeken we "
                "tijdelijk een ervaren woordvoerder voor de persdesk. Je staat bestuurders bij en "
                "bent het eerste aanspreekpunt voor journalisten."
            ),
            (
                "{org} zoekt een woordvoerder die snel kan schakelen tussen beleid, politiek en "
                "media. Op het dossier {topic} spelen gevoelige kwesties waar de pers kritisch "
                "naar kijkt. Je adviseert over de lijn, bereidt interviews voor en staat zelf "
                "journalisten te woord."
            ),
            (
                "Het persteam werkt met een roulatierooster en is altijd bereikbaar. Voor het "
                "dossier {topic} zoekt {org} een woordvoerder die vanaf de eerste dag meedraait. "
                "Je begeleidt bestuurders bij persmomenten en werkbezoeken en houdt de "
                "berichtgeving nauwlettend in de gaten."
            ),
            (
                "Met het oog op een aantal grote publicaties over {topic} breidt {org} het "
                "woordvoeringsteam tijdelijk uit. Je werkt nauw samen met de strategisch "
                "adviseurs en de online redactie, zodat pers, website en sociale media hetzelfde "
                "verhaal vertellen."
            ),
            (
                "{org} kiest ervoor woordvoerders dicht op het bestuur te laten werken. Je "
                "bereidt debatten mee voor, schrijft persberichten en vraag-en-antwoordlijsten en "
                "adviseert over de mediastrategie op het dossier {topic}. Volgens het "
                "piketrooster ben je ook buiten kantoortijden bereikbaar."
            ),
        ],
        "tasks": [
            [
                "Je staat journalisten te woord en beantwoordt persvragen snel en zorgvuldig.",
                "Je adviseert bestuurders over mediaoptredens en bereidt interviews met hen voor.",
                "Je schrijft persberichten, woordvoeringslijnen en vraag-en-antwoordlijsten.",
                "Je volgt de berichtgeving en signaleert issues voordat ze groot worden.",
                "Je draait mee in het piketrooster voor avonden en weekenden.",
            ],
            [
                "Je begeleidt bestuurders bij werkbezoeken, persconferenties en debatten.",
                "Je onderhoudt een netwerk van journalisten bij landelijke en regionale media.",
                "Je stemt af met de woordvoerders van andere overheden en partners.",
                "Je adviseert over de timing en de vorm van publicaties en besluiten.",
            ],
            [
                (
                    "Je bent woordvoerder op het dossier {topic} en aanspreekpunt voor de "
                    "betrokken beleidsafdelingen."
                ),
                "Je vertaalt ingewikkelde besluiten naar heldere boodschappen voor de media.",
                "Je bereidt persmomenten voor, inclusief draaiboek en scenario's.",
                "Je evalueert de berichtgeving en deelt de lessen met het team.",
                "Je werkt samen met de online redactie aan berichten voor sociale media.",
            ],
            [
                (
                    "Je verzorgt de dagelijkse woordvoering en de afhandeling van persvragen via "
                    "de persdesk."
                ),
                "Je adviseert gevraagd en ongevraagd over reputatierisico's.",
                "Je levert input voor toespraken en opiniestukken van bestuurders.",
                "Je bereidt mediatrainingen voor bestuurders en directeuren voor en begeleidt die.",
            ],
        ],
        "profile": [
            [
                "Minimaal vijf jaar ervaring als woordvoerder bij een overheidsorganisatie.",
                "Je hebt een goed politiek-bestuurlijk gevoel en weet wat er in de media speelt.",
                "Je blijft rustig onder druk en schakelt snel.",
                "Je schrijft foutloos, kort en bondig.",
                (
                    "Je bent bereid mee te draaien in het piketrooster, ook 's avonds en in het "
                    "weekend."
                ),
            ],
            [
                "Ervaring als journalist of persvoorlichter is een sterke pré.",
                "Aantoonbare ervaring met het begeleiden van bestuurders bij mediaoptredens.",
                "Een breed netwerk onder journalisten.",
                "Je doorgrondt complexe dossiers snel.",
                "Hbo- of wo-werk- en denkniveau.",
            ],
            [
                "Ervaring met woordvoering op gevoelige dossiers en in crisissituaties.",
                "Je bent stressbestendig, integer en discreet.",
                "Je neemt een stevige adviesrol in richting bestuurders.",
                "Kennis van het dossier {topic} is een pré, maar geen vereiste.",
            ],
            [
                "Ruime ervaring met persvoorlichting in een dynamische, politieke omgeving.",
                "Je bent flexibel inzetbaar, ook buiten kantoortijden.",
                "Ervaring met het monitoren van sociale media is een pré.",
                "Je werkt graag samen met beleid en online en deelt je kennis.",
            ],
        ],
        "terms_notes": [
            (
                "Bij debatten, persmomenten en werkbezoeken van bestuurders ben je op locatie "
                "aanwezig."
            ),
            "Tijdens je piketweek moet je snel op kantoor of ter plaatse kunnen zijn.",
            (
                "Persvragen beantwoord je ook vanuit huis, maar gevoelige woordvoeringslijnen "
                "stem je af op kantoor."
            ),
            (
                "Woordvoerders werken zo veel mogelijk dicht bij het bestuur; daarom ligt het "
                "aantal thuiswerkdagen lager dan elders in de organisatie."
            ),
        ],
        "hours": [(24, 32), (32, 36), (32, 40)],
        "rate": (95, 130),
        "home_days_shift": -1,
        "crisis_presence": "on_site",
    },
    "crisis": {
        "titles": [
            "Crisiscommunicatieadviseur",
            "Senior adviseur crisiscommunicatie",
            "Adviseur risico- en crisiscommunicatie {topic}",
            "Coördinator crisiscommunicatie",
            "Communicatieadviseur crisisbeheersing",
            "Adviseur crisiscommunicatie en issuemanagement",
            "Teamleider crisiscommunicatie",
            "Adviseur crisiscommunicatie {topic}",
        ],
        "topics": [
            "hoogwater",
            "hitte en droogte",
            "dierziekten",
            "cyberincidenten",
            "infectieziekten",
            "openbare orde",
            "uitval van vitale infrastructuur",
            "industriële incidenten",
            "extreem weer",
        ],
        "intros": [
            (
                "{org} wil beter voorbereid zijn op crises, in het bijzonder rond {topic}. Uit "
                "recente oefeningen bleek dat de communicatie sneller en beter afgestemd kan. Je "
                "actualiseert de plannen, traint collega's en draait zelf mee in de "
                "crisisorganisatie."
            ),
            (
                "{org} heeft de crisiscommunicatie belegd bij een klein team dat bij een incident "
                "snel moet kunnen opschalen. Je versterkt dat team en zorgt dat draaiboeken, "
                "contactlijsten en kernboodschappen op orde zijn, met extra aandacht voor "
                "{topic}. Bij een echte crisis sta je vooraan."
            ),
            (
                "Crises houden zich niet aan kantoortijden of organisatiegrenzen. Daarom zoekt "
                "{org} een crisiscommunicatieadviseur die stevig staat in de samenwerking met "
                "veiligheidsregio's, andere overheden en vitale partners. Het thema {topic} staat "
                "dit jaar bovenaan de agenda."
            ),
            (
                "Na een ingrijpend incident heeft {org} de eigen crisisaanpak geëvalueerd. De "
                "lessen moeten nu worden vertaald naar een vernieuwde werkwijze voor risico- en "
                "crisiscommunicatie, met bijzondere aandacht voor {topic}. Je brengt ervaring mee "
                "en helpt het team een stap verder."
            ),
            (
                "Bij crisiscommunicatie draait alles om snelheid, betrouwbaarheid en het "
                "perspectief van getroffenen. {org} zoekt een ervaren adviseur die dat begrijpt, "
                "in rustige tijden plant en oefent, en het hoofd koel houdt als het erop aankomt. "
                "Scenario's rond {topic} vormen het vertrekpunt."
            ),
        ],
        "tasks": [
            [
                "Je actualiseert het crisiscommunicatieplan en de bijbehorende draaiboeken.",
                "Je organiseert trainingen en oefeningen voor het crisiscommunicatieteam.",
                (
                    "Je draait mee in het piketrooster en neemt bij een incident de rol van "
                    "adviseur of coördinator op je."
                ),
                "Je ontwikkelt vooraf kernboodschappen en handelingsperspectieven voor {topic}.",
                "Je stemt af met de communicatieadviseurs van veiligheidsregio's en partners.",
            ],
            [
                (
                    "Je richt de omgevingsanalyse tijdens een crisis in: wat speelt er in de "
                    "media en online?"
                ),
                "Je adviseert bestuurders en het crisisteam over communicatie en persmomenten.",
                (
                    "Je zorgt voor heldere informatie aan getroffenen en betrokkenen, ook via "
                    "niet-digitale kanalen."
                ),
                "Je evalueert incidenten en oefeningen en verwerkt de lessen in de plannen.",
                (
                    "Je onderhoudt het netwerk van crisiscommunicatieadviseurs binnen en buiten "
                    "de organisatie."
                ),
            ],
            [
                (
                    "Je werkt aan risicocommunicatie, zodat inwoners en ondernemers vooraf weten "
                    "wat ze kunnen doen."
                ),
                "Je ontwikkelt scenario's en checklists voor verschillende soorten crises.",
                (
                    "Je zorgt dat de communicatiemiddelen voor crisissituaties werken en "
                    "regelmatig worden getest."
                ),
                "Je traint woordvoerders en leidinggevenden in het communiceren onder druk.",
            ],
            [
                "Je coördineert tijdens een crisis het actiecentrum communicatie.",
                "Je stelt situatiebeelden en communicatieadviezen op voor het crisisteam.",
                (
                    "Je bewaakt de afstemming met de nationale crisisstructuur en het Nationaal "
                    "Kernteam Crisiscommunicatie."
                ),
                "Je zorgt na afloop voor een zorgvuldige nazorg en evaluatie van de communicatie.",
                "Je houdt de crisisorganisatie paraat met een jaarlijkse oefenkalender.",
            ],
        ],
        "profile": [
            [
                (
                    "Minimaal vijf jaar ervaring met crisiscommunicatie bij de overheid, een "
                    "veiligheidsregio of een vitale sector."
                ),
                (
                    "Ervaring met werken in een crisisstructuur, zoals de GRIP-structuur of de "
                    "nationale crisisstructuur."
                ),
                "Je blijft kalm onder druk en neemt snel beslissingen.",
                "Je bent bereid mee te draaien in piketdiensten, ook buiten kantoortijden.",
                (
                    "Je woont op redelijke afstand van de standplaats, zodat je bij opschaling "
                    "snel aanwezig kunt zijn."
                ),
            ],
            [
                "Aantoonbare ervaring met het organiseren van crisisoefeningen en trainingen.",
                "Kennis van risicocommunicatie en handelingsperspectieven.",
                (
                    "Je bent een stevige adviseur die bestuurders ook in hectische situaties "
                    "scherp houdt."
                ),
                "Een relevante opleiding in communicatie, crisisbeheersing of veiligheidskunde.",
            ],
            [
                "Ervaring als woordvoerder of persvoorlichter tijdens een incident is een pré.",
                "Je maakt snel een omgevingsanalyse en formuleert daaruit een advies.",
                "Je bent gewend samen te werken met hulpdiensten en andere overheden.",
                "Je bent in het bezit van rijbewijs B.",
            ],
            [
                (
                    "Ruime ervaring met issue- en crisismanagement in een politiek-bestuurlijke "
                    "omgeving."
                ),
                "Kennis van het thema {topic} of ervaring met vergelijkbare crises.",
                "Je schrijft snel, helder en zonder jargon.",
                "Je bent voor langere tijd beschikbaar en flexibel inzetbaar.",
            ],
        ],
        "terms_notes": [
            (
                "Bij opschaling ben je op locatie in het actiecentrum of crisiscentrum, ook als "
                "het een thuiswerkdag was."
            ),
            (
                "Tijdens piketdiensten moet je binnen de afgesproken opkomsttijd op de "
                "crisislocatie kunnen zijn."
            ),
            (
                "Oefeningen en trainingen vinden op locatie plaats en worden ruim van tevoren "
                "ingepland."
            ),
            (
                "Voorbereidend werk aan plannen en draaiboeken kan grotendeels thuis; bij een "
                "incident geldt dat niet."
            ),
        ],
        "hours": [(24, 32), (32, 36), (32, 40)],
        "rate": (105, 145),
        "home_days_shift": -1,
        "crisis_presence": "on_site",
    },
    "online": {
        "titles": [
            "Online communicatieadviseur",
            "Contentstrateeg {topic}",
            "Senior contentspecialist",
            "Webredacteur {topic}",
            "Adviseur online communicatie en sociale media",
            "Eindredacteur online",
            "Contentmaker video en sociale media",
            "Adviseur digitale communicatie en toegankelijkheid",
            "Online strateeg {topic}",
        ],
        "topics": [
            "werken bij de overheid",
            "klimaat en energie",
            "wonen",
            "gezondheid",
            "verkeersveiligheid",
            "digitale dienstverlening",
            "natuur en recreatie",
            "onderwijs",
            "participatie",
            "afval en grondstoffen",
        ],
        "intros": [
            (
                "Wie een vraag heeft over {topic}, zoekt het antwoord meestal eerst online. {org} "
                "merkt dat de informatie over dit thema versnipperd is en niet altijd "
                "begrijpelijk. Je zorgt voor een heldere contentstructuur en voor teksten die "
                "aansluiten bij de vragen van bezoekers."
            ),
            (
                "{org} werkt aan een nieuwe website die moet voldoen aan de "
                "toegankelijkheidseisen en beter vindbaar moet zijn. Je helpt bij de migratie van "
                "de content, herschrijft pagina's over {topic} in begrijpelijke taal en traint "
                "collega's die straks zelf publiceren."
            ),
            (
                "Het online team maakt dagelijks content voor website, nieuwsbrief en sociale "
                "media. Voor het thema {topic} heeft {org} tijdelijk extra capaciteit nodig, "
                "zeker nu er de komende maanden veel publieksmomenten zijn. Je bent een allround "
                "maker met een scherp oog voor wat werkt."
            ),
            (
                "{org} gebruikt sociale media steeds vaker om mensen te bereiken, maar een "
                "duidelijke koers ontbreekt. Je ontwikkelt een socialemediastrategie, maakt "
                "keuzes in kanalen en richt de webcare zo in dat vragen snel en goed worden "
                "beantwoord. Het thema {topic} is de eerste proeftuin."
            ),
            (
                "Uit bezoekersdata blijkt dat mensen op de website vaak niet vinden wat ze "
                "zoeken. {org} wil dat verbeteren, te beginnen bij het thema {topic}. Je "
                "analyseert het zoekgedrag, herschrijft de belangrijkste pagina's en werkt met "
                "het team aan een aanpak die structureel beter scoort."
            ),
        ],
        "tasks": [
            [
                (
                    "Je ontwikkelt een contentstrategie voor het thema {topic}, gebaseerd op data "
                    "en gebruikersonderzoek."
                ),
                "Je schrijft en redigeert webteksten in begrijpelijke taal.",
                "Je maakt content voor sociale media, waaronder korte video's en visuals.",
                "Je analyseert bezoekcijfers en gebruikt de inzichten om content te verbeteren.",
                (
                    "Je zorgt dat alle content voldoet aan de toegankelijkheidseisen (WCAG 2.1 "
                    "niveau AA)."
                ),
            ],
            [
                "Je begeleidt de migratie van content naar het nieuwe CMS.",
                "Je herschrijft bestaande pagina's en ruimt verouderde content op.",
                "Je traint webredacteuren binnen de organisatie.",
                "Je werkt met UX-designers en ontwikkelaars aan de informatiearchitectuur.",
            ],
            [
                "Je beheert de sociale kanalen en stelt een contentkalender op.",
                "Je richt de webcare in en beantwoordt vragen en reacties.",
                "Je volgt online discussies en signaleert issues richting de woordvoerders.",
                "Je rapporteert maandelijks over bereik, interactie en sentiment.",
                "Je experimenteert met nieuwe formats en deelt wat werkt.",
            ],
            [
                "Je doet zoekwoordonderzoek en optimaliseert pagina's voor vindbaarheid.",
                "Je ontwikkelt sjablonen en schrijfrichtlijnen voor het team.",
                "Je maakt nieuwsberichten, achtergrondverhalen en interviews voor de website.",
                "Je werkt nauw samen met de campagne- en beleidsadviseurs.",
                "Je zorgt voor een consistente beeldtaal en huisstijl op alle online kanalen.",
            ],
        ],
        "profile": [
            [
                "Minimaal drie jaar ervaring als online communicatieadviseur of webredacteur.",
                "Uitstekende schrijfvaardigheid en ervaring met schrijven op B1-niveau.",
                "Kennis van digitale toegankelijkheid en zoekmachineoptimalisatie.",
                "Ervaring met gangbare contentmanagementsystemen en analysetools.",
                "Hbo-werk- en denkniveau.",
            ],
            [
                "Ervaring met contentmigratie bij de vernieuwing van een website.",
                "Je bent analytisch en onderbouwt keuzes met data.",
                "Je maakt collega's enthousiast voor goed webschrijven.",
                "Ervaring met gebruikersonderzoek is een pré.",
            ],
            [
                "Aantoonbare ervaring met het beheren van sociale kanalen voor een organisatie.",
                "Je maakt zelf foto's, korte video's en eenvoudige animaties.",
                "Je bent alert, klantgericht en stressbestendig in de webcare.",
                "Je kent de gevoeligheden die horen bij de overheid als afzender.",
            ],
            [
                "Ruime ervaring met online strategie en contentontwikkeling.",
                "Kennis van zoekmachineoptimalisatie en webanalyse.",
                "Je weet hoe je een lastig onderwerp als {topic} helder en aantrekkelijk brengt.",
                "Je werkt zelfstandig en georganiseerd.",
            ],
        ],
        "terms_notes": [
            (
                "Online werk kan grotendeels thuis; bij de wekelijkse redactievergadering ben je "
                "op kantoor."
            ),
            "Webcarediensten in het weekend draai je volgens rooster vanuit huis.",
            "Voor video-opnames en interviews ben je op locatie.",
            (
                "Je werkt op de beveiligde laptop van de opdrachtgever; publiceren vanaf een "
                "privéapparaat is niet toegestaan."
            ),
        ],
        "hours": [(16, 24), (24, 32), (32, 36), (20, 24)],
        "rate": (75, 105),
        "home_days_shift": 1,
        "crisis_presence": None,
    },
    "stakeholders": {
        "titles": [
            "Omgevingsmanager {topic}",
            "Adviseur participatie en omgevingscommunicatie",
            "Senior omgevingsmanager",
            "Participatieadviseur {topic}",
            "Communicatieadviseur omgevingsmanagement",
            "Adviseur stakeholdermanagement {topic}",
            "Omgevingsadviseur ruimtelijke projecten",
            "Adviseur bewonerscommunicatie en participatie",
        ],
        "topics": [
            "dijkversterking",
            "windenergie op land",
            "nieuwe woonwijk",
            "gebiedsontwikkeling",
            "warmtenet",
            "natuurontwikkeling",
            "asielopvang",
            "wegverbreding",
            "zonneparken",
            "hoogspanningsverbinding",
        ],
        "intros": [
            (
                "In het project {topic} wil {org} inwoners, ondernemers en belangenorganisaties "
                "vroeg en serieus betrekken. Sinds de invoering van de Omgevingswet is "
                "participatie geen formaliteit meer, maar een wezenlijk onderdeel van de "
                "besluitvorming. Je ontwerpt dat proces en begeleidt het van begin tot eind."
            ),
            (
                "Het project {topic} raakt veel mensen direct in hun leefomgeving, en de emoties "
                "kunnen hoog oplopen. {org} zoekt een omgevingsmanager die goed luistert, "
                "verwachtingen eerlijk managet en de signalen uit de omgeving tijdig terugbrengt "
                "in het project."
            ),
            (
                "{org} werkt in het dossier {topic} samen met meerdere partners. Elke partij "
                "heeft eigen belangen, eigen bestuurders en een eigen achterban. Je brengt het "
                "speelveld in kaart, onderhoudt de relaties en zorgt dat de communicatie van alle "
                "partners op elkaar aansluit."
            ),
            (
                "Het project {topic} gaat een nieuwe fase in: van verkenning naar uitvoering. Dat "
                "betekent meer contact met direct betrokkenen, bewonersavonden en "
                "keukentafelgesprekken. {org} zoekt een ervaren omgevingsmanager die daarover de "
                "regie neemt."
            ),
            (
                "{org} wil dat participatie verder gaat dan informeren: inwoners moeten echt "
                "invloed hebben op de keuzes in het project {topic}. Je ontwikkelt daarvoor "
                "passende vormen, van wijkgesprekken tot online raadplegingen, en bewaakt dat er "
                "met de opbrengst iets gebeurt."
            ),
        ],
        "tasks": [
            [
                (
                    "Je stelt een omgevingsanalyse en een participatieplan op voor het project "
                    "{topic}."
                ),
                "Je organiseert informatieavonden, inloopbijeenkomsten en keukentafelgesprekken.",
                "Je bent het aanspreekpunt voor bewoners, ondernemers en belangengroepen.",
                "Je brengt signalen uit de omgeving in bij het projectteam en de bestuurders.",
                (
                    "Je zorgt voor heldere en tijdige informatie via nieuwsbrieven, website en "
                    "bewonersbrieven."
                ),
            ],
            [
                (
                    "Je onderhoudt de relaties met andere overheden, netbeheerders en "
                    "maatschappelijke organisaties."
                ),
                (
                    "Je adviseert over de bestuurlijke besluitvorming en de momenten waarop de "
                    "omgeving kan meepraten."
                ),
                "Je bewaakt dat toezeggingen aan de omgeving worden nagekomen.",
                "Je stemt met de juridisch adviseurs af over de participatieverplichtingen.",
            ],
            [
                "Je ontwerpt participatievormen die passen bij de vraag en de doelgroep.",
                "Je begeleidt online raadplegingen en legt de uitkomsten vast in een verslag.",
                (
                    "Je betrekt ook groepen die minder snel van zich laten horen, zoals jongeren "
                    "en nieuwkomers."
                ),
                "Je koppelt terug wat er met de inbreng van de omgeving is gedaan.",
                "Je adviseert collega's over participatie in hun eigen projecten.",
            ],
            [
                "Je zet een stakeholderregistratie op en houdt die actueel.",
                (
                    "Je voert gesprekken met direct betrokkenen, ook als je een moeilijke "
                    "boodschap moet brengen."
                ),
                "Je werkt met de woordvoerder samen aan de communicatie rond gevoelige momenten.",
                "Je rapporteert over risico's en kansen in de omgeving.",
            ],
        ],
        "profile": [
            [
                (
                    "Minimaal vijf jaar ervaring als omgevingsmanager of participatieadviseur bij "
                    "ruimtelijke of infrastructurele projecten."
                ),
                "Kennis van de Omgevingswet en de participatieverplichtingen.",
                "Je bent een goede gespreksleider, ook bij emotionele bijeenkomsten.",
                "Je hebt oog voor de belangen van de omgeving én die van het project.",
                "Hbo- of wo-werk- en denkniveau.",
            ],
            [
                "Ervaring met stakeholdermanagement in een complex bestuurlijk speelveld.",
                "Je bent diplomatiek en geduldig, en houdt de rust als het schuurt.",
                "Je schrijft goed voor een breed publiek.",
                "Rijbewijs B, omdat je regelmatig in het projectgebied bent.",
            ],
            [
                "Aantoonbare ervaring met participatietrajecten in de fysieke leefomgeving.",
                "Kennis van participatiemethoden, zowel fysiek als online.",
                "Ervaring met het werken met bewonersgroepen en dorps- of wijkraden.",
                "Je bent een netwerker die makkelijk contact legt.",
            ],
            [
                (
                    "Ruime ervaring met omgevingsmanagement volgens de IPM-rollen of een "
                    "vergelijkbare werkwijze."
                ),
                "Kennis van het onderwerp {topic} is een pré.",
                "Je bent flexibel beschikbaar, ook voor avondbijeenkomsten.",
                "Je werkt gestructureerd en legt afspraken zorgvuldig vast.",
            ],
        ],
        "terms_notes": [
            (
                "Bewonersavonden en gesprekken in het projectgebied vallen vaak 's avonds; die "
                "uren compenseer je in overleg."
            ),
            "Je bent regelmatig in het projectgebied; die dagen tellen mee als kantoordagen.",
            "Voorbereidend werk en verslaglegging kunnen goed thuis.",
            "Gesprekken met bewoners voer je fysiek; online overleg is alleen een aanvulling.",
        ],
        "hours": [(16, 24), (24, 32), (32, 36)],
        "rate": (85, 115),
        "home_days_shift": 0,
        "crisis_presence": None,
    },
    "management": {
        "titles": [
            "Interim-hoofd communicatie",
            "Interim-manager communicatie",
            "Interim-teamleider communicatie en woordvoering",
            "Directeur communicatie a.i.",
            "Afdelingshoofd communicatie a.i.",
            "Interim-teamleider communicatieadvies",
            "Manager communicatie en public affairs a.i.",
            "Kwartiermaker communicatie",
            "Interim-hoofd communicatie en dienstverlening",
        ],
        "topics": [
            "opgavegericht werken",
            "professionalisering",
            "een forse taakstelling",
            "digitale transformatie",
            "een nieuwe organisatiestructuur",
            "een nieuwe strategische koers",
            "verbetering van de dienstverlening",
            "samenwerking in de regio",
        ],
        "intros": [
            (
                "Het hoofd communicatie vertrekt naar een nieuwe functie, en de werving van een "
                "opvolger kost tijd. Tot die tijd zoekt {org} een ervaren interim manager die de "
                "afdeling leidt, de lopende zaken in goede banen houdt en de directie adviseert. "
                "Ook het traject rond {topic} loopt intussen door."
            ),
            (
                "{org} vraagt de communicatieafdeling een forse verandering door te maken, met "
                "{topic} als rode draad. Dat vraagt om leiderschap dat richting geeft, "
                "medewerkers meeneemt en tegelijk zorgt dat het dagelijkse werk doorgaat. Je "
                "krijgt de opdracht de afdeling binnen een jaar klaar te maken voor de toekomst."
            ),
            (
                "{org} heeft een communicatieteam van betrokken professionals met veel kennis van "
                "zaken. Wat ontbreekt, is een heldere koers en een duidelijke rolverdeling. Als "
                "interim leidinggevende breng je rust en structuur en leg je samen met het team "
                "de basis voor de komende jaren, met {topic} als belangrijk aandachtspunt."
            ),
            (
                "Na een periode met veel wisselingen in de leiding is er behoefte aan "
                "stabiliteit. {org} zoekt een interim manager communicatie die verbindt, knopen "
                "doorhakt en het vertrouwen van zowel het team als de directie wint. Aandacht "
                "voor {topic} maakt deel uit van de opdracht."
            ),
            (
                "{org} wil communicatie steviger positioneren: dichter bij het bestuur en eerder "
                "aan tafel bij beleid en uitvoering. Je werkt dat uit in een plan, voert de "
                "gesprekken met directeuren en bestuurders en begeleidt het team in de nieuwe "
                "rol. Vertrekpunt daarbij is {topic}."
            ),
        ],
        "tasks": [
            [
                (
                    "Je geeft leiding aan de afdeling communicatie, inclusief woordvoering, "
                    "advies en online."
                ),
                (
                    "Je bent lid van het managementteam en adviseert de directie over "
                    "communicatie en reputatie."
                ),
                "Je voert de gesprekscyclus met medewerkers en werkt aan hun ontwikkeling.",
                "Je bewaakt de begroting en de inzet van externe capaciteit.",
                "Je zorgt voor een soepele overdracht aan je vaste opvolger.",
            ],
            [
                "Je stelt een plan op voor de doorontwikkeling van de afdeling en voert het uit.",
                "Je herijkt de rollen en taken binnen het team.",
                (
                    "Je versterkt de samenwerking tussen communicatie en de beleids- en "
                    "uitvoeringsafdelingen."
                ),
                (
                    "Je bent eindverantwoordelijk voor de crisiscommunicatie en neemt deel aan "
                    "het crisisteam."
                ),
            ],
            [
                "Je bent sparringpartner voor bestuurders en de ambtelijke top.",
                (
                    "Je zorgt voor een helder jaarplan met prioriteiten die aansluiten bij de "
                    "organisatiedoelen."
                ),
                "Je stuurt op kwaliteit en doorlooptijd van het communicatiewerk.",
                "Je bouwt aan een prettig en veilig werkklimaat in het team.",
                (
                    "Je vertegenwoordigt de organisatie in overleggen met communicatiehoofden van "
                    "andere organisaties."
                ),
            ],
            [
                "Je analyseert de huidige werkwijze en benoemt concrete verbeterpunten.",
                (
                    "Je begeleidt de afdeling door een reorganisatie, in overleg met HR en de "
                    "ondernemingsraad."
                ),
                "Je stuurt op resultaat en maakt de bijdrage van communicatie zichtbaar.",
                "Je werft en selecteert nieuwe medewerkers voor openstaande vacatures.",
            ],
        ],
        "profile": [
            [
                (
                    "Minimaal vijf jaar leidinggevende ervaring in communicatie, bij voorkeur bij "
                    "de overheid."
                ),
                "Ervaring als lid van een managementteam en als adviseur van bestuurders.",
                "Je bent een verbindende en daadkrachtige leider.",
                "Ervaring met veranderprocessen en teamontwikkeling.",
                "Wo-werk- en denkniveau.",
            ],
            [
                "Ruime ervaring als interim manager in politiek-bestuurlijke organisaties.",
                "Je bent snel ingewerkt en creëert in korte tijd draagvlak.",
                "Kennis van alle communicatiedisciplines, van strategie en pers tot online.",
                "Je stuurt zakelijk op budget en capaciteit.",
            ],
            [
                (
                    "Aantoonbare ervaring met het leiden van een communicatieafdeling door een "
                    "reorganisatie."
                ),
                "Je hebt een coachende stijl en gaat moeilijke gesprekken niet uit de weg.",
                "Ervaring met crisiscommunicatie op strategisch niveau.",
                "Je legt bestuurders overtuigend uit wat communicatie kan bijdragen.",
            ],
            [
                "Je hebt eerder een communicatieafdeling van vergelijkbare omvang geleid.",
                "Goed politiek-bestuurlijk inzicht en een groot netwerk binnen de overheid.",
                "Je bent integer, toegankelijk en resultaatgericht.",
                "Ervaring met {topic} in een vergelijkbare organisatie is een pré.",
            ],
        ],
        "terms_notes": [
            (
                "Als leidinggevende ben je op de teamdag en bij vergaderingen van het "
                "managementteam altijd aanwezig."
            ),
            (
                "Zichtbaarheid hoort bij de rol: plan je kantoordagen zo dat medewerkers je "
                "makkelijk kunnen treffen."
            ),
            (
                "Bij een crisis neem je als hoofd communicatie plaats in het crisisteam, fysiek "
                "of via de beveiligde verbinding."
            ),
            "Beoordelingsgesprekken en gesprekken over de reorganisatie voer je op kantoor.",
        ],
        "hours": [(24, 32), (32, 36), (32, 40)],
        "rate": (110, 150),
        "home_days_shift": 0,
        "crisis_presence": None,
    },
}

CLOSING_PHRASES = [
    (
        "De selectiegesprekken vinden plaats in de week na de sluitingsdatum, op locatie bij de "
        "opdrachtgever of online."
    ),
    "De opdrachtgever wil graag snel starten; over de precieze startdatum is in overleg te praten.",
    (
        "Onze recruiter heeft de hybride werkafspraken in deze opdracht vooraf met de "
        "opdrachtgever doorgenomen en vastgelegd."
    ),
    (
        "Heb je vragen over de opdracht of de werkafspraken? Neem dan contact op met de "
        "recruiter; die kent de opdrachtgever goed."
    ),
    "Reageer met een actueel cv en een korte motivatie waarin je ingaat op de gevraagde ervaring.",
    (
        "Het gesprek voer je met je toekomstige opdrachtgever en een collega-adviseur; een tweede "
        "kennismaking is mogelijk."
    ),
    (
        "De thuiswerkafspraken in deze opdracht zijn door ons gecontroleerd; houd er rekening mee "
        "dat je tijdens een eventuele inwerkperiode vaker op kantoor bent."
    ),
    "Reacties worden op volgorde van binnenkomst beoordeeld, dus wacht niet te lang met reageren.",
    (
        "Bij gelijke geschiktheid gaat de voorkeur uit naar een kandidaat met recente ervaring "
        "bij de overheid."
    ),
]
