"""heldout67: a year of mail from directors and staff of shared civil-service organisations in Parkstad Limburg and
the Westelijke Mijnstreek.

The writers are algemeen directeuren, directeuren bedrijfsvoering, managers and their secretariats at invented
werkorganisaties, GR's and ambtelijke fusies in South Limburg (Wormdal, Geleenbeekdal, Mijnstreek-West, Drielanden,
Kempkensberg, Bovenste Beek, ...). Some write a Limburg turn of phrase or plain dialect, two are Flemish, one German
director writes in English. The year runs from sign-ups and confirmations through the call for themes, the spring
atelier (its invitation, a change of date, the reminder, the waiting list, a substitute) and the follow-up, to
carnival out-of-offices, a GR that is unbundled, retirements, hand-overs and bounces.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer (a no that turned into a yes);
- under the call for themes, the follow-up, the welcome or the invitation a proposed topic is a suggestion, also
  with a yes beside it; only saying whether one comes is an rsvp; a wish about place or time of the atelier, backing
  another member's topic and asking to present are other;
- themes are those of the proposed topic, not of words used in passing ("strategische personeelsplanning" about
  formatie is organisatie) or of the story told before it; two where one topic spans two themes or two topics are
  proposed;
- leaving and declining in one mail is unsubscribe; declining the atelier while staying a member, or declining with
  a substitute, is rsvp False; a substitute who declines our substitute's invitation is rsvp False;
- a hand-over with the successor's address, or a successor named without an address yet, is unsubscribe; a hand-over
  at a later date "tot die tijd blijf ik lid" and a colleague reporting that someone left are other;
- an AVG erasure with a question beside it is unsubscribe with erase; a request to see one's data is other;
- signing up one colleague with an address is subscribe; several people is other; "lid blijven" under our goodbye is
  subscribe;
- a plain denial under the confirmation mail (also asking who did it) is unsubscribe; asking where we got the address
  is other; an assistant confirming from her own address is other; an empty reply or a signature is confirm;
- an assistant answering our invitation is rsvp; an assistant's new or forwarded mail is other; a yes on a condition
  is other; a "nee" that answers only the guest and diet questions is other; an address change is other;
- calendar answers are rsvp; out-of-office, ticket, read receipt and "adres niet meer in gebruik" are autoreply with
  the thread of the mail they answer; delivery failures are bounce without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
FOLLOWUP = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
WELCOME = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- aanmelden -------------------------------------------------------------------------------------------------
    {
        "id": "h67-001",
        "kind": "subscribe",
        "sender": "Marij Knops <m.knops@wormdal.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Vorige week op het directeurenoverleg Parkstad hoorde ik van Ger Vroemen dat u een netwerk heeft
            voor directeuren van ambtelijke fusies. Sinds 1 februari ben ik algemeen directeur van
            Werkorganisatie Wormdal (voor Rimbeek, Schaesveld en Ubachtal), dus dat lijkt me precies iets
            voor mij. Wilt u mij op dit adres als lid inschrijven?

            Hartelijke groet,

            Marij Knops
            algemeen directeur Werkorganisatie Wormdal
            045 - 204 18 60
            """
        ),
    },
    {
        "id": "h67-002",
        "kind": "subscribe",
        "sender": "Thomas Gerlach <t.gerlach@dmw-mijnstreek.nl>",
        "quote": "none",
        "subject": "Membership / lidmaatschap",
        "body": _(
            """
            Hello,

            My Dutch is still a work in progress, so please forgive the mix. In January I started as
            directeur bedrijfsvoering at Dienstverleningsorganisatie Mijnstreek-West, coming from the
            Kreis Heinsberg administration just across the border. A colleague told me about your network
            and I would like to join: graag aanmelden met dit adres.

            Kind regards / met vriendelijke groet,
            Thomas Gerlach
            """
        ),
    },
    {
        "id": "h67-003",
        "kind": "subscribe",
        "sender": "Sylvia Habets <s.habets@sogeleenbeekdal.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe gemeentesecretaris-directeur SOG",
        "body": _(
            """
            Beste secretariaat,

            Per 1 april is de heer Ruud Bemelmans gestart als gemeentesecretaris-directeur van de
            Samenwerkingsorganisatie Geleenbeekdal. Hij heeft mij gevraagd hem aan te melden voor uw
            netwerk. Zijn e-mailadres is r.bemelmans@sogeleenbeekdal.nl.

            Uw bevestigingsmail zal dan wel bij hem binnenkomen; ik heb hem al gezegd dat hij die moet
            beantwoorden.

            Met vriendelijke groet,

            Sylvia Habets
            directiesecretaresse Samenwerkingsorganisatie Geleenbeekdal
            """
        ),
    },
    {
        "id": "h67-004",
        "kind": "subscribe",
        "sender": "Lei Dautzenberg <l.dautzenberg@heuvelrand-wo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            lid blijven

            Hier is iets misgegaan. Mijn secretariaat heeft bij het opruimen van mijn postvak een hele reeks
            nieuwsbrieven opgezegd en uw netwerk is daar kennelijk tussen geraakt. Dat was nooit de
            bedoeling, ik heb aan het atelier van vorig najaar juist veel gehad.

            Lei Dautzenberg
            Werkorganisatie Heuvelrand
            """
        ),
    },
    {
        "id": "h67-005",
        "kind": "subscribe",
        "sender": "Katrien Vandenbroucke <katrien.vandenbroucke@anselbeek.nl>",
        "quote": "none",
        "subject": "inschrijving",
        "body": _(
            """
            Dag,

            Sinds kort ben ik directeur van de werkorganisatie Anselbeek (overgekomen uit Hasselt, vandaar
            misschien het Vlaams in mijn mails ;-)). Mag ik mij bij deze inschrijven voor jullie netwerk? Ik
            heb er van de collega's in Parkstad al veel goeds over gehoord.

            Vriendelijke groeten,
            Katrien

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    # --- bevestigen ------------------------------------------------------------------------------------------------
    {
        "id": "h67-006",
        "kind": "confirm",
        "sender": "Ruud Bemelmans <r.bemelmans@sogeleenbeekdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h67-007",
        "kind": "confirm",
        "sender": "Stijn Geurts <stijngeurts.wo@gmail.com>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Sorry, deze was in de drukte rond de kadernota blijven liggen. Bij deze alsnog bevestigd.

            Stijn Geurts
            Werkorganisatie Roodebeek
            """
        ),
    },
    {
        "id": "h67-008",
        "kind": "confirm",
        "sender": "Carla Offermans <c.offermans@selsterbeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Met vriendelijke groet,

            drs. C.M.J. (Carla) Offermans
            directeur Uitvoeringsdienst Selsterbeek
            Postbus 140, 6165 ZH Selsterbeek
            T 046 - 475 22 00

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
            wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
            """
        ),
    },
    {
        "id": "h67-009",
        "kind": "confirm",
        "sender": "Jo Schrijnemakers <jo.schrijnemakers@wo-kempkensberg.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Jao, dat waor ich. Bevestig ut hiej mit.

            Groete oet Kempkensberg,
            Jo
            """
        ),
    },
    {
        "id": "h67-010",
        "kind": "confirm",
        "sender": "Hub Schins <h.schins@bao-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedendag,

            Hierbij bevestig ik mijn aanmelding. Excuus voor de late reactie: wij zitten midden in de
            evaluatie van vijf jaar ambtelijke fusie en dan schuift de rest wat op. Juist daarom kijk ik
            ernaar uit om ervaringen te delen met collega's die zo'n traject al achter de rug hebben.

            Hub Schins
            directeur Ambtelijke organisatie BAO (Brunsveld, Aalbeek, Oirsbeek)
            """
        ),
    },
    # --- afmelden --------------------------------------------------------------------------------------------------
    {
        "id": "h67-011",
        "kind": "unsubscribe",
        "sender": "Harrie Moonen <h.moonen@roodebeek.nl>",
        "quote": "none",
        "subject": "Afscheid",
        "body": _(
            """
            Beste Stan en Melanie,

            Vrijdag was na eenenveertig jaar bij de gemeenten in de Westelijke Mijnstreek, waarvan de laatste
            acht als directeur van Werkorganisatie Roodebeek, mijn laatste werkdag. Wilt u mij uit het
            netwerk halen? Wie mij opvolgt is nog niet bekend, de raden beslissen daar pas na de zomer over.

            Bedankt voor de ateliers, ik heb er meer aan gehad dan ik vooraf dacht.

            Harrie Moonen
            """
        ),
    },
    {
        "id": "h67-012",
        "kind": "unsubscribe",
        "sender": "Ton Wetzels <t.wetzels@dmw-mijnstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Op 11 maart ben ik er niet bij, en eigenlijk bij geen enkel atelier meer: per 1 maart stap ik
            over naar de provincie. Mijn plaats wordt ingenomen door Anouk Vliegen, die mij als algemeen
            directeur van DMW opvolgt. Haar adres is a.vliegen@dmw-mijnstreek.nl. Wilt u mij afmelden en
            haar in mijn plaats aanmelden?

            Met vriendelijke groet,
            Ton Wetzels
            """
        ),
    },
    {
        "id": "h67-013",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Noortje Lenssen <n.lenssen@pbc-parkstad.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Met een beroep op artikel 17 AVG verzoek ik u al mijn persoonsgegevens uit uw bestanden te
            verwijderen, ook mijn naam op eerdere deelnemerslijsten en in de verslagen van de ateliers.

            Wilt u mij daarnaast laten weten of u mijn gegevens ooit met derden heeft gedeeld, bijvoorbeeld
            met de leden van de Adviesraad?

            Met vriendelijke groet,

            mr. N. Lenssen
            plaatsvervangend directeur Parkstad Bedrijfsvoeringscentrum
            """
        ),
    },
    {
        "id": "h67-014",
        "kind": "unsubscribe",
        "sender": "Guido Ortmans <g.ortmans@wormdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb me niet voor dit netwerk opgegeven. Wie heeft mijn naam doorgegeven? Ik ben teamleider
            vergunningen, geen directeur, dus het zal wel een vergissing zijn.

            G. Ortmans
            """
        ),
    },
    {
        "id": "h67-015",
        "kind": "unsubscribe",
        "sender": "Marcel Thewissen <w.muijrers@heffingenmijnstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan niet op 11 maart. En om het jullie makkelijk te maken: schrap me meteen helemaal
            uit het netwerk. De GR Heffingen Mijnstreek wordt per 1 juli ontvlochten en de taken gaan terug
            naar de gemeenten, dus directeur van een fusieorganisatie ben ik straks niet meer.

            Marcel
            """
        ),
    },
    {
        "id": "h67-016",
        "kind": "unsubscribe",
        "sender": "Elke Wolters <e.wolters@hoogbroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Thema's heb ik niet, ik ben er in maart ook niet meer bij: ik vertrek bij Werkorganisatie
            Hoogbroek. Haal mij maar van de lijst. Mijn opvolger wordt Hanneke Ramakers; zij begint in
            september en heeft bij ons nog geen mailadres. Ze meldt zich zelf wel aan als het zover is.

            Groetjes,
            Elke Wolters
            """
        ),
    },
    {
        "id": "h67-017",
        "kind": "unsubscribe",
        "sender": "Jeroen Claes <jeroen.claes@duivelsberg-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goeiemiddag,

            Gelieve mij van uw verzendlijst te schrappen. Ik ben sinds januari terug in Vlaanderen aan de
            slag en heb met de werkorganisatie Duivelsberg niets meer te maken; deze mailbox wordt nog even
            naar mij doorgestuurd.

            Met vriendelijke groeten,
            Jeroen Claes
            """
        ),
    },
    # --- rsvp ------------------------------------------------------------------------------------------------------
    {
        "id": "h67-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Raymond Frissen <r.frissen@mijnstreeksamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ich bin d'r bij! Sjoen thema ook, dat speelt bij ons precies.

            Groet,
            Raymond
            """
        ),
    },
    {
        "id": "h67-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sandra Meisters <s.meisters@bovenstebeek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Nee, helaas. Op die donderdagmiddag zit ik bij de auditcommissie van twee van onze drie raden en
            dat valt niet te verzetten.

            Hartelijke groet,
            Sandra Meisters
            """
        ),
    },
    {
        "id": "h67-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Brigitte Kessels <b.kessels@drielanden-ao.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITATION,
        "body": _(
            """
            Staat genoteerd, tot in maart.
            """
        ),
    },
    {
        "id": "h67-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Michiel Vanderheijden <m.vanderheijden@bovenstebeek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITATION,
        "body": _(
            """
            Sorry, clashes with our MT offsite in Valkenburg that week.
            """
        ),
    },
    {
        "id": "h67-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Prevoo <l.prevoo@drielanden-ao.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Quaedvlieg: hij komt graag naar het atelier op 11 maart en neemt niemand mee. De
            afspraak heb ik inmiddels in zijn agenda gezet.

            Met vriendelijke groet,

            Lotte Prevoo
            managementondersteuning Ambtelijke organisatie Drielanden
            """
        ),
    },
    {
        "id": "h67-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Patricia Hanssen <p.hanssen@mijnstreeksamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kan zelf helaas niet, die week ben ik met ons college op werkbezoek in Aken. In mijn plaats
            komt onze directeur dienstverlening, Gerda Bisschops: g.bisschops@mijnstreeksamen.nl.

            Patricia
            """
        ),
    },
    {
        "id": "h67-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Danny Crombach <d.crombach@bovenstebeek.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Gezien die wachtlijst: laat maar zitten, het past me inmiddels toch niet meer (het
            begrotingsoverleg is naar die middag verzet). Dan heeft een ander mijn plekje. Volgende keer
            beter!

            Danny
            """
        ),
    },
    {
        "id": "h67-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annemie Houben <a.houben@graetbeek.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            De nieuwe datum kan ik gelukkig ook, 18 maart heb ik al vrijgehouden. Dus ik kom nog steeds.

            Groetjes,
            Annemie
            """
        ),
    },
    {
        "id": "h67-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerda Bisschops <g.bisschops@mijnstreeksamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging, maar ik moet passen: op die datum zit ik zelf met het gezin in
            Oostenrijk. Ik laat het mijn collega weten, misschien kan iemand anders uit ons MT.

            Gerda Bisschops
            """
        ),
    },
    {
        "id": "h67-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frans Bours <f.bours@pbc-parkstad.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Vorige week liet ik via de agenda weten dat ik niet kon, maar de raadsinformatieavond is naar april
            geschoven. Dus toch: ja, ik kom op 11 maart. Als het vol is, zet me dan maar op de wachtlijst.

            Frans Bours
            """
        ),
    },
    {
        "id": "h67-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wiel Hermans <w.hermans@caumerdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan,

            Eerlijk gezegd heb ik deze keer geen onderwerp, de lijst van de vorige keer dekt voor mij alles
            wel. Maar op 11 maart ben ik er zeker bij, de middag is al geblokt.

            Wiel
            """
        ),
    },
    {
        "id": "h67-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liesbeth Claessens <l.claessens@caumerdal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Ik wil me afmelden voor donderdag. Niet voor het netwerk hoor, daar blijf ik graag bij; alleen dit
            atelier lukt niet door een crisisoverleg over de aanbesteding jeugdzorg.

            Met vriendelijke groet,
            Liesbeth Claessens
            """
        ),
    },
    # --- suggesties ------------------------------------------------------------------------------------------------
    {
        "id": "h67-030",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Pascal Smeets <p.smeets@pbc-parkstad.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee onderwerpen van onze kant:
            Zaakgericht werken echt van de grond krijgen in een organisatie die voor drie gemeenten werkt
            Eén loket voor inwoners van drie gemeenten: wat werkt wel en niet, aan de balie en online

            Met vriendelijke groet,
            Pascal Smeets
            directeur bedrijfsvoering PBC
            """
        ),
    },
    {
        "id": "h67-031",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Rob Quaedvlieg <r.quaedvlieg@drielanden-ao.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag secretariaat,

            Mijn onderwerp: waar staat een werkorganisatie over tien jaar? Wij zijn vooral bezig met de waan
            van de dag en met drie collegeprogramma's, terwijl niemand nadenkt over een visie op de lange
            termijn voor de organisatie zelf. Hoe pakken anderen dat aan?

            Rob
            """
        ),
    },
    {
        "id": "h67-032",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jacqueline Sijben <j.sijben@wo-kempkensberg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp voor maart: de kleinste gemeente in de samenwerking die zich steeds minder gehoord
            voelt. Hoe houd je de verhouding tussen de deelnemers gezond als de grootste ook verreweg de
            meeste uren afneemt?

            Groet, Jacqueline Sijben

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h67-033",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ingeborg Schmeitz <i.schmeitz@graetbeek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor de middag, heel waardevol. Een idee voor de volgende keer: dienstverlening aan
            grensbewoners. Bij ons wonen steeds meer Duitse en Belgische gezinnen die tussen twee systemen
            in vallen (inschrijving, belastingen, zorg). Hoe zorgen andere organisaties in de grensstreek
            ervoor dat die inwoners niet van het kastje naar de muur worden gestuurd?

            Ingeborg
            """
        ),
    },
    {
        "id": "h67-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Anouk Vliegen <a.vliegen@dmw-mijnstreek.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom! Omdat u ernaar vraagt: wat mij nu het meest bezighoudt is de krapte
            op de arbeidsmarkt. Vacatures voor planologen en belastingspecialisten krijgen we niet meer
            gevuld en we concurreren met werkgevers in Duitsland en België. Hoe richten anderen hun formatie
            en hun strategische personeelsplanning in?

            Anouk Vliegen
            """
        ),
    },
    {
        "id": "h67-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Roel Bouwens <r.bouwens@wormdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ja, ik kom op de 11e.

            En dan meteen iets voor een volgend atelier: de P&C-cyclus. Drie begrotingen, drie
            jaarrekeningen, drie auditcommissies en één organisatie die het allemaal moet opleveren. Hoe
            houden anderen dat werkbaar voor hun financiële afdeling?

            Roel Bouwens
            directeur middelen, Werkorganisatie Wormdal
            """
        ),
    },
    {
        "id": "h67-036",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Rob Quaedvlieg <r.quaedvlieg@drielanden-ao.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere mail: hoe kom je van drie coalitieakkoorden tot één
            inhoudelijke agenda en meerjarige prioriteiten voor de werkorganisatie? Het hangt eigenlijk
            samen met mijn vraag over de lange termijn.

            Groet, Rob
            """
        ),
    },
    {
        "id": "h67-037",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Brigitte Kessels <b.kessels@drielanden-ao.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Vorig jaar hebben we het zaaksysteem vervangen en de digitale balie live gezet. Dat kostte bloed,
            zweet en tranen, maar het loopt nu, en de I&A-kant zit voor ons wel goed.

            Wat mij veel meer zorgen baart is iets anders. In Parkstad wordt gesproken over een nieuwe
            regionale samenwerking in het sociaal domein, en wij weten niet goed hoe wij ons daar als
            werkorganisatie van drie gemeenten toe moeten verhouden. Zitten we aan tafel namens alle drie,
            of schuift elke gemeente apart aan? Dat zou ik graag met collega's bespreken: de positie van een
            werkorganisatie in de regionale samenwerkingsverbanden.

            Hartelijke groet,
            Brigitte Kessels
            directeur Ambtelijke organisatie Drielanden
            """
        ),
    },
    {
        "id": "h67-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Thomas Gerlach <t.gerlach@dmw-mijnstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from my side, if English is okay: how do you measure the quality of the services we
            give residents of several municipalities? We have three sets of KPIs, three customer surveys and
            no shared dashboard. Monitoring that performance in a way all three councils trust would be my
            wish for the atelier.

            Best,
            Thomas
            """
        ),
    },
    {
        "id": "h67-039",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Katrien Vandenbroucke <katrien.vandenbroucke@anselbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Een onderwerp waar ik echt goesting in heb: het sturingsconcept. Hoe stuur je als directeur één
            organisatie aan terwijl drie gemeentebesturen elk hun eigen verwachtingen hebben? Allee,
            concreet: hoe regel je het opdrachtgeverschap en de relatie met die drie besturen zo dat de
            organisatie niet alle kanten op getrokken wordt?

            Vriendelijke groeten,
            Katrien
            """
        ),
    },
    # --- overig ----------------------------------------------------------------------------------------------------
    {
        "id": "h67-040",
        "kind": "other",
        "sender": "Sjef Paulissen <s.paulissen@caumerdal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mooi verslag, dank. Iets nieuws aandragen hoef ik niet: ik sluit me helemaal aan bij het punt dat
            Wiel Hermans aan het eind van de middag maakte over de kleine kernen. Zet daar van mij maar een
            extra streepje bij.

            Sjef
            """
        ),
    },
    {
        "id": "h67-041",
        "kind": "other",
        "sender": "Peter Ruyters <p.ruyters@heuvelrand-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Geen inhoudelijk thema, wel een wens over de vorm. Voor ons uit het zuiden kost Utrecht steeds
            een hele dag. Zou het atelier een keer in Zuid-Limburg kunnen, in Heerlen of Sittard, of anders
            in de ochtend zodat we 's middags weer op de zaak zijn? Als Heuvelrand bieden we graag een zaal
            aan.

            Groet,
            Peter Ruyters
            """
        ),
    },
    {
        "id": "h67-042",
        "kind": "other",
        "sender": "Stijn Geurts <stijngeurts.wo@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kom graag, maar alleen als mijn nieuwe manager publiekszaken mee mag: zij is geen directeur, is
            dat een probleem? Laat het even weten, dan meld ik ons definitief aan.

            Stijn

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h67-043",
        "kind": "other",
        "sender": "Jo Schrijnemakers <jo.schrijnemakers@wo-kempkensberg.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 januari",
        "body": _(
            """
            Beste secretariaat,

            Per 1 januari heet onze organisatie officieel 'Kempkensberg Samen' en gaan we over op een nieuw
            domein. Mijn adres wordt dan jo.schrijnemakers@kempkensbergsamen.nl; het oude werkt nog tot de
            zomer. Wilt u dat in uw lijst aanpassen?

            Groete,
            Jo
            """
        ),
    },
    {
        "id": "h67-044",
        "kind": "other",
        "sender": "Nadia El Idrissi <n.elidrissi@bovenstebeek.nl>",
        "quote": "none",
        "subject": "Uit dienst: D. Crombach",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: de heer D. Crombach is sinds 1 oktober niet meer in dienst van Werkorganisatie
            Bovenste Beek. Zijn mailbox wordt niet meer gelezen. Wie hem opvolgt is nog niet bekend.

            Met vriendelijke groet,

            Nadia El Idrissi
            HR-adviseur
            """
        ),
    },
    {
        "id": "h67-045",
        "kind": "other",
        "sender": "Patricia Hanssen <p.hanssen@mijnstreeksamen.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 december",
        "body": _(
            """
            Beste Melanie,

            Een vooraankondiging: per 1 december draag ik het stokje bij Mijnstreek Samen over aan Léon Ernes
            (l.ernes@mijnstreeksamen.nl), nu nog mijn adjunct. Tot die tijd blijf ik gewoon lid en kom ik ook
            nog naar het najaarsatelier. Daarna mag Léon mijn plek innemen.

            Hartelijke groet,
            Patricia
            """
        ),
    },
    {
        "id": "h67-046",
        "kind": "other",
        "sender": "Ger Vroemen <g.vroemen@anselbeek.nl>",
        "quote": "none",
        "subject": "Welke gegevens heeft u van mij?",
        "body": _(
            """
            Goedendag,

            Onze FG heeft alle directeuren gevraagd na te gaan bij welke externe partijen onze gegevens
            liggen. Kunt u mij een overzicht sturen van wat u van mij bewaart, en hoe lang? Verwijderen hoeft
            niet, ik blijf graag lid.

            Ger Vroemen
            Werkorganisatie Anselbeek
            """
        ),
    },
    {
        "id": "h67-047",
        "kind": "other",
        "sender": "Fieny Debie <f.debie@wormdal.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - mw. Knops",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Knops vroeg mij door te geven dat zij op 11 maart aanwezig is. Zij komt met de trein en
            wil graag weten of er na afloop nog een borrel is, in verband met de terugreis naar Heerlen.

            Met vriendelijke groet,
            Fieny Debie
            secretariaat algemeen directeur, Werkorganisatie Wormdal
            """
        ),
    },
    {
        "id": "h67-048",
        "kind": "other",
        "sender": "Tim Pörteners <t.porteners@graetbeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit verzoek komt niet van mij. Hoe komt u aan mijn e-mailadres? Ik werk bij de afdeling ICT en
            heb met directienetwerken niets te maken.
            """
        ),
    },
    {
        "id": "h67-049",
        "kind": "other",
        "sender": "Marij Knops <m.knops@wormdal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, geen gast, dat moet een misverstand zijn. En dieetwensen heb ik ook niet, voor de
            volledigheid.

            Marij
            """
        ),
    },
    {
        "id": "h67-050",
        "kind": "other",
        "sender": "Marjo Lemmens <m.lemmens@duivelsberg-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Coenen bevestig ik zijn aanmelding. Hij zit deze week op een leergang in Antwerpen
            en vroeg mij dit voor hem af te handelen.

            Vriendelijke groet,
            Marjo Lemmens
            bestuurssecretariaat Werkorganisatie Duivelsberg
            """
        ),
    },
    {
        "id": "h67-051",
        "kind": "other",
        "sender": "Carla Offermans <c.offermans@selsterbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan,

            Geen nieuw thema, maar een aanbod c.q. vraag. Wij hebben afgelopen jaar in Selsterbeek een
            compleet nieuw sturingsmodel ingevoerd en daar veel van geleerd, ook van wat misging. Zou ik
            daar op het atelier een korte presentatie over mogen geven? Ik hoor graag of daar ruimte voor is.

            Met vriendelijke groet,
            Carla Offermans
            """
        ),
    },
    {
        "id": "h67-052",
        "kind": "other",
        "sender": "Lotte Prevoo <l.prevoo@drielanden-ao.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION,
        "body": _(
            """
            Goedemiddag,

            Hieronder de uitnodiging die mevrouw Kessels ontving. Zij rijdt zelf: is er bij het Stadskantoor
            parkeergelegenheid, of kan ze beter uitwijken naar een garage in de buurt?

            Met vriendelijke groet,
            Lotte Prevoo
            """
        ),
    },
    {
        "id": "h67-053",
        "kind": "other",
        "sender": "Yvonne Jongen <y.jongen@pbc-parkstad.nl>",
        "quote": "none",
        "subject": "Aanmelden MT-leden PBC",
        "body": _(
            """
            Goedemorgen,

            Ons MT wil graag meedoen met het netwerk. Kunt u de volgende personen aanmelden:
            - Pascal Smeets, directeur bedrijfsvoering
            - Esther Loontjens, manager dienstverlening
            - Frans Bours, concerncontroller
            De adressen zijn allemaal voorletter.achternaam@pbc-parkstad.nl. Ik hoor ook graag of managers
            lid kunnen worden of dat het echt alleen voor directeuren is.

            Met vriendelijke groet,
            Yvonne Jongen
            bestuurssecretariaat Parkstad Bedrijfsvoeringscentrum
            """
        ),
    },
    # --- automatisch -----------------------------------------------------------------------------------------------
    {
        "id": "h67-054",
        "kind": "autoreply",
        "sender": "Hub Schins <h.schins@bao-gemeenten.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Van 22 februari tot en met 5 maart ben ik afwezig en lees ik mijn mail niet.
            Voor dringende zaken kunt u terecht bij het directiesecretariaat, 045 - 527 90 00 of
            directie@bao-gemeenten.nl.
            """
        ),
    },
    {
        "id": "h67-055",
        "kind": "autoreply",
        "sender": "Raymond Frissen <r.frissen@mijnstreeksamen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: " + CALL,
        "body": _(
            """
            Alaaf! Van vrijdag 5 tot en met woensdag 10 februari ben ik met vastelaovend onderweg en niet
            bereikbaar. Vanaf donderdag 11 februari lees ik mijn mail weer. Dringende zaken: bel het KCC van
            Mijnstreek Samen via 14 046.

            Dit is een automatisch bericht.
            """
        ),
    },
    {
        "id": "h67-056",
        "kind": "autoreply",
        "sender": "Rianne Dohmen <r.dohmen@hoogbroek.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + REMINDER,
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik en uw bericht is niet doorgestuurd. Voor vragen aan
            Werkorganisatie Hoogbroek kunt u mailen naar info@hoogbroek.nl.
            """
        ),
    },
    {
        "id": "h67-057",
        "kind": "autoreply",
        "sender": "Directiesecretariaat Roodebeek <directie@roodebeek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "[Melding #2027-004518] " + INVITATION,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Beste afzender,

            Uw e-mail is ontvangen door het directiesecretariaat van Werkorganisatie Roodebeek en geregistreerd
            onder meldingsnummer 2027-004518. Wij streven ernaar uw melding binnen drie werkdagen af te
            handelen. Laat het meldingsnummer in het onderwerp staan als u hierop reageert.

            Dit bericht is automatisch verzonden; u hoeft er niet op te reageren.
            """
        ),
    },
    {
        "id": "h67-058",
        "kind": "autoreply",
        "sender": "Annemie Houben <a.houben@graetbeek.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Gelezen: " + FOLLOWUP,
        "body": _(
            """
            Uw bericht

            Aan: Houben, Annemie
            Onderwerp: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid"
            Verzonden: donderdag 18 maart 2027 09:12:40 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op donderdag 18 maart 2027 10:47:03 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    # --- onbestelbaar ----------------------------------------------------------------------------------------------
    {
        "id": "h67-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.caumerdal.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.caumerdal.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <m.lardinois@caumerdal.nl>: host mailstore.caumerdal.nl[10.20.4.12] said:
                550 5.1.1 <m.lardinois@caumerdal.nl>: Recipient address rejected: User unknown
                in local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h67-060",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@heffingenmijnstreek.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + FOLLOWUP,
        "body": _(
            """
            Kan niet worden bezorgd bij deze ontvangers of groepen:

            w.muijrers@heffingenmijnstreek.nl
            Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het
            probleem zich blijft voordoen.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM0PR10MB3012.EURPRD10.PROD.OUTLOOK.COM

            w.muijrers@heffingenmijnstreek.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
]
# fmt: on
