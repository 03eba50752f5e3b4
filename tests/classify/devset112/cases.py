"""devset112: machines, and people who sound like machines.

Mail that arrives at info@ambtelijkefusie.nl without a person behind it, set against mail from people that reads
like it. The machines: out-of-office replies in Dutch, English, German and mixed (some with Auto-Submitted,
Precedence or X-Autoreply headers, some with none, under subjects such as "Automatisch antwoord:", "Afwezig",
"Automatic reply:"), ticket systems and general mailboxes acknowledging receipt, read receipts, "dit adres is niet
meer in gebruik" notices that name a new address or a successor, spam-filter challenges and quarantine notices,
calendar accept/decline answers to the invitation and to the change, and delivery failures in the styles of
Exchange (Dutch and English), Postfix, Exim, qmail, Gmail, Domino and Dutch providers. The people: a director on
leave who asks something, secretaries who report a departure (with or without asking for the successor to take the
seat), a member forwarding an auto-reply with a question, writers joking about being an auto-reply, a director
answering from holiday, an assistant whose decline reads like an out-of-office, short acknowledgements, an IT
administrator about quarantine, and members whose mails carry out-of-office footers.

Conventions this set relies on (from the brief):
- Out-of-office, read receipts, ticket systems, general mailbox acknowledgements, "this address is no longer in use"
  notices (also when they name a successor) and spam-filter challenges are `autoreply`, with or without headers,
  whichever of our mails they answer (also the confirmation mail); a delivery failure is `bounce`. Neither carries
  a quote.
- Calendar accept/decline answers to the invitation or to the change are `rsvp`; a calendar accept whose comment
  asks a real question is `other`.
- A person's short acknowledgement ("ontvangen, dank") is `other`; a person reporting that a director left, even
  with the successor's address, is `other`; only a clear request to put the successor in the director's place is a
  hand-over (`unsubscribe`).
- An assistant answering in reply to our invitation is `rsvp`, also when the mail reads like an out-of-office.
- The label is what the writer asks now: a joke about being an auto-reply is labelled by what the person asks; a
  member leaving the network is `unsubscribe` even with an out-of-office footer.
- Any reply to the confirmation mail from the person is `confirm`; "lid blijven" under the goodbye is `subscribe`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
WELCOME = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
CONFIRM = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
CONFIRM2 = "Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
FOLLOWUP = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
WAITLIST = "U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"
SUBSTITUTE = "Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CANCEL = "Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
THANKS = "Dank voor uw themasuggestie [atelier:2027-1]"
CHANGE = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
GOODBYE = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- out-of-office replies
    {
        "id": "d112-001",
        "kind": "autoreply",
        "sender": "Hanneke Slotboom <h.slotboom@werkorganisatie-kreekland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {INV}",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben van maandag 15 februari tot en met vrijdag 26 februari afwezig en lees in
            die periode mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat
            via 0113 - 48 22 10 of directiesecretariaat@werkorganisatie-kreekland.nl.

            Met vriendelijke groet,
            Hanneke Slotboom
            Algemeen directeur Werkorganisatie Kreekland
            """
        ),
    },
    {
        "id": "d112-002",
        "kind": "autoreply",
        "sender": "Gerrit-Jan Wolters <gj.wolters@bvo-lindewaarde.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatic reply: {INV}",
        "headers": AUTO,
        "body": _(
            """
            I am currently out of the office with limited access to e-mail and will be back on Monday 8 March.
            For urgent matters please contact my office manager, Yvette Brons (y.brons@bvo-lindewaarde.nl).

            Kind regards,
            Gerrit-Jan Wolters
            """
        ),
    },
    {
        "id": "d112-003",
        "kind": "autoreply",
        "sender": "Sjoerd Hoekstra <s.hoekstra@gr-driepolders.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig",
        "body": _(
            """
            *** English below ***

            Ik ben afwezig tot en met 22 januari. Uw bericht wordt niet automatisch doorgestuurd. Heeft uw vraag
            betrekking op de bedrijfsvoering van GR De Drie Polders, mail dan naar bedrijfsvoering@gr-driepolders.nl.

            I am out of office until 22 January. Your message will not be forwarded. For questions regarding
            operations, please write to bedrijfsvoering@gr-driepolders.nl.

            Sjoerd Hoekstra
            """
        ),
    },
    {
        "id": "d112-004",
        "kind": "autoreply",
        "sender": "Anouk Terpstra-Mulder <a.terpstra@vlietstreek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {INV}",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Beste afzender,

            Tot en met woensdag 10 maart ben ik niet op kantoor. Vanaf donderdag 11 maart ben ik weer bereikbaar
            en pak ik uw bericht op.

            Anouk Terpstra-Mulder
            directeur Servicecentrum Vlietstreek
            """
        ),
    },
    {
        "id": "d112-005",
        "kind": "autoreply",
        "sender": "Lieke van Bommel <l.vanbommel@werkorganisatie-essenburg.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": f"Automatisch antwoord: {WELCOME}",
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben met zwangerschapsverlof tot half juni. Mijn mail wordt niet doorgestuurd en na mijn terugkeer
            niet nagelezen. Voor zaken rond de werkorganisatie kunt u terecht bij mijn plaatsvervanger Rutger
            Haasnoot, r.haasnoot@werkorganisatie-essenburg.nl, 0570 - 77 41 00.
            """
        ),
    },
    {
        "id": "d112-006",
        "kind": "autoreply",
        "sender": "Frits Oudeman <f.oudeman@zandwijk-beekstein.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": f"Automatisch antwoord: {REM}",
        "body": _(
            """
            Tot 12 maart afwezig. Bij spoed: 06 - 41 92 07 33 (secretariaat).
            """
        ),
    },
    {
        "id": "d112-007",
        "kind": "autoreply",
        "sender": "Henk Wassink <h.wassink@dinkelmark.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Abwesenheitsnotiz: {INV}",
        "headers": AUTO,
        "body": _(
            """
            Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 5. März nicht im Büro.
            In dringenden Fällen wenden Sie sich bitte an sekretariat@dinkelmark.nl.

            Dank voor uw bericht. Tot en met 5 maart ben ik niet op kantoor. In dringende gevallen kunt u zich
            wenden tot secretariaat@dinkelmark.nl.

            Henk Wassink
            Directeur Grenswerkorganisatie Dinkelmark
            """
        ),
    },
    {
        "id": "d112-008",
        "kind": "autoreply",
        "sender": "Maud Klinkenberg <maud.klinkenberg@heuvelrode.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Op reis tot 1 maart",
        "headers": AUTO,
        "body": _(
            """
            Hoi!

            Ik ben tot 1 maart op reis en heb maar af en toe toegang tot mijn mail. Ik reageer zo snel mogelijk na
            mijn terugkeer. Zaken die niet kunnen wachten: bel het bestuurssecretariaat, 0318 - 55 20 90.

            Groet, Maud
            """
        ),
    },
    {
        "id": "d112-009",
        "kind": "autoreply",
        "sender": "Willem Zuidhof <w.zuidhof@middelmeer.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": f"Automatisch antwoord: {CALL}",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik werk op maandag, dinsdag en donderdag. Uw e-mail lees ik op mijn eerstvolgende werkdag.

            Willem Zuidhof | gemeentesecretaris-directeur | Middelmeer
            """
        ),
    },
    {
        "id": "d112-010",
        "kind": "autoreply",
        "sender": "Cor Pronk <c.pronk@bedrijfsvoering-harderhoek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {INV}",
        "headers": AUTO,
        "body": _(
            """
            Wegens ziekte is de heer Pronk voorlopig afwezig. Uw e-mail wordt niet doorgestuurd. Voor afspraken
            en overige zaken kunt u contact opnemen met het secretariaat: secretariaat@bedrijfsvoering-harderhoek.nl.
            """
        ),
    },
    {
        "id": "d112-011",
        "kind": "autoreply",
        "sender": "Jolanda Brinkhuis <j.brinkhuis@ravenveld-ommelanden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {INV}",
        "headers": AUTO,
        "body": _(
            """
            Van 22 februari tot en met 5 maart ben ik met vakantie.

            Wilt u een overleg afzeggen, verzetten of u afmelden voor een bijeenkomst van de directieraad? Mail dan
            naar agenda.directie@ravenveld-ommelanden.nl; mijn collega's van het secretariaat regelen het.

            Jolanda Brinkhuis
            """
        ),
    },
    {
        "id": "d112-012",
        "kind": "autoreply",
        "sender": "Patrick O'Neill-Boer <p.oneill@samenwerkingsorganisatie-ijsselvliet.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": f"Automatic reply: {WELCOME}",
        "body": _(
            """
            Thank you for your email. I'm on annual leave until 22 February and won't be checking messages.
            Bedankt voor uw e-mail, ik ben met verlof tot 22 februari.
            """
        ),
    },
    {
        "id": "d112-013",
        "kind": "autoreply",
        "sender": "Evelien Roodhart <e.roodhart@werkorganisatie-lindewaarde.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": f"Automatisch antwoord: {CALL}",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        "body": _(
            """
            Beste relatie,

            Van 1 januari tot 1 september 2027 heb ik sabbatsverlof. In die periode neemt Jurre Meeuwsen
            (j.meeuwsen@werkorganisatie-lindewaarde.nl) mijn taken als algemeen directeur waar. Mijn mailbox wordt
            niet gelezen.

            Hartelijke groet,
            Evelien Roodhart
            """
        ),
    },
    {
        "id": "d112-014",
        "kind": "autoreply",
        "sender": "Ruben Achterberg <r.achterberg@kempenstad-werkt.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {CONFIRM}",
        "headers": AUTO,
        "body": _(
            """
            Bedankt voor uw e-mail. Ik ben tot en met 4 januari afwezig en beantwoord uw bericht na mijn
            terugkomst. Met spoed? Bel 040 - 288 11 70.

            Ruben Achterberg
            """
        ),
    },
    {
        "id": "d112-015",
        "kind": "autoreply",
        "sender": "Tineke Vlasblom <t.vlasblom@gemeentenaanzee.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"Afwezig: {CONFIRM2}",
        "body": _(
            """
            Ik ben afwezig tot maandag 11 januari. Uw mail is ontvangen; ik kom er daarna zo snel mogelijk op terug.

            (Dit bericht is automatisch verzonden.)
            """
        ),
    },
    {
        "id": "d112-016",
        "kind": "autoreply",
        "sender": "Onno Griffioen <o.griffioen@duinstreek-samen.nl>",
        "thread": "goodbye",
        "quote": "none",
        "subject": f"Automatisch antwoord: {GOODBYE}",
        "headers": AUTO,
        "body": _(
            """
            Per 1 april 2027 ben ik niet meer werkzaam bij Duinstreek Samen. Tot die datum ben ik wegens
            opgenomen verlof niet bereikbaar. Voor lopende zaken: directie@duinstreek-samen.nl.
            """
        ),
    },
    {
        "id": "d112-017",
        "kind": "autoreply",
        "sender": "Marloes Heijmans <m.heijmans@peelrand-werkorganisatie.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {CANCEL}",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Goedendag,

            In verband met een studiereis ben ik van 6 tot en met 13 maart niet bereikbaar. Uw bericht lees ik na
            terugkomst.

            Marloes Heijmans
            """
        ),
    },
    {
        "id": "d112-018",
        "kind": "autoreply",
        "sender": "Bart Nijenhuis <b.nijenhuis@werkorganisatie-oostervaart.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {SUBSTITUTE}",
        "headers": AUTO,
        "body": _(
            """
            Vandaag en morgen zit ik op een cursus en lees ik mijn mail alleen 's avonds. Voor iets dringends kunt
            u mij appen op 06 - 12 80 45 91.

            Bart
            """
        ),
    },
    {
        "id": "d112-019",
        "kind": "autoreply",
        "sender": "Ilse van Wijngaarden <ilse.vanwijngaarden@bommelerwaard-samen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": f"Automatisch antwoord: {THANKS}",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Ik heb uw bericht ontvangen en reageer zo spoedig mogelijk. Door een volle agenda kan dat enkele dagen
            duren.

            Met vriendelijke groet,
            Ilse van Wijngaarden
            """
        ),
    },
    {
        "id": "d112-020",
        "kind": "autoreply",
        "sender": "Koen Verstappen <k.verstappen@maasenpeel.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {INV}",
        "headers": AUTO,
        "body": _(
            """
            Ik ben tot en met 19 februari afwezig.

            Uitnodigingen voor bijeenkomsten, congressen en netwerkactiviteiten worden door mijn secretaresse
            Sandra Peeters behandeld (s.peeters@maasenpeel.nl). Zij laat u weten of ik kan komen.

            Koen Verstappen
            """
        ),
    },
    {
        "id": "d112-021",
        "kind": "autoreply",
        "sender": "Wendy Kloosterman <w.kloosterman@drechtoevers.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": f"Automatic reply: {FOLLOWUP}",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        "body": _(
            """
            Out of office until Tuesday 16 March / Afwezig tot en met dinsdag 16 maart.

            For urgent matters / voor dringende zaken: +31 78 620 33 00.
            """
        ),
    },
    {
        "id": "d112-022",
        "kind": "autoreply",
        "sender": "Ahmed el Idrissi <a.elidrissi@werkorganisatie-rijnveld.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": f"Afwezig: {REM}",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Beste afzender,

            Deze week zit ik op werkbezoek in Kopenhagen en heb ik beperkt toegang tot mijn mail. Ik beantwoord uw
            bericht uiterlijk maandag 8 maart.

            Met vriendelijke groet,
            Ahmed el Idrissi
            Directeur Werkorganisatie Rijnveld
            """
        ),
    },
    {
        "id": "d112-023",
        "kind": "autoreply",
        "sender": "Greetje Bos <g.bos@noorderveen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {CHANGE}",
        "body": _(
            """
            Afwezig wegens verlof tot en met 26 maart 2027.
            Uw bericht wordt na terugkomst behandeld.
            """
        ),
    },
    # ---------------------------------------------------------------- ticket systems and general mailboxes
    {
        "id": "d112-024",
        "kind": "autoreply",
        "sender": "Servicedesk Vlietstreek <servicedesk@vlietstreek.nl>",
        "quote": "none",
        "subject": "[M 2702 0413] Uw melding is geregistreerd",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Uw melding is geregistreerd onder nummer M 2702 0413 met de omschrijving:
            "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"

            Behandelaarsgroep: Facilitair - Postkamer
            Status: Aangemeld
            Streefdatum afhandeling: 4 maart 2027

            Wilt u een aanvulling op uw melding geven? Antwoord dan op dit bericht en laat het meldingsnummer in
            het onderwerp staan.

            Met vriendelijke groet,
            Servicedesk Vlietstreek
            """
        ),
    },
    {
        "id": "d112-025",
        "kind": "autoreply",
        "sender": "Support Gemeenschappelijke ICT <support@gict-harderhoek.nl>",
        "quote": "none",
        "subject": f"[Request received] {INV}",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "true"},
        "body": _(
            """
            ##- Please type your reply above this line -##

            Your request (48213) has been received and is being reviewed by our support staff.

            To add additional comments, reply to this email.

            Gemeenschappelijke ICT Harderhoek
            """
        ),
    },
    {
        "id": "d112-026",
        "kind": "autoreply",
        "sender": "Gemeente Middelmeer <gemeente@middelmeer.nl>",
        "quote": "none",
        "subject": f"Ontvangstbevestiging: {CALL}",
        "body": _(
            """
            Geachte afzender,

            Bedankt voor uw e-mail aan de gemeente Middelmeer. Wij hebben uw bericht in goede orde ontvangen. U
            ontvangt binnen vijf werkdagen een reactie van de afdeling die uw bericht behandelt.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

            Klantcontactcentrum gemeente Middelmeer
            """
        ),
    },
    {
        "id": "d112-027",
        "kind": "autoreply",
        "sender": "Directiesecretariaat GR De Drie Polders <directiesecretariaat@gr-driepolders.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Ontvangen: {INV}",
        "headers": AUTO,
        "body": _(
            """
            Uw bericht is ontvangen door het directiesecretariaat van GR De Drie Polders. Wij zorgen ervoor dat het
            bij de juiste persoon terechtkomt. U hoeft niet opnieuw te mailen.

            Het secretariaat is bereikbaar op werkdagen van 8.30 tot 16.30 uur via 0229 - 31 66 00.
            """
        ),
    },
    {
        "id": "d112-028",
        "kind": "autoreply",
        "sender": "Postbus Gemeente Ravenveld <postbus@ravenveld.nl>",
        "quote": "none",
        "subject": "Uw bericht is geregistreerd (Z/27/011873)",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte heer, mevrouw,

            Uw e-mail van 8 februari 2027 is geregistreerd onder zaaknummer Z/27/011873. Vermeld dit nummer bij
            verdere correspondentie. Een medewerker neemt binnen de wettelijke termijn contact met u op.

            Het college van burgemeester en wethouders van Ravenveld
            """
        ),
    },
    {
        "id": "d112-029",
        "kind": "autoreply",
        "sender": "Helpdesk Bedrijfsvoering <helpdesk@bvo-waterdaal.nl>",
        "quote": "none",
        "subject": f"Ticket Received - {REM}",
        "body": _(
            """
            Dear customer,

            We would like to acknowledge that we have received your request and a ticket has been created.
            A support representative will be reviewing your request and will send you a personal response
            (usually within 24 hours).

            Ticket ID: #30917
            Status: Open

            Thank you for your patience.
            Helpdesk Bedrijfsvoering Waterdaal
            """
        ),
    },
    {
        "id": "d112-030",
        "kind": "autoreply",
        "sender": "Info Werkorganisatie Kreekland <info@werkorganisatie-kreekland.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": f"Re: {CALL}",
        "headers": AUTO,
        "body": _(
            """
            Hartelijk dank voor uw bericht aan Werkorganisatie Kreekland.

            Let op: tussen Kerst en Oud en Nieuw is deze mailbox beperkt bezet; wij reageren vanaf 4 januari.

            Wilt u zich afmelden voor onze nieuwsbrief 'Kreekland Werkt'? Gebruik dan de afmeldlink onderaan de
            nieuwsbrief. Meldingen over de openbare ruimte doet u via www.werkorganisatie-kreekland.nl/melden.
            """
        ),
    },
    {
        "id": "d112-031",
        "kind": "autoreply",
        "sender": "No Reply Gemeente Beekstein <noreply@beekstein.nl>",
        "quote": "none",
        "subject": f"Bericht niet gelezen: {WELCOME}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit is een no-reply adres. Berichten aan dit adres worden niet gelezen en niet doorgestuurd.
            Neem contact op via het contactformulier op www.beekstein.nl.
            """
        ),
    },
    # ---------------------------------------------------------------- read receipts
    {
        "id": "d112-032",
        "kind": "autoreply",
        "sender": "Jeroen Kalf <j.kalf@werkorganisatie-waterdaal.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Gelezen: {INV}",
        "body": _(
            """
            Uw bericht

              Aan: Jeroen Kalf
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
            [atelier:2027-1]
              Verzonden: maandag 8 februari 2027 10:14:33 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op maandag 8 februari 2027 11:02:10 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm,
            Wenen.
            """
        ),
    },
    {
        "id": "d112-033",
        "kind": "autoreply",
        "sender": "Naomi Castelein <n.castelein@zeeuwsvlakte.nl>",
        "quote": "none",
        "subject": f"Read: {REM}",
        "body": _(
            """
            Your message

              To: Naomi Castelein
              Subject: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
              Sent: Thursday, 4 March 2027 09:00:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

            was read on Thursday, 4 March 2027 13:47:55 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm,
            Vienna.
            """
        ),
    },
    {
        "id": "d112-034",
        "kind": "autoreply",
        "sender": "Dick Everaars <d.everaars@lingeoever.nl>",
        "quote": "none",
        "subject": f"Niet gelezen: {CALL}",
        "body": _(
            """
            Uw bericht

              Aan: Dick Everaars
              Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
              Verzonden: dinsdag 5 januari 2027 08:30:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is verwijderd zonder te zijn gelezen op vrijdag 22 januari 2027 16:12:41 (UTC+01:00) Amsterdam,
            Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "d112-035",
        "kind": "autoreply",
        "sender": "Femke Dijkstra <femke.dijkstra@gemeenten-oostkust.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"Ontvangstbevestiging (weergegeven) - {CONFIRM}",
        "body": _(
            """
            Dit is een ontvangstbevestiging voor het bericht dat u verzonden heeft aan
            femke.dijkstra@gemeenten-oostkust.nl.

            Let op: deze ontvangstbevestiging bevestigt alleen dat het bericht werd weergegeven op de computer van
            de ontvanger. Er is geen garantie dat de ontvanger het bericht gelezen of de inhoud begrepen heeft.
            """
        ),
    },
    {
        "id": "d112-036",
        "kind": "autoreply",
        "sender": "Stefan Huisman <s.huisman@bvo-altena.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": f"Gelezen: {WELCOME}",
        "body": _(
            """
            Uw bericht

              Aan: s.huisman@bvo-altena.nl
              Onderwerp: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties
              Verzonden: 14-12-2026 15:20

            is gelezen op 14-12-2026 15:31.
            """
        ),
    },
    # ---------------------------------------------------------------- address no longer in use
    {
        "id": "d112-037",
        "kind": "autoreply",
        "sender": "Paul Schreuder <p.schreuder@werkorganisatie-zandwijk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Automatisch antwoord: {INV}",
        "headers": AUTO,
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd.
            Stuur uw bericht opnieuw naar info@werkorganisatie-zandwijk.nl.
            """
        ),
    },
    {
        "id": "d112-038",
        "kind": "autoreply",
        "sender": "Willemijn Spaans <w.spaans@gr-kromme-rijn.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": f"Niet meer in dienst: {CALL}",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Per 1 januari 2027 is Willemijn Spaans niet meer werkzaam bij GR Kromme Rijn. Haar opvolger als
            algemeen directeur is Bas Kuipers (b.kuipers@gr-kromme-rijn.nl). Dit adres wordt niet meer gelezen.
            """
        ),
    },
    {
        "id": "d112-039",
        "kind": "autoreply",
        "sender": "Loes Ravensbergen <l.ravensbergen@oud-heuvelrode.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": f"Nieuw e-mailadres / {CALL}",
        "body": _(
            """
            Ons domein is gewijzigd: @oud-heuvelrode.nl wordt @heuvelrode-beekstein.nl.

            Dit adres vervalt per 1 april 2027. Wilt u uw adresboek aanpassen? Het nieuwe adres van de geadresseerde
            is l.ravensbergen@heuvelrode-beekstein.nl. Uw bericht is wel afgeleverd.

            Dit bericht is automatisch verzonden.
            """
        ),
    },
    {
        "id": "d112-040",
        "kind": "autoreply",
        "sender": "Tom Akkerman <t.akkerman@stedendriehoek-bedrijfsvoering.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": f"Automatic reply: {REM}",
        "headers": AUTO,
        "body": _(
            """
            This mailbox is no longer monitored.
            Please resend your message to bestuurszaken@stedendriehoek-bedrijfsvoering.nl.
            """
        ),
    },
    {
        "id": "d112-041",
        "kind": "autoreply",
        "sender": "Gemeente Oosterpolder <info@gemeente-oosterpolder.nl>",
        "quote": "none",
        "subject": f"Automatisch antwoord: {INV}",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        "body": _(
            """
            Per 1 januari 2027 is de gemeente Oosterpolder samen met de gemeente Haventerp opgegaan in de nieuwe
            gemeente Polderhaven. Dit e-mailadres is opgeheven; berichten worden niet gelezen.

            U bereikt ons voortaan via info@polderhaven.nl of telefoonnummer 14 0258.
            """
        ),
    },
    {
        "id": "d112-042",
        "kind": "autoreply",
        "sender": "Ria ter Horst <r.terhorst@werkorganisatie-vechtdal-zuid.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": f"Automatisch antwoord: {WELCOME}",
        "body": _(
            """
            Mevrouw Ter Horst is met pensioen. Haar taken zijn overgenomen door de heer Gijs van Dalfsen,
            interim-directeur, te bereiken via g.vandalfsen@werkorganisatie-vechtdal-zuid.nl.

            Dit bericht is automatisch gegenereerd.
            """
        ),
    },
    # ---------------------------------------------------------------- spam filters
    {
        "id": "d112-043",
        "kind": "autoreply",
        "sender": "Spamfilter Gemeente Brakelduin <quarantaine@brakelduin.nl>",
        "quote": "none",
        "subject": "Bevestig uw e-mailadres: uw bericht aan r.vos@brakelduin.nl is tegengehouden",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Uw bericht met onderwerp "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            aan r.vos@brakelduin.nl is tijdelijk tegengehouden.

            Om te bevestigen dat u geen ongevraagde e-mail verstuurt, klikt u binnen 72 uur op de volgende link:
            https://mailfilter.brakelduin.nl/verify?id=9f3c1d27e5

            Na bevestiging wordt uw bericht alsnog afgeleverd en worden uw volgende berichten niet meer
            tegengehouden. U hoeft dit maar één keer te doen.
            """
        ),
    },
    {
        "id": "d112-044",
        "kind": "autoreply",
        "sender": "MailGuard Verify <verify@mailguard-pro.eu>",
        "quote": "none",
        "subject": "Please verify your message to h.delange@kustwerk.nl",
        "body": _(
            """
            Hello,

            You recently sent a message to h.delange@kustwerk.nl. To protect against spam, this recipient only
            accepts email from verified senders.

            To verify yourself, simply reply to this email without changing the subject line, or click:
            https://verify.mailguard-pro.eu/c/7781-AXQ2

            Unverified messages are deleted after 7 days.

            -- MailGuard Challenge/Response
            """
        ),
    },
    {
        "id": "d112-045",
        "kind": "autoreply",
        "sender": "E-mailbeveiliging Werkorganisatie Lingeoever <postmaster@lingeoever.nl>",
        "quote": "none",
        "subject": f"Uw bericht is in quarantaine geplaatst: {INV}",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Uw bericht aan d.everaars@lingeoever.nl is in quarantaine geplaatst omdat het een bijlage bevat
            (uitnodiging.ics) die door ons beleid wordt gecontroleerd.

            De beheerder beoordeelt het bericht binnen één werkdag. U hoeft niets te doen. Wordt het bericht
            vrijgegeven, dan wordt het alsnog bezorgd.
            """
        ),
    },
    # ---------------------------------------------------------------- delivery failures
    {
        "id": "d112-046",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kreekland.onmicrosoft.com>",
        "quote": "none",
        "subject": f"Undeliverable: {INV}",
        "body": _(
            """
            Your message to m.vanderstraaten@werkorganisatie-kreekland.nl couldn't be delivered.

            m.vanderstraaten wasn't found at werkorganisatie-kreekland.nl.

            info          Office 365          m.vanderstraaten
            Action Required                   Recipient

            Unknown To address

            How to Fix It
            The address may be misspelled or may not exist. Try one or more of the following:
            - Retype the recipient's address, then resend the message.

            Diagnostic information for administrators:
            Generating server: AM9PR04MB8211.eurprd04.prod.outlook.com
            m.vanderstraaten@werkorganisatie-kreekland.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d112-047",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vlietstreek.onmicrosoft.com>",
        "quote": "none",
        "subject": f"Onbestelbaar: {REM}",
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij e.hooijer@vlietstreek.nl omdat het postvak van de
            geadresseerde vol is en momenteel geen berichten kan accepteren.

            Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de
            geadresseerde.

            Diagnostische gegevens voor beheerders:
            Server die het bericht heeft gegenereerd: DB8PR09MB3377.eurprd09.prod.outlook.com
            e.hooijer@vlietstreek.nl
            Externe server heeft '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
            geretourneerd
            """
        ),
    },
    {
        "id": "d112-048",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.bedrijfsvoering-harderhoek.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": AUTO,
        "body": _(
            """
            This is the mail system at host mx1.bedrijfsvoering-harderhoek.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <a.meulenbelt@bedrijfsvoering-harderhoek.nl>: host
                mail.bedrijfsvoering-harderhoek.nl[10.20.4.11] said: 550 5.1.1
                <a.meulenbelt@bedrijfsvoering-harderhoek.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d112-049",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Adres niet gevonden **

            Je bericht is niet bezorgd bij hans.wieringa@gemeentewestervlier.nl omdat het adres niet kan worden
            gevonden of geen e-mail kan ontvangen.

            Hier vind je meer informatie: https://support.google.com/mail/?p=NoSuchUser

            Het antwoord was:

            550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the
            recipient's email address for typos or unnecessary spaces.
            """
        ),
    },
    {
        "id": "d112-050",
        "kind": "bounce",
        "sender": "Mail Delivery System <Mailer-Daemon@smtp.samenwerkingkempenland.nl>",
        "quote": "none",
        "subject": "Mail delivery failed: returning message to sender",
        "headers": AUTO,
        "body": _(
            """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              j.rutten@samenwerkingkempenland.nl
                mailbox is full: retry timeout exceeded

            ------ This is a copy of the message, including all the headers. ------
            Subject: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
            From: info@ambtelijkefusie.nl
            """
        ),
    },
    {
        "id": "d112-051",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@bvo-neerdal.nl>",
        "quote": "none",
        "subject": (
            "DELIVERY FAILURE: User Margriet van den Berg (mvdberg@bvo-neerdal.nl) not listed in Domino Directory"
        ),
        "body": _(
            """
            Your message

              Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
            [atelier:2027-1]

            was not delivered to:

              mvdberg@bvo-neerdal.nl

            because:

              User Margriet van den Berg (mvdberg@bvo-neerdal.nl) not listed in Domino Directory
            """
        ),
    },
    {
        "id": "d112-052",
        "kind": "bounce",
        "sender": "Mailserver Zeeuwse Eilanden Samen <mailer-daemon@mail.zeeuwse-eilanden-samen.nl>",
        "quote": "none",
        "subject": f"Niet afgeleverd: {WELCOME}",
        "headers": AUTO,
        "body": _(
            """
            Uw bericht kon niet worden afgeleverd.

            Ontvanger:  c.bakx@zeeuwse-eilanden-samen.nl
            Reden:      de ontvanger bestaat niet op deze server (550 5.1.1 onbekende gebruiker)

            Dit is een automatisch bericht van de mailserver. Controleer het adres en verstuur uw bericht opnieuw.
            """
        ),
    },
    {
        "id": "d112-053",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Message not delivered **

            There was a problem delivering your message to r.dekkers@werkorganisatie-ooststellingwerf-noord.nl.
            See the technical details below.

            DNS Error: Domain name not found

            The domain werkorganisatie-ooststellingwerf-noord.nl couldn't be found. Check for typos or
            unnecessary spaces and try again.
            """
        ),
    },
    {
        "id": "d112-054",
        "kind": "bounce",
        "sender": "System Administrator <postmaster@gemeenteheerendijk.local>",
        "quote": "none",
        "subject": f"Undeliverable: {CALL}",
        "body": _(
            """
            Your message did not reach some or all of the intended recipients.

                  Subject:  Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
                  Sent:     5-1-2027 08:30

            The following recipient(s) cannot be reached:

                  Geert Harmsen on 5-1-2027 08:31
                        The e-mail address you entered couldn't be found. Please check the recipient's e-mail
                        address and try to resend the message.
                        <exch02.heerendijk.local #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>
            """
        ),
    },
    {
        "id": "d112-055",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@dalfsenwijhe-samen.nl>",
        "quote": "none",
        "subject": f"Undeliverable: {CALL}",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            Irene Wesselink (i.wesselink@dalfsenwijhe-samen.nl)
            Your message wasn't delivered because the recipient's email provider rejected it.

            Diagnostic information for administrators:
            Remote Server returned '550 5.7.1 Message rejected as spam by Content Filtering.'
            """
        ),
    },
    {
        "id": "d112-056",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lingewerkt.onmicrosoft.com>",
        "quote": "none",
        "subject": f"Undeliverable: {CHANGE}",
        "body": _(
            """
            Your message to b.vaessen@lingewerkt.nl couldn't be delivered.

            The message is too large for the recipient's mailbox.

            Diagnostic information for administrators:
            Remote Server returned '552 5.3.4 Message size exceeds fixed maximum message size'
            """
        ),
    },
    {
        "id": "d112-057",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@afnetwerk.onmicrosoft.com>",
        "quote": "none",
        "subject": f"Undeliverable: {REM}",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            k.jaspers@gemeentenvandeweerribben.nl
            The destination server for this recipient could not be reached. We tried for 48 hours and have given
            up.

            Diagnostic information for administrators:
            Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'
            """
        ),
    },
    {
        "id": "d112-058",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@relay.bommelerwaard-samen.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host relay.bommelerwaard-samen.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <t.brugman@bommelerwaard-samen.nl>: host mailstore02[192.0.2.18] said: 550 5.2.1
                Mailbox disabled, not accepting messages (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d112-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@essenburg.onmicrosoft.com>",
        "quote": "none",
        "subject": f"Kan niet worden bezorgd: {WELCOME}",
        "body": _(
            """
            Uw bericht heeft e.wissink@werkorganisatie-essenburg.nl niet bereikt omdat het adres niet bestaat.

            Het adres bevat mogelijk een typefout of bestaat niet. Probeer het volgende:
            - Typ het adres opnieuw en verzend het bericht nogmaals.
            - Verwijder het adres uit de lijst Automatisch aanvullen.

            Externe server heeft '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' geretourneerd
            """
        ),
    },
    {
        "id": "d112-060",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <MAILER-DAEMON@mx.waalenlinge.nl>",
        "quote": "none",
        "subject": f"Returned mail: see transcript for details ({CONFIRM})",
        "headers": AUTO,
        "body": _(
            """
            The original message was received at Mon, 7 Dec 2026 14:02:11 +0100
            from out.ambtelijkefusie.nl

               ----- The following addresses had permanent fatal errors -----
            <f.vanhal@waalenlinge.nl>
                (reason: 550 5.1.1 <f.vanhal@waalenlinge.nl>... User unknown)

               ----- Transcript of session follows -----
            ... while talking to mail.waalenlinge.nl.:
            >>> RCPT To:<f.vanhal@waalenlinge.nl>
            <<< 550 5.1.1 <f.vanhal@waalenlinge.nl>... User unknown
            550 5.1.1 <f.vanhal@waalenlinge.nl>... User unknown
            """
        ),
    },
    {
        "id": "d112-061",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@hetnet-zakelijk.nl>",
        "quote": "none",
        "subject": "Bericht niet bezorgd: postvak vol",
        "body": _(
            """
            Beste afzender,

            Uw e-mail aan jaap.molenkamp@hetnet-zakelijk.nl kon niet worden bezorgd, omdat de mailbox van de
            ontvanger vol is. De ontvanger moet eerst ruimte vrijmaken. Wij hebben het bericht niet bewaard.

            Foutcode: 552 5.2.2 Quota exceeded
            """
        ),
    },
    {
        "id": "d112-062",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Message blocked **

            Your message to secretariaat@bvo-kromwijk.nl has been blocked. See technical details below for more
            information.

            The response from the remote server was:
            554 5.4.6 Hop count exceeded - possible mail loop
            """
        ),
    },
    {
        "id": "d112-063",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mail.essenburg.nl>",
        "quote": "none",
        "subject": "Onbestelbaar bericht teruggestuurd naar afzender",
        "headers": AUTO,
        "body": _(
            """
            Dit is het mailsysteem op host mail.essenburg.nl.

            Helaas moeten wij u meedelen dat uw bericht niet kon worden afgeleverd bij een of meer
            ontvangers. Het bericht is hieronder bijgevoegd.

            <d.terbeek@essenburg.nl>: host imap.essenburg.nl[local] said: 550 5.1.1
                Onbekende ontvanger / User unknown (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d112-064",
        "kind": "bounce",
        "sender": "MAILER-DAEMON@mail.kleinestedenwest.nl",
        "quote": "none",
        "subject": "failure notice",
        "body": _(
            """
            Hi. This is the qmail-send program at mail.kleinestedenwest.nl.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <o.vink@kleinestedenwest.nl>:
            Sorry, no mailbox here by that name. (#5.1.1)
            """
        ),
    },
    {
        "id": "d112-065",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ijsselvliet.onmicrosoft.com>",
        "quote": "none",
        "subject": f"Onbestelbaar: {CONFIRM2}",
        "body": _(
            """
            Kan niet bezorgen bij de volgende geadresseerden of groepen:

            Nadia Boukhari (n.boukhari@samenwerkingsorganisatie-ijsselvliet.nl)
            Het postvak van de geadresseerde is uitgeschakeld. Neem contact op met de beheerder van de
            geadresseerde.

            Diagnostische gegevens voor beheerders:
            Externe server heeft '550 5.2.1 Mailbox cannot be accessed' geretourneerd
            """
        ),
    },
    # ---------------------------------------------------------------- calendar answers
    {
        "id": "d112-066",
        "kind": "rsvp",
        "attending": True,
        "sender": "Eline Verhoef <e.verhoef@werkorganisatie-rijnveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Geaccepteerd: {INV}",
        "body": "",
    },
    {
        "id": "d112-067",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harm Brouwers <h.brouwers@peelrand-werkorganisatie.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Afgewezen: {INV}",
        "body": _(
            """
            Helaas valt dit samen met een vergadering van het AB.
            """
        ),
    },
    {
        "id": "d112-068",
        "kind": "rsvp",
        "attending": True,
        "sender": "Charlotte Meinders <c.meinders@drechtoevers.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Accepted: {INV}",
        "body": _(
            """
            Looking forward to it!
            """
        ),
    },
    {
        "id": "d112-069",
        "kind": "rsvp",
        "attending": False,
        "sender": "Vincent Hazenberg <v.hazenberg@lingewerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Declined: {INV}",
        "body": "",
    },
    {
        "id": "d112-070",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fenna Oldenziel <fenna.oldenziel@hunzedal-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            f"Geaccepteerd: {INV} @ do 11 mrt 2027 14:00 - 17:30 (CET) (info@ambtelijkefusie.nl)"
        ),
        "body": _(
            """
            Fenna Oldenziel heeft deze uitnodiging geaccepteerd.

            Uitnodiging van Google Agenda
            """
        ),
    },
    {
        "id": "d112-071",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karel Bosman <karel.bosman@bvo-waterdaal.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Declined: {INV} @ Thu 11 Mar 2027 2pm - 5:30pm (CET) (info@ambtelijkefusie.nl)",
        "body": _(
            """
            Karel Bosman has declined this invitation.

            Invitation from Google Calendar
            """
        ),
    },
    {
        "id": "d112-072",
        "kind": "rsvp",
        "attending": True,
        "sender": "Robbert Zijlstra <r.zijlstra@noorderveen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Geaccepteerd: {CHANGE}",
        "body": "",
    },
    {
        "id": "d112-073",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Lammers <p.lammers@kempenstad-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Afgewezen: {CHANGE}",
        "body": _(
            """
            Op 18 maart zit ik bij de ledenvergadering van de VNG, dus dat wordt hem niet. Jammer!
            """
        ),
    },
    {
        "id": "d112-074",
        "kind": "rsvp",
        "attending": True,
        "sender": "Maarten Dijkhuis <m.dijkhuis@werkorganisatie-twentezuid.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Uitnodiging geaccepteerd: {INV}",
        "body": _(
            """
            Maarten Dijkhuis heeft uw uitnodiging voor "Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            geaccepteerd.
            """
        ),
    },
    {
        "id": "d112-075",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sophie Timmer <s.timmer@gemeentenaanzee.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Geaccepteerd: {SUBSTITUTE}",
        "body": "",
    },
    {
        "id": "d112-076",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat Kalkman <secretariaat.directie@gr-westfriesland-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Afgewezen: {INV}",
        "body": _(
            """
            Namens de heer Kalkman: hij is die middag verhinderd.

            Met vriendelijke groet,
            Secretariaat directie GR West-Friesland Oost
            """
        ),
    },
    {
        "id": "d112-077",
        "kind": "other",
        "sender": "Diederik Faber <d.faber@zeeuwsvlakte.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Geaccepteerd: {INV}",
        "body": _(
            """
            Ik kom graag, maar ik ben slecht ter been. Kunt u mij laten weten of er bij het Stadskantoor een
            invalidenparkeerplaats is en hoe ver die van de zaal ligt?
            """
        ),
    },
    # ---------------------------------------------------------------- people answering the invitation
    {
        "id": "d112-078",
        "kind": "rsvp",
        "attending": True,
        "sender": "Margot Wennekes <m.wennekes@werkorganisatie-oostervaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Hallo Stan,

            Ik ben met vakantie (sneeuw, zon, geen laptop), maar kom op 11 maart graag. Zet me maar op de lijst.

            Groet,
            Margot

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d112-079",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat Dekker <bestuurssecretariaat@bvo-altena.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Mevrouw Dekker is van 1 tot en met 14 maart afwezig. Zij kan daardoor helaas niet aanwezig zijn bij het
            atelier van 11 maart. Voor dringende zaken kunt u contact opnemen met het bestuurssecretariaat.

            Met vriendelijke groet,

            Bestuurssecretariaat BVO Altena
            T 0183 - 44 90 20
            """
        ),
    },
    {
        "id": "d112-080",
        "kind": "rsvp",
        "attending": True,
        "sender": "Youssef Amrani <y.amrani@werkorganisatie-zandwijk.nl>",
        "thread": "invitation",
        "subject": f"Automatisch antwoord: Re: {INV}",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dit is geen automatisch antwoord, al voelt het na drie weken begrotingsoverleg wel zo.

            Ja, ik kom op 11 maart. Met z'n tweeën: ik neem mijn controller mee.

            Youssef
            """
        ),
    },
    {
        "id": "d112-081",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerda Postma <g.postma@hunzedal-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Excuus voor mijn afwezigheidsmelding van vorige week, die had ik vergeten uit te zetten. Ik ben terug
            en meld me bij deze aan voor 11 maart.

            Hartelijke groet,
            Gerda Postma
            Directeur bedrijfsvoering Hunzedal Werkt
            """
        ),
    },
    {
        "id": "d112-082",
        "kind": "rsvp",
        "attending": True,
        "sender": "Laura Whitfield-de Graaf <l.whitfield@kustwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Technically I'm still on parental leave, but I wouldn't want to miss this one - count me in for
            11 March. I'll be back at work the week before anyway.

            Best,
            Laura
            """
        ),
    },
    {
        "id": "d112-083",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jan-Willem Hofstede <jw.hofstede@werkorganisatie-kreekland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Van 8 tot en met 19 maart ben ik met verlof, dus op de 11e kan ik er helaas niet bij zijn. Ik hoop op
            een volgende keer.

            Groet,
            Jan-Willem Hofstede
            """
        ),
    },
    {
        "id": "d112-084",
        "kind": "rsvp",
        "attending": False,
        "sender": "Niels Overdijk <n.overdijk@stedendriehoek-bedrijfsvoering.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Vast op Schiphol, vlucht uit Lissabon geannuleerd. Ik ga het morgen niet redden, geef mijn plek maar
            aan iemand van de wachtlijst.

            Niels

            Dit bericht is verstuurd vanaf een mobiel apparaat; excuses voor de beknoptheid.
            """
        ),
    },
    {
        "id": "d112-085",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie <secretariaat@maasenpeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer Verstappen bevestig ik zijn aanwezigheid bij het Leer- en inspireer-atelier op
            11 maart 2027. Hij komt met 1 gast.

            Met vriendelijke groet,

            Sandra Peeters
            Secretariaat directie Maas en Peel
            """
        ),
    },
    {
        "id": "d112-086",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hester Kwakman <h.kwakman@gr-kromme-rijn.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kan toch niet; geef mijn plek op de wachtlijst maar aan een ander.

            Hester Kwakman
            Afwezig op vrijdagen
            """
        ),
    },
    {
        "id": "d112-087",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erik Bosgraaf <e.bosgraaf@noordoostpolderland-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan,

            Ik kan er zelf niet bij zijn. Mijn collega Roos Verbeek, directeur sociaal domein
            (r.verbeek@noordoostpolderland-samen.nl), komt in mijn plaats.

            Groet,
            Erik

            --
            Van 1 t/m 12 maart ben ik afwezig. Mail wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "d112-088",
        "kind": "rsvp",
        "attending": True,
        "sender": "Alistair Veenstra <a.veenstra@duinstreek-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Still coming, see you Thursday.

            Sent from Outlook for Android
            """
        ),
    },
    {
        "id": "d112-089",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat Directie <secretariaat.directie@lingeoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Janssen-Kooi is verhinderd in verband met vakantie.

            Met vriendelijke groet,
            Ans de Wit
            secretariaat directie
            """
        ),
    },
    # ---------------------------------------------------------------- people who read like machines: other
    {
        "id": "d112-090",
        "kind": "other",
        "sender": "Brenda Smeenk <b.smeenk@werkorganisatie-waterdaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik zit tot eind februari met verlof en heb mijn agenda voor maart nog niet scherp. Alvast een vraag:
            is het atelier ook hybride goed te volgen, of is de Teams-link alleen bedoeld voor wie echt niet
            kan? Dan weet ik wat ik moet plannen.

            Groet,
            Brenda Smeenk
            """
        ),
    },
    {
        "id": "d112-091",
        "kind": "other",
        "sender": "Ingeborg Valk <i.valk@bvo-neerdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Ter informatie: de heer Smeets is sinds 1 januari niet meer werkzaam bij BVO Neerdal. De nieuwe
            algemeen directeur is mevrouw Noor Bijlsma (n.bijlsma@bvo-neerdal.nl).

            Met vriendelijke groet,

            Ingeborg Valk
            Managementassistent
            """
        ),
    },
    {
        "id": "d112-092",
        "kind": "other",
        "sender": "Carla Meesters <c.meesters@heuvelrode.nl>",
        "quote": "none",
        "subject": "Fwd: Automatisch antwoord: carpoolen naar Utrecht?",
        "body": _(
            """
            Dag Stan en Melanie,

            Ik wilde met Peter van der Kolk carpoolen naar het atelier, maar kreeg onderstaande melding. Weten
            jullie of hij op 11 maart komt? Dan bel ik zijn secretariaat wel even.

            Groet, Carla

            ---------- Doorgestuurd bericht ---------
            Van: Peter van der Kolk <p.vanderkolk@gemeentenaanzee.nl>
            Datum: ma 22 feb 2027 om 09:12
            Onderwerp: Automatisch antwoord: carpoolen naar Utrecht?
            Aan: Carla Meesters <c.meesters@heuvelrode.nl>

            Ik ben afwezig tot en met 5 maart. Uw bericht wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "d112-093",
        "kind": "other",
        "sender": "Thijs Aarnink <t.aarnink@dinkelmark.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ontvangen, dank.

            Thijs
            """
        ),
    },
    {
        "id": "d112-094",
        "kind": "other",
        "sender": "Mirjam de Kort <mirjam.dekort@gmail.com>",
        "quote": "none",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Beste secretariaat,

            Mijn adres m.dekort@gr-westfriesland-oost.nl is niet meer in gebruik sinds onze ICT-migratie. Wilt
            u de uitnodigingen voortaan naar m.dekort@westfriesland-oost.nl sturen? Tot de migratie klaar is mail
            ik even vanaf dit privéadres.

            Met vriendelijke groet,
            Mirjam de Kort
            directeur GR West-Friesland Oost
            """
        ),
    },
    {
        "id": "d112-095",
        "kind": "other",
        "sender": "Hilde Smulders <h.smulders@vlietstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Jullie herinnering aan Els Hooijer kwam als onbestelbaar terug omdat haar postvak vol zat. Dat hebben we
            inmiddels opgeruimd. Kunnen jullie de herinnering, met de praktische details, nog een keer naar haar
            sturen?

            Met vriendelijke groet,
            Hilde Smulders
            secretariaat directie Vlietstreek
            """
        ),
    },
    {
        "id": "d112-096",
        "kind": "other",
        "sender": "Arjen Kooistra <a.kooistra@werkorganisatie-rijnveld.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Elke keer als ik op jullie mails reageer, krijg ik zo'n keurig automatisch bericht terug. Leest er
            eigenlijk nog een mens mee, of praat ik tegen een systeem? Ik zou mijn suggestie graag even
            toelichten aan iemand van het secretariaat.

            Arjen
            """
        ),
    },
    {
        "id": "d112-097",
        "kind": "other",
        "sender": "Desiree Hulshof <d.hulshof@samenwerkingkempenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik zag dat mijn out-of-office op jullie uitnodiging heeft gereageerd. Telt dat soms als aanmelding?
            Ik weet namelijk nog niet of ik kan en wil geen plek bezet houden voor niets.

            Groet,
            Desiree
            """
        ),
    },
    {
        "id": "d112-098",
        "kind": "other",
        "sender": "Functioneel beheer ICT <fb-ict@gemeenschappelijke-ict-waalenlinge.nl>",
        "quote": "none",
        "subject": "Uw mails komen bij ons in quarantaine",
        "body": _(
            """
            Goedemiddag,

            Wij zien dat berichten van info@ambtelijkefusie.nl bij ons regelmatig in quarantaine belanden: onze
            filter meldt een mislukte DKIM-controle. Kunt u bij uw beheerder nagaan of de DKIM-sleutel en het
            SPF-record kloppen? Tot die tijd geven wij de berichten handmatig vrij.

            Met vriendelijke groet,
            Mehmet Yildiz
            Functioneel beheer, Gemeenschappelijke ICT Waal en Linge
            """
        ),
    },
    {
        "id": "d112-099",
        "kind": "other",
        "sender": "Evelien Roodhart <evelien.roodhart@ziggo.nl>",
        "quote": "none",
        "subject": "Lidmaatschap tijdens sabbatical",
        "body": _(
            """
            Beste Stan en Melanie,

            Tot 1 september ben ik met sabbatsverlof. Kunnen jullie mijn lidmaatschap zolang op pauze zetten en me
            daarna weer de uitnodigingen sturen? Of is het eenvoudiger als ik me nu afmeld en in september opnieuw
            aanmeld? Laat maar weten wat voor jullie het handigst is.

            Hartelijke groet,
            Evelien
            """
        ),
    },
    {
        "id": "d112-100",
        "kind": "other",
        "sender": "Rik Tuinstra <r.tuinstra@werkorganisatie-oostervaart.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helder, dank voor de update.
            """
        ),
    },
    {
        "id": "d112-101",
        "kind": "other",
        "sender": "Monique Brands <m.brands@zandwijk-beekstein.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            De heer Oudeman is langdurig ziek; wanneer hij terugkomt is nog niet bekend. Wilt u de uitnodigingen en
            andere berichten van het netwerk voorlopig naar mij sturen? Ik bespreek ze dan met zijn
            plaatsvervanger.

            Met vriendelijke groet,
            Monique Brands
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d112-102",
        "kind": "other",
        "sender": "Peter-Paul Gerritsen <pp.gerritsen@bommelerwaard-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank, ontvangen. Het verslag lees ik dit weekend.
            """
        ),
    },
    {
        "id": "d112-103",
        "kind": "other",
        "sender": "Joke Steenbergen <j.steenbergen@drechtoevers.nl>",
        "quote": "none",
        "subject": "Even niet bereikbaar",
        "body": _(
            """
            Beste Stan en Melanie,

            Ter info: de komende drie weken ben ik niet bereikbaar in verband met een operatie. Is er in die tijd
            iets rond het atelier dat niet kan wachten, bel dan mijn secretaresse Ellen, 078 - 620 33 14.

            Willen jullie mij het verslag van het vorige atelier nog een keer sturen? Ik kan het niet meer vinden
            en heb straks tijd genoeg om te lezen.

            Hartelijke groet,
            Joke Steenbergen
            """
        ),
    },
    {
        "id": "d112-104",
        "kind": "other",
        "sender": "Graham Pieterse <g.pieterse@kustwerk.nl>",
        "quote": "none",
        "subject": "Bounce from your address?",
        "body": _(
            """
            Hi,

            Last week I tried to send you my topic ideas for the next atelier, but got an 'undeliverable' message
            back from your server. Is info@ambtelijkefusie.nl the right address? I'll resend once I know it
            arrives.

            Regards,
            Graham Pieterse
            Director of Operations, Kustwerk
            """
        ),
    },
    {
        "id": "d112-105",
        "kind": "other",
        "sender": "Algemene postbus Hunzedal <post@hunzedal-werkt.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemorgen,

            Onderstaande uitnodiging kwam binnen op ons algemene adres. Is die ook bedoeld voor onze nieuwe
            directeur, mevrouw Harkema? Ik weet niet of zij al lid is van uw netwerk.

            Met vriendelijke groet,
            Team Postbehandeling Hunzedal Werkt
            """
        ),
    },
    {
        "id": "d112-106",
        "kind": "other",
        "sender": "Bas Lindeman <b.lindeman@werkorganisatie-essenburg.nl>",
        "thread": "invitation",
        "subject": f"Automatisch antwoord: RE: {INV}",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit is een automatisch antwoord. Grapje, ik zit gewoon op een terrasje in Andalusië.

            Vraagje tussendoor: krijgen de online deelnemers de Teams-link nog apart, of is de link in deze mail
            de definitieve?

            Bas
            """
        ),
    },
    {
        "id": "d112-107",
        "kind": "other",
        "sender": "Secretariaat Brandsma <secretariaat@ravenveld-ommelanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Uw mail is doorgezet naar de heer Brandsma. Hij komt hier bij u op terug.

            Met vriendelijke groet,
            Ria Hoogland
            """
        ),
    },
    # ---------------------------------------------------------------- leaving and hand-overs
    {
        "id": "d112-108",
        "kind": "unsubscribe",
        "sender": "Anja Wiersma <a.wiersma@gr-driepolders.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Mevrouw Bakker is per 1 februari vertrokken bij GR De Drie Polders. Haar opvolger, de heer Tim
            Ouwerkerk (t.ouwerkerk@gr-driepolders.nl), neemt haar plaats in het netwerk over. Wilt u mevrouw
            Bakker uitschrijven en de uitnodigingen voortaan aan de heer Ouwerkerk sturen?

            Met vriendelijke groet,
            Anja Wiersma
            directiesecretariaat
            """
        ),
    },
    {
        "id": "d112-109",
        "kind": "unsubscribe",
        "sender": "Lodewijk Sterrenburg <l.sterrenburg@lingewerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Per 1 april ga ik met pensioen, dus voor mij geen ateliers meer. Wil je me uit het netwerk uitschrijven?
            Dank voor de mooie bijeenkomsten van de afgelopen jaren.

            Met vriendelijke groet,
            Lodewijk Sterrenburg

            Let op: van 20 t/m 28 februari ben ik afwezig. Mijn mail wordt in die periode niet gelezen.
            """
        ),
    },
    {
        "id": "d112-110",
        "kind": "unsubscribe",
        "sender": "Marjolein Hak <m.hak@werkorganisatie-vechtdal-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Mijn opvolger is Lotte Brink, l.brink@werkorganisatie-vechtdal-zuid.nl; zij
            neemt vanaf maart mijn plek in het netwerk in.

            Marjolein
            """
        ),
    },
    {
        "id": "d112-111",
        "kind": "unsubscribe",
        "sender": "Gijs Meulendijk <g.meulendijk@maasenpeel.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Ik ben niet meer werkzaam als directeur bij Maas en Peel en kom dus ook niet naar het atelier.
            Wil je mij van de ledenlijst halen?

            Gijs Meulendijk
            """
        ),
    },
    {
        "id": "d112-112",
        "kind": "unsubscribe",
        "sender": "Catherine van Lier <c.vanlier@zeeuwse-eilanden-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            I have moved to a role at the province and am no longer involved in our shared service organisation.
            Please remove me from the network's mailing list.

            Kind regards,
            Catherine van Lier
            """
        ),
    },
    {
        "id": "d112-113",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Wouter Ramaker <w.ramaker@gemeentenvandeweerribben.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik wil geen geautomatiseerde berichten meer van jullie. Verwijder al mijn gegevens uit jullie systemen,
            conform de AVG, en bevestig dat dat gebeurd is.

            W. Ramaker
            """
        ),
    },
    {
        "id": "d112-114",
        "kind": "unsubscribe",
        "sender": "Postbus Directie Kleine Steden West <directie@kleinestedenwest.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit is de algemene postbus van de directie. Vanaf dit adres heeft niemand zich aangemeld.

            Team directieondersteuning
            """
        ),
    },
    # ---------------------------------------------------------------- confirm, subscribe, suggestion
    {
        "id": "d112-115",
        "kind": "confirm",
        "sender": "Sanne Kuijpers <s.kuijpers@peelrand-werkorganisatie.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bevestigd! Groeten uit Lapland.

            Sanne
            """
        ),
    },
    {
        "id": "d112-116",
        "kind": "confirm",
        "sender": "Daan Kiers <d.kiers@bvo-kromwijk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Uw eerste mail viel in mijn vakantie en is in de stapel gebleven. Bij dezen alsnog bevestigd.

            Met vriendelijke groet,

            Daan Kiers
            Directeur Bedrijfsvoering Kromwijk
            Ik werk niet op woensdag.
            """
        ),
    },
    {
        "id": "d112-117",
        "kind": "confirm",
        "sender": "Rianne Oosterhout <r.oosterhout@dalfsenwijhe-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            Rianne Oosterhout
            gemeentesecretaris-directeur Dalfsen-Wijhe Samen

            Ik ben afwezig van 24 december tot en met 3 januari.
            """
        ),
    },
    {
        "id": "d112-118",
        "kind": "subscribe",
        "sender": "Thomas Brinkman <t.brinkman@gemeenten-oostkust.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Goedendag,

            Sinds 1 februari ben ik algemeen directeur van de werkorganisatie Gemeenten Oostkust. Graag meld ik me
            aan als lid van het netwerk.

            Met vriendelijke groet,
            Thomas Brinkman

            Deze e-mail is automatisch gecontroleerd op virussen. Dit bericht is uitsluitend bestemd voor de
            geadresseerde. Als dit bericht niet voor u bestemd is, wordt u verzocht de afzender hiervan op de hoogte
            te stellen en het bericht te verwijderen.
            """
        ),
    },
    {
        "id": "d112-119",
        "kind": "subscribe",
        "sender": "Hendrik-Jan Pot <hj.pot@werkorganisatie-twentezuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik wil graag lid blijven. Die afmelding kwam niet van mij: vermoedelijk heeft een regel in mijn
            mailbox uit zichzelf op jullie mail gereageerd. Die heb ik inmiddels uitgezet.

            Hendrik-Jan Pot
            """
        ),
    },
    {
        "id": "d112-120",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wilma Jonkers <w.jonkers@werkorganisatie-lindewaarde.nl>",
        "thread": "call_for_themes",
        "subject": f"Automatisch antwoord: {CALL}",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Piep. Deze directeur is na vier begrotingsrondes volledig geautomatiseerd. Piep.

            Serieus, een onderwerp: hoe voorkom je dat de werkorganisatie een ambtelijke machine wordt? Ik zou
            het willen hebben over het sturingsconcept: ruimte voor vakmanschap en eigen afweging van
            medewerkers tegenover steeds meer protocollen en dashboards.

            Wilma
            """
        ),
    },
    {
        "id": "d112-121",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Marco Hendriksen <m.hendriksen@gemeentewestervlier.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Vanaf een camping in de Ardèche, dus kort:

            Inzet van chatbots en AI in het klantcontact van onze gemeenten: wat merken inwoners ervan, wat gaat
            er mis, en hoe meten we of de dienstverlening er echt beter van wordt?

            Marco
            """
        ),
    },
    {
        "id": "d112-122",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Yvonne Rademaker <y.rademaker@noordoostpolderland-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Voor het volgende atelier: de positie van de werkorganisatie in de regio, nu de regiodeals en
            woondeals steeds vaker via de provincie lopen. Hoe houden onze deelnemende gemeenten dan grip op de
            gezamenlijke opgaven?

            Groet,
            Yvonne Rademaker

            Ik ben tot 2 april afwezig; mail wordt na terugkomst gelezen.
            """
        ),
    },
    {
        "id": "d112-123",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jasper Kamphuis <j.kamphuis@gr-westfriesland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Sorry for the English, my keyboard and my head are still on holiday. A topic: a long-term vision on
            our organisation - what should a shared civil-service organisation look like in 2035, and which
            choices do our boards have to make for that now?

            Jasper
            """
        ),
    },
]
# fmt: on
