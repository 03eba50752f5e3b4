# ruff: noqa: E501
"""devset159: mail typed in haste, on the phone, dictated or in a hurry, under our mails and as new mails.

Directors, their assistants and the odd HR colleague answer between two meetings: from a phone (with the client's
"Verstuurd vanaf mijn iPhone" line), dictated with the speech-recognition slips that come with it ("punt",
"vraagteken" spelled out, words split or misheard), with autocorrect typos ("kon" for "kom", "nier" for "niet"),
without punctuation, all lower case or all caps, with abbreviations (ivm, mvg, gr, tzt, nvt, ff), emoji, answers of
one word, and forwarded chains with one hasty line on top. Every kind appears, under most of our mails and as new
mails; about half are hard: one-word answers whose meaning hangs on the mail they answer, look-alikes of leaving and
declining, conditions and questions hidden in a yes, and hand-overs.

Conventions this set relies on (from the brief):
- An empty reply, a phone signature alone or an emoji alone under our confirmation mails is `confirm`; an assistant
  confirming for the director from her own address, or a confirmation with a real question, is `other`.
- A denial under the confirmation ("nooit aangemeld, wie deed dit") is `unsubscribe`; one that asks where we got the
  address is `other`.
- "afmelden voor 11 maart" and "haal me van de wachtlijst" decline the atelier and keep the membership: `rsvp`
  False; declining and wanting no more mail is `unsubscribe`.
- A decline with a named substitute and address is `rsvp` False; an assistant answering in reply to our invitation
  is `rsvp`; an assistant forwarding our mail with a line about the director is her new mail: `other`. A forward
  with a line on top is labelled by what that line asks.
- A successor with an address taking over the seat, also under our goodbye, is `unsubscribe`; a hand-over at a later
  date with "tot die tijd blijf ik lid" is `other`; a colleague reporting that someone left is `other`.
- An AVG erasure is `unsubscribe` with `erase`, also with a question beside it; asking which data we hold is `other`.
- A topic proposed under any of our mails is a `suggestion` (also beside a yes or no); a proposal about time or place,
  backing another member's topic, and asking to present are `other`. A "nee" that only answers the guest question is
  `other`; a yes on a condition we must answer, or "laat het tzt weten", is `other`.
- "lid blijven" or a wish to stay under our goodbye, and signing up one named colleague with her address, are
  `subscribe`. A calendar accept is `rsvp`; out-of-office, "no longer in use" and read receipts are `autoreply`;
  delivery failures are `bounce`.
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
    # --- subscribe -------------------------------------------------------------------------------------------------
    {
        "id": "ds159-001",
        "kind": "subscribe",
        "sender": "Tjeerd Hofstra <t.hofstra@maasoever.nl>",
        "quote": "none",
        "subject": "aanmelding netwerk directeuren",
        "body": _(
            """
            hoi ik wil me graag aanmelden voor jullie netwerk ben sinds deze maand algemeen directeur van werkorganisatie Maasoever (Aldrum en Wesseling) gr Tjeerd

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ds159-002",
        "kind": "subscribe",
        "sender": "H. Oudshoorn <h.oudshoorn@grbergkwartier.nl>",
        "quote": "none",
        "subject": "AANMELDEN",
        "body": _(
            """
            GOEDEMORGEN, GRAAG MELD IK MIJ AAN ALS LID. PER 1 FEBRUARI BEN IK GEMEENTESECRETARIS-DIRECTEUR VAN DE GR BERGKWARTIER. MVG H. OUDSHOORN
            """
        ),
    },
    {
        "id": "ds159-003",
        "kind": "subscribe",
        "sender": "Ans Wijnbergen <a.wijnbergen@werkorganisatie-zandhoven.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            huh dit was niet mn bedoeling, denk dat de collega die mn inbox bijhoudt op de verkeerde knop heeft gedrukt 🙈 wil gewoon lid blijven hoor! gr Ans
            """
        ),
    },
    {
        "id": "ds159-004",
        "kind": "subscribe",
        "sender": "Ruud Verkerk <r.verkerk@werkorganisatie-lindeland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Stand komma dank voor het welkom punt Graag meld ik ook mijn nieuwe collega directeur bedrijfs voering aan punt Zij heet Yvonne Kramer en haar adres is y.kramer@werkorganisatie-lindeland.nl punt Groeten Ruud

            (ingesproken op de fiets, excuus voor de rare woorden)
            """
        ),
    },
    {
        "id": "ds159-005",
        "kind": "subscribe",
        "sender": "Secretariaat directie Heuvelrug-Oost <secretariaat@heuvelrugoost-werkt.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + _CALL,
        "body": _(
            """
            Goedemiddag,
            Onze nieuwe directeur mw. Roos Sluiter zag deze oproep nog bij haar voorganger binnenkomen en wil graag zelf lid worden. Haar adres: r.sluiter@heuvelrugoost-werkt.nl
            Mvg,
            Secretariaat directie
            """
        ),
    },
    {
        "id": "ds159-006",
        "kind": "subscribe",
        "sender": "Mehmet Yıldız <m.yildiz@gr-peelrand.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Aanmelden

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    # --- confirm ---------------------------------------------------------------------------------------------------
    {
        "id": "ds159-007",
        "kind": "confirm",
        "sender": "Loes Brandsma <l.brandsma@fryslanwest-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "ds159-008",
        "kind": "confirm",
        "sender": "Erik-Jan Pothoven <ej.pothoven@dewaardenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd.
            """
        ),
    },
    {
        "id": "ds159-009",
        "kind": "confirm",
        "sender": "Noor El Amrani <n.elamrani@kustgemeenten-sw.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            👍
            """
        ),
    },
    {
        "id": "ds159-010",
        "kind": "confirm",
        "sender": "Wim Stoffels <w.stoffels@ambtelijk-vechtdal.nl>",
        "quote": "none",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            oke is goed

            Sent from my Samsung Galaxy smartphone.
            """
        ),
    },
    {
        "id": "ds159-011",
        "kind": "confirm",
        "sender": "Saskia Meulenbelt <s.meulenbelt@grenslandwerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            ja klopt hoor dat was ik, een collega uit de regio wees me op het netwerk en toen ben ik het bevestigen vergeten 😊 mvg Saskia
            """
        ),
    },
    {
        "id": "ds159-012",
        "kind": "confirm",
        "sender": "Gijs Vermeulen <g.vermeulen@werkorganisatie-rivierenhof.nl>",
        "quote": "none",
        "subject": "bevestiging aanmelding AF-7K3Q9-XM2PA-4RTZ8",
        "body": _(
            """
            Uw mail belandde bij mij in de spam en daar kan ik vanaf mijn telefoon niet op antwoorden, dus zo: hierbij bevestig ik mijn aanmelding, ref AF-7K3Q9-XM2PA-4RTZ8.
            Gr Gijs Vermeulen
            """
        ),
    },
    # --- unsubscribe -----------------------------------------------------------------------------------------------
    {
        "id": "ds159-013",
        "kind": "unsubscribe",
        "sender": "Gerard Kleinjan <g.kleinjan@hunzedal.nl>",
        "quote": "none",
        "subject": "afmelden mailinglijst",
        "body": _(
            """
            graag mij afmelden voor de mailinglijst van het netwerk ik ga per 1 april met pensioen en heb dan niks meer met ambtelijke fusies te maken dank voor de mooie ateliers mvg gerard kleinjan
            """
        ),
    },
    {
        "id": "ds159-014",
        "kind": "unsubscribe",
        "sender": "Pieternel Jongsma <p.jongsma@gr-wadkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            kom niet en wil eigenlijk ook geen mails meer van jullie, ik ben vanaf mei weg bij de gr. succes allemaal gr pieternel
            """
        ),
    },
    {
        "id": "ds159-015",
        "kind": "unsubscribe",
        "sender": "Bas Timmerman <b.timmerman@kempenpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            ff snel tussendoor: ik stop per 1 maart. Mijn opvolger Lotte Brinkman (l.brinkman@kempenpoort.nl) neemt mijn plek in het netwerk over, mij dus graag afmelden. De thema's laat ik aan haar 😉 mvg Bas

            Verzonden met Outlook voor iOS
            """
        ),
    },
    {
        "id": "ds159-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Herman Dolleman <h.dolleman@oosterzandwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            VERWIJDER AL MIJN GEGEVENS UIT UW BESTAND OP GROND VAN DE AVG EN STUUR MIJ NIETS MEER. H. DOLLEMAN
            """
        ),
    },
    {
        "id": "ds159-017",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marloes Teunissen <m.teunissen@werkorganisatie-dijkland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag punt Ik wil u verzoeken al mijn persoons gegevens te verwijderen conform de AVG punt Daarnaast de vraag hoe u aan mijn e-mail adres bent gekomen vraagteken Met vriendelijke groet Marloes Teunissen

            Deze mail is ingesproken, excuus voor eventuele fouten
            """
        ),
    },
    {
        "id": "ds159-018",
        "kind": "unsubscribe",
        "sender": "Rik Hamers <rik.hamers@beekdalgemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            ik heb me helemaal niet aangemeld?? wie heeft dit gedaan
            """
        ),
    },
    {
        "id": "ds159-019",
        "kind": "unsubscribe",
        "sender": "Frank Oostveen <f.oostveen@servicecentrum-ijsselweide.nl>",
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "subject": "Fwd: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            zie hieronder. krijg dit nu binnen maar ik ben al 2 jaar geen directeur meer, zit tegenwoordig bij de provincie. haal me ff van de lijst aub

            Frank
            """
        ),
    },
    {
        "id": "ds159-020",
        "kind": "unsubscribe",
        "sender": "Judith Brouwers <j.brouwers@lekstroom-werkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            top bedankt. opvolger = Mirjam Hoogland, m.hoogland@lekstroom-werkt.nl, ze begint maandag

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- rsvp ------------------------------------------------------------------------------------------------------
    {
        "id": "ds159-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Cor van Rijswijk <c.vanrijswijk@werkorganisatie-heemdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            ja
            """
        ),
    },
    {
        "id": "ds159-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelies Smeenk <a.smeenk@bollenstreekzuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja ik kon graag! Tot de 11e 👋

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ds159-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thijs Ruiter <t.ruiter@amstelvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            kan zelf niet ivm begrotingsraad, mn plv Sanne de Groot gaat in mijn plaats: s.degroot@amstelvallei.nl
            gr thijs
            """
        ),
    },
    {
        "id": "ds159-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Klaas Beumer <k.beumer@gr-ommelanden-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            AFMELDEN VOOR 11 MAART IVM VAKANTIE. BLIJF UITERAARD WEL LID! MVG K. BEUMER
            """
        ),
    },
    {
        "id": "ds159-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dorien Valk <d.valk@werkorganisatie-zuiderwold.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ds159-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ahmed Bouzid <a.bouzid@deltadorpen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            hoeft niet meer hoor, haal me maar van de wachtlijst ivm een andere afspraak die ertussen is gekomen
            """
        ),
    },
    {
        "id": "ds159-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maaike Stins <m.stins@grpoldersteden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            18e kan ik helaas nier, zit dan op skivakantie. sorry!
            """
        ),
    },
    {
        "id": "ds159-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wendy Harmsen <w.harmsen@werkorganisatie-bronland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Dank u wel punt Ik kom graag in zijn plaats naar het a telier nieuwe regel Groet Wendy Harmsen
            """
        ),
    },
    {
        "id": "ds159-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jos Kerkhof <j.kerkhof@aawerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITATION,
        "body": _(
            """
            staat in de agenda 👍
            """
        ),
    },
    {
        "id": "ds159-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Smulders <p.smulders@meerdorpen-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Namens dhr. Kuipers: hij komt graag. Gast nvt.
            gr Petra Smulders
            managementondersteuning
            """
        ),
    },
    {
        "id": "ds159-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Eijkelenboom <b.eijkelenboom@veenstreek-samen.nl>",
        "quote": "none",
        "subject": "atelier 11 maart",
        "body": _(
            """
            hoi, heb de uitnodiging per ongeluk weggegooid geloof ik maar bij deze: ik kom graag op de 11e. gr Bram
            """
        ),
    },
    {
        "id": "ds159-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilona Verbeek <i.verbeek@werkorganisatie-schelderand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Nee helaas ik kan niet punt Oh wacht de raads vergadering is verplaatst dus ik kan toch wel punt Dus ja ik kom punt Groet Ilona
            """
        ),
    },
    # --- suggestion ------------------------------------------------------------------------------------------------
    {
        "id": "ds159-033",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hanneke Rozendaal <h.rozendaal@grwoldstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            onderwerp voor 11 maart hoe hou je de raadsleden van drie gemeenten betrokken bij één werkorganisatie die voelen zich nu vaak buitenspel gezet gr hanneke
            """
        ),
    },
    {
        "id": "ds159-034",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Martijn de Kok <m.dekok@werkorganisatie-terpenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            - chatbot voor inwonersvragen, wie heeft er ervaring mee?
            - vacatures die maar open blijven staan, hoe richt je je formatie anders in

            Verzonden vanaf mijn Huawei
            """
        ),
    },
    {
        "id": "ds159-035",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Frederique Lammers <f.lammers@heidekant-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de mooie middag punt Voor de volgende keer zou ik graag praten over een lange termijn visie voor de werk organisatie komma waar willen we in 2035 staan vraagteken
            Groet Frederique
            """
        ),
    },
    {
        "id": "ds159-036",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ton Nijhuis <t.nijhuis@ambtelijk-twentevaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom! En als tip voor een volgende keer: hoe meet je of de dienstverlening aan inwoners na de fusie echt beter is geworden? Wij zoeken daar nog een goede monitor voor.
            Mvg Ton
            """
        ),
    },
    {
        "id": "ds159-037",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Esther van Baalen <e.vanbaalen@grkrommerijnoost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            dank voor het warme welkom! meteen een onderwerp dan: hoe ga je om met deelnemende gemeenten die elk hun eigen belang voorop zetten als het over de verdeling van de kosten gaat. bij ons elk jaar weer gedoe 😅
            """
        ),
    },
    {
        "id": "ds159-038",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dennis Hoekstra <d.hoekstra@merenlandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "body": _(
            """
            nog 1 toevoeging: informatiebeveiliging en I&A na de ontvlechting van onze oude ict-omgeving. tx
            """
        ),
    },
    {
        "id": "ds159-039",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gerrit Zwiers <g.zwiers@grdrentsebrink.nl>",
        "quote": "none",
        "subject": "THEMA ATELIER",
        "body": _(
            """
            THEMA VOOR HET VOLGENDE ATELIER: DE POSITIE VAN ONZE GR IN DE REGIO, REGIODEALS, WIE ZIT WAAR AAN TAFEL. GR G. ZWIERS
            """
        ),
    },
    {
        "id": "ds159-040",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Yvette Cornelissen <y.cornelissen@werkorganisatie-maaskempen.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "Fwd: " + _CALL,
        "body": _(
            """
            Mijn managementassistent zette deze even bovenaan mijn stapel, dus alsnog een onderwerp van mijn kant: bestuurlijke prioriteiten na de verkiezingen, hoe maak je van drie coalitieakkoorden één inhoudelijke agenda?

            Yvette
            """
        ),
    },
    {
        "id": "ds159-041",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Stijn Vos <s.vos@grensmaas-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            kan er helaas niet bij maar als onderwerp voor een keer: digitaal ondernemersloket, wij lopen daar echt achter en de bedrijven klagen steen en been

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- other -----------------------------------------------------------------------------------------------------
    {
        "id": "ds159-042",
        "kind": "other",
        "sender": "Lieke Pronk <l.pronk@slingebeek-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            NOOIT aangemeld. Waar heeft u mijn mailadres vandaan??
            """
        ),
    },
    {
        "id": "ds159-043",
        "kind": "other",
        "sender": "Ilse Brink <i.brink@heuvelstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Namens mw. Vinkenoog bevestig ik hierbij haar aanmelding, zij zit de hele week in het buitenland.
            gr Ilse Brink, secretariaat
            """
        ),
    },
    {
        "id": "ds159-044",
        "kind": "other",
        "sender": "Robert Spijker <r.spijker@oudeijsselstreek-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            ja als ik om half 5 weg kan ivm een andere afspraak, is dat ok?
            """
        ),
    },
    {
        "id": "ds159-045",
        "kind": "other",
        "sender": "Carla Heemskerk <c.heemskerk@grzeeuwsmond.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            fijne middag was het! volgende keer liever in de ochtend en ergens centraler voor ons noorderlingen, mss zwolle?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ds159-046",
        "kind": "other",
        "sender": "Paul Dijkema <p.dijkema@eemsmond-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            +1 voor het onderwerp dat Hanneke R. op de vorige bijeenkomst noemde over de raadsleden, dat speelt bij ons net zo. zelf heb ik geen nieuw onderwerp
            """
        ),
    },
    {
        "id": "ds159-047",
        "kind": "other",
        "sender": "Sevda Kaya <s.kaya@werkorganisatie-rijnwaarden-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            mag ik de volgende keer 10 min iets vertellen over ons project met de wijkteams? kunnen we tzt via de mail afstemmen. gr Sevda
            """
        ),
    },
    {
        "id": "ds159-048",
        "kind": "other",
        "sender": "Johan van Es <j.vanes@drechtmonde.nl>",
        "quote": "none",
        "subject": "nieuw mailadres",
        "body": _(
            """
            per 1/5 wordt mijn mail j.vanes@gr-drechtmonde.nl ipv dit adres, willen jullie dat aanpassen? thx johan van es
            """
        ),
    },
    {
        "id": "ds159-049",
        "kind": "other",
        "sender": "Marja Lindhout <hr@werkorganisatie-stichtseheuvels.nl>",
        "quote": "none",
        "subject": "Dhr. Veltman",
        "body": _(
            """
            Goedemorgen, dhr. P. Veltman is sinds januari niet meer bij onze werkorganisatie in dienst. Jullie kunnen hem ff van de verzendlijst halen denk ik.
            Gr Marja Lindhout, HR
            """
        ),
    },
    {
        "id": "ds159-050",
        "kind": "other",
        "sender": "Secretariaat gemeentesecretaris <secretariaat.gs@vlietlanden.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITATION,
        "body": _(
            """
            Mw. Terpstra komt graag, ze neemt 1 gast mee (naam volgt).
            Mvg, secretariaat gemeentesecretaris
            """
        ),
    },
    {
        "id": "ds159-051",
        "kind": "other",
        "sender": "Hugo Bleeker <h.bleeker@grmiddenveluwe-oost.nl>",
        "quote": "none",
        "subject": "avg",
        "body": _(
            """
            welke gegevens hebben jullie eigenlijk van mij opgeslagen? graag een overzicht ivm de AVG. mvg hugo bleeker

            Verzonden met Outlook voor Android
            """
        ),
    },
    {
        "id": "ds159-052",
        "kind": "other",
        "sender": "Anouk de Haas <a.dehaas@lingestroom-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            weet nog niet of ik kan, hangt af van een bestuursoverleg dat nog gepland moet worden. laat het tzt weten
            """
        ),
    },
    {
        "id": "ds159-053",
        "kind": "other",
        "sender": "Evert Slagter <e.slagter@werkorganisatie-duinkant.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Jammer dat het niet doorgaat! Ander punt: per 1 juli neemt Koen Visser mijn functie over (k.visser@werkorganisatie-duinkant.nl). Tot die tijd blijf ik gewoon lid.
            Groet, Evert
            """
        ),
    },
    {
        "id": "ds159-054",
        "kind": "other",
        "sender": "René Koopmans <r.koopmans@grkromme-aa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            nee geen gast
            """
        ),
    },
    # --- autoreply -------------------------------------------------------------------------------------------------
    {
        "id": "ds159-055",
        "kind": "autoreply",
        "sender": "Marit Scholten <m.scholten@wierdenland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met maandag 22 februari afwezig en heb beperkt toegang tot mijn mail. Voor dringende zaken kunt u terecht bij het directiesecretariaat, 0541 - 28 19 40.

            Marit Scholten
            """
        ),
    },
    {
        "id": "ds159-056",
        "kind": "autoreply",
        "sender": "Directie Polderkern <directie@gr-polderkern.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + _CALL,
        "body": _(
            """
            This mailbox is no longer in use. Please resend your message to bestuurssecretariaat@polderkern.nl. Messages to this address are not forwarded.
            """
        ),
    },
    {
        "id": "ds159-057",
        "kind": "autoreply",
        "sender": "Tom Eggink <t.eggink@gr-lochemstreek.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Gelezen: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Uw bericht

                Aan: Eggink, Tom
                Onderwerp: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties
                Verzonden: dinsdag 12 januari 2027 09:14:02 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 12 januari 2027 11:47:35 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    # --- bounce ----------------------------------------------------------------------------------------------------
    {
        "id": "ds159-058",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.gr-vlietstreek.nl>",
        "quote": "none",
        "subject": "Mail delivery failed: returning message to sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

              w.devlieger@gr-vlietstreek.nl
                host mx2.gr-vlietstreek.nl [10.20.4.11]
                SMTP error from remote mail server after RCPT TO:<w.devlieger@gr-vlietstreek.nl>:
                550 5.1.1 <w.devlieger@gr-vlietstreek.nl>: Recipient address rejected: User unknown in virtual mailbox table
            """
        ),
    },
    {
        "id": "ds159-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@werkorganisatie-waalbrug.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij de volgende geadresseerden:

            b.lammerts@werkorganisatie-waalbrug.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verzenden.

            Diagnostische informatie voor beheerders:

            Genererende server: EX02.werkorganisatie-waalbrug.nl

            b.lammerts@werkorganisatie-waalbrug.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
            """
        ),
    },
    {
        "id": "ds159-060",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Adres niet gevonden **

            Uw bericht is niet bezorgd bij h.tuinstra@grkustwaard.nl, omdat het domein grkustwaard.nl niet is gevonden. Controleer of er typfouten of overbodige spaties in het adres staan.

            Het antwoord was:

            DNS Error: DNS type 'mx' lookup of grkustwaard.nl responded with code NXDOMAIN
            Domain name not found: grkustwaard.nl
            """
        ),
    },
]
# fmt: on
