"""devset119: answers under the invitation and the reminder that carry more than one thing.

Directors, their assistants, substitutes and colleagues answer the invitation, the reminder, the change, the
cancellation, the waiting-list mail and the call for themes. Most answers are a yes or a no with something beside
it: guests by name, part of the afternoon, another date, a dietary wish, a parking question, a topic for next time,
leaving the network or an AVG erasure, a change of an earlier answer. Some are calendar answers typed by hand, some
are English, some are one word ("top", "check", "helaas"), some are plain RSVPs in unusual words, and a few are
maybes dressed as a yes.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. A yes or no with a real question or request beside it, a yes on a condition
  the secretariat must answer, a maybe, and an assistant's new mail about a director's attendance are `other`;
  information beside a clear yes or no (a diet, leaving early, parking arranged oneself) keeps it an `rsvp`.
- A decline with a substitute, or a decline that keeps the membership, is `rsvp` False; a decline that also leaves
  the network is `unsubscribe`, with `erase` True when all data must go; a request to see one's data is `other`.
- A successor taking over the seat (with or without address) is `unsubscribe`; a later hand-over with "tot die tijd
  blijf ik lid" is `other`; a colleague reporting about another member is `other`.
- An assistant answering in reply to our invitation is an `rsvp`; a later mail carries the latest answer.
- Under the call for themes, the follow-up and the thank-you, a proposed topic is a `suggestion` (also with an
  attendance answer beside it), an answer that only says whether the writer comes is an `rsvp`, and a proposal about
  the form of the ateliers is `other`. A decline with a topic under the invitation is labelled `suggestion` too.
- Any reply to the confirmation mail confirms; "lid blijven" under our goodbye is `subscribe`.
- Calendar accept/decline answers are `rsvp`; an out-of-office is `autoreply`, a delivery failure `bounce`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d119-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joris Brandsma <j.brandsma@kempenrand-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Op 11 maart ben ik er, en ik neem onze kersverse directeur sociaal domein mee: Fatima el Khatib. Wij
            komen dus met z'n tweeën vanuit Werkorganisatie Kempenrand.

            Hartelijke groet,
            Joris Brandsma
            Algemeen directeur | Werkorganisatie Kempenrand
            """
        ),
    },
    {
        "id": "d119-002",
        "kind": "other",
        "sender": "Hester Oudejans <h.oudejans@werkorganisatie-lekdijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ja, ik kom graag!

            Vraagje vooraf: worden de sheets van de inleiders achteraf rondgestuurd? Dan laat ik mijn
            aantekenboekje thuis en deel ik ze direct met mijn MT.

            gr Hester
            """
        ),
    },
    {
        "id": "d119-003",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anne-Fleur Jonkman <af.jonkman@dewaardwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            Donderdagmiddag 11 maart zit ik in een bestuurlijk overleg over de voorjaarsnota dat niet te verzetten
            valt. In mijn plaats komt onze directeur bedrijfsvoering, Ruud Kwakman (r.kwakman@dewaardwerkt.nl). Hij
            is op de hoogte.

            Met vriendelijke groet,
            Anne-Fleur Jonkman
            Directeur De Waard Werkt
            """
        ),
    },
    {
        "id": "d119-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter Stoutjesdijk <p.stoutjesdijk@grvlietland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ik ben erbij, al moet ik rond kwart over vier weer richting Oosterzande voor de raadsvergadering. Het
            eerste deel pak ik dus volledig mee, de afsluiting helaas niet.

            Groet, Pieter

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d119-005",
        "kind": "other",
        "sender": "Gerdien Kalsbeek <g.kalsbeek@samenwerkingsorganisatie-ijsselvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Melanie,

            Tot drie uur heb ik een AB-vergadering in Deventer. Is het een probleem als ik pas rond half vier
            binnenkom? Als het voor de groepsindeling storend is, sla ik deze keer liever over. Laat je het even
            weten?

            Gerdien
            """
        ),
    },
    {
        "id": "d119-006",
        "kind": "unsubscribe",
        "sender": "Wendela Hoogkamp <w.hoogkamp@gr-waterlinie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Per 1 maart vertrek ik bij de GR Waterlinie naar een functie bij het Rijk. Op 11 maart ben ik er dus niet
            bij, en het lijkt me zuiver als jullie mij meteen uit het netwerk halen. Wie mij opvolgt is nog niet
            bekend; dat moet de nieuwe directeur zelf maar melden.

            Veel succes met het atelier, het was altijd de moeite waard.
            Wendela Hoogkamp
            """
        ),
    },
    {
        "id": "d119-007",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "M. Olthof <m.olthof@tweestromenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Ik zal niet aanwezig zijn. Sterker nog: ik wens geen berichten van dit netwerk meer te ontvangen en
            verzoek u op grond van artikel 17 AVG al mijn persoonsgegevens te wissen, inclusief mijn naam op de
            presentielijsten van eerdere ateliers. Een korte bevestiging stel ik op prijs.

            M. Olthof
            """
        ),
    },
    {
        "id": "d119-008",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karel Doornbos <k.doornbos@heuvelzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ja, ik kom.
            Ter info voor de catering: ik eet geen vlees en geen vis.

            Met vriendelijke groet,

            Karel Doornbos
            gemeentesecretaris-directeur Werkorganisatie Heuvelzoom
            """
        ),
    },
    {
        "id": "d119-009",
        "kind": "other",
        "sender": "Yvonne Bakkenes <y.bakkenes@deltawerk-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Graag aanwezig, alleen heb ik een flinke notenallergie. Kunt u bij de cateraar navragen of de
            hapjes bij de borrel notenvrij zijn, of ik beter zelf iets mee kan nemen?

            Hartelijke groet,
            Yvonne Bakkenes
            """
        ),
    },
    {
        "id": "d119-010",
        "kind": "other",
        "sender": "Co Verhulst <c.verhulst@zeeuwsekustwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Ik rij vanuit Zeeland en het openbaar vervoer is voor mij geen optie die dag. Is er bij het Stadskantoor
            plek om te parkeren, of kan ik beter naar een P+R aan de rand van Utrecht? Aanmelden doe ik in elk geval
            graag: ja, ik kom.

            Co Verhulst
            """
        ),
    },
    {
        "id": "d119-011",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Hageman <bram.hageman@werkorganisatie-langstraat.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Stan, Melanie, ik kom.
            Ik neem de auto en zet hem in de garage onder Hoog Catharijne, dus daar hoeven jullie niets voor te
            regelen.
            Bram
            """
        ),
    },
    {
        "id": "d119-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sandra Willemse <s.willemse@polderstadsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Van Bemmel laat ik u weten dat hij graag aanwezig is bij het atelier op 11 maart. De
            afspraak staat inmiddels in zijn agenda.

            Met vriendelijke groet,
            Sandra Willemse
            Directiesecretaresse | Polderstad Samen
            """
        ),
    },
    {
        "id": "d119-013",
        "kind": "rsvp",
        "attending": False,
        "sender": "Linda Bosman <l.bosman@noorderdijk-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Terpstra is op 11 maart helaas verhinderd in verband met een werkbezoek van Gedeputeerde
            Staten. Zij vroeg mij u dit te laten weten en wenst u een goede bijeenkomst.

            Met vriendelijke groet,
            Linda Bosman | Bestuurssecretariaat GR Noorderdijk
            """
        ),
    },
    {
        "id": "d119-014",
        "kind": "other",
        "sender": "Ilse Verbeek <i.verbeek@hollandspolderland.nl>",
        "quote": "none",
        "subject": "Aanmelding directeur voor atelier maart",
        "body": _(
            """
            Goedemiddag,

            Graag meld ik mijn directeur, de heer R. Pijnacker, aan voor het Leer- en inspireer-atelier van
            11 maart in Utrecht. Hij heeft de uitnodiging volgens mij niet zelf ontvangen. Kunt u de aanmelding
            bevestigen aan hem en mij?

            Met vriendelijke groet,
            Ilse Verbeek
            managementassistent Werkorganisatie Hollands Polderland
            """
        ),
    },
    {
        "id": "d119-015",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rutger Veenstra <r.veenstra@friesmerensamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INV,
        "body": _(
            """
            Geaccepteerd - staat in mijn agenda.
            RV
            """
        ),
    },
    {
        "id": "d119-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Wielinga <b.wielinga@grensstreekwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "subject": "Afgewezen: " + INV,
        "body": _(
            """
            Afgewezen. Zit die week met het gezin in Oostenrijk op de latten. Volgende keer beter!
            Bas
            """
        ),
    },
    {
        "id": "d119-017",
        "kind": "other",
        "sender": "Marloes Timmerman <m.timmerman@vechtenplassen-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Voorlopig: " + INV,
        "body": _(
            """
            Voorlopig geaccepteerd. Of ik echt kan weet ik pas eind februari, als duidelijk is of de
            raadsvergadering van 11 maart verschuift.
            """
        ),
    },
    {
        "id": "d119-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Arjen Spoelstra <a.spoelstra@werkorganisatie-bollenkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Hallo beiden,

            Vorige week heb ik afgezegd, maar de aanbesteding die me in de weg zat is een week opgeschoven. Ik kom
            dus toch! Mijn eerdere nee mag in de prullenbak.

            Groeten,
            Arjen
            """
        ),
    },
    {
        "id": "d119-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hanneke Drost <h.drost@achterhoekse-poort.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Haal me maar van de wachtlijst: ik heb die middag intussen volgeboekt met sollicitatiegesprekken voor
            onze nieuwe concerncontroller. Geef de plek gerust aan een ander.

            Groet,
            Hanneke Drost
            """
        ),
    },
    {
        "id": "d119-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Theo Lammers <t.lammers@maasenwaalsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: " + REM,
        "body": _(
            """
            Helaas, ik lig met griep op de bank en dat wordt donderdag niks. Mijn gast (onze controller) komt dan
            ook niet. Geef onze plekken maar aan de wachtlijst.

            Theo

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d119-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia Boukhari <n.boukhari@rivierenlandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de uitnodiging. Ik neem de plaats van Hans graag in. Een gast neem ik niet mee, ik kom alleen.

            Met vriendelijke groet,
            Nadia Boukhari
            Directeur Bedrijfsvoering Rivierenland Werkt
            """
        ),
    },
    {
        "id": "d119-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Evert Schoonderwoerd <e.schoonderwoerd@krimpenerhoek-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Sorry, ook ik kan die dag niet - ik zit dan bij de accountant voor de jaarrekening. Ik heb mijn
            directeur al gezegd dat hij iemand anders moet vragen, of dat de plek vervalt.

            Evert
            """
        ),
    },
    {
        "id": "d119-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tom Whitfield <t.whitfield@westbroekstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            I'd be delighted to join on 11 March. My Dutch is still a work in progress, but I'll manage - and
            I'm sure colleagues will forgive me the odd English sentence.

            Kind regards,
            Tom Whitfield
            Director of Operations, Westbroekstreek shared services
            """
        ),
    },
    {
        "id": "d119-024",
        "kind": "other",
        "sender": "Sophie Marchand <s.marchand@noordkaapsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Thanks for the invitation. Will the Teams link be live for the whole afternoon, including the break-out
            rounds? Travelling down from Groningen is a full day for me, so I'd rather join online if that works
            properly.

            Best,
            Sophie
            """
        ),
    },
    {
        "id": "d119-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim Koopmans <w.koopmans@lingehoven.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: " + REM,
        "body": _(
            """
            top

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d119-026",
        "kind": "confirm",
        "sender": "Rob Lindeboom <r.lindeboom@duinenveenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            check ✓ - Rob
            """
        ),
    },
    {
        "id": "d119-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ellen Fokkema <e.fokkema@waddenkustsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas!

            E. Fokkema
            Verzonden vanaf Outlook voor Android
            """
        ),
    },
    {
        "id": "d119-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Oosterhof <g.oosterhof@kromme-rijnstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Reken op mij. Ik heb de hele middag al vrijgeblokt toen het thema bekend werd.
            Gijs
            """
        ),
    },
    {
        "id": "d119-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ria van Loon <r.vanloon@werkorganisatie-eemvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik schuif aan op de 11e. Mooi onderwerp, precies waar wij met drie gemeenten mee worstelen.

            Ria van Loon
            """
        ),
    },
    {
        "id": "d119-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Hesselink <f.hesselink@twentseveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Deze keer moet ik passen; 11 maart valt middenin onze reorganisatieweek. Ik kijk uit naar het verslag.

            Vriendelijke groet,
            Frank Hesselink
            """
        ),
    },
    {
        "id": "d119-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liesbeth Kroon <l.kroon@zaanoeverwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Melanie,
            Ik laat deze keer verstek gaan: de week van 8 maart zit ik op een leiderschapsprogramma in Nyenrode.
            Groet, Liesbeth
            """
        ),
    },
    {
        "id": "d119-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harm Jan Wubbels <hj.wubbels@grensland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Deze laat ik aan me voorbijgaan. Op 11 maart behandelen twee van onze raden de kadernota en dan wil ik
            in huis zijn.

            HJ
            """
        ),
    },
    {
        "id": "d119-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Lubbers <s.lubbers@bergenmaaswerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Ik ben van de partij, en mijn plaatsvervanger Koen Aerts gaat mee. Zet ons dus maar op twee.

            Groet,
            Saskia Lubbers
            Algemeen directeur Berg en Maas Werkt

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder dit
            bericht dan en stel de afzender op de hoogte.
            """
        ),
    },
    {
        "id": "d119-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Claire Dubois-Visser <c.duboisvisser@heerenveenstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Hi Stan,

            I'm afraid I'll have to sit this one out - I'm at a VNG working group in The Hague all that day.
            Hope to catch the next one.

            Claire
            """
        ),
    },
    {
        "id": "d119-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dennis Vrolijk <d.vrolijk@alblasserwaardsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Zeker weten! Na de vorige keer in Zwolle ga ik deze niet missen.

            Dennis
            """
        ),
    },
    {
        "id": "d119-036",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Rozendaal <jw.rozendaal@overbetuwesamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 11 maart ben ik er niet meer bij: per 1 maart ga ik met pensioen. Mijn opvolger, Gert Nijhuis,
            neemt mijn plek in het netwerk over (g.nijhuis@overbetuwesamen.nl). Misschien is het atelier meteen
            een mooie eerste kennismaking voor hem.

            Dank voor de fijne jaren,
            Jan-Willem Rozendaal
            """
        ),
    },
    {
        "id": "d119-037",
        "kind": "other",
        "sender": "Marga Tiemens <m.tiemens@hunzeland-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Op 11 maart kom ik graag, het is waarschijnlijk mijn laatste atelier. Per 1 juli ga ik met pensioen; tot
            die tijd blijf ik gewoon lid. Mijn opvolger wordt vermoedelijk Erik Nanninga, onze huidige directeur
            ruimte, maar dat wordt pas in mei formeel.

            Hartelijke groet,
            Marga Tiemens
            """
        ),
    },
    {
        "id": "d119-038",
        "kind": "other",
        "sender": "Peter Ruijs <p.ruijs@kaagenbraassem-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Deze uitnodiging is via een doorstuurregel bij mij beland. Mevrouw Kramer, aan wie hij gericht was,
            werkt sinds januari niet meer bij onze werkorganisatie. Zij zal dus niet komen; ik ben haar tijdelijke
            vervanger als directeur.

            Met vriendelijke groet,
            Peter Ruijs
            """
        ),
    },
    {
        "id": "d119-039",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anouk Zijlstra <a.zijlstra@merenlandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Op 11 maart ben ik er zelf niet bij (vakantie), maar ik geef graag een onderwerp mee:

            Hoe ga je als werkorganisatie om met een van de deelnemende gemeenten die openlijk overweegt uit de
            GR te stappen?

            Groet, Anouk
            """
        ),
    },
    {
        "id": "d119-040",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Laurens Verkerk <l.verkerk@vijfheerenlanden-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag. Het volgende atelier mis ik in elk geval, want dan zit ik midden in mijn
            sabbatical. Toch wil ik iets meegeven: hoe houden we jonge ICT'ers en data-analisten binnen als het
            bedrijfsleven 30% meer betaalt? Bij ons lopen ze na twee jaar weg.

            Laurens Verkerk
            """
        ),
    },
    {
        "id": "d119-041",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mirjam Hulshof <m.hulshof@sallandsewerkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik kan helaas niet op 11 maart. Wel een idee voor een volgend atelier: hoe bedienen we inwoners die
            digitaal niet meekomen, nu steeds meer loketten alleen nog online open zijn? Ik hoor graag hoe andere
            werkorganisaties dat oplossen.

            Met vriendelijke groet,
            Mirjam Hulshof
            """
        ),
    },
    {
        "id": "d119-042",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Youssef Amrani <y.amrani@rijnwaardenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            11 maart staat al in mijn agenda, ik kom zeker. Mijn onderwerp:
            - hoe maak je een gedeelde langetermijnvisie voor de werkorganisatie als de drie colleges ieder hun
              eigen coalitieakkoord hebben?

            Groet,
            Youssef Amrani
            """
        ),
    },
    {
        "id": "d119-043",
        "kind": "other",
        "sender": "Ineke Brouwer <i.brouwer@westfriesgebied-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + VERVOLG,
        "body": _(
            """
            Dank, het was een mooie middag. Een wens voor de volgende keer: kan het atelier ook eens in de ochtend,
            en dan wat noordelijker dan Utrecht? Voor ons uit West-Friesland is een middag in Utrecht met de files
            terug eigenlijk een hele dag.

            Ineke
            """
        ),
    },
    {
        "id": "d119-044",
        "kind": "confirm",
        "sender": "Gerard Timmers <g.timmers@peelrandwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja hoor, dat klopt: mijn secretaresse heeft mij op mijn verzoek aangemeld.

            Gerard Timmers
            """
        ),
    },
    {
        "id": "d119-045",
        "kind": "confirm",
        "sender": "Natasha Kovac <n.kovac@deltapoort-shared.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that sign-up was me - our office manager did it on my behalf. Looking forward to being part of it.

            Natasha
            """
        ),
    },
    {
        "id": "d119-046",
        "kind": "autoreply",
        "sender": "Henk Visscher <h.visscher@wieringerland-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INV,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben afwezig van 1 tot en met 12 maart en lees mijn mail niet. Voor dringende
            zaken kunt u contact opnemen met het directiesecretariaat, 0227 - 58 40 00.

            Henk Visscher
            """
        ),
    },
    {
        "id": "d119-047",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carolien Smeets <c.smeets@heuvellandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik ben met verlof tot en met 8 maart en lees mijn mail maar sporadisch, maar dit wilde ik niet laten
            liggen: op de 11e ben ik er gewoon bij.

            Groet,
            Carolien
            """
        ),
    },
    {
        "id": "d119-048",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.amstelgouwsamen.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.amstelgouwsamen.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <k.vanderploeg@amstelgouwsamen.nl>: host mail.amstelgouwsamen.nl[10.4.2.8] said:
                550 5.1.1 User unknown (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d119-049",
        "kind": "other",
        "sender": "Mark Tuinstra <m.tuinstra@lauwersmeerwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ik kom graag. En als het kan: wil je mijn nieuwe collega-directeur Sanne Bruinsma ook als lid aanmelden?
            Zij begon 1 februari en ik denk dat het netwerk haar goed gaat helpen. Haar adres is
            s.bruinsma@lauwersmeerwerkt.nl.

            Mark
            """
        ),
    },
    {
        "id": "d119-050",
        "kind": "other",
        "sender": "Astrid Menting <a.menting@oostgelderse-poort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mag ik iemand meenemen die zelf geen directeur is? Onze strategisch adviseur trekt bij ons het traject
            rond de eigenheid van de kernen en zou er veel aan hebben. Zo niet, dan kom ik alleen.

            Vriendelijke groet,
            Astrid Menting
            """
        ),
    },
    {
        "id": "d119-051",
        "kind": "other",
        "sender": "Roel Terhorst <r.terhorst@dinkelland-tubbergen-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Ja ik kom. Is het atelier ook open voor wethouders? Onze portefeuillehouder bedrijfsvoering vroeg ernaar
            toen ik de uitnodiging liet zien.

            Roel
            """
        ),
    },
    {
        "id": "d119-052",
        "kind": "other",
        "sender": "Ellis Hoekstra <e.hoekstra@gaasterlandsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste organisatoren,

            Ik kom als de financiele verhouding tussen de gemeenten ook aan bod komt; de couleur locale is bij ons
            namelijk vooral een geldkwestie. Komt dat langs in het programma? Dan schrijf ik me in.

            Ellis Hoekstra
            """
        ),
    },
    {
        "id": "d119-053",
        "kind": "other",
        "sender": "Victor Lamberts <v.lamberts@kempenland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Graag, mits ik online kan meedoen: zit ik via Teams ook echt in een van de gespreksgroepen, of kijk ik
            alleen naar de plenaire delen? In het laatste geval haak ik af.

            Victor Lamberts
            """
        ),
    },
    {
        "id": "d119-054",
        "kind": "other",
        "sender": "Dorien Mulder <d.mulder@lopikerwaardsamen.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat jammer! Weten jullie al of de nieuwe datum weer op een donderdag valt? Op dinsdag en woensdag heb ik
            vaste overleggen, dan wordt het lastig.

            Dorien
            """
        ),
    },
    {
        "id": "d119-055",
        "kind": "other",
        "sender": "Jeroen Akkerman <j.akkerman@hoekschewaard-gr.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Balen, 11 maart had ik vrijgehouden en 18 maart zit ik in Den Haag. Blijft de Teams-link dezelfde? Dan
            doe ik misschien een uurtje online mee.

            Jeroen
            """
        ),
    },
    {
        "id": "d119-056",
        "kind": "other",
        "sender": "Fleur Pronk <f.pronk@marsdiepsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ik probeer erbij te zijn, maar kan het nu nog niet hard toezeggen. Uiterlijk 1 maart laat ik weten of
            het lukt.

            Fleur

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d119-057",
        "kind": "other",
        "sender": "Wouter Kamphuis <w.kamphuis@vechtdalwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Melanie,

            Waarschijnlijk wel. Zet me maar met een vraagteken op de lijst, het hangt af van een overleg met de
            provincie dat nog gepland moet worden.

            Wouter
            """
        ),
    },
    {
        "id": "d119-058",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nicole Brink <n.brink@graafschapsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Zet me maar op de lijst. Mocht er onverhoopt toch iets tussenkomen, dan meld ik me op tijd af zodat
            iemand van de wachtlijst kan aanschuiven.

            Nicole Brink
            """
        ),
    },
    {
        "id": "d119-059",
        "kind": "other",
        "sender": "Sander Vermeulen <s.vermeulen@baronie-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            11 maart gaat bij mij niet. Van een collega hoorde ik dat er vanwege de drukte misschien een tweede
            sessie op 25 maart komt - klopt dat? Daar zou ik dan graag bij zijn.

            Sander
            """
        ),
    },
    {
        "id": "d119-060",
        "kind": "rsvp",
        "attending": False,
        "sender": "Agnes Wolters <a.wolters@ommelandenwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Helaas lukt 11 maart niet, dan ben ik op werkbezoek bij onze partnergemeente in Duitsland. Hopelijk ben
            ik er in het najaar weer bij.

            Met vriendelijke groet,
            Agnes Wolters
            """
        ),
    },
    {
        "id": "d119-061",
        "kind": "other",
        "sender": "Ruben Kuipers <r.kuipers@zuidhollandseeilanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            In maart kan ik niet. Kunt u mij alvast noteren voor het najaarsatelier, en weet u al wanneer dat is?
            Dan blokkeer ik de datum meteen.

            Ruben Kuipers
            """
        ),
    },
    {
        "id": "d119-062",
        "kind": "other",
        "sender": "Kees Oomen <k.oomen@markiezaatwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Mijn collega-directeur Bert de Haan ligt sinds vorige week in het ziekenhuis en zal 11 maart zeker niet
            komen. Hij vroeg mij dat door te geven, omdat hij zelf zijn mail niet leest. Zelf ben ik er wel bij.

            Groet,
            Kees Oomen
            """
        ),
    },
    {
        "id": "d119-063",
        "kind": "other",
        "sender": "Petra Hendriks <p.hendriks@maaskantsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Wij komen allebei, mijn mededirecteur Joyce van Rijn en ik. Joyce heeft de uitnodiging alleen niet
            gekregen, terwijl ze wel lid is. Kunnen jullie checken of haar adres goed staat?
            (j.vanrijn@maaskantsamen.nl)

            Petra
            """
        ),
    },
    {
        "id": "d119-064",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mariska Dekker <m.dekker@ijsselmondewerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            De heer Oskam komt graag naar het atelier op 11 maart en neemt zijn collega mevrouw Lievense
            (directeur dienstverlening) mee als gast. Beiden hebben de middag in hun agenda staan.

            Met vriendelijke groet,
            Mariska Dekker
            Secretariaat directie IJsselmonde Werkt
            """
        ),
    },
    {
        "id": "d119-065",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Claassen <b.claassen@land-van-cuijk-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Stan,

            We komen met z'n drieën: ikzelf, onze concerncontroller Mieke Peeters en Tim de Bont, teamleider I&A.
            Tot de 11e!

            Bart
            """
        ),
    },
    {
        "id": "d119-066",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hilde Ramaker <h.ramaker@waterland-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Kleine wijziging: ik kom donderdag zonder gast, mijn collega heeft een gemeenteraadsvergadering die
            vervroegd is. Ikzelf ben er gewoon.

            Hilde
            """
        ),
    },
    {
        "id": "d119-067",
        "kind": "other",
        "sender": "Tjeerd Hofstra <t.hofstra@zuidwestfryslansamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: " + REM,
        "body": _(
            """
            Ik zie dat ik met 1 gast sta, maar er wil nog een tweede collega mee, onze directeur sociaal domein. Is
            daar nog ruimte voor of zit het vol?

            Tjeerd
            """
        ),
    },
    {
        "id": "d119-068",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Johan Versteeg <j.versteeg@kennemerhof-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kan donderdag niet komen en wil eerlijk gezegd ook niet langer in jullie bestand staan. Verwijder
            mijn gegevens volledig, dus niet alleen van de verzendlijst maar ook uit jullie administratie.

            J. Versteeg
            """
        ),
    },
    {
        "id": "d119-069",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Emily Hartog <e.hartog@dunewatersamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I won't be attending. Please take me off all your lists and erase every bit of personal data you hold on
            me, as is my right under the GDPR.

            Regards,
            Emily Hartog
            """
        ),
    },
    {
        "id": "d119-070",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten Heuvelman <m.heuvelman@vallei-en-heuvelrug.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Schrap mij maar van de deelnemerslijst voor donderdag; er is een crisisoverleg over de jeugdzorg
            ingepland waar ik bij moet zijn. Mijn gast komt dan ook niet.

            Maarten
            """
        ),
    },
    {
        "id": "d119-071",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte van Wijk <l.vanwijk@bommelerwaardwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INV,
        "body": _(
            """
            Voor het atelier van 11 maart meld ik me af. Lid van het netwerk blijf ik natuurlijk graag, dus de
            volgende uitnodiging zie ik tegemoet.

            Lotte van Wijk
            """
        ),
    },
    {
        "id": "d119-072",
        "kind": "unsubscribe",
        "sender": "Ferdinand Groen <f.groen@gelderse-vallei-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Afmelden graag, en dan bedoel ik niet alleen voor 11 maart maar voor alle mailings van dit netwerk. Ik
            zit al in te veel clubs.

            F. Groen
            """
        ),
    },
    {
        "id": "d119-073",
        "kind": "other",
        "sender": "Ingeborg Swart <i.swart@westerkwartier-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kom graag op 11 maart. Los daarvan: ik wil graag weten welke gegevens jullie van mij hebben
            vastgelegd, en of die gedeeld worden met de andere deelnemers. Kunnen jullie mij een overzicht sturen?

            Ingeborg Swart
            """
        ),
    },
    {
        "id": "d119-074",
        "kind": "unsubscribe",
        "sender": "Daniel Kerkhof <d.kerkhof@noordoostpolder-urk-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Sorry, I can't make it on 11 March. I'm also leaving the organisation at the end of this month, so
            please unsubscribe me from the network altogether.

            All the best,
            Daniel
            """
        ),
    },
    {
        "id": "d119-075",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerrit Zwart <g.zwart@sneekermeersamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik ben er zelf niet, ik stuur mijn plaatsvervanger Jeroen Blok. Zijn mailadres laat ik hem zelf aan u
            doorgeven.

            Gerrit Zwart
            """
        ),
    },
    {
        "id": "d119-076",
        "kind": "rsvp",
        "attending": False,
        "sender": "Isabel Ferreira <i.ferreira@havenstadwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan and Melanie,

            Unfortunately I'm abroad that week. My deputy, Priya Raman (p.raman@havenstadwerkt.nl), will attend
            in my place.

            Best regards,
            Isabel Ferreira
            """
        ),
    },
    {
        "id": "d119-077",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oliver Brandt <o.brandt@rijnstreek-shared.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            Count me in - plus one: our head of digital services, Lotte Ager.

            Oliver
            """
        ),
    },
    {
        "id": "d119-078",
        "kind": "other",
        "sender": "Ahmed Benali <a.benali@stedendriehoek-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INV,
        "body": _(
            """
            Ja hoor / yes, I'll be there. One practical thing: is parkeren bij het Stadskantoor geregeld, or should
            I book a spot myself?

            Ahmed
            """
        ),
    },
    {
        "id": "d119-079",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjolein Post <m.post@tielerwaardsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Ik kom trouwens ook zelf op 11 maart, dat wilde ik nog even laten weten.

            Marjolein Post
            """
        ),
    },
    {
        "id": "d119-080",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Henk-Jan Bos <hj.bos@drechtstedenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes",
        "body": _(
            """
            Nog een toevoeging op mijn eerdere suggestie: hoe meet je klanttevredenheid als het KCC voor drie
            gemeenten werkt en elke raad eigen prestatie-indicatoren wil zien? 11 maart kan ik zelf helaas niet.

            HJ Bos
            """
        ),
    },
    {
        "id": "d119-081",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jacqueline Meijer <j.meijer@leidsche-rijn-oever.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + VERVOLG,
        "body": _(
            """
            Dank jullie, het was een inspirerende middag. De volgende keer ben ik er weer bij, dat staat vast.

            Jacqueline
            """
        ),
    },
    {
        "id": "d119-082",
        "kind": "rsvp",
        "attending": True,
        "sender": "Stefan Mol <s.mol@venenveld-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Een onderwerp heb ik niet direct, maar ik kom wel naar het atelier op 11 maart.

            Stefan
            """
        ),
    },
    {
        "id": "d119-083",
        "kind": "subscribe",
        "sender": "Annelies de Groot <a.degroot@zwinstreek-samen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Oei, dit was niet de bedoeling! Ik wilde alleen afzeggen voor het atelier van 11 maart, niet uit het
            netwerk stappen. Ik blijf graag lid.

            Annelies de Groot
            """
        ),
    },
    {
        "id": "d119-084",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koen Willems <k.willems@maasduinenwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            De nieuwe datum komt mij juist beter uit: op 11 maart kon ik niet, op 18 maart wel. Graag dus alsnog
            op de lijst, ook als dat de wachtlijst wordt.

            Koen Willems
            """
        ),
    },
    {
        "id": "d119-085",
        "kind": "rsvp",
        "attending": False,
        "sender": "Renske Bouma <r.bouma@achtkarspelen-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Door de verschuiving naar de 18e moet ik helaas afhaken, dan zit ik op de Provinciale dag.

            Renske
            """
        ),
    },
    {
        "id": "d119-086",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ton Hermsen <t.hermsen@nijmegen-rijkwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "subject": "Antw: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Provinciehuis en de 18e zijn allebei prima. Ik blijf graag op de wachtlijst staan.

            Ton Hermsen
            """
        ),
    },
    {
        "id": "d119-087",
        "kind": "other",
        "sender": "Wilma Jansen <w.jansen@oldambtsamen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "Fwd: " + INV,
        "body": _(
            """
            Goedemiddag,

            Hierbij de uitnodiging die mevrouw Dijkstra ontving. Zij wil graag deelnemen, maar alleen via Teams
            omdat ze na een operatie nog niet mag autorijden. Kan dat, en moet zij zich dan ook aanmelden?

            Met vriendelijke groet,
            Wilma Jansen
            Directiesecretariaat Oldambt Samen
            """
        ),
    },
    {
        "id": "d119-088",
        "kind": "rsvp",
        "attending": True,
        "sender": "Erik Schaap <e.schaap@amstellandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Komt goed, tot de elfde in het Stadskantoor.
            Erik
            """
        ),
    },
    {
        "id": "d119-089",
        "kind": "rsvp",
        "attending": False,
        "sender": "Patrick Vos <p.vos@delfland-oost-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INV,
        "body": _(
            """
            kan niet, raad vergadert. pv
            """
        ),
    },
    {
        "id": "d119-090",
        "kind": "rsvp",
        "attending": True,
        "sender": "Monique Verbruggen <m.verbruggen@brabantsewal-samen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Ik houd de middag vrij; komt er een plek vrij, dan ben ik er graag bij.

            Monique Verbruggen
            """
        ),
    },
]
# fmt: on
