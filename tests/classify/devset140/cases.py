"""devset140: leave words that are no leave, and leaves in words that do not sound like one.

Directors, their assistants and a few substitutes write in Dutch and English, in reply to every one of our mails and
as new mails. Half the mails use "stoppen", "afmelden", "opzeggen", "weg", "niet meer", "unsubscribe" or "on leave"
without leaving the network: someone stops a job but stays, wants only one kind of mail no longer, declines one
atelier, steps down from the Adviesraad, leaves only on a condition, asks how one would leave, reports that someone
else left, or thanks us after a leave that is already done; topics about stopping tasks or a municipality leaving
the GR are suggestions. The other half leave or ask for erasure without the plain words: a retirement told in
passing, "laat het maar vervallen", "niet meer voor mij bestemd", a goodbye to the network under a decline, a
hand-over to a successor, "wat u van mij heeft mag weg".

Conventions this set relies on (from the brief):
- The label is what the writer asks now. Declining one atelier and keeping the membership is an `rsvp` False;
  declining and leaving the network in one mail is an `unsubscribe`.
- Stopping one kind of our mail (reminders, calls for themes), a pause while on leave or sabbatical, leaving the
  Adviesraad, a conditional or hypothetical leave and a question about how or whether to leave are `other`.
- A colleague or assistant reporting that someone else left (also in reply to our invitation, also with "haal hem
  uit het bestand") is `other`; an assistant forwarding our mail with a line above it writes a new mail.
- A hand-over for a later date with "tot die tijd blijf ik lid" is `other`; leaving now with a successor named, with
  or without the successor's address, is `unsubscribe`.
- Under our goodbye: thanks alone is `other`, a successor with address is `unsubscribe`, "I want to stay a member"
  is `subscribe`, a request to erase all data is `unsubscribe` with `erase` True.
- Under our confirmation mails: a denial is `unsubscribe`, a denial asking where we got the address is `other`, a
  confirmation with a real question beside it is `other`, "laat maar vervallen" withdraws the sign-up
  (`unsubscribe`).
- An address change ("verwijder mijn oude adres, gebruik voortaan ...") is `other`.
- A topic proposed under any of our mails is a `suggestion`; withdrawing one's earlier topic without a new one is
  `other`. Themes are those of the topic, not of the words around it.
- "Ik ben niet meer werkzaam bij ..." sent automatically and "I am on leave" are `autoreply`; a delivery failure is
  `bounce` without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION_SUBJECT = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
REMINDER_SUBJECT = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL_SUBJECT = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- replies to the confirmation and its reminder ---
    {
        "id": "d140-001",
        "kind": "confirm",
        "sender": "Henriëtte Bakhuis <h.bakhuis@wo-vlietlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. En nee, ik wil me níet afmelden, mocht dat de vraag zijn: ik las uw onderschrift
            eerst als de hoofdboodschap van de mail. Dag!

            Henriëtte Bakhuis
            directeur bedrijfsvoering Werkorganisatie Vlietlanden
            """
        ),
    },
    {
        "id": "d140-002",
        "kind": "confirm",
        "sender": "Job Terpstra <j.terpstra@dewoldenhoek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Excuus, uw eerste mail is onder een stapel weggezakt. Laat het vooral niet vervallen - bij dezen
            dus alsnog: ja, ik word graag lid.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d140-003",
        "kind": "confirm",
        "sender": "Anouk Meerdink <a.meerdink@gr-ijsselkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hierbij bevestigd. Prettig dat het niet meer met papieren aanmeldformulieren en een handtekening
            hoeft, zoals bij het kringoverleg waar ik vroeger in zat.

            Groet, Anouk
            """
        ),
    },
    {
        "id": "d140-004",
        "kind": "unsubscribe",
        "sender": "Wim Oosterloo <w.oosterloo@samenwerkingkempenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Goedemiddag,

            Dit verzoek komt niet van mij. Vermoedelijk heeft iemand van ons bestuurssecretariaat het goed
            bedoeld, maar over zeven weken neem ik afscheid en ga ik met pensioen. Beschouwt u de aanmelding
            maar als ingetrokken.

            Met vriendelijke groet,
            Wim Oosterloo
            """
        ),
    },
    {
        "id": "d140-005",
        "kind": "unsubscribe",
        "sender": "Carla Hooijmans <c.hooijmans@gr-westerdijk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dan laat ik hem vervallen. Sinds januari zit ik niet meer bij de GR maar bij het waterschap, dus
            het netwerk is niet (meer) voor mij bedoeld. Dank voor het geduld.

            Carla Hooijmans
            """
        ),
    },
    {
        "id": "d140-006",
        "kind": "other",
        "sender": "M. Schuttelaar <m.schuttelaar@gr-zuidoever.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ik heb mij nergens voor opgegeven en krijg nu al voor de tweede keer mail. Van wie hebben jullie
            dit adres gekregen? Dat wil ik eerst weten voordat ik hier iets mee doe.

            M. Schuttelaar
            Concernstaf, Gemeenschappelijke Regeling Zuidoever
            """
        ),
    },
    {
        "id": "d140-007",
        "kind": "other",
        "sender": "Pieter-Jan Verhelst <pj.verhelst@rivierenland-west.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            Happy to join, but one thing first. I'm on an interim contract that ends in September. When it
            ends, do I need to unsubscribe myself, or does the membership simply lapse once my mailbox is
            closed? I'd rather not leave a dead address behind in your files.

            Kind regards,
            Pieter-Jan Verhelst
            Interim Managing Director, Shared Services Rivierenland-West
            """
        ),
    },
    # --- replies to the welcome ---
    {
        "id": "d140-008",
        "kind": "other",
        "sender": "Ellen van Rijswijk-Mooy <e.vanrijswijk@werkorganisatie-duinrand.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. Een praktisch punt: die herinnering vlak voor het atelier mag voor mij
            achterwege blijven. Ik leef van mijn agenda en een extra mail raakt bij mij alleen maar zoek. De
            oproepen en de uitnodigingen ontvang ik uiteraard graag.

            Hartelijke groet,
            Ellen van Rijswijk-Mooy
            """
        ),
    },
    {
        "id": "d140-009",
        "kind": "unsubscribe",
        "sender": "Roelof Kamminga <r.kamminga@wo-hunzedal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Goedemorgen,

            Tot mijn verrassing ontving ik dit welkom. Mijn managementassistent heeft bij het opruimen van mijn
            mailbox kennelijk uw vorige bericht beantwoord. Ik heb echter per 1 februari afscheid genomen van
            de werkorganisatie en lees deze mailbox alleen nog voor de overdracht. Het heeft dus geen zin dat
            ik in uw bestand sta; wilt u dat terugdraaien?

            Met vriendelijke groet,
            drs. R.F. (Roelof) Kamminga
            """
        ),
    },
    {
        "id": "d140-010",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sanne Doornbos <s.doornbos@wo-lauwersland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank! Meteen een onderwerp waar ik mee worstel: na onze fusie vertrekken vooral de ervaren
            vakspecialisten. Hoe houd je mensen vast in jaar een en twee, als de oude gemeentelijke identiteit
            weg is en de nieuwe nog niet voelt? Graag met collega's over behoud van personeel en uitstroom.

            Groet, Sanne Doornbos
            """
        ),
    },
    # --- replies to the invitation ---
    {
        "id": "d140-011",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Lodewijks <g.lodewijks@wo-peelhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik meld me af. Voor 11 maart, wel te verstaan: die dag hebben wij de voorjaarsnota in alle vier
            de raden. Verder blijf ik gewoon van de partij, dus de volgende uitnodiging zie ik graag tegemoet.

            Met vriendelijke groet,
            Gerard Lodewijks
            """
        ),
    },
    {
        "id": "d140-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse Wagenaar <i.wagenaar@zwaluwmeer-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Re: " + INVITATION_SUBJECT,
        "body": _(
            """
            Ja ik kom. Moet wel om kwart voor vijf weg ivm raadsvergadering, dus het laatste half uur mis ik

            Groet Ilse

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d140-013",
        "kind": "unsubscribe",
        "sender": "Marjolein Teeuwen <m.teeuwen@werkorganisatie-sallandse-heuvels.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Voor mij komt deze uitnodiging net te laat. Na ruim negen jaar heb ik afscheid genomen van de
            werkorganisatie; ik ben nu aan de slag bij een ingenieursbureau in Deventer. Het netwerk is er
            voor directeuren van fusieorganisaties, en dat ben ik gewoon niet meer. U hoeft mij dus nergens
            meer voor uit te nodigen. Dank voor alle mooie middagen.

            Hartelijke groet,
            Marjolein Teeuwen
            """
        ),
    },
    {
        "id": "d140-014",
        "kind": "other",
        "sender": "Yvonne Kersten <y.kersten@wo-berkelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Namens de heer Brouwers laat ik u weten dat hij sinds 1 februari niet meer bij onze organisatie
            werkzaam is. Hij zal het atelier dus niet bijwonen. Wie hem opvolgt is nog niet bekend; zodra dat
            rond is, hoort u van mij.

            Met vriendelijke groet,
            Yvonne Kersten
            Managementondersteuning directie, Werkorganisatie Berkelstroom
            """
        ),
    },
    {
        "id": "d140-015",
        "kind": "other",
        "sender": "Hester Vink <h.vink@sw-bevelanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            I see this one is in Utrecht, in person, again. An honest question before I answer: will there be
            a proper hybrid set-up, or is the Teams link only for listening in? If the ateliers stay in-person
            only, I'll probably have to step away from the network altogether - the drive from Zeeland takes
            a whole day. I'd much rather not, hence the question.

            Best,
            Hester Vink
            """
        ),
    },
    {
        "id": "d140-016",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bart Wessels <b.wessels@gr-oostermeent.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Op 11 maart kan ik er helaas niet bij zijn. Wel een onderwerp voor een volgende keer: uittreding.
            Wat doe je als een van de deelnemende gemeenten de gemeenschappelijke regeling opzegt? Bij ons
            speelt het nu, en ik weet dat we niet de enigen zijn.

            Groet, Bart Wessels
            """
        ),
    },
    {
        "id": "d140-017",
        "kind": "rsvp",
        "attending": False,
        "sender": "Oliver Staal <o.staal@wo-amstelgouw.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Count me out for March - only for March, I hasten to add, not out of the network! Our auditors
            are in that week. Looking forward to the autumn edition.

            Cheers,
            Oliver
            """
        ),
    },
    {
        "id": "d140-018",
        "kind": "unsubscribe",
        "sender": "Annemiek Rozendaal <a.rozendaal@wo-graafschapsteden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            No, I won't be coming. In fact this feels like the right moment to say goodbye to the network as
            a whole: since January my portfolio is spatial development at the province, and shared-service
            organisations are no longer part of it. Thank you for many good afternoons.

            Regards,
            Annemiek Rozendaal
            """
        ),
    },
    {
        "id": "d140-019",
        "kind": "unsubscribe",
        "sender": "A. Rademaker <a.rademaker@gr-lingemonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Niet meer voor mij bestemd. Sinds maandag geniet ik van mijn vervroegd pensioen; Sander Visch is
            mijn opvolger. Zijn mailadres weet ik nog niet, dat krijgt hij pas volgende week, maar hij meldt
            zich vast zelf bij u.

            A. Rademaker
            """
        ),
    },
    # --- replies to the reminder ---
    {
        "id": "d140-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Hoekstra <f.hoekstra@wo-noorderzijl.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Blijkt dat ik die donderdag weg ben: mijn vrouw heeft een paar dagen Texel geboekt en dat had ik
            over het hoofd gezien. Geef mijn plek gerust aan iemand van de wachtlijst, mijn gast komt dan
            natuurlijk ook niet.

            Groet,
            Frank Hoekstra
            """
        ),
    },
    {
        "id": "d140-021",
        "kind": "unsubscribe",
        "sender": "Theo Mulderij <t.mulderij@werkorganisatie-vechtstreek-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Helaas, ik kan niet. En als ik eerlijk ben: dit is de derde keer op rij dat ik op het laatste
            moment afzeg. Dat is niet netjes tegenover de mensen op de wachtlijst. Haal mij maar uit het
            ledenbestand, dan is het tenminste helder voor iedereen.

            Met vriendelijke groet,
            Theo Mulderij
            """
        ),
    },
    {
        "id": "d140-022",
        "kind": "other",
        "sender": "Liesbeth Aarts <l.aarts@wo-maaskempen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom, maar mijn gast niet meer: Jeroen is per 1 maart weg bij ons. Mag ik in zijn plaats onze
            nieuwe concerncontroller, Fatima el Idrissi, meenemen? Of moet zij zich zelf aanmelden?

            Hartelijke groet,
            Liesbeth Aarts
            """
        ),
    },
    {
        "id": "d140-023",
        "kind": "autoreply",
        "sender": "Daan Verschuur <d.verschuur@maasdelta-wo.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatic reply: " + REMINDER_SUBJECT,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I am on parental leave until 2 April and will not be reading my e-mail. For urgent matters
            concerning Werkorganisatie Maasdelta, please contact the office of the managing director on
            0180 - 44 21 90 or directiesecretariaat@maasdelta-wo.nl.
            """
        ),
    },
    # --- replies to the call for themes ---
    {
        "id": "d140-024",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Koen Baljet <k.baljet@wo-eemvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp, op één regel zoals gevraagd:
            - Stoppen met taken: hoe stel je met je besturen prioriteiten door expliciet te kiezen wat de
              werkorganisatie niet meer doet?

            Bij ons groeit het takenpakket ieder jaar, terwijl niemand hardop durft te zeggen wat eraf mag.

            Met groet,
            Koen Baljet
            """
        ),
    },
    {
        "id": "d140-025",
        "kind": "other",
        "sender": "Desiree Pool <d.pool@gr-hollandsplassen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen onderwerp deze ronde, sorry. Wel een verzoek: deze themaoproepen mogen wat mij betreft
            voortaan achterwege blijven. Ik denk graag mee op de dag zelf, maar kom er nooit toe om vooraf
            iets aan te dragen. De uitnodigingen blijf ik uiteraard graag ontvangen.

            Groet,
            Desiree Pool
            """
        ),
    },
    {
        "id": "d140-026",
        "kind": "unsubscribe",
        "sender": "J.W. Blankevoort <jw.blankevoort@wo-alblasserhof.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geacht secretariaat,

            Thema's heb ik niet. Eerlijk gezegd merk ik al maanden dat ik het netwerk naast alles wat hier
            speelt niet kan bijbenen, en ik heb besloten mij terug te trekken. Wilt u mij van de ledenlijst
            halen?

            Met vriendelijke groet,
            J.W. Blankevoort
            Gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "d140-027",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rutger Ambagtsheer <r.ambagtsheer@heuvelrand-shared.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Topic suggestion:
            - Opting out of paper: as we move letters and permits to digital-by-default, who are we leaving
              behind, and how do you keep a counter for residents who can't or won't go online?

            Best regards,
            Rutger Ambagtsheer
            Director Citizen Services, Shared Services Heuvelrand
            """
        ),
    },
    {
        "id": "d140-028",
        "kind": "other",
        "sender": "Margriet Sloot <m.sloot@wo-gooiranden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Na drie jaar stop ik na deze ronde met de Adviesraad. Het was leuk en leerzaam, maar ik gun de
            plek graag aan een jongere collega. Lid van het netwerk blijf ik natuurlijk, en mijn onderwerpen
            stuur ik los nog na. Kunnen we even bellen over wie mijn stoel in de Adviesraad kan overnemen?

            Groet,
            Margriet
            """
        ),
    },
    {
        "id": "d140-029",
        "kind": "other",
        "sender": "Irene Kortekaas <i.kortekaas@wo-lekvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen onderwerpen van mij deze keer, ik zit midden in een overstap. Per 1 februari stop ik bij de
            Werkorganisatie Lekvallei en begin ik als directeur bij de GR Amstelzoom. Wilt u mijn
            lidmaatschap op mijn nieuwe adres zetten, i.kortekaas@gr-amstelzoom.nl? Dit adres vervalt dan.

            Groet, Irene Kortekaas
            """
        ),
    },
    # --- replies to the follow-up ---
    {
        "id": "d140-030",
        "kind": "unsubscribe",
        "sender": "Vincent Leijten <v.leijten@wo-kempenrand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor een mooie middag; het was meteen mijn laatste. Sinds vorige week werk ik bij de
            provincie. Mijn opvolger, Roos Hendrikx (r.hendrikx@wo-kempenrand.nl), neemt mijn plaats in het
            netwerk graag in, ik heb haar al over de ateliers verteld.

            Hartelijke groet,
            Vincent
            """
        ),
    },
    {
        "id": "d140-031",
        "kind": "other",
        "sender": "Hans Groeneveld <h.groeneveld@wo-dollardkust.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hartelijk dank, ook voor het verslag. Om jullie alvast te informeren: per 1 juni stop ik als
            algemeen directeur. Tot die tijd blijf ik lid en ben ik er gewoon bij; zodra mijn opvolger bekend
            is, geef ik naam en adres aan jullie door.

            Met vriendelijke groet,
            Hans Groeneveld
            """
        ),
    },
    {
        "id": "d140-032",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ad Peeters <a.peeters@wo-baronie-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Goedemiddag, dank voor de fijne middag. Voor het volgende atelier wil ik graag bespreken:
            - Stoppen met de fysieke balie in de kleine kernen. Wij overwegen het, maar hoe blijft de
              dienstverlening aan inwoners nabij als het loket weggaat?

            Met vriendelijke groet,
            ing. A.M. (Ad) Peeters
            """
        ),
    },
    {
        "id": "d140-033",
        "kind": "other",
        "sender": "Yasmina Berkhout <y.berkhout@wo-rijnstreek-midden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Thanks for organising - the part on local identity really stuck with me. A heads-up: I'm off on a
            six-month sabbatical from April, so don't count on me for the next atelier and there's no need to
            send me invitations until October. I'm definitely staying in the network though.

            Warm regards,
            Yasmina Berkhout
            """
        ),
    },
    # --- replies to the RSVP acknowledgement (waiting list) ---
    {
        "id": "d140-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Eva Schreuder <e.schreuder@gr-waddenkust.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Haal me maar van de wachtlijst. Inmiddels staat er die middag een overleg met de provincie dat ik
            niet kan verzetten; dan krijgt nummer drie een eerlijke kans.

            Met vriendelijke groet,
            Eva Schreuder
            """
        ),
    },
    {
        "id": "d140-035",
        "kind": "other",
        "sender": "Peter Smeding <p.smeding@wo-twentebrug.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Wachtlijst, alweer. Dat is nu de derde keer. Als ik er deze keer weer niet bij kan, vraag ik me
            serieus af of ik lid moet blijven. Is er geen mogelijkheid om het atelier twee keer te houden, of
            een grotere zaal te nemen?

            Groet,
            Peter Smeding
            """
        ),
    },
    # --- replies to the substitute's invitation ---
    {
        "id": "d140-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Naima Azzouz <n.azzouz@wo-kromme-rijn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Goedemiddag,

            Ik neem Dirks plaats helaas niet in: ik ben die week weg voor een werkbezoek in Vlaanderen. Ik heb
            hem al laten weten dat hij iemand anders moet vragen.

            Met vriendelijke groet,
            Naima Azzouz
            """
        ),
    },
    {
        "id": "d140-037",
        "kind": "other",
        "sender": "Thijs van Aalst <t.vanaalst@wo-kromme-rijn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging, ik kom graag namens Dirk. Hij vroeg mij ook iets door te geven: Dirk
            stopt per 1 april bij ons en wil daarna niet meer in uw bestand staan. Wilt u dat na het atelier
            voor hem regelen?

            Groet,
            Thijs van Aalst
            """
        ),
    },
    # --- replies to the cancellation ---
    {
        "id": "d140-038",
        "kind": "unsubscribe",
        "sender": "L. Wijnberg <l.wijnberg@wo-zaanoever.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Weer geannuleerd. Dit is de tweede keer dat ik er een hele middag voor heb vrijgemaakt. Ik trek
            mijn conclusie: schrijf mij maar uit, ik steek mijn tijd liever in dingen die wél doorgaan.

            L. Wijnberg
            """
        ),
    },
    {
        "id": "d140-039",
        "kind": "other",
        "sender": "Anne Kloosterboer <a.kloosterboer@wo-friese-meren-zuid.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Jammer! Ik heb hem uit mijn agenda gehaald. Hoor graag de nieuwe datum. Die vrije donderdagmiddag
            ga ik maar eens gebruiken om mijn mailbox weg te werken ;)

            Anne

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    # --- replies to the thank-you for a suggestion ---
    {
        "id": "d140-040",
        "kind": "other",
        "sender": "Merel Bosschaart <m.bosschaart@wo-utrechtse-waarden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Trek mijn tweede punt, de relatie met de gemeenteraden, maar in: dat hebben we inmiddels met een
            raadswerkgroep opgelost en ik wil geen plek bezet houden. De digitalisering laat ik staan.

            Groet, Merel
            """
        ),
    },
    {
        "id": "d140-041",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Robbert Kalkman <r.kalkman@wo-hoeksche-polders.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Mag ik het eerste punt schrappen en vervangen door iets dat bij ons nu urgenter is? Nieuw
            onderwerp: prestaties zichtbaar maken voor inwoners - een openbaar dashboard met wachttijden en
            doorlooptijden van aanvragen. Durf je dat aan?

            Met vriendelijke groet,
            Robbert Kalkman
            """
        ),
    },
    # --- replies to the change ---
    {
        "id": "d140-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jolanda Brinkers <j.brinkers@gr-achterhoek-west.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Op 18 maart vergadert ons algemeen bestuur, dus de nieuwe datum gaat niet lukken. Streep mij voor
            dit atelier maar door. Tot een volgende keer!

            Gr. Jolanda Brinkers
            """
        ),
    },
    {
        "id": "d140-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten de Clercq <m.declercq@wo-scheldeoevers.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Off the waiting list for me, please: the 18th is budget day in our general board. Do keep me
            posted about the autumn atelier.

            Best,
            Maarten de Clercq
            """
        ),
    },
    # --- replies to the goodbye ---
    {
        "id": "d140-044",
        "kind": "other",
        "sender": "Gonnie Verbeek <g.verbeek@wo-veluwezoom-noord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de snelle en nette afhandeling, en voor de vriendelijke woorden. Ik heb de ateliers
            altijd met plezier bezocht. Het ga jullie en het netwerk goed.

            Met hartelijke groet,
            Gonnie Verbeek
            """
        ),
    },
    {
        "id": "d140-045",
        "kind": "other",
        "sender": "Simon Achterberg <s.achterberg@wo-merwedal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks - yes, that's exactly what I asked for. All the best with the network, and give my regards
            to the Adviesraad.

            Regards,
            Simon Achterberg
            """
        ),
    },
    {
        "id": "d140-046",
        "kind": "unsubscribe",
        "sender": "Michiel Hoogendoorn <m.hoogendoorn@heuvelrand-noord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank. Mijn functie wordt overgenomen door Tamara Veldkamp, t.veldkamp@heuvelrand-noord.nl. Zij
            begint volgende maand en heeft er zin in.

            Groet, Michiel
            """
        ),
    },
    {
        "id": "d140-047",
        "kind": "subscribe",
        "sender": "Annelies Rotgans <a.rotgans@wo-oude-ijssel.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Huh, dat was niet de bedoeling! Ik schreef 'afmelden' onder de uitnodiging omdat ik 11 maart niet
            kan - voor het atelier dus, niet voor het netwerk. Ik wil er graag bij blijven.

            Annelies
            """
        ),
    },
    {
        "id": "d140-048",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "M.C. Dekkers-Van Veen <mc.dekkers@gr-venendal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Prima, dank. Dan wil ik ook dat u alles wat u van mij bewaart verwijdert: naam, adres, functie en
            de deelnamelijsten van eerdere ateliers. Ik beroep mij daarvoor op de AVG. Graag een korte
            bevestiging als het gebeurd is.

            M.C. Dekkers-Van Veen
            """
        ),
    },
    {
        "id": "d140-049",
        "kind": "other",
        "sender": "Ria Stoop <r.stoop@wo-lingewaal-oost.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goed ontvangen, dank. Mijn collega Ruud Verkerk van de werkorganisatie in de Alblasserwaard vroeg
            me door te geven dat hij ook van de lijst af wil. Hij is zelf niet zo van de mail, vandaar.

            Hartelijke groet,
            Ria Stoop
            """
        ),
    },
    {
        "id": "d140-050",
        "kind": "subscribe",
        "sender": "Laurens Bijl <l.bijl@wo-eemsdelta-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Wait - that wasn't me. My PA was clearing out newsletter subscriptions last week and must have
            caught yours by mistake. I'd like to stay a member, please.

            Laurens Bijl
            """
        ),
    },
    # --- new mails, automatic mail and a forward ---
    {
        "id": "d140-051",
        "kind": "other",
        "sender": "Wendelien Brons <w.brons@wo-langstraat-noord.nl>",
        "quote": "none",
        "subject": "Vraag over lidmaatschap bij detachering",
        "body": _(
            """
            Beste secretariaat,

            Vanaf 1 september word ik voor een jaar gedetacheerd bij het ministerie van BZK. Moet ik mij dan
            afmelden en na terugkomst opnieuw aanmelden, of kan het lidmaatschap gewoon doorlopen? Ik wil het
            netwerk eigenlijk niet kwijt.

            Met vriendelijke groet,
            Wendelien Brons
            directeur Werkorganisatie Langstraat-Noord
            """
        ),
    },
    {
        "id": "d140-052",
        "kind": "other",
        "sender": "Jorien van der Meulen <j.vandermeulen@zwaluwmeer.nl>",
        "quote": "none",
        "subject": "Please remove my old address",
        "body": _(
            """
            Hello,

            Please remove j.vandermeulen@zwaluwmeer.nl from your list - that mailbox closes at the end of the
            month now that our municipalities share a single domain. From now on, please write to
            j.vandermeulen@wo-zwaluwmeer.nl. Same person, same role, just a new address.

            Thanks,
            Jorien van der Meulen
            """
        ),
    },
    {
        "id": "d140-053",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Kees Dijkhuizen <kees.dijkhuizen@ziggo.nl>",
        "quote": "none",
        "subject": "Mijn gegevens",
        "body": _(
            """
            Goedendag,

            Ik ben weg bij de gemeente en heb met het netwerk niets meer te maken. Wat u van mij heeft -
            naam, functie, mailadres, de foto's van het atelier in Amersfoort waar ik op sta - mag allemaal
            weg. Ik ga ervan uit dat u dat netjes regelt.

            Kees Dijkhuizen
            """
        ),
    },
    {
        "id": "d140-054",
        "kind": "unsubscribe",
        "sender": "Trudy Holtkamp <g.holtkamp@wo-twentse-poort.nl>",
        "quote": "none",
        "subject": "Retirement",
        "body": _(
            """
            Dear Stan and Melanie,

            As of last Friday I have officially retired. It has been a real pleasure to be part of the
            network these past six years. There's no need to keep writing to me from now on: this mailbox
            stays open a few more weeks, but I'll be in the garden.

            Warmly,
            Geertruida (Trudy) Holtkamp
            """
        ),
    },
    {
        "id": "d140-055",
        "kind": "other",
        "sender": "Nicole Hazeveld <n.hazeveld@wo-oostvlier.nl>",
        "quote": "none",
        "subject": "Verlof mevrouw Sprenger",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Sprenger is vanaf deze week met zwangerschapsverlof, tot half augustus. Wilt u haar in die
            periode geen uitnodigingen sturen? Daarna doet ze weer graag mee, dus het lidmaatschap moet vooral
            blijven bestaan.

            Met vriendelijke groet,
            Nicole Hazeveld
            Directiesecretaresse Werkorganisatie Oostvlier
            """
        ),
    },
    {
        "id": "d140-056",
        "kind": "subscribe",
        "sender": "Olaf Brandsma <o.brandsma@wo-dinkelland-noord.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Beste mensen,

            Mijn zetel in de VNG-commissie heb ik opgezegd om ruimte te maken voor dingen die dichter bij mijn
            dagelijkse werk staan. Dit netwerk hoort daar wat mij betreft bij, dus graag meld ik mij aan. Ik
            ben sinds november algemeen directeur van de Werkorganisatie Dinkelland-Noord en bereikbaar op dit
            adres.

            Met vriendelijke groet,
            Olaf Brandsma
            """
        ),
    },
    {
        "id": "d140-057",
        "kind": "bounce",
        "sender": "Mail Delivery System <postmaster@gemeente-oudeland.nl>",
        "quote": "none",
        "subject": "Undeliverable: " + CALL_SUBJECT,
        "headers": {"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "b.tjeenk@gemeente-oudeland.nl"},
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            b.tjeenk@gemeente-oudeland.nl
            The e-mail address you entered couldn't be found. The mailbox was removed because the employee
            has left the organisation.

            Diagnostic information for administrators:
            Generating server: mx2.gemeente-oudeland.nl
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "d140-058",
        "kind": "autoreply",
        "sender": "Gemma Polderman <g.polderman@gemeente-hoogeveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITATION_SUBJECT,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben niet meer werkzaam bij de gemeente Hoogeveld. Deze mailbox wordt niet gelezen en uw bericht
            wordt niet doorgestuurd. Voor zaken die de directie betreffen kunt u terecht bij
            directie@hoogeveld.nl of 0523 - 68 20 00.
            """
        ),
    },
    {
        "id": "d140-059",
        "kind": "other",
        "sender": "Sylvia Reinders <s.reinders@wo-ommen-dalfsen-oost.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION_SUBJECT,
        "body": _(
            """
            Goedemiddag, ik stuur deze uitnodiging even terug. De heer Van Oordt is sinds deze maand niet
            meer bij ons in dienst; kunt u hem uit uw bestand halen? Over zijn opvolger hoort u later van ons.

            Met vriendelijke groet,
            Sylvia Reinders
            secretariaat directie
            """
        ),
    },
    {
        "id": "d140-060",
        "kind": "other",
        "sender": "Lotte Ramaker <l.ramaker@wo-stichtse-kant.nl>",
        "quote": "none",
        "subject": "Question about your footer",
        "body": _(
            """
            Hi both,

            Quick one. Your footer tells people to reply 'afmelden' to unsubscribe. Not that I want to! But
            our new deputy director, who doesn't read Dutch yet, asked me what she would have to write if she
            ever wanted out. Does 'unsubscribe' work as well, or only the Dutch word?

            Best,
            Lotte Ramaker
            """
        ),
    },
    {
        "id": "d140-061",
        "kind": "unsubscribe",
        "sender": "Bas Renkema <b.renkema@gemeente-wolderwijk.nl>",
        "quote": "none",
        "subject": "geen post meer",
        "body": _(
            """
            Per direct graag geen post meer van het netwerk. Onze ambtelijke fusie is per 1 januari ontvlochten
            en ik ben nu gewoon gemeentesecretaris van één gemeente. Succes verder!

            Bas

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
]
# fmt: on
