"""heldout35: a year (2035) of mail from directors in the Rivierenland, the Betuwe and Zuid-Gelderland.

The calendar of 2035 as the writers refer to it:
- Mon 8 January: call for themes for the spring atelier (topics before Wed 24 January); thank-you mails for
  suggestions in the days after.
- Wed 7 February: invitation to the atelier "Eén werkorganisatie, vier dorpsgezichten" (Samenwerking) on Thursday
  15 March 2035, 14.00-17.30, at De Kribbe, Waalkade 14, Tiel; answers by Monday 5 March. The 30 places are gone by
  late February, later sign-ups get the waiting list; substitutes' invitations go out in February and March.
- Mon 12 March: reminder. Thu 15 March: the atelier. Thu 22 March: follow-up with the verslag, topics welcome.
- Tue 12 June: call for themes for the autumn atelier (topics before Wed 4 July).
- Wed 29 August: invitation to "Wendbaar met een krappe formatie" (Organisatie) on Thursday 4 October 2035 at
  Koetshuis De Lindenhorst, Molenkade 7, Buren; answers by Monday 24 September.
- Wed 12 September: cancellation of 4 October (water damage at the Koetshuis); a new date is promised.
- Mon 1 October: change mail with the new date, Thursday 22 November 2035, at the Brugwachtershuis, Lekdijk 40,
  Culemborg; earlier answers stand.
- Fri 16 November: reminder. Thu 22 November: the atelier. Thu 29 November: follow-up.
- All year in between: confirmation requests (and their one reminder) after sign-ups, welcome mails after a
  confirmation, RSVP acknowledgements (on the list or on the waiting list), substitutes' invitations and leave
  confirmations (afmelding_bevestigd), which members answer.
Our quoted mails are the fixed snapshot in quoted_mails.json (dated 2027, addressed to Marieke de Vries-Ölçer); only
the writers' own text speaks of the 2035 calendar.

The writers are algemeen directeuren, gemeentesecretaris-directeuren, directeuren bedrijfsvoering and interim
directors of invented werkorganisaties and GR's (Waal & Linge, Bommelerwaard Diensten, Lingevallei, Nederrijn-Waal,
Dijk en Dorp, Neder-Linge, ...), their assistants, directors who write in English, a consultant,
and the mail systems of these organisations. Some people recur through the year: a director who declines and later
comes after all, a denial under the confirmation mail followed by an inzageverzoek and an AVG erasure, an interim
who joins, suggests, comes and hands over to the permanent director, successors who confirm and take part. Replies
come from Outlook (Dutch, English, line style), Gmail, Apple Mail, GroupWise and Notes, from phones, by dictation,
pasted without marks or forwarded by an assistant.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a decline turned into a yes, an
  assistant's decline overruled by the director under the change mail).
- Under the call for themes, the follow-up or the thank-you a proposed topic is a suggestion, also with a yes or no
  to the atelier beside it; a reply there that only says whether the writer comes is an rsvp; a proposal about the
  time, place or form of the ateliers is other. (A judgement of this set, not of the brief: asking us to file an
  earlier suggestion under another theme proposes nothing new and is other.)
- Themes are those of the topic proposed, not of the situation told before it or of words in passing; two only
  where one topic spans both (a regional KCC with neighbours; a long-term vision on dienstverlening) or where the
  writer proposes two topics under two themes.
- "Afmelden voor het atelier" and a decline with a substitute (name and address) are rsvp False; leaving the
  network and the atelier in one mail is unsubscribe. Assistants answering under our invitation are rsvp;
  an assistant's new mail asking about the director's late arrival is other. Calendar accept/decline is rsvp.
  A substitute declining under the substitute's invitation is rsvp False; one who says the invitation is misdirected
  is other.
- A hand-over with the successor's name and address (also under our goodbye) is unsubscribe; a colleague reporting
  that a director left, without a successor, is other. AVG erasure: unsubscribe with erase True; an inzageverzoek
  is other.
- Signing up one named colleague with the address is subscribe; two colleagues, or one without an address, is other.
  "Lid blijven" under our goodbye is subscribe. A plain denial under a confirmation mail is unsubscribe; a denial
  that asks where we got the address is other.
- A confirmation (empty, one word, a signature, an assistant typing in the director's mailbox) is confirm; with a
  real question beside it, other. A yes on a condition the secretariat must check first, or a yes with a question
  about bringing an outsider, is other. Thanks, complaints, address changes and practical questions are other.
- Out-of-office, read receipts, ticket systems and "address no longer in use" are autoreply (some without
  headers); delivery failures are bounce. Neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "h35-001",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hendrika van Gellicum <h.vangellicum@waalenlinge.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voor het atelier van 15 maart een onderwerp dat bij ons al maanden op tafel ligt: hoe houd je drie
            gemeenteraden betrokken bij één werkorganisatie, zonder dat we in elke raad een ander verhaal vertellen en
            elke raad zijn eigen koers wil varen met ‘zijn’ ambtenaren?

            Met vriendelijke groet,

            Hendrika van Gellicum
            Algemeen directeur
            Werkorganisatie Waal & Linge
            T 0344 - 61 27 90
            """
        ),
    },
    {
        "id": "h35-002",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Joost Verbrugge <joost.verbrugge@bommelerdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Twee onderwerpen van mijn kant:
            - drie zaaksystemen samenvoegen tot één (we zitten er middenin en het is taai)
            - de wachttijd aan de telefoon bij ons KCC: hoe krijgen collega's die omlaag?

            Gr. Joost
            """
        ),
    },
    {
        "id": "h35-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelies Timmerhuis <a.timmerhuis@wo-uiterwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Een onderwerp heb ik zo niet paraat, maar 15 maart heb ik vrijgehouden: ik ben erbij.

            Annelies
            """
        ),
    },
    {
        "id": "h35-004",
        "kind": "other",
        "sender": "Ruud Koolmees <r.koolmees@dienstbetuweoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Geen inhoudelijk thema, wel een verzoek over de vorm: zou het atelier een keer in de ochtend kunnen,
            bijvoorbeeld van 9.00 tot 12.30 uur? Op donderdagmiddag hebben twee van onze drie gemeenten vaak
            commissievergaderingen of voorbereidend overleg, waardoor ik steeds halverwege weg moet.

            Groet,
            Ruud Koolmees
            Directeur Dienst Betuwe-Oost
            """
        ),
    },
    {
        "id": "h35-005",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Fatma Yıldırım-Brouwer <f.yildirim@wo-bld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Suggestie: strategische personeelsplanning. Bij ons gaat ruim een kwart vd medewerkers de komende 8 jaar met
            pensioen en de formatie staat nu al onder druk. Hoe pakken anderen dat aan?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h35-006",
        "kind": "autoreply",
        "sender": "Gert-Jan Hoogendijk <g.hoogendijk@mwdiensten.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart "
            "2027 [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met vrijdag 19 januari ben ik afwezig en lees ik mijn e-mail niet.
            Voor dringende zaken kunt u contact opnemen met het directiesecretariaat: 0487 - 58 40 00 of
            directiesecretariaat@mwdiensten.nl.

            Gert-Jan Hoogendijk
            """
        ),
    },
    {
        "id": "h35-007",
        "kind": "confirm",
        "sender": "Mirjam ter Welle <m.terwelle@lingevallei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """

            """
        ),
    },
    {
        "id": "h35-008",
        "kind": "confirm",
        "sender": "Sander Blommestein <sander.blommestein@rvnzuid.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Excuses voor de late reactie, de eerste mail was in mijn ongewenste e-mail beland. Bij dezen bevestigd.

            Sander Blommestein
            Gemeentesecretaris-directeur | GR Rijk van Nijmegen-Zuid
            """
        ),
    },
    {
        "id": "h35-009",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Joost Verbrugge <joost.verbrugge@bommelerdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Nog eentje erbij, schoot me vanochtend onder de douche te binnen:
            hoe meten jullie de tevredenheid van inwoners na een contact met de gemeente? Wij sturen een enquête na
            elk telefoongesprek, maar de respons is bedroevend.

            Joost
            """
        ),
    },
    {
        "id": "h35-010",
        "kind": "other",
        "sender": "Pieter-Bas Wolfswinkel <pb.wolfswinkel@tielerwaard-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes",
        "body": _(
            """
            Dank voor de bevestiging. Wanneer horen wij welke onderwerpen het uiteindelijk geworden zijn? Ik wil ons
            MT graag vooraf laten meedenken, dus het zou fijn zijn als dat ruim voor maart bekend is.

            Met vriendelijke groet,
            P.B. Wolfswinkel
            """
        ),
    },
    {
        "id": "h35-011",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Karin Lodewijks <k.lodewijks@lingelek.nl>",
        "quote": "none",
        "subject": "Onderwerp voor atelier 15 maart",
        "body": _(
            """
            Goedemiddag,

            Ik zag de oproep pas laat, dus ik stuur het maar los. Ik zou graag praten over de positie van kleine
            werkorganisaties in de regio. De centrumgemeente trekt steeds meer naar zich toe (inkoop, jeugdzorg,
            de economische agenda) en wij schuiven aan als juniorpartner. Hoe houden collega's hun plek aan de
            regionale tafel?

            Karin Lodewijks
            directeur Werkorganisatie Linge-Lek
            """
        ),
    },
    {
        "id": "h35-012",
        "kind": "subscribe",
        "sender": "Willemijn Schoonderbeek <w.schoonderbeek@nederrijnwaal.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Per 1 januari 2035 ben ik aangetreden als algemeen directeur van Werkorganisatie Nederrijn-Waal, de
            ambtelijke organisatie van Rijnhoven en Deestwaard. Mijn voorganger sprak altijd met veel plezier over uw
            netwerk. Graag meld ik mij aan als lid.

            Met vriendelijke groet,

            mr. W.M. Schoonderbeek
            Algemeen directeur
            """
        ),
    },
    {
        "id": "h35-013",
        "kind": "subscribe",
        "sender": "Liam Fairbairn <l.fairbairn@gpbedrijfsvoering.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Dear secretariat,

            I have just started as interim director of GR Gelderse Poort Bedrijfsvoering, for about nine months while
            the board recruits a permanent director. My Dutch is still a work in progress, so apologies for writing in
            English. I would very much like to join the network and take part in the ateliers.

            Kind regards,
            Liam Fairbairn
            Interim director
            """
        ),
    },
    {
        "id": "h35-014",
        "kind": "other",
        "sender": "Esther Kroon <directiesecretariaat@duffeltheumen.nl>",
        "quote": "none",
        "subject": "Aanmelden directieleden",
        "body": _(
            """
            Goedemorgen,

            Onze directie is sinds de jaarwisseling uitgebreid. Zouden jullie de volgende twee directeuren willen
            aanmelden voor het netwerk?
            - Marco Zweers, directeur Dienstverlening, m.zweers@duffeltheumen.nl
            - Sanne Hoefnagels, directeur Bedrijfsvoering, s.hoefnagels@duffeltheumen.nl

            Alvast bedankt!
            Esther Kroon
            Directiesecretaresse Werkorganisatie Duffelt-Heumen
            """
        ),
    },
    {
        "id": "h35-015",
        "kind": "subscribe",
        "sender": "Ingeborg Sterkenburg <secretariaat@zaltwijk.nl>",
        "quote": "none",
        "subject": "Aanmelding de heer T. Rademaker",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens onze nieuwe algemeen directeur, de heer Thijs Rademaker, verzoek ik u hem aan te melden voor het
            Netwerk van directeuren van ambtelijke fusieorganisaties. Zijn e-mailadres is t.rademaker@zaltwijk.nl.

            Met vriendelijke groet,

            Ingeborg Sterkenburg
            Bestuurssecretariaat | Ambtelijke fusie Zaltwijk
            """
        ),
    },
    {
        "id": "h35-016",
        "kind": "other",
        "sender": "Marjolein Berendsen <m.berendsen@gr-overlinge.nl>",
        "quote": "none",
        "subject": "nieuwe collega",
        "body": _(
            """
            Hallo Melanie,

            Leuk je laatst weer te spreken op de regiobijeenkomst. Zoals beloofd: mijn nieuwe collega-directeur Bram Vos
            begint 1 februari en wil ook graag lid worden. Zijn mailadres heb ik nog niet, dat wordt pas aangemaakt als
            hij in dienst is. Kun je hem alvast noteren?

            Groetjes, Marjolein
            """
        ),
    },
    {
        "id": "h35-017",
        "kind": "confirm",
        "sender": "Thijs Rademaker <t.rademaker@zaltwijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, bevestigd.

            Thijs Rademaker
            """
        ),
    },
    {
        "id": "h35-018",
        "kind": "other",
        "sender": "Cees Dorrestijn <c.dorrestijn@maasoever-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij niet aangemeld voor uw netwerk. Hoe komt u aan mijn e-mailadres, en wie is het secretariaat dat
            mij heeft opgegeven? Dat hoor ik graag eerst.

            C. Dorrestijn
            """
        ),
    },
    {
        "id": "h35-019",
        "kind": "unsubscribe",
        "sender": "Noor El Bakkali <n.elbakkali@wo-appelhof.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit moet een vergissing zijn, ik heb me nergens voor aangemeld.

            N. El Bakkali
            """
        ),
    },
    {
        "id": "h35-020",
        "kind": "other",
        "sender": "Erik-Jan Zwanenburg <ej.zwanenburg@drierivieren-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Hierbij bevestigd. Wel een vraag: kan mijn plaatsvervanger, onze concerncontroller, ook lid worden, of is
            het netwerk echt alleen voor directeuren?

            Erik-Jan
            """
        ),
    },
    {
        "id": "h35-021",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Willemijn Schoonderbeek <w.schoonderbeek@nederrijnwaal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank voor het welkom! U vraagt of ik al een onderwerp heb: jazeker. Wij staan aan het begin van een nieuwe
            meerjarige organisatievisie, met 2040 als horizon. Ik ben benieuwd hoe collega's zo'n visie opstellen en
            hoe ze die levend houden als er na de verkiezingen nieuwe colleges komen.

            Met vriendelijke groet,
            Willemijn Schoonderbeek
            """
        ),
    },
    {
        "id": "h35-022",
        "kind": "other",
        "sender": "Liam Fairbairn <l.fairbairn@gpbedrijfsvoering.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Thank you for the warm welcome! One question before March: are the ateliers entirely in Dutch? If so, would
            it be all right if a colleague sits next to me to whisper a translation now and then?

            Liam
            """
        ),
    },
    {
        "id": "h35-023",
        "kind": "autoreply",
        "sender": "Rianne Stolk <r.stolk@bbvo.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Automatic reply: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your message. I am out of the office until 29 January with limited access to e-mail.
            Bedankt voor uw bericht. Tot en met 29 januari ben ik afwezig en beperkt bereikbaar.

            Rianne Stolk
            """
        ),
    },
    {
        "id": "h35-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gert-Jan Hoogendijk <g.hoogendijk@mwdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            Met vriendelijke groet,

            Gert-Jan Hoogendijk
            Algemeen directeur GR Maas en Waalse Diensten
            Postbus 112, 6650 AC Maasbeek
            T 0487 - 58 40 00

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u
            verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.
            Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h35-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mirjam ter Welle <m.terwelle@lingevallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Ik meld me graag aan voor 15 maart in Tiel. Onze concerncontroller, Hidde Vlasveld, gaat mee; we komen dus
            met z'n tweeën.

            Hartelijke groet,
            Mirjam ter Welle
            Directeur Werkorganisatie Lingevallei
            """
        ),
    },
    {
        "id": "h35-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sander Blommestein <sander.blommestein@rvnzuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, helaas. Op 15 maart is de behandeling van de voorjaarsnota in Appelterhof en daar kan ik als
            secretaris niet gemist worden. Volgende keer beter!

            Sander
            """
        ),
    },
    {
        "id": "h35-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter-Bas Wolfswinkel <pb.wolfswinkel@tielerwaard-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik ben verhinderd. In mijn plaats komt onze adjunct-directeur, Lotte Zandbergen
            (l.zandbergen@tielerwaard-zuid.nl). Zij is goed ingevoerd in het onderwerp.

            Met vriendelijke groet,
            Pieter-Bas Wolfswinkel
            """
        ),
    },
    {
        "id": "h35-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Lodewijks <k.lodewijks@lingelek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
            "& eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """

            """
        ),
    },
    {
        "id": "h35-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Koolmees <r.koolmees@dienstbetuweoost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Helaas, dan zit ik in de raad van Wadenhoven.
            """
        ),
    },
    {
        "id": "h35-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Hulshof <p.hulshof@nederrijnwaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Schoonderbeek laat ik u weten dat zij op 15 maart aanwezig is. Ik heb de middag in haar
            agenda geblokkeerd.

            Met vriendelijke groet,
            Petra Hulshof
            Managementassistent directie | Werkorganisatie Nederrijn-Waal
            """
        ),
    },
    {
        "id": "h35-031",
        "kind": "other",
        "sender": "Annemiek Roelofsen <a.roelofsen@bommelerdiensten.nl>",
        "quote": "none",
        "subject": "Aanwezigheid dhr. Verbrugge 15 maart",
        "body": _(
            """
            Beste secretariaat,

            Dhr. Verbrugge wil graag naar het atelier op 15 maart, maar hij heeft tot 15.00 uur overleg bij de
            provincie. Is het een probleem als hij pas rond half vier binnenkomt? Dan weet ik of ik hem kan aanmelden.

            Met vriendelijke groet,
            Annemiek Roelofsen
            Secretariaat directie GR Bommelerwaard Diensten
            """
        ),
    },
    {
        "id": "h35-032",
        "kind": "other",
        "sender": "Bart Scheepbouwer <b.scheepbouwer@ooijwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Ik kom graag, maar alleen als De Kribbe goed toegankelijk is: ik loop sinds een knieoperatie met krukken.
            Is er een lift, en kan ik vlak bij de ingang parkeren? Laat je het even weten? Dan bevestig ik definitief.

            Groet, Bart
            """
        ),
    },
    {
        "id": "h35-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Liam Fairbairn <l.fairbairn@gpbedrijfsvoering.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Count me in for 15 March. Thanks!

            Liam
            """
        ),
    },
    {
        "id": "h35-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hendrika van Gellicum <h.vangellicum@waalenlinge.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja ik kom 👍

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h35-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erik-Jan Zwanenburg <ej.zwanenburg@drierivieren-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie, beste Stan,

            Op 15 maart ben ik met onze drie burgemeesters op werkbezoek in Brussel, dus ik moet deze keer passen.
            Ik wens jullie een inspirerende middag en lees het verslag met belangstelling.

            Hartelijke groet,
            Erik-Jan Zwanenburg
            """
        ),
    },
    {
        "id": "h35-036",
        "kind": "unsubscribe",
        "sender": "Rianne Stolk <r.stolk@bbvo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Per 1 april ga ik met vervroegd pensioen. Het heeft dus weinig zin om nog naar het atelier van 15 maart te
            komen. Wilt u mij meteen ook als lid van het netwerk afmelden? Een opvolger is nog niet benoemd; zodra die
            er is, wijs ik hem of haar op uw netwerk.

            Dank voor de fijne jaren,

            Rianne Stolk
            directeur BBVO
            """
        ),
    },
    {
        "id": "h35-037",
        "kind": "unsubscribe",
        "sender": "Wim Harkema <w.harkema@dijkendorp.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedendag,

            Een bericht van een andere orde: ik vertrek per 1 maart naar de provincie. Mijn opvolger als directeur van
            GR Dijk en Dorp wordt Dorien Kamphuis, d.kamphuis@dijkendorp.nl. Wilt u haar in mijn plaats als lid
            noteren en mij uit het bestand halen? Deze uitnodiging heb ik al aan haar doorgestuurd.

            Met vriendelijke groet,
            Wim Harkema
            """
        ),
    },
    {
        "id": "h35-038",
        "kind": "other",
        "sender": "Tom Aalbers <t.aalbers@wo-uiterwaarden.nl>",
        "quote": "none",
        "subject": "Vertrek mevrouw Timmerhuis",
        "body": _(
            """
            Geachte secretariaat,

            Ter informatie: onze algemeen directeur, mevrouw Annelies Timmerhuis, is per 1 februari vertrokken. Wie haar
            opvolgt is nog niet bekend; het college verwacht in het voorjaar een interim te benoemen. Of zij zich bij u
            nog moet afmelden weet ik niet, dat laat ik graag aan u.

            Met vriendelijke groet,
            Tom Aalbers
            Concernzaken, Werkorganisatie De Uiterwaarden
            """
        ),
    },
    {
        "id": "h35-039",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.lingelek.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.lingelek.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <j.vanommeren@lingelek.nl>: host mail.lingelek.nl[10.2.4.18] said: 550 5.1.1
                <j.vanommeren@lingelek.nl>: Recipient address rejected: User unknown in
                local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h35-040",
        "kind": "autoreply",
        "sender": "H. Dekker <h.dekker@wo-bld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Dit e-mailadres is per 1 januari 2035 niet meer in gebruik. Uw bericht wordt niet doorgestuurd.
            Voor vragen kunt u terecht bij info@wo-bld.nl of 0488 - 44 90 00.
            """
        ),
    },
    {
        "id": "h35-041",
        "kind": "autoreply",
        "sender": "Marjolein Berendsen <m.berendsen@gr-overlinge.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Van 10 tot en met 18 februari ben ik met voorjaarsvakantie. Uw e-mail wordt niet doorgestuurd; ik
            beantwoord hem na terugkomst. Met spoed? Bel dan het secretariaat, 0345 - 72 11 00.
            """
        ),
    },
    {
        "id": "h35-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Thijs Rademaker <t.rademaker@zaltwijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Wij komen met drie mensen: ikzelf, onze directeur bedrijfsvoering en de strategisch adviseur die het
            samenwerkingsdossier trekt.

            Thijs
            """
        ),
    },
    {
        "id": "h35-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Bleijenberg <w.bleijenberg@sg-rivierenland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Inmiddels is er bij ons iets tussengekomen, dus u kunt mij van de wachtlijst halen.
            Geef de plek gerust aan een ander.

            W. Bleijenberg
            """
        ),
    },
    {
        "id": "h35-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sander Blommestein <sander.blommestein@rvnzuid.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Hallo, kleine kentering: de voorjaarsnota in Appelterhof is een week opgeschoven, dus ik kan op 15 maart
            tóch. Ik had eerder afgezegd; zet u mij weer op de lijst?

            Sander
            """
        ),
    },
    {
        "id": "h35-045",
        "kind": "other",
        "sender": "Karin Lodewijks <k.lodewijks@lingelek.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik lees dat ik op de wachtlijst sta, maar ik had de agenda-uitnodiging al op 8 februari geaccepteerd en
            ging ervan uit dat ik een plek had. Hoe zit dat? En kan ik in elk geval online meedoen als er fysiek geen
            ruimte is?

            Karin
            """
        ),
    },
    {
        "id": "h35-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte Zandbergen <l.zandbergen@tielerwaard-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Pieter-Bas heeft mij opgegeven, maar ik zit die middag zelf in een aanbestedingsgesprek dat ik niet kan
            verzetten. Ik kan dus ook niet, sorry. Hij weet het inmiddels.

            Met vriendelijke groet,
            Lotte Zandbergen
            adjunct-directeur
            """
        ),
    },
    {
        "id": "h35-047",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Meijerink <f.meijerink@dienstbetuweoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Dank u wel, ik kom graag in plaats van Ruud. Tot de 15e in Tiel.

            Frank Meijerink
            """
        ),
    },
    {
        "id": "h35-048",
        "kind": "other",
        "sender": "Mariska de Bruin <m.debruin@maasenheuvel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik ontvang een uitnodiging ‘namens’ een directeur die ik niet ken en die ook niet bij onze organisatie
            werkt. Volgens mij is er een verkeerd adres ingevuld. Kunt u nagaan voor wie deze uitnodiging eigenlijk
            bedoeld was?

            Mariska de Bruin
            Werkorganisatie Maas & Heuvel
            """
        ),
    },
    {
        "id": "h35-049",
        "kind": "autoreply",
        "sender": "Sylvia Brandsma <s.brandsma@maasoever-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

              Aan: Brandsma, Sylvia
              Onderwerp: Uitnodiging Leer- en inspireer-atelier
              Verzonden: woensdag 7 februari 2035 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op woensdag 7 februari 2035 10:12:40 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm,
            Wenen.
            """
        ),
    },
    {
        "id": "h35-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mirjam ter Welle <m.terwelle@lingevallei.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            helaas, ik kan niet. Griep. Hidde komt dan ook niet, hij zou als mijn gast mee.
            """
        ),
    },
    {
        "id": "h35-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gert-Jan Hoogendijk <g.hoogendijk@mwdiensten.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Vanwege een ingelast crisisoverleg over de hoge waterstand bij Maasbeek moet ik voor donderdag helaas
            afzeggen. Balen, ik had me erop verheugd.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h35-052",
        "kind": "rsvp",
        "attending": True,
        "sender": "Willemijn Schoonderbeek <w.schoonderbeek@nederrijnwaal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de herinnering, ik ben er. Tot donderdag!
            """
        ),
    },
    {
        "id": "h35-053",
        "kind": "other",
        "sender": "Liam Fairbairn <l.fairbairn@gpbedrijfsvoering.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Quick practical question: is there parking at De Kribbe, or am I better off taking the train? How far is
            it from Tiel station?

            Liam
            """
        ),
    },
    {
        "id": "h35-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Scheepbouwer <b.scheepbouwer@ooijwaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Mijn knie laat me toch in de steek; ik kom niet. Mijn collega Yvonne Brink (y.brink@ooijwaard.nl) neemt
            mijn plek in.

            Bart Scheepbouwer
            """
        ),
    },
    {
        "id": "h35-055",
        "kind": "autoreply",
        "sender": "Servicedesk Drie Rivieren <servicedesk@drierivieren-wo.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "[Melding #2035-004817] Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Wij hebben uw bericht ontvangen en geregistreerd onder meldingsnummer 2035-004817. Een medewerker neemt
            binnen drie werkdagen contact met u op.

            Wilt u reageren op deze melding? Beantwoord dan deze e-mail en laat het meldingsnummer in het onderwerp
            staan.

            Met vriendelijke groet,
            Servicedesk Werkorganisatie Drie Rivieren
            """
        ),
    },
    {
        "id": "h35-056",
        "kind": "other",
        "sender": "Jolanda Verhoef <j.verhoef@nederlinge.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Ik moet om 16.30 uur weg voor een raadsvergadering in Lingewaarde. Is het dan nog zinvol om te komen, of
            mis ik het belangrijkste deel? Zo niet, dan geef ik mijn plek liever aan iemand op de wachtlijst. Wat
            raad je aan?

            Jolanda
            """
        ),
    },
    {
        "id": "h35-057",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hendrika van Gellicum <h.vangellicum@waalenlinge.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de mooie middag in Tiel!

            Voor de volgende keer zou ik het graag hebben over het volgen van onze prestaties richting inwoners:
            doorlooptijden van vergunningen, telefonische bereikbaarheid, klanttevredenheid. Welke cijfers leggen
            collega's elk kwartaal op tafel, en wat doen ze ermee?

            Hendrika
            """
        ),
    },
    {
        "id": "h35-058",
        "kind": "other",
        "sender": "Willemijn Schoonderbeek <w.schoonderbeek@nederrijnwaal.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hartelijk dank voor de inspirerende middag. Het verslag kan ik helaas niet openen: de link geeft een
            foutmelding (pagina niet gevonden). Kunt u het als pdf sturen?

            Met vriendelijke groet,
            Willemijn Schoonderbeek
            """
        ),
    },
    {
        "id": "h35-059",
        "kind": "other",
        "sender": "Thijs Rademaker <t.rademaker@zaltwijk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Mooi atelier. Een idee voor de vorm: zouden we een keer bij een van de werkorganisaties zelf te gast kunnen
            zijn, met een rondleiding en een kijkje in de keuken? Wij bieden ons kantoor in Zaltwijk graag aan voor
            het najaar.

            Thijs
            """
        ),
    },
    {
        "id": "h35-060",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Liam Fairbairn <l.fairbairn@gpbedrijfsvoering.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon - my first atelier, and certainly not my last.

            A topic for next time: hybrid working after the merger. We now have three former town halls and far too
            many empty desks. How do others decide which buildings to keep, and how do they organise teams that are
            spread across locations?

            Best,
            Liam
            """
        ),
    },
    {
        "id": "h35-061",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Erik-Jan Zwanenburg <ej.zwanenburg@drierivieren-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Het verslag las ik met plezier. Volgende keer graag: samen met twee buurorganisaties één regionaal
            klantcontactcentrum opzetten. Wie heeft zoiets al gedaan, hoe verdeel je de zeggenschap tussen de
            gemeenten, en merken inwoners er iets van aan de telefoon?

            Erik-Jan
            """
        ),
    },
    {
        "id": "h35-062",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Bosveld <jw.bosveld@wo-appelhof.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor alles de afgelopen jaren, het was altijd de moeite waard. Per 1 mei stop ik als directeur en ga
            ik iets heel anders doen. Wilt u mij afmelden voor het netwerk?

            Jan-Willem Bosveld
            """
        ),
    },
    {
        "id": "h35-063",
        "kind": "other",
        "sender": "Noor El Bakkali <n.elbakkali@wo-appelhof.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geachte heer, mevrouw,

            Naar aanleiding van de aanmelding die ik niet heb gedaan: ik wil graag weten welke persoonsgegevens u van
            mij hebt vastgelegd en waar u die vandaan hebt. Graag ontvang ik binnen de wettelijke termijn een overzicht.

            Met vriendelijke groet,
            N. El Bakkali
            """
        ),
    },
    {
        "id": "h35-064",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Cees Dorrestijn <c.dorrestijn@maasoever-wo.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "body": _(
            """
            Geachte heer Van de Laar,

            Uw uitleg heb ik ontvangen, waarvoor dank. Ik verzoek u nu op grond van artikel 17 AVG al mijn
            persoonsgegevens uit uw administratie te wissen, inclusief de aanmelding die op mijn naam is gedaan.
            Graag een korte bevestiging als dat is gebeurd.

            C. Dorrestijn
            """
        ),
    },
    {
        "id": "h35-065",
        "kind": "subscribe",
        "sender": "Joost Verbrugge <joost.verbrugge@bommelerdiensten.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Lid blijven! Dit was een misverstand, ons secretariaat heeft op de verkeerde knop gedrukt.

            Joost
            """
        ),
    },
    {
        "id": "h35-066",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Bosveld <jw.bosveld@wo-appelhof.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt per 1 juni Astrid Nijenhuis,
            a.nijenhuis@wo-appelhof.nl. Zij weet ervan en heeft er zin in.

            Jan-Willem
            """
        ),
    },
    {
        "id": "h35-067",
        "kind": "other",
        "sender": "Rianne Stolk <r.stolk@bbvo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de snelle afhandeling, en alle goeds voor het netwerk! Ik heb er veel aan gehad.

            Rianne
            """
        ),
    },
    {
        "id": "h35-068",
        "kind": "subscribe",
        "sender": "Gijs van Kooten <g.vankooten@wo-uiterwaarden.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Aanmelden

            Gijs van Kooten
            algemeen directeur a.i. Werkorganisatie De Uiterwaarden
            """
        ),
    },
    {
        "id": "h35-069",
        "kind": "other",
        "sender": "Hendrika van Gellicum <h.vangellicum@waalenlinge.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 mei",
        "body": _(
            """
            Beste Stan,

            Per 1 mei stappen wij over op een nieuw domein. Mijn adres wordt h.vangellicum@waal-linge.nl; het oude
            adres blijft tot de zomer werken. Willen jullie het in jullie bestand aanpassen?

            Groet, Hendrika
            """
        ),
    },
    {
        "id": "h35-070",
        "kind": "other",
        "sender": "Ellen Hazenberg <e.hazenberg@lingevallei.nl>",
        "quote": "none",
        "subject": "Kosten deelname ateliers",
        "body": _(
            """
            Goedemiddag,

            Onze afdeling Inkoop wil voor elke externe bijeenkomst een offerte en een inkoopordernummer. Zijn er kosten
            verbonden aan deelname aan de ateliers, en zo ja, naar welk adres moet de factuur?

            Met vriendelijke groet,

            Ellen Hazenberg
            directeur Bedrijfsvoering, Werkorganisatie Lingevallei
            """
        ),
    },
    {
        "id": "h35-071",
        "kind": "subscribe",
        "sender": "Frits Ottevanger <f.ottevanger@nederlinge.nl>",
        "quote": "none",
        "subject": "lid worden",
        "body": _(
            """
            Goedemorgen,

            Sinds half april ben ik interim-directeur van Werkorganisatie Neder-Linge, in elk geval tot het einde van
            het jaar. Ook al is het tijdelijk: ik word graag lid van uw netwerk. Wilt u mij inschrijven?

            Met vriendelijke groet,
            Frits Ottevanger
            """
        ),
    },
    {
        "id": "h35-072",
        "kind": "other",
        "sender": "Bas Olthof <bas@olthofadvies.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedendag,

            Onderstaande oproep kreeg ik doorgestuurd van een opdrachtgever. Als zelfstandig adviseur begeleid ik al
            jaren ambtelijke fusies in de regio. Kan ik ook lid worden, of staat het netwerk alleen open voor zittende
            directeuren?

            Met vriendelijke groet,
            Bas Olthof
            Olthof Advies
            """
        ),
    },
    {
        "id": "h35-073",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hannah Whitcombe <h.whitcombe@drierivieren-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            For October I'd love to discuss generative AI in our own work processes: drafting decisions, summarising
            objections, preparing council letters. What are other organisations actually doing with it, and how did
            they get their privacy officer and works council on board?

            Best,
            Hannah Whitcombe
            Directeur Bedrijfsvoering
            """
        ),
    },
    {
        "id": "h35-074",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Mirjam ter Welle <m.terwelle@lingevallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Twee onderwerpen:
            1. De woningbouwopgave staat bovenaan de bestuurlijke prioriteiten van alle drie onze colleges. Wat
               betekent dat voor de koers van de werkorganisatie de komende tien jaar?
            2. Dienstverlening aan ondernemers: één vast aanspreekpunt voor bedrijven op onze bedrijventerreinen.

            Mirjam
            """
        ),
    },
    {
        "id": "h35-075",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gert-Jan Hoogendijk <g.hoogendijk@mwdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Op 4 oktober ben ik er zeker bij, deze keer zonder hoogwater hoop ik.

            Mijn onderwerp: de plek van een werkorganisatie in de Regiodeal Waal-Maas, nu de provincie meer regie wil.
            Wij voeren uit, maar hebben geen eigen stem aan de regionale tafel. Hoe zitten collega's daarin?

            Gert-Jan
            """
        ),
    },
    {
        "id": "h35-076",
        "kind": "other",
        "sender": "Pieter-Bas Wolfswinkel <pb.wolfswinkel@tielerwaard-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen onderwerp deze keer. Wel een vraag: hoe word je lid van die Adviesraad? Ik zou graag een keer
            meedenken over het programma.

            Pieter-Bas
            """
        ),
    },
    {
        "id": "h35-077",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sander Blommestein <sander.blommestein@rvnzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Onderwerp voor oktober komma de meerjarenbegroting van de werkorganisatie sluitend krijgen nu de loonkosten
            harder stijgen dan begroot punt hoe gaan collega's daarmee om vraagteken

            (Gedicteerd via spraakherkenning, excuses voor eventuele vreemde zinnen.)
            """
        ),
    },
    {
        "id": "h35-078",
        "kind": "other",
        "sender": "Bart Scheepbouwer <b.scheepbouwer@ooijwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            4 oktober valt voor veel collega's in Zuid-Gelderland precies in de week van de begrotingsbehandelingen.
            Kunnen jullie overwegen het atelier een week later te houden? Ik denk dat er dan meer mensen kunnen.

            Groet, Bart
            """
        ),
    },
    {
        "id": "h35-079",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Dorien Kamphuis <d.kamphuis@dijkendorp.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            onderwerp vr oktober: hoe ga je om met een gemeente die uit de GR wil stappen. bij ons overweegt 1 vd 3
            gemeenten ontvlechting en dat zet alle verhoudingen op scherp. wie heeft ervaring?

            Dorien

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h35-080",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Frits Ottevanger <f.ottevanger@nederlinge.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer Van de Laar,

            Als interim zie ik hier van alles voorbijkomen: een tekort op de begroting, een ondernemingsraad die
            kritisch is over de reorganisatie, achterstanden bij de vergunningen. Daar ga ik u niet mee vermoeien.

            Waar ik wél graag met collega's over zou praten: wij overwegen de publiekshal in twee van de drie kernen
            te sluiten en alleen nog op afspraak te werken, met daarnaast een digitaal loket. Welke ervaringen hebben
            anderen met werken op afspraak, en hoe reageren inwoners daarop?

            Met vriendelijke groet,
            F. Ottevanger
            interim-directeur Werkorganisatie Neder-Linge
            """
        ),
    },
    {
        "id": "h35-081",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jolanda Verhoef <j.verhoef@nederlinge.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Suggesties heb ik niet. Op 4 oktober ben ik er helaas niet bij: dan zit ik met verlof in Portugal.

            Jolanda Verhoef
            """
        ),
    },
    {
        "id": "h35-082",
        "kind": "autoreply",
        "sender": "Thijs Rademaker <t.rademaker@zaltwijk.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart "
            "2027 [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben met vakantie tot en met 6 juli. Uw bericht wordt niet doorgestuurd.
            I am on holiday until 6 July. Your message will not be forwarded.

            Voor dringende zaken / urgent matters: secretariaat@zaltwijk.nl
            """
        ),
    },
    {
        "id": "h35-083",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marjolein Berendsen <m.berendsen@gr-overlinge.nl>",
        "quote": "none",
        "subject": "Suggestie atelier oktober",
        "body": _(
            """
            Hallo Stan en Melanie,

            Voor het najaar: informatiebeveiliging en digitale weerbaarheid. Na de hack bij een buurgemeente vorig jaar
            zit bij ons de schrik er goed in. Hoe hebben collega's hun I&A-organisatie daarop ingericht?

            Groet,
            Marjolein
            """
        ),
    },
    {
        "id": "h35-084",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mirjam ter Welle <m.terwelle@lingevallei.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling: de samenwerking met het waterschap bij klimaatadaptatie en de dijkversterking. Een
            gezamenlijke opgave waarin wij als drie gemeenten en het waterschap nog erg zoekende zijn.

            Mirjam
            """
        ),
    },
    {
        "id": "h35-085",
        "kind": "other",
        "sender": "Gert-Jan Hoogendijk <g.hoogendijk@mwdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. U hebt mijn onderwerp over de Regiodeal bij Strategie ingedeeld, maar ik bedoelde
            het echt als samenwerkingsvraagstuk. Wilt u dat aanpassen voordat er geteld wordt?

            Gert-Jan
            """
        ),
    },
    {
        "id": "h35-086",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Astrid Nijenhuis <a.nijenhuis@wo-appelhof.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Een onderwerp dat mij nu al bezighoudt: het inwerken van nieuwe medewerkers in een
            organisatie die over drie locaties verspreid zit. Hoe zorg je dat iemand zich deel voelt van één
            werkorganisatie en niet van ‘het oude gemeentehuis’?

            Met vriendelijke groet,
            Astrid Nijenhuis
            """
        ),
    },
    {
        "id": "h35-087",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Wouter Bleijenberg <w.bleijenberg@sg-rivierenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Suggestie: een lange-termijnvisie op dienstverlening. Hoe ziet ‘het gemeentehuis’ er in 2045 uit voor
            inwoners, en welke keuzes moeten we daar nu als directie voor maken?

            W. Bleijenberg
            """
        ),
    },
    {
        "id": "h35-088",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sylvia Brandsma <s.brandsma@maasoever-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Voor oktober: hoe ga je als directie om met drie gemeenten die elk iets anders willen met de
            werkorganisatie? De een wil vooral besparen, de ander juist investeren, en de derde wil vooral dat er
            niets verandert. Wij zitten daar klem tussen.

            Met vriendelijke groet,
            Sylvia Brandsma
            """
        ),
    },
    {
        "id": "h35-089",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Esther Kroon <directiesecretariaat@duffeltheumen.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "Doorst: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Zweers stuur ik onderstaande oproep terug met zijn onderwerp: hoe maak je de digitale
            dienstverlening toegankelijk voor laaggeletterde en minder digitaal vaardige inwoners?

            Met vriendelijke groet,
            Esther Kroon
            Directiesecretaresse
            """
        ),
    },
    {
        "id": "h35-090",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Koen Wiersma <k.wiersma@bbvo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Ik kan er op 4 oktober helaas niet bij zijn, maar geef toch een onderwerp mee: sturen op externe inhuur.
            Die loopt bij ons uit de hand, zowel in aantallen als in kosten.

            Koen Wiersma
            """
        ),
    },
    {
        "id": "h35-091",
        "kind": "unsubscribe",
        "sender": "Erik-Jan Zwanenburg <ej.zwanenburg@drierivieren-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Graag uitschrijven. Per 1 juli werk ik bij het waterschap en heb ik geen rol meer in een werkorganisatie.

            Erik-Jan
            """
        ),
    },
    {
        "id": "h35-092",
        "kind": "confirm",
        "sender": "Frits Ottevanger <f.ottevanger@nederlinge.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja graag

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h35-093",
        "kind": "confirm",
        "sender": "Owen Lacey <o.lacey@maasenheuvel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thanks.

            Owen Lacey
            Directeur Bedrijfsvoering | Werkorganisatie Maas & Heuvel
            """
        ),
    },
    {
        "id": "h35-094",
        "kind": "confirm",
        "sender": "Astrid Nijenhuis <a.nijenhuis@wo-appelhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Namens mevrouw Nijenhuis bevestig ik hierbij haar aanmelding.

            Met vriendelijke groet,
            Roos Kleinjan
            managementondersteuning Werkorganisatie Appelhof
            """
        ),
    },
    {
        "id": "h35-095",
        "kind": "confirm",
        "sender": "Gijs van Kooten <g.vankooten@wo-uiterwaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd, dank. Mijn voorgangster was altijd enthousiast over de ateliers, ik kijk ernaar uit.

            Gijs
            """
        ),
    },
    {
        "id": "h35-096",
        "kind": "confirm",
        "sender": "Hanneke Ploeg <h.ploeg@gr-overlinge.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Akkoord.

            H. Ploeg
            """
        ),
    },
    {
        "id": "h35-097",
        "kind": "confirm",
        "sender": "Marco Zweers <m.zweers@duffeltheumen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding voor het netwerk.

            Met vriendelijke groet,
            Marco Zweers
            Directeur Dienstverlening
            Werkorganisatie Duffelt-Heumen
            """
        ),
    },
    {
        "id": "h35-098",
        "kind": "confirm",
        "sender": "Sanne Hoefnagels <s.hoefnagels@duffeltheumen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Sanne Hoefnagels
            Directeur Bedrijfsvoering
            Werkorganisatie Duffelt-Heumen
            Raadhuisplein 2 | 6580 AB Ooijhoven

            ---
            Dit e-mailbericht is alleen bestemd voor de geadresseerde(n). Hebt u dit bericht onterecht ontvangen, meld
            dit dan aan de afzender en verwijder het bericht. Werkorganisatie Duffelt-Heumen aanvaardt geen
            aansprakelijkheid voor schade door het gebruik van elektronische middelen.
            """
        ),
    },
    {
        "id": "h35-099",
        "kind": "confirm",
        "sender": "Bram Vos <b.vos@gr-overlinge.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, klopt!
            """
        ),
    },
    {
        "id": "h35-100",
        "kind": "confirm",
        "sender": "Yvonne Brink <y.brink@ooijwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            bevesitgd. grt Yvonne
            """
        ),
    },
    {
        "id": "h35-101",
        "kind": "confirm",
        "sender": "Liam Fairbairn <l.fairbairn@gpbedrijfsvoering.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Yes, that's me. Sorry for the delay - please go ahead.

            Liam
            """
        ),
    },
    {
        "id": "h35-102",
        "kind": "confirm",
        "sender": "Dirk-Jan Scholtens <dj.scholtens@lingelek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik was drie weken op vakantie, vandaar de late reactie. Ja, ik wil graag lid worden.

            Dirk-Jan Scholtens
            """
        ),
    },
    {
        "id": "h35-103",
        "kind": "other",
        "sender": "Femke Huisman <f.huisman@sg-rivierenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik bevestig graag. Zijn de ateliers ook geaccrediteerd voor het programma permanente educatie van de
            VGS? Dan kan ik de uren opvoeren.

            Femke Huisman
            """
        ),
    },
    {
        "id": "h35-104",
        "kind": "subscribe",
        "sender": "Koen Wiersma <k.wiersma@bbvo.nl>",
        "quote": "none",
        "subject": "Aanmelding",
        "body": _(
            """
            Goedendag,

            Via mijn voorgangster Rianne Stolk hoorde ik van uw netwerk. Sinds 1 juni ben ik directeur van de BBVO.
            Ik meld me hierbij graag aan.

            Hartelijke groet,
            Koen Wiersma
            """
        ),
    },
    {
        "id": "h35-105",
        "kind": "subscribe",
        "sender": "Wouter Bleijenberg <w.bleijenberg@sg-rivierenland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik wil graag lid blijven. Mijn afmelding was bedoeld voor de wachtlijst van het atelier, niet voor het
            netwerk.

            W. Bleijenberg
            """
        ),
    },
    {
        "id": "h35-106",
        "kind": "subscribe",
        "sender": "Marjolein Berendsen <m.berendsen@gr-overlinge.nl>",
        "quote": "none",
        "subject": "Aanmelding collega",
        "body": _(
            """
            Beste Melanie,

            Mijn collega-directeur Hanneke Ploeg (h.ploeg@gr-overlinge.nl) wil ook graag lid worden van het netwerk.
            Wil je haar aanmelden?

            Dank je wel!
            Marjolein
            """
        ),
    },
    {
        "id": "h35-107",
        "kind": "subscribe",
        "sender": "Lisa Gerritsen <l.gerritsen@ooijwaard.nl>",
        "quote": "none",
        "subject": "Registration new director",
        "body": _(
            """
            Dear Sir/Madam,

            Please register our new director, Mr Chidi Okafor (c.okafor@ooijwaard.nl), for the directors' network.
            He started on 1 August and prefers English for the time being.

            Kind regards,
            Lisa Gerritsen
            Office of the Director, Werkorganisatie Ooijwaard
            """
        ),
    },
    {
        "id": "h35-108",
        "kind": "subscribe",
        "sender": "Dirk-Jan Scholtens <dj.scholtens@lingelek.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            graag aanmelden voor het netwerk

            gr Dirk-Jan Scholtens

            Verzonden met Outlook voor Android
            """
        ),
    },
    {
        "id": "h35-109",
        "kind": "autoreply",
        "sender": "Femke Huisman <f.huisman@sg-rivierenland.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Afwezig: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met 19 augustus ben ik niet op kantoor. Uw e-mail wordt niet doorgestuurd. In dringende gevallen
            kunt u contact opnemen met het bestuurssecretariaat via 0344 - 69 50 50.

            Met vriendelijke groet,
            Femke Huisman
            """
        ),
    },
    {
        "id": "h35-110",
        "kind": "autoreply",
        "sender": "Werkorganisatie Neder-Linge <post@nederlinge.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Ontvangstbevestiging: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart "
            "2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Bedankt voor uw e-mail. Dit is een automatisch bericht.

            Wij streven ernaar uw e-mail binnen vijf werkdagen te beantwoorden. Gaat het om een melding over de
            openbare ruimte? Gebruik dan het meldformulier op onze website. Voor spoedeisende zaken buiten
            kantoortijden belt u 14 0488.
            """
        ),
    },
    {
        "id": "h35-111",
        "kind": "bounce",
        "sender": "postmaster@maasoever-wo.nl",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            De bezorging aan de volgende ontvangers of groepen is mislukt:

            s.brandsma@maasoever-wo.nl
            Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren. Probeer het later opnieuw
            of neem contact op met de ontvanger.

            Diagnostische gegevens voor beheerders:

            Server genereren: AM9P195MB1234.EURP195.PROD.OUTLOOK.COM

            s.brandsma@maasoever-wo.nl
            Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
            """
        ),
    },
    {
        "id": "h35-112",
        "kind": "unsubscribe",
        "sender": "Ellen Hazenberg <e.hazenberg@lingevallei.nl>",
        "quote": "none",
        "subject": "afmelden",
        "body": _(
            """
            Graag afmelden voor alle mailings. Dank u.

            E. Hazenberg
            """
        ),
    },
    {
        "id": "h35-113",
        "kind": "unsubscribe",
        "sender": "Frank Meijerink <f.meijerink@dienstbetuweoost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik zie dat ik nu lid ben, maar dat was niet de bedoeling: ik was alleen die ene keer vervanger voor Ruud.
            Wilt u mij weer uitschrijven?

            Frank Meijerink
            """
        ),
    },
    {
        "id": "h35-114",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hendrika van Gellicum <h.vangellicum@waal-linge.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom op 4 oktober naar Buren.

            Hendrika
            """
        ),
    },
    {
        "id": "h35-115",
        "kind": "rsvp",
        "attending": False,
        "sender": "Owen Lacey <o.lacey@maasenheuvel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Unfortunately I won't be able to make it on 4 October - I'll be at a conference in Ghent that week.
            Hope to join next time.

            Owen
            """
        ),
    },
    {
        "id": "h35-116",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koen Wiersma <k.wiersma@bbvo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, samen met twee MT-leden: onze manager Financiën en de manager I&A. Dus drie personen.

            Koen Wiersma
            directeur BBVO
            """
        ),
    },
    {
        "id": "h35-117",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liam Fairbairn <l.fairbairn@gpbedrijfsvoering.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            I'm afraid I can't attend on 4 October. My colleague Petra Lindeboom (p.lindeboom@gpbedrijfsvoering.nl)
            will come in my place.

            Best regards,
            Liam Fairbairn
            """
        ),
    },
    {
        "id": "h35-118",
        "kind": "other",
        "sender": "Thijs Rademaker <t.rademaker@zaltwijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik kom. Mag mijn gast ook iemand van buiten de ambtelijke organisatie zijn, bijvoorbeeld onze
            portefeuillehouder bedrijfsvoering? Zo ja, dan meld ik hem aan.

            Thijs
            """
        ),
    },
    {
        "id": "h35-119",
        "kind": "rsvp",
        "attending": True,
        "sender": "Astrid Nijenhuis <a.nijenhuis@wo-appelhof.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
            "& eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Graag tot 4 oktober.
            """
        ),
    },
    {
        "id": "h35-120",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jolanda Verhoef <j.verhoef@nederlinge.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """

            """
        ),
    },
    {
        "id": "h35-121",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rachida Amrani <r.amrani@gr-overlinge.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Berendsen is op 4 oktober helaas verhinderd in verband met een raadsvergadering. Zij laat u
            hartelijk groeten.

            Met vriendelijke groet,
            Rachida Amrani
            Secretariaat GR Overlinge
            """
        ),
    },
    {
        "id": "h35-122",
        "kind": "autoreply",
        "sender": "Owen Lacey <o.lacey@maasenheuvel.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Read: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Your message

              To: Lacey, Owen
              Subject: Uitnodiging Leer- en inspireer-atelier
              Sent: Wednesday, 29 August 2035 09:00:47 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

            was read on Wednesday, 29 August 2035 13:41:05 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
            """
        ),
    },
    {
        "id": "h35-123",
        "kind": "other",
        "sender": "Gert-Jan Hoogendijk <g.hoogendijk@mwdiensten.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer! Weten jullie al wanneer de nieuwe datum wordt? Dan kan ik hem vast blokkeren, mijn agenda loopt in
            het najaar snel vol.

            Gert-Jan
            """
        ),
    },
    {
        "id": "h35-124",
        "kind": "unsubscribe",
        "sender": "Sylvia Brandsma <s.brandsma@maasoever-wo.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Eerlijk gezegd merk ik dat ik er steeds niet aan toekom, en nu gaat deze ook niet door. Ik denk dat het
            beter is als ik me afmeld voor het netwerk. Dank voor alle moeite.

            Sylvia Brandsma
            """
        ),
    },
    {
        "id": "h35-125",
        "kind": "autoreply",
        "sender": "Hannah Whitcombe <h.whitcombe@drierivieren-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your email. I'm on annual leave until Monday 17 September and will reply on my return.
            For anything urgent, please contact servicedesk@drierivieren-wo.nl.

            Hannah
            """
        ),
    },
    {
        "id": "h35-126",
        "kind": "unsubscribe",
        "sender": "Sander Blommestein <sander.blommestein@rvnzuid.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Beste Stan en Melanie,

            Na elf jaar vertrek ik per 1 oktober bij GR Rijk van Nijmegen-Zuid. Mijn opvolger is Wendy Aarts
            (w.aarts@rvnzuid.nl); zij neemt mijn plek in het netwerk graag over. Willen jullie mij afmelden en haar
            voortaan uitnodigen?

            Dank voor alle mooie middagen,
            Sander
            """
        ),
    },
    {
        "id": "h35-127",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hendrika van Gellicum <h.vangellicum@waal-linge.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            22 november past ook, ik blijf aangemeld.

            Hendrika
            """
        ),
    },
    {
        "id": "h35-128",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Wiersma <k.wiersma@bbvo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Op 22 november lukt het ons helaas niet: dan hebben we onze jaarlijkse heidag met het MT. Dus voor ons
            alle drie afmelden voor het atelier. Het lidmaatschap houd ik uiteraard graag.

            Koen
            """
        ),
    },
    {
        "id": "h35-129",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mirjam ter Welle <m.terwelle@lingevallei.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            De nieuwe datum valt samen met de raadsvergadering in Varikbroek. Mijn collega-directeur Hidde Vlasveld
            (h.vlasveld@lingevallei.nl) gaat in mijn plaats.

            Mirjam
            """
        ),
    },
    {
        "id": "h35-130",
        "kind": "other",
        "sender": "Bram Vos <b.vos@gr-overlinge.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            In uw bericht staat bij ‘Wanneer’ nog de oude datum, terwijl bovenaan 22 november wordt genoemd. Welke
            klopt? En is de locatie nu Culemborg of nog steeds Buren?

            Bram Vos
            """
        ),
    },
    {
        "id": "h35-131",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frits Ottevanger <f.ottevanger@nederlinge.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Mijn interimopdracht loopt tot 1 januari, dus op 22 november ben ik er nog bij. Tot in Culemborg.

            Frits
            """
        ),
    },
    {
        "id": "h35-132",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjolein Berendsen <m.berendsen@gr-overlinge.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mijn secretariaat heeft mij voor 4 oktober afgemeld, maar op 22 november kan ik wel. Ik kom dus graag.

            Marjolein
            """
        ),
    },
    {
        "id": "h35-133",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hannah Whitcombe <h.whitcombe@drierivieren-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Sorry, I have to cancel for Thursday - a family matter came up. Apologies for the short notice.

            Hannah
            """
        ),
    },
    {
        "id": "h35-134",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs van Kooten <g.vankooten@wo-uiterwaarden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik neem toch nog een gast mee: onze nieuwe strategisch adviseur, Ruben Haverkamp. We komen dus met z'n
            tweeën.

            Gijs van Kooten
            """
        ),
    },
    {
        "id": "h35-135",
        "kind": "other",
        "sender": "Liam Fairbairn <l.fairbairn@gpbedrijfsvoering.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Petra, who was going to take my place, is ill. Is the seat still available, or has it gone to someone on
            the waiting list? If it's still free, I would like to come myself after all.

            Liam
            """
        ),
    },
    {
        "id": "h35-136",
        "kind": "autoreply",
        "sender": "Wendy Aarts <w.aarts@rvnzuid.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Geachte afzender,

            Tot en met maandag 19 november ben ik afwezig. Uw e-mail wordt niet automatisch doorgestuurd. Voor
            dringende zaken kunt u zich wenden tot het bestuurssecretariaat, telefoon 024 - 378 22 00.

            Met vriendelijke groet,
            Wendy Aarts
            Gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "h35-137",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@wobld.onmicrosoft.com>",
        "quote": "none",
        "subject": "Undeliverable: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            f.yildirim@wo-bld.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try to
            resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: DB8PR09MB3321.eurprd09.prod.outlook.com

            f.yildirim@wo-bld.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "h35-138",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gijs van Kooten <g.vankooten@wo-uiterwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor een sterke middag in Culemborg.

            Volgende keer graag: werven in een krappe arbeidsmarkt. Onze vacatures voor vergunningverleners en juristen
            staan al een jaar open. Wat doen collega's: eigen opleidingstrajecten, een traineeship, hoger inschalen?

            Gijs
            """
        ),
    },
    {
        "id": "h35-139",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bram Vos <b.vos@gr-overlinge.nl>",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Wat mij betreft de volgende keer: inwoners laten meedenken over onze dienstverlening, bijvoorbeeld met een
            digitaal inwonerspanel. Wie heeft daar ervaring mee?

            Bram
            """
        ),
    },
    {
        "id": "h35-140",
        "kind": "other",
        "sender": "Frits Ottevanger <f.ottevanger@nederlinge.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de middag. Zou u de presentatie van de gastspreker kunnen toesturen? Ik wil hem graag in ons MT
            bespreken.

            Met vriendelijke groet,
            F. Ottevanger
            """
        ),
    },
    {
        "id": "h35-141",
        "kind": "other",
        "sender": "Hendrika van Gellicum <h.vangellicum@waal-linge.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Inhoudelijk top, maar het Brugwachtershuis was met het OV nauwelijks bereikbaar: een half uur lopen vanaf
            het station, in de stromende regen. Volgende keer graag een locatie dicht bij een station.

            Hendrika
            """
        ),
    },
    {
        "id": "h35-142",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Astrid Nijenhuis <a.nijenhuis@wo-appelhof.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Onder Strategie zou ik willen agenderen: hoe houd je als directie koers als er halverwege een
            organisatieontwikkeling een nieuw coalitieakkoord komt met heel andere bestuurlijke prioriteiten?

            Astrid
            """
        ),
    },
    {
        "id": "h35-143",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Owen Lacey <o.lacey@maasenheuvel.nl>",
        "quote": "none",
        "subject": "GDPR erasure request",
        "body": _(
            """
            Dear secretariat,

            I am leaving Maas & Heuvel at the end of the year. Under Article 17 of the GDPR I ask you to erase all
            personal data you hold about me and to stop sending me e-mail. Please confirm once this has been done.

            Regards,
            Owen Lacey
            """
        ),
    },
    {
        "id": "h35-144",
        "kind": "unsubscribe",
        "sender": "Frits Ottevanger <f.ottevanger@nederlinge.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 januari",
        "body": _(
            """
            Geachte heer Van de Laar, beste Melanie,

            Mijn interimperiode zit erop. Per 1 januari 2036 wordt Ilse Veenstra de vaste directeur van Neder-Linge;
            haar adres is i.veenstra@nederlinge.nl. Wilt u haar in mijn plaats in het ledenbestand opnemen en mij
            afmelden?

            Met vriendelijke groet,
            Frits Ottevanger
            """
        ),
    },
    {
        "id": "h35-145",
        "kind": "other",
        "sender": "Thijs Rademaker <t.rademaker@zaltwijk.nl>",
        "quote": "none",
        "subject": "Fijne feestdagen",
        "body": _(
            """
            Beste Stan en Melanie,

            Fijne feestdagen en dank voor een mooi atelierjaar, ondanks de verhuizing naar november. Tot in 2036!

            Thijs
            """
        ),
    },
    {
        "id": "h35-146",
        "kind": "unsubscribe",
        "sender": "Joost Verbrugge <joostverbrugge71@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik krijg alles dubbel binnen: ook op dit privéadres. Wilt u dit gmail-adres afmelden? Mijn werkadres blijft
            gewoon lid.

            Joost
            """
        ),
    },
    {
        "id": "h35-147",
        "kind": "subscribe",
        "sender": "Femke Huisman <f.huisman@sg-rivierenland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            lid blijven
            """
        ),
    },
    {
        "id": "h35-148",
        "kind": "subscribe",
        "sender": "Gerard Middelkoop <g.middelkoop@maasoever-wo.nl>",
        "quote": "none",
        "subject": "Aanmelding Kerkdriel-Maasoever",
        "body": _(
            """
            Goedemorgen,

            Naar ik begrijp is er vanuit Kerkdriel-Maasoever op dit moment niemand meer lid van het netwerk. Daar wil ik
            verandering in brengen: bij dezen meld ik mij aan. Sinds het voorjaar ben ik hier
            gemeentesecretaris-directeur.

            Met vriendelijke groet,
            Gerard Middelkoop
            """
        ),
    },
    {
        "id": "h35-149",
        "kind": "subscribe",
        "sender": "Sophie Laval-de Boer <s.laval@tielerwaard-zuid.nl>",
        "quote": "none",
        "subject": "Aanmelding / sign-up",
        "body": _(
            """
            Goedemiddag / Good afternoon,

            Ik wil me graag aanmelden als lid van het netwerk. Since September I am adjunct-directeur at Werkorganisatie
            Tielerwaard-Zuid; Pieter-Bas Wolfswinkel recommended the ateliers to me.

            Met vriendelijke groet / Kind regards,
            Sophie Laval-de Boer
            """
        ),
    },
    {
        "id": "h35-150",
        "kind": "autoreply",
        "sender": "Annelies Timmerhuis <a.timmerhuis@wo-uiterwaarden.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op "
            "samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Mevrouw Timmerhuis is niet meer werkzaam bij Werkorganisatie De Uiterwaarden. Deze mailbox wordt niet meer
            gelezen. Stuur uw bericht opnieuw naar directie@wo-uiterwaarden.nl.
            """
        ),
    },
]
# fmt: on
