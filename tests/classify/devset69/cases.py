"""devset69: answers about the Leer- en inspireer-atelier that are NOT plain replies to the invitation; look-alikes.

Covers new mails (no thread) with short or elliptic wordings, with a subject naming the atelier, an empty subject or
an unrelated one; forwarded invitations with a line on top (thread absent); clients that dropped the reply headers;
answers after the reminder; replies to the RSVP acknowledgement, the change mail and the substitute's invitation that
change or confirm the answer; yeses with guests or a later arrival; noes with a substitute. About a third are
look-alikes that are not an rsvp: questions about the atelier (venue, parking, program, costs, online, bringing a
colleague), a management assistant announcing that the director comes, yeses to other events, thanks and feedback
after the atelier, leaving the network in the same mail, out-of-office answers, topic proposals that also say "I come".

Conventions relied on (the secretariat's view):
- `rsvp` carries `attending`; a director who cannot come but sends a substitute: `rsvp` False.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A named successor taking over the seat (with their address): `unsubscribe` (hand-over).
- An AVG erasure request anywhere: `unsubscribe` with `erase` True.
- A mail that changes an earlier answer carries the latest answer. A yes on a condition the secretariat must answer
  first, or a request plus a real question to the secretariat: `other`.
- Requests for someone else go to the secretariat (`other`): so a management assistant writing from their own
  address that the director comes is `other`; a colleague reporting that someone left: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- `thread` is absent for a new mail, a forward, or a client that dropped the reply headers.
"""

from __future__ import annotations

