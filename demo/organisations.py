"""Dutch demo organisations for `manage.py seed_demo`: pure data, no logic.

Real Dutch public organisations with their default hybrid terms, and the collaboration tools
they use."""

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
