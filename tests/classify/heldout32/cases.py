"""heldout32: een jaar (2031) post aan info@ambtelijkefusie.nl uit werkorganisaties en GR's in Gelderland en Overijssel.

De kalender van 2031 zoals de schrijvers ernaar verwijzen:
- ma 6 januari: oproep thema's voor atelier 2031-1, reageren vóór woensdag 22 januari;
- ma 10 februari: uitnodiging voor donderdag 20 maart 2031, 14.00-17.30 uur, "Wendbaar met een krappe formatie"
  (thema Organisatie), Landgoed Hengelerhof, Esweg 21, Hengveld; antwoord vóór 10 maart; 30 plaatsen, wachtlijst;
- vr 28 februari: wijziging: de Hengelerhof is dubbel geboekt, het atelier verhuist naar De Oude Weverij,
  Fabrieksstraat 8, Eibergloo; datum en tijd blijven gelijk;
- do 13 maart: herinnering; do 20 maart: atelier 2031-1; di 25 maart: vervolgmail met het verslag;
- ma 2 juni: oproep thema's voor atelier 2031-2, reageren vóór dinsdag 1 juli;
- ma 15 september: uitnodiging voor donderdag 13 november 2031, "De inwoner aan het stuur" (thema
  Dienstverlening), Het Spijkerpakhuis, Kade 7, Olstervoorde; antwoord vóór 3 november;
- ma 20 oktober: annulering (brandschade in het Spijkerpakhuis);
- do 23 oktober: wijziging: nieuwe datum donderdag 11 december 2031, Raadhuis Wijheveen, Brink 1;
- do 4 december: herinnering; do 11 december: atelier 2031-2; ma 15 december: vervolgmail.
Daartussen: bevestigingsverzoeken en de herinnering daaraan, welkomstmails, bevestigingen van aanmeldingen voor het
atelier (in maart de wachtlijst), bevestigingen van afmeldingen en bedankjes voor themasuggesties.

De schrijvers zijn directeuren, gemeentesecretaris-directeuren, directeuren bedrijfsvoering en hun
secretariaten bij verzonnen werkorganisaties en GR's (Berkelstroom, Twentse Esch, IJsselkant, Sallandse Poort,
Veluwe-Oost Samen, Liemersdal, Achterhoekse Linie, Rivierenhof, Vechtdal-Noord, Maas & Waalzoom, Kroonvelden,
Betuwehart, Linde & Aa, Noordoost-Twente Verbonden, Boekelerveld, Berkel & Slinge, ...), plus hun mailsystemen,
een wethouder, een adviesbureau en een Schotse interim-directeur. Sommigen komen het jaar door terug: wie in
januari toezegt en in februari een vervanger stuurt, wie met pensioen gaat en een opvolger noemt, de opvolger
die daarna bevestigt. Onze geciteerde mails zijn de vaste momentopname uit quoted_mails.json (met data in 2027);
de eigen tekst van de schrijvers spreekt over de kalender van 2031.

Conventions this set relies on (from the brief):
- het label volgt wat de schrijver nu vraagt, niet waar onze mail over ging;
- onder de oproep, de vervolgmail of het bedankje voor een suggestie: een voorgesteld onderwerp is een suggestion,
  ook als de schrijver erbij zegt of hij komt; alleen zeggen of je komt is een rsvp; een voorstel over de vorm
  (plaats, tijdstip, werkvorm) is other;
- themes zijn die van wat wordt voorgesteld, niet van woorden in het voorbijgaan of van wat onze mail noteerde; twee
  alleen als één onderwerp duidelijk beide beslaat of als twee onderwerpen onder twee thema's vallen;
- afmelden voor het netwerk en tegelijk voor het atelier: unsubscribe; "afmelden voor het atelier" of afzeggen met
  een vervanger: rsvp False; een latere mail (of een later besluit in dezelfde mail) draagt het laatste antwoord;
- een opvolger met naam en adres die de plaats overneemt (ook onder onze afmeldbevestiging): unsubscribe; een
  collega die meldt dat iemand vertrok: other;
- een AVG-verzoek om alles te wissen: unsubscribe met erase True; een inzageverzoek: other;
- één collega aanmelden met adres: subscribe; zonder adres of meerdere mensen: other; "lid blijven" onder onze
  afmeldbevestiging: subscribe;
- een kale ontkenning onder de bevestigingsmail: unsubscribe; een ontkenning met de vraag hoe we aan het adres komen:
  other;
- ja onder een voorwaarde, een bevestiging of verzoek met een echte vraag ernaast, een nieuwe mail van een
  assistent over de komst van de directeur: other; een assistent die op onze uitnodiging antwoordt: rsvp;
- agenda-antwoorden (geaccepteerd/afgewezen) op de uitnodiging: rsvp; afwezigheidsberichten, bounces,
  leesbevestigingen, afleverberichten, ticketsystemen en "dit adres is niet meer in gebruik": autoreply, met of
  zonder headers en zonder citaat;
- thread volgt de kop van onze mail (oproep, vervolgmail en bedankje: call_for_themes; uitnodiging, wijziging,
  annulering, vervangersuitnodiging en rsvp-bevestiging: invitation); weggelaten bij nieuwe mails en doorgestuurde
  mails.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- januari: oproep thema's atelier 2031-1, bevestigingen, welkom -------------------------------------------
    {
        "id": "h32-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrikje Wolters-Brink <h.wolters@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Goed dat de oproep er weer is. Wat ons op dit moment het meest bezighoudt:

            - taakvolwassenheid met een krimpende formatie: hoe blijf je alle wettelijke taken van twee
              gemeenten uitvoeren als je elk jaar minder fte hebt?

            Ik ben vooral benieuwd hoe collega's in Twente en de Achterhoek dat aanpakken.

            Met vriendelijke groet,

            Hendrikje Wolters-Brink
            algemeen directeur
            Werkorganisatie Berkelstroom | gemeenten Eibergloo en Hengveld
            T 0545 29 71 00
            """
        ),
    },
    {
        "id": "h32-002",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jeroen Tijink <jeroen.tijink@twentse-esch.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hoi,

            Mijn onderwerp: de verdeelsleutel als splijtzwam. Onze drie gemeenten groeien ongelijk hard en
            Losserbroek heeft het gevoel mee te betalen aan de ambities van Oldenvenne. Hoe houd je de verhouding
            tussen de deelnemende gemeenten gezond als die discussie elk jaar terugkomt?

            Groet,
            Jeroen Tijink
            gemeentesecretaris-directeur GR Twentse Esch
            """
        ),
    },
    {
        "id": "h32-003",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ruud Kamphuis <r.kamphuis@sallandsepoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Voorstel: de wachttijd aan de telefoon bij ons klantcontactcentrum. We zitten op gemiddeld 9 minuten
            en inwoners haken af. Wie heeft iets gevonden dat echt werkt?

            Ruud

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h32-004",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Annemiek Roelofs-Dijkstra <a.roelofs@veluweoostsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dag Stan, Melanie,

            Eén onderwerp, maar wel een groot: een gedeelde langetermijnvisie (horizon 2040) die de raden van
            Epeveld, Heerdeloo en Vaassenbroek samen vaststellen. Het gaat mij om twee kanten tegelijk: welke
            koers kiest de werkorganisatie op de lange termijn, en hoe krijg je drie gemeenten met elk een eigen
            identiteit achter één en dezelfde stip op de horizon?

            Hartelijke groet,
            Annemiek Roelofs-Dijkstra
            directeur GR Veluwe-Oost Samen
            """
        ),
    },
    {
        "id": "h32-005",
        "kind": "other",
        "sender": "Gerrit Mensink <gerrit.mensink@vechtdalnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Geen onderwerp van mijn kant, wel een verzoek over de vorm. De laatste ateliers waren allemaal in
            Utrecht; vanuit Hardenloo is dat heen en terug bijna vier uur rijden. Zouden jullie er één per jaar in
            het oosten willen houden? Wij stellen onze raadzaal daar graag kosteloos voor beschikbaar.

            Gerrit Mensink
            Directeur GR Vechtdal-Noord
            """
        ),
    },
    {
        "id": "h32-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Hesselink <C.Hesselink@ijsselkant-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Stan, Melanie,

            Deze keer heb ik geen thema in te brengen. Wel alvast: in maart ben ik er zeker bij, zet me maar
            op de lijst.

            Groet, Carla Hesselink
            Werkorganisatie IJsselkant
            """
        ),
    },
    {
        "id": "h32-007",
        "kind": "confirm",
        "sender": "Gerdien Harmsen <g.harmsen@kroonvelden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            drs. Gerdien Harmsen
            directeur bedrijfsvoering
            GR Kroonvelden
            Postbus 140, 7230 AC Kroonveld
            """
        ),
    },
    {
        "id": "h32-008",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Pieter-Jan Olthof <pj.olthof@zwartewaterzoom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank voor het warme welkom!

            U vraagt of ik al een onderwerp heb: jazeker. Wij gaan van drie zaaksystemen naar één. Ik hoor graag
            hoe andere werkorganisaties zo'n migratie hebben aangepakt, en vooral wat ze achteraf anders zouden
            doen met de werkprocessen.

            Pieter-Jan Olthof
            Werkorganisatie Zwartewaterzoom
            """
        ),
    },
    {
        "id": "h32-009",
        "kind": "autoreply",
        "sender": "Marjolein ter Horst <m.terhorst@liemersdal.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met vrijdag 10 januari ben ik met wintersportvakantie en lees ik mijn
            mail niet. Voor dringende zaken kunt u terecht bij het directiesecretariaat, 0316 58 22 00.

            Met vriendelijke groet,
            Marjolein ter Horst
            """
        ),
    },
    {
        "id": "h32-010",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Duncan McAllister <d.mcallister@regge-dinkel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Apologies for writing in English; my Dutch is still a work in progress.

            A topic I would very much like to discuss with colleagues: retention. Our larger neighbours pay one or
            two scales more, and we lose good people to them every quarter. How do other shared service
            organisations keep their staff, and what have they changed in their HR policy to do so? Happy to
            share what we've tried so far.

            Kind regards,
            Duncan McAllister
            Interim Director, Dienstencentrum Regge & Dinkel
            """
        ),
    },
    {
        "id": "h32-011",
        "kind": "other",
        "sender": "Bram Stegeman <b.stegeman@achterhoekselinie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Voordat ik iets aandraag: wie zitten er eigenlijk in de Adviesraad die de suggesties weegt? En kan ik
            me daar ook voor beschikbaar stellen? Ik denk graag mee over het programma.

            Groet,
            Bram Stegeman
            """
        ),
    },
    {
        "id": "h32-012",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Fatima el Khatib <f.elkhatib@rivierenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            In maart ben ik er in elk geval bij. Het onderwerp dat ik wil inbrengen:

            de directeur als bruggenbouwer tussen colleges van verschillende kleur. Zaltveld en Buurmalsen kiezen
            steeds vaker tegengestelde richtingen en de werkorganisatie staat ertussen. Hoe houd je beide
            gemeenten aan boord?

            Vriendelijke groet,
            Fatima el Khatib
            algemeen directeur Werkorganisatie Rivierenhof
            """
        ),
    },
    {
        "id": "h32-013",
        "kind": "confirm",
        "sender": "Wouter Brinkhuis <wouter.brinkhuis@betuwehart.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Excuus, ondergesneeuwd na de kerst. Bij dezen bevestigd!

            Wouter
            """
        ),
    },
    {
        "id": "h32-014",
        "kind": "unsubscribe",
        "sender": "Johan Scholten <j.scholten@graafschapsbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 februari ga ik met pensioen. Een onderwerp heb ik dus niet meer; wilt u mij afmelden bij het
            netwerk? Dank voor alle mooie bijeenkomsten.

            Hartelijke groet,
            Johan Scholten
            """
        ),
    },
    {
        "id": "h32-015",
        "kind": "subscribe",
        "sender": "Ilona Dekker <i.dekker@nottverbonden.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemorgen,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Noordoost-Twente Verbonden (gemeenten
            Tubbergloo en Denekamphorst). Via een collega bij Sallandse Poort hoorde ik over uw netwerk. Ik meld
            mij graag aan als lid.

            Met vriendelijke groet,

            Ilona Dekker
            Algemeen directeur
            Werkorganisatie Noordoost-Twente Verbonden
            """
        ),
    },
    {
        "id": "h32-016",
        "kind": "other",
        "sender": "Ton Hofstede <t.hofstede@maaswaalzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens aangemeld. Hoe komt u aan mijn e-mailadres, en wie heeft mij via dat
            secretariaatsadres opgegeven? Ik verneem dat graag.

            T. Hofstede
            """
        ),
    },
    {
        "id": "h32-017",
        "kind": "unsubscribe",
        "sender": "Liesbeth Groot Wassink <liesbethgw@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Dit moet een vergissing zijn, ik heb me niet aangemeld.
            """
        ),
    },
    {
        "id": "h32-018",
        "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.sallandwest.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.sallandwest.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <h.vanderveen@sallandwest.nl>: host mailstore.sallandwest.nl[10.20.4.11] said:
                550 5.1.1 <h.vanderveen@sallandwest.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h32-019",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gijs Vrielink <gijs.vrielink@sallandsepoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Graag agenderen:

            Hoe meten wij of inwoners tevreden zijn over onze dienstverlening? Raaltebroek en Heinoveld laten elk
            een eigen klanttevredenheidsonderzoek doen, met andere vragen. Wij willen naar één set
            prestatie-indicatoren voor de dienstverlening en één dashboard.

            Gijs Vrielink, directeur dienstverlening
            """
        ),
    },
    {
        "id": "h32-020",
        "kind": "other",
        "sender": "Anouk Bleumink <secretariaat.directie@liemersdal.nl>",
        "quote": "none",
        "subject": "Atelier maart - vraag namens dhr. Oudeman",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Oudeman, directeur bedrijfsvoering, de vraag of hij zich nu al kan inschrijven voor
            het atelier in maart. Hij heeft de oproep voor thema's gezien maar nog geen uitnodiging. Mag zijn
            collega van het sociaal domein dan ook mee?

            Met vriendelijke groet,
            Anouk Bleumink
            Directiesecretariaat Werkorganisatie Liemersdal
            """
        ),
    },
    {
        "id": "h32-021",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrikje Wolters-Brink <h.wolters@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het noteren. Ik wil er nog iets aan toevoegen, als dat nog kan:

            - huisvesting en hybride werken: we hebben drie kantoorlocaties en op vrijdag zit er vrijwel niemand
              meer. Hoe hebben anderen hun huisvesting daarop aangepast?

            Hendrikje
            """
        ),
    },
    # --- februari: uitnodiging voor 20 maart, aanmeldingen van collega's -----------------------------------------
    {
        "id": "h32-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Laura Kruithof <laura.kruithof@rivierenhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Ja, ik kom!

            Laura Kruithof
            """
        ),
    },
    {
        "id": "h32-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Lammers <h.lammers@heuvelrand-ooij.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor de uitnodiging. Ik kom graag en neem onze concerncontroller, Ilse Bosveld, mee. Wij zijn dus
            met z'n tweeën.

            Met vriendelijke groet,

            Hans Lammers
            Directeur Werkorganisatie Heuvelrand-Ooij
            """
        ),
    },
    {
        "id": "h32-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen Tijink <jeroen.tijink@twentse-esch.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Helaas, op 20 maart vergadert de raad van Oldenvenne over de kadernota en daar moet ik bij zijn.
            Veel plezier!

            Jeroen

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h32-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carla Hesselink <C.Hesselink@ijsselkant-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ondanks wat ik in januari schreef, lukt 20 maart me toch niet: er is een bestuurlijk overleg ingepland
            dat ik niet kan verzetten. Mijn plaatsvervanger Bart Nijhof gaat in mijn plaats, zijn adres is
            b.nijhof@ijsselkant-wo.nl.

            Groet,
            Carla
            """
        ),
    },
    {
        "id": "h32-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Vrielink <gijs.vrielink@sallandsepoort.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": "",
    },
    {
        "id": "h32-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Duncan McAllister <d.mcallister@regge-dinkel.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Sorry, I have a board meeting of the Dienstencentrum that afternoon.
            """
        ),
    },
    {
        "id": "h32-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Noor Lubbers <n.lubbers@veluweoostsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Roelofs-Dijkstra laat ik u weten dat zij graag aanwezig is bij het atelier op donderdag
            20 maart. Ik heb de afspraak in haar agenda gezet.

            Met vriendelijke groet,

            Noor Lubbers
            managementassistent directie
            GR Veluwe-Oost Samen
            """
        ),
    },
    {
        "id": "h32-029",
        "kind": "other",
        "sender": "Egbert Nijenhuis <e.nijenhuis@kroonvelden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dag Melanie,

            Ik wil er graag bij zijn, maar alleen als ik om 16.00 uur weg kan: om 17.00 uur begint onze
            vergadering van het algemeen bestuur. Is dat voor de opzet van de middag een probleem, of mist ik dan
            het belangrijkste deel? Laat u het even weten, dan meld ik me definitief.

            Egbert Nijenhuis
            """
        ),
    },
    {
        "id": "h32-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim ter Beek <w.terbeek@achterhoekselinie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            ja ik kom grag, tot de 20e!!
            gr wim

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "h32-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ronald Wevers <Ronald.Wevers@maaswaalzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Hierbij wil ik mij afmelden voor het atelier van 20 maart, ik ben verhinderd.

            Met vriendelijke groet,
            R.J.M. Wevers
            Directeur Werkorganisatie Maas & Waalzoom
            """
        ),
    },
    {
        "id": "h32-032",
        "kind": "unsubscribe",
        "sender": "Henk-Jan Boerrigter <hj.boerrigter@sallandwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 20 maart kom ik niet, en eigenlijk hoeft u mij ook helemaal niet meer uit te nodigen: ik stop in
            april als directeur van Salland-West en ga iets heel anders doen. Haalt u mij maar van de ledenlijst.

            Het ga jullie goed,
            Henk-Jan Boerrigter
            """
        ),
    },
    {
        "id": "h32-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ahmed Bouzerda <a.bouzerda@betuwehart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Count me in for the 20th of March. Looking forward to hearing how others deal with the staffing
            crunch.

            Best,
            Ahmed
            """
        ),
    },
    {
        "id": "h32-034",
        "kind": "other",
        "sender": "Simone Veldkamp <simone.veldkamp@ovb-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Deze uitnodiging komt bij mij nu voor de derde keer binnen: op mijn oude adres bij de gemeente, op een
            functieadres en hier. Kunt u uw bestand opschonen? Dit adres is het juiste; de andere twee mogen
            eruit.

            Met vriendelijke groet,
            Simone Veldkamp
            Directeur Oost-Veluwse Bedrijfsvoering
            """
        ),
    },
    {
        "id": "h32-035",
        "kind": "other",
        "sender": "Karin Smeenk <k.smeenk@graafschapsbeek.nl>",
        "quote": "none",
        "subject": "Aanwezigheid dhr. Reinders 20 maart",
        "body": _(
            """
            Goedemiddag,

            De heer Reinders komt graag naar het atelier van 20 maart. Wilt u hem noteren? Hij heeft de
            uitnodiging zelf niet ontvangen, vandaar dat ik u los mail.

            Met vriendelijke groet,

            Karin Smeenk
            Secretariaat directie Werkorganisatie Graafschapsbeek
            """
        ),
    },
    {
        "id": "h32-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjoerd Pasman <s.pasman@ovb-gr.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Laat die plek op de wachtlijst maar schieten. Inmiddels heeft het college een werkbezoek op de 20e
            gepland, ik kan dus toch niet.

            Sjoerd Pasman
            """
        ),
    },
    {
        "id": "h32-037",
        "kind": "autoreply",
        "sender": "Marco Stokkers <m.stokkers@heuvelrand-ooij.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &"
            " eigenheid [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am attending a conference abroad until 14 February with limited access
            to email. For urgent matters please contact my office on +31 24 380 77 10.

            Marco Stokkers
            """
        ),
    },
    {
        "id": "h32-038",
        "kind": "autoreply",
        "sender": "Gerrit Mensink <gerrit.mensink@vechtdalnoord.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

                Aan: Gerrit Mensink
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
            eigenheid [atelier:2027-1]
                Verzonden: maandag 10 februari 2031 09:02:13 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome,
            Stockholm, Wenen

            is gelezen op maandag 10 februari 2031 11:47:05 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome,
            Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "h32-039",
        "kind": "subscribe",
        "sender": "Rik Hulsbosch <r.hulsbosch@kroonvelden.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Fw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedendag,

            Deze uitnodiging kreeg ik doorgestuurd van mijn collega Harm Lenferink. Sinds januari ben ik
            directeur sociaal domein bij de GR Kroonvelden en ik zou graag zelf lid worden van het netwerk.

            Met vriendelijke groet,
            Rik Hulsbosch
            """
        ),
    },
    {
        "id": "h32-040",
        "kind": "other",
        "sender": "Fatima el Khatib <f.elkhatib@rivierenhof.nl>",
        "quote": "none",
        "subject": "Nieuwe collega in ons directieteam",
        "body": _(
            """
            Hallo Stan en Melanie,

            Per 1 maart versterkt Marleen Overbeek ons directieteam als directeur sociaal domein. Kunnen jullie
            haar ook uitnodigen voor het netwerk en voor 20 maart? Ze weet ervan.

            Groet, Fatima
            """
        ),
    },
    {
        "id": "h32-041",
        "kind": "subscribe",
        "sender": "Marjolein ter Horst <m.terhorst@liemersdal.nl>",
        "quote": "none",
        "subject": "Aanmelding collega",
        "body": _(
            """
            Beste secretariaat,

            Wilt u mijn collega-directeur Thijs van Oosterhout aanmelden voor het netwerk? Hij is sinds februari
            verantwoordelijk voor de bedrijfsvoering van Liemersdal. Zijn adres: t.vanoosterhout@liemersdal.nl

            Dank en groet,
            Marjolein ter Horst
            """
        ),
    },
    {
        "id": "h32-042",
        "kind": "other",
        "sender": "Thijs van Oosterhout <t.vanoosterhout@liemersdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. Wel een vraag: kunnen de uitnodigingen ook in cc naar mijn secretaresse
            (secretariaat.bv@liemersdal.nl)? Zij beheert mijn agenda.

            Thijs
            """
        ),
    },
    {
        "id": "h32-043",
        "kind": "other",
        "sender": "Ilona Dekker <i.dekker@nottverbonden.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam NOTV",
        "body": _(
            """
            Goedemiddag,

            Nu ik zelf lid ben, wil ik ook de rest van ons directieteam aanmelden:
            - Wilco Haverkate, w.haverkate@nottverbonden.nl
            - Saskia Morsink, s.morsink@nottverbonden.nl
            - Erwin Bekhuis, e.bekhuis@nottverbonden.nl

            Kunnen zij alle drie de uitnodiging voor 20 maart nog krijgen?

            Met vriendelijke groet,
            Ilona Dekker
            """
        ),
    },
    {
        "id": "h32-044",
        "kind": "confirm",
        "sender": "Wilco Haverkate <w.haverkate@nottverbonden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Klopt, Ilona heeft mij opgegeven en ik word graag lid. Bij deze bevestigd.

            Wilco Haverkate
            """
        ),
    },
    {
        "id": "h32-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Nijhof <b.nijhof@ijsselkant-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van Carla graag in; 20 maart staat in mijn agenda.

            Bart Nijhof
            manager bedrijfsvoering Werkorganisatie IJsselkant
            """
        ),
    },
    {
        "id": "h32-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jorien Wagenvoort <j.wagenvoort@maaswaalzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hallo,

            Leuk dat ik in de plaats van mijn directeur mag komen, maar op 20 maart zit ik zelf op cursus. Ik kan
            dus ook niet. Ik heb het hem laten weten.

            Groeten,
            Jorien Wagenvoort
            """
        ),
    },
    {
        "id": "h32-047",
        "kind": "confirm",
        "sender": "P. Verhoef <pverhoef1968@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Confirmed, thanks.
            """
        ),
    },
    {
        "id": "h32-048",
        "kind": "autoreply",
        "sender": "Servicedesk Sallandse Poort <servicedesk@sallandsepoort.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "[Melding SP-2031-004512] RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op"
            " samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Beste melder,

            Uw e-mail is ontvangen en geregistreerd onder meldingsnummer SP-2031-004512. Een medewerker van de
            servicedesk neemt uw melding zo snel mogelijk in behandeling. Wilt u reageren op deze melding? Laat
            het meldingsnummer dan in het onderwerp staan.

            Dit is een automatisch gegenereerd bericht.

            Servicedesk Sallandse Poort
            """
        ),
    },
    {
        "id": "h32-049",
        "kind": "confirm",
        "sender": "Trees Lubbers-Wiggers <t.lubbers@vechtdalnoord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja, graag lid.

            T. Lubbers-Wiggers
            """
        ),
    },
    # --- eind februari en maart: wijziging (Eibergloo), herinnering, het atelier van 20 maart ----------------------
    {
        "id": "h32-050",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Tijink <jeroen.tijink@twentse-esch.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ha Stan en Melanie,

            Goed nieuws aan mijn kant: de kadernota in Oldenvenne is een week verschoven. Ik meldde me eerder af,
            maar nu kan ik toch. Eibergloo is ook nog eens dichterbij. Tot de 20e!

            Jeroen
            """
        ),
    },
    {
        "id": "h32-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerdien Harmsen <g.harmsen@kroonvelden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik had het atelier gecombineerd met een werkbezoek in Hengveld die ochtend; met de verhuizing naar
            Eibergloo gaat dat niet meer passen. Ik zie er daarom helaas van af.

            Met vriendelijke groet,
            Gerdien Harmsen
            """
        ),
    },
    {
        "id": "h32-052",
        "kind": "other",
        "sender": "Bram Stegeman <b.stegeman@achterhoekselinie.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Even checken: verandert alleen de plaats? Onder 'Wanneer' en 'Waar' in uw mail staan nog de oude
            gegevens, dus ik weet niet goed wat ik moet aanhouden. En begint het nog steeds om 14.00 uur?

            Bram
            """
        ),
    },
    {
        "id": "h32-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Laura Kruithof <laura.kruithof@rivierenhof.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Helaas, ik kan niet. Griep, lig plat.

            Laura

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h32-054",
        "kind": "other",
        "sender": "Annemiek Roelofs-Dijkstra <a.roelofs@veluweoostsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dag beiden,

            Ik ben er donderdag. Zou ik nog iemand mee mogen nemen? Onze strategisch adviseur Femke Aalders is net
            begonnen en dit lijkt me een mooie kennismaking met het veld. Als er geen plek meer is, begrijp ik
            dat natuurlijk.

            Annemiek
            """
        ),
    },
    {
        "id": "h32-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fatima el Khatib <f.elkhatib@rivierenhof.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor de herinnering, ik ben er donderdag bij.

            F. el Khatib
            """
        ),
    },
    {
        "id": "h32-056",
        "kind": "autoreply",
        "sender": "Ronald Wevers <Ronald.Wevers@maaswaalzoom.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Afwezigheidsmelding: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Ik ben afwezig van 12-03-2031 tot en met 17-03-2031.

            Ik zal uw bericht beantwoorden bij mijn terugkeer. Voor dringende zaken kunt u contact opnemen met
            het secretariaat (024 641 30 00).
            """
        ),
    },
    {
        "id": "h32-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Egbert Nijenhuis <e.nijenhuis@kroonvelden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Donderdag lukt het me toch niet. Mijn collega Lotte Veenstra neemt mijn plaats in:
            l.veenstra@kroonvelden.nl. Zij is op de hoogte.

            Groet,
            Egbert Nijenhuis
            """
        ),
    },
    {
        "id": "h32-058",
        "kind": "other",
        "sender": "Wim ter Beek <w.terbeek@achterhoekselinie.nl>",
        "quote": "none",
        "subject": "file A1",
        "body": _(
            """
            Sta vast op de A1 bij Rijssenhorst, kom zeker 30 min later. Willen jullie alvast beginnen en een
            kop koffie voor me bewaren? Sorry!

            Wim

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "h32-059",
        "kind": "other",
        "sender": "Gijs Vrielink <gijs.vrielink@sallandsepoort.nl>",
        "quote": "none",
        "subject": "rijden donderdag",
        "body": _(
            """
            Hoi Gert,

            Zullen we donderdag samen naar Eibergloo rijden? Ik kan je om kwart voor één oppikken bij het
            gemeentehuis in Heinoveld. Laat even weten.

            Gijs
            """
        ),
    },
    {
        "id": "h32-060",
        "kind": "rsvp",
        "attending": True,
        "sender": "Derk-Jan Wessels <dj.wessels@twentse-esch.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik wil me alsnog aanmelden voor donderdag 20 maart. Ik hoop dat er nog plek is, anders hoor ik het
            wel.

            Derk-Jan Wessels
            directeur bedrijfsvoering GR Twentse Esch
            """
        ),
    },
    # --- april en mei: vervolgmail, afmeldingen, AVG, nieuwe leden -----------------------------------------------
    {
        "id": "h32-061",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Trees Lubbers-Wiggers <t.lubbers@vechtdalnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de mooie middag in Eibergloo! Voor het najaar heb ik een onderwerp: de publieksbalie op
            afspraak, ook 's avonds en op zaterdag. Wij willen dat invoeren, maar hoe houd je het toegankelijk
            voor inwoners die niet digitaal een afspraak kunnen maken?

            Met vriendelijke groet,
            Trees Lubbers-Wiggers
            """
        ),
    },
    {
        "id": "h32-062",
        "kind": "other",
        "sender": "Hans Lammers <h.lammers@heuvelrand-ooij.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunnen jullie het
            verslag als pdf mailen?

            Hans
            """
        ),
    },
    {
        "id": "h32-063",
        "kind": "other",
        "sender": "Derk-Jan Wessels <dj.wessels@twentse-esch.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Wat een goede middag was het. Vooral de casus van Berkelstroom over de krimpende formatie blijft bij
            me hangen. Dank aan jullie allebei voor de organisatie!

            Derk-Jan
            """
        ),
    },
    {
        "id": "h32-064",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Fatima el Khatib <f.elkhatib@rivierenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Twee onderwerpen voor de volgende keer:

            1. Bezuinigen op de eigen bedrijfsvoering: waar haal je als werkorganisatie 5% weg zonder dat de
               organisatie omvalt?
            2. De positie van Rivierenhof in de regio: de centrumgemeente trekt alle regionale opgaven naar zich
               toe. Hoe zorgen wij dat onze twee gemeenten aan tafel blijven?

            Groet, Fatima
            """
        ),
    },
    {
        "id": "h32-065",
        "kind": "other",
        "sender": "Hendrikje Wolters-Brink <h.wolters@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Dag Stan en Melanie,

            Een suggestie voor de vorm, niet voor de inhoud: minder plenair, meer intervisie in kleine groepjes
            van vier of vijf. En zou een ochtendprogramma met lunch ook eens kunnen? De middag eindigt nu precies
            in de spits.

            Hendrikje
            """
        ),
    },
    {
        "id": "h32-066",
        "kind": "other",
        "sender": "Duncan McAllister <d.mcallister@regge-dinkel.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            I couldn't make it on the 20th, sadly. Would you be able to share the slides from the speaker from
            Wijheveen? I'd like to use a few of them in our management team.

            Cheers,
            Duncan
            """
        ),
    },
    {
        "id": "h32-067",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ahmed Bouzerda <a.bouzerda@betuwehart.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Thanks for a great afternoon. A topic for the autumn: making our services genuinely accessible for
            residents with low literacy or a disability, from the letters we send to the counter and the phone.
            We score badly on this and I'd love to learn from others.

            Ahmed
            """
        ),
    },
    {
        "id": "h32-068",
        "kind": "unsubscribe",
        "sender": "Gerrit Mensink <gerrit.mensink@vechtdalnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Beste Stan en Melanie,

            Dit was mijn laatste atelier: per 1 mei ga ik aan de slag bij de provincie. Mijn opvolger als
            directeur van GR Vechtdal-Noord is Joost Hakvoort. Willen jullie hem in mijn plaats op de lijst
            zetten? Zijn adres: j.hakvoort@vechtdalnoord.nl.

            Met dank voor de prettige samenwerking,
            Gerrit Mensink
            """
        ),
    },
    {
        "id": "h32-069",
        "kind": "unsubscribe",
        "sender": "Bas Nieuwenhuis <b.nieuwenhuis@markeveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me nooit aangemeld en ik wil ook geen lid worden.

            B. Nieuwenhuis
            """
        ),
    },
    {
        "id": "h32-070",
        "kind": "subscribe",
        "sender": "Willemijn Haarhuis <w.haarhuis@markeveld.nl>",
        "quote": "none",
        "subject": "Verzoek tot aanmelding",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij verzoek ik u mij aan te melden als lid van het Netwerk van directeuren van ambtelijke
            fusieorganisaties. Sinds 1 april ben ik algemeen directeur van Werkorganisatie Markeveld, de
            ambtelijke organisatie van de gemeenten Goorveld en Diepenbroek.

            Hoogachtend,

            mr. drs. W.M. Haarhuis
            algemeen directeur Werkorganisatie Markeveld
            """
        ),
    },
    {
        "id": "h32-071",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "A.C. Hoogeboom <a.hoogeboom@heuvelrand-ooij.nl>",
        "quote": "none",
        "subject": "Verzoek tot wissing persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te wissen, waaronder mijn naam, functie en e-mailadres in uw
            ledenbestand. Graag ontvang ik binnen de wettelijke termijn een bevestiging dat dit is gebeurd.

            Hoogachtend,
            mr. A.C. Hoogeboom
            """
        ),
    },
    {
        "id": "h32-072",
        "kind": "other",
        "sender": "Sjoerd Pasman <s.pasman@ovb-gr.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Goedemorgen,

            Graag ontvang ik op grond van artikel 15 AVG een overzicht van de persoonsgegevens die u over mij
            bewaart, en van wie u die hebt gekregen. Mijn lidmaatschap wil ik overigens gewoon aanhouden.

            Met vriendelijke groet,
            Sjoerd Pasman
            """
        ),
    },
    {
        "id": "h32-073",
        "kind": "other",
        "sender": "Simone Veldkamp <simone.veldkamp@ovb-gr.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 juni",
        "body": _(
            """
            Goedemiddag,

            Onze GR heet per 1 juni Bedrijfsvoering Oost-Veluwe en daarmee wijzigen ook de mailadressen. Mijn
            nieuwe adres wordt simone.veldkamp@bov-gr.nl. Wilt u dat in uw bestand aanpassen? Het oude adres
            werkt tot de zomer nog.

            Met vriendelijke groet,
            Simone Veldkamp
            """
        ),
    },
    {
        "id": "h32-074",
        "kind": "other",
        "sender": "Karin Smeenk <k.smeenk@graafschapsbeek.nl>",
        "quote": "none",
        "subject": "Vertrek dhr. Reinders",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: de heer Reinders is per 1 mei niet meer werkzaam bij Werkorganisatie Graafschapsbeek.
            Een opvolger is nog niet benoemd; ik laat het u weten zodra dat bekend is.

            Met vriendelijke groet,
            Karin Smeenk
            """
        ),
    },
    {
        "id": "h32-075",
        "kind": "unsubscribe",
        "sender": "Ronald Wevers <Ronald.Wevers@maaswaalzoom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Mijn taken neemt per 1 juni Lieke Scholten-Vos over. Wilt u haar
            aanmelden? Haar adres is l.scholtenvos@maaswaalzoom.nl.

            Ronald Wevers
            """
        ),
    },
    {
        "id": "h32-076",
        "kind": "subscribe",
        "sender": "Laura Kruithof <laura.kruithof@rivierenhof.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Oeps, dit was niet de bedoeling. Ik wil graag lid blijven! Ik had in de mail van mijn assistent op
            'afmelden' geklikt in plaats van op 'doorsturen'.

            Laura
            """
        ),
    },
    {
        "id": "h32-077",
        "kind": "other",
        "sender": "Henk-Jan Boerrigter <hj.boerrigter@sallandwest.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Nog een vraag: Salland-West heeft nog geen nieuwe directeur. Mogen de
            verslagen van de ateliers in de tussentijd naar ons directiesecretariaat, zodat we aangehaakt blijven?

            Henk-Jan Boerrigter
            """
        ),
    },
    {
        "id": "h32-078",
        "kind": "subscribe",
        "sender": "Eleanor Vos-Hargreaves <e.voshargreaves@boekelerveld.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Dear network secretariat,

            Since April I have been the director of Werkorganisatie Boekelerveld, which serves three
            municipalities in Twente. A colleague told me about your network of directors. I would like to join;
            could you add me to your list?

            Kind regards,
            Eleanor Vos-Hargreaves
            """
        ),
    },
    {
        "id": "h32-079",
        "kind": "confirm",
        "sender": "Joost Hakvoort <j.hakvoort@vechtdalnoord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja hoor, dat klopt: Gerrit Mensink heeft me aangemeld. Mooi dat het lidmaatschap niets kost, dat
            scheelt weer een inkoopprocedure ;-)

            Joost Hakvoort
            directeur GR Vechtdal-Noord
            """
        ),
    },
    {
        "id": "h32-080",
        "kind": "confirm",
        "sender": "Eleanor Vos-Hargreaves <e.voshargreaves@boekelerveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that was me. Confirmed - sorry for the delay.

            Eleanor
            """
        ),
    },
    {
        "id": "h32-081",
        "kind": "confirm",
        "sender": "Lieke Scholten-Vos <l.scholtenvos@maaswaalzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            bevestigt, dank u
            """
        ),
    },
    # --- juni en juli: oproep thema's atelier 2031-2 ---------------------------------------------------------------
    {
        "id": "h32-082",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wouter Brinkhuis <wouter.brinkhuis@betuwehart.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Onderwerp voor november: vergunningverlening aan ondernemers. Onze doorlooptijden lopen op en
            ondernemers in Betuwehart klagen er steeds vaker over. Hoe houden anderen de termijnen wel?

            W. Brinkhuis
            """
        ),
    },
    {
        "id": "h32-083",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ilona Dekker <i.dekker@nottverbonden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn voorstel voor het najaar: scenariodenken. Hoe ontwikkel je als werkorganisatie een
            langetermijnvisie op je eigen rol, als de wereld om je heen zo snel verandert (vergrijzing, klimaat,
            AI)? Ik zou graag met collega's oefenen met een paar scenario's voor 2040.

            Met vriendelijke groet,
            Ilona Dekker
            """
        ),
    },
    {
        "id": "h32-084",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wilco Haverkate <w.haverkate@nottverbonden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ons voorstel: de inzet van AI-assistenten door onze eigen medewerkers. Welk beleid hebben jullie,
            hoe gaan jullie om met de risico's en hoe leer je mensen ermee werken?

            Wilco Haverkate
            directeur bedrijfsvoering NOTV
            """
        ),
    },
    {
        "id": "h32-085",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lotte Veenstra <l.veenstra@kroonvelden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            In november ben ik er sowieso bij, en dan graag over dit onderwerp:

            de plek van een kleine GR in de regio. De centrumgemeente neemt het voortouw aan alle regionale tafels
            en onze gemeenten voelen zich daar vergeten. Hoe organiseer je tegenwicht zonder de verhoudingen te
            verpesten?

            Lotte

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h32-086",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ahmed Bouzerda <a.bouzerda@betuwehart.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            No new topic from me this round, but put me down for the autumn session - I'll be there.

            Ahmed
            """
        ),
    },
    {
        "id": "h32-087",
        "kind": "other",
        "sender": "Joost Hakvoort <j.hakvoort@vechtdalnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Als nieuw lid vraag ik me af welke onderwerpen al eerder aan bod zijn geweest. Is er een overzicht of
            een bundel van de verslagen van de vorige ateliers? Dan voorkom ik dat ik iets aandraag wat al
            besproken is.

            Joost Hakvoort
            """
        ),
    },
    {
        "id": "h32-088",
        "kind": "autoreply",
        "sender": "Gerard Reinders <g.reinders@graafschapsbeek.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Dit e-mailadres is per 1 mei 2031 niet meer in gebruik. Uw bericht wordt niet doorgestuurd.
            Voor vragen kunt u terecht bij info@graafschapsbeek.nl of 0314 37 60 00.
            """
        ),
    },
    {
        "id": "h32-089",
        "kind": "autoreply",
        "sender": "Hans Lammers <h.lammers@heuvelrand-ooij.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Tot en met maandag 23 juni ben ik afwezig. Voor zaken rond het atelier of het directeurennetwerk kunt
            u contact opnemen met mijn collega Marco Stokkers (m.stokkers@heuvelrand-ooij.nl).

            Met vriendelijke groet,
            Hans Lammers
            """
        ),
    },
    {
        "id": "h32-090",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Saskia Morsink <s.morsink@nottverbonden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de oproep. Bij ons speelt al een tijd de vraag hoe we van reactieve naar proactieve
            dienstverlening gaan. Concreet: inwoners zelf benaderen als uit onze eigen gegevens blijkt dat ze
            recht hebben op een regeling (kwijtschelding, bijzondere bijstand, een individuele inkomenstoeslag),
            in plaats van te wachten tot ze een aanvraag doen. Juridisch en ethisch zit daar nogal wat aan vast,
            en ik ben benieuwd hoe ver andere werkorganisaties hierin zijn.

            Ik zou dat graag als onderwerp voor november voorstellen.

            Met vriendelijke groet,

            Saskia Morsink
            directeur Inwoners & Ondernemers
            Werkorganisatie Noordoost-Twente Verbonden
            Postbus 33, 7590 AA Tubbergloo
            T 0541 72 40 00 | www.nottverbonden.nl

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is,
            wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Aan dit
            bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h32-091",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Derk-Jan Wessels <dj.wessels@twentse-esch.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Onderwerp: de drie raden en hun verwachtingen. Oldenvenne wil een kritische partner, Haaksveen vooral
            een uitvoerder en Losserbroek wil overal over meepraten. Hoe ga je als werkorganisatie om met raden
            van de deelnemende gemeenten die zulke verschillende dingen van je vragen?

            DJ
            """
        ),
    },
    {
        "id": "h32-092",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Carla Hesselink <C.Hesselink@ijsselkant-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hoi Stan en Melanie, mijn antwoorden tussen de regels:

            > - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

            Even niet.

            > - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
            > werkprocessen, financiën, I&A;

            Formatie! We hebben 14% vacatures, vooral bij ICT en vergunningen. Hoe werven jullie, en hoe houd je
            nieuwe mensen langer dan een jaar vast?

            Groet,
            Carla
            """
        ),
    },
    {
        "id": "h32-093",
        "kind": "unsubscribe",
        "sender": "Wim ter Beek <w.terbeek@achterhoekselinie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Graag mij afmelden voor alle berichten van het netwerk. Sinds de reorganisatie ben ik geen directeur
            meer maar programmamanager, dus dit netwerk is niet langer voor mij bedoeld.

            Met vriendelijke groet,
            Wim ter Beek
            """
        ),
    },
    {
        "id": "h32-094",
        "kind": "unsubscribe",
        "sender": "Marjan Leusink <m.leusink@linde-aa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juli neemt Sevda Aksoy mijn functie als gemeentesecretaris-directeur van Werkorganisatie
            Linde & Aa over. Wilt u voortaan haar uitnodigen in plaats van mij? Haar adres is s.aksoy@linde-aa.nl.
            Een onderwerp laat ik graag aan haar over.

            Hartelijke groet,
            Marjan Leusink
            """
        ),
    },
    {
        "id": "h32-095",
        "kind": "unsubscribe",
        "sender": "Paul Overkamp <paul.overkamp@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Please take me off this mailing list. Thanks.
            """
        ),
    },
    {
        "id": "h32-096",
        "kind": "subscribe",
        "sender": "Dewi Kartosen <d.kartosen@betuwehart.nl>",
        "quote": "none",
        "subject": "Aanmelding de heer Slagman",
        "body": _(
            """
            Goedemorgen,

            Graag meld ik mijn directeur, de heer Robbert Slagman, aan voor het Netwerk van directeuren van
            ambtelijke fusieorganisaties. Zijn e-mailadres is r.slagman@betuwehart.nl.

            Met vriendelijke groet,
            Dewi Kartosen
            Bestuurs- en directiesecretariaat Werkorganisatie Betuwehart
            """
        ),
    },
    {
        "id": "h32-097",
        "kind": "confirm",
        "sender": "Robbert Slagman <R.Slagman@betuwehart.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,
            R. Slagman
            """
        ),
    },
    {
        "id": "h32-098",
        "kind": "subscribe",
        "sender": "Nicole Hendriksen <n.hendriksen@liemersdal.nl>",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedendag,

            Een collega stuurde me jullie oproep hieronder door. Ik ben directeur sociaal domein bij
            Werkorganisatie Liemersdal en wil graag zelf ook lid worden van het netwerk. Een onderwerp heb ik nu
            nog niet.

            Nicole Hendriksen
            """
        ),
    },
    {
        "id": "h32-099",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wouter Brinkhuis <wouter.brinkhuis@betuwehart.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U noteerde mijn onderwerp over vergunningen; daar wil ik nog een tweede
            naast zetten: het gezamenlijk inkopen van jeugdzorg door onze drie gemeenten. Elke gemeente wil haar
            eigen aanbieders houden, en dat maakt één contract bijna onmogelijk.

            Wouter
            """
        ),
    },
    {
        "id": "h32-100",
        "kind": "other",
        "sender": "Egbert Nijenhuis <e.nijenhuis@kroonvelden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            De deadline is 1 juli, maar ik ben dan net terug van vakantie. Mag ik mijn onderwerp half juli nog
            insturen, of is de lijst dan al dicht?

            E. Nijenhuis
            """
        ),
    },
    {
        "id": "h32-101",
        "kind": "autoreply",
        "sender": "Eleanor Vos-Hargreaves <e.voshargreaves@boekelerveld.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I'm on annual leave until Monday 7 July and will not be checking email. For anything that can't
            wait, please contact our management office on 074 256 11 00.

            Eleanor
            """
        ),
    },
    {
        "id": "h32-102",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sevda Aksoy <s.aksoy@linde-aa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Iets na de deadline, excuus: ik ben net begonnen bij Linde & Aa. Een onderwerp dat ik graag zou
            bespreken: welke prestatie-indicatoren gebruiken jullie om de colleges te laten zien hoe de
            dienstverlening aan inwoners en ondernemers ervoor staat? Wij rapporteren nu vooral over aantallen,
            niet over kwaliteit.

            Met vriendelijke groet,
            Sevda Aksoy
            """
        ),
    },
    {
        "id": "h32-103",
        "kind": "confirm",
        "sender": "Sevda Aksoy <s.aksoy@linde-aa.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h32-104",
        "kind": "other",
        "sender": "Rutger Bakkenes <rutger@cultuurkompas-advies.nl>",
        "quote": "none",
        "subject": "Kosteloze workshop voor uw volgende atelier",
        "body": _(
            """
            Beste directeur,

            Graag bied ik u een kosteloze workshop 'Sturen op cultuur in fusieorganisaties' aan tijdens uw
            volgende Leer- en inspireer-atelier. In negentig minuten brengen we met uw deelnemers de
            cultuurverschillen tussen de deelnemende gemeenten in kaart en gaan ze naar huis met een concreet
            actieplan. Zullen we eens bellen om de mogelijkheden te verkennen?

            Met vriendelijke groet,

            Rutger Bakkenes
            Cultuurkompas Advies | Hanzeweg 40, Zutveld | 06 41 77 20 93
            """
        ),
    },
    {
        "id": "h32-105",
        "kind": "confirm",
        "sender": "Lars Wennekes <l.wennekes@boekelerveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes please, sign me up - I'm confirming here. Sorry, your first mail ended up in my junk folder.

            Regards,
            Lars
            """
        ),
    },
    {
        "id": "h32-106",
        "kind": "other",
        "sender": "Lars Wennekes <l.wennekes@boekelerveld.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank voor het welkom! Is er ergens een ledenlijst in te zien? Ik ben benieuwd welke collega's uit
            Twente er al in zitten.

            Lars
            """
        ),
    },
    # --- september: uitnodiging voor 13 november in Olstervoorde -------------------------------------------------
    {
        "id": "h32-107",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieke Scholten-Vos <l.scholtenvos@maaswaalzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ja, ik kom op 13 november. Ik neem één gast mee: Iris Wennink, onze teamleider KCC.

            Met vriendelijke groet,
            Lieke Scholten-Vos
            """
        ),
    },
    {
        "id": "h32-108",
        "kind": "rsvp",
        "attending": True,
        "sender": "Robbert Slagman <R.Slagman@betuwehart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Graag aangemeld voor 13 november.

            R. Slagman
            """
        ),
    },
    {
        "id": "h32-109",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ilona Dekker <i.dekker@nottverbonden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Nee helaas, die week zit ik in Brussel met een delegatie van de provincie. Volgende keer weer!

            Ilona
            """
        ),
    },
    {
        "id": "h32-110",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lars Wennekes <l.wennekes@boekelerveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Accepted: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": "",
    },
    {
        "id": "h32-111",
        "kind": "rsvp",
        "attending": False,
        "sender": "Joost Hakvoort <j.hakvoort@vechtdalnoord.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Helaas dubbel geboekt; ik zit die middag in het AB.
            """
        ),
    },
    {
        "id": "h32-112",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joost Hakvoort <j.hakvoort@vechtdalnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik had de uitnodiging in Outlook afgewezen, maar de vergadering van het AB is naar december
            geschoven. Ik kom dus toch graag op 13 november.

            Joost Hakvoort
            """
        ),
    },
    {
        "id": "h32-113",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Brinkhuis <wouter.brinkhuis@betuwehart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ben op 13 november verhinderd. Ik vraag onze directeur Publiekszaken of hij wil gaan; als hij dat
            doet, meldt hij zich zelf bij jullie aan.

            Wouter
            """
        ),
    },
    {
        "id": "h32-114",
        "kind": "other",
        "sender": "Saskia Morsink <s.morsink@nottverbonden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag op 13 november. Wel een praktische vraag: ik zit sinds de zomer tijdelijk in een
            rolstoel. Is Het Spijkerpakhuis rolstoeltoegankelijk, ook de zaal zelf? Anders moet ik helaas
            afhaken.

            Saskia
            """
        ),
    },
    {
        "id": "h32-115",
        "kind": "rsvp",
        "attending": False,
        "sender": "Eleanor Vos-Hargreaves <e.voshargreaves@boekelerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Unfortunately I can't make it on 13 November; it clashes with our council's budget debate. Please do
            keep me posted about the next one.

            Best wishes,
            Eleanor
            """
        ),
    },
    {
        "id": "h32-116",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Linde & Aa <secretariaat.directie@linde-aa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Mevrouw Aksoy komt graag op 13 november; zij komt alleen, zonder gast.

            Met vriendelijke groet,
            Joyce Heerink
            secretariaat directie Werkorganisatie Linde & Aa
            """
        ),
    },
    {
        "id": "h32-117",
        "kind": "unsubscribe",
        "sender": "Erwin Bekhuis <e.bekhuis@nottverbonden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Graag afmelden van deze mailinglijst. Ik krijg al genoeg uitnodigingen.

            E. Bekhuis

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h32-118",
        "kind": "subscribe",
        "sender": "Marco Heijink <m.heijink@graafschapsbeek.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Aanmelden graag.

            Gr. Marco Heijink
            Directeur Werkorganisatie Graafschapsbeek (sinds 1 september)
            """
        ),
    },
    {
        "id": "h32-119",
        "kind": "other",
        "sender": "Harm Oosterveld <h.oosterveld@olstervoorde.nl>",
        "quote": "none",
        "subject": "Deelname atelier 13 november",
        "body": _(
            """
            Geacht secretariaat,

            Als portefeuillehouder bedrijfsvoering in het bestuur van Werkorganisatie IJsselkant ben ik
            nieuwsgierig naar uw atelier van 13 november in Olstervoorde, mijn eigen gemeente. Is het mogelijk dat
            ik als bestuurder aanschuif, of is het uitsluitend voor ambtelijk directeuren?

            Met vriendelijke groet,
            Harm Oosterveld
            wethouder gemeente Olstervoorde
            """
        ),
    },
    {
        "id": "h32-120",
        "kind": "autoreply",
        "sender": "Lotte Veenstra <l.veenstra@kroonvelden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &"
            " eigenheid [atelier:2027-1]"
        ),
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Vanwege zwangerschapsverlof ben ik tot 1 januari 2032 afwezig. Uw e-mail wordt niet doorgestuurd.
            Voor zaken rond de GR Kroonvelden kunt u terecht bij Egbert Nijenhuis, e.nijenhuis@kroonvelden.nl.
            """
        ),
    },
    {
        "id": "h32-121",
        "kind": "autoreply",
        "sender": "Microsoft Outlook <postmaster@liemersdal.onmicrosoft.com>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &"
            " eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Kan niet worden bezorgd bij deze ontvangers of groepen:

            d.oudeman@liemersdal.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger
            en probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich
            blijft voordoen.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR07MB7731.eurprd07.prod.outlook.com

            d.oudeman@liemersdal.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h32-122",
        "kind": "other",
        "sender": "Annemiek Roelofs-Dijkstra <a.roelofs@veluweoostsamen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Hoi Noor,

            Kun jij dit als optie in mijn agenda zetten? Ik weet nog niet of het lukt met de
            begrotingsbehandeling; ik kijk er eind oktober nog even naar.

            Annemiek
            """
        ),
    },
    {
        "id": "h32-123",
        "kind": "subscribe",
        "sender": "Anton Kleinjan <a.kleinjan@berkelslinge.nl>",
        "quote": "none",
        "subject": "aanmelding netwerk",
        "body": _(
            """
            Goedemiddag, graag aanmelden voor het netwerk van directeuren. Ben per 1 sept directeur van de GR
            Berkel & Slinge. Gr Anton Kleinjan

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h32-124",
        "kind": "confirm",
        "sender": "Anton Kleinjan <a.kleinjan@berkelslinge.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Hierbij bevestig ik graag mijn aanmelding voor het netwerk.

            Met vriendelijke groet,

            Anton Kleinjan
            Directeur GR Berkel & Slinge
            Stationsweg 12 | 7140 AB Slingevoorde
            T 0544 48 20 00

            Disclaimer: de informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de
            geadresseerde. Indien u dit bericht onbedoeld hebt ontvangen, verzoeken wij u het te verwijderen en
            de afzender te informeren. GR Berkel & Slinge aanvaardt geen aansprakelijkheid voor schade die
            voortvloeit uit het gebruik van e-mail.
            """
        ),
    },
    {
        "id": "h32-125",
        "kind": "subscribe",
        "sender": "Geert Wissink <g.wissink@achterhoekselinie.nl>",
        "quote": "none",
        "subject": "Opnieuw lid worden",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee jaar geleden heb ik me afgemeld toen ik naar het Rijk vertrok. Inmiddels ben ik terug in het
            oosten, als algemeen directeur van de Achterhoekse Linie, en ik wil graag opnieuw lid worden van het
            netwerk.

            Hartelijke groet,
            Geert Wissink
            """
        ),
    },
    # --- oktober: annulering en nieuwe datum 11 december ----------------------------------------------------------
    {
        "id": "h32-126",
        "kind": "other",
        "sender": "Lieke Scholten-Vos <l.scholtenvos@maaswaalzoom.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer! Wat is er aan de hand? En wordt het een nieuwe datum dit najaar of schuift het naar volgend
            jaar? Ik moet mijn agenda voor december zo'n beetje vastleggen.

            Lieke
            """
        ),
    },
    {
        "id": "h32-127",
        "kind": "autoreply",
        "sender": "Duncan McAllister <d.mcallister@regge-dinkel.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I'm out of the office for the autumn half-term and back on Monday 27 October. Your email will not be
            forwarded.

            Duncan
            """
        ),
    },
    {
        "id": "h32-128",
        "kind": "rsvp",
        "attending": True,
        "sender": "Robbert Slagman <R.Slagman@betuwehart.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            11 december kan ik ook. Ik blijf dus aangemeld.

            Slagman
            """
        ),
    },
    {
        "id": "h32-129",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lars Wennekes <l.wennekes@boekelerveld.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            De nieuwe datum valt precies op onze begrotingsraad. Dan helaas niet, jammer.

            Lars
            """
        ),
    },
    {
        "id": "h32-130",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilona Dekker <i.dekker@nottverbonden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goed nieuws voor mij: op 13 november kon ik niet, maar 11 december wel. Graag alsnog aanmelden!

            Ilona
            """
        ),
    },
    {
        "id": "h32-131",
        "kind": "other",
        "sender": "Sjoerd Pasman <s.pasman@bov-gr.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Is er bij de nieuwe datum ook een mogelijkheid om online aan te sluiten? Fysiek naar Wijheveen lukt
            me niet, maar ik wil het onderwerp niet missen.

            Sjoerd
            """
        ),
    },
    {
        "id": "h32-132",
        "kind": "rsvp",
        "attending": False,
        "sender": "Simone Veldkamp <simone.veldkamp@bov-gr.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Op 11 december kan ik zelf niet. Ik stuur mijn plaatsvervanger, Koen Ribbers (k.ribbers@bov-gr.nl).

            Simone
            """
        ),
    },
    {
        "id": "h32-133",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Duncan McAllister <d.mcallister@regge-dinkel.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            My interim assignment at Regge & Dinkel ends on 30 November, so I won't be at the December session.
            Please remove me from your list and erase all personal data you hold on me, in line with the GDPR.

            Thanks for having me,
            Duncan McAllister
            """
        ),
    },
    {
        "id": "h32-134",
        "kind": "unsubscribe",
        "sender": "Trees Lubbers-Wiggers <t.lubbers@vechtdalnoord.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "subject": "Antw: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Per 1 november ga ik met vervroegd pensioen. Haalt u mij maar van de lijst; dank voor de fijne
            ateliers.

            Trees Lubbers-Wiggers
            """
        ),
    },
    {
        "id": "h32-135",
        "kind": "confirm",
        "sender": "Yvonne Meulenbelt <y.meulenbelt@berkelslinge.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bevestigd, groet Yvonne
            """
        ),
    },
    {
        "id": "h32-136",
        "kind": "confirm",
        "sender": "Marco Heijink <m.heijink@graafschapsbeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ref AF-7K3Q9-XM2PA-4RTZ8: akkoord, ik bevestig.

            M. Heijink
            """
        ),
    },
    {
        "id": "h32-137",
        "kind": "subscribe",
        "sender": "Saskia Morsink <s.morsink@nottverbonden.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit klopt niet: ik heb mij niet afgemeld. Volgens mij heeft een collega dat per abuis namens mij
            gedaan. Ik wil graag lid blijven.

            Saskia Morsink
            """
        ),
    },
    {
        "id": "h32-138",
        "kind": "subscribe",
        "sender": "Eleanor Vos-Hargreaves <e.voshargreaves@boekelerveld.nl>",
        "quote": "none",
        "subject": "New member for the network",
        "body": _(
            """
            Hello Stan and Melanie,

            Could you please add my colleague Martijn Dolphijn to the network? He became our director of
            operations this month. His address is m.dolphijn@boekelerveld.nl.

            Many thanks,
            Eleanor
            """
        ),
    },
    # --- december: herinnering, atelier 2031-2, vervolgmail ------------------------------------------------------
    {
        "id": "h32-139",
        "kind": "rsvp",
        "attending": False,
        "sender": "Derk-Jan Wessels <dj.wessels@twentse-esch.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan donderdag niet: na de storm van afgelopen weekend zit ik in het crisisoverleg. Geef
            mijn plek maar aan iemand op de wachtlijst.

            Derk-Jan
            """
        ),
    },
    {
        "id": "h32-140",
        "kind": "autoreply",
        "sender": "Carla Hesselink <C.Hesselink@ijsselkant-wo.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben afwezig van 3 december tot en met 10 december 2031 en heb geen toegang tot mijn e-mail.
            Uw bericht wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "h32-141",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lieke Scholten-Vos <l.scholtenvos@maaswaalzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de middag in Wijheveen! Voor 2032 wil ik graag de vergrijzing van onze eigen organisatie
            agenderen: ruim 40% van onze medewerkers gaat binnen acht jaar met pensioen. Hoe pakken jullie de
            strategische personeelsplanning aan?

            Lieke
            """
        ),
    },
    {
        "id": "h32-142",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Geert Wissink <g.wissink@achterhoekselinie.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor het mooie atelier. Een onderwerp voor volgend jaar: samenwerken over de grens met de Duitse
            Kreise. Onze twee gemeenten delen wegen, een brandweerpost en straks een bedrijventerrein met de
            buren, maar elk gezamenlijk project duurt jaren. Hoe pakken andere grensorganisaties die
            grensoverschrijdende samenwerking aan?

            Geert
            """
        ),
    },
    {
        "id": "h32-143",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yvonne Meulenbelt <y.meulenbelt@berkelslinge.nl>",
        "quoted": "vervolg_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Fwd: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Ik stuur deze even door, want mijn antwoord kwam terug met een foutmelding.

            Onderwerp voor 2032: grip op de ICT-kosten. Sinds alles in de cloud staat, stijgen de licentiekosten
            elk jaar en ik kan mijn bestuur niet meer goed uitleggen waarom.

            Yvonne Meulenbelt
            directeur GR Berkel & Slinge
            """
        ),
    },
    {
        "id": "h32-144",
        "kind": "other",
        "sender": "Koen Ribbers <k.ribbers@bov-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Dank voor de mooie middag. Kunnen jullie mij een bewijs van deelname sturen? Dat heb ik nodig voor
            mijn opleidingsdossier.

            Koen
            """
        ),
    },
    {
        "id": "h32-145",
        "kind": "unsubscribe",
        "sender": "Hans Lammers <h.lammers@heuvelrand-ooij.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Dit was mijn laatste atelier, ik stop per januari en mijn opvolger is nog niet bekend. Willen jullie
            mij afmelden? Bedankt voor alles.

            Hans
            """
        ),
    },
    {
        "id": "h32-146",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Robbert Slagman <R.Slagman@betuwehart.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Thema voor volgend jaar: vroegsignalering van schulden. Hoe krijg je inwoners met
            betalingsachterstanden eerder in beeld en bied je ze hulp voordat het uit de hand loopt?

            R.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h32-147",
        "kind": "autoreply",
        "sender": "Joost Hakvoort <j.hakvoort@vechtdalnoord.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking &"
            " eigenheid\" [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Van 19 december tot en met 4 januari ben ik met kerstverlof. Vanaf maandag 5 januari 2032 lees ik
            uw bericht. / I am on Christmas leave until 4 January and will reply after my return.

            Fijne feestdagen!
            Joost Hakvoort
            """
        ),
    },
    {
        "id": "h32-148",
        "kind": "autoreply",
        "sender": "Postbus Werkorganisatie IJsselkant <post@ijsselkant-wo.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Ontvangstbevestiging: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking &"
            " eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Geachte afzender,

            Hartelijk dank voor uw bericht aan Werkorganisatie IJsselkant. Wij hebben het in goede orde
            ontvangen. U ontvangt binnen vijf werkdagen een reactie of een ontvangstbevestiging met een
            zaaknummer.

            Dit is een automatisch bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "h32-149",
        "kind": "autoreply",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@linde-aa.nl>",
        "quote": "none",
        "subject": "Bezorgd: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht is bezorgd bij de volgende ontvangers:

            Sevda Aksoy (s.aksoy@linde-aa.nl)

            Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
            """
        ),
    },
    {
        "id": "h32-150",
        "kind": "subscribe",
        "sender": "Martin Grootenhuis <m.grootenhuis@heuvelrand-ooij.nl>",
        "quote": "none",
        "subject": "Aanmelding interim-directeur Heuvelrand-Ooij",
        "body": _(
            """
            Goedemiddag,

            Per 5 januari 2032 ben ik interim-directeur van Werkorganisatie Heuvelrand-Ooij, in elk geval tot de
            zomer. Hans Lammers wees mij op uw netwerk; ik neem graag deel en meld mij daarom bij dezen aan.

            Met vriendelijke groet,
            Martin Grootenhuis
            """
        ),
    },
]
# fmt: on