from typing import Any

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
ACK = "U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- new mails, short or elliptic, subject naming the atelier / empty / unrelated ----
    {
        "id": "d69-rsvp-01", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Gerard Hoekstra <g.hoekstra@wo-rijnvallei.nl>", "subject": "Atelier 11 maart",
        "body": "Ik kom.\n\nGerard Hoekstra",
    },
    {
        "id": "d69-rsvp-02", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Ineke Post <i.post@werkorganisatie-kempenland.nl>", "subject": "atelier",
        "body": "Zet me maar op de lijst voor het atelier.\n\nGr. Ineke",
    },
    {
        "id": "d69-rsvp-03", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Ruud Pranger <r.pranger@werkorganisatie-kempenland.nl>", "subject": "Leer- en inspireer-atelier",
        "body": "Helaas, 11 maart lukt niet.\n\nMet vriendelijke groet,\nRuud Pranger\n"
                "Directeur Werkorganisatie Kempenland",
    },
    {
        "id": "d69-rsvp-04", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Annemiek Scholten <a.scholten@servicepunt-heuvelland.nl>",
        "subject": "Leer- en inspireer-atelier 11 maart",
        "body": "Beste Stan en Melanie,\n\nIk ben erbij op de 11e.\n\nHartelijke groet,\nAnnemiek Scholten",
    },
    {
        "id": "d69-rsvp-05", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Frank Meijer <f.meijer@dewaardenbundel.nl>",
        "subject": "Re: overleg gemeentesecretarissen regio Oost",
        "body": "O ja, even los van dit onderwerp: ik kom 11 maart naar het atelier in Utrecht.\n\nGroet, Frank",
    },
    {
        "id": "d69-rsvp-06", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Bianca Vermeulen <bianca.vermeulen@gmail.com>", "subject": "",
        "body": "ik kan niet op 11 maart naar het atelier, sorry\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d69-rsvp-07", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Jan-Willem van Dam <jw.vandam@wo-rijnvallei.nl>", "subject": "Aanmelding atelier",
        "body": "Goedemorgen,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van donderdag "
                "11 maart.\n\n"
                "Met vriendelijke groet,\n\ndrs. J.W. (Jan-Willem) van Dam\nalgemeen directeur\n"
                "Werkorganisatie Rijnvallei\nT 0318 - 53 82 00",
    },
    {
        "id": "d69-rsvp-08", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Hans Wiersma <h.wiersma@noordkwartier-samen.nl>", "subject": "Afmelding atelier 11-3",
        "body": "Beste secretariaat,\n\nIk meld mij af voor het atelier van 11 maart; die middag heb ik een extra "
                "raadsvergadering.\nGraag tot een volgende keer.\n\nGroet,\nHans Wiersma",
    },
    {
        "id": "d69-rsvp-09", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Marjolein Kok <m.kok@a2-samenwerking.nl>", "subject": "11 maart",
        "body": "Ja, tel mij maar mee voor het atelier. Ik neem een collega mee, dus we zijn met 2 "
                "personen.\n\nMarjolein",
    },
    {
        "id": "d69-rsvp-10", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Peter de Graaf <p.degraaf@lingewaard-overbetuwe.nl>", "subject": "Workshop 11 March",
        "body": "Dear Stan,\n\nCount me in for the atelier on 11 March. I will bring one guest, our programme "
                "manager.\n\nBest regards,\nPeter de Graaf",
    },
    {
        "id": "d69-rsvp-11", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Sandra Molenaar <s.molenaar@duinstreek-werkt.nl>", "subject": "",
        "body": "Hi, unfortunately I can't make it to the atelier on March 11th. Please keep me posted on the next "
                "one.\nKind regards, Sandra Molenaar",
    },
    {
        "id": "d69-rsvp-12", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Erik Zwart <e.zwart@werkorganisatie-oosterwold.nl>", "subject": "Atelier donderdag 11 maart",
        "body": "Hoi Melanie,\n\nIk kom, maar ik ben er pas rond half vier vanwege een bestuursoverleg. Ik schuif dan "
                "gewoon aan.\n\nGroet,\nErik",
    },
    {
        "id": "d69-rsvp-13", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Theo Brouwer <t.brouwer@wo-lingewaal.nl>", "subject": "atelier 11 maart",
        "body": "Beste Stan,\n\nIk kan zelf helaas niet op 11 maart. In mijn plaats komt mijn adjunct-directeur, "
                "Linda Mulder (l.mulder@wo-lingewaal.nl).\n\nMet vriendelijke groet,\nTheo Brouwer",
    },
    {
        "id": "d69-rsvp-14", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Martin Hofman <m.hofman@bergenkust.nl>", "subject": "",
        "body": "Ik ben 11 maart op vakantie, dus niet bij het atelier. Karin Vos van onze afdeling Strategie gaat "
                "in mijn plaats.\n\nGroeten,\nMartin",
    },
    {
        "id": "d69-rsvp-15", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Henk Schouten <h.schouten@werkorganisatie-vlietland.nl>", "subject": "atelier",
        "body": "Ik kom graag, tot de 11e!\nGr Henk\n\nDownload Outlook for Android",
    },
    {
        "id": "d69-rsvp-16", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Wilma de Bruin <w.debruin@wo-maasenwaal.nl>", "subject": "aanmedling atelier",
        "body": "ik ben erbij op 11 mrt, groet Wilma de Bruin\ndirecteur wrkorganisatie Maas en Waal",
    },
    {
        "id": "d69-rsvp-17", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "J. Kuipers <j.kuipers@gemeente-westerbroek.nl>", "subject": "Re: Atelier",
        "body": "Nee, helaas. Donderdag 11 maart zit ik de hele dag in Den Haag.\n\nJ. Kuipers",
    },
    {
        "id": "d69-rsvp-18", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "C.A.M. Verhoeven <c.verhoeven@servicepunt-heuvelland.nl>",
        "subject": "Deelname Leer- en inspireer-atelier",
        "body": "Geachte heer Van de Laar, beste Stan,\n\nGraag bevestig ik mijn deelname aan het Leer- en "
                "inspireer-atelier 'Sturen op samenwerking & eigenheid' op 11 maart aanstaande.\n\nHoogachtend,\n\n"
                "mr. C.A.M. (Cees) Verhoeven\nDirecteur\nGR Servicepunt Heuvelland\n\n"
                "Dit bericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder dit "
                "bericht dan en meld het aan de afzender.",
    },
    {
        "id": "d69-rsvp-19", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Yvonne Bakker <y.bakker@dekempen-samen.nl>", "subject": "atelier maart",
        "body": "Hallo,\nWij komen met drie personen naar het atelier: ikzelf, mijn adjunct en onze concerncontroller."
                "\nGroet, Yvonne Bakker",
    },
    # ---- forwarded invitations with a line on top (thread absent) ----
    {
        "id": "d69-rsvp-20", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Paul Hermans <p.hermans@werkorganisatie-vlietland.nl>", "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "body": "Ik kom graag.\n\nGroet,\nPaul Hermans",
    },
    {
        "id": "d69-rsvp-21", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Mirjam Smeets <mirjam.smeets@hotmail.com>", "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": "Vanaf mijn privéadres, want de werkmail ligt eruit: ik kan helaas niet op 11 maart.\n\nGroet, Mirjam",
    },
    {
        "id": "d69-rsvp-22", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Dennis Smits <d.smits@bergenkust.nl>", "subject": "Doorst: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": "Beste Melanie, onderstaande uitnodiging kwam via mijn secretariaat bij mij terecht. Ik ben erbij, met "
                "één gast.\nGr. Dennis Smits",
    },
    {
        "id": "d69-rsvp-23", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Rob Veenstra <r.veenstra@noordkwartier-samen.nl>", "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "body": "Helaas niet, ik zit die middag bij de provincie.\n\nRob Veenstra",
    },
    {
        "id": "d69-rsvp-24", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Saskia Jongsma <s.jongsma@waddenwerk.nl>", "subject": "Fwd: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": "Ik kom, tot dan!\n\nSaskia Jongsma",
    },
    {
        "id": "d69-rsvp-25", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Koos Visser <k.visser@wo-maasenwaal.nl>", "subject": "Fwd: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": "Ja ik kom, met 1 gast\n\nVerstuurd vanaf mijn iPad",
    },
    {
        "id": "d69-rsvp-26", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Koen Dijkman <k.dijkman@gr-oostgelre.nl>", "subject": "Fwd: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "body": "Ben erbij. Gr, Koen",
    },
    {
        "id": "d69-rsvp-27", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Anne Lindqvist <a.lindqvist@a2-samenwerking.nl>", "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": "Sorry, I won't be able to attend. My deputy Mark Visser (m.visser@a2-samenwerking.nl) will come "
                "instead.\n\nRegards,\nAnne Lindqvist",
    },
    # ---- answers after the reminder ----
    {
        "id": "d69-rsvp-28", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Arjen Bosman <a.bosman@werkorganisatie-oosterwold.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": "Helaas, ik kan niet. Ik lig ziek op bed.\n\nGroet, Arjen",
    },
    {
        "id": "d69-rsvp-29", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Petra Groen <petra.groen@gmail.com>",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "body": "Ik kom toch alleen, mijn gast heeft afgezegd.\n\nGroet,\nPetra",
    },
    {
        "id": "d69-rsvp-30", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Lars Timmermans <l.timmermans@duinstreek-werkt.nl>",
        "quoted": "herinnering_atelier", "quote": "apple",
        "body": "Tot donderdag!\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d69-rsvp-31", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Geert Mulder <g.mulder@werkorganisatie-vlietland.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": "Beste Stan,\n\nDoor een crisis in een van onze gemeenten moet ik helaas toch afzeggen voor donderdag. "
                "Geef mijn plek gerust aan iemand van de wachtlijst.\n\nMet vriendelijke groet,\nGeert Mulder",
    },
    {
        "id": "d69-rsvp-32", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Ellen Dekker <ellen.dekker@gr-oostgelre.nl>",
        "quoted": "herinnering_atelier", "quote": "notes",
        "body": "Ik kom wel, maar een half uur later dan gepland. Begin gerust zonder mij!\n\nMvg Ellen Dekker",
    },
    {
        "id": "d69-rsvp-33", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Tom Hagen <t.hagen@lingewaard-overbetuwe.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "body": "I'll be there, but my guest can't make it, so it's just me.\n\nBest, Tom",
    },
    {
        "id": "d69-rsvp-34", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Bram Evers <b.evers@wo-rijnvallei.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": "Ik kan zelf niet meer, maar mijn collega Joyce Aydin (j.aydin@wo-rijnvallei.nl) neemt mijn plaats in. "
                "Zij komt zonder gast.\n\nGr. Bram",
    },
    {
        "id": "d69-rsvp-35", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Monique Schipper <m.schipper@dekempen-samen.nl>", "subject": "Herinnering atelier",
        "body": "Dank voor de herinnering. Ik kan donderdag helaas niet meer, wilt u mijn plaats vrijgeven?\n\n"
                "Groet,\nMonique",
    },
    {
        "id": "d69-rsvp-36", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Marco Timmer <m.timmer@waddenwerk.nl>",
        "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
        "body": "Helaas kan ik er toch niet bij zijn.\n\nMarco Timmer",
    },
    {
        "id": "d69-rsvp-37", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Harm Wolters <h.wolters@gemeente-westerbroek.nl>",
        "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "body": "Ik neem nog een extra collega mee: we komen dus met zijn drieën (ik en 2 gasten).\n\nGroet, Harm",
    },
    {
        "id": "d69-rsvp-38", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Wim Beekman <w.beekman@bergenkust.nl>", "subject": "RE: " + REM,
        "body": "Ik ben er, met gast. Tot donderdag.\nWim",
    },
    # ---- replies to the RSVP acknowledgement / change mail / substitute's invitation ----
    {
        "id": "d69-rsvp-39", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Nicole van Wijk <n.vanwijk@duinstreek-werkt.nl>",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "body": "Haal me maar van de wachtlijst, ik heb die middag inmiddels iets anders.\n\nGroet, Nicole",
    },
    {
        "id": "d69-rsvp-40", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Leo Mertens <leo.mertens@gmail.com>",
        "quoted": "bevestiging_rsvp", "quote": "gmail",
        "body": "Ik kan toch niet. Dank!\nLeo",
    },
    {
        "id": "d69-rsvp-41", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Femke Boer <f.boer@noordkwartier-samen.nl>",
        "quoted": "bevestiging_rsvp", "quote": "apple",
        "body": "Geef mijn plek op de wachtlijst maar aan een ander, het lukt me niet meer.",
    },
    {
        "id": "d69-rsvp-42", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "W. Bos <w.bos@werkorganisatie-kempenland.nl>",
        "body": "Eerder meldde ik me aan, maar ik moet helaas toch afzeggen voor 11 maart.\n\nMet vriendelijke groet,\n"
                "W. Bos",
    },
    {
        "id": "d69-rsvp-43", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Judith Kramer <j.kramer@wo-lingewaal.nl>",
        "body": "Ik had nee gezegd, maar mijn afspraak is verzet: ik kom toch!\n\nGr. Judith",
    },
    {
        "id": "d69-rsvp-44", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Freek Laan <f.laan@a2-samenwerking.nl>", "subject": "Wijziging aanmelding atelier",
        "body": "Beste Melanie,\n\nIk meldde me vorige week af voor het atelier, maar het lukt nu toch. Graag weer op "
                "de lijst.\n\nGroet,\nFreek Laan",
    },
    {
        "id": "d69-rsvp-45", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Thijs Ramaker <t.ramaker@werkorganisatie-oosterwold.nl>", "subject": "RE: " + ACK,
        "body": "Laat maar, ik kom niet.\n\nGroeten, Thijs",
    },
    {
        "id": "d69-rsvp-46", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Renate Jacobs <r.jacobs@servicepunt-heuvelland.nl>",
        "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
        "body": "Beste Stan,\n\nIk blijf graag op de wachtlijst, maar ik kom nu met een collega: dus 2 personen als er "
                "plek komt.\n\nMvg,\nRenate",
    },
    {
        "id": "d69-rsvp-47", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Arie van Os <a.vanos@wo-maasenwaal.nl>",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": "De nieuwe datum, 18 maart, kan ik helaas niet.\n\nGroet,\nArie",
    },
    {
        "id": "d69-rsvp-48", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Harry Claassen <harry.claassen@gmail.com>",
        "quoted": "wijziging_atelier", "quote": "gmail",
        "body": "18 maart past mij ook prima, ik blijf op de wachtlijst staan.\nHarry",
    },
    {
        "id": "d69-rsvp-49", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Sophie Kramer <s.kramer@dewaardenbundel.nl>",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "body": "Dank, ik kom graag in de plaats van Dirk.\n\nMet vriendelijke groet,\nSophie Kramer",
    },
    {
        "id": "d69-rsvp-50", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Lotte Brink <l.brink@dewaardenbundel.nl>",
        "quoted": "uitnodiging_vervanger", "quote": "apple",
        "body": "Helaas, ik kan ook niet op 11 maart. Ik laat het Dirk zelf weten.\n\nLotte",
    },
    # ---- more new mails ----
    {
        "id": "d69-rsvp-51", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "D. Postma <d.postma@waddenwerk.nl>", "subject": "Re: " + INV,
        "body": "Ja, ik kom.\n\nD. Postma",
    },
    {
        "id": "d69-rsvp-52", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Ingrid Smeets <i.smeets@gr-oostgelre.nl>", "subject": "Leer- en inspireer-atelier",
        "body": "Goedemiddag, helaas moet ik mij afmelden voor het atelier van 11 maart. Groet, Ingrid Smeets",
    },
    {
        "id": "d69-rsvp-53", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Kees Janssen <k.janssen@werkorganisatie-vlietland.nl>", "subject": "",
        "body": "Afmelding voor donderdag 11 maart (atelier). Lid van het netwerk blijf ik uiteraard graag.\n\n"
                "vr gr\nKees Janssen",
    },
    {
        "id": "d69-rsvp-54", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Roel Huisman <r.huisman@noordkwartier-samen.nl>", "subject": "Atelier 11/3",
        "body": "Yes, ik kom! Wel iets later, rond 14.30 uur, want ik reis met de trein uit Groningen.\n\nGroet,\nRoel",
    },
    {
        "id": "d69-rsvp-55", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Margriet van Leeuwen <m.vanleeuwen@wo-rijnvallei.nl>",
        "subject": "Sturen op samenwerking & eigenheid",
        "body": "Dit onderwerp spreekt me erg aan. Ik ben erbij.\n\nMet hartelijke groet,\nMargriet van Leeuwen",
    },
    {
        "id": "d69-rsvp-56", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Edwin Prins <e.prins@lingewaard-overbetuwe.nl>", "subject": "Agenda",
        "body": "Kort: ik kom niet naar het atelier op 11 maart. Te druk met de voorjaarsnota.\n\nEdwin",
    },
    {
        "id": "d69-rsvp-57", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Joris Hendriks <j.hendriks@bergenkust.nl>", "subject": "Leer- en inspireer-atelier",
        "body": "Hello Melanie,\n\nYes, I will attend on 11 March, together with one colleague.\n\nKind regards,\n"
                "Joris Hendriks\n\nSent from Outlook",
    },
    {
        "id": "d69-rsvp-58", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Gerda Willems <g.willems@dewaardenbundel.nl>", "subject": "11 maart atelier - afmelding",
        "body": "Helaas verhinderd. Mijn collega Jeroen Smit (j.smit@dewaardenbundel.nl) komt in mijn plaats, met nog "
                "één collega.\n\nGroet,\nGerda",
    },
    {
        "id": "d69-rsvp-59", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "A.H. Ploeg <a.ploeg@gemeente-westerbroek.nl>", "subject": "",
        "body": "Hierbij laat ik weten dat ik op 11 maart niet aanwezig kan zijn bij het Leer- en inspireer-atelier "
                "i.v.m. een werkbezoek.\n\nMet vriendelijke groet,\n\nA.H. (Anton) Ploeg\nDirecteur bedrijfsvoering\n\n"
                "Aan dit bericht kunnen geen rechten worden ontleend.",
    },
    {
        "id": "d69-rsvp-60", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "sender": "Bert Lubbers <b.lubbers@werkorganisatie-kempenland.nl>",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": "Geen onderwerp van mijn kant, maar ik kom wel graag op 11 maart.\n\nGroet,\nBert",
    },
    {
        "id": "d69-rsvp-62", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Carla Verbruggen <c.verbruggen@dekempen-samen.nl>", "subject": "Utrecht 11 maart",
        "body": "Beste Stan, ik was er graag bij geweest, maar het gaat me die donderdag niet lukken. Veel plezier!\n"
                "Groet, Carla",
    },
    {
        "id": "d69-rsvp-63", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Gijs Mol <g.mol@werkorganisatie-oosterwold.nl>", "subject": "Atelier: aanmelding",
        "body": "Bij deze meld ik me aan, inclusief 1 introducé (onze gemeentesecretaris).\n\n"
                "Met vriendelijke groet / Kind regards,\n\nG. (Gijs) Mol | Directeur | Werkorganisatie Oosterwold",
    },
    {
        "id": "d69-rsvp-64", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Marcel Jonker <m.jonker@wo-lingewaal.nl>",
        "subject": "Geaccepteerd: Leer- en inspireer-atelier 11 maart 2027",
        "body": "Tot dan.\n\nMarcel",
    },
    # ---- look-alikes: questions and conditional answers (other) ----
    {
        "id": "d69-other-01", "kind": "other", "thread": None,
        "sender": "Rien Vos <r.vos@wo-maasenwaal.nl>", "subject": "Atelier 11 maart - parkeren",
        "body": "Beste Melanie,\n\nKan ik bij het Stadskantoor parkeren, of kan ik beter met de trein komen?\n\n"
                "Groet,\nRien",
    },
    {
        "id": "d69-other-02", "kind": "other", "thread": None,
        "sender": "Hugo Smit <h.smit@waddenwerk.nl>", "subject": "",
        "body": "Waar is het atelier precies? In de agenda-afspraak die mijn secretaresse maakte staat alleen "
                "'Utrecht'.\n\nGr. Hugo",
    },
    {
        "id": "d69-other-03", "kind": "other", "thread": None,
        "sender": "Lisette Koning <l.koning@a2-samenwerking.nl>", "subject": "Programma atelier",
        "body": "Beste Stan,\n\nIs er al een programma voor 11 maart? Ik wil graag weten wie er spreekt voordat ik "
                "besluit of ik kom.\n\nGroet,\nLisette",
    },
    {
        "id": "d69-other-04", "kind": "other", "thread": None,
        "sender": "Anouk Peters <a.peters@duinstreek-werkt.nl>", "subject": "Collega meenemen?",
        "body": "Mag ik een collega van onze afdeling Financiën meenemen naar het atelier? Ze is geen directeur.\n\n"
                "Mvg,\nAnouk",
    },
    {
        "id": "d69-other-05", "kind": "other", "thread": None,
        "sender": "Henri Lambers <h.lambers@gr-oostgelre.nl>", "subject": "atelier",
        "body": "Ik kom als mijn adjunct ook mee mag. Kan dat?\n\nHenri",
    },
    {
        "id": "d69-other-06", "kind": "other", "thread": None,
        "sender": "Maaike Oosterhuis <m.oosterhuis@noordkwartier-samen.nl>", "subject": "11 maart",
        "body": "Ik kom. Is er na afloop nog een borrel of diner? Dan plan ik mijn trein daarop.\n\nGroet,\nMaaike",
    },
    {
        "id": "d69-other-07", "kind": "other", "thread": "reminder",
        "sender": "Femke Hoogland <f.hoogland@werkorganisatie-vlietland.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": "Kan ik ook online aansluiten? Ik zit die dag in Zwolle.\n\nGroet, Femke",
    },
    {
        "id": "d69-other-08", "kind": "other", "thread": None,
        "sender": "Petra van Dijk <secretariaat.directie@wo-rijnvallei.nl>",
        "subject": "Atelier 11 maart - dhr. Koster",
        "body": "Goedemorgen,\n\nNamens de heer Koster laat ik u weten dat hij graag aanwezig is bij het atelier van "
                "11 maart.\n\nMet vriendelijke groet,\nPetra van Dijk\nManagementassistent directie",
    },
    {
        "id": "d69-other-09", "kind": "other", "thread": None,
        "sender": "Secretariaat directie <directiesecretariaat@bergenkust.nl>", "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": "Mevrouw De Haan komt graag, samen met een collega. Wilt u de bevestiging rechtstreeks aan haar "
                "sturen?\n\nMet vriendelijke groet,\nSecretariaat directie",
    },
    {
        "id": "d69-other-10", "kind": "other", "thread": None,
        "sender": "Daan Verschuren <d.verschuren@werkorganisatie-kempenland.nl>", "subject": "kosten atelier?",
        "body": "Zijn er kosten verbonden aan deelname aan het atelier? Dan moet ik het even langs onze controller "
                "halen.\n\nGroet,\nDaan",
    },
    {
        "id": "d69-other-11", "kind": "other", "thread": None,
        "sender": "Simone Hartog <s.hartog@wo-lingewaal.nl>", "subject": "Uitnodiging atelier niet ontvangen",
        "body": "Een collega vertelde over het atelier van 11 maart, maar ik heb geen uitnodiging gehad. Kunt u die "
                "nog sturen?\n\nMvg,\nSimone",
    },
    {
        "id": "d69-other-12", "kind": "other", "thread": None,
        "sender": "Vincent Aalbers <v.aalbers@servicepunt-heuvelland.nl>", "subject": "bijlage atelier",
        "body": "De agenda-bijlage bij de uitnodiging voor 11 maart opent niet bij mij. Kunt u hem opnieuw sturen?\n\n"
                "Groet, Vincent",
    },
    {
        "id": "d69-other-13", "kind": "other", "thread": None,
        "sender": "Wouter Rijkers <w.rijkers@dekempen-samen.nl>", "subject": "deelnemers atelier",
        "body": "Wie hebben zich allemaal aangemeld voor 11 maart? Ik ben benieuwd of de collega's uit Brabant er "
                "ook zijn.\n\nGroet, Wouter",
    },
    {
        "id": "d69-other-14", "kind": "other", "thread": None,
        "sender": "Nina Claassen <n.claassen@gemeente-westerbroek.nl>", "subject": "Atelier",
        "body": "Hello, is the atelier also open to municipal secretaries who are not directors of a shared service "
                "organisation? I'd be interested in joining.\n\nBest regards,\nNina Claassen",
    },
    {
        "id": "d69-other-15", "kind": "other", "thread": None,
        "sender": "Annet de Wit <a.dewit@werkorganisatie-kempenland.nl>", "subject": "atelier + nieuw mailadres",
        "body": "Ik kom 11 maart. Let wel: per 1 maart is mijn mailadres annet.dewit@kempenland-werkt.nl, wilt u dat "
                "aanpassen?\n\nAnnet de Wit",
    },
    {
        "id": "d69-other-16", "kind": "other", "thread": None,
        "sender": "Secretariaat Werkorganisatie Duinstreek <secretariaat@duinstreek-werkt.nl>",
        "subject": "Uitnodiging atelier",
        "body": "Goedemiddag,\n\nDe uitnodiging voor het atelier is gericht aan de heer Veldman, maar hij is per "
                "1 januari vertrokken. Een opvolger is nog niet benoemd.\n\nMet vriendelijke groet,\n"
                "Secretariaat Werkorganisatie Duinstreek",
    },
    {
        "id": "d69-other-17", "kind": "other", "thread": None,
        "sender": "Olga Brands <o.brands@lingewaard-overbetuwe.nl>", "subject": "Vraag over atelier 11 maart",
        "body": "Dank voor de uitnodiging. Komt in het atelier ook de rol van de gemeenteraden aan bod, of gaat het "
                "alleen over de colleges?\n\nGroet,\nOlga",
    },
    {
        "id": "d69-other-18", "kind": "other", "thread": "invitation",
        "sender": "Laura Verheij <l.verheij@wo-maasenwaal.nl>",
        "quoted": "annulering_atelier", "quote": "outlook-nl",
        "body": "Jammer! Weten jullie al wanneer de nieuwe datum is?\n\nGroet, Laura",
    },
    # ---- look-alikes: other events, thanks, pitches (other) ----
    {
        "id": "d69-other-19", "kind": "other", "thread": None,
        "sender": "Gert Lammers <g.lammers@waddenwerk.nl>", "subject": "Aanmelding regiodag 14 april",
        "body": "Hierbij meld ik mij aan voor de regiodag op 14 april in Zwolle.\n\nGroet, Gert Lammers",
    },
    {
        "id": "d69-other-20", "kind": "other", "thread": None,
        "sender": "Ilse Martens <i.martens@gr-oostgelre.nl>", "subject": "RE: Netwerkbijeenkomst VGS",
        "body": "Ja, ik kom naar de bijeenkomst van de Vereniging van Gemeentesecretarissen op 20 maart.\n\n"
                "Groet, Ilse",
    },
    {
        "id": "d69-other-21", "kind": "other", "thread": None,
        "sender": "Laura Bennink <laura.bennink@outlook.com>", "subject": "Webinar 2 April",
        "body": "Hi, I'd like to join the webinar on digital services on 2 April. Please send me the link.\n"
                "Best, Laura",
    },
    {
        "id": "d69-other-22", "kind": "other", "thread": None,
        "sender": "Jacqueline Roos <j.roos@a2-samenwerking.nl>", "subject": "Dank!",
        "body": "Beste Stan en Melanie,\n\nDank voor de inspirerende middag gisteren. Heel goed georganiseerd!\n\n"
                "Hartelijke groet,\nJacqueline",
    },
    {
        "id": "d69-other-23", "kind": "other", "thread": "call_for_themes",
        "sender": "Pieter Kroon <p.kroon@werkorganisatie-oosterwold.nl>",
        "quoted": "vervolg_atelier", "quote": "apple",
        "body": "Dank voor het verslag, mooi samengevat.",
    },
    {
        "id": "d69-other-24", "kind": "other", "thread": "call_for_themes",
        "sender": "Karel Wouters <k.wouters@noordkwartier-samen.nl>",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": "Was een mooie middag. Wat mij betreft volgende keer een hele dag, en op een locatie vlak bij het "
                "station.\n\nGroet,\nKarel",
    },
    {
        "id": "d69-other-25", "kind": "other", "thread": None,
        "sender": "Marloes Verbeek <marloes@verbeekprocesbegeleiding.nl>",
        "subject": "Facilitatie Leer- en inspireer-atelier",
        "body": "Beste organisatoren,\n\nGraag bieden wij onze diensten aan als gespreksleider voor uw volgende "
                "atelier. Wij hebben ruime ervaring met directeurenbijeenkomsten in het sociaal domein.\n\n"
                "Met vriendelijke groet,\nMarloes Verbeek\nVerbeek Procesbegeleiding",
    },
    {
        "id": "d69-other-26", "kind": "other", "thread": None,
        "sender": "Stefan Hoek <s.hoek@wo-rijnvallei.nl>", "subject": "presentatie 11 maart",
        "body": "Kunnen jullie de sheets van de presentatie van donderdag rondsturen? Ik wil ze delen met ons MT.\n\n"
                "Groet, Stefan",
    },
    # ---- look-alikes: leaving the network in the same mail (unsubscribe) ----
    {
        "id": "d69-unsub-01", "kind": "unsubscribe", "thread": None,
        "sender": "J. van Rijn <j.vanrijn@dekempen-samen.nl>", "subject": "Atelier en lidmaatschap",
        "body": "Ik kan 11 maart niet komen en wil mij ook afmelden voor het netwerk: per 1 april ga ik met pensioen."
                "\n\nMet vriendelijke groet,\nJ. van Rijn",
    },
    {
        "id": "d69-unsub-02", "kind": "unsubscribe", "thread": "reminder",
        "sender": "Guus Terpstra <g.terpstra@waddenwerk.nl>",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "body": "Ik kom niet, en haal mij ook maar van jullie ledenlijst. Het netwerk is niets voor "
                "mij.\n\nG. Terpstra",
    },
    {
        "id": "d69-unsub-03", "kind": "unsubscribe", "thread": None,
        "sender": "R. Dijkstra <r.dijkstra@werkorganisatie-vlietland.nl>", "subject": "afmelden",
        "body": "Ik kom niet naar het atelier en wil helemaal uit het netwerk. Verwijder ook al mijn gegevens uit "
                "jullie bestanden (AVG).\n\nR. Dijkstra",
        "erase": True,
    },
    {
        "id": "d69-unsub-04", "kind": "unsubscribe", "thread": None,
        "sender": "Hannah Scott <h.scott@lingewaard-overbetuwe.nl>", "subject": "Atelier 11 March",
        "body": "I won't attend on 11 March, and please take me off the network as well: I have moved to a different "
                "role outside the shared service organisation.\n\nKind regards,\nHannah Scott",
    },
    {
        "id": "d69-unsub-05", "kind": "unsubscribe", "thread": None,
        "sender": "Maarten Kuijpers <m.kuijpers@werkorganisatie-kempenland.nl>", "subject": "Uitnodiging 11 maart",
        "body": "Naar het atelier kom ik niet meer: ik vertrek per 1 maart. Mijn opvolger is Sander Kok "
                "(s.kok@werkorganisatie-kempenland.nl); wilt u de uitnodigingen voortaan aan hem sturen?\n\n"
                "Met vriendelijke groet,\nMaarten Kuijpers",
    },
    # ---- look-alikes: out-of-office answers (autoreply) ----
    {
        "id": "d69-auto-01", "kind": "autoreply", "thread": "invitation",
        "sender": "Oscar Vink <o.vink@gr-oostgelre.nl>", "subject": "Automatisch antwoord: " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": "Ik ben afwezig tot en met 15 maart en heb beperkt toegang tot mijn mail. Voor dringende zaken kunt u "
                "contact opnemen met het secretariaat, 0544 - 39 30 00.",
    },
    {
        "id": "d69-auto-02", "kind": "autoreply", "thread": "reminder",
        "sender": "Eva Brinkman <e.brinkman@duinstreek-werkt.nl>", "subject": "Afwezig: " + REM,
        "body": "Dank voor uw bericht. Ik ben op cursus van 8 tot en met 12 maart en lees mijn mail na terugkomst.",
    },
    # ---- look-alikes: a topic proposal that also says "I come" (suggestion) ----
    {
        "id": "d69-sugg-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Barbara Hendrix <b.hendrix@wo-lingewaal.nl>",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": "Ik kom graag op 11 maart. Als onderwerp stel ik voor: hoe richt je de informatievoorziening en I&A in "
                "voor drie gemeenten die elk hun eigen systemen hebben?\n\nGroet,\nBarbara",
    },
    {
        "id": "d69-sugg-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Jeroen Vlasman <j.vlasman@bergenkust.nl>",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": "De volgende keer kom ik weer, en dan zou ik graag bespreken hoe we ondernemers sneller en via één "
                "digitaal loket bedienen.\n\nGroet,\nJeroen",
    },
]
# fmt: on
