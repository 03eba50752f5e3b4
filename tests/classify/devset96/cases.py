"""devset96: consequential acts and their look-alikes.

About half of the set are real acts in varied words: leaving the network (one word, a long apologetic mail, English,
a reply under any of our mails), AVG erasure with and without the word AVG, a hand-over to a named successor with an
address, a plain denial under our confirmation request, and a confirmation (one word, an empty reply, "klopt").
The other half look like such acts but must go to a person or are another kind: leaving only the atelier or the
waiting list, leaving another list or newsletter, questions about leaving, a leave on a condition, a colleague's
leave reported, a leave for someone else, a denial that asks where we got the address, a confirmation for someone
who is not the addressee, "ik wil NIET afgemeld worden", a leave taken back in the same mail, jokes, and
out-of-office replies that mention "afmelden".

Conventions relied on (the secretariat's view):
- A plain denial under our confirmation mail ("ik heb me niet aangemeld", "dit was ik niet"): `unsubscribe`. A denial
  that asks where we got the address: `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- An answer for someone else in a NEW mail: `other`.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- leaving the network: unsubscribe
    {
        "id": "d96-unsub-01", "kind": "unsubscribe", "erase": False,
        "sender": "Bas Terpstra <basterpstra@gmail.com>", "subject": "Afmelden",
        "body": "Afmelden",
    },
    {
        "id": "d96-unsub-02", "kind": "unsubscribe", "erase": False,
        "sender": "B. Mulderij <b.mulderij@werkorganisatie-hbm.nl>", "subject": "",
        "body": "uitschrijven graag\n\ngr. Bert",
    },
    {
        "id": "d96-unsub-03", "kind": "unsubscribe", "erase": False,
        "sender": "Gerda Hoekstra <g.hoekstra@werkorganisatie-nof.nl>", "subject": "Afscheid van het netwerk",
        "body": (
            "Beste Stan, beste Melanie,\n\n"
            "Het kost me eerlijk gezegd wat moeite om deze mail te schrijven. Ik heb de afgelopen jaren met veel\n"
            "plezier de ateliers bezocht en er meer van opgestoken dan van menige leergang. Toch merk ik dat ik het\n"
            "naast de reorganisatie hier en alle bestuurlijke drukte niet meer kan opbrengen. De laatste twee keer\n"
            "moest ik op het laatste moment afzeggen, en dat vind ik tegenover jullie en de collega's niet netjes.\n\n"
            "Na lang wikken heb ik daarom besloten mijn lidmaatschap van het netwerk op te zeggen. Willen jullie mij\n"
            "van de ledenlijst halen? Excuses voor de moeite, en nogmaals veel dank voor alles wat jullie hebben\n"
            "georganiseerd.\n\n"
            "Hartelijke groet,\n\nGerda Hoekstra\nAlgemeen directeur\nWerkorganisatie Noordoost"
        ),
    },
    {
        "id": "d96-unsub-04", "kind": "unsubscribe", "erase": False,
        "sender": "Mark Jennings <mark.jennings@outlook.com>", "subject": "Mailing list",
        "body": (
            "Hi,\n\nPlease take me off your mailing list - I left local government last autumn and these invitations\n"
            "are no longer relevant to me.\n\nKind regards,\nMark Jennings"
        ),
    },
    {
        "id": "d96-unsub-05", "kind": "unsubscribe", "erase": False,
        "sender": "Wim de Haan <w.dehaan@gemeente-kampen-oost.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": (
            "Goedemorgen,\n\nGraag afmelden voor het netwerk; per 1 april ga ik met pensioen. Op 11 maart ben ik er\n"
            "dus ook niet bij.\n\nMet vriendelijke groet,\nWim de Haan"
        ),
    },
    {
        "id": "d96-unsub-06", "kind": "unsubscribe", "erase": False,
        "sender": "Ingrid Smeets <ingrid.smeets@werkorganisatie-zuidkempen.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "body": "Wilt u mij van uw mailinglijst halen? Ik heb geen tijd meer voor het netwerk.\n\nIngrid Smeets",
    },
    {
        "id": "d96-unsub-07", "kind": "unsubscribe", "erase": False,
        "sender": "Ronald Veenstra <r.veenstra@odw-gemeenten.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "body": (
            "Dank voor het verslag. Ik stop ermee: dit was mijn laatste atelier, want ik vertrek bij de\n"
            "werkorganisatie. Meldt u mij dus af als lid?\n\nGroet,\nRonald"
        ),
    },
    {
        "id": "d96-unsub-08", "kind": "unsubscribe",
        "sender": "J. Kuipers <j.kuipers@gemeenten-aam.nl>", "subject": "ledenbestand",
        "body": "Schrap mijn naam uit het ledenbestand van het netwerk, s.v.p.\n\nMet dank,\nJ. Kuipers",
    },
    {
        "id": "d96-unsub-09", "kind": "unsubscribe", "erase": False,
        "sender": "Annelies Brink <a.brink@werkorganisatie-bvo.nl>",
        "thread": "welcome", "quoted": "welkom", "quote": "notes",
        "body": (
            "Na nader inzien trek ik mijn lidmaatschap in. Het was een wat impulsieve aanmelding na een congres;\n"
            "excuus voor de moeite.\n\nAnnelies Brink"
        ),
    },
    {
        "id": "d96-unsub-10", "kind": "unsubscribe", "erase": False,
        "sender": "Theo Lammers <t.lammers@gr-westbetuwe-regio.nl>",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "groupwise",
        "body": "Dit is al de tweede keer dat het niet doorgaat. Ik meld me af voor het netwerk.\n\nT. Lammers",
    },
    {
        "id": "d96-unsub-11", "kind": "unsubscribe", "erase": False,
        "sender": "Sanne Oosterhuis <s.oosterhuis@werkorganisatie-ggb.nl>",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-en",
        "body": (
            "Please unsubscribe me. I've moved to a position in the private sector, so the network no longer\n"
            "applies to me.\n\nBest,\nSanne"
        ),
    },
    {
        "id": "d96-unsub-12", "kind": "unsubscribe", "erase": False,
        "sender": "Hans Wijnberg <h.wijnberg@samenwerkingkempen.nl>", "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": (
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld\n"
            "> dan met hoeveel personen u komt.\n\n"
            "Nee. En wilt u me meteen afmelden als lid? Per 1 maart ben ik geen directeur meer.\n\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n\n"
            "Groet, Hans"
        ),
    },
    {
        "id": "d96-unsub-13", "kind": "unsubscribe", "erase": False,
        "sender": "Petra van Loon <p.vanloon@werkorganisatie-cbs.nl>",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "body": (
            "Beste secretariaat,\n\nMijn suggestie mag blijven staan, maar ik meld me toch af als lid: ik heb\n"
            "in mijn agenda geen ruimte meer voor dit soort netwerken.\n\nVriendelijke groet,\nPetra van Loon"
        ),
    },
    {
        "id": "d96-unsub-14", "kind": "unsubscribe", "erase": False,
        "sender": "Kevin Ruiter <kevin.ruiter@hotmail.com>", "subject": "uitschrijven netwerk directeuren",
        "body": "Hoi, kun je me uitschrijven? Thx\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.",
    },
    {
        "id": "d96-unsub-15", "kind": "unsubscribe", "erase": False,
        "sender": "Marco Sprenger <m.sprenger@gemeente-dalfsen-noord.nl>",
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "body": (
            "Aan het secretariaat van het netwerk:\n\nIk heb geen behoefte meer aan deze bijeenkomsten. Graag mij\n"
            "afmelden voor het netwerk.\n\nM. Sprenger"
        ),
    },
    {
        "id": "d96-unsub-16", "kind": "unsubscribe", "erase": False,
        "sender": "Esther Dijkman <e.dijkman@werkorganisatie-vvb.nl>",
        "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
        "body": (
            "Helaas kan ik donderdag niet. Bovendien wil ik graag uit het netwerk; het sluit niet meer aan bij\n"
            "mijn huidige functie. Wilt u mij uitschrijven?\n\nEsther Dijkman"
        ),
    },
    {
        "id": "d96-unsub-17", "kind": "unsubscribe", "erase": False,
        "sender": "Rob Alberts <rob.alberts@werkorganisatie-lbs.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": "Stop a.u.b. met mailen, ik wil hier vanaf. Geen lid meer.\n\nR. Alberts",
    },
    {
        "id": "d96-unsub-18", "kind": "unsubscribe", "erase": False,
        "sender": "Laura Bennett <l.bennett@grenzeloos-samen.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": "Unsubscribe",
    },
    {
        "id": "d96-unsub-19", "kind": "unsubscribe", "erase": False,
        "sender": "Jeroen Pas <j.pas@duo-werkorganisatie.nl>",
        "thread": "welcome", "quoted": "welkom", "quote": "apple",
        "body": "afmelden\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d96-unsub-20", "kind": "unsubscribe", "erase": False,
        "sender": "mr. drs. P.A. van Rijswijk <pa.vanrijswijk@werkorganisatie-rijnstreek.nl>",
        "subject": "Opzegging deelname netwerk",
        "body": (
            "Geachte heer, mevrouw,\n\nHierbij zeg ik mijn deelname aan het Netwerk van directeuren van ambtelijke\n"
            "fusieorganisaties met ingang van heden op.\n\nHoogachtend,\n\nmr. drs. P.A. van Rijswijk\n"
            "Gemeentesecretaris / algemeen directeur\n\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is,\n"
            "wordt u vriendelijk verzocht dit aan de afzender te melden. Aan dit bericht kunnen geen rechten\n"
            "worden ontleend."
        ),
    },
    {
        "id": "d96-unsub-21", "kind": "unsubscribe", "erase": False,
        "sender": "Fenna Bouma <f.bouma@sudwestfryslan-samen.nl>", "subject": "Pensioen",
        "body": (
            "Beste Melanie,\n\nBinnenkort ga ik met pensioen en een opvolger is nog niet benoemd. Meld mij nu al\n"
            "maar af, dan hoeft u daar straks niet meer aan te denken. Het was een mooie tijd!\n\nFenna"
        ),
    },
    {
        "id": "d96-unsub-22", "kind": "unsubscribe", "erase": False,
        "sender": "Dennis Koster <d.koster@werkorganisatie-midden.nl>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "notes-wrote",
        "body": "Ik wil toch geen lid worden. Graag geen mail meer hierover.\n\nD. Koster",
    },
    {
        "id": "d96-unsub-23", "kind": "unsubscribe", "erase": False,
        "sender": "Catherine Moll <c.moll@shared-services-limburg.nl>", "subject": "Cancelling my membership",
        "body": (
            "Dear Stan and Melanie,\n\nThank you for the inspiring sessions over the past years. With my new\n"
            "responsibilities I no longer find the time to take part, so I would like to cancel my membership of\n"
            "the network as of today.\n\nWarm regards,\nCatherine Moll"
        ),
    },
    {
        "id": "d96-unsub-24", "kind": "unsubscribe", "erase": False,
        "sender": "Arjen Tol <arjen.tol@werkorganisatie-oss-bernheze.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": (
            "Ik moet helaas afzeggen voor donderdag, en eerlijk gezegd ook voor de toekomst: ik vertrek en wil\n"
            "graag uit het netwerk. Kunt u mijn plaats aan iemand op de wachtlijst geven en mij afmelden?\n\nArjen"
        ),
    },
    # ---------------------------------------------------------------- hand-over to a named successor
    {
        "id": "d96-handover-01", "kind": "unsubscribe", "erase": False,
        "sender": "Hugo Zandbergen <h.zandbergen@dewolden-hoogeveen.nl>", "subject": "Opvolging netwerk",
        "body": (
            "Beste secretariaat,\n\nPer 1 april vertrek ik naar de provincie. Mijn opvolger als directeur is Rianne\n"
            "Kok (r.kok@dewolden-hoogeveen.nl). Willen jullie mijn lidmaatschap aan haar overdragen en mij\n"
            "afmelden?\n\nGroet,\nHugo Zandbergen"
        ),
    },
    {
        "id": "d96-handover-02", "kind": "unsubscribe", "erase": False,
        "sender": "Martijn Holtkamp <m.holtkamp@werkorganisatie-bmwe.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": (
            "Ik kom niet meer naar de ateliers: per 1 maart heb ik een nieuwe baan. Mijn opvolger Youssef El Amrani\n"
            "(y.elamrani@werkorganisatie-bmwe.nl) neemt mijn plek in het netwerk over; wilt u de uitnodigingen\n"
            "voortaan aan hem sturen en mij uitschrijven?\n\nMartijn"
        ),
    },
    {
        "id": "d96-handover-03", "kind": "unsubscribe", "erase": False,
        "sender": "Pieter Klaassen <p.klaassen@regio-rivierenland-werk.nl>", "subject": "Successor",
        "body": (
            "Hello,\n\nI am stepping down as director at the end of this month. My successor, Ellen de Graaf\n"
            "(e.degraaf@regio-rivierenland-werk.nl), will take over my membership of the network. Please remove me\n"
            "and add her instead.\n\nThanks,\nPieter Klaassen"
        ),
    },
    {
        "id": "d96-handover-04", "kind": "unsubscribe", "erase": False,
        "sender": "Ria Vos <ria.vos@gr-kempen-werk.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": (
            "Mijn functie wordt per 15 mei overgenomen door Kees Brouwer, k.brouwer@gr-kempen-werk.nl. Graag hem\n"
            "in mijn plaats opnemen en mij afmelden. Thema's laat ik aan hem over.\n\nVerstuurd vanaf mijn iPad"
        ),
    },
    {
        "id": "d96-handover-05", "kind": "unsubscribe", "erase": False,
        "sender": "drs. G.J. Everts <gj.everts@werkorganisatie-druten-wijchen.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": (
            "Geacht secretariaat,\n\nMet ingang van 1 september neem ik afscheid als algemeen directeur van onze\n"
            "werkorganisatie. Mevrouw drs. L. (Lotte) Verbeek volgt mij op; haar e-mailadres is\n"
            "l.verbeek@werkorganisatie-druten-wijchen.nl. Graag draag ik mijn lidmaatschap van het netwerk aan haar\n"
            "over.\n\nMet vriendelijke groet,\n\ndrs. G.J. Everts\nalgemeen directeur"
        ),
    },
    # ---------------------------------------------------------------- erasure (AVG), with and without the word
    {
        "id": "d96-erase-01", "kind": "unsubscribe", "erase": True,
        "sender": "Tamara Wigger <tamara.wigger@gmail.com>", "subject": "vergeet mij",
        "body": "Vergeet mij alstublieft. Ik wil nergens meer in uw bestanden voorkomen.\n\nTamara Wigger",
    },
    {
        "id": "d96-erase-02", "kind": "unsubscribe", "erase": True,
        "sender": "Joris Hendriks <j.hendriks@werkorganisatie-hal.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": (
            "Ik stop met het netwerk. Wis alles wat u van mij heeft: naam, adres, functie, aanmeldgegevens.\n\n"
            "J. Hendriks"
        ),
    },
    {
        "id": "d96-erase-03", "kind": "unsubscribe", "erase": True,
        "sender": "Mw. mr. C.E. Rademaker <ce.rademaker@gemeente-nieuwkoop-noord.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": (
            "Geachte heer, mevrouw,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming\n"
            "verzoek ik u al mijn persoonsgegevens die u in het kader van het Netwerk van directeuren van\n"
            "ambtelijke fusieorganisaties verwerkt, te verwijderen, en mij te beëindigen als lid.\n\n"
            "Ik zie uw bevestiging binnen de wettelijke termijn graag tegemoet.\n\n"
            "Hoogachtend,\n\nmr. C.E. Rademaker"
        ),
    },
    {
        "id": "d96-erase-04", "kind": "unsubscribe", "erase": True,
        "sender": "Oliver Grant <o.grant@proton.me>", "subject": "Right to be forgotten",
        "body": (
            "To whom it may concern,\n\nI am exercising my right to be forgotten under the GDPR. Please delete all\n"
            "personal data you hold about me and remove me from the network.\n\nOliver Grant"
        ),
    },
    {
        "id": "d96-erase-05", "kind": "unsubscribe", "erase": True,
        "sender": "Nicole Dekkers <n.dekkers@werkorganisatie-heuvelland.nl>",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "body": (
            "Dank voor de bevestiging. Wilt u dan ook al mijn gegevens verwijderen, conform de AVG?\n\n"
            "Met vriendelijke groet,\nNicole Dekkers"
        ),
    },
    {
        "id": "d96-erase-06", "kind": "unsubscribe", "erase": True,
        "sender": "Frans Ploeg <f.ploeg@gemeente-ommen-hardenberg.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": "Ik heb me nooit aangemeld. Verwijder mijn gegevens volledig uit uw systeem.\n\nF. Ploeg",
    },
    {
        "id": "d96-erase-07", "kind": "unsubscribe", "erase": True,
        "sender": "Yvonne Stam <y.stam@werkorganisatie-aak.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "body": (
            "Afmelden graag, en gooi al mijn gegevens weg. Ik wil niet dat mijn naam nog ergens in een lijst\n"
            "blijft staan.\n\nYvonne"
        ),
    },
    {
        "id": "d96-erase-08", "kind": "unsubscribe", "erase": True,
        "sender": "Gert-Jan Mol <gj.mol@gemeenten-hlt.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "groupwise",
        "body": (
            "Ik ben vertrokken bij de gemeente. Graag uitschrijven en mijn persoonsgegevens wissen (AVG).\n\n"
            "GJ Mol"
        ),
    },
    {
        "id": "d96-erase-09", "kind": "unsubscribe", "erase": True,
        "sender": "Saskia Verhoef <s.verhoef@ziggo.nl>", "subject": "Recht op vergetelheid",
        "body": (
            "Beste mensen,\n\nIk maak gebruik van mijn recht op vergetelheid: wilt u mij als lid uitschrijven en\n"
            "alles wat u over mij bewaart definitief wissen?\n\nMet dank,\nSaskia Verhoef"
        ),
    },
    # ---------------------------------------------------------------- plain denial under our confirmation request
    {
        "id": "d96-deny-01", "kind": "unsubscribe", "erase": False,
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": "Ik heb me niet aangemeld.",
    },
    {
        "id": "d96-deny-02", "kind": "unsubscribe", "erase": False,
        "sender": "Erik Lansink <e.lansink@werkorganisatie-twenterand.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": "Dit was ik niet.\n\nErik Lansink",
    },
    {
        "id": "d96-deny-03", "kind": "unsubscribe", "erase": False,
        "sender": "Hanneke Jager <h.jager@gemeenten-bvo.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes",
        "body": "Nee, dit heb ik niet aangevraagd. Ik wil geen lid worden.\n\nH. Jager",
    },
    {
        "id": "d96-deny-04", "kind": "unsubscribe", "erase": False,
        "sender": "Stefan Kroon <s.kroon@werkorganisatie-zaanstreek.nl>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "apple",
        "body": "Onbekend, hier heb ik niet om gevraagd.\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d96-deny-05", "kind": "unsubscribe", "erase": False,
        "sender": "Amanda Cole <a.cole@werkorganisatie-borne.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": "I didn't sign up for this.\n\nAmanda",
    },
    {
        "id": "d96-deny-06", "kind": "unsubscribe", "erase": False,
        "sender": "Leo Verschoor <l.verschoor@gemeente-lingewaard-oost.nl>", "thread": "confirmation",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
            "Nee, ik heb me niet aangemeld.\n\n"
            "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer\n"
            "> dan nodig.\n\n"
            "Klopt, dus bij dezen laat ik het even weten.\n\nLeo"
        ),
    },
    # ---------------------------------------------------------------- confirmation
    {
        "id": "d96-confirm-01", "kind": "confirm",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": "Ja",
    },
    {
        "id": "d96-confirm-02", "kind": "confirm",
        "sender": "Bram Wolters <b.wolters@werkorganisatie-cuijk-land.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d96-confirm-03", "kind": "confirm",
        "sender": "Linda Mulder <l.mulder@duoplus-werk.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "apple",
        "body": "Klopt.",
    },
    {
        "id": "d96-confirm-05", "kind": "confirm",
        "sender": "Sandra Willemsen <s.willemsen@werkorganisatie-stichtse-vecht-zuid.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": (
            "Bevestigd.\n\nMet vriendelijke groet,\n\nSandra Willemsen\nDirecteur bedrijfsvoering\n"
            "T 0346 - 25 40 00\n\nDenk aan het milieu voordat u deze e-mail print."
        ),
    },
    {
        "id": "d96-confirm-06", "kind": "confirm",
        "sender": "Ahmed Bouzid <a.bouzid@bbr.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "body": "Klopt, mijn secretariaat heeft mij aangemeld. Ik doe graag mee.\n\nA. Bouzid",
    },
    {
        "id": "d96-confirm-07", "kind": "confirm",
        "sender": "Jolanda Brouwers <j.brouwers@werkorganisatie-peelland.nl>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "outlook-en",
        "body": "Sorry, vergeten te reageren. Bij dezen bevestigd!\n\nJolanda",
    },
    {
        "id": "d96-confirm-08", "kind": "confirm",
        "sender": "Richard Hale <r.hale@werkorganisatie-ebl.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": "Yes, that was me. Looking forward to it.\n\nRichard",
    },
    {
        "id": "d96-confirm-09", "kind": "confirm",
        "sender": "Monique Aarts <monique.aarts@icloud.com>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "apple",
        "body": "Verstuurd vanaf mijn iPhone",
    },
    {
        "id": "d96-confirm-10", "kind": "confirm",
        "sender": "Wouter Dijk <w.dijk@gemeente-altena-werk.nl>", "thread": "confirmation",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
            "Bij deze.\n\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n\n"
            "W. Dijk"
        ),
    },
    {
        "id": "d96-confirm-11", "kind": "confirm",
        "sender": "Karin Post <k.post@werkorganisatie-westerkwartier.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "body": "Akkoord, graag lid.\n\nKarin Post",
    },
    # ================================================================ look-alikes
    # ---------------------------------------------------------------- leaving only the atelier / waiting list
    {
        "id": "d96-rsvp-01", "kind": "rsvp", "attending": False,
        "sender": "Bart Verhagen <b.verhagen@werkorganisatie-dbm.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": (
            "Ik meld me af voor het atelier van 11 maart. Lid blijf ik uiteraard graag.\n\nGroet,\nBart Verhagen"
        ),
    },
    {
        "id": "d96-rsvp-02", "kind": "rsvp", "attending": False,
        "sender": "Ilse Vermeer <i.vermeer@gemeenten-dhh.nl>",
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "gmail",
        "body": "Haal mij maar van de wachtlijst, die middag heb ik inmiddels een raadsvergadering.\n\nIlse",
    },
    {
        "id": "d96-rsvp-03", "kind": "rsvp", "attending": False,
        "sender": "Tom Geerts <tom.geerts@werkorganisatie-ls.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "apple",
        "body": "Helaas, ik kan niet. Wilt u mij afmelden voor donderdag?\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d96-rsvp-04", "kind": "rsvp", "attending": False,
        "sender": "Marloes Janssen <m.janssen@gr-maas-en-waal.nl>",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "body": "Op 18 maart kan ik niet, dus ik moet me helaas afmelden voor deze editie.\n\nMarloes",
    },
    {
        "id": "d96-rsvp-05", "kind": "rsvp", "attending": False,
        "sender": "Dirk Smit <d.smit@werkorganisatie-fryslan-noord.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": (
            "Ik kan er op 11 maart niet bij zijn. Maar ik wil NIET afgemeld worden voor het netwerk, hoor!\n"
            "Volgende keer ben ik er gewoon weer.\n\nDirk"
        ),
    },
    {
        "id": "d96-rsvp-06", "kind": "rsvp", "attending": False,
        "sender": "Carla Huisman <c.huisman@werkorganisatie-hlt.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": (
            "Ik moet helaas afzeggen. In mijn plaats komt mijn plaatsvervanger Joost Smits\n"
            "(j.smits@werkorganisatie-hlt.nl).\n\nCarla Huisman"
        ),
    },
    {
        "id": "d96-rsvp-07", "kind": "rsvp", "attending": False,
        "sender": "Frank Wouters <f.wouters@werkorganisatie-baarle.nl>", "subject": "Afmelding atelier 11 maart",
        "body": (
            "Beste Stan en Melanie,\n\nHierbij meld ik mij af voor het atelier van 11 maart.\n\n"
            "Met vriendelijke groet,\nFrank Wouters\nDirecteur Werkorganisatie Baarle"
        ),
    },
    {
        "id": "d96-rsvp-08", "kind": "rsvp", "attending": False,
        "sender": "Nadia Karimi <n.karimi@werkorganisatie-oude-ijssel.nl>",
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "body": "Ik kan helaas ook niet, dus ik meld me af. Ik laat het Dirk zelf even weten.\n\nNadia",
    },
    {
        "id": "d96-rsvp-09", "kind": "rsvp", "attending": False,
        "sender": "Geert Bos <g.bos@gemeente-tubbergen-dinkel.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "groupwise",
        "body": (
            "Ik schrap donderdag uit mijn agenda: griep. Geef mijn plek gerust aan iemand op de wachtlijst.\n\n"
            "Geert"
        ),
    },
    # ---------------------------------------------------------------- leaving another list or newsletter
    {
        "id": "d96-other-01", "kind": "other",
        "sender": "Hetty Schouten <h.schouten@werkorganisatie-cgm.nl>", "subject": "afmelden nieuwsbrief",
        "body": (
            "Graag afmelden voor de nieuwsbrief 'Gemeentelijke Samenwerking' van de VNG.\n\nH. Schouten"
        ),
    },
    {
        "id": "d96-other-02", "kind": "other",
        "sender": "Jan-Willem Ros <jw.ros@werkorganisatie-vijfheerenlanden.nl>", "subject": "Nieuwsbrief bureau",
        "body": (
            "Stan,\n\nKun je me afmelden voor de nieuwsbrief van jullie adviesbureau? Dat is me te veel. Het\n"
            "netwerk wil ik graag houden.\n\nGroet, Jan-Willem"
        ),
    },
    {
        "id": "d96-other-03", "kind": "other",
        "sender": "Helen Marsh <h.marsh@gemeenten-bo.nl>", "subject": "unsubscribe",
        "body": (
            "Please unsubscribe me from the 'Digital Government Weekly' digest. Apologies if this is the wrong\n"
            "address - it was the only one I could find.\n\nHelen"
        ),
    },
    {
        "id": "d96-other-04", "kind": "other",
        "sender": "Koen Schippers <k.schippers@werkorganisatie-krimpenerwaard.nl>", "subject": "LinkedIn-groep",
        "body": (
            "Beste Melanie,\n\nIk heb me afgemeld bij de LinkedIn-groep rond het netwerk, omdat die vol\n"
            "reclame van adviesbureaus stond. Misschien goed om daar eens kritisch naar te kijken? De ateliers\n"
            "blijf ik natuurlijk gewoon bezoeken.\n\nKoen"
        ),
    },
    {
        "id": "d96-other-05", "kind": "other",
        "sender": "Lies Verbeek <l.verbeek@werkorganisatie-hbm.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": (
            "Ik wil graag stoppen als lid van de Adviesraad; het combineert slecht met mijn nieuwe portefeuille.\n"
            "Lid van het netwerk blijf ik wel. Wie kan ik hierover bellen?\n\nLies"
        ),
    },
    # ---------------------------------------------------------------- questions about leaving
    {
        "id": "d96-other-06", "kind": "other",
        "sender": "Paul Meijer <p.meijer@werkorganisatie-noordenveld.nl>", "subject": "vraag",
        "body": (
            "Hoe werkt afmelden eigenlijk, mocht ik dat ooit willen? Gaat dat per mail of is er een portaal?\n\n"
            "Paul Meijer"
        ),
    },
    {
        "id": "d96-other-07", "kind": "other",
        "sender": "Evelien Kramer <e.kramer@gemeenten-mw.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "body": (
            "Wat houdt afmelden precies in: ben ik dan ook mijn toegang tot de verslagen kwijt? Ik overweeg het,\n"
            "maar die verslagen gebruik ik wel in mijn MT.\n\nEvelien"
        ),
    },
    {
        "id": "d96-other-08", "kind": "other",
        "sender": "Rutger Blom <r.blom@werkorganisatie-sed.nl>", "subject": "Gegevens na opzegging",
        "body": (
            "Goedemiddag,\n\nWat gebeurt er met mijn gegevens als ik ooit opzeg? Worden die dan automatisch\n"
            "gewist, of moet ik daar apart om vragen?\n\nMet vriendelijke groet,\nRutger Blom"
        ),
    },
    {
        "id": "d96-other-09", "kind": "other",
        "sender": "Anouk Smits <a.smits@werkorganisatie-ijsselland.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-en",
        "body": (
            "Kan ik me afmelden voor alleen deze herinneringen? Ik zet het atelier toch zelf al in mijn agenda.\n\n"
            "Anouk"
        ),
    },
    {
        "id": "d96-other-10", "kind": "other",
        "sender": "David Hughes <d.hughes@werkorganisatie-vlaardingen-sch.nl>", "subject": "Question",
        "body": (
            "Hi Stan,\n\nOur organisation will be dissolved next year. Should I unsubscribe now, or can I stay on\n"
            "as interim director until the very end?\n\nBest, David"
        ),
    },
    {
        "id": "d96-other-11", "kind": "other",
        "sender": "Marjolein Vos <m.vos@werkorganisatie-dal.nl>", "subject": "Uittreding gemeente",
        "body": (
            "Beste secretariaat,\n\nEen van onze drie gemeenten treedt per 2028 uit de gemeenschappelijke regeling.\n"
            "Verandert dat iets aan mijn lidmaatschap van het netwerk?\n\nGroet,\nMarjolein Vos"
        ),
    },
    # ---------------------------------------------------------------- a leave on a condition, or with a question
    {
        "id": "d96-other-12", "kind": "other",
        "sender": "Hendrik Zijlstra <h.zijlstra@werkorganisatie-dongeradeel.nl>", "subject": "online ateliers",
        "body": (
            "Als de ateliers voortaan alleen nog online zijn, meld ik me af. Kunt u laten weten wat de plannen\n"
            "zijn?\n\nH. Zijlstra"
        ),
    },
    {
        "id": "d96-other-13", "kind": "other",
        "sender": "Simone de Wit <s.dewit@werkorganisatie-achterhoek-oost.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": (
            "Als er weer nauwelijks collega's uit het oosten van het land komen, zeg ik mijn lidmaatschap op. Kunt\n"
            "u mij vertellen wie zich al hebben aangemeld?\n\nSimone"
        ),
    },
    {
        "id": "d96-other-14", "kind": "other",
        "sender": "Maarten Groen <m.groen@werkorganisatie-tynaarlo-aa.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": (
            "Meld me maar af. Kunt u mij voordat u dat doet nog het verslag van het vorige atelier sturen? Dat\n"
            "heb ik destijds gemist.\n\nMaarten Groen"
        ),
    },
    {
        "id": "d96-other-15", "kind": "other",
        "sender": "Inge van Rooij <i.vanrooij@gemeenten-ws.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": (
            "Ja, bevestigd. Kunt u mij ook laten weten wanneer het eerstvolgende atelier is en of ik een collega\n"
            "mag meenemen?\n\nInge van Rooij"
        ),
    },
    {
        "id": "d96-other-16", "kind": "other",
        "sender": "Wilma Hofstra <w.hofstra@werkorganisatie-smallingerland-op.nl>", "subject": "Twijfel",
        "body": "Ik twijfel of ik lid blijf. Kunnen we even bellen deze week?\n\nWilma Hofstra\n06 12 34 56 78",
    },
    # ---------------------------------------------------------------- someone else's leave
    {
        "id": "d96-other-17", "kind": "other",
        "sender": "Secretariaat directie <secretariaat@werkorganisatie-ebl.nl>", "subject": "Ter informatie",
        "body": (
            "Goedemorgen,\n\nTer informatie: onze directeur, mevrouw Marja Dekker, is per 1 februari uit dienst.\n"
            "Er is nog geen opvolger benoemd.\n\nMet vriendelijke groet,\nSecretariaat directie"
        ),
    },
    {
        "id": "d96-other-18", "kind": "other",
        "sender": "Bianca Lemmens <b.lemmens@werkorganisatie-peel-maas.nl>", "subject": "Dhr. Van Dam",
        "body": (
            "Wilt u de heer Van Dam van uw lijst halen? Hij is met pensioen gegaan.\n\nGroet,\nBianca Lemmens\n"
            "managementassistent"
        ),
    },
    {
        "id": "d96-other-19", "kind": "other",
        "sender": "Rachel Evans <r.evans@werkorganisatie-leiden-regio.nl>", "subject": "Peter Howard",
        "body": (
            "Just letting you know that Peter Howard retired last month. His mailbox will be closed shortly.\n\n"
            "Rachel Evans, office manager"
        ),
    },
    {
        "id": "d96-other-20", "kind": "other",
        "sender": "Jasper Wessels <j.wessels@werkorganisatie-hof-van-twente-oost.nl>", "subject": "Inge Vos",
        "body": (
            "Hallo,\n\nMijn collega Inge Vos vroeg me door te geven dat ze zich wil afmelden als lid; haar eigen\n"
            "mail doet het even niet.\n\nJasper"
        ),
    },
    {
        "id": "d96-other-21", "kind": "other",
        "sender": "Directiesecretariaat <directiesecretariaat@gemeenten-lekstroom.nl>",
        "subject": "Afmelding mevrouw Jansen",
        "body": (
            "Geacht secretariaat,\n\nNamens mevrouw E. Jansen verzoek ik u haar af te melden als lid van het\n"
            "netwerk.\n\nMet vriendelijke groet,\nT. de Groot, directiesecretaresse"
        ),
    },
    # ---------------------------------------------------------------- denial asking where we got the address
    {
        "id": "d96-other-22", "kind": "other",
        "sender": "Lotte Hermans <l.hermans@werkorganisatie-boxtel-noord.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": "Ik heb me niet aangemeld. Hoe komt u aan mijn e-mailadres?\n\nLotte Hermans",
    },
    {
        "id": "d96-other-23", "kind": "other",
        "sender": "Michiel Brand <m.brand@gemeente-goeree-west.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": (
            "Wie heeft mij hiervoor opgegeven? Dat secretariaatsadres ken ik niet eens. Graag uitleg waar u mijn\n"
            "adres vandaan heeft.\n\nM. Brand"
        ),
    },
    # ---------------------------------------------------------------- confirmation for someone else
    {
        "id": "d96-other-24", "kind": "other",
        "sender": "Sophie Lambers <s.lambers@bbr.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": (
            "Dit bericht kwam bij mij terecht, maar het was mijn collega Ruud Bakker die zich wilde aanmelden,\n"
            "niet ik. Ik bevestig bij dezen namens hem.\n\nSophie Lambers"
        ),
    },
    {
        "id": "d96-other-25", "kind": "other",
        "sender": "Assistent directie <assistent.directie@werkorganisatie-zwolle-regio.nl>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "notes",
        "body": (
            "Ja, dat klopt, maar de aanmelding is bedoeld voor onze algemeen directeur, de heer H. Pauw. Ik heb\n"
            "alleen het formulier ingevuld. Kunt u de bevestiging aan hem richten?\n\nMet vriendelijke groet,\n"
            "assistent directie"
        ),
    },
    # ---------------------------------------------------------------- wanting to stay
    {
        "id": "d96-other-26", "kind": "other",
        "sender": "Olga Peeters <o.peeters@werkorganisatie-cranendonck.nl>", "subject": "Ledenbestand",
        "body": (
            "Beste Stan,\n\nIk hoorde van een collega dat jullie het ledenbestand opschonen. Voor de duidelijkheid:\n"
            "ik wil NIET afgemeld worden, ook al was ik de laatste twee keer verhinderd.\n\nGroet,\nOlga"
        ),
    },
    {
        "id": "d96-other-27", "kind": "other",
        "sender": "Ruben de Lange <ruben.delange@gmail.com>", "subject": "Nieuwe baan",
        "body": (
            "Vanaf 1 mei werk ik als directeur bij Werkorganisatie Duo Noord. Blijf me mailen, graag op\n"
            "r.delange@duonoord.nl!\n\nRuben de Lange"
        ),
    },
    {
        "id": "d96-other-28", "kind": "other",
        "sender": "Henk Postma <h.postma@werkorganisatie-ddc.nl>", "subject": "nieuw mailadres",
        "body": (
            "Vergeet mij niet bij de volgende uitnodiging: mijn oude adres (h.postma@gemeente-dc.nl) vervalt\n"
            "binnenkort, dit nieuwe adres blijft.\n\nHenk"
        ),
    },
    {
        "id": "d96-other-29", "kind": "other",
        "sender": "Janneke Berg <janneke.berg@werkorganisatie-berg-en-dal.nl>", "subject": "Dubbele mail",
        "body": (
            "Ik krijg al uw mail dubbel binnen, op twee adressen. Kunt u janneke.berg@gmail.com schrappen? Het\n"
            "werkadres houd ik graag.\n\nJanneke Berg"
        ),
    },
    # ---------------------------------------------------------------- a leave taken back in the same mail
    {
        "id": "d96-other-30", "kind": "other",
        "sender": "Sjoerd Visser <s.visser@werkorganisatie-de-fryske-marren.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "body": (
            "Graag afmelden, ik heb het te druk.\n\nNou ja, laat maar, ik blijf toch. Het is altijd de moeite waard\n"
            "als ik er eenmaal ben.\n\nSjoerd"
        ),
    },
    {
        "id": "d96-other-31", "kind": "other",
        "sender": "Mirjam Hoogland <m.hoogland@werkorganisatie-utrechtse-heuvelrug-z.nl>",
        "subject": "Mijn vorige mail",
        "body": (
            "Beste Melanie,\n\nIk wilde me eigenlijk afmelden, maar na het lezen van het laatste verslag bedenk ik\n"
            "me: ik blijf. Laat mijn vorige mail maar voor wat hij is.\n\nMirjam"
        ),
    },
    {
        "id": "d96-other-32", "kind": "other",
        "sender": "Thijs Kamp <t.kamp@werkorganisatie-gooise-meren-w.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": (
            "Ik trek mijn lidmaatschap in, dit past niet meer.\n\nPS, een uur later: vergeet bovenstaande, ik heb\n"
            "er met mijn gemeentesecretaris over gesproken en ik blijf gewoon lid. Excuus voor de verwarring.\n\n"
            "Thijs"
        ),
    },
    # ---------------------------------------------------------------- irony and jokes
    {
        "id": "d96-other-33", "kind": "other",
        "sender": "Wendy Schepers <w.schepers@gemeenten-nijkerk-oost.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": (
            "Jullie mailen zo vaak dat ik me bijna zou afmelden, haha. Maar eerlijk: de mails zijn altijd kort en\n"
            "to the point, complimenten.\n\nWendy"
        ),
    },
    {
        "id": "d96-other-34", "kind": "other",
        "sender": "Gijs Hofman <g.hofman@werkorganisatie-montferland-b.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": (
            "Nog één mail en ik zeg mijn lidmaatschap op 😉 Nee hoor, grapje. Ik denk even na over een onderwerp\n"
            "en kom erop terug.\n\nGijs"
        ),
    },
    {
        "id": "d96-other-35", "kind": "other",
        "sender": "Sarah Lindqvist <s.lindqvist@werkorganisatie-haarlemmermeer-z.nl>", "subject": "Thursday",
        "body": (
            "Unsubscribe? Never! Just wanted to say how much I enjoyed Thursday's session. The case from\n"
            "Hollands Kroon was a real eye-opener.\n\nSarah"
        ),
    },
    {
        "id": "d96-other-36", "kind": "other",
        "sender": "Niels Bakker <n.bakker@werkorganisatie-steenwijk-w.nl>",
        "thread": "welcome", "quoted": "welkom", "quote": "gmail",
        "body": (
            "Dank voor het welkom! Ik was even bang dat ik me per ongeluk had afgemeld in plaats van aangemeld,\n"
            "haha.\n\nNiels"
        ),
    },
    {
        "id": "d96-other-37", "kind": "other",
        "sender": "Karel Janssens <k.janssens@werkorganisatie-venray-h.nl>",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "notes-wrote",
        "body": (
            "Zonde! Ik had er net mijn hele middag voor vrijgemaakt. Als het zo doorgaat meld ik me nog eens af,\n"
            "hahaha. Nee serieus, ik hoor graag de nieuwe datum.\n\nKarel"
        ),
    },
    # ---------------------------------------------------------------- data and deletion, but no erasure
    {
        "id": "d96-other-38", "kind": "other",
        "sender": "Mw. drs. A.M. Vonk <am.vonk@werkorganisatie-rijssen-h.nl>", "subject": "Inzageverzoek AVG",
        "body": (
            "Geachte heer, mevrouw,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens\n"
            "die u van mij verwerkt, en om opgave van het doel waarvoor u ze gebruikt.\n\nHoogachtend,\nA.M. Vonk"
        ),
    },
    {
        "id": "d96-other-39", "kind": "other",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "body": (
            "Dank u wel! Eén ding: in uw bestand staat mijn naam soms zonder de ç. Kunt u dat overal aanpassen?\n\n"
            "Marieke"
        ),
    },
    {
        "id": "d96-other-40", "kind": "other",
        "sender": "Edwin Maas <e.maas@werkorganisatie-bladel-e.nl>", "subject": "uitnodiging kwijt",
        "body": "Ik heb per ongeluk de uitnodiging gewist. Kunt u hem nog eens sturen?\n\nEdwin Maas",
    },
    {
        "id": "d96-other-41", "kind": "other",
        "sender": "Charlotte Evers <c.evers@werkorganisatie-lochem-z.nl>",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "apple",
        "body": (
            "Hoe verwijder ik de afspraak uit mijn agenda? De bijlage doet niets op mijn Mac.\n\n"
            "Verstuurd vanaf mijn iPhone"
        ),
    },
    {
        "id": "d96-other-42", "kind": "other",
        "sender": "Ton Wiersma <t.wiersma@werkorganisatie-opsterland-o.nl>", "subject": "Adviesraad",
        "body": (
            "Beste Stan,\n\nVorige maand heb ik me afgemeld bij de werkgroep van de G40, dus ik heb weer wat meer\n"
            "ruimte. Kan ik iets betekenen voor de Adviesraad?\n\nHartelijke groet,\nTon Wiersma"
        ),
    },
    # ---------------------------------------------------------------- out-of-office mentioning afmelden
    {
        "id": "d96-auto-01", "kind": "autoreply",
        "sender": "Frits Nauta <f.nauta@werkorganisatie-waadhoeke-n.nl>", "thread": "invitation",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": (
            "Ik ben afwezig tot en met maandag 14 maart en lees mijn mail niet. Voor afmeldingen voor de\n"
            "raadsinformatiebijeenkomst kunt u mailen naar griffie@waadhoeke-n.nl. In dringende gevallen kunt u\n"
            "contact opnemen met het secretariaat, 0517 - 38 00 00."
        ),
    },
    {
        "id": "d96-auto-02", "kind": "autoreply",
        "sender": "Loes Brinkman <l.brinkman@werkorganisatie-epe-h.nl>", "thread": "reminder",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Dank voor uw bericht. Ik ben tot 20 maart met verlof. Wilt u zich afmelden voor onze nieuwsbrief,\n"
            "gebruik dan de link onderaan die nieuwsbrief. Uw mail wordt niet doorgestuurd.\n\nLoes Brinkman"
        ),
    },
    {
        "id": "d96-auto-03", "kind": "autoreply",
        "sender": "Postmaster <noreply@werkorganisatie-oldambt-p.nl>", "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": (
            "Dit is een automatisch bericht. De medewerker die u heeft gemaild is niet meer in dienst van onze\n"
            "organisatie; berichten aan dit adres worden niet gelezen of doorgestuurd. Wilt u deze persoon\n"
            "afmelden voor uw mailings, verwijder dit adres dan uit uw bestand. Voor algemene vragen:\n"
            "info@oldambt-p.nl."
        ),
    },
    {
        "id": "d96-auto-04", "kind": "autoreply",
        "sender": "Justin Clarke <j.clarke@werkorganisatie-deventer-r.nl>", "thread": "invitation",
        "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                   "& eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Thank you for your email. I am out of the office until 7 March with limited access to email. If you\n"
            "wish to unsubscribe from our project updates, please reply with 'afmelden' to the update itself.\n\n"
            "Justin Clarke"
        ),
    },
    {
        "id": "d96-auto-05", "kind": "autoreply",
        "sender": "Mariska Dam <m.dam@werkorganisatie-heerde-o.nl>", "thread": "confirmation",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Ik ben met vakantie tot 2 januari. Aanmelden of afmelden voor trainingen van de Academie kan via\n"
            "academie@heerde-o.nl. Voor het overige reageer ik na mijn terugkomst.\n\nMariska Dam"
        ),
    },
]
