"""heldout38: a year of the mailbox as it arrives from werkorganisaties and GR's in Zaanstreek, West-Friesland and Gooi.

The writers are directors, their assistants and a few interim managers of invented shared-service organisations in
Noord-Holland (Werkorganisatie Zaanoever, GR Kogerpolder Diensten, Werkorganisatie Drieklank, Westfries
Bestuurshuis, Medemblik-Opmeer Samen, Werkorganisatie Heidezoom, Gooi Dienstenhuis and others). The set follows the
year: sign-ups in January and the confirmation and its reminder, answers to the welcome, the call for themes with
suggestions, the invitation with yes and no (also calendar answers, assistants and substitutes), the reminder, the
change of date, the waiting list, the follow-up, people leaving and handing over their seat, AVG requests, questions,
complaints and thanks, out-of-office replies and delivery failures. Registers run from stiff to phone-terse; some
writers write English. About a third are hard: look-alikes and requests hidden in chatter.

Conventions this set relies on (from the brief):
- the label is what the writer asks now, not what our mail was about; a later mail carries the latest answer;
- under the call, the follow-up or the thank-you a proposed topic is a suggestion, also when the writer says they
  come; a reply there that only says whether they come is an rsvp; a proposal about time, place or format is other;
- leaving and declining in one mail is unsubscribe; declining the atelier while keeping the membership, or with a
  substitute, is rsvp False; an assistant answering under our invitation is an rsvp, an assistant's new mail or
  forward about attendance is other;
- a successor with address, or leaving with a successor named but no address, is unsubscribe; a hand-over at a later
  date with "until then I stay a member" is other; a colleague reporting that someone left is other;
- an AVG erasure is unsubscribe with erase; a request to see one's data is other;
- one named colleague with address is subscribe; without address or several people is other; "lid blijven" under the
  goodbye is subscribe;
- a plain denial under the confirmation is unsubscribe; a denial asking where we got the address is other; a yes on
  a condition or a confirmation with a real question beside it is other;
- calendar answers are rsvp; out-of-office, read receipts, tickets and "address no longer in use" are autoreply,
  delivery failures are bounce; neither carries a quote;
- themes are those of the proposed topic, not of words used in passing; two only where one topic spans both.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "h38-001",
        "kind": "subscribe",
        "sender": "Annelot Kuipers <a.kuipers@heidezoom.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemorgen,

            Sinds 6 januari ben ik algemeen directeur van Werkorganisatie Heidezoom, de ambtelijke organisatie
            van Blaricum, Eemnes en Laren. Mijn voorganger was geloof ik geen lid, maar ik hoorde in het
            Gooise directeurenoverleg goede verhalen over jullie ateliers. Ik meld me hierbij graag aan.

            Hartelijke groet,
            Annelot Kuipers
            algemeen directeur | Werkorganisatie Heidezoom
            """
        ),
    },
    {
        "id": "h38-002",
        "kind": "subscribe",
        "sender": "Gareth Pryce <g.pryce@kogerpolderdiensten.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Hello,

            I started as interim director of GR Kogerpolder Diensten (shared services for three Zaanstreek
            municipalities) last month. A colleague forwarded me your website and I would like to become a
            member of the network, if interim directors are welcome too. I read Dutch fine, so no need to
            write to me in English.

            Kind regards,
            Gareth Pryce
            Interim Director, GR Kogerpolder Diensten
            """
        ),
    },
    {
        "id": "h38-003",
        "kind": "subscribe",
        "sender": "Secretariaat directie Drieklank <secretariaat.directie@drieklank-streek.nl>",
        "quote": "none",
        "subject": "Nieuwe directeur bedrijfsvoering aanmelden",
        "body": _(
            """
            Beste secretariaat,

            Per 1 februari is Fenna Groot bij ons in dienst getreden als directeur bedrijfsvoering van
            Werkorganisatie Drieklank (Stede Broec, Enkhuizen, Drechterland). Zij heeft mij gevraagd haar
            bij uw netwerk aan te melden. Haar e-mailadres is f.groot@drieklank-streek.nl.

            Alvast bedankt!

            Met vriendelijke groet,
            Ilse Zwaan
            managementassistent directie
            """
        ),
    },
    {
        "id": "h38-004",
        "kind": "subscribe",
        "sender": "Ton Roskam <t.roskam@zaanoever-wo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Hm, dit klopt niet. Volgens mij heeft iemand bij ons de verkeerde mailbox opgeschoond en
            namens mij gereageerd. Lid blijven dus, graag!

            Ton
            """
        ),
    },
    {
        "id": "h38-005",
        "kind": "subscribe",
        "sender": "Joost Vlaming <joost.vlaming@wijdewormer-samen.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            wil me graag aanmelden voor het netwerk. directeur ambtelijke org Wijdewormer Samen sinds kort.

            gr Joost

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h38-006",
        "kind": "subscribe",
        "sender": "Margriet Schouten <m.schouten@westfriesbestuurshuis.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Vorig jaar heb ik mij afgemeld toen ik bij Heidezoom vertrok; deze mail van toen stond nog in mijn
            archief. Inmiddels ben ik per 1 mei gemeentesecretaris-directeur bij het Westfries Bestuurshuis.
            Zetten jullie mij weer op de lijst, maar dan op dit nieuwe adres?

            Groet,
            Margriet Schouten
            """
        ),
    },
    {
        "id": "h38-007",
        "kind": "subscribe",
        "sender": "Siobhan Kelly-de Boer <s.kelly@gooidienstenhuis.nl>",
        "quote": "none",
        "subject": "Please add a colleague",
        "body": _(
            """
            Dear secretariat,

            Could you please add my colleague Tom Vierhout to your network? He is our new director of
            operations at Gooi Dienstenhuis and very keen on the spring atelier. His address is
            t.vierhout@gooidienstenhuis.nl.

            Many thanks,
            Siobhan
            """
        ),
    },
    {
        "id": "h38-008",
        "kind": "subscribe",
        "sender": "Drs. H.J. (Henk) Bleeker <hj.bleeker@mos-samen.nl>",
        "quote": "none",
        "subject": "Verzoek tot aanmelding lidmaatschap",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij verzoek ik u mij in te schrijven als lid van het Netwerk van directeuren van ambtelijke
            fusieorganisaties.

            Naam: drs. H.J. Bleeker
            Functie: algemeen directeur
            Organisatie: Medemblik-Opmeer Samen (GR)
            E-mail: hj.bleeker@mos-samen.nl

            Hoogachtend,

            H.J. Bleeker
            """
        ),
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "h38-009",
        "kind": "confirm",
        "sender": "Anouk Kos <a.kos@heidezoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, dat klopt, dat was mijn collega die mij heeft opgegeven. Bevestigd.

            Met vriendelijke groet,
            Anouk Kos
            Directeur Bedrijfsvoering | Werkorganisatie Heidezoom
            """
        ),
    },
    {
        "id": "h38-010",
        "kind": "confirm",
        "sender": "Rick Bakker <r.bakker@sbwestfriesland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Rick Bakker
            Directeur | Servicebureau West-Friesland
            Maelsonstraat 12, Hoorn
            T 0229 - 55 12 40

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Het Servicebureau West-Friesland
            aanvaardt geen aansprakelijkheid voor schade voortvloeiend uit elektronische verzending.
            """
        ),
    },
    {
        "id": "h38-011",
        "kind": "confirm",
        "sender": "Nadia el Idrissi <nadia.elidrissi@zaanoever-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Excuus, de eerste mail was in mijn ongewenste post beland. Bij dezen alsnog bevestigd!

            Nadia
            """
        ),
    },
    {
        "id": "h38-012",
        "kind": "confirm",
        "sender": "Marcus Lindqvist <m.lindqvist@heidezoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Confirmed, thank you. Good to find peers in the region who deal with the same puzzles.

            Marcus
            """
        ),
    },
    {
        "id": "h38-013",
        "kind": "confirm",
        "sender": "Wendy Stam <w.stam@streekhuis-hk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja hoor, prima! Leuk dat zoiets bestaat. Wij zijn pas sinds het najaar één organisatie voor Hoorn
            en Koggenland, dus alle inspiratie is welkom, haha.

            Wendy Stam
            directeur Streekhuis Hoorn-Koggenland
            """
        ),
    },
    {
        "id": "h38-014",
        "kind": "confirm",
        "sender": "Carla Bakker <c.bakker@vgbedrijfsvoering.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik beheer de mailbox van mevrouw Bakker en bevestig namens haar de aanmelding; zij had mij gevraagd
            hierop te letten.

            Met vriendelijke groet,
            Yvonne Kaptein
            secretaresse directie GR Vecht & Gooi Bedrijfsvoering
            """
        ),
    },
    {
        "id": "h38-015",
        "kind": "confirm",
        "sender": "Piet Kramer <p.kramer@mos-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Akkoord hoor. Zat twee weken in de sneeuw zonder laptop, vandaar.

            P. Kramer
            """
        ),
    },
    {
        "id": "h38-016",
        "kind": "confirm",
        "sender": "Ellen Mooij <e.mooij@drieklank-streek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding (referentie AF-7K3Q9-XM2PA-4RTZ8).

            Mr. E.A. Mooij
            gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "h38-017",
        "kind": "confirm",
        "sender": "Bart Sijm <b.sijm@kogerpolderdiensten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, bevestigd. Mijn voorganger heeft zich destijds afgemeld omdat hij er nooit aan toe kwam, maar
            ik wil er juist graag bij zijn.

            Bart Sijm
            """
        ),
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "h38-018",
        "kind": "unsubscribe",
        "sender": "Kees Tesselaar <k.tesselaar@westfriesbestuurshuis.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Per 1 april ga ik met pensioen, dus dit atelier sla ik over en daarna hoeven jullie mij niets meer
            te sturen. Haal mij maar van de lijst. Dank voor de mooie middagen in Utrecht, ik heb er veel aan
            gehad.

            Kees
            """
        ),
    },
    {
        "id": "h38-019",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "M. van der Meulen <m.vandermeulen@sbwestfriesland.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te wissen en mij niet langer te benaderen. Ik verneem
            graag binnen de wettelijke termijn dat dit is gebeurd.

            Met vriendelijke groet,
            M. van der Meulen
            """
        ),
    },
    {
        "id": "h38-020",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Daniel Okafor <d.okafor@gooidienstenhuis.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            Please take me off this list and erase whatever personal data you hold on me (GDPR). My role
            changed in the reorganisation and the network is no longer relevant for me.

            Thanks,
            Daniel
            """
        ),
    },
    {
        "id": "h38-021",
        "kind": "unsubscribe",
        "sender": "Hans Dekker <h.dekker@mos-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik vertrek eind deze maand naar de provincie. Mijn functie wordt overgenomen door Wietske Ploeger,
            w.ploeger@mos-samen.nl. Wil je haar in mijn plaats in het netwerk opnemen en mij afmelden? Zij
            beslist zelf of ze naar dit atelier gaat.

            Hartelijke groet,
            Hans
            """
        ),
    },
    {
        "id": "h38-022",
        "kind": "unsubscribe",
        "sender": "Lia Honig <l.honig@kogerpolderdiensten.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Jullie vroegen naar een opvolger: dat is Ruud Schermer,
            r.schermer@kogerpolderdiensten.nl. Hij begint op 3 maart.

            Lia
            """
        ),
    },
    {
        "id": "h38-023",
        "kind": "unsubscribe",
        "sender": "Gerard Schilder <g.schilder@streekhuis-hk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Dit was mijn laatste atelier: na zeven jaar stop ik bij het Streekhuis. Wilt u mij uitschrijven?
            Mijn opvolger wordt Anne-Marie Ploeg; haar mailadres is nog niet aangemaakt, zij meldt zich
            zodra ze binnen is zelf bij jullie aan.

            Gerard Schilder
            """
        ),
    },
    {
        "id": "h38-024",
        "kind": "unsubscribe",
        "sender": "Jeroen Blom <j.blom@wijdewormer-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Wie doet zoiets uit mijn naam?

            J. Blom
            """
        ),
    },
    {
        "id": "h38-025",
        "kind": "unsubscribe",
        "sender": "Sandra Pronk <s.pronk@zaanoever-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas kom ik donderdag niet, en eerlijk gezegd wil ik ook verder niets meer ontvangen. De
            gemeenteraden hebben besloten de werkorganisatie per 1 januari op te heffen, dus voor mij is
            het netwerk niet meer aan de orde. Geef mijn plaats maar aan iemand op de wachtlijst.

            Sandra Pronk
            """
        ),
    },
    {
        "id": "h38-026",
        "kind": "unsubscribe",
        "sender": "Remco de Lange <remco.delange@sbwestfriesland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            afmelden graag, ben per vrijdag weg bij het servicebureau. groet remco

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h38-027",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Frits Ooms <f.ooms@heidezoom.nl>",
        "quote": "none",
        "subject": "Stop met mailen en verwijder mijn gegevens",
        "body": _(
            """
            Al drie keer heb ik gevraagd om niets meer te sturen en toch kreeg ik gisteren wéér een uitnodiging.
            Ik werk al sinds de zomer niet meer als directeur. Ik wil dat jullie nu al mijn gegevens volledig
            uit jullie systemen verwijderen, inclusief wat er bij de aanmelding is vastgelegd.

            F. Ooms
            """
        ),
    },
    {
        "id": "h38-028",
        "kind": "unsubscribe",
        "sender": "Yvette Kok <y.kok@drieklank-streek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Geen thema's van mijn kant, sterker nog: ik stop met het netwerk. Mijn functie vervalt bij de
            herinrichting van de directie, dus ik schrijf me bij dezen uit.

            Met vriendelijke groet,
            Yvette Kok
            """
        ),
    },
    {
        "id": "h38-029",
        "kind": "unsubscribe",
        "sender": "Alistair Doyle <a.doyle@vgbedrijfsvoering.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thanks for a great session. It was also my last one: my interim assignment ends on 31 March. My
            permanent successor, Roos Verhagen (r.verhagen@vgbedrijfsvoering.nl), will take over my seat in
            the network, so please swap her in and take me off.

            Best,
            Alistair
            """
        ),
    },
    {
        "id": "h38-030",
        "kind": "unsubscribe",
        "sender": "Thijs Hooijberg <t.hooijberg@westfriesbestuurshuis.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit moet een vergissing zijn; ik heb niets aangevraagd en ken dit netwerk niet. Ik wil niet
            dat deze aanmelding doorgaat.

            Thijs Hooijberg
            """
        ),
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "h38-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wendy Stam <w.stam@streekhuis-hk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Staat in mijn agenda, ik ben er op de 11e. Ik rij vanuit Hoorn, dus als de A7 meewerkt ben ik
            keurig op tijd.

            Wendy
            """
        ),
    },
    {
        "id": "h38-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelot Kuipers <a.kuipers@heidezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! Ik neem mijn plaatsvervanger Jasper mee, dus graag twee plaatsen op mijn naam.

            Annelot
            """
        ),
    },
    {
        "id": "h38-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ellen Mooij <e.mooij@drieklank-streek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Helaas, die middag is er een gezamenlijke raadsinformatiebijeenkomst in Enkhuizen en daar moet
            ik bij zijn. Volgende keer beter.

            Ellen Mooij
            """
        ),
    },
    {
        "id": "h38-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Sijm <b.sijm@kogerpolderdiensten.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            helaas ik kan niet, lig met koorts op de bank. Geef de plek maar door.
            Bart
            """
        ),
    },
    {
        "id": "h38-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rick Bakker <r.bakker@sbwestfriesland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Tot dan.
            """
        ),
    },
    {
        "id": "h38-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marcus Lindqvist <m.lindqvist@heidezoom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Sorry, clashes with our audit committee. Hope to make the autumn edition.
            """
        ),
    },
    {
        "id": "h38-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia el Idrissi <nadia.elidrissi@zaanoever-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan,

            Zelf kan ik er niet bij (begrotingsbehandeling), maar Pim Hoogland, onze concerndirecteur
            dienstverlening, gaat in mijn plaats: p.hoogland@zaanoever-wo.nl. Hij vindt het thema juist
            heel interessant.

            Groet, Nadia
            """
        ),
    },
    {
        "id": "h38-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Piet Kramer <p.kramer@mos-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Wilt u mij afmelden voor het atelier van maart? Het lidmaatschap wil ik graag houden hoor, het
            komt alleen deze keer slecht uit met de kadernota.

            P. Kramer
            """
        ),
    },
    {
        "id": "h38-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat H. Visser <secr.visser@gooidienstenhuis.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Visser laat ik u weten dat hij graag komt. Ik heb de middag in zijn agenda
            geblokt.

            Met vriendelijke groet,
            Femke Bos
            managementondersteuning Gooi Dienstenhuis
            """
        ),
    },
    {
        "id": "h38-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte Wester <l.wester@streekhuis-hk.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Laat maar zitten met die wachtlijst, ik heb die dag inmiddels iets anders ingepland. Geef de
            plek aan een ander.

            Lotte
            """
        ),
    },
    {
        "id": "h38-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Siobhan Kelly-de Boer <s.kelly@gooidienstenhuis.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Oh, that works out nicely: the 18th suits me much better than the 11th, so I can join after
            all. See you at the Provinciehuis.

            Siobhan
            """
        ),
    },
    {
        "id": "h38-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten Leek <m.leek@westfriesbestuurshuis.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer, de nieuwe datum valt precies in onze werkweek in Brussel. Dan moet ik dit keer passen.

            Maarten
            """
        ),
    },
    {
        "id": "h38-043",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pim Hoogland <p.hoogland@zaanoever-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Prima, ik neem de plek graag in en kom met z'n tweeën zoals
            doorgegeven.

            Pim Hoogland
            concerndirecteur dienstverlening
            """
        ),
    },
    {
        "id": "h38-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jasper Vos <j.vos@heidezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Dag Melanie, ik kan die dag helaas ook niet; heb het al met mijn directeur besproken, jullie
            hoeven daar niets meer mee.

            Jasper
            """
        ),
    },
    {
        "id": "h38-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gareth Pryce <g.pryce@kogerpolderdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in. I'll most likely join via Teams rather than drive to Utrecht, but I will be there
            for the full afternoon.

            Gareth
            """
        ),
    },
    {
        "id": "h38-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karim El Amrani <k.elamrani@zaanoever-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Vorige week schreef ik nog dat het niet ging, maar de bestuurlijke overleg waar het mee botste
            is verschoven naar april. Dus: ik kom toch! Mocht het vol zijn, dan hoor ik het wel.

            Karim
            """
        ),
    },
    {
        "id": "h38-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis Schaap <d.schaap@zaanoever-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, ik had me aangemeld en ik verheugde me erop, maar er is bij ons een calamiteit met de
            gemeentelijke ICT en ik moet hier blijven. Dus ik moet toch afzeggen, sorry.

            Dennis Schaap
            """
        ),
    },
    {
        "id": "h38-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Mol <k.mol@mos-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb zelf even geen onderwerp, dat laat ik aan de collega's. Maar op 11 maart ben ik er zeker
            bij, zet me maar vast op de lijst.

            Karin
            """
        ),
    },
    {
        "id": "h38-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jan-Willem Ruiter <jw.ruiter@sbwestfriesland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Nee, helaas. Tot na de zomer zit mijn agenda dicht met de aanbesteding van het nieuwe
            zaaksysteem.

            Jan-Willem
            """
        ),
    },
    {
        "id": "h38-050",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hatice Yıldız <h.yildiz@drieklank-streek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ja, ik kom, samen met onze concerncontroller Erik Duin. Dat zijn dus twee personen.

            Hatice Yıldız
            """
        ),
    },
    {
        "id": "h38-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Remko Zeeman <r.zeeman@gooidienstenhuis.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas niet, die week zit ik met het gezin in de Algarve. Veel succes en plezier!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h38-052",
        "kind": "rsvp",
        "attending": True,
        "sender": "Roos Verhagen <r.verhagen@vgbedrijfsvoering.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, I'll be there. The calendar attachment didn't open on my laptop, but no worries, I've put
            it in my diary by hand.

            Roos
            """
        ),
    },
    {
        "id": "h38-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Priya Raghunathan <p.raghunathan@kogerpolderdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Mr Van de Laar,

            On behalf of Mr De Wit I am writing to let you know that unfortunately he will not be able to
            attend the atelier on 11 March.

            Kind regards,
            Priya Raghunathan
            Executive assistant to the director
            """
        ),
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "h38-054",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rick Bakker <r.bakker@sbwestfriesland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp: strategische personeelsplanning nu we in West-Friesland elke vacature voor
            vergunningverleners drie keer moeten uitzetten. Hoe houd je de formatie op peil?

            Rick
            """
        ),
    },
    {
        "id": "h38-055",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ellen Mooij <e.mooij@drieklank-streek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Graag zou ik het hebben over de verhouding tussen de werkorganisatie en drie colleges die elk
            hun eigen coalitieakkoord hebben, met tegenstrijdige wensen richting dezelfde ambtenaren.

            E. Mooij
            """
        ),
    },
    {
        "id": "h38-056",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Nadia el Idrissi <nadia.elidrissi@zaanoever-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Suggestie: één klantcontactcentrum voor twee gemeenten, terwijl inwoners van Oostzaan vooral hun
            eigen loket terug willen. Hoe richt je de dienstverlening aan inwoners dan in?
            """
        ),
    },
    {
        "id": "h38-057",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Drs. H.J. (Henk) Bleeker <hj.bleeker@mos-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Ik draag het volgende onderwerp aan: de langetermijnvisie op de organisatie wanneer een
            herindeling van de deelnemende gemeenten binnen tien jaar niet meer ondenkbaar is. Welke koers
            kiest een directie die daar niet op mag voorsorteren?

            Hoogachtend,
            H.J. Bleeker
            """
        ),
    },
    {
        "id": "h38-058",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Marcus Lindqvist <m.lindqvist@heidezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            One topic from me: using a shared data platform across our I&A department to build digital
            services for residents in three villages, so that back office and front office are redesigned
            together instead of one after the other.

            Marcus
            """
        ),
    },
    {
        "id": "h38-059",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wendy Stam <w.stam@streekhuis-hk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een goede middag was het! Ik kom in het najaar zeker weer. Voor de volgende keer zou ik graag
            praten over gezamenlijke regionale opgaven in West-Friesland (woningbouw, energie) en hoe je als
            werkorganisatie de belangen van de verschillende gemeenten daarin bij elkaar brengt.

            Wendy
            """
        ),
    },
    {
        "id": "h38-060",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Fenna Groot <f.groot@drieklank-streek.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! U vraagt of ik al een onderwerp heb: jazeker. Het sturingsconcept. Wij
            werken met opdrachtgever-opdrachtnemerschap per gemeente en dat knelt aan alle kanten. Ik hoor
            graag hoe anderen dat hebben ingericht.

            Fenna Groot
            """
        ),
    },
    {
        "id": "h38-061",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hatice Yıldız <h.yildiz@drieklank-streek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Nog eentje erbij, als het mag: hoe meet je of ondernemers tevreden zijn over de vergunningverlening
            als drie gemeenten elk hun eigen prestatie-indicatoren willen?
            """
        ),
    },
    {
        "id": "h38-062",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gareth Pryce <g.pryce@kogerpolderdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            A suggestion: what do you do as a director when one of the participating councils openly
            considers leaving the GR? How do you keep the relationship between the partners workable in
            the meantime?

            Gareth Pryce
            """
        ),
    },
    {
        "id": "h38-063",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Anouk Kos <a.kos@heidezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan en Melanie,

            Wat gaat de tijd snel, alweer een oproep. Bij ons is het een druk voorjaar: de Blaricumse raad
            wil een evaluatie van de samenwerking, Eemnes krijgt een nieuwe burgemeester en in Laren zijn
            ze druk met het dorpshart. Genoeg om over te praten dus, maar wat mij echt bezighoudt is iets
            anders: we zitten midden in de overgang naar de cloud en niemand in de directie weet hoe je de
            werkprocessen meeneemt zonder dat de helft van de teams afhaakt. Dat zou ik graag inbrengen.

            Liefs uit het Gooi,
            Anouk
            """
        ),
    },
    {
        "id": "h38-064",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Joost Vlaming <joost.vlaming@wijdewormer-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            twee onderwerpen:
            - financiële weerbaarheid van de werkorganisatie bij het ravijnjaar
            - inwoners die digitaal niet meekomen, hoe blijf je bereikbaar

            gr Joost
            """
        ),
    },
    {
        "id": "h38-065",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lotte Wester <l.wester@streekhuis-hk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Benchmarken van prestaties richting inwoners: wie gebruikt een dashboard dat de raden echt
            lezen, en wat staat erin?
            """
        ),
    },
    {
        "id": "h38-066",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Kees Tesselaar <k.tesselaar@westfriesbestuurshuis.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Een onderwerp voor maart: hoe maak je als directie een meerjarige inhoudelijke agenda wanneer
            de bestuurlijke prioriteiten na elke verkiezing opnieuw worden geschud? Dat speelt bij ons nu
            volop richting 2030.

            Met vriendelijke groet,
            Kees Tesselaar
            """
        ),
    },
    {
        "id": "h38-067",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sjoerd Beets <s.beets@heidezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Na drie jaar samenwerking tussen onze dorpen en veel gesprekken over de couleur locale (dank
            daarvoor!) wil ik het de volgende keer over iets heel anders hebben: de inzet van AI in onze
            interne werkprocessen. Wat mag, wat werkt en wie let op de risico's?

            Sjoerd Beets
            """
        ),
    },
    {
        "id": "h38-068",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jan-Willem Ruiter <jw.ruiter@sbwestfriesland.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Het verslag is gelezen, mooi werk. Voor het volgende atelier: informatiebeveiliging na de
            ransomware-aanval bij een buurgemeente vorig jaar. Hoe regel je dat in een GR waar niemand
            zich eigenaar voelt van de systemen?

            JW
            """
        ),
    },
    {
        "id": "h38-069",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Remko Zeeman <r.zeeman@gooidienstenhuis.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            De positie van een kleine GR tussen de grote regio Gooi en Vechtstreek en de eigen deelnemers:
            wie bepaalt de agenda, en hoe voorkom je dat je tussen twee vuren zit?

            Remko Zeeman
            """
        ),
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "h38-070",
        "kind": "autoreply",
        "sender": "Ellen Mooij <e.mooij@drieklank-streek.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met 10 januari ben ik met kerstverlof. Uw e-mail wordt niet doorgestuurd. Voor dringende
            zaken kunt u bellen met het directiesecretariaat van Werkorganisatie Drieklank, 0228 - 35 60 00.

            Ellen Mooij
            """
        ),
    },
    {
        "id": "h38-071",
        "kind": "autoreply",
        "sender": "Siobhan Kelly-de Boer <s.kelly@gooidienstenhuis.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Thank you for your message. I am away on leave until Monday 15 February with limited access to
            e-mail. For urgent matters please contact the front office of Gooi Dienstenhuis.
            """
        ),
    },
    {
        "id": "h38-072",
        "kind": "autoreply",
        "sender": "Postmaster Zaanoever <noreply@zaanoever-wo.nl>",
        "quote": "none",
        "subject": "Dit e-mailadres is niet meer in gebruik",
        "body": _(
            """
            Dit is een automatisch bericht.

            Het e-mailadres waaraan u schreef is sinds 1 januari niet meer in gebruik. Uw bericht is niet
            gelezen. Werkorganisatie Zaanoever is bereikbaar via info@zaanoever-wo.nl of 075 - 684 20 00.
            """
        ),
    },
    {
        "id": "h38-073",
        "kind": "autoreply",
        "sender": "Hans Dekker <h.dekker@mos-samen.nl>",
        "quote": "none",
        "subject": (
            "Gelezen: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

              Aan: Dekker, Hans
              Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
              Verzonden: maandag 8 maart 2027 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            werd gelezen op maandag 8 maart 2027 09:47:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "h38-074",
        "kind": "autoreply",
        "sender": "Klantcontact Servicebureau West-Friesland <klantcontact@sbwestfriesland.nl>",
        "quote": "none",
        "subject": "Uw melding is geregistreerd onder nummer SBWF-2027-004812",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer SBWF-2027-004812. U ontvangt
            binnen vijf werkdagen een inhoudelijke reactie van een van onze medewerkers. Vermeld bij verdere
            correspondentie altijd het zaaknummer.

            Dit bericht is automatisch verzonden; u kunt hier niet op antwoorden.

            Servicebureau West-Friesland
            """
        ),
    },
    {
        "id": "h38-075",
        "kind": "autoreply",
        "sender": "Wim Kaag <w.kaag@wijdewormer-samen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Beste afzender,

            Ik ben deze week op werkbezoek en lees mijn mail niet. Voor vragen over de werkorganisatie kunt
            u terecht bij mijn plaatsvervanger Corrie Laan, c.laan@wijdewormer-samen.nl. Wilt u zich
            aanmelden voor een overleg met mij, dan kan dat via het secretariaat.

            Met vriendelijke groet,
            Wim Kaag
            """
        ),
    },
    {
        "id": "h38-076",
        "kind": "autoreply",
        "sender": "Dirk-Jan Kaptein <dj.kaptein@westfriesbestuurshuis.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Afwezigheidsbericht: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Van 15 tot en met 26 maart ben ik met verlof. Mail wordt in die periode niet gelezen of
            doorgestuurd; ik reageer na terugkomst.

            Dirk-Jan Kaptein
            directeur bedrijfsvoering Westfries Bestuurshuis
            """
        ),
    },
    # ------------------------------------------------------------------ bounce
    {
        "id": "h38-077",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@heidezoom.nl>",
        "quote": "none",
        "subject": (
            "Kan niet worden bezorgd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij b.kleine@heidezoom.nl

            Het e-mailadres is niet gevonden in het e-mailsysteem van de ontvanger. Controleer het adres en
            probeer het opnieuw.

            Diagnostische gegevens voor beheerders:
            Server genereren: AM6PR02MB4410.eurprd02.prod.outlook.com
            b.kleine@heidezoom.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h38-078",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.kogerpolderdiensten.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.kogerpolderdiensten.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <l.honig@kogerpolderdiensten.nl>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
                <l.honig@kogerpolderdiensten.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h38-079",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Address not found **

            Your message wasn't delivered to yvette.kok.drieklank@gmail.com because the address couldn't be
            found, or is unable to receive mail.

            The response from the remote server was:
            550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking
            the recipient's email address for typos or unnecessary spaces.
            """
        ),
    },
    {
        "id": "h38-080",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@streekhuis-hk.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
        "body": _(
            """
            Het bericht is niet afgeleverd bij de volgende geadresseerde:

            g.schilder@streekhuis-hk.nl
            De postbus van de ontvanger is vol en kan op dit moment geen berichten aannemen.
            Probeer het bericht later opnieuw te verzenden of neem contact op met de ontvanger.

            Status: 5.2.2 (mailbox full; quota exceeded)
            """
        ),
    },
    {
        "id": "h38-081",
        "kind": "bounce",
        "sender": "Mailgateway Medemblik-Opmeer <mailgateway@mos-samen.nl>",
        "quote": "none",
        "subject": "Message not delivered: Dank voor uw komst [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            h.dekker@mos-samen.nl
            The recipient's mailbox has been disabled by the administrator.

            Reporting-MTA: dns; mailgw01.mos-samen.nl
            Final-Recipient: rfc822; h.dekker@mos-samen.nl
            Action: failed
            Status: 5.2.1
            """
        ),
    },
    # ------------------------------------------------------------------ other
    {
        "id": "h38-082",
        "kind": "other",
        "sender": "Corrie Laan <c.laan@wijdewormer-samen.nl>",
        "quote": "none",
        "subject": "Vraag over lidmaatschap",
        "body": _(
            """
            Goedemiddag,

            Ik ben plaatsvervangend directeur van Wijdewormer Samen. Is het netwerk ook bedoeld voor
            plaatsvervangers, of alleen voor de eerste directeur? Ik wil niet op een stoel gaan zitten die
            niet voor mij bedoeld is.

            Met vriendelijke groet,
            Corrie Laan
            """
        ),
    },
    {
        "id": "h38-083",
        "kind": "other",
        "sender": "Jan-Willem Ruiter <jw.ruiter@sbwestfriesland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Deze herinnering krijg ik nu voor de derde keer, terwijl ik een maand geleden al had laten weten
            dat ik niet kom. Kunnen jullie je administratie eens nakijken? Dit soort dingen ergert me.

            J.W. Ruiter
            """
        ),
    },
    {
        "id": "h38-084",
        "kind": "other",
        "sender": "Hatice Yıldız <h.yildiz@drieklank-streek.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank jullie wel voor de fijne middag en het snelle verslag. Ik heb het meteen doorgestuurd naar
            ons MT; vooral de casus uit Purmerend kwam hard binnen.

            Hartelijke groet,
            Hatice
            """
        ),
    },
    {
        "id": "h38-085",
        "kind": "other",
        "sender": "Bart Sijm <b.sijm@kogerpolderdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik de voorzitter van ons algemeen bestuur mag meenemen. Hij is
            geen directeur en geen lid. Kan dat? Anders kom ik alleen, maar dan hoor ik het graag eerst.

            Bart
            """
        ),
    },
    {
        "id": "h38-086",
        "kind": "other",
        "sender": "Daniela Kroon <d.kroon@vgbedrijfsvoering.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geacht secretariaat,

            Graag ontvang ik een overzicht van de persoonsgegevens die u van mij bewaart, met het doel
            waarvoor en hoe lang. Ik wil vooralsnog gewoon lid blijven, het gaat mij alleen om inzage.

            Met vriendelijke groet,
            Daniela Kroon
            directeur GR Vecht & Gooi Bedrijfsvoering
            """
        ),
    },
    {
        "id": "h38-087",
        "kind": "other",
        "sender": "Thomas Bruin <t.bruin@streekhuis-hk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij niet aangemeld. Hoe komen jullie aan mijn e-mailadres, en via welke lijst is dit
            adres bij jullie terechtgekomen? Dat wil ik graag weten voordat ik iets besluit.

            T. Bruin
            """
        ),
    },
    {
        "id": "h38-088",
        "kind": "other",
        "sender": "Monique Hart <m.hart@westfriesbestuurshuis.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Deze uitnodiging kwam binnen in de gedeelde mailbox. Ter info: de heer Tesselaar is per 1 april
            met pensioen gegaan en werkt hier niet meer. Wie hem opvolgt is nog niet bekend.

            Vriendelijke groet,
            Monique Hart
            secretariaat directie
            """
        ),
    },
    {
        "id": "h38-089",
        "kind": "other",
        "sender": "Drs. H.J. (Henk) Bleeker <hj.bleeker@mos-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Ter voorbereiding: per 1 oktober draag ik mijn functie over aan mevrouw L. Eijk, die nu nog bij
            de provincie werkt. Haar gegevens stuur ik u tegen die tijd. Tot die tijd blijf ik lid en kom
            ik graag nog naar het najaarsatelier.

            Hoogachtend,
            H.J. Bleeker
            """
        ),
    },
    {
        "id": "h38-090",
        "kind": "other",
        "sender": "Ilse Zwaan <i.zwaan@drieklank-streek.nl>",
        "quote": "none",
        "subject": "Aanmelding directieleden Drieklank",
        "body": _(
            """
            Beste Stan,

            Ons directieteam wil graag als geheel aansluiten: Hatice Yıldız (h.yildiz@drieklank-streek.nl),
            Ellen Mooij (e.mooij@drieklank-streek.nl) en Erik Duin (e.duin@drieklank-streek.nl). Kunnen
            jullie hen alle drie inschrijven?

            Groet,
            Ilse Zwaan
            """
        ),
    },
    {
        "id": "h38-091",
        "kind": "other",
        "sender": "Wendy Stam <w.stam@streekhuis-hk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Leuk, dank! Kan mijn collega-directeur Lars van het Streekhuis er ook bij? Zijn mailadres heb ik
            even niet paraat, maar jullie kunnen hem vast vinden via onze website.

            Wendy
            """
        ),
    },
    {
        "id": "h38-092",
        "kind": "other",
        "sender": "Sjoerd Beets <s.beets@heidezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen inhoudelijk thema, wel een idee: houd een atelier eens in Noord-Holland, bijvoorbeeld in
            het Zaantheater of bij ons in Laren, en begin eens 's ochtends in plaats van 's middags. Dan
            hoeven wij niet door de spits terug.

            Sjoerd
            """
        ),
    },
    {
        "id": "h38-093",
        "kind": "other",
        "sender": "Femke Bos <f.bos@gooidienstenhuis.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Ik stuur u onderstaande uitnodiging door namens de heer Visser. Hij komt wel, maar door een
            bestuursoverleg pas rond 15.30 uur binnen. Is het een probleem als hij later aanschuift?

            Met vriendelijke groet,
            Femke Bos
            """
        ),
    },
    {
        "id": "h38-094",
        "kind": "other",
        "sender": "Annelot Kuipers <a.kuipers@heidezoom.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat jammer! Ik had er zelfs een middag vrij voor geroosterd. Is er al een nieuwe datum bekend, of
            schuift het door naar het najaar?

            Annelot
            """
        ),
    },
    {
        "id": "h38-095",
        "kind": "other",
        "sender": "Roos Verhagen <r.verhagen@vgbedrijfsvoering.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd, dank. Wel een vraag: kan mijn managementassistent een kopie krijgen van de
            uitnodigingen, zodat zij ze direct in mijn agenda zet? Haar adres is a.smit@vgbedrijfsvoering.nl.

            Roos Verhagen
            """
        ),
    },
    {
        "id": "h38-096",
        "kind": "other",
        "sender": "Alistair Doyle <a.doyle@vgbedrijfsvoering.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Quick question before I say yes: will the atelier be held entirely in Dutch? I follow most of it
            but lively group discussions are still hard for me. If some English is possible I'd love to come.

            Alistair
            """
        ),
    },
    {
        "id": "h38-097",
        "kind": "other",
        "sender": "Piet Kramer <p.kramer@mos-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor het verslag. Eerlijk gezegd was ik minder tevreden: de zaal was veel te krap voor dertig
            mensen en de Teams-verbinding viel twee keer weg, zodat de online deelnemers het gesprek kwijt
            waren. Dat mag beter.

            P. Kramer
            """
        ),
    },
    {
        "id": "h38-098",
        "kind": "other",
        "sender": "Lotte Wester <l.wester@streekhuis-hk.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Als ik niet in de zaal pas, mag ik dan online via Teams meedoen, of is de
            online plek ook aan de wachtlijst gebonden?

            Lotte Wester
            """
        ),
    },
    {
        "id": "h38-099",
        "kind": "other",
        "sender": "Eva Timmerman <e.timmerman@student.uva.nl>",
        "quote": "none",
        "subject": "Verzoek: vragenlijst onder directeuren ambtelijke fusieorganisaties",
        "body": _(
            """
            Beste heer Van de Laar en mevrouw Huurneman,

            Voor mijn masterscriptie bestuurskunde aan de UvA onderzoek ik hoe directeuren van ambtelijke
            fusies in Noord-Holland omgaan met de identiteit van de deelnemende gemeenten. Zou u bereid zijn
            mijn korte vragenlijst onder de leden van het netwerk te verspreiden? Ik stuur u graag meer
            informatie en de ethische toetsing.

            Met vriendelijke groet,
            Eva Timmerman
            """
        ),
    },
    {
        "id": "h38-100",
        "kind": "other",
        "sender": "Tom Vierhout <t.vierhout@gooidienstenhuis.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Wat een hartelijk welkom, dank jullie! Een onderwerp heb ik nog niet paraat, ik moet eerst mijn
            weg vinden hier, maar ik kom erop terug.

            Tom
            """
        ),
    },
]
# fmt: on
