"""The second held-out set (issue 17): written apart, after the second-generation classifier, never tuned on.

Written from what directors, management assistants, suppliers, auto-responders and calendar services write,
without reading the classifier's code or its phrase lists, so that it measures how far the classifier generalises.
Only its totals are read (tests/classify/test_heldout.py, bench/classify.py); never tune on a case here: to tune,
write new cases of the same class of failure in devset/. The format is described in tests/classify/labelled.py.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

# Signatures as municipal mail servers append them (words like "verwijderen" and "afmelden" in them are not the
# writer's request).
DISCLAIMER = (
    "\n\n--\nDit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, "
    "wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Aan dit bericht "
    "kunnen geen rechten worden ontleend."
)
MILIEU = "\n\nDenk aan het milieu voordat u deze e-mail print."
ENGLISH_DISCLAIMER = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- sign-ups -------------------------------------------------------------------------------------------
    {"id": "h2-sub-01", "kind": "subscribe", "subject": "Aanmelding Netwerk directeuren",
     "body": "Geachte heer, mevrouw,\n\nMet ingang van 1 april ben ik benoemd tot algemeen directeur van de "
             "Werkorganisatie Borsele-Reimerswaal. Graag word ik lid van uw netwerk.\n\nHoogachtend,\n\n"
             "mr. C.W. (Carla) Verbeek\nAlgemeen directeur" + DISCLAIMER},
    {"id": "h2-sub-02", "kind": "subscribe", "subject": "aanmeldformulier",
     "body": "Voornaam: Ruben\nAchternaam: Hofstede\nOrganisatie: Ambtelijke organisatie Kempengemeenten\n"
             "Functie: directeur bedrijfsvoering\nE-mailadres: r.hofstede@kempengemeenten.nl\nTelefoon: 040 208 "
             "8000"},
    {"id": "h2-sub-03", "kind": "subscribe", "subject": "Netwerk",
     "body": "Hoi Melanie,\n\nLeuk je gisteren te spreken op het congres! Zoals besproken: zet je mij op de lijst "
             "voor het netwerk?\n\nGr. Joris"},
    {"id": "h2-sub-04", "kind": "subscribe", "subject": "Request to join",
     "body": "Good morning,\n\nI recently started as managing director of a shared service organisation for three "
             "municipalities and was told about your network. I would very much like to become a member.\n\n"
             "Best regards,\nDaniel Okafor" + ENGLISH_DISCLAIMER},
    {"id": "h2-sub-05", "kind": "subscribe", "subject": "aanmelding netwerk dhr. Van Leeuwen",
     "body": "Goedemiddag,\n\nIk ben de managementassistent van de heer P. van Leeuwen, directeur van de "
             "Werkorganisatie De Wolden Hoogeveen. Hij wil graag aansluiten bij het netwerk; zijn mailadres is "
             "p.vanleeuwen@dewoldenhoogeveen.nl.\n\nMet vriendelijke groet,\n\nGerda Boerema\n"
             "Managementassistent directie" + MILIEU},
    {"id": "h2-sub-06", "kind": "subscribe", "subject": "graag aanmelden",
     "body": "hallo, ik wil me graag aanmelden voor het netwerk van directueren. ben sinds kort directuer bij de "
             "GR. gr marloes"},
    {"id": "h2-sub-07", "kind": "subscribe", "subject": "Uitnodigingen ontvangen",
     "body": "Beste secretariaat,\n\nMijn voorganger ontving altijd jullie uitnodigingen voor de ateliers. Graag "
             "ontvang ik die voortaan zelf.\n\nGroet,\nHarm Jonker\nDirecteur Werkorganisatie Súdwest"},
    {"id": "h2-sub-08", "kind": "subscribe", "subject": "FW: Leer- en inspireer-atelier",
     "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "body": "Beste mensen,\n\nIk kreeg deze uitnodiging van een collega. Ik ben nog geen lid, maar wil graag bij "
             "het netwerk horen. Kunt u mij toevoegen?\n\nMvg,\nIngrid Pauwels"},
    {"id": "h2-sub-09", "kind": "subscribe", "subject": "Aanmelding",
     "body": "Goedemorgen,\n\nHierbij meld ik mij aan.\n\nNaam: ir. T. (Thijs) Brouwer\nOrganisatie: Servicecentrum "
             "MER\nFunctie: directeur\n\nMet vriendelijke groet,\nThijs Brouwer" + DISCLAIMER},
    {"id": "h2-sub-10", "kind": "subscribe", "subject": "Sign me up",
     "body": "Hi there, could you add me to the directors' network? I'm the new director at Werkorganisatie "
             "Wijdemeren. Cheers, Emma"},
    {"id": "h2-sub-11", "kind": "subscribe", "subject": "Lid worden",
     "body": "Beste,\n\nIk hoorde van een collega-directeur over het netwerk en de ateliers. Daar wil ik graag ook bij "
             "zijn; kunt u mij als lid inschrijven?\n\nVriendelijke groeten,\nSamira Bakkali"},
    {"id": "h2-sub-12", "kind": "subscribe", "subject": "Aanmelding collega",
     "body": "Dag Stan,\n\nOnze nieuwe directeur sociaal domein, Vera Lambrechts, begint per 1 mei. Wil je haar "
             "ook aanmelden voor het netwerk? v.lambrechts@ddz.nl\n\nGroet,\nOlaf"},
    {"id": "h2-sub-13", "kind": "subscribe", "subject": "",
     "body": "Ik wil ook graag op de hoogte blijven van het netwerk en de bijeenkomsten. Groet, Anke Visser"},
    # -- confirmations ---------------------------------------------------------------------------------------
    {"id": "h2-con-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "body": "Ja, dat klopt. Bedankt!"},
    {"id": "h2-con-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
     "body": "Akkoord.\n\nMet vriendelijke groet,\nH. Dijkstra" + DISCLAIMER},
    {"id": "h2-con-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "body": "Sorry, vergeten te reageren. Bij deze bevestig ik mijn aanmelding."},
    {"id": "h2-con-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Confirmed, thank you."},
    {"id": "h2-con-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "Met vriendelijke groet,\n\nPieter-Jan de Rooij\nDirecteur Werkorganisatie Oostzaan-Wormerland"},
    {"id": "h2-con-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "body": "Ja hoor, ik wil graag lid worden."},
    {"id": "h2-con-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
     "body": "Hierbij bevestigd namens mevrouw Kok.\n\nGroet, Tanja (secretariaat)"},
    # -- leaving, erasure, hand-over, denial -----------------------------------------------------------------
    {"id": "h2-uns-01", "kind": "unsubscribe", "erase": False, "subject": "Afmelden netwerk",
     "body": "Beste Stan en Melanie,\n\nPer 1 juni ga ik met vervroegd pensioen. Wilt u mij daarom afmelden voor het "
             "netwerk? Ik heb de ateliers altijd zeer gewaardeerd.\n\nHartelijke groet,\nBen Wolters" + DISCLAIMER},
    {"id": "h2-uns-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "body": "Geen onderwerpen van mij: ik ben vertrokken bij de gemeente. Haal me maar van de "
                               "lijst.\n\nGroet, Koen"},
    {"id": "h2-uns-03", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "body": "Ik kom niet, en eerlijk gezegd wil ik helemaal geen lid meer zijn. Graag "
                               "uitschrijven."},
    {"id": "h2-uns-04", "kind": "unsubscribe", "erase": False, "subject": "Unsubscribe",
     "body": "Please remove my address from your mailing list. I no longer work for the municipality.\n\nRegards,\n"
             "J. Peeters" + ENGLISH_DISCLAIMER},
    {"id": "h2-uns-05", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "body": "Ik stop met het netwerk, dus deze herinneringen hoeven niet meer."},
    {"id": "h2-uns-06", "kind": "unsubscribe", "erase": False, "subject": "opzegging",
     "body": "Hierbij zeg ik per direct mijn lidmaatschap van het directeurennetwerk op.\n\nmvg\nR. Smulders"},
    {"id": "h2-uns-07", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple", "body": "Dank voor de middag, maar het was mijn laatste keer: ik neem afscheid van het "
                               "netwerk. Wilt u mij van de verzendlijst halen?"},
    {"id": "h2-uns-08", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "body": "Ik heb me vergist, ik wil toch geen lid worden. Kunt u mij weer afmelden?"},
    {"id": "h2-uns-09", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Sorry, I won't attend. Please also take me off the network's list, I am moving "
                                    "to a job in the private sector."},
    {"id": "h2-uns-10", "kind": "unsubscribe", "erase": False, "subject": "geen mail meer",
     "body": "wil geen mails meer ontvangen van dit netwerk. bedankt"},
    {"id": "h2-avg-01", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Ik kom niet. Daarnaast verzoek ik u op grond van de AVG al mijn gegevens uit uw "
                               "bestanden te wissen."},
    {"id": "h2-avg-02", "kind": "unsubscribe", "erase": True, "subject": "Verzoek tot verwijdering persoonsgegevens",
     "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 AVG verzoek ik u mijn persoonsgegevens te "
             "verwijderen en mij geen berichten meer te sturen.\n\nHoogachtend,\nL.M. Brink"},
    {"id": "h2-avg-03", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "Ik wil niet meer gemaild worden en wil ook dat u mijn naam en adres volledig "
                                    "uit uw systeem verwijdert."},
    {"id": "h2-hand-01", "kind": "unsubscribe", "subject": "Wisseling directeur",
     "body": "Beste secretariaat,\n\nPer 1 april stop ik als directeur. Mijn opvolger is Michiel Claes, "
             "m.claes@werkorganisatie-bbl.nl. Wilt u hem voortaan uitnodigen in plaats van mij?\n\nGroet,\n"
             "Hanneke Vos"},
    {"id": "h2-hand-02", "kind": "unsubscribe", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Ik ben inmiddels vertrokken bij de werkorganisatie. Mijn plaats in het netwerk wordt ingenomen door "
             "mijn opvolger, Lotte Gerritsen (l.gerritsen@odbn.nl)."},
    {"id": "h2-deny-01", "kind": "unsubscribe", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "body": "Ik heb me nergens voor aangemeld. Iemand heeft mijn adres gebruikt."},
    {"id": "h2-deny-02", "kind": "unsubscribe", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "body": "I never signed up for this."},
    # -- RSVP: yes -------------------------------------------------------------------------------------------
    {"id": "h2-yes-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Beste Stan,\n\nDank voor de uitnodiging, daar ben ik bij.\n\nGroet,\nJeroen"
                                    + DISCLAIMER},
    {"id": "h2-yes-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Je kunt op mij rekenen!"},
    {"id": "h2-yes-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Ik kom, maar door een raadsvergadering in de ochtend ben ik er pas om 15.00 uur."},
    {"id": "h2-yes-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "body": "Ja, ik kom. Ik neem mijn plaatsvervanger Wendy Kramer en onze strateeg Youssef "
                               "Amrani mee."},
    {"id": "h2-yes-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Count me in. See you in Utrecht!"},
    {"id": "h2-yes-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "body": "Goed nieuws: de raadsvergadering is verplaatst, dus ik kom toch."},
    {"id": "h2-yes-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple", "body": "Dank, ik ga graag in de plaats van Dirk."},
    {"id": "h2-yes-08", "kind": "rsvp", "attending": True, "subject": "Inschrijving atelier 11 maart",
     "body": "Goedemiddag,\n\nGraag schrijf ik mij in voor het Leer- en inspireer-atelier op donderdag 11 maart in "
             "Utrecht.\n\nMet vriendelijke groet,\nNienke Dekker"},
    {"id": "h2-yes-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Namens mevrouw De Haan laat ik weten dat zij graag aanwezig is. Zij komt "
                                      "alleen.\n\nMet vriendelijke groet,\nMonique\nSecretariaat directie"},
    {"id": "h2-yes-10", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "body": "Staat in mijn agenda, ik kom."},
    {"id": "h2-yes-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "body": "Graag! Wij komen met z'n tweeën: ikzelf en mijn adjunct-directeur."},
    {"id": "h2-yes-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ja ik kom\n\nVerstuurd vanaf mijn iPhone"},
    {"id": "h2-yes-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "Ja, ik kom graag."},
    {"id": "h2-yes-14", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Marieke de Vries-Ölçer heeft deze uitnodiging geaccepteerd."},
    {"id": "h2-yes-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "body": "Beste secretariaat, de directeur heeft aangegeven dat ze komt. Kunt u haar "
                                      "noteren?\n\nGroet, Anja"},
    {"id": "h2-yes-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ik zou het niet willen missen. Tot de 11e!"},
    {"id": "h2-yes-17", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: Uitnodiging atelier",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJazeker.\n\n> Neemt u "
             "iemand mee, vermeld dan met hoeveel personen u komt.\n\n1 collega, dus 2 personen."},
    {"id": "h2-yes-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Yes, I will attend. I may join a bit later, around 2.30 pm."},
    # -- RSVP: no --------------------------------------------------------------------------------------------
    {"id": "h2-no-01", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Beste Melanie,\n\nHelaas kan ik er op 11 maart niet bij zijn vanwege een "
                                    "bestuurlijk overleg in de regio. Ik hoop op een volgende keer.\n\nHartelijke "
                                    "groet,\nFleur" + DISCLAIMER},
    {"id": "h2-no-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Moet helaas verstek laten gaan."},
    {"id": "h2-no-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "body": "Ik kan toch niet, haal me maar van de wachtlijst."},
    {"id": "h2-no-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "body": "Ik had gezegd dat ik voor Dirk zou gaan, maar het lukt mij nu ook niet. Sorry!"},
    {"id": "h2-no-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Unfortunately I'm unable to make it on the 11th. Please keep me posted on the "
                                    "next one."},
    {"id": "h2-no-06", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "body": "Ik ben ziek geworden en kan morgen helaas niet komen."},
    {"id": "h2-no-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Nee helaas. Zelf kan ik niet, maar mijn collega Bas Hermans "
                                   "(b.hermans@werkorganisatie-cgm.nl) komt graag in mijn plaats."},
    {"id": "h2-no-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Kan niet, zit die week in Lissabon.\n\nVerzonden vanaf mijn iPad"},
    {"id": "h2-no-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Namens de heer Bakker: hij is op 11 maart helaas verhinderd.\n\nMet "
                                      "vriendelijke groet,\nEsther Kuiper\nManagementondersteuning"},
    {"id": "h2-no-10", "kind": "rsvp", "attending": False, "subject": "Afzeggen atelier",
     "body": "Goedemorgen, ik had me opgegeven voor het atelier van 11 maart maar moet helaas afzeggen. Groet, Rik"},
    {"id": "h2-no-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ik sla deze keer over; lid blijf ik uiteraard."},
    {"id": "h2-no-12", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Invitation declined: Leer- en inspireer-atelier @ Thu 11 Mar 2027 14:00 - 17:30 (CET)",
     "body": "Saskia Mertens has declined this invitation."},
    {"id": "h2-no-13", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: Uitnodiging atelier",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\nNee, helaas. Die middag "
             "heb ik een MT-heidag.\n> Kunt u zelf niet, maar komt een collega in uw plaats?\nNee."},
    {"id": "h2-no-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "body": "Past helaas niet in mijn agenda. Succes met de middag!"},
    # -- suggestions -----------------------------------------------------------------------------------------
    {"id": "h2-sug-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "Beste Stan,\n\nMijn onderwerp: hoe houden we de bedrijfsvoering betaalbaar "
                                    "nu de gemeentefondsuitkering daalt?\n\nGroet,\nAstrid" + DISCLAIMER},
    {"id": "h2-sug-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "body": "Wat doe je als één van de deelnemende gemeenten uit de samenwerking wil stappen?"},
    {"id": "h2-sug-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "body": "Hoe krijgen we de wachttijden aan de telefoon voor inwoners omlaag?"},
    {"id": "h2-sug-04", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "body": "Ik zou graag praten over een langetermijnvisie: waar staat onze werkorganisatie "
                               "over tien jaar?"},
    {"id": "h2-sug-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "body": "Digitalisering van onze werkprocessen, en dan vooral zaakgericht werken."},
    {"id": "h2-sug-06", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Twee onderwerpen:\n- de verhouding met onze deelnemende gemeenten\n- de inrichting van de "
             "organisatiestructuur na de evaluatie"},
    {"id": "h2-sug-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl", "body": "Voor de volgende keer: hoe monitoren we de prestaties van onze dienstverlening "
                                    "aan ondernemers?"},
    {"id": "h2-sug-08", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "body": "Suggestion: how to set long-term strategic priorities together with four "
                                    "different boards."},
    {"id": "h2-sug-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "body": "Het werven en vasthouden van jonge medewerkers op een krappe arbeidsmarkt."},
    {"id": "h2-sug-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote", "body": "Onze positie in de regio: hoe verhouden we ons tot de centrumgemeente?"},
    {"id": "h2-sug-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "Een onderwerp dat bij ons speelt: innovatie in de dienstverlening aan "
                                    "inwoners, bijvoorbeeld chatbots en een digitaal loket. Strategie laat ik graag "
                                    "aan anderen over."},
    {"id": "h2-sug-12", "kind": "suggestion", "themes": ["organisatie"], "subject": "Idee voor atelier",
     "body": "Beste Melanie,\n\nEen idee voor een volgend atelier: het sturingsconcept van de werkorganisatie. Werken "
             "jullie met integrale teams of met een directiemodel per domein?\n\nGroet,\nWouter"},
    {"id": "h2-sug-13", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail", "body": "Mooie middag! Mijn voorstel voor de volgende keer: de bestuurlijke prioriteiten "
                               "voor de nieuwe raadsperiode en hoe je daar als directie op anticipeert."},
    {"id": "h2-sug-14", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "1. Informatievoorziening en I&A op orde\n2. De kwaliteit van onze dienstverlening aan instellingen"},
    {"id": "h2-sug-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd", "body": "Stan, de directeur vraagt mij haar onderwerp door te geven: de gezamenlijke "
                                      "opgaven van de drie gemeenten op het gebied van wonen.\n\nGroet, Anja"},
    {"id": "h2-sug-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "financien op orde krijgen na de fusie, onze begroting is nog steeds niet "
                                    "sluitend"},
    {"id": "h2-sug-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "body": "Better digital services for residents and businesses."},
    {"id": "h2-sug-18", "kind": "suggestion", "themes": ["strategie"], "thread": T, "subject": "RE: Welke thema's",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nDe inhoudelijke agenda van de directie voor de komende jaren.\n\n> Beantwoord "
             "deze e-mail met uw onderwerpen, graag vóór 21 januari 2027."},
    {"id": "h2-sug-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "Belangen van de kleine gemeente tegenover die van de grote: hoe houd je de "
                                    "balans in de samenwerking?"},
    {"id": "h2-sug-20", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "body": "Hybride werken en de gevolgen voor huisvesting en teamcultuur."},
    # -- questions, pitches and other matters for a person ---------------------------------------------------
    {"id": "h2-oth-01", "kind": "other", "subject": "Vraag over deelname",
     "body": "Goedemiddag,\n\nKunnen ook clustermanagers of afdelingshoofden deelnemen aan het netwerk, of is het "
             "alleen voor directeuren?\n\nGroet,\nMarieke"},
    {"id": "h2-oth-02", "kind": "other", "subject": "Adviesraad",
     "body": "Beste Stan,\n\nIn de nieuwsbrief las ik dat er een plek vrijkomt in de Adviesraad. Ik stel mij daarvoor "
             "graag beschikbaar.\n\nGroet,\nErik Noordhuis"},
    {"id": "h2-oth-03", "kind": "other", "subject": "Samenwerking: training voor directies",
     "body": "Geachte heer Van de Laar,\n\nOns bureau verzorgt leiderschapsprogramma's voor directies van "
             "gemeenten. Graag verzorgen wij een inleiding tijdens een van uw ateliers. Mag ik u bellen om dit "
             "toe te lichten?\n\nMet vriendelijke groet,\nDennis Willemse\nPartner, Verbindend Leiderschap BV"},
    {"id": "h2-oth-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Is er na afloop nog een borrel? Dan plan ik mijn trein wat later."},
    {"id": "h2-oth-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Ik weet het nog niet, het hangt af van een raadsvergadering. Ik laat het uiterlijk vrijdag weten."},
    {"id": "h2-oth-06", "kind": "other", "subject": "Nieuw e-mailadres",
     "body": "Beste secretariaat,\n\nOnze organisatie krijgt een nieuw domein. Vanaf 1 april is mijn adres "
             "a.wouters@samenwerkingkromstroom.nl. Wilt u dit aanpassen?\n\nGroet,\nAnnemiek Wouters"},
    {"id": "h2-oth-07", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "body": "Dank voor het warme welkom! Ik kijk uit naar het eerste atelier."},
    {"id": "h2-oth-08", "kind": "other", "subject": "Question",
     "body": "Hello, is the network also open to directors of Belgian intermunicipal organisations?"},
    {"id": "h2-oth-09", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Dank voor het verslag. Mag ik de presentatie van de spreker ook ontvangen?"},
    {"id": "h2-oth-10", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "body": "Ik heb zo snel geen onderwerp, maar ik denk er graag over na."},
    {"id": "h2-oth-11", "kind": "other", "subject": "Factuur",
     "body": "Goedemorgen, onze crediteurenadministratie vraagt om een factuur met ons inkoopordernummer "
             "4500123456. Kunt u die sturen?\n\nMvg,\nPetra, financiële administratie"},
    {"id": "h2-oth-12", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "body": "Voordat ik bevestig: wat wordt er precies van leden verwacht?"},
    {"id": "h2-oth-13", "kind": "other", "subject": "Locatie volgend atelier",
     "body": "Beste Stan, wij bieden graag ons nieuwe gemeentehuis aan als locatie voor een van de volgende "
             "ateliers. Laat maar weten of dat interessant is. Groet, Gijs"},
    {"id": "h2-oth-14", "kind": "other", "subject": "afmelden?",
     "body": "Hoe kan ik mij afmelden voor alleen de herinneringen? De uitnodigingen wil ik wel blijven ontvangen."},
    {"id": "h2-oth-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "Will the session be in Dutch? My Dutch is limited."},
    # -- machines --------------------------------------------------------------------------------------------
    {"id": "h2-auto-01", "kind": "autoreply", "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "body": "Bedankt voor uw bericht. Ik ben tot en met 12 maart met verlof. Uw e-mail wordt niet doorgestuurd; "
             "voor dringende zaken kunt u terecht bij het secretariaat directie, 0570 69 39 11." + DISCLAIMER},
    {"id": "h2-auto-02", "kind": "autoreply", "subject": "Afwezig", "headers": {"Precedence": "bulk"},
     "body": "Tot en met vrijdag 26 februari ben ik niet aanwezig. Voor spoedeisende zaken kunt u contact opnemen met "
             "mijn collega Ilse Brands."},
    {"id": "h2-auto-03", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "body": "I am currently out of the office with no access to email. I will respond to your message upon my "
             "return on 1 March."},
    {"id": "h2-auto-04", "kind": "autoreply", "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier",
     "body": "Dank voor uw e-mail. Mijn werkdagen zijn maandag, dinsdag en donderdag. Ik reageer op de eerstvolgende "
             "werkdag."},
    {"id": "h2-auto-05", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "subject": "Uw bericht is ontvangen [Zaaknummer Z-2027-004512]",
     "body": "Geachte afzender,\n\nUw e-mail is in goede orde ontvangen en geregistreerd onder zaaknummer "
             "Z-2027-004512. Wij nemen binnen vijf werkdagen contact met u op.\n\nMet vriendelijke groet,\n"
             "Gemeente Oosterhout, Klantcontactcentrum"},
    {"id": "h2-auto-06", "kind": "autoreply", "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "Ik ben afwezig tot 25 januari. / I am out of office until January 25."},
    {"id": "h2-auto-07", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier",
     "body": "Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet gelezen. Stuur uw e-mail naar "
             "info@werkorganisatie-hlt.nl."},
    # -- mixed intents and harder threads --------------------------------------------------------------------
    {"id": "h2-mix-01", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Ik kan niet komen. Sterker nog: ik stop met het netwerk, want ik ga de "
                                   "gemeentelijke wereld verlaten. Bedankt voor alles."},
    {"id": "h2-mix-02", "kind": "suggestion", "themes": ["dienstverlening"], "quoted": "vervolg_atelier",
     "quote": "outlook-lijn", "body": "Ik was erbij en vond het waardevol. Als onderwerp voor het volgende atelier "
                                      "stel ik voor: de klanttevredenheid over onze vergunningverlening."},
    {"id": "h2-mix-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ik kom graag. Fijn dat het weer in Utrecht is, dat scheelt reistijd."},
    {"id": "h2-mix-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "body": "Hoi Ruud, is dit iets voor jou? Laat maar weten."},
    {"id": "h2-mix-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Helaas niet deze keer. Een suggestie voor de toekomst: iets over inkoop."},
    {"id": "h2-mix-06", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "body": "Ik kom niet en wil ook niet meer benaderd worden. Verwijder al mijn gegevens "
                                    "uit uw administratie, conform de AVG."},
    {"id": "h2-mix-07", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Wordt het atelier in maart ook online uitgezonden? Dan kan mijn adjunct meekijken."},
    {"id": "h2-mix-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "body": "Ik meld me aan, samen met mijn collega Joost Bakker als gast."},
    {"id": "h2-mix-09", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "body": "Please unsubscribe me, I have retired. Good luck with the next session."},
    {"id": "h2-mix-10", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "body": "Ik had nog niet gereageerd, maar ik kom!"},
    {"id": "h2-mix-11", "kind": "other", "subject": "Klacht",
     "body": "Ik heb mij drie weken geleden afgemeld en krijg nog steeds uw mails. Hoe kan dat?"},
    {"id": "h2-mix-12", "kind": "subscribe", "subject": "RE: Welke thema's wilt u bespreken?",
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "body": "Ik ben nieuw als directeur en zag deze mail via mijn voorganger. Graag meld ik mij aan als lid; "
             "onderwerpen volgen later."},
]
# fmt: on
