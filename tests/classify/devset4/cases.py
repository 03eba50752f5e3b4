"""The fourth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``; a director who cannot come
but sends a substitute is an RSVP with ``attending`` False (the substitute takes the seat).
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

# What mail servers and people append below their text; none of its words are the writer's request.
SERVICEPUNT = (
    "\n\n--\nDit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, "
    "verwijder het dan en informeer de afzender. Aan dit bericht kunnen geen rechten worden ontleend. "
    "Afmelden voor nieuwsbrieven van de gemeente kan via de website."
)
HANDTEKENING = (
    "\n\nMet vriendelijke groet,\n\nir. K. (Kees) Hoogendoorn\nAlgemeen directeur\nWerkorganisatie Rivierland-Oost\n"
    "M 06 12 34 56 78 | werkdagen ma t/m do"
)
ENGLISH_FOOTER = (
    "\n\nThis e-mail and any attachments are confidential. If you received it in error, please notify the sender "
    "and remove it from your system. Please consider the environment before printing."
)
MOBIEL = "\n\nVerzonden vanaf Outlook voor Android"

OPROEP_SUBJECT = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
UITNODIGING_SUBJECT = (
    "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- suggestions: replies to the call for themes and to the follow-up, and new mails ----------------------
    {"id": "d4-sug-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Hoi Stan,\n\nWat ons enorm bezighoudt is de krapte op de arbeidsmarkt. Vacatures blijven maanden open "
             "en dat wringt met de formatie die we hebben afgesproken. Hoe doen anderen dat?\n\nGr. Petra"},
    {"id": "d4-sug-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nMijn suggestie: hoe trekken drie gemeenten samen op in een gezamenlijke opgave als de "
             "regionale energiestrategie, en wie neemt daarbij het voortouw?" + HANDTEKENING},
    {"id": "d4-sug-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Hoe meet je eigenlijk of inwoners tevreden zijn? Wij zoeken een goede manier om klanttevredenheid en "
             "doorlooptijden bij te houden, graag zie ik voorbeelden van dashboards van collega's."},
    {"id": "d4-sug-04", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Hi both,\n\nOne topic from our side: a long-term vision for the organisation towards 2035. Where do we "
             "want to be as a shared civil service in ten years, and how do we get there?\n\nBest,\nJoost"
             + ENGLISH_FOOTER},
    {"id": "d4-sug-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise",
     "body": "Over dienstverlening hoeven we het wat mij betreft niet te hebben, dat loopt bij ons goed. Wat ons wel "
             "bezighoudt: de overstap naar een nieuw zaaksysteem en het digitaliseren van onze werkprocessen."},
    {"id": "d4-sug-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Voorstel: de positie van de werkorganisatie in de regio. De regio trekt steeds meer taken naar zich "
             "toe (jeugd, veiligheid) en onze gemeenten zitten daar elk anders in.\n\nMet vriendelijke groet,\n"
             "Ria Lammers"},
    {"id": "d4-sug-07", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Twee onderwerpen:\n1. Grip op de financiën van de werkorganisatie, de overhead loopt elk jaar op\n"
             "2. Eén digitaal loket voor ondernemers, zodat ze niet per gemeente een andere route hebben"},
    {"id": "d4-sug-08", "kind": "suggestion", "themes": ["strategie"], "thread": T, "subject": OPROEP_SUBJECT,
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met\n"
             "> collega's bespreken? Denk aan:\n> - Strategie: lange termijn visie op de organisatie, inhoudelijke "
             "agenda, bestuurlijke prioriteiten;\n\nJa, precies dit. Hoe stel je als directie een inhoudelijke "
             "agenda op waar drie colleges achter staan?\n\n> - Samenwerking: relatie tussen deelnemende gemeenten, "
             "gezamenlijke opgaven, belangen en ambities, positie in de regio;\n\nNiet voor ons dit keer.\n\n"
             "Groet, Hanneke"},
    {"id": "d4-sug-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "groupwise",
     "body": "Mooie middag was het. Voor de volgende keer: wij experimenteren met resultaatgericht werken zonder "
             "afdelingshoofden en lopen tegen allerlei vragen aan over ons sturingsconcept. Daar wil ik graag over "
             "sparren."},
    {"id": "d4-sug-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes",
     "body": "Graag een vervolg op het thema van deze keer, maar concreter: hoe maak je afspraken tussen de "
             "gemeenten over gezamenlijke opgaven als hun belangen uit elkaar lopen?"},
    {"id": "d4-sug-11", "kind": "suggestion", "themes": ["dienstverlening"], "subject": "Suggestie voor een atelier",
     "body": "Beste Melanie,\n\nWij willen de prestaties van onze dienstverlening beter volgen: wachttijden aan de "
             "balie, afhandeltermijnen van meldingen, bereikbaarheid aan de telefoon. Lijkt me een mooi "
             "onderwerp voor een atelier.\n\nHartelijke groet,\nYvonne Schipper\nDirecteur Werkorganisatie "
             "De Waarden"},
    {"id": "d4-sug-12", "kind": "suggestion", "themes": ["dienstverlening"], "subject": "Topic for the atelier",
     "body": "Dear Stan,\n\nA topic suggestion for the next atelier: new ways of serving residents, such as "
             "proactive services and a chatbot on the municipal websites. We are piloting this and would love to "
             "compare notes.\n\nKind regards,\nAnouk Verbeek"},
    {"id": "d4-sug-13", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote",
     "body": "Alsjeblieft niet weer samenwerking, daar hebben we het nu vaak genoeg over gehad. Ik stel voor: de "
             "langetermijnvisie. Waar staat onze fusieorganisatie over tien jaar?"},
    {"id": "d4-sug-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "body": "Informatiebeveiliging en I&A: hoe organiseer je dat goed als je voor meerdere gemeenten werkt?"},
    {"id": "d4-sug-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Een van onze gemeenten overweegt uit te treden. Hoe houd je de deelnemende gemeenten bij elkaar als "
             "de verhoudingen zo onder druk staan? Dat zou ik graag bespreken.\n\nVerstuurd vanaf mijn iPad"},
    {"id": "d4-sug-16", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Onderwerpen van onze kant:\n- formatie en strategische personeelsplanning\n- bestuurlijke "
             "prioriteiten stellen als de middelen krap zijn\n\nMvg, Arjen"},
    {"id": "d4-sug-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd",
     "body": "Stan, van mijn kant één onderwerp: hybride dienstverlening. Dus balie, telefoon en digitaal in "
             "samenhang, juist voor inwoners die niet digitaal vaardig zijn.\n\nEvert"},
    {"id": "d4-sug-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes-wrote",
     "body": "Thanks for the report. Next time I'd like to discuss organisational structure: we are moving from "
             "sectors to a matrix of teams and would like to hear how others did that."},
    {"id": "d4-sug-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Suggestion: joint challenges such as housing and how our partner municipalities tackle them "
             "together rather than each on their own."},
    {"id": "d4-sug-20", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "wij willen het graag hebben over de strategische agenda vd organisatie en de bestuurlijke "
             "prioritijten voor de komende raadsperiode" + MOBIEL},
    {"id": "d4-sug-21", "kind": "suggestion", "themes": ["organisatie"], "subject": "Idee voor het atelier",
     "body": "Goedemorgen,\n\nMag ik een thema aandragen? Personeel vasthouden. Wij verliezen veel jonge medewerkers "
             "en dat raakt onze formatie hard. Ik ben benieuwd naar wat andere werkorganisaties daaraan doen.\n\n"
             "Groet,\nMarjolein Bakker" + SERVICEPUNT},
    {"id": "d4-sug-22", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Ik heb er twee.\n1) De verhouding tussen de deelnemende gemeenten: de kleinste voelt zich "
             "ondergesneeuwd.\n2) Het monitoren van prestaties in de dienstverlening aan inwoners."},
    {"id": "d4-sug-23", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Digitalisering, en dan vooral de inzet van AI in onze werkprocessen.\n\nAnton Mulder"},
    {"id": "d4-sug-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl",
     "body": "Dank voor het verslag! Voor het volgende atelier zou ik graag de dienstverlening aan ondernemers "
             "bespreken: accountmanagement, vergunningen sneller afhandelen."},
    {"id": "d4-sug-25", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple",
     "body": "Great session. Could we talk about strategy next time? Specifically how to build a long-term vision "
             "for the organisation when each council has its own political agenda."},
    {"id": "d4-sug-26", "kind": "suggestion", "themes": ["organisatie"], "subject": "onderwerp kostenbeheersing",
     "body": "Een suggestie voor een volgend atelier: kostenbeheersing. De begroting van onze werkorganisatie "
             "groeit harder dan de gemeenten kunnen dragen en ik zoek naar manieren om dat te keren.\n\nRuud"},
    {"id": "d4-sug-27", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "subject": OPROEP_SUBJECT,
     "body": "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n\nOnze suggestie: de regio. "
             "Wij zitten in drie verschillende regio's tegelijk (veiligheid, zorg, economie) en dat kost onze "
             "gemeenten veel capaciteit.\n\n> Met vriendelijke groet,\n>\n> Stan van de Laar"},
    {"id": "d4-sug-28", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-lijn",
     "body": "Voor volgende keer: vernieuwing in de dienstverlening aan instellingen, zoals scholen en "
             "zorgaanbieders. Die voelen zich nu vaak van het kastje naar de muur gestuurd."},
    {"id": "d4-sug-29", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "body": "Het onderwerp formatie: hoe bepaal je de juiste omvang van de werkorganisatie en hoe verdeel je die "
             "over de teams?"},
    {"id": "d4-sug-30", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Ik zou het willen hebben over een visie op de toekomst van onze organisatie: waar staan we in 2035?"},
    {"id": "d4-sug-31", "kind": "suggestion", "themes": ["organisatie"], "subject": "Atelier topic proposal",
     "body": "Hello,\n\nProposal for an atelier theme: digital transformation of the back office. Moving to the "
             "cloud, data management and what it means for our staff.\n\nRegards,\nDaan Koster\nDirector, "
             "Werkorganisatie BUCH"},
    {"id": "d4-sug-32", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail",
     "body": "Ik heb zelf geen nieuw thema, maar ik sluit me graag aan bij de dienstverlening: wachttijden en "
             "bereikbaarheid voor inwoners verdienen een eigen atelier."},
    {"id": "d4-sug-33", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nWij worstelen met de vraag hoe je de bestuurlijke prioriteiten van drie colleges "
             "vertaalt in één inhoudelijke agenda voor de organisatie. Dat lijkt me een goed gespreksonderwerp."
             + HANDTEKENING + SERVICEPUNT},
    {"id": "d4-sug-34", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote",
     "body": "1. Hybride werken: wat doet het met onze werkprocessen en huisvesting?\n2. Innovatie: hoe maak je "
             "ruimte voor vernieuwing binnen een krappe formatie?"},
    {"id": "d4-sug-35", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "doorgestuurd",
     "body": "Melanie, mijn onderwerp voor de volgende keer: hoe je als werkorganisatie omgaat met drie gemeenten "
             "die elk hun eigen ambities hebben en die niet altijd op elkaar aansluiten.\n\nEvert"},
    {"id": "d4-sug-36", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Two topics: (1) customer contact across channels for residents and businesses, and (2) how we "
             "monitor the performance of our services."},
    {"id": "d4-sug-37", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "groupwise",
     "body": "Ik stel voor om het eens over de informatievoorziening te hebben: het applicatielandschap, de "
             "licenties, wie beheert wat."},
    {"id": "d4-sug-38", "kind": "suggestion", "themes": ["dienstverlening"], "subject": "Themasuggestie",
     "body": "Naam: Karin Smeets\nOrganisatie: Werkorganisatie Stein-Beek\nVoorgesteld onderwerp: omnichannel "
             "klantcontact\nToelichting: ons klantcontactcentrum wil inwoners via elk kanaal even goed helpen."},
    {"id": "d4-sug-39", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Goed initiatief! Graag het onderwerp strategische koers. Onze organisatie is vijf jaar oud; tijd "
             "voor een nieuwe meerjarenvisie. Digitalisering en dienstverlening komen daar vanzelf in terug, maar "
             "het gaat mij om de koers zelf."},
    {"id": "d4-sug-40", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes",
     "body": "For the next atelier: cooperation between the partner municipalities on shared tasks. We struggle "
             "with who decides when their interests differ."},
    {"id": "d4-sug-41", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "ongemarkeerd",
     "body": "Suggestie: organisatieontwikkeling na de fusie, dus structuur en cultuur."},
    # -- RSVPs ------------------------------------------------------------------------------------------------
    {"id": "d4-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Bianca Hermans <b.hermans@werkorganisatie-vgh.nl>",
     "body": "Geachte heer Van de Laar,\n\nNamens de heer Van Dijk laat ik u weten dat hij graag aanwezig is bij "
             "het atelier van 11 maart.\n\nMet vriendelijke groet,\nBianca Hermans\nManagementondersteuning"},
    {"id": "d4-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Ja hoor, ik schuif aan. Wel een half uurtje later, tot 14.00 uur zit ik in een overleg met de "
             "burgemeester."},
    {"id": "d4-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Ik ben erbij, maar moet om 16.00 uur weer weg.\n\nVerstuurd vanaf mijn iPhone"},
    {"id": "d4-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Count me in, plus two colleagues: Ellen Mos (HR) and Rik Brouwer (finance)."},
    {"id": "d4-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Wij komen met 2 personen, mijzelf meegerekend."},
    {"id": "d4-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Zelf kan ik helaas niet, maar mijn plaatsvervanger Iris Kramer (i.kramer@werkorganisatie-kv.nl) "
             "komt in mijn plaats.\n\nMet vriendelijke groet,\nFrank Wouters"},
    {"id": "d4-rsvp-07", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "Helaas moet ik me toch afmelden voor donderdag: er is een extra raadsvergadering ingepland."},
    {"id": "d4-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Toch wel! Eerder gaf ik aan dat het niet lukte, maar mijn afspraak is verzet. Dus ik kom."},
    {"id": "d4-rsvp-09", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Jeroen Smit heeft deze uitnodiging geaccepteerd.\n\nUitnodiging van Google Agenda"},
    {"id": "d4-rsvp-10", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Declined: Leer- en inspireer-atelier @ Thu 11 Mar 2027 14:00 - 17:30 (CET)",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Anna Bos has declined this invitation.\n\nInvitation from Google Calendar"},
    {"id": "d4-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "ja, prima, tot dan"},
    {"id": "d4-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Nee helaas.\n\nMarco"},
    {"id": "d4-rsvp-13", "kind": "rsvp", "attending": True, "subject": "Atelier 11 March",
     "body": "Dear secretariat,\n\nI would like to register for the atelier in Utrecht on 11 March.\n\nKind "
             "regards,\nHelen de Graaf\nDirector, Werkorganisatie Montferland-Oost"},
    {"id": "d4-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Unfortunately I have a prior commitment on the 11th, so I won't be able to join. Hope to see you "
             "next time!"},
    {"id": "d4-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "body": "Ik kom graag. Anja heeft het al in mijn agenda gezet.\n\nEvert"},
    {"id": "d4-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Secretariaat directie <directiesecretariaat@hollandskroon.nl>",
     "body": "Goedemiddag,\n\nMevrouw Jansen is op 11 maart helaas verhinderd vanwege een werkbezoek van de "
             "minister. Zij leest het verslag graag na.\n\nMet vriendelijke groet,\nSecretariaat directie"},
    {"id": "d4-rsvp-17", "kind": "rsvp", "attending": True, "subject": "Aanmelding atelier 11 maart",
     "body": "Beste Stan en Melanie,\n\nGraag meld ik mij en mijn collega Tom Veldhuis (t.veldhuis@dekempen.nl) "
             "aan voor het atelier op 11 maart.\n\nGroet,\nLinda Peeters"},
    {"id": "d4-rsvp-18", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "body": "Helaas, ik kan niet. Ik lig met griep op bed."},
    {"id": "d4-rsvp-19", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise",
     "body": "Kleine wijziging: in plaats van Marco komt nu Sanne Dekker als mijn gast mee. Ik ben er zelf "
             "gewoon."},
    {"id": "d4-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ik doe mee, maar dan online via Teams."},
    {"id": "d4-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "Staat genoteerd, ik ben van de partij."},
    {"id": "d4-rsvp-22", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Accepted: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-generated"}, "body": "Accepted"},
    {"id": "d4-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "body": "Dat past helaas niet in mijn agenda, volgende keer beter."},
    {"id": "d4-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Graag aanmelden: mijzelf en onze concerncontroller, Erik Vos."},
    {"id": "d4-rsvp-25", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Ik moet helaas afzeggen. Mijn collega Fleur de Boer (f.deboer@werkorganisatie-kv.nl) neemt mijn plek "
             "in, als dat mag."},
    {"id": "d4-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Ik kom niet alleen: ik neem twee wethouders mee, dus drie personen in totaal."},
    {"id": "d4-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Yes - see you in Utrecht!\n\nSent from my iPhone"},
    {"id": "d4-rsvp-28", "kind": "rsvp", "attending": False, "subject": "Atelier 11 March",
     "body": "Sorry, I cannot make it to the atelier on 11 March. Please keep me posted on the next one."},
    {"id": "d4-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ja, maar ik ben er pas vanaf een uur of drie." + SERVICEPUNT},
    {"id": "d4-rsvp-30", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Ik blijk dubbel geboekt te staan, dus ik moet helaas verstek laten gaan." + HANDTEKENING},
    {"id": "d4-rsvp-31", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "body": "Ik ben er gewoon bij, met mijn gast. Tot donderdag!"},
    {"id": "d4-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Petra Kuijpers <p.kuijpers@werkorganisatie-cgm.nl>",
     "body": "Beste secretariaat,\n\nDe heer Hendriks kan helaas niet aanwezig zijn. Zijn collega mevrouw Lont "
             "(a.lont@werkorganisatie-cgm.nl), directeur bedrijfsvoering, komt in zijn plaats.\n\nMet vriendelijke "
             "groet,\nPetra Kuijpers\nDirectiesecretaresse"},
    {"id": "d4-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "afmelden voor het atelier, ik zit dan in Oostenrijk op wintersport"},
    {"id": "d4-rsvp-34", "kind": "rsvp", "attending": True, "thread": I, "subject": UITNODIGING_SUBJECT,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa, zeker.\n\n> Neemt u "
             "iemand mee, vermeld dan met hoeveel personen u komt.\n\nMet één collega, dus met z'n tweeën.\n\n"
             "> Met vriendelijke groet,"},
    {"id": "d4-rsvp-35", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-generated"}, "body": "Ik ben er graag bij."},
    {"id": "d4-rsvp-36", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Something came up and I have to cancel for Thursday. Apologies for the short notice.\n\nJan-Willem"
             + ENGLISH_FOOTER},
    {"id": "d4-rsvp-37", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn",
     "body": "Beste Melanie, ik had me afgemeld voor 11 maart, maar het gaat toch lukken. Als er nog een plek is, "
             "kom ik graag."},
    {"id": "d4-rsvp-38", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "👍 ik kom"},
    {"id": "d4-rsvp-39", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "ongemarkeerd", "body": "Yes, I will attend, together with one colleague."},
    {"id": "d4-rsvp-40", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "notes-wrote",
     "body": "Dank voor de uitnodiging, maar ik kan helaas ook niet in de plaats van mijn directeur komen."},
    # -- other: questions with request words, doubts, pitches, research, thanks ------------------------------
    {"id": "d4-oth-01", "kind": "other", "subject": "Vraag over afmelden",
     "body": "Kan ik me ook afmelden voor alleen de ateliers? De andere berichten van het netwerk wil ik wel "
             "blijven ontvangen.\n\nGroet, Wim"},
    {"id": "d4-oth-02", "kind": "other", "subject": "atelier 11 maart",
     "body": "Is aanmelden verplicht, of kan ik ook gewoon binnenlopen op 11 maart?"},
    {"id": "d4-oth-03", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "body": "Wie zitten er eigenlijk in de Adviesraad? En hoe worden de thema's uiteindelijk gekozen?"},
    {"id": "d4-oth-04", "kind": "other", "subject": "Lidmaatschap adjunct",
     "body": "Goedemorgen,\n\nStaat het netwerk ook open voor adjunct-directeuren? Mijn adjunct zou graag "
             "meedoen, maar ik weet niet of dat de bedoeling is.\n\nMet vriendelijke groet,\nGeert Hofman"},
    {"id": "d4-oth-05", "kind": "other", "subject": "Presentatie tijdens atelier",
     "sender": "Ralph de Bruin <ralph@datagemeente-advies.nl>",
     "body": "Geachte heer Van de Laar,\n\nDataGemeente Advies ondersteunt werkorganisaties bij het inrichten van "
             "dataplatforms. Graag verzorgen wij een presentatie tijdens een van uw ateliers. Kunt u mij "
             "aanmelden als spreker? Ik bel u volgende week even.\n\nMet vriendelijke groet,\nRalph de Bruin"},
    {"id": "d4-oth-06", "kind": "other", "subject": "Onderzoek naar ambtelijke fusies",
     "body": "Beste secretariaat,\n\nIk ben promovendus aan de Universiteit Utrecht en onderzoek hoe ambtelijke "
             "fusieorganisaties zich ontwikkelen. Zou ik uw leden een korte vragenlijst mogen sturen, of een "
             "atelier als toehoorder mogen bijwonen?\n\nVriendelijke groet,\nSara Amrani"},
    {"id": "d4-oth-07", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Dank voor de fijne middag en het heldere verslag!"},
    {"id": "d4-oth-08", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "body": "Dank voor het welkom. Hoe vaak komt het netwerk eigenlijk bij elkaar?"},
    {"id": "d4-oth-09", "kind": "other", "subject": "Lidmaatschap",
     "body": "Ik twijfel of ik lid moet blijven. Wat kost het lidmaatschap eigenlijk, en wat levert het me op "
             "naast de ateliers?"},
    {"id": "d4-oth-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein komen?"},
    {"id": "d4-oth-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "body": "Mag ik als gast iemand meenemen die geen directeur is, bijvoorbeeld onze strateeg?"},
    {"id": "d4-oth-12", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "body": "Dat hangt af van een raadsvergadering die misschien verschuift. Mag ik u eind volgende week "
             "laten weten of ik kom?"},
    {"id": "d4-oth-13", "kind": "other", "subject": "Opvolging",
     "body": "Beste Stan,\n\nIk vertrek binnenkort. Kan ik mij het beste nu al uitschrijven, of wachten tot mijn "
             "opvolger benoemd is zodat jullie die kunnen aanmelden? Wat is gebruikelijk?\n\nGroet, Maarten"},
    {"id": "d4-oth-14", "kind": "other", "subject": "Uitnodigingen",
     "body": "Mijn collega-directeur ontvangt de uitnodigingen wel, maar ik niet. Staan we allebei op de lijst?"},
    {"id": "d4-oth-15", "kind": "other", "subject": "Question about membership",
     "body": "Hello,\n\nIs it possible to join the network if our organisation is a shared service centre rather "
             "than a full merger of civil services?\n\nBest regards,\nTom Hendrikx"},
    {"id": "d4-oth-16", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-en",
     "body": "Could you send me the slides that were shown during the atelier?"},
    {"id": "d4-oth-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Kunt u de uitnodigingen voortaan ook in cc sturen aan mijn secretaresse, p.devries@gemeente-lt.nl?"},
    {"id": "d4-oth-18", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "body": "Jammer dat het zo moest lopen. Dank voor alles en veel succes met het netwerk!"},
    {"id": "d4-oth-19", "kind": "other", "thread": I, "subject": UITNODIGING_SUBJECT,
     "body": "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nMag dat ook iemand van een andere "
             "werkorganisatie zijn? Dan hoor ik het graag voordat ik antwoord.\n\n> Er zijn 30 plaatsen"},
    {"id": "d4-oth-20", "kind": "other", "subject": "Afmelden ateliers?",
     "body": "Hoe meld ik me af voor de ateliers als ik wel lid van het netwerk wil blijven?"},
    {"id": "d4-oth-21", "kind": "other", "subject": "Conference on public sector mergers",
     "body": "Dear organisers,\n\nWe organise a conference on public sector mergers in June and would like to "
             "invite your members. Could you share the attached flyer with the network?\n\nKind regards,\n"
             "Events team, Public Governance Institute"},
    {"id": "d4-oth-22", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "body": "Voordat ik bevestig: wat houdt het lidmaatschap precies in, en zijn er verplichtingen aan "
             "verbonden?"},
    {"id": "d4-oth-23", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes",
     "body": "Is de zaal toegankelijk voor een rolstoel? Een van mijn gasten is slecht ter been."},
    {"id": "d4-oth-24", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "body": "Zijn er kosten verbonden aan deelname aan het atelier?"},
    {"id": "d4-oth-25", "kind": "other", "subject": "Artikel Binnenlands Bestuur",
     "body": "Goedemiddag,\n\nIk schrijf een artikel over tien jaar ambtelijke fusies. Mag ik aanschuiven bij het "
             "atelier van 11 maart, of kan ik iemand van het netwerk spreken?\n\nMet vriendelijke groet,\n"
             "Lotte Jansma, journalist"},
    {"id": "d4-oth-26", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "body": "Ik heb interesse in een plek in de Adviesraad. Bij wie kan ik me daarvoor melden?"},
    {"id": "d4-oth-27", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "doorgestuurd",
     "body": "Van mijn kant deze keer geen onderwerpen, ik laat het aan de collega's.\n\nEvert"},
    {"id": "d4-oth-28", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "apple",
     "body": "Bedankt voor de bevestiging!"},
    {"id": "d4-oth-29", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "I have no specific topics at the moment, but I look forward to the programme."},
    {"id": "d4-oth-30", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "Klopt het dat het atelier van 11 maart naar een andere locatie gaat? Dat hoorde ik van een collega."},
    # -- sign-ups and confirmations ----------------------------------------------------------------------------
    {"id": "d4-sub-01", "kind": "subscribe", "subject": "Aanmelding lidmaatschap",
     "sender": "Ingrid Boer <i.boer@werkorganisatie-hvb.nl>",
     "body": "Goedemorgen,\n\nHierbij meld ik namens onze nieuwe algemeen directeur de heer R. Smits aan als lid "
             "van het netwerk. Zijn e-mailadres is r.smits@werkorganisatie-hvb.nl.\n\nMet vriendelijke groet,\n"
             "Ingrid Boer\nBestuurssecretariaat"},
    {"id": "d4-sub-02", "kind": "subscribe", "subject": "Join the network",
     "body": "Hi, I'd like to join the network of directors. I recently became director of a joint civil service "
             "in Zeeland.\n\nCheers,\nEmma Vos"},
    {"id": "d4-sub-03", "kind": "subscribe", "subject": "Uitnodigingen ateliers",
     "body": "Beste secretariaat,\n\nSinds januari ben ik algemeen directeur van de werkorganisatie Tynaarlo-"
             "Noordenveld. Ik ontvang graag voortaan de uitnodigingen van het netwerk.\n\nGroet,\nHarm Wolters"},
    {"id": "d4-sub-04", "kind": "subscribe", "subject": "Formulier aanmelden",
     "body": "Voornaam: Esther\nAchternaam: van Leeuwen\nFunctie: directeur\nOrganisatie: Werkorganisatie "
             "Utrechtse Heuvelrug-Zeist\nE-mailadres: e.vanleeuwen@wuhz.nl\nWaarom wilt u lid worden: "
             "kennis delen met collega's"},
    {"id": "d4-sub-05", "kind": "subscribe", "subject": "lid worden",
     "body": "graag lid wordn van het netwerk, groet Ronald" + MOBIEL},
    {"id": "d4-sub-06", "kind": "subscribe", "subject": "Opvolger van Gerard Mol",
     "body": "Beste Stan en Melanie,\n\nIk ben de opvolger van Gerard Mol als directeur van de werkorganisatie. "
             "Hij zei dat ik me bij jullie kon melden: zet u mij op de ledenlijst?\n\nHartelijke groet,\nSandra "
             "Kok"},
    {"id": "d4-sub-07", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-en",
     "body": "Ik heb me te vroeg afgemeld: mijn vertrek gaat niet door. Wilt u mij weer als lid inschrijven?"},
    {"id": "d4-sub-08", "kind": "subscribe", "subject": "Aanmelding",
     "body": "Geachte heer, mevrouw,\n\nVia een collega hoorde ik van het netwerk. Ik wil me er graag bij "
             "aansluiten.\n\nMet vriendelijke groet,\nM. Yilmaz\nDirecteur Werkorganisatie Twenterand-Hellendoorn"
             + SERVICEPUNT},
    {"id": "d4-con-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "body": "Ja, dat klopt, ik wil lid worden."},
    {"id": "d4-con-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "body": "Yes, I confirm my registration. Looking forward to it."},
    {"id": "d4-con-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
     "body": "Ingrid heeft me aangemeld en dat is goed zo. Hierbij bevestig ik het.\n\nRoel Smits"},
    # -- leaving, erasure, hand-over -------------------------------------------------------------------------
    {"id": "d4-uns-01", "kind": "unsubscribe", "erase": False, "subject": "Afmelden",
     "body": "Wilt u mij afmelden voor het netwerk? Per 1 april ga ik met pensioen.\n\nHartelijke groet,\nJan"},
    {"id": "d4-uns-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Geen onderwerpen van mijn kant: ik stop per 1 maart als directeur en meld me daarom af voor het "
             "netwerk."},
    {"id": "d4-uns-03", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Ik kom niet, en ik wil ook graag van de ledenlijst af. Het netwerk past niet meer bij mijn "
             "huidige functie."},
    {"id": "d4-uns-04", "kind": "unsubscribe", "erase": True, "subject": "Verzoek tot verwijdering gegevens",
     "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te "
             "wissen en mij geen berichten meer te sturen.\n\nHoogachtend,\nP. Brinkman"},
    {"id": "d4-uns-05", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Ik kom niet. Daarnaast wil ik dat u mijn gegevens volledig uit uw administratie verwijdert."},
    {"id": "d4-uns-06", "kind": "unsubscribe", "subject": "Vertrek en opvolging",
     "body": "Beste Melanie,\n\nPer 1 mei vertrek ik naar de provincie. Mijn opvolger is Bas Willems "
             "(b.willems@werkorganisatie-dal.nl). Wilt u hem in mijn plaats op de lijst zetten en mij eraf "
             "halen?\n\nGroet, Ingeborg"},
    {"id": "d4-uns-07", "kind": "unsubscribe", "subject": "Change of director",
     "body": "Dear Stan,\n\nI am leaving the organisation at the end of this month. Please remove me from the "
             "list and add my successor, Noor Visser (noor.visser@werkorganisatie-sb.nl).\n\nAll the best,\n"
             "Peter"},
    {"id": "d4-uns-08", "kind": "unsubscribe", "erase": False, "subject": "mailing list",
     "body": "Please take me off your mailing list. Thank you."},
    {"id": "d4-uns-09", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom", "quote": "notes",
     "body": "Dit is toch niet wat ik zocht. Meldt u mij maar weer af."},
    {"id": "d4-uns-10", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "Ik houd het voor gezien bij het netwerk, dus donderdag ben ik er ook niet bij. Haal mij maar van de "
             "lijst."},
    {"id": "d4-uns-11", "kind": "unsubscribe", "erase": False, "subject": "Uitschrijven dhr. Post",
     "sender": "Directiesecretariaat <directiesecretariaat@werkorganisatie-oost.nl>",
     "body": "Goedemiddag,\n\nWilt u de heer Post uitschrijven voor het netwerk? Hij is per 1 februari uit "
             "dienst.\n\nMet vriendelijke groet,\nDirectiesecretariaat"},
    # -- auto-replies ------------------------------------------------------------------------------------------
    {"id": "d4-auto-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben tot en met 15 januari met vakantie. Uw bericht wordt niet doorgestuurd. Voor dringende zaken "
             "kunt u bellen met 14 0488."},
    {"id": "d4-auto-02", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig",
     "body": "Dank voor uw bericht. Ik ben afwezig tot maandag 8 maart en lees mijn mail daarna."},
    {"id": "d4-auto-03", "kind": "autoreply", "headers": {"X-Autoreply": "yes"},
     "subject": "Out of Office: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "I am out of the office until 12 March with limited access to email. For urgent matters, please "
             "contact my assistant at secretariaat@werkorganisatie-zw.nl."},
    {"id": "d4-auto-04", "kind": "autoreply",
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Vanwege verlof ben ik afwezig tot 22 maart. Uw e-mail wordt niet automatisch doorgestuurd. In "
             "dringende gevallen kunt u contact opnemen met het secretariaat van de directie."},
    {"id": "d4-auto-05", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Bedankt voor uw e-mail. Ik ben momenteel afwezig en vanaf 15 maart weer bereikbaar."},
    {"id": "d4-auto-06", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier",
     "body": "Dit e-mailadres is niet meer in gebruik. Mevrouw De Jong is niet langer werkzaam bij de gemeente. "
             "Uw bericht is niet doorgestuurd; stuur uw e-mail naar info@gemeente-ol.nl."},
    {"id": "d4-auto-07", "kind": "autoreply", "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "body": "Thank you for your message. I am currently on leave and will respond after my return on 4 "
             "February."},
    {"id": "d4-auto-08", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Afwezigheidsbericht",
     "body": "Ik ben afwezig in verband met een cursus. Vanaf woensdag ben ik weer aanwezig. Wilt u zich afmelden "
             "voor een bijeenkomst van de gemeente, mail dan naar evenementen@gemeente-ol.nl."},
]
# fmt: on
