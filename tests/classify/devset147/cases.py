"""devset147: very short replies (one to ten words, from phones and in a hurry) under every one of our mails.

The writers are directors, their assistants and a few substitutes who answer on the run: from the train, between two
meetings, with a phone signature under one word. The same few words come back under different mails and mean
different things there: "klopt" confirms an address under the confirmation mail but only acknowledges our
thank-you; "nee hoor" withdraws a sign-up, says "yes I am coming" under the reminder ("kunt u toch niet?") and only
waves off a guest under the invitation; "helaas" declines the invitation but only regrets the waiting list or the
cancellation; "liever niet" withdraws a sign-up, declines a substitute's seat or merely grumbles about a topic;
"weg" can mean "away that day"; "komt goed" confirms a sign-up but under the invitation only promises an answer
later. A person must read what the short word answers in the mail it stands under.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; any reply under our confirmation mails that does not deny or withdraw the
  sign-up (an empty one, a signature alone, "komt goed") is `confirm`; a colleague confirming for someone else, an
  address change or a confirmation with a real question beside it is `other`.
- A plain denial or withdrawal under the confirmation mails ("nee hoor, nooit aangemeld", "liever niet") is
  `unsubscribe`.
- Under the invitation a "nee" that only answers the guest question is `other`; a maybe, a yes on a condition and a
  promise to answer later are `other`; a decline that keeps the membership is `rsvp` False; declining and leaving
  the network together is `unsubscribe`; an assistant answering in reply is `rsvp`; a forward by an assistant with
  a line above it is the assistant's new mail (`other`).
- Under the reminder a reply that says the writer still comes (also "nee hoor" to "kunt u toch niet?") is `rsvp`
  True; a changed number of guests with the writer still coming is `rsvp` True.
- Under the call for themes, the follow-up and the thank-you a topic is a `suggestion` (themes of what is proposed),
  a reply that only says whether one comes is `rsvp`, a wish about the form (time of day) or an opinion about
  someone else's topic without a proposal is `other`; a topic proposed under the welcome or the invitation is a
  `suggestion`, also when the writer says yes beside it.
- Under our goodbye "lid blijven" is `subscribe`, an acknowledgement is `other`, a successor with an address is
  `unsubscribe`.
- Calendar accept/decline is `rsvp`; out-of-office and "address no longer read" are `autoreply` (thread of our mail),
  a delivery failure is `bounce` (no thread); none carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- confirmation mails -------------------------------------------------------------------------------
    {
        "id": "d147-001",
        "kind": "confirm",
        "sender": "Harm Nijkamp <h.nijkamp@werkorganisatie-lingezoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ja

            Harm
            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d147-002",
        "kind": "confirm",
        "sender": "Yvonne Scheepbouwer <y.scheepbouwer@dienstverband-maasoever.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            klopt 👍 gr yvonne
            """
        ),
    },
    {
        # hard: a signature alone, nothing typed
        "id": "d147-003",
        "kind": "confirm",
        "sender": "W.F. Terpstra <wf.terpstra@ambtelijkedienst-zeeweide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            --
            Drs. W.F. (Wim) Terpstra
            algemeen directeur | Ambtelijke Dienst Zeeweide
            T 0223 - 41 77 08
            """
        ),
    },
    {
        # hard: "nee hoor" under the confirmation = a denial that asks who did it
        "id": "d147-004",
        "kind": "unsubscribe",
        "sender": "Ferdi Oudshoorn <f.oudshoorn@gr-heuvelrandoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            nee hoor. nooit aangemeld, wie doet zoiets?
            """
        ),
    },
    {
        # hard: "nee" but it is an address change
        "id": "d147-005",
        "kind": "other",
        "sender": "Marloes Kuiphof <m.kuiphof@vechtstreekwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, niet dit adres: graag mkuiphof@vechtstreekwerkt.nl
            """
        ),
    },
    {
        # hard: "liever niet" under "Wilt u lid worden?" withdraws the sign-up
        "id": "d147-006",
        "kind": "unsubscribe",
        "sender": "Anja Bruggink <a.bruggink@samenwerkingtwentezuid.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Liever niet, dank u. Anja
            """
        ),
    },
    {
        # hard: an assistant confirms for her director from her own address
        "id": "d147-007",
        "kind": "other",
        "sender": "Els Timmerije <secretariaat@werkorganisatie-bredevoort.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Namens Ruud akkoord. Gr, Els (secr.)
            """
        ),
    },
    {
        # hard: "komt goed" under the confirmation is a confirmation
        "id": "d147-008",
        "kind": "confirm",
        "sender": "Gerrit-Jan Kolkman <gj.kolkman@berkelgroep.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Komt goed.
            GJK
            """
        ),
    },
    {
        # hard: ok, but with a real question beside it
        "id": "d147-009",
        "kind": "other",
        "sender": "Samira El Idrissi <s.elidrissi@dekempenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ok. Zit er een contributie aan vast?
            """
        ),
    },
    {
        "id": "d147-010",
        "kind": "unsubscribe",
        "sender": "Pieter Doornbosch <p.doornbosch@grensland-ambtelijk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Stop. Ik heb hier niet om gevraagd.
            """
        ),
    },
    # --- welcome -----------------------------------------------------------------------------------------
    {
        "id": "d147-011",
        "kind": "other",
        "sender": "Lotte Vermaning <l.vermaning@dijklandwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Top, dank je! Lotte

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d147-012",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bas Hoogendijk <b.hoogendijk@werkorganisatie-alblasmond.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Idee: grip op de meerjarenbegroting werkorganisatie.
            """
        ),
    },
    {
        # hard: "later" - a promise, nothing to do now (and not an autoreply)
        "id": "d147-013",
        "kind": "other",
        "sender": "Thijs Mulderije <t.mulderije@ambtelijkfusie-noordkust.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            later meer, zit in de trein
            """
        ),
    },
    # --- invitation --------------------------------------------------------------------------------------
    {
        "id": "d147-014",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne Wildschut <s.wildschut@zaanwaterwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Graag! Groet, Sanne
            """
        ),
    },
    {
        "id": "d147-015",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Bekkering <h.bekkering@oldambtwolde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, raadsvergadering die middag.
            """
        ),
    },
    {
        # hard: "weg" = away that day
        "id": "d147-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ilse Hamstra <i.hamstra@dewoldenhoorn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            ben dan weg, skiën ⛷
            """
        ),
    },
    {
        # hard: maybe
        "id": "d147-017",
        "kind": "other",
        "sender": "Ruben Kalsbeek <r.kalsbeek@gr-lauwersland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Misschien, hoor ik na ons MT van dinsdag.
            """
        ),
    },
    {
        # hard: "komt goed" under the invitation only promises an answer
        "id": "d147-018",
        "kind": "other",
        "sender": "Marjan Eefting <m.eefting@sallandsegrens.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Komt goed, je hoort het vóór de 2e van me.
            """
        ),
    },
    {
        # hard: "nee hoor" answers only the guest question
        "id": "d147-019",
        "kind": "other",
        "sender": "Dick Roozendaal <d.roozendaal@veenkoloniewerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            nee hoor, geen introducé
            """
        ),
    },
    {
        "id": "d147-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie <directiesecretariaat@gemeentenaanderijn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Dhr. Van Gurp komt. Gr. secretariaat
            """
        ),
    },
    {
        # hard: a yes with a topic beside it
        "id": "d147-021",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Kees Hartgers <k.hartgers@werkorganisatie-westfries-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja. Voor een keer: onze positie in de regio.
            """
        ),
    },
    {
        # hard: "afmelden" for the atelier only
        "id": "d147-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nicole Baijens <n.baijens@heuvellandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            afmelden voor 11/3 svp, lid blijf ik
            """
        ),
    },
    {
        # hard: declining and leaving the network at once
        "id": "d147-023",
        "kind": "unsubscribe",
        "sender": "Arend Veltkamp <a.veltkamp@ijsselvallei-ambtelijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee. Haal me ook maar uit het netwerk.
            """
        ),
    },
    {
        "id": "d147-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Stapersma <j.stapersma@frieswoudwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes – count me in. J.
            """
        ),
    },
    {
        # hard: a yes on a condition
        "id": "d147-025",
        "kind": "other",
        "sender": "Femke Lodewijks <f.lodewijks@peelrandsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            ja als online kan?
            """
        ),
    },
    {
        # hard: nothing typed under the invitation says nothing
        "id": "d147-026",
        "kind": "other",
        "sender": "Onno Brinkhorst <o.brinkhorst@kromme-aa-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        # hard: "zie hieronder" with the answer inline
        "id": "d147-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Weening <c.weening@werkorganisatie-hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            zie hieronder

            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
            ja
            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.
            nee, solo
            """
        ),
    },
    {
        "id": "d147-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marco Tiemersma <m.tiemersma@noorderzijlgroep.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            👍 ben erbij hoor
            """
        ),
    },
    {
        "id": "d147-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joke Hazeleger <j.hazeleger@rijnvalleiwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITE,
        "body": "",
    },
    {
        # hard: an assistant's forward with a line above it is her own new mail
        "id": "d147-030",
        "kind": "other",
        "sender": "Ineke Bosveld <i.bosveld@duinstreekgemeenten.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Zie hieronder: mw. Aksoy komt graag. Gr Ineke
            """
        ),
    },
    # --- reminder ----------------------------------------------------------------------------------------
    {
        "id": "d147-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Klein Gunnewiek <w.kleingunnewiek@achterhoekoost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas - griep. Geef mijn plek maar weg.
            """
        ),
    },
    {
        # hard: "nee hoor" to "kunt u toch niet?" = coming
        "id": "d147-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Astrid Meulenbelt <a.meulenbelt@grevelingenwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee hoor, ik ben er gewoon 🙂
            """
        ),
    },
    {
        # hard: "top" under the reminder reaffirms attendance
        "id": "d147-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Erik Tolhuis <e.tolhuis@werkorganisatie-eemsmond.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Top, dan zie ik jullie donderdag!
            """
        ),
    },
    {
        # hard: the guest drops out, the writer still comes
        "id": "d147-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerda Posthumus <g.posthumus@lindeborgh.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Gast vervalt, ik kom alleen.
            """
        ),
    },
    # --- RSVP acknowledgement (waiting list) -------------------------------------------------------------
    {
        # hard: "helaas" under the waiting list only regrets
        "id": "d147-035",
        "kind": "other",
        "sender": "Michiel Brandsma <m.brandsma@gaasterlanden.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Helaas. Ik hoor het wel.
            """
        ),
    },
    {
        "id": "d147-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Knoppers <p.knoppers@zuidplasrand.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Laat maar, haal me van de wachtlijst.
            """
        ),
    },
    # --- substitute's invitation -------------------------------------------------------------------------
    {
        "id": "d147-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Laura Sijbesma <l.sijbesma@bedrijfsvoering-drechtoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima, neem het van Dirk over.
            """
        ),
    },
    {
        # hard: "liever niet" from the substitute = declining the seat
        "id": "d147-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tom Zwiers <t.zwiers@bedrijfsvoering-drechtoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            liever niet, ken dat netwerk niet eens
            """
        ),
    },
    # --- change ------------------------------------------------------------------------------------------
    {
        "id": "d147-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yusuf Demirci <y.demirci@holland-rijnland-oost.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            18 maart lukt niet, jammer.
            """
        ),
    },
    {
        # hard: short "kan ook" = still available on the new date
        "id": "d147-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ans Wolthuis <a.wolthuis@rouveenwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            de 18e kan ik ook, hou me erop
            """
        ),
    },
    # --- cancellation ------------------------------------------------------------------------------------
    {
        "id": "d147-041",
        "kind": "other",
        "sender": "Rik Haverkort <r.haverkort@twentseknoop.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas! Al zicht op een nieuwe datum?
            """
        ),
    },
    {
        # hard: "ok" under the cancellation is an acknowledgement
        "id": "d147-042",
        "kind": "other",
        "sender": "Brigitte Soeteman <b.soeteman@amstelvenen-ambtelijk.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            ok, staat uit m'n agenda
            """
        ),
    },
    # --- call for themes ---------------------------------------------------------------------------------
    {
        "id": "d147-043",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Frank Oosterveen <f.oosterveen@werkorganisatie-kanaalzone.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Krapte ambtelijke arbeidsmarkt. Frank
            """
        ),
    },
    {
        "id": "d147-044",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hester Lamberink <h.lamberink@bommelerwaardsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            één loket voor inwoners van vier gemeenten
            """
        ),
    },
    {
        # hard: "later" - nothing proposed yet
        "id": "d147-045",
        "kind": "other",
        "sender": "Niels Eggink <n.eggink@graafschapwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Volgt later deze week!
            """
        ),
    },
    {
        # hard: no topic, only that the writer comes
        "id": "d147-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Corine van Tilburg <c.vantilburg@langstraatwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen thema, wel van de partij op 11 maart.
            """
        ),
    },
    {
        # hard: "liever niet" about a topic, no proposal of one's own
        "id": "d147-047",
        "kind": "other",
        "sender": "Sjoerd Hettinga <s.hettinga@waddenkustgroep.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            liever niet wéér digitalisering hè
            """
        ),
    },
    {
        # hard: "zie hieronder" with the topic inline under the theme line
        "id": "d147-048",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Monique Dekkers <m.dekkers@werkorganisatie-merwestroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Zie hieronder.

            > - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
            Visie na de fusie: wat nu?
            """
        ),
    },
    {
        "id": "d147-049",
        "kind": "unsubscribe",
        "sender": "Gijs Overbeek <g.overbeek@vijfheerenlanden-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            STOP, mij weg van die lijst
            """
        ),
    },
    {
        "id": "d147-050",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Ellen Rietveld <e.rietveld@krimpenerlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            - GR-afspraken herijken met deelnemers
            - prestaties dienstverlening meten
            """
        ),
    },
    # --- follow-up ---------------------------------------------------------------------------------------
    {
        "id": "d147-051",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bart Jongsma <b.jongsma@smallingerwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Volgende keer: wachttijden vergunningen omlaag
            """
        ),
    },
    {
        # hard: a wish about the form, not a topic
        "id": "d147-052",
        "kind": "other",
        "sender": "Dorien Vlietstra <d.vlietstra@ambtelijkverband-waterland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Top middag. Volgende keer liever 's ochtends?
            """
        ),
    },
    {
        # hard: under the follow-up, only whether the writer comes
        "id": "d147-053",
        "kind": "rsvp",
        "attending": True,
        "sender": "Henk-Jan Spijkerman <hj.spijkerman@oostgelreambtelijk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            volgende keer ben ik er zeker weer bij
            """
        ),
    },
    # --- thank-you for a suggestion ----------------------------------------------------------------------
    {
        # hard: "klopt" here only acknowledges
        "id": "d147-054",
        "kind": "other",
        "sender": "Renate Bouwhuis <r.bouwhuis@werkorganisatie-lingezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt helemaal, dank!
            """
        ),
    },
    {
        "id": "d147-055",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jasper Wigman <j.wigman@berkelgroep.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Nog eentje: AI in de backoffice
            """
        ),
    },
    # --- goodbye -----------------------------------------------------------------------------------------
    {
        "id": "d147-056",
        "kind": "subscribe",
        "sender": "Mirjam Stegeman <m.stegeman@dekempenwerkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Foutje van mij! Graag lid blijven.
            """
        ),
    },
    {
        # hard: "prima" under the goodbye only acknowledges
        "id": "d147-057",
        "kind": "other",
        "sender": "Alwin Reinders <a.reinders@veenkoloniewerkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima zo, bedankt voor alles.
            """
        ),
    },
    {
        # hard: a successor with an address in six words
        "id": "d147-058",
        "kind": "unsubscribe",
        "sender": "Truus Hofstede <t.hofstede@grensland-ambtelijk.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Opvolger: Kees Brand, k.brand@grensland-ambtelijk.nl
            """
        ),
    },
    # --- automatic mail ----------------------------------------------------------------------------------
    {
        "id": "d147-059",
        "kind": "autoreply",
        "sender": "Paul Rademaker <p.rademaker@holland-rijnland-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITE,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Afwezig t/m 14 maart. Spoed: 0172 - 46 90 12.
            """
        ),
    },
    {
        # hard: a short "no longer read" notice without headers
        "id": "d147-060",
        "kind": "autoreply",
        "sender": "Info Ambtelijke Dienst Linge <info@ambtelijkedienstlinge.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + CALL,
        "body": _(
            """
            Dit adres wordt niet meer gelezen. Mail info@lingewerkt.nl.
            """
        ),
    },
    {
        "id": "d147-061",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.vechtstreekwerkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            <r.vanderplas@vechtstreekwerkt.nl>: 550 5.1.1 user unknown
            """
        ),
    },
]
# fmt: on
