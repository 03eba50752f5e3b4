"""devset152: joining the network, and the many mails that look like joining but are not.

Directors, their assistants and colleagues write to sign up for the network in every shape: a new mail, a web or
pasted form, an English or bilingual note, an assistant for a director, a forward of one of our mails that reached
a non-member, a reply to our goodbye or welcome or follow-up. Beside them stand the look-alikes the secretariat
must read: who may join, what it costs, information before deciding, sign-ups for something else (another body's
newsletter, a course, a staff meeting, the Adviesraad, the atelier itself), members who already are members,
former members wondering about coming back, colleagues recommending someone, sign-ups of several people or without
an address, and sign-ups tied to a condition or a real question. A few confirmations and replies to the invitation
that use the word "aanmelden" are there as the nearest neighbours.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a question about joining (who, how, what it costs) is `other`.
- Signing up one named person with that person's address is `subscribe`, also when an assistant does it for a
  director or a colleague does it under our welcome; without the address, or for several people, it is `other`.
- "Lid blijven" or a renewed wish to join under our goodbye is `subscribe`; a former member only musing about it is
  `other`.
- A sign-up with a condition or a real question beside it is `other`; a confirmation with a real question too.
- Under our confirmation mails a plain yes is `confirm`; an assistant confirming for someone else is `other`; a
  denial that asks who did it is `unsubscribe`.
- Signing up for the atelier is an `rsvp` (also as a new mail from a member, and from a substitute); a forwarded mail
  (`doorgestuurd`) with a line above it is the forwarder's new mail and carries no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d152-001",
        "kind": "subscribe",
        "sender": "Hester Wijnbergen <h.wijnbergen@lindewaarde.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Lindewaarde, de ambtelijke
            organisatie van Lindeveen en Waardhuizen. Via mijn voorganger hoorde ik over jullie netwerk.
            Ik wil daar graag bij horen: wilt u mij als lid inschrijven?

            Met vriendelijke groet,
            Hester Wijnbergen
            Algemeen directeur Werkorganisatie Lindewaarde
            T 0345 71 20 00
            """
        ),
    },
    {
        "id": "d152-002",
        "kind": "subscribe",
        "sender": "Wessel Kooistra <wkooistra@oldambtnoord.nl>",
        "subject": "netwerk",
        "body": _(
            """
            Hoi, Wessel hier, sinds twee weken dir. bedrijfsvoering bij de werkorganisatie Oldambt-Noord.
            Zet me maar op jullie ledenlijst, een collega uit Veendam-Zuid zei dat ik dit niet moest
            overslaan. Groet!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d152-003",
        "kind": "subscribe",
        "sender": "Anand Ramdin <a.ramdin@zeeveen.nl>",
        "subject": "Membership request",
        "body": _(
            """
            Dear secretariat,

            I joined Ambtelijke Organisatie Zeeveen last month as managing director (my Dutch is still a
            work in progress, hence the English). A fellow director pointed me to your network and I would
            very much like to become a member. Please register me with this address.

            Kind regards,
            Anand Ramdin
            Managing Director | Ambtelijke Organisatie Zeeveen
            """
        ),
    },
    {
        "id": "d152-004",
        "kind": "subscribe",
        "sender": "Secretariaat directie Maasheuvel <secretariaat.directie@maasheuvel.nl>",
        "subject": "Aanmelding dhr. Blankevoort",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer R. (Rutger) Blankevoort, gemeentesecretaris-directeur van de GR Maasheuvel,
            verzoek ik u hem aan te melden voor het Netwerk van directeuren van ambtelijke
            fusieorganisaties. Zijn persoonlijke e-mailadres is r.blankevoort@maasheuvel.nl; de berichten
            graag daarheen.

            Met vriendelijke groet,

            Ilse Verbunt
            Managementassistent directie
            GR Maasheuvel
            """
        ),
    },
    {
        "id": "d152-005",
        "kind": "subscribe",
        "sender": "Bart-Jan Zuidema <bj.zuidema@kempenrand.nl>",
        "subject": ("FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
                    " [atelier:2027-1]"),
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemorgen,

            Onderstaande uitnodiging kreeg ik doorgestuurd van een collega-directeur uit de regio. Ik zat
            nog niet in uw bestand, maar wil graag lid worden van het netwerk, op dit adres. Ik leid sinds
            februari Werkorganisatie Kempenrand. Over het atelier zelf beslis ik later.

            Groet,
            Bart-Jan Zuidema
            """
        ),
    },
    {
        "id": "d152-006",
        "kind": "subscribe",
        "sender": "Noor Hamdaoui <n.hamdaoui@drechtwaarden.nl>",
        "subject": "Fwd: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "body": _(
            """
            Beste secretariaat,

            Mijn collega Marieke stuurde mij haar welkomstmail door, met de opmerking dat dit echt iets
            voor mij is. Dat denk ik ook: ik ben directeur dienstverlening bij Drechtwaarden en meld me
            hierbij graag aan als lid.

            Hartelijke groet,
            Noor Hamdaoui
            """
        ),
    },
    {
        "id": "d152-007",
        "kind": "subscribe",
        "sender": "Webformulier SeinstravandeLaar <webformulier@seinstravandelaar.nl>",
        "headers": {"Reply-To": "t.vanoijen@peelrijk.nl"},
        "subject": "Nieuw formulier: Aanmelden netwerk ambtelijke fusie",
        "body": _(
            """
            Er is een formulier ingevuld op www.seinstravandelaar.nl.

            Formulier: Aanmelden Netwerk directeuren ambtelijke fusieorganisaties
            Naam: Tom van Oijen
            Functie: directeur bedrijfsvoering
            Organisatie: Werkorganisatie Peelrijk (Deurmeer en Asten-Vlier)
            E-mailadres: t.vanoijen@peelrijk.nl
            Telefoon: 06 41 88 20 73
            Opmerking: vanaf het voorjaar doe ik graag mee.
            """
        ),
    },
    {
        "id": "d152-008",
        "kind": "subscribe",
        "sender": "Gerdien Molenkamp <g.molenkamp@holtermarke.nl>",
        "subject": "Aanmeldformulier ingevuld",
        "body": _(
            """
            Aanmeldformulier lidmaatschap
            --------------------------------
            Naam:          Gerdien Molenkamp
            Functie:       gemeentesecretaris / algemeen directeur
            Organisatie:   Werkorganisatie Holtermarke
            Gemeenten:     Holtervenne, Markeloo
            E-mail:        g.molenkamp@holtermarke.nl
            Ik word lid:   ja
            --------------------------------
            Dit formulier vond ik in de map van mijn voorganger; ik ga ervan uit dat het zo nog werkt.

            Gerdien
            """
        ),
    },
    {
        "id": "d152-009",
        "kind": "subscribe",
        "sender": "Pieter Dorrestijn <p.dorrestijn@lekdijkoost.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven graag! Mijn managementassistent heeft per abuis een van uw mails met 'afmelden'
            beantwoord toen ze mijn mailbox aan het opschonen was. Excuus voor de verwarring.

            Pieter Dorrestijn
            """
        ),
    },
    {
        "id": "d152-010",
        "kind": "subscribe",
        "sender": "Lotte Ruijgrok <lotte.ruijgrok@waddenkustnoord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan en Melanie,

            Ik antwoord maar op deze oude mail van vorig voorjaar, toen ik bij de provincie ging werken.
            Dat avontuur is voorbij: sinds maart ben ik directeur van Werkorganisatie Waddenkust-Noord,
            dus weer helemaal terug in de fusiewereld. Meld me alsjeblieft opnieuw aan, nu met dit adres.

            Groetjes,
            Lotte
            """
        ),
    },
    {
        "id": "d152-011",
        "kind": "subscribe",
        "sender": "Jasper Tuinman <j.tuinman@duinhorst.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het welkom, fijn om erbij te zijn.

            Mijn collega Fenna Oosterwijk (f.oosterwijk@duinhorst.nl) vormt samen met mij de tweehoofdige
            directie van Duinhorst en wil ook graag lid worden. Zou u haar willen aanmelden?

            Jasper
            """
        ),
    },
    {
        "id": "d152-012",
        "kind": "subscribe",
        "sender": "Annemarie Bosgra <a.bosgra@tweemeren.nl>",
        "subject": "Nieuwe directeur Tweemeren aanmelden",
        "body": _(
            """
            Goedendag,

            Per 1 mei treedt Jeroen Hoogendam aan als directeur bedrijfsvoering van onze werkorganisatie
            Tweemeren. Ik zou hem graag alvast bij jullie netwerk aanmelden, dan mist hij niets van de
            voorbereiding van het volgende atelier. Zijn adres is al actief: j.hoogendam@tweemeren.nl.

            Vriendelijke groet,
            Annemarie Bosgra
            algemeen directeur Tweemeren
            """
        ),
    },
    {
        "id": "d152-013",
        "kind": "subscribe",
        "sender": "Hans-Peter Verkerk <hp.verkerk@ijsselhoeve.nl>",
        "subject": "Kennismaking",
        "body": _(
            """
            Beste heer Van de Laar, beste mevrouw Huurneman,

            Wij kennen elkaar nog niet, maar uw namen vielen twee keer in één week: eerst bij het overleg
            van de gemeentesecretarissen in onze regio, daarna bij een lunch met de burgemeester van
            Hoeveleen. Onze werkorganisatie IJsselhoeve bestaat nu ruim drie jaar. De eerste fase –
            harmonisatie van systemen, één rechtspositieregeling, één huisvesting – ligt achter ons, maar de
            vraag hoe we de eigenheid van beide gemeenten bewaken terwijl de organisatie één geheel is,
            blijft ons bezighouden. Juist daarom spreekt een kring van collega's in dezelfde positie mij aan.

            Ik begrijp dat het lidmaatschap kosteloos is en dat u tweemaal per jaar een atelier
            organiseert. Ik sluit mij dus graag bij het netwerk aan; dit adres kunt u daarvoor gebruiken.

            Ik zie uit naar de kennismaking.

            Met hartelijke groet,

            drs. H.P. Verkerk
            Algemeen directeur / secretaris
            Werkorganisatie IJsselhoeve
            """
        ),
    },
    {
        "id": "d152-014",
        "kind": "subscribe",
        "sender": "Sarah Mulder-Grant <sarah.muldergrant@vechtenplas.nl>",
        "subject": "aanmelding / sign-up",
        "body": _(
            """
            Hi there,

            Ik ben Sarah, sinds kort interim-directeur bij de ambtelijke fusieorganisatie Vecht en Plas.
            Apologies for the mix of languages – I grew up in Canada and switch without noticing. Could you
            add me to the network? Ik heb van meerdere kanten goede verhalen over de ateliers gehoord, so
            I'd love to be on the member list.

            Cheers,
            Sarah
            """
        ),
    },
    {
        "id": "d152-015",
        "kind": "subscribe",
        "sender": "Gijs Nieuwenhuis <g.nieuwenhuis@lingemonde.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Dit afmeldverzoek kwam niet van mij. Ik wil gewoon lid blijven van het netwerk, dus zet u mij
            alstublieft terug op de lijst.

            G. Nieuwenhuis
            directeur Werkorganisatie Lingemonde
            """
        ),
    },
    {
        "id": "d152-016",
        "kind": "subscribe",
        "sender": "Claire Vos <c.vos@bergvliet-hoornmeer.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Hello Stan,

            Something went wrong here – I never intended to leave the network. I replied 'afmelden' to get
            out of a single session, which I now realise meant something else entirely. Please keep me on
            as a member.

            Best,
            Claire Vos
            Director of Operations, Werkorganisatie Bergvliet-Hoornmeer
            """
        ),
    },
    {
        "id": "d152-017",
        "kind": "subscribe",
        "sender": "Wendy Schouten <w.schouten@oostachterveld.nl>",
        "subject": ("Doorst: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
                    " [atelier:2027-1]"),
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Kalkman kreeg onderstaande uitnodiging via een collega uit de regio. Zij is nog geen
            lid, maar wil dat graag worden. Wilt u haar aanmelden op a.kalkman@oostachterveld.nl? Naar de
            uitnodiging zelf kijkt ze later.

            Met vriendelijke groet,
            Wendy Schouten
            Bestuurssecretariaat Oost-Achterveld
            """
        ),
    },
    {
        "id": "d152-018",
        "kind": "subscribe",
        "sender": "E.J.M. Castelein <ej.castelein@schelde-oever.nl>",
        "subject": "Aanmelding lidmaatschap",
        "body": _(
            """
            Hierbij meld ik me aan als lid van uw netwerk.

            E.J.M. Castelein
            Directeur Ambtelijke Organisatie Schelde-Oever

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien dit bericht niet voor u bestemd
            is, wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen.
            Aan dit bericht kunnen geen rechten worden ontleend. De Ambtelijke Organisatie Schelde-Oever
            aanvaardt geen aansprakelijkheid voor schade ontstaan door het gebruik van elektronische
            communicatie.
            """
        ),
    },
    {
        "id": "d152-019",
        "kind": "subscribe",
        "sender": "M.C. Lievense <mc.lievense@zwinstreek.nl>",
        "subject": "Verzoek tot opname in ledenbestand",
        "body": _(
            """
            Geacht secretariaat,

            Ondergetekende, M.C. Lievense, sedert 1 september jl. gemeentesecretaris-directeur van de
            Gemeenschappelijke Regeling Zwinstreek, verzoekt u hem met ingang van heden op te nemen in het
            ledenbestand van het Netwerk van directeuren van ambtelijke fusieorganisaties.

            Hoogachtend,

            M.C. Lievense
            """
        ),
    },
    {
        "id": "d152-020",
        "kind": "subscribe",
        "sender": "Koen Barendrecht <k.barendrecht@groenehartoost.nl>",
        "subject": "aanmleding",
        "body": _(
            """
            Goedemdag,
            wil me graag aanmleden bij jullie netwerk van directeuren, had er op het VNG congres van gehoord
            van een colega uit Woerdenveld. ben directeur bedrijfsvoering van werkorganisatie Groene Hart
            Oost sinds nov.
            mvg Koen Barendrecht
            """
        ),
    },
    {
        "id": "d152-021",
        "kind": "subscribe",
        "sender": "Ingeborg Lammers <i.lammers@eemvallei.nl>",
        "subject": "Joining the network",
        "body": _(
            """
            Hello Stan,

            Saw your LinkedIn post announcing the spring atelier. I'd like to join the network itself – I
            have been leading the shared organisation of Eemdal and Valleiland since January. This address
            is fine for all correspondence.

            Best regards,
            Ingeborg Lammers
            """
        ),
    },
    {
        "id": "d152-022",
        "kind": "subscribe",
        "sender": "Sevda Yilmaz <s.yilmaz@maaskantoost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik was er op 11 maart als vervanger van Gerard Lubbers bij, en ik ben om: wat een open
            gesprekken. Ik zou graag zelf lid worden, zodat ik de volgende keer op eigen titel kan komen.
            Dit adres is prima.

            Met vriendelijke groet,
            Sevda Yilmaz
            directeur Werkorganisatie Maaskant-Oost
            """
        ),
    },
    {
        "id": "d152-023",
        "kind": "confirm",
        "sender": "Linda Hofstede <l.hofstede@maasenwaalkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik wil lid worden. Fijn dat dit zo vlot gaat!

            Linda
            """
        ),
    },
    {
        "id": "d152-024",
        "kind": "confirm",
        "sender": "Roel Tjepkema <r.tjepkema@fivelland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Sorry, uw eerste bericht was in de map ongewenste e-mail beland. Bij dezen alsnog bevestigd.

            Met vriendelijke groet,
            Roel Tjepkema
            """
        ),
    },
    {
        "id": "d152-025",
        "kind": "confirm",
        "sender": "Marco Benedetti <m.benedetti@dommelstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed – glad to be on board.

            Marco Benedetti
            Chief Operating Officer, Werkorganisatie Dommelstroom
            """
        ),
    },
    {
        "id": "d152-026",
        "kind": "confirm",
        "sender": "Agnes Hoogland <a.hoogland@veluwsedreef.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Klopt, mijn secretariaat heeft mij op mijn verzoek opgegeven. Bevestigd dus.

            Agnes
            """
        ),
    },
    {
        "id": "d152-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Dijkgraaf <y.dijkgraaf@altenaweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hierbij meld ik mij aan voor het atelier op 11 maart. Ik kom alleen.

            Groet, Yvonne Dijkgraaf
            """
        ),
    },
    {
        "id": "d152-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marnix Heemskerk <m.heemskerk@kromme-rijnland.nl>",
        "subject": "Inschrijving atelier 11 maart",
        "body": _(
            """
            Goedemorgen,

            Als lid sinds vorig jaar schrijf ik me graag in voor het Leer- en inspireer-atelier van
            donderdag 11 maart in Utrecht. De uitnodiging kan ik niet meer terugvinden, vandaar deze losse
            mail.

            Met vriendelijke groet,
            Marnix Heemskerk
            """
        ),
    },
    {
        "id": "d152-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Quirine Baars <q.baars@zaanmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik ben zelf geen lid van het netwerk, maar neem graag de plaats van mijn collega in. Tot de 11e!

            Quirine Baars
            """
        ),
    },
    {
        "id": "d152-030",
        "kind": "unsubscribe",
        "sender": "Ferdinand Kolk <f.kolk@noorderzijl.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit heb ik niet aangevraagd. Ik vermoed dat een collega mij heeft opgegeven; wie was dat? Lid
            worden wil ik in elk geval niet.

            F. Kolk
            """
        ),
    },
    {
        "id": "d152-031",
        "kind": "other",
        "sender": "Marloes Hekkert <m.hekkert@gemeente-slingeland.nl>",
        "subject": "Kom ik in aanmerking?",
        "body": _(
            """
            Goedemiddag,

            Ik ben gemeentesecretaris van Slingeland. Wij werken op ICT, belastingen en sociaal domein
            samen met twee buurgemeenten in een GR, maar zijn ambtelijk niet gefuseerd. Valt iemand in mijn
            positie onder de doelgroep van het netwerk, of is het echt bedoeld voor directeuren van
            volledige fusieorganisaties?

            Met vriendelijke groet,
            Marloes Hekkert
            """
        ),
    },
    {
        "id": "d152-032",
        "kind": "other",
        "sender": "Frits Dalhuisen <f.dalhuisen@werkorganisatie-bavel.nl>",
        "subject": "lidmaatschap kosten?",
        "body": _(
            """
            Goedendag,
            Voordat ik iets toezeg: wat kost een lidmaatschap per jaar, en zit ik dan ergens een minimale
            periode aan vast? Ik moet dat bij ons langs de controller halen.
            Groet, Frits Dalhuisen
            """
        ),
    },
    {
        "id": "d152-033",
        "kind": "other",
        "sender": "Yasmina Bouzid <y.bouzid@rijnenveen.nl>",
        "subject": "Informatie over het netwerk",
        "body": _(
            """
            Beste secretariaat,

            Ik oriënteer me op netwerken die passen bij mijn nieuwe rol als directeur van werkorganisatie
            Rijn en Veen. Zou u mij wat achtergrondinformatie kunnen sturen over het netwerk – wie er lid
            zijn, hoe vaak jullie bij elkaar komen en wat er van leden verwacht wordt? Dan neem ik daarna
            een besluit.

            Vriendelijke groet,
            Yasmina Bouzid
            """
        ),
    },
    {
        "id": "d152-034",
        "kind": "other",
        "sender": "Carla Heijstek <c.heijstek@zuidwoldehoeve.nl>",
        "subject": "Aanmelding nieuwsbrief",
        "body": _(
            """
            Goedemorgen,

            Graag meld ik mij aan voor de nieuwsbrief van de Vereniging van Gemeentesecretarissen. Op hun
            site stond dat dit per e-mail kon; ik hoop dat ik hiermee aan het goede adres ben.

            Met vriendelijke groet,
            Carla Heijstek
            """
        ),
    },
    {
        "id": "d152-035",
        "kind": "other",
        "sender": "Joost Ammerlaan <j.ammerlaan@westerdelta.nl>",
        "subject": "Inschrijving leergang",
        "body": _(
            """
            Beste Stan,

            Zoals besproken aan de telefoon: hierbij schrijf ik mij in voor de leergang 'Leiden in de
            netwerksamenleving' die SeinstravandeLaar in het najaar organiseert (vier dagdelen). Mijn
            werkgever betaalt, de factuur kan naar crediteuren@westerdelta.nl.

            Groet,
            Joost Ammerlaan
            """
        ),
    },
    {
        "id": "d152-036",
        "kind": "other",
        "sender": "Dewi Pattiasina <d.pattiasina@bergvliet-hoornmeer.nl>",
        "subject": "Aanmelding personeelsbijeenkomst",
        "body": _(
            """
            Hoi,

            Ik meld me aan voor de personeelsbijeenkomst van vrijdag 4 april in De Schakel. Ik neem geen
            partner mee en eet vegetarisch.

            Groetjes,
            Dewi
            team Communicatie
            """
        ),
    },
    {
        "id": "d152-037",
        "kind": "other",
        "sender": "Ewout Sterrenburg <e.sterrenburg@heuvelrijkoost.nl>",
        "subject": "Adviesraad",
        "body": _(
            """
            Beste Melanie,

            Ik ben nu ruim een jaar lid van het netwerk en heb twee ateliers meegemaakt. In jullie mails
            lees ik steeds over de Adviesraad. Ik wil mij daarvoor graag aanmelden; ik heb tijd en zin om
            mee te denken over het programma.

            Groet,
            Ewout Sterrenburg
            """
        ),
    },
    {
        "id": "d152-038",
        "kind": "other",
        "sender": "Judith Kramer-Oost <j.kramer@dollardmond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Een onderwerp heb ik nu niet paraat, maar u schrijft dat de Adviesraad de suggesties weegt.
            Wordt die nog aangevuld? Dan stel ik me graag kandidaat.

            Judith Kramer-Oost
            """
        ),
    },
    {
        "id": "d152-039",
        "kind": "other",
        "sender": "Thijs van Rossum <thijs.vanrossum@kennemerduin.nl>",
        "subject": "Sta ik nog op de lijst?",
        "body": _(
            """
            Goedemiddag,

            Van een collega hoorde ik dat de oproep voor thema's al een paar weken geleden is verstuurd.
            Ik ben sinds 2024 lid, maar heb niets ontvangen, ook niet in mijn spam. Wilt u nagaan of mijn
            adres nog goed in uw bestand staat?

            Met vriendelijke groet,
            Thijs van Rossum
            """
        ),
    },
    {
        "id": "d152-040",
        "kind": "other",
        "sender": "Mirjam Eggink <m.eggink@sallandmark.nl>",
        "subject": "Moet ik me nog aanmelden?",
        "body": _(
            """
            Dag Stan,

            Op het provinciale overleg zei een collega dat ik me "even bij jullie moest aanmelden". Volgens
            mij ben ik al lid: ik kreeg vorig najaar jullie welkomstmail en heb in oktober het atelier
            bijgewoond. Moet ik nog iets doen, of is dit een misverstand?

            Hartelijke groet,
            Mirjam Eggink
            """
        ),
    },
    {
        "id": "d152-041",
        "kind": "other",
        "sender": "Hein Bijlsma <hein.bijlsma@gmail.com>",
        "subject": "Later weer lid?",
        "body": _(
            """
            Beste mensen,

            Tot vorige zomer was ik lid, als directeur van Werkorganisatie Wâldsein. Intussen zit ik tussen
            twee banen in en solliciteer ik bij een andere fusieorganisatie. Mocht dat lukken: kan ik dan
            gewoon weer instromen, of is er een wachttijd of een nieuwe procedure?

            Groet,
            Hein Bijlsma
            """
        ),
    },
    {
        "id": "d152-042",
        "kind": "other",
        "sender": "Annelies Drost <a.drost@tweestroom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de bevestiging en voor de mooie jaren in het netwerk. Mocht ik ooit weer aan het roer
            van een fusieorganisatie staan, dan weet ik jullie te vinden.

            Annelies
            """
        ),
    },
    {
        "id": "d152-043",
        "kind": "other",
        "sender": "Robert Zwanenburg <r.zwanenburg@vlietlanden.nl>",
        "subject": "Tip: Jolien van Berkum",
        "body": _(
            """
            Hoi Stan,

            Kort een tip. Jolien van Berkum is onlangs begonnen als directeur van de nieuwe werkorganisatie
            Gouwe-Rijnstreek. Ze is scherp, heeft een mooie fusie achter de rug bij de veiligheidsregio en
            zou een aanwinst zijn voor het netwerk. Misschien kun je haar eens bellen?

            Groet,
            Robert
            """
        ),
    },
    {
        "id": "d152-044",
        "kind": "other",
        "sender": "Petra Lodewijks <p.lodewijks@baronieland.nl>",
        "subject": "Mogelijk nieuw lid",
        "body": _(
            """
            Beste Melanie,

            Tijdens een regiobijeenkomst sprak ik Dennis Overdijk, sinds kort directeur van de
            werkorganisatie Brabantse Wal-Noord. Hij leek me zeer geïnteresseerd in het netwerk. Ik wil hem
            niet ongevraagd aanmelden, maar misschien wilt u hem eens een mail sturen:
            d.overdijk@brabantsewalnoord.nl.

            Met vriendelijke groet,
            Petra Lodewijks
            """
        ),
    },
    {
        "id": "d152-045",
        "kind": "other",
        "sender": "Sander Kuipers <s.kuipers@veenstreek.nl>",
        "subject": "Aanmelding MT-leden",
        "body": _(
            """
            Goedemorgen,

            Ons directieteam wil graag in zijn geheel aansluiten bij het netwerk. Kunt u de volgende drie
            collega's aanmelden?

            - Sander Kuipers, algemeen directeur – s.kuipers@veenstreek.nl
            - Ilona de Graaf, directeur dienstverlening – i.degraaf@veenstreek.nl
            - Mehmet Kaya, directeur bedrijfsvoering – m.kaya@veenstreek.nl

            Alvast bedankt!
            Sander
            """
        ),
    },
    {
        "id": "d152-046",
        "kind": "other",
        "sender": "Wilma ter Horst <w.terhorst@achterhoekmark.nl>",
        "subject": "nieuwe collega",
        "body": _(
            """
            Dag secretariaat,

            Per 1 juni begint Karim El Idrissi bij ons als directeur bedrijfsvoering. Wilt u hem ook
            aanmelden voor het netwerk? Zijn mailadres is nog niet aangemaakt, dat volgt rond zijn eerste
            werkdag.

            Met groet,
            Wilma ter Horst
            """
        ),
    },
    {
        "id": "d152-047",
        "kind": "other",
        "sender": "Secretariaat directie Ommelanden-Zuid <secretariaat@ommelanden-zuid.nl>",
        "subject": "Aanmelden dhr. Van Lieshout",
        "body": _(
            """
            Goedemiddag,

            Ik wil graag de heer Van Lieshout, onze nieuwe gemeentesecretaris-directeur, aanmelden voor uw
            netwerk. Zijn persoonlijke mailadres geef ik door zodra ICT het heeft aangemaakt; tot die tijd
            kunt u mij bereiken op dit adres.

            Vriendelijke groet,
            Ans Mulderij
            secretariaat directie
            """
        ),
    },
    {
        "id": "d152-048",
        "kind": "other",
        "sender": "Bram Hoekstra <b.hoekstra@duinkust.nl>",
        "subject": "Aanmelding, onder voorwaarde",
        "body": _(
            """
            Goedendag,

            Ik word graag lid, op één voorwaarde: mijn naam en organisatie mogen niet op een openbare
            deelnemerslijst of in een verslag terechtkomen. Wij zitten midden in een gevoelig
            herindelingstraject. Kunt u dat toezeggen? Dan meld ik mij bij dezen aan.

            Met vriendelijke groet,
            Bram Hoekstra
            """
        ),
    },
    {
        "id": "d152-049",
        "kind": "other",
        "sender": "Femke Zandbergen <f.zandbergen@altenaland.nl>",
        "subject": "lid worden + vraag",
        "body": _(
            """
            Hallo,

            Graag meld ik mij aan als lid. Daarnaast een vraag: onze organisatie kent een duo-directie. Mag
            mijn adjunct meelezen met de uitnodigingen en om en om met mij naar de ateliers, of is het
            lidmaatschap echt persoonsgebonden?

            Groeten,
            Femke Zandbergen
            """
        ),
    },
    {
        "id": "d152-050",
        "kind": "other",
        "sender": "Ruud Pijnacker <r.pijnacker@ijsselzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd, dank. Eén vraag nog: zijn de ateliers alleen fysiek, of kan ik ook online
            aansluiten? Ik woon in Zeeuws-Vlaanderen en Utrecht is voor mij een dagreis.

            Ruud
            """
        ),
    },
    {
        "id": "d152-051",
        "kind": "other",
        "sender": "Karin Smulders <k.smulders@zuidplasveen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw De Vries heeft mij gevraagd haar aanmelding namens haar te bevestigen; zij zit deze week
            op studiereis in Denemarken. Bij dezen dus bevestigd.

            Met vriendelijke groet,
            Karin Smulders
            Directiesecretaresse
            """
        ),
    },
    {
        "id": "d152-052",
        "kind": "other",
        "sender": "Onno Veltman <o.veltman@nieuwamstelland.nl>",
        "subject": "Nieuw mailadres",
        "body": _(
            """
            Beste secretariaat,

            Ik ben al lid, maar onze werkorganisatie heeft een nieuwe naam en dus een nieuw domein gekregen.
            Mijn oude adres o.veltman@amstelgouw.nl vervalt per 1 juli; wilt u voortaan dit adres gebruiken:
            o.veltman@nieuwamstelland.nl?

            Dank!
            Onno Veltman
            """
        ),
    },
    {
        "id": "d152-053",
        "kind": "other",
        "sender": "Kees Wolters <k.wolters@brielleveen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Dank u wel voor de hartelijke ontvangst in het netwerk. Een onderwerp heb ik nog niet, maar ik
            kijk uit naar de eerste oproep en natuurlijk naar het atelier in maart.

            Kees Wolters
            """
        ),
    },
    {
        "id": "d152-054",
        "kind": "other",
        "sender": "Webformulier SeinstravandeLaar <webformulier@seinstravandelaar.nl>",
        "headers": {"Reply-To": "l.vandam@omgevingsdienst-zuidhoek.nl"},
        "subject": "Nieuw formulier: Contact",
        "body": _(
            """
            Er is een formulier ingevuld op www.seinstravandelaar.nl.

            Formulier: Contact
            Naam: Liesbeth van Dam
            Organisatie: Omgevingsdienst Zuidhoek
            E-mailadres: l.vandam@omgevingsdienst-zuidhoek.nl
            Onderwerp: Netwerk ambtelijke fusieorganisaties
            Bericht: Ik ben directeur van een omgevingsdienst die door zes gemeenten wordt gedragen. Is het
            netwerk ook bedoeld voor directeuren zoals ik, of alleen voor werkorganisaties van gemeenten
            zelf?
            """
        ),
    },
    {
        "id": "d152-055",
        "kind": "other",
        "sender": "Hannah Okafor <h.okafor@eemsmonde.nl>",
        "subject": "Eligibility question",
        "body": _(
            """
            Hello,

            I'm deputy director (adjunct-directeur) at Werkorganisatie Eemsmonde. Our director is already a
            member of your network. Is membership also open to deputies, or is it strictly one seat per
            organisation?

            Regards,
            Hannah Okafor
            """
        ),
    },
    {
        "id": "d152-056",
        "kind": "other",
        "sender": "Lisanne Vroegindeweij <l.vroegindeweij@upo-instituut.nl>",
        "subject": "Deelname als onderzoeker",
        "body": _(
            """
            Geachte heer Van de Laar,

            Voor mijn promotieonderzoek naar de sturing van ambtelijke fusieorganisaties zou ik graag lid
            worden van uw netwerk, of in elk geval als toehoorder bij een atelier aanwezig zijn. Ik ben zelf
            geen directeur. Is een dergelijke deelname mogelijk, en onder welke voorwaarden?

            Met vriendelijke groet,
            Lisanne Vroegindeweij
            Promovenda Bestuurskunde
            """
        ),
    },
    {
        "id": "d152-057",
        "kind": "other",
        "sender": "Tjeerd Hofman <t.hofman@kwelderland.nl>",
        "subject": "Hoe meld ik me aan?",
        "body": _(
            """
            Beste secretariaat,
            Op de site zie ik geen aanmeldknop. Hoe werkt het aanmelden precies: is er een formulier, of
            moet ik een bepaalde tekst mailen? En moet mijn bestuur daar vooraf iets voor goedkeuren?
            Groet,
            Tjeerd Hofman
            """
        ),
    },
    {
        "id": "d152-058",
        "kind": "other",
        "sender": "Maaike Brouwers <m.brouwers@zeeuwsehoek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik twijfel nog een beetje of ik er tijd voor heb. Kan ik eerst een keer als gast een atelier
            bijwonen voordat ik definitief lid word? Dan bevestig ik daarna.

            Maaike
            """
        ),
    },
    {
        "id": "d152-059",
        "kind": "other",
        "sender": "Jan-Willem Roodbeen <jw.roodbeen@heuvelland-zuid.nl>",
        "subject": "Alleen het verslag?",
        "body": _(
            """
            Goedendag,
            Lid worden gaat mij op dit moment te ver, de agenda zit vol. Wel zou ik het verslag van het
            atelier van maart graag lezen. Kunt u mij dat toesturen, of staat het ergens openbaar?
            Met vriendelijke groet,
            Jan-Willem Roodbeen
            """
        ),
    },
    {
        "id": "d152-060",
        "kind": "other",
        "sender": "Nicole Brandhorst <n.brandhorst@rijnwaalhof.nl>",
        "subject": "Uitnodigingen ook naar secretariaat?",
        "body": _(
            """
            Beste secretariaat,

            Ik ben lid van het netwerk. Mijn agenda wordt beheerd door mijn secretaresse, Gonny Pelgrim.
            Kunnen de uitnodigingen voor de ateliers voortaan ook naar haar (g.pelgrim@rijnwaalhof.nl)? Zij
            hoeft zelf geen lid te worden, het gaat puur om de agendaplanning.

            Met vriendelijke groet,
            Nicole Brandhorst
            """
        ),
    },
]
# fmt: on
