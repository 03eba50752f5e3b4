"""devset132: English and English-Dutch writers across every kind of mail the service receives.

The writers are expat and international directors, Dutch directors who switch to English on their phone, assistants
of international executives and people with bilingual signatures and disclaimers. They sign up and confirm, answer the
welcome, say yes or no to the atelier in English idioms ("wouldn't miss it", "pencil me in", "count me out for March",
"I'm afraid not"), propose topics in English words, leave the network, ask for erasure in GDPR wording, hand their
seat to a successor, and write the mail the secretariat must read: conditions, questions, complaints, requests about
the form of the ateliers. Automatic replies and bounces come from English-language mail systems. About a third are
look-alikes: "take me off the waiting list" (a decline, not leaving), "count me out for good" (leaving), a subject
access request beside erasure requests, an assistant's new mail beside an assistant's reply, a colleague reporting a
departure beside an automatic "no longer in use".

Conventions this set relies on (from the brief):
- The label is what the writer asks now; declining the atelier and leaving the network in one mail is `unsubscribe`,
  a decline that keeps the membership or names a substitute is `rsvp` False.
- A hand-over with the successor's address, or with a successor named but no address yet, is `unsubscribe`; a
  hand-over for a later date while staying a member until then is `other`; a colleague reporting that someone left
  is `other`.
- A GDPR/AVG erasure request is `unsubscribe` with `erase` True; a request to see one's data is `other`.
- One named colleague with an address is `subscribe`; a colleague without an address, or several people, `other`.
  "Lid blijven" under the goodbye is `subscribe`.
- A plain denial under the confirmation mail, also one asking who did it, is `unsubscribe`; one asking where we got
  the address is `other`. An empty reply or a bare signature under the confirmation is `confirm`; an assistant
  confirming for someone else, or a confirmation with a real question beside it, is `other`.
- A yes on a condition the secretariat must answer, a yes with a real question, an assistant's new mail about a
  director's attendance: `other`. An assistant answering in reply to the invitation: `rsvp`.
- A topic proposed under any of our mails is a `suggestion` (also with a yes or no beside it); a proposal about the
  form of the ateliers, backing another member's topic, asking to present, a "no" that only answers the guest
  question: `other`. Themes are those of the proposed topic, not of words used in passing.
- Out-of-office, ticket systems, read receipts and "no longer in use" are `autoreply` with the thread their headers
  point to; delivery failures are `bounce` without a thread. Replies to the follow-up use the thread `followup`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITATION = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d132-001",
        "kind": "subscribe",
        "sender": "Oliver Brandt <o.brandt@kempenrand.nl>",
        "quote": "none",
        "subject": "Membership - directors' network",
        "body": _(
            """
            Good morning,

            As of February I am the Director of Operations (directeur bedrijfsvoering) at Werkorganisatie
            Kempenrand, which serves the municipalities of Bladel-Noord and Reusel-Oost. A peer from Zeeland told
            me about your network and the ateliers.

            I would like to join - please register me with this e-mail address. My Dutch is workable in meetings,
            if a bit slow in writing, hence the English.

            Best regards,
            Oliver Brandt
            Directeur Bedrijfsvoering | Director of Operations
            Werkorganisatie Kempenrand
            """
        ),
    },
    {
        "id": "d132-002",
        "kind": "subscribe",
        "sender": "Anouk Verheij-Clarke <anouk.verheij@grlangstraat-west.nl>",
        "quote": "none",
        "subject": "Aanmelden / registration",
        "body": _(
            """
            Hi,

            Graag wil ik me aanmelden voor het netwerk van directeuren. I recently started as
            gemeentesecretaris-directeur of the GR Langstraat-West (three municipalities, about 420 fte).

            Thanks in advance, and apologies for the Dunglish - I grew up in Toronto.

            Anouk
            """
        ),
    },
    {
        "id": "d132-003",
        "kind": "subscribe",
        "sender": "Ravi Chandrasekaran <r.chandrasekaran@werkorganisatie-vechtstreek-oost.nl>",
        "quote": "none",
        "subject": "New member: Fenna Rijkaart",
        "body": _(
            """
            Dear secretariat,

            Could you please add my colleague Fenna Rijkaart to the network? She joined our MT last month as
            directeur dienstverlening and is keen on the next atelier. Her address:
            f.rijkaart@werkorganisatie-vechtstreek-oost.nl

            She asked me to pass this on since I already receive your mails.

            Kind regards,
            Ravi Chandrasekaran
            Algemeen directeur
            """
        ),
    },
    {
        "id": "d132-004",
        "kind": "subscribe",
        "sender": "Thijs Holloway <t.holloway@bergenmaasland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Whoops, that unsubscribe was not me - my phone must have fired off a reply from the footer while I
            was scrolling on the train. I'd like to stay a member: lid blijven, please.

            Thijs

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d132-005",
        "kind": "subscribe",
        "sender": "Rutger Ellison <rutger.ellison@groostflank.nl>",
        "quote": "none",
        "subject": "sign up",
        "body": _(
            """
            hi there, pls sign me up for the directors network (algemeen directeur GR Oostflank since jan). thx!
            Rutger

            Sent from Outlook for Android
            """
        ),
    },
    {
        "id": "d132-006",
        "kind": "subscribe",
        "sender": "Claudia Moretti <c.moretti@servicecentrum-dijkland.nl>",
        "quote": "none",
        "subject": "Registration request Netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            I came across your website while preparing our own merger evaluation and would like to register as a
            member of the network. Ik ben sinds 1 september directeur van Servicecentrum Dijkland, de ambtelijke
            organisatie van Dijkland en Waterzijl.

            Met vriendelijke groet / Kind regards,

            Claudia Moretti
            Directeur | Managing Director
            Servicecentrum Dijkland
            T +31 (0)88 214 7700

            Dit bericht is uitsluitend bestemd voor de geadresseerde. This message is intended solely for the
            addressee. If you are not the intended recipient, please delete it and notify the sender.
            """
        ),
    },
    {
        "id": "d132-007",
        "kind": "subscribe",
        "sender": "Maarten Oyelaran <m.oyelaran@hollandsplassen.nl>",
        "quote": "none",
        "subject": "Rejoining the network",
        "body": _(
            """
            Dear Stan and Melanie,

            You may remember me: I left the network two years ago when I moved to the Ministry of the Interior.
            As of this month I'm back in a werkorganisatie - Hollands Plassen, as general director - and I'd love
            to rejoin. Please sign me up again at this address.

            All the best,
            Maarten Oyelaran
            """
        ),
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d132-008",
        "kind": "confirm",
        "sender": "Hanna Lindqvist <h.lindqvist@werkorganisatie-zuidoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that's me, and I did sign up myself - happy to confirm.

            Hanna
            """
        ),
    },
    {
        "id": "d132-009",
        "kind": "confirm",
        "sender": "Pieter-Jan Ammerlaan <pj.ammerlaan@lekenlinge.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet / Kind regards

            dr. Pieter-Jan Ammerlaan
            Algemeen directeur | Chief Executive
            Werkorganisatie Lek en Linge
            M +31 6 4120 8836
            www.lekenlinge.nl
            """
        ),
    },
    {
        "id": "d132-010",
        "kind": "confirm",
        "sender": "Sanne Okonkwo <sanne.okonkwo@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Bevestigd / confirmed. That was quick - I only filled in the form twenty minutes ago!

            Gr. Sanne
            (directeur GR Drechtoever, using my private account until IT sorts out my laptop)
            """
        ),
    },
    {
        "id": "d132-011",
        "kind": "confirm",
        "sender": "Joost Marchetti <j.marchetti@samenwerking-altena-zuid.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Yes please - I do want to receive your mails. Sorry for the slow response, I've been on leave for three
            weeks and am only now digging my way through the inbox.

            Best,
            Joost Marchetti
            """
        ),
    },
    {
        "id": "d132-012",
        "kind": "confirm",
        "sender": "Lot Barendrecht <l.barendrecht@ijsselvallei-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, ik bevestig mijn aanmelding. (If a word looks odd somewhere: my phone is set to English and keeps
            'correcting' my Dutch.)

            Lot

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "d132-013",
        "kind": "confirm",
        "sender": "Gregor Baumann <g.baumann@amstelgouwe-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": "",
    },
    {
        "id": "d132-014",
        "kind": "confirm",
        "sender": "Els van Tongeren-Price <e.vantongeren@bedrijfsvoering-rijnstreek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Confirming my registration, ref. AF-7K3Q9-XM2PA-4RTZ8. I look forward to meeting my fellow directors.

            Regards,
            E. (Els) van Tongeren-Price
            """
        ),
    },
    # ------------------------------------------------------------------ confirmation look-alikes
    {
        "id": "d132-015",
        "kind": "other",
        "sender": "Yasmin El Idrissi <y.elidrissi@werkorganisatie-meerstad.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Mr Vandersloot asked me to confirm his registration on his behalf - he is travelling this week and has
            very limited access to his mailbox. Please treat this message as his confirmation.

            Kind regards,
            Yasmin El Idrissi
            Management assistant to the general director
            """
        ),
    },
    {
        "id": "d132-016",
        "kind": "other",
        "sender": "Marcus Feldmann <m.feldmann@dienstencentrum-noordkop.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Happy to confirm. One question before the first atelier, though: are the sessions entirely in Dutch,
            or is there room for English? Two of my MT members are internationals and I'd like to bring them along
            at some point.

            Cheers,
            Marcus
            """
        ),
    },
    {
        "id": "d132-017",
        "kind": "unsubscribe",
        "sender": "Dorota Kowalczyk <d.kowalczyk@werkorganisatie-hoekschewaard-west.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            I did not sign up for this network and I don't recognise the secretariat address your mail mentions.
            Please withdraw the registration - I don't want to receive anything.

            D. Kowalczyk
            """
        ),
    },
    {
        "id": "d132-018",
        "kind": "other",
        "sender": "Frederik Lammertsma <f.lammertsma@gr-friese-wouden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            This is the second mail about this. I never registered. Where did you obtain my e-mail address, and who
            is the 'secretariaat' that supposedly signed me up? I'd like an answer before anything else happens with
            my details.

            F. Lammertsma
            """
        ),
    },
    {
        "id": "d132-019",
        "kind": "unsubscribe",
        "sender": "Tomasz Wiśniewski <t.wisniewski@kustgemeenten-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hi - I didn't register for anything. Was it perhaps my predecessor's assistant? Either way, please don't
            sign me up.

            Regards, Tomasz
            """
        ),
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d132-020",
        "kind": "unsubscribe",
        "sender": "Ilse Vanderbilt <ilse.vanderbilt@werkorganisatie-groene-delta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            I won't be able to make it in March - and more than that: I'm leaving local government for a role at a
            housing corporation from 1 April, so please take me off the network's list altogether. It's been a real
            pleasure.

            Warm regards,
            Ilse
            """
        ),
    },
    {
        "id": "d132-021",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Benedikt Aalders <b.aalders@rivierenhof-werkt.nl>",
        "quote": "none",
        "subject": "GDPR request - erasure of personal data",
        "body": _(
            """
            To whom it may concern,

            Pursuant to Article 17 of the General Data Protection Regulation (AVG), I hereby request that you erase
            all personal data you hold about me and remove me from all of your mailing lists. Please confirm in
            writing once this has been done.

            Yours faithfully,
            B. Aalders
            """
        ),
    },
    {
        "id": "d132-022",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Femke Stroud <f.stroud@deltawerk-zeeland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag uitschrijven en al mijn gegevens wissen - the right to be forgotten, zoals dat in de AVG heet.
            I no longer work in this field and would rather not have my details sitting in anyone's files.

            Thanks, Femke
            """
        ),
    },
    {
        "id": "d132-023",
        "kind": "unsubscribe",
        "sender": "Willem Roos-Fitzgerald <w.roos@werkorganisatie-heuvelrug-oost.nl>",
        "quote": "none",
        "subject": "Successor / opvolger",
        "body": _(
            """
            Dear Stan, dear Melanie,

            After eleven years I am retiring at the end of this month. My successor as algemeen directeur is Koen
            Brugman; could you take him on in my place? His address is k.brugman@werkorganisatie-heuvelrug-oost.nl.
            Please remove me from the list as of today.

            Many thanks for all the ateliers over the years.

            Willem
            """
        ),
    },
    {
        "id": "d132-024",
        "kind": "unsubscribe",
        "sender": "Daan Verwoerd <d.verwoerd@gr-vijfheerenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Quick heads-up: I'm moving to the province on 1 March, so please sign me off the network. My successor
            will be Sabine Okafor, but her mailbox hasn't been set up yet - she'll get in touch herself once it is.

            Best,
            Daan Verwoerd
            """
        ),
    },
    {
        "id": "d132-025",
        "kind": "unsubscribe",
        "sender": "Henk Mulder-Jansen <h.mulderjansen@sgr-westerkwartier-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Thanks for processing this so quickly. As you ask: the person taking over my seat is Nadia Haddou, our
            new director of operations - nadia.haddou@sgr-westerkwartier-zuid.nl. She knows to expect a mail from
            you.

            Regards,
            Henk
            """
        ),
    },
    {
        "id": "d132-026",
        "kind": "unsubscribe",
        "sender": "Paul Kamerling <p.kamerling@werkorganisatie-bommelerwaard-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            No topics from me - count me out for good, actually. Our merger is being unwound and my role ends this
            summer, so please remove me from the list.

            Paul

            Sent from my iPad
            """
        ),
    },
    {
        "id": "d132-027",
        "kind": "unsubscribe",
        "sender": "Natasha Oldenhof <n.oldenhof@stedendriehoek-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Please unsubscribe me altogether. Inbox overload, and I'm stepping back from external networks for the
            rest of the year - so afmelden, and my seat on the 11th can go to someone else. Thanks for understanding!

            Natasha
            """
        ),
    },
    {
        "id": "d132-028",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Rena Hatzidakis <r.hatzidakis@werkorganisatie-oude-ijssel.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            This sign-up was done by my former PA without my consent. I do not wish to be a member. Please delete my
            registration and all data relating to me in accordance with the GDPR.

            R. Hatzidakis
            """
        ),
    },
    # ------------------------------------------------------------------ rsvp yes
    {
        "id": "d132-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jan-Willem Achterop <jw.achterop@werkorganisatie-duinstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            I'll be there! Just me, no guests. Thanks for organising - the couleur locale question is exactly what
            keeps me up at night.

            Jan-Willem
            """
        ),
    },
    {
        "id": "d132-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Miriam Achterberg-Lowe <m.achterberglowe@gr-maas-en-peel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Wouldn't miss it. See you at the Stadskantoor on the 11th.

            Best regards,
            Miriam Achterberg-Lowe
            Gemeentesecretaris/directeur
            """
        ),
    },
    {
        "id": "d132-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Delacroix <f.delacroix@werkorganisatie-kromme-rijn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Pencil me in please, plus one: I'd like to bring our strategic advisor, Lotte. So two people in total.

            Greetz, Frank

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "d132-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Sørensen <k.sorensen@vechtdal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Count me in - ja, ik kom. I'll take the train from Zwolle, so I may walk in a few minutes after two.

            Karin
            """
        ),
    },
    {
        "id": "d132-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Heijligers <b.heijligers@werkorganisatie-land-van-cuijk-noord.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Just to be clear: I still want to come. If a place opens up, I'll be there - no need to check with me
            first, my diary is blocked for that afternoon.

            Bram
            """
        ),
    },
    {
        "id": "d132-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingeborg Wassink <i.wassink@achterhoek-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Accepted: " + _INVITATION,
        "body": _(
            """
            Looking forward to it - thanks for sending the calendar invite along.
            """
        ),
    },
    {
        "id": "d132-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ahmed Bouzidi <a.bouzidi@werkorganisatie-gooi-noord.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            The 18th at the Provinciehuis works fine for me - I'll be there. Actually an improvement, it's ten
            minutes from my office.

            Ahmed
            """
        ),
    },
    {
        "id": "d132-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sven Dijkgraaf-Nilsson <s.dijkgraaf@gr-zaanoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Happy to step in for Dirk. I'll attend, together with the guest he mentioned - our HR lead, Priya.

            Kind regards,
            Sven Dijkgraaf-Nilsson
            """
        ),
    },
    {
        "id": "d132-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieke Ambrose <lieke.ambrose@werkorganisatie-baarn-eemnes-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Yep, still coming. Trains permitting I'll be there in time for the coffee at quarter to two.

            Lieke
            """
        ),
    },
    # ------------------------------------------------------------------ rsvp no
    {
        "id": "d132-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Albert Pijnacker <a.pijnacker@werkorganisatie-delfland-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Can't make it unfortunately - our joint council meets that very afternoon to adopt the budget. Hope to
            join next time.

            Regards,
            Albert
            """
        ),
    },
    {
        "id": "d132-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Esther Vlaskamp <e.vlaskamp@gr-twente-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            I'm afraid not - I'm in Brussels with a CEMR delegation that week. Helaas!

            Met vriendelijke groet,
            E.M. (Esther) Vlaskamp
            """
        ),
    },
    {
        "id": "d132-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruben Castellanos <r.castellanos@werkorganisatie-hart-van-brabant-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Count me out for March, I'm afraid - our reorganisation goes to the councils that same week. Do keep me
            posted about the autumn edition though!

            Cheers, Ruben
            """
        ),
    },
    {
        "id": "d132-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mirjam Thornton <m.thornton@ommelanden-werkorganisatie.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas, ik kan niet - sick kid at home and my partner is abroad. Please give my seat to someone on the
            waiting list. Sorry for the late notice!!

            Mirjam
            """
        ),
    },
    {
        "id": "d132-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerrit Bosschaert <g.bosschaert@werkorganisatie-waalweelde.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + _INVITATION,
        "body": _(
            """
            Clashes with our board meeting, sorry. Next time!
            """
        ),
    },
    {
        "id": "d132-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Noor Haddad-de Wit <n.haddad@gr-zaanoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Sorry, I can't stand in for Dirk after all - I'm on leave that week and only saw this now. I'll let him
            know myself too.

            Best,
            Noor
            """
        ),
    },
    {
        "id": "d132-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jolanda Smits <j.smits@werkorganisatie-krimpenerwaard-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            On behalf of Mr. de Haan-Whitfield: unfortunately he will not be able to attend on 11 March owing to a
            clash in his diary.

            Kind regards,
            Jolanda Smits
            Directiesecretaresse
            """
        ),
    },
    {
        "id": "d132-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Caroline Ashworth <c.ashworth@dienstverlening-utrechtse-waarden.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Please take me off the waiting list - something else came up for that Thursday, so even if a place
            frees up I won't be able to come. Staying a member of course ;-)

            Caroline
            """
        ),
    },
    {
        "id": "d132-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Groeneveld <y.groeneveld@werkorganisatie-rivierenland-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            I need to unregister - for the atelier only, not from the network! I said yes last week, but the date
            now collides with an extra council session on the merger of our two civil services.

            Best, Yvonne
            """
        ),
    },
    {
        "id": "d132-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Peter Vos-Mackenzie <p.vos@werkorganisatie-zeeuwse-delta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Sadly I can't attend myself, but my deputy Amira Benali will come in my place:
            a.benali@werkorganisatie-zeeuwse-delta.nl. She's looking forward to it.

            Regards,
            Peter
            """
        ),
    },
    {
        "id": "d132-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hugo Brinkhorst <h.brinkhorst@gr-heerhugowaard-langedijk-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Sadly I must pass this time: the date falls in our spring recess and I'll be in Portugal with the
            family. Veel succes met het atelier!

            Hugo
            """
        ),
    },
    {
        "id": "d132-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Emma Rietveld-Oakes <e.rietveld@werkorganisatie-berkelland-oost.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            The new date doesn't work for me, alas - the 18th is our MT away-day, long planned. So I'm out for
            this one.

            Emma
            """
        ),
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d132-050",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Victor Langeveld <v.langeveld@werkorganisatie-hollands-kroon-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Topic suggestion: AI and process automation in the back office. What have others actually implemented,
            and what did it do to the workload and job content of staff?

            Victor
            """
        ),
    },
    {
        "id": "d132-051",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sophie Tarrant <s.tarrant@werkorganisatie-ambtsheerlijkheid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            One front door for the residents of four municipalities: how do you run a single customer contact
            centre without residents feeling they've lost 'their' town hall?

            Sophie Tarrant
            """
        ),
    },
    {
        "id": "d132-052",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Laurens Everdingen <l.everdingen@gr-bovenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Dienstverlening and samenwerking will surely get plenty of votes, so let me push something else: a
            long-term vision for the werkorganisatie itself. Where do we want to be in 2035 - still an executing
            service provider for the colleges, or a partner that helps set the substantive agenda?

            Laurens Everdingen
            Algemeen directeur GR Bovenland
            """
        ),
    },
    {
        "id": "d132-053",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Cornelis Appelhof <c.appelhof@werkorganisatie-de-wolden-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Proposed topic: what to do when one partner municipality starts flirting with leaving the GR. Early
            signals, the conversation with the mayor, keeping the others on board.

            Best regards,
            Cornelis
            """
        ),
    },
    {
        "id": "d132-054",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Marloes Fairbairn <m.fairbairn@werkorganisatie-noordwijkerhout-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Two suggestions, one per line as requested:
            Hybrid working and holding on to young talent - our turnover among under-30s is 18%
            Performance dashboards for the KCC: what do you measure for residents, and who gets to see it?

            Groet, Marloes
            """
        ),
    },
    {
        "id": "d132-055",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gijs Hollander <gijs.hollander@werkorganisatie-peelland-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Great session yesterday, and the report captures it well. For next time: how do others manage the
            relationship with partner municipalities whose ambitions drift apart - one wants to grow, the other
            wants to cut? We touched on it but ran out of time.

            Thanks, Gijs
            """
        ),
    },
    {
        "id": "d132-056",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rachel Vermeij <r.vermeij@gr-middengroningen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the warm welcome! Since you ask - a topic I'd love to discuss: the shortage of IT and data
            people. We compete with banks and insurers for the same profiles and keep losing. How do others staff
            their I&A teams?

            Rachel
            """
        ),
    },
    {
        "id": "d132-057",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Olaf Wijnbergen <o.wijnbergen@werkorganisatie-lingewaal-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Yes, I'll come. And a thought for a future session: the position of our werkorganisatie in the region.
            We're squeezed between the metropolitan region and the province, and nobody quite knows where we fit.
            Would love to hear how others deal with that.

            Olaf

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "d132-058",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Annelies Brookman <a.brookman@werkorganisatie-westfriesland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            One more to add to my list: monitoring our service performance for residents with open data -
            publishing response times per municipality, for instance. Brave or foolish?

            Annelies
            """
        ),
    },
    {
        "id": "d132-059",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Dennis Kooistra <d.kooistra@gr-noardeast-fryslan-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            A suggestion that straddles two of your themes: one shared chatbot / digital assistant for the residents
            of all three municipalities. It's as much about our internal IT architecture and data as it is about the
            service a resident gets at 11 p.m. on a Sunday.

            Met vriendelijke groet / Best regards,
            Dennis Kooistra
            """
        ),
    },
    {
        "id": "d132-060",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Petra Zwanenburg <p.zwanenburg@werkorganisatie-blm.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dear secretariat,

            Forwarding on behalf of our director, Mr Achterhof, who asked me to send in his topic: employer branding
            for a werkorganisatie. How do you recruit when nobody has heard of 'Werkorganisatie BLM' but everyone
            knows the names of the municipalities?

            Kind regards,
            Petra Zwanenburg
            Office manager
            """
        ),
    },
    {
        "id": "d132-061",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Joanna Kruithof <j.kruithof@werkorganisatie-alblasserwaard-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            I won't be able to make it in March (holiday booked ages ago), but for the agenda: joint regional tasks
            such as the housing challenge. How do you get three municipalities behind one approach when each council
            wants its own showcase projects?

            Joanna
            """
        ),
    },
    {
        "id": "d132-062",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Thomas Abernathy-Boer <t.abernathy@werkorganisatie-schouwen-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you, a valuable afternoon. A topic for the autumn: how do you keep a long-term strategic agenda
            for the organisation intact when administrative priorities are reshuffled every four years? We are
            rewriting our ten-year vision right now and would welcome a sparring session.

            Thomas
            """
        ),
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d132-063",
        "kind": "other",
        "sender": "Hamid Saleh <h.saleh@werkorganisatie-leidse-ommelanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            I'd like to come, provided the discussion can partly be in English - my Dutch is fine for listening but
            I struggle to contribute at speed. Is that workable for the group? If so, put me down as a yes.

            Best, Hamid Saleh
            """
        ),
    },
    {
        "id": "d132-064",
        "kind": "other",
        "sender": "Lisa Bremer-Hunt <l.bremer@werkorganisatie-oostzaan-wormer.nl>",
        "quote": "none",
        "subject": "Sign-up for our MT",
        "body": _(
            """
            Hello,

            Could you add the three directors of our MT to the network? Oscar Vink
            (o.vink@werkorganisatie-oostzaan-wormer.nl), Hugo Prins (h.prins@werkorganisatie-oostzaan-wormer.nl)
            and myself. All three of us are keen on the ateliers.

            Thanks,
            Lisa Bremer-Hunt
            """
        ),
    },
    {
        "id": "d132-065",
        "kind": "other",
        "sender": "Eveline Dorrestein <e.dorrestein@gr-midden-delfland-oost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Thanks for the welcome! Could you also sign up my colleague Jeroen Stapper, our director of finance?
            He's on holiday until the 20th; I'll ask him to send you his e-mail address when he's back.

            Eveline
            """
        ),
    },
    {
        "id": "d132-066",
        "kind": "other",
        "sender": "Linde Goudsmit-Hart <l.goudsmit@werkorganisatie-zuidplas-oost.nl>",
        "quote": "none",
        "subject": "Subject access request (AVG art. 15)",
        "body": _(
            """
            Dear Sir/Madam,

            Under Article 15 of the GDPR I would like to receive an overview of the personal data you hold about
            me, the purposes for which you use it and how long you keep it. I am not asking to be removed - I just
            want to know what is on file.

            Kind regards,
            Linde Goudsmit-Hart
            """
        ),
    },
    {
        "id": "d132-067",
        "kind": "other",
        "sender": "Robert Hazeleger <r.hazeleger@werkorganisatie-veluwezoom-noord.nl>",
        "quote": "none",
        "subject": "Heads-up: hand-over per 1 September",
        "body": _(
            """
            Dear Stan and Melanie,

            A heads-up well in advance: I'll retire per 1 September. My successor, Bart Oomen
            (b.oomen@werkorganisatie-veluwezoom-noord.nl), will take over my seat in the network from then on.
            Tot die tijd blijf ik lid, so please keep me on the list until the summer - I still want to attend
            the spring atelier.

            Robert
            """
        ),
    },
    {
        "id": "d132-068",
        "kind": "other",
        "sender": "Monique Rademaker <m.rademaker@werkorganisatie-heerenveen-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            FYI: Mr. Goossens left our organisation in December, so this invitation won't reach him. I don't know
            yet who will take his place in your network - the vacancy is still open.

            Kind regards,
            Monique Rademaker
            HR advisor
            """
        ),
    },
    {
        "id": "d132-069",
        "kind": "other",
        "sender": "Nathan Greenberg <n.greenberg@werkorganisatie-drechtsteden-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Honest feedback: all your mails are Dutch-only. There are more international directors in this sector
            than you might think. Could you consider adding a short English summary? Otherwise I'm very happy with
            the network.

            Nathan
            """
        ),
    },
    {
        "id": "d132-070",
        "kind": "other",
        "sender": "Wendy Scholte-Carr <w.scholte@werkorganisatie-hof-van-twente-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Not so much a topic as a request about the format: could one of the two ateliers be held online, or at
            least in the morning? The 14.00-17.30 slot plus the drive to Utrecht costs me a full working day each
            time.

            Wendy
            """
        ),
    },
    {
        "id": "d132-071",
        "kind": "other",
        "sender": "Koen Lindemann <k.lindemann@gr-eemland-zuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            +1 for the digitalisation topic Marloes raised at the end of the afternoon. Nothing to add from my side,
            just registering my vote for it.

            Koen
            """
        ),
    },
    {
        "id": "d132-072",
        "kind": "other",
        "sender": "Saskia Mendelssohn <s.mendelssohn@werkorganisatie-west-maas-waal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Rather than proposing a topic: could I present our own case? Last year we merged three KCCs into one,
            with plenty of lessons learned (good and painful). Happy to do twenty minutes if the programme allows.

            Saskia
            """
        ),
    },
    {
        "id": "d132-073",
        "kind": "other",
        "sender": "Simone Achterkamp <s.achterkamp@werkorganisatie-gemert-laarbeek-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            No, I won't be bringing anyone. And no dietary requirements either, in case you need those for the
            catering.

            Simone
            """
        ),
    },
    {
        "id": "d132-074",
        "kind": "other",
        "sender": "Hendrik Baxter <h.baxter@werkorganisatie-midden-limburg-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Just a quick thank-you for a really well-run afternoon - the report is spot on and I've already shared
            it with my MT. Nothing to add at this point.

            Hendrik
            """
        ),
    },
    {
        "id": "d132-075",
        "kind": "other",
        "sender": "Laura Brink <l.brink@werkorganisatie-kaag-braassem-zuid.nl>",
        "quote": "none",
        "subject": "Atelier 11 March - Mr Dekker-Owens",
        "body": _(
            """
            Dear secretariat,

            Mr Dekker-Owens would like to attend the atelier on 11 March. Could you please register him? I manage
            his calendar, so feel free to send any practical information to me as well.

            Kind regards,
            Laura Brink
            Executive assistant to the general director
            """
        ),
    },
    {
        "id": "d132-076",
        "kind": "other",
        "sender": "Oscar Ferreira <o.ferreira@werkorganisatie-steenwijkerland-oost.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            That's a pity. Do you already know whether the new date will be on a Thursday again? From April I'm
            unavailable on Thursdays because of the GR board meetings.

            Oscar
            """
        ),
    },
    {
        "id": "d132-077",
        "kind": "other",
        "sender": "Tessa MacAllister <t.macallister@werkorganisatie-lopik-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            I'll be there. Quick practical question: is there any parking at the Stadskantoor, or should I come by
            train? Couldn't find it on the site.

            Tessa
            """
        ),
    },
    {
        "id": "d132-078",
        "kind": "other",
        "sender": "Jeroen Hasselbaink <j.hasselbaink@werkorganisatie-rijswijk-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            I did not request this. Before I decide whether to rejoin: could you tell me how the unsubscribe request
            reached you, and from which address? I want to rule out that someone is misusing my mailbox.

            Jeroen Hasselbaink
            """
        ),
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d132-079",
        "kind": "autoreply",
        "sender": "Geert Willemsen <g.willemsen@werkorganisatie-berg-en-dal-noord.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: " + _INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your e-mail. I am out of the office until Monday 22 February with limited access to
            e-mail. For urgent matters please contact my office on +31 24 329 8100 or
            directiesecretariaat@werkorganisatie-berg-en-dal-noord.nl.

            Kind regards,
            Geert Willemsen
            """
        ),
    },
    {
        "id": "d132-080",
        "kind": "autoreply",
        "sender": "Ineke Brouwer-Shah <i.brouwer@gr-sallandse-heuvelrug.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Afwezig / Out of office: Welke thema's wilt u bespreken? "
            "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben afwezig tot en met 15 januari. Uw bericht wordt niet doorgestuurd.
            I am away until 15 January. Your message will not be forwarded.

            Voor dringende zaken / for urgent matters: 0570 - 68 41 00
            """
        ),
    },
    {
        "id": "d132-081",
        "kind": "autoreply",
        "sender": "Servicedesk Werkorganisatie Lingezegen <servicedesk@lingezegen-werkt.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "[Ticket #48213] RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Dear sender,

            We have received your message and registered it under ticket number 48213. One of our staff will
            handle it within three working days. You can follow the status of your request in the self-service
            portal.

            This is an automatically generated message. Please do not reply to this e-mail.

            Servicedesk Werkorganisatie Lingezegen
            """
        ),
    },
    {
        "id": "d132-082",
        "kind": "autoreply",
        "sender": "Roeland Pauwels <r.pauwels@werkorganisatie-maasgouw-zuid.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "RE: " + _INVITATION,
        "body": _(
            """
            This mailbox is no longer monitored. Mr R. Pauwels has left Werkorganisatie Maasgouw-Zuid as of
            1 January 2027; please direct your message to info@werkorganisatie-maasgouw-zuid.nl.

            Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd.
            """
        ),
    },
    {
        "id": "d132-083",
        "kind": "autoreply",
        "sender": "Astrid Veenstra-Kelly <a.veenstra@werkorganisatie-tytsjerksteradiel-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Read: " + _INVITATION,
        "body": _(
            """
            Your message

                To: Astrid Veenstra-Kelly
                Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
                    eigenheid [atelier:2027-1]
                Sent: Tuesday, 9 February 2027 09:02:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

            was read on Tuesday, 9 February 2027 10:14:33 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
            """
        ),
    },
    {
        "id": "d132-084",
        "kind": "autoreply",
        "sender": "Michiel Dubois <m.dubois@werkorganisatie-vaals-gulpen-noord.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "Out of Office: Dank voor uw komst: Leer- en inspireer-atelier "
            '"Sturen op samenwerking & eigenheid" [atelier:2027-1]'
        ),
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            I'm on parental leave until 1 June and won't be reading my mail. For anything that can't wait, my
            colleague Stefan Koster (s.koster@werkorganisatie-vaals-gulpen-noord.nl) is covering.

            Ik ben met ouderschapsverlof tot 1 juni en lees mijn mail niet.
            """
        ),
    },
    # ------------------------------------------------------------------ bounce
    {
        "id": "d132-085",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@heuvelland-samen.nl>",
        "quote": "none",
        "subject": "Undeliverable: " + _INVITATION,
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            j.terhorst@heuvelland-samen.nl
            The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try
            to resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: AM6PR04MB5872.eurprd04.prod.outlook.com

            j.terhorst@heuvelland-samen.nl
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "d132-086",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.wbc-oosterdal.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.wbc-oosterdal.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <a.dewit@wbc-oosterdal.nl>: host mail.wbc-oosterdal.nl[10.12.4.7] said: 550
                5.1.1 <a.dewit@wbc-oosterdal.nl>: Recipient address rejected: User unknown
                in local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d132-087",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Message not delivered **

            Your message couldn't be delivered to bart.vreeswijk.dir@gmail.com because the recipient's inbox is
            full and can't accept messages right now. Try resending the message later, or contact the recipient
            directly.

            The response from the remote server was:
            552 5.2.2 The email account that you tried to reach is over quota and inactive.
            """
        ),
    },
]
# fmt: on
