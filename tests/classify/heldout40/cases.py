"""heldout40: a year of the mailbox from werkorganisaties and GR's in Noord-Brabant and Limburg.

The writers are directors, assistants, controllers and a few newcomers from Flanders and Wales at invented shared
civil-service organisations in the south (Dommeldal, Geuldal, Grensmaas, Mergelland-West, Baronie-Oost, Peelrand
Samen, Zuiderkempen, Kempenhart, Roerstreek, Maasveld, Kroonhoven and others). The set follows the year: sign-ups and
confirmations in the autumn, answers to the welcome, the call for themes with topics under all four themes, the
invitation with yes and no, the change of date, the waiting list, substitutes, the reminder, a cancellation, the
follow-up, people leaving and handing over, AVG requests, a new address, automatic mail and bounces, and the questions
the secretariat has to answer. Registers run from stiff to chatty, with Flemish and Limburg turns of phrase, English
writers, phone mails and typos. About a third are hard: look-alikes and mixed intents.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a topic proposed under any of our mails is a suggestion, also with a yes or a
  no beside it; a reply under the call for themes that only says whether the writer comes is an rsvp;
- a proposal about the form of the atelier, backing another member's topic, and asking to present are other;
- declining the atelier while keeping the membership (also "afmelden voor het atelier") and declining with a
  substitute are rsvp False; leaving the network and declining in one mail is unsubscribe; a later mail carries the
  latest answer;
- a hand-over with the successor's address, or leaving with a successor named but no address, is unsubscribe; a
  hand-over for a later date while staying a member until then is other; a colleague reporting a departure is other;
- an AVG erasure is unsubscribe with erase; a request to see one's data is other;
- signing up one named colleague with the address is subscribe; several people or no address is other; "lid
  blijven" under our goodbye is subscribe;
- a plain denial under our confirmation, also asking who did it, is unsubscribe; a denial asking where we got the
  address is other; an empty reply or a signature alone under the confirmation is confirm; an assistant confirming
  from their own address, or a confirmation with a real question beside it, is other;
- a yes on a condition, an assistant's new or forwarded mail about the director's attendance, and a "nee" that only
  answers the side question about a guest are other; an assistant answering in reply to the invitation is an rsvp;
- calendar answers are rsvp; out-of-office, read receipts, ticket systems and "address no longer in use" are
  autoreply with the thread of the mail they answer; delivery failures are bounce without a thread;
- themes are those of what the writer proposes, not of the situation told before it; two where one topic clearly
  spans both or two topics fall under two themes.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
WELCOME = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups -------------------------------------------------------------------------------------------------
    {
        "id": "h40-001",
        "kind": "subscribe",
        "sender": "H.J.M. van Kuijk <h.vankuijk@dommeldal.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Geachte heer, mevrouw,

            Per 1 september jl. ben ik benoemd tot algemeen directeur van Werkorganisatie Dommeldal, de ambtelijke
            organisatie van drie gemeenten ten zuiden van Eindhoven. Mijn voorganger wees mij op uw netwerk.
            Hierbij meld ik mij graag aan als lid.

            Hoogachtend,

            drs. H.J.M. (Harrie) van Kuijk
            algemeen directeur
            Werkorganisatie Dommeldal
            """
        ),
    },
    {
        "id": "h40-002",
        "kind": "subscribe",
        "sender": "Gerda Hermans-Clerx <g.hermans@geuldal-gr.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi,

            Ich hoorde op het provinciaal overleg in Maastricht van een collega dat jullie een netwerk hebben voor
            directeuren van ambtelijke fusies. Daar hoor ik bij, dus: zet me er maar bij!

            Gerda Hermans-Clerx
            directeur bedrijfsvoering GR Geuldal
            """
        ),
    },
    {
        "id": "h40-003",
        "kind": "subscribe",
        "sender": "Owen Pritchard <o.pritchard@grensmaas.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Dear colleagues,

            I took up the post of managing director at Werkorganisatie Grensmaas this spring, after twelve years in
            Welsh local government. A fellow director in Venlo told me your network is the place to meet peers who
            run shared services for several councils. I'd like to join, please.

            Best wishes,
            Owen Pritchard
            """
        ),
    },
    {
        "id": "h40-004",
        "kind": "subscribe",
        "sender": "Secretariaat directie Mergelland-West <secretariaat.directie@mergellandwest.nl>",
        "quote": "none",
        "subject": "Aanmelding namens onze gemeentesecretaris-directeur",
        "body": _(
            """
            Goedemiddag,

            Op verzoek van onze nieuwe gemeentesecretaris-directeur, mevrouw Ilse Raemaekers, meld ik haar aan voor
            het Netwerk van directeuren van ambtelijke fusieorganisaties. Haar e-mailadres is
            i.raemaekers@mergellandwest.nl.

            Met vriendelijke groet,
            Yvonne Lardinois
            directiesecretaresse
            """
        ),
    },
    {
        "id": "h40-005",
        "kind": "subscribe",
        "sender": "Tom Verbunt <t.verbunt@baronie-oost.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Lid blijven aub! Mijn duim zat verkeerd in de app, ik wilde jullie vorige bericht alleen archiveren 🙈

            Tom

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h40-006",
        "kind": "subscribe",
        "sender": "Wout Verhaegen <wout.verhaegen@zuiderkempen.nl>",
        "quote": "none",
        "subject": "Inschrijving netwerk",
        "body": _(
            """
            Goeiedag,

            Ik zou mij graag inschrijven op uw netwerk. Sinds kort ben ik algemeen directeur bij Werkorganisatie
            Zuiderkempen; voordien was ik jaren stadssecretaris van een Kempense gemeente aan de overkant van de
            grens. Het uitwisselen met collega's in een gelijkaardige positie lijkt mij bijzonder waardevol.

            Alvast bedankt en met vriendelijke groeten,
            Wout Verhaegen
            """
        ),
    },
    {
        "id": "h40-007",
        "kind": "subscribe",
        "sender": "Annemiek Swinkels <a.swinkels@peelrandsamen.nl>",
        "quote": "none",
        "subject": "Weer van de partij",
        "body": _(
            """
            Beste Stan en Melanie,

            Jullie kennen me nog van de ateliers in 2023: ik heb me destijds afgemeld toen ik de overstap naar de
            provincie maakte. Die uitstap heeft twee jaar geduurd, nu ben ik per 1 mei directeur van Werkorganisatie
            Peelrand Samen. Ik meld me dus opnieuw aan, op dit adres.

            Hartelijke groet,
            Annemiek
            """
        ),
    },
    # --- confirmations ----------------------------------------------------------------------------------------------
    {
        "id": "h40-008",
        "kind": "confirm",
        "sender": "J.P.A. Gooskens <jp.gooskens@kempenhart.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            J.P.A. (Jan-Pieter) Gooskens
            Algemeen directeur
            GR Kempenhart
            Postbus 41
            T 0497 - 38 12 00

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het onterecht ontvangen, verwijder het
            dan en informeer de afzender. Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h40-009",
        "kind": "confirm",
        "sender": "Mark Thijssen <m.thijssen@roerstreek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Excuus, de eerste mail is tussen de begrotingsstukken ondergesneeuwd. Hierbij alsnog: ja, ik wil lid
            worden.

            Mark
            """
        ),
    },
    {
        "id": "h40-010",
        "kind": "confirm",
        "sender": "Lieve Goossens <lieve.goossens@markiezaat-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord, bij deze bevestig ik mijn inschrijving.

            Vriendelijke groeten,
            Lieve Goossens
            """
        ),
    },
    {
        "id": "h40-011",
        "kind": "confirm",
        "sender": "Bas Hoebens <b.hoebens@vlasakkers.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": "",
    },
    # --- leaving, hand-overs, AVG -----------------------------------------------------------------------------------
    {
        "id": "h40-012",
        "kind": "unsubscribe",
        "sender": "Hub Vossen <h.vossen@heuvelrandzuid.nl>",
        "quote": "none",
        "subject": "Uitschrijving i.v.m. pensionering",
        "body": _(
            """
            Geacht secretariaat,

            Na ruim veertig jaar in het openbaar bestuur, waarvan de laatste negen als algemeen directeur van
            Werkorganisatie Heuvelrand Zuid, was afgelopen vrijdag mijn laatste werkdag. Wie mij definitief opvolgt,
            is nog niet besloten. Wilt u mij uitschrijven uit het netwerk?

            Ik heb de ateliers altijd zeer gewaardeerd.

            Met vriendelijke groet,
            H.G.M. Vossen
            """
        ),
    },
    {
        "id": "h40-013",
        "kind": "unsubscribe",
        "sender": "Henk Rovers <h.rovers@biesboschzuid.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap Biesbosch-Zuid",
        "body": _(
            """
            Beste mensen,

            Ik vertrek bij Werkorganisatie Biesbosch-Zuid; mijn laatste werkdag is aanstaande vrijdag. Mijn
            opvolger, Loes Vermeulen, is er vanaf maandag en wil graag in mijn plaats lid worden. Haar adres:
            l.vermeulen@biesboschzuid.nl

            Mij mogen jullie van de lijst halen.

            Henk
            """
        ),
    },
    {
        "id": "h40-014",
        "kind": "unsubscribe",
        "sender": "Marjo Custers <m.custers@maasveld.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt Bart Coenen, hij begint 1 maart als
            algemeen directeur. Zijn mailadres is b.coenen@maasveld.nl.

            Groeten,
            Marjo Custers
            """
        ),
    },
    {
        "id": "h40-015",
        "kind": "unsubscribe",
        "sender": "Ellen Pluijmen <e.pluijmen@swalmerbroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Thema's heb ik niet, want ik neem afscheid van GR Swalmerbroek: per 1 februari ga ik aan de slag bij het
            waterschap. Haalt u mij maar uit het bestand. Frank Hendrix neemt het stokje over, maar zijn mailadres
            ken ik nog niet, hij begint pas in maart.

            Met vriendelijke groet,
            Ellen Pluijmen
            """
        ),
    },
    {
        "id": "h40-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "mr. C.W. Dirks <c.dirks@vlasakkers.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Met een beroep op artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u om alle
            persoonsgegevens die u van mij verwerkt te wissen, en mij uit te schrijven als lid van het netwerk.
            Graag ontvang ik binnen de wettelijke termijn een bevestiging dat dit is gebeurd.

            Met vriendelijke groet,
            mr. C.W. (Carla) Dirks
            """
        ),
    },
    {
        "id": "h40-017",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sanne Holloway <s.holloway@dongevallei.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Hi,

            I never meant to become a member - I suspect my predecessor put this mailbox on your list before she
            left. Please take me off and wipe whatever personal data you hold about me, under the GDPR. No need to
            keep a record of me at all.

            Thanks,
            Sanne
            """
        ),
    },
    {
        "id": "h40-018",
        "kind": "unsubscribe",
        "sender": "Jos Wouters <j.wouters@grensmaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Voor 11 maart moet ik je teleurstellen, en eigenlijk ook voor alles daarna: sinds de reorganisatie ben ik
            geen directeur meer maar programmamanager grensregio. Het netwerk past dus niet meer bij mijn rol. Wil
            je me uitschrijven?

            Hartelijke groet,
            Jos
            """
        ),
    },
    {
        "id": "h40-019",
        "kind": "unsubscribe",
        "sender": "Karin Jacobs <k.jacobs@baronie-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me helemaal niet aangemeld voor dit netwerk. Wie heeft dat namens mij gedaan?

            K. Jacobs
            teammanager Financiën
            """
        ),
    },
    {
        "id": "h40-020",
        "kind": "unsubscribe",
        "sender": "Ruud Pijnenburg <r.pijnenburg@kempenhart.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            hoi, graag afmleden van het netwerk, ben sinds de herindeling geen direkteur meer en 11 maart ga ik dus
            ook niet redden. sorry voor de late melding

            ruud
            verstuurd vanaf mobiel
            """
        ),
    },
    {
        "id": "h40-021",
        "kind": "unsubscribe",
        "sender": "Dorien Claassen <d.claassen@dommeldal.nl>",
        "quote": "none",
        "subject": "Afmelden s.v.p.",
        "body": _(
            """
            Zie onderwerp. Bij Dommeldal krijgen inmiddels drie mensen jullie berichten, en de algemeen directeur
            (Harrie van Kuijk) is ons aanspreekpunt. Ik ben als plaatsvervanger dus overbodig op de lijst.
            """
        ),
    },
    # --- the invitation, the change, the waiting list and the reminder ----------------------------------------------
    {
        "id": "h40-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harrie van Kuijk <h.vankuijk@dommeldal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Ik neem mijn concerncontroller Saskia Verhoeven mee, dus we zijn met z'n tweeën.

            Met vriendelijke groet,
            Harrie van Kuijk
            """
        ),
    },
    {
        "id": "h40-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerda Hermans-Clerx <g.hermans@geuldal-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Nee, helaas. Op 11 maart vergadert ons algemeen bestuur en daar kan ik als secretaris niet ontbreken.

            Gerda
            """
        ),
    },
    {
        "id": "h40-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieve Goossens <lieve.goossens@markiezaat-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INV,
        "body": _(
            """
            Ik ben erbij, tot in Utrecht.
            """
        ),
    },
    {
        "id": "h40-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Owen Pritchard <o.pritchard@grensmaas.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INV,
        "body": _(
            """
            Sorry - I'm in Brussels for a Euregio meeting that week.
            """
        ),
    },
    {
        "id": "h40-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marc Smeets <m.smeets@heuvelrandzuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Zelf kan ik helaas niet, ik zit die week met de raadsreis in Lissabon. Mijn plaatsvervanger Marloes
            Tielemans gaat in mijn plaats: m.tielemans@heuvelrandzuid.nl. Zij kijkt er erg naar uit.

            Marc
            """
        ),
    },
    {
        "id": "h40-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Bax <secretariaat.ad@zuiderkempen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Verhaegen laat ik u weten dat hij graag aanwezig is op 11 maart. Ik heb het atelier in
            zijn agenda gezet.

            Met vriendelijke groet,
            Hanneke Bax
            managementassistent
            """
        ),
    },
    {
        "id": "h40-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rianne de Bruijn <rianne.debruijn@dongevallei.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Helaas, ik kan niet. Sinds gisteren plat met griep en de huisarts zegt minstens een week rust. Geef mijn
            plek maar aan iemand van de wachtlijst.

            Rianne
            """
        ),
    },
    {
        "id": "h40-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Hoebens <b.hoebens@vlasakkers.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Laat die wachtlijstplek maar zitten: de 11e blijkt ook de dag van onze personeelsdag te zijn. Ik kan dus
            niet, ook niet als er iets vrijkomt.

            Bas
            """
        ),
    },
    {
        "id": "h40-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annemiek Swinkels <a.swinkels@peelrandsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            De 18e in het Provinciehuis komt me eigenlijk nog beter uit. Ik ben er!

            Annemiek

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h40-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen Bogaers <j.bogaers@kroonhoven.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedendag,

            Door de verschuiving naar 18 maart lukt het mij niet meer: die middag zit ik met de accountant om tafel
            voor de jaarrekening. Wilt u mij afmelden voor het atelier? Het lidmaatschap houd ik uiteraard graag aan.

            Met vriendelijke groet,
            Jeroen Bogaers
            """
        ),
    },
    {
        "id": "h40-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Tielemans <m.tielemans@heuvelrandzuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Dank voor de uitnodiging. Ik kom graag en neem zoals afgesproken één collega van Heuvelrand Zuid mee.

            Marloes Tielemans
            """
        ),
    },
    {
        "id": "h40-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Daemen <w.daemen@geuldal-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Hartelijk dank, maar ik moet passen: ik wist niet dat ik als vervanger was opgegeven en heb die middag al
            een bewonersavond over de windturbines. Ik stem het verder zelf af met mijn directeur.

            Wim Daemen
            """
        ),
    },
    {
        "id": "h40-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tom Verbunt <t.verbunt@baronie-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Een onderwerp heb ik op dit moment niet paraat, de collega's zullen vast genoeg aandragen. Wel alvast:
            op 11 maart ben ik erbij.

            Tom Verbunt
            """
        ),
    },
    {
        "id": "h40-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerda Hermans-Clerx <g.hermans@geuldal-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Kleine kentering: vorige week liet ik weten dat ik niet kon, maar ons AB is verplaatst naar de 18e. Dus
            toch: ja, ik kom!

            Gerda
            """
        ),
    },
    {
        "id": "h40-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jo Pluijmakers <jo.pluijmakers@maasveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ich kom gèr! Tot den 11e.

            Jo

            Verzonden vanaf mijn Samsung Galaxy
            """
        ),
    },
    {
        "id": "h40-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia Kaczmarek <n.kaczmarek@heuvelrandzuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            My answers below / hieronder mijn antwoorden:

            > Komt u?
            Yes, ja ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.
            No, just me.

            Nadia
            """
        ),
    },
    {
        "id": "h40-038",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjef van Rooij <s.vanrooij@dongevallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan, Melanie,

            Ja, ik kom naar Utrecht. Ter info: ik eet glutenvrij, mocht er bij de koffie iets lekkers staan.

            Houdoe,
            Sjef van Rooij
            """
        ),
    },
    # --- topics -------------------------------------------------------------------------------------------------------
    {
        "id": "h40-039",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Harrie van Kuijk <h.vankuijk@dommeldal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Graag draag ik het volgende onderwerp aan:
            - een strategische koers voor de werkorganisatie richting 2035: waar willen wij als organisatie staan,
              los van de waan van de dag?

            Met vriendelijke groet,
            Harrie van Kuijk
            """
        ),
    },
    {
        "id": "h40-040",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jo Pluijmakers <jo.pluijmakers@maasveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag,

            Bij ons speelt sterk dat de gemeenteraden zich steeds minder eigenaar voelen van de werkorganisatie.
            'Dat doet Maasveld wel' hoor je in de raadzaal. Hoe houd je drie raden betrokken bij een gezamenlijke
            organisatie? Dat lijkt me een mooi onderwerp.

            Groet, Jo
            """
        ),
    },
    {
        "id": "h40-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jeroen Bogaers <j.bogaers@kroonhoven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Onderwerp: grip op inhuur en formatie nu de arbeidsmarkt zo krap is. Wij zitten op 22% externe inhuur en
            dat loopt financieel uit de hand.

            Jeroen Bogaers
            directeur bedrijfsvoering Werkorganisatie Kroonhoven
            """
        ),
    },
    {
        "id": "h40-042",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mieke Verstappen <m.verstappen@markiezaat-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Mijn suggestie: hoe meet je of de inwoners van alle deelnemende gemeenten even goed worden bediend? Wij
            willen een dashboard met klanttevredenheid en doorlooptijden per kern, maar weten niet goed welke
            indicatoren zinvol zijn.

            Mieke Verstappen
            """
        ),
    },
    {
        "id": "h40-043",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Gerda Hermans-Clerx <g.hermans@geuldal-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Twee onderwerpen van mijn kant:
            1. datagedreven werken: hoe bouw je een I&A-functie die de drie gemeenten echt stuurinformatie levert?
            2. onze positie in Zuid-Limburg, nu de grote steden steeds vaker zonder de kleinere gemeenten om tafel
               gaan.

            Gerda
            """
        ),
    },
    {
        "id": "h40-044",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Owen Pritchard <o.pritchard@grensmaas.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Thank you for the warm welcome! Since you ask: I'd love to hear how others have set up a single digital
            front door for local businesses across several municipalities. Entrepreneurs here still have to deal
            with three different permit desks.

            Owen
            """
        ),
    },
    {
        "id": "h40-045",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ilse Raemaekers <i.raemaekers@mergellandwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ja, ik kom. En nu ik toch schrijf: voor een volgend atelier zou ik graag het onderwerp 'uittreding' op
            tafel leggen. Wat doe je als één van de deelnemende gemeenten uit de GR wil stappen? Bij ons wordt daar
            in de wandelgangen al over gefluisterd.

            Groet,
            Ilse
            """
        ),
    },
    {
        "id": "h40-046",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marc Smeets <m.smeets@heuvelrandzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere inzending: na de verkiezingen zitten er nieuwe colleges. Welke
            bestuurlijke prioriteiten neem je als werkorganisatie op in je meerjarige koers, en wat laat je bewust
            liggen?

            Marc
            """
        ),
    },
    {
        "id": "h40-047",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Nadia Kaczmarek <n.kaczmarek@heuvelrandzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hi both,

            One topic from me: long-term vision. Most of our organisations were created to cut costs and reduce
            vulnerability, but what is the purpose of a shared organisation ten years on? I'd like to discuss how
            directors write a vision that goes beyond efficiency.

            Nadia
            """
        ),
    },
    {
        "id": "h40-048",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wout Verhaegen <wout.verhaegen@zuiderkempen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goeiedag,

            Mag ik een onderwerp voorstellen? De positie van een fusieorganisatie in de regio: hoe vermijd je dat de
            centrumstad alle regionale dossiers naar zich toe trekt en de kleinere gemeenten enkel nog mogen volgen?

            Met vriendelijke groeten,
            Wout Verhaegen
            """
        ),
    },
    {
        "id": "h40-049",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Annemiek Swinkels <a.swinkels@peelrandsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag!

            Bij ons is de organisatiestructuur net herzien, het KCC draait prima en de digitalisering ligt op
            schema. Waar ik wel mee worstel: wat is de stip op de horizon voor Peelrand Samen als de gemeenten over
            tien jaar misschien zelf fuseren? Daar zou ik de volgende keer graag met collega's over doorpraten.

            Annemiek
            """
        ),
    },
    {
        "id": "h40-050",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Theo Maas <t.maas@vlasakkers.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Suggestie: de kostenverdeelsleutel. Bij ons betaalt iedere gemeente naar inwonertal, maar de kleinste
            gemeente vraagt naar verhouding de meeste capaciteit. Hoe hebben anderen de financiële verdeling tussen
            de deelnemers geregeld zonder dat de verhoudingen tussen de gemeenten verzuren?

            Theo Maas
            controller / plv. directeur
            """
        ),
    },
    {
        "id": "h40-051",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bas Hoebens <b.hoebens@vlasakkers.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            In maart ben ik er zelf niet bij (vakantie, al lang geboekt), maar ik geef graag een onderwerp mee:
            hybride werken en huisvesting. We hebben na de fusie drie gemeentehuizen en de helft van de werkplekken
            staat leeg.

            Bas
            """
        ),
    },
    {
        "id": "h40-052",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Roel Janssen <r.janssen@grensmaas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Onderwerp vr maart: dienstverlening aan grensarbeiders en inwoners die half in Duitsland wonen.
            Iedereen verwijst naar elkaar, wij willen 1 loket. Wie heeft ervaring?

            Gr Roel

            Verzonden vanaf mijn telefoon
            """
        ),
    },
    # --- automatic mail and bounces ---------------------------------------------------------------------------------
    {
        "id": "h40-053",
        "kind": "autoreply",
        "sender": "Piet van der Heijden <p.vanderheijden@langstraatoost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INV,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben afwezig tot en met maandag 15 februari en lees mijn mail niet. Voor
            dringende zaken kunt u contact opnemen met het directiesecretariaat via 0416 - 27 33 00.

            Met vriendelijke groet,
            Piet van der Heijden
            """
        ),
    },
    {
        "id": "h40-054",
        "kind": "autoreply",
        "sender": "Owen Pritchard <o.pritchard@grensmaas.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + CALL,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am on annual leave until 4 January with limited access to email. For urgent
            matters please contact my office on 077 - 350 88 20.

            Owen Pritchard
            """
        ),
    },
    {
        "id": "h40-055",
        "kind": "autoreply",
        "sender": "Ellen Pluijmen <e.pluijmen@swalmerbroek.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + REM,
        "body": _(
            """
            Dit e-mailadres is per 1 februari 2027 niet meer in gebruik. Uw bericht wordt niet doorgestuurd. Voor
            zaken van GR Swalmerbroek kunt u mailen naar info@swalmerbroek.nl.
            """
        ),
    },
    {
        "id": "h40-056",
        "kind": "autoreply",
        "sender": "Servicedesk Kroonhoven <servicedesk@kroonhoven.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "[Melding #2027-004418] " + WELCOME,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Beste afzender,

            Uw bericht is in goede orde ontvangen en geregistreerd onder meldingsnummer 2027-004418. Wij streven
            ernaar uw melding binnen vijf werkdagen af te handelen. Reageert u op deze e-mail, laat het onderwerp
            dan ongewijzigd.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "h40-057",
        "kind": "autoreply",
        "sender": "Sjef van Rooij <s.vanrooij@dongevallei.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + INV,
        "body": _(
            """
            Uw bericht

            Aan: Sjef van Rooij
            Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
            Verzonden: dinsdag 2 februari 2027 10:14:22 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 2 februari 2027 11:02:45 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm,
            Wenen.
            """
        ),
    },
    {
        "id": "h40-058",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@biesboschzuid.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + INV,
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij de volgende ontvangers:

            a.vanhout@biesboschzuid.nl
            Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden.

            Diagnostische informatie voor beheerders:

            Genererende server: MX02.biesboschzuid.nl

            a.vanhout@biesboschzuid.nl
            Externe server heeft '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup' geretourneerd
            """
        ),
    },
    {
        "id": "h40-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mail.ambtelijkefusie.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mail.ambtelijkefusie.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <w.daemen@geuldal-gr.nl>: host mx.geuldal-gr.nl[145.12.80.4] said: 550 5.1.1
                <w.daemen@geuldal-gr.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h40-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <Mailer-Daemon@mx1.kempenhart.nl>",
        "quote": "none",
        "subject": "Mail delivery failed: returning message to sender",
        "body": _(
            """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              r.pijnenburg@kempenhart.nl
                mailbox is full: retry timeout exceeded
            """
        ),
    },
    # --- for the secretariat ------------------------------------------------------------------------------------------
    {
        "id": "h40-061",
        "kind": "other",
        "sender": "Theo Maas <t.maas@vlasakkers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Utrecht is vanuit West-Brabant een hele reis op een doordeweekse middag. Ik doe graag mee, maar dan via
            de Teams-link. Is dat een volwaardige optie, of zitten de werkvormen vooral aan de fysieke tafels? Laat
            het maar weten, dan meld ik me aan.

            Theo
            """
        ),
    },
    {
        "id": "h40-062",
        "kind": "other",
        "sender": "Jeroen Claessens <j.claessens@roerstreek.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 april",
        "body": _(
            """
            Goedemorgen,

            Door de samenvoeging van GR Roerstreek met de bedrijfsvoeringsorganisatie Maasveld verandert per 1 april
            mijn e-mailadres. Ik blijf gewoon directeur en lid van het netwerk, maar ontvang uw berichten voortaan
            graag op j.claessens@maasveld.nl. Het oude adres vervalt.

            Met vriendelijke groet,
            Jeroen Claessens
            """
        ),
    },
    {
        "id": "h40-063",
        "kind": "other",
        "sender": "M. Verstappen <m.verstappen@markiezaat-wo.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geacht secretariaat,

            In het kader van de AVG zou ik graag inzage krijgen in de persoonsgegevens die u van mij bewaart, en met
            wie die eventueel worden gedeeld. Ik wil uitdrukkelijk lid blijven; het gaat mij alleen om het
            overzicht.

            Met vriendelijke groet,
            M. Verstappen
            """
        ),
    },
    {
        "id": "h40-064",
        "kind": "other",
        "sender": "Arjen Smulders <a.smulders@dongevallei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb me nergens voor aangemeld. Graag hoor ik hoe u aan mijn e-mailadres komt; het staat nergens
            openbaar vermeld.

            Arjen Smulders
            """
        ),
    },
    {
        "id": "h40-065",
        "kind": "other",
        "sender": "Hanneke Bax <h.bax@zuiderkempen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik beheer de agenda en de mailbox van de heer Verhaegen. Hierbij bevestig ik namens hem zijn aanmelding
            voor het netwerk.

            Met vriendelijke groet,
            Hanneke Bax
            """
        ),
    },
    {
        "id": "h40-066",
        "kind": "other",
        "sender": "Bianca Hermans <b.hermans@maasveld.nl>",
        "quote": "none",
        "subject": "Uit dienst: dhr. R. Lemmens",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ter informatie: de heer R. Lemmens is sinds 1 februari niet meer in dienst van Ambtelijke organisatie
            Maasveld. Zijn mailbox wordt eind deze maand opgeheven. Wij zagen dat er nog berichten van uw netwerk
            voor hem binnenkomen.

            Met vriendelijke groet,
            Bianca Hermans
            afdeling HRM
            """
        ),
    },
    {
        "id": "h40-067",
        "kind": "other",
        "sender": "Piet van der Heijden <p.vanderheijden@langstraatoost.nl>",
        "quote": "none",
        "subject": "Opvolging per september",
        "body": _(
            """
            Beste Stan,

            Je weet dat ik dit jaar met pensioen ga. Inmiddels is bekend wie mij opvolgt: Wendy Kusters, nu nog
            concerncontroller, wordt per 1 september algemeen directeur. Haar adres wordt
            w.kusters@langstraatoost.nl. Tot die tijd blijf ik gewoon lid; wil je haar daarna in mijn plaats zetten?

            Groet,
            Piet
            """
        ),
    },
    {
        "id": "h40-068",
        "kind": "other",
        "sender": "Ilse Raemaekers <i.raemaekers@mergellandwest.nl>",
        "quote": "none",
        "subject": "Aanmelding MT-leden",
        "body": _(
            """
            Beste secretariaat,

            Nu ik zelf lid ben, wil ik ook mijn twee adjunct-directeuren aanmelden: Maurice Heijnen
            (m.heijnen@mergellandwest.nl) en Esther Bemelmans (e.bemelmans@mergellandwest.nl). Kan dat, of is het
            netwerk echt alleen voor de eerste directeur?

            Groet,
            Ilse Raemaekers
            """
        ),
    },
    {
        "id": "h40-069",
        "kind": "other",
        "sender": "Annemiek Swinkels <a.swinkels@peelrandsamen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het welkom (terug)! Mijn collega Rob van Eck, directeur van de buurorganisatie, wil ook graag
            meedoen. Hij mailt jullie zelf nog, maar noteer hem vast.

            Annemiek
            """
        ),
    },
    {
        "id": "h40-070",
        "kind": "other",
        "sender": "Sjef van Rooij <s.vanrooij@dongevallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Een onderwerp heb ik niet, wel een verzoek over de opzet: het atelier is altijd in Utrecht of daaromheen.
            Zou het eens in het zuiden kunnen, in Den Bosch of Roermond bijvoorbeeld? Voor de Brabantse en
            Limburgse leden scheelt dat al gauw drie uur reistijd. En misschien een ochtend in plaats van een middag.

            Sjef
            """
        ),
    },
    {
        "id": "h40-071",
        "kind": "other",
        "sender": "Wim Daemen <w.daemen@geuldal-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Gerda Hermans vertelde me dat zij de positie van de kleinere gemeenten in Zuid-Limburg heeft
            ingebracht. Daar sluit ik me van harte bij aan, zet mijn stem er maar bij. Zelf heb ik niets toe te
            voegen.

            Wim
            """
        ),
    },
    {
        "id": "h40-072",
        "kind": "other",
        "sender": "Jeroen Bogaers <j.bogaers@kroonhoven.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de fijne middag. Bij Kroonhoven hebben we het afgelopen jaar één zaaksysteem voor vier
            gemeenten ingevoerd, met best wat lessen. Zou ik daar op een volgend atelier een korte presentatie over
            mogen geven? Een kwartiertje is genoeg.

            Jeroen
            """
        ),
    },
    {
        "id": "h40-073",
        "kind": "other",
        "sender": "Mark Thijssen <m.thijssen@roerstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Nee, ik neem niemand mee, en ik heb ook geen bijzondere wensen voor het eten.

            Mark
            """
        ),
    },
    {
        "id": "h40-074",
        "kind": "other",
        "sender": "Roel Janssen <r.janssen@grensmaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom graag, mits ik om half vier weg kan: om zeven uur is er raadsvergadering en ik moet terug naar
            Limburg. Is het bezwaarlijk als ik halverwege vertrek?

            Roel
            """
        ),
    },
    {
        "id": "h40-075",
        "kind": "other",
        "sender": "Ilse Raemaekers <i.raemaekers@mergellandwest.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat een inspirerende middag! Vooral het verhaal over de couleur locale en het gesprek over de rol van de
            raden zijn me bijgebleven; dat neem ik mee naar ons MT. Dank aan jullie beiden voor de organisatie.

            Ilse
            """
        ),
    },
    {
        "id": "h40-076",
        "kind": "other",
        "sender": "Secretariaat GR Kempenhart <secretariaat@kempenhart.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - dhr. Gooskens",
        "body": _(
            """
            Goedemiddag,

            Dhr. Gooskens vroeg mij na te gaan of hij al op de deelnemerslijst staat voor het atelier van 11 maart.
            Hij meent zich te hebben aangemeld, maar kan geen bevestiging in zijn mailbox vinden. Zou u dat willen
            controleren?

            Met vriendelijke groet,
            Secretariaat directie GR Kempenhart
            """
        ),
    },
    {
        "id": "h40-077",
        "kind": "other",
        "sender": "Tom Verbunt <t.verbunt@baronie-oost.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Balen, ik had er echt zin in. Is er al een idee wanneer de nieuwe datum wordt? En blijven de thema's die
            we hebben ingestuurd gewoon staan, of moeten we die opnieuw indienen?

            Tom
            """
        ),
    },
    {
        "id": "h40-078",
        "kind": "other",
        "sender": "Secretariaat Dongevallei <secretariaat@dongevallei.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INV,
        "body": _(
            """
            Goedemorgen,

            Zie onderstaande uitnodiging. Mevrouw De Bruijn heeft die middag een bestuurlijk overleg dat mogelijk
            uitloopt. Kunt u aangeven tot wanneer een aanmelding nog kan? Dan kom ik erop terug zodra haar agenda
            duidelijk is.

            Met vriendelijke groet,
            Petra Kools
            secretariaat directie
            """
        ),
    },
    {
        "id": "h40-079",
        "kind": "other",
        "sender": "Hub Vossen <h.vossen@heuvelrandzuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u wel voor de snelle afhandeling en voor de mooie jaren in het netwerk. Het ga jullie goed!

            Hub Vossen
            """
        ),
    },
    {
        "id": "h40-080",
        "kind": "other",
        "sender": "Sandra Wijnen <s.wijnen@biesboschzuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bij dezen bevestigd. Wel een vraag: ik ben adjunct-directeur, geen algemeen directeur. Is het netwerk
            ook voor mij bedoeld, of moet mijn directeur lid worden?

            Sandra Wijnen
            """
        ),
    },
]
# fmt: on
