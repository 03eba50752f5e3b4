"""heldout57: a year of mail from directors of werkorganisaties in the Rivierenland (Betuwe, Bommelerwaard, Lek).

The writers run the shared civil service of small river-area municipalities: algemeen directeuren, directeuren
bedrijfsvoering, sociaal domein and dienstverlening, their management assistants, one Irish-born interim director
who writes English, and the mail servers of their organisations. The set follows one year in the mailbox: sign-ups
and their confirmations in winter, topics under the call for themes in January, answers to the invitation, the
reminder, the change of date and the substitute's invitation, topics and questions after the atelier, and leaving,
hand-overs, AVG requests, out-of-offices and bounces spread through the year. Many are written on phones; about a
third are hard: look-alikes for the secretariat, mixed intents and a request hidden in chatter.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; under the call, the follow-up or the thank-you a proposed topic is a
  suggestion and a reply that only says whether one comes is an rsvp; an idea about the form of the atelier, backing
  another member's topic and asking whether one may present are other;
- a topic proposed under the invitation or the welcome is a suggestion, also when the writer also says yes;
- leaving and declining in one mail is unsubscribe; leaving with a successor named but no address yet is
  unsubscribe; a hand-over with the successor's address under our goodbye is unsubscribe; a hand-over at a later date
  while staying a member until then, and a colleague reporting that someone left, are other;
- an AVG erasure request is unsubscribe with erase; a plain denial under the confirmation mail (also asking who did
  it) is unsubscribe; a denial asking where we got the address is other;
- "lid blijven" under our goodbye is subscribe; signing up one named colleague with an address is subscribe, several
  people is other; an address change is other;
- under the confirmation mails a signature alone is confirm; an assistant confirming for the director, and a
  confirmation with a real request beside it, are other;
- an assistant answering our invitation in reply is rsvp; an assistant forwarding our mail with a line above it is
  that assistant's new mail (other); a yes on a condition the secretariat must answer is other; a "nee" that only
  answers the question about a guest is other; a decline with a substitute, a decline under the reminder and
  leaving the waiting list keep the membership and are rsvp False; a later mail carries the latest answer;
- calendar accept/decline is rsvp; out-of-office and "address no longer in use" are autoreply with the thread of the
  mail they answer; delivery failures are bounce without a thread; replies to vervolg_atelier use thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- Winter: sign-ups and confirmations -------------------------------------------------------------------------
    {
        "id": "h57-001",
        "kind": "subscribe",
        "sender": "Gert-Jan Roozendaal <gj.roozendaal@lingestreek.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Goedemiddag,

            Op de regiodag hoorde ik van een collega uit de Bommelerwaard over jullie netwerk. Sinds januari ben ik
            algemeen directeur van Werkorganisatie Lingestreek en ik sluit graag aan. Kunnen jullie mij op dit adres
            als lid inschrijven?

            Gr Gert-Jan

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h57-002",
        "kind": "subscribe",
        "sender": "Annemarie Ketelaar <a.ketelaar@waardenland-gr.nl>",
        "quote": "none",
        "subject": "Nieuw lid: directeur bedrijfsvoering GR Waardenland",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 februari is Youssef el Amrani bij ons begonnen als directeur bedrijfsvoering. Hij zit naast mij in
            het directieteam en ik denk dat hij veel aan het netwerk heeft, zeker nu wij de bedrijfsvoering van drie
            gemeenten gaan harmoniseren. Willen jullie hem aanmelden? Zijn adres is y.elamrani@waardenland-gr.nl.

            Hartelijke groet,
            Annemarie Ketelaar
            algemeen directeur GR Waardenland
            T 0344 - 57 12 00
            """
        ),
    },
    {
        "id": "h57-003",
        "kind": "subscribe",
        "sender": "Siobhan Kerrigan <s.kerrigan@dijkenuiterwaard.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Hello,

            Last month I started as interim director of operations at Werkorganisatie Dijk & Uiterwaard in the
            Betuwe. My Dutch is getting there, but writing is still quicker in English, apologies for that.
            A fellow director recommended your network: please add me as a member with this address.

            Kind regards,
            Siobhan Kerrigan

            Sent from my iPad
            """
        ),
    },
    {
        "id": "h57-004",
        "kind": "confirm",
        "sender": "Henk Bakkenes <h.bakkenes@maaswaalkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Henk Bakkenes

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h57-005",
        "kind": "confirm",
        "sender": "Clasien Vermeulen-Baars <c.vermeulen@lekoever-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            drs. Clasien Vermeulen-Baars
            Directeur Sociaal Domein | Werkorganisatie Lekoever
            Postbus 41, 4100 AA Lekdijk
            06 41 22 87 03

            Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Werkorganisatie Lekoever aanvaardt geen
            aansprakelijkheid voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mailbericht.
            """
        ),
    },
    {
        "id": "h57-006",
        "kind": "confirm",
        "sender": "Merel Hoefnagels <merel.hoefnagels@fruitdelta-sc.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja klopt hoor, dat was ik: gisteravond via jullie site opgegeven terwijl ik op het pontje bij
            Heesterwaard stond te wachten. Bij dezen bevestigd!

            Groet, Merel
            """
        ),
    },
    {
        "id": "h57-007",
        "kind": "confirm",
        "sender": "Roel Dijkhuizen <r.dijkhuizen@tielerwaardoost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Sorry, deze was onder in mijn inbox beland na de drukte rond de kadernota. Hierbij alsnog bevestigd.

            Met groet,
            Roel Dijkhuizen
            """
        ),
    },
    {
        "id": "h57-008",
        "kind": "confirm",
        "sender": "Lotte Versteegh <l.versteegh@betuwsepoort.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Prima, bevestigd. Leuk trouwens dat zo'n netwerk bestaat; als werkorganisatie van drie dorpsgemeenten
            voelen we ons hier soms een beetje een eiland tussen de dijken. Tot ziens op een atelier.

            Lotte
            """
        ),
    },
    {
        "id": "h57-009",
        "kind": "other",
        "sender": "Secretariaat directie Maas-Waalkant <secretariaat.directie@maaswaalkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Van Hemert bevestig ik zijn aanmelding. Hij zit deze week voor een werkbezoek in Denemarken
            en heeft mij gevraagd dit alvast te regelen; hij wil graag lid worden.

            Met vriendelijke groet,
            Yvonne Hak
            secretariaat directie
            """
        ),
    },
    {
        "id": "h57-010",
        "kind": "other",
        "sender": "Baran Yilmaz <b.yilmaz@rivierenhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Bevestigd hoor. Vraagje erbij: kan mijn managementassistent een kopie van de uitnodigingen krijgen, zodat
            zij mijn agenda kan bijhouden? Zij heet Esther Lagerwey, e.lagerwey@rivierenhof.nl.

            Baran

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h57-011",
        "kind": "other",
        "sender": "Ria van Zuijlen <r.vanzuijlen@driewaarden.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "Doorst: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Beste secretariaat,

            Onderstaand bericht kwam binnen in de mailbox van mevrouw Zwanenburg. Zij is met zwangerschapsverlof tot
            half mei en ik beheer zolang haar mail. Kan de aanmelding tot haar terugkomst blijven staan?

            Vriendelijke groet,
            Ria van Zuijlen, managementondersteuning
            """
        ),
    },
    {
        "id": "h57-012",
        "kind": "unsubscribe",
        "sender": "Willemijn Spronk <w.spronk@kerkenwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Vreemd, ik ken dit netwerk niet en heb nergens iets ingevuld. Van wie kwam die aanmelding eigenlijk?
            In elk geval: niet op ingaan graag.

            W. Spronk
            """
        ),
    },
    {
        "id": "h57-013",
        "kind": "other",
        "sender": "Dennis Rutjes <dennisrutjes71@gmail.com>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb me nergens voor aangemeld. Hoe komen jullie aan dit adres? Dat gebruik ik alleen privé, voor de
            voetbalclub en de familie, en staat nergens op een website van mijn werkgever.

            Dennis Rutjes
            """
        ),
    },
    # --- January: the call for themes ------------------------------------------------------------------------------
    {
        "id": "h57-014",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marco Terwindt <m.terwindt@bommelwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voor maart draag ik graag aan:
            - de vervanging van ons zaaksysteem en wat dat vraagt van werkprocessen die nu nog per gemeente verschillen

            Wij zitten er middenin en ik ben benieuwd hoe anderen de migratie en het opschonen van de processen
            hebben aangepakt.

            Met vriendelijke groet,
            Marco Terwindt
            directeur bedrijfsvoering Bommelwerk
            """
        ),
    },
    {
        "id": "h57-015",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Kees Hooijer <k.hooijer@lingestreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Onderwerp voor maart: de positie van een werkorganisatie van drie gemeenten naast de grote regionale GR.
            Wie zit waar aan tafel en hoe voorkom je dat de regio over de hoofden van onze kernen heen beslist?

            Groet Kees

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h57-016",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fatima Bouzid <f.bouzid@driewaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Wij willen het klantcontact terugbrengen naar de kleine kernen met een rijdend gemeenteloket. Graag zou ik
            met collega's bespreken hoe je zo'n loket inricht en hoe je meet of inwoners er beter van worden.

            Met vriendelijke groet,
            Fatima Bouzid
            directeur Dienstverlening, Werkorganisatie De Drie Waarden
            """
        ),
    },
    {
        "id": "h57-017",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Aart Heijmerink <a.heijmerink@tielerwaardoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Mijn suggestie: een langetermijnvisie op de werkorganisatie richting 2035. Wat is over tien jaar nog onze
            bestaansgrond, en welke bestuurlijke prioriteiten moeten we nu al durven kiezen?

            A.J. Heijmerink
            algemeen directeur
            """
        ),
    },
    {
        "id": "h57-018",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Jolanda Brugman <j.brugman@waardenland-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Twee onderwerpen van mijn kant:
            1. Strategische personeelsplanning: hoe houden we jonge beleidsmedewerkers vast als Utrecht en Den Bosch
            meer betalen, en wat betekent dat voor onze formatie?
            2. Hoe ga je om met uiteenlopende ambities van de deelnemende gemeenten bij een gezamenlijke opgave als
            de woningbouw langs de Waal?

            Jolanda Brugman
            """
        ),
    },
    {
        "id": "h57-019",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Siobhan Kerrigan <s.kerrigan@dijkenuiterwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            One topic from my side: how do you benchmark the performance of the front office for residents and
            businesses across three municipalities? We are thinking of a shared dashboard with response times and
            satisfaction scores and would love to hear how others did it.

            Best,
            Siobhan
            """
        ),
    },
    {
        "id": "h57-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerrit Pronk <g.pronk@kerkenwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb zelf geen onderwerp liggen dit keer, maar 11 maart heb ik alvast geblokt: ik ben er zeker bij.

            Gerrit
            """
        ),
    },
    {
        "id": "h57-021",
        "kind": "other",
        "sender": "Hanneke Wijnbergen <h.wijnbergen@fruitdelta-sc.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen inhoudelijk onderwerp, wel een idee voor de vorm: houd het atelier eens buiten Utrecht, bijvoorbeeld
            op een fruitbedrijf hier in de Betuwe, en begin een uur later zodat we na afloop samen kunnen eten. Dan
            blijft er meer tijd voor het informele gesprek, en dat is vaak het waardevolst.

            Hartelijke groet,
            Hanneke
            """
        ),
    },
    {
        "id": "h57-022",
        "kind": "other",
        "sender": "Olaf Stoutjesdijk <o.stoutjesdijk@betuwsepoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wij hebben net een herijking van ons sturingsconcept achter de rug, met veel vallen en opstaan. Zou ik
            daar in maart een korte pitch van tien minuten over mogen geven? Ik neem graag onze OR-voorzitter mee
            om het verhaal van de andere kant te vertellen.

            Groet,
            Olaf Stoutjesdijk
            """
        ),
    },
    {
        "id": "h57-023",
        "kind": "unsubscribe",
        "sender": "Marjan Eilers <m.eilers@lekoever-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen thema's van mijn kant: ik vertrek eind deze maand naar de provincie. Graag mij afmelden voor het
            netwerk. Mijn taken gaan naar Thijs Oudshoorn, die in april begint; zijn mailadres heb ik nog niet, dat
            krijgt hij pas bij indiensttreding.

            Dank voor alle mooie bijeenkomsten!
            Marjan
            """
        ),
    },
    {
        "id": "h57-024",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marco Terwindt <m.terwindt@bommelwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere lijstje: de inzet van AI in de backoffice, van het notuleren van
            overleggen tot het voorbereiden van antwoorden op Woo-verzoeken. Graag ook meetellen.

            Marco
            """
        ),
    },
    {
        "id": "h57-025",
        "kind": "autoreply",
        "sender": "Pieter-Bas Mulderij <pb.mulderij@rivierenhof.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            I am out of the office with limited access to e-mail and will be back on Monday 18 January.
            For urgent matters please contact my assistant, Ria Blom (r.blom@rivierenhof.nl).

            Ik ben afwezig tot en met 15 januari. Voor dringende zaken kunt u terecht bij Ria Blom.
            """
        ),
    },
    # --- February: the invitation ----------------------------------------------------------------------------------
    {
        "id": "h57-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim Kortlever <w.kortlever@maaswaalkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom. Zet me er maar op.

            Wim

            Verstuurd vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "h57-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Overdevest <f.overdevest@bommelwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Ik kom graag en neem onze concerncontroller Ayla Demir mee, dus wij zijn met twee personen. Het thema
            raakt precies waar wij in de Bommelerwaard sinds de laatste verkiezingen mee worstelen.

            Met vriendelijke groet,
            Frank Overdevest
            algemeen directeur Bommelwerk
            """
        ),
    },
    {
        "id": "h57-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingeborg Lamers <i.lamers@kerkenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": (
            "Re:"
            " Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Nee helaas, die donderdagmiddag is er een extra raadsvergadering in Ammersdonk over de
            begrotingswijziging. Veel succes!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h57-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Aart Heijmerink <a.heijmerink@tielerwaardoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kan zelf niet, die week zit ik met het MT twee dagen op de hei. In mijn plaats komt onze directeur
            dienstverlening, Sander Kool (s.kool@tielerwaardoost.nl). Hij is op de hoogte en kijkt ernaar uit.

            Groet,
            Aart
            """
        ),
    },
    {
        "id": "h57-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Snoek <p.snoek@lingestreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens mevrouw Rijsdijk laat ik u weten dat zij aanwezig zal zijn bij het atelier van 11 maart. Ik heb
            de middag in haar agenda vastgezet.

            Met vriendelijke groet,
            Petra Snoek
            managementondersteuning directie
            Werkorganisatie Lingestreek
            """
        ),
    },
    {
        "id": "h57-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Youssef el Amrani <y.elamrani@waardenland-gr.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd:"
            " Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in mijn agenda. Mijn eerste atelier, tot 11 maart.
            """
        ),
    },
    {
        "id": "h57-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bert van Ommeren <b.vanommeren@bommelwerk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Afgewezen:"
            " Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Valt samen met het AB van de veiligheidsregio, sorry.
            """
        ),
    },
    {
        "id": "h57-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jacqueline Verhoeff <j.verhoeff@driewaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Wat een mooi thema, en zo herkenbaar: bij ons hebben drie van de vier raden vorig jaar nog een motie
            aangenomen over 'meer eigen gezicht' voor de kernen, en ik had dolgraag gehoord hoe anderen dat aanpakken.
            Alleen valt 11 maart precies in de week dat ons gemeentekantoor verhuist, en daar moet ik bij zijn. Dus
            deze keer helaas niet. Ik lees het verslag straks met belangstelling.

            Hartelijke groet,
            Jacqueline Verhoeff
            """
        ),
    },
    {
        "id": "h57-034",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lotte Versteegh <l.versteegh@betuwsepoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. En los van dit thema: kan digitale inclusie eens op de agenda? Sinds we het loket grotendeels
            online hebben gezet, raken we ouderen in de kleine kernen kwijt, en ik wil graag horen hoe anderen dat
            opvangen.

            Lotte
            """
        ),
    },
    {
        "id": "h57-035",
        "kind": "other",
        "sender": "Ruud Lakerveld <r.lakerveld@fruitdelta-sc.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, geen introducé deze keer: onze controller zit die week op cursus.

            Ruud
            """
        ),
    },
    {
        "id": "h57-036",
        "kind": "other",
        "sender": "Erik Schuurbiers <e.schuurbiers@dijkenuiterwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Melanie,

            Ik wil graag komen, maar alleen als ik om half vijf weg kan: om zes uur moet ik in Heukelwijk bij een
            raadsvergadering zijn. Is het bezwaar als ik het laatste uur mis? Anders geef ik mijn plek liever aan
            iemand die de hele middag kan.

            Erik
            """
        ),
    },
    {
        "id": "h57-037",
        "kind": "other",
        "sender": "Anouk Verwoerd <a.verwoerd@rivierenhof.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW:"
            " Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen,

            Hierbij de uitnodiging die de heer Brouwer ontving. Hij komt graag; kunt u hem noteren? Hij komt met de
            auto uit Zaltwaarde, is er parkeergelegenheid bij het Stadskantoor?

            Met vriendelijke groet,
            Anouk Verwoerd
            directiesecretaresse
            """
        ),
    },
    {
        "id": "h57-038",
        "kind": "unsubscribe",
        "sender": "Theo Grootveld <t.grootveld@maaswaalkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kom niet op 11 maart, en eerlijk gezegd hoef ik ook geen uitnodigingen meer: onze werkorganisatie
            wordt per 1 januari ontvlochten en mijn functie verdwijnt. Schrap mij maar van de lijst.

            Met vriendelijke groet,
            T. Grootveld
            """
        ),
    },
    {
        "id": "h57-039",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Nadia Ouaziz <n.ouaziz@lekoever-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik werk sinds kort niet meer bij de werkorganisatie. Wilt u mij van uw lijst halen en al mijn gegevens
            wissen (AVG)? Dank.

            Verzonden vanaf Outlook voor Android
            """
        ),
    },
    {
        "id": "h57-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingeborg Lamers <i.lamers@kerkenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Vorige week meldde ik me af vanwege de raad, maar die extra vergadering is verschoven naar april. Ik kan
            dus toch komen: als er nog plek is, ben ik erbij.

            Groet,
            Ingeborg
            """
        ),
    },
    {
        "id": "h57-041",
        "kind": "autoreply",
        "sender": "Johan Bleumink <j.bleumink@lingestreek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord:"
            " Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met 24 februari met vakantie en lees mijn mail niet. Voor dringende
            zaken kunt u contact opnemen met het bestuurssecretariaat via 0345 - 63 80 00.
            """
        ),
    },
    # --- March: substitute, waiting list, change, reminder ---------------------------------------------------------
    {
        "id": "h57-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lianne Geurtsen <l.geurtsen@waardenland-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de uitnodiging namens Dirk. Ik moet helaas passen: op 11 maart staat de gunning van ons nieuwe
            klantcontactsysteem gepland en die kan ik niet verzetten. Ik laat het Dirk zelf ook weten.

            Lianne Geurtsen
            """
        ),
    },
    {
        "id": "h57-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjoerd Kamphuis <s.kamphuis@betuwsepoort.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Jullie mogen mij van de wachtlijst halen. Inmiddels staat er op die datum een interne heidag gepland, dus
            ook als er een plek vrijkomt kan ik niet. Bij het volgende atelier probeer ik er wel weer bij te zijn.

            Sjoerd
            """
        ),
    },
    {
        "id": "h57-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hendrik Ruitenbeek <h.ruitenbeek@driewaarden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            18 maart zit ik met de VNG-delegatie in Brussel. Dan moet ik helaas afhaken, volgende keer beter.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h57-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Hulshof <k.hulshof@tielerwaardoost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet. Sinds gisteren geveld door de griep. Geef mijn plek maar aan iemand van de wachtlijst.

            Karin

            Outlook voor iOS downloaden
            """
        ),
    },
    {
        "id": "h57-046",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@bommelwerk.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            De levering aan deze geadresseerden of groepen is mislukt:

            t.hamoen@bommelwerk.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde
            en probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR03MB7712.eurprd03.prod.outlook.com

            t.hamoen@bommelwerk.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h57-047",
        "kind": "autoreply",
        "sender": "Cor Wiltenburg <c.wiltenburg@kerkenwaard.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd. Voor vragen aan de
            werkorganisatie kunt u mailen naar info@kerkenwaard.nl of bellen met 14 0418.
            """
        ),
    },
    # --- After the atelier: follow-up -------------------------------------------------------------------------------
    {
        "id": "h57-048",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Merel Hoefnagels <merel.hoefnagels@fruitdelta-sc.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Wat een fijne middag was het, en dank voor het snelle verslag! Op de terugweg over de A15 bedacht ik: de
            volgende keer zou ik het graag hebben over dienstverlening aan arbeidsmigranten in de fruitteelt.
            Inschrijving in de BRP, informatie in hun eigen taal, een loket dat ook na het plukken open is. Daar lopen
            wij in de Betuwe elk seizoen tegenaan.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h57-049",
        "kind": "other",
        "sender": "Gerrit Pronk <g.pronk@kerkenwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het verslag. Ik sluit me graag aan bij wat collega Van Wijk in de slotronde voorstelde over de
            rapportages aan de raden; dat zou ik de volgende keer ook graag verder uitdiepen.

            Gerrit Pronk
            """
        ),
    },
    # --- Through the year: members, leaving, hand-overs ------------------------------------------------------------
    {
        "id": "h57-050",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Youssef el Amrani <y.elamrani@waardenland-gr.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. De verdeelsleutel van de kosten
            van de werkorganisatie ligt bij ons weer onder vuur, omdat één gemeente vindt dat zij voor de anderen
            betaalt. Hoe voorkom je dat de financiering elk jaar opnieuw een strijd tussen de gemeenten wordt?

            Met vriendelijke groet,
            Youssef el Amrani
            """
        ),
    },
    {
        "id": "h57-051",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Baars <jw.baars@fruitdelta-sc.nl>",
        "quote": "none",
        "subject": "Afscheid en uitschrijving",
        "body": _(
            """
            Beste secretariaat,

            Vorige week heb ik na ruim elf jaar afscheid genomen als directeur van Servicecentrum Fruitdelta. Wilt u
            mij uitschrijven uit het netwerk? Een opvolger is nog niet benoemd; de waarnemend directeur meldt zich
            vast zelf bij u.

            Dank voor de goede jaren,
            Jan-Willem Baars
            """
        ),
    },
    {
        "id": "h57-052",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Baars <jw.baars@fruitdelta-sc.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor de bevestiging. Zoals gevraagd: inmiddels is bekend wie mij opvolgt. Ilse Pijnacker wordt per
            1 september directeur; haar mailadres is i.pijnacker@fruitdelta-sc.nl. Ze weet ervan en verwacht jullie
            bericht.

            Groet,
            Jan-Willem
            """
        ),
    },
    {
        "id": "h57-053",
        "kind": "subscribe",
        "sender": "Bert van Ommeren <b.vanommeren@bommelwerk.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Dit klopt niet helemaal. Ons secretariaat heeft mij afgemeld omdat ze dachten dat ik in april vertrek,
            maar mijn afscheid is pas in 2028. Ik wil dus graag lid blijven.

            Bert van Ommeren
            directeur Bommelwerk
            """
        ),
    },
    {
        "id": "h57-054",
        "kind": "other",
        "sender": "Marjolein Tiemens <m.tiemens@lekoever-wo.nl>",
        "quote": "none",
        "subject": "Overdracht per 1 oktober",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 oktober draag ik het stokje over aan Robbert Teeuwen (r.teeuwen@lekoever-wo.nl), nu nog
            concerncontroller bij ons. Tot die datum wil ik de berichten van het netwerk graag zelf blijven ontvangen.

            Met vriendelijke groet,
            Marjolein Tiemens
            """
        ),
    },
    {
        "id": "h57-055",
        "kind": "other",
        "sender": "Communicatie Werkorganisatie De Drie Waarden <communicatie@driewaarden.nl>",
        "quote": "none",
        "subject": "Vertrek algemeen directeur",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: onze algemeen directeur, Peter Hakvoort, is per 1 mei vertrokken. Zijn mailbox wordt
            binnenkort opgeheven. Wie hem opvolgt, is nog niet bekend.

            Team Communicatie
            """
        ),
    },
    {
        "id": "h57-056",
        "kind": "other",
        "sender": "Rianne van Dijk <r.vandijk@lingestreek.nl>",
        "quote": "none",
        "subject": "nieuw mailadres",
        "body": _(
            """
            Hoi,

            Vanaf 1 juni gaan wij verder als Betuwse Poort en verandert ons domein. Mijn adres wordt dan
            r.vandijk@betuwsepoort.nl; willen jullie dat in de ledenlijst aanpassen?

            Gr Rianne

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h57-057",
        "kind": "other",
        "sender": "Annemarie Ketelaar <a.ketelaar@waardenland-gr.nl>",
        "quote": "none",
        "subject": "Aanmelding sectordirecteuren",
        "body": _(
            """
            Beste secretariaat,

            Na de reorganisatie hebben wij drie sectordirecteuren. Kunnen jullie hen alle drie aanmelden?
            - Bas Hoogendoorn, b.hoogendoorn@waardenland-gr.nl
            - Linda Smeets, l.smeets@waardenland-gr.nl
            - Okan Aydin, o.aydin@waardenland-gr.nl

            Groet,
            Annemarie
            """
        ),
    },
    {
        "id": "h57-058",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.fruitdelta-sc.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.fruitdelta-sc.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <w.degroot@fruitdelta-sc.nl>: host mailstore.fruitdelta-sc.nl[10.20.4.11] said:
                550 5.1.1 <w.degroot@fruitdelta-sc.nl>: Recipient address rejected: User unknown
                (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
