"""devset114: short mails - one word to three sentences - under each of our mails and as bare new mails.

Directors answering from a phone between two meetings, assistants typing one line for their director, and a few
English-speaking writers: "Ja.", "Kom!", "Helaas", "afmelden aub", "Geen thema", a topic in five words, an emoji, a
subject with an empty body. Every kind of our mail is answered (the confirmation request and its reminder, the
welcome, the invitation, the reminder, the change, the cancellation, the call for themes, the follow-up, the thank-you
for a suggestion, the RSVP acknowledgement, the substitute's invitation and the goodbye), and some mails are new, with
only a subject. The same short word means different things under different mails, so many cases are look-alikes of
each other across threads.

Conventions this set relies on (from the brief):
- The label is what the short answer means under the mail it answers: "Ja" confirms under the confirmation request,
  is an RSVP yes under the invitation, and is `other` under the welcome, the reminder, the call for themes and the
  goodbye, where a careful reader cannot tell what it says yes to. "Prima", "Helaas" or "Jammer" under the
  cancellation, the change or the waiting-list acknowledgement is `other` for the same reason.
- Under the confirmation mails any reply that does not refuse confirms, also an empty one or an emoji; a plain
  refusal or denial ("nee dank je", "ik heb me nergens voor aangemeld") is `unsubscribe`; a question about who
  signed the writer up or where we got the address is `other`.
- Under the call for themes, the follow-up and the thank-you a proposed topic is a `suggestion`, also when the writer
  also says they come; a reply that only says whether the writer comes is an `rsvp`; "geen thema", thanks and
  proposals about time, place or format are `other`.
- A decline that keeps the membership ("ik meld me af voor 11 maart") and a decline naming a substitute with an
  address are `rsvp` False; leaving the network (also together with a decline) is `unsubscribe`.
- An assistant answering in reply to our invitation is an `rsvp`; an assistant's new mail about the director's
  attendance is `other`. A director's own new mail saying they come is an `rsvp`.
- Under the goodbye "lid blijven" or "niet de bedoeling, ik wil lid blijven" is `subscribe`, a successor with address
  is `unsubscribe`, an erasure request is `unsubscribe` with `erase`; thanks and a bare "Ja" are `other`.
- Calendar accept/decline answers are `rsvp`; out-of-office and "address no longer in use" are `autoreply`, a DSN is
  `bounce`; none of them carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d114-001",
        "kind": "confirm",
        "sender": "Ruud Hofstede <r.hofstede@werkorganisatie-lindenmaar.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja.
            """
        ),
    },
    {
        "id": "d114-002",
        "kind": "confirm",
        "sender": "Annelies Brugman <a.brugman@grdalkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d114-003",
        "kind": "confirm",
        "sender": "Koen Vermaat <koen.vermaat@ambtelijkpolderzicht.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bevestigd

            Koen Vermaat
            algemeen directeur Werkorganisatie Polderzicht
            """
        ),
    },
    {
        "id": "d114-004",
        "kind": "confirm",
        "sender": "Fenna Stuivenberg <f.stuivenberg@hoogeveldgroep.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja graag 🙂

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d114-005",
        "kind": "confirm",
        "sender": "Gerrit Slingerland <g.slingerland@samenwerkingkrimpvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ✅
            """
        ),
    },
    {
        "id": "d114-006",
        "kind": "confirm",
        "sender": "Owen Baptiste <o.baptiste@werkorganisatie-zeeveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, confirmed.

            Owen

            Get Outlook for Android
            """
        ),
    },
    {
        "id": "d114-007",
        "kind": "unsubscribe",
        "sender": "Mirjam Toonen <m.toonen@bedrijfsvoering-aaland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            afmelden aub
            """
        ),
    },
    {
        "id": "d114-008",
        "kind": "unsubscribe",
        "sender": "Wouter Ketelaar <w.ketelaar@deltawerk-gr.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb me nergens voor aangemeld.

            W. Ketelaar
            """
        ),
    },
    {
        "id": "d114-009",
        "kind": "other",
        "sender": "Hanneke Zijlstra <h.zijlstra@noordwoldegemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Wie is dit?
            """
        ),
    },
    {
        "id": "d114-010",
        "kind": "unsubscribe",
        "sender": "Bart Overdijk <bart.overdijk@werkorganisatie-tweestromen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            nee dank je

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d114-011",
        "kind": "other",
        "sender": "Ilona Vreugdenhil <i.vreugdenhil@grrivierenhoek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Wie heeft mij aangemeld, en waar hebben jullie dit adres vandaan?
            """
        ),
    },
    {
        "id": "d114-012",
        "kind": "confirm",
        "sender": "Pieter-Jan Mulders <pj.mulders@ambtelijkeheuvelrand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, dat heeft mijn secretaresse voor me gedaan. Akkoord.

            PJ
            """
        ),
    },
    {
        "id": "d114-013",
        "kind": "confirm",
        "sender": "Hans Wijnbergen <hans.wijnbergen@bwt-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Hierbij bevestigd.
            Gr. Hans
            """
        ),
    },
    {
        "id": "d114-014",
        "kind": "other",
        "sender": "Tessa Romijn <t.romijn@gemeentenbrakelzand.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, maar kunnen de mails voortaan naar t.romijn@werkorganisatie-brakelzand.nl?
            """
        ),
    },
    {
        "id": "d114-015",
        "kind": "confirm",
        "sender": "Rob Leijten <r.leijten@werkorganisatie-meerdal.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ok
            """
        ),
    },
    {
        "id": "d114-016",
        "kind": "unsubscribe",
        "sender": "Lucy Hammond <l.hammond@grachtenlandgr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Not interested, thanks.
            """
        ),
    },
    {
        "id": "d114-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Stijn Koopmans <s.koopmans@werkorganisatie-vechtmond.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Onderwerp: hybride werken en onze huisvesting.

            Stijn
            """
        ),
    },
    {
        "id": "d114-018",
        "kind": "other",
        "sender": "Ria Hendrikse <r.hendrikse@grbeemsterland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank!
            """
        ),
    },
    {
        "id": "d114-019",
        "kind": "other",
        "sender": "Emiel Spronk <e.spronk@ambtelijkfusie-westkwartier.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Ja
            """
        ),
    },
    {
        "id": "d114-020",
        "kind": "unsubscribe",
        "sender": "Gonny Brands <g.brands@werkorganisatie-heidezoom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Graag uitschrijven

            G. Brands
            """
        ),
    },
    {
        "id": "d114-021",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Frank Dijkmans <frank.dijkmans@samenwerkingsorganisatie-ijsselweide.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Misschien iets voor later: bestuurlijke prioriteiten na de raadsverkiezingen?
            """
        ),
    },
    {
        "id": "d114-022",
        "kind": "other",
        "sender": "Nadia El Amrani <n.elamrani@werkorganisatie-kempenhof.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": "",
    },
    {
        "id": "d114-023",
        "kind": "unsubscribe",
        "sender": "Carla Wiersma <c.wiersma@bedrijfsvoeringfriesemeren.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Schrap mij van de verzendlijst.
            """
        ),
    },
    {
        "id": "d114-024",
        "kind": "other",
        "sender": "Martin Blythe <m.blythe@werkorganisatie-lekkerland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks, looking forward to it!
            Martin
            """
        ),
    },
    {
        "id": "d114-025",
        "kind": "other",
        "sender": "Yvonne Damen <y.damen@dommelstroom-werkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            👍
            """
        ),
    },
    {
        "id": "d114-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Geert Hoogstraten <g.hoogstraten@werkorganisatie-brabantsewal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja.
            """
        ),
    },
    {
        "id": "d114-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieke Raaijmakers <l.raaijmakers@grpeelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Kom!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d114-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dirk-Jan Evers <dj.evers@ambtelijkvlietland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Helaas
            """
        ),
    },
    {
        "id": "d114-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Pietersen <m.pietersen@werkorganisatie-drechtzijde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Jammer, kan niet.

            Marloes
            """
        ),
    },
    {
        "id": "d114-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Simon Ashworth <s.ashworth@grkustlinie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in.

            Simon
            """
        ),
    },
    {
        "id": "d114-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter Vanhove <p.vanhove@werkorganisatie-scheldeboord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Not this time, sorry. Best, Pieter
            """
        ),
    },
    {
        "id": "d114-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Brinkhuis <a.brinkhuis@samenwerkingzuidwolde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            👍
            """
        ),
    },
    {
        "id": "d114-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Theo van Rijswijk <t.vanrijswijk@bbv-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Nee, dank je.

            met vriendelijke groet,
            T. van Rijswijk
            Directeur Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d114-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Esther Lagerweij <e.lagerweij@werkorganisatie-venendaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wij komen met z'n tweeën hoor.
            """
        ),
    },
    {
        "id": "d114-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen Kwakman <j.kwakman@grwaterlandoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Kan niet. Mijn plv. Hilde Sturm komt, h.sturm@grwaterlandoost.nl
            """
        ),
    },
    {
        "id": "d114-036",
        "kind": "other",
        "sender": "Margriet Doornbos <m.doornbos@werkorganisatie-hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja, als ik om vier uur weg kan?
            """
        ),
    },
    {
        "id": "d114-037",
        "kind": "unsubscribe",
        "sender": "Cees Bakels <c.bakels@gemeenschappelijkeregeling-lekdijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ga met pensioen, graag afmelden voor het netwerk.
            """
        ),
    },
    {
        "id": "d114-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingeborg Vlaming <i.vlaming@werkorganisatie-gaasterhoek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik meld me af voor 11 maart.
            """
        ),
    },
    {
        "id": "d114-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Verhagen <secretariaat@werkorganisatie-linge-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Mevrouw Haverkamp komt. Gr, Lotte (directiesecretariaat)
            """
        ),
    },
    {
        "id": "d114-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sander Oosterwijk <s.oosterwijk@werkorganisatie-middenduin.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op"
            " samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": "",
    },
    {
        "id": "d114-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Paula Reinders <p.reinders@grhollandsekroon.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op"
            " samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Dubbel geboekt, sorry.
            """
        ),
    },
    {
        "id": "d114-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Huisman <g.huisman@ambtelijk-ommeland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            ja hoor, tot de 11e
            """
        ),
    },
    {
        "id": "d114-043",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nienke Hoekstra <n.hoekstra@werkorganisatie-wadkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Yes! 🙌
            """
        ),
    },
    {
        "id": "d114-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Demi Schouten <d.schouten@werkorganisatie-zuiderzand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            😔 kan niet
            """
        ),
    },
    {
        "id": "d114-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harm Jongbloed <h.jongbloed@fusieorganisatie-oldambtkwartier.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Prima, ik kom dan.
            """
        ),
    },
    {
        "id": "d114-046",
        "kind": "other",
        "sender": "Kim Sanders <k.sanders@werkorganisatie-binnenmaas-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d114-047",
        "kind": "other",
        "sender": "Mireille Dekkers <m.dekkers@werkorganisatie-kaagoever.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            De agendabijlage zat er niet bij, kunnen jullie die voor dhr. Buitenhuis nog sturen?
            """
        ),
    },
    {
        "id": "d114-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Eijkelenboom <b.eijkelenboom@werkorganisatie-rijnvallei.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Top, tot dan
            """
        ),
    },
    {
        "id": "d114-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henriëtte Smeets <h.smeets@grlimburgsemaas.nl>",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            helaas, ik kan niet
            """
        ),
    },
    {
        "id": "d114-050",
        "kind": "rsvp",
        "attending": True,
        "sender": "Daniel Forsyth <d.forsyth@werkorganisatie-eemkant.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            See you there then.
            """
        ),
    },
    {
        "id": "d114-051",
        "kind": "other",
        "sender": "Jolanda Peters <j.peters@gr-grensstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja
            """
        ),
    },
    {
        "id": "d114-052",
        "kind": "other",
        "sender": "Menno Kruithof <m.kruithof@werkorganisatie-bollenkust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Schrap mij maar.
            """
        ),
    },
    {
        "id": "d114-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Saskia Wolters <s.wolters@ambtelijkzeeuwsland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Kan toch niet, geef mijn plek maar weg.
            """
        ),
    },
    {
        "id": "d114-054",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ferdi Mol <f.mol@werkorganisatie-kromme-rijn.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            🙌 tot donderdag!
            """
        ),
    },
    {
        "id": "d114-055",
        "kind": "other",
        "sender": "Astrid Bongers <a.bongers@grmergelland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Nee
            """
        ),
    },
    {
        "id": "d114-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Bleeker <w.bleeker@werkorganisatie-duinstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kan niet, collega Arjen Bos gaat in mijn plaats: a.bos@werkorganisatie-duinstreek.nl
            """
        ),
    },
    {
        "id": "d114-057",
        "kind": "unsubscribe",
        "sender": "Elly Rozendaal <e.rozendaal@samenwerking-vijfheerenland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Kan niet en wil ook geen mails meer. Uitschrijven a.u.b.
            """
        ),
    },
    {
        "id": "d114-058",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jurgen Wessels <j.wessels@werkorganisatie-tielerwaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom wel, maar zonder gast.
            """
        ),
    },
    {
        "id": "d114-059",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marijke Goossens <m.goossens@werkorganisatie-bergenveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Lange termijnvisie op onze werkorganisatie
            """
        ),
    },
    {
        "id": "d114-060",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Erik Landman <e.landman@grnoordelijkeheuvels.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Positie van de werkorganisatie in de regio
            """
        ),
    },
    {
        "id": "d114-061",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sophie Verbeek <s.verbeek@werkorganisatie-hollandsmidden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Krapte: hoe vullen wij onze vacatures?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d114-062",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hamid Bouzid <h.bouzid@werkorganisatie-amstelrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Eén digitaal loket voor ondernemers
            """
        ),
    },
    {
        "id": "d114-063",
        "kind": "other",
        "sender": "Irene Molenaar <i.molenaar@grdrentsaa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen thema
            """
        ),
    },
    {
        "id": "d114-064",
        "kind": "other",
        "sender": "Neil Carver <n.carver@werkorganisatie-gooioost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Not this time.
            """
        ),
    },
    {
        "id": "d114-065",
        "kind": "rsvp",
        "attending": True,
        "sender": "Berend Hulshof <b.hulshof@werkorganisatie-sallandkamp.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Ik ben er 11 maart bij.
            """
        ),
    },
    {
        "id": "d114-066",
        "kind": "rsvp",
        "attending": False,
        "sender": "Charlotte Vos <c.vos@grzuidplas-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, 11 maart zit ik in het buitenland.
            """
        ),
    },
    {
        "id": "d114-067",
        "kind": "other",
        "sender": "Leon Dekker <l.dekker@werkorganisatie-kennemerzand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Liever op vrijdagochtend.
            """
        ),
    },
    {
        "id": "d114-068",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Grace Okafor <g.okafor@werkorganisatie-havenstad-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Topic: monitoring service levels for residents.
            """
        ),
    },
    {
        "id": "d114-069",
        "kind": "unsubscribe",
        "sender": "Peter Hazeleger <p.hazeleger@werkorganisatie-betuwebreed.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Haal mij van de mailinglijst a.u.b.
            """
        ),
    },
    {
        "id": "d114-070",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mariska Lammers <m.lammers@grbommelerwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom zeker. Thema: hoe meten we of inwoners tevreden zijn over onze dienstverlening?
            """
        ),
    },
    {
        "id": "d114-071",
        "kind": "other",
        "sender": "Roel Heijnen <r.heijnen@werkorganisatie-peelhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja
            """
        ),
    },
    {
        "id": "d114-072",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Karel Scheepers <k.scheepers@werkorganisatie-ijsseldelta.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Informatiebeveiliging en I&A-sourcing
            """
        ),
    },
    {
        "id": "d114-073",
        "kind": "other",
        "sender": "Nathalie Groen <n.groen@werkorganisatie-zaanoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Nee bedankt
            """
        ),
    },
    {
        "id": "d114-074",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hugo Wesselink <h.wesselink@werkorganisatie-lochemveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoe houden we drie colleges tevreden met één werkorganisatie?
            """
        ),
    },
    {
        "id": "d114-075",
        "kind": "other",
        "sender": "Sietske de Haan <s.dehaan@grsudwestkust.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik ook! Was top.
            """
        ),
    },
    {
        "id": "d114-076",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Vincent Rademaker <v.rademaker@werkorganisatie-heerlenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Volgende keer: sturen met data.
            """
        ),
    },
    {
        "id": "d114-077",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Laurens Kamphuis <l.kamphuis@grgelderseweide.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Rolverdeling tussen eigenaar-gemeenten en directie
            """
        ),
    },
    {
        "id": "d114-078",
        "kind": "unsubscribe",
        "sender": "Tineke Altena <t.altena@werkorganisatie-noordoostpolderland.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Afmelden graag.
            """
        ),
    },
    {
        "id": "d114-079",
        "kind": "other",
        "sender": "Brenda Kuiper <b.kuiper@werkorganisatie-langedijkerveld.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Graag gedaan
            """
        ),
    },
    {
        "id": "d114-080",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ton Verschuren <t.verschuren@grwestbrabantzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog eentje: onze koers richting 2035.
            """
        ),
    },
    {
        "id": "d114-081",
        "kind": "other",
        "sender": "Mariëlle Boom <m.boom@werkorganisatie-alblasserkant.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Klopt niet helemaal: ik bedoelde de colleges, niet de raden.
            """
        ),
    },
    {
        "id": "d114-082",
        "kind": "unsubscribe",
        "sender": "Ewout Zandbergen <e.zandbergen@grduivenwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Stuur mij niets meer.
            """
        ),
    },
    {
        "id": "d114-083",
        "kind": "other",
        "sender": "Chantal Meijerink <c.meijerink@werkorganisatie-twentestad.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            👌
            """
        ),
    },
    {
        "id": "d114-084",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ronald Vink <r.vink@grkrimpenerland.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            En: klachtenafhandeling richting inwoners.
            """
        ),
    },
    {
        "id": "d114-085",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingrid Boomsma <i.boomsma@werkorganisatie-fryslanzuid.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Kan toch niet, haal me van de wachtlijst.
            """
        ),
    },
    {
        "id": "d114-086",
        "kind": "other",
        "sender": "Pim Kerkhof <p.kerkhof@grwestfriesezoom.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Prima
            """
        ),
    },
    {
        "id": "d114-087",
        "kind": "other",
        "sender": "Ellen Baars <e.baars@werkorganisatie-steenwijkland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Jammer!
            """
        ),
    },
    {
        "id": "d114-088",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dorien Hartman <d.hartman@grwestlandkust.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": _(
            """
            Laat maar zitten, dan niet.
            """
        ),
    },
    {
        "id": "d114-089",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joris Feenstra <j.feenstra@werkorganisatie-skarsterfeart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Ja, ik kom heel graag.
            """
        ),
    },
    {
        "id": "d114-090",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mila Jansma <m.jansma@grdollardkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan ook niet.
            """
        ),
    },
    {
        "id": "d114-091",
        "kind": "other",
        "sender": "Stefan Buijs <s.buijs@werkorganisatie-hoekschewaard-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Wie is Dirk Smit?
            """
        ),
    },
    {
        "id": "d114-092",
        "kind": "rsvp",
        "attending": True,
        "sender": "Laura Kempers <l.kempers@werkorganisatie-gorinchemland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ben er zeker bij.
            """
        ),
    },
    {
        "id": "d114-093",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mark Ellis <m.ellis@grvoornepoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            No, sorry.
            """
        ),
    },
    {
        "id": "d114-094",
        "kind": "other",
        "sender": "Frits Bolhuis <f.bolhuis@grhogeland-noord.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima, dank
            """
        ),
    },
    {
        "id": "d114-095",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lisa Schipper <l.schipper@werkorganisatie-vlaardingerwaard.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            18 maart kan ik niet.
            """
        ),
    },
    {
        "id": "d114-096",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rik Timmerman <r.timmerman@werkorganisatie-ridderoord.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nieuwe datum past, ik kom.
            """
        ),
    },
    {
        "id": "d114-097",
        "kind": "other",
        "sender": "Jennifer Walsh <j.walsh@grschiedeldelta.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Sounds good.
            """
        ),
    },
    {
        "id": "d114-098",
        "kind": "other",
        "sender": "Bas Wijers <b.wijers@werkorganisatie-heumenland.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Helaas
            """
        ),
    },
    {
        "id": "d114-099",
        "kind": "other",
        "sender": "Gert-Jan Hulst <gj.hulst@grwoudenland.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima
            """
        ),
    },
    {
        "id": "d114-100",
        "kind": "other",
        "sender": "Wendy Koster <w.koster@werkorganisatie-valkenbosch.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Helaas!
            """
        ),
    },
    {
        "id": "d114-101",
        "kind": "unsubscribe",
        "sender": "Petra Lucassen <p.lucassen@grmaasduinen-noord.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Afmelden
            """
        ),
    },
    {
        "id": "d114-102",
        "kind": "other",
        "sender": "Yusuf Arslan <y.arslan@werkorganisatie-dordtsekil.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            😞
            """
        ),
    },
    {
        "id": "d114-103",
        "kind": "other",
        "sender": "Jos Heerkens <j.heerkens@werkorganisatie-dinkelland-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja
            """
        ),
    },
    {
        "id": "d114-104",
        "kind": "subscribe",
        "sender": "Marjolein Claassen <m.claassen@grmeierijkant.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            lid blijven
            """
        ),
    },
    {
        "id": "d114-105",
        "kind": "unsubscribe",
        "sender": "Nicole Hermans <n.hermans@werkorganisatie-beekdal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Opvolger: Ilse Bakkenes, i.bakkenes@werkorganisatie-beekdal.nl
            """
        ),
    },
    {
        "id": "d114-106",
        "kind": "subscribe",
        "sender": "Kees Smulders <k.smulders@grkempenland-west.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit was niet de bedoeling, ik wil lid blijven.
            """
        ),
    },
    {
        "id": "d114-107",
        "kind": "other",
        "sender": "Floor Wijnands <f.wijnands@werkorganisatie-heuvelland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            👋
            """
        ),
    },
    {
        "id": "d114-108",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Dennis Mulder <d.mulder@grlingemeer.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Verwijder ook al mijn gegevens (AVG).
            """
        ),
    },
    {
        "id": "d114-109",
        "kind": "other",
        "sender": "Paulien Stegeman <p.stegeman@werkorganisatie-vechtdal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb niks gevraagd. Wie heeft dit gedaan?
            """
        ),
    },
    {
        "id": "d114-110",
        "kind": "subscribe",
        "sender": "Marco Roelofs <m.roelofs@werkorganisatie-nijkerkerveld.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": "",
    },
    {
        "id": "d114-111",
        "kind": "unsubscribe",
        "sender": "Diana Groeneveld <d.groeneveld@grhaaglanden-zuid.nl>",
        "quote": "none",
        "subject": "Afmelden",
        "body": "",
    },
    {
        "id": "d114-112",
        "kind": "other",
        "sender": "Lydia Bremer <l.bremer@grgeldersevallei-oost.nl>",
        "quote": "none",
        "subject": "Wie zijn jullie?",
        "body": "",
    },
    {
        "id": "d114-113",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Arie van Dam <a.vandam@werkorganisatie-alblasserwaard.nl>",
        "quote": "none",
        "subject": "Suggestie: samenwerking met de veiligheidsregio",
        "body": "",
    },
    {
        "id": "d114-114",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hester Bouwman <h.bouwman@werkorganisatie-waalkant.nl>",
        "quote": "none",
        "subject": "Ik kom 11 maart",
        "body": "",
    },
    {
        "id": "d114-115",
        "kind": "other",
        "sender": "Secretariaat directie <directiesecretariaat@grhoornseland.nl>",
        "quote": "none",
        "subject": "Dhr. Kuipers komt op 11 maart",
        "body": "",
    },
    {
        "id": "d114-116",
        "kind": "subscribe",
        "sender": "Willemijn Staal <w.staal@werkorganisatie-vechtlanden.nl>",
        "quote": "none",
        "subject": "Graag lid worden van het netwerk",
        "body": "",
    },
    {
        "id": "d114-117",
        "kind": "unsubscribe",
        "sender": "James Whitfield <j.whitfield@grnoordzeekanaal.nl>",
        "quote": "none",
        "subject": "Please unsubscribe me",
        "body": "",
    },
    {
        "id": "d114-118",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Gerard Fokkema <g.fokkema@werkorganisatie-lauwersoog.nl>",
        "quote": "none",
        "subject": "AVG: verwijder al mijn gegevens",
        "body": "",
    },
    {
        "id": "d114-119",
        "kind": "subscribe",
        "sender": "Johan Lubbers <j.lubbers@werkorganisatie-berkelstroom.nl>",
        "quote": "none",
        "subject": "Aanmelding collega",
        "body": _(
            """
            Graag Sanne Dijkhuis aanmelden: s.dijkhuis@werkorganisatie-berkelstroom.nl
            """
        ),
    },
    {
        "id": "d114-120",
        "kind": "other",
        "sender": "Petra Hoving <p.hoving@grkoggenland.nl>",
        "quote": "none",
        "subject": "Vertrokken",
        "body": _(
            """
            Arend Kloos werkt hier niet meer.
            """
        ),
    },
    {
        "id": "d114-121",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mandy Verkerk <m.verkerk@grlopikerwaard.nl>",
        "quote": "none",
        "subject": "Idee voor atelier: ons sturingsconcept na de fusie",
        "body": "",
    },
    {
        "id": "d114-122",
        "kind": "autoreply",
        "sender": "Miriam Tol <m.tol@werkorganisatie-zeevang.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027:"
            " Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben afwezig tot en met 14 maart. Voor dringende zaken: 0299 - 41 22 00.
            """
        ),
    },
    {
        "id": "d114-123",
        "kind": "autoreply",
        "sender": "Postbus <noreply@grlangstraat.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Stuur uw bericht naar info@grlangstraat.nl.
            """
        ),
    },
    {
        "id": "d114-124",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx.werkorganisatie-lingehaven.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx.werkorganisatie-lingehaven.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <h.plas@werkorganisatie-lingehaven.nl>: host mail.werkorganisatie-lingehaven.nl said:
                550 5.1.1 <h.plas@werkorganisatie-lingehaven.nl>: Recipient address rejected: User unknown
            """
        ),
    },
    {
        "id": "d114-125",
        "kind": "autoreply",
        "sender": "Ben Carlisle <b.carlisle@werkorganisatie-kustwaard.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            I'm out of the office until Monday 8 March with limited access to e-mail.
            """
        ),
    },
]
# fmt: on
