"""devset146: English and bilingual writers, across every kind of mail the service receives.

Directors, interim managers and their assistants who write in English, or switch between English and Dutch within
one mail: international hires, Flemish and expat interim directors, management assistants with English templates.
They sign up, confirm, answer the invitation yes or no (also by calendar and through an assistant), propose topics
under the call for themes, the follow-up, the welcome and the invitation, leave, ask for erasure and hand over their
seat; their servers send out-of-office replies, read receipts, ticket numbers and bounces. About half the cases are
look-alikes for the secretariat: a yes on a condition, a confirmation with a question, pitches, an address change,
a request to see one's data, several colleagues signed up at once, a hand-over for a later date, proposals about the
form of the ateliers.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer;
- a topic proposed under any of our mails is a suggestion, also beside a yes; a proposal about time or format of the
  atelier, backing someone else's topic and asking to present are other;
- leaving the network and declining the atelier in one mail is unsubscribe; declining the atelier only, or with a
  substitute, is rsvp False; an assistant answering in reply to our invitation is rsvp;
- a hand-over with or without the successor's address is unsubscribe, a hand-over for a later date while staying a
  member is other; "I'd like to remain a member" under our goodbye is subscribe;
- a plain denial under the confirmation mail is unsubscribe, a denial that asks where we got the address is other;
- a signature alone under the confirmation mail is confirm; an assistant confirming for someone else is other;
- an erasure request is unsubscribe with erase, a request to see one's data is other; an address change is other;
- signing up one named colleague with an address is subscribe, several people is other; an assistant's new mail
  or forward about the director's attendance is other;
- a "no" that only answers side questions is other; out-of-office, read receipts, ticket systems and "no longer in
  use" are autoreply, delivery failures are bounce, neither with a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION_SUBJECT = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
CALL_SUBJECT = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
REMINDER_SUBJECT = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
FOLLOWUP_SUBJECT = (
    'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
)


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe ---------------------------------------------------------------------------------------------
    {
        "id": "d146-001",
        "kind": "subscribe",
        "sender": "Hannah Okafor-Brink <h.okaforbrink@werkorganisatie-veenpoort.nl>",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            Three weeks ago I started as general director of Werkorganisatie Veenpoort, the shared organisation
            of Oosterveen and Poortwolde. A fellow director mentioned your network at the VNG congress and said
            it is the place to compare notes, so I would like to become a member. My Dutch reading is fine, my
            writing less so - hence the English.

            Kind regards,
            Hannah Okafor-Brink
            Algemeen directeur | Werkorganisatie Veenpoort
            """
        ),
    },
    {
        "id": "d146-002",
        "kind": "subscribe",
        "sender": "Pieter-Jan Dewulf <pj.dewulf@grmaasoever.nl>",
        "subject": "Aanmelding / registration",
        "body": _(
            """
            Goedemiddag,

            Per 1 februari ben ik interim directeur bedrijfsvoering bij de GR Maasoever, for at least nine months.
            Graag zou ik me aanmelden voor het netwerk - please use this address for everything.

            Thanks in advance / alvast bedankt,
            Pieter-Jan Dewulf
            Interim directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d146-003",
        "kind": "subscribe",
        "sender": "Sophie Lambrechts <s.lambrechts@heidezoom.nl>",
        "subject": "New member: our director",
        "body": _(
            """
            Hello,

            I support the management team of Werkorganisatie Heidezoom. Our new director, Mr Olusegun Verhagen,
            would like to be added to your network. His e-mail is o.verhagen@heidezoom.nl. He asked me to sort
            this out because he is still setting up his mailbox and doesn't want to miss the next invitation.

            Many thanks,
            Sophie Lambrechts
            Management assistant
            """
        ),
    },
    {
        "id": "d146-004",
        "kind": "subscribe",
        "sender": "Gerard Mulholland <g.mulholland@lingehof.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Hm, this must be a mix-up - I never asked to leave. Perhaps someone clicked the wrong thing while I
            was on holiday. I'd like to remain a member, please.

            Gerard
            """
        ),
    },
    # --- confirm -----------------------------------------------------------------------------------------------
    {
        "id": "d146-005",
        "kind": "confirm",
        "sender": "Rebecca Tjon-A-Fat <r.tjonafat@zuiderkreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thank you.

            Rebecca Tjon-A-Fat
            Director Operations, Werkorganisatie Zuiderkreek
            """
        ),
    },
    {
        "id": "d146-006",
        "kind": "confirm",
        "sender": "Marcus van Buuren <m.vanbuuren@oostermeer-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Marcus van Buuren
            Interim Director | GR Oostermeer
            T +31 6 1947 2280

            This e-mail and any attachments are confidential and intended solely for the addressee. If you have
            received this message in error, please notify the sender and delete it. GR Oostermeer accepts no
            liability for damage caused by the transmission of this message.
            """
        ),
    },
    {
        "id": "d146-007",
        "kind": "confirm",
        "sender": "Lotte Ferwerda <lotte.ferwerda@twaalfhoven.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja hoor, bij deze bevestigd! Sorry, your first mail landed in my junk folder.
            Lotte
            """
        ),
    },
    {
        "id": "d146-008",
        "kind": "confirm",
        "sender": "Arjen Kuipers <a.kuipers@rivierduin.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Yes please. Apologies for the delay, I was on leave and am only now working through my inbox.
            Looking forward to being part of it.

            Arjen

            Sent from my iPhone
            """
        ),
    },
    # --- rsvp yes ----------------------------------------------------------------------------------------------
    {
        "id": "d146-009",
        "kind": "rsvp",
        "attending": True,
        "sender": "Claire Dubois-Hoekstra <c.duboishoekstra@vaartenpolder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITATION_SUBJECT,
        "body": _(
            """
            Count me in for the 11th. See you in Utrecht!
            Claire
            """
        ),
    },
    {
        "id": "d146-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tobias Wennekes <t.wennekes@brakeloo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom - and I'm bringing my deputy Femke along, so that makes two of us. Looking forward to it.

            Gr. Tobias
            """
        ),
    },
    {
        "id": "d146-011",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia El Idrissi <n.elidrissi@kempenzand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Mr Van de Laar, dear Ms Huurneman,

            On behalf of Mr Schuurmans: he will be attending the atelier on 11 March. I have blocked the whole
            afternoon in his calendar.

            Kind regards,
            Nadia El Idrissi
            Executive assistant to the general director, Kempenzand
            """
        ),
    },
    {
        "id": "d146-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Bakhuizen <w.bakhuizen@wadden-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Accepted: " + INVITATION_SUBJECT,
        "body": _(
            """
            Happy to join, see you then.
            """
        ),
    },
    {
        "id": "d146-013",
        "kind": "rsvp",
        "attending": True,
        "sender": "Evelien Groothuis <e.groothuis@heuvelhoeve.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            The 18th actually suits me better than the original date did. I'll be there - please put me down.

            Evelien Groothuis
            Gemeentesecretaris-directeur, Heuvelhoeve
            """
        ),
    },
    # --- rsvp no -----------------------------------------------------------------------------------------------
    {
        "id": "d146-014",
        "kind": "rsvp",
        "attending": False,
        "sender": "James Achterberg <j.achterberg@lingewaal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Unfortunately I won't be able to join on 11 March - I'm on a working visit to our twin town in
            Poland that week. Hope to make the autumn edition.

            Best,
            James
            """
        ),
    },
    {
        "id": "d146-015",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Zijlstra <m.zijlstra@kustwerk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet meer - an extra council session has been called for Thursday afternoon and I
            have to be there. Geef mijn plek gerust aan iemand van de wachtlijst.

            Marloes
            """
        ),
    },
    {
        "id": "d146-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Oudendijk <b.oudendijk@grensland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITATION_SUBJECT,
        "body": _(
            """
            I'm afraid I have a clash with our audit committee that afternoon. My deputy director, Yara Mertens
            (y.mertens@grensland-wo.nl), will come in my place - she's very keen on the subject.

            Regards,
            Bas Oudendijk
            """
        ),
    },
    {
        "id": "d146-017",
        "kind": "rsvp",
        "attending": False,
        "sender": "Irene Kostova <i.kostova@deltapoort-wo.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Please unsubscribe me from this particular session - I registered too hastily and it clashes with
            our budget talks. I do want to stay in the network and hear about the next atelier.

            Irene
            """
        ),
    },
    {
        "id": "d146-018",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Hollander <f.hollander@ijsselkant.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Change of plans on my side, sorry: I have to withdraw after all, so you can drop me from the
            waiting list.

            Frank

            Sent from my iPad
            """
        ),
    },
    {
        "id": "d146-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Priya Ramdin <p.ramdin@wo-amstelzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Thanks for inviting me in Dirk's place, but I can't make it either - I'm on leave that week. I'll let
            him know myself.

            Priya Ramdin
            Teammanager Strategie & Control
            """
        ),
    },
    # --- suggestion --------------------------------------------------------------------------------------------
    {
        "id": "d146-020",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Dominique Verbeek <d.verbeek@kromme-aa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            My suggestion: how do you keep four municipal councils equally committed to the shared organisation
            when their political priorities drift apart? We see growing friction about whose interests come first
            in joint projects.

            Dominique Verbeek
            General director, Werkorganisatie Kromme Aa
            """
        ),
    },
    {
        "id": "d146-021",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Ruben Sarmiento <r.sarmiento@veluwerand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + CALL_SUBJECT,
        "body": _(
            """
            Hi both,

            Twee onderwerpen from my side:
            - AI and automation in onze werkprocessen: what are others actually doing beyond pilots?
            - Een voordeur voor inwoners: how do you offer residents a single front door when the back offices
              sit in three town halls?

            Cheers, Ruben
            """
        ),
    },
    {
        "id": "d146-022",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Harriet Boschma <h.boschma@dijkgraafschap-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Thanks for a genuinely inspiring afternoon and for the quick report. For next time I'd like to talk
            about long-term vision: where do we want our werkorganisatie to stand in 2035, and how do you get
            the colleges to commit to a roadmap that outlasts one council term?

            Harriet
            """
        ),
    },
    {
        "id": "d146-023",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Thijs Ng <t.ng@zeeuwsehaven-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you for the warm welcome. Since you ask: what keeps me up at night is recruitment and
            retention - our IT and finance vacancies stay open for months. I'd love to hear how other fusion
            organisations manage their formatie in this labour market.

            Thijs Ng
            """
        ),
    },
    {
        "id": "d146-024",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Anke Bruggink <a.bruggink@achterhoekzuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Yes, I'll be there. Alvast een idee voor een volgend atelier: monitoring the performance of our
            services to residents and businesses - which dashboards actually tell you something, en wat doe je
            ermee richting de raad?

            Anke
            """
        ),
    },
    {
        "id": "d146-025",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Oscar Lindqvist <o.lindqvist@merwedelanden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            One more for my list, if it isn't too late: keeping the organisation's own budget healthy with wage
            costs rising faster than the contributions. How do others handle overhead, reserves and the business
            case for new systems?

            Oscar
            """
        ),
    },
    {
        "id": "d146-026",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Bernadette Koolhaas <b.koolhaas@polderstad-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + CALL_SUBJECT,
        "body": _(
            """
            Our cooperation between the three municipalities is in good shape these days; the GR board works well
            and the regional table is constructive. What I'd like to put on the agenda is something else: how do
            you set an inhoudelijke agenda for the organisation itself - a handful of bestuurlijke prioriteiten
            that hold for ten years, instead of chasing every new coalition agreement?

            Bernadette
            """
        ),
    },
    {
        "id": "d146-027",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Kwame Mensah-Vos <k.mensahvos@eemvallei-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            A topic for the next round: drawing up a joint long-term vision with our partner municipalities. How
            do you get three councils behind one strategy for the werkorganisatie without ending up at the lowest
            common denominator?

            Kwame
            """
        ),
    },
    # --- unsubscribe -------------------------------------------------------------------------------------------
    {
        "id": "d146-028",
        "kind": "unsubscribe",
        "sender": "Margaret Hoogendoorn <m.hoogendoorn@noordkwartier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear both,

            I retire at the end of this month, so please take me off your mailing list. Thank you for many good
            sessions over the years.

            Margaret
            """
        ),
    },
    {
        "id": "d146-029",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Daniel Wertheim <d.wertheim@bergenzoom-wo.nl>",
        "subject": "GDPR request",
        "body": _(
            """
            To whom it may concern,

            Under Article 17 of the GDPR I request the erasure of all personal data you hold about me, and my
            removal from all of your mailings. A short confirmation once this has been done would be appreciated.

            Daniel Wertheim
            """
        ),
    },
    {
        "id": "d146-030",
        "kind": "unsubscribe",
        "sender": "Yvonne Kamphuis <y.kamphuis@grootslag-wo.nl>",
        "subject": "Opvolging / successor",
        "body": _(
            """
            Beste secretariaat,

            Per 1 april stop ik als directeur bij Werkorganisatie Grootslag. My successor is Anouk Demir,
            a.demir@grootslag-wo.nl - zou u haar in mijn plaats willen opnemen? Please take me off the list.

            Met vriendelijke groet / kind regards,
            Yvonne Kamphuis
            """
        ),
    },
    {
        "id": "d146-031",
        "kind": "unsubscribe",
        "sender": "Stefan Drenth <s.drenth@vechtdal-samen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Thanks for processing that. As you asked: the person taking over my role is Bram Oosterhuis,
            b.oosterhuis@vechtdal-samen.nl. He starts next Monday.

            Stefan
            """
        ),
    },
    {
        "id": "d146-032",
        "kind": "unsubscribe",
        "sender": "Linda Fairweather <l.fairweather@wo-zandmaas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hi, no topics from me this time I'm afraid: my interim assignment at Zandmaas ends on Friday, so
            please remove me. The permanent director, Eline Roodbeen, starts in May; she'll sign up herself once
            her account has been set up.

            All the best, Linda
            """
        ),
    },
    {
        "id": "d146-033",
        "kind": "unsubscribe",
        "sender": "Peter Kowalczyk <p.kowalczyk@lekoever-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            I didn't register for anything. Who put my name down for this?

            P. Kowalczyk
            """
        ),
    },
    {
        "id": "d146-034",
        "kind": "unsubscribe",
        "sender": "Nienke Brouwer-Ashby <n.brouwerashby@ommelanden-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITATION_SUBJECT,
        "body": _(
            """
            I won't make it on 11 March - and to be honest, you can take me off the list altogether. I'm moving
            to a provincial role next month, so the network won't be relevant to me any more.

            Nienke
            """
        ),
    },
    {
        "id": "d146-035",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Hans-Peter Vogel <hp.vogel@drechtkade.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag uitschrijven. Also, please delete all my personal details from your files - ik wil niet dat er
            nog iets van mij bewaard blijft (AVG art. 17).

            HP Vogel
            """
        ),
    },
    # --- autoreply ---------------------------------------------------------------------------------------------
    {
        "id": "d146-036",
        "kind": "autoreply",
        "sender": "Marcus Delaney <m.delaney@havenstreek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: " + INVITATION_SUBJECT,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Thank you for your email. I am out of the office until Monday 22 February with limited access to
            email. For urgent matters please contact my office manager, Ilse de Kam, at i.dekam@havenstreek.nl
            or +31 10 555 0192.

            Kind regards,
            Marcus Delaney
            """
        ),
    },
    {
        "id": "d146-037",
        "kind": "autoreply",
        "sender": "Sanne Verbrugge <s.verbrugge@bosch-en-heide.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig / Out of office: " + CALL_SUBJECT,
        "body": _(
            """
            Ik ben afwezig tot en met 4 januari en lees mijn mail niet. Uw bericht wordt niet doorgestuurd.

            I am away until 4 January and will not be reading my email. Your message will not be forwarded.
            Urgent? Please write to secretariaat@bosch-en-heide.nl.
            """
        ),
    },
    {
        "id": "d146-038",
        "kind": "autoreply",
        "sender": "R. Halbersma <r.halbersma@friesewouden-wo.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatic reply: " + REMINDER_SUBJECT,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            This mailbox is no longer monitored. R. Halbersma left Werkorganisatie Friese Wouden on 1 December.
            Please direct your message to info@friesewouden-wo.nl. This is an automated message.
            """
        ),
    },
    {
        "id": "d146-039",
        "kind": "autoreply",
        "sender": "Servicedesk Kaagmeer <servicedesk@kaagmeer-wo.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "[Ticket #48213] RE: " + FOLLOWUP_SUBJECT,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Dear sender,

            Thank you for contacting the Kaagmeer servicedesk. Your request has been logged under number 48213
            and will be handled within three working days. Please do not reply to this message; mention the
            ticket number in any further correspondence.

            Servicedesk Werkorganisatie Kaagmeer
            """
        ),
    },
    {
        "id": "d146-040",
        "kind": "autoreply",
        "sender": "Tessa Jansma <t.jansma@oudeijssel-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Read: " + INVITATION_SUBJECT,
        "body": _(
            """
            Your message

                To: Tessa Jansma
                Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027
                Sent: Tuesday, 9 February 2027 10:14:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

            was read on Tuesday, 9 February 2027 11:37:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
            """
        ),
    },
    # --- bounce ------------------------------------------------------------------------------------------------
    {
        "id": "d146-041",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@wohollandsmidden.onmicrosoft.com>",
        "quote": "none",
        "subject": "Undeliverable: " + CALL_SUBJECT,
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            c.vermeulen@wo-hollandsmidden.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try
            to resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: AM9PR07MB7210.eurprd07.prod.outlook.com

            c.vermeulen@wo-hollandsmidden.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d146-042",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Address not found **

            Your message wasn't delivered to j.oyelaran@lindenhoeve-wo.nl because the domain lindenhoeve-wo.nl
            couldn't be found. Check for typos or unnecessary spaces and try again.

            The response was:

            DNS Error: DNS type 'mx' lookup of lindenhoeve-wo.nl responded with code NXDOMAIN
            """
        ),
    },
    {
        "id": "d146-043",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.scheldemond-wo.nl>",
        "quote": "none",
        "subject": "Mail delivery failed: returning message to sender",
        "body": _(
            """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its recipients. This is a permanent
            error. The following address(es) failed:

              w.dekkermoss@scheldemond-wo.nl
                host mx2.scheldemond-wo.nl [192.0.2.44]
                SMTP error from remote mail server after RCPT TO:<w.dekkermoss@scheldemond-wo.nl>:
                550 5.1.1 User unknown
            """
        ),
    },
    # --- other: look-alikes for the secretariat ----------------------------------------------------------------
    {
        "id": "d146-044",
        "kind": "other",
        "sender": "Lucas Vandenbroucke <l.vandenbroucke@grenskempen-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            I'd be glad to come, provided the session can be at least partly in English - I've only just moved
            back from an international post and my spoken Dutch on governance matters is still rusty. Could you
            let me know whether that is workable before I commit?

            Best regards,
            Lucas Vandenbroucke
            Interim general director
            """
        ),
    },
    {
        "id": "d146-045",
        "kind": "other",
        "sender": "Fatima Zahra Amrani <f.amrani@middenmeer-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Yes, confirmed. One question though: is membership personal, or may my adjunct-directeur come in my
            stead when I can't make it? She'd need her own invitations in that case.

            Fatima
            """
        ),
    },
    {
        "id": "d146-046",
        "kind": "other",
        "sender": "Oliver Brandsma <oliver@changecraft-partners.com>",
        "subject": "Facilitating your Leer- en inspireer-atelier",
        "body": _(
            """
            Dear secretariat,

            I run ChangeCraft Partners, a small consultancy specialising in post-merger integration in the public
            sector. We would love to offer a complimentary interactive module at one of your upcoming ateliers,
            for instance on organisational culture after an ambtelijke fusie. Would you be open to a 20-minute
            call next week?

            Warm regards,
            Oliver Brandsma
            ChangeCraft Partners | Utrecht - Antwerp
            """
        ),
    },
    {
        "id": "d146-047",
        "kind": "other",
        "sender": "Michiel Ravesteijn <michiel.ravesteijn@wo-amstelgouw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + CALL_SUBJECT,
        "body": _(
            """
            Hi, quick one: I get everything from you twice, once here and once at my old address
            m.ravesteijn@amstelgouw.nl, which is being phased out. Could you keep only this one
            (michiel.ravesteijn@wo-amstelgouw.nl) from now on? Thanks!

            Michiel
            """
        ),
    },
    {
        "id": "d146-048",
        "kind": "other",
        "sender": "Emma Leeflang <e.leeflang@wo-waterland-oost.nl>",
        "subject": "Atelier 11 March - Mr Dijkgraaf",
        "body": _(
            """
            Dear Mr Van de Laar,

            Mr Dijkgraaf has asked me to let you know that he will attend the atelier in Utrecht on 11 March.
            Could you please copy me in on the practical details as well, since I manage his diary?

            Kind regards,
            Emma Leeflang
            Secretary to the board
            """
        ),
    },
    {
        "id": "d146-049",
        "kind": "other",
        "sender": "Gijs Terpstra <g.terpstra@hunzedal-wo.nl>",
        "subject": "Which data do you keep?",
        "body": _(
            """
            Hello,

            Before the next atelier I'd like to know which personal data you keep about me (name, position,
            e-mail, attendance?) and for how long. Could you send me an overview? I'm not asking you to delete
            anything, just curious what's on file.

            Gijs Terpstra
            """
        ),
    },
    {
        "id": "d146-050",
        "kind": "other",
        "sender": "Ilona Szabo <i.szabo@lingebroek.nl>",
        "subject": "Aanmelding MT-leden",
        "body": _(
            """
            Goedemorgen,

            Could you add our three directors to the network? Dat zijn Karin Smeulders (k.smeulders@lingebroek.nl),
            Ahmed Benali (a.benali@lingebroek.nl) en Rik Vroom (r.vroom@lingebroek.nl). All three asked me to
            arrange it.

            Dank u wel,
            Ilona Szabo, office manager
            """
        ),
    },
    {
        "id": "d146-051",
        "kind": "other",
        "sender": "Edward Claassen <e.claassen@wo-amerstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            No topics from me this round, but a heads-up: I'm stepping down as of 1 September. My successor will
            be Joris Meulenbelt (j.meulenbelt@wo-amerstreek.nl). Until then I'm staying on as a member, so please
            don't change anything yet - I'll nudge you again in August.

            Edward
            """
        ),
    },
    {
        "id": "d146-052",
        "kind": "other",
        "sender": "Laura Pennings <l.pennings@deheerlijkheid-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            I never signed up for any network. Where did you obtain my e-mail address? I'd like to know who
            passed it on to you.

            Laura Pennings
            """
        ),
    },
    {
        "id": "d146-053",
        "kind": "other",
        "sender": "Jeroen Sips <j.sips@alblasmond-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITATION_SUBJECT,
        "body": _(
            """
            Nee - no plus-one and no dietary wishes on my side.
            Jeroen
            """
        ),
    },
    {
        "id": "d146-054",
        "kind": "other",
        "sender": "Charlotte Wijnands <c.wijnands@wo-rottemeren.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Lovely afternoon, thank you. One idea for the next edition: could you schedule it in the morning and
            make it properly hybrid? Travelling to Utrecht for an afternoon slot costs those of us in the north
            almost a full working day.

            Charlotte
            """
        ),
    },
    {
        "id": "d146-055",
        "kind": "other",
        "sender": "Vincent Akkerman <v.akkerman@wo-spuioever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + CALL_SUBJECT,
        "body": _(
            """
            I heard from Hanneke Vlot that she's proposing a session on the digital workplace - I'd fully back
            that one. Would it be possible for me to present our own case there? We moved four municipalities
            onto one platform last year.

            Vincent Akkerman
            """
        ),
    },
    {
        "id": "d146-056",
        "kind": "other",
        "sender": "Noor Haddou <n.haddou@wo-fivelingo.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION_SUBJECT,
        "body": _(
            """
            Hi, forwarding this from our director's inbox. Mr Sterkenburg would like to attend - could you
            register him? His address is p.sterkenburg@wo-fivelingo.nl.

            Kind regards, Noor Haddou (PA)
            """
        ),
    },
    {
        "id": "d146-057",
        "kind": "other",
        "sender": "Kirsten Mol <k.mol@wo-duinenmeer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hereby confirmed on behalf of Mrs Van Lieshout - I look after her inbox and she asked me to take care
            of this registration.

            Kirsten Mol, secretariaat directie
            """
        ),
    },
    {
        "id": "d146-058",
        "kind": "other",
        "sender": "Martijn de Haan-Ortiz <m.dehaanortiz@wo-kromwijk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + FOLLOWUP_SUBJECT,
        "body": _(
            """
            Thanks so much for organising, and for getting the report out this fast - I've already shared it
            with my MT. A very worthwhile afternoon.

            Martijn
            """
        ),
    },
]
# fmt: on
