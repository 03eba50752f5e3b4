"""devset109: a year (2032) of mail from directors of werkorganisaties and GR's in Zeeland and on the islands.

The writers are directors, assistants and mail systems of invented werkorganisaties and gemeenschappelijke regelingen
in Zeeland and on the Zuid-Hollandse eilanden (Schorreland, De Kreekoevers, VeerSaam, Eilandenrijk, Vlietmonde,
Getijdenland, Polderkust, Sluisdijk, ...). Ferries, storms, the distance to the Randstad and small cores colour their
mail; a few write English, one Flemish Dutch, a few with a Zeeuws tinge. Several writers come back later in the year,
and a later mail may change an earlier answer. Our quoted mails are the fixed snapshot of quoted_mails.json (its
dates say 2027); the writers' own text follows this 2032 calendar:

- Mon 5 January: call for themes for atelier 2032-1 (answers before Friday 23 January); confirmation mails, their
  reminders and welcome mails for new members go out all year;
- Wed 11 February: invitation to atelier 2032-1 "Over het water heen" (Samenwerking), Thursday 18 March 2032,
  13.30-17.00, De Zoutloods in Brakkeveer; answer before 5 March; 30 places, a waiting list from late February;
  RSVP acknowledgements (list or waiting list) and substitutes' invitations follow;
- Tue 2 March: change: the Zoutloods has water damage, the atelier moves to zaal Het Veerhuis in Veerhaven (same
  date and time);
- Thu 11 March: reminder; Thu 18 March: atelier 1; Mon 22 March: follow-up with the report and a call for topics;
- Mon 30 August: call for themes for atelier 2032-2 (answers before Friday 17 September);
- Tue 5 October: invitation to atelier 2032-2 "Dienstverlening dichtbij", Thursday 11 November 2032, Kasteel Ter
  Schorre in Schorrewaarde; answer before 29 October;
- Tue 9 November: cancellation (storm warning, ferries out of service); Tue 16 November: new invitation for
  Thursday 9 December 2032, same place;
- Thu 2 December: reminder; Thu 9 December: atelier 2; Mon 13 December: follow-up, topics for 2033-1 welcome;
- in between: leave confirmations (afmelding_bevestigd) answered with "lid blijven", thanks or a successor.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; under the call, follow-up or thank-you a proposed topic is a suggestion
  (also beside "I'll be there"), a reply that only says whether the writer comes is an rsvp, and a wish about the
  form (place, time, programme) is other;
- themes are those of the proposed topic, not of words used in passing or of the story told before it; two themes
  only where the writer proposes two topics of different themes;
- a decline that keeps the membership ("afmelden voor het atelier") and a decline naming a substitute are rsvp
  False; the substitute's own yes or no under our substitute invitation is an rsvp; leaving the network together
  with declining is unsubscribe; a later mail carries the latest answer;
- a named successor with an address takes over the seat: unsubscribe (also under our goodbye); a colleague or P&O
  reporting a departure, or a successor without an address, is other;
- an AVG erasure is unsubscribe with erase; a request to see one's data is other;
- one named colleague with an address is subscribe; several people or no address is other; "lid blijven" under our
  goodbye is subscribe; a question whether one may join is other;
- a plain denial under our confirmation mail is unsubscribe; a denial asking where we got the address is other; a
  confirmation with a real question beside it is other;
- a yes on a condition, a yes with a question the secretariat must answer, and an assistant's new mail about the
  director's attendance are other; an assistant answering in reply to our mail is an rsvp;
- calendar accept/decline answers are rsvp; out-of-office, ticket systems and "address no longer in use" are
  autoreply, delivery failures are bounce, and neither carries a quote; thanks and complaints are other.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- January: call for themes 2032-1, sign-ups, confirmations, welcome -------------------------------------
    {
        "id": "d109-001",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hendrika Moerland <h.moerland@schorreland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voor het atelier van 18 maart draag ik graag een onderwerp aan.

            Hoe ga je als werkorganisatie om met twee gemeenteraden die een heel verschillende koers willen? In
            Brakkeveer wil men de haven uitbreiden, in Zoutkerke staan juist rust en natuur voorop. Wij zitten daar
            als ambtelijke organisatie middenin en moeten beide besturen even goed bedienen. Ik ben benieuwd hoe
            collega's met zulke uiteenlopende ambities van hun deelnemers omgaan.

            Met vriendelijke groet,

            drs. H.J. Moerland
            algemeen directeur Werkorganisatie Schorreland
            T 0111 48 22 10 | M 06 41 87 20 33
            """
        ),
    },
    {
        "id": "d109-002",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jan-Willem Koene <jw.koene@kreekoevers.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Mijn onderwerp: de vergrijzing van ons personeel en de krapte op de arbeidsmarkt hier op de eilanden.
            Binnen vijf jaar gaat een kwart van onze mensen met pensioen. Hoe houden jullie de formatie gevuld?

            Groet,
            Jan-Willem Koene
            directeur bedrijfsvoering GR De Kreekoevers
            """
        ),
    },
    {
        "id": "d109-003",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Marloes Dieleman <m.dieleman@veersaam.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Twee suggesties:
            1. openingstijden van het loket in het toeristenseizoen (zaterdagen, tijdelijke inwoners, arbeidsmigranten)
            2. gezamenlijk inkopen van software en licenties om de ICT-kosten van de werkorganisatie te drukken

            Groet, Marloes

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d109-004",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "G.J. Boogaerdt <gj.boogaerdt@gr-eilandenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            In antwoord op uw oproep stel ik het volgende onderwerp voor.

            Onze drie gemeenten krimpen; de prognoses laten tot 2050 een daling van het inwonertal zien van ruim tien
            procent. Ik zou met collega's willen verkennen hoe je als directie een langetermijnvisie op de organisatie
            ontwikkelt wanneer de opgave kleiner wordt. Welke scenario's hanteren anderen, en hoe vertalen zij die
            naar een meerjarige koers?

            Hoogachtend,

            G.J. Boogaerdt
            Gemeentesecretaris-directeur
            Gemeenschappelijke Regeling Eilandenrijk
            """
        ),
    },
    {
        "id": "d109-005",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter Louws <p.louws@vlietmonde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Ik heb geen onderwerp dat nu bovenaan mijn lijstje staat, dus de keuze laat ik graag aan anderen. Wel
            alvast: 18 maart staat geblokt, ik ben erbij.

            Pieter
            """
        ),
    },
    {
        "id": "d109-006",
        "kind": "other",
        "sender": "Anja Verhage <a.verhage@wo-zilverpolder.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Geen inhoudelijk onderwerp, wel een verzoek over de vorm. Zou het atelier dit keer eens in Zeeland kunnen
            plaatsvinden, of anders later op de dag beginnen? Voor ons betekent een middag in het midden van het land
            bijna vier uur reizen, en bij een afsluiting om half zes halen we de laatste aansluiting naar
            Oud-Sluisweerd net niet.

            Met vriendelijke groet,

            Anja Verhage
            Directeur Werkorganisatie Zilverpolder
            """
        ),
    },
    {
        "id": "d109-007",
        "kind": "autoreply",
        "sender": "Rinske Gideonse <r.gideonse@dedijkring.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 18 maart 2032 "
                   "[atelier:2032-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Tot en met maandag 12 januari ben ik met wintersportvakantie. Uw e-mail wordt niet doorgestuurd. Voor
            dringende zaken kunt u contact opnemen met het directiesecretariaat via 088 647 10 00 of
            directie@dedijkring.nl.

            Met vriendelijke groet,
            Rinske Gideonse
            """
        ),
    },
    {
        "id": "d109-008",
        "kind": "confirm",
        "sender": "Tjeerd Minderhoud <t.minderhoud@sluisdijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Tjeerd Minderhoud
            Directeur Werkorganisatie Sluisdijk
            Postbus 112, 4461 AC Sluisdijk
            """
        ),
    },
    {
        "id": "d109-009",
        "kind": "confirm",
        "sender": "Fenna Hoogerland <fenna.hoogerland@walburgen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd!
            Groet, Fenna
            """
        ),
    },
    {
        "id": "d109-010",
        "kind": "other",
        "sender": "Carla Meulmeester <c.meulmeester@oesterbank-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ja, dit klopt, ik wil graag lid worden. Eén vraag nog: mijn adjunct-directeur doet bij ons veel van het
            strategische werk. Kan zij ook lid worden, of is het netwerk echt alleen voor de directeur zelf?

            Met vriendelijke groet,
            Carla Meulmeester
            Algemeen directeur Oesterbank Samen
            """
        ),
    },
    {
        "id": "d109-011",
        "kind": "unsubscribe",
        "sender": "Ruud Poortvliet <r.poortvliet@haventij.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb me hier niet voor aangemeld en ben dat ook niet van plan.

            Verzonden met mijn iPhone
            """
        ),
    },
    {
        "id": "d109-012",
        "kind": "other",
        "sender": "Ellen Rijnberg <e.rijnberg@tweeveren.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik heb mij nergens voor opgegeven. Via wie heeft u mijn e-mailadres gekregen? Het secretariaatsadres dat
            in uw bericht staat, ken ik niet. Ik verneem graag hoe dit zo gekomen is.

            Met vriendelijke groet,

            mr. Ellen Rijnberg
            Directeur Publiekszaken Werkorganisatie Tweeveren
            """
        ),
    },
    {
        "id": "d109-013",
        "kind": "subscribe",
        "sender": "Lodewijk Sinke <l.sinke@polderkust.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Aanmelden graag.

            Lodewijk Sinke
            Algemeen directeur Werkorganisatie Polderkust
            """
        ),
    },
    {
        "id": "d109-014",
        "kind": "subscribe",
        "sender": "Secretariaat directie Duinmarke <secretariaat@duinmarke.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe directeur bedrijfsvoering",
        "body": _(
            """
            Goedemiddag,

            Per 1 januari is Jorien Kodde begonnen als directeur bedrijfsvoering van Werkorganisatie Duinmarke. Zij
            wil graag lid worden van het netwerk. Haar e-mailadres is j.kodde@duinmarke.nl.

            Alvast bedankt!

            Vriendelijke groet,
            Wendy Lokerse
            managementassistent directie
            """
        ),
    },
    {
        "id": "d109-015",
        "kind": "other",
        "sender": "Bert Geluk <b.geluk@getijdenland.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam Getijdenland",
        "body": _(
            """
            Hallo,

            Wij zijn per 1 januari als nieuwe werkorganisatie Getijdenland van start gegaan. Kunt u ons hele
            directieteam aanmelden? Dat zijn:
            - Bert Geluk, algemeen directeur (b.geluk@getijdenland.nl)
            - Nadia el Khatib, directeur ruimte (n.elkhatib@getijdenland.nl)
            - Maarten Oele, directeur dienstverlening (m.oele@getijdenland.nl)

            Hartelijke groet,
            Bert
            """
        ),
    },
    {
        "id": "d109-016",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lotte Francke <l.francke@zeegatwaard.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! Ik heb inderdaad al een onderwerp: wij stappen over van een klassieke
            afdelingsstructuur naar teams met een integrale opdracht. Ik hoor graag wie dat al eerder heeft gedaan en
            hoe het sturingsconcept voor het MT er dan uitziet.

            Lotte Francke
            Werkorganisatie Zeegatwaard
            """
        ),
    },
    {
        "id": "d109-017",
        "kind": "other",
        "sender": "Cor Bolier <c.bolier@gr-web.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank je wel, leuk om erbij te horen. Hopelijk tot ziens op een van de ateliers!

            Cor Bolier
            GR West-Eilanden Bedrijfsvoering
            """
        ),
    },
    # ---- February: invitation atelier 2032-1 -----------------------------------------------------------------
    {
        "id": "d109-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Johanna Kosten <j.kosten@kapelhoek-tolwaarde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom.

            Johanna Kosten
            Gemeentesecretaris-directeur Kapelhoek-Tolwaarde

            Disclaimer: de informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Gebruik door
            anderen is niet toegestaan.
            """
        ),
    },
    {
        "id": "d109-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Daan Maljaars <daan.maljaars@deltazoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Leuk, wij komen met z'n tweeën: ikzelf en onze concerncontroller. Dus 2 personen graag.

            Daan Maljaars
            GR Deltazoom
            """
        ),
    },
    {
        "id": "d109-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sabine Hage <s.hage@veersaam.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee, helaas. Op 18 maart is in Veerhaven de raadsvergadering over de voorjaarsnota.

            Sabine
            """
        ),
    },
    {
        "id": "d109-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arend Walraven <a.walraven@kreekoevers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Zelf zit ik op 18 maart bij het provinciaal overleg. In mijn plaats komt onze plaatsvervangend directeur,
            Sjoerd Wisse (s.wisse@kreekoevers.nl). Hij is op de hoogte.

            Groet,
            Arend Walraven
            Directeur GR De Kreekoevers
            """
        ),
    },
    {
        "id": "d109-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Jumelet <p.jumelet@dedijkring.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Gideonse laat ik u weten dat zij graag aanwezig is op 18 maart. Ik heb het atelier in haar
            agenda gezet.

            Met vriendelijke groet,
            Petra Jumelet
            Bestuurs- en directiesecretariaat De Dijkring
            """
        ),
    },
    {
        "id": "d109-023",
        "kind": "other",
        "sender": "Ilona de Kam <i.dekam@walburgen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: Atelier 18 maart - dhr. Verhulst",
        "body": _(
            """
            Goedemiddag,

            Ik schrijf u namens de heer Verhulst, directeur van Werkorganisatie Walburgen. Hij heeft mij de
            uitnodiging hieronder doorgestuurd en wil graag komen. Kunt u hem op de lijst zetten, of moet hij zich
            zelf vanaf zijn eigen adres aanmelden?

            Met vriendelijke groet,
            Ilona de Kam
            Directiesecretaresse
            """
        ),
    },
    {
        "id": "d109-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank IJsselstein <f.ijsselstein@haventij.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 18 maart 2032: Over het water heen "
                   "[atelier:2032-1]",
        "body": "",
    },
    {
        "id": "d109-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Grace Tielemans <g.tielemans@polderkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: Uitnodiging Leer- en inspireer-atelier 18 maart 2032: Over het water heen "
                   "[atelier:2032-1]",
        "body": _(
            """
            Sorry - clashes with our audit committee. I'll read the report afterwards.
            """
        ),
    },
    {
        "id": "d109-026",
        "kind": "other",
        "sender": "Wim Hoogstrate <w.hoogstrate@gr-eilandenrijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Ik wil graag komen, maar alleen als ik om half vijf weg kan: de veerboot naar Stormpolder vaart 's winters
            na vijf uur niet meer. Is het een bezwaar als ik het laatste deel mis? Laat het even weten, dan meld ik
            me definitief aan.

            Hartelijke groet,
            Wim Hoogstrate
            GR Eilandenrijk
            """
        ),
    },
    {
        "id": "d109-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kees Bliek <k.bliek@schorreland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Goeiemiddag Stan,

            Ik kom d'r an op de 18e, da's vò een keer mooi dichtbie 'uus. Tot dan!

            Kees Bliek
            Schorreland
            """
        ),
    },
    {
        "id": "d109-028",
        "kind": "other",
        "sender": "Yvonne Lindenbergh <y.lindenbergh@oesterbank-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kom graag. Weet u of er bij de Zoutloods geparkeerd kan worden, of moet ik aan de rand van Brakkeveer
            parkeren en een eind lopen? Dat laatste gaat met mijn knie op dit moment lastig.

            Groet, Yvonne
            """
        ),
    },
    {
        "id": "d109-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram de Rijcke <b.derijcke@tweeveren.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            ja ik kom

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d109-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thomas Verbrugge <t.verbrugge@zandplaat-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thank you for the invitation. Unfortunately I won't be able to make it on 18 March: I'll be in Brussels
            for the Interreg monitoring committee that week.

            Kind regards,
            Thomas Verbrugge
            Director of Operations | GR Zandplaat
            """
        ),
    },
    {
        "id": "d109-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Maarten Oele <m.oele@getijdenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Wat een passend thema. Sinds de start van Getijdenland in januari merken we elke dag hoe verschillend
            onze drie eilanden in elkaar zitten: op het ene is de veerdienst het gesprek van de dag, op het andere de
            verzilting van de landbouwgrond. Een ambtelijke organisatie die dat allemaal bedient, is echt een andere
            opgave dan een gemeentehuis op de vaste wal. Ik hoop dat we daar in het atelier de diepte in gaan.

            Om kort te gaan: ik kom, en ik neem onze strategisch adviseur mee, dus reken op twee personen.

            Met hartelijke groet,
            Maarten Oele
            Directeur Dienstverlening, Werkorganisatie Getijdenland
            """
        ),
    },
    {
        "id": "d109-032",
        "kind": "unsubscribe",
        "sender": "Jacob Provoost <j.provoost@vlietmonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer Van de Laar,

            Per 1 maart ga ik met pensioen. Het atelier van 18 maart sla ik dus over, en u kunt mij ook uit het
            netwerk uitschrijven. Wie mij opvolgt, is nog niet bekend.

            Met vriendelijke groet,
            J. Provoost
            """
        ),
    },
    {
        "id": "d109-033",
        "kind": "unsubscribe",
        "sender": "Marijke Dourlein <m.dourlein@haventij.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik vertrek per 1 april naar een functie bij de provincie. Mijn opvolger als algemeen directeur van
            Werkorganisatie Haventij is Lotte Vermue, l.vermue@haventij.nl. Wilt u haar in mijn plaats in het netwerk
            opnemen? Zelf kom ik dan ook niet meer naar het atelier.

            Dank voor de mooie jaren!
            Marijke Dourlein
            """
        ),
    },
    {
        "id": "d109-034",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.wo-zilverpolder.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.wo-zilverpolder.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <h.dekker@wo-zilverpolder.nl>: host mail.wo-zilverpolder.nl[10.20.4.11] said:
                550 5.1.1 <h.dekker@wo-zilverpolder.nl>: Recipient address rejected: User
                unknown in local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d109-035",
        "kind": "autoreply",
        "sender": "Niels Dumon <n.dumon@polderkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Out of Office: Uitnodiging Leer- en inspireer-atelier 18 maart 2032: Over het water heen "
                   "[atelier:2032-1]",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I am out of the office until Monday 23 February with limited access to e-mail. For urgent matters please
            contact my office manager, Sanne Claeys, at s.claeys@polderkust.nl.

            Ik ben afwezig tot en met maandag 23 februari en lees mijn mail beperkt. Voor dringende zaken kunt u
            terecht bij Sanne Claeys, s.claeys@polderkust.nl.
            """
        ),
    },
    {
        "id": "d109-036",
        "kind": "autoreply",
        "sender": "Esther Kodde <e.kodde@deltazoom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 18 maart 2032: Over het water heen "
                   "[atelier:2032-1]",
        "body": _(
            """
            Dank voor je bericht. Ik ben met zwangerschapsverlof tot half juni en lees mijn mail niet. Mijn taken
            worden waargenomen door Daan Maljaars (daan.maljaars@deltazoom.nl).
            """
        ),
    },
    {
        "id": "d109-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sabine Hage <s.hage@veersaam.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Kleine correctie op mijn mail van vorige week: de raadsvergadering over de voorjaarsnota is verplaatst
            naar 25 maart. Daarmee is de 18e toch vrij, en ik kom dus graag.

            Groet,
            Sabine
            """
        ),
    },
    {
        "id": "d109-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daan Maljaars <daan.maljaars@deltazoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo beiden,

            Helaas moet ik mij afmelden voor het atelier van 18 maart. Er is een crisisoverleg over de
            dijkversterking ingepland dat ik niet kan missen, en onze concerncontroller zit daar ook bij. Lid blijf
            ik natuurlijk gewoon!

            Daan
            """
        ),
    },
    {
        "id": "d109-039",
        "kind": "other",
        "sender": "Team P&O Tweeveren <po@tweeveren.nl>",
        "quote": "none",
        "subject": "Vertrek dhr. Van Wijck",
        "body": _(
            """
            Geachte heer, mevrouw,

            Wij laten u weten dat de heer P.A. van Wijck per 1 februari niet meer in dienst is van Werkorganisatie
            Tweeveren. Berichten aan zijn adres worden niet meer gelezen. Een opvolger is nog niet benoemd.

            Met vriendelijke groet,
            Team P&O Werkorganisatie Tweeveren
            """
        ),
    },
    {
        "id": "d109-040",
        "kind": "unsubscribe",
        "sender": "Harm Dekker <harm.dekker@gr-web.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Graag mij afmelden voor het netwerk, niet alleen voor dit atelier. Ik heb er simpelweg geen tijd meer
            voor.

            H. Dekker
            """
        ),
    },
    # ---- confirmations, sign-ups and goodbyes through the year ---------------------------------------------------
    {
        "id": "d109-041",
        "kind": "confirm",
        "sender": "Wouter Jonkman <w.jonkman@kapelhoek-tolwaarde.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Excuses voor de late reactie, de eerste mail was in mijn map ongewenste e-mail beland. Hierbij alsnog
            bevestigd.

            W. Jonkman
            """
        ),
    },
    {
        "id": "d109-042",
        "kind": "confirm",
        "sender": "Gijs Schouwenaar <g.schouwenaar@zeegatwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ok

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d109-043",
        "kind": "confirm",
        "sender": "Ingeborg Marinisse <i.marinisse@walburgen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - yes, this is my address and I'd like to receive your mails.

            Best,
            Ingeborg
            """
        ),
    },
    {
        "id": "d109-044",
        "kind": "confirm",
        "sender": "R.J. Lievense <rj.lievense@gr-eilandenrijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,

            R.J. Lievense
            Directeur Bedrijfsvoering
            Gemeenschappelijke Regeling Eilandenrijk

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt
            u verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de inhoud niet
            te gebruiken. Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d109-045",
        "kind": "confirm",
        "sender": "Mirjam Cijsouw <m.cijsouw@duinmarke.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, ik wil graag lid worden. Sorry voor het late antwoord!

            Mirjam
            """
        ),
    },
    {
        "id": "d109-046",
        "kind": "confirm",
        "sender": "Geert Moens <g.moens@polderkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Akkoord.

            G. Moens
            """
        ),
    },
    {
        "id": "d109-047",
        "kind": "confirm",
        "sender": "Leen Kakebeeke <leen.kakebeeke@oesterbank-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Jaò, 't is goed zò. Bevestigd!

            Groeten, Leen
            """
        ),
    },
    {
        "id": "d109-048",
        "kind": "other",
        "sender": "Saskia Wolfert <s.wolfert@tweeveren.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bij deze bevestigd. Kunt u mij ook de verslagen van de ateliers van vorig jaar sturen? Ik ben nieuw in
            deze rol en wil graag weten wat er al besproken is.

            Saskia Wolfert
            Algemeen directeur a.i. Werkorganisatie Tweeveren
            """
        ),
    },
    {
        "id": "d109-049",
        "kind": "confirm",
        "sender": "Cees van Dixhoorn <c.vandixhoorn@haventij.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "Fwd: Bevestig uw aanmelding",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding. Ik stuur uw bericht maar door: op 'beantwoorden' klikken gaf vanuit
            onze beveiligde omgeving een foutmelding.

            Cees van Dixhoorn
            """
        ),
    },
    {
        "id": "d109-050",
        "kind": "confirm",
        "sender": "Sophie Vandamme <s.vandamme@polderkust.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ja / yes, bevestigd.

            Met vriendelijke groet / Kind regards
            Sophie Vandamme
            """
        ),
    },
    {
        "id": "d109-051",
        "kind": "subscribe",
        "sender": "Ramona Tuinder <r.tuinder@deltazoom.nl>",
        "quote": "none",
        "subject": "Graag aanmelden netwerk directeuren",
        "body": _(
            """
            Goedendag,

            Ik wil me graag aanmelden voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Een collega
            uit Zilverpolder wees mij erop.

            Met vriendelijke groet,
            Ramona Tuinder
            Algemeen directeur GR Deltazoom
            """
        ),
    },
    {
        "id": "d109-052",
        "kind": "subscribe",
        "sender": "Jonathan Reeve <j.reeve@tweeveren.nl>",
        "quote": "none",
        "subject": "Membership of the network",
        "body": _(
            """
            Hello,

            I'm the new director of operations at Werkorganisatie Tweeveren (I moved here from the UK last year, so
            please excuse the English). A colleague told me about your network for directors of shared municipal
            organisations, and I'd like to sign up.

            Best regards,
            Jonathan Reeve
            """
        ),
    },
    {
        "id": "d109-053",
        "kind": "subscribe",
        "sender": "Johanna Kosten <j.kosten@kapelhoek-tolwaarde.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Deze afmelding klopt niet: mijn secretariaat heeft per ongeluk op de verkeerde mail gereageerd. Ik wil
            graag lid blijven.

            Groet,
            Johanna Kosten
            """
        ),
    },
    {
        "id": "d109-054",
        "kind": "subscribe",
        "sender": "Arjen Kole <arjen.kole@wo-zilverpolder.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Lid blijven aub

            Verzonden vanaf mijn telefoon
            """
        ),
    },
    {
        "id": "d109-055",
        "kind": "other",
        "sender": "Jacob Provoost <j.provoost@vlietmonde.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Dank je wel, en veel succes met het netwerk. Het waren waardevolle middagen.

            Jacob Provoost
            """
        ),
    },
    {
        "id": "d109-056",
        "kind": "unsubscribe",
        "sender": "Hanneke Schroevers <h.schroevers@zandplaat-gr.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Dank voor de bevestiging. Zoals gevraagd: mijn opvolger bij GR Zandplaat is Ruben Goedegebuure,
            r.goedegebuure@zandplaat-gr.nl. Hij begint op 1 mei en neemt mijn plek in het netwerk graag over.

            Met vriendelijke groet,
            Hanneke Schroevers
            """
        ),
    },
    {
        "id": "d109-057",
        "kind": "other",
        "sender": "Theo Cornelisse <t.cornelisse@kreekoevers.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank voor het bericht. Mijn opvolger is nog niet begonnen; zodra hij er is, neemt hij zelf contact met u
            op.

            Theo Cornelisse
            """
        ),
    },
    {
        "id": "d109-058",
        "kind": "unsubscribe",
        "sender": "Nico Boonman <n.boonman@veersaam.nl>",
        "quote": "none",
        "subject": "afmelden",
        "body": _(
            """
            Afmelden svp.

            Mvg Nico
            """
        ),
    },
    {
        "id": "d109-059",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "A.C. Hubregtse <a.hubregtse@dedijkring.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te wissen en mij uit te schrijven voor alle berichten van het
            netwerk. Graag ontvang ik binnen de wettelijke termijn een bevestiging.

            Hoogachtend,

            mr. drs. A.C. Hubregtse
            """
        ),
    },
    {
        "id": "d109-060",
        "kind": "other",
        "sender": "Gerard Hamelink <g.hamelink@kapelhoek-tolwaarde.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Goedemorgen,

            Ik wil graag weten welke gegevens u over mij hebt vastgelegd en waar die vandaan komen. Ik ben lid en wil
            dat ook blijven; het gaat mij om het overzicht. Kunt u mij een inzage sturen?

            Groet,
            Gerard Hamelink
            """
        ),
    },
    {
        "id": "d109-061",
        "kind": "unsubscribe",
        "sender": "Frits Zuidweg <f.zuidweg@duinmarke.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Bij nader inzien wil ik toch geen lid zijn. Ik zit al in drie andere netwerken en kan er niet nog een bij
            hebben. Wilt u mij weer afmelden?

            Met vriendelijke groet,
            Frits Zuidweg, directeur Werkorganisatie Duinmarke
            """
        ),
    },
    # ---- March: change of venue, RSVP acknowledgements, substitutes, reminder ----------------------------------
    {
        "id": "d109-062",
        "kind": "rsvp",
        "attending": True,
        "sender": "Erik Verhoeven <e.verhoeven@veersaam.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Het Veerhuis is voor mij zelfs dichterbij, dus ik blijf gewoon komen.

            Erik
            """
        ),
    },
    {
        "id": "d109-063",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maaike Sonke <maaike.sonke@walburgen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Jammer van de Zoutloods. Het Veerhuis kan ik zonder auto niet bereiken en die heb ik die dag niet, dus ik
            moet helaas afzeggen voor de 18e.

            Groetjes,
            Maaike Sonke
            """
        ),
    },
    {
        "id": "d109-064",
        "kind": "other",
        "sender": "Yvonne Lindenbergh <y.lindenbergh@oesterbank-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Is er bij Het Veerhuis een laadpaal voor elektrische auto's, en kan ik daar dicht bij de ingang
            parkeren? Bij de Zoutloods was dat geregeld, hoorde ik.

            Yvonne
            """
        ),
    },
    {
        "id": "d109-065",
        "kind": "autoreply",
        "sender": "Servicedesk GR West-Eilanden Bedrijfsvoering <servicedesk@gr-web.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "[Melding ZK-2032-04417] RE: Gewijzigd: Leer- en inspireer-atelier 18 maart 2032 "
                   "[atelier:2032-1]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is ontvangen en geregistreerd onder meldingsnummer ZK-2032-04417. Wij streven ernaar uw
            melding binnen drie werkdagen te behandelen. Reageert u op deze melding, laat het meldingsnummer dan in
            de onderwerpregel staan.

            Met vriendelijke groet,
            Servicedesk GR West-Eilanden Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d109-066",
        "kind": "rsvp",
        "attending": True,
        "sender": "Thomas Verbrugge <t.verbrugge@zandplaat-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            A quick update on my earlier reply: the Brussels meeting has been moved to April, so I can make it on
            18 March after all. Please count me in.

            Thomas
            """
        ),
    },
    {
        "id": "d109-067",
        "kind": "other",
        "sender": "Arjen Kole <arjen.kole@wo-zilverpolder.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Waarom sta ik op de wachtlijst? Ik heb me op 12 februari al aangemeld, een dag na de uitnodiging. Het kan
            toch niet dat het atelier toen al vol zat? Graag een toelichting.

            Arjen Kole
            """
        ),
    },
    {
        "id": "d109-068",
        "kind": "other",
        "sender": "G.J. Boogaerdt <gj.boogaerdt@gr-eilandenrijk.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": _(
            """
            Helder, dank u wel.

            G.J. Boogaerdt
            """
        ),
    },
    {
        "id": "d109-069",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hendrika Moerland <h.moerland@schorreland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Ik ben er op 18 maart helaas toch niet bij. Mijn collega Annemiek Boone, directeur sociaal domein, neemt
            mijn plek in; haar adres is a.boone@schorreland.nl.

            Met vriendelijke groet,
            Hendrika Moerland
            """
        ),
    },
    {
        "id": "d109-070",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annemiek Boone <a.boone@schorreland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plaats van Riek Moerland graag in en ben er op de 18e.

            Annemiek Boone
            Directeur Sociaal Domein | Werkorganisatie Schorreland
            """
        ),
    },
    {
        "id": "d109-071",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjoerd Wisse <s.wisse@kreekoevers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan 18 maart ook niet. Die middag is er een bestuursvergadering die Arend en ik allebei niet
            kunnen missen. Ik heb het hem laten weten.

            Sjoerd
            """
        ),
    },
    {
        "id": "d109-072",
        "kind": "other",
        "sender": "Lieke Padmos <l.padmos@deltazoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Goedemiddag,

            Ik ben wat verrast door deze uitnodiging: ik ben beleidsadviseur, geen directeur, en niemand heeft het
            met mij besproken. Is het echt de bedoeling dat ik ga, of is dit een vergissing? Ik hoor het graag
            voordat ik iets in mijn agenda zet.

            Met vriendelijke groet,
            Lieke Padmos
            """
        ),
    },
    {
        "id": "d109-073",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees Bliek <k.bliek@schorreland.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 18 maart 2032 [atelier:2032-1]",
        "body": _(
            """
            Ik mot 't laete schieten vò donderdag, spoedoverleg mee de provincie. Gr Kees

            Verzonden vanaf mijn Android-telefoon
            """
        ),
    },
    {
        "id": "d109-074",
        "kind": "other",
        "sender": "Fenna Hoogerland <fenna.hoogerland@walburgen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Melanie,

            Ik kom met het openbaar vervoer. Hoe laat gaat de laatste bus vanaf Het Veerhuis richting het station, en
            is er een halte in de buurt?

            Fenna
            """
        ),
    },
    {
        "id": "d109-075",
        "kind": "autoreply",
        "sender": "R.J. Lievense <rj.lievense@gr-eilandenrijk.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 18 maart 2032 [atelier:2032-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben afwezig van 10 tot en met 19 maart. Uw bericht wordt na mijn terugkomst behandeld. Voor dringende
            zaken belt u het directiesecretariaat, 0187 33 20 00.
            """
        ),
    },
    {
        "id": "d109-076",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Jumelet <p.jumelet@dedijkring.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Gideonse is door omstandigheden helaas verhinderd op donderdag. Zij laat u de groeten doen en
            hoopt er in het najaar wel bij te zijn.

            Met vriendelijke groet,
            Petra Jumelet
            secretariaat De Dijkring
            """
        ),
    },
    {
        "id": "d109-077",
        "kind": "other",
        "sender": "Erik Verhoeven <e.verhoeven@veersaam.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik kom donderdag, maar pas rond drie uur: het college vergadert die ochtend en dat loopt altijd uit. Heeft
            het zin om dan nog aan te sluiten, of missen we dan de kern van het programma?

            Erik
            """
        ),
    },
    # ---- March: follow-up of atelier 2032-1 ------------------------------------------------------------------
    {
        "id": "d109-078",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fenna Hoogerland <fenna.hoogerland@walburgen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de fijne middag in Veerhaven!

            Voor de volgende keer wil ik graag praten over het meten van klanttevredenheid: aan de balie, aan de
            telefoon en digitaal. Wij meten veel, maar doen er te weinig mee. Hoe sturen collega's op die cijfers?

            Fenna
            """
        ),
    },
    {
        "id": "d109-079",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Pieter Louws <p.louws@vlietmonde.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mooie middag gehad, dank. Voor het najaarsatelier (daar ben ik zeker weer bij) een onderwerp: de
            voorbereiding van de directie op de raadsverkiezingen van 2034. Hoe zorg je dat de bestuurlijke
            prioriteiten van straks al in je koers zitten voordat er een coalitieakkoord ligt?

            Pieter Louws
            """
        ),
    },
    {
        "id": "d109-080",
        "kind": "other",
        "sender": "Cor Bolier <c.bolier@gr-web.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            De link naar het verslag geeft bij mij een foutmelding (404). Kunnen jullie het verslag als pdf sturen?

            Cor
            """
        ),
    },
    {
        "id": "d109-081",
        "kind": "other",
        "sender": "Anja Verhage <a.verhage@wo-zilverpolder.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Fijn dat het deze keer in Zeeland was, dank daarvoor! Een tip voor de vorm: de plenaire opening mag
            korter, en graag meer tijd in de kleine groepen. En misschien een keer een ochtend in plaats van een
            middag? Dan kunnen de eilanders ook met de boot terug.

            Anja Verhage
            """
        ),
    },
    {
        "id": "d109-082",
        "kind": "other",
        "sender": "Annemiek Boone <a.boone@schorreland.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat een goede middag. Dank aan jullie allebei, en aan de gastheer van Het Veerhuis voor de soep!

            Annemiek
            """
        ),
    },
    {
        "id": "d109-083",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jonathan Reeve <j.reeve@tweeveren.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon - my first atelier and certainly not my last.

            A topic for next time: how do we position our werkorganisatie in the regional deal with the province
            and the water board? We keep ending up at the table as "the civil servants of" three municipalities
            rather than as a partner in our own right.

            Best,
            Jonathan
            """
        ),
    },
    {
        "id": "d109-084",
        "kind": "unsubscribe",
        "sender": "Gijs Schouwenaar <g.schouwenaar@zeegatwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Dank voor de organisatie. Na deze middag heb ik voor mezelf vastgesteld dat het netwerk te weinig
            aansluit bij onze situatie: wij zijn een kleine bedrijfsvoeringsorganisatie zonder beleidstaken. Ik meld
            mij daarom af als lid.

            Met vriendelijke groet,
            G. Schouwenaar
            """
        ),
    },
    # ---- spring and summer -----------------------------------------------------------------------------------
    {
        "id": "d109-085",
        "kind": "subscribe",
        "sender": "Bert Geluk <b.geluk@getijdenland.nl>",
        "quote": "none",
        "subject": "Nieuw lid: directeur Samenleving",
        "body": _(
            """
            Dag Stan en Melanie,

            Na de herinrichting hebben we er een directeur bij: Kim Rijnhout, directeur Samenleving. Zij wil graag lid
            worden. Haar adres: k.rijnhout@getijdenland.nl.

            Groet,
            Bert
            """
        ),
    },
    {
        "id": "d109-086",
        "kind": "confirm",
        "sender": "Kim Rijnhout <k.rijnhout@getijdenland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja graag, bij deze bevestigd. Hij was in de drukte van de eerste weken even blijven liggen.

            Kim Rijnhout
            Directeur Samenleving
            """
        ),
    },
    {
        "id": "d109-087",
        "kind": "other",
        "sender": "Carla Meulmeester <c.meulmeester@oesterbank-samen.nl>",
        "quote": "none",
        "subject": "Aanmelding Marco Lievense",
        "body": _(
            """
            Goedemiddag,

            Onze nieuwe directeur bedrijfsvoering, Marco Lievense, wil ook graag lid worden van het netwerk. Kunt u
            hem aanmelden? Hij begint volgende week; zijn mailadres is nog niet actief, dat stuur ik later door.

            Carla
            """
        ),
    },
    {
        "id": "d109-088",
        "kind": "bounce",
        "sender": "postmaster@gr-eilandenrijk.nl",
        "quote": "none",
        "subject": "Onbestelbaar: Dank voor uw komst: Leer- en inspireer-atelier \"Over het water heen\" "
                   "[atelier:2032-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Uw bericht heeft de volgende geadresseerden niet bereikt:

            w.hoogstrate@gr-eilandenrijk.nl

            Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen. Probeer het bericht
            later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger.

            Diagnostische gegevens voor beheerders:

            Genererende server: mail01.gr-eilandenrijk.nl
            Remote Server returned '552 5.2.2 Mailbox full; quota exceeded'
            """
        ),
    },
    {
        "id": "d109-089",
        "kind": "autoreply",
        "sender": "Marijke Dourlein <m.dourlein@haventij.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Over het water heen\" "
                   "[atelier:2032-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Marijke Dourlein werkt niet meer bij Werkorganisatie Haventij.
            Voor zaken van de directie kunt u mailen naar l.vermue@haventij.nl of directie@haventij.nl.

            Uw bericht is niet doorgestuurd.
            """
        ),
    },
    {
        "id": "d109-090",
        "kind": "other",
        "sender": "Dirk-Jan Hoek <dj.hoek@vijfhoek-bv.nl>",
        "quote": "none",
        "subject": "Vraag over lidmaatschap",
        "body": _(
            """
            Beste mensen,

            Wij zijn geen werkorganisatie in strikte zin: we hebben een bedrijfsvoerings-GR voor vijf gemeenten, maar
            de beleidsambtenaren zitten nog bij de gemeenten zelf. Kan ik als directeur van zo'n GR ook lid worden?
            En klopt het dat er echt geen kosten aan verbonden zijn?

            Met vriendelijke groet,
            Dirk-Jan Hoek
            Directeur GR Vijfhoek Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d109-091",
        "kind": "subscribe",
        "sender": "Dirk-Jan Hoek <dj.hoek@vijfhoek-bv.nl>",
        "quote": "none",
        "subject": "Re: Vraag over lidmaatschap",
        "body": _(
            """
            Dank voor de snelle en duidelijke uitleg, Melanie. Dan meld ik mij hierbij graag aan als lid.

            Dirk-Jan Hoek
            Directeur GR Vijfhoek Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d109-092",
        "kind": "subscribe",
        "sender": "Ruben Goedegebuure <r.goedegebuure@zandplaat-gr.nl>",
        "quote": "none",
        "subject": "Aanmelding",
        "body": _(
            """
            Goedemorgen,

            Sinds 1 mei ben ik directeur van GR Zandplaat, als opvolger van Hanneke Schroevers. Zij heeft mijn naam
            volgens mij al aan u doorgegeven, maar voor de zekerheid meld ik me ook zelf aan voor het netwerk.

            Met vriendelijke groet,

            Ruben Goedegebuure
            Directeur GR Zandplaat
            """
        ),
    },
    {
        "id": "d109-093",
        "kind": "subscribe",
        "sender": "Grace Tielemans <g.tielemans@polderkust.nl>",
        "quote": "none",
        "subject": "New member for the network",
        "body": _(
            """
            Dear Melanie,

            Could you please add my colleague Pieter-Bas Nolet, our new director of public services, to the network?
            His address is pb.nolet@polderkust.nl.

            Many thanks,
            Grace Tielemans
            """
        ),
    },
    {
        "id": "d109-094",
        "kind": "subscribe",
        "sender": "Roel Melse <r.melse@zeegatwaard.nl>",
        "quote": "none",
        "subject": "lid worden",
        "body": _(
            """
            Graag aanmelden als lid. Roel Melse, directeur bedrijfsvoering Zeegatwaard.

            Verstuurd vanaf mijn Android
            """
        ),
    },
    {
        "id": "d109-095",
        "kind": "unsubscribe",
        "sender": "Arjen Kole <arjen.kole@wo-zilverpolder.nl>",
        "quote": "none",
        "subject": "Uitschrijven",
        "body": _(
            """
            Na het gedoe met de wachtlijst in maart heb ik er eerlijk gezegd weinig zin meer in. Schrijf mij maar uit.

            Arjen Kole
            """
        ),
    },
    {
        "id": "d109-096",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sophie Vandamme <s.vandamme@polderkust.nl>",
        "quote": "none",
        "subject": "Afmelden + gegevens",
        "body": _(
            """
            Hallo, per 1 september ga ik naar een ministerie. Wil je me afmelden én al mijn gegevens uit jullie
            systeem halen? Ik heb liever niet dat mijn naam nog ergens op een ledenlijst staat.

            Dank! Sophie

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    # ---- August/September: call for themes 2032-2 -------------------------------------------------------------
    {
        "id": "d109-097",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "R.J. Lievense <rj.lievense@gr-eilandenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Mijn onderwerp voor 11 november: informatieveiligheid. Hoe organiseren collega's de CISO- en
            privacyfunctie voor meerdere gemeenten tegelijk, en hoe houden ze dat betaalbaar?

            Met vriendelijke groet,

            R.J. Lievense
            Directeur Bedrijfsvoering
            Gemeenschappelijke Regeling Eilandenrijk

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden
            ontleend.
            """
        ),
    },
    {
        "id": "d109-098",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Grace Tielemans <g.tielemans@polderkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Onderwerp: dienstverlening aan ondernemers. Eén aanspreekpunt en snellere vergunningen; de doorlooptijden
            onder de Omgevingswet zijn bij ons nog te lang en de bedrijven in de haven klagen. Wie heeft daar een
            goede aanpak voor gevonden?

            Grace
            """
        ),
    },
    {
        "id": "d109-099",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wim Hoogstrate <w.hoogstrate@gr-eilandenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Voorstel: 'Klein naast groot'. Hoe blijf je als kleine eilandorganisatie een gelijkwaardige partner in de
            regio als de centrumgemeente aan de overkant de agenda bepaalt? Ik denk aan de regiodeal, de
            jeugdzorgregio en de woondeal.

            W. Hoogstrate
            """
        ),
    },
    {
        "id": "d109-100",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Hendrika Moerland <h.moerland@schorreland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen van onze kant:
            - de strategische koers van Schorreland richting 2040: wat voor organisatie willen we dan zijn;
            - hybride werken en huisvesting: hoeveel vierkante meter kantoor hebben we straks nog nodig?

            Groet, Riek
            """
        ),
    },
    {
        "id": "d109-101",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Saskia Wolfert <s.wolfert@tweeveren.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp: AI in de interne bedrijfsvoering (P&O, financien, inkoop). Wat mag, wat werkt?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d109-102",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Leen Kakebeeke <leen.kakebeeke@oesterbank-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Wat ik graag wil bespreke: 'oe houwen we de dienstverlening in de kleine dorpen op peil nou 't
            gemeente'uus in Mosseldijk dicht gaat? We denke an een mobiel loket, een busje dat langs de kernen gaot.
            Wie eit daar ervaring mee?

            Leen
            """
        ),
    },
    {
        "id": "d109-103",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wouter Jonkman <w.jonkman@kapelhoek-tolwaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Op 11 november ben ik er zeker bij. Als onderwerp stel ik voor: hoe houd je met een krimpende begroting de
            formatie op peil zonder dat de kwaliteit van het werk onderuitgaat?

            Wouter Jonkman
            """
        ),
    },
    {
        "id": "d109-104",
        "kind": "other",
        "sender": "Nadia el Khatib <n.elkhatib@getijdenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen, weet u al waar het atelier van 11 november is? Ik wil wel een onderwerp indienen, maar of het
            in Zeeland is of in de Randstad maakt voor mijn planning nogal uit. Komt de uitnodiging binnenkort?

            Nadia el Khatib
            """
        ),
    },
    {
        "id": "d109-105",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank IJsselstein <f.ijsselstein@haventij.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Geen onderwerpen van mijn kant, en op 11 november zit ik op Lanzarote. Dit keer sla ik dus over.

            Frank
            """
        ),
    },
    {
        "id": "d109-106",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Niels Dumon <n.dumon@polderkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Graag had ik volgend thema voorgesteld: de samenwerking met onze Vlaamse buurgemeenten over de grens,
            rond de haven en de kustverdediging. Dat zijn gezamenlijke opgaven, maar elke partij heeft zijn eigen
            belangen en regels. Hoe pakken andere grensorganisaties dat aan?

            Met vriendelijke groeten,
            Niels Dumon
            Werkorganisatie Polderkust
            """
        ),
    },
    {
        "id": "d109-107",
        "kind": "other",
        "sender": "Erik Verhoeven <e.verhoeven@veersaam.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Mag mijn collega van de veiligheidsregio, die geen lid is van het netwerk, ook een onderwerp inbrengen? Hij
            heeft een mooi vraagstuk over crisisbeheersing op de eilanden.

            Erik
            """
        ),
    },
    {
        "id": "d109-108",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "R.J. Lievense <rj.lievense@gr-eilandenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn suggestie: ook de vraag hoe je de functionaris gegevensbescherming
            positioneert, in de lijn of juist los van de organisatie.

            R.J. Lievense
            """
        ),
    },
    {
        "id": "d109-109",
        "kind": "other",
        "sender": "Saskia Wolfert <s.wolfert@tweeveren.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Kunt u mijn suggestie over AI in de bedrijfsvoering intrekken? We hebben er intern inmiddels een
            werkgroep voor, dus het hoeft wat mij betreft niet meer op de agenda.

            Saskia
            """
        ),
    },
    {
        "id": "d109-110",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Oesterbank Samen <kcc@oesterbank-samen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Ontvangstbevestiging: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 november "
                   "2032 [atelier:2032-2]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
        "body": _(
            """
            Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen vijf
            werkdagen te reageren.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.
            """
        ),
    },
    {
        "id": "d109-111",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lotte Francke <l.francke@zeegatwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan en Melanie,

            Bij ons is de reorganisatie net afgerond: nieuwe teams, nieuwe werkprocessen, een nieuw zaaksysteem. Dat
            loopt, daar hoef ik het in november niet over te hebben. Waar ik wel mee worstel: de drie
            gemeentebesturen zien de werkorganisatie steeds meer als uitvoeringsloket en steeds minder als
            gezamenlijk project. Hoe houd je de deelnemende gemeenten betrokken bij hun eigen werkorganisatie? Dat
            zou ik graag met collega's bespreken.

            Hartelijke groet,
            Lotte
            """
        ),
    },
    {
        "id": "d109-112",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wendy Lokerse <secretariaat@duinmarke.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken?",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Kodde vroeg mij het onderstaande aan u door te sturen, met haar onderwerp voor 11 november:

            "Wat doen we voor inwoners die digitaal niet meekomen? Sinds de nieuwe website live is, stijgt het
            aantal baliebezoeken juist weer."

            Met vriendelijke groet,
            Wendy Lokerse
            Managementassistent directie Duinmarke
            """
        ),
    },
    # ---- October-December: invitation 2032-2, cancellation, new date, reminder ---------------------------------
    {
        "id": "d109-113",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Dieleman <m.dieleman@veersaam.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag! Ik meld me aan voor 11 november in Schorrewaarde.

            Marloes Dieleman
            Directeur Werkorganisatie VeerSaam
            """
        ),
    },
    {
        "id": "d109-114",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jonathan Reeve <j.reeve@tweeveren.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Accepted: Uitnodiging Leer- en inspireer-atelier 11 november 2032: Dienstverlening dichtbij "
                   "[atelier:2032-2]",
        "body": _(
            """
            See you all there.
            """
        ),
    },
    {
        "id": "d109-115",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tjeerd Minderhoud <t.minderhoud@sluisdijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Helaas, op 11 november behandelt ons algemeen bestuur de begroting. Ik moet dus verstek laten gaan.

            Tjeerd Minderhoud
            """
        ),
    },
    {
        "id": "d109-116",
        "kind": "other",
        "sender": "Yvonne Lindenbergh <y.lindenbergh@oesterbank-samen.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Jammer, maar begrijpelijk met dit weer. Is er al een nieuwe datum? In december heb ik weinig ruimte,
            januari zou mij beter uitkomen.

            Yvonne
            """
        ),
    },
    {
        "id": "d109-117",
        "kind": "other",
        "sender": "Thomas Verbrugge <t.verbrugge@zandplaat-gr.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            Understood about the storm, of course. I had already booked a hotel in Schorrewaarde for the night
            before, though, and it's non-refundable now. Is there any way the network can cover the cancellation
            fee?

            Regards,
            Thomas
            """
        ),
    },
    {
        "id": "d109-118",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Dieleman <m.dieleman@veersaam.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ook op 9 december ben ik van de partij.

            Marloes
            """
        ),
    },
    {
        "id": "d109-119",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fenna Hoogerland <fenna.hoogerland@walburgen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            11 november had ik vrijgehouden, maar 9 december lukt helaas niet: dan is onze jaarlijkse
            personeelsbijeenkomst. Jammer!

            Fenna
            """
        ),
    },
    {
        "id": "d109-120",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bert Geluk <b.geluk@getijdenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Op 9 december zit ik in Den Haag. Ik stuur onze directeur dienstverlening, Maarten Oele
            (m.oele@getijdenland.nl), in mijn plaats; het thema is toch meer zijn terrein.

            Bert
            """
        ),
    },
    {
        "id": "d109-121",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingeborg Marinisse <i.marinisse@walburgen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Gisteren meldde ik me af voor 9 december, maar het overleg dat ik had is verzet. Ik kom dus toch! Sorry
            voor het heen en weer.

            Ingeborg
            """
        ),
    },
    {
        "id": "d109-122",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kapelhoek-tolwaarde.nl>",
        "quote": "none",
        "subject": "Undeliverable: Uitnodiging Leer- en inspireer-atelier 9 december 2032: Dienstverlening dichtbij "
                   "[atelier:2032-2]",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            g.hamelink@kapelhoek-tolwaarde.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try to
            resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: EXCH02.kapelhoek-tolwaarde.local

            g.hamelink@kapelhoek-tolwaarde.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "d109-123",
        "kind": "autoreply",
        "sender": "Maaike Sonke <maaike.sonke@walburgen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 9 december 2032 "
                   "[atelier:2032-2]",
        "body": _(
            """
            Dank voor je mail. Ik werk op maandag, dinsdag en donderdag. Op de andere dagen beantwoord ik je bericht
            de eerstvolgende werkdag.
            """
        ),
    },
    {
        "id": "d109-124",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daan Maljaars <daan.maljaars@deltazoom.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet op donderdag. Onze begrotingsbehandeling is uitgelopen en gaat die avond verder.
            Geef mijn plek maar aan iemand van de wachtlijst.

            Daan
            """
        ),
    },
    {
        "id": "d109-125",
        "kind": "other",
        "sender": "Mirjam Cijsouw <m.cijsouw@duinmarke.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Ik zit sinds een paar weken tijdelijk in een rolstoel. Is Kasteel Ter Schorre goed toegankelijk, en is er
            een invalidenparkeerplaats? Dan weet ik of ik kan komen.

            Mirjam
            """
        ),
    },
    {
        "id": "d109-126",
        "kind": "unsubscribe",
        "sender": "Tjeerd Minderhoud <t.minderhoud@sluisdijk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Donderdag ben ik er niet bij, en daarna ook niet meer: per 1 januari ga ik met pensioen. Mijn opvolger als
            directeur van Werkorganisatie Sluisdijk is Wim Dekker (w.dekker@sluisdijk.nl). Wilt u hem in mijn plaats
            in het netwerk opnemen?

            Met vriendelijke groet,
            Tjeerd Minderhoud
            """
        ),
    },
    # ---- December: follow-up of atelier 2032-2 ----------------------------------------------------------------
    {
        "id": "d109-127",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Johanna Kosten <j.kosten@kapelhoek-tolwaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het atelier van 9 december; na de storm in november was het het wachten waard.

            Voor het voorjaar stel ik voor: leidinggeven in een hybride organisatie. Hoe houd je als directie zicht
            op teams die je nauwelijks op kantoor ziet, en wat vraagt dat van het sturingsconcept?

            Johanna Kosten
            """
        ),
    },
    {
        "id": "d109-128",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Erik Verhoeven <e.verhoeven@veersaam.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Onderwerp voor 2033: de chatbot op onze website. We hebben er sinds de zomer een, maar we weten eigenlijk
            niet wat inwoners ervan vinden. Hoe meten anderen de kwaliteit van hun digitale dienstverlening?

            Erik
            """
        ),
    },
    {
        "id": "d109-129",
        "kind": "other",
        "sender": "Nadia el Khatib <n.elkhatib@getijdenland.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Stan,

            Kun je mij de sheets van de gastspreker over het mobiele gemeenteloket sturen? Die staan niet bij het
            verslag en ik wil ze graag in ons MT laten zien.

            Groet,
            Nadia
            """
        ),
    },
    {
        "id": "d109-130",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Kees Bliek <k.bliek@schorreland.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Stan, Melanie,

            Eerst: fijne feestdagen! 't Was een raor jaer mee dat verschoven atelier, mar 9 december was 't de moeite
            waerd.

            Vò 't voorjaar: ik zou 't graag over de veerverbindingen willen hebben. Nie over de boten zelf, mar over
            hoe we as eilandgemeenten samen optrekken richting provincie en Rijk. Nou doet iedere gemeente z'n eigen
            lobby, en dat werkt nie.

            De groeten uut Zoutkerke,
            Kees
            """
        ),
    },
    {
        "id": "d109-131",
        "kind": "autoreply",
        "sender": "Sabine Hage <s.hage@veersaam.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Dienstverlening dichtbij\" "
                   "[atelier:2032-2]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Van 24 december tot en met 2 januari is Werkorganisatie VeerSaam gesloten. Vanaf maandag 3 januari 2033
            lees ik mijn e-mail weer. Voor calamiteiten is de gemeente bereikbaar via het algemene nummer.

            Prettige feestdagen!
            """
        ),
    },
    {
        "id": "d109-132",
        "kind": "subscribe",
        "sender": "Yara Boekhout <y.boekhout@kapelhoek-tolwaarde.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Per 1 december ben ik aangesteld als directeur bedrijfsvoering van Kapelhoek-Tolwaarde. Graag meld ik mij
            aan als lid van het netwerk.

            Met vriendelijke groet,

            Yara Boekhout
            Directeur Bedrijfsvoering
            Ambtelijke organisatie Kapelhoek-Tolwaarde
            T 0164 61 90 00

            Deze e-mail is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht per vergissing
            ontvangen, verwijder het dan en informeer de afzender.
            """
        ),
    },
    {
        "id": "d109-133",
        "kind": "autoreply",
        "sender": "Kees Bliek <k.bliek@schorreland.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 november 2032 "
                   "[atelier:2032-2]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben met vakantie tot en met vrijdag 10 september. Vanaf maandag 13 september lees ik mijn mail weer.
            Voor dringende zaken kunt u terecht bij het directiesecretariaat, 0111 45 80 00.

            Kees Bliek
            """
        ),
    },
]
# fmt: on
