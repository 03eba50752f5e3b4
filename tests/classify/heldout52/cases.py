"""heldout52: a year in the Kempen and the Meierij: mail of directors of werkorganisaties there and their assistants.

The writers are algemeen directeuren, directeuren bedrijfsvoering and their secretariats at invented werkorganisaties
in the Brabant Kempen and the Meierij (Kempenkwartier, Heiderijk, Meierijwerk, Beerzeland, Essche Stroom, Kempenzoom,
Aa-Dommel Samen, Maasmeierij, De Hilverstroom, Dommelrode, SKO, Peelrand-Meierij). The set follows one year of the
mailbox: new directors signing up in January and confirming, topics under the call for themes, answers to the March
invitation, the waiting list, the reminder and the change of date, topics under the follow-up, leaving and hand-overs
in summer, AVG requests, out-of-office mail, a ticket system, a read receipt and bounces. Some writers come back later
in the year, so a few cases carry a later answer or a successor. About a third are hard: look-alikes for the
secretariat, mixed intents and a request hidden in chatter.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. A later mail carries the latest answer (a "toch wel" after a decline is a
  yes).
- Under the call, the thank-you for a suggestion, the follow-up, the invitation or the welcome, a proposed topic is a
  `suggestion`, also with a word on coming; themes are those of the proposal itself, two for two topics under two
  themes. A wish about the form or place of the ateliers, backing a colleague's topic without one's own, and asking
  whether one may present are `other`. Under the follow-up, a mail that only says whether one comes next time is
  `rsvp`.
- Declining the atelier while staying a member ("afmelden voor het atelier") and declining with a substitute are
  `rsvp` False; leaving the network and declining in one mail is `unsubscribe`.
- A successor with an address, a successor named without an address yet, and a successor given in reply to our
  goodbye are `unsubscribe`; a hand-over at a later date with "tot die tijd blijf ik lid" and a colleague reporting
  someone's departure are `other`. "Lid blijven" under our goodbye is `subscribe`.
- Signing up one named colleague with the address (also by an assistant who forwards our mail with a line above it) is
  `subscribe`. An assistant answering our invitation in reply is `rsvp`; an assistant's new mail or forward about the
  director's attendance is `other`, as is an assistant confirming a sign-up from their own address.
- Under the confirmation mails: an empty reply or a signature alone is `confirm`; a plain denial, also asking who did
  it, is `unsubscribe`; a denial asking where we got the address, and a confirmation with a real question, are
  `other`.
- A yes on a condition, a "nee" to the guest question only, an address change and a request to see one's data are
  `other`; a request to erase all data is `unsubscribe` with `erase`.
- Out-of-office, "address no longer in use", ticket systems and read receipts are `autoreply` with the thread their
  subject points to; delivery failures are `bounce` without thread; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
ANNULERING = "Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- januari: nieuwe directeuren melden zich aan en bevestigen ---
    {
        "id": "h52-001",
        "kind": "subscribe",
        "sender": "Jeroen van Hoof <j.vanhoof@kempenkwartier.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 januari ben ik algemeen directeur van werkorganisatie Kempenkwartier, de ambtelijke
            organisatie van Hoogdonk, Lindeloo en Retsel. Mijn voorganger Frans Pijnenburg was lid van jullie
            netwerk en raadde het me bij de overdracht warm aan. Willen jullie mij op dit adres inschrijven?

            Met vriendelijke groet,

            Jeroen van Hoof
            Algemeen directeur Kempenkwartier
            06 41 27 88 03
            """
        ),
    },
    {
        "id": "h52-002",
        "kind": "confirm",
        "sender": "Jeroen van Hoof <j.vanhoof@kempenkwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Jeroen van Hoof
            Algemeen directeur | Werkorganisatie Kempenkwartier
            Markt 4, 5531 AB Hoogdonk
            """
        ),
    },
    {
        "id": "h52-003",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anke Schellekens <a.schellekens@beerzeland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Een vraagstuk dat bij ons al maanden op tafel ligt: de raden van Beerzel en Oirsdonk voelen zich
            steeds minder eigenaar van wat de werkorganisatie doet. Besluiten lopen via het algemeen bestuur van
            de GR en de raadsleden horen het achteraf. Hoe houden collega's de gemeenteraden aangehaakt zonder
            dat elk voorstel twee keer door de molen moet?

            Dat zou ik graag in maart bespreken.

            Groet,
            Anke Schellekens
            directeur Werkorganisatie Beerzeland
            """
        ),
    },
    {
        "id": "h52-004",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Bart van de Ven <bart.vandeven@meierijwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hallo,

            Twee punten voor de agenda, elk op een eigen regel zoals gevraagd:

            Sturen op prestaties in het klantcontact: welke dashboards volgen hoe snel inwoners geholpen worden?
            Het vasthouden van schaarse vakspecialisten (omgevingsrecht, ICT) nu de steden meer betalen.

            Bart van de Ven
            Algemeen directeur Meierijwerk
            """
        ),
    },
    {
        "id": "h52-005",
        "kind": "other",
        "sender": "Wim Coolen <w.coolen@aadommelsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            Inhoudelijk heb ik niets toe te voegen aan uw lijstje, wel een verzoek over de vorm. Voor ons in het
            zuiden is Utrecht op een donderdagmiddag een halve dag reizen. Zou het atelier eens per jaar in Brabant
            kunnen plaatsvinden, in Den Bosch of Eindhoven bijvoorbeeld, en dan liever in de ochtend? Ik denk dat
            u daarmee meer collega's uit de regio trekt.

            Hoogachtend,
            W.J.M. Coolen
            gemeentesecretaris / algemeen directeur
            Werkorganisatie Aa-Dommel Samen
            """
        ),
    },
    {
        "id": "h52-006",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marijke Habraken <m.habraken@maasmeierij.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemorgen,

            Mijn onderwerp: een strategische koers voor de werkorganisatie richting 2035. Ons organisatieplan
            loopt volgend jaar af en ik wil niet wéér een plan voor vier jaar, maar een visie die verder kijkt dan
            één collegeperiode. Hoe hebben anderen zo'n meerjarige koers opgesteld, en wie hebben ze daarbij
            betrokken?

            Hartelijke groet,
            Marijke Habraken
            algemeen directeur Maasmeierij
            """
        ),
    },
    {
        "id": "h52-007",
        "kind": "other",
        "sender": "Peter van Lieshout <p.vanlieshout@heiderijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Ha Melanie,

            Sprak Anke Schellekens vorige week op de regiodag, zij had al iets ingestuurd over raden die zich
            buitenspel gezet voelen. Daar sluit ik me van harte bij aan, bij Heiderijk is het niet anders. Tel mijn
            stem daar dus maar bij op.

            Peter

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h52-008",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bart van de Ven <bart.vandeven@meierijwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de bevestiging. Ik wil er toch nog één onderwerp aan toevoegen: wij overwegen een digitale
            assistent op onze website waarmee inwoners en ondernemers zelf kunnen volgen waar hun
            vergunningaanvraag staat. Wie heeft daar al ervaring mee, en hoe reageren inwoners erop?

            Bart
            """
        ),
    },
    {
        "id": "h52-009",
        "kind": "other",
        "sender": "Ruud Donkers <r.donkers@kempenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Stan,

            Wij hebben het afgelopen jaar ons klantcontactcentrum helemaal omgegooid: één loket voor Postelhoven
            en Reuselberg, en de wachttijd aan de telefoon is gehalveerd. Zou ik daarover op het atelier in maart
            een korte presentatie mogen houden, een kwartiertje of zo? Laat maar weten of er in het programma
            ruimte voor is.

            Met vriendelijke groet,
            Ruud Donkers
            Directeur Kempenzoom
            """
        ),
    },
    {
        "id": "h52-010",
        "kind": "subscribe",
        "sender": "Secretariaat directie Heiderijk <directiesecretariaat@heiderijk.nl>",
        "quote": "none",
        "subject": "Aanmelding mevrouw I. Wouters",
        "body": _(
            """
            Goedemorgen,

            Per 1 februari start mevrouw Ilse Wouters als directeur bedrijfsvoering bij Heiderijk. Haar
            voorganger las uw uitnodigingen altijd met veel plezier, dus wij melden haar graag aan voor het
            netwerk. Haar e-mailadres is i.wouters@heiderijk.nl.

            Met vriendelijke groet,
            Jolanda Vissers
            Directiesecretaresse Heiderijk
            """
        ),
    },
    {
        "id": "h52-011",
        "kind": "confirm",
        "sender": "Ilse Wouters <i.wouters@heiderijk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Bevestigd hoor. Excuus dat het even duurde, mijn eerste weken bij Heiderijk waren een spoedcursus
            Kempen.

            Ilse Wouters
            """
        ),
    },
    {
        "id": "h52-012",
        "kind": "other",
        "sender": "Mieke Leijten <m.leijten@kempenzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            De heer Strik zit tot vrijdag op bestuurdersreis en vroeg mij zijn aanmelding alvast voor hem te
            bevestigen. Bij dezen dus, namens hem. Zijn eigen adres is l.strik@kempenzoom.nl.

            Met vriendelijke groet,
            Mieke Leijten
            managementondersteuning Kempenzoom
            """
        ),
    },
    {
        "id": "h52-013",
        "kind": "unsubscribe",
        "sender": "Hans van Oerle <hans.vanoerle@aadommelsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Dit klopt niet, ik heb me nergens aangemeld. Wie heeft mij hier opgegeven?

            H. van Oerle
            """
        ),
    },
    {
        "id": "h52-014",
        "kind": "other",
        "sender": "Fleur Kuijpers <f.kuijpers@maasmeierij.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste heer Van de Laar,

            Dit is al de tweede mail waarin ik een aanmelding moet bevestigen die ik nooit heb gedaan. Ik ben
            adviseur P&O bij Maasmeierij, geen directeur. Waar heeft u mijn e-mailadres eigenlijk vandaan?

            Met vriendelijke groet,
            Fleur Kuijpers
            """
        ),
    },
    {
        "id": "h52-015",
        "kind": "subscribe",
        "sender": "Annemiek de Laat <a.delaat@meierijwerk.nl>",
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "subject": f"Doorst: {WELKOM}",
        "body": _(
            """
            Goedemorgen,

            Onze algemeen directeur kreeg deze welkomstmail van jullie en vroeg mij om ook onze nieuwe directeur
            bedrijfsvoering aan te melden: Koen Bekkers, k.bekkers@meierijwerk.nl. Zou dat kunnen?

            Met vriendelijke groet,
            Annemiek de Laat
            directiesecretaresse Meierijwerk
            """
        ),
    },
    {
        "id": "h52-016",
        "kind": "confirm",
        "sender": "Koen Bekkers <k.bekkers@meierijwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, dat klopt, ik ben sinds kort directeur bedrijfsvoering van Meierijwerk. Graag!

            Koen

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h52-017",
        "kind": "other",
        "sender": "Gerrie Adriaans <gerrie.adriaans@esschestroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Een vraag nog: ik ben directeur bedrijfsvoering, niet de algemeen directeur. Is het netwerk ook voor
            mij bedoeld, of alleen voor de eindverantwoordelijke directeur? Ik wil geen plek innemen die voor
            een ander bedoeld is.

            Gerrie Adriaans
            Essche Stroom
            """
        ),
    },
    # --- februari: de uitnodiging voor het atelier van maart ---
    {
        "id": "h52-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koenraad De Smedt <k.desmedt@sko-kempen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste,

            Ik zal er zijn op 11 maart. Mijn adjunct-directeur, Lieve Van Dyck, komt mee, dus noteer gerust
            twee personen.

            Met vriendelijke groeten,
            Koenraad De Smedt
            algemeen directeur SKO – Samenwerking Kempenland-Oost
            """
        ),
    },
    {
        "id": "h52-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rob Verhoeven <r.verhoeven@hilverstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, helaas. Op 11 maart hebben we 's middags het overleg van de Kempengemeenten met de provincie
            over de regiodeal, en daar kan ik als secretaris niet ontbreken. Hopelijk tot een volgende keer.

            Rob Verhoeven
            directeur De Hilverstroom
            """
        ),
    },
    {
        "id": "h52-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anke Schellekens <a.schellekens@beerzeland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Zelf zit ik die week met het college op werkbezoek in Brussel. Ik heb onze directeur Sociaal Domein,
            Ruud Mertens, gevraagd in mijn plaats te gaan; hij heeft er zin in. Zijn adres: r.mertens@beerzeland.nl.

            Groet,
            Anke
            """
        ),
    },
    {
        "id": "h52-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Swinkels <y.swinkels@kempenkwartier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Van Hoof: hij is graag aanwezig op 11 maart en komt alleen. Ik heb het atelier
            inmiddels in zijn agenda gezet.

            Vriendelijke groet,
            Yvonne Swinkels
            managementassistent directie Kempenkwartier
            """
        ),
    },
    {
        "id": "h52-022",
        "kind": "other",
        "sender": "Secretariaat Aa-Dommel Samen <secretariaat@aadommelsamen.nl>",
        "quote": "none",
        "subject": "Atelier maart - mevrouw Van Gerwen",
        "body": _(
            """
            Goedemiddag,

            Uw uitnodiging voor het atelier van 11 maart is bij mevrouw Van Gerwen binnengekomen toen zij met
            verlof was, en de reactietermijn is inmiddels verstreken. Zij wil er toch graag bij zijn. Is er nog
            een plaats voor haar, of komt zij op de wachtlijst?

            Met vriendelijke groet,
            Nicole Panhuijzen
            secretariaat directie
            """
        ),
    },
    {
        "id": "h52-023",
        "kind": "other",
        "sender": "Carla Lathouwers <c.lathouwers@maasmeierij.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": f"FW: {UITNODIGING}",
        "body": _(
            """
            Ter info: mevrouw Habraken kan op 11 maart niet, die middag is er een extra raadsvergadering over de
            begroting van Nuland-West. Ze vindt het jammer en hoopt op een volgende keer.

            Carla Lathouwers
            bestuurssecretariaat Maasmeierij
            """
        ),
    },
    {
        "id": "h52-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Sleegers <f.sleegers@dommelrode.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Geaccepteerd: {UITNODIGING}",
        "body": _(
            """
            Staat genoteerd, tot de 11e.
            """
        ),
    },
    {
        "id": "h52-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lex van Kollenburg <l.vankollenburg@peelrandmeierij.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Declined: {UITNODIGING}",
        "body": _(
            """
            Apologies, that week I'm with our regional economic mission in Munich.
            """
        ),
    },
    {
        "id": "h52-026",
        "kind": "other",
        "sender": "Ellen van Dijk <e.vandijk@hilverstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Stan,

            Ik wil er graag bij zijn, op voorwaarde dat ik om 16.00 uur weg kan: om 17.30 uur moet ik in
            Beekdonk zijn voor een AB-vergadering. Is het voor de opzet van de middag een bezwaar als ik
            halverwege vertrek? Zo ja, dan laat ik mijn plek liever aan een ander.

            Groet,
            Ellen van Dijk
            directeur bedrijfsvoering De Hilverstroom
            """
        ),
    },
    {
        "id": "h52-027",
        "kind": "other",
        "sender": "Paul Leenders <p.leenders@peelrandmeierij.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, geen introducé deze keer. Mijn collega van financiën had belangstelling, maar die zit die week
            op de piste in Oostenrijk.

            Paul Leenders
            """
        ),
    },
    {
        "id": "h52-028",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Toon Rovers <t.rovers@esschestroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Mooi thema, die couleur locale. Los daarvan een onderwerp voor een volgend atelier: wat doe je als
            werkorganisatie als een van de deelnemende gemeenten hardop nadenkt over uittreden? Bij ons speelt
            dat sinds de verkiezingen in Haarenbroek, en ik hoor graag hoe collega's dat gesprek met de besturen
            voeren.

            Toon
            """
        ),
    },
    {
        "id": "h52-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rob Verhoeven <r.verhoeven@hilverstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Vorige week meldde ik me af vanwege het provincie-overleg, maar dat is verschoven naar april. Ik kom
            dus toch graag op de 11e. Is het inmiddels vol, zet me dan maar op de wachtlijst.

            Rob Verhoeven
            """
        ),
    },
    # --- maart: herinnering, wijziging, wachtlijst ---
    {
        "id": "h52-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Sleegers <f.sleegers@dommelrode.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            helaas ik kan niet, lig met koorts op de bank. veel plezier allemaal

            Frank

            Verstuurd met Outlook voor iOS
            """
        ),
    },
    {
        "id": "h52-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koenraad De Smedt <k.desmedt@sko-kempen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Ik moet mij helaas afmelden voor het atelier van donderdag: onze burgemeester heeft een crisisoverleg
            belegd over de brand bij het recyclingbedrijf in het buitengebied. Lieve Van Dyck, die met mij mee
            zou komen, komt dan ook niet. Bij het volgende atelier ben ik er hopelijk wel weer bij.

            Met vriendelijke groeten,
            Koenraad
            """
        ),
    },
    {
        "id": "h52-032",
        "kind": "unsubscribe",
        "sender": "Wim Coolen <w.coolen@aadommelsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geacht secretariaat,

            Donderdag zal ik er niet bij zijn. Sterker nog: per 1 april ga ik met pensioen, dus u kunt mij vanaf
            nu uit het ledenbestand halen. Ik heb de bijeenkomsten altijd zeer gewaardeerd.

            Hoogachtend,
            W.J.M. Coolen
            """
        ),
    },
    {
        "id": "h52-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart van de Ven <bart.vandeven@meierijwerk.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Op de 18e zit ik de hele dag met de accountant aan de jaarrekening van Meierijwerk, dus dat wordt
            helaas niks. Mijn aanmelding voor de 11e kunt u laten vervallen.

            Bart van de Ven
            """
        ),
    },
    {
        "id": "h52-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hester van Esch <h.vanesch@dommelrode.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het bericht. Streep mijn naam maar van de wachtlijst: op de 11e heb ik inmiddels een heidag
            met mijn MT ingepland, en die ga ik niet meer verzetten.

            Hester van Esch
            Directeur Werkorganisatie Dommelrode
            """
        ),
    },
    {
        "id": "h52-035",
        "kind": "other",
        "sender": "Anke Schellekens <a.schellekens@beerzeland.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 mei",
        "body": _(
            """
            Beste secretariaat,

            Beerzeland gaat per 1 mei verder onder de naam Beerze Samen, en daarmee verandert ook ons maildomein.
            Mijn adres wordt dan a.schellekens@beerzesamen.nl. Het oude adres stuurt nog een paar maanden door,
            maar ik ontvang de uitnodigingen liever meteen op het nieuwe.

            Groet,
            Anke Schellekens
            """
        ),
    },
    # --- april: het vervolg op het atelier ---
    {
        "id": "h52-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ellen van Dijk <e.vandijk@hilverstroom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor het verslag, ik heb het gisteren doorgestuurd aan ons MT.

            Voor de volgende keer: wij willen van vier domeinafdelingen naar opgavegericht werken met wisselende
            teams. Hoe richt je de sturing en de P&C-cyclus daarop in zonder dat leidinggevenden het overzicht
            kwijtraken? Ik vermoed dat meer collega's daarmee worstelen.

            Ellen
            """
        ),
    },
    {
        "id": "h52-037",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Rob Verhoeven <r.verhoeven@hilverstroom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie,

            Wat een goede middag was het. Voor de volgende keer stel ik voor: hoe houd je als werkorganisatie de
            balans tussen drie gemeenten met elk hun eigen belangen, zonder dat er één het gevoel krijgt aan het
            kortste eind te trekken? In het najaar ben ik er in elk geval weer bij.

            Hartelijke groet,
            Rob
            """
        ),
    },
    {
        "id": "h52-038",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Koen Bekkers <k.bekkers@meierijwerk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Graag twee onderwerpen voor het najaar:
            - de overstap naar zaakgericht werken en één zaaksysteem voor de hele werkorganisatie;
            - hoe wij als Meierij-gemeenten samen optrekken richting provincie en Rijk in de woningbouwopgave.

            Met vriendelijke groet,
            Koen Bekkers
            directeur bedrijfsvoering Meierijwerk
            """
        ),
    },
    {
        "id": "h52-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Mertens <r.mertens@beerzeland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank voor het verslag. Even voor jullie planning: het najaarsatelier kan ik niet bijwonen, dan zitten
            we midden in de verhuizing naar het nieuwe gemeentekantoor. In het voorjaar weer graag.

            Ruud Mertens
            """
        ),
    },
    {
        "id": "h52-040",
        "kind": "unsubscribe",
        "sender": "Toon Rovers <t.rovers@esschestroom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank, het verslag lees ik nog met plezier, maar het is meteen mijn laatste: per 1 juni stop ik als
            directeur van Essche Stroom. Hanneke Smulders volgt mij op; haar mailadres hoort u van haarzelf
            zodra ze begonnen is. Mij mag u uit het bestand halen.

            Toon Rovers
            """
        ),
    },
    # --- zomer: vertrek en opvolging ---
    {
        "id": "h52-041",
        "kind": "unsubscribe",
        "sender": "Ruud Donkers <r.donkers@kempenzoom.nl>",
        "quote": "none",
        "subject": "Opvolging Kempenzoom",
        "body": _(
            """
            Beste Stan en Melanie,

            Na zeven jaar Kempenzoom vertrek ik per 1 juli naar een functie bij het waterschap. Marloes Verhagen
            volgt mij op als algemeen directeur. Willen jullie mij uitschrijven en haar voortaan uitnodigen? Zij
            is bereikbaar via m.verhagen@kempenzoom.nl.

            Het ga jullie goed,
            Ruud
            """
        ),
    },
    {
        "id": "h52-042",
        "kind": "unsubscribe",
        "sender": "Wim Coolen <w.coolen@aadommelsamen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor uw bevestiging. Zoals u vraagt: mijn opvolger is Tim Raaijmakers, die op 1 september
            begint als gemeentesecretaris en algemeen directeur van Aa-Dommel Samen. Zijn adres is
            t.raaijmakers@aadommelsamen.nl.

            Met vriendelijke groet,
            W.J.M. Coolen
            """
        ),
    },
    {
        "id": "h52-043",
        "kind": "other",
        "sender": "Peter van Lieshout <p.vanlieshout@heiderijk.nl>",
        "quote": "none",
        "subject": "Wisseling van de wacht Heiderijk",
        "body": _(
            """
            Hallo Melanie,

            Even vooruitlopend: per 1 november neemt Saskia de Bruijn mijn rol als directeur van Heiderijk over,
            ik ga naar de provincie. Haar adres is s.debruijn@heiderijk.nl. Tot die tijd blijf ik gewoon lid, en
            het najaarsatelier pak ik nog mee als afscheidstournee.

            Groet,
            Peter
            """
        ),
    },
    {
        "id": "h52-044",
        "kind": "other",
        "sender": "Dewi Martens <d.martens@hilverstroom.nl>",
        "quote": "none",
        "subject": "Vertrek Ellen van Dijk",
        "body": _(
            """
            Goedemiddag,

            Ik wil u laten weten dat onze directeur bedrijfsvoering, Ellen van Dijk, per 1 juni uit dienst is
            gegaan. Haar mailbox houd ik nog tot eind juli bij, daarna wordt het adres opgeheven.

            Met vriendelijke groet,
            Dewi Martens
            office manager De Hilverstroom
            """
        ),
    },
    {
        "id": "h52-045",
        "kind": "subscribe",
        "sender": "Marijke Habraken <m.habraken@maasmeierij.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Oei, dit was niet de bedoeling. Mijn secretariaat heeft zich vergist: zij wilde mij afmelden voor de
            nieuwsbrief van een adviesbureau, niet voor jullie netwerk. Ik wil graag lid blijven!

            Marijke Habraken
            """
        ),
    },
    {
        "id": "h52-046",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Lex van Kollenburg <l.vankollenburg@peelrandmeierij.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de AVG verzoek ik u al mijn persoonsgegevens uit uw bestanden te
            verwijderen, ook mijn naam op de deelnemerslijsten van eerdere ateliers. Dat betekent uiteraard ook
            dat ik geen lid meer ben. Graag ontvang ik binnen de wettelijke termijn een bevestiging.

            Hoogachtend,
            mr. A.J. (Lex) van Kollenburg
            GR Peelrand-Meierij
            """
        ),
    },
    # --- najaar: nieuwe leden, AVG, de nieuwe oproep ---
    {
        "id": "h52-047",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes Verhagen <m.verhagen@kempenzoom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! U vraagt naar een onderwerp: ik ben net begonnen en schrik van hoe hard onze
            loonkosten en ICT-licenties stijgen. Hoe houden collega's de formatie en de kosten van hun
            werkorganisatie in de hand? Daar praat ik graag eens over met ervaren collega's.

            Marloes Verhagen
            algemeen directeur Kempenzoom
            """
        ),
    },
    {
        "id": "h52-048",
        "kind": "other",
        "sender": "Marloes Verhagen <m.verhagen@kempenzoom.nl>",
        "quote": "none",
        "subject": "Inzageverzoek",
        "body": _(
            """
            Beste secretariaat,

            Sinds juli ben ik lid van jullie netwerk, en als nieuwe directeur wil ik graag weten wat er over mij
            wordt vastgelegd. Kunt u mij een overzicht sturen van de persoonsgegevens die u van mij verwerkt, en
            met wie u die deelt? Lid blijven wil ik zeker.

            Met vriendelijke groet,
            Marloes Verhagen
            """
        ),
    },
    {
        "id": "h52-049",
        "kind": "confirm",
        "sender": "Tim Raaijmakers <t.raaijmakers@aadommelsamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": "",
    },
    {
        "id": "h52-050",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Lieve Van Dyck <l.vandyck@sko-kempen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            I've accepted a position with an intercommunale in Turnhout, so I'm leaving SKO at the end of the
            month. Please remove me from the network and erase all personal data you hold about me; there is no
            need to keep anything for your archive.

            Kind regards,
            Lieve Van Dyck
            """
        ),
    },
    {
        "id": "h52-051",
        "kind": "unsubscribe",
        "sender": "Frank Sleegers <f.sleegers@dommelrode.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan,

            Geen onderwerpen van mijn kant deze ronde, en eerlijk gezegd ook niet meer in de toekomst: sinds de
            zomer zit ik als interim-directeur bij een zorgorganisatie in Tilburg, dus met ambtelijke fusies heb
            ik niks meer te maken. Haal me maar uit jullie bestand. Dank voor de mooie middagen, en de koffie in
            Utrecht was altijd prima.

            Frank
            """
        ),
    },
    # --- automatische antwoorden en onbestelbare mail, het hele jaar door ---
    {
        "id": "h52-052",
        "kind": "autoreply",
        "sender": "Bart van de Ven <bart.vandeven@meierijwerk.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": f"Automatisch antwoord: {OPROEP}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met vrijdag 8 januari ben ik afwezig vanwege de kerstvakantie. Uw mail
            wordt niet doorgestuurd. Voor dringende zaken kunt u terecht bij het directiesecretariaat van
            Meierijwerk, telefoon 0413 - 28 60 00.

            Thank you for your message. I am out of the office until Friday 8 January. For urgent matters please
            contact the management office of Meierijwerk, +31 413 28 60 00.
            """
        ),
    },
    {
        "id": "h52-053",
        "kind": "autoreply",
        "sender": "Ellen van Dijk <e.vandijk@hilverstroom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {UITNODIGING}",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Ellen van Dijk is niet langer werkzaam bij De Hilverstroom.
            Berichten voor de directie kunt u sturen naar directie@hilverstroom.nl. Uw bericht is niet
            doorgestuurd.
            """
        ),
    },
    {
        "id": "h52-054",
        "kind": "autoreply",
        "sender": "Digitaal Postloket Peelrand-Meierij <postloket@peelrandmeierij.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": f"Ontvangstbevestiging [Zaak Z-2027-004471] {HERINNERING}",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Uw e-mail is ontvangen door het digitale postloket van GR Peelrand-Meierij en geregistreerd onder
            zaaknummer Z-2027-004471. U hoeft niet op dit bericht te reageren. Wij streven ernaar uw bericht
            binnen vijf werkdagen aan de juiste medewerker toe te wijzen.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "h52-055",
        "kind": "autoreply",
        "sender": "Paul Leenders <p.leenders@peelrandmeierij.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Gelezen: {UITNODIGING}",
        "body": _(
            """
            Uw bericht

            Aan: Leenders, Paul
            Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
            Verzonden: maandag 8 februari 2027 09:14:02 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm

            is gelezen op maandag 8 februari 2027 11:40:37 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm.
            """
        ),
    },
    {
        "id": "h52-056",
        "kind": "autoreply",
        "sender": "Koenraad De Smedt <k.desmedt@sko-kempen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Afwezig: {ANNULERING}",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Beste,

            Ik ben afwezig tot en met maandag 19 april en heb beperkt toegang tot mijn mails. Voor dringende
            vragen kan u terecht bij het directiesecretariaat van SKO via secretariaat@sko-kempen.nl.

            Met vriendelijke groeten,
            Koenraad De Smedt
            """
        ),
    },
    {
        "id": "h52-057",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@aadommelsamen.nl>",
        "quote": "none",
        "subject": f"Onbestelbaar: {OPROEP}",
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij w.coolen@aadommelsamen.nl

            Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM8PR04MB7731.eurprd04.prod.outlook.com
            w.coolen@aadommelsamen.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h52-058",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.kempenzoom.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.kempenzoom.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <r.donkers@kempenzoom.nl>: host mail.kempenzoom.nl[10.20.4.11] said: 550 5.1.1
                <r.donkers@kempenzoom.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h52-059",
        "kind": "bounce",
        "sender": "Mail Administrator <postmaster@beerzeland.nl>",
        "quote": "none",
        "subject": f"Niet afgeleverd: {HERINNERING}",
        "body": _(
            """
            Het bericht aan a.schellekens@beerzeland.nl kon niet worden afgeleverd.

            Reden: de postbus van de ontvanger is vol (552 5.2.2 Mailbox quota exceeded). Het systeem heeft het
            gedurende 48 uur opnieuw geprobeerd en de bezorging nu gestaakt.

            Berichtkenmerk: <20270310.0915.herinnering-2027-1@ambtelijkefusie.nl>
            """
        ),
    },
]
# fmt: on
