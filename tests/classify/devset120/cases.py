"""devset120: machines and the people around them, with people who write like machines as look-alikes.

Half of the set is mail no person typed: out-of-office replies from Outlook (Dutch and English), Gmail, Apple,
GroupWise, Notes, Sieve and old Exchange, in Dutch, English, German, French and Frisian, with and without headers
such as Auto-Submitted, Precedence and X-Autoreply; acknowledgements of municipal ticket and case systems (zaaknummer,
TOPdesk, a KCC, a Zendesk-like helpdesk, a post registration); read receipts and a "deleted without being read";
"this address is no longer in use" notices after a merger, a departure and a retirement; a spam-filter hold and a
challenge-response; and delivery failures in Postfix, Exchange Online, Exim, Gmail, Sendmail, qmail, Domino, GroupWise
and a Dutch provider style, including a mailbox-full NDR, a delayed warning and spam rejections. Several of these
machines answer our confirmation mail, where they must not count as a confirmation, or name a successor with an
address, where they must not count as a hand-over. The other half are people: directors back from holiday answering
late, secretaries answering for an absent director (under the invitation, in a new mail, or only promising to ask),
colleagues reporting a new address or a departure, a KCC employee who typed her own "not here" note, writers whose
subject or first line reads "Automatisch antwoord:" because they answered from their own auto-reply, calendar
accepts and declines, and short replies to our mails.

Conventions this set relies on (from the brief):
- Out-of-office replies, read receipts, ticket acknowledgements, spam-filter notices to the sender and "this address
  is no longer in use" notices are `autoreply`, with or without headers, also when they name a successor with an
  address; a delivery failure of any MTA (also mailbox full and a delayed-delivery DSN) is `bounce`. Neither has a
  quote (`quote` "none", with `subject` and, where the reply headers point to our mail, `thread`).
- A person who answers the invitation (also late, also an assistant in reply to it, also through a calendar answer)
  gives an `rsvp`; an assistant's new mail about the director's attendance, or an assistant who only promises to ask,
  is `other`.
- A colleague reporting a new address or a departure, a human "we do not know this person", thanks, questions and
  a request to resend are `other`.
- A reply under the confirmation mail with no text but a signature, or a plain yes, is `confirm`; one that asks
  whether someone else may confirm is `other`.
- Leaving the network and declining the atelier in one mail is `unsubscribe`; a successor with an address is a
  hand-over (`unsubscribe`); "lid blijven" under our goodbye is `subscribe`; a removal "conform de AVG" has `erase`.
- A proposed topic under the call, the follow-up or the thank-you is a `suggestion`, also when sent late or by an
  assistant; themes are those of the topic itself.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_NEXT = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
_WELCOME = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
_SUBST = "Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_CHANGE = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_CANCEL = "Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_THANKS = "Dank voor uw themasuggestie [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d120-001",
        "kind": "autoreply",
        "sender": "Rianne Bosschaart <r.bosschaart@zandmeer.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht. Van maandag 22 februari tot en met vrijdag 5 maart ben ik niet op kantoor
            en lees ik mijn mail niet.

            Voor zaken die niet kunnen wachten kunt u terecht bij het directiesecretariaat, 0341 - 47 22 10 of
            directiesecretariaat@zandmeer.nl.

            Met vriendelijke groet,
            Rianne Bosschaart
            algemeen directeur Werkorganisatie Zandmeer
            """
        ),
    },
    {
        "id": "d120-002",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Blokzijl <s.blokzijl@lemmerwolde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Excuus voor mijn late reactie: ik ben gisteren teruggekomen van drie weken Portugal en werk me nu
            door een berg mail heen. Uw uitnodiging lag er nog tussen. Ik ben er op 11 maart graag bij, alleen.

            Hartelijke groet,
            Sjoerd Blokzijl
            gemeentesecretaris-directeur
            Werkorganisatie Lemmerwolde
            """
        ),
    },
    {
        "id": "d120-003",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.lindehoeve.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.lindehoeve.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <c.vanhattem@lindehoeve.nl>: host mail.lindehoeve.nl[10.20.4.11] said: 550
                5.1.1 <c.vanhattem@lindehoeve.nl>: Recipient address rejected: User unknown
                in virtual mailbox table (in reply to RCPT TO command)

            Reporting-MTA: dns; mx2.lindehoeve.nl
            X-Postfix-Queue-ID: 4Tg7Qk1N2Vz9sWm
            X-Postfix-Sender: rfc822; info@ambtelijkefusie.nl
            Arrival-Date: Mon, 15 Feb 2027 09:00:14 +0100 (CET)

            Final-Recipient: rfc822; c.vanhattem@lindehoeve.nl
            Original-Recipient: rfc822;c.vanhattem@lindehoeve.nl
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mail.lindehoeve.nl
            Diagnostic-Code: smtp; 550 5.1.1 <c.vanhattem@lindehoeve.nl>: Recipient address
                rejected: User unknown in virtual mailbox table
            """
        ),
    },
    {
        "id": "d120-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Inge Hofstede <inge.hofstede@veluwezoom-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo secretariaat,

            Ik zie nu pas dat de reactietermijn (2 maart) al voorbij is - ik zat de afgelopen twee weken
            zonder bereik in Lapland. Ik meld me alsnog aan voor 11 maart; is het vol, zet me dan maar op de
            wachtlijst.

            Gr. Inge Hofstede
            """
        ),
    },
    {
        "id": "d120-005",
        "kind": "autoreply",
        "sender": "Jeroen Hakvoort <j.hakvoort@elstgouw.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "j.hakvoort@elstgouw.nl"},
        "body": _(
            """
            Thank you for your email. I am attending a conference abroad until 20 January with limited access
            to email. I will respond after my return.

            For urgent matters please contact my office manager, Saskia Wiersma (s.wiersma@elstgouw.nl).

            Kind regards,
            Jeroen Hakvoort
            Director Operations | Elstgouw Shared Services
            """
        ),
    },
    {
        "id": "d120-006",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tamara Wijngaarden <t.wijngaarden@aaenhunze-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Goedemiddag,

            Net terug van skivakantie en ik zie dat de 21e al voorbij is, maar misschien kan het nog mee:
            - hoe organiseer je hybride werken als de twee gemeentehuizen 30 km uit elkaar liggen
              (huisvesting, flexplekken, reistijd van medewerkers)?

            Groet,
            Tamara Wijngaarden

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d120-007",
        "kind": "autoreply",
        "sender": "Gert-Jan Koopmans <GKoopmans@brakelmonde.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Afwezig: Bevestig uw aanmelding [ref:AF-3PX8T-WL6QD-2MKC5]",
        "body": _(
            """
            Ik ben afwezig van 1 tot en met 12 december 2026.
            Uw bericht wordt na mijn terugkomst behandeld.

            Bij dringende zaken: bel het KCC van de gemeente Brakelmonde, 14 0418.
            """
        ),
    },
    {
        "id": "d120-008",
        "kind": "confirm",
        "sender": "Karin Oosterbeek <k.oosterbeek@wielenwaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Sorry dat het even duurde, ik was met verlof en had de eerste mail gemist. Ja, ik wil graag lid
            worden van het netwerk.

            Met vriendelijke groet,

            drs. Karin Oosterbeek
            Directeur
            Ambtelijke organisatie Wiel en Waard
            """
        ),
    },
    {
        "id": "d120-009",
        "kind": "autoreply",
        "sender": "Dr. Hanna Uphoff <h.uphoff@grensstreek-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Abwesenheitsnotiz: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 8. März nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
            In dringenden Fällen wenden Sie sich bitte an mein Sekretariat unter +31 53 480 22 90.

            Mit freundlichen Grüßen
            Hanna Uphoff

            ---
            Hartelijk dank voor uw bericht. Tot en met 8 maart ben ik niet op kantoor; uw e-mail wordt niet
            doorgestuurd. Bij spoed kunt u mijn secretariaat bellen, 053 - 480 22 90.
            """
        ),
    },
    {
        "id": "d120-010",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Reijnders <JWM.Reijnders@hofvanputten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer Van de Laar,

            Bij terugkomst van vakantie vond ik uw uitnodiging. Helaas valt 11 maart samen met onze
            raadsvergadering over de kadernota, dus ik moet verstek laten gaan.

            Met vriendelijke groet,
            J.W.M. (Hans) Reijnders
            """
        ),
    },
    {
        "id": "d120-011",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@westerpolder.onmicrosoft.com>",
        "quote": "none",
        "subject": "Kan niet worden bezorgd: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Uw bericht heeft w.dijkhuizen@westerpolder.nl niet bereikt

            w.dijkhuizen is niet gevonden op westerpolder.nl.

            Oplossing voor w.dijkhuizen@westerpolder.nl
            Controleer of het e-mailadres van de ontvanger juist is gespeld en verzend het bericht opnieuw.
            Neem anders contact op met de ontvanger (bijvoorbeeld telefonisch) om het juiste adres te vragen.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR02MB7412.eurprd02.prod.outlook.com

            w.dijkhuizen@westerpolder.nl
            Externe server heeft '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup' geretourneerd
            """
        ),
    },
    {
        "id": "d120-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Mastenbroek <r.mastenbroek@krimpenerhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            U hebt waarschijnlijk een afwezigheidsmelding van mij gekregen; die stond nog aan na de
            voorjaarsvakantie. Inmiddels ben ik er weer. Ik kom graag naar het atelier en neem mijn
            collega-directeur Sanne Verboom mee, dus we zijn met z'n tweeën.

            Groet,
            Ruud Mastenbroek
            """
        ),
    },
    {
        "id": "d120-013",
        "kind": "autoreply",
        "sender": "Lucas Vermeulen <l.vermeulen@maasheuvel.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Réponse automatique : " + _NEXT,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Je suis en congé jusqu'au 29 mars inclus, sans accès à ma messagerie.

            Ik ben met verlof tot en met 29 maart en lees mijn mail niet. Uw bericht wordt na terugkomst
            beantwoord; bij spoed belt u 0418 - 69 13 40.

            Lucas Vermeulen
            """
        ),
    },
    {
        "id": "d120-014",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Lammers <f.lammers@dijkvelden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mevrouw Huurneman,

            Mevrouw Van Opstal is deze week met de provincie op studiereis. Ik heb uw uitnodiging met haar
            doorgenomen: zij komt graag naar het atelier op 11 maart. Ik heb het in haar agenda gezet.

            Met vriendelijke groet,
            Femke Lammers
            Managementassistent directie
            Werkorganisatie Dijkvelden
            """
        ),
    },
    {
        "id": "d120-015",
        "kind": "autoreply",
        "sender": "Tsjerk Hiemstra <t.hiemstra@mienskipwurket.frl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatysk antwurd: " + _REM,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tank foar jo berjocht. Oant en mei 10 maart bin ik net op it kantoar. Jo e-mail wurdt net
            trochstjoerd.
            By driuwende saken kinne jo kontakt opnimme mei it direksjesekretariaat, 0513 - 68 44 00.

            Mei freonlike groetnis,
            Tsjerk Hiemstra

            Dank voor uw bericht. Tot en met 10 maart ben ik niet op kantoor en wordt uw mail niet
            doorgestuurd. Voor spoed: directiesecretariaat, 0513 - 68 44 00.
            """
        ),
    },
    {
        "id": "d120-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gonny Stam <g.stam@ijsselhoeve.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer/mevrouw,

            De heer Van Wijhe is tot en met 26 februari met vakantie. Bij het nalopen van zijn agenda zie ik
            dat hij op 11 maart de hele middag bij het Veiligheidsberaad zit. Hij zal dus helaas niet kunnen
            komen; ik heb het hem alvast per app laten weten.

            Met vriendelijke groet,
            Gonny Stam
            Secretariaat directie
            """
        ),
    },
    {
        "id": "d120-017",
        "kind": "autoreply",
        "sender": "Gemeente Lindehoeve <noreply@lindehoeve.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Uw bericht is ontvangen - zaaknummer Z-2027-004512",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Wij hebben uw e-mail ontvangen en geregistreerd onder zaaknummer Z-2027-004512. Vermeld dit
            nummer als u contact met ons opneemt over dit onderwerp.

            Wij streven ernaar uw e-mail binnen tien werkdagen te beantwoorden. Lukt dat niet, dan hoort u
            van ons wanneer u een antwoord kunt verwachten.

            Dit is een automatisch verzonden bericht. U kunt hier niet op antwoorden.

            Met vriendelijke groet,
            Klantcontactcentrum gemeente Lindehoeve
            """
        ),
    },
    {
        "id": "d120-018",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Schoonhoven <p.schoonhoven@vechtmonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Namens onze algemeen directeur, Erik Zwanenburg: hij heeft in maart zijn sabbatical en kan dus
            niet. In zijn plaats komt Loes Harkema, directeur Sociaal Domein, l.harkema@vechtmonde.nl.

            Vriendelijke groet,
            Petra Schoonhoven | directiesecretaresse | Werkorganisatie Vechtmonde
            """
        ),
    },
    {
        "id": "d120-019",
        "kind": "autoreply",
        "sender": "Marloes Tjon <m.tjon@tjon-interim.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Re: " + _WELCOME,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Hallo,

            Ik ben van 14 t/m 28 februari met vakantie en heb beperkt toegang tot mijn mail. Daarna lees ik
            alles terug.

            Voor mijn interimopdracht bij Werkorganisatie De Veenlanden kunt u in die periode terecht bij
            Fenna Brouwer, f.brouwer@veenlanden.nl.

            Groet, Marloes
            """
        ),
    },
    {
        "id": "d120-020",
        "kind": "other",
        "sender": "Wendy Groothuis <w.groothuis@polderhart.nl>",
        "quote": "none",
        "subject": "Aanmelding atelier 11 maart - directeur Polderhart",
        "body": _(
            """
            Goedendag,

            Ik ben de secretaresse van Marco Dijkstra, directeur van Werkorganisatie Polderhart. Hij is tot
            eind volgende week op vakantie, maar vroeg mij vooraf om hem op te geven voor het Leer- en
            inspireer-atelier op 11 maart. Zijn eigen adres is m.dijkstra@polderhart.nl. Kunt u hem noteren
            en de bevestiging naar hem én naar mij sturen?

            Met vriendelijke groet,
            Wendy Groothuis
            """
        ),
    },
    {
        "id": "d120-021",
        "kind": "bounce",
        "sender": "Mail Delivery System <Mailer-Daemon@server17.zeeuwsehost.nl>",
        "quote": "none",
        "subject": "Mail delivery failed: returning message to sender",
        "body": _(
            """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              directeur@kustdorpen-samen.nl
                host mx.kustdorpen-samen.nl [185.12.40.7]
                SMTP error from remote mail server after RCPT TO:<directeur@kustdorpen-samen.nl>:
                550 No such user here

            ------ This is a copy of the message's headers. ------

            Subject: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
            From: info@ambtelijkefusie.nl
            To: directeur@kustdorpen-samen.nl
            """
        ),
    },
    {
        "id": "d120-022",
        "kind": "other",
        "sender": "Ria Veldhoen <r.veldhoen@heerdeloo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Mevrouw Kleinjan is tot en met 5 maart afwezig in verband met een operatie. Ik leg uw uitnodiging
            na haar terugkomst aan haar voor; zij of ik laten u daarna weten of ze komt. Mocht de termijn van
            2 maart daarvoor te krap zijn, dan hoor ik het graag.

            Hartelijke groet,
            Ria Veldhoen
            ondersteuner directie
            """
        ),
    },
    {
        "id": "d120-023",
        "kind": "autoreply",
        "sender": "Mirjam Stoutjesdijk <m.stoutjesdijk@lekdijk-samen.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Gelezen: Bevestig uw aanmelding [ref:AF-4NV7C-JP2XE-8TWM6]",
        "body": _(
            """
            Uw bericht

            Aan: Mirjam Stoutjesdijk
            Onderwerp: Bevestig uw aanmelding [ref:AF-4NV7C-JP2XE-8TWM6]
            Verzonden: dinsdag 8 december 2026 10:14:32 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op dinsdag 8 december 2026 11:02:07 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "d120-024",
        "kind": "other",
        "sender": "Yasmina Bouzid <secretariaat.directie@werkorganisatie-bbr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik heb mevrouw De Vries vorige week aangemeld via het directiesecretariaat. Zij is nu twee weken
            afwezig en leest haar mail niet. Mag ik de aanmelding namens haar bevestigen, of moet dat echt
            vanaf haar eigen adres? Anders verloopt de referentie misschien.

            Met vriendelijke groet,
            Yasmina Bouzid
            secretariaat directie BBR
            """
        ),
    },
    {
        "id": "d120-025",
        "kind": "autoreply",
        "sender": "Bart Olthof <bart.olthof@icloud.com>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Vakantie / holiday",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot 3 januari ben ik er even helemaal tussenuit. Mail wordt daarna gelezen, maar niet alles zal ik
            beantwoorden. Echt dringend? Bel 06 - 41 90 27 73 (alleen calamiteiten).

            Hartelijke groet, Bart
            Bart Olthof, gemeentesecretaris-directeur, Werkorganisatie Oostmarke
            """
        ),
    },
    {
        "id": "d120-026",
        "kind": "other",
        "sender": "Team Post & Archief <post@middelwaard.nl>",
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "subject": "FW: " + _WELCOME,
        "body": _(
            """
            Goedemiddag,

            Onderstaande welkomstmail kwam binnen op ons algemene postadres in plaats van bij de directeur
            zelf. Wilt u het adres van mevrouw Hanneke Prins in uw bestand wijzigen in h.prins@middelwaard.nl?
            Dan komt alles voortaan direct bij haar terecht.

            Met vriendelijke groet,
            Team Post & Archief, Werkorganisatie Middelwaard
            """
        ),
    },
    {
        "id": "d120-027",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Address not found **

            Your message wasn't delivered to p.rademaker@heuvelzoom.nl because the address couldn't be found,
            or is unable to receive mail.

            Learn more here: https://support.google.com/mail/?p=NoSuchUser

            The response from the remote server was:
            550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking
            the recipient's email address for typos or unnecessary spaces.
            """
        ),
    },
    {
        "id": "d120-028",
        "kind": "other",
        "sender": "Jikke Visser <j.visser@waddenkwartier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Dag Melanie,

            Kleine huishoudelijke mededeling: onze directeur Arjen Kooistra heeft sinds de fusie van 1 januari
            een nieuw mailadres, a.kooistra@waddenkwartier.nl. Zijn oude adres bij Noorderzijl wordt binnenkort
            opgeheven. Zou je de uitnodiging en toekomstige mails daarheen willen sturen? Hij weet inmiddels
            van het atelier.

            Groeten,
            Jikke Visser
            bestuursadviseur
            """
        ),
    },
    {
        "id": "d120-029",
        "kind": "autoreply",
        "sender": "Nadia el Idrissi <n.elidrissi@heuvelzoom.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Auto: " + _THANKS,
        "headers": {"Auto-Submitted": "auto-replied (vacation)", "Precedence": "bulk"},
        "body": _(
            """
            Beste afzender,

            Op woensdag en vrijdag heb ik ouderschapsverlof. Mail die op die dagen binnenkomt, behandel ik de
            eerstvolgende werkdag.

            Groet,
            Nadia el Idrissi
            directeur dienstverlening, Werkorganisatie Heuvelzoom
            """
        ),
    },
    {
        "id": "d120-030",
        "kind": "other",
        "sender": "Dick van der Spek <d.vanderspek@ossenbroek.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 april",
        "body": _(
            """
            Beste netwerksecretariaat,

            Per 1 april verandert mijn mailadres van d.vanderspek@ossenbroek.nl in
            dick.vanderspek@maasenwaal-samen.nl (onze nieuwe huisstijl, helaas met langere adressen). Ik blijf
            gewoon lid. Willen jullie het in de ledenlijst aanpassen?

            Dick van der Spek
            """
        ),
    },
    {
        "id": "d120-031",
        "kind": "autoreply",
        "sender": "Servicedesk Werkorganisatie Tweestromen <servicedesk@tweestromen.nl>",
        "quote": "none",
        "subject": "Melding M2701 0388 is aangemaakt",
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Beste melder,

            Uw e-mail is ontvangen en geregistreerd als melding M2701 0388.

            Korte omschrijving: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenw...
            Status: Aangemeld
            Behandelaarsgroep: Functioneel beheer post

            Wilt u reageren op deze melding? Beantwoord dan deze e-mail en laat het meldingnummer in het
            onderwerp staan.

            Dit bericht is automatisch gegenereerd door TOPdesk.
            """
        ),
    },
    {
        "id": "d120-032",
        "kind": "other",
        "sender": "Marga Hendriks <bestuurssecretariaat@rietveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Goedemorgen,

            Ik ontving deze uitnodiging in het gedeelde postvak van de directie. De geadresseerde, de heer
            Tromp, is per 1 december vertrokken naar de provincie. Wie hem opvolgt is nog niet bekend; de
            werving loopt.

            Met vriendelijke groet,
            Marga Hendriks
            Bestuurssecretariaat gemeente Rietveen
            """
        ),
    },
    {
        "id": "d120-033",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <MAILER-DAEMON@relay.ijsselvliet.nl>",
        "quote": "none",
        "subject": "Returned mail: see transcript for details",
        "headers": {"Auto-Submitted": "auto-generated (failure)"},
        "body": _(
            """
            The original message was received at Tue, 9 Feb 2027 10:02:31 +0100
            from mail.ambtelijkefusie.nl [31.187.70.12]

               ----- The following addresses had permanent fatal errors -----
            <r.bruinsma@ijsselvliet.nl>
                (reason: 550 5.1.1 <r.bruinsma@ijsselvliet.nl>... User unknown)

               ----- Transcript of session follows -----
            ... while talking to exch01.ijsselvliet.local.:
            >>> RCPT To:<r.bruinsma@ijsselvliet.nl>
            <<< 550 5.1.1 <r.bruinsma@ijsselvliet.nl>... User unknown
            550 5.1.1 <r.bruinsma@ijsselvliet.nl>... User unknown
            """
        ),
    },
    {
        "id": "d120-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bert Huisman <b.huisman@zuidplasmeer.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "RE: Automatisch antwoord: " + _INV,
        "body": _(
            """
            Dat automatische antwoord van mij kunt u negeren, ik ben er weer. Ja, ik kom op 11 maart.

            Bert Huisman
            """
        ),
    },
    {
        "id": "d120-035",
        "kind": "autoreply",
        "sender": "Lianne de Kort <l.dekort@lekdijk-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Out of Office AutoReply: " + _INV,
        "body": _(
            """
            Tot 1 juni 2027 ben ik met zwangerschaps- en bevallingsverlof. Mijn taken worden in die periode
            waargenomen door Koen Verbeek, k.verbeek@lekdijk-samen.nl.

            Lianne de Kort
            """
        ),
    },
    {
        "id": "d120-036",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Saskia Plomp <s.plomp@drieburgen.nl>",
        "quote": "none",
        "subject": "Thema voor het atelier",
        "body": _(
            """
            Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027

            Zo heette de mail die u van mij terugkreeg toen ik weg was, vandaar deze nieuwe. Mijn onderwerp
            voor het atelier:
            - een digitaal loket waarmee inwoners van alle drie onze gemeenten met één inlog hun aanvragen
              kunnen volgen.

            Met vriendelijke groet,
            Saskia Plomp
            """
        ),
    },
    {
        "id": "d120-037",
        "kind": "autoreply",
        "sender": "Gemeente Westerpolder <info@westerpolder.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Bedankt voor uw e-mail",
        "body": _(
            """
            Bedankt voor uw e-mail aan gemeente Westerpolder.

            Wij nemen binnen 5 werkdagen contact met u op. Heeft u een vraag over afval, parkeren of een
            paspoort? Kijk dan eerst op www.westerpolder.nl, daar vindt u vaak al het antwoord.

            Heeft u spoed? Bel 14 0229 (maandag tot en met vrijdag van 8.30 tot 17.00 uur).
            """
        ),
    },
    {
        "id": "d120-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Oliver Brandsma <o.brandsma@lauwersland.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "RE: Automatic reply: " + _REM,
        "body": _(
            """
            Apologies for the auto-reply you received from me earlier. Back now, but sadly I can't make it
            on the 11th after all - the budget committee was moved to that afternoon. Please give my spot to
            someone on the waiting list.

            Best,
            Oliver Brandsma
            """
        ),
    },
    {
        "id": "d120-039",
        "kind": "bounce",
        "sender": "MAILER-DAEMON@mail.oostmarke.nl",
        "quote": "none",
        "subject": "failure notice",
        "body": _(
            """
            Hi. This is the qmail-send program at mail.oostmarke.nl.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <secretariaat.directie@oostmarke.nl>:
            Sorry, no mailbox here by that name. (#5.1.1)
            """
        ),
    },
    {
        "id": "d120-040",
        "kind": "confirm",
        "sender": "Liesbeth Gortemaker <l.gortemaker@berkelstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, dat ben ik. Groetjes, Liesbeth
            """
        ),
    },
    {
        "id": "d120-041",
        "kind": "autoreply",
        "sender": "Anouk Siersema <a.siersema@krommeaa.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-9D2KW-RT7NP-5HQX1]",
        "body": _(
            """
            [English below]
            Ik ben tot en met 4 januari met kerstverlof. Uw bericht lees ik na terugkomst.

            I am on Christmas leave until 4 January inclusive. I will read your message upon my return.

            Anouk Siersema | directeur bedrijfsvoering | Werkorganisatie Kromme Aa
            """
        ),
    },
    {
        "id": "d120-042",
        "kind": "confirm",
        "sender": "Rob Steenbergen <r.steenbergen@ooievaarsweide.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            ing. R.A. (Rob) Steenbergen
            Directeur Bedrijfsvoering | Werkorganisatie Ooievaarsweide
            T 0184 - 49 30 00 | www.ooievaarsweide.nl

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten
            worden ontleend.
            """
        ),
    },
    {
        "id": "d120-043",
        "kind": "autoreply",
        "sender": "Pieter-Bas Landman <pb.landman@ijsselvliet.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Read: " + _REM,
        "body": _(
            """
            Your message

            To: Landman, Pieter-Bas
            Subject: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
            Sent: Monday, 8 March 2027 09:00:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm

            was read on Monday, 8 March 2027 13:47:55 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm.
            """
        ),
    },
    {
        "id": "d120-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jan-Willem Terpstra <jw.terpstra@hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas verhinderd op de 11e, hele middag dienstoverleg met de burgemeesters. Gr JW

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d120-045",
        "kind": "autoreply",
        "sender": "Hendrika Vos <H.Vos@riviermonde.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Ontvangstbevestiging: " + _WELCOME,
        "body": _(
            """
            Uw document: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties
            werd ontvangen door: Hendrika Vos/Riviermonde/NL
            op: 03-12-2026 14:21:09
            """
        ),
    },
    {
        "id": "d120-046",
        "kind": "other",
        "sender": "Annemiek Roelofs <annemiek.roelofs@gmail.com>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het warme welkom! Ik kijk uit naar de eerste bijeenkomst.

            Annemiek
            (privéadres, werkadres volgt zodra IT het heeft aangemaakt)
            """
        ),
    },
    {
        "id": "d120-047",
        "kind": "bounce",
        "sender": "Postmaster <Postmaster@riviermonde.nl>",
        "quote": "none",
        "subject": "DELIVERY FAILURE: User Gerrit Hulshof (g.hulshof@riviermonde.nl) not listed in Domino Directory",
        "body": _(
            """
            Your message

              Subject: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]

            was not delivered to:

              g.hulshof@riviermonde.nl

            because:

              User Gerrit Hulshof (g.hulshof@riviermonde.nl) not listed in Domino Directory
            """
        ),
    },
    {
        "id": "d120-048",
        "kind": "other",
        "sender": "Thijs Oudshoorn <t.oudshoorn@kaagenbraassem-werkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima, dank voor het bericht. Ik hoor het wel als er iets vrijkomt. Thijs
            """
        ),
    },
    {
        "id": "d120-049",
        "kind": "autoreply",
        "sender": "Cor Verheul <C.Verheul@duinkant.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Niet gelezen: " + _REM,
        "body": _(
            """
            Uw bericht

            Aan: Verheul, C.
            Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
            Verzonden: maandag 8 maart 2027 09:00:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is verwijderd zonder te zijn gelezen op maandag 8 maart 2027 17:58:40 (UTC+01:00) Amsterdam,
            Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "d120-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marleen Kuipers <marleen.kuipers@noordoostpolderkust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik moet helaas afhaken voor donderdag, er is een crisisoverleg ingepland over de aanbesteding
            jeugdzorg. Geef mijn plek maar aan een ander.
            - Marleen
            """
        ),
    },
    {
        "id": "d120-051",
        "kind": "autoreply",
        "sender": "Sander de Groot <s.degroot@heuvelzoom.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Ontvangstbevestiging (weergegeven) - " + _CALL,
        "body": _(
            """
            Dit is een ontvangstbevestiging voor het bericht dat u verzonden hebt aan s.degroot@heuvelzoom.nl.

            Opmerking: deze ontvangstbevestiging geeft alleen aan dat het bericht op het beeldscherm van de
            ontvanger is getoond. Er is geen garantie dat de ontvanger het bericht heeft gelezen of de inhoud
            heeft begrepen.

            Reporting-UA: heuvelzoom.nl; Thunderbird 115.6.0
            Final-Recipient: rfc822;s.degroot@heuvelzoom.nl
            Disposition: manual-action/MDN-sent-manually; displayed
            """
        ),
    },
    {
        "id": "d120-052",
        "kind": "subscribe",
        "sender": "Gerard Lautenbach <g.lautenbach@vijfheerenland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dat was een vergissing van mijn kant: ik reageerde met 'afmelden' op de uitnodiging omdat ik voor
            het atelier wilde afzeggen, niet voor het netwerk. Lid blijven dus graag!

            Met groet,
            Gerard Lautenbach
            """
        ),
    },
    {
        "id": "d120-053",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@havenstrook.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _REM,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Uw bericht is niet bezorgd bij w.vanleeuwen@havenstrook.nl omdat het postvak van de ontvanger
            vol is.

            Het postvak van w.vanleeuwen kan op dit moment geen berichten ontvangen. Probeer het later opnieuw
            of neem op een andere manier contact op met de ontvanger.

            Diagnostische informatie voor beheerders:

            Genererende server: EXCH02.havenstrook.local

            w.vanleeuwen@havenstrook.nl
            Externe server heeft '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
            geretourneerd
            """
        ),
    },
    {
        "id": "d120-054",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gerda Pronk <g.pronk@lingestroom.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Volgende keer graag: hoe meet je of inwoners tevreden zijn over de dienstverlening van een
            werkorganisatie waarvan ze het bestaan niet eens kennen? (Gerda)
            """
        ),
    },
    {
        "id": "d120-055",
        "kind": "autoreply",
        "sender": "Gemeente Sloterwaard <j.dehaan@abbekerk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Per 1 januari 2027 zijn de gemeenten Abbekerk en Sloterveen samengegaan in de nieuwe gemeente
            Sloterwaard. E-mailadressen die eindigen op @abbekerk.nl zijn niet meer in gebruik en worden per
            1 juli opgeheven. Uw bericht is niet doorgestuurd.

            Wilt u een medewerker bereiken? Gebruik dan voornaam.achternaam@sloterwaard.nl, of bel 14 0227.
            """
        ),
    },
    {
        "id": "d120-056",
        "kind": "other",
        "sender": "Mieke Zandbergen <m.zandbergen@eemvallei.nl>",
        "quote": "none",
        "subject": "Jullie mail kwam niet aan bij mijn collega",
        "body": _(
            """
            Hallo,

            Mijn collega Joost Verhoef (directeur sociaal domein) vertelde dat hij een foutmelding kreeg
            toen hij op jullie uitnodiging wilde antwoorden: iets met 'recipient rejected'. Hij heeft het
            daarna nog twee keer geprobeerd. Staat jullie adres wel goed ingesteld? Hij wil namelijk graag
            komen.

            Groet,
            Mieke Zandbergen
            """
        ),
    },
    {
        "id": "d120-057",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mail.ambtelijkefusie.nl>",
        "quote": "none",
        "subject": "Delayed Mail (still being retried)",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mail.ambtelijkefusie.nl.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for more than 4 hour(s).
            It will be retried until it is 5 day(s) old.

            For further assistance, please send mail to postmaster.

                               The mail system

            <a.terpstra@mienskipwurket.frl>: host mx.mienskipwurket.frl[93.191.130.18] said:
                452 4.2.2 Mailbox full (in reply to RCPT TO command)

            Final-Recipient: rfc822; a.terpstra@mienskipwurket.frl
            Action: delayed
            Status: 4.2.2
            Will-Retry-Until: Sat, 20 Feb 2027 09:00:14 +0100 (CET)
            """
        ),
    },
    {
        "id": "d120-058",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anton de Groot <a.degroot@wijdemeren-vecht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Uw uitnodiging was door ons spamfilter in quarantaine gezet (vanwege de agendabijlage, denk ik),
            vandaar mijn late antwoord. Ik heb hem net vrijgegeven. Ik kom graag op 11 maart.

            Met vriendelijke groet,
            Anton de Groot
            """
        ),
    },
    {
        "id": "d120-059",
        "kind": "autoreply",
        "sender": "Spamfilter Werkorganisatie De Vaart <quarantaine@devaart-werkt.nl>",
        "quote": "none",
        "subject": "Uw bericht is in quarantaine geplaatst",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Dit is een automatisch bericht van het e-mailfilter van Werkorganisatie De Vaart.

            Uw bericht aan t.blankenstein@devaart-werkt.nl met als onderwerp
            "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            is tijdelijk vastgehouden omdat het een agendabijlage (.ics) van een externe afzender bevat.

            De ontvanger heeft hiervan een melding gekregen en kan het bericht vrijgeven. Gebeurt dat niet
            binnen 14 dagen, dan wordt het verwijderd. U hoeft niets te doen.
            """
        ),
    },
    {
        "id": "d120-060",
        "kind": "other",
        "sender": "Nicole Brink <n.brink@kwakelhoek.nl>",
        "quote": "none",
        "subject": "Uitnodiging gemist?",
        "body": _(
            """
            Goedemiddag, mijn postvak zat vorige week vol en ik kreeg van collega's door dat er een
            uitnodiging van jullie voor het atelier is geweest. Die heb ik nooit gezien. Kunnen jullie hem
            nog eens sturen? Er is inmiddels weer ruimte.

            Vriendelijke groet, Nicole Brink, directeur Werkorganisatie Kwakelhoek
            """
        ),
    },
    {
        "id": "d120-061",
        "kind": "autoreply",
        "sender": "Frank Ottevanger <f.ottevanger@tweestromen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Sinds 1 januari 2027 ben ik niet meer werkzaam bij Werkorganisatie Tweestromen. Uw e-mail wordt
            niet doorgestuurd.

            Mijn taken als directeur bedrijfsvoering zijn overgenomen door Yvonne Kapteijn, bereikbaar via
            y.kapteijn@tweestromen.nl. Voor algemene vragen: 0344 - 63 90 00.
            """
        ),
    },
    {
        "id": "d120-062",
        "kind": "subscribe",
        "sender": "Yvonne Kapteijn <y.kapteijn@tweestromen.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Goedemorgen,

            Bij het opruimen van de mailbox van mijn voorganger zag ik jullie mails en de
            afwezigheidsmeldingen die hij steeds terugstuurde. Ik ben sinds 1 januari de nieuwe directeur
            bedrijfsvoering van Werkorganisatie Tweestromen en wil graag zelf lid worden van het netwerk.
            Mijn adres: y.kapteijn@tweestromen.nl.

            Met vriendelijke groet,
            Yvonne Kapteijn
            """
        ),
    },
    {
        "id": "d120-063",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Koning <b.koning@salland-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INV,
        "body": _(
            """
            Ik kom met de trein uit Zwolle, dus misschien een paar minuten later binnen.
            """
        ),
    },
    {
        "id": "d120-064",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@kempenstroom.nl>",
        "quote": "none",
        "subject": "Undeliverable: " + _CALL,
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            m.vandenakker@kempenstroom.nl
            Your message was rejected by the recipient's email system as suspected spam. Contact the
            recipient by some other means and ask them to add your address to their safe senders list.

            Diagnostic information for administrators:

            Generating server: EX-MBX01.kempenstroom.local

            m.vandenakker@kempenstroom.nl
            Remote Server returned '550 5.7.1 Message blocked by Proofpoint Essentials: spam score too high
            (pps-0a3b1c)'
            """
        ),
    },
    {
        "id": "d120-065",
        "kind": "rsvp",
        "attending": False,
        "sender": "Eveline Starink <e.starink@gooiendijk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + _INV,
        "body": _(
            """
            Ik zit die week in Brussel voor het Europees Comité van de Regio's.
            """
        ),
    },
    {
        "id": "d120-066",
        "kind": "autoreply",
        "sender": "Ellen Mertens <e.mertens@havenstrook.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Deze week ben ik met het college op werkbezoek in Denemarken. Op uitnodigingen en
            vergaderverzoeken reageer ik na terugkomst, vanaf maandag 22 februari.

            Ellen Mertens
            algemeen directeur Havenstrook
            """
        ),
    },
    {
        "id": "d120-067",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Smallenbroek <w.smallenbroek@bommelerwaard-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Gelezen en in mijn agenda gezet. Tot donderdag!
            """
        ),
    },
    {
        "id": "d120-068",
        "kind": "autoreply",
        "sender": "Shared Service Centre Rivierenland-Oost <support@ssc-rvo.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "[Request received] Re: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            ##- Please type your reply above this line -##

            Your request (#48213) has been received and is being reviewed by our support staff.

            To add additional comments, reply to this email.

            This email is a service from SSC Rivierenland-Oost.
            """
        ),
    },
    {
        "id": "d120-069",
        "kind": "other",
        "sender": "Team Klantcontact <info@zuiderbroek-aa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Dit bericht kwam binnen in de algemene mailbox van gemeente Zuiderbroek-Aa. Wij hebben geen
            medewerker met de naam uit de aanhef en kunnen uw mail dus niet doorsturen. Mogelijk gaat het om
            iemand van de werkorganisatie; die heeft een eigen domein.

            Met vriendelijke groet,
            Ingrid, Team Klantcontact
            Gemeente Zuiderbroek-Aa
            """
        ),
    },
    {
        "id": "d120-070",
        "kind": "autoreply",
        "sender": "Wim Rotteveel <w.rotteveel@rijnzicht-samen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben met vakantie tot en met 17 januari. Om echt bij te kunnen komen heb ik ingesteld dat
            e-mail in deze periode niet bewaard wordt: uw bericht is verwijderd. Is het na 17 januari nog van
            belang? Stuur het dan graag opnieuw, of bel Marjolein Dekker (0172 - 40 81 17) als het eerder moet.

            Wim Rotteveel
            """
        ),
    },
    {
        "id": "d120-071",
        "kind": "unsubscribe",
        "sender": "Roos Hilbrink <r.hilbrink@twentekanaal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Stan,

            Terug van vakantie heb ik een knoop doorgehakt: per 1 april stop ik als directeur en ga ik aan de
            slag bij een woningcorporatie. Het atelier van 11 maart laat ik daarom schieten, en wilt u mij ook
            uit het netwerk uitschrijven? Een opvolger is er nog niet.

            Hartelijke groet en dank voor de mooie bijeenkomsten,
            Roos Hilbrink
            """
        ),
    },
    {
        "id": "d120-072",
        "kind": "bounce",
        "sender": "Mailserver <mailer-daemon@smtp.zakelijkpost.nl>",
        "quote": "none",
        "subject": "Onbestelbaar bericht",
        "body": _(
            """
            Dit is een automatisch bericht van de mailserver.

            Uw bericht kon niet worden afgeleverd bij:
                j.dehaan@sloterveen.nl

            Reden: het domein sloterveen.nl bestaat niet (meer). Er is geen mailserver (MX) voor dit domein
            gevonden.

            Technische melding: Host or domain name not found. Name service error for name=sloterveen.nl
            type=MX: Host not found

            Uw bericht wordt niet opnieuw verzonden.
            """
        ),
    },
    {
        "id": "d120-073",
        "kind": "unsubscribe",
        "sender": "Cor Bijleveld <c.bijleveld@lingehoven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer, mevrouw,

            Per 1 maart ga ik met vervroegd pensioen. Mijn opvolger als gemeentesecretaris-directeur is
            Willemijn Dros; zij neemt mijn plaats in het netwerk graag over. Haar adres: w.dros@lingehoven.nl.
            Wilt u de uitnodiging voor 11 maart ook aan haar sturen?

            Met vriendelijke groet,
            Cor Bijleveld
            """
        ),
    },
    {
        "id": "d120-074",
        "kind": "autoreply",
        "sender": "Directiesecretariaat <secretariaat.directie@oud-lingehoven.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CANCEL,
        "body": _(
            """
            Let op: dit e-mailadres wordt sinds de overgang naar de nieuwe werkorganisatie niet meer gelezen.
            Berichten aan dit adres worden na dertig dagen automatisch verwijderd.

            Het directiesecretariaat is bereikbaar via het algemene nummer 0345 - 58 12 00.
            """
        ),
    },
    {
        "id": "d120-075",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "M. Schuurman <m.schuurman@eemsmond-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik ben sinds januari niet meer in functie. Verwijder graag al mijn gegevens uit uw bestanden,
            conform de AVG. Dank.

            M. Schuurman
            """
        ),
    },
    {
        "id": "d120-076",
        "kind": "autoreply",
        "sender": "Ton Brouwers <t.brouwers@peelenmaas-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _SUBST,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Door ziekte ben ik tot nader order niet aan het werk. Uw mail wordt niet automatisch doorgestuurd.

            Voor bestuurlijke zaken kunt u contact opnemen met de loco-directeur, Harm Schippers
            (h.schippers@peelenmaas-samen.nl); voor overige zaken met de directiesecretaresse via
            077 - 327 60 00.
            """
        ),
    },
    {
        "id": "d120-077",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Esther Maas <e.maas@kennemerduin.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Smeulders is met vakantie, maar heeft mij gevraagd voor de deadline haar onderwerp door
            te geven: hoe kom je tot een meerjarenvisie voor de organisatie tot 2030, als de bestuurlijke
            prioriteiten elke vier jaar kunnen wisselen?

            Met vriendelijke groet,
            Esther Maas, bestuurssecretaresse
            """
        ),
    },
    {
        "id": "d120-078",
        "kind": "autoreply",
        "sender": "Ilse Mulder-Kramer <Ilse.Mulder-Kramer@zeeuwsemonden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Ik ben afwezig tot 15 maart",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Ik ben afwezig vanaf 01-03-2027 en ben weer terug op 15-03-2027.

            Ik zal reageren op uw bericht "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027
            [atelier:2027-1]" na mijn terugkeer.

            Voor spoedzaken: Jolanda Kramer, bestuurssecretariaat, toestel 2214.
            """
        ),
    },
    {
        "id": "d120-079",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jaap Dijkman <j.dijkman@westfriesmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Net terug van vakantie, dus pas nu het verslag gelezen - mooi gedaan. Voor de volgende keer zou
            ik graag praten over de verhouding met de regio: wat doe je als een van je gemeenten uit de
            regionale samenwerking wil stappen?

            Groet, Jaap
            """
        ),
    },
    {
        "id": "d120-080",
        "kind": "bounce",
        "sender": "Mimecast <postmaster@grensstreek-samen.nl>",
        "quote": "none",
        "subject": "Message rejected: " + _INV,
        "body": _(
            """
            Your message couldn't be delivered to the following recipient(s):

              k.brinkhuis@grensstreek-samen.nl

            Reason: Rejected by recipient's organisation policy - Envelope rejected: attachment type .ics
            is not permitted from external senders

            Please do not resend this message. If you believe this is in error, contact the recipient's
            IT department.

            Mimecast Services Limited
            """
        ),
    },
    {
        "id": "d120-081",
        "kind": "rsvp",
        "attending": True,
        "sender": "Emma Rijkaart <e.rijkaart@amstelgouw.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in for the 11th - I'm back from leave on 1 March, so no clash. Thanks! Emma Rijkaart
            """
        ),
    },
    {
        "id": "d120-082",
        "kind": "autoreply",
        "sender": "Bram Ketelaar <bram@ketelaar-interim.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Verification required: Re: " + _WELCOME,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Hello,

            You are receiving this message because I use a spam protection service. Your message to
            bram@ketelaar-interim.nl is on hold until you confirm that you are a real person.

            Please click the link below once to add yourself to my list of approved senders:
            https://verify.spamvrij-postbus.nl/c/8f31ad0e

            Your message will then be delivered immediately. This is a one-time request.
            """
        ),
    },
    {
        "id": "d120-083",
        "kind": "other",
        "sender": "Dorien Lamers <dorien.lamers@gmail.com>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Ik ben tot en met vrijdag beperkt bereikbaar (vakantie), maar wilde toch even reageren. Dank
            voor het welkom. Eén vraag: zijn de ateliers alleen voor directeuren, of mag ik ook mijn
            plaatsvervanger een keer meenemen?

            Hartelijke groet, Dorien Lamers
            """
        ),
    },
    {
        "id": "d120-084",
        "kind": "autoreply",
        "sender": "Postregistratie Werkorganisatie Duinkant <post@duinkant.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-6HT4M-ZB8WQ-3LNR7]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Geachte afzender,

            Uw e-mail is ontvangen door het team Documentaire Informatievoorziening en wordt geregistreerd in
            ons documentmanagementsysteem. Na registratie wordt het bericht doorgezet naar de behandelende
            afdeling of medewerker.

            E-mail die na 16.00 uur binnenkomt, wordt de volgende werkdag ingeboekt.
            """
        ),
    },
    {
        "id": "d120-085",
        "kind": "confirm",
        "sender": "Peter Zomerdijk <p.zomerdijk@alblasserland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me niet zelf aangemeld; mijn secretaresse heeft dat gedaan terwijl ik met vakantie was.
            Maar het klopt wel: ik wil graag lid worden. Bij deze bevestigd.

            Peter Zomerdijk
            """
        ),
    },
    {
        "id": "d120-086",
        "kind": "bounce",
        "sender": "GroupWise Internet Agent <postmaster@drechtoever.nl>",
        "quote": "none",
        "subject": "Bericht niet afgeleverd",
        "body": _(
            """
            Het bericht is niet afgeleverd.

            Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027
            Verzonden: 12-1-2027 9:00

            De volgende ontvangers hebben het bericht niet ontvangen:
              a.vos@drechtoever.nl

            Reden: gebruiker onbekend of postbus inactief (GWIA: 550 5.1.1 User unknown)
            """
        ),
    },
    {
        "id": "d120-087",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mark Evers <m.evers@heusdenland.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Op de 18e kan ik niet, dan zit ik op een jaarcongres in Maastricht. Jammer, want 11 maart had
            ik vrijgehouden. Dus: nee, helaas.

            Mark Evers
            """
        ),
    },
    {
        "id": "d120-088",
        "kind": "autoreply",
        "sender": "Henk Wouterse <h.wouterse@elsterveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CHANGE,
        "body": _(
            """
            Op 26 februari heb ik afscheid genomen van de gemeente Elsterveld en ben ik met pensioen gegaan.
            Deze mailbox blijft nog tot 1 april bestaan, maar wordt niet meer gelezen.

            Het was mij een genoegen. Voor lopende zaken kunt u contact opnemen met het concernsecretariaat,
            concernsecretariaat@elsterveld.nl.

            Henk Wouterse
            """
        ),
    },
    {
        "id": "d120-089",
        "kind": "other",
        "sender": "Ilona Berkhout <ilona.berkhout@vlietlanden.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Jammer dat het niet doorgaat! Ik hoor graag de nieuwe datum; hopelijk valt die niet in de
            meivakantie. Groet, Ilona
            """
        ),
    },
    {
        "id": "d120-090",
        "kind": "autoreply",
        "sender": "Office of the Director <director@noordkwartier-shared.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + _NEXT,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
        "body": _(
            """
            This mailbox is no longer monitored. Messages sent to this address will not be read or forwarded.
            Please direct all correspondence for the management team to directie@noordkwartier-shared.nl.

            Deze mailbox wordt niet meer gelezen. Stuur post voor het managementteam naar
            directie@noordkwartier-shared.nl.
            """
        ),
    },
]
# fmt: on
