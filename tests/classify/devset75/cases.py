"""devset75: mail written in English or in a mix of Dutch and English (issue 17).

Directors from international backgrounds writing English, Flemish directors with their own Dutch wordings ("ik zal er
zijn", "gelieve mij uit te schrijven", "graag had ik", "met vriendelijke groeten"), and Dutch directors who switch to
English mid-mail. Covers sign-ups (also of one named colleague with address), confirmations, leaves, AVG/GDPR
erasures, hand-overs, denials under the confirmation mail, RSVP yes/no as replies and as new mails, topic suggestions
under all four themes, out-of-office and other machine answers in both languages, and `other`.

Conventions relied on (the secretariat's view):
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`. Without the
  colleague's address, or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- `themes`: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic
  clearly spans both.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d75-sub-01",
        "kind": "subscribe",
        "thread": None,
        "subject": "Request to join the network",
        "sender": "Priya Raghunathan <p.raghunathan@werkorganisatie-lbw.nl>",
        "body": (
            "Dear secretariat,\n"
            "\n"
            "As of this month I am the new director of Werkorganisatie LBW, the shared organisation of "
            "Leeuwarderadeel,\n"
            "Boarnsterhim and Wymbritseradiel. A colleague pointed me to your network of directors and I would "
            "very much like\n"
            "to become a member.\n"
            "\n"
            "Kind regards,\n"
            "\n"
            "Priya Raghunathan\n"
            "Director | Werkorganisatie LBW\n"
        ),
    },
    {
        "id": "d75-sub-02",
        "kind": "subscribe",
        "thread": None,
        "subject": "Inschrijving directeurennetwerk",
        "sender": "Pieter Vandenbroucke <pieter.vandenbroucke@samenwerking-zvl.nl>",
        "body": (
            "Geachte,\n"
            "\n"
            "Graag had ik mij ingeschreven voor het Netwerk van directeuren van ambtelijke fusieorganisaties. "
            "Sinds 1 februari\n"
            "ben ik algemeen directeur van de ambtelijke organisatie van Sluis, Aardenburg en Oostburg.\n"
            "\n"
            "Alvast bedankt.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Pieter Vandenbroucke\n"
        ),
    },
    {
        "id": "d75-sub-03",
        "kind": "subscribe",
        "thread": None,
        "subject": "Lid worden",
        "sender": "Sanne Kuipers <s.kuipers@dewerkorganisatie.nl>",
        "body": (
            "Hoi Stan,\n"
            "\n"
            "Via Marjolein hoorde ik dat jullie netwerk weer een atelier organiseert. Ik wil graag lid worden. "
            "To be honest\n"
            "I've been meaning to sign up since I started here last year, so please add me to the list this time.\n"
            "\n"
            "Cheers,\n"
            "Sanne Kuipers\n"
            "directeur De Werkorganisatie\n"
        ),
    },
    {
        "id": "d75-sub-04",
        "kind": "subscribe",
        "thread": None,
        "subject": "New member: our deputy director",
        "sender": "Hannah Whitfield <h.whitfield@hlt-samen.nl>",
        "body": (
            "Dear Stan and Melanie,\n"
            "\n"
            "Our deputy director, Olusegun Adeyemi (o.adeyemi@hlt-samen.nl), would also like to become a member "
            "of the\n"
            "network. Could you please sign him up? He will confirm the mail you send him.\n"
            "\n"
            "Best regards,\n"
            "Hannah Whitfield\n"
            "Algemeen directeur HLT Samen\n"
        ),
    },
    {
        "id": "d75-sub-05",
        "kind": "subscribe",
        "thread": None,
        "subject": "Inschrijving collega",
        "sender": "Griet Verhaeghe <g.verhaeghe@werkorganisatie-kempen.nl>",
        "body": (
            "Beste,\n"
            "\n"
            "Mijn collega Els Van Damme (e.vandamme@werkorganisatie-kempen.nl), adjunct-directeur, wenst "
            "eveneens lid te worden\n"
            "van het netwerk. Mag ik u vragen haar in te schrijven?\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "\n"
            "Griet Verhaeghe\n"
            "Algemeen directeur Werkorganisatie De Kempen\n"
        ),
    },
    {
        "id": "d75-sub-06",
        "kind": "subscribe",
        "thread": None,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Tomasz Wiśniewski <t.wisniewski@gemeente-dalfsen-ommen.nl>",
        "body": (
            "Hello,\n"
            "\n"
            "My secretary forwarded this call to me. I'm not a member of your network yet, so please sign me up "
            "first;\n"
            "I'll send you my topics later this week.\n"
            "\n"
            "Regards,\n"
            "Tomasz Wiśniewski\n"
            "Directeur ambtelijke organisatie Dalfsen-Ommen\n"
        ),
    },
    {
        "id": "d75-sub-07",
        "kind": "subscribe",
        "thread": None,
        "subject": "Aanmelden / sign up",
        "sender": "Mehmet Yıldız <mehmet.yildiz@bghu.nl>",
        "body": (
            "Good afternoon,\n"
            "\n"
            "Please add me to the Netwerk van directeuren. I run the shared service organisation BGHU and would "
            "like to receive\n"
            "the invitations for the ateliers.\n"
            "\n"
            "Met vriendelijke groet / kind regards,\n"
            "Mehmet Yıldız\n"
        ),
    },
    {
        "id": "d75-sub-08",
        "kind": "subscribe",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "sender": "Siobhan O'Connell <s.oconnell@werkorganisatie-cgm.nl>",
        "body": (
            "Lid blijven, please. Sorry for the confusion: my management assistant cleaned up my subscriptions "
            "and removed me\n"
            "by mistake. I want to stay in the network.\n"
            "\n"
            "Siobhan O'Connell\n"
        ),
    },
    {
        "id": "d75-sub-09",
        "kind": "subscribe",
        "thread": None,
        "subject": "Back again",
        "sender": "Ahmed El Idrissi <a.elidrissi@ferm-werk.nl>",
        "body": (
            "Dear Stan,\n"
            "\n"
            "Last year I left the network when I moved to the province. As of 1 March I'm back in a fusion "
            "organisation, as\n"
            "director of Ferm Werk, and I'd like to join again. Please re-register me on this address.\n"
            "\n"
            "Kind regards,\n"
            "Ahmed El Idrissi\n"
        ),
    },
    {
        "id": "d75-sub-10",
        "kind": "subscribe",
        "thread": None,
        "subject": "Aansluiten bij het netwerk",
        "sender": "Koen De Smet <koen.desmet@werkorganisatie-baarle.nl>",
        "body": (
            "Beste Melanie,\n"
            "\n"
            "Ik zou graag aansluiten bij het netwerk van directeuren. Sinds kort sta ik aan het hoofd van de "
            "gezamenlijke\n"
            "ambtelijke organisatie van de beide Baarles. Kan u mij toevoegen aan uw lijst?\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Koen De Smet\n"
        ),
    },
    {
        "id": "d75-sub-11",
        "kind": "subscribe",
        "thread": None,
        "subject": "aanmelding",
        "sender": "Lisa Brandsma <lisabrandsma@gmail.com>",
        "body": (
            "Hi, graag aanmelden voor het directeurennetwerk. Director of Werkorganisatie Noardeast-Fryslân "
            "since January.\n"
            "\n"
            "Lisa Brandsma\n"
            "\n"
            "Sent from my iPhone\n"
        ),
    },
    {
        "id": "d75-conf-01",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "sender": "Javier Morales <j.morales@werkorganisatie-duo.nl>",
        "body": (
            "Confirmed.\n"
            "\n"
            "Javier Morales\n"
        ),
    },
    {
        "id": "d75-conf-02",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "sender": "Koen De Smet <koen.desmet@werkorganisatie-baarle.nl>",
        "body": (
            "Bij deze bevestig ik mijn inschrijving.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Koen De Smet\n"
        ),
    },
    {
        "id": "d75-conf-03",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "sender": "Priya Raghunathan <p.raghunathan@werkorganisatie-lbw.nl>",
        "body": (
            "Yes, that's me - happy to confirm my registration.\n"
            "\n"
            "Priya\n"
        ),
    },
    {
        "id": "d75-conf-04",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "sender": "Katarzyna Nowak <k.nowak@sedk.nl>",
        "body": (
            "Kind regards,\n"
            "\n"
            "Katarzyna Nowak\n"
            "Algemeen directeur SED-organisatie\n"
            "T 0228 - 35 63 00\n"
        ),
    },
    {
        "id": "d75-conf-05",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "sender": "Ruud Mertens <ruud.mertens@bel-combinatie.nl>",
        "body": (
            "Sorry voor de late reactie, ik bevestig hierbij alsnog. Thanks for the reminder!\n"
            "\n"
            "Ruud Mertens\n"
        ),
    },
    {
        "id": "d75-conf-06",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "sender": "Olusegun Adeyemi <o.adeyemi@hlt-samen.nl>",
        "body": (
            "Ja, klopt. Hannah signed me up on my request, so consider this my confirmation.\n"
            "\n"
            "Best,\n"
            "Olusegun Adeyemi\n"
            "Adjunct-directeur HLT Samen\n"
        ),
    },
    {
        "id": "d75-conf-07",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "sender": "Els Van Damme <e.vandamme@werkorganisatie-kempen.nl>",
        "body": (
            "In orde voor mij, ik bevestig.\n"
            "\n"
            "Vriendelijke groeten,\n"
            "Els Van Damme\n"
        ),
    },
    {
        "id": "d75-conf-08",
        "kind": "confirm",
        "thread": "confirmation",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Daniel Okafor <d.okafor@odijk-wijk.nl>",
        "body": (
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n"
            "\n"
            "Yes please, I confirm.\n"
            "\n"
            "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n"
            "\n"
            "Daniel Okafor\n"
        ),
    },
    {
        "id": "d75-conf-09",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "sender": "Sanne Kuipers <s.kuipers@dewerkorganisatie.nl>",
        "body": (
            "Bevestigd! Looking forward to being part of the network.\n"
            "\n"
            "Sanne\n"
        ),
    },
    {
        "id": "d75-conf-10",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "sender": "Lisa Brandsma <lisabrandsma@gmail.com>",
        "body": (
            "Ok, bevestigd\n"
            "\n"
            "Verstuurd vanaf mijn iPhone\n"
        ),
    },
    {
        "id": "d75-unsub-01",
        "kind": "unsubscribe",
        "thread": None,
        "subject": "Unsubscribe",
        "sender": "Richard Blake <r.blake@werkorganisatie-vijfheerenlanden.nl>",
        "body": (
            "Please unsubscribe me from your mailing list.\n"
            "\n"
            "Richard Blake\n"
        ),
    },
    {
        "id": "d75-unsub-02",
        "kind": "unsubscribe",
        "thread": None,
        "subject": "Uitschrijving",
        "sender": "Joke Verstraete <joke.verstraete@zeeuwsevlaanderen-werkt.nl>",
        "body": (
            "Beste,\n"
            "\n"
            "Gelieve mij uit te schrijven uit het netwerk. Ik ontvang graag geen mails meer.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Joke Verstraete\n"
        ),
    },
    {
        "id": "d75-unsub-03",
        "kind": "unsubscribe",
        "thread": None,
        "subject": "Retirement",
        "sender": "Andrew Pieterse <a.pieterse@werkorganisatie-bsd.nl>",
        "body": (
            "Dear Stan and Melanie,\n"
            "\n"
            "On 1 April I will retire, so please remove me from the network as of that date. It has been a real "
            "pleasure to\n"
            "take part in the ateliers over the years. Thank you both for all your work.\n"
            "\n"
            "Warm regards,\n"
            "Andrew Pieterse\n"
        ),
    },
    {
        "id": "d75-unsub-04",
        "kind": "unsubscribe",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "sender": "Nadia Benali <n.benali@dienstverlening-ahk.nl>",
        "body": (
            "Hi Stan,\n"
            "\n"
            "I won't attend on 11 March. In fact, please take me off the list altogether: I'm moving to a "
            "position outside the\n"
            "fusion world and the network won't be relevant for me anymore.\n"
            "\n"
            "Best,\n"
            "Nadia Benali\n"
        ),
    },
    {
        "id": "d75-unsub-05",
        "kind": "unsubscribe",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Marco de Wit <m.dewit@werkorganisatie-noordkwartier.nl>",
        "body": (
            "Geen thema's van mijn kant. Eigenlijk - I'd rather leave the network, to be honest. Please remove "
            "me from your\n"
            "mailings.\n"
            "\n"
            "Marco de Wit\n"
        ),
    },
    {
        "id": "d75-unsub-06",
        "kind": "unsubscribe",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "sender": "Chen Wei <chen.wei@samenwerking-kromme-rijn.nl>",
        "body": (
            "Please unsubscribe me from all mails of the network. Thank you.\n"
            "\n"
            "Chen Wei\n"
        ),
    },
    {
        "id": "d75-unsub-07",
        "kind": "unsubscribe",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "sender": "Laura Jansen <l.jansen@gemeente-oirschot-best.nl>",
        "body": (
            "I didn't sign up for this.\n"
        ),
    },
    {
        "id": "d75-unsub-08",
        "kind": "unsubscribe",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "sender": "Bart Peeters <bart.peeters@werkorganisatie-dehoven.nl>",
        "body": (
            "Ik heb mij niet ingeschreven, dit moet een vergissing zijn.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Bart Peeters\n"
        ),
    },
    {
        "id": "d75-unsub-09",
        "kind": "unsubscribe",
        "erase": True,
        "thread": None,
        "subject": "GDPR erasure request",
        "sender": "Emily Harding <e.harding@werkorganisatie-ms.nl>",
        "body": (
            "Dear Sir/Madam,\n"
            "\n"
            "Under Article 17 of the GDPR I request that you erase all personal data you hold about me and "
            "remove me from\n"
            "your mailing list. Please confirm once this has been done.\n"
            "\n"
            "Regards,\n"
            "Emily Harding\n"
        ),
    },
    {
        "id": "d75-unsub-10",
        "kind": "unsubscribe",
        "erase": True,
        "thread": None,
        "subject": "Verwijdering persoonsgegevens",
        "sender": "Wim Claes <wim.claes@werkorganisatie-grensland.nl>",
        "body": (
            "Geachte,\n"
            "\n"
            "Graag had ik dat u al mijn persoonsgegevens uit uw bestanden verwijdert, op grond van mijn recht "
            "op vergetelheid\n"
            "(AVG). Gelieve mij ook uit te schrijven uit het netwerk.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Wim Claes\n"
        ),
    },
    {
        "id": "d75-unsub-11",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "sender": "Robert Kamphuis <r.kamphuis@twente-west.nl>",
        "body": (
            "Not interested, thank you. Please delete my personal data from your database, in line with the "
            "AVG, and stop\n"
            "sending me invitations.\n"
            "\n"
            "R. Kamphuis\n"
        ),
    },
    {
        "id": "d75-unsub-12",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "sender": "Ingrid Smulders <i.smulders@werkorganisatie-peelland.nl>",
        "body": (
            "Dank voor het welkom, maar dit klopt niet. I left this organisation months ago and somebody must "
            "have registered\n"
            "my old address. Please erase my data completely (AVG) and take me off your list.\n"
            "\n"
            "Ingrid Smulders\n"
        ),
    },
    {
        "id": "d75-unsub-13",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Raj Malhotra <raj.malhotra@gmail.com>",
        "body": (
            "Hello,\n"
            "\n"
            "I'm exercising my right to be forgotten: please remove me from the network and delete every record "
            "you have of\n"
            "me, including my name and e-mail address.\n"
            "\n"
            "Thanks,\n"
            "Raj Malhotra\n"
        ),
    },
    {
        "id": "d75-unsub-14",
        "kind": "unsubscribe",
        "thread": None,
        "subject": "Handing over my seat in the network",
        "sender": "Sophie van Leeuwen <s.vanleeuwen@werkorganisatie-bsd.nl>",
        "body": (
            "Dear Melanie,\n"
            "\n"
            "I'm leaving the BSD organisation per 1 May. My successor, Fatima Ouali "
            "(f.ouali@werkorganisatie-bsd.nl), will take\n"
            "over my seat in the network. Could you register her instead of me?\n"
            "\n"
            "Kind regards,\n"
            "Sophie van Leeuwen\n"
        ),
    },
    {
        "id": "d75-unsub-15",
        "kind": "unsubscribe",
        "thread": None,
        "subject": "Opvolging",
        "sender": "Hilde Maes <hilde.maes@werkorganisatie-schouwen.nl>",
        "body": (
            "Beste Stan,\n"
            "\n"
            "Vanaf 1 juni neemt mijn opvolger Joris Claeys (j.claeys@werkorganisatie-schouwen.nl) mijn plaats "
            "in het netwerk\n"
            "over. Gelieve mij uit te schrijven en hem in mijn plaats op te nemen.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Hilde Maes\n"
        ),
    },
    {
        "id": "d75-unsub-16",
        "kind": "unsubscribe",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "sender": "George Mensah <g.mensah@werkorganisatie-wp.nl>",
        "body": (
            "Dear Stan,\n"
            "\n"
            "I will not be coming: I'm leaving the organisation at the end of February. My successor Wouter "
            "Hendriks\n"
            "(w.hendriks@werkorganisatie-wp.nl) takes over my membership of the network; please send all "
            "invitations to him\n"
            "from now on.\n"
            "\n"
            "Kind regards,\n"
            "George Mensah\n"
        ),
    },
    {
        "id": "d75-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "sender": "Hannah Whitfield <h.whitfield@hlt-samen.nl>",
        "body": (
            "Yes, I'll come.\n"
            "\n"
            "Hannah\n"
        ),
    },
    {
        "id": "d75-rsvp-02",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "sender": "Pieter Vandenbroucke <pieter.vandenbroucke@samenwerking-zvl.nl>",
        "body": (
            "Beste Stan,\n"
            "\n"
            "Ik zal er zijn.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Pieter Vandenbroucke\n"
        ),
    },
    {
        "id": "d75-rsvp-03",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "sender": "Ahmed El Idrissi <a.elidrissi@ferm-werk.nl>",
        "body": (
            "Ja, ik kom - with one guest: my deputy Hanna Lindqvist will join me.\n"
            "\n"
            "Ahmed\n"
        ),
    },
    {
        "id": "d75-rsvp-04",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "sender": "Marloes Wijnands <m.wijnands@werkorganisatie-cgm.nl>",
        "body": (
            "Ja hoor, ik kom. By the way, I might be fifteen minutes late because of a council meeting that "
            "morning.\n"
            "\n"
            "Groet,\n"
            "Marloes\n"
        ),
    },
    {
        "id": "d75-rsvp-05",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "sender": "Daniel Okafor <d.okafor@odijk-wijk.nl>",
        "body": (
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n"
            "\n"
            "Count me in!\n"
            "\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Daniel\n"
        ),
    },
    {
        "id": "d75-rsvp-06",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "sender": "Fatima Ouali <f.ouali@werkorganisatie-bsd.nl>",
        "body": (
            "Thank you, I'll be there in Dirk's place.\n"
            "\n"
            "Fatima Ouali\n"
        ),
    },
    {
        "id": "d75-rsvp-07",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "sender": "Chen Wei <chen.wei@samenwerking-kromme-rijn.nl>",
        "body": (
            "Helaas, I can't make it after all. Please take me off the waiting list.\n"
            "\n"
            "Chen\n"
        ),
    },
    {
        "id": "d75-rsvp-08",
        "kind": "rsvp",
        "attending": True,
        "thread": None,
        "subject": "Atelier 11 maart: toch aanwezig",
        "sender": "Katarzyna Nowak <k.nowak@sedk.nl>",
        "body": (
            "Dear Melanie,\n"
            "\n"
            "Earlier this week I declined the atelier of 11 March, but my agenda has cleared up: I can come "
            "after all.\n"
            "\n"
            "Kind regards,\n"
            "Katarzyna Nowak\n"
        ),
    },
    {
        "id": "d75-rsvp-09",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Richard Blake <r.blake@werkorganisatie-vijfheerenlanden.nl>",
        "body": (
            "No topics from me this time, but I'll definitely be at the atelier on 11 March.\n"
            "\n"
            "Richard\n"
        ),
    },
    {
        "id": "d75-rsvp-10",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "sender": "Emily Harding <e.harding@werkorganisatie-ms.nl>",
        "body": (
            "Unfortunately 18 March doesn't work for me, so I have to cancel my registration for this atelier. "
            "Hopefully\n"
            "next time.\n"
            "\n"
            "Emily\n"
        ),
    },
    {
        "id": "d75-rsvp-11",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "sender": "Liam Gallagher-de Bruin <l.gallagher@werkorganisatie-hsd.nl>",
        "body": (
            "Dear Stan,\n"
            "\n"
            "Unfortunately I can't attend; there is a council meeting in one of our municipalities that afternoon.\n"
            "\n"
            "Best regards,\n"
            "Liam Gallagher-de Bruin\n"
        ),
    },
    {
        "id": "d75-rsvp-12",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "sender": "Griet Verhaeghe <g.verhaeghe@werkorganisatie-kempen.nl>",
        "body": (
            "Beste Melanie,\n"
            "\n"
            "Ik ben helaas verhinderd op 11 maart.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Griet Verhaeghe\n"
        ),
    },
    {
        "id": "d75-rsvp-13",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "sender": "Sophie van Leeuwen <s.vanleeuwen@werkorganisatie-bsd.nl>",
        "body": (
            "Hi Stan,\n"
            "\n"
            "I can't make it myself, but my colleague Ruben Vos (r.vos@werkorganisatie-bsd.nl), director of "
            "operations, will\n"
            "come in my place.\n"
            "\n"
            "Sophie\n"
        ),
    },
    {
        "id": "d75-rsvp-14",
        "kind": "rsvp",
        "attending": False,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "sender": "Marloes Wijnands <m.wijnands@werkorganisatie-cgm.nl>",
        "body": (
            "Helaas, ik kan niet - sick at home with the flu. Please give my seat to someone on the waiting list.\n"
            "\n"
            "Marloes\n"
        ),
    },
    {
        "id": "d75-rsvp-15",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "sender": "Erik Hoekstra <e.hoekstra@werkorganisatie-dantumadiel.nl>",
        "body": (
            "Nee, helaas. Our budget week clashes with this date. Hope to see you all next time!\n"
            "\n"
            "Erik Hoekstra\n"
        ),
    },
    {
        "id": "d75-rsvp-16",
        "kind": "rsvp",
        "attending": True,
        "thread": None,
        "subject": "Atelier 11 March",
        "sender": "Andrew Pieterse <a.pieterse@werkorganisatie-bsd.nl>",
        "body": (
            "Hi Stan,\n"
            "\n"
            "Just to let you know that I'll be attending the atelier on 11 March in Utrecht.\n"
            "\n"
            "Regards,\n"
            "Andrew\n"
        ),
    },
    {
        "id": "d75-rsvp-17",
        "kind": "rsvp",
        "attending": False,
        "thread": None,
        "subject": "Afmelding atelier 11 maart",
        "sender": "Mehmet Yıldız <mehmet.yildiz@bghu.nl>",
        "body": (
            "Dear secretariat,\n"
            "\n"
            "I have to cancel my attendance for the atelier next Thursday because of an urgent matter at work. "
            "I do want to stay\n"
            "in the network, of course.\n"
            "\n"
            "Kind regards,\n"
            "Mehmet Yıldız\n"
        ),
    },
    {
        "id": "d75-rsvp-18",
        "kind": "rsvp",
        "attending": True,
        "thread": None,
        "subject": "Atelier 11 maart",
        "sender": "Hilde Maes <hilde.maes@werkorganisatie-schouwen.nl>",
        "body": (
            "Beste Melanie,\n"
            "\n"
            "Voor het atelier van 11 maart mag u mij noteren. Ik kom samen met mijn collega, dus met twee "
            "personen.\n"
            "\n"
            "Vriendelijke groeten,\n"
            "Hilde Maes\n"
        ),
    },
    {
        "id": "d75-rsvp-19",
        "kind": "rsvp",
        "attending": True,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "sender": "Siobhan O'Connell <s.oconnell@werkorganisatie-cgm.nl>",
        "body": (
            "See you Thursday!\n"
            "\n"
            "Sent from my iPad\n"
        ),
    },
    {
        "id": "d75-sugg-01",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Hannah Whitfield <h.whitfield@hlt-samen.nl>",
        "body": (
            "Dear Stan,\n"
            "\n"
            "Topic: how do we develop a long-term vision for the werkorganisatie that lasts longer than one "
            "council term?\n"
            "\n"
            "Best,\n"
            "Hannah\n"
        ),
    },
    {
        "id": "d75-sugg-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Koen De Smet <koen.desmet@werkorganisatie-baarle.nl>",
        "body": (
            "Beste,\n"
            "\n"
            "Graag had ik het volgende onderwerp voorgesteld: hoe ga je om met een deelnemende gemeente die uit de\n"
            "samenwerking wil stappen?\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Koen De Smet\n"
        ),
    },
    {
        "id": "d75-sugg-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Katarzyna Nowak <k.nowak@sedk.nl>",
        "body": (
            "Hello,\n"
            "\n"
            "My suggestion: shortages on the labour market. How do we recruit and keep enough IT and finance "
            "staff, and what\n"
            "does that mean for our formatie?\n"
            "\n"
            "Katarzyna\n"
        ),
    },
    {
        "id": "d75-sugg-04",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Liam Gallagher-de Bruin <l.gallagher@werkorganisatie-hsd.nl>",
        "body": (
            "I'd like to discuss measuring resident satisfaction: which indicators do you use to monitor how "
            "well your services\n"
            "to residents and businesses perform?\n"
            "\n"
            "Liam\n"
        ),
    },
    {
        "id": "d75-sugg-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Marco Verbeek <m.verbeek@werkorganisatie-druten-wijchen.nl>",
        "body": (
            "Mijn onderwerp: AI in onze werkprocessen. Where do we start, which tasks are suitable, and how do "
            "we handle\n"
            "privacy and security of the data?\n"
            "\n"
            "Groet,\n"
            "Marco Verbeek\n"
        ),
    },
    {
        "id": "d75-sugg-06",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Nadia Benali <n.benali@dienstverlening-ahk.nl>",
        "body": (
            "Suggestion for the atelier:\n"
            "- one front door for entrepreneurs: a single ondernemersloket for all our municipalities' business "
            "services\n"
            "\n"
            "Nadia\n"
        ),
    },
    {
        "id": "d75-sugg-07",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "sender": "George Mensah <g.mensah@werkorganisatie-wp.nl>",
        "body": (
            "Thanks for the report. Next time I'd like to discuss the bestuurlijke prioriteiten after the 2026 "
            "elections: new\n"
            "coalitions bring new agendas, so how do we translate them into one strategic agenda for the "
            "organisation?\n"
            "\n"
            "George\n"
        ),
    },
    {
        "id": "d75-sugg-08",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "sender": "Wim Claes <wim.claes@werkorganisatie-grensland.nl>",
        "body": (
            "Beste Stan,\n"
            "\n"
            "Als thema stel ik voor: de positie van onze fusieorganisatie in de regio. Hoe zorg je dat je als\n"
            "samenwerkingsverband een stevige partner bent in de regiodeals?\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Wim Claes\n"
        ),
    },
    {
        "id": "d75-sugg-09",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Andrew Pieterse <a.pieterse@werkorganisatie-bsd.nl>",
        "body": (
            "Dear Melanie,\n"
            "\n"
            "A topic that keeps coming back here: the cost allocation key (verdeelsleutel) between the "
            "participating\n"
            "municipalities. How do you keep the financing of the werkorganisatie fair, and keep the "
            "relationship between the\n"
            "municipalities healthy when one of them feels it pays too much?\n"
            "\n"
            "Kind regards,\n"
            "Andrew\n"
        ),
    },
    {
        "id": "d75-sugg-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "sender": "Priya Raghunathan <p.raghunathan@werkorganisatie-lbw.nl>",
        "body": (
            "Thank you for the warm welcome! A topic I'd love to discuss with colleagues: how residents reach "
            "us. More and\n"
            "more of them use WhatsApp and chat instead of the phone; how do you organise good service across "
            "those\n"
            "channels?\n"
            "\n"
            "Priya\n"
        ),
    },
    {
        "id": "d75-sugg-11",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Bart Peeters <bart.peeters@werkorganisatie-dehoven.nl>",
        "body": (
            "Beste Stan,\n"
            "\n"
            "Ik zal er zijn op 11 maart. Als onderwerp stel ik voor: ons sturingsconcept. We are moving from a "
            "classic\n"
            "line organisation to self-managing teams and I'd like to hear how others did that.\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Bart Peeters\n"
        ),
    },
    {
        "id": "d75-sugg-12",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": None,
        "subject": "Topic idea for the next atelier",
        "sender": "Chen Wei <chen.wei@samenwerking-kromme-rijn.nl>",
        "body": (
            "Hi Stan and Melanie,\n"
            "\n"
            "An idea for the next Leer- en inspireer-atelier: hybrid working and our office concept. After the "
            "merger we have\n"
            "three town halls and far fewer people at the office; how do others organise their workplaces and "
            "teams?\n"
            "\n"
            "Best,\n"
            "Chen Wei\n"
        ),
    },
    {
        "id": "d75-sugg-13",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "sender": "Marloes Wijnands <m.wijnands@werkorganisatie-cgm.nl>",
        "body": (
            "One more to add, please: our inhoudelijke agenda. Which big societal tasks (energy transition, "
            "housing, youth\n"
            "care) does the organisation put first for the coming ten years, and who decides?\n"
            "\n"
            "Marloes\n"
        ),
    },
    {
        "id": "d75-sugg-14",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "sender": "Ruud Mertens <ruud.mertens@bel-combinatie.nl>",
        "body": (
            "Hi,\n"
            "\n"
            "Onderwerp: one service level for all residents or room for local differences? Each of our "
            "municipalities wants\n"
            "its own opening hours and its own way of handling requests at the counter. How do you balance the "
            "wishes of the\n"
            "participating municipalities with one way of serving residents?\n"
            "\n"
            "Ruud\n"
        ),
    },
    {
        "id": "d75-sugg-15",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": None,
        "subject": "Voorstel thema atelier",
        "sender": "Joke Verstraete <joke.verstraete@zeeuwsevlaanderen-werkt.nl>",
        "body": (
            "Beste Melanie,\n"
            "\n"
            "Een voorstel van thema voor het volgende atelier: gezamenlijke opgaven. Hoe pakken de deelnemende "
            "gemeenten\n"
            "samen de woningbouwopgave aan, terwijl elke gemeente haar eigen ambities behoudt?\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Joke Verstraete\n"
        ),
    },
    {
        "id": "d75-auto-01",
        "kind": "autoreply",
        "thread": "invitation",
        "subject": (
            "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "sender": "Emily Harding <e.harding@werkorganisatie-ms.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Thank you for your email. I am out of the office until Monday 8 March with limited access to "
            "email. For urgent\n"
            "matters, please contact my assistant at secretariaat@werkorganisatie-ms.nl.\n"
            "\n"
            "Kind regards,\n"
            "Emily Harding\n"
        ),
    },
    {
        "id": "d75-auto-02",
        "kind": "autoreply",
        "thread": "call_for_themes",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Marco de Wit <m.dewit@werkorganisatie-noordkwartier.nl>",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": (
            "Ik ben afwezig tot en met 15 januari en lees mijn mail niet. Uw bericht wordt niet doorgestuurd. "
            "Voor dringende\n"
            "zaken kunt u contact opnemen met het directiesecretariaat, 0223 - 67 80 00.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Marco de Wit\n"
        ),
    },
    {
        "id": "d75-auto-03",
        "kind": "autoreply",
        "thread": "reminder",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "sender": "Liam Gallagher-de Bruin <l.gallagher@werkorganisatie-hsd.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Ik ben tot 10 maart niet aanwezig. Uw e-mail wordt na mijn terugkomst behandeld.\n"
            "\n"
            "I am out of office until 10 March. Your e-mail will be dealt with after my return.\n"
            "\n"
            "Liam Gallagher-de Bruin\n"
        ),
    },
    {
        "id": "d75-auto-04",
        "kind": "autoreply",
        "thread": "invitation",
        "subject": (
            "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "sender": "Hilde Maes <hilde.maes@werkorganisatie-schouwen.nl>",
        "body": (
            "Beste,\n"
            "\n"
            "Ik ben afwezig tot en met vrijdag 26 februari. Voor dringende zaken kan u terecht bij mijn collega "
            "Dries\n"
            "Wouters (d.wouters@werkorganisatie-schouwen.nl).\n"
            "\n"
            "Met vriendelijke groeten,\n"
            "Hilde Maes\n"
        ),
    },
    {
        "id": "d75-auto-05",
        "kind": "autoreply",
        "thread": "welcome",
        "subject": "Automatic reply: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "Info Werkorganisatie <info@werkorganisatie-peelland.nl>",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": (
            "This mailbox is no longer in use. Your message has not been read or forwarded. Please send your "
            "message to\n"
            "post@peelland-samen.nl.\n"
        ),
    },
    {
        "id": "d75-auto-06",
        "kind": "autoreply",
        "thread": "confirmation",
        "subject": "Automatic reply: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Daniel Okafor <d.okafor@odijk-wijk.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Hi, thanks for your message. I'm on parental leave until 1 June and won't be checking email. For "
            "anything urgent,\n"
            "please reach out to Mirjam van Dongen (m.vandongen@odijk-wijk.nl).\n"
            "\n"
            "Daniel\n"
        ),
    },
    {
        "id": "d75-auto-07",
        "kind": "autoreply",
        "thread": "invitation",
        "subject": (
            "Out of Office: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "sender": "Raj Malhotra <r.malhotra@werkorganisatie-duiven-zevenaar.nl>",
        "body": (
            "I am travelling until 5 March with limited connectivity. I will respond to your message as soon as "
            "possible after\n"
            "my return.\n"
            "\n"
            "Raj Malhotra\n"
        ),
    },
    {
        "id": "d75-auto-08",
        "kind": "autoreply",
        "thread": "invitation",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "sender": "Gemeente Oirschot-Best <info@gemeente-oirschot-best.nl>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
        "body": (
            "Thank you for your e-mail to the municipality. We have received your message and registered it "
            "under number\n"
            "2027-004513. We aim to respond within five working days.\n"
            "\n"
            "Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.\n"
        ),
    },
    {
        "id": "d75-other-01",
        "kind": "other",
        "thread": None,
        "subject": "Joining the network",
        "sender": "Olga Petrova <o.petrova@werkorganisatie-twenterand.nl>",
        "body": (
            "Dear secretariat,\n"
            "\n"
            "I'd like to join the network, but first a question: is membership really free of charge, and may "
            "my deputy\n"
            "attend the ateliers as well when I'm not available?\n"
            "\n"
            "Kind regards,\n"
            "Olga Petrova\n"
        ),
    },
    {
        "id": "d75-other-02",
        "kind": "other",
        "thread": None,
        "subject": "Who can join?",
        "sender": "Mark Sullivan <m.sullivan@omgevingsdienst-rivierenland.nl>",
        "body": (
            "Hello,\n"
            "\n"
            "Is the network also open to directors of a gemeenschappelijke regeling that is not a fusion "
            "organisation, such\n"
            "as an omgevingsdienst? If so, I'd be interested.\n"
            "\n"
            "Best regards,\n"
            "Mark Sullivan\n"
        ),
    },
    {
        "id": "d75-other-03",
        "kind": "other",
        "thread": None,
        "subject": "New colleague",
        "sender": "Hannah Whitfield <h.whitfield@hlt-samen.nl>",
        "body": (
            "Hi Melanie,\n"
            "\n"
            "Could you please also add our new director of operations, Lotte? She started last week and would "
            "like to\n"
            "receive the invitations too.\n"
            "\n"
            "Thanks,\n"
            "Hannah\n"
        ),
    },
    {
        "id": "d75-other-04",
        "kind": "other",
        "thread": None,
        "subject": "Aanmelding MT",
        "sender": "Ruud Mertens <ruud.mertens@bel-combinatie.nl>",
        "body": (
            "Beste Stan,\n"
            "\n"
            "Wil je ons hele MT aanmelden? That's p.vos@bel-combinatie.nl, k.dekker@bel-combinatie.nl and\n"
            "a.yilmaz@bel-combinatie.nl. They'd all like to join the ateliers.\n"
            "\n"
            "Groet,\n"
            "Ruud\n"
        ),
    },
    {
        "id": "d75-other-05",
        "kind": "other",
        "thread": None,
        "subject": "Nieuw e-mailadres",
        "sender": "Siobhan O'Connell <s.oconnell@werkorganisatie-cgm.nl>",
        "body": (
            "Dear Stan,\n"
            "\n"
            "Our organisation is changing its domain. From 1 April my address will be s.oconnell@cgm-samen.nl "
            "instead of this\n"
            "one. Could you update your records?\n"
            "\n"
            "Thanks,\n"
            "Siobhan\n"
        ),
    },
    {
        "id": "d75-other-06",
        "kind": "other",
        "thread": None,
        "subject": "Partnership proposal: AI assistant for municipalities",
        "sender": "Tom Becker <tom.becker@civicflow.io>",
        "body": (
            "Dear network secretariat,\n"
            "\n"
            "I'm reaching out from CivicFlow, a software company that helps shared service organisations "
            "automate citizen\n"
            "requests with AI. We'd love to present our solution at one of your ateliers, or offer your members "
            "a free\n"
            "trial. Would you have 20 minutes for a call next week?\n"
            "\n"
            "Best regards,\n"
            "Tom Becker\n"
            "Partnerships Manager, CivicFlow\n"
        ),
    },
    {
        "id": "d75-other-07",
        "kind": "other",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "sender": "Robert Kamphuis <r.kamphuis@twente-west.nl>",
        "body": (
            "Stan, I receive every invitation three times, on three different addresses. That's really "
            "annoying. Could you\n"
            "sort this out?\n"
            "\n"
            "Robert\n"
        ),
    },
    {
        "id": "d75-other-08",
        "kind": "other",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "sender": "Laura Jansen <laura.jansen@hotmail.com>",
        "body": (
            "I never signed up for anything. Where did you get my e-mail address?\n"
        ),
    },
    {
        "id": "d75-other-09",
        "kind": "other",
        "thread": None,
        "subject": "Data access request",
        "sender": "Richard Blake <r.blake@werkorganisatie-vijfheerenlanden.nl>",
        "body": (
            "Dear Sir/Madam,\n"
            "\n"
            "Under the GDPR I would like to know what personal data you hold about me and for what purpose. "
            "Could you send me\n"
            "an overview?\n"
            "\n"
            "Regards,\n"
            "Richard Blake\n"
        ),
    },
    {
        "id": "d75-other-10",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Olusegun Adeyemi <o.adeyemi@hlt-samen.nl>",
        "body": (
            "Not a topic, but a suggestion about the ateliers themselves: could they be held online, or in the "
            "morning?\n"
            "Thursday afternoons are council days for many of us.\n"
            "\n"
            "Olusegun\n"
        ),
    },
    {
        "id": "d75-other-11",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "sender": "Nadia Benali <n.benali@dienstverlening-ahk.nl>",
        "body": (
            "Thanks for a great and very inspiring afternoon! The report looks good too.\n"
            "\n"
            "Nadia\n"
        ),
    },
    {
        "id": "d75-other-12",
        "kind": "other",
        "thread": None,
        "subject": "Peter de Graaf",
        "sender": "Marco Verbeek <m.verbeek@werkorganisatie-druten-wijchen.nl>",
        "body": (
            "Hoi Melanie,\n"
            "\n"
            "Just so you know: Peter de Graaf has left our organisation. His mailbox will be closed at the end "
            "of the month.\n"
            "\n"
            "Groet,\n"
            "Marco\n"
        ),
    },
    {
        "id": "d75-other-13",
        "kind": "other",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "sender": "Olga Petrova <o.petrova@werkorganisatie-twenterand.nl>",
        "body": (
            "I'd like to come, but only if I can leave at four o'clock. Is that alright, or would I miss the "
            "essential part?\n"
            "\n"
            "Olga\n"
        ),
    },
    {
        "id": "d75-other-14",
        "kind": "other",
        "thread": None,
        "subject": "Adviesraad",
        "sender": "Javier Morales <j.morales@werkorganisatie-duo.nl>",
        "body": (
            "Dear Stan,\n"
            "\n"
            "I read that an Adviesraad advises on the atelier programme. I'd like to put myself forward as a "
            "member of the\n"
            "Adviesraad. What would that involve?\n"
            "\n"
            "Kind regards,\n"
            "Javier Morales\n"
        ),
    },
    {
        "id": "d75-other-15",
        "kind": "other",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-en",
        "sender": "George Mensah <g.mensah@werkorganisatie-wp.nl>",
        "body": (
            "What a pity! Is there any idea yet about the new date?\n"
            "\n"
            "George\n"
        ),
    },
    {
        "id": "d75-other-16",
        "kind": "other",
        "thread": None,
        "subject": "Presentaties vorig atelier",
        "sender": "Els Van Damme <e.vandamme@werkorganisatie-kempen.nl>",
        "body": (
            "Beste Stan,\n"
            "\n"
            "Mag ik vragen of de presentaties van het vorige atelier ergens beschikbaar zijn? Ik vond ze niet "
            "op de website.\n"
            "\n"
            "Alvast bedankt en met vriendelijke groeten,\n"
            "Els Van Damme\n"
        ),
    },
    {
        "id": "d75-other-17",
        "kind": "other",
        "thread": None,
        "subject": "Lidmaatschap",
        "sender": "Erik Hoekstra <e.hoekstra@werkorganisatie-dantumadiel.nl>",
        "body": (
            "Hi Stan,\n"
            "\n"
            "I'm thinking about leaving the network, since the last ateliers were mainly about large fusions of "
            "four or more\n"
            "municipalities. Before I decide: are there plans for topics for smaller organisations like ours?\n"
            "\n"
            "Erik\n"
        ),
    },
    {
        "id": "d75-other-18",
        "kind": "other",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "sender": "Sanne Kuipers <s.kuipers@dewerkorganisatie.nl>",
        "body": (
            "De agenda-uitnodiging zat niet bij de mail. Could you resend the calendar invite as a separate "
            "attachment?\n"
            "\n"
            "Sanne\n"
        ),
    },
    {
        "id": "d75-other-19",
        "kind": "other",
        "thread": None,
        "subject": "Kopie uitnodigingen",
        "sender": "Tomasz Wiśniewski <t.wisniewski@gemeente-dalfsen-ommen.nl>",
        "body": (
            "Dear Melanie,\n"
            "\n"
            "Could my management assistant, Ineke Dijkstra, receive a copy of all your mails from now on? She "
            "keeps my agenda.\n"
            "\n"
            "Regards,\n"
            "Tomasz\n"
        ),
    },
]
# fmt: on
