"""heldout78: a year of mail from the werkorganisaties of the Rijk van Nijmegen and the Land van Maas en Waal.

The writers are directors, deputies, management assistants and IT staff of invented shared civil-service
organisations between the Waal and the Maas (Maas en Waal Samen, Rijkswerk, BeWij, WBL, De Ooijpoort, Dijkstede,
Bergwaard). Over one year the mailbox gets new directors signing up after the January appointments, confirmations
and a denial, leaving and hand-overs around reorganisations and retirements, answers to the invitation, the change of
date, the reminder and the cancellation, topics for the spring atelier and the next one, practical questions, and the
machines: out-of-office, a ticket system, a read receipt, a calendar answer and two delivery failures. A few writers
are English or Flemish, registers run from formal letters to phone mails.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a proposed topic under any of our mails is a suggestion, also with a yes
  beside it; backing someone else's topic, asking to present and proposals about the form are other;
- leaving and declining in one mail is unsubscribe; declining the atelier while staying a member is rsvp False,
  also with a substitute; a calendar accept or decline is an rsvp, an assistant's answer under the invitation too;
- a hand-over with the successor's address, or a successor named without one, is unsubscribe; a hand-over later
  with "tot die tijd blijf ik lid" is other; a colleague reporting a departure and an address change are other;
- an AVG erasure is unsubscribe with erase, also with a question beside it; asking to see one's data is other;
- one colleague signed up with their address is subscribe, "lid blijven" under the goodbye too;
- under the confirmation mails an empty reply or a signature is confirm; a confirmation with a real question, an
  assistant confirming for the director, and a denial asking where the address came from are other; a plain
  denial is unsubscribe;
- a yes on a condition, a "nee" about the guest only, and an assistant forwarding the invitation with a line above
  it are other; out-of-office, tickets, read receipts and "no longer in use" are autoreply, delivery failures bounce,
  neither with a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITATION = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- January: new directors, sign-ups -------------------------------------------------------------------
    {
        "id": "h78-001",
        "kind": "subscribe",
        "sender": "Hanneke Verhoeven-Arts <h.verhoeven@maasenwaalsamen.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 6 januari ben ik algemeen directeur van Maas en Waal Samen, de werkorganisatie van Dreumerwaard,
            Horssenwaard en Appeltdijk. Mijn voorganger Jan-Willem heeft jarenlang met plezier aan uw ateliers
            meegedaan en raadde mij bij de overdracht aan om ook lid te worden. Bij dezen: graag wil ik
            aansluiten bij het netwerk, op dit adres.

            Met vriendelijke groet,

            Hanneke Verhoeven-Arts
            Algemeen directeur
            Maas en Waal Samen
            """
        ),
    },
    {
        "id": "h78-002",
        "kind": "subscribe",
        "sender": "Wendy Gerrits <w.gerrits@rijkswerk-gr.nl>",
        "quote": "none",
        "subject": "Nieuwe directeur bedrijfsvoering Rijkswerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 1 februari start Ruud Kerkhofs bij ons als directeur bedrijfsvoering. Willen jullie hem alvast
            inschrijven voor het netwerk? Zijn mailadres is r.kerkhofs@rijkswerk-gr.nl (het account is al
            actief, ik heb het vanochtend getest).

            Hartelijke groet,
            Wendy Gerrits
            Managementondersteuning directie Rijkswerk
            Heumerbeek | Ooijveld | Malderhoek
            """
        ),
    },
    {
        "id": "h78-003",
        "kind": "subscribe",
        "sender": "Lars Vermaelen <l.vermaelen@bewij.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            Two weeks ago I started as deputy director of BeWij, the joint organisation of Beuningerveld and
            Wijchenbroek. Before that I worked for an intergemeentelijk samenwerkingsverband near Ghent, so mergers
            of municipal staff are familiar ground. A colleague pointed me to your network and I would like to be
            added as a member. Forgive me for writing in English, my written Dutch still has a Flemish accent.

            Kind regards,
            Lars Vermaelen
            Adjunct-directeur BeWij
            """
        ),
    },
    {
        "id": "h78-004",
        "kind": "subscribe",
        "sender": "Rob Thijssen <r.thijssen@wbl-werkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dat was niet de bedoeling! Mijn secretaresse heeft bij het opschonen van de gedeelde inbox wat al te
            voortvarend op 'afmelden' gedrukt. Ik ben nog altijd directeur van WBL en doe graag mee, dus zet me
            alsjeblieft weer terug op de lijst.

            Rob
            """
        ),
    },
    {
        "id": "h78-005",
        "kind": "subscribe",
        "sender": "Bart Willems <b.willems@dijkstede.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Aanmelden svp. Bart Willems, gemeentesecretaris-directeur Dijkstede (Kekerwaard/Zeelandsdijk), dit adres.

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h78-006",
        "kind": "subscribe",
        "sender": "Petra Kuijpers <p.kuijpers@bergwaard.nl>",
        "quote": "none",
        "subject": "Atelier maart / lidmaatschap",
        "body": _(
            """
            Hallo,

            Vorige week zag ik bij mijn collega van Rijkswerk jullie uitnodiging voor het atelier in maart
            voorbijkomen, en het onderwerp over de couleur locale van gemeentebesturen sprak me meteen aan: bij
            Bergwaard worstelen we daar dagelijks mee. Ik ben zelf nog geen lid, maar dat wil ik wel graag worden.
            Zet u mij op de lijst? Of ik er in maart al bij kan zijn zie ik dan wel, de agenda zit rond die tijd
            nogal vol met de kadernota.

            Groeten,
            Petra Kuijpers
            directeur Bergwaard
            """
        ),
    },
    # --- confirmations --------------------------------------------------------------------------------------
    {
        "id": "h78-007",
        "kind": "confirm",
        "sender": "Ruud Kerkhofs <r.kerkhofs@rijkswerk-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h78-008",
        "kind": "confirm",
        "sender": "Joost Peters <j.peters@ooijpoort.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Met vriendelijke groet,

            drs. J.M. (Joost) Peters
            Directeur bedrijfsvoering
            Werkorganisatie De Ooijpoort
            T 024 - 381 27 40 | M 06 - 41 58 02 93
            Postbus 112, 6570 AC Ooijveld
            """
        ),
    },
    {
        "id": "h78-009",
        "kind": "confirm",
        "sender": "Hanneke Verhoeven-Arts <h.verhoeven@maasenwaalsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Klopt helemaal, dat ben ik. Fijn dat het zo snel geregeld is.
            """
        ),
    },
    {
        "id": "h78-010",
        "kind": "confirm",
        "sender": "Lars Vermaelen <l.vermaelen@bewij.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that was me - confirming hereby. Looking forward to the first atelier.

            Lars
            """
        ),
    },
    {
        "id": "h78-011",
        "kind": "confirm",
        "sender": "Bart Willems <b.willems@dijkstede.nl>",
        "quoted": "herinnering_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Sorry, de eerste mail is tussen de nieuwjaarsrecepties door ondergesneeuwd. Bij deze alsnog: ja.
            """
        ),
    },
    {
        "id": "h78-012",
        "kind": "other",
        "sender": "Yvonne Smulders <y.smulders@bergwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Ik beheer de agenda en de mail van mevrouw Kuijpers. Zij heeft mij gevraagd haar aanmelding voor het
            netwerk te bevestigen, wat ik hierbij namens haar doe.

            Met vriendelijke groet,
            Yvonne Smulders
            Directiesecretaresse Bergwaard
            """
        ),
    },
    {
        "id": "h78-013",
        "kind": "other",
        "sender": "Niels Hermsen <n.hermsen@wbl-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding. Wel een vraag vooraf: bij WBL delen de algemeen directeur en ik
            (directeur sociaal domein) de directietaken. Is het netwerk bedoeld voor één directeur per
            werkorganisatie, of kunnen we er allebei aan deelnemen?

            Niels Hermsen
            """
        ),
    },
    {
        "id": "h78-014",
        "kind": "unsubscribe",
        "sender": "Anouk Vos <a.vos@ooijpoort.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit verzoek komt niet van mij; ik heb me nergens voor ingeschreven. Geen idee wie mij heeft opgegeven,
            misschien iemand die het goed bedoelde. Ik zie af van het lidmaatschap.

            A. Vos
            """
        ),
    },
    {
        "id": "h78-015",
        "kind": "other",
        "sender": "Dennis Peerbooms <d.peerbooms@maasenwaalsamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Nu al de tweede mail hierover. Ik heb me niet aangemeld en ben ook geen directeur, maar teamleider
            Burgerzaken. Van wie hebben jullie mijn mailadres gekregen?

            D. Peerbooms
            """
        ),
    },
    # --- leaving and hand-overs -----------------------------------------------------------------------------
    {
        "id": "h78-016",
        "kind": "unsubscribe",
        "sender": "Saskia van Kessel <s.vankessel@wbl-werkt.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap WBL",
        "body": _(
            """
            Beste secretariaat,

            Na ruim zes jaar verlaat ik WBL; ik ga aan de slag bij de provincie Gelderland. Mijn taken als
            algemeen directeur gaan over naar Sandra Oosterbaan, bereikbaar op s.oosterbaan@wbl-werkt.nl. Wilt u
            mijn lidmaatschap beëindigen en Sandra in mijn plaats opnemen? Zij kijkt uit naar de ateliers.

            Met vriendelijke groet,
            Saskia van Kessel
            """
        ),
    },
    {
        "id": "h78-017",
        "kind": "other",
        "sender": "Theo van Haren <t.vanharen@rijkswerk-gr.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 juni",
        "body": _(
            """
            Dag Stan,

            Even vooruitlopend: per 1 juni neemt Koen Brouwers (k.brouwers@rijkswerk-gr.nl) mijn functie als
            algemeen directeur van Rijkswerk over; ik ga dan met pensioen. Tot die tijd blijf ik lid, en het atelier
            van maart laat ik me niet ontgaan. Daarna mag Koen het stokje overnemen.

            Hartelijke groet,
            Theo
            """
        ),
    },
    {
        "id": "h78-018",
        "kind": "unsubscribe",
        "sender": "Maarten Derksen <m.derksen@dijkstede.nl>",
        "quote": "none",
        "subject": "Vertrek directeur Dijkstede",
        "body": _(
            """
            Geachte heer Van de Laar, beste mevrouw Huurneman,

            Met ingang van deze maand heb ik Dijkstede verlaten. Wilt u mij uit het ledenbestand halen? Mijn taken
            worden overgenomen door Lotte Hendriks. Haar mailbox wordt pas na haar indiensttreding aangemaakt, dus
            een adres kan ik u nog niet geven; ik heb haar gevraagd zich zelf bij u te melden.

            Hoogachtend,
            M.A. Derksen
            """
        ),
    },
    {
        "id": "h78-019",
        "kind": "unsubscribe",
        "sender": "Erik Jacobs <e.jacobs@bergwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mooi onderwerp, maar ik sla deze over. Sterker nog: de raden van Bergendaal en Heuvelland hebben in
            december besloten de ambtelijke fusie per 1 juli te ontvlechten, en daarna ben ik gewoon weer
            gemeentesecretaris van één gemeente. Het lijkt me dan niet zuiver om lid te blijven. Schrap me maar
            uit het netwerk; dank voor alle inspirerende middagen.

            Erik
            """
        ),
    },
    {
        "id": "h78-020",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ilse Claassen <i.claassen@ooijpoort.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij verzoek ik u, met een beroep op artikel 17 van de Algemene verordening gegevensbescherming, al
            mijn persoonsgegevens uit uw administratie en mailinglijsten te wissen. Een bevestiging dat dit is
            uitgevoerd stel ik op prijs.

            Met vriendelijke groet,
            mr. I.C.M. Claassen
            Werkorganisatie De Ooijpoort
            """
        ),
    },
    {
        "id": "h78-021",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Siobhan Kearney <s.kearney@bewij.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            My secondment at BeWij ends this month and I'm heading back to Dublin, so please take me off the list
            and erase whatever personal data you hold on me (GDPR, right to erasure). One question: were my
            details ever passed on to the Adviesraad or any other third party?

            Thanks,
            Siobhan
            """
        ),
    },
    {
        "id": "h78-022",
        "kind": "other",
        "sender": "Frank Arts <f.arts@maasenwaalsamen.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Goedendag,

            Onze FG vroeg alle directieleden na te gaan bij welke externe partijen hun gegevens liggen. Kunt u mij
            een overzicht sturen van wat u over mij hebt vastgelegd, en sinds wanneer? Lid blijven wil ik gewoon.

            Frank Arts
            """
        ),
    },
    {
        "id": "h78-023",
        "kind": "unsubscribe",
        "sender": "Maarten Derksen <m.derksen@dijkstede.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de bevestiging. Inmiddels is het adres van mijn opvolger bekend: Yusuf Demir,
            y.demir@dijkstede.nl. Hij start op 1 mei als interim-directeur.

            Maarten Derksen
            """
        ),
    },
    {
        "id": "h78-024",
        "kind": "other",
        "sender": "Gerda Willemsen <g.willemsen@bewij.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Deze herinnering kwam bij mij binnen omdat ik de mailbox van Gert-Jan Lamers heb overgenomen. Gert-Jan
            werkt sinds 1 februari niet meer bij BeWij. Wie hem opvolgt is nog niet bekend.

            Met vriendelijke groet,
            Gerda Willemsen
            Bestuursadviseur BeWij
            """
        ),
    },
    {
        "id": "h78-025",
        "kind": "unsubscribe",
        "sender": "Ayla Bulut <a.bulut@rijkswerk-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen onderwerpen van mijn kant, vrees ik. Ik zit inmiddels in vier directeurenkringen en dat is er
            eentje te veel; dit netwerk valt af. Haal mij dus uit jullie bestand, dan ontvang ik ook deze oproepen
            niet meer.

            Ayla Bulut
            """
        ),
    },
    # --- answers to the invitation and its sequels ----------------------------------------------------------
    {
        "id": "h78-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Verhoeven-Arts <h.verhoeven@maasenwaalsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, en ik neem onze directeur Sociaal Domein mee. Dus twee personen van Maas en Waal Samen.
            """
        ),
    },
    {
        "id": "h78-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rob Thijssen <r.thijssen@wbl-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Helaas, op 11 maart behandelt het algemeen bestuur van de GR de zienswijzen op onze begroting, en daar
            moet ik bij zijn. Succes met het atelier!
            """
        ),
    },
    {
        "id": "h78-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lars Vermaelen <l.vermaelen@bewij.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            I can't make it myself on the 11th, but Marloes Janssen, our head of Dienstverlening, would be glad to
            take my seat: m.janssen@bewij.nl.

            Lars
            """
        ),
    },
    {
        "id": "h78-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joost Peters <j.peters@ooijpoort.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITATION,
        "body": _(
            """
            Prima, ik zit er.
            """
        ),
    },
    {
        "id": "h78-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Siobhan Kearney <s.kearney@bewij.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + _INVITATION,
        "body": _(
            """
            Sorry, this clashes with our management team away-day in Nijmegen.
            """
        ),
    },
    {
        "id": "h78-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marja Gerritsen <m.gerritsen@rijkswerk-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Van Haren laat ik u weten dat hij op 11 maart aanwezig is. De afspraak staat in zijn
            agenda.

            Met vriendelijke groet,
            Marja Gerritsen
            Secretariaat algemeen directeur Rijkswerk
            """
        ),
    },
    {
        "id": "h78-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Rutten <f.rutten@dijkstede.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Balen, ik lig al drie dagen plat met koorts en dat wordt morgen niks. Geef mijn plek maar aan de
            eerste op de wachtlijst.

            Femke

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h78-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Niels Hermsen <n.hermsen@wbl-werkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Die nieuwe datum komt mij eigenlijk beter uit dan de oude. Op 18 maart ben ik erbij, graag in het
            Provinciehuis.
            """
        ),
    },
    {
        "id": "h78-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Willems <b.willems@dijkstede.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            U mag mij van de wachtlijst halen: inmiddels heb ik die middag een werkbezoek van de gedeputeerde in
            mijn agenda staan.

            Bart Willems
            """
        ),
    },
    {
        "id": "h78-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Janssen <m.janssen@bewij.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de uitnodiging! Dirk had het al aangekondigd. Ik kom graag in zijn plaats, waarschijnlijk
            fysiek, anders via Teams.

            Marloes
            """
        ),
    },
    {
        "id": "h78-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anouk Vos <a.vos@ooijpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Voor dit atelier moet ik me afmelden; we zitten midden in de verhuizing naar het nieuwe gemeentehuis.
            Het lidmaatschap houd ik graag aan, de volgende keer hoop ik er weer bij te zijn.

            Anouk Vos
            """
        ),
    },
    {
        "id": "h78-037",
        "kind": "other",
        "sender": "Petra Kuijpers <p.kuijpers@bergwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik zou graag komen, maar om 16.00 uur moet ik weg voor een informatiebijeenkomst met de raad van
            Heuvelland. Heeft het zin om dan toch te komen, of mis ik daarmee het belangrijkste deel van het
            programma? Laat u het even weten, dan meld ik me definitief aan.

            Petra
            """
        ),
    },
    {
        "id": "h78-038",
        "kind": "other",
        "sender": "Ruud Kerkhofs <r.kerkhofs@rijkswerk-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee hoor, geen gast. Dat moet een vergissing zijn geweest bij het invullen; ik kom alleen.
            """
        ),
    },
    {
        "id": "h78-039",
        "kind": "other",
        "sender": "Yvonne Smulders <y.smulders@bergwaard.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITATION,
        "body": _(
            """
            Mevrouw Kuijpers komt, maar zij kan pas rond 15.00 uur aanschuiven in verband met een
            portefeuillehoudersoverleg in de ochtend dat uitloopt.

            Yvonne Smulders, directiesecretaresse
            """
        ),
    },
    {
        "id": "h78-040",
        "kind": "other",
        "sender": "Frank Arts <f.arts@maasenwaalsamen.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat jammer, ik had er zin in. Weten jullie al in welke periode de nieuwe datum gaat vallen? Dan
            blokkeer ik die week vast.
            """
        ),
    },
    {
        "id": "h78-041",
        "kind": "other",
        "sender": "Tom Whitfield <t.whitfield@wbl-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            I'd love to join, but will the afternoon be held in Dutch only? I follow spoken Dutch reasonably well,
            yet joining a discussion is another matter. If some of it can be in English I'm in; otherwise I might
            send a colleague.

            Best,
            Tom Whitfield
            Programme director digital transformation, WBL
            """
        ),
    },
    {
        "id": "h78-042",
        "kind": "other",
        "sender": "Erik Jacobs <e.jacobs@bergwaard.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Parkeren bij het Provinciehuis, hoe zit dat? Moet ik mijn kenteken vooraf doorgeven of kan ik gewoon
            de garage in? Ik kom uit de Ooijpolder met de auto.
            """
        ),
    },
    # --- topics for the ateliers ----------------------------------------------------------------------------
    {
        "id": "h78-043",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Joost Peters <j.peters@ooijpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat mij bezighoudt: we moeten drie verschillende zaaksystemen naar één platform brengen, en de
            informatiebeveiliging loopt achter. Ik zou graag met collega's bespreken hoe zij de I&A-migratie na
            hun fusie hebben aangepakt en wat ze achteraf anders zouden doen.
            """
        ),
    },
    {
        "id": "h78-044",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Hanneke Verhoeven-Arts <h.verhoeven@maasenwaalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen:
            - één ondernemersloket voor drie gemeenten, met één gezicht naar de agrarische bedrijven in de Waalkant
            - hoe stel je een visie op de werkorganisatie voor 2035 op en houd je die overeind
            """
        ),
    },
    {
        "id": "h78-045",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Theo van Haren <t.vanharen@rijkswerk-gr.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de goede middag en het heldere verslag. Voor een volgende keer: hoe ga je om met een
            deelnemende gemeente die openlijk overweegt uit de gemeenschappelijke regeling te stappen? Bij ons
            heeft een van de drie raden daar onlangs een motie over aangenomen, en ik ben benieuwd hoe anderen
            zoiets hebben doorstaan.

            Theo
            """
        ),
    },
    {
        "id": "h78-046",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Tom Whitfield <t.whitfield@wbl-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Topic suggestion: how do you know whether residents are actually better served since the merger? We
            count phone calls answered within 30 seconds, but that says little. Curious which performance
            indicators for citizen services other organisations track.
            """
        ),
    },
    {
        "id": "h78-047",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruud Kerkhofs <r.kerkhofs@rijkswerk-gr.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Ik heb meteen iets: ons sturingsconcept. Rijkswerk werkt met zelforganiserende
            resultaatteams, maar met 420 fte en drie colleges als opdrachtgever vraag ik me af of dat nog past. Ik
            zou dat graag eens naast de aanpak van andere werkorganisaties leggen.

            Ruud
            """
        ),
    },
    {
        "id": "h78-048",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Femke Rutten <f.rutten@dijkstede.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik ben erbij! En mocht er voor een volgend atelier nog een onderwerp gezocht worden: de positie van de
            kleinere gemeenten in de regio Rijk van Nijmegen, die zich in regionale overleggen vaak overvleugeld
            voelen door de centrumstad. Hoe zorg je dat je als werkorganisatie dan toch een stem hebt?

            Femke
            """
        ),
    },
    {
        "id": "h78-049",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Joost Peters <j.peters@ooijpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere mail: de krapte op de arbeidsmarkt, zeker bij vergunningverlening
            en toezicht. Hoe houden andere werkorganisaties hun formatie gevuld zonder dure inhuur?
            """
        ),
    },
    {
        "id": "h78-050",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Niels Hermsen <n.hermsen@wbl-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Mijn onderwerp: hoe kom je tot één gezamenlijke langetermijnagenda als twee colleges elk hun eigen
            ambities en coalitieakkoorden hebben? Waalbroek wil groeien, Leuthoven wil vooral het dorpse karakter
            bewaren, en de werkorganisatie zit ertussen.

            Niels
            """
        ),
    },
    {
        "id": "h78-051",
        "kind": "other",
        "sender": "Saskia van Kessel <s.vankessel@wbl-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Ik las in de wandelgangen dat Rijkswerk het uittreden van een deelnemer als onderwerp heeft
            ingebracht. Daar sluit ik me volmondig bij aan: bij WBL speelt precies hetzelfde. Tel mijn stem daar
            maar bij op.
            """
        ),
    },
    {
        "id": "h78-052",
        "kind": "other",
        "sender": "Anouk Vos <a.vos@ooijpoort.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            We hebben net de doorontwikkeling van ons Klantcontactcentrum afgerond, met best verrassende
            uitkomsten over terugbelverzoeken. Zou ik daar in het volgende atelier een korte presentatie van een
            kwartiertje over mogen houden?

            Anouk
            """
        ),
    },
    {
        "id": "h78-053",
        "kind": "other",
        "sender": "Dennis Peerbooms <d.peerbooms@maasenwaalsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Een idee voor de vorm: houd het volgende atelier eens op locatie bij een van de werkorganisaties, bij
            ons in Dreumerwaard bijvoorbeeld, met een rondleiding erbij. En liever een ochtend; 's middags zitten
            veel van ons al in de voorbereiding van raadsavonden.
            """
        ),
    },
    # --- practical matters ----------------------------------------------------------------------------------
    {
        "id": "h78-054",
        "kind": "other",
        "sender": "Anouk Vos <a.vos@ooijpoort-werkt.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres",
        "body": _(
            """
            Goedemiddag,

            Per 1 maart is De Ooijpoort overgestapt op een nieuw domein. Mijn oude adres a.vos@ooijpoort.nl
            vervalt; wilt u voortaan a.vos@ooijpoort-werkt.nl gebruiken?

            Dank en groet,
            Anouk Vos
            """
        ),
    },
    # --- machines -------------------------------------------------------------------------------------------
    {
        "id": "h78-055",
        "kind": "autoreply",
        "sender": "Saskia van Kessel <s.vankessel@wbl-werkt.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Tot en met maandag 4 januari ben ik met kerstverlof. Uw bericht wordt niet doorgestuurd. Voor zaken die
            niet kunnen wachten kunt u terecht bij het bestuurssecretariaat van WBL, 0487 - 59 12 00.

            Saskia van Kessel
            """
        ),
    },
    {
        "id": "h78-056",
        "kind": "autoreply",
        "sender": "Servicedesk Rijkswerk <servicedesk@rijkswerk-gr.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "[INC-2027-04417] " + _INVITATION,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Uw bericht is geregistreerd als melding INC-2027-04417 en toegewezen aan de groep Functioneel beheer.
            U ontvangt bericht zodra een medewerker de melding in behandeling neemt. Antwoord niet op deze mail;
            reacties kunt u toevoegen via het selfserviceportaal.

            Servicedesk Rijkswerk | Heumerbeek - Ooijveld - Malderhoek
            """
        ),
    },
    {
        "id": "h78-057",
        "kind": "autoreply",
        "sender": "Gert-Jan Lamers <g.lamers@bewij.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            This mailbox is no longer in use. Gert-Jan Lamers has left BeWij. Please update your records; for
            general matters contact info@bewij.nl.

            Dit e-mailadres is niet meer in gebruik. Gert-Jan Lamers is uit dienst getreden bij BeWij.
            """
        ),
    },
    {
        "id": "h78-058",
        "kind": "autoreply",
        "sender": "Theo van Haren <t.vanharen@rijkswerk-gr.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Gelezen: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

              Aan: Theo van Haren
              Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
              Verzonden: dinsdag 9 maart 2027 08:30:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 9 maart 2027 10:02:47 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "h78-059",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <MAILER-DAEMON@mx2.dijkstede.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.dijkstede.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

                                   The mail system

            <m.derksen@dijkstede.nl>: host mail.dijkstede.nl[10.20.4.11] said: 550 5.1.1
                <m.derksen@dijkstede.nl>: Recipient address rejected: User unknown in virtual mailbox table
                (in reply to RCPT TO command)

            Final-Recipient: rfc822; m.derksen@dijkstede.nl
            Action: failed
            Status: 5.1.1
            """
        ),
    },
    {
        "id": "h78-060",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@ooijpoort.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _INVITATION,
        "body": _(
            """
            Kan niet worden bezorgd bij deze ontvangers of groepen:

            a.vos@ooijpoort.nl
            Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden.

            Diagnostische informatie voor beheerders:
            Genererende server: MX1.ooijpoort.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
]
# fmt: on
