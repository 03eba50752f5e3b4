"""devset137: a year of the mailbox in the province of Utrecht and the Gelderse Vallei.

The writers run invented werkorganisaties and GR's between the Utrechtse Heuvelrug, the Lek, the Vecht and the
Gelderse Vallei (Valleistroom, Heuvelrug-Eem, Lekdijk-Oost, Binnenveld Samen, GR De Grebbe, Rijnvallei, ...). The set
follows them through a year: sign-ups in the autumn and their confirmations, answers to the welcome, the call for
themes in the winter, the invitation, change and cancellation of the March atelier, substitutes, the reminder, the
follow-up, departures and hand-overs, AVG requests, address changes, out-of-office mail and bounces. Some writers
come back in later cases (a sign-up, its confirmation, a topic under the welcome). Registers run from stiff
letters with disclaimers to phone mails with typos; a few writers are English. About a third is hard: denials,
conditions, side questions, topics wrapped in long stories, assistants writing for directors.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a yes after an earlier no).
- A topic under any of our mails (the welcome, the invitation, the follow-up) is a suggestion, also when the writer
  says in the same mail whether they come; a reply under the call for themes that only says whether the writer
  comes is an rsvp; an idea about the form of the atelier, backing someone else's topic and asking to present are
  other. Themes are those of the proposed topic, not of the story told before it.
- Leaving the network and declining the atelier in one mail is an unsubscribe; declining the atelier while staying
  a member, or declining with a substitute, is rsvp False. Attending online counts as coming (this set's reading;
  the brief does not say).
- A successor taking the seat (with or without an address yet) is an unsubscribe; a hand-over at a later date while
  staying a member until then, and a colleague reporting that someone left, are other.
- AVG erasure is an unsubscribe with erase; a request to see one's data is other.
- Signing up one named colleague with an address is a subscribe, an assistant doing so for the director too;
  several people, or a colleague without an address, is other. "Lid blijven" under our goodbye is a subscribe.
- Under the confirmation mail an empty reply or signature is confirm; a plain denial (also asking who did it) is an
  unsubscribe, a denial asking where the address came from is other; an assistant confirming from their own
  address, or a confirmation with a real question, is other.
- An assistant answering in reply to the invitation is an rsvp; an assistant's new mail about attendance is other.
  A "nee" that only answers the question of a guest is other. A yes on a condition to be answered first is other.
- Calendar answers are rsvp's. Out-of-office, read receipts, ticket systems and "no longer in use" are autoreply
  (with the thread their headers point to, no quote); delivery failures are bounce, without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ sign-ups
    {
        "id": "d137-001",
        "kind": "subscribe",
        "sender": "drs. W.J. Boersma <wj.boersma@valleistroom.nl>",
        "quote": "none",
        "subject": "Aanmelding lidmaatschap netwerk directeuren",
        "body": _(
            """
            Geachte heer, mevrouw,

            Met ingang van 1 september jl. ben ik benoemd tot algemeen directeur van de GR Valleistroom, de
            gemeenschappelijke regeling waarin drie Vallei-gemeenten hun ambtelijke organisatie hebben
            ondergebracht. Mijn ambtgenoot in Rhenen wees mij op uw netwerk.

            Hierbij verzoek ik u mij als lid in te schrijven, op dit e-mailadres.

            Hoogachtend,

            drs. W.J. (Willem) Boersma
            algemeen directeur GR Valleistroom
            """
        ),
    },
    {
        "id": "d137-002",
        "kind": "subscribe",
        "sender": "Mark Donovan <m.donovan@eemvallei-wo.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Hello,

            I started in October as interim director of operations at Werkorganisatie Eemvallei (three
            municipalities just east of Amersfoort). My Dutch is still a work in progress, so forgive the English.
            A colleague said your network is the place to meet peers who run shared organisations like ours.
            Please add me as a member - this address is fine.

            Kind regards,
            Mark Donovan
            """
        ),
    },
    {
        "id": "d137-003",
        "kind": "subscribe",
        "sender": "Peter van Rossum <p.vanrossum@lekdijkoost.nl>",
        "quote": "none",
        "subject": "Nieuwe gemeentesecretaris-directeur Lekdijk-Oost",
        "body": _(
            """
            Goedemiddag,

            Sinds deze maand hebben we een nieuwe gemeentesecretaris-directeur, Anouk Terpstra. Ik heb haar over
            jullie ateliers verteld en ze wil er graag bij. Willen jullie haar inschrijven?
            Haar adres is a.terpstra@lekdijkoost.nl

            Hartelijke groet,
            Peter van Rossum
            concerncontroller Werkorganisatie Lekdijk-Oost
            """
        ),
    },
    {
        "id": "d137-004",
        "kind": "subscribe",
        "sender": "Gonnie Ravensbergen <g.ravensbergen@eemvallei-wo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Huh, dit klopt niet! Ik heb volgens mij op de verkeerde link gedrukt toen ik op mijn telefoon door de
            mail scrolde. Lid blijven dus, ik wil die ateliers echt niet missen.

            Gonnie
            """
        ),
    },
    {
        "id": "d137-005",
        "kind": "subscribe",
        "sender": "Lotte Hakkert <l.hakkert@grebbebergsamen.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi, via Joost Hazeleger van Binnenveld Samen hoorde ik over jullie netwerk. Ik ben sinds kort
            directeur van Grebbeberg Samen, zet me er maar bij :)
            Gr Lotte

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d137-006",
        "kind": "subscribe",
        "sender": "Jasper Kuiper <j.kuiper@srs-werkt.nl>",
        "quote": "none",
        "subject": "Na het atelier: graag lid worden",
        "body": _(
            """
            Beste Stan en Melanie,

            Donderdag mocht ik als gast van Reinier Mooij mee naar het atelier in het Stadskantoor. Wat een goed
            gesprek was dat, vooral het deel over de raden. Ik ben directeur bedrijfsvoering van de SRS
            Werkorganisatie en wil me nu zelf als lid aanmelden met dit adres, zodat ik de volgende keer niet via
            Reinier hoef mee te liften.

            Groet,
            Jasper Kuiper
            """
        ),
    },
    {
        "id": "d137-007",
        "kind": "subscribe",
        "sender": "Bart Nijhof <b.nijhof@grdegrebbe.nl>",
        "quote": "none",
        "subject": "Opvolging Gerrit Blom",
        "body": _(
            """
            Beste secretariaat,

            Gerrit Blom heeft u eerder laten weten dat ik hem opvolg als directeur van GR De Grebbe; mijn
            mailadres was toen nog niet bekend. Inmiddels wel, dus bij deze meld ik mij aan als lid van het
            netwerk. Gerrit was er altijd erg lovend over.

            Met vriendelijke groet,
            Bart Nijhof
            directeur GR De Grebbe
            """
        ),
    },
    {
        "id": "d137-008",
        "kind": "subscribe",
        "sender": "Ilse Verbeek <i.verbeek@utrechtsewaarden-wo.nl>",
        "quote": "none",
        "subject": "Aanmelding dhr. R. Kamminga",
        "body": _(
            """
            Geacht secretariaat,

            Namens onze algemeen directeur, de heer R. (Ruud) Kamminga, meld ik hem aan als lid van het Netwerk
            van directeuren van ambtelijke fusieorganisaties. Zijn e-mailadres is r.kamminga@utrechtsewaarden-wo.nl;
            de berichten kunnen rechtstreeks naar hem.

            Met vriendelijke groet,

            Ilse Verbeek
            Directiesecretaris | Werkorganisatie Utrechtse Waarden
            """
        ),
    },
    # ------------------------------------------------------------------ confirmations
    {
        "id": "d137-009",
        "kind": "confirm",
        "sender": "Ruud Kamminga <r.kamminga@utrechtsewaarden-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d137-010",
        "kind": "confirm",
        "sender": "Hanneke Vos <h.vos@rijnvallei-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Met vriendelijke groet,

            Hanneke Vos
            Directeur Bedrijfsvoering
            Werkorganisatie Rijnvallei
            T 0343 - 47 21 90 | M 06 - 41 08 77 25
            Bereikbaar ma t/m do
            """
        ),
    },
    {
        "id": "d137-011",
        "kind": "confirm",
        "sender": "Karin Oosterveld <k.oosterveld@abergensamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja hoor, bij deze. Prettig dat het zonder formulieren en wachtwoorden kan.

            Karin
            """
        ),
    },
    {
        "id": "d137-012",
        "kind": "confirm",
        "sender": "Mark Donovan <m.donovan@eemvallei-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - cheers.

            Mark Donovan
            Interim Director of Operations | Werkorganisatie Eemvallei
            """
        ),
    },
    {
        "id": "d137-013",
        "kind": "confirm",
        "sender": "Evert-Jan Schouten <ej.schouten@zud-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Graag bevestigd. Mijn collega uit Wijk bij Duurstede was na het vorige atelier zeer te spreken, dus ik
            ben benieuwd.

            E.J. Schouten
            Zuidoost-Utrecht Dienstverlening (ZUD)

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden
            ontleend.
            """
        ),
    },
    {
        "id": "d137-014",
        "kind": "confirm",
        "sender": "Anouk Terpstra <a.terpstra@lekdijkoost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            bevestgd, dnk je wel! had de eerste mail gemist tussen alle inwerkgesprekken

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    # ------------------------------------------------------------------ other, under the confirmation mails
    {
        "id": "d137-015",
        "kind": "other",
        "sender": "Miriam Bosman <secretariaat.directie@heiligenbergwo.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Van Essen vroeg mij dit voor haar te regelen: zij wil graag lid worden en bevestigt hierbij
            haar aanmelding. Haar eigen mailbox beheer ik tijdens haar verlof, vandaar dat het via mij loopt.

            Met vriendelijke groet,
            Miriam Bosman
            secretariaat directie, De Heiligenberg Werkorganisatie
            """
        ),
    },
    {
        "id": "d137-016",
        "kind": "other",
        "sender": "Sandra Pijnenburg <s.pijnenburg@barnbeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Bij deze bevestig ik mijn aanmelding.

            Een vraag: kan mijn managementassistent de uitnodigingen ook ontvangen? Zij beheert mijn agenda en
            anders glipt er zomaar iets doorheen.

            Sandra Pijnenburg
            Werkorganisatie Barneveldse Beek
            """
        ),
    },
    {
        "id": "d137-017",
        "kind": "other",
        "sender": "Huib de Kloet <huib.dekloet@vechtplassen-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb mij nergens voor opgegeven. Hoe komt u aan mijn adres? Graag hoor ik waar u mijn gegevens
            vandaan heeft voordat ik hier verder iets mee doe.

            H. de Kloet
            """
        ),
    },
    # ------------------------------------------------------------------ leaving
    {
        "id": "d137-018",
        "kind": "unsubscribe",
        "sender": "Jeroen Stam <j.stam@krwsamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit netwerk ken ik niet en ik heb me nergens ingeschreven. Welke collega heeft mij hiervoor opgegeven?
            Vreemd.

            J. Stam
            """
        ),
    },
    {
        "id": "d137-019",
        "kind": "unsubscribe",
        "sender": "Maaike Hoogendoorn <m.hoogendoorn@binnenveldsamen.nl>",
        "quote": "none",
        "subject": "Beëindiging lidmaatschap",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 november aanstaande treed ik in dienst van de provincie Utrecht en verlaat ik Binnenveld Samen.
            Daarmee kom ik niet langer in aanmerking voor het netwerk. Ik verzoek u mijn lidmaatschap te
            beëindigen en mij van de verzendlijst te verwijderen. Een opvolger is nog niet benoemd.

            Met dank voor de inspirerende bijeenkomsten,

            Maaike Hoogendoorn
            """
        ),
    },
    {
        "id": "d137-020",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "R.A. Westerveld <r.westerveld@valleiwerk.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer/mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn
            persoonsgegevens die u in het kader van het netwerk verwerkt te wissen, inclusief mijn naam,
            functie en e-mailadres, en mij geen berichten meer te sturen.

            Ik verneem graag binnen de wettelijke termijn dat dit is uitgevoerd.

            Hoogachtend,
            R.A. Westerveld
            """
        ),
    },
    {
        "id": "d137-021",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Simon Ashworth <s.ashworth@rijnvallei-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            No themes from me, I'm afraid - I'm leaving local government at the end of the year. Please take me off
            the list and delete whatever personal data you hold on me (GDPR right to erasure).

            Thanks for everything,
            Simon
            """
        ),
    },
    {
        "id": "d137-022",
        "kind": "unsubscribe",
        "sender": "Cor Lagerwey <c.lagerwey@heuvelrugeem.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de snelle afhandeling. U vraagt naar een opvolger: dat wordt Sanne Wolters,
            s.wolters@heuvelrugeem.nl. Zij begint op 1 maart als algemeen directeur van Heuvelrug-Eem.

            Hartelijke groet,
            Cor Lagerwey
            """
        ),
    },
    {
        "id": "d137-023",
        "kind": "unsubscribe",
        "sender": "Gerrit Blom <g.blom@grdegrebbe.nl>",
        "quote": "none",
        "subject": "Vertrek directeur GR De Grebbe",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Na negen jaar stop ik per 1 juni als directeur van GR De Grebbe. Mijn opvolger wordt Bart Nijhof; zijn
            mailadres krijgt hij pas bij indiensttreding, dus dat kan ik jullie nog niet geven. Halen jullie mij
            wel vast van de lijst?

            Dank voor alle mooie middagen.
            Gerrit
            """
        ),
    },
    {
        "id": "d137-024",
        "kind": "unsubscribe",
        "sender": "Ellen Vermeulen <e.vermeulen@zud-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Op 11 maart ben ik er niet bij, en eerlijk gezegd wil ik ook van de verzendlijst af: vanaf april heb
            ik een andere rol binnen de ZUD, zonder directietaken. Dan is dit netwerk niet meer voor mij bedoeld.

            Met vriendelijke groet,
            Ellen Vermeulen
            """
        ),
    },
    {
        "id": "d137-025",
        "kind": "unsubscribe",
        "sender": "Theo Roodbergen <t.roodbergen@srs-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Geen thema's meer van mijn kant: ik ga 1 februari met pensioen! Haal me maar uit het bestand.
            Succes allemaal, het ga jullie goed.

            Theo

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d137-026",
        "kind": "unsubscribe",
        "sender": "Arjen Mulderij <a.mulderij@vechtplassen-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Dit atelier ga ik niet meer halen: per 1 maart vertrek ik naar het Rijk. Mijn opvolger als algemeen
            directeur, Eline Brouwer (e.brouwer@vechtplassen-wo.nl), neemt mijn plek in het netwerk over. Of zij op
            11 maart al kan, laat ik graag aan haar.

            Met vriendelijke groet,
            Arjen Mulderij
            Vechtplassen Werkorganisatie
            """
        ),
    },
    {
        "id": "d137-027",
        "kind": "unsubscribe",
        "sender": "Wim Schalkwijk <w.schalkwijk@wo-langbroek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor het verslag. Helaas was dit mijn laatste atelier: door de herindeling wordt onze
            werkorganisatie per 1 januari opgeheven en vervalt mijn functie. Wilt u mij als lid uitschrijven?

            W. Schalkwijk
            Werkorganisatie Langbroekerwetering
            """
        ),
    },
    {
        "id": "d137-028",
        "kind": "unsubscribe",
        "sender": "Frank Goedhart <f.goedhart@lekdijkoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dit is de derde uitnodiging die ik krijg terwijl ik al twee jaar geen directeur meer ben. Graag
            uitschrijven, dan hoeft u mij ook niet meer te herinneren.

            F. Goedhart
            """
        ),
    },
    # ------------------------------------------------------------------ other: hand-overs, departures, data, addresses
    {
        "id": "d137-029",
        "kind": "other",
        "sender": "Hennie Achterberg <h.achterberg@barnbeek.nl>",
        "quote": "none",
        "subject": "Overdracht per 1 oktober",
        "body": _(
            """
            Beste Melanie,

            Alvast ter aankondiging: per 1 oktober draag ik het stokje bij Barneveldse Beek over aan Frits
            Meulenbelt (f.meulenbelt@barnbeek.nl). Tot die tijd blijf ik gewoon lid; het leek me handig dat jullie
            het nu al weten, dan kunnen we de overgang in september netjes regelen.

            Groet,
            Hennie
            """
        ),
    },
    {
        "id": "d137-030",
        "kind": "other",
        "sender": "Petra Dekker <p.dekker@abergensamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Ter informatie: Gert-Jan Mulder, aan wie deze uitnodiging gericht was, is per 1 december uit dienst bij
            Amersfoortse Bergen Samen. Zijn mail wordt voorlopig naar mij doorgezet. Wie hem opvolgt is nog niet
            bekend.

            Met vriendelijke groet,
            Petra Dekker
            bestuursadviseur
            """
        ),
    },
    {
        "id": "d137-031",
        "kind": "other",
        "sender": "Ingeborg Lammers <i.lammers@krwsamen.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geachte secretaris,

            Op grond van artikel 15 AVG verzoek ik om inzage in de persoonsgegevens die u van mij verwerkt: welke
            gegevens het zijn, met welk doel u ze bewaart en hoe lang. Verwijderen hoeft niet; ik blijf graag lid,
            maar wil het overzicht hebben voor ons eigen privacyregister.

            Met vriendelijke groet,
            mr. I. Lammers
            Werkorganisatie Kromme Rijn Wijk
            """
        ),
    },
    {
        "id": "d137-032",
        "kind": "other",
        "sender": "Henk de Jong <h.dejong@oostervallei.nl>",
        "quote": "none",
        "subject": "nieuw mailadres per 1 januari",
        "body": _(
            """
            Beste mensen,

            Onze GR heet per 1 januari niet meer Ooster-Vallei maar Valleistroom, en daarmee verandert ook mijn
            adres: voortaan h.dejong@valleistroom.nl. Het oude adres blijft nog een maand of drie werken.
            Willen jullie het in je bestand aanpassen?

            Groeten,
            Henk de Jong
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d137-033",
        "kind": "other",
        "sender": "Marco Zwaan <m.zwaan@heuvelrugeem.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom gewoon, maar na onze mailmigratie van volgende week is mijn adres m.zwaan@heuvelrug-eem.nl
            (met streepje). Kunt u de uitnodigingen voortaan daarheen sturen?

            Marco
            """
        ),
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d137-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bregje Mol <b.mol@rijnvallei-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! Met z'n tweeën: onze concerncontroller Hidde rijdt met me mee.

            Bregje Mol
            """
        ),
    },
    {
        "id": "d137-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis van Wijk <d.vanwijk@abergensamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee helaas, die donderdag is er een raadsinformatieavond over de begroting waar ik niet onderuit kan.

            Dennis
            """
        ),
    },
    {
        "id": "d137-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Timmer <c.timmer@binnenveldsamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": "",
    },
    {
        "id": "d137-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees Baars <k.baars@valleiwerk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Sorry, clashes with our general board meeting.
            """
        ),
    },
    {
        "id": "d137-038",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Scholten <y.scholten@grebbebergsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Namens de heer Van Dam laat ik u weten dat hij op 11 maart aanwezig zal zijn. Hij komt zonder
            introducé.

            Met vriendelijke groet,
            Yvonne Scholten
            managementondersteuning Grebbeberg Samen
            """
        ),
    },
    {
        "id": "d137-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemiek Ruiter <a.ruiter@krwsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Zelf ben ik die middag verhinderd. Mijn plaatsvervanger Thijs Oudshoorn (t.oudshoorn@krwsamen.nl) gaat
            in mijn plaats, hij is zeer geïnteresseerd in het thema.

            A. Ruiter
            """
        ),
    },
    {
        "id": "d137-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Roel Bakker <roel.bakker@srs-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas, ik kan niet. buikgriep in huis en nu heb ik het zelf ook te pakken. Geef mijn plek maar aan
            iemand van de wachtlijst

            Roel
            """
        ),
    },
    {
        "id": "d137-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liesbeth Koning <l.koning@wo-langbroek.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Laat die wachtlijstplek maar aan een ander. Inmiddels is er op diezelfde middag een begrotingsoverleg
            met de drie wethouders Financiën gepland.

            Liesbeth
            """
        ),
    },
    {
        "id": "d137-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Hofstede <g.hofstede@zud-gr.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Jammer, op de 18e zit ik de hele dag in Den Haag bij de VNG-commissie. Dan moet ik voor dit atelier
            afhaken, hoe graag ik ook had gewild.

            G. Hofstede
            """
        ),
    },
    {
        "id": "d137-043",
        "kind": "rsvp",
        "attending": True,
        "sender": "Esther Vink <e.vink@heiligenbergwo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Dank voor de uitnodiging! Ik neem de plek van Dirk graag in en neem inderdaad een collega mee.

            Esther
            """
        ),
    },
    {
        "id": "d137-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Robbert Wiegman <r.wiegman@eemvallei-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Dirk heeft mij wat voorbarig opgegeven: die middag zit ik zelf bij het regionale overleg in Veenendaal.
            Ik kan dus niet. Ik laat het aan hem om iemand anders te vragen.

            Groet,
            Robbert Wiegman
            """
        ),
    },
    {
        "id": "d137-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nicole Verweij <n.verweij@valleistroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Vorige week schreef ik nog dat het er niet in zat, maar de auditcommissie is verschoven naar april.
            Ik kom dus alsnog, als er nog een plekje is.

            Nicole Verweij
            """
        ),
    },
    {
        "id": "d137-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harm Veldhuizen <h.veldhuizen@barnbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Een onderwerp heb ik niet meteen paraat, jullie lijstje dekt het eigenlijk al. Maar op 11 maart ben
            ik er in elk geval bij, dat staat al in mijn agenda.

            Harm
            """
        ),
    },
    {
        "id": "d137-047",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jolanda Eijkelenboom <j.eijkelenboom@barnbeek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": _(
            """
            Naar Utrecht komen lukt die middag niet, dan ben ik te lang onderweg vanuit Barneveld. Ik sluit wel
            online aan via de Teams-link.

            Jolanda
            """
        ),
    },
    {
        "id": "d137-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fiona McAllister <f.mcallister@utrechtsewaarden-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Unfortunately I won't be able to attend on 11 March; I'll be in Brussels with a delegation from the
            province that week. Do keep me posted on future sessions, I'd hate to miss the next one.

            Best wishes,
            Fiona McAllister
            """
        ),
    },
    {
        "id": "d137-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tineke Sprong <t.sprong@grdegrebbe.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hierbij meld ik mij af voor het atelier van 11 maart, we hebben dan ons jaarlijkse heidag met het MT.
            Lid blijf ik uiteraard wel, ik zie de volgende uitnodiging graag tegemoet.

            Tineke Sprong
            """
        ),
    },
    # ------------------------------------------------------------------ suggestions
    {
        "id": "d137-050",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Sjoerd Hilhorst <s.hilhorst@heuvelrugeem.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp: waar staat onze werkorganisatie in 2035? Wij schrijven dit jaar een langetermijnvisie
            en ik ben benieuwd hoe collega's zo'n visie opstellen en er bestuurlijk draagvlak voor krijgen.

            Groet,
            Sjoerd Hilhorst
            """
        ),
    },
    {
        "id": "d137-051",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mirjam van Ee <m.vanee@srs-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Onderwerp: de positie van kleine gemeenten in de regio Valleiland - hoe zorg je dat de centrumgemeente
            niet alles bepaalt en onze twee dorpsgemeenten ook gehoord worden?

            Mirjam van Ee
            """
        ),
    },
    {
        "id": "d137-052",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hatice Yildiz <h.yildiz@binnenveldsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Eén klantcontactcentrum voor vier gemeenten: hoe staat het bij anderen met de telefonische
            bereikbaarheid en de tevredenheid van inwoners? Wij zakken in de cijfers en ik zoek goede voorbeelden.

            Hatice
            """
        ),
    },
    {
        "id": "d137-053",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Koen Brinkman <k.brinkman@zud-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Voorstel: de inzet van AI en chatbots aan de voorkant van de dienstverlening. Wat betekent dat voor
            inwoners die ons bellen, en wat doet het met de formatie en de functies in onze backoffice?

            K. Brinkman
            ZUD
            """
        ),
    },
    {
        "id": "d137-054",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Ada Vlasblom <a.vlasblom@lekdijkoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen van mij:
            - hoe vertaal je na de verkiezingen vier coalitieakkoorden naar één inhoudelijke agenda voor de
              werkorganisatie
            - de verhouding tussen het GR-bestuur en de deelnemende gemeenteraden, die zich steeds vaker
              buitenspel voelen

            Ada Vlasblom
            """
        ),
    },
    {
        "id": "d137-055",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Anouk Terpstra <a.terpstra@lekdijkoost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. Ik heb meteen iets: informatiebeveiliging in een organisatie die twee
            gemeenten bedient. Hoe beleggen jullie de rol van de CISO en de verantwoording aan twee colleges?

            Anouk Terpstra
            gemeentesecretaris-directeur Lekdijk-Oost
            """
        ),
    },
    {
        "id": "d137-056",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gijs Overeem <g.overeem@valleiwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom, leuk! En voor een volgend atelier zou ik graag het meten van prestaties in onze dienstverlening
            op de agenda zien: welke kpi's rapporteren jullie aan de colleges, en kijkt daar iemand nog naar?

            Gijs
            """
        ),
    },
    {
        "id": "d137-057",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marjolein Kroes <m.kroes@lekdijkoost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een mooie middag was het. Voor de volgende keer: hoe ga je om met een deelnemende gemeente die
            hardop overweegt uit de GR te stappen? Bij ons speelt dat nu en ik hoor graag hoe anderen dat aanpakten.

            Marjolein
            """
        ),
    },
    {
        "id": "d137-058",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jan-Willem Pos <jw.pos@rijnvallei-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Nog één aanvulling: de financiële positie van de werkorganisatie nu de uitkeringen uit het
            gemeentefonds na 2026 dalen. Hoe houden jullie de begroting sluitend zonder de dienstverlening uit te
            kleden?

            JW
            """
        ),
    },
    {
        "id": "d137-059",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rachel Dunmore <r.dunmore@heiligenbergwo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            One topic I'd love to discuss: building a shared culture in a merged organisation when staff still
            identify with their 'old' town hall, five years after the merger. What has worked for others?

            Rachel
            """
        ),
    },
    {
        "id": "d137-060",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lotte Hakkert <l.hakkert@grebbebergsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            onderwerp: dienstverlening dicht bij de kernen houden nu we de loketten in de kleinere dorpen sluiten.
            mobiel loket, bieb als servicepunt? hoe doen anderen dat

            Verzonden met Outlook voor iOS
            """
        ),
    },
    {
        "id": "d137-061",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bert Hoogstraten <b.hoogstraten@wo-langbroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Stan,

            Bij ons is het al maanden onrustig. Twee van de drie gemeenten willen een andere verdeelsleutel, de
            derde dreigt met een eigen koers bij het sociaal domein, en de raden stellen elke maand nieuwe vragen.
            Daar kom ik wel uit, daar zijn het bestuurders voor.

            Wat ik wél graag met collega's wil bespreken is iets anders: hoe richt je binnen de organisatie je
            sturingsconcept in? Wij twijfelen tussen verder met zelforganiserende teams of terug naar meer
            lijnsturing met afdelingshoofden.

            Groet,
            Bert Hoogstraten
            """
        ),
    },
    {
        "id": "d137-062",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Petra van der Horst <p.vanderhorst@abergensamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Op 11 maart ben ik helaas op vakantie, maar een onderwerp wil ik toch kwijt: hoe stel je als directie
            de bestuurlijke prioriteiten en de meerjarenagenda bij na de gemeenteraadsverkiezingen?

            Petra van der Horst
            """
        ),
    },
    {
        "id": "d137-063",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Wouter Smeenk <w.smeenk@eemvallei-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik antwoord even tussen uw regels:

            > - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
            > werkprocessen, financiën, I&A;

            Hybride werken en huisvesting: drie gemeentehuizen, te veel lege bureaus op vrijdag en te weinig op
            dinsdag.

            > - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen,
            > monitoring van prestaties.

            De wijkteams: hoe meet je of inwoners er echt beter van worden?

            Wouter
            """
        ),
    },
    {
        "id": "d137-064",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Joke Brouwer <j.brouwer@valleiwerk.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste secretariaat,

            Mevrouw Hendriks vroeg mij haar onderwerp aan u door te geven: de samenwerking met de buurregio's rond
            de woningbouwopgave en de regionale woondeal, waar onze gemeenten elk een eigen belang hebben.

            Met vriendelijke groet,
            Joke Brouwer
            secretaresse directie Valleiwerk
            """
        ),
    },
    # ------------------------------------------------------------------ other: conditions, side questions, form
    {
        "id": "d137-065",
        "kind": "other",
        "sender": "Onno Kamp <o.kamp@grebbebergsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik zou graag komen, maar om kwart over vier moet ik weg naar een bestuursvergadering in Rhenen. Is het
            zinvol om dan toch te komen, of mis ik het belangrijkste deel? Dan laat ik de plek liever aan een ander.

            Onno Kamp
            """
        ),
    },
    {
        "id": "d137-066",
        "kind": "other",
        "sender": "Marianne Tuinstra <m.tuinstra@krwsamen.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - dhr. Verhoef",
        "body": _(
            """
            Goedemorgen,

            Graag laat ik u weten dat de heer Verhoef naar het atelier op 11 maart komt. Hij reist met de trein en
            is er rond kwart voor twee. Mocht u nog iets van hem nodig hebben, dan hoor ik het graag.

            Met vriendelijke groet,
            Marianne Tuinstra
            directiesecretariaat Werkorganisatie Kromme Rijn Wijk
            """
        ),
    },
    {
        "id": "d137-067",
        "kind": "other",
        "sender": "Bas Looman <b.looman@rijnvallei-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee, geen gast. Dat moet een misverstand zijn, ik heb niemand opgegeven.

            Bas
            """
        ),
    },
    {
        "id": "d137-068",
        "kind": "other",
        "sender": "Erik-Jan van Doorn <ej.vandoorn@heuvelrugeem.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik hoorde dat Marjolein Kroes (Lekdijk-Oost) hybride werken en huisvesting heeft ingebracht. Daar sluit
            ik me van harte bij aan, zet er maar een streepje extra bij. Zelf heb ik verder niets toe te voegen.

            Erik-Jan
            """
        ),
    },
    {
        "id": "d137-069",
        "kind": "other",
        "sender": "Hanneke Vos <h.vos@rijnvallei-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het verslag! Wij hebben bij Rijnvallei het afgelopen jaar een aanpak ontwikkeld om
            collegebesluiten van drie gemeenten in één planning te krijgen. Zou ik daar op het volgende atelier
            een korte presentatie over mogen geven, een kwartiertje of zo?

            Hanneke
            """
        ),
    },
    {
        "id": "d137-070",
        "kind": "other",
        "sender": "Dirk-Jan Rozendaal <dj.rozendaal@valleistroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geen inhoudelijk thema van mij, wel een idee voor de vorm: houd het atelier eens buiten de stad, op een
            boerderij in de Vallei bijvoorbeeld, en begin om één uur, dan staan we niet allemaal in de spits op de
            A12.

            D.J. Rozendaal
            """
        ),
    },
    {
        "id": "d137-071",
        "kind": "other",
        "sender": "Gonnie Ravensbergen <g.ravensbergen@eemvallei-wo.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat jammer! Is er al een vervangende datum in beeld? Dan blok ik die vast in mijn agenda, die raakt
            voor het zomerreces snel vol.

            Gonnie
            """
        ),
    },
    {
        "id": "d137-072",
        "kind": "other",
        "sender": "Sandra Pijnenburg <s.pijnenburg@barnbeek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank jullie wel voor het verslag en de fijne middag. Vooral het verhaal over de vier raadsgriffies is
            bij mij blijven hangen, dat heb ik meteen in ons MT gedeeld.

            Sandra
            """
        ),
    },
    {
        "id": "d137-073",
        "kind": "other",
        "sender": "Leo Hazeveld <l.hazeveld@wo-langbroek.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam",
        "body": _(
            """
            Goedemiddag,

            Wij willen graag ons hele directieteam laten aansluiten:
            - Leo Hazeveld, algemeen directeur, l.hazeveld@wo-langbroek.nl
            - Miranda Oskam, directeur sociaal domein, m.oskam@wo-langbroek.nl
            - Ruben Verschuur, directeur bedrijfsvoering, r.verschuur@wo-langbroek.nl

            Met vriendelijke groet,
            Leo Hazeveld
            """
        ),
    },
    {
        "id": "d137-074",
        "kind": "other",
        "sender": "Willem Boersma <wj.boersma@valleistroom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Kunt u ook mijn collega Femke Aalbers inschrijven? Zij begint per 1 november
            als directeur bedrijfsvoering bij Valleistroom; haar mailadres wordt pas na haar eerste werkdag
            aangemaakt.

            W.J. Boersma
            """
        ),
    },
    {
        "id": "d137-075",
        "kind": "other",
        "sender": "Oliver Bright <o.bright@zud-gr.nl>",
        "quote": "none",
        "subject": "Slides from the March atelier?",
        "body": _(
            """
            Hello,

            Could you send me the slides that were used in the last atelier? I couldn't make it myself, but my
            team is working on the same question and would find them really useful.

            Many thanks,
            Oliver Bright
            Director, Zuidoost-Utrecht Dienstverlening
            """
        ),
    },
    {
        "id": "d137-076",
        "kind": "other",
        "sender": "Natasja Post <n.post@heiligenbergwo.nl>",
        "quote": "none",
        "subject": "Lidmaatschap - kosten?",
        "body": _(
            """
            Goedendag,

            Ik overweeg lid te worden van uw netwerk. Zijn er kosten aan verbonden, of wordt er een bijdrage per
            atelier gevraagd? Als het kosteloos is meld ik me graag aan, anders moet ik het eerst langs onze
            controller.

            Vriendelijke groet,
            Natasja Post
            """
        ),
    },
    # ------------------------------------------------------------------ automatic mail
    {
        "id": "d137-077",
        "kind": "autoreply",
        "sender": "Carla Timmer <c.timmer@binnenveldsamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Tot en met vrijdag 19 februari ben ik afwezig. Uw bericht wordt niet doorgestuurd. Voor dringende
            zaken kunt u terecht bij het directiesecretariaat, 0318 - 55 20 10.

            Carla Timmer
            """
        ),
    },
    {
        "id": "d137-078",
        "kind": "autoreply",
        "sender": "Fiona McAllister <f.mcallister@utrechtsewaarden-wo.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "body": _(
            """
            Thank you for your email. I am out of the office until 8 January with limited access to email.
            For urgent matters please contact my office on 030 - 600 41 12.
            """
        ),
    },
    {
        "id": "d137-079",
        "kind": "autoreply",
        "sender": "Directie Ooster-Vallei <directie@oostervallei.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Per 1 januari heet GR Ooster-Vallei voortaan GR
            Valleistroom. Uw bericht wordt niet gelezen of doorgestuurd; de nieuwe adressen vindt u op
            www.valleistroom.nl.
            """
        ),
    },
    {
        "id": "d137-080",
        "kind": "autoreply",
        "sender": "Servicedesk Binnenveld Samen <servicedesk@binnenveldsamen.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "[SD-2026-04417] Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte melder,

            Uw bericht is ontvangen door de Servicedesk Binnenveld Samen en geregistreerd onder nummer
            SD-2026-04417. Wij nemen binnen drie werkdagen contact met u op. Vermeld dit nummer bij verdere
            correspondentie.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "d137-081",
        "kind": "autoreply",
        "sender": "Harm Veldhuizen <h.veldhuizen@barnbeek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

                Aan: Veldhuizen, Harm
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
                eigenheid [atelier:2027-1]
                Verzonden: dinsdag 9 februari 2027 10:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op dinsdag 9 februari 2027 13:47:51 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "d137-082",
        "kind": "autoreply",
        "sender": "Janneke Brink <j.brink@zud-gr.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking "
                   "& eigenheid\" [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Per 1 april ben ik niet meer werkzaam bij Zuidoost-Utrecht Dienstverlening. Uw e-mail wordt niet
            automatisch doorgestuurd. Voor de directie kunt u mailen naar directie@zud-gr.nl; mijn opvolger
            wordt binnenkort bekendgemaakt.

            Janneke Brink
            """
        ),
    },
    # ------------------------------------------------------------------ bounces
    {
        "id": "d137-083",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@abergensamen.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Bezorging is mislukt voor deze ontvangers of groepen:

            gj.mulder@abergensamen.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger
            en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem
            zich blijft voordoen.

            Diagnostische gegevens voor beheerders:

            Server genereren: AM6PR04MB5512.eurprd04.prod.outlook.com

            gj.mulder@abergensamen.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d137-084",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.ambtelijkefusie.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.ambtelijkefusie.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <r.vos@wo-langbroek.nl>: host mail.wo-langbroek.nl[185.44.12.9] said: 550
                5.1.1 <r.vos@wo-langbroek.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d137-085",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.ambtelijkefusie.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.ambtelijkefusie.nl.

            Your message could not be delivered to one or more recipients.

            <w.smeenk@eemvalei-wo.nl>: Host or domain name not found. Name service error
                for name=eemvalei-wo.nl type=MX: Host not found, try again
            """
        ),
    },
]
# fmt: on
