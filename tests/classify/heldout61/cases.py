"""heldout61: a year of mail from directors and staff of shared civil-service organisations in Oost-Brabant and de Peel.

The writers work for invented werkorganisaties, GR's and bedrijfsvoeringsorganisaties of invented municipalities in
the Peel and along the Aa, the Raam and the Dommel: algemeen directeuren, directeuren bedrijfsvoering, a
gemeentesecretaris of the old school, an English interim director, management assistants and bestuurssecretarissen
who write for their director. The year runs from sign-ups and confirmations through the call for themes, the
invitation, the reminder, the change of date and the follow-up to people leaving, handing over their seat or asking
what we hold on them; in between come out-of-office replies, a ticket system and two bounces. Registers run from a
two-word groupwise reply to a long story with the proposal at the end, with typos and phone mails.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; under the call for themes a reply that only says the writer comes is an
  rsvp, a proposed topic is a suggestion also with a yes or a no beside it, and a proposal about the form of the
  ateliers (place, time) is other;
- declining the atelier while keeping the membership ("afmelden voor het atelier") is rsvp False; a decline with a
  substitute is rsvp False; leaving the network and declining in one mail is unsubscribe; a later mail that
  reverses an earlier no is rsvp True;
- a hand-over with the successor's address, or with a successor named but no address yet, is unsubscribe; a
  hand-over for a later date while staying a member is other; a colleague reporting that someone left is other;
- an AVG erasure request is unsubscribe with erase, also with a question beside it; asking what data we hold is
  other;
- signing up one colleague with the address is subscribe; several colleagues is other; "lid blijven" under our
  goodbye is subscribe;
- under the confirmation mail a signature alone is confirm; a plain denial is unsubscribe, a denial asking where we
  got the address is other; a confirmation with a real question, or by an assistant for the director, is other;
- a yes on a condition the secretariat must answer is other; an assistant answering under the invitation is rsvp,
  but an assistant forwarding our mail with a line about the director is other; an answer only to the guest
  question is other; backing another member's topic and asking to present are other; an address change is other;
- calendar accepts and declines are rsvp; out-of-office, read-receipt-like and ticket replies are autoreply without a
  quote; delivery failures are bounce without a thread; themes are those of what the writer proposes.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "h61-001",
        "kind": "subscribe",
        "sender": "Hanneke Verbeek-Swinkels <h.verbeek@peelhorst.nl>",
        "quote": "none",
        "subject": "Aansluiten bij het directeurennetwerk",
        "body": _(
            """
            Goedemorgen,

            Via een collega uit Meierijstad-Oost hoorde ik van jullie netwerk. Sinds 1 januari ben ik algemeen
            directeur van Werkorganisatie Peelhorst, de ambtelijke organisatie van Peelhoven, Liesdonk en Zeelkamp,
            en ik sluit graag aan. U kunt dit adres gebruiken voor de uitnodigingen.

            Hartelijke groet,

            Hanneke Verbeek-Swinkels
            Algemeen directeur | Werkorganisatie Peelhorst
            T 0493 - 38 22 10
            """
        ),
    },
    {
        "id": "h61-002",
        "kind": "confirm",
        "sender": "Hanneke Verbeek-Swinkels <h.verbeek@peelhorst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd, fijn dat het zo vlot ging.

            Hanneke Verbeek-Swinkels
            Algemeen directeur | Werkorganisatie Peelhorst
            """
        ),
    },
    {
        "id": "h61-003",
        "kind": "subscribe",
        "sender": "Daniel Hughes <d.hughes@bvo-dommelrand.nl>",
        "quote": "none",
        "subject": "Membership of the directors' network",
        "body": _(
            """
            Hello,

            I started in November as interim director of operations at BVO Dommelrand and will stay until at
            least next summer. A colleague pointed me to your network. Could you add me as a member? My spoken
            Dutch is decent, my written Dutch is slow, but I'm happy to receive everything in Dutch.

            Kind regards,
            Daniel Hughes
            Interim Director of Operations | BVO Dommelrand
            """
        ),
    },
    {
        "id": "h61-004",
        "kind": "confirm",
        "sender": "Daniel Hughes <d.hughes@bvo-dommelrand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that's me - confirmed. Thanks for the quick turnaround.

            Daniel
            """
        ),
    },
    {
        "id": "h61-005",
        "kind": "other",
        "sender": "Marloes Hurkmans <m.hurkmans@aawerken.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Van Kessel bevestig ik hierbij zijn aanmelding voor het netwerk. Hij zit deze week met
            het MT op de hei en vroeg mij dit even voor hem af te handelen. De mail aan hem is door mij geopend,
            ik beheer zijn postvak.

            Met vriendelijke groet,
            Marloes Hurkmans
            Managementassistent directie | GR Aawerken
            """
        ),
    },
    {
        "id": "h61-006",
        "kind": "subscribe",
        "sender": "P. Verhoeven <p.verhoeven@heidekwartier.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Aanmelden als lid s.v.p.

            P. Verhoeven
            gemeentesecretaris/directeur Werkorganisatie Heidekwartier
            """
        ),
    },
    {
        "id": "h61-007",
        "kind": "confirm",
        "sender": "P. Verhoeven <p.verhoeven@heidekwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Klopt, akkoord.

            PV
            """
        ),
    },
    {
        "id": "h61-008",
        "kind": "confirm",
        "sender": "Wim Raaijmakers <w.raaijmakers@gemrooi.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Wim Raaijmakers
            algemeen directeur GemRooi
            werkorganisatie Gemertsveld - Rooiendonk
            06 51 84 20 37
            """
        ),
    },
    {
        "id": "h61-009",
        "kind": "unsubscribe",
        "sender": "Lieke Donkers <l.donkers@heidekwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            Ik heb me hier niet voor opgegeven. Geen idee wie dat gedaan heeft, misschien iemand die onze
            afdelingslijst heeft doorgestuurd? Ik ben beleidsadviseur, geen directeur, dus dit is niet voor mij
            bedoeld. Zet er maar een streep door.

            Lieke Donkers
            """
        ),
    },
    {
        "id": "h61-010",
        "kind": "other",
        "sender": "Harrie Hermens <h.hermens@maaskant-oost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Dit is nu al de tweede mail die ik van u ontvang. Ik ken uw netwerk niet en heb mij nergens
            aangemeld. Graag verneem ik van u hoe u aan mijn e-mailadres bent gekomen en wie mij heeft opgegeven.

            Hoogachtend,

            ing. H.J.M. Hermens
            Directeur Uitvoeringsorganisatie Maaskant-Oost
            """
        ),
    },
    {
        "id": "h61-011",
        "kind": "other",
        "sender": "Ans Timmermans <a.timmermans@devlier-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Dag Stan en Melanie,

            Ik wil best bevestigen, maar eerst een vraag. De Vlier is geen volledige ambtelijke fusie: Vlierdonk en
            Mierveld hebben alleen hun bedrijfsvoering (P&O, financien, ICT, inkoop) in een GR ondergebracht, de
            beleidsteams zitten nog gewoon in de eigen gemeentehuizen. Horen wij dan wel bij jullie doelgroep? Zo
            niet, dan laat ik het liever.

            Groet,
            Ans Timmermans
            directeur Samenwerkingsorganisatie De Vlier
            """
        ),
    },
    {
        "id": "h61-012",
        "kind": "confirm",
        "sender": "Rob Leenders <rob.leenders@devlier-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Excuus, de eerste mail was onder een stapel begrotingswijzigingen verdwenen. Nog steeds geintereseerd,
            dus bij deze alsnog mijn ok.

            Rob
            """
        ),
    },
    {
        "id": "h61-013",
        "kind": "subscribe",
        "sender": "Koen Slaats <k.slaats@wzop.nl>",
        "quote": "none",
        "subject": "Netwerk directeuren",
        "body": _(
            """
            Hoi,

            Ik sprak Melanie vorige week kort bij het VNG-jaarcongres, ze zei dat ik me gewoon via dit adres kon
            opgeven. Bij deze dus :) Ik ben sinds september directeur van de Werkorganisatie Zuidoost-Peel.

            gr Koen Slaats

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h61-014",
        "kind": "subscribe",
        "sender": "Jeroen Kuijpers <j.kuijpers@raamwerk-gemeenten.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor het netwerk: Mirjam Aarts",
        "body": _(
            """
            Beste Stan,

            Op 1 maart begint Mirjam Aarts bij RaamWerk als directeur Dienstverlening & Publiekszaken, naast mij in
            de directie. Ze weet van het netwerk en wil graag lid worden; kunnen jullie haar aanmelden? Haar adres
            is m.aarts@raamwerk-gemeenten.nl (werkt vanaf vandaag al).

            Dank en groet,
            Jeroen Kuijpers
            algemeen directeur RaamWerk
            """
        ),
    },
    {
        "id": "h61-015",
        "kind": "other",
        "sender": "Sandra Bosch <s.bosch@raamwerk-gemeenten.nl>",
        "quote": "none",
        "subject": "Vraag over lidmaatschap clustermanagers",
        "body": _(
            """
            Goedemiddag,

            Onze directeur is al lid van uw netwerk en heel enthousiast. Hij vroeg mij of onze drie clustermanagers
            (Ruimte, Samenleving en Bedrijfsvoering) ook kunnen aansluiten, ze zijn formeel geen directeur maar
            maken wel deel uit van het concernteam. Kan dat, en zo ja wat heeft u van hen nodig? Dan lever ik de
            gegevens aan.

            Met vriendelijke groet,

            Sandra Bosch
            bestuurssecretaris RaamWerk
            """
        ),
    },
    {
        "id": "h61-016",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Daniel Hughes <d.hughes@bvo-dommelrand.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the warm welcome!

            Since you ask: one thing I'd love to discuss with peers is how you keep the front desk recognisably
            local - burgerzaken, vergunningen, the Wmo-loket - when everything behind it is shared. Inhabitants of
            the smallest municipality here feel they get a worse service than those in the big one, and I'd like to
            hear how others organise and measure that.

            Best,
            Daniel
            """
        ),
    },
    {
        "id": "h61-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hanneke Verbeek-Swinkels <h.verbeek@peelhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Mijn onderwerp voor maart: de doorontwikkeling van ons sturingsconcept. We willen van sturen op afdelingen
            naar opgavegerichte teams die over de drie gemeentegrenzen heen werken, maar lopen vast op wie dan
            budgethouder is en hoe je mandaten regelt. Ik ben benieuwd wie dat al heeft gedaan.

            Groet, Hanneke
            """
        ),
    },
    {
        "id": "h61-018",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Jeroen Kuijpers <j.kuijpers@raamwerk-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen van RaamWerk:

            - de positie van een werkorganisatie van drie kleine gemeenten in de Regio Noordoost-Brabant: hoe
              voorkom je dat je aan regionale tafels steeds met drie monden praat?
            - klantcontact: sinds vorig jaar één KCC voor de drie gemeenten; hoe meet je of inwoners er echt beter
              van worden, en welke indicatoren gebruiken anderen?

            Jeroen Kuijpers
            """
        ),
    },
    {
        "id": "h61-019",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Monique van der Heijden <m.vanderheijden@maaskant-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Reactie: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Melanie,

            Even wat context voordat ik met mijn punt kom. Wij hebben het afgelopen jaar vooral gebrand gestaan: de
            wachttijden bij burgerzaken liepen op tot zes weken, het KCC draaide op inhuur en in twee van de drie
            raden zijn er vragen gesteld over onze dienstverlening. Dat hebben we inmiddels redelijk op orde.

            Wat ik daardoor wel merk is dat we als directie alleen nog van incident naar incident sturen. Wat ik
            daarom graag zou bespreken: hoe maak je als werkorganisatie een eigen meerjarige koers, een agenda voor
            de organisatie voor de komende acht jaar, die niet telkens opnieuw begint als er een nieuw
            collegeprogramma ligt? Wie heeft zoiets en hoe heb je het bestuurlijk laten vaststellen?

            Met vriendelijke groet,
            Monique van der Heijden
            algemeen directeur Maaskant-Oost
            """
        ),
    },
    {
        "id": "h61-020",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Rob Leenders <rob.leenders@devlier-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hoi beide,

            Idee: het digitaliseren van de vergunningverlening onder de Omgevingswet, zodanig dat ondernemers in
            Vlierdonk en Mierveld binnen een paar dagen weten waar ze aan toe zijn. Wij hebben de processen nu
            half gedigitaliseerd en half op papier, en het loket merkt dat elke dag.

            groeten Rob
            """
        ),
    },
    {
        "id": "h61-021",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sandra Bosch <s.bosch@raamwerk-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            In maart ben ik erbij, dat vast. Als onderwerp zou ik willen voorstellen: de regionale woningbouwopgave,
            waarbij onze drie gemeenten ieder iets anders willen (de een wil groeien, de ander juist het dorpse
            karakter houden) en de werkorganisatie daar tussenin zit. Hoe vind je dan een gezamenlijke lijn?

            Vriendelijke groet,
            Sandra Bosch
            """
        ),
    },
    {
        "id": "h61-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marco Tielemans <m.tielemans@spk-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Van mijn kant geen thema's dit keer, ik laat het programma graag aan de anderen over. Maar zet me
            alvast op de lijst voor 11 maart, die datum staat al geblokt.

            Marco Tielemans
            Directeur Servicecentrum Peelkempen
            """
        ),
    },
    {
        "id": "h61-023",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hanneke Verbeek-Swinkels <h.verbeek@peelhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog eentje erbij als het mag: de formatie. Wij groeien ieder jaar zo'n 3 procent terwijl alle drie de
            gemeenten op de rem trappen. Hoe voer je met de colleges het gesprek over de omvang van het ambtelijk
            apparaat zonder dat het een kaasschaafdiscussie wordt?

            H.
            """
        ),
    },
    {
        "id": "h61-024",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Koen Slaats <k.slaats@wzop.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "Fwd: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Stuur jullie mail maar even door want het antwoordknopje deed raar op mijn telefoon.

            Mijn thema: het monitoren van de prestaties van onze dienstverlening aan inwoners en ondernemers. We
            hebben klanttevredenheid, doorlooptijden en telefonische bereikbaarheid, maar niemand kijkt naar het
            dashboard. Wat werkt bij anderen wel?

            Koen
            """
        ),
    },
    {
        "id": "h61-025",
        "kind": "autoreply",
        "sender": "Daniel Hughes <d.hughes@bvo-dommelrand.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en "
            "inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Thank you for your message. I'm on leave in the UK until Monday 11 January and will not be reading
            email. For urgent matters please contact the secretariat of BVO Dommelrand, 040 - 290 44 00.

            Daniel Hughes
            """
        ),
    },
    {
        "id": "h61-026",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bvo-dommelrand.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en "
            "inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht heeft deze personen niet bereikt: j.rovers@bvo-dommelrand.nl

            Het e-mailadres dat u hebt ingevoerd, kon niet worden gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden.

            Diagnostische informatie voor beheerders:
            Genererende server: AM6PR04MB5621.eurprd04.prod.outlook.com
            j.rovers@bvo-dommelrand.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "h61-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "P. Verhoeven <p.verhoeven@heidekwartier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Kom.

            P. Verhoeven
            """
        ),
    },
    {
        "id": "h61-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Kuijpers <j.kuijpers@raamwerk-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, en ik neem onze concerncontroller Femke Gerrits mee. Dus twee personen van RaamWerk.

            Groet, Jeroen
            """
        ),
    },
    {
        "id": "h61-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia el Amrani <n.elamrani@wzop.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Op 11 maart zit ik helaas de hele dag in Den Haag voor het overleg over de septemberbrief. Mijn collega
            Ilse Bongers, directeur Sociaal Domein, gaat in mijn plaats: i.bongers@wzop.nl. Ze heeft de datum al
            vrijgehouden.

            Hartelijke groet,
            Nadia el Amrani
            directeur Bedrijfsvoering WZOP
            """
        ),
    },
    {
        "id": "h61-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Lathouwers <f.lathouwers@bvo-dommelrand.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in de agenda hoor, tot de elfde.
            """
        ),
    },
    {
        "id": "h61-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hanneke Verbeek-Swinkels <h.verbeek@peelhorst.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Valt samen met de extra raadsvergadering in Liesdonk, sorry!
            """
        ),
    },
    {
        "id": "h61-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ria Coolen <r.coolen@peelhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            De raadsvergadering in Liesdonk is verplaatst, dus mevrouw Verbeek-Swinkels kan nu toch op 11 maart.
            Zij komt graag; ik heb het weer in haar agenda gezet.

            Met vriendelijke groet,
            Ria Coolen
            secretariaat directie Werkorganisatie Peelhorst
            """
        ),
    },
    {
        "id": "h61-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert-Jan Vos <gj.vos@wzop.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            Graag afmelden voor het atelier van 11 maart, dan zit ik met het gezin in Oostenrijk (voorjaarsvakantie
            valt bij ons laat dit jaar). Mijn lidmaatschap laat ik gewoon doorlopen, volgende keer beter.

            Gr. Geert-Jan
            """
        ),
    },
    {
        "id": "h61-034",
        "kind": "other",
        "sender": "Mirjam Aarts <m.aarts@raamwerk-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat leuk om meteen een uitnodiging te krijgen. Ik wil graag komen, maar kan op zijn vroegst om 15.30 uur
            aansluiten omdat ik 's middags een inwerkgesprek met de burgemeester van Raamhoven heb. Is dat een
            probleem, of mis ik dan het belangrijkste deel van de middag? Laat het me even weten, dan meld ik me
            definitief aan.

            Groet,
            Mirjam Aarts
            """
        ),
    },
    {
        "id": "h61-035",
        "kind": "other",
        "sender": "Wim Raaijmakers <w.raaijmakers@gemrooi.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Even voor de duidelijkheid nav jullie vraag over meenemen: nee, geen introducé van mijn kant.

            Wim
            """
        ),
    },
    {
        "id": "h61-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ans Timmermans <a.timmermans@devlier-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Dag allebei,

            Ik kan er op de 11e niet bij zijn, ik zit dan bij de provincie. Wel wil ik een onderwerp meegeven voor
            een volgende keer: hoe ga je om met een deelnemende gemeente die openlijk twijfelt of ze in de GR wil
            blijven? Bij ons speelt dat in Mierveld en het zet de verhoudingen behoorlijk op scherp.

            Ans
            """
        ),
    },
    {
        "id": "h61-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ans Timmermans <a.timmermans@devlier-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Kleine kentering: het overleg bij de provincie is naar april geschoven, dus ik kan op 11 maart toch
            komen. Eerder schreef ik dat het niet ging, vergeet dat maar. Als het vol is hoor ik het wel.

            Ans
            """
        ),
    },
    {
        "id": "h61-038",
        "kind": "other",
        "sender": "Marloes Hurkmans <m.hurkmans@aawerken.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Hierbij de uitnodiging retour. De heer Van Kessel is die middag helaas verhinderd in verband met een
            bestuursvergadering van de GR.

            Met vriendelijke groet,
            Marloes Hurkmans
            """
        ),
    },
    {
        "id": "h61-039",
        "kind": "autoreply",
        "sender": "Jeroen Kuijpers <j.kuijpers@raamwerk-gemeenten.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart "
            "2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Dank voor je bericht. Tot en met vrijdag 19 februari ben ik niet op kantoor en lees ik mijn mail
            beperkt. Voor zaken die niet kunnen wachten kun je terecht bij Sandra Bosch,
            s.bosch@raamwerk-gemeenten.nl of 0485 - 47 10 30.
            """
        ),
    },
    {
        "id": "h61-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Hazenberg <r.hazenberg@aawerken.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Dirk had me al gewaarschuwd dat ik zou worden opgegeven; ik ben er graag bij
            en neem de gast mee zoals afgesproken.

            Ruud Hazenberg
            teammanager Financien & Control
            """
        ),
    },
    {
        "id": "h61-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Monique van der Heijden <m.vanderheijden@maaskant-oost.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "subject": "Reactie: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Melanie,

            Jammer, de 18e gaat bij mij niet: dan vergadert de auditcommissie over de jaarrekening en daar moet ik
            bij zijn. Ik had me er echt op verheugd, zeker nu mijn eigen onderwerp erin zit.

            Met vriendelijke groet,
            Monique van der Heijden
            """
        ),
    },
    {
        "id": "h61-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rob Leenders <rob.leenders@devlier-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Helaas, griep te pakken en lig plat. Moet het laten schieten, geef mijn plek maar aan iemand van de
            wachtlijst. Succes morgen

            Rob
            """
        ),
    },
    {
        "id": "h61-043",
        "kind": "unsubscribe",
        "sender": "Marco Tielemans <m.tielemans@spk-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Laat die wachtlijst maar zitten. Eerlijk gezegd moet ik ook constateren dat ik in twee jaar niet één
            keer aan een atelier ben toegekomen, dus ik houd jullie liever niet langer aan het lijntje: schrijf me
            maar uit als lid. Het idee van het netwerk blijft goed.

            Marco
            """
        ),
    },
    {
        "id": "h61-044",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Heidekwartier <info@heidekwartier.nl>",
        "headers": {"X-Autoreply": "yes"},
        "thread": "reminder",
        "quote": "none",
        "subject": "Uw bericht is ontvangen [zaaknummer KCC-2027-004812]",
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw e-mail ontvangen en geregistreerd onder zaaknummer KCC-2027-004812. Een medewerker van
            Werkorganisatie Heidekwartier neemt uw bericht binnen vijf werkdagen in behandeling. Wilt u bij vragen
            over deze zaak het zaaknummer vermelden?

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.
            """
        ),
    },
    {
        "id": "h61-045",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Wim Raaijmakers <w.raaijmakers@gemrooi.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goede middag gehad, dank nog. Voor de volgende keer zou ik het graag hebben over de lange termijn: waar
            staat een werkorganisatie als GemRooi over tien jaar, en wie formuleert die visie eigenlijk, de directie
            of de besturen? Wij hebben er nu niets op papier.

            Wim
            """
        ),
    },
    {
        "id": "h61-046",
        "kind": "other",
        "sender": "P. Verhoeven <p.verhoeven@heidekwartier.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op "
            "samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Nuttige middag. Wel een verzoek: hou het volgende atelier eens in het zuiden, Den Bosch of Eindhoven.
            Voor ons uit de Peel is Utrecht met de file een halve dag heen en terug. En liefst een ochtend.

            P. Verhoeven
            """
        ),
    },
    {
        "id": "h61-047",
        "kind": "other",
        "sender": "Nadia el Amrani <n.elamrani@wzop.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Melanie,

            Ik was er zelf niet, maar Ilse vertelde over het punt dat Jeroen Kuijpers aan het eind inbracht, over
            de regionale positie van kleine werkorganisaties. Daar sluit ik me van harte bij aan, dat zou ik ook
            graag een keer uitgediept zien. Zelf heb ik verder niets toe te voegen.

            Nadia
            """
        ),
    },
    {
        "id": "h61-048",
        "kind": "other",
        "sender": "Geert-Jan Vos <gj.vos@wzop.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Ik heb het verslag gelezen, mooi gedaan. Wij hebben in januari een nieuw sturingsmodel ingevoerd met
            resultaatafspraken per team, en de eerste ervaringen zijn eerlijk gezegd verrassend positief. Zou ik daar
            op het volgende atelier een korte presentatie over mogen houden, een kwartiertje? Dan hoor ik graag of
            dat past.

            Groet,
            Geert-Jan Vos
            directeur Bedrijfsvoering WZOP
            """
        ),
    },
    {
        "id": "h61-049",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Esther van Rooij <e.vanrooij@bvo-dommelrand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Met ingang van 1 mei verlaat ik BVO Dommelrand. Op grond van artikel 17 AVG verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te wissen, inclusief eventuele aanwezigheidslijsten. Kunt u mij
            daarnaast laten weten of mijn naam in het verslag op uw website staat, en zo ja, of die eruit kan?

            Met vriendelijke groet,
            mr. E.M. van Rooij
            """
        ),
    },
    {
        "id": "h61-050",
        "kind": "unsubscribe",
        "sender": "Toon Verhagen <t.verhagen@maaskant-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Voor 11 maart hoeft u niet op mij te rekenen. Per 1 april ga ik na 41 jaar gemeentedienst met pensioen
            en dan heeft dit netwerk voor mij weinig zin meer; haalt u mij maar van de lijst. Wie mij bij
            Maaskant-Oost opvolgt is nog niet bekend. Het ga jullie goed, ik heb veel aan de ateliers gehad.

            Toon Verhagen
            """
        ),
    },
    {
        "id": "h61-051",
        "kind": "unsubscribe",
        "sender": "Theo van Kessel <t.vankessel@aawerken.nl>",
        "quote": "none",
        "subject": "Wisseling directeur Aawerken",
        "body": _(
            """
            Beste Stan,

            Per 1 juni ga ik aan de slag bij de provincie. Mijn opvolger als directeur van Aawerken is Anouk
            Sleegers, nu nog hoofd Publiekszaken bij ons: a.sleegers@aawerken.nl. Wil je mij afmelden en haar in mijn
            plaats opnemen? Ze verheugt zich op het netwerk.

            Dank voor de fijne jaren,
            Theo
            """
        ),
    },
    {
        "id": "h61-052",
        "kind": "other",
        "sender": "Yvonne Habraken <y.habraken@gemrooi.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": _(
            """
            Goedemorgen Melanie,

            Een vooraankondiging: per 1 oktober draag ik mijn functie als directeur Bedrijfsvoering over aan Stijn
            Verberne (s.verberne@gemrooi.nl). Tot die tijd blijf ik gewoon lid, want het najaarsatelier wil ik
            nog graag meemaken. Zou je vanaf oktober Stijn willen laten aansluiten?

            Groeten,
            Yvonne Habraken
            """
        ),
    },
    {
        "id": "h61-053",
        "kind": "unsubscribe",
        "sender": "Bart Manders <b.manders@peelhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Sinds de reorganisatie heb ik geen directeursrol meer, ik ben nu teamleider Financien. Dan lijkt het me
            netjes om ook uit het netwerk te stappen; voor thema's moet u dus niet bij mij zijn. Bedankt!

            Bart Manders
            """
        ),
    },
    {
        "id": "h61-054",
        "kind": "subscribe",
        "sender": "Frank Lathouwers <f.lathouwers@bvo-dommelrand.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Huh? Ik heb helemaal niet gevraagd om afgemeld te worden, misschien heeft iemand op ons secretariaat
            per ongeluk op de verkeerde knop gedrukt. Ik wil graag lid blijven!

            Frank Lathouwers
            """
        ),
    },
    {
        "id": "h61-055",
        "kind": "other",
        "sender": "Rob Leenders <rob.leenders@devlier-samen.nl>",
        "quote": "none",
        "subject": "nieuw mailadres",
        "body": _(
            """
            Hoi Stan,

            Kleine wijziging: De Vlier gaat per 1 juli over op een nieuw domein. Mijn mail wordt dan
            r.leenders@vlier-mierveld.nl; het oude adres blijft nog tot het eind van het jaar werken maar graag
            alles vanaf juli naar het nieuwe.

            groet Rob
            """
        ),
    },
    {
        "id": "h61-056",
        "kind": "other",
        "sender": "Nadia el Amrani <n.elamrani@wzop.nl>",
        "quote": "none",
        "subject": "Vertrek Harm Swinkels",
        "body": _(
            """
            Beste Melanie,

            Ter informatie: Harm Swinkels, die bij ons directeur Ruimte was en volgens mij ook in jullie netwerk
            zat, is per 1 juni vertrokken naar de gemeente Helmond. Zijn mailbox wordt nog een paar weken
            doorgestuurd. Een opvolger is er nog niet.

            Groet,
            Nadia
            """
        ),
    },
    {
        "id": "h61-057",
        "kind": "other",
        "sender": "Monique van der Heijden <m.vanderheijden@maaskant-oost.nl>",
        "quote": "none",
        "subject": "Welke gegevens heeft u van mij?",
        "body": _(
            """
            Beste Melanie,

            Onze FG vroeg mij onlangs bij welke externe partijen mijn gegevens liggen, en toen kwam uw netwerk ter
            sprake. Zou u mij een overzicht kunnen sturen van wat u van mij hebt vastgelegd, en hoe lang u dat
            bewaart? Ik wil graag lid blijven, het gaat puur om het inzicht.

            Met vriendelijke groet,
            Monique van der Heijden
            """
        ),
    },
    {
        "id": "h61-058",
        "kind": "unsubscribe",
        "sender": "Hans Daniels <h.daniels@spk-gemeenten.nl>",
        "quote": "none",
        "subject": "Afscheid en opvolging",
        "body": _(
            """
            Geachte heer Van de Laar,

            Na zes jaar als directeur van Servicecentrum Peelkempen vertrek ik eind deze maand. Ik wil mij hierbij
            uit het netwerk terugtrekken. Mijn opvolger wordt Carla Peeters, maar zij begint pas in september en
            haar mailadres is nog niet aangemaakt; ze zal zich dan zelf bij u melden.

            Met vriendelijke groet,
            H.A.M. Daniels
            """
        ),
    },
    {
        "id": "h61-059",
        "kind": "autoreply",
        "sender": "Toon Verhagen <t.verhagen@maaskant-oost.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en "
            "inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. De heer Verhagen is met pensioen. Uw bericht wordt niet
            doorgestuurd. Voor zaken van Uitvoeringsorganisatie Maaskant-Oost kunt u mailen naar
            directiesecretariaat@maaskant-oost.nl.
            """
        ),
    },
    {
        "id": "h61-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mail.spk-gemeenten.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mail.spk-gemeenten.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <h.daniels@spk-gemeenten.nl>: host mail.spk-gemeenten.nl[10.20.4.11] said:
                550 5.1.1 <h.daniels@spk-gemeenten.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
