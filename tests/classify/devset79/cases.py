"""devset79: the practical side of an atelier.

Replies under the invitation, the reminder, the change mail, the RSVP acknowledgement (waiting list) and the
substitute's invitation, plus a few new mails, about parking, dietary needs, accessibility, train delays, arriving
late, leaving early, bringing a guest, sending a substitute, the Teams link, the venue address, the program, a speaker
offering to present, a supplier offering catering, and requests for the attendee list or the slides. About 30 clean
RSVPs (yes and no, many wordings) and 10 auto-replies.

Conventions this set relies on (the secretariat's view):
- A plain yes or no with a practical remark that needs no answer ("ik parkeer in de garage", "ik eet vegetarisch,
  neem zelf iets mee"): `rsvp`.
- A yes or no plus a real question or request to the secretariat (parking, diet, access, Teams link, program,
  attendee list, slides): `other`. A question alone: `other`.
- A director who cannot come but sends a substitute (name and address): `rsvp` False.
- Arriving late or leaving early while coming: `rsvp` True.
- A decline that keeps the membership ("ik meld me af voor het atelier"): `rsvp` False.
- A mail that changes an earlier answer carries the latest answer.
- Applying to speak, a supplier's pitch, thanks, feedback: `other`.
- Out-of-office and other machine answers: `autoreply`, also when they mention the atelier date.
"""

from __future__ import annotations

