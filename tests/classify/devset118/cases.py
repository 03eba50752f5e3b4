"""devset118: a year in Groningen and Drenthe, the whole year of the mailbox as it arrives.

The writers are directors, assistants and mail servers of invented werkorganisaties and GR's in Groningen and Drenthe
(Hunzeborg, Fivelboog, Reestdal, Dollardkust, Marne en Wad, Zuidenveld, Eems-Dollard, Middag-Humsterland, ...). The
set follows one year of the inbox: sign-ups in January and the confirmations, answers to the welcome, the call for
themes with its suggestions and a few non-answers, the invitation with yes and no, calendar answers, substitutes and
assistants, a change of date and a cancellation, the reminder, the follow-up with thanks and new topics, and through
the year people leaving, hand-overs, AVG requests, address changes, complaints, auto-replies and bounces. Registers
run from a stiff gemeentesecretaris with a disclaimer to a phone mail; a few writers write English or mix both.
About a third are hard: look-alikes of a sign-up, an unsubscribe or a yes that are in fact questions or conditions,
and requests hidden in chatter.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; under the call for themes, the follow-up, the thank-you (and the welcome,
  which asks for topics) a proposed topic is a suggestion even beside a yes; only saying whether one comes is an
  rsvp; a wish about the place or form of the atelier is other;
- leaving and declining in one mail is an unsubscribe; "afmelden voor het atelier" while staying a member, and a
  decline with a substitute, are rsvp False; a later mail carries the latest answer;
- a hand-over with the successor's address, also under our goodbye, and leaving with a successor named but no address
  yet, are unsubscribes; a hand-over at a later date while staying a member until then is other, and so is a colleague
  reporting that someone left;
- an AVG erasure is an unsubscribe with erase; a request to see one's data is other;
- one named colleague with an address is a subscribe; several people, or a colleague without an address, is other;
  "lid blijven" under our goodbye is a subscribe;
- a plain denial under our confirmation mail, also one asking who did it, is an unsubscribe; one asking where we got
  the address is other;
- a yes on a condition, a confirmation with a real question, an assistant's new mail about the director's attendance
  are other; an assistant answering under our invitation is an rsvp; calendar answers are rsvps;
- out-of-office, read receipts, ticket systems and "address no longer in use" are autoreply; delivery failures are
  bounce; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- January: sign-ups and confirmations -------------------------------------------------------------------
    {
        "id": "d118-001",
        "kind": "subscribe",
        "sender": "Gerda Hofstee <g.hofstee@hunzeborg.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Hunzeborg, de ambtelijke organisatie van
            Hunzebroek, Annerveen en Gasselte-Oost. Mijn voorganger heeft me op uw netwerk en de ateliers gewezen
            en ik sluit graag aan. Wilt u mij als lid inschrijven?

            Met vriendelijke groet,

            Gerda Hofstee
            algemeen directeur
            Werkorganisatie Hunzeborg
            T 0599 - 23 41 00
            """
        ),
    },
    {
        "id": "d118-002",
        "kind": "confirm",
        "sender": "Gerda Hofstee <g.hofstee@hunzeborg.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd, en dank voor de vlotte reactie op mijn mail van vanochtend.

            Gerda Hofstee
            """
        ),
    },
    {
        "id": "d118-003",
        "kind": "confirm",
        "sender": "Rikus Nijboer <rikus.nijboer@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, dat ben ik. Ik gebruik bewust mijn privéadres: onze spamfilter op het werk zet externe nieuwsbrieven
            nogal eens in quarantaine en dan mis ik ze.

            Groet,
            Rikus Nijboer
            directeur GR Marne en Wad
            """
        ),
    },
    {
        "id": "d118-004",
        "kind": "confirm",
        "sender": "Anneke Tonckens <a.tonckens@peizerdiep.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": "",
    },
    {
        "id": "d118-005",
        "kind": "confirm",
        "sender": "Harm Oosting <h.oosting@dollardkust.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Sorry, de eerste mail is ondergesneeuwd geraakt in de drukte rond de kadernota. Hierbij alsnog: ja, ik
            word graag lid.

            Harm

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d118-006",
        "kind": "other",
        "sender": "Marleen Lanting <m.lanting@ommelandenoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Ik heb mij niet bij uw netwerk aangemeld en vind het vreemd dat mijn zakelijke adres bij u bekend is.
            Kunt u mij laten weten via welke weg u aan dit e-mailadres bent gekomen en wie het heeft doorgegeven?

            Met vriendelijke groet,
            M. Lanting
            Werkorganisatie Ommelanden Oost
            """
        ),
    },
    {
        "id": "d118-007",
        "kind": "unsubscribe",
        "sender": "Johan Meijering <j.meijering@woldenweiden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Deze aanmelding komt niet van mij. Ik ben concerncontroller, geen directeur, en heb ook niet de
            ambitie om in zo'n netwerk te zitten. Wie heeft mij hiervoor opgegeven?

            J. Meijering
            """
        ),
    },
    {
        "id": "d118-008",
        "kind": "subscribe",
        "sender": "Wilma Drenth <secretariaat@reestdal-werkt.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe directeur bedrijfsvoering",
        "body": _(
            """
            Goedemorgen,

            Onze nieuwe directeur bedrijfsvoering, de heer Sander Lubbers, wil graag lid worden van het netwerk.
            Hij is per 1 februari in dienst en bereikbaar op s.lubbers@reestdal-werkt.nl. Zou u hem willen
            aanmelden?

            Met vriendelijke groet,

            Wilma Drenth
            directiesecretariaat Werkorganisatie Reestdal
            """
        ),
    },
    {
        "id": "d118-009",
        "kind": "other",
        "sender": "Teun Everts <t.everts@eemsdollard-wo.nl>",
        "quote": "none",
        "subject": "hele directie aanmelden?",
        "body": _(
            """
            Hallo,

            Wij zijn met de directie van Eems-Dollard nieuwsgierig geworden naar jullie ateliers. Kunnen jullie ons
            met z'n drieën inschrijven?
            - Mieke Veenstra, m.veenstra@eemsdollard-wo.nl
            - Jan-Willem Knol, jw.knol@eemsdollard-wo.nl
            - en ikzelf

            Alvast bedankt,
            Teun Everts
            """
        ),
    },
    {
        "id": "d118-010",
        "kind": "other",
        "sender": "Albertine Schuiling <a.schuiling@sleeneresch.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! Kunnen jullie ook Aaltje Lanting op de lijst zetten? Zij begint 1 maart als
            gemeentesecretaris van Sleen-Oost en zit straks naast mij in het directieteam. Haar mailadres is nog
            niet aangemaakt, dat volgt.

            Groet, Albertine
            """
        ),
    },
    {
        "id": "d118-011",
        "kind": "subscribe",
        "sender": "Fiona McAllister <f.mcallister@zuidenveld.nl>",
        "quote": "none",
        "subject": "Membership of the network",
        "body": _(
            """
            Dear secretariat,

            Since December I have been interim director of Zuidenveld, the shared civil service of three
            municipalities in south-east Drenthe. A colleague at the VNG mentioned your network of directors. I would
            very much like to become a member. My Dutch is improving, so Dutch mail is fine, but feel free to reply in
            English.

            Kind regards,
            Fiona McAllister
            """
        ),
    },
    {
        "id": "d118-012",
        "kind": "confirm",
        "sender": "Fiona McAllister <f.mcallister@zuidenveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that is me and that is my address. Thanks for setting it up so quickly!

            Fiona
            """
        ),
    },
    {
        "id": "d118-013",
        "kind": "other",
        "sender": "Wubbo Dijkhuis <w.dijkhuis@fivelboog.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd.

            Wel een vraag: kan mijn managementassistent, Roelie Kamphuis, standaard een kopie van de uitnodigingen
            krijgen? Zij beheert mijn agenda. Of moet zij zich daarvoor zelf aanmelden?

            Met vriendelijke groet,
            Wubbo Dijkhuis
            gemeentesecretaris-directeur GR Fivelboog
            """
        ),
    },
    {
        "id": "d118-014",
        "kind": "confirm",
        "sender": "Egbert Hidding <e.hidding@dwingelderveld-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Mijn secretaresse was me voor, zie ik. Prima, ik bevestig het bij dezen. Goed dat zo'n netwerk er is; hier
            in Drenthe zitten we er vaak een beetje achteraan.

            Egbert Hidding
            """
        ),
    },
    {
        "id": "d118-015",
        "kind": "subscribe",
        "sender": "Priya Raman <p.raman@aduarderzijl.nl>",
        "quote": "none",
        "subject": "Aanmelden / sign-up",
        "body": _(
            """
            Goedemorgen / good morning,

            I'm the new director of operations at the ambtelijke fusie Aduarderzijl (born in Leeds, living in
            Groningen since 2015). Graag meld ik me aan voor het netwerk. Dutch or English, both are fine with me.

            Met vriendelijke groet / kind regards,
            Priya Raman
            """
        ),
    },
    {
        "id": "d118-016",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Anneke Tonckens <a.tonckens@peizerdiep.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank u! Ik heb meteen een onderwerp, want dat houdt ons hier bezig: hoe houd je de dienstverlening in de
            kleine dorpen op peil nu we het loket in twee van de drie gemeentehuizen sluiten? Denk aan een mobiel
            loket, spreekuren in de bibliotheek, een bus die rondrijdt. Ik hoor graag hoe anderen dat doen.

            Anneke Tonckens
            Werkorganisatie Peizerdiep
            """
        ),
    },
    {
        "id": "d118-017",
        "kind": "subscribe",
        "sender": "Bart Koops <b.koops@sleeneresch.nl>",
        "quote": "none",
        "subject": "netwerk",
        "body": _(
            """
            Hoi, via Roelfsema van Fivelboog over jullie netwerk gehoord. Zet me er maar op, ik ben sinds kort
            directeur van GR Sleener Esch.

            Gr Bart

            Verzonden vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "d118-018",
        "kind": "confirm",
        "sender": "Evert Scholtens <e.scholtens@winschoterdiep.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer, mevrouw,

            Gaarne bevestig ik bij dezen mijn aanmelding.

            Hoogachtend,

            mr. drs. E.J.M. (Evert) Scholtens
            gemeentesecretaris-directeur
            Werkorganisatie Winschoterdiep

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Het gebruik van de inhoud door anderen dan
            de geadresseerde is niet toegestaan. Werkorganisatie Winschoterdiep aanvaardt geen aansprakelijkheid
            voor schade ten gevolge van onjuist verzonden berichten.
            """
        ),
    },
    # --- January: the call for themes ----------------------------------------------------------------------------
    {
        "id": "d118-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hendrik Huizinga <h.huizinga@middaghumsterland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp:
            Hoe bewaak je als werkorganisatie de balans tussen drie colleges die elk een eigen tempo hebben? Bij ons
            voelt de kleinste gemeente zich geregeld ondergesneeuwd door de twee grote, en dat kost vertrouwen.

            Hartelijke groet,
            Hendrik Huizinga
            """
        ),
    },
    {
        "id": "d118-020",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lieke Smid <lieke.smid@eemsdollard-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen, netjes één per regel zoals gevraagd:
            - vervanging van het zaaksysteem en de migratie van de archieven van drie gemeenten
            - informatiebeveiliging, zeker na de hack bij onze buren vorig najaar

            Lieke
            """
        ),
    },
    {
        "id": "d118-021",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Klaas Stoker <k.stoker@hondsrugsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Wat is over tien jaar nog de bestaansreden van onze organisatie? Als de gemeenten toch ooit herindelen,
            waar werken we dan eigenlijk naartoe? Ik zou graag eens vrijuit met collega's over de lange termijn
            praten, zonder bestuurders erbij.

            Klaas
            """
        ),
    },
    {
        "id": "d118-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Daniel Whitmore <d.whitmore@veenhoop-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from me: the labour market. We simply cannot fill vacancies for spatial planners, IT people
            and social workers. How do other werkorganisaties recruit and keep their staff, and has anyone tried a
            flexible pool of specialists within their own formation?

            Best,
            Daniel Whitmore
            Director, GR Veenhoop
            """
        ),
    },
    {
        "id": "d118-023",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Jantina Ubbens <j.ubbens@hoofdvaart-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Mijn suggesties:
            1. een meerjarige strategische agenda opstellen met bestuurlijke prioriteiten na de raadsverkiezingen
            2. meten hoe tevreden inwoners en ondernemers zijn over onze dienstverlening, en wat je met de uitkomst doet

            Jantina Ubbens
            Drentsche Hoofdvaart GR
            """
        ),
    },
    {
        "id": "d118-024",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Geert Wiersema <g.wiersema@reitdiepland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Melanie,

            Wat een jaar was het. De samenvoeging van onze twee GR's is eindelijk rond, het nieuwe kantoor aan het
            Reitdiep is bijna klaar en we hebben in alle drie de gemeenten nieuwe wethouders. De samenwerking met
            de provincie loopt eerlijk gezegd beter dan ooit, dus daar hoeven we het niet over te hebben.

            Wat ik wel graag met collega's zou bespreken: hoe richt je één planning-en-controlcyclus in, met één
            begroting, één concerncontroller en één set managementrapportages, zonder dat het een papieren tijger wordt?

            Groet,
            Geert Wiersema
            Werkorganisatie Reitdiepland
            """
        ),
    },
    {
        "id": "d118-025",
        "kind": "other",
        "sender": "Roelof Kamminga <r.kamminga@dollardkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen onderwerp, wel een wens: kan het atelier een keer in het Noorden worden gehouden? Voor ons is een
            middag Utrecht een hele dag weg, met de trein vanaf Winschoten. In Assen of Groningen zijn prima zalen
            en ik wil best helpen iets te regelen.

            Roelof Kamminga
            """
        ),
    },
    {
        "id": "d118-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Henk Boelens <h.boelens@fivelboog.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb zo geen onderwerp paraat, daar zijn anderen beter in. Maar 11 maart staat al in mijn agenda
            geblokt: ik ben erbij.

            Henk Boelens
            """
        ),
    },
    {
        "id": "d118-027",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sietske Hemmes <s.hemmes@zuidlaardermeer-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Onderwerp: hoe trekken we als gemeenten samen op met de veiligheidsregio en de GGD bij regionale
            opgaven, zonder dat elke gemeente apart aan tafel gaat zitten?

            En ja, in maart ben ik er gewoon bij.

            Sietske Hemmes
            """
        ),
    },
    {
        "id": "d118-028",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Tineke Hoving <t.hoving@winschoterdiep.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste heer Van de Laar, mevrouw Huurneman,

            Namens mevrouw Bosma stuur ik u haar onderwerp voor het atelier. Zij wil het graag hebben over het
            gebruik van data en dashboards om te volgen hoe onze dienstverlening aan inwoners en ondernemers presteert.

            Met vriendelijke groet,
            Tineke Hoving
            bestuurssecretariaat Werkorganisatie Winschoterdiep
            """
        ),
    },
    {
        "id": "d118-029",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Arjen Veenstra <a.veenstra@ruitenaa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemiddag,

            Mijn voorstel: opdrachtgeverschap. Hoe sturen drie gemeenten als eigenaar en tegelijk als opdrachtgever
            op hun werkorganisatie, en hoe richten wij ons sturingsconcept daarop in?

            Vriendelijke groet,
            Arjen Veenstra, directeur Werkorganisatie Ruiten Aa
            """
        ),
    },
    {
        "id": "d118-030",
        "kind": "other",
        "sender": "Femke Tuin <f.tuin@hunzeborg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Goeie vraag! Ik leg hem maandag in ons MT op tafel en kom er vóór de 21e bij jullie op terug.

            Femke
            """
        ),
    },
    {
        "id": "d118-031",
        "kind": "confirm",
        "sender": "Albert Kremer <a.kremer@lauwerszoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Namens Albert Kremer, die deze week op werkbezoek in Brussel is: de aanmelding klopt en is hierbij
            bevestigd.

            Met vriendelijke groet,
            Janneke Oldenhuis
            secretariaat directie Werkorganisatie Lauwerszoom
            """
        ),
    },
    {
        "id": "d118-032",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lies Geertsema <lies.geertsema@veenhoop-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Thema dienstverlening: één klantcontactcentrum voor inwoners van drie gemeenten, met één telefoonnummer.
            Wie heeft dat al draaien en wat liep er mis?

            gr lies

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d118-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrik Huizinga <h.huizinga@middaghumsterland.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere onderwerp: huisvesting en hybride werken. Wij gaan van vier
            gemeentehuizen naar één kantoor plus flexplekken, en de weerstand onder medewerkers is groter dan gedacht.

            Hendrik
            """
        ),
    },
    {
        "id": "d118-034",
        "kind": "confirm",
        "sender": "Hillie Bolhuis <h.bolhuis@aduarderzijl.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord, dat ben ik inderdaad.

            H.J. Bolhuis
            directeur Ambtelijke fusie Aduarderzijl
            Postbus 40, 9830 AA Aduard

            ******************************************************************
            Dit e-mailbericht kan vertrouwelijke informatie bevatten. Bent u niet
            de beoogde ontvanger, verwijder het bericht dan en stel de afzender op
            de hoogte. Aan dit bericht kunnen geen rechten worden ontleend.
            ******************************************************************
            """
        ),
    },
    # --- February: the invitation --------------------------------------------------------------------------------
    {
        "id": "d118-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jantina Ubbens <j.ubbens@hoofdvaart-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Ik neem de trein uit Assen en ben er rond kwart voor twee.

            Jantina
            """
        ),
    },
    {
        "id": "d118-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hendrik Huizinga <h.huizinga@middaghumsterland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Graag! Ik neem onze directeur sociaal domein mee, Roelie Kamminga, dus we zijn met z'n tweeën.

            Hendrik
            """
        ),
    },
    {
        "id": "d118-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Klaas Stoker <k.stoker@hondsrugsamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in de agenda. Tot de 11e.
            """
        ),
    },
    {
        "id": "d118-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjen Veenstra <a.veenstra@ruitenaa.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Afgewezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Helaas dubbel geboekt met het algemeen bestuur van de veiligheidsregio.
            """
        ),
    },
    {
        "id": "d118-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jacob Brouwer <j.brouwer@ruitenaa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Zelf ben ik die middag verhinderd vanwege het begrotingsoverleg met de provincie. In mijn plaats komt
            onze concerncontroller, Ineke Pruim (i.pruim@ruitenaa.nl). Zij is goed ingevoerd in het onderwerp.

            Met vriendelijke groet,
            Jacob Brouwer
            """
        ),
    },
    {
        "id": "d118-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Desiree Wolters <d.wolters@dwingelderveld-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Hidding laat ik u weten dat hij op 11 maart graag aanwezig is. Ik heb het atelier in zijn
            agenda gezet.

            Met vriendelijke groet,
            Desiree Wolters
            managementondersteuning Werkorganisatie Dwingelderveld
            """
        ),
    },
    {
        "id": "d118-041",
        "kind": "other",
        "sender": "Margriet Jonker <m.jonker@zuidlaardermeer-wo.nl>",
        "quote": "none",
        "subject": "Deelname atelier maart dhr. Geertsema",
        "body": _(
            """
            Goedemiddag,

            De heer Geertsema zou graag deelnemen aan het atelier in maart. Hij heeft de uitnodiging zelf niet meer
            kunnen vinden. Kunt u hem voor de bijeenkomst noteren, en is er nog plaats?

            Met vriendelijke groet,
            Margriet Jonker
            secretariaat Ambtelijke organisatie Zuidlaardermeer
            """
        ),
    },
    {
        "id": "d118-042",
        "kind": "other",
        "sender": "Rikus Nijboer <rikus.nijboer@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik doe graag mee, maar alleen als ik online kan aansluiten: naar Utrecht reizen past die week echt niet.
            Is de online-variant volwaardig, met breakouts en zo, of kun je alleen meekijken? Laat even weten, dan
            meld ik me definitief.

            Rikus
            """
        ),
    },
    {
        "id": "d118-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daniel Whitmore <d.whitmore@veenhoop-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Unfortunately I'm on leave in the week of 11 March (school holiday in the UK). Hope to make the autumn
            session instead.

            Best,
            Daniel
            """
        ),
    },
    {
        "id": "d118-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fiona McAllister <f.mcallister@zuidenveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Count me in, plus one: I'll bring our head of finance, who is new as well.

            Fiona
            """
        ),
    },
    {
        "id": "d118-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Evert Scholtens <e.scholtens@winschoterdiep.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Tot mijn spijt moet ik verstek laten gaan; die middag is de afscheidsreceptie van onze burgemeester.

            E.J.M. Scholtens
            """
        ),
    },
    {
        "id": "d118-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wubbo Dijkhuis <w.dijkhuis@fivelboog.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan,

            Mooi onderwerp, die couleur locale. Bij ons is het precies het gesprek van de dag: de raad van
            Appingedam-Noord wil per se een eigen gezicht in het gemeentehuis, en de andere twee vinden dat
            geldverspilling. Vorige week hebben we er een hele avond over gepraat, met als enige uitkomst dat we er
            nog een avond over gaan praten. Herkenbaar, vermoed ik.

            Maar goed, om op je mail terug te komen: reken maar op mij.

            Wubbo
            """
        ),
    },
    {
        "id": "d118-047",
        "kind": "unsubscribe",
        "sender": "Aukje Knol <a.knol@veenhoop-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kom niet, en eigenlijk kan ik er beter helemaal mee stoppen: per 1 april ga ik bij GR Veenhoop weg,
            naar het onderwijs. Haal mij maar van de lijst. Dank voor de fijne bijeenkomsten van de afgelopen jaren.

            Aukje Knol
            """
        ),
    },
    {
        "id": "d118-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sietske Hemmes <s.hemmes@zuidlaardermeer-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Toch graag afmelden voor de 11e. Lid blijf ik uiteraard, maar die dag moet ik naar Den Haag voor
            overleg over Nij Begun en dat gaat voor.

            Sietske
            """
        ),
    },
    {
        "id": "d118-049",
        "kind": "subscribe",
        "sender": "Rienk Steenhuis <r.steenhuis@zuidlaardermeer-wo.nl>",
        "quote": "none",
        "subject": "Ook graag lid",
        "body": _(
            """
            Goedemiddag,

            Een collega stuurde mij uw uitnodiging voor het atelier van maart door. Ik ben zelf (nog) geen lid van
            het netwerk; mag ik me bij deze aanmelden? Ik ben sinds vorig jaar directeur van de ambtelijke
            organisatie Zuidlaardermeer.

            Met groet,
            Rienk Steenhuis
            """
        ),
    },
    {
        "id": "d118-050",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieke Smid <lieke.smid@eemsdollard-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            De 18e komt me net zo goed uit, dus ik kom gewoon. Het Provinciehuis is zelfs makkelijker vanaf het station.

            Lieke
            """
        ),
    },
    {
        "id": "d118-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harm Oosting <h.oosting@dollardkust.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Jammer, op 18 maart is onze raadsvergadering. Dan moet ik helaas afhaken.

            Harm
            """
        ),
    },
    {
        "id": "d118-052",
        "kind": "other",
        "sender": "Femke Tuin <f.tuin@hunzeborg.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat jammer dat het niet doorgaat! Weten jullie al ongeveer wanneer de nieuwe datum wordt? Dan zet ik er
            alvast een blokje voor in de agenda, want april zit bij ons al bijna vol.

            Femke
            """
        ),
    },
    {
        "id": "d118-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Koops <b.koops@sleeneresch.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik moet helaas toch afzeggen, er is die middag een extra vergadering van het algemeen bestuur ingelast.
            Dus ook van de wachtlijst mag ik af. Volgende keer beter!

            Bart
            """
        ),
    },
    {
        "id": "d118-054",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ineke Pruim <i.pruim@ruitenaa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u wel voor de uitnodiging. Ik neem de plek van Jacob graag in en ben er op 11 maart bij.

            Met vriendelijke groet,
            Ineke Pruim
            concerncontroller Werkorganisatie Ruiten Aa
            """
        ),
    },
    {
        "id": "d118-055",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wiebe Ottens <w.ottens@dollardkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik ben die dag zelf ook al bezet, helaas. Wilt u het met Harm opnemen? Misschien kan iemand anders uit
            ons MT gaan.

            Wiebe Ottens
            """
        ),
    },
    # --- March: the reminder -------------------------------------------------------------------------------------
    {
        "id": "d118-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jantina Ubbens <j.ubbens@hoofdvaart-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet: ik lig sinds zondag met griep op de bank. Geef mijn plek maar aan iemand van de
            wachtlijst.

            Jantina
            """
        ),
    },
    {
        "id": "d118-057",
        "kind": "unsubscribe",
        "sender": "Okke Lenting <o.lenting@pekeldervenen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb hier nooit om gevraagd en dit is al de derde mail van u deze maand. Haal mijn adres van uw lijst.

            O. Lenting
            """
        ),
    },
    {
        "id": "d118-058",
        "kind": "rsvp",
        "attending": True,
        "sender": "Henk Boelens <h.boelens@fivelboog.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik ben er! Wel pas om half drie vanwege een eerdere afspraak in Delfzijl, ik schuif stilletjes aan.

            Henk
            """
        ),
    },
    {
        "id": "d118-059",
        "kind": "autoreply",
        "sender": "Gerda Hofstee <g.hofstee@hunzeborg.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met vrijdag 5 maart afwezig en lees mijn mail daarna. Voor dringende
            zaken kunt u contact opnemen met het directiesecretariaat van Hunzeborg via 0599 - 23 41 00.

            Gerda Hofstee
            """
        ),
    },
    {
        "id": "d118-060",
        "kind": "other",
        "sender": "Priya Raman <p.raman@aduarderzijl.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Quick question before Thursday: will the whole session be in Dutch? My guest is our new HR lead from
            Hamburg and she is still learning. Would it be all right if she asks her questions in English?

            Thanks, Priya
            """
        ),
    },
    {
        "id": "d118-061",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jelte Boelens <j.boelens@pekeldervenen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Wij komen met drie personen: ikzelf en twee teamleiders van ons klantcontactcentrum, die het onderwerp
            van dichtbij meemaken.

            Jelte Boelens
            directeur Werkorganisatie Pekelder Venen
            """
        ),
    },
    # --- After the atelier: the follow-up ------------------------------------------------------------------------
    {
        "id": "d118-062",
        "kind": "other",
        "sender": "Lieke Smid <lieke.smid@eemsdollard-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een goede middag was het. Ik ben met drie concrete ideeën naar huis gereden en heb er één maandag al
            in het MT gegooid. Complimenten aan Stan en Melanie voor de strakke begeleiding.

            Lieke
            """
        ),
    },
    {
        "id": "d118-063",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wubbo Dijkhuis <w.dijkhuis@fivelboog.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Voor het volgende atelier: hoe trekken wij als Groningse gemeenten samen op richting het Rijk en de NCG
            in de versterkingsopgave, zonder dat iedere gemeente haar eigen lijntje naar Den Haag heeft?

            Wubbo
            """
        ),
    },
    {
        "id": "d118-064",
        "kind": "other",
        "sender": "Egbert Hidding <e.hidding@dwingelderveld-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemiddag,

            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunt u het als pdf sturen?
            En zijn de sheets van de inleider ook beschikbaar? Die wil ik graag met mijn MT delen.

            Groet, Egbert Hidding
            """
        ),
    },
    {
        "id": "d118-065",
        "kind": "unsubscribe",
        "sender": "Hillie Bolhuis <h.bolhuis@aduarderzijl.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor een mooie afsluiter, want dat was het voor mij: per 1 juni stop ik bij Aduarderzijl. Wilt u
            mij van de verzendlijst halen? Wie mij opvolgt, is nog niet bekend.

            Hillie
            """
        ),
    },
    {
        "id": "d118-066",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jelte Boelens <j.boelens@pekeldervenen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Leuk om iedereen weer te zien, en goed dat mijn teamleiders mee konden. Wat mij betreft gaat het de
            volgende keer over nieuwe vormen van contact met inwoners: wij proberen een chatbot en videobellen met
            het Wmo-loket, en ik ben benieuwd hoe anderen dat aanpakken.

            Jelte
            """
        ),
    },
    {
        "id": "d118-067",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Fiona McAllister <f.mcallister@zuidenveld.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you, a really useful afternoon.

            A suggestion for next time: how do you write a long-term vision for the organisation itself, a strategic
            agenda towards 2035, and keep it alive once the document is finished?

            Fiona
            """
        ),
    },
    # --- Through the year: leaving, hand-overs, data, changes ---------------------------------------------------
    {
        "id": "d118-068",
        "kind": "unsubscribe",
        "sender": "Hendrik Huizinga <h.huizinga@middaghumsterland.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 juli neem ik afscheid als directeur van Werkorganisatie Middag-Humsterland. Mijn opvolger, Jorrit
            Sikkema, neemt mijn plaats in het netwerk graag over; zijn adres is j.sikkema@middaghumsterland.nl.
            Willen jullie mij afmelden en hem op de lijst zetten?

            Dank voor alles,
            Hendrik
            """
        ),
    },
    {
        "id": "d118-069",
        "kind": "unsubscribe",
        "sender": "Albertine Schuiling <a.schuiling@sleeneresch.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Zoals gevraagd: mijn opvolger is Hilde Eefting, h.eefting@sleeneresch.nl.
            Zij begint 15 augustus en heeft er zin in.

            Albertine
            """
        ),
    },
    {
        "id": "d118-070",
        "kind": "other",
        "sender": "Evert Scholtens <e.scholtens@winschoterdiep.nl>",
        "quote": "none",
        "subject": "Opvolging per november",
        "body": _(
            """
            Geachte heer Van de Laar,

            In november ga ik met pensioen. Mijn opvolger, de heer Menno Haikens (m.haikens@winschoterdiep.nl),
            neemt dan mijn plaats in het netwerk over. Tot die tijd blijf ik gewoon lid en kom ik ook graag nog naar
            het najaarsatelier.

            Hoogachtend,
            E.J.M. Scholtens
            """
        ),
    },
    {
        "id": "d118-071",
        "kind": "other",
        "sender": "Ria Kloosterman <r.kloosterman@woldenweiden.nl>",
        "quote": "none",
        "subject": "dhr. Zwiers",
        "body": _(
            """
            Goedemorgen,

            Ter informatie: de heer Meindert Zwiers is sinds vorige maand niet meer werkzaam bij GR Wolden & Weiden.
            Zijn mailbox wordt binnenkort opgeheven.

            Met vriendelijke groet,
            Ria Kloosterman
            P&O
            """
        ),
    },
    {
        "id": "d118-072",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marten Dost <m.dost@ommelandenoost.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG art. 17)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u mij uit te schrijven
            en al mijn persoonsgegevens die u in het kader van het netwerk verwerkt, te verwijderen. Graag ontvang
            ik een bevestiging zodra dit is gebeurd.

            Met vriendelijke groet,
            M. Dost
            """
        ),
    },
    {
        "id": "d118-073",
        "kind": "other",
        "sender": "Teun Everts <t.everts@eemsdollard-wo.nl>",
        "quote": "none",
        "subject": "Welke gegevens?",
        "body": _(
            """
            Hallo,

            Onze FG vroeg me laatst welke externe partijen gegevens van mij hebben, en toen dacht ik aan jullie. Wat
            hebben jullie eigenlijk van mij opgeslagen? Ik ontvang graag een overzicht; lid blijven wil ik wel.

            Groet,
            Teun
            """
        ),
    },
    {
        "id": "d118-074",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Daniel Whitmore <d.whitmore@veenhoop-gr.nl>",
        "quote": "none",
        "subject": "Please remove me",
        "body": _(
            """
            Dear Stan and Melanie,

            My contract at GR Veenhoop ends this month and I'm moving back to Bristol. Please take me off the network
            and delete any personal data you hold about me (GDPR, right to erasure).

            It was a pleasure. Best wishes,
            Daniel
            """
        ),
    },
    {
        "id": "d118-075",
        "kind": "unsubscribe",
        "sender": "Roelof Kamminga <r.kamminga@dollardkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geen thema's meer van mij: sinds 1 september ben ik gestopt als gemeentesecretaris. Wilt u mij afmelden
            voor het netwerk?

            Roelof Kamminga
            """
        ),
    },
    {
        "id": "d118-076",
        "kind": "unsubscribe",
        "sender": "Klaas Stoker <k.stoker@hondsrugsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mijn functie wordt per 1 oktober overgenomen door Grietje Venema. Haar mailadres volgt nog; wilt u mij
            alvast afmelden? Zij meldt zich zelf bij u zodra haar account er is.

            Klaas Stoker
            """
        ),
    },
    {
        "id": "d118-077",
        "kind": "other",
        "sender": "Jacob Brouwer <j.brouwer@ruitenaa.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 juli",
        "body": _(
            """
            Goedemiddag,

            Door de naamswijziging van onze werkorganisatie verandert mijn e-mailadres per 1 juli van
            j.brouwer@ruitenaa.nl in jacob.brouwer@westerwolde-samen.nl. Het oude adres werkt daarna nog drie
            maanden. Wilt u dat in uw bestand aanpassen?

            Met vriendelijke groet,
            Jacob Brouwer
            """
        ),
    },
    {
        "id": "d118-078",
        "kind": "subscribe",
        "sender": "Sietske Hemmes <s.hemmes@zuidlaardermeer-wo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Lid blijven graag! Mijn secretaresse heeft bij het opschonen van mijn mailbox per ongeluk op afmelden
            gedrukt. Excuses voor de verwarring.

            Sietske
            """
        ),
    },
    {
        "id": "d118-079",
        "kind": "subscribe",
        "sender": "Alje Drenth <a.drenth@reitdiepland.nl>",
        "quote": "none",
        "subject": "Weer aanmelden",
        "body": _(
            """
            Beste secretariaat,

            Twee jaar geleden heb ik me afgemeld toen ik naar de provincie overstapte. Inmiddels ben ik terug in de
            gemeentewereld, als directeur bedrijfsvoering van Werkorganisatie Reitdiepland. Graag meld ik me weer
            aan, op dit nieuwe adres.

            Vriendelijke groet,
            Alje Drenth
            """
        ),
    },
    {
        "id": "d118-080",
        "kind": "other",
        "sender": "Jacob Brouwer <jacob.brouwer@westerwolde-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Even eerlijk: drie mails in één week over hetzelfde atelier vind ik wat veel. Uitnodiging, wijziging,
            herinnering... Kan dat niet in één bericht? Verder alle lof voor jullie werk hoor.

            Jacob
            """
        ),
    },
    {
        "id": "d118-081",
        "kind": "other",
        "sender": "Jorrit Sikkema <j.sikkema@middaghumsterland.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Marjan, kun jij dit even in mijn agenda zetten en navragen of Peter van financiën mee wil? Dank! J.
            """
        ),
    },
    {
        "id": "d118-082",
        "kind": "autoreply",
        "sender": "Lies Geertsema <lies.geertsema@veenhoop-gr.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

                Aan: Lies Geertsema
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027
                Verzonden: dinsdag 9 februari 2027 10:02:17 (UTC+01:00) Amsterdam, Berlijn

            is gelezen op dinsdag 9 februari 2027 13:48:55 (UTC+01:00) Amsterdam, Berlijn.
            """
        ),
    },
    {
        "id": "d118-083",
        "kind": "other",
        "sender": "Wieke Post <w.post@reestdal-werkt.nl>",
        "quote": "none",
        "subject": "Lidmaatschap als plaatsvervanger?",
        "body": _(
            """
            Goedemorgen,

            Ik ben plaatsvervangend directeur van Werkorganisatie Reestdal. Kan ik ook lid worden van het netwerk,
            of is het strikt bedoeld voor de eerste man of vrouw van een organisatie? Ik wil niet ongevraagd
            aanschuiven.

            Met vriendelijke groet,
            Wieke Post
            """
        ),
    },
    # --- Automatic mail and bounces ------------------------------------------------------------------------------
    {
        "id": "d118-084",
        "kind": "autoreply",
        "sender": "Postbus Hunzedal <info@hunzedal-oud.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? "
            "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is sinds 1 januari niet meer in gebruik. De gemeenten Hunzebroek, Annerveen en
            Gasselte-Oost werken samen in Werkorganisatie Hunzeborg. Stuur uw bericht opnieuw naar
            info@hunzeborg.nl; uw mail is niet doorgestuurd.
            """
        ),
    },
    {
        "id": "d118-085",
        "kind": "autoreply",
        "sender": "Priya Raman <p.raman@aduarderzijl.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Out of Office: Welke thema's wilt u bespreken? "
            "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Thank you for your message. I am out of the office until 2 September with limited access to e-mail.
            For urgent matters please contact the management office at managementbureau@aduarderzijl.nl.

            Bedankt voor uw bericht. Ik ben tot 2 september afwezig; voor spoedzaken kunt u terecht bij het
            managementbureau.
            """
        ),
    },
    {
        "id": "d118-086",
        "kind": "autoreply",
        "sender": "Klantcontact Dollardkust <noreply-zaken@dollardkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Uw bericht is geregistreerd onder zaaknummer Z-2027-004512",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder zaaknummer Z-2027-004512. U krijgt
            binnen tien werkdagen een reactie van de behandelend medewerker. Vermeld bij vragen altijd dit nummer.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

            Werkorganisatie Dollardkust
            """
        ),
    },
    {
        "id": "d118-087",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.eemsdollard-wo.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.eemsdollard-wo.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <r.bolhuis@eemsdollard-wo.nl>: host mail.eemsdollard-wo.nl[10.20.4.11] said:
                550 5.1.1 <r.bolhuis@eemsdollard-wo.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d118-088",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@ommelandenoost.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? "
            "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht heeft de volgende ontvangers niet bereikt:

            m.dost@ommelandenoost.nl

            Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM0PR04MB6211.eurprd04.prod.outlook.com
            m.dost@ommelandenoost.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d118-089",
        "kind": "bounce",
        "sender": "postmaster@mailhost.ambtelijkefusie.nl",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            secretariaat@gr-smildevaart.nl
            The domain gr-smildevaart.nl does not exist or could not be resolved. The message was not delivered.

            Reporting-MTA: dns; mailhost.ambtelijkefusie.nl
            Final-Recipient: rfc822; secretariaat@gr-smildevaart.nl
            Action: failed
            Status: 5.4.4
            Diagnostic-Code: smtp; 554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain
            """
        ),
    },
    {
        "id": "d118-090",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Bericht niet bezorgd **

            Je bericht is niet bezorgd bij rikus.nijboer@gmail.com omdat de mailbox van de ontvanger vol is.

            The response from the remote server was:
            552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to
            https://support.google.com/mail/?p=OverQuotaPerm
            """
        ),
    },
]
# fmt: on
