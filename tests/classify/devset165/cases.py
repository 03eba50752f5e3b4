"""devset165: answers to the invitation, reminder, change and waiting-list mails that are not plain.

Directors, their assistants and substitutes answer our atelier mails with something other than a bare yes or no: a
maybe, a yes on a condition, a tentative or counter-proposing calendar reply, a correction of the number or the name
of guests, a yes that becomes a no a day later (and the reverse, also on the waiting list), a substitute named or
corrected, one mail that answers for two people, an answer with a topic, a question or a remark about the form beside
it, and look-alikes that answer nothing (a "nee" about a guest only, guest details, a forward by an assistant, an
out-of-office, a read receipt, a bounce).

Conventions this set relies on (from the brief):
- The latest answer counts: "gisteren ja, nu toch niet" is `rsvp` False; "eerder afgezegd, nu toch" is `rsvp` True;
  a change of the number of guests with the writer still coming is `rsvp` True.
- A yes on a condition the secretariat must answer first ("mits ik eerder weg mag, is dat bezwaarlijk?") is `other`;
  a yes with a caveat that is the writer's own ("tenzij het college vergadert", "ik moet om 16.15 weg") is `rsvp`
  True. A real maybe ("waarschijnlijk wel, maar reken nog niet op mij") is `other`, and so is a tentative calendar
  reply or one that proposes a new time; a calendar accept or decline is `rsvp`.
- A decline with a substitute (with or without the substitute's address, or a corrected substitute) is `rsvp` False;
  a named successor with an address who takes over the seat is `unsubscribe`, and a hand-over at a later date with
  "tot die tijd blijf ik lid" is `other`; declining and leaving the network together is `unsubscribe`.
  "Afmelden voor het atelier" or "van de wachtlijst halen" keeps the membership: `rsvp` False.
- An answer with a real question beside it is `other`; a rhetorical question is not. A topic proposed under any of
  these mails is a `suggestion` (themes of the proposal only); backing another member's topic, asking to present and
  a proposal about the form are `other`. Theme words used in passing in an excuse do not make a suggestion.
- A "nee" that only answers the guest question, or guest details alone, say nothing about coming: `other`. An
  assistant answering in reply to our invitation is `rsvp`; an assistant's forward with a line above it is `other`.
- Out-of-office and read receipts are `autoreply`, a delivery failure `bounce`; none carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
CHANGE = "Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- maybes, conditions and caveats ---
    {
        "id": "d165-001",
        "kind": "other",
        "sender": "Hendrika Lamberts <h.lamberts@werkorganisatie-vlietmond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Of ik op 11 maart kan, weet ik pas na het presidium van 24 februari. Daar valt het besluit of de extra
            raadsvergadering over de omgevingsvisie op die donderdag komt. Mag ik u begin maart uitsluitsel geven? Ik
            zou de plek niet graag mislopen.

            Met vriendelijke groet,

            Hendrika Lamberts
            gemeentesecretaris-directeur Werkorganisatie Vlietmond
            """
        ),
    },
    {
        "id": "d165-002",
        "kind": "other",
        "sender": "Bas Terpstra <b.terpstra@gr-wadkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Voorlopig: " + INVITATION,
        "body": _(
            """
            Voorlopig in de agenda gezet. Definitief antwoord volgt als de MT-planning voor maart rond is.
            Bas
            """
        ),
    },
    {
        "id": "d165-003",
        "kind": "other",
        "sender": "Naomi Achterberg <n.achterberg@dewoldenlanden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Tentative: " + INVITATION,
        "body": _(
            """
            Trying to move a board meeting that clashes - I'll let you know either way before the deadline.
            """
        ),
    },
    {
        "id": "d165-004",
        "kind": "other",
        "sender": "Wietske Hoekstra <w.hoekstra@gr-lauwerzoom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Nieuwe tijd voorgesteld: " + INVITATION,
        "body": _(
            """
            Zou het atelier een uur eerder kunnen beginnen, 13.00 uur? Dan haal ik de laatste goede trein naar
            Leeuwarden nog en hoef ik niet halverwege de slotronde weg.
            """
        ),
    },
    {
        "id": "d165-005",
        "kind": "other",
        "sender": "Frank Oudejans <f.oudejans@duopoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITATION,
        "body": _(
            """
            Waarschijnlijk wel, maar reken nog niet op me. Er ligt een aanbesteding die precies die week kan
            ontploffen. Volgende week weet ik meer.

            Frank
            """
        ),
    },
    {
        "id": "d165-006",
        "kind": "other",
        "sender": "E. (Esther) Wolters <e.wolters@samenwerkingsorganisatie-rijnweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik kom graag, mits ik om half vier weg kan. Aansluitend heb ik een AB-vergadering in Zwolle en die kan
            ik niet missen. Is het bezwaarlijk voor de opzet van de middag als ik het tweede deel mis? Zo ja, dan
            geef ik mijn plek liever aan een ander.

            Groet,
            Esther Wolters
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d165-007",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marco Stapel <m.stapel@werkorganisatie-zuidplas-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INVITATION,
        "body": _(
            """
            Ja, ik kom. Wel even ter info: rond 16.15 uur moet ik vertrekken, dus de afsluiting mis ik.

            Marco
            """
        ),
    },
    {
        "id": "d165-008",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelies van Gool <a.vangool@hartlanden-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            U kunt op mij rekenen voor 11 maart. Mocht het college die middag onverwacht een extra vergadering
            inlassen, dan laat ik het u zo snel mogelijk weten, maar daar ga ik vooralsnog niet van uit.

            Hoogachtend,
            A.M. van Gool
            algemeen directeur Hartlanden Samen
            """
        ),
    },
    {
        "id": "d165-009",
        "kind": "other",
        "sender": "Pieter-Jan Roels <pj.roels@kanaalzone-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Ik ben erbij als ik een collega van een Vlaamse intergemeentelijke vereniging als gast mag meenemen. Hij
            is benieuwd hoe wij het hier doen en spreekt gewoon Nederlands, maar hij is uiteraard geen lid. Laat u
            even weten of dat kan? Dan geef ik zijn naam door.

            Pieter-Jan
            """
        ),
    },
    {
        "id": "d165-010",
        "kind": "other",
        "sender": "Yvonne Brinkers <y.brinkers@gr-heidezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "subject": "RE: " + INVITATION,
        "body": _(
            """
            ik probeer erbij te zijn maar kan niks beloven, week van de voorjaarsnota.. zet me maar op een misschien
            lijstje ofzo

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    # --- calendar answers ---
    {
        "id": "d165-011",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Spanjer <j.spanjer@bedrijfsvoering-oostgaarde.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITATION,
        "body": "",
    },
    {
        "id": "d165-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rianne Kloosterboer <r.kloosterboer@werkorganisatie-eemdelta.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + CHANGE,
        "body": _(
            """
            De achttiende past me ook, dus houd me alsjeblieft op de wachtlijst.
            """
        ),
    },
    {
        "id": "d165-013",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gert-Jan Mulderij <gj.mulderij@ambtelijkeorganisatie-veenstreek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afgewezen: " + CHANGE,
        "body": _(
            """
            Op 11 maart had ik er graag bij geweest, maar op de 18e is onze eigen jaarvergadering van de GR. Helaas.
            """
        ),
    },
    # --- a yes that turns into a no, and the reverse ---
    {
        "id": "d165-014",
        "kind": "rsvp",
        "attending": False,
        "sender": "Charlotte Nieuwendijk <c.nieuwendijk@bergenland-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Een paar weken terug heb ik me aangemeld, maar ik moet op die toezegging terugkomen: de gemeenteraad van
            Bergenland heeft juist op 11 maart een extra sessie over de begrotingswijziging gepland en daar word ik
            verwacht. Mijn plaats (en die van mijn gast) kunnen dus naar de wachtlijst.

            Vriendelijke groeten,
            Charlotte Nieuwendijk
            """
        ),
    },
    {
        "id": "d165-015",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thijs Verhaegh <t.verhaegh@maasheuvel-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemorgen,

            Vergeet mijn "ja" van gisteren alstublieft. Vanochtend is er voor de 11e een crisisoverleg over de
            jeugdzorgaanbieder ingepland en dat gaat voor. Jammer, want het thema spreekt me erg aan.

            Thijs Verhaegh
            """
        ),
    },
    {
        "id": "d165-016",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Molenkamp <s.molenkamp@werkorganisatie-lingemaat.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Begin deze maand meldde ik me af omdat ik met vakantie zou zijn. Die reis is naar april verschoven, dus
            ik kan toch! Schrijf me alsnog in, en als het inmiddels vol is zet me dan maar op de wachtlijst.

            Hartelijke groet,
            Saskia
            """
        ),
    },
    {
        "id": "d165-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Duncan Hollander <d.hollander@westkustgemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Yesterday I sent you a no, but the trip to Brussels has been called off - so I can make it after all.
            Please put me back on the list for the 11th.

            Best,
            Duncan Hollander
            Director of Operations
            """
        ),
    },
    {
        "id": "d165-018",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ilse Wanrooij <i.wanrooij@gr-dommeldal.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor het bericht over de wachtlijst. Intussen staat er op 11 maart een bestuurlijk overleg met de
            provincie, dus u kunt mij van de wachtlijst halen. Dan schuift de volgende op. Succes met het atelier!

            Ilse Wanrooij
            """
        ),
    },
    {
        "id": "d165-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koen Eilander <k.eilander@samenwerking-amstelvecht.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mevrouw Huurneman,

            Gisteren mailde ik dat u mij van de wachtlijst kon schrappen. Het overleg dat in de weg zat is echter
            alsnog verzet, dus ik blijf graag op de lijst staan en kom als er een plaats vrijkomt.

            Met vriendelijke groet,
            Koen Eilander
            """
        ),
    },
    # --- guests: number and names ---
    {
        "id": "d165-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mirjam Tazelaar <m.tazelaar@werkorganisatie-kromme-ijssel.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            In de herinnering staat "met 1 gast", maar onze concerncontroller heeft afgehaakt. Ik kom dus in mijn
            eentje; de vrije stoel mag naar iemand anders.

            Groeten, Mirjam
            """
        ),
    },
    {
        "id": "d165-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Laurens Bosma <l.bosma@noorderkwartier-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Correctie op mijn aanmelding van vorige week: wij komen met z'n drieën in plaats van met z'n tweeën. Naast
            mijzelf schuiven twee teamleiders aan, Sanne en Mohamed.

            L. Bosma
            directeur Noorderkwartier Werkt
            """
        ),
    },
    {
        "id": "d165-022",
        "kind": "other",
        "sender": "Janneke Vos <j.vos@gr-rivierenhof.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Een kleine wijziging: de gast die ik meeneem is niet Pieter Hoogland maar Anouk Scholten, onze nieuwe
            strategisch adviseur. Wilt u dat op de deelnemerslijst en de naambadges aanpassen?

            Met dank,
            Janneke Vos
            """
        ),
    },
    {
        "id": "d165-023",
        "kind": "other",
        "sender": "Rob Heemskerk <r.heemskerk@werkorganisatie-bollenkust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: " + REMINDER,
        "body": _(
            """
            Zou er nog ruimte zijn voor een tweede gast? Onze nieuwe concerncontroller wil graag meekijken hoe
            andere werkorganisaties dit aanpakken.

            Rob
            """
        ),
    },
    {
        "id": "d165-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Natasja Zwiers <n.zwiers@twentseberg-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom zeker. Of mijn plaatsvervanger meegaat, is nog de vraag; dat hoort u uiterlijk eind februari.

            Natasja Zwiers
            """
        ),
    },
    # --- substitutes and hand-overs ---
    {
        "id": "d165-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Herman Tiemersma <h.tiemersma@werkorganisatie-heidezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste collega's,

            Die donderdag zit ik bij de rechtbank voor een arbeidszaak, dus zelf moet ik het laten schieten. Mijn
            adjunct-directeur Rutger Kamphuis (r.kamphuis@werkorganisatie-heidezoom.nl) gaat in mijn plaats en neemt
            zijn bevindingen mee terug naar ons MT.

            Herman
            """
        ),
    },
    {
        "id": "d165-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ellen Schuttevaer <e.schuttevaer@dijkenland-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITATION,
        "body": _(
            """
            Excuses voor het heen en weer: in mijn mail van dinsdag gaf ik Karin Oosterbeek op als vervanger, maar zij
            blijkt die dag ook verhinderd. Het wordt Joost Ververs, j.ververs@dijkenland-gr.nl. Zelf kan ik nog
            steeds niet.

            Ellen
            """
        ),
    },
    {
        "id": "d165-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Schraven <w.schraven@peelrand-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Helaas verhinderd. Onze directeur bedrijfsvoering, Sevda Aydin, neemt het van me over; haar mailadres
            stuur ik morgen na, ze heeft nog een tijdelijk account.

            Gr. Wim Schraven
            """
        ),
    },
    {
        "id": "d165-028",
        "kind": "unsubscribe",
        "sender": "Gerard Lindeboom <g.lindeboom@werkorganisatie-zeeuwsdelta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Per 1 maart vertrek ik naar de provincie. Mijn opvolger als algemeen directeur is Marloes Tebbens
            (m.tebbens@werkorganisatie-zeeuwsdelta.nl); zij neemt mijn plek in het netwerk over en gaat ook graag in
            mijn plaats naar het atelier. Dank voor de mooie jaren!

            Gerard Lindeboom
            """
        ),
    },
    {
        "id": "d165-029",
        "kind": "other",
        "sender": "Ada Kerkhoven <a.kerkhoven@gr-oosterschelde-land.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Op 11 maart ben ik er gewoon bij. Wel alvast een aankondiging: per 1 juni ga ik met pensioen en neemt
            Ruben Fokkens het directeurschap over. Tot die tijd blijf ik lid; zijn gegevens krijgt u tegen die tijd.

            Met hartelijke groet,
            Ada Kerkhoven
            """
        ),
    },
    {
        "id": "d165-030",
        "kind": "unsubscribe",
        "sender": "Victor Hazenberg <v.hazenberg@gr-drieburgen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Geacht secretariaat,

            Ik kom niet, en eigenlijk hoef ik ook geen uitnodigingen meer te ontvangen. Na de ontvlechting van onze
            GR per 1 januari ben ik geen directeur van een fusieorganisatie meer. Wilt u mij uit het netwerk halen?

            Met vriendelijke groet,
            V. Hazenberg
            """
        ),
    },
    {
        "id": "d165-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sophie Langerak <s.langerak@werkorganisatie-baarnsteyn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INVITATION,
        "body": _(
            """
            Ik meld me af voor de middag van 11 maart, de jaarrekening heeft die week voorrang. Het netwerk volg ik
            verder met plezier, dus verder niets opzeggen graag.

            Sophie
            """
        ),
    },
    # --- the substitute's own answer ---
    {
        "id": "d165-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tamara de Ridder <t.deridder@werkorganisatie-smitsland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Leuk dat Dirk aan mij dacht, maar op donderdag 11 maart heb ik een hoorzitting van de bezwaarcommissie die
            niet te verschuiven is. Ik bel Dirk zelf nog even om te kijken wie anders kan.

            Tamara de Ridder
            """
        ),
    },
    {
        "id": "d165-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Niels Boerema <n.boerema@werkorganisatie-smitsland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan en Melanie,

            Ik neem Dirks plaats graag in. Eén correctie: ik kom zonder gast, dus die stoel kunt u vrijgeven.

            Groet,
            Niels Boerema
            """
        ),
    },
    {
        "id": "d165-034",
        "kind": "other",
        "sender": "Petra Wassink <p.wassink@werkorganisatie-smitsland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hoi,

            Ik ben geen directeur maar manager dienstverlening. Is dat voor dit atelier een bezwaar? Zo niet, dan kom
            ik graag namens Dirk.

            Petra
            """
        ),
    },
    {
        "id": "d165-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Olaf Bruinsma <o.bruinsma@werkorganisatie-smitsland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Ook ik moet helaas passen voor de elfde. Mijn collega Wendelien Hofstra
            (w.hofstra@werkorganisatie-smitsland.nl) wil wel in Dirks plaats gaan; ik heb het met haar afgestemd.

            Olaf Bruinsma
            """
        ),
    },
    # --- answers for two people ---
    {
        "id": "d165-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie <secretariaat.directie@gr-hoeksewaard-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer Dijkhuis laat ik u weten dat hij op 11 maart aanwezig is, samen met zijn beleidsadviseur
            Fenna Mulder. U mag dus twee personen noteren.

            Met vriendelijke groet,
            Lotte van Eck
            managementassistent directie
            """
        ),
    },
    {
        "id": "d165-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Grevelink <b.grevelink@achterhoekpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITATION,
        "body": _(
            """
            Wij komen met z'n tweeën: ik en onze strategisch adviseur Hatice Yilmaz, die het dossier
            samenwerkingsafspraken trekt. Fijn dat het kan!

            Bart
            """
        ),
    },
    {
        "id": "d165-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Joris Kempeneers <j.kempeneers@brabantsekempenpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mijn mededirecteur Hanneke en ik zitten die middag allebei bij de accountant voor de interim-controle.
            Vanuit Kempenpoort dus deze keer niemand, hoe jammer ook.

            Joris Kempeneers
            """
        ),
    },
    {
        "id": "d165-039",
        "kind": "other",
        "sender": "Marloes Hettema <m.hettema@gr-friese-meren.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Zelf kom ik gewoon. Mijn collega Hugo Bakema, die zich vorige week ook had aangemeld, is gisteren
            geopereerd en kan niet. Kunt u zijn plek vrijgeven voor iemand van de wachtlijst? Hij leest zelf even
            geen mail.

            Marloes
            """
        ),
    },
    {
        "id": "d165-040",
        "kind": "other",
        "sender": "Claudia Reinders <c.reinders@gr-hoeksewaard-zuid.nl>",
        "quote": "doorgestuurd",
        "quoted": "uitnodiging_atelier",
        "subject": "Fwd: " + INVITATION,
        "body": _(
            """
            Hierbij de uitnodiging retour: mevrouw Gerritsen komt graag, met één gast. Ik heb het in haar agenda
            gezet.

            Claudia Reinders, directiesecretaresse
            """
        ),
    },
    # --- answers with a topic ---
    {
        "id": "d165-041",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Evert Nijland <e.nijland@werkorganisatie-ijsselvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik kom graag. En voor een volgend atelier wil ik een onderwerp aandragen: hoe vertaal je bestuurlijke
            prioriteiten van meerdere colleges naar één meerjarige organisatiestrategie, zonder dat het een
            optelsom wordt?

            Groet,
            Evert Nijland
            """
        ),
    },
    {
        "id": "d165-042",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hilde Zandbergen <h.zandbergen@gr-maas-en-waal-west.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helaas lukt het me toch niet om te komen. Wel een onderwerp voor de volgende keer: hoe houd je de
            verhouding met vier gemeenteraden werkbaar als elke raad zijn eigen informatiebehoefte heeft en de
            werkorganisatie daartussen klem komt te zitten?

            Hilde Zandbergen
            """
        ),
    },
    {
        "id": "d165-043",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruud Stoffels <r.stoffels@werkorganisatie-geuldal.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer dat het al vol zit. Mocht ik er niet tussen komen, dan geef ik toch een thema mee: de overstap
            naar één zaaksysteem voor alle deelnemende gemeenten, en wat dat vraagt van onze werkprocessen.

            Ruud
            """
        ),
    },
    {
        "id": "d165-044",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Femke Arendsen <f.arendsen@veluwezoom-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "subject": "Re: " + CHANGE,
        "body": _(
            """
            18 maart gaat ook, ik hoop dat er een plek vrijkomt. Een idee voor later: hoe meet je de tevredenheid van
            inwoners per gemeente nu ze allemaal bij één klantcontactcentrum aankloppen?

            Femke
            """
        ),
    },
    {
        "id": "d165-045",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Anton de Leeuw <a.deleeuw@coastalshared.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Happy to attend on the 11th. Two topics I would like to put forward for a future session:
            - moving the IT estate of three municipalities onto one cloud platform
            - a single digital front door for residents, whichever municipality they live in

            Kind regards,
            Anton de Leeuw
            """
        ),
    },
    {
        "id": "d165-046",
        "kind": "other",
        "sender": "Sjoerd Pietersma <s.pietersma@werkorganisatie-noardeast.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INVITATION,
        "body": _(
            """
            Ja, ik kom. En ik sluit me graag aan bij het onderwerp dat Tjeerd Faber eerder voorstelde over
            gezamenlijke huisvesting; daar lopen wij precies tegenaan.

            Sjoerd
            """
        ),
    },
    {
        "id": "d165-047",
        "kind": "other",
        "sender": "Inge Vermeulen <i.vermeulen@gr-kennemerduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik ben er. Wij hebben net een evaluatie van vijf jaar samenwerking afgerond, met opvallende uitkomsten
            over de couleur locale. Zou ik daar tijdens het atelier een kwartier over mogen vertellen?

            Hartelijke groet,
            Inge Vermeulen
            """
        ),
    },
    {
        "id": "d165-048",
        "kind": "other",
        "sender": "Hans Wiersma <h.wiersma@werkorganisatie-hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kom. Een suggestie voor de vorm: organiseer een keer een ochtendeditie, of een atelier buiten de
            Randstad. Voor ons in het noorden is zo'n middag in Utrecht al snel een hele dag reizen.

            Hans Wiersma
            """
        ),
    },
    {
        "id": "d165-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dorien Claassen <d.claassen@werkorganisatie-betuwestroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik moet helaas verstek laten gaan. De herinrichting van onze organisatiestructuur en de digitalisering
            van het KCC slokken deze weken al mijn tijd op.

            Met vriendelijke groet,
            Dorien Claassen
            """
        ),
    },
    # --- answers with a question or a remark ---
    {
        "id": "d165-050",
        "kind": "other",
        "sender": "Maarten Hooijer <m.hooijer@gr-lekstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, ik kom. Kan ik bij het Stadskantoor parkeren, of kan ik beter de P+R nemen? Ik kom uit de richting
            Gorinchem.

            Maarten
            """
        ),
    },
    {
        "id": "d165-051",
        "kind": "rsvp",
        "attending": True,
        "sender": "Loes Verbrugge <l.verbrugge@werkorganisatie-deltaland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITATION,
        "body": _(
            """
            Natuurlijk kom ik, wie laat zo'n vraag nou lopen? Vier besturen, één organisatie: dat is mijn dagelijks
            werk. Tot de elfde!

            Loes
            """
        ),
    },
    {
        "id": "d165-052",
        "kind": "other",
        "sender": "Rik Jonkman <r.jonkman@gr-alblasserland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Ik kan er helaas niet bij. Wordt het atelier opgenomen, of komt er een verslag? Dan lees of kijk ik het
            achteraf terug.

            Met vriendelijke groet,
            Rik Jonkman
            """
        ),
    },
    {
        "id": "d165-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Greetje Vellinga <g.vellinga@werkorganisatie-waddenkust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik zal er op de 11e niet bij zijn, de griep heeft ons hele MT geveld. Het verslag lees ik later wel op de
            site. Geef mijn plek maar door.

            Greetje
            """
        ),
    },
    {
        "id": "d165-054",
        "kind": "other",
        "sender": "Caroline Dumont <c.dumont@grensregio-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            I'll be there. Will the conversations be in Dutch only? I would like to bring a colleague from a
            Flemish intermunicipal body as my guest, and her Dutch is fine but she'd like to know in advance.

            Caroline
            """
        ),
    },
    {
        "id": "d165-055",
        "kind": "other",
        "sender": "Ruben Kaptein <r.kaptein@werkorganisatie-vechtstreek.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat jammer. Blijft mijn aanmelding staan voor de nieuwe datum, of moet ik me straks opnieuw opgeven?

            Ruben Kaptein
            """
        ),
    },
    # --- look-alikes that answer nothing ---
    {
        "id": "d165-056",
        "kind": "other",
        "sender": "Tessa Brouwer <t.brouwer@gr-zaanwaterland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INVITATION,
        "body": _(
            """
            Nee, geen introducé deze keer.

            Tessa
            """
        ),
    },
    {
        "id": "d165-057",
        "kind": "other",
        "sender": "Stefan Ploeg <s.ploeg@werkorganisatie-aa-en-hunze-west.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Mijn gast is Ruud Brink, beleidsadviseur. Hij eet vegetarisch en glutenvrij.

            S. Ploeg
            """
        ),
    },
    {
        "id": "d165-058",
        "kind": "other",
        "sender": "Karin Smeulders <k.smeulders@gr-peelenmaas-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja graag, maar kunt u de agenda-bijlage nog eens sturen? Die kwam bij mij niet mee, en zonder staat het
            nergens in mijn agenda.

            Karin
            """
        ),
    },
    {
        "id": "d165-059",
        "kind": "autoreply",
        "sender": "Frits van Heumen <f.vanheumen@werkorganisatie-rijkvanmaas.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben afwezig tot en met 14 februari en lees mijn mail niet. Voor dringende zaken kunt u terecht bij
            het directiesecretariaat, telefoon 0485 - 71 40 00.
            """
        ),
    },
    {
        "id": "d165-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.gr-lindevallei.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.gr-lindevallei.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <a.terhorst@gr-lindevallei.nl>: host mx2.gr-lindevallei.nl[10.4.2.17] said: 550 5.1.1
                mailbox unavailable (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
