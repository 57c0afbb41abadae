"""Dutch demo content for the clients' confirmations of the terms: who confirmed them and
what the recruiter noted. Pure data, no logic (see seed_demo's Composer)."""

# The people at the client who confirm the terms: first name and surname (never public).
CONTACT_NAMES = [
    "Marieke Jansen",
    "Ahmed Yilmaz",
    "Petra de Boer",
    "Sander Vermeulen",
    "Fatima Ouali",
    "Joost van den Berg",
    "Ingrid Smit",
    "Rachid Benali",
    "Annelies Mulder",
    "Koen de Graaf",
    "Nicole Bos",
    "Tim Hendriks",
    "Yvonne Kramer",
    "Bas Visser",
    "Esther van Leeuwen",
    "Dennis Koster",
    "Saskia Dekker",
    "Mark Willems",
]

# Their roles, by the channel they confirm through.
CONTACT_ROLES = {
    "email": [
        "teamleider communicatie",
        "hoofd communicatie",
        "afdelingsmanager communicatie en participatie",
        "coördinerend communicatieadviseur",
    ],
    "phone": [
        "teamleider communicatie",
        "hoofd communicatie",
        "programmamanager",
    ],
    "meeting": [
        "directeur communicatie",
        "hoofd communicatie",
        "teamleider communicatie",
    ],
    "tender_documents": [
        "inkoopadviseur",
        "contractmanager inhuur",
        "adviseur inkoop en aanbesteden",
    ],
}

# What the recruiter noted with a confirmation, by channel ("" for none).
NOTES = {
    "email": [
        "Afspraken per mail teruggestuurd, met akkoord op de thuiswerkdagen.",
        "Bevestigd in antwoord op onze samenvatting van de afspraken.",
        "",
    ],
    "phone": [
        "Telefonisch doorgelopen; bevestiging staat in het klantdossier.",
        "Kort gebeld: de afspraken staan nog, niets gewijzigd.",
        "",
    ],
    "meeting": [
        "Besproken in het intakegesprek op locatie.",
        "Afspraken doorgenomen in het kennismakingsoverleg met het team.",
        "",
    ],
    "tender_documents": [
        "Overgenomen uit de offerteaanvraag (bijlage werkplekafspraken).",
        "Volgens het programma van eisen van de uitvraag.",
    ],
}

# How recruiters mostly get a confirmation: in writing; tender documents at the start only.
CHANNEL_WEIGHTS = {"email": 5, "phone": 3, "meeting": 2}
RECONFIRM_CHANNEL_WEIGHTS = {"email": 3, "phone": 4, "meeting": 1}
