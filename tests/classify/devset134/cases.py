"""devset134: very short replies and phone mails under every one of our mails.

Directors answering from a phone between two meetings: one to fifteen words, often without capitals, with
"Verstuurd vanaf mijn iPhone" or another phone line, autocorrect slips ("kim", "bih", "nier", "aanmelsing"), emoji,
a single word or initials as signature. The same bare word ("ja", "nee", "ok", "prima", a thumbs-up) appears under
different mails, where it means different things: a yes under the confirmation mail confirms, under the invitation
it is an attendance, under the call for themes or the goodbye it says nothing we can act on. Topics arrive as a
bare phrase under the call, the thank-you, the follow-up and the welcome. A few new mails, two automatic replies and
a bounce complete the set.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. Under our confirmation mails any reply, also a signature alone or a phone
  line alone, confirms; a "nee" to "Wilt u lid worden?" and a plain "niet door mij aangemeld" withdraw the sign-up
  (`unsubscribe`); a question who we are or where we got the address, and a confirmation from an assistant for
  someone else, are `other`.
- Under the invitation, the substitute's invitation, the change and the waiting-list mail, a yes or no about coming
  is an `rsvp`; a yes with a real question beside it, a "nee" that only answers whether a guest comes, a bare "prima"
  or "ok" that says nothing about coming are `other`.
- Under the reminder, which asks "Kunt u onverhoopt toch niet?", a bare "nee" or "ok" is unclear and `other`; a
  "kan niet" is an `rsvp` False and "ik ben erbij" an `rsvp` True.
- Under the call for themes, the thank-you for a suggestion, the follow-up and the welcome a bare topic is a
  `suggestion` with the theme(s) of that topic; a bare "ja", "nee", thanks or a thumbs-up is `other`; a proposal about
  the form (online) is `other`; backing another member's topic and asking whether one may present are `other`; a
  reply that only says whether the writer comes is an `rsvp`.
- Leaving the network (also in one breath with declining) is `unsubscribe`; a successor with an address under the
  goodbye is `unsubscribe`; "lid blijven" under the goodbye is `subscribe`; an erasure request is `unsubscribe` with
  erase; a request to see one's data and a colleague reporting that someone left are `other`.
- Calendar accept/decline answers are `rsvp`; out-of-office and "address no longer read" are `autoreply`; a delivery
  failure is `bounce` without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- confirmation mails -------------------------------------------------------------------------------------
    {
        "id": "d134-001",
        "kind": "confirm",
        "sender": "Ruud Hazenberg <r.hazenberg@werkorganisatie-ijsselvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            ok hierbij

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-002",
        "kind": "confirm",
        "sender": "Tessa Olthof <t.olthof@grkempenaar.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ja

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d134-003",
        "kind": "confirm",
        "sender": "Joost Meulenbelt <j.meulenbelt@polderbreedwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-004",
        "kind": "confirm",
        "sender": "Renate Kloosterboer <r.kloosterboer@bedrijfsvoering-aamwold.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            prima 👍
            RK
            """
        ),
    },
    {
        "id": "d134-005",
        "kind": "confirm",
        "sender": "Wouter Staring <w.staring@zwinvliet-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Top, ik doe mee!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-006",
        "kind": "confirm",
        "sender": "Jamila van den Bosch-Amrani <j.vandenbosch@heuvelrand-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            bevestigd, gr jvdb
            """
        ),
    },
    {
        "id": "d134-007",
        "kind": "confirm",
        "sender": "Henk Lamers <h.lamers@werkorganisatie-lingemond.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestig bij deze mijn aanmelsing. Groet Henk

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d134-008",
        "kind": "unsubscribe",
        "sender": "Piet Oosterhuis <p.oosterhuis@drechtwaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            nee

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-009",
        "kind": "unsubscribe",
        "sender": "Carla Wiersma <c.wiersma@veenkoloniaalsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            niet door mij aangemeld?? wie dan wel
            """
        ),
    },
    {
        "id": "d134-010",
        "kind": "other",
        "sender": "Frank Dijkhuizen <f.dijkhuizen@grbergenlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            waar heeft u mijn mailadres vandaan? ik ken u niet
            """
        ),
    },
    {
        "id": "d134-011",
        "kind": "other",
        "sender": "Bas Terpstra <b.terpstra@werkorganisatie-lauwersdelta.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            wie ben jij?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-012",
        "kind": "other",
        "sender": "Secretariaat directie <secretariaat.directie@kromme-ams.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            bevestigd namens mevr. Kooistra. gr Anouk (secr.)
            """
        ),
    },
    {
        "id": "d134-013",
        "kind": "other",
        "sender": "Gerrit Bosveld <g.bosveld@rijnstreek-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ja. wat kost het lidmaatschap eigenlijk?
            """
        ),
    },
    {
        "id": "d134-014",
        "kind": "unsubscribe",
        "sender": "Ineke Hoogerwerf <i.hoogerwerf@gr-maaskant-west.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            toch maar niet, afmelsen aub

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- welcome ------------------------------------------------------------------------------------------------
    {
        "id": "d134-015",
        "kind": "other",
        "sender": "Mirjam Eekhof <m.eekhof@werkorganisatie-ijsselvliet.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            dankjewel 🙏
            """
        ),
    },
    {
        "id": "d134-016",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Arjen Kuipers <a.kuipers@grbergenlanden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            regiodeal en onze rol daarin
            """
        ),
    },
    {
        "id": "d134-017",
        "kind": "other",
        "sender": "Hanneke Vos <h.vos@dal-en-heide.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            nee, nu nog niet
            """
        ),
    },
    {
        "id": "d134-018",
        "kind": "other",
        "sender": "Erik Jan Smeenk <ej.smeenk@zwinvliet-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            ja hoor 😊

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-019",
        "kind": "unsubscribe",
        "sender": "Lotte Brinkhorst <l.brinkhorst@heuvelrand-oost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            was niet de bedoeling, uitschrijven svp
            """
        ),
    },
    # --- invitation ---------------------------------------------------------------------------------------------
    {
        "id": "d134-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marco Verhulst <m.verhulst@drechtwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            ja

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sietske Hoekstra <s.hoekstra@werkorganisatie-lauwersdelta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja ik kim graag

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rob Hulshof <r.hulshof@gr-maaskant-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            👍 ben erbij
            """
        ),
    },
    {
        "id": "d134-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nienke Scholten <n.scholten@rijnstreek-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            ja, met z'n tweeën (neem mijn concerncontroller mee)
            """
        ),
    },
    {
        "id": "d134-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten Bakels <m.bakels@kromme-ams.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee.
            Gr. MB
            """
        ),
    },
    {
        "id": "d134-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis Kamphuis <d.kamphuis@werkorganisatie-lingemond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas, vakantie 🏖️
            """
        ),
    },
    {
        "id": "d134-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anita Groeneveld <a.groeneveld@veenkoloniaalsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            kan niet. mijn plv gaat: Femke Roodbeen, f.roodbeen@veenkoloniaalsamen.nl
            """
        ),
    },
    {
        "id": "d134-027",
        "kind": "other",
        "sender": "Jeroen Altena <j.altena@polderbreedwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            nee, neem niemand mee
            """
        ),
    },
    {
        "id": "d134-028",
        "kind": "other",
        "sender": "Saskia Rombout <s.rombout@bedrijfsvoering-aamwold.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            ja, is er parkeergelegenheid bij het stadskantoor?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-029",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Karin de Munck <k.demunck@zwinvliet-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            kom. onderwerp voor een volgende keer: hybride werken & huisvesting
            """
        ),
    },
    {
        "id": "d134-030",
        "kind": "unsubscribe",
        "sender": "Theo Wassink <t.wassink@heuvelrand-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            afmelden aub, ga per 1 maart met pensioen
            """
        ),
    },
    {
        "id": "d134-031",
        "kind": "other",
        "sender": "Esther Plomp <e.plomp@drechtwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            zie hieronder
            """
        ),
    },
    {
        "id": "d134-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Vincent Mulderij <v.mulderij@kromme-ams.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            zie hieronder

            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
            nee helaas, MT-heidag
            """
        ),
    },
    {
        "id": "d134-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Overdijk <g.overdijk@rijnstreek-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INV,
        "body": _(
            """
            Verzonden met Outlook voor iOS
            """
        ),
    },
    {
        "id": "d134-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ilse Vredeveld <i.vredeveld@dal-en-heide.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + _INV,
        "body": _(
            """
            sorry, dubbel geboekt
            """
        ),
    },
    {
        "id": "d134-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Patrick O'Neill-Bakker <p.oneill@werkorganisatie-lingemond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INV,
        "body": _(
            """
            Yes, count me in.

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "d134-036",
        "kind": "other",
        "sender": "Mariska Jongerius <m.jongerius@polderbreedwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Kees de Wit werkt hier niet meer
            """
        ),
    },
    # --- reminder -----------------------------------------------------------------------------------------------
    {
        "id": "d134-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ronald Zijlstra <r.zijlstra@werkorganisatie-lauwersdelta.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            kan nier meer, sorry

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wilma Bouwhuis <w.bouwhuis@grbergenlanden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            helaas ik kan niet, griep 🤒
            """
        ),
    },
    {
        "id": "d134-039",
        "kind": "other",
        "sender": "Evert Hofstede <e.hofstede@veenkoloniaalsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            nee

            Verzonden vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "d134-040",
        "kind": "other",
        "sender": "Petra Nijenhuis <p.nijenhuis@bedrijfsvoering-aamwold.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            ok dank
            """
        ),
    },
    {
        "id": "d134-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sander Koopmans <s.koopmans@grkempenaar.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            ik ben er bih!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Monique Tabak <m.tabak@zwinvliet-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            kom alleen, mijn gast kan niet
            """
        ),
    },
    {
        "id": "d134-043",
        "kind": "unsubscribe",
        "sender": "Hans Wolters <h.wolters@kromme-ams.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            afmelden aub, niet meer werkzaam bij de GR
            """
        ),
    },
    {
        "id": "d134-044",
        "kind": "other",
        "sender": "Ria Doornbos <r.doornbos@rijnstreek-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            teams link doet het niet bij mij

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- call for themes ----------------------------------------------------------------------------------------
    {
        "id": "d134-045",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Johan Brugman <j.brugman@dal-en-heide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            personeelstekort ICT

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-046",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Femke Aalders <f.aalders@werkorganisatie-lingemond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            klantcontact via whatsapp
            """
        ),
    },
    {
        "id": "d134-047",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Bert Lubbers <b.lubbers@gr-maaskant-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            visie 2035 voor de werkorganisatie
            Gr Bert
            """
        ),
    },
    {
        "id": "d134-048",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Trudy Veldkamp <t.veldkamp@veenkoloniaalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            grip vd raden op de GR
            """
        ),
    },
    {
        "id": "d134-049",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Koen Smulders <k.smulders@grkempenaar.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            datagedreven werken
            dienstverlening in de kleine kernen
            """
        ),
    },
    {
        "id": "d134-050",
        "kind": "other",
        "sender": "Elske van Spronsen <e.vanspronsen@polderbreedwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            ja
            EvS
            """
        ),
    },
    {
        "id": "d134-051",
        "kind": "other",
        "sender": "Wim Kerkhof <w.kerkhof@bedrijfsvoering-aamwold.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            nee, niks
            """
        ),
    },
    {
        "id": "d134-052",
        "kind": "other",
        "sender": "Marjolein Sturm <m.sturm@werkorganisatie-ijsselvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            liever online aub, scheelt 2 uur rijden
            """
        ),
    },
    {
        "id": "d134-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ferdi Hamstra <f.hamstra@werkorganisatie-lauwersdelta.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            ben er 11/3 niet
            """
        ),
    },
    {
        "id": "d134-054",
        "kind": "other",
        "sender": "Greetje Mulder <g.mulder@grbergenlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            +1 op wat Anton Riemersma voorstelde
            """
        ),
    },
    {
        "id": "d134-055",
        "kind": "other",
        "sender": "Olaf Dekkers <o.dekkers@heuvelrand-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            mag ik iets vertellen over onze ontvlechting?
            """
        ),
    },
    {
        "id": "d134-056",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Roel Boersma <r.boersma@kromme-ams.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Zaak gericht werkeb

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Linda Versteeg <l.versteeg@rijnstreek-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            kom sowieso! thema maakt me niet uit
            """
        ),
    },
    # --- thank-you for a suggestion -----------------------------------------------------------------------------
    {
        "id": "d134-058",
        "kind": "other",
        "sender": "Jelle Faber <j.faber@dal-en-heide.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            👍
            """
        ),
    },
    {
        "id": "d134-059",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Annemiek Vroom <a.vroom@werkorganisatie-lingemond.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            nog 1: prestaties meten met een inwonerspanel
            """
        ),
    },
    {
        "id": "d134-060",
        "kind": "other",
        "sender": "Irene Koster <i.koster@veenkoloniaalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            foutje: bedoelde samenwerking ipv organisatie

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-061",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Michiel Rutgers <m.rutgers@grkempenaar.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            aanvulling: coalitieakkoorden vertalen naar onze meerjarenagenda
            """
        ),
    },
    # --- follow-up ----------------------------------------------------------------------------------------------
    {
        "id": "d134-062",
        "kind": "other",
        "sender": "Sophie Middelkoop <s.middelkoop@polderbreedwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            top!
            """
        ),
    },
    {
        "id": "d134-063",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tom Haverkamp <t.haverkamp@bedrijfsvoering-aamwold.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            volgende x: AI in de backoffice
            """
        ),
    },
    {
        "id": "d134-064",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Loes Bijlsma <l.bijlsma@werkorganisatie-ijsselvliet.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            samenwerken met provincie en waterschap

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-065",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karlijn Peeters <k.peeters@grbergenlanden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            volgende keer ben ik er weer bij
            """
        ),
    },
    # --- waiting-list acknowledgement ---------------------------------------------------------------------------
    {
        "id": "d134-066",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bianca Storm <b.storm@drechtwaard.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            hoeft niet meer, kan toch niet
            """
        ),
    },
    {
        "id": "d134-067",
        "kind": "other",
        "sender": "Gert-Jan Nauta <gj.nauta@kromme-ams.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            ok, duimen 🤞
            """
        ),
    },
    # --- substitute's invitation --------------------------------------------------------------------------------
    {
        "id": "d134-068",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kevin Hendriksen <k.hendriksen@dal-en-heide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Ja 👍
            """
        ),
    },
    {
        "id": "d134-069",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tineke van Dalen <t.vandalen@werkorganisatie-lingemond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            kan niet, sorry. Gr. TvD
            """
        ),
    },
    {
        "id": "d134-070",
        "kind": "other",
        "sender": "Raymond Eilers <r.eilers@gr-maaskant-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            ken geen Dirk Smit?
            """
        ),
    },
    # --- cancellation -------------------------------------------------------------------------------------------
    {
        "id": "d134-071",
        "kind": "other",
        "sender": "Geertje Wolthuis <g.wolthuis@veenkoloniaalsamen.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            jammer!
            """
        ),
    },
    {
        "id": "d134-072",
        "kind": "other",
        "sender": "Gerard Jonkman <g.jonkman@grkempenaar.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            ok
            GJ
            """
        ),
    },
    # --- change -------------------------------------------------------------------------------------------------
    {
        "id": "d134-073",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jos Hermens <j.hermens@bedrijfsvoering-aamwold.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            18 maart kan ik niet

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-074",
        "kind": "rsvp",
        "attending": True,
        "sender": "Willemijn Rozendaal <w.rozendaal@werkorganisatie-ijsselvliet.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            nieuwe datum past ook, blijf graag op de wachtlijst
            """
        ),
    },
    {
        "id": "d134-075",
        "kind": "other",
        "sender": "Frits Boonstra <f.boonstra@werkorganisatie-lauwersdelta.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            prima
            """
        ),
    },
    # --- goodbye ------------------------------------------------------------------------------------------------
    {
        "id": "d134-076",
        "kind": "subscribe",
        "sender": "Margriet Luiten <m.luiten@grbergenlanden.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            oeps! lid blijven aub

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-077",
        "kind": "other",
        "sender": "Stefan Kroeze <s.kroeze@heuvelrand-oost.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            👍🏻
            """
        ),
    },
    {
        "id": "d134-078",
        "kind": "unsubscribe",
        "sender": "Edwin Harbers <e.harbers@drechtwaard.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            opvolger: Marloes Tjin, m.tjin@drechtwaard.nl
            """
        ),
    },
    {
        "id": "d134-079",
        "kind": "other",
        "sender": "Jacqueline Ruiter <j.ruiter@kromme-ams.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            nee

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "d134-080",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Paulien Meijering <p.meijering@dal-en-heide.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            wis ook al mijn gegevens aub (avg)
            """
        ),
    },
    # --- new mails ----------------------------------------------------------------------------------------------
    {
        "id": "d134-081",
        "kind": "subscribe",
        "sender": "Hugo Lensink <h.lensink@werkorganisatie-lingemond.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            graag aanmelden, dir. bedrijfsvoering werkorganisatie Lingemond

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d134-082",
        "kind": "subscribe",
        "sender": "Agnes Zuidema <a.zuidema@gr-maaskant-west.nl>",
        "quote": "none",
        "subject": "collega",
        "body": _(
            """
            pls ook aanmelden: mijn collega Rik Veldhuis, r.veldhuis@gr-maaskant-west.nl
            """
        ),
    },
    {
        "id": "d134-083",
        "kind": "other",
        "sender": "Dirk-Jan Molenaar <dj.molenaar@veenkoloniaalsamen.nl>",
        "quote": "none",
        "subject": "avg",
        "body": _(
            """
            welke gegevens hebben jullie van mij?
            """
        ),
    },
    {
        "id": "d134-084",
        "kind": "unsubscribe",
        "sender": "Pim van Loon <p.vanloon@grkempenaar.nl>",
        "quote": "none",
        "subject": "uitschrijven",
        "body": _(
            """
            svp uitschrijven
            PvL
            """
        ),
    },
    {
        "id": "d134-085",
        "kind": "other",
        "sender": "Rianne Kruithof <r.kruithof@polderbreedwerkt.nl>",
        "quote": "none",
        "subject": "MT",
        "body": _(
            """
            kunnen mijn 3 MT-leden ook lid worden?
            """
        ),
    },
    # --- automatic mail -----------------------------------------------------------------------------------------
    {
        "id": "d134-086",
        "kind": "autoreply",
        "sender": "Leon Bartels <l.bartels@bedrijfsvoering-aamwold.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Afwezig t/m 15/3, geen toegang tot mail.
            """
        ),
    },
    {
        "id": "d134-087",
        "kind": "autoreply",
        "sender": "Ellen Tromp <e.tromp@werkorganisatie-ijsselvliet.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "RE: " + _REM,
        "body": _(
            """
            Dit adres wordt niet meer gelezen. Mail voortaan naar post@werkorganisatie-ijsselvliet.nl
            """
        ),
    },
    {
        "id": "d134-088",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.heuvelrand-oost.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _REM,
        "body": _(
            """
            Uw bericht kon niet worden bezorgd bij j.wagenvoort@heuvelrand-oost.nl: 550 5.1.1 user unknown
            """
        ),
    },
]
# fmt: on
