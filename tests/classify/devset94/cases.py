"""Devset94: answers typed inside our own mail, second set: other clients and habits (issue 17).

About ninety replies in which the writer answers INSIDE the quoted text of one of our mails (confirmation request and
its reminder, welcome, invitation, reminder, RSVP acknowledgement, change, cancellation, call for themes, follow-up,
goodbye). The body holds the whole reply as the client shows it, our lines included (Outlook on the web with
"Van:/Verzonden:" or "From:/Sent:", Outlook desktop with the "____" rule, Apple Mail and Gmail with "> ", a mobile
client that re-wraps our lines at about 70 characters); the cases have no `quoted` and set `thread`. Our mail is
personalised with the writer's name (and address in the confirmation request), as it was sent to them.

Conventions relied on:
- An empty reply under our confirmation request (or its reminder) confirms; an empty reply under any other mail of
  ours is `other`.
- A plain denial under our confirmation mail ("ik heb me niet aangemeld", "dit was ik niet"): `unsubscribe`. A denial
  that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion`; a reply that only says
  whether the writer comes is an `rsvp`; a proposal about the form of the ateliers is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A director who cannot come but sends a
  substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over).
- An AVG erasure request anywhere: `unsubscribe` with `erase` True.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, questions, address changes, a remark that a date is awkward without an answer: `other`.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "h94-confirm-01",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Joost Hendriks <j.hendriks@buch.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 30 november 2026 14:12\n"
            "Aan: Joost Hendriks <j.hendriks@buch.nl>\n"
            "Onderwerp: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Joost Hendriks,\n"
            "\n"
            "Via directiesecretariaat@buch.nl hebben wij een aanmelding ontvangen voor het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties op dit e-mailadres (j.hendriks@buch.nl).\n"
            "\n"
            "Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen. Ja, bij deze bevestigd.\n"
            "\n"
            "Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            "\n"
            "Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-02",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Ingrid Wolters <i.wolters@dommelvallei.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Op 30 nov. 2026 om 14:12 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Ingrid Wolters,\n"
            ">\n"
            "> Via i.wolters@dommelvallei.nl hebben wij een aanmelding ontvangen voor het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties op dit e-mailadres (i.wolters@dommelvallei.nl).\n"
            ">\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            "Ja graag, hierbij bevestig ik mijn aanmelding.\n"
            ">\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            ">\n"
            "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Ingrid Wolters\n"
            "Directeur Dienst Dommelvallei\n"
        ),
    },
    {
        "id": "h94-confirm-03",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Rob Kamphuis <rob.kamphuis@gmail.com>",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Op vr 4 dec 2026 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Rob Kamphuis,\n"
            ">\n"
            "> Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "> (rob.kamphuis@gmail.com). Die aanmelding is nog niet bevestigd.\n"
            ">\n"
            "> Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "> met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            "\n"
            "Ja, ik wil graag lid worden. Excuus voor de late reactie.\n"
            "Rob\n"
            ">\n"
            "> Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets "
            "meer van ons.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-04",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Henk Veldman <h.veldman@werkorganisatie-cgm.nl>",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: vrijdag 4 december 2026 09:00\n"
            "Aan: Veldman, Henk <h.veldman@werkorganisatie-cgm.nl>\n"
            "Onderwerp: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Henk Veldman,\n"
            "\n"
            "Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "(h.veldman@werkorganisatie-cgm.nl). Die aanmelding is nog niet bevestigd.\n"
            "\n"
            "Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            "JA, GRAAG LID\n"
            "\n"
            "Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets meer "
            "van ons.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-05",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Saskia Mulder <s.mulder@a2-gemeenten.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Op 30 november 2026 14:12:07 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Saskia Mulder,\n"
            ">\n"
            "> Via secretariaat@a2-gemeenten.nl hebben wij een aanmelding ontvangen\n"
            "> voor het Netwerk van directeuren van ambtelijke fusieorganisaties op\n"
            "> dit e-mailadres (s.mulder@a2-gemeenten.nl).\n"
            "\n"
            "Klopt, dat heeft mijn secretariaat op mijn verzoek gedaan. Bevestigd.\n"
            "\n"
            ">\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft\n"
            "> niets te typen. Zo weten we zeker dat dit e-mailadres van u is en dat\n"
            "> u onze berichten wilt ontvangen.\n"
            ">\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13\n"
            "> december 2026.\n"
            ">\n"
            "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij\n"
            "> bewaren uw adres dan niet langer dan nodig.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Verzonden vanaf mijn Galaxy\n"
        ),
    },
    {
        "id": "h94-confirm-06",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Thijs Bosman <t.bosman@duoplus.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Zie onder\n"
            "\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Monday, November 30, 2026 2:12 PM\n"
            "To: Thijs Bosman <t.bosman@duoplus.nl>\n"
            "Subject: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Thijs Bosman,\n"
            "\n"
            "Via managementondersteuning@duoplus.nl hebben wij een aanmelding ontvangen voor het Netwerk van "
            "directeuren van ambtelijke fusieorganisaties op dit e-mailadres (t.bosman@duoplus.nl).\n"
            "\n"
            "Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            "-> bevestigd, dank!\n"
            "\n"
            "Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            "\n"
            "Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-07",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Carla Peeters <c.peeters@kempengemeenten.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "On 30 Nov 2026, at 14:12, Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> wrote:\n"
            "\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            "\n"
            "Ja hoor, dat is mijn adres en ik ontvang uw berichten graag.\n"
            "\n"
            "Carla\n"
        ),
    },
    {
        "id": "h94-confirm-08",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Annemiek Roelofs <annemiek.roelofs@gmail.com>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Op ma 30 nov 2026 om 14:12 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Annemiek Roelofs,\n"
            ">\n"
            "> Via a.roelofs@werkorganisatie-hlt.nl hebben wij een aanmelding ontvangen voor het Netwerk van "
            "directeuren van ambtelijke fusieorganisaties op dit e-mailadres (annemiek.roelofs@gmail.com).\n"
            ">\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            ">\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            ">\n"
            "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            "\n"
            "Bij deze bevestig ik mijn aanmelding. Ik gebruik bewust mijn eigen adres.\n"
            "\n"
            "Groet, Annemiek Roelofs\n"
            "\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-09",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Gerard van Dam <g.vandam@dewoldenhoogeveen.nl>",
        "subject": "Antw: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: vrijdag 4 december 2026 09:00\n"
            "Aan: Gerard van Dam\n"
            "Onderwerp: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Gerard van Dam,\n"
            "\n"
            "Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "(g.vandam@dewoldenhoogeveen.nl). Die aanmelding is nog niet bevestigd.\n"
            "\n"
            "Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            "\n"
            "Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets meer "
            "van ons.\n"
            "Sorry, uw eerste mail was in mijn ongewenste e-mail beland. Ja dus, ik doe mee.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-10",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Marco Huisman <m.huisman@servicecentrumdrechtsteden.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 30 november 2026 14:12\n"
            "Aan: Marco Huisman <m.huisman@servicecentrumdrechtsteden.nl>\n"
            "Onderwerp: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Marco Huisman,\n"
            "\n"
            "Via m.huisman@servicecentrumdrechtsteden.nl hebben wij een aanmelding ontvangen voor het Netwerk van "
            "directeuren van ambtelijke fusieorganisaties op dit e-mailadres "
            "(m.huisman@servicecentrumdrechtsteden.nl).\n"
            "\n"
            "Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            "\n"
            "Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            "\n"
            "Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-11",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Liesbeth Aarts <l.aarts@icloud.com>",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Verstuurd vanaf mijn iPad\n"
            "\n"
            "Op 4 dec. 2026 om 09:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Liesbeth Aarts,\n"
            ">\n"
            "> Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "> (l.aarts@icloud.com). Die aanmelding is nog niet bevestigd.\n"
            ">\n"
            "> Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "> met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            ">\n"
            "> Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets "
            "meer van ons.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-12",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Willem Kuipers <w.kuipers@werkorganisatie-ddd.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Met vriendelijke groet,\n"
            "\n"
            "Willem Kuipers\n"
            "Algemeen directeur\n"
            "Werkorganisatie DDD\n"
            "T 0513 - 48 92 00 | M 06 - 41 28 77 30\n"
            "\n"
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 30 november 2026 14:12\n"
            "Aan: Kuipers, Willem <w.kuipers@werkorganisatie-ddd.nl>\n"
            "Onderwerp: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Willem Kuipers,\n"
            "\n"
            "Via bestuurssecretariaat@werkorganisatie-ddd.nl hebben wij een aanmelding ontvangen voor het Netwerk van "
            "directeuren van ambtelijke fusieorganisaties op dit e-mailadres (w.kuipers@werkorganisatie-ddd.nl).\n"
            "\n"
            "Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            "\n"
            "Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            "\n"
            "Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-13",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Erik Schouten <erik.schouten.bestuur@gmail.com>",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "On Fri, Dec 4, 2026 at 9:00 AM Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl> wrote:\n"
            "\n"
            "> Beste Erik Schouten,\n"
            ">\n"
            "> Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "> (erik.schouten.bestuur@gmail.com). Die aanmelding is nog niet bevestigd.\n"
            ">\n"
            "> Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "> met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            ">\n"
            "> Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets "
            "meer van ons.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-14",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Nadia Bouzid <n.bouzid@ferm-werk.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Verzonden vanaf Blue Mail\n"
            "\n"
            "Op 30 november 2026 14:12:07 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Nadia Bouzid,\n"
            ">\n"
            "> Via n.bouzid@ferm-werk.nl hebben wij een aanmelding ontvangen voor het\n"
            "> Netwerk van directeuren van ambtelijke fusieorganisaties op dit\n"
            "> e-mailadres (n.bouzid@ferm-werk.nl).\n"
            ">\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft\n"
            "> niets te typen. Zo weten we zeker dat dit e-mailadres van u is en dat\n"
            "> u onze berichten wilt ontvangen.\n"
            ">\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13\n"
            "> december 2026.\n"
            ">\n"
            "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij\n"
            "> bewaren uw adres dan niet langer dan nodig.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-confirm-15",
        "kind": "confirm",
        "thread": "confirmation",
        "sender": "Frank Jacobs <f.jacobs@gemeenschappelijkeregeling-bwg.nl>",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Frank Jacobs | directeur bedrijfsvoering\n"
            "Gemeenschappelijke Regeling BWG\n"
            "\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Ontvangt u dit bericht ten onrechte, verwijder "
            "het dan en meld het aan de afzender.\n"
            "\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Friday, December 4, 2026 9:00 AM\n"
            "To: Frank Jacobs <f.jacobs@gemeenschappelijkeregeling-bwg.nl>\n"
            "Subject: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Frank Jacobs,\n"
            "\n"
            "Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "(f.jacobs@gemeenschappelijkeregeling-bwg.nl). Die aanmelding is nog niet bevestigd.\n"
            "\n"
            "Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            "\n"
            "Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets meer "
            "van ons.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-01",
        "kind": "unsubscribe",
        "thread": "confirmation",
        "sender": "Paul Verbeek <p.verbeek@gemeente-altena.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 30 november 2026 14:12\n"
            "Aan: Paul Verbeek <p.verbeek@gemeente-altena.nl>\n"
            "Onderwerp: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Paul Verbeek,\n"
            "\n"
            "Via griffie@gemeente-altena.nl hebben wij een aanmelding ontvangen voor het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties op dit e-mailadres (p.verbeek@gemeente-altena.nl).\n"
            "\n"
            "Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            "\n"
            "Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            "\n"
            "Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            "Nee, ik heb me niet aangemeld. Ik ben ook geen directeur.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-02",
        "kind": "unsubscribe",
        "thread": "confirmation",
        "sender": "Mirjam Dekker <mirjam.dekker@ziggo.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Op 30 nov. 2026 om 14:12 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Mirjam Dekker,\n"
            ">\n"
            "> Via info@dekker-advies.nl hebben wij een aanmelding ontvangen voor het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties op dit e-mailadres (mirjam.dekker@ziggo.nl).\n"
            "\n"
            "Dit was ik niet.\n"
            "\n"
            ">\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            ">\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            ">\n"
            "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-03",
        "kind": "unsubscribe",
        "thread": "confirmation",
        "sender": "Arjen Post <a.post@westerkwartier.nl>",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: vrijdag 4 december 2026 09:00\n"
            "Aan: Post, Arjen\n"
            "Onderwerp: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Arjen Post,\n"
            "\n"
            "Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "(a.post@westerkwartier.nl). Die aanmelding is nog niet bevestigd.\n"
            "NIET DOOR MIJ AANGEMELD, GRAAG GEEN MAIL MEER\n"
            "\n"
            "Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            "\n"
            "Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets meer "
            "van ons.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-01",
        "kind": "other",
        "thread": "confirmation",
        "sender": "Yvonne Smeets <yvonne.smeets@outlook.com>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Op ma 30 nov 2026 om 14:12 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Yvonne Smeets,\n"
            ">\n"
            "> Via werving@netwerkbureau-zuid.nl hebben wij een aanmelding ontvangen voor het Netwerk van directeuren "
            "van ambtelijke fusieorganisaties op dit e-mailadres (yvonne.smeets@outlook.com).\n"
            "\n"
            "Ik heb me nergens aangemeld. Hoe komt u aan dit adres, en wie is die afzender?\n"
            "\n"
            ">\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            ">\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            ">\n"
            "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-erase-01",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "confirmation",
        "sender": "Koen Lammers <k.lammers@bergenopzoom.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Op 30 november 2026 14:12:07 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Koen Lammers,\n"
            ">\n"
            "> Via k.lammers@bergenopzoom.nl hebben wij een aanmelding ontvangen voor\n"
            "> het Netwerk van directeuren van ambtelijke fusieorganisaties op dit\n"
            "> e-mailadres (k.lammers@bergenopzoom.nl).\n"
            ">\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft\n"
            "> niets te typen. Zo weten we zeker dat dit e-mailadres van u is en dat\n"
            "> u onze berichten wilt ontvangen.\n"
            ">\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13\n"
            "> december 2026.\n"
            ">\n"
            "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij\n"
            "> bewaren uw adres dan niet langer dan nodig.\n"
            "\n"
            "Ik heb me niet aangemeld. Verwijder al mijn gegevens uit uw bestanden, ik doe een beroep op de AVG.\n"
            "\n"
            "K. Lammers\n"
            "\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-02",
        "kind": "other",
        "thread": "confirmation",
        "sender": "Hester Visser <h.visser@werkorganisatie-bbr.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 30 november 2026 14:12\n"
            "Aan: Hester Visser <h.visser@werkorganisatie-bbr.nl>\n"
            "Onderwerp: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Hester Visser,\n"
            "\n"
            "Via secretariaat.directie@werkorganisatie-bbr.nl hebben wij een aanmelding ontvangen voor het Netwerk van "
            "directeuren van ambtelijke fusieorganisaties op dit e-mailadres (h.visser@werkorganisatie-bbr.nl). Per 1 "
            "januari gaan wij over naar een nieuw domein; wilt u dan h.visser@bbr-gemeenten.nl gebruiken?\n"
            "\n"
            "Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n"
            "\n"
            "Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            "\n"
            "Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
            "nodig.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-03",
        "kind": "other",
        "thread": "confirmation",
        "sender": "Dennis Wouters <d.wouters@maasgouw-roerdalen.nl>",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Op 4 dec. 2026 om 09:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Dennis Wouters,\n"
            ">\n"
            "> Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "> (d.wouters@maasgouw-roerdalen.nl). Die aanmelding is nog niet bevestigd.\n"
            ">\n"
            "> Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "\n"
            "In principe ja, maar is het lidmaatschap ook open voor onze concerncontroller? Zij zou graag meegaan.\n"
            "\n"
            "> met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            ">\n"
            "> Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets "
            "meer van ons.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-04",
        "kind": "unsubscribe",
        "thread": "confirmation",
        "sender": "Bart Meijer <b.meijer@hollandskroon.nl>",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "________________________________\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Friday, December 4, 2026 9:00 AM\n"
            "To: Bart Meijer <b.meijer@hollandskroon.nl>\n"
            "Subject: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]\n"
            "\n"
            "Beste Bart Meijer,\n"
            "\n"
            "Enkele dagen geleden ontvingen wij een aanmelding voor het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties op dit e-mailadres\n"
            "(b.meijer@hollandskroon.nl). Die aanmelding is nog niet bevestigd.\n"
            "\n"
            "Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen. Uw referentie is "
            "AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n"
            "met 13 december 2026. Het lidmaatschap is kosteloos.\n"
            "\n"
            "Dit is de enige herinnering. Reageert u niet, dan vervalt de aanmelding vanzelf en ontvangt u niets meer "
            "van ons.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "afmelden\n"
        ),
    },
    {
        "id": "h94-sugg-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "welcome",
        "sender": "Marloes Timmer <m.timmer@werkorganisatie-hlt.nl>",
        "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: woensdag 2 december 2026 10:31\n"
            "Aan: Marloes Timmer <m.timmer@werkorganisatie-hlt.nl>\n"
            "Onderwerp: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "\n"
            "Beste Marloes Timmer,\n"
            "\n"
            "Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties. Het lidmaatschap is kosteloos.\n"
            "\n"
            "Twee keer per jaar organiseren wij een Leer- en inspireer-atelier: een interactieve bijeenkomst waarin "
            "directeuren van ambtelijke fusieorganisaties inzichten delen en inspiratie opdoen. De leden bepalen samen "
            "de gespreksonderwerpen; elk onderwerp valt onder een van de vier thema's Strategie, Samenwerking, "
            "Organisatie en Dienstverlening.\n"
            "\n"
            "U ontvangt van ons:\n"
            "- een oproep om thema's voor het volgende atelier aan te dragen;\n"
            "- de uitnodiging voor elk atelier, met een bijlage waarmee u het atelier in uw agenda zet;\n"
            "- vlak voor het atelier een herinnering met de praktische details.\n"
            "\n"
            "Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken? Beantwoord deze e-mail gerust.\n"
            "Ja: hoe houden we goede mensen vast nu de arbeidsmarkt zo krap is? Wij zijn bezig met strategische "
            "personeelsplanning en zijn benieuwd hoe anderen dat doen.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "welcome",
        "sender": "Jeroen Klaassen <j.klaassen@buurgemeenten-ov.nl>",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "Op 2 dec. 2026 om 10:31 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Jeroen Klaassen,\n"
            ">\n"
            "> Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties. Het lidmaatschap is kosteloos.\n"
            ">\n"
            "> Twee keer per jaar organiseren wij een Leer- en inspireer-atelier: een interactieve bijeenkomst waarin "
            "directeuren van ambtelijke fusieorganisaties inzichten delen en inspiratie opdoen. De leden bepalen samen "
            "de gespreksonderwerpen; elk onderwerp valt onder een van de vier thema's Strategie, Samenwerking, "
            "Organisatie en Dienstverlening.\n"
            ">\n"
            "> U ontvangt van ons:\n"
            "> - een oproep om thema's voor het volgende atelier aan te dragen;\n"
            "> - de uitnodiging voor elk atelier, met een bijlage waarmee u het atelier in uw agenda zet;\n"
            "> - vlak voor het atelier een herinnering met de praktische details.\n"
            ">\n"
            "> Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken? Beantwoord deze e-mail gerust.\n"
            "\n"
            "Zeker: de positie van onze werkorganisatie in de regio. Buurgemeenten vragen ons steeds vaker om taken "
            "voor hen uit te voeren en dat schuurt met de eigen gemeenten.\n"
            "\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Hartelijke groet,\n"
            "Jeroen\n"
        ),
    },
    {
        "id": "h94-other-05",
        "kind": "other",
        "thread": "welcome",
        "sender": "Rik Hoekstra <r.hoekstra@sudwest-fryslan.nl>",
        "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "Groet,\n"
            "Rik Hoekstra\n"
            "\n"
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: woensdag 2 december 2026 10:31\n"
            "Aan: Rik Hoekstra <r.hoekstra@sudwest-fryslan.nl>\n"
            "Onderwerp: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "\n"
            "Beste Rik Hoekstra,\n"
            "\n"
            "Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties. Het lidmaatschap is kosteloos.\n"
            "\n"
            "Twee keer per jaar organiseren wij een Leer- en inspireer-atelier: een interactieve bijeenkomst waarin "
            "directeuren van ambtelijke fusieorganisaties inzichten delen en inspiratie opdoen. De leden bepalen samen "
            "de gespreksonderwerpen; elk onderwerp valt onder een van de vier thema's Strategie, Samenwerking, "
            "Organisatie en Dienstverlening.\n"
            "\n"
            "U ontvangt van ons:\n"
            "- een oproep om thema's voor het volgende atelier aan te dragen;\n"
            "- de uitnodiging voor elk atelier, met een bijlage waarmee u het atelier in uw agenda zet;\n"
            "- vlak voor het atelier een herinnering met de praktische details.\n"
            "\n"
            "Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken? Beantwoord deze e-mail gerust.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-05",
        "kind": "unsubscribe",
        "thread": "welcome",
        "sender": "Tamara Groen <t.groen@werkorganisatie-ezl.nl>",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "Op 2 december 2026 10:31:44 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Tamara Groen,\n"
            ">\n"
            "> Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het\n"
            "> Netwerk van directeuren van ambtelijke fusieorganisaties. Het\n"
            "> lidmaatschap is kosteloos.\n"
            ">\n"
            "> Twee keer per jaar organiseren wij een Leer- en inspireer-atelier: een\n"
            "> interactieve bijeenkomst waarin directeuren van ambtelijke\n"
            "> fusieorganisaties inzichten delen en inspiratie opdoen. De leden\n"
            "> bepalen samen de gespreksonderwerpen; elk onderwerp valt onder een van\n"
            "> de vier thema's Strategie, Samenwerking, Organisatie en\n"
            "> Dienstverlening.\n"
            ">\n"
            "> U ontvangt van ons:\n"
            "> - een oproep om thema's voor het volgende atelier aan te dragen;\n"
            "> - de uitnodiging voor elk atelier, met een bijlage waarmee u het\n"
            "> atelier in uw agenda zet;\n"
            "> - vlak voor het atelier een herinnering met de praktische details.\n"
            ">\n"
            "> Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken?\n"
            "> Beantwoord deze e-mail gerust.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Ik heb me toch bedacht, het wordt me te veel naast mijn andere netwerken. Meld mij maar weer af.\n"
        ),
    },
    {
        "id": "h94-sugg-03",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "welcome",
        "sender": "Wouter Bos <w.bos@gemeentenbbn.nl>",
        "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Wednesday, December 2, 2026 10:31 AM\n"
            "To: Wouter Bos <w.bos@gemeentenbbn.nl>\n"
            "Subject: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "\n"
            "Beste Wouter Bos,\n"
            "\n"
            "Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties. Het lidmaatschap is kosteloos.\n"
            "\n"
            "Twee keer per jaar organiseren wij een Leer- en inspireer-atelier: een interactieve bijeenkomst waarin "
            "directeuren van ambtelijke fusieorganisaties inzichten delen en inspiratie opdoen. De leden bepalen samen "
            "de gespreksonderwerpen; elk onderwerp valt onder een van de vier thema's Strategie, Samenwerking, "
            "Organisatie en Dienstverlening.\n"
            "\n"
            "U ontvangt van ons:\n"
            "- een oproep om thema's voor het volgende atelier aan te dragen;\n"
            "- de uitnodiging voor elk atelier, met een bijlage waarmee u het atelier in uw agenda zet;\n"
            "- vlak voor het atelier een herinnering met de praktische details.\n"
            "\n"
            "Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken? Beantwoord deze e-mail gerust.\n"
            "-> Hoe meten we of inwoners tevreden zijn over onze dienstverlening? Wij willen toe naar een dashboard "
            "met klanttevredenheid en doorlooptijden.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Sandra Hermans <s.hermans@werkorganisatie-buch.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: dinsdag 2 februari 2027 09:00\n"
            "Aan: Sandra Hermans <s.hermans@werkorganisatie-buch.nl>\n"
            "Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Sandra Hermans,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "Ja, ik kom.\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-02",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "sender": "Michiel de Wit <m.dewit@a2-samenwerking.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op 2 feb. 2027 om 09:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Michiel de Wit,\n"
            ">\n"
            "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "> gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan "
            "met hoeveel\n"
            "> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "\n"
            "Nee helaas, die middag heb ik een raadsvergadering in een van onze gemeenten.\n"
            "\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Michiel\n"
        ),
    },
    {
        "id": "h94-rsvp-03",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Ton Vermeulen <t.vermeulen@dienstdommelvallei.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: dinsdag 2 februari 2027 09:00\n"
            "Aan: Vermeulen, Ton\n"
            "Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Ton Vermeulen,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur     JA, IK BEN ERBIJ\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-04",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Petra Smulders <p.smulders@kempengemeenten.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op 2 februari 2027 09:00:11 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Petra Smulders,\n"
            ">\n"
            "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op\n"
            "> samenwerking & eigenheid\": een interactieve sessie over een\n"
            "> gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek\n"
            "> gaat, inzichten deelt en inspiratie opdoet.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij\n"
            "> één werkorganisatie?\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n"
            "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt. Kunt u\n"
            "> zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar\n"
            "> naam en e-mailadres.\n"
            "\n"
            "Ik kom, en neem mijn collega Evert mee. Dus 2 personen.\n"
            "\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat\n"
            "> telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op\n"
            "> de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Verstuurd vanaf mijn Android-telefoon\n"
        ),
    },
    {
        "id": "h94-rsvp-05",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "sender": "Anton Brouwers <a.brouwers@werkorganisatie-cgm.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: dinsdag 2 februari 2027 09:00\n"
            "Aan: Anton Brouwers <a.brouwers@werkorganisatie-cgm.nl>\n"
            "Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Anton Brouwers,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "Zelf kan ik niet. Mijn adjunct Ruud Verhoeven komt in mijn plaats: r.verhoeven@werkorganisatie-cgm.nl\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-06",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "sender": "Lotte van Rijn <l.vanrijn@dewoldenhoogeveen.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op 2 feb. 2027 om 09:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Lotte van Rijn,\n"
            ">\n"
            "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "> gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan "
            "met hoeveel\n"
            "> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "-> Ik ben die week op werkbezoek. Fatima El Amrani (f.elamrani@dewoldenhoogeveen.nl) neemt mijn plek "
            "in.\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-07",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Hans Oosterhuis <hans.oosterhuis@gmail.com>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "On Tue, Feb 2, 2027 at 9:00 AM Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl> wrote:\n"
            "\n"
            "> Beste Hans Oosterhuis,\n"
            ">\n"
            "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "> gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Mooi thema, daar worstelen wij ook mee. Ik kom graag!\n"
            "\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan "
            "met hoeveel\n"
            "> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-06",
        "kind": "other",
        "thread": "invitation",
        "sender": "Gerda Willems <g.willems@gemeentenbbn.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Tuesday, February 2, 2027 9:00 AM\n"
            "To: Gerda Willems <g.willems@gemeentenbbn.nl>\n"
            "Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Gerda Willems,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein?\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-07",
        "kind": "other",
        "thread": "invitation",
        "sender": "Stefan Jonker <s.jonker@ferm-werk.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: dinsdag 2 februari 2027 09:00\n"
            "Aan: Jonker, Stefan <s.jonker@ferm-werk.nl>\n"
            "Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Stefan Jonker,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "\n"
            "Lastige datum, die week is bij ons de voorjaarsvakantie.\n"
            "\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-06",
        "kind": "unsubscribe",
        "thread": "invitation",
        "sender": "Bert Smeenk <b.smeenk@berkelland-oostgelre.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op 2 feb. 2027 om 09:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Bert Smeenk,\n"
            ">\n"
            "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "> gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan "
            "met hoeveel\n"
            "> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Ik ga per 1 april met pensioen, dus graag afmelden voor het netwerk. Dit atelier sla ik dan ook over.\n"
            "\n"
            "Hartelijke groet en veel succes,\n"
            "Bert Smeenk\n"
        ),
    },
    {
        "id": "h94-erase-02",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "invitation",
        "sender": "Monique Janssens <m.janssens@servicecentrum-mer.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: dinsdag 2 februari 2027 09:00\n"
            "Aan: Monique Janssens <m.janssens@servicecentrum-mer.nl>\n"
            "Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Monique Janssens,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "Graag afmelden en ook al mijn gegevens bij u verwijderen (AVG). Dank u.\n"
        ),
    },
    {
        "id": "h94-rsvp-08",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "sender": "Ruben Claessens <r.claessens@maasgouw-roerdalen.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Antwoord hieronder\n"
            "\n"
            "Op 2 februari 2027 09:00:11 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Ruben Claessens,\n"
            ">\n"
            "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op\n"
            "> samenwerking & eigenheid\": een interactieve sessie over een\n"
            "> gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek\n"
            "> gaat, inzichten deelt en inspiratie opdoet.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij\n"
            "> één werkorganisatie?\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n"
            "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt. Kunt u\n"
            "> zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar\n"
            "> naam en e-mailadres.\n"
            "\n"
            "Helaas niet, ik zit dan met mijn gezin in Oostenrijk.\n"
            "\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat\n"
            "> telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op\n"
            "> de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-08",
        "kind": "other",
        "thread": "invitation",
        "sender": "Karin Dijkstra <karin.dijkstra@gmail.com>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op di 2 feb 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Karin Dijkstra,\n"
            ">\n"
            "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "> gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan "
            "met hoeveel\n"
            "> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-09",
        "kind": "other",
        "thread": "invitation",
        "sender": "Jan-Willem Hofman <jw.hofman@duoplus.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Met vriendelijke groet,\n"
            "\n"
            "drs. J.W. (Jan-Willem) Hofman\n"
            "Gemeentesecretaris / algemeen directeur\n"
            "Werkorganisatie Duo+\n"
            "\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Tuesday, February 2, 2027 9:00 AM\n"
            "To: Jan-Willem Hofman <jw.hofman@duoplus.nl>\n"
            "Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Jan-Willem Hofman,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-09",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Eline Vos <e.vos@westbetuwe.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "________________________________\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Tuesday, February 2, 2027 9:00 AM\n"
            "To: Eline Vos <e.vos@westbetuwe.nl>\n"
            "Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Eline Vos,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "Ja, ik kom met 1 gast (onze strateeg Daan Kok).\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-10",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Wendy Koster <wendykoster.bestuur@gmail.com>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op di 2 feb 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan "
            "met hoeveel\n"
            "> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Ja hoor, ik kom.\n"
            "\n"
            "Wendy Koster\n"
        ),
    },
    {
        "id": "h94-rsvp-11",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "sender": "Harm Wiersma <h.wiersma@noardeast-fryslan.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: dinsdag 2 februari 2027 09:00\n"
            "Aan: Harm Wiersma <h.wiersma@noardeast-fryslan.nl>\n"
            "Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Harm Wiersma,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "Nee, helaas. Ik heb die dag een regionaal overleg met de provincie.\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-11",
        "kind": "other",
        "thread": "invitation",
        "sender": "Johan Smit <j.smit@werkorganisatie-hlt.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op 2 februari 2027 09:00:11 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Johan Smit,\n"
            ">\n"
            "> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op\n"
            "> samenwerking & eigenheid\": een interactieve sessie over een\n"
            "> gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek\n"
            "> gaat, inzichten deelt en inspiratie opdoet.\n"
            "\n"
            "Graag voortaan mailen naar j.smit@hltsamen.nl, dit adres vervalt per 1 april.\n"
            "\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij\n"
            "> één werkorganisatie?\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n"
            "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt. Kunt u\n"
            "> zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar\n"
            "> naam en e-mailadres.\n"
            "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat\n"
            "> telt als aanmelding.\n"
            "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op\n"
            "> de wachtlijst.\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-12",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Ilse Verhagen <i.verhagen@gemeenschappelijkeregeling-bwg.nl>",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Tuesday, February 2, 2027 9:00 AM\n"
            "To: Ilse Verhagen <i.verhagen@gemeenschappelijkeregeling-bwg.nl>\n"
            "Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Ilse Verhagen,\n"
            "\n"
            "Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\": een "
            "interactieve sessie over een\n"
            "gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n"
            "\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan met "
            "hoeveel\n"
            "personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
            "e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
            "Graag uw antwoord vóór 2 maart 2027. Bij deze: ik kom!\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-13",
        "kind": "rsvp",
        "attending": False,
        "thread": "reminder",
        "sender": "Cor van Leeuwen <c.vanleeuwen@servicecentrumdrechtsteden.nl>",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 8 maart 2027 08:00\n"
            "Aan: Cor van Leeuwen <c.vanleeuwen@servicecentrumdrechtsteden.nl>\n"
            "Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Cor van Leeuwen,\n"
            "\n"
            "Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
            "bent, met 1 gast!\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "De ontvangst is een kwartier voor aanvang, met koffie en thee.\n"
            "\n"
            "Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij uw "
            "plaats aan\n"
            "iemand op de wachtlijst.\n"
            "Helaas, ik kan niet. Er is donderdagmiddag een crisisoverleg ingepland.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-14",
        "kind": "rsvp",
        "attending": True,
        "thread": "reminder",
        "sender": "Marjolein Beek <m.beek@buch.nl>",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 8 mrt. 2027 om 08:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Marjolein Beek,\n"
            ">\n"
            "> Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
            "bent, met 1 gast!\n"
            "\n"
            "Klopt, ik kom samen met mijn collega Anouk.\n"
            "\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> De ontvangst is een kwartier voor aanvang, met koffie en thee.\n"
            ">\n"
            "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij uw "
            "plaats aan\n"
            "> iemand op de wachtlijst.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-15",
        "kind": "rsvp",
        "attending": False,
        "thread": "reminder",
        "sender": "Dirk Nijhuis <d.nijhuis@werkorganisatie-ddd.nl>",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 8 maart 2027 08:00\n"
            "Aan: Nijhuis, Dirk\n"
            "Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Dirk Nijhuis,\n"
            "\n"
            "Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
            "bent, met 1 gast!\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "De ontvangst is een kwartier voor aanvang, met koffie en thee.\n"
            "\n"
            "Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij uw "
            "plaats aan\n"
            "iemand op de wachtlijst.\n"
            "HELAAS, IK KAN NIET\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-16",
        "kind": "rsvp",
        "attending": True,
        "thread": "reminder",
        "sender": "Sophie Lambrechts <sophie.lambrechts@gmail.com>",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op ma 8 mrt 2027 om 08:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Sophie Lambrechts,\n"
            ">\n"
            "> Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
            "bent, met 1 gast!\n"
            "Mijn gast kan helaas niet meer, dus ik kom alleen.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> De ontvangst is een kwartier voor aanvang, met koffie en thee.\n"
            ">\n"
            "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij uw "
            "plaats aan\n"
            "> iemand op de wachtlijst.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-12",
        "kind": "other",
        "thread": "reminder",
        "sender": "Vincent Maas <v.maas@bergenopzoom.nl>",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "See below\n"
            "\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Monday, March 8, 2027 8:00 AM\n"
            "To: Vincent Maas <v.maas@bergenopzoom.nl>\n"
            "Subject: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Vincent Maas,\n"
            "\n"
            "Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
            "bent, met 1 gast!\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "-> Is er een parkeerplaats voor bezoekers? En via welke ingang moet ik?\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "De ontvangst is een kwartier voor aanvang, met koffie en thee.\n"
            "\n"
            "Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij uw "
            "plaats aan\n"
            "iemand op de wachtlijst.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-13",
        "kind": "other",
        "thread": "reminder",
        "sender": "Laura Hendriksen <l.hendriksen@westerkwartier.nl>",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Verzonden vanaf Outlook voor Android\n"
            "\n"
            "Op 8 maart 2027 08:00:05 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Laura Hendriksen,\n"
            ">\n"
            "> Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking &\n"
            "> eigenheid\". Fijn dat u erbij bent, met 1 gast!\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> De ontvangst is een kwartier voor aanvang, met koffie en thee.\n"
            ">\n"
            "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas,\n"
            "> ik kan niet\"; dan geven wij uw plaats aan iemand op de wachtlijst.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-17",
        "kind": "rsvp",
        "attending": False,
        "thread": "reminder",
        "sender": "Niels Gerritsen <n.gerritsen@a2-gemeenten.nl>",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "________________________________\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Monday, March 8, 2027 8:00 AM\n"
            "To: Niels Gerritsen <n.gerritsen@a2-gemeenten.nl>\n"
            "Subject: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Niels Gerritsen,\n"
            "\n"
            "Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
            "bent, met 1 gast!\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "De ontvangst is een kwartier voor aanvang, met koffie en thee.\n"
            "\n"
            "Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij uw "
            "plaats aan\n"
            "iemand op de wachtlijst.\n"
            "\n"
            "Ik kan helaas niet; mijn collega Bas de Graaf (b.degraaf@a2-gemeenten.nl) gaat in mijn plaats.\n"
            "\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-18",
        "kind": "rsvp",
        "attending": True,
        "thread": "reminder",
        "sender": "Roos Martens <r.martens@werkorganisatie-bbr.nl>",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 8 maart 2027 08:00\n"
            "Aan: Roos Martens <r.martens@werkorganisatie-bbr.nl>\n"
            "Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
            "bent, met 1 gast!\n"
            "\n"
            "Ja, ik ben er. Tot donderdag!\n"
        ),
    },
    {
        "id": "h94-unsub-07",
        "kind": "unsubscribe",
        "thread": "reminder",
        "sender": "Gijs Bakker <g.bakker@hollandskroon.nl>",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "On 8 Mar 2027, at 08:00, Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> wrote:\n"
            "\n"
            "> Beste Gijs Bakker,\n"
            ">\n"
            "> Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
            "bent, met 1 gast!\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> De ontvangst is een kwartier voor aanvang, met koffie en thee.\n"
            ">\n"
            "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij uw "
            "plaats aan\n"
            "> iemand op de wachtlijst.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Graag afmelden voor het netwerk, ik ben per 1 maart vertrokken bij de werkorganisatie. Mijn plek mag naar "
            "iemand op de wachtlijst.\n"
        ),
    },
    {
        "id": "h94-rsvp-19",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "sender": "Patrick Hoogland <p.hoogland@sudwest-fryslan.nl>",
        "subject": "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: woensdag 17 februari 2027 16:45\n"
            "Aan: Patrick Hoogland <p.hoogland@sudwest-fryslan.nl>\n"
            "Onderwerp: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Patrick Hoogland,\n"
            "\n"
            "Dank u wel voor uw aanmelding voor het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". "
            "Het atelier is helaas vol;\n"
            "u staat op de wachtlijst (plaats 2). Komt er een plaats vrij, dan krijgt u van ons bericht.\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "Verandert er iets? Beantwoord deze e-mail gewoon, bijvoorbeeld met \"ik kom toch\" of \"ik kan toch "
            "niet\".\n"
            "Ik kan toch niet, haal mij maar van de wachtlijst.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-15",
        "kind": "other",
        "thread": "invitation",
        "sender": "Judith Veenstra <j.veenstra@noardeast-fryslan.nl>",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 17 feb. 2027 om 16:45 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Judith Veenstra,\n"
            ">\n"
            "> Dank u wel voor uw aanmelding voor het Leer- en inspireer-atelier \"Sturen op samenwerking & "
            "eigenheid\". Het atelier is helaas vol;\n"
            "> u staat op de wachtlijst (plaats 2). Komt er een plaats vrij, dan krijgt u van ons bericht.\n"
            "\n"
            "Hoe groot is de kans dat er nog een plek vrijkomt? Ik moet de middag anders aan iets anders besteden.\n"
            "\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Verandert er iets? Beantwoord deze e-mail gewoon, bijvoorbeeld met \"ik kom toch\" of \"ik kan toch "
            "niet\".\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-16",
        "kind": "other",
        "thread": "invitation",
        "sender": "Mark Scholten <m.scholten@berkelland-oostgelre.nl>",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 17 februari 2027 16:45:30 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Mark Scholten,\n"
            ">\n"
            "> Dank u wel voor uw aanmelding voor het Leer- en inspireer-atelier\n"
            "> \"Sturen op samenwerking & eigenheid\". Het atelier is helaas vol;\n"
            "> u staat op de wachtlijst (plaats 2). Komt er een plaats vrij, dan\n"
            "> krijgt u van ons bericht.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Verandert er iets? Beantwoord deze e-mail gewoon, bijvoorbeeld met \"ik\n"
            "> kom toch\" of \"ik kan toch niet\".\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-20",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Bas Kuijpers <bas.kuijpers@gemeente-altena.nl>",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op wo 17 feb 2027 om 16:45 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Bas Kuijpers,\n"
            ">\n"
            "> Dank u wel voor uw aanmelding voor het Leer- en inspireer-atelier \"Sturen op samenwerking & "
            "eigenheid\". Het atelier is helaas vol;\n"
            "> u staat op de wachtlijst (plaats 2). Komt er een plaats vrij, dan krijgt u van ons bericht.\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> Verandert er iets? Beantwoord deze e-mail gewoon, bijvoorbeeld met \"ik kom toch\" of \"ik kan toch "
            "niet\".\n"
            "\n"
            "Ik kom toch: vorige week liet ik weten dat ik niet kon, maar mijn afspraak is verzet. Zet u mij dus weer "
            "op de wachtlijst.\n"
            "\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-21",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "sender": "Erwin Lubbers <e.lubbers@werkorganisatie-ezl.nl>",
        "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "zie onder\n"
            "\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 22 februari 2027 11:20\n"
            "Aan: Erwin Lubbers <e.lubbers@werkorganisatie-ezl.nl>\n"
            "Onderwerp: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Erwin Lubbers,\n"
            "\n"
            "Er is iets veranderd aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\":\n"
            "- datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was: donderdag 11 maart 2027, 14.00 tot "
            "17.30 uur)\n"
            "18 maart kan ik helaas niet, dus u kunt mij van de wachtlijst halen.\n"
            "- plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "De bijgewerkte agenda-afspraak zit als bijlage bij deze e-mail. Opent u die (in Outlook: \"Bijwerken\" "
            "of\n"
            "\"Accepteren\"), dan staat het atelier met de nieuwe gegevens in uw agenda.\n"
            "\n"
            "U staat nog op de wachtlijst (plaats 2). Komt er een plaats vrij, dan hoort u van ons.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-18",
        "kind": "other",
        "thread": "invitation",
        "sender": "Hanneke Bosch <h.bosch@kempengemeenten.nl>",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 22 feb. 2027 om 11:20 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Hanneke Bosch,\n"
            ">\n"
            "> Er is iets veranderd aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\":\n"
            "> - datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was: donderdag 11 maart 2027, 14.00 tot "
            "17.30 uur)\n"
            "\n"
            "Hm, 18 maart is voor mij een lastige dag, dan is ook de voorjaarsnota in het MT.\n"
            "\n"
            "> - plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> De bijgewerkte agenda-afspraak zit als bijlage bij deze e-mail. Opent u die (in Outlook: \"Bijwerken\" "
            "of\n"
            "> \"Accepteren\"), dan staat het atelier met de nieuwe gegevens in uw agenda.\n"
            ">\n"
            "> U staat nog op de wachtlijst (plaats 2). Komt er een plaats vrij, dan hoort u van ons.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-22",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Youssef Amrani <y.amrani@ferm-werk.nl>",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op ma 22 feb 2027 om 11:20 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Youssef Amrani,\n"
            ">\n"
            "> Er is iets veranderd aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\":\n"
            "> - datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was: donderdag 11 maart 2027, 14.00 tot "
            "17.30 uur)\n"
            "> - plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> De bijgewerkte agenda-afspraak zit als bijlage bij deze e-mail. Opent u die (in Outlook: \"Bijwerken\" "
            "of\n"
            "> \"Accepteren\"), dan staat het atelier met de nieuwe gegevens in uw agenda.\n"
            ">\n"
            "> U staat nog op de wachtlijst (plaats 2). Komt er een plaats vrij, dan hoort u van ons.\n"
            "\n"
            "De nieuwe datum past mij ook, ik blijf graag op de wachtlijst staan.\n"
            "\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Groet,\n"
            "Youssef\n"
        ),
    },
    {
        "id": "h94-other-19",
        "kind": "other",
        "thread": "invitation",
        "sender": "Miranda Hulst <m.hulst@westbetuwe.nl>",
        "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 22 februari 2027 11:20\n"
            "Aan: Hulst, Miranda <m.hulst@westbetuwe.nl>\n"
            "Onderwerp: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Miranda Hulst,\n"
            "\n"
            "Er is iets veranderd aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\":\n"
            "- datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was: donderdag 11 maart 2027, 14.00 tot "
            "17.30 uur)\n"
            "- plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)\n"
            "\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            "\n"
            "De bijgewerkte agenda-afspraak zit als bijlage bij deze e-mail. Opent u die (in Outlook: \"Bijwerken\" "
            "of\n"
            "\"Accepteren\"), dan staat het atelier met de nieuwe gegevens in uw agenda.\n"
            "\n"
            "U staat nog op de wachtlijst (plaats 2). Komt er een plaats vrij, dan hoort u van ons.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-20",
        "kind": "other",
        "thread": "invitation",
        "sender": "Leon Jansen <l.jansen@servicecentrum-mer.nl>",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 22 februari 2027 11:20:51 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Leon Jansen,\n"
            ">\n"
            "> Er is iets veranderd aan het Leer- en inspireer-atelier \"Sturen op\n"
            "> samenwerking & eigenheid\":\n"
            "> - datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was:\n"
            "> donderdag 11 maart 2027, 14.00 tot 17.30 uur)\n"
            "> - plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was:\n"
            "> Stadskantoor)\n"
            "\n"
            "Waarom is de locatie veranderd? Het Provinciehuis is vanuit Limburg een stuk lastiger te bereiken.\n"
            "\n"
            ">\n"
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            "> Online:  https://teams.microsoft.com/l/meetup-join/abc\n"
            ">\n"
            "> De bijgewerkte agenda-afspraak zit als bijlage bij deze e-mail. Opent\n"
            "> u die (in Outlook: \"Bijwerken\" of \"Accepteren\"), dan staat het atelier\n"
            "> met de nieuwe gegevens in uw agenda.\n"
            ">\n"
            "> U staat nog op de wachtlijst (plaats 2). Komt er een plaats vrij, dan\n"
            "> hoort u van ons.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-21",
        "kind": "other",
        "thread": "invitation",
        "sender": "Anita Vermeer <a.vermeer@gemeentenbbn.nl>",
        "subject": "RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Antwoord in de tekst hieronder.\n"
            "\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Friday, March 5, 2027 1:05 PM\n"
            "To: Anita Vermeer <a.vermeer@gemeentenbbn.nl>\n"
            "Subject: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Anita Vermeer,\n"
            "\n"
            "Helaas gaat het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" van donderdag 11 maart "
            "2027\n"
            "niet door. Onze excuses voor het ongemak.\n"
            "Jammer! Is er al zicht op een nieuwe datum?\n"
            "\n"
            "Had u de uitnodiging in uw agenda gezet? Met de bijlage bij deze e-mail verdwijnt de afspraak uit uw "
            "agenda\n"
            "(in Outlook: \"Verwijderen uit agenda\"). Zodra er een nieuwe datum is, hoort u van ons.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-22",
        "kind": "other",
        "thread": "invitation",
        "sender": "Ronald Pijl <ronald.pijl@me.com>",
        "subject": "Re: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 5 mrt. 2027 om 13:05 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Ronald Pijl,\n"
            ">\n"
            "> Helaas gaat het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" van donderdag 11 "
            "maart 2027\n"
            "> niet door. Onze excuses voor het ongemak.\n"
            ">\n"
            "> Had u de uitnodiging in uw agenda gezet? Met de bijlage bij deze e-mail verdwijnt de afspraak uit uw "
            "agenda\n"
            "> (in Outlook: \"Verwijderen uit agenda\"). Zodra er een nieuwe datum is, hoort u van ons.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-08",
        "kind": "unsubscribe",
        "thread": "invitation",
        "sender": "Sabine Wolff <s.wolff@werkorganisatie-cgm.nl>",
        "subject": "RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: vrijdag 5 maart 2027 13:05\n"
            "Aan: Wolff, Sabine\n"
            "Onderwerp: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Sabine Wolff,\n"
            "\n"
            "Helaas gaat het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" van donderdag 11 maart "
            "2027\n"
            "niet door. Onze excuses voor het ongemak.\n"
            "\n"
            "Had u de uitnodiging in uw agenda gezet? Met de bijlage bij deze e-mail verdwijnt de afspraak uit uw "
            "agenda\n"
            "(in Outlook: \"Verwijderen uit agenda\"). Zodra er een nieuwe datum is, hoort u van ons.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Graag afmelden voor het netwerk, ik heb een functie buiten de fusieorganisatie aanvaard.\n"
        ),
    },
    {
        "id": "h94-sugg-04",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "sender": "Ruud Kok <r.kok@werkorganisatie-buch.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Mijn reactie staat in de tekst.\n"
            "\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: donderdag 7 januari 2027 09:00\n"
            "Aan: Ruud Kok <r.kok@werkorganisatie-buch.nl>\n"
            "Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Ruud Kok,\n"
            "\n"
            "Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie "
            "in de regio;\n"
            "- Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;  Informatieveiligheid: wat hebben wij geleerd van de hack bij een "
            "buurgemeente?\n"
            "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            "\n"
            "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de "
            "uitnodiging.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-05",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "sender": "Esther Mulders <e.mulders@dienstdommelvallei.nl>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 7 jan. 2027 om 09:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Esther Mulders,\n"
            ">\n"
            "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "> interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "\n"
            "Wat doe je als één van de deelnemende gemeenten overweegt uit te treden? Hoe houd je de andere gemeenten "
            "aan boord?\n"
            "\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            ">\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "> bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u "
            "de uitnodiging.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-06",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "sender": "Wim Groeneveld <w.groeneveld@werkorganisatie-ddd.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: donderdag 7 januari 2027 09:00\n"
            "Aan: Groeneveld, Wim\n"
            "Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Wim Groeneveld,\n"
            "\n"
            "Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "-> Een meerjarenvisie voor de werkorganisatie: waar willen we in 2035 staan en hoe krijg je het bestuur "
            "daarin mee?\n"
            "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie "
            "in de regio;\n"
            "- Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            "\n"
            "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de "
            "uitnodiging.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-07",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Linda Hoekman <linda.hoekman@gmail.com>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op do 7 jan 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Linda Hoekman,\n"
            ">\n"
            "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "> interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            "\n"
            "Inwoners laten meepraten over de kwaliteit van onze dienstverlening, bijvoorbeeld met klantpanels.\n"
            "\n"
            ">\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "> bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u "
            "de uitnodiging.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-08",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Maarten Verschoor <m.verschoor@servicecentrumdrechtsteden.nl>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 7 januari 2027 09:00:02 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Maarten Verschoor,\n"
            ">\n"
            "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en\n"
            "> inspireer-atelier: een interactieve sessie waarin u met\n"
            "> collega-directeuren in gesprek gaat, inzichten deelt en inspiratie\n"
            "> opdoet.\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en\n"
            "> inspireer-atelier! Welk vraagstuk rond de (door)ontwikkeling van uw\n"
            "> ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk\n"
            "> aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke\n"
            "> agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke\n"
            "> opgaven, belangen en ambities, positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en\n"
            "> innovatie, digitalisering, werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners,\n"
            "> ondernemers en instellingen, monitoring van prestaties.\n"
            ">\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n"
            "> Eén onderwerp per regel helpt ons bij het tellen. De Adviesraad weegt\n"
            "> alle suggesties en adviseert over het programma; daarna ontvangt u de\n"
            "> uitnodiging.\n"
            "\n"
            "AI in het klantcontact: een chatbot voor inwoners op de website, en wat dat vraagt van onze werkprocessen "
            "en de medewerkers van het KCC. Valt wat mij betreft onder Organisatie en Dienstverlening.\n"
            "\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Maarten\n"
            "\n"
            "Verstuurd vanaf mijn Galaxy\n"
        ),
    },
    {
        "id": "h94-sugg-09",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "sender": "Henk-Jan Bosma <hj.bosma@sudwest-fryslan.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Thursday, January 7, 2027 9:00 AM\n"
            "To: Henk-Jan Bosma <hj.bosma@sudwest-fryslan.nl>\n"
            "Subject: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Henk-Jan Bosma,\n"
            "\n"
            "Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie "
            "in de regio;\n"
            "- Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "FINANCIEN: HOE HOUDEN WE DE BEGROTING VAN DE WERKORGANISATIE SLUITEND ALS DE GEMEENTEN OP ONS MOETEN "
            "BEZUINIGEN?\n"
            "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            "\n"
            "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de "
            "uitnodiging.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-10",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "sender": "Corinne Laan <c.laan@a2-samenwerking.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "________________________________\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Thursday, January 7, 2027 9:00 AM\n"
            "To: Corinne Laan <c.laan@a2-samenwerking.nl>\n"
            "Subject: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Corinne Laan,\n"
            "\n"
            "Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie "
            "in de regio;\n"
            "- Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            "\n"
            "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de "
            "uitnodiging.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "Mijn onderwerp: de rol van de werkorganisatie in regionale samenwerkingsverbanden, zoals de regiodeal en "
            "de woondeal. Wie zit namens wie aan tafel?\n"
            "\n"
            "Corinne Laan\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-rsvp-23",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "sender": "Peter Wijnands <p.wijnands@maasgouw-roerdalen.nl>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 7 jan. 2027 om 09:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Peter Wijnands,\n"
            ">\n"
            "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "> interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            ">\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "\n"
            "Geen onderwerp van mijn kant, maar ik ben er op 11 maart zeker bij.\n"
            "\n"
            "> bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u "
            "de uitnodiging.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-24",
        "kind": "other",
        "thread": "call_for_themes",
        "sender": "Natasja Kramer <natasja.kramer@hetnet.nl>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op do 7 jan 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Natasja Kramer,\n"
            ">\n"
            "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "> interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "Misschien kan het atelier eens bij een van de fusieorganisaties zelf plaatsvinden, in plaats van steeds "
            "in Utrecht?\n"
            "\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            ">\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "> bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u "
            "de uitnodiging.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-25",
        "kind": "other",
        "thread": "call_for_themes",
        "sender": "Frits Dam <f.dam@werkorganisatie-hlt.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: donderdag 7 januari 2027 09:00\n"
            "Aan: Frits Dam <f.dam@werkorganisatie-hlt.nl>\n"
            "Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Frits Dam,\n"
            "\n"
            "Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie "
            "in de regio;\n"
            "- Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            "\n"
            "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de "
            "uitnodiging.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-11",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "sender": "Irene Stam <irene.stam@planet.nl>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "On Thu, Jan 7, 2027 at 9:00 AM Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl> wrote:\n"
            "\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            "\n"
            "Hoe houd je de organisatievisie overeind als er na de verkiezingen een nieuw college komt met andere "
            "bestuurlijke prioriteiten?\n"
            "\n"
            "Irene Stam\n"
        ),
    },
    {
        "id": "h94-sugg-12",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "sender": "Gert Ruiters <g.ruiters@berkelland-oostgelre.nl>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Op 7 januari 2027 09:00:02 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Gert Ruiters,\n"
            ">\n"
            "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en\n"
            "> inspireer-atelier: een interactieve sessie waarin u met\n"
            "> collega-directeuren in gesprek gaat, inzichten deelt en inspiratie\n"
            "> opdoet.\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en\n"
            "> inspireer-atelier! Welk vraagstuk rond de (door)ontwikkeling van uw\n"
            "> ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk\n"
            "> aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke\n"
            "> agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke\n"
            "> opgaven, belangen en ambities, positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en\n"
            "> innovatie, digitalisering, werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners,\n"
            "> ondernemers en instellingen, monitoring van prestaties.\n"
            ">\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n"
            "> Eén onderwerp per regel helpt ons\n"
            "\n"
            "Hybride werken en wat dat betekent voor onze huisvesting\n"
            "Sturen op de formatie als de budgetten krapper worden\n"
            "\n"
            "> bij het tellen. De Adviesraad weegt alle suggesties en adviseert over\n"
            "> het programma; daarna ontvangt u de uitnodiging.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-13",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "sender": "Agnes Timmermans <a.timmermans@kempengemeenten.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: donderdag 7 januari 2027 09:00\n"
            "Aan: Agnes Timmermans <a.timmermans@kempengemeenten.nl>\n"
            "Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Agnes Timmermans,\n"
            "\n"
            "Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie "
            "in de regio;\n"
            "Gezamenlijke opgaven zoals de woningbouwopgave: wie trekt, de gemeente of de werkorganisatie?\n"
            "- Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "Van papieren dossiers naar zaakgericht werken, hoe ver zijn de anderen?\n"
            "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            "\n"
            "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de "
            "uitnodiging.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-26",
        "kind": "other",
        "thread": "call_for_themes",
        "sender": "Rutger Blom <r.blom@westerkwartier.nl>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "On 7 Jan 2027, at 09:00, Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> wrote:\n"
            "\n"
            "> Beste Rutger Blom,\n"
            ">\n"
            "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "> interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n"
            ">\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "> bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u "
            "de uitnodiging.\n"
            "\n"
            "Hoe wordt de Adviesraad eigenlijk samengesteld? Ik zou daar graag een bijdrage aan leveren.\n"
            "\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-14",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Mieke Evers <m.evers@werkorganisatie-bbr.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: donderdag 7 januari 2027 09:00\n"
            "Aan: Evers, Mieke\n"
            "Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n"
            "\n"
            "Beste Mieke Evers,\n"
            "\n"
            "Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie "
            "in de regio;\n"
            "- Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.   Graag: onze prestaties benchmarken met andere fusieorganisaties, bijvoorbeeld de "
            "wachttijden en afhandeltijden bij het KCC.\n"
            "\n"
            "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de "
            "uitnodiging.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-15",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "sender": "Olaf Dijkman <o.dijkman@hollandskroon.nl>",
        "subject": (
            "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": (
            "Zie mijn antwoord in de mail hieronder.\n"
            "\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 15 maart 2027 10:00\n"
            "Aan: Olaf Dijkman <o.dijkman@hollandskroon.nl>\n"
            "Onderwerp: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Olaf Dijkman,\n"
            "\n"
            "Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "van\n"
            "donderdag 11 maart 2027. Wij kijken terug op een middag vol inzichten, gedeelde dilemma's en "
            "inspiratie.\n"
            "\n"
            "Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende "
            "keer\n"
            "bespreken? Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende "
            "atelier.\n"
            "Ons sturingsconcept: meer ruimte voor de teams en minder managementlagen. Wie heeft daar ervaring mee?\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-16",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "sender": "Margreet Hoving <m.hoving@noardeast-fryslan.nl>",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op 15 mrt. 2027 om 10:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Margreet Hoving,\n"
            ">\n"
            "> Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier \"Sturen op samenwerking & "
            "eigenheid\" van\n"
            "> donderdag 11 maart 2027. Wij kijken terug op een middag vol inzichten, gedeelde dilemma's en "
            "inspiratie.\n"
            ">\n"
            "> Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende "
            "keer\n"
            "> bespreken? Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende "
            "atelier.\n"
            "\n"
            "Graag verder op het thema van deze keer: hoe verdeel je de aandacht eerlijk over de deelnemende gemeenten "
            "als de ene veel meer vraagt dan de andere?\n"
            "\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
            "\n"
            "Groet, Margreet\n"
        ),
    },
    {
        "id": "h94-other-27",
        "kind": "other",
        "thread": "call_for_themes",
        "sender": "Koos van Es <koos.vanes@gmail.com>",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op ma 15 mrt 2027 om 10:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Koos van Es,\n"
            ">\n"
            "> Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier \"Sturen op samenwerking & "
            "eigenheid\" van\n"
            "> donderdag 11 maart 2027. Wij kijken terug op een middag vol inzichten, gedeelde dilemma's en "
            "inspiratie.\n"
            ">\n"
            "> Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n"
            "\n"
            "De link naar het verslag werkt bij mij niet, ik krijg een foutmelding (404).\n"
            "\n"
            ">\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende "
            "keer\n"
            "> bespreken? Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende "
            "atelier.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-29",
        "kind": "other",
        "thread": "call_for_themes",
        "sender": "Leo Vink <l.vink@gemeente-altena.nl>",
        "subject": (
            "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": (
            "________________________________\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Monday, March 15, 2027 10:00 AM\n"
            "To: Leo Vink <l.vink@gemeente-altena.nl>\n"
            "Subject: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Leo Vink,\n"
            "\n"
            "Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "van\n"
            "donderdag 11 maart 2027. Wij kijken terug op een middag vol inzichten, gedeelde dilemma's en "
            "inspiratie.\n"
            "\n"
            "Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende "
            "keer\n"
            "bespreken? Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende "
            "atelier.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-17",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "sender": "Tineke Roos <t.roos@werkorganisatie-cgm.nl>",
        "subject": (
            "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": (
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Monday, March 15, 2027 10:00 AM\n"
            "To: Tineke Roos <t.roos@werkorganisatie-cgm.nl>\n"
            "Subject: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Tineke Roos,\n"
            "\n"
            "Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "van\n"
            "donderdag 11 maart 2027. Wij kijken terug op een middag vol inzichten, gedeelde dilemma's en "
            "inspiratie.\n"
            "\n"
            "Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende "
            "keer\n"
            "bespreken? Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende "
            "atelier.\n"
            "-> Samen met het bestuur een inhoudelijke agenda voor vier jaar maken: hoe kies je de drie "
            "prioriteiten?\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-sugg-18",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Arnold Hendrix <a.hendrix@servicecentrum-mer.nl>",
        "subject": (
            "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": (
            "________________________________\n"
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 15 maart 2027 10:00\n"
            "Aan: Hendrix, Arnold\n"
            "Onderwerp: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]\n"
            "\n"
            "Beste Arnold Hendrix,\n"
            "\n"
            "Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "van\n"
            "donderdag 11 maart 2027. Wij kijken terug op een middag vol inzichten, gedeelde dilemma's en "
            "inspiratie.\n"
            "\n"
            "Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n"
            "\n"
            "U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende "
            "keer\n"
            "bespreken? Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende "
            "atelier.\n"
            "\n"
            "DIENSTVERLENING AAN ONDERNEMERS: EEN ONDERNEMERSLOKET VOOR ALLE KERNEN\n"
            "\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-09",
        "kind": "unsubscribe",
        "thread": "goodbye",
        "sender": "Gerrit Poelman <g.poelman@werkorganisatie-buch.nl>",
        "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: dinsdag 9 februari 2027 15:30\n"
            "Aan: Gerrit Poelman <g.poelman@werkorganisatie-buch.nl>\n"
            "Onderwerp: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "\n"
            "Beste Gerrit Poelman,\n"
            "\n"
            "Wij hebben u afgemeld, zoals u vroeg. U bent geen lid meer van het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties en ontvangt geen uitnodigingen en berichten meer van ons.\n"
            "\n"
            "Was dit niet uw bedoeling, of kwam het verzoek niet van u? Beantwoord dan deze e-mail met 'lid blijven'; "
            "u krijgt dan een bericht om uw lidmaatschap met één antwoord te bevestigen.\n"
            "\n"
            "Dank u wel voor uw betrokkenheid. Wilt u later weer meedoen? Stuur dan een e-mail met 'Aanmelden' naar "
            "info@ambtelijkefusie.nl. Neemt iemand anders uw functie over? Dan horen wij graag de naam en het "
            "e-mailadres van uw opvolger.\n"
            "Mijn opvolger is Hanneke Brouwer, h.brouwer@werkorganisatie-buch.nl. Zij begint op 1 maart.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-erase-03",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "goodbye",
        "sender": "Diana Roelofsen <d.roelofsen@dewoldenhoogeveen.nl>",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "Op 9 feb. 2027 om 15:30 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n"
            "\n"
            "> Beste Diana Roelofsen,\n"
            ">\n"
            "> Wij hebben u afgemeld, zoals u vroeg. U bent geen lid meer van het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties en ontvangt geen uitnodigingen en berichten meer van ons.\n"
            "\n"
            "Graag ook al mijn gegevens uit uw administratie wissen.\n"
            "\n"
            ">\n"
            "> Was dit niet uw bedoeling, of kwam het verzoek niet van u? Beantwoord dan deze e-mail met 'lid "
            "blijven'; u krijgt dan een bericht om uw lidmaatschap met één antwoord te bevestigen.\n"
            ">\n"
            "> Dank u wel voor uw betrokkenheid. Wilt u later weer meedoen? Stuur dan een e-mail met 'Aanmelden' naar "
            "info@ambtelijkefusie.nl. Neemt iemand anders uw functie over? Dan horen wij graag de naam en het "
            "e-mailadres van uw opvolger.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-30",
        "kind": "other",
        "thread": "goodbye",
        "sender": "Jos Hermsen <jos.hermsen@gmail.com>",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "On Tue, Feb 9, 2027 at 3:30 PM Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl> wrote:\n"
            "\n"
            "> Beste Jos Hermsen,\n"
            ">\n"
            "> Wij hebben u afgemeld, zoals u vroeg. U bent geen lid meer van het Netwerk van directeuren van "
            "ambtelijke fusieorganisaties en ontvangt geen uitnodigingen en berichten meer van ons.\n"
            ">\n"
            "> Was dit niet uw bedoeling, of kwam het verzoek niet van u? Beantwoord dan deze e-mail met 'lid "
            "blijven'; u krijgt dan een bericht om uw lidmaatschap met één antwoord te bevestigen.\n"
            ">\n"
            "> Dank u wel voor uw betrokkenheid. Wilt u later weer meedoen? Stuur dan een e-mail met 'Aanmelden' naar "
            "info@ambtelijkefusie.nl. Neemt iemand anders uw functie over? Dan horen wij graag de naam en het "
            "e-mailadres van uw opvolger.\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> -- \n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-other-31",
        "kind": "other",
        "thread": "goodbye",
        "sender": "Karel Bruins <k.bruins@westbetuwe.nl>",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "Op 9 februari 2027 15:30:40 CET schreef \"Netwerk van directeuren van ambtelijke fusieorganisaties\" "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Beste Karel Bruins,\n"
            ">\n"
            "> Wij hebben u afgemeld, zoals u vroeg. U bent geen lid meer van het\n"
            "> Netwerk van directeuren van ambtelijke fusieorganisaties en ontvangt\n"
            "> geen uitnodigingen en berichten meer van ons.\n"
            ">\n"
            "> Was dit niet uw bedoeling, of kwam het verzoek niet van u? Beantwoord\n"
            "> dan deze e-mail met 'lid blijven'; u krijgt dan een bericht om uw\n"
            "> lidmaatschap met één antwoord te bevestigen.\n"
            ">\n"
            "> Dank u wel voor uw betrokkenheid. Wilt u later weer meedoen? Stuur dan\n"
            "> een e-mail met 'Aanmelden' naar info@ambtelijkefusie.nl. Neemt iemand\n"
            "> anders uw functie over? Dan horen wij graag de naam en het e-mailadres\n"
            "> van uw opvolger.\n"
            "\n"
            "Dank voor de fijne bijeenkomsten van de afgelopen jaren!\n"
            "\n"
            ">\n"
            "> Met vriendelijke groet,\n"
            ">\n"
            "> Stan van de Laar, adviseur, 06 - 30 37 29 97,\n"
            "> s.vandelaar@seinstravandelaar.nl\n"
            "> Melanie Huurneman, adviseur, 06 - 23 50 94 48,\n"
            "> m.huurneman@seinstravandelaar.nl\n"
            "> Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "> (SeinstravandeLaar)\n"
            "> info@ambtelijkefusie.nl\n"
            ">\n"
            "> --\n"
            "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van\n"
            "> ambtelijke fusieorganisaties.\n"
            "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail\n"
            "> naar info@ambtelijkefusie.nl.\n"
        ),
    },
    {
        "id": "h94-unsub-10",
        "kind": "unsubscribe",
        "thread": "goodbye",
        "sender": "Reinier Smits <r.smits@ferm-werk.nl>",
        "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "________________________________\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Tuesday, February 9, 2027 3:30 PM\n"
            "To: Reinier Smits <r.smits@ferm-werk.nl>\n"
            "Subject: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties\n"
            "\n"
            "Beste Reinier Smits,\n"
            "\n"
            "Wij hebben u afgemeld, zoals u vroeg. U bent geen lid meer van het Netwerk van directeuren van ambtelijke "
            "fusieorganisaties en ontvangt geen uitnodigingen en berichten meer van ons.\n"
            "\n"
            "Was dit niet uw bedoeling, of kwam het verzoek niet van u? Beantwoord dan deze e-mail met 'lid blijven'; "
            "u krijgt dan een bericht om uw lidmaatschap met één antwoord te bevestigen.\n"
            "\n"
            "Dank u wel voor uw betrokkenheid. Wilt u later weer meedoen? Stuur dan een e-mail met 'Aanmelden' naar "
            "info@ambtelijkefusie.nl. Neemt iemand anders uw functie over? Dan horen wij graag de naam en het "
            "e-mailadres van uw opvolger.\n"
            "-> Opvolger: Pieter de Boer (p.deboer@ferm-werk.nl), per 1 mei in dienst.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
            "\n"
            "-- \n"
            "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
            "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
        ),
    },
]
# fmt: on
