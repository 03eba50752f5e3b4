"""devset139: automatic mail, and the people who sound like machines.

About half the set is mail no person typed: out-of-office replies in Dutch and English (with and without the
Auto-Submitted, Precedence and X-Autoreply headers, with a personal line, a deputy's address or a return date), ticket
and case-number acknowledgements, read receipts, "this mailbox is no longer monitored", "address no longer in use"
after a municipal fusion, and delivery failures from Exchange (English and Dutch), Postfix, Exim, Gmail, Domino, a
provider and a mail gateway. The other half are people whose mail reads like that: a colleague answering for someone
who is away, directors writing from a holiday or from leave and still answering, a secretary reporting that the
director has left, an assistant, people writing in the stiff style of a form letter, a calendar accept carrying an
Outlook suppression header, a person who pastes a bounce into a question.

Conventions this set relies on (from the brief):
- Out-of-office replies, read receipts, ticket systems, "no longer monitored" and "no longer in use" are `autoreply`
  with or without headers, also when they name a successor or a deputy with an address; they carry no quote and keep
  the thread of the mail they answer (one dropped its headers and has none).
- Delivery failures of any format, a delay notice (a DSN) included, are `bounce`, without thread or quote.
- A person who writes from a holiday or from leave is labelled by what they ask now (rsvp, suggestion, other).
- A colleague or assistant answering our invitation about the director's attendance is an `rsvp`; an assistant's
  forward about it with a question, a colleague who cannot decide for the absent person, a colleague confirming a
  sign-up for someone else, and a colleague or secretary reporting that someone left are `other`.
- A decline naming a substitute with address is `rsvp` False; leaving with a successor's address, or with a successor
  named but no address yet, is `unsubscribe`; a hand-over later with "tot die tijd blijf ik lid" is `other`.
- A yes on a condition or with a real question, a proposal about the form of the ateliers, an address change and a
  "nee" that only answers our question about a guest are `other`.
- Under our confirmation mails an empty reply, a signature alone or a bare typed confirmation is `confirm`; a plain
  denial is `unsubscribe`, a denial asking where we got the address is `other`.
- "Ik wil lid blijven" in other words under our goodbye is `subscribe`; asking who did it, without that wish, `other`.
- A request to remove all personal data (AVG art. 17) is `unsubscribe` with `erase`.
- Calendar accept and decline answers are `rsvp`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_FOLLOW = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
_WELCOME = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
_CONFIRM = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
_CONFIRM2 = "Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
_GOODBYE = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"


# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ automatic replies
    {
        "id": "d139-001",
        "kind": "autoreply",
        "sender": "Gerdien Hofstede <g.hofstede@werkorganisatie-veenhorst.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben van maandag 15 februari tot en met vrijdag 26 februari afwezig en lees in
            die periode mijn mail niet. Voor zaken die niet kunnen wachten kunt u terecht bij mijn
            managementassistent Yvonne Strik, y.strik@werkorganisatie-veenhorst.nl of 0318 - 44 21 90.

            Met vriendelijke groet,
            Gerdien Hofstede
            Algemeen directeur Werkorganisatie Veenhorst
            """
        ),
    },
    {
        "id": "d139-002",
        "kind": "autoreply",
        "sender": "Robert Kamphuis <r.kamphuis@lekstroomwerkt.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatic reply: " + _REM,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your email. I am currently out of the office with no access to email, returning on
            Monday 15 March 2027. Your message will not be forwarded. For urgent matters please contact the
            directiesecretariaat at directie@lekstroomwerkt.nl.

            Kind regards,
            Robert Kamphuis
            """
        ),
    },
    {
        "id": "d139-003",
        "kind": "autoreply",
        "sender": "Ine Wolters <ine.wolters@grommerdal.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "body": _(
            """
            Ik ben afwezig tot en met 8 januari. Daarna reageer ik zo snel mogelijk op uw e-mail.
            Ine Wolters
            """
        ),
    },
    {
        "id": "d139-004",
        "kind": "autoreply",
        "sender": "Karim el Hadji <k.elhadji@heidekantsamen.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _WELCOME,
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben op dit moment niet op kantoor. Vanaf woensdag 3 februari ben ik weer bereikbaar.

            I am currently out of office. I will be back on Wednesday 3 February.

            Karim el Hadji | directeur Bedrijfsvoering | Werkorganisatie HeideKant
            """
        ),
    },
    {
        "id": "d139-005",
        "kind": "autoreply",
        "sender": "Anneloes Brugman <a.brugman@waalbergen-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Beste afzender,

            Van 1 tot en met 19 februari fiets ik met mijn dochter van Maastricht naar Marseille. Geen laptop mee,
            echt niet! Uw mail wordt niet doorgestuurd; ik lees hem na terugkomst, met een flinke stapel ernaast.

            Is het dringend? Bel dan het bestuurssecretariaat, 0488 - 71 30 00.

            Hartelijke groet,
            Anneloes
            """
        ),
    },
    {
        "id": "d139-006",
        "kind": "autoreply",
        "sender": "drs. P.J.M. Verhagen <p.verhagen@bergenmaasland.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Geachte heer/mevrouw,

            In verband met vakantie ben ik afwezig van 4 januari tot en met 22 januari 2027. Tijdens mijn
            afwezigheid neemt mijn plaatsvervanger, de heer drs. H. Zandbergen (h.zandbergen@bergenmaasland.nl,
            073 - 512 66 40), mijn taken waar.

            Met vriendelijke groet,

            drs. P.J.M. Verhagen
            Gemeentesecretaris / algemeen directeur
            """
        ),
    },
    {
        "id": "d139-007",
        "kind": "autoreply",
        "sender": "Sanne Oosterbeek <s.oosterbeek@devechtkant.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "body": _(
            """
            Hallo,

            Ik ben met zwangerschaps- en bevallingsverlof en verwacht half juni weer aan het werk te gaan. Mijn
            mail wordt in de tussentijd niet gelezen.

            Voor lopende zaken: Thijs Ramaker (t.ramaker@devechtkant.nl) vervangt mij als directeur.

            Groetjes,
            Sanne
            """
        ),
    },
    {
        "id": "d139-008",
        "kind": "autoreply",
        "sender": "Anton Geerdink <a.geerdink@twentewerkt-samen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _REM,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Mijn vaste werkdagen zijn maandag, dinsdag en donderdag. Op andere dagen lees ik geen mail; ik
            beantwoord uw bericht op mijn eerstvolgende werkdag.

            Anton Geerdink
            """
        ),
    },
    {
        "id": "d139-009",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Gemeente Ommerdal <noreply-kcc@ommerdal.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Uw bericht is ontvangen - zaaknummer Z-2027-004512",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Uw e-mail is ontvangen en geregistreerd onder zaaknummer Z-2027-004512. Vermeld dit nummer als u over
            deze zaak contact met ons opneemt.

            Wij nemen binnen vijf werkdagen contact met u op. Gaat het om een aanvraag of bezwaar, dan gelden de
            termijnen die in de wet zijn vastgelegd.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

            Gemeente Ommerdal
            Postbus 150, 7730 AD Ommerdal
            """
        ),
    },
    {
        "id": "d139-010",
        "kind": "autoreply",
        "sender": "ICT Servicedesk <servicedesk@shared-ict-rivierland.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "[Ticket#2027030810000231] RE: " + _REM,
        "headers": {"Auto-Submitted": "auto-replied", "X-Loop": "servicedesk@shared-ict-rivierland.nl"},
        "body": _(
            """
            Dear customer,

            Thank you for your message. A ticket has been created with number 2027030810000231 and assigned to
            queue 'Postkamer::Algemeen'. Please keep the ticket number in the subject line of any further
            correspondence.

            You can follow the status of your request in the self-service portal.

            -- Service Desk Shared ICT Rivierland
            """
        ),
    },
    {
        "id": "d139-011",
        "kind": "autoreply",
        "sender": "Facilitair Meldpunt <meldpunt@kustbreed.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Melding M 2703 0388 is aangemaakt",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Beste melder,

            Bedankt voor uw melding. Wij hebben deze geregistreerd onder nummer M 2703 0388.

            Korte omschrijving: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid"
            Status: Aangemeld
            Behandelaargroep: Post & Archief

            U ontvangt bericht zodra de status van uw melding wijzigt. Reageer niet op deze e-mail; dit adres
            wordt niet gelezen.
            """
        ),
    },
    {
        "id": "d139-012",
        "kind": "autoreply",
        "sender": "Mirjam Tebbens <m.tebbens@lekstroomwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + _INV,
        "body": _(
            """
            Uw bericht

                Aan: Tebbens, Mirjam
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
                eigenheid [atelier:2027-1]
                Verzonden: dinsdag 2 februari 2027 09:14:37 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 2 februari 2027 11:02:51 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "d139-013",
        "kind": "autoreply",
        "sender": "Hugo Dekker <h.dekker@maasenpeelwerkt.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Read: " + _CALL,
        "body": _(
            """
            Your message

              To: Dekker, Hugo
              Subject: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
              Sent: Monday, 4 January 2027 10:03:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

            was read on Thursday, 7 January 2027 16:40:05 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
            """
        ),
    },
    {
        "id": "d139-014",
        "kind": "autoreply",
        "sender": "Carla Winkelman <c.winkelman@rivierenhof-samen.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Niet gelezen: " + _FOLLOW,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Uw bericht

              Aan: Winkelman, Carla
              Onderwerp: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid"
              [atelier:2027-1]
              Verzonden: vrijdag 19 maart 2027 08:45:10 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is verwijderd zonder te zijn gelezen op woensdag 31 maart 2027 17:12:44 (UTC+01:00) Amsterdam, Berlijn,
            Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "d139-015",
        "kind": "autoreply",
        "sender": "Directiesecretariaat GR Zuiderpolder <directie@grzuiderpolder.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CONFIRM2,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Let op: deze mailbox wordt sinds 1 januari 2027 niet meer gemonitord. Berichten aan dit adres worden
            niet gelezen en niet doorgestuurd.

            Voor de directie van de GR Zuiderpolder kunt u mailen naar bestuurszaken@grzuiderpolder.nl.
            """
        ),
    },
    {
        "id": "d139-016",
        "kind": "autoreply",
        "sender": "Directeur Kempenrand <directeur@kempenrand.nl>",
        "quote": "none",
        "subject": "Auto: " + _WELCOME,
        "headers": {"Precedence": "junk", "X-Autoreply": "true"},
        "body": _(
            """
            This mailbox is no longer monitored. Emails sent to this address are deleted automatically after
            30 days.
            Please update your records and write to info@kempenrand.nl instead.

            This is an automated response.
            """
        ),
    },
    {
        "id": "d139-017",
        "kind": "autoreply",
        "sender": "j.wessels@gemeente-oudhaven.nl",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Per 1 januari 2027 zijn de gemeenten Oudhaven en Stellendijk samengegaan in de gemeente Haringmonde.
            Dit e-mailadres is daarom niet meer in gebruik en berichten aan dit adres worden niet meer gelezen.

            Alle medewerkers zijn bereikbaar via voornaam.achternaam@haringmonde.nl. Het algemene adres is
            info@haringmonde.nl.

            Dit bericht is automatisch verzonden.
            """
        ),
    },
    {
        "id": "d139-018",
        "kind": "autoreply",
        "sender": "Frits Holleman <f.holleman@amstelvecht-samen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Sinds 1 december 2026 ben ik niet meer werkzaam bij Werkorganisatie AmstelVecht. Uw e-mail wordt niet
            doorgestuurd.

            Mijn taken als algemeen directeur zijn overgenomen door Lotte Verbeek, l.verbeek@amstelvecht-samen.nl.

            Dank voor de prettige samenwerking!
            Frits Holleman
            """
        ),
    },
    {
        "id": "d139-019",
        "kind": "autoreply",
        "sender": "H.W. Scholten <hw.scholten@grbommelerland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afwezigheidsbericht: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben afwezig vanaf 22-02-2027 en keer terug op 05-03-2027.

            Ik zal uw bericht met betrekking tot "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op
            samenwerking & eigenheid [atelier:2027-1]" na mijn terugkeer beantwoorden.

            Bij spoed: secretariaat directie, toestel 2210.
            """
        ),
    },
    {
        "id": "d139-020",
        "kind": "autoreply",
        "sender": "Nadia Bouzid <nadia.bouzid.werk@gmail.com>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Away until 1 March",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        "body": _(
            """
            Hi,

            Thanks for your note. I'm travelling in Japan until 1 March and only checking email now and then, so
            please expect a slow reply. Temples, trains and far too much ramen.

            Nadia
            """
        ),
    },
    {
        "id": "d139-021",
        "kind": "autoreply",
        "sender": "Wouter Lamers <w.lamers@zeeuwsgrens.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _REM,
        "body": _(
            """
            Deze week ben ik op een congres in Rotterdam en tussendoor beperkt bereikbaar. Ik lees uw mail zo snel
            mogelijk, uiterlijk maandag 8 maart.
            """
        ),
    },
    {
        "id": "d139-022",
        "kind": "autoreply",
        "sender": "Bestuurssecretariaat Waalbergen <bestuurssecretariaat@waalbergen-samen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Het bestuurssecretariaat is gesloten van donderdag 24 december tot en met vrijdag 8 januari. Uw bericht
            wordt na de kerstvakantie in behandeling genomen.

            Wij wensen u fijne feestdagen en een gezond 2027.
            """
        ),
    },
    {
        "id": "d139-023",
        "kind": "autoreply",
        "sender": "Info Werkorganisatie Lingemond <info@lingemond.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Ontvangstbevestiging: Dank voor uw themasuggestie [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Bedankt voor uw e-mail aan Werkorganisatie Lingemond. Wij hebben uw bericht in goede orde ontvangen.

            Wij streven ernaar u binnen vijf werkdagen een inhoudelijke reactie te geven. Verwijst uw bericht naar
            een eerder contact, vermeld dan uw kenmerk.

            Dit is een automatisch antwoord. Antwoorden op dit bericht worden niet gelezen.
            """
        ),
    },
    {
        "id": "d139-024",
        "kind": "autoreply",
        "sender": "Bart Nieuwenhuis <b.nieuwenhuis@grdeltawaard.nl>",
        "thread": "goodbye",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _GOODBYE,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben tot en met 12 april afwezig.

            Bij calamiteiten buiten kantoortijden: piketdienst via 088 - 413 77 00.
            Voor alle andere vragen: het klantcontactcentrum via 0187 - 33 90 00.

            Bart Nieuwenhuis
            """
        ),
    },
    {
        "id": "d139-025",
        "kind": "autoreply",
        "sender": "Lieke de Bruijn <lieke.debruijn@kustbreed.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Afwezig t/m 22/3. Mail wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "d139-026",
        "kind": "autoreply",
        "sender": "Rianne Kok <r.kok@ommerdal.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatic reply: " + _CONFIRM,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Vanwege ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet automatisch doorgestuurd. Neemt u voor
            zaken die mijn portefeuille betreffen contact op met het secretariaat van de directie:
            0529 - 48 12 00.
            """
        ),
    },
    {
        "id": "d139-027",
        "kind": "autoreply",
        "sender": "Jeroen Spaans <jeroen.spaans@noordkwartier.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Automatic reply: " + _FOLLOW,
        "headers": {"Precedence": "bulk", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I am on annual leave from 22 March to 2 April with limited access to email. I will respond to your
            message as soon as possible upon my return. If your matter is urgent, please contact my colleague
            Elif Aksoy at e.aksoy@noordkwartier.nl.

            Best regards,
            Jeroen Spaans
            Director of Operations | Shared Service Organisation Noordkwartier
            """
        ),
    },
    {
        "id": "d139-028",
        "kind": "autoreply",
        "sender": "Mohamed Achahbar <m.achahbar@grenswerk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik zit vandaag de hele dag in bestuurlijk overleg en kijk pas na 18.00 uur naar mijn mail.
            Bij spoed: bel of app 06 - 41 88 20 17.
            """
        ),
    },
    {
        "id": "d139-029",
        "kind": "autoreply",
        "sender": "Postbus Directie <postbus.directie@rijnveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Uw e-mail is ontvangen door de postbus van de directie van Werkorganisatie Rijnveld en automatisch
            doorgezet naar de directiesecretaresse. Zij zorgt dat uw bericht bij de juiste persoon terechtkomt.

            Reageren op dit bericht is niet nodig.
            """
        ),
    },
    {
        "id": "d139-030",
        "kind": "autoreply",
        "sender": "mr. C. van Dam <c.vandam@lekmondewaard.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Met ingang van maandag 1 maart tot en met vrijdag 12 maart ben ik niet aanwezig. Tijdens mijn
            afwezigheid wordt mijn mail niet gelezen.

            Voor bestuurlijke aangelegenheden kunt u zich wenden tot mevrouw J. Ouwehand, loco-gemeentesecretaris
            (j.ouwehand@lekmondewaard.nl).

            Hoogachtend,
            mr. C. van Dam
            """
        ),
    },
    # ------------------------------------------------------------------ delivery failures
    {
        "id": "d139-031",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@veenhorst.onmicrosoft.com>",
        "quote": "none",
        "subject": "Undeliverable: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Your message to t.vanmiddelkoop@werkorganisatie-veenhorst.nl couldn't be delivered.

            t.vanmiddelkoop wasn't found at werkorganisatie-veenhorst.nl.

            Action Required                                   Recipient
            Unknown To address

            How to Fix It
            The address may be misspelled or may not exist. Try one or more of the following:
            Retype the recipient's address, then resend the message.

            Diagnostic information for administrators:

            Generating server: AM9PR08MB6003.eurprd08.prod.outlook.com

            t.vanmiddelkoop@werkorganisatie-veenhorst.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d139-032",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@grommerdal.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _REM,
        "body": _(
            """
            Uw bericht aan h.postma@grommerdal.nl kan niet worden bezorgd.

            h.postma is niet gevonden op grommerdal.nl.

            Actie vereist                                     Ontvanger
            Onbekend Aan-adres

            Probleem oplossen
            Het adres is mogelijk verkeerd gespeld of bestaat niet. Typ het adres van de ontvanger opnieuw en
            verzend het bericht nogmaals.

            Diagnostische gegevens voor beheerders:

            Genererende server: DB7PR02MB4712.eurprd02.prod.outlook.com

            h.postma@grommerdal.nl
            Externe server retourneerde '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by
            SMTP address lookup'
            """
        ),
    },
    {
        "id": "d139-033",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.lekstroomwerkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.lekstroomwerkt.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <e.vanwijk@lekstroomwerkt.nl>: host mailstore.lekstroomwerkt.nl[10.20.4.11]
                said: 550 5.1.1 <e.vanwijk@lekstroomwerkt.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d139-034",
        "kind": "bounce",
        "sender": "Mail Delivery System <Mailer-Daemon@smtp.bergenmaasland.nl>",
        "quote": "none",
        "subject": "Mail delivery failed: returning message to sender",
        "body": _(
            """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              griffie.oud@bergenmaasland.nl
                No such person at this address.

            ------ This is a copy of the message, including all the headers. ------

            Subject: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
            """
        ),
    },
    {
        "id": "d139-035",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            ** Address not found **

            Your message wasn't delivered to directeur.devechtkant@gmail.com because the address couldn't be
            found, or is unable to receive mail.

            Learn more here: https://support.google.com/mail/?p=NoSuchUser

            The response was:

            550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the
            recipient's email address for typos or unnecessary spaces.
            """
        ),
    },
    {
        "id": "d139-036",
        "kind": "bounce",
        "sender": "postmaster@kustbreed.nl",
        "quote": "none",
        "subject": "Onbestelbaar: " + _FOLLOW,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Bezorging is mislukt voor deze ontvangers of groepen:

            m.jongeneel@kustbreed.nl
            Het postvak van de ontvanger is vol en kan op dit moment geen berichten accepteren. Probeer het bericht
            later opnieuw te verzenden of neem contact op met de ontvanger.

            Diagnostische gegevens voor beheerders:

            Genererende server: MAIL02.kustbreed.local

            m.jongeneel@kustbreed.nl
            Remote Server returned '554 5.2.2 mailbox full;
            STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
            """
        ),
    },
    {
        "id": "d139-037",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <MAILER-DAEMON@relay.grenswerk.nl>",
        "quote": "none",
        "subject": "Delayed Mail (still being retried)",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host relay.grenswerk.nl.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for more than 4 hour(s).
            It will be retried until it is 5 day(s) old.

            <a.vermeulen@grenswerk.nl>: connect to mail.grenswerk.nl[192.0.2.41]:25:
                Connection timed out
            """
        ),
    },
    {
        "id": "d139-038",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@grbommelerland.nl>",
        "quote": "none",
        "subject": (
            "DELIVERY FAILURE: User Gerard Kuijpers (g.kuijpers@grbommelerland.nl) not listed in Domino Directory"
        ),
        "body": _(
            """
            Your message

              Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
              eigenheid [atelier:2027-1]

            was not delivered to:

              g.kuijpers@grbommelerland.nl

            because:

              User Gerard Kuijpers (g.kuijpers@grbommelerland.nl) not listed in Domino Directory
            """
        ),
    },
    {
        "id": "d139-039",
        "kind": "bounce",
        "sender": "Mailserver <mailer-daemon@smtp-out.mijnhostingpartner.nl>",
        "quote": "none",
        "subject": "Onbestelbaar bericht: " + _WELCOME,
        "body": _(
            """
            Beste gebruiker,

            Het bericht dat u verstuurde naar secretaris@gemeente-stellendijk.nl kon niet worden afgeleverd: het
            domein gemeente-stellendijk.nl bestaat niet (meer) of heeft geen mailserver.

            Onderwerp: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties
            Verzonden: 14-01-2027 08:31

            Foutcode: 5.4.4 (hostname not found)

            Dit is een automatisch bericht van de mailserver van uw provider.
            """
        ),
    },
    {
        "id": "d139-040",
        "kind": "bounce",
        "sender": "MailSchild Secure Gateway <postmaster@gateway.mailschild.nl>",
        "quote": "none",
        "subject": "Message rejected: Dank voor uw themasuggestie [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Your message to r.dijkhuizen@noordkwartier.nl was rejected by the recipient's mail gateway.

            Reason: 554 5.7.1 Message rejected - policy violation (sender reputation)

            If you believe this message was blocked in error, contact the recipient by other means and ask them
            to add your address to their allow list.

            Reference: MS-7c1f-44a0-9e23
            --
            MailSchild Secure Gateway
            """
        ),
    },
    # ------------------------------------------------------------------ people
    {
        "id": "d139-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Margreet Ypma <m.ypma@friesmarewerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik ben deze en volgende week met verlof en kijk alleen af en toe even in mijn mail, maar dit wil ik
            niet laten liggen: ja, ik kom op 11 maart. Ik zet het nu alvast in mijn agenda.

            Hartelijke groet,
            Margreet Ypma
            Algemeen directeur FriesMare Werkt
            """
        ),
    },
    {
        "id": "d139-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Daan Hofman <d.hofman@rijnveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Hi both,

            Writing this from a campsite in the Dordogne with a very patchy signal, so forgive the brevity. Count
            me in for 11 March, I'll be back well before then.

            Daan

            Sent from my iPad
            """
        ),
    },
    {
        "id": "d139-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wendy Koster <w.koster@grdeltawaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Ik lees even mee in de mailbox van Hans Bakker: hij is tot eind maart met ouderschapsverlof. Hij zal
            er op 11 maart dus niet bij zijn; wilt u hem voor deze keer als afwezig noteren?

            Met vriendelijke groet,
            Wendy Koster
            Managementondersteuning directie GR DeltaWaard
            """
        ),
    },
    {
        "id": "d139-044",
        "kind": "other",
        "sender": "Peter Smulders <p.smulders@kempenrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Marloes zit tot 4 maart in Nieuw-Zeeland en heeft mij gevraagd haar mail bij te houden. Of ze naar het
            atelier wil, kan ik niet voor haar beslissen. Ik leg het haar voor als ze terug is; de termijn van
            2 maart gaat ze dan waarschijnlijk niet halen, kan dat nog?

            Groet,
            Peter Smulders
            adjunct-directeur
            """
        ),
    },
    {
        "id": "d139-045",
        "kind": "other",
        "sender": "Tineke Roelofs <t.roelofs@twentewerkt-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer, mevrouw,

            Uw uitnodiging is gericht aan de heer J. Brinkman. De heer Brinkman is per 1 januari jl. vertrokken
            bij onze organisatie. Een opvolger is nog niet benoemd.

            Met vriendelijke groet,
            T. Roelofs
            Secretariaat directie
            Werkorganisatie TwenteWerkt Samen
            """
        ),
    },
    {
        "id": "d139-046",
        "kind": "other",
        "sender": "Ilse van Rijn <i.vanrijn@noordkwartier.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste mensen van het netwerk,

            Ik beheer de agenda en mail van onze directeur. Mevrouw Terlouw heeft afscheid genomen; vanaf februari
            zit er een interim-directeur, de heer Pronk. Of hij zich bij uw netwerk wil aansluiten weet ik nog
            niet, dat vraag ik hem volgende week.

            Vriendelijke groet,
            Ilse van Rijn
            """
        ),
    },
    {
        "id": "d139-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Verstappen <koen.verstappen@maasenpeelwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Ik zag jullie herinnering net voorbijkomen. Ik zit met het hele gezin in Zuid-Afrika tot half maart,
            dus 11 maart gaat me niet lukken. Geef mijn plek maar aan iemand van de wachtlijst.

            Groet uit Kaapstad,
            Koen
            """
        ),
    },
    {
        "id": "d139-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hanneke Dijkstra <h.dijkstra@lekmondewaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Op 11 maart ben ik afwezig (studiereis met de raad). In mijn plaats komt mijn plaatsvervanger, Joost
            Ketelaar, directeur Publiekszaken: j.ketelaar@lekmondewaard.nl. Hij heeft de middag al vrijgehouden.

            Met vriendelijke groet,
            Hanneke Dijkstra
            """
        ),
    },
    {
        "id": "d139-049",
        "kind": "rsvp",
        "attending": True,
        "sender": "mr. drs. W.F. Akkerman <wf.akkerman@heuvelrijkwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer Van de Laar,

            In antwoord op uw bericht van 2 februari 2027 inzake het Leer- en inspireer-atelier d.d. 11 maart 2027
            deel ik u mede dat ondergetekende aan voornoemde bijeenkomst zal deelnemen.

            Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.

            Hoogachtend,

            mr. drs. W.F. Akkerman
            algemeen directeur
            """
        ),
    },
    {
        "id": "d139-050",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "A.M. Kuipers-Doornbos <am.kuipers@heidekantsamen.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer/mevrouw,

            Onder verwijzing naar artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u hierbij
            alle persoonsgegevens die u van ondergetekende verwerkt, waaronder naam, functie en e-mailadres, te
            verwijderen en mij als lid van het netwerk uit te schrijven.

            Ik verzoek u de verwijdering binnen de wettelijke termijn schriftelijk te bevestigen.

            Hoogachtend,
            A.M. Kuipers-Doornbos
            """
        ),
    },
    {
        "id": "d139-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "ing. R. Schuurman <r.schuurman@grzuiderpolder.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij bericht ik u dat ondergetekende wegens samenvallende bestuurlijke verplichtingen verhinderd is
            de bijeenkomst van donderdag 11 maart a.s. bij te wonen.

            Met vriendelijke groet,
            ing. R. Schuurman
            Directeur Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d139-052",
        "kind": "confirm",
        "sender": "Femke Alberts <f.alberts@waalbergen-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d139-053",
        "kind": "confirm",
        "sender": "Anouk Terpstra <a.terpstra@friesmarewerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Met vriendelijke groet,

            Anouk Terpstra
            Directeur bedrijfsvoering | FriesMare Werkt
            T 0513 - 62 44 10 | M 06 - 22 81 40 93
            Aanwezig: ma, di, do

            Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan en
            informeer de afzender.
            """
        ),
    },
    {
        "id": "d139-054",
        "kind": "confirm",
        "sender": "J.H. van Zoelen <jh.vanzoelen@ommerdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij bevestig ik, J.H. van Zoelen, de aanmelding van mijn e-mailadres voor uw netwerk.

            Hoogachtend,
            J.H. van Zoelen
            """
        ),
    },
    {
        "id": "d139-055",
        "kind": "other",
        "sender": "Esther Mulder <e.mulder@maasenpeelwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Frank Leenders is deze week op vakantie en vroeg mij of ik zijn aanmelding kon bevestigen; hij had
            jullie mail naar mij doorgestuurd. Bij deze dus: Frank wil graag lid worden.

            Groet,
            Esther Mulder
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d139-056",
        "kind": "unsubscribe",
        "sender": "R. Boonstra <r.boonstra@amstelvecht-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Geachte afzender,

            Ondergetekende heeft zich niet aangemeld voor het genoemde netwerk. Kennelijk is hier sprake van een
            vergissing.

            R. Boonstra
            """
        ),
    },
    {
        "id": "d139-057",
        "kind": "other",
        "sender": "Gijs Harmsen <gijs.harmsen@zeeuwsgrens.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Dit is al de tweede mail die ik van jullie krijg over een aanmelding die ik nooit gedaan heb. Hoe komen
            jullie eigenlijk aan mijn adres? Dat zou ik graag eerst weten.

            Gijs Harmsen
            """
        ),
    },
    {
        "id": "d139-058",
        "kind": "unsubscribe",
        "sender": "Ruud Lammers <r.lammers@grenswerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Per 1 april ga ik met pensioen, dus het atelier van maart sla ik over en wat mij betreft mogen jullie
            me uitschrijven. Mijn opvolger, Anton de Graaf, neemt het stokje over; zijn adres is
            a.degraaf@grenswerk.nl. Hij heeft al laten weten graag mee te doen.

            Het ga jullie goed,
            Ruud
            """
        ),
    },
    {
        "id": "d139-059",
        "kind": "unsubscribe",
        "sender": "Ellen Hoogland <e.hoogland@kustbreed.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Vanaf een terrasje in Lissabon, want ik wil het niet vergeten: per 1 februari stop ik als directeur bij
            KustBreed. Haal me maar van de lijst. Mijn opvolger wordt Mireille Sanders; zij begint in maart en haar
            mailadres heb ik nog niet.

            Groetjes, Ellen
            """
        ),
    },
    {
        "id": "d139-060",
        "kind": "other",
        "sender": "Hein Wubbels <h.wubbels@rivierenhof-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor het mooie atelier. Ter informatie: per 1 september draag ik de directie over aan Carolien Bos
            (c.bos@rivierenhof-samen.nl). Tot die tijd blijf ik gewoon lid en hoor ik graag over het volgende
            atelier.

            Groet,
            Hein
            """
        ),
    },
    {
        "id": "d139-061",
        "kind": "unsubscribe",
        "sender": "Directie Lingemond <directie@lingemond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Dit is een algemene directiemailbox die eigenlijk door niemand wordt gelezen; ik kwam jullie mails
            toevallig tegen bij het opschonen. Wilt u dit adres uit uw verzendlijst halen? De directeur zelf is al
            lid via zijn eigen adres.

            Met vriendelijke groet,
            Kees Hamers
            Informatiebeheer Werkorganisatie Lingemond
            """
        ),
    },
    {
        "id": "d139-062",
        "kind": "other",
        "sender": "Yvonne Brouwer <y.brouwer@gemeente-oudhaven.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Door de fusie van Oudhaven en Stellendijk verdwijnt dit adres op 1 mei. Ik blijf graag lid, maar dan
            via y.brouwer@haringmonde.nl. Kunnen jullie dat aanpassen? Anders krijgen jullie straks vast een
            foutmelding terug.

            Yvonne Brouwer
            """
        ),
    },
    {
        "id": "d139-063",
        "kind": "other",
        "sender": "Marco Visser <marco.visser@devechtkant.nl>",
        "quote": "none",
        "subject": "Foutmelding bij aanmelden?",
        "body": _(
            """
            Hallo,

            Ik probeerde een collega bij jullie aan te melden maar kreeg dit terug:

            > Delivery has failed to these recipients or groups:
            > info@ambtelijkefusie.n
            > The domain name in the email address is incorrect.

            Ik zie nu dat ik een letter vergeten was, sorry. Maar is mijn eerdere mail van vorige week dan wel
            aangekomen? Die stuurde ik vanuit mijn adresboek.

            Marco
            """
        ),
    },
    {
        "id": "d139-064",
        "kind": "other",
        "sender": "Laura Meijerink <l.meijerink@noordkwartier.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I wrote to Melanie about parking at the Stadskantoor, but got an out-of-office back saying she is away
            until next week. Who can tell me whether there is parking for visitors, or should I come by train?

            Thanks,
            Laura Meijerink
            """
        ),
    },
    {
        "id": "d139-065",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tom Veldkamp <t.veldkamp@heuvelrijkwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Apologies for the automatic reply you will have had from me last week - I was away skiing. I'm back
            now, and yes, I'd like to attend on 11 March.

            Best,
            Tom Veldkamp
            """
        ),
    },
    {
        "id": "d139-066",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sevda Yilmaz <s.yilmaz@zeeuwsgrens.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan,

            De nieuwe datum komt me eigenlijk beter uit dan de oude. Houd me dus gewoon aangemeld, ook al sta ik
            voorlopig nog op de wachtlijst.

            Sevda
            """
        ),
    },
    {
        "id": "d139-067",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bram Kooistra <b.kooistra@friesmarewerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, griep te pakken en de dokter zegt thuisblijven. Donderdag lukt dus niet, geef mijn plek maar
            weg.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d139-068",
        "kind": "other",
        "sender": "Nicole Brands <n.brands@grbommelerland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan,

            Ik ben op dat moment nog op vakantie; mijn vlucht uit Lanzarote landt op 11 maart om 12.40 uur op
            Schiphol. Als alles meezit red ik het, maar pas tegen half drie. Is het goed als ik dan later
            binnenloop? Dan meld ik me aan.

            Nicole
            """
        ),
    },
    {
        "id": "d139-069",
        "kind": "other",
        "sender": "Sabine Peeters <s.peeters@veluwezoom-samen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INV,
        "body": _(
            """
            Goedemorgen,

            Ik stuur u deze uitnodiging door namens de heer Daalman, onze algemeen directeur. Hij wil er graag bij
            zijn, maar vraagt of hij ook zijn nieuwe concerncontroller mag meenemen. Zij is geen lid van het
            netwerk.

            Met vriendelijke groet,
            Sabine Peeters
            Directiesecretaris Werkorganisatie Veluwezoom
            """
        ),
    },
    {
        "id": "d139-070",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joyce Verbruggen <j.verbruggen@amstelvecht-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Verbeek laat ik weten dat zij op 11 maart graag aanwezig is. Ik heb de middag in haar
            agenda geblokkeerd.

            Met vriendelijke groet,
            Joyce Verbruggen
            Managementassistent Werkorganisatie AmstelVecht
            """
        ),
    },
    {
        "id": "d139-071",
        "kind": "other",
        "sender": "Harm Jonkman <h.jonkman@kempenrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Klein misverstand denk ik: die gast klopt niet, ik had niemand opgegeven. Dus nee, geen gast.

            Harm
            """
        ),
    },
    {
        "id": "d139-072",
        "kind": "subscribe",
        "sender": "Jolanda Wiersma <j.wiersma@lingemond.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Volgens mij is hier iets misgegaan: ik heb me nooit afgemeld. Misschien heeft mijn
            afwezigheidsbericht iets in gang gezet? Hoe dan ook: ik wil er graag bij blijven horen, dus zet me
            maar weer op de lijst.

            Jolanda Wiersma
            """
        ),
    },
    {
        "id": "d139-073",
        "kind": "other",
        "sender": "Wim Roskam <w.roskam@grzuiderpolder.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Wie heeft mij afgemeld? Ik heb niets gestuurd en ook niemand gevraagd dat te doen. Voordat ik iets
            terugdraai wil ik weten hoe dit heeft kunnen gebeuren, want dit bevalt me niet.

            W. Roskam
            """
        ),
    },
    {
        "id": "d139-074",
        "kind": "other",
        "sender": "Servicedesk Informatievoorziening <ivsd@twentewerkt-samen.nl>",
        "quote": "none",
        "subject": "Uw mails en ons ticketsysteem",
        "body": _(
            """
            Beste beheerder van info@ambtelijkefusie.nl,

            Uw berichten aan onze directeur komen sinds kort ook in onze gedeelde servicedeskmailbox terecht,
            waardoor ons ticketsysteem er telkens een melding van aanmaakt en u automatische bevestigingen
            terugkrijgt. Excuses daarvoor. Kunt u controleren of u misschien servicedesk@twentewerkt-samen.nl in
            uw lijst hebt staan? Dat adres hoort er niet in.

            Met vriendelijke groet,
            Dennis Oude Elferink
            Functioneel beheer ICT
            """
        ),
    },
    {
        "id": "d139-075",
        "kind": "other",
        "sender": "Postkamer Werkorganisatie Heuvelrijk <post@heuvelrijkwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte afzender,

            Uw uitnodiging kwam via een doorstuurregel bij de postkamer terecht. Mevrouw Van Eck werkt sinds de
            zomer niet meer bij onze werkorganisatie; haar mailbox is opgeheven. Voor zover ik weet neemt niemand
            haar plek in uw netwerk over.

            Met vriendelijke groet,
            Gerrit Stam
            Postkamer Werkorganisatie Heuvelrijk
            """
        ),
    },
    {
        "id": "d139-076",
        "kind": "unsubscribe",
        "sender": "Arjen Bosman <a.bosman@veluwezoom-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Eerlijk gezegd krijg ik al meer dan genoeg geautomatiseerde mail. Ik kom niet op 11 maart en wil ook
            verder niets meer van het netwerk ontvangen: graag van de lijst af. Niets persoonlijks!

            Arjen Bosman
            """
        ),
    },
    {
        "id": "d139-077",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjolein Vos <m.vos@rivierenhof-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INV,
        "headers": {"X-Auto-Response-Suppress": "DR, OOF, AutoReply"},
        "body": _(
            """
            Staat erin, tot dan.
            """
        ),
    },
    {
        "id": "d139-078",
        "kind": "rsvp",
        "attending": False,
        "sender": "Stefan de Groot <s.degroot@lekstroomwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + _INV,
        "body": _(
            """
            Clashes with our council's budget meeting, sorry. Hope to make the next one.
            """
        ),
    },
    {
        "id": "d139-079",
        "kind": "other",
        "sender": "Rosa Kerkhof <r.kerkhof@grommerdal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Vanaf mijn vakantieadres in Zeeland, maar ik wilde het kwijt nu het nog vers is: zou het volgende
            atelier niet eens bij een van de leden op locatie kunnen, en dan liever op een vrijdagochtend? Een
            middag tot half zes is met de reistijd naar Utrecht echt lang.

            Rosa
            """
        ),
    },
    {
        "id": "d139-080",
        "kind": "other",
        "sender": "Olivier Janssens <o.janssens@bergenmaasland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dear secretariat,

            I'm on sabbatical until mid-April, so 11 March won't work in person. Will the session be recorded, or
            is the Teams link meant for people who join remotely for the whole afternoon? If so I might dial in.

            Kind regards,
            Olivier Janssens
            """
        ),
    },
    {
        "id": "d139-081",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Linda Rozendaal <l.rozendaal@werkorganisatie-veenhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Ik sta in Oostenrijk op de piste maar wil de deadline niet missen. Mijn onderwerp: hoe houd je de
            kwaliteit van de dienstverlening aan inwoners op peil als je balies sluit en alles naar één digitaal
            loket gaat? Ik ben benieuwd hoe anderen de klanttevredenheid meten.

            Groet, Linda
            """
        ),
    },
]
# fmt: on
