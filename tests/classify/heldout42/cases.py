"""heldout42: a year of the mailbox from werkorganisaties and GR's in Gelderland and Overijssel.

The writers are directors, directiesecretarissen and a few interim managers of invented shared civil-service
organisations in the Achterhoek, Twente, Salland, the Vechtdal, the Veluwe, the Liemers and the river area. The
cases follow one year: sign-ups and confirmations in the autumn, answers to the welcome, the call for themes around
the turn of the year, the invitation for 11 March with its yes and no, the waiting list, the change of date, the
substitute, the reminder, a cancellation, the follow-up, and leavers, hand-overs, AVG requests, address changes,
automatic mail and bounces along the way. Registers run from stiff ("Hoogachtend") to phone mails with typos, with
Twentse and Achterhoekse turns, English-writing interim managers and every quote style. About a third is hard:
look-alikes of sign-ups, leaving and topics, mixed intents and requests hidden in chatter.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer (a waiting-list member who pulls
  out is an rsvp False, one who now can come an rsvp True);
- under the call for themes, the follow-up, the welcome, the reminder or the invitation a proposed topic is a
  suggestion, also beside a yes; a reply under the call that only says the writer comes is an rsvp; wishes about
  place and time, backing someone else's topic and asking to present are other;
- "afmelden voor het atelier" with the membership kept, "streep me door voor deze keer" and a decline with a
  substitute are rsvp False; declining and leaving the network in one mail is unsubscribe;
- a hand-over to a named successor (with address, or named without address yet) is unsubscribe, also under our
  goodbye; a hand-over for a later date while staying a member until then is other; a colleague reporting that a
  director left is other;
- an AVG erasure request is unsubscribe with erase; a request to see one's data is other; an address change is other;
- one named colleague with address signed up is subscribe; "lid blijven" under our goodbye is subscribe;
- a plain denial under the confirmation mail, also asking who did it, is unsubscribe; asking where we got the
  address makes it other;
- under the confirmation mails a signature alone (even with a disclaimer) or an empty reply is confirm; an assistant
  confirming for the director is other; a confirmation with a real question is other;
- an assistant answering in reply to the invitation is an rsvp; an assistant's new mail about the director's
  attendance is other; a yes on a condition, a yes with a practical question, and a "nee" that only answers the
  question about a guest are other;
- calendar accept/decline answers are rsvp; out-of-office, read receipts, ticket systems and "address no longer in
  use" are autoreply with the thread of the mail they answer; delivery failures are bounce without thread or quote;
- themes are those of the proposed topic: two when one topic spans two themes or two topics fall under two themes;
- replies to the follow-up mail carry the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- autumn: sign-ups -------------------------------------------------------------------------------------
    {
        "id": "h42-001",
        "kind": "subscribe",
        "sender": "Gerard ten Brinke <g.tenbrinke@berkelstroom.nl>",
        "quote": "none",
        "subject": "Aanmelding Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Geachte heer, mevrouw,

            Per 1 september jl. ben ik benoemd tot algemeen directeur van Werkorganisatie Berkelstroom, de
            ambtelijke organisatie van de gemeenten Berkelveld, Slinge en Haarloo. Van uw netwerk had ik in mijn
            vorige functie al het nodige gehoord.

            Hierbij verzoek ik u mij als lid in te schrijven, op bovenstaand e-mailadres.

            Hoogachtend,

            drs. G.J.M. ten Brinke
            Algemeen directeur
            Werkorganisatie Berkelstroom
            """
        ),
    },
    {
        "id": "h42-002",
        "kind": "subscribe",
        "sender": "Siobhan Gallagher <s.gallagher@wo-ijsselzoom.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Hello,

            In January I started as interim director of operations at Werkorganisatie IJsselzoom, which serves
            three municipalities along the IJssel. My Dutch is still a work in progress, so I hope English is fine.

            A colleague pointed me to your network and I would very much like to join. Could you please add me as a
            member, using this address?

            Kind regards,
            Siobhan Gallagher
            Interim Director of Operations | Werkorganisatie IJsselzoom
            """
        ),
    },
    {
        "id": "h42-003",
        "kind": "subscribe",
        "sender": "Marloes Hulshof <m.hulshof@dinkelmark.nl>",
        "quote": "none",
        "subject": "Nieuwe directeur bedrijfsvoering aanmelden",
        "body": _(
            """
            Goedemorgen,

            Sinds deze maand hebben wij bij GR Dinkelmark een nieuwe directeur bedrijfsvoering, de heer Henk Olthof.
            Hij heeft laten weten graag aan te sluiten bij jullie netwerk. Willen jullie hem inschrijven? Zijn
            mailadres is h.olthof@dinkelmark.nl.

            Alvast bedankt!

            Met vriendelijke groet,
            Marloes Hulshof
            Directiesecretaris GR Dinkelmark
            T 0541 - 29 44 10
            """
        ),
    },
    {
        "id": "h42-004",
        "kind": "subscribe",
        "sender": "Annemiek Oude Elferink <a.oudeelferink@reggedal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Oei, dit klopt niet. Ik had alleen gevraagd of de uitnodiging voor maart naar mijn collega kon, niet
            om mij van de lijst te halen. Ik wil graag lid blijven!

            Groet,
            Annemiek
            """
        ),
    },
    {
        "id": "h42-005",
        "kind": "subscribe",
        "sender": "Bart Nijhuis <bart.nijhuis@twentse-esch.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Hoi, via Wilco Assink van de Vechtdal-werkorganisatie over jullie ateliers gehoord, klinkt goed. Meld me
            maar aan als lid, dit adres is prima.
            Bart Nijhuis, directeur GR Twentse Esch

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h42-006",
        "kind": "subscribe",
        "sender": "Wendy Klein Gunnewiek <w.kleingunnewiek@oudeijsselkant.nl>",
        "quote": "none",
        "subject": "Opnieuw aanmelden",
        "body": _(
            """
            Beste secretariaat,

            Een paar jaar geleden was ik al lid, toen nog als directeur bij de Liemerse samenwerking. Na een uitstapje
            naar de provincie ben ik sinds kort gemeentesecretaris-directeur van Werkorganisatie Oude IJsselkant. Ik
            stap graag weer in: wilt u mij opnieuw als lid registreren, op dit nieuwe adres?

            Vriendelijke groet,
            Wendy Klein Gunnewiek
            """
        ),
    },
    {
        "id": "h42-007",
        "kind": "subscribe",
        "sender": "Rutger Stegeman <r.stegeman@wo-vechtdaloost.nl>",
        "quote": "none",
        "subject": "Leuk je gesproken te hebben",
        "body": _(
            """
            Hoi Stan,

            Wat leuk dat we elkaar tegenkwamen op het congres in de IJsselhallen vorige week. Ik heb nog lang
            nagedacht over jouw verhaal van directeuren die allemaal hetzelfde wiel zitten uit te vinden. Herkenbaar!
            Wij zitten nu in jaar twee van de ambtelijke fusie tussen Ommerveld en Vechtmond en het is nog best
            zoeken, vooral richting de raden.

            Enfin: zoals beloofd bij dezen mijn aanmelding voor het netwerk. Dit adres is het juiste.

            Hartelijke groet,
            Rutger Stegeman
            Algemeen directeur Werkorganisatie Vechtdal-Oost
            """
        ),
    },
    # --- confirmations ------------------------------------------------------------------------------------------
    {
        "id": "h42-008",
        "kind": "confirm",
        "sender": "Henk Olthof <h.olthof@dinkelmark.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h42-009",
        "kind": "confirm",
        "sender": "Ilse Wolters <ilse.wolters@sallandsekring.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Excuses, deze was onder de stapel van de begrotingsbehandeling geraakt. Bij dezen alsnog bevestigd.

            Ilse Wolters
            """
        ),
    },
    {
        "id": "h42-010",
        "kind": "confirm",
        "sender": "J.H. Roerink <jh.roerink@schipbeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Met vriendelijke groet,

            J.H. (Jan-Hendrik) Roerink
            directeur
            Werkorganisatie Schipbeek
            tel. 0570 - 69 31 00

            ---------------------------------------------------------------
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u dit bericht ten onrechte ontvangen,
            dan verzoeken wij u dit te melden aan de afzender en het bericht te verwijderen. Werkorganisatie
            Schipbeek aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail.
            """
        ),
    },
    {
        "id": "h42-011",
        "kind": "confirm",
        "sender": "Bart Nijhuis <bart.nijhuis@twentse-esch.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Yes, dat ben ik 👍

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h42-012",
        "kind": "confirm",
        "sender": "Siobhan Gallagher <s.gallagher@wo-ijsselzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed – and thank you for the quick turnaround.

            Siobhan
            """
        ),
    },
    {
        "id": "h42-013",
        "kind": "confirm",
        "sender": "Rutger Stegeman <r.stegeman@wo-vechtdaloost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Moi, klopt helemaal, dat was ik. Tot kiek'n!

            Rutger
            """
        ),
    },
    {
        "id": "h42-014",
        "kind": "other",
        "sender": "Frank Hesselink <f.hesselink@veluwerand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Bevestigd. Eén vraag nog: is het lidmaatschap persoonlijk, of kan mijn plaatsvervanger bij verhindering
            ook de stukken ontvangen? In dat geval geef ik zijn adres nog door.

            Frank Hesselink
            """
        ),
    },
    {
        "id": "h42-015",
        "kind": "other",
        "sender": "Secretariaat directie Liemerspoort <secretariaat.directie@liemerspoort.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Scholten heeft mij gevraagd haar aanmelding te bevestigen; zij is deze week op werkbezoek en
            komt nauwelijks aan haar mail toe. Bij dezen dus bevestigd namens haar (e.scholten@liemerspoort.nl).

            Met vriendelijke groet,
            Denise Brinkhuis
            Secretariaat directie
            """
        ),
    },
    {
        "id": "h42-016",
        "kind": "other",
        "sender": "Peter Hondebrink <p.hondebrink@maaswaalsedijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Hoe komt u aan mijn e-mailadres, en wie heeft deze aanmelding via dat
            secretariaatsadres gedaan? Ik verneem graag uw reactie.

            P. Hondebrink
            GR Maas-Waalse Dijk
            """
        ),
    },
    {
        "id": "h42-017",
        "kind": "unsubscribe",
        "sender": "Karin Leferink <k.leferink@wisselseveen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Dit moet een vergissing zijn, ik heb me niet opgegeven voor dit netwerk. Wie heeft mijn naam doorgegeven?

            Karin
            """
        ),
    },
    # --- answers to the welcome ---------------------------------------------------------------------------------
    {
        "id": "h42-018",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Henk Olthof <h.olthof@dinkelmark.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Waar ik als directeur bedrijfsvoering graag met collega's over zou praten: het
            sturingsconcept. Wij schuiven van een klassieke lijnorganisatie naar opgavegericht werken met
            programmamanagers, en wie dan waarover beslist is nog lang niet uitgekristalliseerd. Benieuwd hoe
            anderen dat hebben ingericht.

            Henk Olthof
            """
        ),
    },
    {
        "id": "h42-019",
        "kind": "other",
        "sender": "Rutger Stegeman <r.stegeman@wo-vechtdaloost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de hartelijke ontvangst. Wij draaien in het Vechtdal een aardig experiment met een
            gezamenlijke 'regietafel' voor de drie colleges. Zou ik daar op een van de ateliers een korte presentatie
            over mogen geven? Laat maar weten of daar ruimte voor is.

            Rutger
            """
        ),
    },
    # --- the call for themes ------------------------------------------------------------------------------------
    {
        "id": "h42-020",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Gerard ten Brinke <g.tenbrinke@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Graag draag ik het volgende onderwerp aan:

            Een strategische koers voor de werkorganisatie die langer meegaat dan één collegeperiode. Na elke
            verkiezing schuiven er nieuwe bestuurlijke prioriteiten binnen en raakt de lange lijn uit beeld. Hoe
            borgen collega's hun meerjarige visie?

            Hoogachtend,
            G.J.M. ten Brinke
            """
        ),
    },
    {
        "id": "h42-021",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bart Nijhuis <bart.nijhuis@twentse-esch.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi! Onderwerp van mijn kant: de positie van een kleine GR zoals de onze in de regio. Regio Twente, de
            regiodeal, de grote steden die de toon zetten... hoe zorg je dat de belangen van je eigen gemeenten
            niet ondersneeuwen?

            Gr Bart
            """
        ),
    },
    {
        "id": "h42-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Frank Hesselink <f.hesselink@veluwerand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Onderwerp: generatieve AI in de eigen bedrijfsvoering. Wij testen Copilot bij het schrijven van raads-
            en collegevoorstellen en lopen aan tegen vragen over informatiebeveiliging, archivering en wie eigenlijk
            eigenaar is van zo'n tekst. Graag ervaringen uitwisselen.

            Frank Hesselink | directeur bedrijfsvoering | Werkorganisatie Veluwerand
            """
        ),
    },
    {
        "id": "h42-023",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ilse Wolters <ilse.wolters@sallandsekring.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Mijn suggestie:
            hoe meet je of de dienstverlening na de ambtelijke fusie echt beter is geworden? Wij hebben één KCC
            voor drie gemeenten, maar inwoners van de kleinste gemeente voelen zich minder gehoord. We willen de
            prestaties per gemeente volgen zonder er een dashboardcircus van te maken.

            Ilse Wolters
            Sallandse Kring
            """
        ),
    },
    {
        "id": "h42-024",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "J.H. Roerink <jh.roerink@schipbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Twee onderwerpen:
            - krapte op de arbeidsmarkt: hoe houden wij de formatie gevuld, vooral in het sociaal domein
            - één digitaal loket voor ondernemers in plaats van drie websites met drie verschillende formulieren

            Groet, Roerink
            """
        ),
    },
    {
        "id": "h42-025",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Erik Pasman <e.pasman@rijnstrangen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            onderwerp: de verdeelsleutel vd kosten tussen de gemeentes. met het ravijnjaar voor de deur wil elke
            gemeente minder bijdragen aan de GR en dat knelt enorm, zowel in onze begroting als in de onderlinge
            verhoudingen. hoe lossen anderen dat op??

            verstuurd vanaf mobiel, excuus voor typfouten
            """
        ),
    },
    {
        "id": "h42-026",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Secretariaat Werkorganisatie Kop van de Vecht <secretariaat@kopvandevecht.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "Fwd: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Dorgelo, directeur van Werkorganisatie Kop van de Vecht, stuur ik u zijn onderwerp voor
            het atelier: de dienstverlening in de kleine kernen nu de gemeentehuizen in de dorpen dicht zijn. Hoe
            blijf je zichtbaar en bereikbaar voor inwoners die niet digitaal vaardig zijn?

            Met vriendelijke groet,
            Anouk Veldhuis
            secretaresse
            """
        ),
    },
    {
        "id": "h42-027",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mark Whitfield <m.whitfield@nov-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from me: performance monitoring of public services across the partner municipalities. We
            publish a quarterly dashboard, but hardly anyone reads it and every council still asks for its own
            figures. How do others benchmark service levels (response times, permits, contact centre) in a way that
            actually gets used?

            Best,
            Mark Whitfield
            Interim Director, GR Noordoost-Veluwe Samen
            """
        ),
    },
    {
        "id": "h42-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harm Kroeze <h.kroeze@wo-holterberg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik heb op dit moment geen onderwerp dat ik wil inbrengen, jullie lijstje dekt het wel zo'n beetje. Maar
            11 maart staat in mijn agenda geblokt: ik ben erbij.

            Groet,
            Harm Kroeze
            """
        ),
    },
    {
        "id": "h42-029",
        "kind": "other",
        "sender": "Gerrit Haverkamp <g.haverkamp@bergherbos-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Geen inhoudelijk thema, wel een wens voor de vorm: zouden jullie een keer een atelier in het oosten
            willen houden, in Deventer of Zutphen bijvoorbeeld? Voor ons uit de Achterhoek is Utrecht op een
            donderdagmiddag al gauw anderhalf uur in de file. En misschien eens een ochtend in plaats van een middag?

            Hartelijke groet,
            Gerrit Haverkamp
            """
        ),
    },
    {
        "id": "h42-030",
        "kind": "other",
        "sender": "Lieke Tijhuis <l.tijhuis@gr-twentekanaal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik hoorde van Bart Nijhuis dat hij de positie van kleine GR's in de regio heeft voorgedragen. Dat
            onderwerp steun ik van harte, tel mijn stem daar maar bij op.

            Lieke Tijhuis
            """
        ),
    },
    {
        "id": "h42-031",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Tamara El Amrani <t.elamrani@vechtenregge.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere mail: ik zou ook graag praten over de rol van de directie bij het
            opstellen van de strategische agenda van onze colleges. Wie zet eigenlijk de agenda, het bestuur of de
            organisatie?

            Tamara
            """
        ),
    },
    {
        "id": "h42-032",
        "kind": "autoreply",
        "sender": "Mark Whitfield <m.whitfield@nov-samen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            I am out of the office until 8 January with limited access to email. For urgent matters please contact
            my office manager, Els Kuipers (e.kuipers@nov-samen.nl).
            """
        ),
    },
    {
        "id": "h42-033",
        "kind": "unsubscribe",
        "sender": "Kees Wessels <k.wessels@maaswaalsedijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Graag geen mails meer van jullie. Sinds de herindeling zit ik niet meer in deze functie, ben nu griffier.
            Succes met het atelier!

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    # --- the invitation -----------------------------------------------------------------------------------------
    {
        "id": "h42-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse Wolters <ilse.wolters@sallandsekring.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! Fijn dat samenwerking deze keer centraal staat, dat leeft hier in Salland enorm.

            Groet, Ilse
            """
        ),
    },
    {
        "id": "h42-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Hesselink <f.hesselink@veluwerand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik meld me aan en neem onze concerncontroller, Saskia Beltman, mee. Twee personen dus.

            Frank
            """
        ),
    },
    {
        "id": "h42-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Desiree Kamphuis <secretariaat@wo-holterberg.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Namens mevrouw Mensink laat ik u weten dat zij graag aanwezig is op 11 maart. Zij reist met de trein en
            komt rechtstreeks naar het Stadskantoor.

            Met vriendelijke groet,
            Desiree Kamphuis
            bestuurssecretariaat Werkorganisatie Holterberg
            """
        ),
    },
    {
        "id": "h42-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tamara El Amrani <t.elamrani@vechtenregge.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Tot de 11e in Utrecht.
            """
        ),
    },
    {
        "id": "h42-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anton Lammers <a.lammers@veluwerand.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Valt samen met het AB van de veiligheidsregio, helaas.
            """
        ),
    },
    {
        "id": "h42-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Siobhan Gallagher <s.gallagher@wo-ijsselzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in for the 11th. I'll be there in person – my Dutch will get a proper workout.

            Siobhan
            """
        ),
    },
    {
        "id": "h42-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerrit Haverkamp <g.haverkamp@bergherbos-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik bun d'r bie, zoals ze hier in de Achterhoek zeggen. Oftewel: ja, ik kom, ook al is het in Utrecht ;-)

            Gerrit

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h42-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lieke Tijhuis <l.tijhuis@gr-twentekanaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, helaas. Op 11 maart behandelt ons algemeen bestuur de kadernota en daar kan ik als secretaris niet
            ontbreken. Volgende keer hoop ik er wel bij te zijn.

            Lieke Tijhuis
            """
        ),
    },
    {
        "id": "h42-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard ten Brinke <g.tenbrinke@berkelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Tot mijn spijt ben ik op 11 maart verhinderd. In mijn plaats zal de heer J. (Jeroen) Lubbers, directeur
            Publiekszaken, deelnemen; zijn e-mailadres is j.lubbers@berkelstroom.nl.

            Hoogachtend,
            G.J.M. ten Brinke
            """
        ),
    },
    {
        "id": "h42-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wendy Klein Gunnewiek <w.kleingunnewiek@oudeijsselkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan en Melanie,

            Wil me afmelden voor het atelier in maart, we hebben die week de visitatie over de vloer. Lid blijf ik
            natuurlijk gewoon, dus de volgende uitnodiging zie ik graag tegemoet!

            Groetjes, Wendy
            """
        ),
    },
    {
        "id": "h42-044",
        "kind": "unsubscribe",
        "sender": "Johan Wiggers <j.wiggers@lingewaal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kom niet, en u kunt mij ook van de verzendlijst halen. De ambtelijke fusie tussen onze twee
            gemeenten wordt per 1 juli ontvlochten en mijn functie vervalt. Dank voor de mooie bijeenkomsten van de
            afgelopen jaren.

            J. Wiggers
            """
        ),
    },
    {
        "id": "h42-045",
        "kind": "other",
        "sender": "Erik Pasman <e.pasman@rijnstrangen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik wil graag komen, maar alleen als ik mijn strategisch adviseur mee mag nemen. Zij is geen directeur,
            maar trekt bij ons het hele samenwerkingsdossier. Is dat toegestaan? Dan melden we ons samen aan.

            Erik Pasman
            """
        ),
    },
    {
        "id": "h42-046",
        "kind": "other",
        "sender": "Wilco Assink <w.assink@wo-vechtdaloost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, geen introducé deze keer; onze beleidsadviseur zit die week op cursus in Zwolle.

            W. Assink
            """
        ),
    },
    {
        "id": "h42-047",
        "kind": "other",
        "sender": "Secretariaat directie Liemerspoort <secretariaat.directie@liemerspoort.nl>",
        "quote": "none",
        "subject": "Aanwezigheid mw. Scholten op 11 maart",
        "body": _(
            """
            Goedemiddag,

            Ik beheer de agenda van mevrouw E. Scholten, algemeen directeur van Werkorganisatie Liemerspoort. Zij
            zou graag deelnemen aan het atelier van 11 maart. Kunt u haar daarvoor noteren? Zij kan de uitnodiging
            zelf niet meer terugvinden.

            Met vriendelijke groet,
            Denise Brinkhuis
            """
        ),
    },
    {
        "id": "h42-048",
        "kind": "other",
        "sender": "Mark Whitfield <m.whitfield@nov-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Quick one: is the Teams link meant for full participation, or just for listening in? If it's properly
            interactive I'd join online; otherwise I'll try to move things around and come to Utrecht.

            Mark
            """
        ),
    },
    {
        "id": "h42-049",
        "kind": "autoreply",
        "sender": "Anton Lammers <a.lammers@veluwerand.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben met vakantie tot en met maandag 22 februari en lees mijn mail niet. Voor
            dringende zaken kunt u terecht bij het directiesecretariaat: 055 - 538 12 00 of
            directiesecretariaat@veluwerand.nl.
            """
        ),
    },
    {
        "id": "h42-050",
        "kind": "autoreply",
        "sender": "Wim Roelofs <w.roelofs@liemerspoort.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

              Aan: Roelofs, Wim
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
              Verzonden: dinsdag 2 februari 2027 10:14:03 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm

            is gelezen op dinsdag 2 februari 2027 11:02:47 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm.
            """
        ),
    },
    {
        "id": "h42-051",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@veluwerand.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Kan niet bezorgen bij de volgende geadresseerden of groepen:

            d.lammers@veluwerand.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde
            en probeer het bericht opnieuw te verzenden.

            Diagnostische informatie voor beheerders:

            Genererende server: AM0PR04MB7731.eurprd04.prod.outlook.com

            d.lammers@veluwerand.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    # --- waiting list, substitute, change -----------------------------------------------------------------------
    {
        "id": "h42-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Robert Meijerink <r.meijerink@twentse-esch.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik stond op de wachtlijst, maar u kunt mij eraf halen: ik heb inmiddels een overleg met de provincie op
            diezelfde middag. Geef de plek maar aan een ander.

            Robert Meijerink
            """
        ),
    },
    {
        "id": "h42-053",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieke Tijhuis <l.tijhuis@gr-twentekanaal.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Goed nieuws: de kadernota is een week doorgeschoven, dus ik kan op 11 maart toch! Als het inmiddels vol
            zit, zet me dan maar op de wachtlijst.

            Lieke
            """
        ),
    },
    {
        "id": "h42-054",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Lubbers <j.lubbers@berkelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Mijn directeur had me al gewaarschuwd dat hij me zou opgeven; ik neem zijn
            plaats graag in en ben er de 11e.

            Met vriendelijke groet,
            Jeroen Lubbers
            directeur Publiekszaken, Werkorganisatie Berkelstroom
            """
        ),
    },
    {
        "id": "h42-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Schuurman <h.schuurman@schipbeek.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            De 18e komt ons ook goed uit, dus Ruud Eshuis en ik blijven aangemeld. Het Provinciehuis kennen we.

            Hanneke Schuurman
            """
        ),
    },
    {
        "id": "h42-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Nijhuis <bart.nijhuis@twentse-esch.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Moi, 18 maart gaat 'm niet worden, dan zit ik met het hele MT op de hei bij Markelo. Jammer, had er zin
            an. Streep me maar door voor deze keer.

            Bart
            """
        ),
    },
    # --- the reminder -------------------------------------------------------------------------------------------
    {
        "id": "h42-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tamara El Amrani <t.elamrani@vechtenregge.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            moet toch afhaken voor morgen, lig met koorts op de bank. balen! veel plezier allemaal

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h42-058",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Harm Kroeze <h.kroeze@wo-holterberg.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben er donderdag, alles geregeld. Misschien iets voor een volgend atelier: informatieveiligheid. Na
            de hack bij onze buurgemeente vorig jaar zien we hoe kwetsbaar een gedeelde I&A-omgeving is, en hoe
            weinig we eigenlijk geoefend hebben. Dat zou ik graag eens met collega's doorlopen.

            Harm
            """
        ),
    },
    {
        "id": "h42-059",
        "kind": "other",
        "sender": "Frank Hesselink <f.hesselink@veluwerand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met één gast, dat klopt. Is er parkeergelegenheid bij de locatie, of kunnen we beter de trein nemen?
            Onze concerncontroller komt met de auto uit Apeldoorn.

            Frank
            """
        ),
    },
    {
        "id": "h42-060",
        "kind": "autoreply",
        "sender": "M. Mensink <m.mensink@wo-holterberg.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                   "[atelier:2027-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik en uw bericht wordt niet doorgestuurd. Voor vragen aan
            Werkorganisatie Holterberg kunt u mailen naar info@wo-holterberg.nl of bellen met 14 0548.
            """
        ),
    },
    # --- the follow-up ------------------------------------------------------------------------------------------
    {
        "id": "h42-061",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lieke Tijhuis <l.tijhuis@gr-twentekanaal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor een inspirerende middag en het heldere verslag. Voor de volgende keer zou ik graag bespreken:
            wat doe je als een van de deelnemende gemeenten hardop overweegt uit te treden uit de GR? Bij ons speelt
            dat nu en het zet de onderlinge verhoudingen flink onder druk.

            Lieke Tijhuis
            """
        ),
    },
    {
        "id": "h42-062",
        "kind": "other",
        "sender": "Hanneke Schuurman <h.schuurman@schipbeek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat een goede middag was het. Ruud en ik reden terug met een auto vol ideeën, en het verslag heb ik
            meteen doorgezet naar ons MT. Dank jullie wel!

            Hanneke
            """
        ),
    },
    {
        "id": "h42-063",
        "kind": "unsubscribe",
        "sender": "Harm Kroeze <h.kroeze@wo-holterberg.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit was voor mij het laatste atelier: per 1 juni begin ik bij het ministerie van BZK. Wilt u mij
            uitschrijven? Wie mij opvolgt is nog niet bekend; zodra dat rond is, laat de werkorganisatie het weten.

            Harm Kroeze
            """
        ),
    },
    {
        "id": "h42-064",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Siobhan Gallagher <s.gallagher@wo-ijsselzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great session. A topic for next time: how do you build one organisational culture after a
            merger when staff still identify with their old town hall? We have three 'tribes' and it shows in
            everything from sick leave to who sits where in the canteen.

            Siobhan
            """
        ),
    },
    {
        "id": "h42-065",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Robert Meijerink <r.meijerink@twentse-esch.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Jammer dat ik er niet bij kon zijn. Wat mij betreft volgende keer: welke maatschappelijke opgaven kies
            je als werkorganisatie als inhoudelijke speerpunten voor de komende tien jaar (energie, wonen,
            zorg?), en hoe krijg je de colleges daar eensgezind achter?

            R. Meijerink
            """
        ),
    },
    # --- cancellation of the autumn atelier ---------------------------------------------------------------------
    {
        "id": "h42-066",
        "kind": "other",
        "sender": "Gerrit Haverkamp <g.haverkamp@bergherbos-wo.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer dat het niet doorgaat, ik had er een middag voor vrijgemaakt en de trein al geboekt. Is er al
            zicht op een nieuwe datum? Dan houd ik die alvast vrij.

            Gerrit
            """
        ),
    },
    # --- leaving, hand-overs, AVG, address changes -------------------------------------------------------------
    {
        "id": "h42-067",
        "kind": "unsubscribe",
        "sender": "Theo Heijink <t.heijink@wo-elsbroek.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Dank voor uw bevestiging. Zoals gevraagd: mijn opvolger als algemeen directeur is mevrouw drs. Anja
            Snijders, bereikbaar via a.snijders@wo-elsbroek.nl. Zij neemt mijn plaats in het netwerk graag over.

            T. Heijink
            """
        ),
    },
    {
        "id": "h42-068",
        "kind": "unsubscribe",
        "sender": "Marjolein Groot Wassink <m.grootwassink@wo-achterhoekzuid.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Beste Stan en Melanie,

            Na zes mooie jaren neem ik eind deze maand afscheid van Werkorganisatie Achterhoek-Zuid. Willen jullie
            mij uit het netwerk halen? Mijn opvolger, Dennis ter Horst, begint op 1 november. Zijn mailadres is nog
            niet aangemaakt, maar hij meldt zich zelf bij jullie zodra hij binnen is.

            Hartelijke groet en tot ziens in de regio,
            Marjolein
            """
        ),
    },
    {
        "id": "h42-069",
        "kind": "other",
        "sender": "Anton Lammers <a.lammers@veluwerand.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 januari",
        "body": _(
            """
            Goedemiddag,

            Per 1 januari 2028 ga ik met pensioen. Mijn opvolger is al benoemd: Femke Dijkhof, nu nog bij de
            provincie Gelderland, straks bereikbaar via f.dijkhof@veluwerand.nl. Tot die tijd blijf ik gewoon lid en
            kom ik graag nog naar het najaarsatelier. Kunnen jullie de overdracht per januari regelen?

            Met vriendelijke groet,
            Anton Lammers
            """
        ),
    },
    {
        "id": "h42-070",
        "kind": "other",
        "sender": "Niels Hemmink <n.hemmink@wo-holterberg.nl>",
        "quote": "none",
        "subject": "Mw. Mensink uit dienst",
        "body": _(
            """
            Goedemorgen,

            Ter informatie: onze directeur, mevrouw Mensink, is per 1 mei vertrokken naar een functie buiten het
            openbaar bestuur. Mail aan haar adres wordt niet meer gelezen. Wie haar opvolgt is nog niet bekend.

            Met vriendelijke groet,
            Niels Hemmink, concernstaf Werkorganisatie Holterberg
            """
        ),
    },
    {
        "id": "h42-071",
        "kind": "unsubscribe",
        "sender": "Wim Roelofs <w.roelofs@liemerspoort.nl>",
        "quote": "none",
        "subject": "Beëindiging lidmaatschap i.v.m. pensioen",
        "body": _(
            """
            Geacht secretariaat,

            Na ruim veertig jaar openbaar bestuur, waarvan de laatste acht als directeur bedrijfsvoering van
            Liemerspoort, geniet ik sinds 1 mei van mijn pensioen. Ik verzoek u mijn lidmaatschap te beëindigen.
            Een opvolger komt er niet: de functie is opgeheven.

            Met collegiale groet,
            W. Roelofs
            """
        ),
    },
    {
        "id": "h42-072",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "mr. D. Yilmaz <d.yilmaz@reggedal.nl>",
        "quote": "none",
        "subject": "Verzoek tot gegevenswissing (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te wissen, waaronder mijn naam, functie en e-mailadres in uw
            ledenadministratie en eventuele aanmeldhistorie. Ik ontvang graag binnen de wettelijke termijn een
            bevestiging dat dit is gebeurd.

            Hoogachtend,
            mr. D. Yilmaz
            """
        ),
    },
    {
        "id": "h42-073",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Priya Raman <p.raman@wisselseveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi, my interim assignment here finished last week, so please take me off your list – and while you're at
            it, please delete all personal data you hold about me (GDPR). No need to keep anything on file.

            Thanks, and good luck with the session!
            Priya
            """
        ),
    },
    {
        "id": "h42-074",
        "kind": "other",
        "sender": "Peter Hondebrink <p.hondebrink@maaswaalsedijk.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geachte heer, mevrouw,

            Naar aanleiding van uw bevestigingsmail van vorige maand: op grond van artikel 15 AVG verzoek ik om
            inzage in welke persoonsgegevens u van mij hebt vastgelegd, sinds wanneer, en van wie u die hebt
            ontvangen.

            P. Hondebrink
            """
        ),
    },
    {
        "id": "h42-075",
        "kind": "other",
        "sender": "Ilse Wolters <ilse.wolters@sallandsekring.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 januari",
        "body": _(
            """
            Goedemiddag,

            Per 1 januari gaat onze werkorganisatie verder onder de naam Sallands Samen. Mijn mailadres wordt dan
            ilse.wolters@sallandssamen.nl; het oude adres stuurt nog een half jaar door. Willen jullie dit aanpassen
            in de ledenlijst?

            Groet, Ilse
            """
        ),
    },
    # --- more automatic mail ------------------------------------------------------------------------------------
    {
        "id": "h42-076",
        "kind": "autoreply",
        "sender": "Klantcontact GR Dinkelmark <noreply@dinkelmark.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "[ZAAK-2026-041187] Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is ontvangen en geregistreerd onder zaaknummer ZAAK-2026-041187. Wij streven ernaar u binnen
            vijf werkdagen te antwoorden. Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

            Klantcontactcentrum GR Dinkelmark
            """
        ),
    },
    {
        "id": "h42-077",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.schipbeek.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.schipbeek.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <jh.roerink@schipbeek.nl>: host mail.schipbeek.nl[10.2.0.14] said: 550 5.1.1
                <jh.roerink@schipbeek.nl>: Recipient address rejected: User unknown in
                local recipient table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
