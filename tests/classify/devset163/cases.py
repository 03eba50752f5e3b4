"""devset163: machines and people who sound like them.

Out-of-office replies in Dutch, English, German, French and Frisian (with and without the automatic headers, some
with a personal line), ticket systems, read receipts, "this address is no longer in use" notices that name a
successor, delivery failures and full mailboxes, calendar answers from Outlook and Google, and the people whose own
mails read like those machines: directors writing that they are away, on leave, ill or leaving, assistants and
colleagues reporting that a director is ill, has left or has died, and requests hidden in a mail that looks
automatic.

Conventions this set relies on (from the brief):
- Out-of-office replies, read receipts, ticket systems and "this address is no longer in use" notices are
  `autoreply`, with or without headers, also when they name a successor with an address or a new address; they
  carry no quote, and the `thread` of the mail they answer unless the client dropped the headers.
- Delivery failures (user unknown, domain not found, mailbox full, a delay DSN) are `bounce`, without a thread.
- Calendar accept and decline answers are `rsvp`; a calendar answer whose typed line asks a real question, proposes
  another time or puts a condition is `other`; a decline that also leaves the network is `unsubscribe`; a later
  line that corrects the button carries the latest answer.
- A person who types that they are away or ill and therefore will not come is an `rsvp` False, also under the call
  for themes; an assistant answering our invitation for the director is an `rsvp`.
- A colleague reporting that someone left or died is `other`; leaving with a successor (with or without an address
  yet) is `unsubscribe`; a later hand-over while staying a member until then is `other`.
- A request typed into an automatic-looking mail is labelled by that request; a new mail that forwards a bounce and
  asks to be signed up is `subscribe`; a question about a mail that bounced is `other`.
- A confirmation under our confirmation mail with chatter but no question stays `confirm`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
HER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
OPR = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
VER = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEV = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
HBV = "Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
WIJ = "Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]"
WEL = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
AFM = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
AGENDA = "Leer- en inspireer-atelier: Sturen op samenwerking & eigenheid [atelier:2027-1]"

AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_MS = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- out-of-office replies --------------------------------------------------------------------------------
    {
        "id": "d163-001",
        "kind": "autoreply",
        "sender": "Hennie Brouwer-Lammers <h.brouwer@werkorganisatie-hoogeveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INV,
        "headers": AUTO_MS,
        "body": _(
            """
            Dank voor uw bericht. Van maandag 22 februari tot en met vrijdag 5 maart ben ik afwezig; mijn mail
            lees ik in die periode niet en wordt ook niet doorgestuurd.

            Voor zaken die niet kunnen wachten: bestuurssecretariaat, (0578) 69 41 00.

            Met vriendelijke groet,
            Hennie Brouwer-Lammers
            algemeen directeur Werkorganisatie Hoogeveld
            """
        ),
    },
    {
        "id": "d163-002",
        "kind": "autoreply",
        "sender": "Gideon Vreeswijk <g.vreeswijk@dijkstreeksamen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatic reply: " + HER,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your message. I am travelling for a working visit with our twin region in Flanders and
            will be back in the office on Monday 15 March. During this time I will have limited access to e-mail.

            For urgent matters please contact my office manager, Astrid Kluiver, at a.kluiver@dijkstreeksamen.nl.

            Kind regards,
            Gideon Vreeswijk
            """
        ),
    },
    {
        "id": "d163-003",
        "kind": "autoreply",
        "sender": "Mechteld ter Horst <m.terhorst@grensland-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatische Antwort: " + WIJ,
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben tot en met 12 maart niet op kantoor. Uw bericht wordt na mijn terugkomst gelezen.

            Ich bin bis einschließlich 12. März nicht im Hause. Ihre Nachricht wird nach meiner Rückkehr
            bearbeitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +31 543 77 20 10.

            Mechteld ter Horst
            Directeur GR Grensland Werkt / Geschäftsführerin
            """
        ),
    },
    {
        "id": "d163-004",
        "kind": "autoreply",
        "sender": "Valérie Dumoulin-Stam <v.dumoulin@ambtelijkeunie-zeeoevers.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Réponse automatique : " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Bonjour,

            Je suis en congé jusqu'au lundi 1er mars inclus et je n'aurai pas accès à mes courriels.
            Votre message ne sera pas transféré. Pour toute question urgente, veuillez contacter
            Mme Sietske Bakema (s.bakema@ambtelijkeunie-zeeoevers.nl).

            Voor dringende zaken kunt u terecht bij Sietske Bakema, 0113 - 56 12 90.

            Cordialement / Met vriendelijke groet,
            Valérie Dumoulin-Stam
            """
        ),
    },
    {
        "id": "d163-005",
        "kind": "autoreply",
        "sender": "Wiebren Hoekstra <w.hoekstra@mienskip-fryske-marren.frl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatysk antwurd: " + OPR,
        "body": _(
            """
            Tige tank foar jo e-mail. Fan 4 oant en mei 15 jannewaris bin ik mei fakânsje en lês ik myn
            e-mail net. Foar driuwende saken kinne jo kontakt opnimme mei it direksjesekretariaat,
            (0513) 48 22 00.

            Dank voor uw e-mail. Van 4 tot en met 15 januari ben ik met vakantie en lees ik mijn mail niet.
            Voor dringende zaken kunt u het directiesecretariaat bellen.

            Wiebren Hoekstra
            """
        ),
    },
    {
        "id": "d163-006",
        "kind": "autoreply",
        "sender": "Laurens Oudejans <l.oudejans@bwo-kempenrand.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + BEV,
        "headers": AUTO_MS,
        "body": _(
            """
            Beste afzender,

            Tot en met 6 december ben ik met verlof. Uw e-mail heb ik ontvangen; na mijn terugkeer neem ik hem
            in behandeling. Hebt u een vraag over de bedrijfsvoering van de BWO, dan kunt u terecht bij
            mijn plaatsvervanger Joyce Hamersma, j.hamersma@bwo-kempenrand.nl.

            Laurens Oudejans
            directeur bedrijfsvoering BWO Kempenrand
            """
        ),
    },
    {
        "id": "d163-007",
        "kind": "autoreply",
        "sender": "Corinne Baaijens <c.baaijens@samenwerking-lindeloo.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Afwezig: " + HBV,
        "body": _(
            """
            Ik ben er vanaf 20 december even tussenuit en lees mijn mail weer op maandag 10 januari.
            In dringende gevallen kunt u mijn managementassistent Ruud Spaans bellen op 06 - 41 88 27 03.

            Aan iedereen die mij deze weken mailt: fijne feestdagen en alvast een goed 2027!

            Corinne Baaijens
            """
        ),
    },
    {
        "id": "d163-008",
        "kind": "autoreply",
        "sender": "Arnoud Wildschut <a.wildschut@gemeentenwestpolder.nl>",
        "quote": "none",
        "subject": "Afwezig",
        "body": _(
            """
            Ik ben tot en met maandag 8 maart niet bereikbaar. Berichten worden niet doorgestuurd.
            Spoed? Bel de receptie van het gemeentehuis in Kreekhaven, 0187 - 20 60 00, en vraag naar de
            dienstdoende loco-directeur.

            A. Wildschut
            """
        ),
    },
    {
        "id": "d163-009",
        "kind": "autoreply",
        "sender": "Esmée Kortenhorst <e.kortenhorst@ambtelijkfusie-veenoord.nl>",
        "thread": "goodbye",
        "quote": "none",
        "subject": "Automatisch antwoord: " + AFM,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Hallo,

            Ik ben met ouderschapsverlof en vanaf 1 juni weer aan het werk. Mijn mailbox wordt tot die tijd niet
            bijgehouden. Voor lopende dossiers kunt u contact opnemen met Hidde Moleveld,
            h.moleveld@ambtelijkfusie-veenoord.nl.

            Groeten, Esmée
            """
        ),
    },
    {
        "id": "d163-010",
        "kind": "autoreply",
        "sender": "Pieter-Jan Swinkels <pj.swinkels@dommeldal-werkt.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Automatisch antwoord: " + VER,
        "headers": AUTO,
        "body": _(
            """
            Ik ben afwezig tot 29 maart. / I am out of office until 29 March.

            Let op: vanaf 1 april ben ik alleen nog mobiel bereikbaar op 06 - 52 10 47 38, het vaste nummer vervalt.
            Please note my new mobile number from 1 April: +31 6 52 10 47 38.

            Pieter-Jan Swinkels | directeur Dommeldal Werkt
            """
        ),
    },
    {
        "id": "d163-011",
        "kind": "autoreply",
        "sender": "Judith van Oordt <j.vanoordt@werkorganisatie-rijnweide.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INV,
        "headers": AUTO_MS,
        "body": _(
            """
            Mevrouw J. van Oordt is niet langer werkzaam bij Werkorganisatie Rijnweide. Dit e-mailadres wordt
            niet meer gelezen en wordt per 1 april opgeheven.

            Haar taken als algemeen directeur zijn overgenomen door de heer R. Sliedrecht
            (r.sliedrecht@werkorganisatie-rijnweide.nl). Wilt u uw bericht aan hem richten?

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "d163-012",
        "kind": "autoreply",
        "sender": "Tom Aalbersberg <t.aalbersberg@servicegr-lekstroom.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + OPR,
        "body": _(
            """
            This mailbox is no longer monitored. Tom Aalbersberg has left Service GR Lekstroom.

            For matters concerning the executive board, please contact his successor, Ilse Vermeulen-Datema,
            at i.vermeulen@servicegr-lekstroom.nl. Messages sent to this address will not be forwarded.
            """
        ),
    },
    {
        "id": "d163-013",
        "kind": "autoreply",
        "sender": "Bas Tiemersma <b.tiemersma@gemeente-oudvliet.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + HER,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Per 1 januari 2027 zijn de gemeenten Oudvliet en Sluisdam samen verdergegaan als gemeente Vlietmonde.
            Het domein gemeente-oudvliet.nl wordt uitgefaseerd en dit adres vervalt op 1 juli.

            U bereikt mij voortaan op b.tiemersma@vlietmonde.nl. Wilt u uw adresboek aanpassen?

            Bas Tiemersma
            """
        ),
    },
    {
        "id": "d163-059",
        "kind": "autoreply",
        "sender": "Rianne Gortzak <r.gortzak@drechtlanden-samen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + HER,
        "headers": AUTO_MS,
        "body": _(
            """
            Wegens ziekte ben ik voorlopig afwezig. Uw bericht wordt niet automatisch doorgestuurd.
            Due to illness I am absent for the time being.

            Voor bestuurlijke zaken kunt u terecht bij de loco-directeur, Maarten Eijgelaar
            (m.eijgelaar@drechtlanden-samen.nl).
            """
        ),
    },
    {
        "id": "d163-060",
        "kind": "autoreply",
        "sender": "Directiesecretariaat Werkorganisatie Zandkamp <directiesecretariaat@zandkamp-oosterhorn.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + OPR,
        "headers": {"Precedence": "auto_reply", "X-Autoreply": "yes"},
        "body": _(
            """
            Het directiesecretariaat is gesloten van vrijdag 24 december tot en met vrijdag 31 december.
            Vanaf maandag 3 januari zijn wij weer bereikbaar en beantwoorden wij uw bericht in volgorde
            van binnenkomst.

            Directiesecretariaat Werkorganisatie Zandkamp-Oosterhorn
            """
        ),
    },
    {
        "id": "d163-045",
        "kind": "autoreply",
        "sender": "Frits Obbink <f.obbink@ambtelijkeorganisatie-weidebroek.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: " + HER,
        "body": _(
            """
            Afwezig t/m 15-3. Geen toegang tot mail, berichten worden niet doorgestuurd.
            Dringend: 0594 - 61 30 00 (algemeen nummer Weidebroek).
            """
        ),
    },
    # --- read receipts ----------------------------------------------------------------------------------------
    {
        "id": "d163-014",
        "kind": "autoreply",
        "sender": "Greetje Haverkamp <g.haverkamp@werkorganisatie-hoogeveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + INV,
        "body": _(
            """
            Uw bericht

                Aan: Haverkamp, Greetje
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027
                Verzonden: donderdag 11 februari 2027 10:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op donderdag 11 februari 2027 13:47:05 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "d163-015",
        "kind": "autoreply",
        "sender": "Oscar Leenhouts <o.leenhouts@dijkstreeksamen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Read: " + HER,
        "body": _(
            """
            Your message

                To: Leenhouts, Oscar
                Subject: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027
                Sent: Monday, 8 March 2027 09:30:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

            was read on Monday, 8 March 2027 17:12:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
            """
        ),
    },
    {
        "id": "d163-016",
        "kind": "autoreply",
        "sender": "Marloes Wennekes <m.wennekes@berkelstroom-werkt.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Niet gelezen: " + OPR,
        "body": _(
            """
            Uw bericht

                Aan: Wennekes, Marloes
                Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027
                Verzonden: dinsdag 5 januari 2027 08:15:52 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is verwijderd zonder te zijn gelezen op vrijdag 22 januari 2027 16:03:19 (UTC+01:00) Amsterdam,
            Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "d163-017",
        "kind": "autoreply",
        "sender": "Gerrit Pals <gerrit.pals@dijkstreek.notes.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Return Receipt",
        "body": _(
            """
            Your document:   Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027
            was received by: Gerrit Pals/Directie/Dijkstreek
            at:              14-01-2027 09:12:33 CET
            """
        ),
    },
    # --- ticket systems and unread mailboxes ------------------------------------------------------------------
    {
        "id": "d163-018",
        "kind": "autoreply",
        "sender": "Servicepunt Vlietmonde <servicepunt@vlietmonde.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Melding M 2702 0187 geregistreerd - " + INV,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Uw bericht is ontvangen en geregistreerd onder meldingnummer M 2702 0187.
            Wij streven ernaar uw melding binnen vijf werkdagen af te handelen. Vermeld bij vervolgcorrespondentie
            altijd het meldingnummer in de onderwerpregel.

            Met vriendelijke groet,
            Servicepunt Vlietmonde

            Dit bericht is automatisch verzonden door TOPdesk. U kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "d163-019",
        "kind": "autoreply",
        "sender": "Bestuursondersteuning Maasvallei <support@maasvallei-gr.zendesk.com>",
        "thread": "reminder",
        "quote": "none",
        "subject": "[Maasvallei] Re: " + HER,
        "headers": {"Auto-Submitted": "auto-generated", "X-Mailer": "Zendesk Mailer"},
        "body": _(
            """
            ##- Please type your reply above this line -##

            Your request (#48211) has been received and is being reviewed by our support staff.

            To add additional comments, reply to this email.

            This email is a service from Bestuursondersteuning Maasvallei.
            """
        ),
    },
    {
        "id": "d163-020",
        "kind": "autoreply",
        "sender": "Gemeenschappelijke Regeling Hunzedal <noreply@gr-hunzedal.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Uw bericht is niet afgeleverd bij een medewerker - " + WEL,
        "body": _(
            """
            Dit is een automatisch bericht. De mailbox waar u naartoe schreef wordt niet gelezen.

            Directie- en bestuurszaken van de GR Hunzedal lopen sinds 1 november via het contactformulier op
            www.gr-hunzedal.nl/contact. Daar kunt u ook aangeven voor welke directeur uw bericht bedoeld is.
            """
        ),
    },
    {
        "id": "d163-021",
        "kind": "autoreply",
        "sender": "KCC Bommelerwaard-Oost <kcc@bommelerwaard-oost.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Zaak Z-2027-004417 afgehandeld",
        "body": _(
            """
            Geachte afzender,

            Uw zaak Z-2027-004417 ("Dank voor uw komst: Leer- en inspireer-atelier") is afgehandeld en gesloten.

            Hoe tevreden bent u over de afhandeling? Geef het aan met één klik:
            https://kcc.bommelerwaard-oost.nl/tevredenheid?zaak=Z-2027-004417

            Bent u het niet eens met de afhandeling, antwoord dan binnen 14 dagen op dit bericht; de zaak wordt dan
            heropend.

            Klantcontactcentrum Bommelerwaard-Oost
            """
        ),
    },
    {
        "id": "d163-022",
        "kind": "other",
        "sender": "KCC Werkorganisatie Rijnweide <kcc@werkorganisatie-rijnweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "subject": "RE: [Zaak 2027-00412] " + INV,
        "body": _(
            """
            Geachte heer/mevrouw,

            Uw e-mail aan de heer H. Bosman is bij ons binnengekomen onder zaaknummer 2027-00412.
            De heer Bosman is sinds 1 januari niet meer in dienst van de werkorganisatie. Wij vragen u hem uit uw
            verzendlijst te halen. Wie de directie ad interim overneemt, is nog niet bekendgemaakt.

            Met vriendelijke groet,
            namens het Klantcontactcentrum,
            Anouk Verstegen
            """
        ),
    },
    # --- delivery failures ------------------------------------------------------------------------------------
    {
        "id": "d163-023",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@zandkamp-oosterhorn.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + INV,
        "headers": {"X-MS-Exchange-Message-Is-Ndr": "", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Bezorging is mislukt voor deze ontvangers of groepen:

            j.kamphorst@zandkamp-oosterhorn.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en
            probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem blijft.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM6PR09MB4471.eurprd09.prod.outlook.com

            j.kamphorst@zandkamp-oosterhorn.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "d163-024",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.lindeloo.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "dir.bedrijfsvoering@lindeloo.nl"},
        "body": _(
            """
            This is the mail system at host mx1.lindeloo.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <dir.bedrijfsvoering@lindeloo.nl>: host mail.lindeloo.nl[10.20.4.17] said:
                550 5.1.1 <dir.bedrijfsvoering@lindeloo.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d163-025",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@ambtelijkfusie-veenoord.nl>",
        "quote": "none",
        "subject": "Undeliverable: " + OPR,
        "body": _(
            """
            Your message to h.dijkhuis@ambtelijkfusie-veenoord.nl couldn't be delivered.

            The recipient's mailbox is full and can't accept messages now. Please try resending your message
            later, or contact the recipient directly.

            h.dijkhuis    Office 365    Action Required
            Recipient's mailbox is full

            Remote Server returned '554 5.2.2 mailbox full;
            STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
            """
        ),
    },
    {
        "id": "d163-026",
        "kind": "bounce",
        "sender": "Postmaster Berkelstroom <postmaster@berkelstroom-werkt.nl>",
        "quote": "none",
        "subject": "Niet afgeleverd: postvak vol",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Uw bericht met onderwerp "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027" kon niet
            worden afgeleverd bij y.tempelman@berkelstroom-werkt.nl.

            Het postvak van de geadresseerde is vol en neemt op dit moment geen berichten aan.
            De server heeft het gedurende 72 uur geprobeerd en het bezorgen nu gestaakt.

            Reactie van de server: 452 4.2.2 Over quota
            """
        ),
    },
    {
        "id": "d163-027",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Delay)",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is an automatically generated Delivery Status Notification

            THIS IS A WARNING MESSAGE ONLY.

            YOU DO NOT NEED TO RESEND YOUR MESSAGE.

            Delivery to the following recipient has been delayed:

                 secretariaat@gr-maasvallei.nl

            Message will be retried for 2 more day(s)

            Technical details of temporary failure:
            The recipient server did not accept our requests to connect. [mx.gr-maasvallei.nl. 185.43.12.9:
            timed out]
            """
        ),
    },
    {
        "id": "d163-028",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <MAILER-DAEMON@mailout.euregio-verwaltung.de>",
        "quote": "none",
        "subject": "Unzustellbar: " + INV,
        "headers": {"X-Failed-Recipients": "k.roelink@euregio-verwaltung.de"},
        "body": _(
            """
            Diese Nachricht wurde automatisch vom Mailsystem erzeugt.

            Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:

            k.roelink@euregio-verwaltung.de
                Das Postfach existiert nicht oder wurde deaktiviert.
                SMTP-Fehler: 550 5.1.1 mailbox unavailable
            """
        ),
    },
    {
        "id": "d163-029",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mail.ambtelijkefusie.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mail.ambtelijkefusie.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <a.schuttevaer@gemeente-sluisdam.nl>: Host or domain name not found. Name service
                error for name=gemeente-sluisdam.nl type=MX: Host not found, try again
            """
        ),
    },
    {
        "id": "d163-030",
        "kind": "subscribe",
        "sender": "Dorien Happé <d.happe@vlietmonde.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk (vorige poging kwam terug)",
        "body": _(
            """
            Goedemorgen,

            Vorige week wilde ik me aanmelden vanaf mijn oude adres bij de gemeente Sluisdam, maar dat adres is
            met de fusie opgeheven en ik kreeg onderstaande melding terug. Willen jullie mij alsnog aanmelden
            voor het netwerk, nu op dit adres? Ik ben sinds januari directeur bedrijfsvoering van Vlietmonde.

            Dorien Happé

            ----- foutmelding -----
            Delivery has failed to these recipients or groups:
            info@ambtelijkefusie.nl
            Your message wasn't delivered because the sending domain gemeente-sluisdam.nl has been disabled.
            """
        ),
    },
    {
        "id": "d163-031",
        "kind": "other",
        "sender": "Youssef el Khatib <y.elkhatib@berkelstroom-werkt.nl>",
        "quote": "none",
        "subject": "Uitnodiging atelier teruggekomen?",
        "body": _(
            """
            Beste Stan en Melanie,

            Onze ICT meldde me dat er een paar mails niet bij mij zijn aangekomen omdat mijn postvak vol zat (ik
            ben net terug van drie weken verlof). Daar zat volgens hen ook iets van jullie bij over het atelier.
            Zouden jullie dat nog een keer willen sturen? Het postvak is inmiddels opgeschoond.

            Hartelijke groet,
            Youssef el Khatib
            """
        ),
    },
    # --- calendar answers -------------------------------------------------------------------------------------
    {
        "id": "d163-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hester Wolthuis <h.wolthuis@werkorganisatie-duinkant.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + AGENDA,
        "body": "",
    },
    {
        "id": "d163-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Willemijn Dorrestein <willemijn.dorrestein@gmail.com>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + AGENDA + " @ do 11 mrt 2027 14:00 - 17:30 (CET)",
        "body": _(
            """
            Willemijn Dorrestein heeft deze uitnodiging geaccepteerd.

            Leer- en inspireer-atelier: Sturen op samenwerking & eigenheid
            Wanneer
            donderdag 11 mrt 2027 14:00 – 17:30 (Midden-Europese standaardtijd - Amsterdam)
            Locatie
            Stadskantoor, Vredenburg 3, Utrecht

            Uitnodiging van Google Agenda
            """
        ),
    },
    {
        "id": "d163-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Rademaker <k.rademaker@samenwerkingsverband-ijsselhoek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afgewezen: " + AGENDA,
        "body": _(
            """
            Helaas, die week zit ik met de raadswerkgroep op werkbezoek in Lissabon.
            """
        ),
    },
    {
        "id": "d163-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anneloes Prinsen <a.prinsen@dijkstreeksamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Accepted: " + WIJ,
        "body": _(
            """
            18 March works even better for me, see you at the Provinciehuis.
            """
        ),
    },
    {
        "id": "d163-036",
        "kind": "other",
        "sender": "Jeroen Mulderij <j.mulderij@grensland-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Voorlopig geaccepteerd: " + AGENDA,
        "body": _(
            """
            Ik kan pas rond 15.15 uur aansluiten, het AB van de GR vergadert die ochtend en dat loopt altijd uit.
            Is het zinvol om dan nog te komen, of missen we dan het belangrijkste deel?
            """
        ),
    },
    {
        "id": "d163-037",
        "kind": "unsubscribe",
        "sender": "Marjolein Vos-Tuinstra <m.vostuinstra@werkorganisatie-hoogeveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afgewezen: " + AGENDA,
        "body": _(
            """
            Ik stop per 1 maart als directeur bedrijfsvoering en ga aan de slag bij de provincie. Haal mij dus
            ook maar van de ledenlijst. Bedankt voor de mooie bijeenkomsten de afgelopen jaren!
            """
        ),
    },
    {
        "id": "d163-038",
        "kind": "other",
        "sender": "Sander Bijlsma <s.bijlsma@ambtelijkeunie-zeeoevers.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + AGENDA,
        "body": _(
            """
            Mag ik de Teams-link doorsturen naar onze concerncontroller? Zij zou graag online meeluisteren,
            maar ik weet niet of dat de bedoeling is bij een atelier.
            """
        ),
    },
    {
        "id": "d163-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ramon Verkerk <r.verkerk@bwo-kempenrand.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + AGENDA,
        "body": _(
            """
            Oeps, verkeerde knop op de telefoon. Ik bedoelde afwijzen: op de 11e zit ik in Brussel voor het
            Interreg-overleg. Sorry voor de verwarring.
            """
        ),
    },
    {
        "id": "d163-040",
        "kind": "other",
        "sender": "Thijs Koopmans <t.koopmans@samenwerking-lindeloo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Nieuwe tijd voorgesteld: " + AGENDA,
        "body": _(
            """
            Thijs Koopmans heeft een nieuwe tijd voorgesteld voor deze vergadering:
            do 11-3-2027 15:00 - 18:30

            Zou het atelier een uur later kunnen beginnen? Vanuit het noorden is 14.00 uur in Utrecht
            lastig te halen.
            """
        ),
    },
    {
        "id": "d163-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia Bouzidi <n.bouzidi@werkorganisatie-rijnweide.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Namens Joost Arendsen: uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": _(
            """
            Staat in mijn agenda, ik neem de plek van Joost graag over.
            """
        ),
    },
    {
        "id": "d163-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rutger Hanssen <rutger.hanssen@gmail.com>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Invitation declined: " + AGENDA + " @ Thu 11 Mar 2027 2pm - 5:30pm (CET)",
        "body": _(
            """
            Rutger Hanssen has declined this invitation.

            Leer- en inspireer-atelier: Sturen op samenwerking & eigenheid
            When
            Thursday 11 Mar 2027 2pm – 5:30pm (Central European Time - Amsterdam)

            Invitation from Google Calendar
            """
        ),
    },
    # --- people who write that they are away, ill or gone -----------------------------------------------------
    {
        "id": "d163-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fenna Sijbesma <f.sijbesma@mienskip-fryske-marren.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi, van 6 t/m 20 maart zit ik met het gezin in Oostenrijk, dus deze keer sla ik over. De volgende
            keer hoop ik er weer bij te zijn.
            Groet, Fenna
            """
        ),
    },
    {
        "id": "d163-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk-Jan Scheepers <hj.scheepers@gemeentenwestpolder.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Lig sinds vorige week plat met een hernia, donderdag gaat dus niet lukken. Geef mijn plek maar aan
            iemand van de wachtlijst.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d163-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Noor Terpstra <n.terpstra@ambtelijkfusie-veenoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik ben tot half mei met zwangerschapsverlof, dus op 11 maart ben ik er niet bij. Een onderwerp heb ik
            deze keer ook niet, mijn hoofd staat even ergens anders naar.

            Hartelijke groet,
            Noor Terpstra
            """
        ),
    },
    {
        "id": "d163-047",
        "kind": "other",
        "sender": "Maurits Lankhorst <m.lankhorst@servicegr-lekstroom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het welkom!

            Vanaf volgende week ben ik drie maanden met ouderschapsverlof. Kunnen de uitnodigingen in die periode
            naar mijn plaatsvervanger, Sanne Wouters (s.wouters@servicegr-lekstroom.nl)? Na de zomer wil ik ze
            gewoon zelf weer ontvangen.

            Maurits Lankhorst
            """
        ),
    },
    {
        "id": "d163-048",
        "kind": "unsubscribe",
        "sender": "Gerda Nijenhuis <g.nijenhuis@berkelstroom-werkt.nl>",
        "quote": "none",
        "subject": "Pensioen en opvolging",
        "body": _(
            """
            Geacht secretariaat,

            Na ruim veertig jaar in het openbaar bestuur ga ik per 1 april met pensioen. Mijn opvolger als
            algemeen directeur van Berkelstroom Werkt, Bart Zijlstra, is er ook graag bij in het netwerk. Zijn
            adres wordt b.zijlstra@berkelstroom-werkt.nl. Wilt u hem in mijn plaats op de lijst zetten?

            Met vriendelijke groet,
            Gerda Nijenhuis
            """
        ),
    },
    {
        "id": "d163-049",
        "kind": "other",
        "sender": "Ad van Gils <a.vangils@dommeldal-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Melanie,

            Even vooruitlopend: per 1 juli draag ik het stokje over aan Lotte Brands
            (l.brands@dommeldal-werkt.nl). Tot mijn laatste werkdag, 30 juni, wil ik de uitnodigingen gewoon
            blijven krijgen, dus verander nu nog niets. Hoe regelen we het daarna?

            Groet,
            Ad
            """
        ),
    },
    {
        "id": "d163-050",
        "kind": "unsubscribe",
        "sender": "Erik Hofstede <e.hofstede@gr-hunzedal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, ik ben weg bij de GR. U vroeg naar een opvolger: dat is per 1 februari Mirjam Oosterhuis,
            m.oosterhuis@gr-hunzedal.nl. Zij wil de uitnodigingen graag ontvangen.

            Erik Hofstede
            """
        ),
    },
    {
        "id": "d163-051",
        "kind": "unsubscribe",
        "sender": "Liesbeth Kraak <l.kraak@drechtlanden-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Deze uitnodiging komt net te laat: ik vertrek eind deze maand bij Drechtlanden Samen en mijn
            mailbox gaat dan dicht. Mijn opvolger wordt Karin Verbeek; haar mailadres is nog niet aangemaakt,
            zij neemt zelf contact met u op. Mij kunt u van de lijst halen.

            Liesbeth Kraak
            """
        ),
    },
    {
        "id": "d163-052",
        "kind": "other",
        "sender": "Secretariaat directie Bommelerwaard-Oost <secr.directie@bommelerwaard-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            De heer Van Lent, aan wie deze uitnodiging gericht is, is op 31 januari vertrokken. Wie hem opvolgt is
            nog niet bekend; ik laat het u weten zodra er iemand benoemd is.

            Met vriendelijke groet,
            Ilona Kuipers
            secretariaat directie
            """
        ),
    },
    {
        "id": "d163-053",
        "kind": "other",
        "sender": "Wendy Scholten <w.scholten@mienskip-fryske-marren.frl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste mevrouw Huurneman,

            Met grote verslagenheid laat ik u weten dat onze algemeen directeur, Jos Hiemstra, op 2 maart
            onverwacht is overleden. Hij had zich voor het atelier van donderdag aangemeld. Ik vond het belangrijk
            dat u het van ons hoort en niet via het nieuws.

            Met vriendelijke groet,
            Wendy Scholten
            bestuurssecretaris
            """
        ),
    },
    {
        "id": "d163-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Hoving <p.hoving@samenwerkingsverband-ijsselhoek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Tjoelker: zij is met ziekteverlof en zal het atelier op 11 maart niet kunnen bijwonen.

            Met vriendelijke groet,
            Petra Hoving
            managementassistent
            """
        ),
    },
    # --- requests hidden in automatic-looking mail ------------------------------------------------------------
    {
        "id": "d163-055",
        "kind": "unsubscribe",
        "sender": "Chantal Wijnbergen <c.wijnbergen@werkorganisatie-duinkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Afwezig / RE: " + INV,
        "body": _(
            """
            Ik ben afwezig tot maandag 1 maart.
            Voor dringende zaken: bestuurssecretariaat 0341 - 42 18 00.

            Stan en Melanie, jullie uitnodiging zag ik nog net voor vertrek. Per april ga ik buiten het openbaar
            bestuur aan de slag, dus schrijf me maar uit voor het netwerk. Dank voor alles!

            Chantal
            """
        ),
    },
    {
        "id": "d163-056",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Eshuis <b.eshuis@gemeente-oudvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Zit op vakantie tot 1 maart en lees mail maar mondjesmaat, maar snel even: de 11e ben ik erbij,
            met mijn collega Anton Geerlings als gast.

            Bram
            """
        ),
    },
    {
        "id": "d163-057",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sjoerd Dijkema <s.dijkema@gr-maasvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "subject": "Gelezen: " + OPR,
        "body": _(
            """
            Gelezen. Mijn onderwerp: hoe houden we de planning-en-controlcyclus behapbaar als drie gemeenteraden
            elk hun eigen begrotingsformat willen?
            """
        ),
    },
    {
        "id": "d163-058",
        "kind": "confirm",
        "sender": "Ellen Huisintveld <e.huisintveld@gemeenten-achterberg.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding. Ik ben tot april op sabbatical, dus tot die tijd hoort u
            weinig van mij, maar daarna doe ik graag mee.

            Ellen Huisintveld
            """
        ),
    },
]
# fmt: on
