"""heldout58: a year of mail from the directors and staff of shared civil-service organisations in Zeeland.

The writers run (or support the directors of) invented werkorganisaties on Walcheren (Werkorganisatie Walcheren
Midden), in Zeeuws-Vlaanderen (De Zeeuwse Stromen, GR Kanaalzone) and on the islands (Eilandenwerk on
Schouwen-Duiveland, Samenwerkingsorganisatie Grevelingen, BVO Oosterschelde, Werkorganisatie Westerschelde). Over one
year they join, confirm, answer the call for themes, the invitation, the reminder and the follow-up, hand over their
seat, retire, leave a dissolving GR, change domain, and their mailboxes answer by themselves. Voices run from a stiff
gemeentesecretaris on Lotus Notes and a Flemish-tinged director to a phone-typing director of bedrijfsvoering, an
English interim director and several management assistants.

Conventions this set relies on (from the brief):
- "lid blijven" under our goodbye is a new sign-up; signing up one named colleague with their address is `subscribe`.
- An empty reply or a bare signature under a confirmation mail is `confirm`; an assistant confirming (also by a
  forward) for their director is `other`.
- A plain denial under the confirmation mail, also asking who signed the writer up, is `unsubscribe`; a denial asking
  where we got the address is `other`.
- A successor taking over the seat now, with or without an address yet, is `unsubscribe`, also when written under the
  invitation; a hand-over at a later date with "tot die tijd blijf ik lid" is `other`; a colleague reporting someone
  left is `other`; an address change is `other`.
- Leaving the network and declining the atelier in one mail is `unsubscribe`; an AVG erasure is `unsubscribe` with
  `erase`, a request to see one's data is `other`.
- A decline with a substitute, a decline under the reminder or the waiting-list mail, and calendar answers are `rsvp`;
  the latest answer counts; an assistant answering under our invitation is `rsvp`, an assistant's new or forwarded mail
  about attendance is `other`; a yes on a condition with a question is `other`.
- A topic proposed under any of our mails (welcome, invitation, thank-you, follow-up) is a `suggestion` with the
  themes of the topic itself; a reply to the call that only says whether the writer comes is `rsvp`; backing another
  member's topic, asking to present, and proposals about the form of the atelier are `other`.
- A "nee" that only answers the guest question is `other`.
- Out-of-office, ticket systems, read receipts and "no longer in use" are `autoreply`; delivery failures are `bounce`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_REMIND = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_FOLLOW = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'


# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ sign-ups
    {
        "id": "h58-001",
        "kind": "subscribe",
        "sender": "Annelies Dieleman <a.dieleman@wowami.nl>",
        "quote": "none",
        "subject": "Aanmelding Netwerk directeuren ambtelijke fusieorganisaties",
        "body": _(
            """
            Geachte heer, mevrouw,

            Sinds 1 januari ben ik algemeen directeur van de Werkorganisatie Walcheren Midden, de ambtelijke
            organisatie van de gemeenten Middeldijk, Veersedam en Kapellekust. Mijn Zeeuws-Vlaamse collega
            Pieter-Jan Van Damme wees mij op uw netwerk en was er zeer over te spreken. Graag meld ik mij hierbij
            aan als lid.

            Met vriendelijke groet,

            drs. A.M. (Annelies) Dieleman
            algemeen directeur
            Werkorganisatie Walcheren Midden
            Postbus 3012, 4330 EA Middeldijk
            """
        ),
    },
    {
        "id": "h58-002",
        "kind": "subscribe",
        "sender": "Jos Kodde <j.kodde@wowami.nl>",
        "quote": "none",
        "subject": "lid worden",
        "body": _(
            """
            Morgen, mag ik ook op jullie lijst? Ben sinds kort dir. bedrijfsvoering bij WWM (collega van Annelies D.)
            Dit adres graag.
            Jos

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h58-003",
        "kind": "subscribe",
        "sender": "Sanne Boogaert <s.boogaert@zeeuwsestromen.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe directeur Dienstverlening",
        "body": _(
            """
            Beste secretariaat,

            Per 1 maart is mevrouw Lotte Dregmans bij ons gestart als directeur Dienstverlening. De heer Van Damme
            vroeg mij haar bij u aan te melden, zodat zij voortaan ook de uitnodigingen voor de ateliers ontvangt.
            Haar e-mailadres is l.dregmans@zeeuwsestromen.nl.

            Alvast bedankt!

            Met vriendelijke groet,
            Sanne Boogaert
            managementassistent directie
            De Zeeuwse Stromen | uitvoeringsorganisatie voor Axelland, Cadzandkust en Hontenisse
            T 0115 74 12 00 (ma, di, do)
            """
        ),
    },
    {
        "id": "h58-004",
        "kind": "subscribe",
        "sender": "Kees Minderhoud <k.minderhoud@eilandenwerk.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes-wrote",
        "body": _(
            """
            Dat was niet de bedoeling. Ik wilde mij alleen afmelden voor het najaarsatelier, niet voor het netwerk
            als geheel; blijkbaar heb ik dat onhandig verwoord. Ik wil dus graag lid blijven.

            K. Minderhoud
            gemeentesecretaris-directeur Eilandenwerk
            """
        ),
    },
    {
        "id": "h58-005",
        "kind": "subscribe",
        "sender": "Gareth Pryce <g.pryce@westerscheldewerkt.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Hello,

            Last month I started as interim general director (a.i.) at Werkorganisatie Westerschelde, on a
            nine-month assignment. A colleague on Walcheren forwarded one of your invitations to me and I would like
            to join the network myself. I read Dutch well enough, so there is no need to write to me in English.

            Kind regards,

            Gareth Pryce
            Interim algemeen directeur | Werkorganisatie Westerschelde
            """
        ),
    },
    {
        "id": "h58-006",
        "kind": "subscribe",
        "sender": "Yvonne Lievense <y.lievense@sog-zeeland.nl>",
        "quote": "none",
        "subject": "Weer meedoen",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Misschien herinneren jullie je mij nog: twee jaar geleden heb ik me afgemeld toen ik van Walcheren
            Midden naar de provincie overstapte. Dat uitstapje zit erop; sinds september ben ik directeur
            bedrijfsvoering bij de Samenwerkingsorganisatie Grevelingen. Ik meld me daarom graag opnieuw aan, met
            dit mailadres.

            Hartelijke groet,
            Yvonne Lievense
            """
        ),
    },
    # ------------------------------------------------------------ confirmations
    {
        "id": "h58-007",
        "kind": "confirm",
        "sender": "Lotte Dregmans <l.dregmans@zeeuwsestromen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h58-008",
        "kind": "confirm",
        "sender": "Hüseyin Kaya <h.kaya@wowami.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Met vriendelijke groet,

            Hüseyin Kaya
            Directeur Dienstverlening
            Werkorganisatie Walcheren Midden
            06 41 87 22 90 | www.wowami.nl
            """
        ),
    },
    {
        "id": "h58-009",
        "kind": "confirm",
        "sender": "Jos Kodde <j.kodde@wowami.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Sorry, was 'm kwijtgeraakt tussen de rest. Bij deze alsnog 👍

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h58-010",
        "kind": "confirm",
        "sender": "Yvonne Lievense <y.lievense@sog-zeeland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, dit klopt helemaal, dit ben ik. Had niet gedacht dat het zo vlot zou gaan. Leuk om straks weer een
            paar oude bekenden tegen te komen in Utrecht.

            Yvonne
            """
        ),
    },
    {
        "id": "h58-011",
        "kind": "confirm",
        "sender": "Ilse Hamelink <i.hamelink@kzzv-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Akkoord, hierbij bevestigd.

            I. Hamelink
            algemeen directeur GR Kanaalzone Zeeuws-Vlaanderen

            ------------------------------------------------------------------
            De informatie in dit bericht is uitsluitend bestemd voor de geadresseerde(n). Aan dit bericht kunnen
            geen rechten worden ontleend. GR Kanaalzone aanvaardt geen aansprakelijkheid voor schade die voortvloeit
            uit het gebruik van elektronische post. Print dit bericht alleen als het echt nodig is.
            ------------------------------------------------------------------
            """
        ),
    },
    # ------------------------------------------------------------------ leaving
    {
        "id": "h58-012",
        "kind": "unsubscribe",
        "sender": "Ad Geense <a.geense@bvo-oosterschelde.nl>",
        "quote": "none",
        "subject": "Laatste werkdag",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Na ruim 41 jaar openbaar bestuur, waarvan de laatste negen bij de BVO Oosterschelde, is het vandaag mijn
            laatste werkdag. Wilt u mij uit het ledenbestand halen? Over de opvolging is het bestuur nog in gesprek;
            die persoon meldt zich ongetwijfeld zelf bij u.

            Dank voor de ateliers, ik heb er altijd met plezier aan deelgenomen.

            Ad Geense
            """
        ),
    },
    {
        "id": "h58-013",
        "kind": "unsubscribe",
        "sender": "Rinus de Kraker <r.dekraker@kzzv-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Stan, Melanie,

            Voor mij geen maart meer: per 1 februari ben ik vertrokken als algemeen directeur van de Kanaalzone.
            Ilse Hamelink volgt mij op en neemt ook mijn plek in het netwerk over, vanaf nu dus graag alles naar
            haar: i.hamelink@kzzv-werkt.nl. Mij mag u uit het bestand halen.

            Het ga jullie goed,
            Rinus
            """
        ),
    },
    {
        "id": "h58-014",
        "kind": "unsubscribe",
        "sender": "Bram Louwerse <b.louwerse@eilandenwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik heb me hier niet voor aangemeld. Ik ben teamleider Financiën, geen directeur, dus volgens mij is er
            iets misgegaan. Wie heeft mij eigenlijk opgegeven?

            B. Louwerse
            """
        ),
    },
    {
        "id": "h58-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Nadia el Amrani <n.elamrani@westerscheldewerkt.nl>",
        "quote": "none",
        "subject": "Verzoek tot wissing persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Met verwijzing naar artikel 17 AVG verzoek ik u alle persoonsgegevens die u van mij verwerkt te wissen,
            inclusief de gegevens over mijn deelname aan eerdere ateliers. Daarmee eindigt ook mijn lidmaatschap.
            Graag ontvang ik een bevestiging zodra de verwijdering is uitgevoerd. Kunt u mij daarbij ook laten weten
            of mijn gegevens ooit met derden zijn gedeeld, bijvoorbeeld met de leden van de Adviesraad?

            Met vriendelijke groet,

            mr. N. el Amrani
            directeur Sociaal Domein
            Werkorganisatie Westerschelde
            """
        ),
    },
    {
        "id": "h58-016",
        "kind": "unsubscribe",
        "sender": "Tineke Janse-Moerland <t.jansemoerland@bvo-oosterschelde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, ik kom niet op 11 maart. Sterker nog: de BVO wordt per 1 juli opgeheven, de drie gemeenten gaan
            ieder weer hun eigen weg. Voor mij heeft het netwerk daarmee geen zin meer, dus haal me er maar helemaal
            af. Jammer, want het waren altijd goede middagen.

            Tineke Janse-Moerland
            directeur bedrijfsvoering BVO Oosterschelde (in liquidatie, zeg maar)
            """
        ),
    },
    {
        "id": "h58-017",
        "kind": "unsubscribe",
        "sender": "Lieke Verplanke <l.verplanke@zeeuwsestromen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hoi, ik wil graag van deze lijst af. Sinds januari werk ik bij de Veiligheidsregio en heb ik met een
            ambtelijke fusie niets meer te maken; deze mailbox wordt nog een paar weken doorgestuurd.
            Groet, Lieke
            """
        ),
    },
    {
        "id": "h58-018",
        "kind": "unsubscribe",
        "sender": "Dirk-Jan Quist <d.quist@wowami.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Beste secretariaat,

            Eind deze maand vertrek ik naar Rijkswaterstaat. Mijn portefeuille als directeur Ruimte gaat over naar
            Marloes Wisse, maar zij begint pas in juni en heeft nog geen account bij ons. Mij kunt u nu al van de
            verzendlijst halen; Marloes meldt zich zelf wel zodra ze een mailadres heeft.

            Groet,
            Dirk-Jan Quist
            """
        ),
    },
    {
        "id": "h58-019",
        "kind": "unsubscribe",
        "sender": "Gareth Pryce <g.pryce@westerscheldewerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Please remove me from the list: my interim assignment at Westerschelde ends this Friday and the mailbox
            will be closed soon after. It has been a pleasure, and a real education in Dutch municipal politics.

            Best,
            Gareth
            """
        ),
    },
    # --------------------------------------------------------------------- RSVPs
    {
        "id": "h58-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter-Jan Van Damme <pj.vandamme@zeeuwsestromen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Ik ben van de partij op de 11e, en wel in Utrecht zelf, niet via Teams. Het thema ligt ons in
            Zeeuws-Vlaanderen na aan het hart.

            Tot dan!
            Pieter-Jan
            """
        ),
    },
    {
        "id": "h58-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Padmos <f.padmos@eilandenwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Jammer! Die donderdag behandelt de raad van Duiveland de kadernota en daar moet ik echt bij zijn. Ik kan
            dus niet. Volgende keer hoop ik er weer bij te zijn.

            Femke
            """
        ),
    },
    {
        "id": "h58-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kees Minderhoud <k.minderhoud@eilandenwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ja, ik kom, en ik neem onze concerncontroller mevrouw W. Riemens mee. Wij komen dus met twee personen.

            K. Minderhoud
            """
        ),
    },
    {
        "id": "h58-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annelies Dieleman <a.dieleman@wowami.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 11 maart zit ik helaas bij de provincie voor het bestuurlijk overleg over de Walcherse woondeal. In
            mijn plaats komt Jos Kodde, onze directeur bedrijfsvoering (j.kodde@wowami.nl). Hij is volgens mij al
            lid.

            Met vriendelijke groet,
            Annelies Dieleman
            """
        ),
    },
    {
        "id": "h58-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marga Verhage <secretariaat.directie@wowami.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Kaya laat ik u weten dat hij op 11 maart aanwezig zal zijn. Hij komt alleen.

            Met vriendelijke groet,

            Marga Verhage
            Secretariaat directie | Werkorganisatie Walcheren Midden
            """
        ),
    },
    {
        "id": "h58-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Dregmans <l.dregmans@zeeuwsestromen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITE,
        "body": _(
            """
            Staat in mijn agenda. Mooi eerste atelier om in te stappen.
            """
        ),
    },
    {
        "id": "h58-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Leendert Hoogerland <l.hoogerland@westerscheldewerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + _INVITE,
        "body": _(
            """
            Valt samen met ons AB-overleg, sorry.
            """
        ),
    },
    {
        "id": "h58-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jos Kodde <j.kodde@wowami.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas, ik kan niet. Lig al de hele week met koorts op de bank en het zakt niet. Geef mijn plek maar aan
            iemand van de wachtlijst, dan heeft die er nog wat aan.

            Jos

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h58-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Lievense <y.lievense@sog-zeeland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Plaats 2 op de wachtlijst is me eerlijk gezegd te onzeker; ik heb die middag
            inmiddels aan iets anders gegeven. Schrap me maar, ik kan toch niet.

            Yvonne
            """
        ),
    },
    {
        "id": "h58-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Padmos <f.padmos@eilandenwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Kleine kentering: vorige week meldde ik me af vanwege de kadernota, maar de raad heeft de behandeling
            doorgeschoven naar 18 maart. Ik kom dus tóch! Is het inmiddels vol, zet me dan gewoon op de wachtlijst.

            Femke
            """
        ),
    },
    {
        "id": "h58-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Cor Sandee <c.sandee@sog-zeeland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen nieuw onderwerp van mijn kant deze ronde; wat er de vorige keer op tafel lag is voor ons nog lang
            niet uitgepraat. Maar op 11 maart ben ik er zeker bij.

            Cor Sandee
            algemeen directeur Samenwerkingsorganisatie Grevelingen
            """
        ),
    },
    {
        "id": "h58-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Johan Sinke <j.sinke@eilandenwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Dank voor de uitnodiging. Femke had mij al gevraagd de datum vrij te houden; ik kom graag namens
            Eilandenwerk.

            Johan Sinke
            directeur bedrijfsvoering
            """
        ),
    },
    # --------------------------------------------------------------- suggestions
    {
        "id": "h58-032",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Annelies Dieleman <a.dieleman@wowami.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp: een langetermijnvisie op de werkorganisatie, met horizon 2035. Wij sturen nu van
            begroting naar begroting en missen een stip aan de horizon. Ik ben benieuwd hoe collega's tot zo'n visie
            zijn gekomen en hoe ze voorkomen dat het een mooi document in een la wordt.

            Met vriendelijke groet,
            Annelies Dieleman
            """
        ),
    },
    {
        "id": "h58-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ilse Hamelink <i.hamelink@kzzv-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Voor het atelier: de overstap naar één zaaksysteem voor drie gemeenten. Wij zitten midden in de
            aanbesteding en lopen aan tegen verschillende werkprocessen en archiefregels per gemeente. Graag
            ervaringen van anderen die dit al achter de rug hebben.

            Ilse Hamelink, GR Kanaalzone
            """
        ),
    },
    {
        "id": "h58-034",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Hüseyin Kaya <h.kaya@wowami.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Twee onderwerpen van mijn kant:
            1. Formatie en arbeidsmarkt: hoe houd je vacatures vervuld in een krimpregio, nu Zeeland steeds
               moeilijker jonge professionals trekt?
            2. Eén klantcontactcentrum voor vier kernen: hoe meet je of inwoners van de kleinste kern er niet op
               achteruitgaan?

            Hüseyin
            """
        ),
    },
    {
        "id": "h58-035",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Pieter-Jan Van Damme <pj.vandamme@zeeuwsestromen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor de inspirerende middag, en een compliment voor het vlotte verslag.

            Voor de volgende keer zou ik het graag hebben over de positie van onze werkorganisaties in de regio. De
            provincie en de regiodeal trekken steeds meer regie naar zich toe, en als kleine GR aan de rand van het
            land sta je dan snel aan de zijlijn. Hoe houden anderen een stem aan tafel?

            Pieter-Jan
            """
        ),
    },
    {
        "id": "h58-036",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Esther Bimmel <e.bimmel@westerscheldewerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom graag.

            Mocht er in het programma nog ruimte zijn: wij meten de klanttevredenheid per gemeente en de verschillen
            zijn groot (een 7,9 in de ene, een 6,4 in de andere, terwijl het dezelfde balie en dezelfde mensen zijn).
            Wat doe je daarmee als één organisatie? Dat lijkt me een mooi gesprek.

            Esther Bimmel
            directeur Publiekszaken, Werkorganisatie Westerschelde
            """
        ),
    },
    {
        "id": "h58-037",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lotte Dregmans <l.dregmans@zeeuwsestromen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het hartelijke welkom!

            U vraagt of ik al een onderwerp heb, dus bij dezen: wat mij in mijn eerste weken opvalt is hoe
            verschillend onze drie gemeentebesturen naar de werkorganisatie kijken. Hoe ga je om met partnergemeenten
            die elkaar niet helemaal vertrouwen, en wat is daarin de rol van de directie?

            Hartelijke groet,
            Lotte Dregmans
            """
        ),
    },
    {
        "id": "h58-038",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gareth Pryce <g.pryce@westerscheldewerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            A topic for March: hybrid working and what it means for our buildings. We run three town halls and on
            Fridays two of them are practically empty. I'd like to hear how other shared organisations worked out
            their accommodation strategy and what they did with the space they no longer need.

            Gareth Pryce
            """
        ),
    },
    {
        "id": "h58-039",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Kees Minderhoud <k.minderhoud@eilandenwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "body": _(
            """
            Een aanvulling op mijn eerdere bericht. Tweede onderwerp: hoe komt de directie tot een inhoudelijke
            meerjarenagenda met heldere bestuurlijke prioriteiten, zodat niet ieder nieuw raadsvoorstel de planning
            opnieuw omgooit?

            K. Minderhoud
            """
        ),
    },
    {
        "id": "h58-040",
        "kind": "suggestion",
        "themes": ["dienstverlening", "samenwerking"],
        "sender": "Femke Padmos <f.padmos@eilandenwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Eén onderwerp, maar het raakt aan twee van jullie thema's: hoe regel je dienstverlening over
            gemeentegrenzen heen, zodat iemand uit Schouwen zijn paspoort ook in Duiveland kan ophalen, terwijl beide
            gemeenten eigen leges en openingstijden hanteren? Dat vraagt om afspraken tussen de gemeenten én om een
            andere inrichting van de balie.

            Groet, Femke
            """
        ),
    },
    {
        "id": "h58-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rinus de Kraker <r.dekraker@kzzv-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Stan, Melanie,

            Wat een jaar was het hier. De reorganisatie is eindelijk afgerond, de nieuwe teamleiders zitten op hun
            plek, en de samenwerking met Sas, Sluiskil en Westdorpe loopt eigenlijk beter dan ooit. Twee jaar geleden
            had ik dat niet durven voorspellen.

            Wat ik wel merk: iedereen roept om vernieuwing, maar er is geen euro voor. Dus waar ik het in het atelier
            graag over zou hebben: hoe organiseer je innovatie in je werkprocessen zonder budget? Innovatie op de
            winkel, zeg maar: kleine proeven, een paar mensen die er uren voor krijgen, en hoe je dat volhoudt naast
            het gewone werk.

            Verder een goed begin van het jaar gewenst. Tot in maart, hoop ik.

            Rinus
            """
        ),
    },
    # ------------------------------------------------------------- auto-replies
    {
        "id": "h58-042",
        "kind": "autoreply",
        "sender": "Cor Sandee <c.sandee@sog-zeeland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INVITE,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met maandag 22 februari ben ik met voorjaarsvakantie en lees ik mijn e-mail niet. Voor dringende
            zaken kunt u terecht bij het directiesecretariaat, 0111 45 60 00.

            Cor Sandee
            """
        ),
    },
    {
        "id": "h58-043",
        "kind": "autoreply",
        "sender": "Gareth Pryce <g.pryce@westerscheldewerkt.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatic reply: " + _REMIND,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your email. I am travelling in the UK until 8 March with limited access to email. For
            urgent matters please contact the secretariat of Werkorganisatie Westerschelde at
            secretariaat@westerscheldewerkt.nl.
            """
        ),
    },
    {
        "id": "h58-044",
        "kind": "autoreply",
        "sender": "Servicedesk Kanaalzone <servicedesk@kzzv-werkt.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "[Melding KZ-2027-00871] " + _CALL,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is ontvangen en geregistreerd onder meldingsnummer KZ-2027-00871. Een medewerker van de
            servicedesk neemt de melding binnen drie werkdagen in behandeling. Vermeld bij verdere correspondentie
            altijd het meldingsnummer in de onderwerpregel.

            Dit bericht is automatisch verzonden; u kunt er niet op reageren.

            Servicedesk GR Kanaalzone Zeeuws-Vlaanderen
            """
        ),
    },
    {
        "id": "h58-045",
        "kind": "autoreply",
        "sender": "Lieke Verplanke <l.verplanke@zeeuwsestromen.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _FOLLOW,
        "body": _(
            """
            Dit mailadres wordt niet meer gelezen en uw bericht wordt niet doorgestuurd. Voor algemene vragen kunt u
            mailen naar info@zeeuwsestromen.nl of bellen met 0115 74 12 00.
            """
        ),
    },
    {
        "id": "h58-046",
        "kind": "autoreply",
        "sender": "Ad Geense <a.geense@bvo-oosterschelde.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + _INVITE,
        "body": _(
            """
            Uw bericht

                Aan: Geense, Ad
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
                Verzonden: maandag 1 februari 2027 09:30:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm

            is gelezen op maandag 1 februari 2027 11:02:47 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm.
            """
        ),
    },
    # ------------------------------------------------------------------ bounces
    {
        "id": "h58-047",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@bvo-oosterschelde.nl>",
        "quote": "none",
        "subject": "Undeliverable: " + _REMIND,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            t.jansemoerland@bvo-oosterschelde.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try to
            resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: MX02.bvo-oosterschelde.nl

            t.jansemoerland@bvo-oosterschelde.nl
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "h58-048",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.eilandenwerk.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _CALL,
        "body": _(
            """
            Dit is het mailsysteem van mx1.eilandenwerk.nl.

            Uw bericht kon niet worden afgeleverd bij een of meer ontvangers. Dit is een permanente fout; de
            onderstaande adressen zijn niet bereikt.

            <b.louwerse@eilandenwerk.nl>: host mail.eilandenwerk.nl[10.20.4.11] said: 550 5.1.1
                <b.louwerse@eilandenwerk.nl>: Recipient address rejected: User unknown in virtual mailbox table
            """
        ),
    },
    # -------------------------------------------------------------------- other
    {
        "id": "h58-049",
        "kind": "other",
        "sender": "Pieter-Jan Van Damme <pj.vandamme@zeeuwsestromen.nl>",
        "quote": "none",
        "subject": "Nieuwe naam, nieuw mailadres per 1 april",
        "body": _(
            """
            Beste Stan, Melanie,

            Vanaf 1 april gaan wij verder onder de naam Stromenland en verandert ons maildomein. Mijn adres wordt
            pietjan.vandamme@stromenland.nl; het oude adres stuurt nog een half jaar door. Willen jullie dat in het
            ledenbestand aanpassen? Voor collega Dregmans geldt hetzelfde: l.dregmans@stromenland.nl.

            Beste groeten,
            Pieter-Jan
            """
        ),
    },
    {
        "id": "h58-050",
        "kind": "other",
        "sender": "Ilse Hamelink <i.hamelink@kzzv-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik wil graag komen, maar alleen als ik om 16.00 uur weg kan: om 17.30 moet ik in Terneuzen bij een
            commissievergadering zijn. Is het bezwaarlijk als ik halverwege vertrek, of verstoort dat de werkvorm?
            In dat laatste geval laat ik mijn plek liever aan een ander.

            I. Hamelink
            """
        ),
    },
    {
        "id": "h58-051",
        "kind": "other",
        "sender": "Tineke Janse-Moerland <t.jansemoerland@bvo-oosterschelde.nl>",
        "quote": "none",
        "subject": "Mevrouw Cijsouw",
        "body": _(
            """
            Goedemorgen,

            Ik zag dat Marjolein Cijsouw nog op de deelnemerslijst van het vorige atelier stond. Zij is per 1
            februari naar het waterschap vertrokken en haar mailbox wordt binnenkort opgeheven. Wie haar als
            directeur opvolgt is nog niet besloten.

            Groet, Tineke
            """
        ),
    },
    {
        "id": "h58-052",
        "kind": "other",
        "sender": "Marga Verhage <secretariaat.directie@wowami.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITE,
        "body": _(
            """
            Goedemorgen,

            Mevrouw Dieleman vraagt of u haar plaats voor 11 maart wilt vasthouden. Zij hoort pas op 1 maart of de
            extra raadsvergadering in Kapellekust doorgaat en laat het u dan direct weten.

            Met vriendelijke groet,
            Marga Verhage
            Secretariaat directie WWM
            """
        ),
    },
    {
        "id": "h58-053",
        "kind": "other",
        "sender": "Esther Bimmel <e.bimmel@westerscheldewerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Heel herkenbaar wat Pieter-Jan in de slotronde zei over de regiodeal en de positie van de kleinere GR's.
            Als hij dat als onderwerp indient, steun ik het van harte. Zelf heb ik deze keer niets nieuws in te
            brengen.

            Esther
            """
        ),
    },
    {
        "id": "h58-054",
        "kind": "other",
        "sender": "Hüseyin Kaya <h.kaya@wowami.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen onderwerp als zodanig, meer een vraag. Wij werken sinds een jaar met een opgavegericht
            sturingsconcept en hebben daar veel van geleerd, juist ook van wat er misging. Zou ik daar in maart een
            korte inleiding van een kwartier over mogen houden, als opmaat naar het gesprek?

            Hüseyin Kaya
            """
        ),
    },
    {
        "id": "h58-055",
        "kind": "other",
        "sender": "Johan Sinke <j.sinke@eilandenwerk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Een idee over de vorm, niet over de inhoud: houd het najaarsatelier eens in Zeeland. Voor ons is Utrecht
            een dag reizen, terwijl Goes of Middelburg voor de collega's uit de Randstad prima te doen is. En een
            ochtend met lunch zou mij beter passen dan de late middag.

            Johan Sinke
            """
        ),
    },
    {
        "id": "h58-056",
        "kind": "other",
        "sender": "Dirk-Jan Quist <d.quist@wowami.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee, geen introducé van mijn kant. En als er iets te eten is: graag vegetarisch.

            DJ
            """
        ),
    },
    {
        "id": "h58-057",
        "kind": "other",
        "sender": "Kees Minderhoud <k.minderhoud@eilandenwerk.nl>",
        "quote": "none",
        "subject": "Inzage vastgelegde gegevens",
        "body": _(
            """
            Geacht secretariaat,

            In het kader van onze eigen AVG-audit brengen wij in kaart bij welke externe partijen de leden van onze
            directie geregistreerd staan. Kunt u mij een overzicht sturen van de gegevens die u van mij vastlegt, en
            aangeven hoe lang u die bewaart?

            Hoogachtend,

            K. Minderhoud
            gemeentesecretaris-directeur Eilandenwerk
            """
        ),
    },
    {
        "id": "h58-058",
        "kind": "other",
        "sender": "Wendy Riemens <w.riemens@eilandenwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ken dit netwerk niet en heb me nergens aangemeld. Via wie of via welke lijst is mijn mailadres bij u
            terechtgekomen? Het secretariaatsadres dat u noemt zegt mij niets.

            W. Riemens
            concerncontroller
            """
        ),
    },
    {
        "id": "h58-059",
        "kind": "other",
        "sender": "Anouk Rijk <secretariaat@sog-zeeland.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Hallo,

            Hierbij bevestig ik namens de heer Sandee zijn aanmelding. Hij zit deze week op de Zeeuwse
            bestuurdersdagen en vroeg mij dit voor hem af te handelen.

            Vriendelijke groet,
            Anouk Rijk
            directiesecretaresse Samenwerkingsorganisatie Grevelingen
            """
        ),
    },
    {
        "id": "h58-060",
        "kind": "other",
        "sender": "Hüseyin Kaya <h.kaya@wowami.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 september",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 september word ik gemeentesecretaris in West-Brabant. Mijn opvolger als directeur Dienstverlening
            wordt Sevda Aydın, s.aydin@wowami.nl. Wilt u haar per die datum in mijn plaats opnemen? Tot die tijd
            blijf ik gewoon lid, en het voorjaarsatelier wil ik zeker nog meemaken.

            Hartelijke groet,
            Hüseyin
            """
        ),
    },
]
# fmt: on
