"""heldout72: a year of mail from the directors and staff of shared organisations in West-Brabant.

The writers are directors, deputy directors, management assistants and a few colleagues of invented werkorganisaties
in the Baronie and the Markiezaat: De Baronie-West (Vossendonk, Bavelrode, Gilzerdal), GR Baronie-Oost (Kalmthoven,
Heikantbeek), Werkorganisatie Markiezaat (Zoomerdijk, Ossendaal, Wouwerdal), Brabantse Wal, Markdal (which renames its
domain in October), Aa en Mark, Vlietpolder, Leurmond and GR Zoomdelta. The cases follow one year of the mailbox in
order: sign-ups in January, the call for themes, the spring atelier (invitation, change, reminder, substitute,
follow-up), departures and hand-overs in spring and summer, new directors and confirmations in the autumn, privacy
requests at the end of the year, and the machines in between (out-of-office, a case system, a read receipt, an old
municipal address, two delivery failures). Registers run from stiff to chatty; a few writers use English.

Conventions this set relies on (from the brief):
- A topic proposed under the invitation or the welcome is a suggestion; under the follow-up a topic with a yes is a
  suggestion too; a reply to the call for themes that only says the writer comes is an rsvp.
- Backing a colleague's topic without one of one's own, asking to present, and a proposal about place or time of the
  ateliers are other.
- "Afmelden voor het atelier" keeps the membership (rsvp False); declining with a named substitute is rsvp False;
  a later mail that turns a no into a yes is rsvp True; an assistant answering under our invitation is an rsvp, an
  assistant's new mail or forward about the director's attendance is other.
- A yes on a condition the secretariat must answer first is other; so is a confirmation with a real question beside it
  and a colleague confirming for someone else from their own address.
- Leaving the network and declining the atelier in one mail is unsubscribe; leaving with a successor (with or without
  the successor's address) is unsubscribe; a hand-over at a later date with "tot die tijd blijf ik lid" is other; a
  colleague reporting that someone left is other; an address change is other.
- Signing up one named colleague with an address is subscribe, several colleagues is other; "lid blijven" under our
  goodbye is subscribe.
- A plain denial under the confirmation mail, also asking who did it, is unsubscribe; a denial asking where we got the
  address is other. An empty reply or a signature alone under the confirmation mails is confirm.
- An erasure request is unsubscribe with erase, also with a question beside it; a request to see one's data is other.
- Out-of-office, a case-system receipt, a read receipt and "dit adres is niet meer in gebruik" are autoreply, with the
  thread of our mail; delivery failures are bounce without a thread. None of them carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "wb-001",
        "kind": "subscribe",
        "sender": "Hilde Vermeulen <h.vermeulen@leurmond.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren fusieorganisaties",
        "body": _(
            """
            Goedemorgen,

            Sinds 1 januari bestaat de Werkorganisatie Leurmond, de ambtelijke organisatie van de gemeenten Leurmond
            en Rucphoven, en ik ben daar de eerste algemeen directeur. Op de nieuwjaarsreceptie van de regio
            West-Brabant hoorde ik twee collega's uit de Baronie enthousiast vertellen over jullie ateliers. Ik wil
            mij daarom graag aanmelden als lid, met dit adres.

            Vriendelijke groet,
            Hilde Vermeulen
            algemeen directeur Werkorganisatie Leurmond
            """
        ),
    },
    {
        "id": "wb-002",
        "kind": "confirm",
        "sender": "Hilde Vermeulen <h.vermeulen@leurmond.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": "",
    },
    {
        "id": "wb-003",
        "kind": "other",
        "sender": "Esther Bakx <e.bakx@leurmond.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Deze mail kwam binnen in de mailbox van onze adjunct-directeur, de heer Damen, die ik tijdens zijn
            ouderschapsverlof beheer. Hij is tot eind januari afwezig, maar hij had mij al gezegd dat hij graag lid
            wordt. Bij dezen bevestig ik de aanmelding dus namens hem.

            Met vriendelijke groet,
            Esther Bakx
            managementondersteuning directie
            Werkorganisatie Leurmond
            """
        ),
    },
    {
        "id": "wb-004",
        "kind": "autoreply",
        "sender": "Tom Huijbregts <t.huijbregts@baronie-oost.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en"
            " inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Tot en met vrijdag 15 januari ben ik niet op kantoor en lees ik mijn mail niet. Voor zaken die niet
            kunnen wachten kunt u terecht bij het directiesecretariaat van GR Baronie-Oost, 0161 - 47 22 00.

            Met vriendelijke groet,
            Tom Huijbregts
            """
        ),
    },
    {
        "id": "wb-005",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Petra Hurkmans <p.hurkmans@baronie-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Eén onderwerp van onze kant:
            Hoe houd je als kleine werkorganisatie je vakspecialisten binnen als de grote stad en de provincie met
            hogere schalen lonken? Wij zijn vorig jaar drie van onze vier planologen kwijtgeraakt en de vacatures
            staan nog steeds open.

            Hartelijke groet,
            Petra Hurkmans
            Algemeen directeur Werkorganisatie De Baronie-West
            (gemeenten Vossendonk, Bavelrode en Gilzerdal)
            """
        ),
    },
    {
        "id": "wb-006",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Gert-Jan Luijckx <gj.luijckx@brabantsewal-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            Twee onderwerpen, elk op een eigen regel zoals gevraagd:
            - samenwerken met de Vlaamse buurgemeenten over de grens, bijv. bij handhaving en jeugd: hoe pak je
              dat op als werkorganisatie van drie Nederlandse gemeenten?
            - drie gemeentehuizen terwijl iedereen hybride werkt: wat doen we met onze huisvesting en het
              werkplekconcept?

            Gr, Gert-Jan Luijckx
            Werkorganisatie Brabantse Wal
            """
        ),
    },
    {
        "id": "wb-007",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yasmina El Idrissi <y.elidrissi@markiezaatwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Dag Stan,

            Bij ons loopt de samenwerking tussen de drie colleges inmiddels prima, daar hoeven we het wat mij betreft
            niet over te hebben :)
            Wat mij wel bezighoudt: sinds de loketten centraal in Ossendaal zitten, voelen inwoners van de kleine
            kernen zich van hun gemeente vervreemd. Ik zou graag met collega's sparren over mobiele loketten en
            dienstverlening aan huis, en over hoe je meet of inwoners daar echt tevredener van worden.

            Groet, Yasmina El Idrissi
            directeur Dienstverlening, Werkorganisatie Markiezaat

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "wb-008",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fiona Brennan <f.brennan@brabantsewal-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan and Melanie,

            Apologies for writing in English - my Dutch is still a work in progress after eight months here.

            One topic I would love to discuss: how do you monitor the service you deliver to residents and local
            businesses? We publish response times and satisfaction scores per municipality, and I'd like to hear how
            others have set up their dashboards and which KPIs actually told them something.

            Best regards,
            Fiona Brennan
            Interim General Director, Werkorganisatie Brabantse Wal
            """
        ),
    },
    {
        "id": "wb-009",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Bram Wouters <b.wouters@aaenmark.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Mijn onderwerp voor 11 maart:
            Hoe kom je als werkorganisatie tot een eigen meerjarenkoers en inhoudelijke agenda die langer meegaat dan
            één bestuursperiode? Onze colleges denken in vier jaar, de organisatie moet verder vooruit kijken.

            Bram Wouters
            directeur Werkorganisatie Aa en Mark
            """
        ),
    },
    {
        "id": "wb-010",
        "kind": "other",
        "sender": "Hans van der Heijden <h.vanderheijden@baronie-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Petra Hurkmans, mijn collega in de directie, heeft u al het onderwerp gestuurd over het vasthouden van
            vakspecialisten. Dat wil ik van harte ondersteunen: het is bij ons de grootste zorg van dit jaar en ik
            ben benieuwd of anderen het herkennen. Zelf voeg ik er niets aan toe; liever één onderwerp met twee
            stemmen dan twee halve.

            Groet,
            Hans van der Heijden
            gemeentesecretaris-directeur, De Baronie-West
            """
        ),
    },
    {
        "id": "wb-011",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Kees Broeders <k.broeders@markdalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "body": _(
            """
            Nog een aanvulling op wat ik eerder stuurde:

            - hoe ga je als werkorganisatie om met een deelnemende gemeente die wil uittreden, en wat doet dat
              met de verhouding tot de gemeenten die blijven? Bij ons heeft de raad van Chaamsebeek in december
              een motie aangenomen om uittreding te onderzoeken.

            Kees Broeders
            Werkorganisatie Markdal
            """
        ),
    },
    {
        "id": "wb-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse Cornelissen <i.cornelissen@vlietpolder.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik heb dit keer geen thema dat ik wil aandragen; ik laat de keuze graag aan de collega's, er komen vast
            genoeg goede voorstellen binnen. Wel alvast: op 11 maart ben ik erbij, de middag is geblokt.

            Met vriendelijke groet,
            Ilse Cornelissen
            directeur Publiekszaken a.i., Vlietpolder
            """
        ),
    },
    {
        "id": "wb-013",
        "kind": "autoreply",
        "sender": "A. van den Berg <a.vandenberg@oudroosdaal.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en"
            " inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Dit e-mailadres van de gemeente Oud-Roosdaal wordt niet meer gebruikt. Sinds de vorming van de ambtelijke
            fusieorganisatie Vlietpolder zijn alle medewerkers bereikbaar op een adres dat eindigt op @vlietpolder.nl.
            Uw bericht is niet doorgestuurd.

            Algemene vragen: info@vlietpolder.nl of telefoon 14 0167.
            """
        ),
    },
    {
        "id": "wb-014",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Thijs Bastiaansen <t.bastiaansen@vlietpolder.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Dank voor het welkom. U vraagt of ik al een onderwerp heb: jazeker. Over twee jaar zijn er
            raadsverkiezingen en ik wil vóór die tijd met beide colleges een gedeelde langetermijnvisie voor onze
            organisatie op papier hebben, voor 2030 en verder. Hoe pakken collega's zo'n visietraject aan, en hoe
            voorkom je dat het na de verkiezingen in een la verdwijnt?

            Met vriendelijke groet,

            drs. T.H.M. Bastiaansen
            directeur/gemeentesecretaris
            Ambtelijke fusieorganisatie Vlietpolder
            """
        ),
    },
    {
        "id": "wb-015",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Snijders <anouk.snijders@aaenmark.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, ik ben erbij op de 11e. Zin in, vorige keer was het erg de moeite waard!
            Anouk
            """
        ),
    },
    {
        "id": "wb-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Peter Dekkers <p.dekkers@baronie-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Zelf kan ik er niet bij, ik zit die week met onze twee burgemeesters op werkbezoek in Gent. In mijn plaats
            komt mijn adjunct-directeur, Joyce Kerstens (j.kerstens@baronie-oost.nl). Zij is goed ingevoerd in het
            onderwerp en heeft de middag al vrijgehouden.

            Groet,
            Peter Dekkers
            GR Baronie-Oost
            """
        ),
    },
    {
        "id": "wb-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wendy Maas <w.maas@vlietpolder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Bastiaansen laat ik u weten dat hij op 11 maart aanwezig zal zijn bij het atelier. Hij
            komt zonder introducé.

            Met vriendelijke groet,
            Wendy Maas
            directiesecretaresse | Ambtelijke fusieorganisatie Vlietpolder
            """
        ),
    },
    {
        "id": "wb-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tom Huijbregts <t.huijbregts@baronie-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op"
            " samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Tot in Utrecht, ik kom met de trein.
            """
        ),
    },
    {
        "id": "wb-019",
        "kind": "other",
        "sender": "Wim van Dongen <w.vandongen@markiezaatwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Ik wil er graag bij zijn, maar alleen als het geen bezwaar is dat ik om kwart over vier vertrek: om zes
            uur moet ik in Ossendaal zijn voor een raadsinformatieavond over de jeugdzorgbegroting. Is dat een
            probleem voor de opzet van de middag? Zo ja, dan geef ik mijn plek liever aan iemand die de hele middag
            kan blijven.

            Groet, Wim van Dongen
            Werkorganisatie Markiezaat
            """
        ),
    },
    {
        "id": "wb-020",
        "kind": "other",
        "sender": "Linda Verhoeven <l.verhoeven@baronie-west.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - mw. Hurkmans",
        "body": _(
            """
            Geacht secretariaat,

            Mevrouw Hurkmans vroeg mij haar op te geven voor het Leer- en inspireer-atelier van 11 maart in Utrecht.
            Zij komt alleen. Wilt u mij laten weten of het gelukt is? Dan zet ik de bijeenkomst definitief in haar
            agenda en regel ik een dienstauto.

            Met vriendelijke groet,
            Linda Verhoeven
            managementassistent directie, Werkorganisatie De Baronie-West
            """
        ),
    },
    {
        "id": "wb-021",
        "kind": "other",
        "sender": "Bianca de Wit <b.dewit@aaenmark.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op"
            " samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Ter info doorgestuurd. De heer Mutsaers is in de week van 8 maart op vakantie en kan dus niet komen.
            Wilt u hem voor deze bijeenkomst verder geen herinneringen sturen?

            m.vr.gr. Bianca de Wit
            secretariaat directie Aa en Mark
            """
        ),
    },
    {
        "id": "wb-022",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Noor Akkermans <n.akkermans@markdalsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ha Melanie,
            Of ik op 11 maart kan weet ik pas na ons MT van dinsdag, dan hoor je nog van me. Los daarvan een
            onderwerp voor een volgend atelier: de positie van een werkorganisatie van kleine gemeenten aan de
            regiotafel van West-Brabant, bij de woningbouw- en energieopgave. Als kleine speler worden we daar nogal
            eens vergeten, en ik ben benieuwd hoe anderen zich sterker positioneren.
            Groetjes, Noor
            """
        ),
    },
    {
        "id": "wb-023",
        "kind": "unsubscribe",
        "sender": "Jeroen van Hooijdonk <j.vanhooijdonk@markiezaatwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste mensen,

            Voor 11 maart moet ik passen. En ik maak meteen van de gelegenheid gebruik: bij de herinrichting van onze
            top is mijn functie opgegaan in die van de algemeen directeur, en ik word programmamanager Omgevingswet.
            Het netwerk is dan niet meer voor mij bedoeld, dus zet me maar van de ledenlijst af.

            Hartelijke groet en dank voor de mooie bijeenkomsten,
            Jeroen van Hooijdonk
            """
        ),
    },
    {
        "id": "wb-024",
        "kind": "autoreply",
        "sender": "KCC Werkorganisatie Markiezaat <kcc@markiezaatwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Ontvangstbevestiging Z-2027-018833: Uitnodiging Leer- en inspireer-atelier 11"
            " maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder zaaknummer Z-2027-018833. U
            ontvangt binnen vijf werkdagen een reactie van de behandelend medewerker. Vermeld bij verdere
            correspondentie altijd uw zaaknummer.

            Met vriendelijke groet,
            Klantcontactcentrum
            Werkorganisatie Markiezaat, namens de gemeenten Zoomerdijk, Ossendaal en Wouwerdal
            """
        ),
    },
    {
        "id": "wb-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Oerlemans <f.oerlemans@baronie-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hallo Stan,

            Vorige week had ik nog afgezegd vanwege de voorbereiding van de voorjaarsnota, maar die sessie is naar
            april geschoven. Dus toch: ja, ik kom op 11 maart. Zit het inmiddels vol, dan hoor ik het wel en sta ik
            op de wachtlijst.

            Groeten,
            Frank Oerlemans
            """
        ),
    },
    {
        "id": "wb-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marjolein Verbunt <m.verbunt@aaenmark.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Haal me maar van de wachtlijst af. Ik had niet verwacht dat er nog een plek vrij zou komen en heb die
            middag inmiddels volgepland met een bezoek van de gedeputeerde. Ik kan dus toch niet, ook niet als er
            iemand afvalt.

            Groet,
            Marjolein Verbunt
            """
        ),
    },
    {
        "id": "wb-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans-Peter Rasenberg <hp.rasenberg@markiezaatwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Jammer dat het verschoven is: op 18 maart hebben wij de heidag met het voltallige MT, en die kan ik als
            voorzitter niet missen. Haal mij dus maar van de wachtlijst; in het najaar een nieuwe kans.

            H-P Rasenberg
            """
        ),
    },
    {
        "id": "wb-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joyce Kerstens <j.kerstens@baronie-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Peter had het al met mij afgestemd: ik ben erbij in zijn plaats en heb de
            afspraak in mijn agenda gezet.

            Groet,
            Joyce Kerstens
            adjunct-directeur GR Baronie-Oost
            """
        ),
    },
    {
        "id": "wb-029",
        "kind": "autoreply",
        "sender": "Ruud Mathijssen <r.mathijssen@markdalsamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

              Aan: Mathijssen, Ruud
              Onderwerp: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]
              Verzonden: maandag 1 maart 2027 09:12:40 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op maandag 1 maart 2027 10:03:15 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "wb-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sandra van Loon <s.vanloon@baronie-west.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste organisatie,

            Hierbij meld ik mij af voor het atelier van donderdag. Vannacht heeft het gebrand in de gemeentewerf van
            Bavelrode en ik wil de komende dagen dicht bij het college en de medewerkers blijven. Erg jammer, ik had
            me erop verheugd. In het najaar hoop ik weer aan te schuiven.

            Met groet,
            Sandra van Loon
            Werkorganisatie De Baronie-West
            """
        ),
    },
    {
        "id": "wb-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Miranda Schoenmakers <miranda.schoenmakers@markdalsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas ik kan niet, lig sinds zondag met koorts op de bank en dat wordt voor donderdag niks. geef mijn
            plek maar aan iemand van de wachtlijst. sorry voor de late afmelding!
            Miranda
            """
        ),
    },
    {
        "id": "wb-032",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx01.aaenmark.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit is het mailsysteem op mx01.aaenmark.nl.

            Het bericht kon niet worden afgeleverd bij een of meer ontvangers.

            <r.vanaken@aaenmark.nl>: host mailstore.aaenmark.nl[10.12.4.8] said: 550 5.1.1
                <r.vanaken@aaenmark.nl>: Recipient address rejected: User unknown in local recipient table
            """
        ),
    },
    {
        "id": "wb-033",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Marco Rijnen <m.rijnen@baronie-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor de middag, ik heb er veel aan gehad.

            Voor de volgende keer: wij gaan over op één zaaksysteem voor Kalmthoven en Heikantbeek. Ik wil het graag
            hebben over hoe je zo'n invoering aanpakt zodat inwoners en ondernemers er ook echt iets van merken: één
            klantbeeld, online de status van hun aanvraag kunnen volgen, en geen "daarvoor moet u bij de andere
            gemeente zijn" meer.

            Marco Rijnen
            Directeur bedrijfsvoering | GR Baronie-Oost
            """
        ),
    },
    {
        "id": "wb-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ellen Koevoets <e.koevoets@markiezaatwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goede middag gehad, dank jullie wel. In het najaar ben ik er zeker weer bij.

            Onderwerp voor dan:
            informatiebeveiliging na de hack bij een buurgemeente: hoe richt je een CISO-functie in voor drie
            gemeenten tegelijk, en wat vraagt dat van je formatie?

            Ellen Koevoets
            gemeentesecretaris-directeur
            Werkorganisatie Markiezaat
            """
        ),
    },
    {
        "id": "wb-035",
        "kind": "other",
        "sender": "Lieke Paantjens <l.paantjens@markiezaatwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Mooie middag was het. Naar aanleiding van het gesprek aan mijn tafel: wij hebben in Wouwerdal vorig jaar
            een proef gedaan met een klein team bedrijfsvoering dat aanschuift bij de dorpsraden, en een paar
            collega's vroegen er na afloop naar. Zou ik daar in het najaarsatelier een korte presentatie over mogen
            geven, een minuut of tien? Past het niet in het programma, dan is dat ook prima.

            Hartelijke groet,
            Lieke Paantjens
            directeur Werkorganisatie Markiezaat
            """
        ),
    },
    {
        "id": "wb-036",
        "kind": "other",
        "sender": "Stefan Havermans <s.havermans@brabantsewal-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor het verslag.
            Een punt over de vorm, geen onderwerp: vanuit de Brabantse Wal zijn we voor een middag in Utrecht bijna
            vier uur onderweg, heen en terug, en de A58 staat om vijf uur altijd vast. Zou het najaarsatelier eens in
            het zuiden kunnen, bijvoorbeeld in Breda vlak bij het station? Of anders een uur eerder beginnen, zodat
            we voor de spits terug zijn. Ik denk dat u er meer collega's uit West-Brabant mee trekt.
            Groet, Stefan Havermans
            """
        ),
    },
    {
        "id": "wb-037",
        "kind": "unsubscribe",
        "sender": "Hans van der Heijden <h.vanderheijden@baronie-west.nl>",
        "quote": "none",
        "subject": "Afscheid - pensioen",
        "body": _(
            """
            Beste Stan en Melanie,

            Vrijdag heb ik in Vossendonk afscheid genomen en sinds deze week ben ik officieel gepensioneerd. Dat
            betekent ook afscheid van het netwerk: wilt u mij uitschrijven? Een opvolger is nog niet benoemd, de
            werving loopt tot na de zomer; wie het ook wordt, meldt zich vast zelf bij u.

            De ateliers waren voor mij altijd een warm bad. Dank daarvoor!

            Hans van der Heijden
            """
        ),
    },
    {
        "id": "wb-038",
        "kind": "unsubscribe",
        "sender": "Karin Oomen <k.oomen@vlietpolder.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Goedemiddag,

            Ik vertrek naar het waterschap en neem deze week afscheid van Vlietpolder. Mijn taken als directeur
            bedrijfsvoering gaan over naar Marloes Verhoeven, die van buiten komt en pas in juni begint; een
            mailadres heeft ze bij ons nog niet. Ik heb haar gevraagd zich zelf bij u aan te melden zodra ze er is.
            Mij mag u van de lijst halen.

            Dank voor alles,
            Karin Oomen
            """
        ),
    },
    {
        "id": "wb-039",
        "kind": "subscribe",
        "sender": "Rob Swaans <r.swaans@markdalsamen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Oei, dat ging mis. Ik wilde alleen mijn plek voor het atelier vrijgeven (zie mijn eerdere mail), niet mijn
            lidmaatschap opzeggen. Lid blijven dus, graag!

            Rob
            """
        ),
    },
    {
        "id": "wb-040",
        "kind": "unsubscribe",
        "sender": "Dorien Kools <d.kools@aaenmark.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Dank voor de bevestiging. U vraagt naar een opvolger: dat is Jasper Verschuren, die per 1 juli mijn
            portefeuille bedrijfsvoering bij Aa en Mark overneemt. Zijn adres is j.verschuren@aaenmark.nl. Hij weet
            dat u contact met hem opneemt.

            Met vriendelijke groet,
            Dorien Kools
            """
        ),
    },
    {
        "id": "wb-041",
        "kind": "subscribe",
        "sender": "Martijn Hendrikx <m.hendrikx@zoomdelta.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi, graag aanmelden voor jullie netwerk met dit adres. Ben sinds mei gemeentesecretaris-directeur bij GR
            Zoomdelta, jullie werden vorige week genoemd op het regio-overleg van de secretarissen.
            Groet Martijn Hendrikx

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "wb-042",
        "kind": "confirm",
        "sender": "Martijn Hendrikx <m.hendrikx@zoomdelta.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Klopt, dat ben ik. Bevestigd!

            MH

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "wb-043",
        "kind": "other",
        "sender": "Esther Bakx <e.bakx@leurmond.nl>",
        "quote": "none",
        "subject": "Mevrouw Vermeulen",
        "body": _(
            """
            Goedemorgen,

            Ter informatie: mevrouw Vermeulen is per 1 augustus vertrokken bij Werkorganisatie Leurmond. Haar mailbox
            wordt eind deze maand afgesloten. Over een opvolger is nog niets bekend; ik laat het u weten zodra er
            iemand benoemd is.

            Met vriendelijke groet,
            Esther Bakx
            managementondersteuning directie
            """
        ),
    },
    {
        "id": "wb-044",
        "kind": "other",
        "sender": "Ruud Mathijssen <r.mathijssen@markdalsamen.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 oktober",
        "body": _(
            """
            Beste Stan,

            Met de naamswijziging van onze organisatie (van Markdal Samen naar Werkorganisatie Markdal) gaan al onze
            adressen per 1 oktober over naar @markdal-werkt.nl. Het mijne wordt r.mathijssen@markdal-werkt.nl; het
            oude adres werkt nog tot de jaarwisseling. Wil je dat in jullie ledenbestand aanpassen?

            Groet,
            Ruud
            """
        ),
    },
    {
        "id": "wb-045",
        "kind": "unsubscribe",
        "sender": "Fiona Brennan <f.brennan@brabantsewal-werkt.nl>",
        "quote": "none",
        "subject": "Handing over my seat in the network",
        "body": _(
            """
            Dear Stan and Melanie,

            My interim assignment at Werkorganisatie Brabantse Wal came to an end last Friday. Thank you for making a
            newcomer feel welcome at the ateliers - and for your patience with my Dutch.

            The permanent general director, Gijs Rovers, has now started and would like to take over my place in the
            network; his address is g.rovers@brabantsewal-werkt.nl. Please take me off the list.

            Warm regards,
            Fiona Brennan
            """
        ),
    },
    {
        "id": "wb-046",
        "kind": "subscribe",
        "sender": "Daniel Whitfield <d.whitfield@markdal-werkt.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Hello,

            Ruud Mathijssen suggested I get in touch. I joined Werkorganisatie Markdal in September as director of
            operations, after fifteen years in local government in Leeds and Rotterdam. I'd like to become a member of
            the network - please use this address. I read Dutch well enough for your mailings, so no need to
            translate anything.

            Kind regards,
            Daniel Whitfield
            """
        ),
    },
    {
        "id": "wb-047",
        "kind": "confirm",
        "sender": "Daniel Whitfield <d.whitfield@markdal-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that was me - happy to confirm.

            Daniel
            """
        ),
    },
    {
        "id": "wb-048",
        "kind": "subscribe",
        "sender": "Ellen Koevoets <e.koevoets@markiezaatwerkt.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe collega-directeur",
        "body": _(
            """
            Beste Stan en Melanie,

            Onze nieuwe directeur bedrijfsvoering, Anne-Fleur Nuijten, is op 1 september begonnen. Wilt u haar
            aanmelden voor het netwerk? Haar adres is af.nuijten@markiezaatwerkt.nl. Ze weet ervan en kijkt uit naar
            het najaarsatelier.

            Hartelijke groet,
            Ellen Koevoets
            """
        ),
    },
    {
        "id": "wb-049",
        "kind": "confirm",
        "sender": "Anne-Fleur Nuijten <af.nuijten@markiezaatwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            A.F. Nuijten
            Directeur bedrijfsvoering
            Werkorganisatie Markiezaat
            T 0164 - 28 31 00
            """
        ),
    },
    {
        "id": "wb-050",
        "kind": "other",
        "sender": "Kees Broeders <k.broeders@markdal-werkt.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap per 1 november",
        "body": _(
            """
            Beste Stan en Melanie,

            Na negen jaar Markdal word ik per 1 november gemeentesecretaris van Chaamsebeek, dat uit de
            werkorganisatie treedt (u kent de motie). Mijn plaats in het netwerk gaat dan naar Lotte Gommers,
            l.gommers@markdal-werkt.nl. Tot die datum blijf ik gewoon lid, dus laat mij nog even op de lijst staan.

            Hartelijke groet,
            Kees Broeders
            """
        ),
    },
    {
        "id": "wb-051",
        "kind": "other",
        "sender": "Gijs Rovers <g.rovers@brabantsewal-werkt.nl>",
        "quote": "none",
        "subject": "Lidmaatschap directieteam Brabantse Wal",
        "body": _(
            """
            Goedemiddag,

            Inmiddels ben ik begonnen bij de Brabantse Wal en heb ik mijn eigen aanmelding al bevestigd. Nu de
            directie weer compleet is, willen ook mijn collega's graag meedoen: Stefan Havermans is al lid, maar Lisa
            Moerkerk (l.moerkerk@brabantsewal-werkt.nl) en Ahmed Bouzid (a.bouzid@brabantsewal-werkt.nl) nog niet.
            Kunt u hen beiden toevoegen?

            Met vriendelijke groet,
            Gijs Rovers
            algemeen directeur
            """
        ),
    },
    {
        "id": "wb-052",
        "kind": "other",
        "sender": "Lisa Moerkerk <l.moerkerk@brabantsewal-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Bij dezen bevestigd, ik word graag lid. Een vraag nog: krijg ik het verslag van het voorjaarsatelier ook
            toegestuurd, of staat dat alleen op de website? Ik wil me graag inlezen voordat ik in het najaar aanschuif.

            Vriendelijke groet,
            Lisa Moerkerk
            """
        ),
    },
    {
        "id": "wb-053",
        "kind": "unsubscribe",
        "sender": "Koen de Bruijn <k.debruijn@baronie-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb me niet voor dit netwerk aangemeld en ben ook geen directeur: ik ben teamleider Burgerzaken bij
            Baronie-Oost. Wie heeft mijn adres opgegeven? Lid worden wil ik in elk geval niet.

            K. de Bruijn
            """
        ),
    },
    {
        "id": "wb-054",
        "kind": "other",
        "sender": "Sophie Claessens <s.claessens@zoomdelta.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer, mevrouw,

            Dit is al de tweede mail die ik van u krijg over een aanmelding die ik niet heb gedaan. Ik werk als
            jurist bij GR Zoomdelta en ken uw netwerk niet. Van wie, of uit welk bestand, hebt u mijn e-mailadres?
            Dat wil ik graag weten voordat ik er verder iets mee doe.

            Met vriendelijke groet,
            mr. S. Claessens
            """
        ),
    },
    {
        "id": "wb-055",
        "kind": "subscribe",
        "sender": "Mariëlle Dirven <m.dirven@leurmond.nl>",
        "quote": "none",
        "subject": "Opnieuw aanmelden",
        "body": _(
            """
            Beste Stan en Melanie,

            Misschien kennen jullie mijn naam nog: tot vorig jaar was ik lid als directeur bij Markdal, en ik heb me
            afgemeld toen ik naar de provincie ging. Die overstap was van korte duur. Per 1 oktober ben ik benoemd
            tot algemeen directeur van Werkorganisatie Leurmond, als opvolger van Hilde Vermeulen. Ik meld me daarom
            graag opnieuw aan, met dit adres.

            Hartelijke groet,
            Mariëlle Dirven
            """
        ),
    },
    {
        "id": "wb-056",
        "kind": "other",
        "sender": "Gerard Mutsaers <g.mutsaers@aaenmark.nl>",
        "quote": "none",
        "subject": "Inzageverzoek persoonsgegevens",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 15 AVG verzoek ik u mij een overzicht te sturen van de persoonsgegevens die u over
            mij verwerkt, met het doel en de bewaartermijn. Het gaat mij niet om afmelden; ik wil alleen weten wat er
            van mij bekend is, mede omdat onze eigen FG ernaar vroeg.

            Met vriendelijke groet,
            G.J.M. Mutsaers
            directeur Werkorganisatie Aa en Mark
            """
        ),
    },
    {
        "id": "wb-057",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Wendelien Sprenkels <w.sprenkels@vlietpolder.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Geen thema van mijn kant, integendeel: ik wil uit het netwerk en verzoek u al mijn gegevens te wissen
            (recht op vergetelheid, art. 17 AVG), ook uit de deelnemerslijsten van eerdere ateliers. Kunt u mij nog
            laten weten of ik ook van de groepsfoto bij het verslag op de website af kan?

            Met vriendelijke groet,
            Wendelien Sprenkels
            """
        ),
    },
    {
        "id": "wb-058",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Oliver Grant <o.grant@baronie-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I won't be coming, and I'd rather not hear from the network at all anymore. Please remove me from your
            list and delete all personal data you hold on me, in line with the GDPR.

            Thanks,
            Oliver Grant
            Director, GR Baronie-Oost
            """
        ),
    },
    {
        "id": "wb-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@zoomdelta.nl>",
        "quote": "none",
        "subject": (
            "Undeliverable: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11"
            " maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            m.hendrikx@zoomdelta.nl
            The recipient's mailbox is full and can't accept messages now. Please try resending your message later,
            or contact the recipient directly.

            Diagnostic information for administrators:

            Generating server: EXCH02.zoomdelta.local

            m.hendrikx@zoomdelta.nl
            Remote Server returned '554 5.2.2 mailbox full;
            STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
            """
        ),
    },
    {
        "id": "wb-060",
        "kind": "confirm",
        "sender": "Lotte Gommers <l.gommers@markdal-werkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Lotte Gommers
            Algemeen directeur
            Werkorganisatie Markdal
            T 076 - 51 90 400 | www.markdal-werkt.nl

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Is het niet voor u bedoeld, meld dit dan aan
            de afzender en verwijder het bericht.
            """
        ),
    },
]
# fmt: on
