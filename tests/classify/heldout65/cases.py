"""heldout65: a year of mail from the shared civil-service organisations around the Heuvelrug and in Eemland.

The writers are directors, adjunct-directors and their secretaries of (invented) werkorganisaties, GR's and
bedrijfsvoeringsorganisaties between the Utrechtse Heuvelrug and Eemland: Heuvelrand, Eemvallei, BRW, Rijnheuvel,
De Eemhof, Grebbezoom, Leusveld-Woudenrode, Heuvelrug-Oost, Amersloot, Stichtse Zoom, Vallei & Eem, Lekheuvel,
Soestbergen-Eemdal, Vuurscheveld, Eemstreek and Zuiderheuvel. The year runs from the autumn sign-ups through the call
for themes, the spring atelier (invitation, change of date, waiting list, reminder, substitute) and its follow-up to
departures, hand-overs, an address change and an AVG request in the summer. Registers run from a stiff mr. to a
chatty phone mail; one interim director writes English. About a third are hard: leaves that look like declines,
declines that say "afmelden" or "haal me eraf", sign-ups of several people, a proposal about the form of the atelier,
backing someone else's topic, asking to present, a hand-over for a later date, an inspection request beside an
erasure request, an assistant's forward, a "nee" about a guest, and automatic mail that names other addresses.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a mail that first says no and then yes carries the yes.
- Leaving the network while declining the atelier is unsubscribe; declining the atelier while staying a member, or
  declining with a substitute named, is rsvp False; leaving the waiting list is rsvp False.
- A successor with an address (also under our goodbye) or a successor without an address yet: unsubscribe; a
  hand-over at a later date while staying a member until then, or a colleague reporting a departure: other.
- AVG erasure (with a question beside it) is unsubscribe with erase; a request to see one's data is other.
- One colleague signed up with an address is subscribe; several colleagues are other; "lid blijven" under our
  goodbye is subscribe.
- A denial under our confirmation that asks who did it is unsubscribe; one that asks where the address came from
  is other. An empty reply or a bare signature under a confirmation mail is confirm; a secretary confirming for
  the director, or a confirmation with a real question, is other.
- A topic proposed under any of our mails, also beside a yes, is a suggestion; its themes are those of the topic
  proposed, not of the situation told first. A proposal about the form of the atelier, backing another member's
  topic and asking to present are other.
- A yes on a condition, an assistant's forward about the director's attendance and a "nee" about a guest are other;
  an assistant answering under our invitation and calendar answers are rsvp.
- Out-of-office, read receipts and "address no longer in use" are autoreply with the thread they answer; delivery
  failures are bounce without a thread. Replies to the follow-up use the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "h65-001",
        "kind": "subscribe",
        "sender": "Pieter-Bas Overeem <pb.overeem@grebbezoom.nl>",
        "subject": "Aanmelding netwerk directeuren ambtelijke fusieorganisaties",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 september ben ik algemeen directeur van Werkorganisatie Grebbezoom, de ambtelijke
            organisatie van Elstveen en Rhenenburg. Mijn voorganger Arie Blankestijn wees mij op uw netwerk
            en noemde de ateliers 'het enige overleg waar hij nooit zijn laptop openklapte'. Ik sluit dus
            graag aan: wilt u mij als lid inschrijven?

            Hartelijke groet,

            Pieter-Bas Overeem
            algemeen directeur | Werkorganisatie Grebbezoom
            Postbus 120, 3910 AC Rhenenburg
            T 0317 - 48 22 10

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het per vergissing ontvangen,
            verwijder het dan en informeer de afzender.
            """
        ),
    },
    {
        "id": "h65-002",
        "kind": "confirm",
        "sender": "Pieter-Bas Overeem <pb.overeem@grebbezoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h65-003",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Anouk Verhoef <a.verhoef@valleieneem.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank voor het warme welkom!

            U vraagt of ik al een onderwerp heb: jazeker. Wij zitten twee jaar na de fusie en de raden
            vragen steeds vaker of inwoners er eigenlijk iets van merken. Ik zou graag met collega's
            bespreken hoe zij de kwaliteit van hun dienstverlening meten en laten zien: doorlooptijden,
            klanttevredenheid, een dashboard dat een raadslid ook begrijpt.

            Groet, Anouk

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h65-004",
        "kind": "subscribe",
        "sender": "Yvonne Schothorst <y.schothorst@eemvallei.nl>",
        "subject": "Nieuw lid: Kees Vermolen (GR Eemvallei)",
        "body": _(
            """
            Beste secretariaat,

            Per 1 oktober is Kees Vermolen bij ons begonnen als directeur bedrijfsvoering van de GR Eemvallei.
            Hij vroeg mij hem aan te melden voor het netwerk van directeuren; zelf komt hij er de eerste weken
            niet aan toe. Zijn mailadres is k.vermolen@eemvallei.nl.

            Alvast bedankt!

            Met vriendelijke groet,
            Yvonne Schothorst
            Managementondersteuning directie | GR Eemvallei
            Eemnesse - Baarnhoeve - Bunswoude
            """
        ),
    },
    {
        "id": "h65-005",
        "kind": "confirm",
        "sender": "Kees Vermolen <k.vermolen@eemvallei.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hierbij alsnog bevestigd, excuus voor de vertraging. De eerste weken in een nieuwe baan is je
            inbox een soort inloopspreekuur.

            Kees Vermolen
            """
        ),
    },
    {
        "id": "h65-006",
        "kind": "other",
        "sender": "Mirjam Kleinjan <m.kleinjan@heuvelrand-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Baarspul vroeg mij deze aanmelding voor haar te bevestigen. Zij is deze week met de drie
            colleges op werkbezoek in Brussel en komt nauwelijks aan haar mail toe. Namens haar dus: ja, zij
            wordt graag lid.

            Met vriendelijke groet,

            Mirjam Kleinjan
            Directiesecretaresse Werkorganisatie Heuvelrand
            (aanwezig ma, di en do)
            """
        ),
    },
    {
        "id": "h65-007",
        "kind": "unsubscribe",
        "sender": "Frank de Heus <f.deheus@amersloot.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "subject": "Antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ik heb mij niet voor dit netwerk opgegeven en ik ben ook geen directeur, maar teamleider
            Burgerzaken. Wie heeft mij hiervoor aangemeld?

            F. de Heus
            """
        ),
    },
    {
        "id": "h65-008",
        "kind": "other",
        "sender": "Ilse Wagenvoort <ilse.wagenvoort@vuurscheveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Dit is al de tweede mail die ik ontvang over een aanmelding die ik nooit heb gedaan. Ik wil graag
            weten langs welke weg mijn e-mailadres bij u terecht is gekomen. Onze functionaris
            gegevensbescherming is in de cc van mijn doorgestuurde exemplaar meegenomen.

            I. Wagenvoort
            Strategisch adviseur, Servicecentrum Vuurscheveld
            """
        ),
    },
    {
        "id": "h65-009",
        "kind": "other",
        "sender": "Geert-Jan Roodhart <gj.roodhart@werkorganisatie-brw.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja, bevestigd. Wel een vraag: is het lidmaatschap persoonlijk of op naam van de werkorganisatie?
            Onze directeur bedrijfsvoering Fatima el Khatib wil ook meedoen, maar ik weet niet of er per
            organisatie maar één plek is.

            GJ

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h65-010",
        "kind": "subscribe",
        "sender": "Marco Dekkers <m.dekkers@grebbezoom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Hmm, dat ging mis. Ik had alleen willen doorgeven dat ik in het najaar niet naar het atelier kon,
            niet dat ik wilde opzeggen. Lid blijven dus, graag!

            Marco Dekkers
            directeur bedrijfsvoering Grebbezoom
            """
        ),
    },
    {
        "id": "h65-011",
        "kind": "subscribe",
        "sender": "Rebecca Hartley <r.hartley@eemstreek.nl>",
        "subject": "Joining the directors' network",
        "body": _(
            """
            Dear secretariat,

            Last month I started as interim general director of Servicecentrum Eemstreek, the shared
            organisation of Eemhaven and Maartenshoef. My Dutch reading is decent, my writing rather less so,
            hence the English. A colleague at the province told me about your network of directors and I would
            very much like to be added as a member.

            Kind regards,

            Rebecca Hartley
            Interim algemeen directeur | Servicecentrum Eemstreek
            """
        ),
    },
    {
        "id": "h65-012",
        "kind": "confirm",
        "sender": "Wim Hazeleger <w.hazeleger@bho-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            W.J. (Wim) Hazeleger
            Directeur
            Bedrijfsvoeringsorganisatie Heuvelrug-Oost (BHO)
            Postbus 45 | 3940 AA Doornveld
            06 41 27 83 90 | www.bho-gemeenten.nl

            Denk aan het milieu voordat u deze e-mail print.
            """
        ),
    },
    {
        "id": "h65-013",
        "kind": "subscribe",
        "sender": "Jolanda Pruis <jolanda.pruis@alw-werkt.nl>",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi, graag zou ik me aanmelden voor jullie directeurennetwerk. Ben sinds kort adjunct-directeur
            bij de ambtelijke fusie Leusveld-Woudenrode.

            Jolanda Pruis

            Get Outlook for Android
            """
        ),
    },
    {
        "id": "h65-014",
        "kind": "other",
        "sender": "Annemarie Gijsbertsen <a.gijsbertsen@amersloot.nl>",
        "subject": "Lidmaatschap voor ons MT?",
        "body": _(
            """
            Beste Stan en Melanie,

            Naar aanleiding van ons gesprek op het VNG-congres: ik zou mijn twee adjunct-directeuren, Thijs
            Wolbers en Nadia Bakkali, ook graag bij het netwerk betrekken. Kunnen jullie hen toevoegen? Hun
            adressen zijn t.wolbers@amersloot.nl en n.bakkali@amersloot.nl.

            Groet,
            Annemarie Gijsbertsen
            algemeen directeur Werkorganisatie Amersloot
            """
        ),
    },
    {
        "id": "h65-015",
        "kind": "confirm",
        "sender": "Jolanda Pruis <jolanda.pruis@alw-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "subject": "Antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Graag! Dat ging vlot.
            Jolanda
            """
        ),
    },
    {
        "id": "h65-016",
        "kind": "confirm",
        "sender": "Rebecca Hartley <r.hartley@eemstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, and thank you for taking on a member who answers in English!

            Rebecca
            """
        ),
    },
    {
        "id": "h65-017",
        "kind": "unsubscribe",
        "sender": "Gerard Lamme <g.lamme@stichtsezoom.nl>",
        "subject": "Afscheid GR Stichtse Zoom",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Vandaag is mijn laatste werkdag bij de GR Stichtse Zoom; na elf jaar ga ik aan de slag bij de
            veiligheidsregio. Haal mij dus maar uit het netwerk. Mijn opvolger wordt Sietske Bremmer, nu nog
            concerncontroller in Zeisthoeve. Haar mailadres hier bestaat nog niet, zij meldt zich zelf bij
            jullie zodra ze op 1 december begint.

            Dank voor de mooie ateliers, het ga jullie goed.

            Gerard Lamme
            """
        ),
    },
    {
        "id": "h65-018",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrikje Baarspul <h.baarspul@heuvelrand-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan en Melanie,

            Twee onderwerpen van mijn kant:
            - jong talent binnenhouden op deze arbeidsmarkt (wij verliezen veel dertigers aan provincie en Rijk)
            - strategische personeelsplanning: welke functies hebben we over vijf jaar nog nodig, en welke niet?

            Hartelijke groet,

            Hendrikje Baarspul
            algemeen directeur Werkorganisatie Heuvelrand
            gemeenten Doornveld, Ameroord en Leusbergen
            """
        ),
    },
    {
        "id": "h65-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ruud Oldenkamp <r.oldenkamp@eemvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mijn onderwerp: de positie van een kleine werkorganisatie in de regio Amersfoort. Aan elke
            regionale tafel zit de centrumgemeente met tien ambtenaren en wij met één. Hoe zorg je dat de
            belangen van Eemnesse, Baarnhoeve en Bunswoude niet ondersneeuwen?

            Ruud Oldenkamp
            gemeentesecretaris-directeur GR Eemvallei
            """
        ),
    },
    {
        "id": "h65-020",
        "kind": "other",
        "sender": "Saskia Nieuwenhuis <s.nieuwenhuis@rijnheuvel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hoi Melanie,

            Een inhoudelijk thema heb ik nog niet, wel een wens over de vorm: kunnen we het atelier eens bij een
            van de werkorganisaties zelf houden in plaats van in Utrecht? Voor wie aan de oostkant van de
            Heuvelrug zit is het Stadskantoor op donderdagmiddag een hele onderneming, met de A12 erbij. Een
            ochtend zou ook al schelen.

            Groet, Saskia
            """
        ),
    },
    {
        "id": "h65-021",
        "kind": "autoreply",
        "sender": "Bram Zondag <b.zondag@werkorganisatie-brw.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Tot en met maandag 4 januari ben ik met kerstverlof en lees ik mijn mail niet. Voor dringende zaken
            kunt u terecht bij het secretariaat directie, 0343 - 75 11 00. Afmeldingen voor de
            raadscommissie graag via griffie@werkorganisatie-brw.nl.

            Fijne feestdagen!
            Bram Zondag
            """
        ),
    },
    {
        "id": "h65-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rebecca Hartley <r.hartley@eemstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hello both,

            One topic I'd love to discuss with peers: how are other organisations dealing with their own staff
            using generative AI? Drafting council memos, summarising case files, that sort of thing. We have
            people doing it quietly and no policy yet. Who decides what is allowed, and how do you keep it safe?

            Best,
            Rebecca
            """
        ),
    },
    {
        "id": "h65-023",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Jeroen ter Mors <j.termors@rijnheuvel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "body": _(
            """
            Beste secretariaat,

            Voorstellen van Rijnheuvel:

            1. Een meerjarige strategische agenda voor de werkorganisatie: hoe vertaal je twee coalitieakkoorden
               naar één langetermijnvisie en een inhoudelijke agenda voor de komende tien jaar?
            2. Informatieveiligheid na de hack bij een buurgemeente: hoe hebben anderen hun I&A-functie en
               hun back-ups ingericht?

            Met vriendelijke groet,

            J.A. ter Mors
            Algemeen directeur Ambtelijke organisatie Rijnheuvel
            """
        ),
    },
    {
        "id": "h65-024",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@eemhof-samen.nl>",
        "subject": "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "body": _(
            """
            Uw bericht heeft h.vandenbrink@eemhof-samen.nl niet bereikt.

            Het adres van h.vandenbrink is bij eemhof-samen.nl niet gevonden. Mogelijk is het verkeerd
            gespeld of bestaat het niet meer.

            Diagnostische gegevens voor beheerders:

            Genererende server: DB8PR09MB4471.eurprd09.prod.outlook.com

            h.vandenbrink@eemhof-samen.nl
            Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h65-025",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Tineke Bosveld <t.bosveld@lekheuvel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Stan,

            Je weet dat Maarnwijk en Overbergen al een jaar in de herindelingsdiscussie zitten: fusie, nauwer
            samenwerken met Wijkerbroek, alles ligt op tafel. Dat gesprek voeren de raden zelf wel. Wat ik
            eigenlijk wil agenderen ligt eronder: welke stip op de horizon zet je als directie voor de
            werkorganisatie zelf, los van de bestuurlijke uitkomst? Hoe maak je een visie voor 2035 als je
            niet weet voor welke gemeenten je dan werkt?

            Groet,
            Tineke
            """
        ),
    },
    {
        "id": "h65-026",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Ruud Oldenkamp <r.oldenkamp@eemvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nog een aanvulling, als het mag: de kostenverdeelsleutel van de werkorganisatie. Bij ons ligt die
            weer onder vuur, Bunswoude vindt dat het te veel betaalt voor te weinig. Hoe houden anderen de
            begroting sluitend en tegelijk de verhoudingen tussen de deelnemende gemeenten gezond?

            R.O.
            """
        ),
    },
    {
        "id": "h65-027",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sietske Bremmer <s.bremmer@stichtsezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemiddag,

            Als nieuwkomer in het netwerk (sinds december bij Stichtse Zoom) meteen een onderwerp: hoe betrek
            je inwoners bij het verbeteren van je dienstverlening, zonder dat het steeds dezelfde mondige
            mensen zijn? Denk aan inwonerspanels, klantreizen, meekijken aan de balie. Ik ben benieuwd wat
            anderen daarmee doen.

            Hartelijke groet,
            Sietske Bremmer
            """
        ),
    },
    {
        "id": "h65-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fatima el Khatib-Verweij <f.elkhatib@werkorganisatie-brw.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ja, ik ben er op 11 maart bij. Samenwerking en eigenheid is bij ons zo ongeveer het gesprek van
            elke week.

            Vriendelijke groet,
            Fatima el Khatib-Verweij
            directeur bedrijfsvoering Werkorganisatie BRW
            """
        ),
    },
    {
        "id": "h65-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim Hazeleger <w.hazeleger@bho-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": _(
            """
            Kom ik, en ik neem onze concerncontroller Esther Dijkhuizen mee. Dus met z'n tweeën.
            Gr Wim

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h65-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Menno Bijleveld <m.bijleveld@valleieneem.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "subject": "Antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Beste Stan,

            Op 11 maart zit ik met het gezin in Oostenrijk, dus ik moet het laten schieten. In mijn plaats gaat
            onze directeur Sociaal Domein, Koen van Bemmel (k.vanbemmel@valleieneem.nl). Hij is zelf geen lid
            van het netwerk, maar wel erg nieuwsgierig geworden door mijn verhalen.

            Met groet,
            Menno Bijleveld
            algemeen directeur Werkorganisatie Vallei & Eem
            """
        ),
    },
    {
        "id": "h65-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mirjam Kleinjan <m.kleinjan@heuvelrand-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Mevrouw Baarspul neemt graag deel aan het atelier op 11 maart; ik heb de middag in haar agenda
            geblokt.

            Met vriendelijke groet,

            Mirjam Kleinjan
            Directiesecretaresse Werkorganisatie Heuvelrand
            """
        ),
    },
    {
        "id": "h65-032",
        "kind": "other",
        "sender": "Niels Hoogstraten <n.hoogstraten@eemhof-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, maar alleen als ik rond kwart over vier weg kan: om vijf uur heb ik een AB-vergadering
            in Eemwijk. Is het bezwaarlijk als ik halverwege vertrek? Zo ja, dan laat ik de plek liever aan een
            ander.

            Niels Hoogstraten
            Samenwerkingsorganisatie De Eemhof
            """
        ),
    },
    {
        "id": "h65-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Verhoef <a.verhoef@valleieneem.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Staat in mijn agenda, tot dan!
            """
        ),
    },
    {
        "id": "h65-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert-Jan Roodhart <gj.roodhart@werkorganisatie-brw.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Valt samen met het regionale DB, sorry. Fatima gaat wel.
            """
        ),
    },
    {
        "id": "h65-035",
        "kind": "subscribe",
        "sender": "Lotte Hulshof <l.hulshof@ad-soestbergen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: Fwd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Goedendag,

            Deze uitnodiging kreeg ik doorgestuurd van Wim Hazeleger. Ik ben sinds januari directeur van de
            Ambtelijke Dienst Soestbergen-Eemdal en nog geen lid van het netwerk. Wilt u mij inschrijven, dan
            krijg ik voortaan de berichten rechtstreeks.

            Hartelijke groet,
            Lotte Hulshof
            """
        ),
    },
    {
        "id": "h65-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rebecca Hartley <r.hartley@eemstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in for the 11th. I'll probably join through Teams rather than in Utrecht, as I'm visiting
            family in Leeds that week, but I'll stay for the whole afternoon.

            Rebecca
            """
        ),
    },
    {
        "id": "h65-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter-Bas Overeem <pb.overeem@grebbezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik stond op het punt 'nee, helaas' terug te sturen, omdat ik dacht dat ik die middag een
            sollicitatiecommissie had. Die is net verschoven naar de week erna. Dus toch: ja, ik kom!

            Pieter-Bas
            """
        ),
    },
    {
        "id": "h65-038",
        "kind": "autoreply",
        "sender": "Arjen Mostert <a.mostert@amersloot.nl>",
        "thread": "invitation",
        "subject": "Afwezig / Out of office: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "body": _(
            """
            Van 15 tot en met 26 februari ben ik afwezig (voorjaarsvakantie) en heb ik beperkt toegang tot mijn
            e-mail. Uw bericht wordt niet doorgestuurd. Kan het niet wachten, bel dan 033 - 298 40 00.

            I am away from 15 to 26 February with limited access to e-mail. Your message will not be forwarded.

            Arjen Mostert
            """
        ),
    },
    {
        "id": "h65-039",
        "kind": "other",
        "sender": "Ineke van Ginkel <i.vanginkel@rijnheuvel.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Hierbij de uitnodiging retour namens de heer Ter Mors. Hij doet graag mee op 11 maart, maar schuift
            pas rond kwart voor drie aan vanwege een eerder overleg met de burgemeesters. Wilt u hem noteren?

            Met vriendelijke groet,
            Ineke van Ginkel
            Bestuurs- en directieondersteuning Rijnheuvel
            """
        ),
    },
    {
        "id": "h65-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ellen Schimmel <e.schimmel@lekheuvel.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes-wrote",
        "subject": "Antwoord: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor het bericht. Eerlijk gezegd hoef ik niet meer op die wachtlijst: inmiddels heb ik die
            middag een bestuurlijk overleg staan. Haal me er gerust af, dan maakt u iemand anders blij.

            Ellen Schimmel
            adjunct-directeur Werkorganisatie Lekheuvel
            """
        ),
    },
    {
        "id": "h65-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Nieuwenhuis <s.nieuwenhuis@rijnheuvel.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            18 maart in het Provinciehuis kan ik ook, dus ik blijf gewoon aangemeld. Voor mij ligt de
            Pythagoraslaan zelfs gunstiger dan het Vredenburg.

            Groet, Saskia
            """
        ),
    },
    {
        "id": "h65-042",
        "kind": "other",
        "sender": "Bram Zondag <b.zondag@werkorganisatie-brw.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee hoor, geen gast. Ik had niemand opgegeven, volgens mij zit er een foutje in jullie lijst.

            Bram
            """
        ),
    },
    {
        "id": "h65-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marco Dekkers <m.dekkers@grebbezoom.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Helaas moet ik me afmelden voor donderdag: de begrotingswijziging moet er dringend door bij het DB,
            en dat is uitgerekend die middag. Het netwerk blijf ik natuurlijk trouw.

            Marco
            """
        ),
    },
    {
        "id": "h65-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen van Bemmel <k.vanbemmel@valleieneem.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Helaas lukt het mij op die datum toch niet: ik moet die dag naar de
            rechtbank voor een beroepszaak in de jeugdzorg. Menno weet het inmiddels ook.

            Koen van Bemmel
            Directeur Sociaal Domein | Werkorganisatie Vallei & Eem
            """
        ),
    },
    {
        "id": "h65-045",
        "kind": "autoreply",
        "sender": "Gerda Stoutjesdijk <g.stoutjesdijk@eemhof-samen.nl>",
        "thread": "reminder",
        "subject": "Gelezen: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

                Aan: Stoutjesdijk, Gerda
                Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
                Verzonden: maandag 8 maart 2027 09:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op maandag 8 maart 2027 11:47:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "h65-046",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sander Pelgrim <s.pelgrim@heuvelrand-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een goede middag, dank nog.

            Voor de volgende keer zou ik willen praten over één digitaal loket waar een ondernemer zijn
            vergunning, melding en subsidieaanvraag in één keer regelt, met reactietermijnen die we ook
            echt meten en publiceren. Wie heeft dat al draaien, en wat leverde het op?

            Sander Pelgrim
            directeur Dienstverlening, Werkorganisatie Heuvelrand
            """
        ),
    },
    {
        "id": "h65-047",
        "kind": "other",
        "sender": "Gerda Stoutjesdijk <g.stoutjesdijk@eemhof-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "body": _(
            """
            Dank voor het verslag. In de slotronde noemde Hendrikje Baarspul het vasthouden van jong talent
            als onderwerp voor het volgende atelier. Daar sluit ik me van harte bij aan, bij De Eemhof speelt
            precies hetzelfde. Tel mijn stem er maar bij.

            Gerda Stoutjesdijk
            """
        ),
    },
    {
        "id": "h65-048",
        "kind": "other",
        "sender": "Fatima el Khatib-Verweij <f.elkhatib@werkorganisatie-brw.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Wij werken sinds januari met een nieuw sturingsmodel met resultaatgerichte teams. Zou ik daar op
            het volgende atelier een kwartiertje over mogen vertellen, met wat we er tot nu toe van geleerd
            hebben? Laat maar weten of daar ruimte voor is in het programma.

            Vriendelijke groet,
            Fatima
            """
        ),
    },
    {
        "id": "h65-049",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ahmed Bouzidi <a.bouzidi@vuurscheveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": _(
            """
            Ja, ik kom.

            En nu ik toch mail, voor een volgend atelier: gezamenlijk opdrachtgeverschap. Onze drie colleges
            zijn ieder opdrachtgever van dezelfde werkorganisatie en trekken elk aan een ander eind van het
            touw. Hoe regelen anderen de afstemming tussen de gemeenten onderling voordat het bij de directie
            landt?

            Ahmed Bouzidi
            algemeen directeur Servicecentrum Vuurscheveld
            """
        ),
    },
    {
        "id": "h65-050",
        "kind": "unsubscribe",
        "sender": "Rebecca Hartley <r.hartley@eemstreek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you for a lovely afternoon, even from a laptop in Leeds.

            My interim assignment at Eemstreek ends on 31 March, so please take me off the members' list. A
            permanent director has not been appointed yet; I'm sure whoever it is will find you.

            Warm regards,
            Rebecca Hartley
            """
        ),
    },
    {
        "id": "h65-051",
        "kind": "other",
        "sender": "Yvonne Schothorst <y.schothorst@eemvallei.nl>",
        "subject": "Vertrek dhr. Oldenkamp",
        "body": _(
            """
            Beste secretariaat,

            Ter informatie: de heer Oldenkamp is per 1 april met pensioen gegaan. Een opvolger is nog niet
            benoemd. Zijn mailbox wordt eind deze maand opgeheven.

            Met vriendelijke groet,
            Yvonne Schothorst
            GR Eemvallei
            """
        ),
    },
    {
        "id": "h65-052",
        "kind": "autoreply",
        "sender": "Gerard Lamme <g.lamme@stichtsezoom.nl>",
        "thread": "followup",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op "
                   "samenwerking & eigenheid\" [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik en uw bericht is niet doorgestuurd. Voor de GR Stichtse
            Zoom kunt u mailen naar info@stichtsezoom.nl; de directie bereikt u via
            directiesecretariaat@stichtsezoom.nl.
            """
        ),
    },
    {
        "id": "h65-053",
        "kind": "other",
        "sender": "Hendrikje Baarspul <h.baarspul@heuvelrand-wo.nl>",
        "subject": "Nieuw mailadres per 1 juni",
        "body": _(
            """
            Dag Stan en Melanie,

            Per 1 juni stapt onze werkorganisatie over op één domein. Mijn adres wordt dan
            h.baarspul@heuvelrand.nl; het oude blijft tot eind augustus werken. Willen jullie het aanpassen?
            Hetzelfde geldt voor Sander Pelgrim, die wordt s.pelgrim@heuvelrand.nl.

            Hartelijke groet,
            Hendrikje
            """
        ),
    },
    {
        "id": "h65-054",
        "kind": "other",
        "sender": "Geert-Jan Roodhart <gj.roodhart@werkorganisatie-brw.nl>",
        "subject": "Welke gegevens heeft het netwerk van mij?",
        "body": _(
            """
            Goedemiddag,

            Onze FG vraagt alle directieleden na te gaan bij welke externe partijen persoonsgegevens van hen
            liggen. Kunt u mij laten weten welke gegevens u van mij hebt vastgelegd en waarvoor u die gebruikt?
            Verwijderen hoeft niet, ik wil het alleen weten.

            Met vriendelijke groet,
            Geert-Jan Roodhart
            gemeentesecretaris-directeur Werkorganisatie BRW
            """
        ),
    },
    {
        "id": "h65-055",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "M.E. Haverkamp <m.haverkamp@ad-soestbergen.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te wissen, inclusief
            aanwezigheidsregistraties en eventuele foto's van de ateliers, en mij uit het ledenbestand te
            verwijderen. Wilt u daarbij aangeven of u mijn gegevens ooit met derden, bijvoorbeeld de
            Adviesraad, hebt gedeeld?

            Met vriendelijke groet,

            mr. M.E. Haverkamp
            directeur bedrijfsvoering Ambtelijke Dienst Soestbergen-Eemdal
            """
        ),
    },
    {
        "id": "h65-056",
        "kind": "other",
        "sender": "Anouk Verhoef <a.verhoef@valleieneem.nl>",
        "subject": "Opvolging per 1 oktober",
        "body": _(
            """
            Beste Stan,

            Een vooraankondiging: per 1 oktober word ik gemeentesecretaris in Wijkerbroek. Mijn opvolger bij
            Vallei & Eem, Bas Kortenhoeven, begint dan; zijn adres wordt b.kortenhoeven@valleieneem.nl.
            Tot die tijd blijf ik gewoon lid, en als het najaarsatelier vóór oktober valt, kom ik graag nog
            een keer.

            Groet, Anouk
            """
        ),
    },
    {
        "id": "h65-057",
        "kind": "unsubscribe",
        "sender": "Niels Hoogstraten <n.hoogstraten@eemhof-samen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vraagt naar een opvolger: vanaf 1 september neemt Wendy van
            Ravenhorst mijn functie als algemeen directeur van De Eemhof over. Haar adres is
            w.vanravenhorst@eemhof-samen.nl. Ik heb haar al verteld wat de ateliers mij hebben gebracht.

            Niels
            """
        ),
    },
    {
        "id": "h65-058",
        "kind": "unsubscribe",
        "sender": "Rob Kloosterboer <r.kloosterboer@zuiderheuvel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": _(
            """
            Beste mensen,

            Op 11 maart ben ik er niet bij, en daarna eerlijk gezegd ook niet meer: per 1 maart ga ik met
            vervroegd pensioen. Schrijft u mij dus maar uit voor het netwerk. Over een opvolger wordt nog
            gesproken; dat laat de werkorganisatie u zelf weten.

            Het ga u goed,
            Rob Kloosterboer
            Werkorganisatie Zuiderheuvel
            """
        ),
    },
    {
        "id": "h65-059",
        "kind": "unsubscribe",
        "sender": "Gijs Mulderij <g.mulderij@eemstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            geen themas van mij deze ronde, ik vertrek in februari naar de provincie. wilt u mij afmelden voor
            het netwerk? dank en succes met het atelier

            Gijs

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h65-060",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@mx2.ad-soestbergen.nl>",
        "subject": "Bericht niet afgeleverd / Delivery Status Notification (Failure)",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Het bericht hieronder kon niet worden afgeleverd bij j.vanderhorst@ad-soestbergen.nl.
            De ontvangende server meldt dat deze mailbox niet (meer) bestaat.

            Final-Recipient: rfc822; j.vanderhorst@ad-soestbergen.nl
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <j.vanderhorst@ad-soestbergen.nl>: mailbox unavailable

            Onderwerp van het oorspronkelijke bericht: Uitnodiging Leer- en inspireer-atelier 11 maart 2027
            """
        ),
    },
]
# fmt: on
