"""Dutch demo assignments for `manage.py seed_demo`: pure data, no logic.

The building blocks (titles, topics, intros, tasks, profiles, notes) from which the demo
assignments are composed. Strings in ROLE_CONTENT may contain the placeholders {org} and
{topic} and nothing else in curly braces: they are filled in with str.format.
"""

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
