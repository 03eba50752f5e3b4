"""heldout76: a year of mail from directors and staff of werkorganisaties in IJsselland (Zwolle, Kampen, Hattem).

The writers are directors, gemeentesecretaris-directeuren, directeuren bedrijfsvoering, management assistants and
office managers of invented shared civil-service organisations along the IJssel and the Vecht, plus their mail
servers. Over one year they sign up (themselves or a colleague), confirm, leave or hand their seat over, answer the
call for themes, the invitation, the change, the reminder, the waiting list and the follow-up, ask practical
questions and send out-of-office notices and delivery failures. Registers run from formal (an AVG letter) to phone
mails; a few writers use English.

Conventions this set relies on (from the brief):
- leaving the network and declining the atelier in one mail is an unsubscribe; a decline with a substitute, or
  getting off the waiting list only, is an rsvp False; a later mail that reverses an earlier no is an rsvp True;
- a hand-over with the successor's address, or a successor named without an address yet, is an unsubscribe; a
  hand-over at a later date while staying a member until then is other; a colleague reporting that someone left is
  other; an address change is other;
- an AVG erasure is an unsubscribe with erase, also with a question beside it;
- one named colleague with an address is a subscribe; several colleagues without addresses is other; "lid blijven"
  under our goodbye is a subscribe;
- a plain denial under the confirmation mail is an unsubscribe; a denial asking where the address came from is
  other; an assistant confirming from their own address is other; a signature alone or an empty reply is confirm;
- a topic proposed under any of our mails is a suggestion (also with a yes, or with a remark on the form); a
  remark on the form alone is other; themes are those of the proposed topic, not of the situation told before it;
- a yes on a condition, a "nee" that only answers the guest question, and an assistant's forwarded note on the
  director's attendance are other; an assistant answering in reply to the invitation is an rsvp;
- calendar answers are rsvps; out-of-office, "no longer in use" and ticket mails are autoreplies; delivery
  failures are bounces without a thread.
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
_REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_FOLLOWUP = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe -------------------------------------------------------------------------------------------------
    {
        "id": "ijs-001",
        "kind": "subscribe",
        "sender": "Harmen Dijkhuis <h.dijkhuis@hanzedrie.nl>",
        "subject": "Aanmelding directeurennetwerk",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 februari ben ik algemeen directeur van Werkorganisatie Hanzedrie, de gezamenlijke ambtelijke
            organisatie van drie gemeenten aan de IJssel. Mijn voorganger was volgens mij geen lid, maar een
            collega uit Deventer was erg lovend over de ateliers.

            Bij deze meld ik mij dus graag aan voor het netwerk, op dit adres.

            Hartelijke groet,
            Harmen Dijkhuis
            algemeen directeur | Werkorganisatie Hanzedrie
            Burgwal 12, Kampen
            """
        ),
    },
    {
        "id": "ijs-002",
        "kind": "subscribe",
        "sender": "Priya Ramdin <p.ramdin@ijsseldeltasamen.nl>",
        "subject": "Joining the directors' network",
        "quote": "none",
        "body": _(
            """
            Hello,

            Last month I started as directeur bedrijfsvoering at IJsseldelta Samen, the shared organisation of
            three municipalities around Kampen. I read Dutch well enough but I'm quicker in English, apologies.

            A colleague forwarded one of your atelier invitations and I would like to become a member myself.
            Could you please add this address to the network?

            Kind regards,
            Priya Ramdin
            """
        ),
    },
    {
        "id": "ijs-003",
        "kind": "subscribe",
        "sender": "Wilma ter Horst <w.terhorst@vechtstroom-wo.nl>",
        "subject": "Aanmelding nieuwe collega",
        "quote": "none",
        "body": _(
            """
            Dag Stan en Melanie,

            Onze nieuwe directeur bedrijfsvoering, Gerrit-Jan Koops, wil graag lid worden van jullie netwerk. Hij
            vroeg mij dat even voor hem te regelen, want hij zit deze week op de leergang in Apeldoorn.
            Zijn adres: gj.koops@vechtstroom-wo.nl

            Alvast dank!

            Wilma ter Horst
            Gemeentesecretaris-directeur Vechtstroom Werkorganisatie
            """
        ),
    },
    {
        "id": "ijs-004",
        "kind": "subscribe",
        "sender": "Jacqueline Bos-Wennink <j.boswennink@sallandseweiden.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven graag! Hier is iets misgegaan: onze postkamer heeft namens het directiesecretariaat een
            hele stapel nieuwsbrieven opgezegd en uw netwerk zat daar per ongeluk tussen. Ik wil juist heel graag
            blijven meedoen.

            Groet,
            Jacqueline Bos-Wennink
            Werkorganisatie Sallandse Weiden
            """
        ),
    },
    {
        "id": "ijs-005",
        "kind": "subscribe",
        "sender": "Evert Slagman <e.slagman@hattemheerdewerkt.nl>",
        "subject": "Netwerk ambtelijke fusies",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Op het congres in de Spiegel in Zwolle raakte ik aan de praat met een van uw leden. Hij vertelde over
            de ateliers en hoe nuttig het is om te sparren met directeuren die in precies dezelfde spagaat zitten.
            Wij zijn met Hattem-Heerde Werkt nu drie jaar onderweg en lopen tegen alles aan wat hij beschreef: twee
            colleges, twee raden, één ambtelijke organisatie die het iedereen naar de zin moet maken.

            Lang verhaal kort: zet u mij maar op de ledenlijst, met dit mailadres.

            Met vriendelijke groet,
            Evert Slagman
            gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "ijs-006",
        "kind": "subscribe",
        "sender": "Tjitske Hoekstra <tjitske.hoekstra@gr-ijsselvallei.nl>",
        "subject": "aanmelden",
        "quote": "none",
        "body": _(
            """
            Hoi, wil me graag aanmelden voor het directeurennetwerk. Ben deze maand begonnen als directeur van de
            GR IJsselvallei (na Hans Mensink, die al lang geen lid meer was). Tnx!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- confirm ---------------------------------------------------------------------------------------------------
    {
        "id": "ijs-007",
        "kind": "confirm",
        "sender": "Bart Nijenhuis <b.nijenhuis@ao-kampereiland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "ijs-008",
        "kind": "confirm",
        "sender": "Henk Oosterhuis <h.oosterhuis@bwo-zalkwilsum.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            Henk Oosterhuis
            Directeur | BWO Zalk-Wilsum
            T 038 - 339 41 70 | M 06 - 41 88 20 13
            Postbus 40, 8275 ZG Wilsum
            www.bwo-zalkwilsum.nl

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan de inhoud kunnen geen rechten worden
            ontleend.
            """
        ),
    },
    {
        "id": "ijs-009",
        "kind": "confirm",
        "sender": "Marloes Scholten <marloes.scholten@genne-windesheim.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Excuus voor de late reactie, uw eerste mail was in mijn map met ongewenste post beland. Bij deze alsnog
            bevestigd!

            Marloes
            """
        ),
    },
    {
        "id": "ijs-010",
        "kind": "confirm",
        "sender": "Dirk-Jan Veldkamp <DJ.Veldkamp@uiterwaarden-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Klopt, dit adres is van mij en ik ontvang jullie berichten graag. Groet, DJV
            """
        ),
    },
    {
        "id": "ijs-011",
        "kind": "confirm",
        "sender": "Oliver Brandsma <o.brandsma@nvijssel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - yes, this mailbox is mine. Looking forward to getting to know the other members.

            Oliver
            """
        ),
    },
    {
        "id": "ijs-012",
        "kind": "confirm",
        "sender": "Gerda Wolters <G.Wolters@ijsselkop.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord, ik bevestig. Mijn managementassistent Wendy heeft mij aangemeld en dat ging op mijn verzoek,
            dus dat is helemaal in orde.

            Met vriendelijke groet,
            Gerda Wolters
            Algemeen directeur Dienst IJsselkop
            """
        ),
    },
    # --- unsubscribe -----------------------------------------------------------------------------------------------
    {
        "id": "ijs-013",
        "kind": "unsubscribe",
        "sender": "Roelof Kamphuis <r.kamphuis@wo-reeve.nl>",
        "subject": "Uitschrijven",
        "quote": "none",
        "body": _(
            """
            Beste mensen,

            Na eenenveertig jaar bij de overheid, waarvan de laatste zes als directeur van Werkorganisatie Reeve,
            ga ik in het voorjaar met pensioen. Wilt u mij uitschrijven? Aan het atelier in maart kom ik niet meer
            toe, mijn laatste maanden staan vol met overdracht. Wie mij opvolgt is nog niet bekend.

            Ik heb de ateliers altijd als een warm bad ervaren. Dank daarvoor.

            Roelof Kamphuis
            """
        ),
    },
    {
        "id": "ijs-014",
        "kind": "unsubscribe",
        "sender": "Ingeborg Lammers <i.lammers@asv-dezande.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Op 11 maart zal ik er niet bij zijn: per 1 maart begin ik bij de provincie Overijssel en stop ik dus
            ook met het netwerk. Mijn opvolger, Sandra Wieringa, neemt mijn plek graag over; haar adres is
            s.wieringa@asv-dezande.nl. Of zij al naar het atelier komt, laat ik aan haar.

            Hartelijke groet en dank voor alles,
            Ingeborg
            """
        ),
    },
    {
        "id": "ijs-015",
        "kind": "unsubscribe",
        "sender": "Fokko Bruins <f.bruins@dalmsholte.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt Ruud Brinkhuis, die per 1 april als
            directeur bij Dalmsholte begint. Zijn mailadres is r.brinkhuis@dalmsholte.nl - hij rekent op uw bericht.

            Fokko Bruins
            """
        ),
    },
    {
        "id": "ijs-016",
        "kind": "unsubscribe",
        "sender": "Anja Reinders <a.reinders@tweedijken.nl>",
        "subject": "Vertrek en opvolging",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Eind deze maand vertrek ik bij Werkorganisatie Twee Dijken. Mijn opvolger wordt Anouk Terpstra; zij
            begint in mei, maar haar mailadres bij ons is nog niet aangemaakt. Zodra ze er zit, meldt ze zich zelf
            bij u.

            Mij mag u van de lijst halen. Bedankt voor de fijne bijeenkomsten.

            Groeten,
            Anja Reinders
            """
        ),
    },
    {
        "id": "ijs-017",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "C.J. van Bemmel <c.vanbemmel@zwvecht.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Met een beroep op artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u over mij verwerkt te wissen, inclusief aanwezigheidslijsten en verslagen waarin
            mijn naam voorkomt, en mijn lidmaatschap van het netwerk te beëindigen.

            Ik verneem graag binnen de wettelijke termijn dat aan dit verzoek is voldaan.

            Hoogachtend,

            mr. C.J. van Bemmel
            directeur bedrijfsvoering Werkorganisatie Zwartewater-Vecht
            """
        ),
    },
    {
        "id": "ijs-018",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sven Hartog <s.hartog@ijsseldeltasamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            I'm leaving local government altogether, so please take me off the list and erase everything you hold
            on me (GDPR right to erasure). One question before you do: could the report of last autumn's atelier
            still go to my colleague who takes over my files? I never downloaded it myself.

            Thanks,
            Sven
            """
        ),
    },
    {
        "id": "ijs-019",
        "kind": "unsubscribe",
        "sender": "Liesbeth Mulderij <l.mulderij@genne-windesheim.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk. Wie heeft dat namens mij gedaan? Ik wil hier in elk geval
            geen berichten van ontvangen.

            L. Mulderij
            """
        ),
    },
    {
        "id": "ijs-020",
        "kind": "unsubscribe",
        "sender": "Wouter Pasman <w.pasman@kamperveen-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, de 11e lukt niet. Eerlijk gezegd is het ook tijd om van jullie lijst af te gaan: de raden
            hebben vorige week besloten de werkorganisatie per 2028 te ontvlechten en ik word kwartiermaker van iets
            heel anders. Schrijf me maar uit. Dank voor de mooie jaren!

            Wouter

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    # --- rsvp ------------------------------------------------------------------------------------------------------
    {
        "id": "ijs-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hilde van Essen <h.vanessen@hessenpoort-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, met 1 gast: onze concerncontroller Mirjam Visscher wil graag mee. We zijn dus met z'n
            tweeën.

            Groet,
            Hilde van Essen
            """
        ),
    },
    {
        "id": "ijs-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kasper Wolbers <kasperwolbers@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, ik ben erbij op de 11e! Ik rij vanuit Zwolle, dus met de A28 kan het iets later worden,
            maar ik kom.

            Sent from my Galaxy
            """
        ),
    },
    {
        "id": "ijs-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gijs Landeweerd <G.Landeweerd@ijsselmuidengrafhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + _INVITATION,
        "body": _(
            """
            Nee, helaas. Die donderdagmiddag vergadert de gezamenlijke raadscommissie in Kampen en daar moet ik bij
            zijn. Volgende keer beter.
            Gijs Landeweerd
            """
        ),
    },
    {
        "id": "ijs-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemiek Zandbergen <a.zandbergen@werkorganisatie-broekland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Zelf kan ik op 11 maart niet, dan zit ik met de accountant om tafel. Mijn plaatsvervanger Jolanda
            Mulder gaat in mijn plaats; haar adres is j.mulder@werkorganisatie-broekland.nl. Zij komt alleen.

            Met hartelijke groet,
            Annemiek Zandbergen
            """
        ),
    },
    {
        "id": "ijs-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Hulsebos <j.hulsebos@wo-scheller.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITATION,
        "body": _(
            """
            Tot dan in Utrecht.
            """
        ),
    },
    {
        "id": "ijs-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Noah Kuipers <n.kuipers@heinoschalkhaar.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + _INVITATION,
        "body": _(
            """
            Sorry - this clashes with our audit committee. Hope to make the autumn edition.
            """
        ),
    },
    {
        "id": "ijs-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Lubbers <f.lubbers@heinoschalkhaar.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet. Sinds gisteren lig ik plat met griep en de huisarts is niet optimistisch over
            donderdag. Geef mijn plaats gerust aan iemand van de wachtlijst; mijn gast blijft dan ook thuis.

            Femke
            """
        ),
    },
    {
        "id": "ijs-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Herman Klein Koerkamp <H.KleinKoerkamp@wo-mastenbroek.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": _(
            """
            Het hoeft voor mij niet meer: de begrotingsbehandeling is naar 11 maart gehaald, dus ik kan toch niet.
            U kunt mij van de wachtlijst halen en de plek aan een ander gunnen.

            Met vriendelijke groet,
            H. Klein Koerkamp
            """
        ),
    },
    {
        "id": "ijs-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ellen Snijder <e.snijder@berkumerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Van Dijk laat ik u weten dat hij graag aanwezig is op 11 maart. Ik heb de afspraak in
            zijn agenda gezet, met reistijd naar Utrecht erbij.

            Met vriendelijke groet,
            Ellen Snijder
            managementondersteuner directie Werkorganisatie Berkumerveld
            """
        ),
    },
    {
        "id": "ijs-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Patrick ten Brinke <p.tenbrinke@wo-zalnebrug.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            De 18e komt mij eigenlijk veel beter uit dan de 11e, dus dan ben ik er toch bij. Mocht er van de
            wachtlijst een plekje vrijkomen, dan graag voor mij!

            Patrick
            """
        ),
    },
    {
        "id": "ijs-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marit Oldenhave <m.oldenhave@veecaten-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plaats van Dirk graag in en heb het al in mijn agenda gezet. Mijn
            gast wordt onze strategisch adviseur, Youssef el Amrani.

            Hartelijke groet,
            Marit Oldenhave
            directeur Sociaal Domein, Werkorganisatie Veecaten
            """
        ),
    },
    {
        "id": "ijs-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lisanne Gortemaker <l.gortemaker@holtenbroek-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Vorige week liet ik weten dat ik niet kon, maar de raadsvergadering is een week opgeschoven. Ik kom dus
            toch! Zet u me maar weer op de lijst voor de 11e.

            Groet, Lisanne
            """
        ),
    },
    # --- suggestion ------------------------------------------------------------------------------------------------
    {
        "id": "ijs-033",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rik Ensink <r.ensink@werkorganisatie-wapenveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mijn onderwerp voor maart:
            - Eén loket voor ondernemers in onze drie gemeenten: hoe zorg je dat een horecavergunning in het
              kleinste dorp net zo vlot rondkomt als in de hoofdkern?

            Met vriendelijke groet,
            Rik Ensink
            directeur Publiekszaken
            """
        ),
    },
    {
        "id": "ijs-034",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Carolien Dekker-Smeenk <c.dekker@dieze-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Twee onderwerpen van onze kant:
            Krapte op de arbeidsmarkt: vacatures voor vergunningverleners en informatiebeveiligers krijgen we niet
            gevuld. Hoe gaan anderen om met hun formatie en met eigen opleidingstrajecten?
            De positie van een kleine werkorganisatie naast Zwolle binnen de Regio Zwolle: hoe zorg je dat je aan
            tafel zit en ook gehoord wordt?

            Groetjes,
            Carolien
            """
        ),
    },
    {
        "id": "ijs-035",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Thijs Holterman <t.holterman@stadshagen-gr.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Was een geslaagde middag, dank!

            Voor het volgende atelier zou ik graag praten over een meerjarige koers voor de werkorganisatie zelf:
            hoe maak je een visie die tien jaar meegaat, als energietransitie, woningbouw en zorgkosten elk jaar
            een andere kant op schuiven? Wij schrijven die visie dit najaar en horen graag hoe anderen het aanpakten.

            Thijs Holterman
            """
        ),
    },
    {
        "id": "ijs-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Nadia Bouzian <n.bouzian@wo-vorchten.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom!

            Iets wat bij ons nu sterk speelt en wat ik graag eens met collega's zou bespreken: wat hybride werken
            doet met ons sturingsconcept. Teamleiders zien hun mensen nauwelijks nog op het kantoor in Hattem, en
            resultaatgericht sturen blijkt in de praktijk een stuk lastiger dan op papier.

            Hartelijke groet,
            Nadia
            """
        ),
    },
    {
        "id": "ijs-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bertus Vrielink <B.Vrielink@oldeneel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ja, ik kom op 11 maart.

            En dan meteen iets voor een volgende keer: na de ransomware-aanval bij een buurgemeente hebben wij onze
            informatiebeveiliging flink moeten opschroeven. Ik zou graag met collega's bespreken hoe je de
            beveiliging van I&A organiseert en bekostigt als kleine werkorganisatie.

            Gr. Bertus Vrielink
            """
        ),
    },
    {
        "id": "ijs-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Saskia Timmerman <s.timmerman@ijsselmuidengrafhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere suggestie: het monitoren van onze prestaties richting inwoners. Sinds
            vorig jaar hebben we een dashboard met wachttijden aan de telefoon en doorlooptijden van aanvragen, maar
            niemand stuurt er echt op. Hoe doen anderen dat?

            Saskia
            """
        ),
    },
    {
        "id": "ijs-039",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Daniel Oosting <d.oosting@ijsselkop.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One suggestion for March: the role of a shared organisation in regional arrangements such as the Regio
            Deal. When three councils each want their own seat and their own say, who actually represents whom at
            the regional table, and how do other werkorganisaties handle that?

            Best,
            Daniel Oosting
            """
        ),
    },
    {
        "id": "ijs-040",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Ans Wesselink <A.Wesselink@berkumerveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Ons onderwerp: de overstap naar een nieuw zaaksysteem en wat dat betekent voor inwoners. Intern gaat
            het om nieuwe werkprocessen en veel gedoe met koppelingen, maar de echte vraag is hoe je voorkomt dat
            de inwoner aan de balie of aan de telefoon daar last van heeft.

            A. Wesselink
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "ijs-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jan-Willem Boerman <jw.boerman@hattemheerdewerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Wat een timing, jullie oproep. Bij ons hebben beide raden net een stevige discussie over de
            verdeelsleutel achter de rug, en het college van de kleinste gemeente voelt zich al een tijdje
            ondergesneeuwd. Maar daar wil ik het niet over hebben, daar komen we wel uit.

            Waar ik echt mee worstel is het ziekteverzuim: we zitten al twee jaar boven de 7 procent, vooral bij
            de buitendienst en burgerzaken. Ik hoor graag hoe andere werkorganisaties verzuim en werkdruk aanpakken
            en wat ze daarvoor in hun formatie hebben vrijgemaakt.

            Groet,
            Jan-Willem Boerman
            """
        ),
    },
    {
        "id": "ijs-042",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Rianne Kroeze <r.kroeze@wo-scheller.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de middag en het verslag.

            Onderwerp voor het najaar: wat doe je als één partnergemeente hardop nadenkt over uittreden uit de
            gemeenschappelijke regeling? Bij ons wordt het voorzichtig geopperd en ik zou graag horen hoe anderen
            dat gesprek met de deelnemende gemeenten voeren.

            En een klein verzoek: kan het najaarsatelier eens in Zwolle? Dat scheelt voor ons ruim een uur rijden.

            Rianne
            """
        ),
    },
    # --- autoreply -------------------------------------------------------------------------------------------------
    {
        "id": "ijs-043",
        "kind": "autoreply",
        "sender": "Koen Averink <k.averink@dieze-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Van 15 tot en met 26 februari ben ik met vakantie en lees ik geen e-mail. Voor
            dringende zaken kunt u het directiesecretariaat bellen via 038 - 421 55 00.

            Met vriendelijke groet,
            Koen Averink
            """
        ),
    },
    {
        "id": "ijs-044",
        "kind": "autoreply",
        "sender": "Emma Groothuis <e.groothuis@gr-ijsselvallei.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + _CALL,
        "body": _(
            """
            Thank you for your message. I am on a study visit abroad until 24 January with limited access to my
            mailbox. Your email will not be forwarded. For urgent matters, please contact the office via
            secretariaat@gr-ijsselvallei.nl.
            """
        ),
    },
    {
        "id": "ijs-045",
        "kind": "autoreply",
        "sender": "T. Ruiterkamp <t.ruiterkamp@werkorganisatie-brunnepe.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _REMINDER,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Werkorganisatie Brunnepe is per 1 januari 2027 opgegaan in
            Werkorganisatie Hanzedrie. Uw bericht wordt niet doorgestuurd en niet gelezen. Zoekt u een medewerker?
            Kijk dan op www.hanzedrie.nl.
            """
        ),
    },
    {
        "id": "ijs-046",
        "kind": "autoreply",
        "sender": "Servicedesk Uiterwaarden Samen <servicedesk@uiterwaarden-samen.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "[ZAAK-2027-004411] RE: " + _FOLLOWUP,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Uw bericht is ontvangen en geregistreerd onder zaaknummer ZAAK-2027-004411. Wij streven ernaar uw vraag
            binnen vijf werkdagen te beantwoorden. Vermeld bij verdere correspondentie altijd dit zaaknummer in de
            onderwerpregel.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op reageren.

            Servicedesk Uiterwaarden Samen
            """
        ),
    },
    # --- bounce ----------------------------------------------------------------------------------------------------
    {
        "id": "ijs-047",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@zwvecht.nl>",
        "quote": "none",
        "subject": "Undeliverable: " + _INVITATION,
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            t.veneklaas@zwvecht.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try to
            resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: AM9PR08MB6212.eurprd08.prod.outlook.com

            t.veneklaas@zwvecht.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "ijs-048",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@holtenbroek-samen.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _CALL,
        "body": _(
            """
            Het bericht kan niet worden bezorgd bij deze geadresseerden of groepen:

            g.brouwer@holtenbroek-samen.nl
            Het postvak van de geadresseerde is vol en kan op dit moment geen berichten ontvangen. Probeer het
            bericht later opnieuw te verzenden of neem contact op met de geadresseerde.

            Diagnostische gegevens voor beheerders:

            Genererende server: DB8PR03MB5770.eurprd03.prod.outlook.com

            g.brouwer@holtenbroek-samen.nl
            Externe server heeft '552 5.2.2 STOREDRV.Deliver; mailbox full' geretourneerd
            """
        ),
    },
    {
        "id": "ijs-049",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.vechtstroom-wo.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.vechtstroom-wo.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <h.schuurman@vechtstroom-wo.nl>: host mail.vechtstroom-wo.nl[10.20.4.11] said:
                550 5.1.1 <h.schuurman@vechtstroom-wo.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    # --- other -----------------------------------------------------------------------------------------------------
    {
        "id": "ijs-050",
        "kind": "other",
        "sender": "Petra Stoffers <p.stoffers@werkorganisatie-wapenveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Haverkamp vroeg mij haar aanmelding te bevestigen; in de begrotingsweken leest zij haar mail
            zelden zelf. Bij deze dus: akkoord, namens haar.

            Met vriendelijke groet,
            Petra Stoffers
            directiesecretaresse
            """
        ),
    },
    {
        "id": "ijs-051",
        "kind": "other",
        "sender": "Gerard Mensink <g.mensink@heinoschalkhaar.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik wil er graag bij zijn, maar alleen als ik vlak bij de ingang kan parkeren: sinds mijn knieoperatie
            loop ik met krukken. Is er bij het Stadskantoor een gehandicaptenparkeerplaats die u voor mij kunt
            reserveren? Dan kom ik.

            Gerard Mensink
            """
        ),
    },
    {
        "id": "ijs-052",
        "kind": "other",
        "sender": "Yvonne Stegeman <y.stegeman@wo-vorchten.nl>",
        "subject": "Aanmelden MT-leden",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Nadia Bouzian is sinds kort lid en zo enthousiast dat de rest van ons directieteam ook mee wil doen.
            Kunt u Frank Lammertink, Ilse de Boer en Mehmet Yildiz ook aanmelden? Hun mailadressen stuur ik na
            zodra ik ze heb gesproken, ze zijn vandaag allemaal op pad.

            Groet,
            Yvonne Stegeman
            bestuurssecretaris
            """
        ),
    },
    {
        "id": "ijs-053",
        "kind": "other",
        "sender": "Marloes Scholten <marloes.scholten@genne-windesheim.nl>",
        "subject": "Nieuw mailadres per 1 juli",
        "quote": "none",
        "body": _(
            """
            Hallo,

            Onze werkorganisatie gaat per 1 juli verder onder een nieuwe naam, die beter bij de regio past, en
            daarmee ook op een nieuw domein. Vanaf die datum loopt mijn mail via m.scholten@ijsselvechtstreek.nl.
            Wilt u dat in uw ledenlijst aanpassen? Het oude adres stuurt nog een half jaar door.

            Vriendelijke groet,
            Marloes Scholten
            """
        ),
    },
    {
        "id": "ijs-054",
        "kind": "other",
        "sender": "Ilona Bakker <i.bakker@wo-mastenbroek.nl>",
        "subject": "Bert Hofstede",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Via de gedeelde postbus van de directie zie ik dat uw uitnodigingen nog aan Bert Hofstede gericht zijn.
            Bert is in november bij ons vertrokken en werkt nu in het onderwijs. Ik weet niet of hij zichzelf al
            heeft afgemeld, vandaar even dit bericht.

            Met groet,
            Ilona Bakker
            office manager directie Werkorganisatie Mastenbroek
            """
        ),
    },
    {
        "id": "ijs-055",
        "kind": "other",
        "sender": "Willemijn Hesselink <w.hesselink@wo-wijthmen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + _CALL,
        "body": _(
            """
            Geen thema deze keer, wel een mededeling: per 1 september neemt Lotte van Wijk mijn functie als
            algemeen directeur over, ik ga naar de Veiligheidsregio. Haar adres wordt l.vanwijk@wo-wijthmen.nl.
            Tot die tijd blijf ik gewoon lid en hoop ik in maart nog van de partij te zijn.

            Willemijn Hesselink
            """
        ),
    },
    {
        "id": "ijs-056",
        "kind": "other",
        "sender": "Hendrik-Jan Wessels <hj.wessels@ao-kampereiland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het verslag. Geen onderwerp van mijn kant, wel een gedachte over de vorm: kunt u de ateliers
            niet eens buiten Utrecht houden, bijvoorbeeld in het oude raadhuis van Kampen of in Zwolle, en dan als
            ochtendsessie met lunch? Voor ons uit de kop van Overijssel kost een middag Utrecht al snel een hele dag.

            Met vriendelijke groet,
            Hendrik-Jan Wessels
            """
        ),
    },
    {
        "id": "ijs-057",
        "kind": "other",
        "sender": "Truus Beltman <t.beltman@zwvecht.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITATION,
        "body": _(
            """
            Ter info: de heer Brouwer kan op 11 maart helaas niet, hij is die middag in Den Haag bij het
            ministerie. Hij stuurde de uitnodiging aan mij door met het verzoek u dat te laten weten.

            Met vriendelijke groet,
            Truus Beltman
            Secretariaat directie Werkorganisatie Zwartewater-Vecht
            """
        ),
    },
    {
        "id": "ijs-058",
        "kind": "other",
        "sender": "Arjen Veneboer <a.veneboer@wo-zalnebrug.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, ik neem niemand mee, en qua eten heb ik geen bijzondere wensen.

            Arjen
            """
        ),
    },
    {
        "id": "ijs-059",
        "kind": "other",
        "sender": "Joost Mondria <j.mondria@stadshagen-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb me nergens aangemeld. Hoe komt u aan dit e-mailadres, en wie is
            secretariaat.directie@werkorganisatie-bbr.nl? Dat is in elk geval niet ons secretariaat.
            """
        ),
    },
    {
        "id": "ijs-060",
        "kind": "other",
        "sender": "Lucas Vermeulen <l.vermeulen@wo-spoolde.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Quick practical question before Thursday: is there bicycle parking at the Stadskantoor, and is it
            walkable from Utrecht Centraal under cover? I'm coming by train from Zwolle with a folding bike. Also,
            will the session be recorded for those who can only follow part of it online?

            Thanks,
            Lucas
            """
        ),
    },
]
# fmt: on
