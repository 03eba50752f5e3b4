"""devset141: assistants, secretaries, colleagues and successors writing about a director.

The writers are directiesecretaresses, managementassistenten, bestuurssecretariaten, HR-adviseurs, functioneel
beheerders, plaatsvervangers and incoming directors of (invented) werkorganisaties, each writing about "their"
director: answering our invitation for them, sending a new mail about the director's attendance, forwarding our mail
with a line above it, signing up one colleague (with and without an address) or a whole directieteam, passing on an
address change, handing over a seat with and without the successor's address, reporting that a director left, and
confirming a sign-up from their own address. Next to them the directors themselves write in nearly the same words,
so that the writer's role decides the label. Registers run from stiff to chatty; a few writers use English.

Conventions this set relies on (from the brief):
- An assistant answering in reply to our invitation (or the reminder, the change, the waiting-list mail) is an `rsvp`;
  an assistant's new mail about the director's attendance, and any mail an assistant forwards (`doorgestuurd`) with
  a line above it, is `other`, whatever the line says. A director's own new mail saying they come is an `rsvp`.
- A decline naming a substitute (name and address) is `rsvp` False; "afmelden voor het atelier" that keeps the
  membership is `rsvp` False; leaving the network and declining in one mail is `unsubscribe`.
- A yes on a condition or with a real question the secretariat must answer first is `other`; so is asking whether
  the assistant may come instead.
- Signing up one named colleague with that colleague's address is `subscribe` (also when an assistant signs up her
  own director, and under our welcome); without the address, or several people at once, it is `other`.
  "Ik blijf graag lid" under our goodbye is `subscribe`.
- Under our confirmation mails an empty reply or a signature alone, or the member's own short yes, is `confirm`;
  an assistant or colleague confirming from their own address for the director is `other`. A plain denial that asks
  who signed the writer up is `unsubscribe`; one that asks where we got the address is `other`.
- A hand-over with the successor's address, also in reply to our goodbye, and leaving with a successor named but no
  address yet, are `unsubscribe`; a hand-over for a later date with "tot die tijd blijf ik lid" is `other`; a
  colleague reporting that a director left (also one who manages the old mailbox) is `other`.
- An address change, by the member or for them, is `other`; an AVG erasure is `unsubscribe` with `erase`; a request
  to see one's data is `other`.
- A topic proposed under the call, the follow-up or the welcome is a `suggestion`, also when an assistant replies with
  the director's topic; backing another member's topic is `other`.
- Out-of-office and "this address is no longer in use" are `autoreply` (also when they name a secretary or a
  successor); an undeliverable report is `bounce` without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_REMIND = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_CONFIRM = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d141-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "Henny Stallinga <h.stallinga@werkorganisatie-lingemeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Van Oosterom laat ik u weten dat zij op 11 maart graag aanschuift bij het atelier.
            Ik heb de middag in haar agenda geblokt, inclusief reistijd naar Utrecht.

            Met vriendelijke groet,
            Henny Stallinga
            Managementondersteuning directie
            Werkorganisatie Lingemeer
            T 0523 - 61 44 20
            """
        ),
    },
    {
        "id": "d141-002",
        "kind": "rsvp",
        "attending": False,
        "sender": "Priscilla Aydin <p.aydin@gr-kempenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan en Melanie,

            Helaas, de heer Verbrugge zit die donderdag de hele middag in een AB-vergadering van de GR. Dit atelier
            moet hij dus aan zich voorbij laten gaan. Hij hoopt de volgende keer wel weer van de partij te zijn.

            Groetjes,
            Priscilla
            secretaresse algemeen directeur
            """
        ),
    },
    {
        "id": "d141-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wendela Groenhuijsen <w.groenhuijsen@dienstbrouwersdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            De heer Tjoa komt naar het atelier en neemt zijn plaatsvervanger mee, Rutger Koops. U kunt dus twee
            personen noteren namens Dienst Brouwersdal.

            Hartelijke groet,
            Wendela Groenhuijsen
            Directieondersteuner
            """
        ),
    },
    {
        "id": "d141-004",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ans Hofstede <a.hofstede@heuvelrandoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Onze directeur, Bart Swinkels, is in de week van 11 maart met vakantie. In zijn plaats gaat Ilse Demir,
            concerncontroller en lid van ons MT, naar het atelier. Haar adres is ilse.demir@heuvelrandoost.nl.
            Wilt u de uitnodiging aan haar richten?

            Hartelijke groet,
            Ans Hofstede
            bestuurssecretariaat Werkorganisatie Heuvelrand-Oost
            """
        ),
    },
    {
        "id": "d141-005",
        "kind": "rsvp",
        "attending": False,
        "sender": "Joke Brinkhuis <joke.brinkhuis@deltawaardsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Hoi, vervelend bericht: Frank (dhr. Leenders) heeft vanochtend een spoedoverleg met de drie
            burgemeesters erbij gekregen, precies op de tijd van het atelier. Hij kan dus toch niet. Geef zijn
            plek gerust aan iemand van de wachtlijst.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d141-006",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marja Koerts <m.koerts@zuidplasoost-wo.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen, mevrouw Ramdin staat bij u op de wachtlijst, maar zij heeft voor die datum inmiddels een
            werkbezoek aan het ministerie toegezegd. U kunt haar van de wachtlijst afhalen, dan schuift een ander
            sneller door. m.vr.gr. Marja Koerts, secr. directie
            """
        ),
    },
    {
        "id": "d141-007",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerrit-Jan Wolters <gj.wolters@vechtstreeknoord-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn secretaresse vroeg of ze dit voor mij moest afhandelen, maar ik doe het liever even zelf: ik ben
            er de 11e bij. Sterk thema ook, met drie raden die allemaal iets anders willen speelt dat bij ons
            volop.

            Groet,
            Gerrit-Jan Wolters
            algemeen directeur
            """
        ),
    },
    {
        "id": "d141-008",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rianne Pothoven <r.pothoven@bollenstreekdienst.nl>",
        "thread": "invitation",
        "subject": "Geaccepteerd: " + _INVITE,
        "quote": "none",
        "body": _(
            """
            Geaccepteerd namens drs. E. Zandbergen (gedelegeerde agenda).
            """
        ),
    },
    {
        "id": "d141-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Olivia Marsh <o.marsh@grenskust-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Mr Van de Laar,

            I am writing on behalf of Ms Dekker-Hollander, who unfortunately has to send her apologies for
            11 March: she will be in Aachen with a Euregio delegation that whole week. She asked me to pass on her
            regards to you and Ms Huurneman.

            Kind regards,
            Olivia Marsh
            Executive Assistant to the Director | Werkorganisatie Grenskust
            """
        ),
    },
    {
        "id": "d141-010",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat Gemeentesecretaris <secr.gs@middenmaas-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            De verplaatsing naar de 18e komt voor de heer Okkerse helaas slecht uit, die dag heeft hij zijn
            jaargesprek met het dagelijks bestuur. Hij moet zich dus afmelden voor het atelier. Lid blijft hij
            natuurlijk.

            Met vriendelijke groet,
            Tineke Vos
            """
        ),
    },
    {
        "id": "d141-011",
        "kind": "other",
        "sender": "Kim Vergeer <k.vergeer@dommeldalwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Hoekstra wil graag komen. Zij loopt op dit moment alleen met krukken; is de zaal in het
            Stadskantoor zonder trappen bereikbaar en kan zij dicht bij de ingang parkeren? Als dat lukt, bevestig
            ik haar komst definitief.

            Met vriendelijke groet,
            Kim Vergeer
            Werkorganisatie Dommeldal
            """
        ),
    },
    {
        "id": "d141-012",
        "kind": "other",
        "sender": "Lotte Braakman <lotte.braakman@oostgaasterland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de uitnodiging! Ik heb hem doorgezet naar onze directeur, die deze week op leergang is.
            Zodra ik van hem hoor of het past laat ik het jullie weten.

            Lotte
            """
        ),
    },
    {
        "id": "d141-013",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sander Mulders <s.mulders@kempenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Dank jullie. Dirk had me al gevraagd zijn plek over te nemen en dat doe ik met plezier; de gast die
            genoemd wordt is mijn teamleider HRM, die gaat mee. Tot de 11e!

            Sander Mulders
            """
        ),
    },
    {
        "id": "d141-014",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Pattipeilohy <y.pattipeilohy@drechtwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste mevrouw Huurneman,

            Ik hoor nu pas van Dirk dat hij mij heeft opgegeven. Die middag zit ik zelf in een hoorzitting die
            niet te verzetten is, dus in zijn plaats komen lukt me niet. Of hij nog iemand anders vraagt laat ik
            aan hem.

            Yvonne Pattipeilohy
            Concernmanager Drechtwaard
            """
        ),
    },
    {
        "id": "d141-015",
        "kind": "other",
        "sender": "Marloes ten Have <marloes.tenhave@overijsselsedal-wo.nl>",
        "subject": "Aanwezigheid dhr. Bosveld 11 maart",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Graag meld ik de heer Bosveld, algemeen directeur van de Werkorganisatie Overijsselse Dal, aan voor
            het atelier van 11 maart in Utrecht. Kunt u mij laten weten of hij op de deelnemerslijst staat?

            Met vriendelijke groet,
            Marloes ten Have
            Directiesecretaresse
            """
        ),
    },
    {
        "id": "d141-016",
        "kind": "other",
        "sender": "Bestuurssecretariaat Veenkolonien West <bestuurssecretariaat@veenkolonienwest.nl>",
        "subject": "Afwezigheid mevrouw Scheepstra-Nijboer",
        "quote": "none",
        "body": _(
            """
            L.S.,

            Mevrouw Scheepstra-Nijboer had zich aangemeld voor het Leer- en inspireer-atelier van maart. Door
            samenloop met de begrotingsbehandeling kan zij er helaas niet bij zijn. Wilt u haar van de
            deelnemerslijst halen?

            Namens haar, met vriendelijke groet,
            Bestuurssecretariaat
            Werkorganisatie Veenkoloniën West
            """
        ),
    },
    {
        "id": "d141-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Crielaard <h.crielaard@bevelandensamen.nl>",
        "subject": "Atelier 11 maart",
        "quote": "none",
        "body": _(
            """
            Goedemiddag Melanie,

            Ik zag jullie uitnodiging pas net tussen mijn ongelezen mail staan. Bij deze meld ik mij aan voor het
            atelier van 11 maart; ik kom alleen.

            Hans Crielaard
            Directeur Werkorganisatie Bevelanden
            """
        ),
    },
    {
        "id": "d141-018",
        "kind": "other",
        "sender": "Evelien Bakx <e.bakx@peelrand-wo.nl>",
        "subject": "FW: " + _INVITE,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Hallo, ter info: dhr. Raaijmakers komt op 11 maart. Ik stuur de uitnodiging even mee zodat u ziet over
            welke bijeenkomst het gaat.

            Groet, Evelien Bakx
            """
        ),
    },
    {
        "id": "d141-019",
        "kind": "other",
        "sender": "Nadia El Khatib <n.elkhatib@alblasserwaardwerkt.nl>",
        "subject": "Doorst: " + _CONFIRM,
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedendag,

            Onderstaande mail kwam binnen in de mailbox van mevrouw Schouten, die ik voor haar beheer. Hierbij
            bevestig ik namens haar dat zij lid wil worden.

            Nadia El Khatib
            officemanager directie
            """
        ),
    },
    {
        "id": "d141-020",
        "kind": "other",
        "sender": "Tom Verhagen <t.verhagen@hogelandwerkt.nl>",
        "subject": "FW: " + _CALL,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": _(
            """
            Onze directeur vroeg mij dit door te sturen met zijn onderwerp erbij: hoe ga je als werkorganisatie
            om met vier verschillende coalitieakkoorden onder één meerjarenbegroting? Hij zit de hele week in
            Den Haag en komt zelf niet aan mailen toe.

            Tom Verhagen, beleidsadviseur directie
            """
        ),
    },
    {
        "id": "d141-021",
        "kind": "other",
        "sender": "Directiesecretariaat Dienst Rijnstreek <directiesecretariaat@dienstrijnstreek.nl>",
        "subject": "FW: " + _INVITE,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Mevr. Akkerman moet op 11 maart helaas verstek laten gaan, zie de uitnodiging hieronder.

            Met vriendelijke groet,
            Saskia Rijnders
            """
        ),
    },
    {
        "id": "d141-022",
        "kind": "subscribe",
        "sender": "Paul Heijstek <p.heijstek@kustwerkt.nl>",
        "subject": "Nieuw lid voor het netwerk",
        "quote": "none",
        "body": _(
            """
            Beste Stan,

            Onze nieuwe directeur bedrijfsvoering, Maaike Roerdink, was na mijn verhalen over het vorige atelier
            meteen enthousiast. Willen jullie haar als lid inschrijven? Haar mailadres: m.roerdink@kustwerkt.nl

            Dank en groet,
            Paul
            """
        ),
    },
    {
        "id": "d141-023",
        "kind": "subscribe",
        "sender": "Greetje Lamberts <secretariaat.directie@tweestromenland-wo.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Per 1 februari is de heer Anton Mertens gestart als algemeen directeur van Werkorganisatie
            Tweestromenland. Hij wil graag deelnemen aan uw netwerk. Zou u hem willen inschrijven op
            a.mertens@tweestromenland-wo.nl?

            Met vriendelijke groet,
            Greetje Lamberts
            secretariaat algemeen directeur
            """
        ),
    },
    {
        "id": "d141-024",
        "kind": "subscribe",
        "sender": "Rachel Bennett <r.bennett@grensregiowerkt.nl>",
        "subject": "New member for the directors' network",
        "quote": "none",
        "body": _(
            """
            Hello,

            Our incoming director, Mr Jeroen Vlietstra, would like to join your network. Could you register him
            with jeroen.vlietstra@grensregiowerkt.nl? He reads Dutch perfectly well, it's just me who doesn't
            write it yet!

            Thanks a lot,
            Rachel Bennett | PA to the Director | Grensregio Werkt
            """
        ),
    },
    {
        "id": "d141-025",
        "kind": "other",
        "sender": "Wouter Brands <w.brands@hartvanbetuwe-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Mijn collega-directeur Carla Tiemens (sociaal domein) wil ook graag meedoen.
            Kunnen jullie haar ook inschrijven? Haar adres moet ik nog even opzoeken, of misschien hebben jullie
            het nog van een eerdere bijeenkomst.

            Wouter
            """
        ),
    },
    {
        "id": "d141-026",
        "kind": "other",
        "sender": "Femke Dijkhuizen <f.dijkhuizen@bergenmaaswerkt.nl>",
        "subject": "Aanmelding directieteam Bergen-Maas",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Ons nieuwe directieteam wil graag aansluiten bij het netwerk. Kunt u de volgende drie personen
            aanmelden?
            - Arjen Roelofs, algemeen directeur – a.roelofs@bergenmaaswerkt.nl
            - Sevda Kaya, directeur bedrijfsvoering – s.kaya@bergenmaaswerkt.nl
            - Luuk Verstappen, directeur dienstverlening – l.verstappen@bergenmaaswerkt.nl

            Alvast bedankt!
            Femke Dijkhuizen
            Managementassistent
            """
        ),
    },
    {
        "id": "d141-027",
        "kind": "subscribe",
        "sender": "Robbert Schaafsma <r.schaafsma@friesemeren-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Mooi, dank voor de bevestiging. Ik heb het netwerk bij mijn plaatsvervanger aangeprezen, Jildou Bakker,
            en zij doet ook graag mee: j.bakker@friesemeren-wo.nl

            Gr. Robbert
            """
        ),
    },
    {
        "id": "d141-028",
        "kind": "subscribe",
        "sender": "Dorien Klaver <d.klaver@lekstroomwerkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit was echt niet de bedoeling! Mijn secretariaat heeft bij het opschonen van mijn nieuwsbrieven per
            ongeluk ook dit netwerk opgezegd. Ik blijf heel graag lid.

            Dorien Klaver
            """
        ),
    },
    {
        "id": "d141-029",
        "kind": "other",
        "sender": "Jolanda Smeenk <j.smeenk@ijsselvallei-samen.nl>",
        "subject": "Nieuwe directeur IJsselvallei",
        "quote": "none",
        "body": _(
            """
            Goedemiddag, per 1 juni krijgen wij een nieuwe directeur, mevrouw Rozemarijn Alberts. Ik wil haar
            graag alvast aanmelden voor uw netwerk. Haar mailadres wordt nu door onze ICT aangemaakt; ik geef het
            door zodra ik het heb. Met vriendelijke groet, Jolanda Smeenk
            """
        ),
    },
    {
        "id": "d141-030",
        "kind": "subscribe",
        "sender": "Ralf Oudejans <ralf.oudejans@marnewaard.nl>",
        "subject": "aanmelden",
        "quote": "none",
        "body": _(
            """
            Mijn voorganger Jan Pieters was lid van jullie netwerk. Ik neem het stokje over als directeur van
            Werkorganisatie Marnewaard en meld me hierbij graag zelf aan. Jan heeft zich al bij jullie
            afgemeld, begreep ik.

            Ralf Oudejans
            """
        ),
    },
    {
        "id": "d141-031",
        "kind": "confirm",
        "sender": "Carolien Nijenhuis <c.nijenhuis@achterhoekoost-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            drs. C.M. (Carolien) Nijenhuis
            Algemeen directeur | Werkorganisatie Achterhoek-Oost
            Postbus 81, 7130 AB Oosterveld
            T 0544 - 39 37 00
            """
        ),
    },
    {
        "id": "d141-032",
        "kind": "confirm",
        "sender": "Ewout Terpstra <e.terpstra@waddenkustwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Klopt, mijn secretariaat heeft mij opgegeven en dat ging in overleg. Bij deze bevestigd.

            Ewout
            """
        ),
    },
    {
        "id": "d141-033",
        "kind": "other",
        "sender": "Bianca Luijten <b.luijten@maasheggen-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik heb de heer Coenen vorige week bij u aangemeld en hij vroeg mij dit ook meteen te bevestigen. Bij
            dezen dus: hij wil graag lid worden.

            Met vriendelijke groet,
            Bianca Luijten
            Secretaresse directie Werkorganisatie Maasheggen
            """
        ),
    },
    {
        "id": "d141-034",
        "kind": "other",
        "sender": "Jurre Hofman <jurre.hofman@zevenmeren-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Hoi, mijn baas (Annemiek Brouwer) ligt een paar weken in het ziekenhuis en had me gevraagd haar mail
            bij te houden. Ik ga ervan uit dat ze dit wel wil, dus bij deze namens haar: ja, aanmelding bevestigd.

            Jurre
            """
        ),
    },
    {
        "id": "d141-035",
        "kind": "unsubscribe",
        "sender": "Herman Wijnbergen <h.wijnbergen@dalfsenwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk. Wie heeft dat gedaan? Misschien iemand van mijn eigen
            secretariaat, maar daar heb ik geen opdracht toe gegeven.

            H. Wijnbergen
            """
        ),
    },
    {
        "id": "d141-036",
        "kind": "other",
        "sender": "Marian Overbeek <marian.overbeek@krommerijn-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Deze aanmelding komt niet van mij. Ik wil graag weten hoe u aan mijn e-mailadres bent gekomen en wie
            het aan u heeft doorgegeven.

            Hoogachtend,
            M. Overbeek
            """
        ),
    },
    {
        "id": "d141-037",
        "kind": "unsubscribe",
        "sender": "Cor van Wijland <c.vanwijland@amstellandzuid-wo.nl>",
        "subject": "Overdracht lidmaatschap",
        "quote": "none",
        "body": _(
            """
            Beste mensen,

            Vrijdag is mijn laatste werkdag; daarna geniet ik van mijn pensioen. Mijn taken als algemeen
            directeur gaan naar Noor Bouzid, en zij neemt graag ook mijn plaats in het netwerk over. Zij is
            bereikbaar op n.bouzid@amstellandzuid-wo.nl. Mij mogen jullie uitschrijven.

            Het ga jullie goed,
            Cor van Wijland
            """
        ),
    },
    {
        "id": "d141-038",
        "kind": "unsubscribe",
        "sender": "Ria Kloosterman <r.kloosterman@noordkopwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Pronk: hij neemt eind deze maand afscheid als directeur en zal dus geen onderwerpen meer
            aandragen. Wilt u hem uit het ledenbestand halen? Zijn opvolger wordt mevrouw Tamara Vink; haar
            e-mailadres geef ik door zodra zij in dienst is.

            Met vriendelijke groet,
            Ria Kloosterman
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d141-039",
        "kind": "unsubscribe",
        "sender": "Anouk Zeldenrust <anouk.zeldenrust@hollandseplassen-wo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. Jullie vroegen naar een opvolger: dat wordt Maarten Goedhart, vanaf maandag
            onze nieuwe directeur. Zijn adres is m.goedhart@hollandseplassen-wo.nl. Hij weet ervan en verwacht
            jullie bericht.

            Anouk
            """
        ),
    },
    {
        "id": "d141-040",
        "kind": "other",
        "sender": "Bert Kamphuis <b.kamphuis@sallandwerkt.nl>",
        "subject": "Opvolging per september",
        "quote": "none",
        "body": _(
            """
            Beste Melanie,

            Even vooruitlopend: per 1 september draag ik het stokje over aan Lisanne de Groot
            (l.degroot@sallandwerkt.nl). Tot die tijd blijf ik gewoon lid. Wil je haar na de zomer in mijn
            plaats opnemen? Ik stuur je rond die tijd nog een seintje.

            Bert
            """
        ),
    },
    {
        "id": "d141-041",
        "kind": "other",
        "sender": "Hanneke Stroeve <h.stroeve@westbrabantoost-wo.nl>",
        "subject": "Pieter Lagerwey",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Ik zag dat jullie uitnodiging voor het atelier nog naar Pieter Lagerwey is gegaan. Pieter werkt sinds
            januari niet meer bij ons; hij is naar de provincie vertrokken. Wie hem opvolgt, is nog niet bekend.

            Groet,
            Hanneke Stroeve
            HR-adviseur
            """
        ),
    },
    {
        "id": "d141-042",
        "kind": "other",
        "sender": "Dennis Maas <d.maas@lingeenwaal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedendag,

            De mailbox van mevrouw Gerritsen wordt sinds haar vertrek door mij beheerd. Zij werkt hier niet meer en
            kan op deze uitnodiging dus niet reageren. Haar naam kan uit uw adressenlijst.

            Dennis Maas
            functioneel beheerder
            """
        ),
    },
    {
        "id": "d141-043",
        "kind": "unsubscribe",
        "sender": "Kees Hanegraaf <k.hanegraaf@grootveluwe-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kom niet, en eerlijk gezegd wil ik ook van de lijst af. Over twee weken stop ik als directeur en ga
            ik iets heel anders doen. Haal me er maar uit. Dank voor al die mooie middagen!

            Kees
            """
        ),
    },
    {
        "id": "d141-044",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Lidewij Ravensberg <l.ravensberg@oostzaansepolders-wo.nl>",
        "subject": "Uitschrijving en verwijdering gegevens",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Nu ik per 1 maart mijn functie neerleg, wil ik niet alleen als lid worden uitgeschreven, maar ook dat
            al mijn persoonsgegevens bij u worden gewist (art. 17 AVG). Mijn assistent hoeft hierin niets meer te
            doen; graag een korte bevestiging aan mij wanneer het gebeurd is.

            Met vriendelijke groet,
            L. Ravensberg
            """
        ),
    },
    {
        "id": "d141-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jacqueline Bol <j.bol@rivierenlandoost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan, ik moet me helaas afmelden voor donderdag. Het lidmaatschap houd ik uiteraard aan,
            volgende keer beter. Mijn secretaresse haalt het uit mijn agenda.

            Jacqueline
            """
        ),
    },
    {
        "id": "d141-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mustafa Yildiz <m.yildiz@dienstmiddendelfland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Zelf lukt het me niet, maar mijn collega Gea Wubbels (g.wubbels@dienstmiddendelfland.nl), directeur
            bedrijfsvoering, gaat in mijn plaats. Zij is erg benieuwd naar het thema.

            Mustafa Yildiz
            """
        ),
    },
    {
        "id": "d141-047",
        "kind": "other",
        "sender": "Patricia Kuijpers <secretariaat@grwaterlandnoord.nl>",
        "subject": "Wijziging e-mailadres mevrouw Drost",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat van het netwerk,

            Door de overgang naar een nieuw domein wijzigt het e-mailadres van onze directeur, mevrouw Ellen Drost.
            Haar oude adres e.drost@waterland-noord.nl vervalt per 1 maart; het nieuwe adres is
            e.drost@grwaterlandnoord.nl. Wilt u dit in uw ledenlijst aanpassen?

            Met vriendelijke groet,
            Patricia Kuijpers
            """
        ),
    },
    {
        "id": "d141-048",
        "kind": "other",
        "sender": "Stijn Hoogeveen <stijn.hoogeveen@kennemerduin-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank! Meteen al een kleine wijziging: ons mailsysteem gaat over, vanaf volgende maand ben ik te
            bereiken op s.hoogeveen@kennemerduin.nl. Willen jullie vanaf dan dat adres gebruiken?

            Stijn
            """
        ),
    },
    {
        "id": "d141-049",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ingrid Holtkamp <i.holtkamp@twentsezoom-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Van Dalen het volgende onderwerp voor het atelier:
            Hoe positioneer je een werkorganisatie van twee kleine gemeenten in een regio waar de centrumgemeente
            steeds meer naar zich toe trekt?

            Met vriendelijke groet,
            Ingrid Holtkamp
            secretariaat directie
            """
        ),
    },
    {
        "id": "d141-050",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lianne Koster <l.koster@zuidkennemerland-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor een inspirerende middag. De volgende keer zou ik graag doorpraten over AI en algoritmes in
            onze eigen werkprocessen: wie is eigenaar, en hoe houden we grip op de licentiekosten? Mijn
            managementassistent stuurt jullie nog de namen van de collega's die ik had beloofd door te geven.

            Lianne Koster
            """
        ),
    },
    {
        "id": "d141-051",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Thijs Reinders <t.reinders@maaskempen-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom. Ik ben net de opvolger van Joost Wiersma en zit midden in mijn
            inwerkperiode. Een onderwerp dat mij nu al bezighoudt: hoe kom je als nieuwe directeur tot een
            langetermijnvisie en een inhoudelijke agenda voor de werkorganisatie, terwijl je de organisatie
            nog maar net kent?
            """
        ),
    },
    {
        "id": "d141-052",
        "kind": "other",
        "sender": "Gijs Timmer <g.timmer@oldambtwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mijn collega van Werkorganisatie Eemsdelta-Zuid vertelde dat zij 'sturen op de bedrijfsvoering bij
            krimpende budgetten' heeft ingediend. Daar sluit ik me van harte bij aan; tel mijn stem daar maar bij.

            Gijs Timmer
            """
        ),
    },
    {
        "id": "d141-053",
        "kind": "autoreply",
        "sender": "Ronald Hiemstra <r.hiemstra@lauwersland-wo.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: " + _INVITE,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met 19 februari ben ik afwezig en lees ik mijn mail niet. Voor afspraken
            en dringende zaken kunt u terecht bij mijn secretaresse Marja Veenstra,
            m.veenstra@lauwersland-wo.nl of 0519 - 24 60 10.

            Ronald Hiemstra
            """
        ),
    },
    {
        "id": "d141-054",
        "kind": "autoreply",
        "sender": "H. Vermeulen <h.vermeulen@polderdelta.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + _CALL,
        "quote": "none",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Mevrouw H. Vermeulen is niet langer werkzaam bij
            Werkorganisatie Polderdelta; uw bericht wordt niet doorgestuurd. Voor zaken van de directie kunt u
            mailen naar directie@polderdelta.nl of naar haar opvolger, de heer K. Smulders
            (k.smulders@polderdelta.nl).
            """
        ),
    },
    {
        "id": "d141-055",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@deltawaardsamen.nl>",
        "subject": "Onbestelbaar: " + _REMIND,
        "quote": "none",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            p.dijkgraaf@deltawaardsamen.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try
            to resend the message.

            Diagnostic information for administrators:
            Generating server: MX2.deltawaardsamen.nl
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "d141-056",
        "kind": "other",
        "sender": "Esmee Lankhorst <e.lankhorst@heuvelzoom-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mijn directeur kan op 11 maart niet. Zelf ben ik als bestuursadviseur nauw betrokken bij het
            samenwerkingsvraagstuk tussen onze vier gemeenten. Mag ik in haar plaats komen, of is het atelier echt
            alleen voor directeuren bedoeld?

            Met vriendelijke groet,
            Esmée Lankhorst
            """
        ),
    },
    {
        "id": "d141-057",
        "kind": "other",
        "sender": "Joyce Wessels <j.wessels@heerlenlanden-wo.nl>",
        "subject": "Inzageverzoek namens dhr. Brouns",
        "quote": "none",
        "body": _(
            """
            Geachte heer/mevrouw,

            De heer Brouns heeft mij gevraagd een inzageverzoek in te dienen: welke gegevens heeft uw netwerk van
            hem vastgelegd, en met wie worden die gedeeld? Hij is niet van plan zijn lidmaatschap op te zeggen,
            het gaat hem puur om inzicht.

            Met vriendelijke groet,
            Joyce Wessels
            Secretariaat directie
            """
        ),
    },
    {
        "id": "d141-058",
        "kind": "confirm",
        "sender": "Marco Spierings <m.spierings@peelenmaaswerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja hoor, doe maar. Sorry voor de late reactie: uw eerste mail was bij mijn secretaresse in de map
            'nog beoordelen' beland.
            M. Spierings
            """
        ),
    },
    {
        "id": "d141-059",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Sietske Mulder <directiesecretariaat@dienstvechtdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Everts brengt graag de volgende twee onderwerpen in:
            - hoe meten we of inwoners van alle deelnemende gemeenten aan de balie en online dezelfde kwaliteit
              van dienstverlening ervaren;
            - hoe financieren we de vervanging van ons zaaksysteem nu de gemeenten elk een andere
              meerjarenraming hanteren.

            Met vriendelijke groet,
            Sietske Mulder
            """
        ),
    },
]
# fmt: on