from typing import Any

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CHG = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
ACK = "U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- clean RSVPs, yes
    {
        "id": "h79-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Harm Wolters <h.wolters@werkorganisatie-bbr.nl>",
        "body": "Ja, ik kom.\n\nHarm Wolters\nalgemeen directeur Werkorganisatie BBR",
    },
    {
        "id": "h79-rsvp-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Ingrid Pals <ingrid.pals@gmail.com>",
        "body": "Beste Stan en Melanie,\n\nGraag aanwezig op 11 maart. Leuk thema!\n\nHartelijke groet,\nIngrid",
    },
    {
        "id": "h79-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Ruud Kamphuis <r.kamphuis@gemeente-oostland.nl>",
        "body": "Ik ben erbij\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "h79-rsvp-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Sandra Veldkamp <s.veldkamp@hlt-samen.nl>",
        "body": "Hallo,\n\nZet mij maar op de lijst voor donderdag de 11e.\n\nMet vriendelijke groet,\n\n"
                "Sandra Veldkamp\nDirecteur bedrijfsvoering | HLT Samen\nT 0252 - 43 12 00",
    },
    {
        "id": "h79-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Peter de Groot <pdegroot@dewolden-hoogeveen.nl>",
        "body": "Count me in, tot de 11e!\n\nPeter",
    },
    {
        "id": "h79-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "J. Brinkman <j.brinkman@ferm-werkt.nl>",
        "body": "Geachte heer Van de Laar,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van "
                "donderdag 11 maart aanstaande.\n\nHoogachtend,\n\nmr. J. Brinkman\nSecretaris-directeur",
    },
    {
        "id": "h79-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: " + INV,
        "sender": "Lotte Verbeek <l.verbeek@werkorganisatie-cuijk.nl>",
        "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja, ik kom\n\n"
                "> Graag uw antwoord vóór 2 maart 2027.\n\nNet op tijd dus :)\n\nLotte",
    },
    {
        "id": "h79-rsvp-08", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Mark Hendriks <mark.hendriks@kempengemeenten.nl>",
        "body": "Hi Stan,\n\nHappy to attend on the 11th. See you in Utrecht.\n\nBest,\nMark Hendriks\n"
                "Director | Samenwerking Kempengemeenten",
    },
    {
        "id": "h79-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Wim Oosterhuis <w.oosterhuis@odbn-gemeenten.nl>",
        "body": "Ik kom graag, tot donderag 11 maart.\n\nmvg Wim Oosterhuis",
    },
    {
        "id": "h79-rsvp-10", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "Geaccepteerd: " + INV,
        "sender": "Carla Mulder <c.mulder@bsd-werkorganisatie.nl>",
        "body": "Ik ben er bij, tot dan.",
    },
    {
        "id": "h79-rsvp-11", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Gert-Jan Hofstede <gj.hofstede@werkorganisatie-druten-wijchen.nl>",
        "body": "Dank voor de herinnering, tot donderdag!\n\nGert-Jan",
    },
    {
        "id": "h79-rsvp-12", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "gmail",
        "sender": "Annemiek Schouten <annemiek.schouten@ziggo.nl>",
        "body": "De 18e past mij ook prima, ik kom naar het Provinciehuis.\n\nGroet,\nAnnemiek Schouten",
    },
    {
        "id": "h79-rsvp-13", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Eva Dijkstra <e.dijkstra@werkorganisatie-bbr.nl>",
        "body": "Beste secretariaat,\n\nDank voor de uitnodiging. Ik neem graag de plaats van Dirk in en ben er "
                "op 11 maart.\n\nMet vriendelijke groet,\nEva Dijkstra\nadjunct-directeur",
    },
    {
        "id": "h79-rsvp-14", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Bas van Rijn <bvrijn@hof-van-twente-rijssen.nl>",
        "body": "Aanwezig.\n\nB. van Rijn",
    },
    {
        "id": "h79-rsvp-15", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Yvonne Smeets <y.smeets@dienst-dommelvallei.nl>",
        "body": "Geen onderwerpen van mijn kant deze keer, maar ik ben er op 11 maart zeker bij.\n\nYvonne",
    },
    {
        "id": "h79-rsvp-16", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Frank Lemmens <f.lemmens@gemeente.nl>",
        "body": "Ja hoor, ik kom. Anja zet het in mijn agenda.\n\nFrank Lemmens",
    },
    {
        "id": "h79-rsvp-17", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "T. Kuipers <t.kuipers@gr-noordwest.nl>",
        "body": "Goedemiddag,\n\nIk wil graag deelnemen aan het atelier op 11 maart.\n\nMet vriendelijke groeten,\n"
                "Thea Kuipers",
    },
    # ---------------------------------------------------------------- clean RSVPs, no
    {
        "id": "h79-rsvp-18", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Roel Bakker <r.bakker@werkorganisatie-bbr.nl>",
        "body": "Nee, helaas.\n\nRoel",
    },
    {
        "id": "h79-rsvp-19", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Marloes Jansen <m.jansen@drechtsteden-services.nl>",
        "body": "Beste Melanie,\n\nHelaas ben ik op 11 maart verhinderd ivm de begrotingsbehandelin in de raad. "
                "Volgende keer hoop ik er weer bij te zijn.\n\nGroet,\nMarloes Jansen",
    },
    {
        "id": "h79-rsvp-20", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Koen Vermeulen <koen.vermeulen@outlook.com>",
        "body": "Ik moet deze keer helaas passen, mijn agenda zit die week vol met college-overleggen.\n\n"
                "Groeten,\nKoen",
    },
    {
        "id": "h79-rsvp-21", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Susan Albers <s.albers@werkorganisatie-vijfheerenlanden.nl>",
        "body": "Dear Stan,\n\nUnfortunately I can't make it on 11 March. Please keep me posted about the next one.\n\n"
                "Kind regards,\nSusan Albers",
    },
    {
        "id": "h79-rsvp-22", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Hans Timmer <h.timmer@sed-organisatie.nl>",
        "body": "Ik meld me af voor het atelier van 11 maart. Lid van het netwerk blijf ik uiteraard graag.\n\n"
                "Hans\n\nVerzonden vanaf mijn iPad",
    },
    {
        "id": "h79-rsvp-23", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Monique Lubbers <m.lubbers@werkorganisatie-duo.nl>",
        "body": "helaas, ik kan niet\n\nEr is een crisisoverleg ingepland dat voorgaat. Geef mijn plek maar aan "
                "iemand van de wachtlijst.\n\nMonique Lubbers",
    },
    {
        "id": "h79-rsvp-24", "kind": "rsvp", "attending": False, "thread": "reminder",
        "subject": "RE: " + REM,
        "sender": "Dennis Kok <d.kok@gemeenten-bergen-heiloo.nl>",
        "body": "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven "
                "wij uw plaats aan\n> iemand op de wachtlijst.\n\nKlopt, ik kan onverhoopt toch niet. Excuses voor "
                "de late afmelding.\n\nDennis",
    },
    {
        "id": "h79-rsvp-25", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Lianne Post <l.post@servicecentrum-mer.nl>",
        "body": "Beste Stan,\n\nDe nieuwe datum, 18 maart, kan ik helaas niet: dan zit ik op een werkbezoek in "
                "Brussel. Jammer!\n\nMet vriendelijke groet,\nLianne Post",
    },
    {
        "id": "h79-rsvp-26", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "gmail",
        "sender": "Erik Vos <erik.vos@gmail.com>",
        "body": "Haal mij maar van de wachtlijst, ik heb op die middag inmiddels een andere afspraak.\n\nErik",
    },
    {
        "id": "h79-rsvp-27", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "groupwise",
        "sender": "Joyce Meijer <j.meijer@werkorganisatie-bbr.nl>",
        "body": "Beste allen,\n\nIk kan helaas ook niet op 11 maart, ik ben dan met verlof. Ik laat het Dirk zelf "
                "even weten.\n\nGroet, Joyce",
    },
    {
        "id": "h79-rsvp-28", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "A.M. de Wit <am.dewit@grenswerk-gemeenten.nl>",
        "body": "Moet helaas afzeggen wegens een samenvallende AB-vergadering.\n\nA.M. de Wit",
    },
    {
        "id": "h79-rsvp-29", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Pieter Smulders <p.smulders@de-kempen-werkt.nl>",
        "body": "Ik sla deze keer over. Succes met de middag!\n\nPieter",
    },
    {
        "id": "h79-rsvp-30", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Gerda Hoekstra <g.hoekstra@noardeast-fryslan-dantumadiel.nl>",
        "body": "Nee, ik kom niet. Ik zit die week op vakantie.\n\nGerda Hoekstra",
    },
    # ---------------------------------------------------------------- RSVPs with a practical remark, late, early, guest
    {
        "id": "h79-prak-01", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Michiel Bosch <michiel.bosch@werkorganisatie-hlt.nl>",
        "body": "Mijn trein staat stil bij Amersfoort (seinstoring). Ik kom wel, maar reken op een half uur later. "
                "Begin gerust zonder mij.\n\nMichiel\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "h79-prak-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Esther van Dam <e.vandam@dienstverleningsorganisatie-rws.nl>",
        "body": "Ja, ik kom, maar ik moet om 16.30 uur weg voor een raadsvergadering. Het laatste uur mis ik dus.\n\n"
                "Esther van Dam",
    },
    {
        "id": "h79-prak-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Jeroen Aalders <jeroen.aalders@samenwerking-ms.nl>",
        "body": "Ik schuif aan, al lukt het pas rond 15.00 uur vanwege een collegevergadering die tot 14.30 loopt.\n\n"
                "Groet,\nJeroen",
    },
    {
        "id": "h79-prak-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Nicole Bruins <n.bruins@werkorganisatie-bbr.nl>",
        "body": "Ja, ik kom met 2 personen: ikzelf en mijn concerncontroller.\n\nMet vriendelijke groet,\n"
                "Nicole Bruins",
    },
    {
        "id": "h79-prak-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Arjen Visser <a.visser@werkorganisatie-duo.nl>",
        "body": "Goedemorgen,\n\nIk kom graag en neem één gast mee, onze strateeg Fleur Koster. We komen dus met "
                "z'n tweeën.\n\nArjen Visser",
    },
    {
        "id": "h79-prak-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Rob Janssens <r.janssens@gemeente-oostland.nl>",
        "body": "Ik kom. Ik rij zelf en parkeer wel in de garage bij Hoog Catharijne, dus daar hoeft u niets "
                "voor te regelen.\n\nRob",
    },
    {
        "id": "h79-prak-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Saskia Brouwer <s.brouwer@werkorganisatie-cuijk.nl>",
        "body": "Ja, ik kom. Ter info: ik eet glutenvrij, maar ik neem zelf iets mee, dus geen extra moeite "
                "nodig.\n\nSaskia",
    },
    {
        "id": "h79-prak-08", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Tom Geerts <t.geerts@bsd-werkorganisatie.nl>",
        "body": "Ik ben er. Ik kom met mijn rolstoel; ik heb de toegankelijkheid zelf al met de receptie van het "
                "stadskantoor doorgenomen, dat is in orde.\n\nTom Geerts",
    },
    {
        "id": "h79-prak-09", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Inge Wouters <inge.wouters@hotmail.com>",
        "body": "Ik kom met de trein en loop vanaf Utrecht Centraal, dus ik ben er rond kwart voor twee.\n\nInge",
    },
    {
        "id": "h79-prak-10", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Willem Prins <w.prins@werkorganisatie-bbr.nl>",
        "body": "Beste Stan,\n\nIk kan zelf niet op 11 maart. In mijn plaats komt onze adjunct-directeur "
                "Eva Dijkstra (e.dijkstra@werkorganisatie-bbr.nl).\n\nMet vriendelijke groet,\nWillem Prins",
    },
    {
        "id": "h79-prak-11", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Claire Bos <c.bos@drechtsteden-services.nl>",
        "body": "Hi,\n\nI won't be able to attend myself, but my deputy Ahmed El Amrani (a.elamrani@drechtsteden-"
                "services.nl) will come in my place.\n\nRegards,\nClaire Bos",
    },
    {
        "id": "h79-prak-12", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Henk Mol <henk.mol@gemeente.nl>",
        "body": "Beste secretariaat,\n\nIk ben verhinderd. Marjolein Evers (m.evers@gemeente.nl) gaat namens mij; "
                "Anja heeft het al in haar agenda gezet.\n\nHenk Mol",
    },
    {
        "id": "h79-prak-13", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Daan Hermans <d.hermans@odbn-gemeenten.nl>",
        "body": "Door de storing op het spoor tussen Den Bosch en Utrecht lukt het me niet meer om er op tijd "
                "te zijn. Ik haak af, helaas.\n\nDaan",
    },
    {
        "id": "h79-prak-14", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Karin Smit <k.smit@sed-organisatie.nl>",
        "body": "Ja, ik kom, maar alleen het eerste deel: om 16.00 uur moet ik weer richting Stadskanaal.\n\n"
                "Karin Smit",
    },
    {
        "id": "h79-prak-15", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "sender": "Marco Verhoef <m.verhoef@werkorganisatie-vijfheerenlanden.nl>",
        "body": "Eerst stond ik nog op 'nee', maar nu het de 18e is, kan ik er wel bij zijn. Dus: ik kom.\n\nMarco",
    },
    {
        "id": "h79-prak-16", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Femke Kuijpers <femke.kuijpers@gmail.com>",
        "body": "Ja, ik kom! Ik eet vegetarisch, mocht er iets te eten zijn.\n\nFemke",
    },
    {
        "id": "h79-prak-17", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Richard Blom <r.blom@servicecentrum-mer.nl>",
        "body": "Dank voor het bericht. Ik kan toch niet, dus geef mijn plek op de wachtlijst maar aan een ander.\n\n"
                "Richard Blom",
    },
    {
        "id": "h79-prak-18", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Jolanda Peters <j.peters@kempengemeenten.nl>",
        "body": "Ik ben er, maar sta vast in de file op de A2 bij Everdingen. Een kwartiertje later dan gepland.\n\n"
                "Jolanda",
    },
    {
        "id": "h79-prak-19", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Sander de Boer <s.deboer@werkorganisatie-duo.nl>",
        "body": "Helaas niet. Mijn collega Anouk Raven (a.raven@werkorganisatie-duo.nl) neemt mijn plek in.\n\n"
                "Sander",
    },
    # ---------------------------------------------------------------- other: questions, alone or with an answer
    {
        "id": "h79-other-01", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bart Willems <b.willems@ferm-werkt.nl>",
        "body": "Goedemiddag,\n\nIs er bij het stadskantoor parkeergelegenheid voor bezoekers, of kan ik beter met "
                "de trein komen?\n\nBart Willems",
    },
    {
        "id": "h79-other-02", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Mirjam Dekker <mirjam.dekker@werkorganisatie-hlt.nl>",
        "body": "Ja, ik kom. Kunnen jullie een parkeerkaart regelen, of moet ik zelf in een garage parkeren?\n\n"
                "Mirjam",
    },
    {
        "id": "h79-other-03", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Sophie Claassen <s.claassen@hof-van-twente-rijssen.nl>",
        "body": "Ik kom graag. Ik heb een ernstige notenallergie; kunt u dat doorgeven aan de catering en mij "
                "laten weten of dat lukt?\n\nSophie Claassen",
    },
    {
        "id": "h79-other-04", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Leo Gerritsen <l.gerritsen@gr-noordwest.nl>",
        "body": "Ik wil er graag bij zijn. Is de zaal in het stadskantoor rolstoeltoegankelijk en is er een "
                "invalidenparkeerplaats?\n\nLeo Gerritsen",
    },
    {
        "id": "h79-other-05", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-druten-wijchen.nl>",
        "body": "Mijn trein heeft flinke vertraging. Kunnen jullie de Teams-link nog een keer sturen? Dan bel ik "
                "vanuit de trein in tot ik er ben.\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "h79-other-06", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jan-Willem Evers <jw.evers@dienst-dommelvallei.nl>",
        "body": "Is het een probleem als ik pas om half vier aansluit? Anders laat ik het deze keer aan me "
                "voorbijgaan.\n\nJan-Willem",
    },
    {
        "id": "h79-other-07", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Patricia Mertens <p.mertens@grenswerk-gemeenten.nl>",
        "body": "Mag ik mijn beoogde opvolger meenemen als gast? Zij begint per 1 april.\n\nPatricia Mertens",
    },
    {
        "id": "h79-other-08", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Olaf Zwart <olaf.zwart@samenwerking-ms.nl>",
        "body": "Ik kan zelf niet. Mag ik iemand anders sturen die geen directeur is, bijvoorbeeld ons hoofd "
                "HRM?\n\nOlaf",
    },
    {
        "id": "h79-other-09", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Ellen Tromp <e.tromp@werkorganisatie-cuijk.nl>",
        "body": "De Teams-link in de herinnering werkt bij mij niet: ik krijg de melding dat de vergadering niet "
                "bestaat. Kunt u een nieuwe link sturen?\n\nEllen Tromp",
    },
    {
        "id": "h79-other-10", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Hugo Lammers <h.lammers@sed-organisatie.nl>",
        "body": "Is het atelier ook helemaal online te volgen, of is de Teams-link alleen voor de plenaire "
                "opening?\n\nHugo",
    },
    {
        "id": "h79-other-11", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Ria van Leeuwen <r.vanleeuwen@werkorganisatie-bbr.nl>",
        "body": "Ik kom. Welke ingang van het stadskantoor moet ik hebben en op welke verdieping is de zaal?\n\n"
                "Ria",
    },
    {
        "id": "h79-other-12", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Kees Haverkamp <k.haverkamp@werkorganisatie-duo.nl>",
        "body": "Beste Melanie,\n\nIs het Provinciehuis goed bereikbaar met het OV vanaf Utrecht Centraal, en "
                "kan ik daar parkeren als ik toch met de auto kom?\n\nKees",
    },
    {
        "id": "h79-other-13", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Marieke Stam <m.stam@kempengemeenten.nl>",
        "body": "Hoe ziet het programma van de middag eruit? Zijn er sprekers, of is het alleen in "
                "gesprek in groepjes? Dan kan ik beter inschatten of ik kom.\n\nMarieke Stam",
    },
    {
        "id": "h79-other-14", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Vincent Laan <v.laan@hlt-samen.nl>",
        "body": "Ja, ik kom. Wanneer ontvangen we het programma met de tijden?\n\nVincent",
    },
    {
        "id": "h79-other-15", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Astrid Hofman <a.hofman@werkorganisatie-vijfheerenlanden.nl>",
        "body": "Beste Stan en Melanie,\n\nIk kom zeker. Wij hebben de afgelopen twee jaar veel geleerd over "
                "het bedienen van vier colleges met één werkorganisatie. Ik wil daar op het atelier graag een "
                "korte presentatie van een kwartier over geven. Zouden jullie daar ruimte voor hebben?\n\n"
                "Groet,\nAstrid Hofman",
    },
    {
        "id": "h79-other-16", "kind": "other", "thread": None,
        "subject": "Aanbod: inleiding tijdens uw atelier van 11 maart",
        "sender": "Dr. Paul Verschuren <paul@verschuren-bestuursadvies.nl>",
        "body": "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\nVia een van uw leden hoorde ik over het "
                "atelier 'Sturen op samenwerking & eigenheid'. Als bestuurskundige heb ik hierover gepubliceerd en "
                "ik verzorg graag een inleiding van 20 minuten. Mijn tarief bespreek ik graag telefonisch.\n\n"
                "Met vriendelijke groet,\nDr. Paul Verschuren\nVerschuren Bestuursadvies\n06 - 41 22 87 30",
    },
    {
        "id": "h79-other-17", "kind": "other", "thread": None,
        "subject": "Catering voor uw bijeenkomst in Utrecht",
        "sender": "Lunchatelier De Smaak <info@lunchatelierdesmaak.nl>",
        "body": "Beste organisator,\n\nWij zagen dat u op 11 maart een bijeenkomst organiseert in Utrecht. "
                "Lunchatelier De Smaak verzorgt duurzame catering voor zakelijke bijeenkomsten, van koffie met "
                "iets lekkers tot een borrel. In de bijlage vindt u onze offerte voor 30 personen.\n\n"
                "We horen graag van u!\n\n"
                "Team De Smaak\nwww.lunchatelierdesmaak.nl",
    },
    {
        "id": "h79-other-18", "kind": "other", "thread": None,
        "subject": "Social catering for your meeting",
        "sender": "Daniel Okafor <daniel@brewbuddies.eu>",
        "body": "Hello,\n\nWe are a social enterprise employing people with a distance to the labour market, and we "
                "provide coffee, tea and lunch for meetings in Utrecht. Would you be interested in a quote for your "
                "atelier on March 11?\n\nBest regards,\nDaniel Okafor\nBrewBuddies",
    },
    {
        "id": "h79-other-19", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Corine Adriaanse <c.adriaanse@werkorganisatie-druten-wijchen.nl>",
        "body": "Kunt u mij de deelnemerslijst van het atelier sturen? Ik wil graag weten welke collega's er zijn.\n\n"
                "Corine",
    },
    {
        "id": "h79-other-20", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Gijs Mulder <g.mulder@gr-noordwest.nl>",
        "body": "Ik ben erbij. Is er vooraf een lijst met deelnemers en hun organisaties beschikbaar?\n\nGijs Mulder",
    },
    {
        "id": "h79-other-21", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Liesbeth Koning <liesbeth.koning@werkorganisatie-hlt.nl>",
        "body": "Dank voor de fijne middag! Kunnen jullie de slides van de inleiding ook rondsturen? Die staan "
                "niet in het verslag.\n\nLiesbeth",
    },
    {
        "id": "h79-other-22", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "notes",
        "sender": "R. Hoogland <r.hoogland@ferm-werkt.nl>",
        "body": "Worden de presentaties vooraf of na afloop gedeeld? Ik wil ze graag doorsturen aan mijn MT.\n\n"
                "R. Hoogland",
    },
    {
        "id": "h79-other-23", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-nl",
        "sender": "Maarten Veenstra <m.veenstra@noardeast-fryslan-dantumadiel.nl>",
        "body": "Jammer! Is er al zicht op een nieuwe datum? Dan houd ik die alvast vrij.\n\nMaarten",
    },
    {
        "id": "h79-other-24", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "apple",
        "sender": "Anita Ruiter <anita.ruiter@xs4all.nl>",
        "body": "Dank u. Hoeveel mensen staan er voor mij op de wachtlijst en hoe groot is de kans dat ik nog "
                "een plek krijg?\n\nAnita",
    },
    {
        "id": "h79-other-25", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Bram Verhagen <b.verhagen@dienst-dommelvallei.nl>",
        "body": "Ik kan de agenda-bijlage niet openen op mijn laptop. Kunt u de afspraak nog eens los "
                "sturen?\n\nBram Verhagen",
    },
    {
        "id": "h79-other-26", "kind": "other", "thread": None,
        "subject": "Atelier 11 maart - mevr. Van Dongen",
        "sender": "Secretariaat directie <secretariaat@werkorganisatie-duo.nl>",
        "body": "Goedemorgen,\n\nNamens mevrouw Van Dongen: zij komt graag naar het atelier. Kunt u bevestigen of er "
                "parkeerkaarten beschikbaar zijn, dan reserveer ik geen plek in de garage.\n\nMet vriendelijke "
                "groet,\nAnja Hoek\nmanagementassistent",
    },
    {
        "id": "h79-other-27", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Frans Poort <f.poort@grenswerk-gemeenten.nl>",
        "body": "Zijn er kosten verbonden aan deelname? Dan moet ik het via onze inkoop laten lopen.\n\nFrans Poort",
    },
    {
        "id": "h79-other-28", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Helen Carter <h.carter@bsd-werkorganisatie.nl>",
        "body": "Hi Melanie,\n\nI'd love to join. Is the session held in Dutch only, or will there be some English? "
                "My Dutch is still work in progress.\n\nThanks,\nHelen",
    },
    {
        "id": "h79-other-29", "kind": "other", "thread": None,
        "subject": "Sta ik op de lijst voor 11 maart?",
        "sender": "Remco Dijk <remco.dijk@gemeente-oostland.nl>",
        "body": "Hallo,\n\nIk heb vorige week op de uitnodiging gereageerd maar nog niets terug gehoord. Sta ik "
                "nu op de deelnemerslijst of op de wachtlijst?\n\nRemco Dijk",
    },
    {
        "id": "h79-other-30", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Tineke Bos <t.bos@werkorganisatie-cuijk.nl>",
        "body": "Wij willen graag met z'n vieren komen, het hele directieteam. Kan dat, gezien de 30 plaatsen?\n\n"
                "Tineke Bos",
    },
    {
        "id": "h79-other-31", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Jasper Wolff <jasper.wolff@icloud.com>",
        "body": "Ik kom, maar moet vroeg weg. Is er een pauze rond vier uur, zodat ik zonder te storen kan "
                "vertrekken?\n\nJasper",
    },
    {
        "id": "h79-other-32", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Loes Schipper <loes.schipper@werkorganisatie-duo.nl>",
        "body": "Worden er tijdens het atelier foto's gemaakt voor de website? Ik sta er liever niet op.\n\nLoes",
    },
    {
        "id": "h79-other-33", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Ahmed El Amrani <a.elamrani@drechtsteden-services.nl>",
        "body": "Ik was er als vervanger van Claire Bos. Kan ik een deelnamebewijs krijgen voor mijn "
                "opleidingsdossier?\n\nAhmed El Amrani",
    },
    {
        "id": "h79-other-34", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Wouter Brands <w.brands@hof-van-twente-rijssen.nl>",
        "body": "Dank voor de snelle bevestiging, helder.\n\nWouter",
    },
    # ---------------------------------------------------------------- auto-replies
    {
        "id": "h79-auto-01", "kind": "autoreply", "thread": "invitation", "headers": AUTO,
        "subject": "Automatisch antwoord: " + INV,
        "sender": "Harm Wolters <h.wolters@werkorganisatie-bbr.nl>",
        "body": "Dank voor uw bericht. Ik ben afwezig tot en met maandag 8 maart en lees mijn mail dan niet. "
                "Voor dringende zaken kunt u contact opnemen met het secretariaat, telefoon 0499 - 49 19 19.\n\n"
                "Met vriendelijke groet,\nHarm Wolters",
    },
    {
        "id": "h79-auto-02", "kind": "autoreply", "thread": "invitation",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "subject": "Out of Office: " + INV,
        "sender": "Helen Carter <h.carter@bsd-werkorganisatie.nl>",
        "body": "Thank you for your email. I am out of the office until March 9 with limited access to email. "
                "For urgent matters please contact my PA, Joke Meerman (j.meerman@bsd-werkorganisatie.nl).",
    },
    {
        "id": "h79-auto-03", "kind": "autoreply", "thread": "reminder",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "subject": "Afwezig: " + REM,
        "sender": "Esther van Dam <e.vandam@dienstverleningsorganisatie-rws.nl>",
        "body": "Beste afzender,\n\nIk ben op 10 en 11 maart niet aanwezig. Uw e-mail wordt niet doorgestuurd. "
                "Vanaf vrijdag 12 maart ben ik weer bereikbaar.\n\nEsther van Dam",
    },
    {
        "id": "h79-auto-04", "kind": "autoreply", "thread": "invitation",
        "subject": "Automatisch antwoord: " + INV,
        "sender": "Koen Vermeulen <koen.vermeulen@outlook.com>",
        "body": "Ik ben met vakantie tot 15 maart. Uw bericht wordt na mijn terugkomst behandeld.",
    },
    {
        "id": "h79-auto-05", "kind": "autoreply", "thread": None,
        "headers": {"Auto-Submitted": "auto-generated"},
        "subject": "Ontvangstbevestiging: " + INV,
        "sender": "Gemeente Oostland <noreply@gemeente-oostland.nl>",
        "body": "Geachte heer/mevrouw,\n\nWij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd "
                "onder zaaknummer Z-2027-004812 en wordt binnen vijf werkdagen in behandeling genomen.\n\n"
                "Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.\n\nGemeente Oostland",
    },
    {
        "id": "h79-auto-06", "kind": "autoreply", "thread": "invitation", "headers": AUTO,
        "subject": "Automatisch antwoord: " + CHG,
        "sender": "Piet Koster <p.koster@werkorganisatie-hlt.nl>",
        "body": "Dit e-mailadres is niet meer in gebruik. Piet Koster is per 1 februari 2027 uit dienst. Voor "
                "vragen kunt u terecht bij directiesecretariaat@werkorganisatie-hlt.nl.",
    },
    {
        "id": "h79-auto-07", "kind": "autoreply", "thread": "invitation",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "subject": "Automatisch antwoord: " + INV,
        "sender": "Nicole Bruins <n.bruins@werkorganisatie-bbr.nl>",
        "body": "Vanwege zwangerschapsverlof ben ik tot en met juni afwezig en kan ik dus ook niet bij bijeenkomsten "
                "zijn. Mijn taken worden waargenomen door Erik Jonker (e.jonker@werkorganisatie-bbr.nl).\n\n"
                "Nicole Bruins",
    },
    {
        "id": "h79-auto-08", "kind": "autoreply", "thread": "reminder", "headers": AUTO,
        "subject": "Automatisch antwoord: " + REM,
        "sender": "Mark Hendriks <mark.hendriks@kempengemeenten.nl>",
        "body": "[English below]\n\nIk ben tot en met 12 maart afwezig. In dringende gevallen kunt u bellen met "
                "040 - 208 88 00.\n\nI am out of office until 12 March. For urgent matters please call "
                "040 - 208 88 00.\n\nMark Hendriks",
    },
    {
        "id": "h79-auto-09", "kind": "autoreply", "thread": "invitation",
        "headers": {"Precedence": "bulk", "X-Autorespond": "vacation"},
        "subject": "Re: " + INV,
        "sender": "Inge Wouters <inge.wouters@hotmail.com>",
        "body": "Bedankt voor je mail! Ik zit tot 7 maart zonder bereik in de bergen en reageer daarna zo snel "
                "mogelijk.\n\nInge",
    },
    {
        "id": "h79-auto-10", "kind": "autoreply", "thread": "invitation", "headers": AUTO,
        "subject": "Afwezigheidsbericht",
        "sender": "J. Brinkman <j.brinkman@ferm-werkt.nl>",
        "body": "Ik ben niet aanwezig op het kantoor tot 4 maart 2027.\n\nIk zal uw bericht beantwoorden na mijn "
                "terugkomst. Met spoed? Bel 0418 - 68 12 34.",
    },
]
# fmt: on
