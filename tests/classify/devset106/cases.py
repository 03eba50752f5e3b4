"""devset106: replies under the call for themes, the follow-up and the thank-you that are and are not topic suggestions.

Directors, secretaries and assistants of invented werkorganisaties answer our call for themes (oproep_themas), the
follow-up after an atelier (vervolg_atelier) and our thank-you for a suggestion (bedankt_suggestie). Real suggestions
come in many shapes: one line, one word, a list with one topic per line, a story that ends in a question, two topics
under two themes, a topic with "ik kom ook", an addition under the thank-you, English writers, an assistant passing on
the director's topic. Beside them stand look-alikes that propose nothing: reactions to topics of other members or to
the last atelier, questions about the programme, the speakers or the procedure, proposals about the form (day, place,
online, small groups), offers by suppliers and consultants to present, "geen onderwerp deze keer", a topic withdrawn,
replaced or re-themed in a second mail, a colleague's idea passed on without an address, plain RSVPs, leaves and
auto-replies.

Conventions this set relies on (from the brief):
- Under the call, the follow-up or the thank-you a proposed topic is a suggestion, also when the writer says whether
  they come; a reply that only says whether the writer comes is an rsvp; a proposal about time, place or format of
  the ateliers is other.
- Themes are those of the topic the writer proposes, not of words used in passing, of the last atelier or of the
  story told before the topic; two themes where the writer proposes two topics under two themes.
- An addition under the thank-you ("nog een onderwerp erbij") is a new suggestion; withdrawing a topic, replacing it
  or asking to file it under another theme needs a person: other.
- A topic with a real question beside it that the secretariat must answer is other.
- An idea of a colleague passed on without the colleague's address, and without the writer adopting it, is other.
- An assistant passing on the director's topic with our mail forwarded below is the director's suggestion.
- Declining with a named substitute and address, and "afmelden voor het atelier" while staying a member: rsvp False.
  Leaving the network (also with a successor's address) is unsubscribe; an erasure request adds erase True.
- Out-of-office, bounces, read receipts, ticket systems and "address no longer in use" are autoreply, with or without
  headers, and carry no quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEDANKT = "Dank voor uw themasuggestie [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d106-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrika Stoltenborg <h.stoltenborg@werkorganisatie-vliedmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Strategische personeelsplanning: hoe vangen we de uitstroom door pensionering de komende vijf jaar op?

            Met vriendelijke groet,

            Hendrika Stoltenborg
            Directeur bedrijfsvoering | Werkorganisatie Vliedmeer
            """
        ),
    },
    {
        "id": "d106-002",
        "kind": "other",
        "sender": "Joost Everaarts <j.everaarts@hoornbeek-zandwijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Hoi Stan,

            Mooi dat integriteit nu eindelijk op de agenda lijkt te komen, ik hoorde het vorige week van een collega
            uit de regio. Hoog tijd ook.

            Groet,
            Joost
            """
        ),
    },
    {
        "id": "d106-003",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Marloes Tjin-A-Lim <m.tjinalim@gr-brakelwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerpen, zoals gevraagd één per regel:

            Herinrichting van het KCC na de overgang naar één telefoonnummer
            Klanttevredenheid meten zonder inwoners te overvragen met enquêtes
            Digitale inclusie: hoe helpen we inwoners zonder DigiD?

            Hartelijke groet,
            Marloes Tjin-A-Lim
            algemeen directeur GR Brakelwaard
            """
        ),
    },
    {
        "id": "d106-004",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gerrit-Jan Hofstede <gj.hofstede@dedrieheerlijkheden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Beste secretariaat,

            Drie jaar geleden zijn wij als werkorganisatie van de Drie Heerlijkheden van start gegaan. Organisatorisch
            staat het inmiddels aardig: één zaaksysteem, één P&C-cyclus, de formatie is op orde. Maar de kleinste van
            onze drie gemeenten voelt zich ondergesneeuwd. De burgemeester zei laatst letterlijk: "wij worden bediend
            als de achterkamer van het grote dorp". Dat raakt me.

            Hoe zorgen collega's ervoor dat de kleinste deelnemer zich gehoord en gezien voelt in de werkorganisatie?

            Gerrit-Jan Hofstede
            Gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "d106-005",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Annabel Crowther-Visser <a.crowther@waalzicht-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            I would like to propose one topic: how do you develop a long-term vision for a shared organisation (ten
            years or more) when every political cycle lasts four years? I'm looking for ways to keep a strategic
            course that survives a change of coalition.

            Kind regards,
            Annabel Crowther-Visser
            Director, Waalzicht Samen
            """
        ),
    },
    {
        "id": "d106-006",
        "kind": "other",
        "sender": "Pieter Wolthuis <p.wolthuis@werkorganisatie-duinhaven.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Dank voor het verslag. Eerlijk gezegd vond ik het onderwerp van vorige keer te breed: we bleven hangen in
            algemeenheden en kwamen pas in het laatste halfuur bij de echte dilemma's. Misschien iets om aan de
            Adviesraad mee te geven.

            Vriendelijke groet,
            Pieter Wolthuis
            """
        ),
    },
    {
        "id": "d106-007",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Ria van Ommeren <r.vanommeren@kroonwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Twee onderwerpen van mijn kant:

            Strategie: hoe vertaal je drie verschillende coalitieakkoorden naar één meerjarige organisatieagenda?
            Organisatie: hybride werken drie jaar later, wat doen we met de halflege kantoren en de teamgeest?

            Met vriendelijke groet,
            Ria van Ommeren
            Directeur Werkorganisatie Kroonwaarden
            T 0345 - 71 22 90
            """
        ),
    },
    {
        "id": "d106-008",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Kamphorst <w.kamphorst@gemeenten-lindeveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Een onderwerp heb ik deze keer niet, maar 11 maart ben ik er zeker bij.

            Wouter
            """
        ),
    },
    {
        "id": "d106-009",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sanne Oosterbroek <s.oosterbroek@deltalandenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik zou graag informatiebeveiliging bespreken. Na de ransomware-aanval bij een buurorganisatie hebben wij
            alles tegen het licht gehouden, en ik ben benieuwd hoe anderen hun I&A-weerbaarheid organiseren.

            En ja, ik kom ook op 11 maart.

            Groet, Sanne Oosterbroek
            """
        ),
    },
    {
        "id": "d106-010",
        "kind": "other",
        "sender": "Lodewijk Brandsma <l.brandsma@bosrandgemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Voordat ik iets instuur: welke onderwerpen zijn er tot nu toe aangedragen? Dan voorkom ik dat ik iets
            dubbel aanlever.

            Met vriendelijke groet,
            L. Brandsma
            """
        ),
    },
    {
        "id": "d106-011",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Tamara Hoogendijk <t.hoogendijk@eemvallei-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + VERVOLG,
        "body": _(
            """
            Wat een mooie middag was het! Vooral het gesprek over samenwerking met de kleinere kernen zette me aan het
            denken.

            Voor de volgende keer zou ik graag de openingstijden van onze publiekslocaties willen bespreken: hoe
            bedienen we werkende inwoners die alleen 's avonds of op zaterdag langs kunnen komen?

            Tamara
            """
        ),
    },
    {
        "id": "d106-012",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jeroen Vlasblom <j.vlasblom@werkorganisatie-hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Ik wil er nog eentje aan toevoegen: de rol van de raadsleden van onze vier
            gemeenten in het algemeen bestuur van de GR. Zij voelen zich op afstand staan.

            Jeroen
            """
        ),
    },
    {
        "id": "d106-013",
        "kind": "other",
        "sender": "Evelien Drost <e.drost@schelde-oever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Komt er dit keer weer een externe spreker? En zo ja, weten jullie al wie? Ik overweeg mijn
            plaatsvervanger mee te nemen, maar dat hangt er een beetje van af.

            Evelien Drost
            """
        ),
    },
    {
        "id": "d106-014",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Kees Roodbeen <kroodbeen@regio-ijsselkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            generatieve AI in onze werkprocessen, wie experimenteert er al mee en wat zijn de lessen?

            kees
            """
        ),
    },
    {
        "id": "d106-015",
        "kind": "other",
        "sender": "Femke Wijnstra <f.wijnstra@zeeuwsekust-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Zouden jullie willen overwegen het atelier voortaan hybride aan te bieden? Vanuit onze hoek van het land
            is een middag in Utrecht al snel een hele dag reizen. Met een goede verbinding kunnen meer collega's
            aanschuiven.

            Met vriendelijke groet,
            Femke Wijnstra
            """
        ),
    },
    {
        "id": "d106-016",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "mr. H.J.M. Terpstra <hjm.terpstra@ambtelijkeorganisatie-lauwerveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antw: " + OPROEP,
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Naar aanleiding van uw verzoek breng ik het volgende in.

            Thema: Dienstverlening
            Onderwerp: de monitoring van prestaties. Welke indicatoren hanteren collega's om de kwaliteit van de
            dienstverlening aan inwoners zichtbaar te maken, en hoe rapporteren zij daarover?

            Hoogachtend,

            mr. H.J.M. Terpstra
            algemeen directeur Ambtelijke Organisatie Lauwerveld
            """
        ),
    },
    {
        "id": "d106-017",
        "kind": "other",
        "sender": "Bas Lindhout <bas.lindhout@procesrichting-advies.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Via een relatie ontving ik uw oproep. Procesrichting Advies begeleidt al vijftien jaar ambtelijke fusies
            en wij verzorgen graag, kosteloos, een presentatie van circa 30 minuten over datagedreven sturing in
            werkorganisaties. Ik bel u volgende week om de mogelijkheden te bespreken.

            Met vriendelijke groet,

            Bas Lindhout
            Senior partner | Procesrichting Advies B.V.
            """
        ),
    },
    {
        "id": "d106-018",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ingeborg Rutgers <i.rutgers@werkorganisatie-geulvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Graag bespreek ik de positie van onze werkorganisatie in de regio, nu de centrumgemeente steeds meer
            regionale taken naar zich toe trekt en wij als kleinere partij aan tafel buitenspel dreigen te staan.

            Ingeborg Rutgers
            """
        ),
    },
    {
        "id": "d106-019",
        "kind": "other",
        "sender": "Robbert Ganzevoort <r.ganzevoort@linge-en-laak.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb deze keer geen onderwerp, sorry. Het is hier een drukke periode.

            Groet,
            Robbert
            """
        ),
    },
    {
        "id": "d106-020",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Nicole Bakhuizen <n.bakhuizen@gemeenten-ommerland.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + OPROEP,
        "body": _(
            """
            Goedemiddag,

            Namens drs. W. Bakhuizen, algemeen directeur, het volgende onderwerp voor het atelier: het opstellen van
            een lange termijn visie (2030-2040) op de rol van de werkorganisatie voor de drie Ommerlandse gemeenten.

            Met vriendelijke groet,
            Nicole Bakhuizen
            Managementassistent directie
            """
        ),
    },
    {
        "id": "d106-021",
        "kind": "other",
        "sender": "Mirjam Elzinga <m.elzinga@werkorganisatie-duinhaven.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wil je mijn suggestie over hybride werken intrekken? Die is bij ons inmiddels achterhaald: het MT heeft
            vorige week een besluit genomen en ik verwacht er niet veel meer van.

            Groet,
            Mirjam Elzinga
            """
        ),
    },
    {
        "id": "d106-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Arend Kuipers <a.kuipers@samenwerking-nedervecht.nl>",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Mijn onderwerp: harmonisatie van het applicatielandschap na de fusie. Wij draaien na vier jaar nog steeds
            twee belastingpakketten en drie HR-systemen naast elkaar.

            A. Kuipers
            """
        ),
    },
    {
        "id": "d106-023",
        "kind": "autoreply",
        "sender": "Carolien Dekker-Spaan <c.dekker@hoornbeek-zandwijk.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + OPROEP,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met maandag 10 januari afwezig en lees mijn mail niet. Voor dringende
            zaken kunt u contact opnemen met het directiesecretariaat, telefoon 0299 - 41 80 00.

            Met vriendelijke groet,
            Carolien Dekker-Spaan
            """
        ),
    },
    {
        "id": "d106-024",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yvonne Dijkgraaf <y.dijkgraaf@werkorganisatie-tielerwaard-oost.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "body": _(
            """
            Onderwerp voor maart: hoe houden we de doorlooptijden van vergunningen onder de Omgevingswet beheersbaar
            voor inwoners en ondernemers?

            Yvonne Dijkgraaf
            """
        ),
    },
    {
        "id": "d106-025",
        "kind": "other",
        "sender": "Harm Veltkamp <h.veltkamp@werkorganisatie-vechtstreek-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Donderdagmiddag is voor ons een lastige dag, dan zijn de raadscommissies. Zou het atelier een keer op een
            dinsdagochtend kunnen? Ik denk dat je dan meer directeuren aan tafel krijgt.

            Groet, Harm
            """
        ),
    },
    {
        "id": "d106-026",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Claudia Meeuwsen <c.meeuwsen@ambtelijkefusie-maasenpeel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            We hebben net ons zaaksysteem vervangen en de digitalisering loopt eindelijk, dus daar hoef ik het niet
            over te hebben. Waar ik wél mee worstel: een van onze deelnemende gemeenten overweegt uit te treden uit de
            GR. Hoe voer je dat gesprek, en hoe houd je de andere twee gemeenten aan boord?

            Dat zou ik graag met collega's bespreken.

            Claudia Meeuwsen
            """
        ),
    },
    {
        "id": "d106-027",
        "kind": "unsubscribe",
        "sender": "Theo Brinkers <t.brinkers@gr-brakelwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Per 1 februari ga ik met pensioen. U kunt mij uitschrijven; een opvolger is nog niet benoemd.

            Het ga jullie goed.
            Theo Brinkers
            """
        ),
    },
    {
        "id": "d106-028",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Priya Ramdin <p.ramdin@stroomland-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Two topics from my side, both about our people:
            1. Onboarding young talent: how do you keep starters longer than two years?
            2. Leadership of middle managers who sit between the board and the teams.

            Best,
            Priya Ramdin
            Director of Operations, Stroomland
            """
        ),
    },
    {
        "id": "d106-029",
        "kind": "other",
        "sender": "Diederik Schaap <d.schaap@werkorganisatie-lingeborg.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Wil je mijn onderwerp vervangen? Niet de strategische personeelsplanning, maar liever het terugdringen van
            de externe inhuur. Dat eerste hebben we intern al flink besproken.

            Dank!
            Diederik
            """
        ),
    },
    {
        "id": "d106-030",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marco Heijnen <m.heijnen@werkorganisatie-kempenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Het verslag gelezen, helder en compact.

            Voor de volgende keer: de verhouding tussen de colleges van onze drie gemeenten als opdrachtgever en de
            werkorganisatie als opdrachtnemer. Wie stuurt eigenlijk wie, en wat als de gemeenten het oneens zijn?

            Marco Heijnen
            """
        ),
    },
    {
        "id": "d106-031",
        "kind": "other",
        "sender": "Anouk Verhey <a.verhey@dewoldengemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Een van onze teamleiders, Bram, vroeg mij iets door te geven: hij wil graag praten over de inzet van
            stagiairs in de backoffice. Zelf heb ik deze keer niets en Bram is geen lid. Kunnen jullie even contact
            met hem opnemen om te kijken of dat zinvol is?

            Groeten,
            Anouk Verhey
            """
        ),
    },
    {
        "id": "d106-032",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wim Feenstra <w.feenstra@deltalandenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "subject": "Re: " + BEDANKT,
        "body": _(
            """
            Nog een aanvulling: graag ook de kosten van de ICT-licenties, die sinds onze overstap naar de cloud elk
            jaar harder stijgen dan de begroting.

            Wim
            """
        ),
    },
    {
        "id": "d106-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liesbeth Groeneveld <l.groeneveld@werkorganisatie-vliedmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            11 maart kan ik helaas niet, dan zit ik met de VNG-commissie in Brussel.

            Hartelijke groet,
            Liesbeth Groeneveld
            """
        ),
    },
    {
        "id": "d106-034",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Linda Bosgra <linda.bosgra@oudeijsselland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan en Melanie!

            Leuk weer een oproep. Mijn stokpaardje: de telefonische bereikbaarheid van ons KCC. Sinds we de
            gemeentelijke nummers hebben samengevoegd is die gekelderd, inwoners hangen soms twintig minuten in de
            wacht. Wie heeft dit opgelost en hoe?

            Liefs uit de Achterhoek,
            Linda
            """
        ),
    },
    {
        "id": "d106-035",
        "kind": "other",
        "sender": "Frits Hameleers <f.hameleers@werkorganisatie-roerzicht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wanneer horen we welke onderwerpen de Adviesraad heeft gekozen? En wie zitten er eigenlijk in die
            Adviesraad? Ik kon het niet vinden op de website.

            Met vriendelijke groet,
            Frits Hameleers
            """
        ),
    },
    {
        "id": "d106-036",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Gerda Stuivenberg <g.stuivenberg@gemeenten-langstraat-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Welke bestuurlijke prioriteiten laat je los als de opgaven groter zijn dan wat je kunt leveren? Ik zoek
            een gesprek over keuzes maken in de strategische agenda: wat doen we wel, wat bewust niet, en hoe leg je
            dat aan je bestuurders uit.

            Gerda Stuivenberg
            """
        ),
    },
    {
        "id": "d106-037",
        "kind": "autoreply",
        "sender": "Richard Oldenkamp <r.oldenkamp@waalzicht-samen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Out of Office: " + OPROEP,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am out of the office until January 17 with limited access to email. For
            urgent matters please contact my office manager at +31 24 355 1200.

            Richard Oldenkamp
            """
        ),
    },
    {
        "id": "d106-038",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Johan Wiersma <j.wiersma@werkorganisatie-friese-meren-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag secretariaat,

            Hierbij mijn onderwerpen:
            - formatieplanning bij krimpende budgetten
            - robotisering van repeterende taken in de backoffice
            - de verhouding met de buurgemeente die net buiten onze GR valt maar wel al onze diensten wil afnemen

            Met groet,
            Johan Wiersma
            """
        ),
    },
    {
        "id": "d106-039",
        "kind": "other",
        "sender": "Sabine Lammerts <sabine@lammerts-interim.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Mr Van de Laar,

            As an interim director I have guided four mergers of municipal organisations over the past ten years. I
            would be glad to present a case study at one of your ateliers, for instance on the first hundred days
            after a merger. Please let me know if there is room in the programme.

            Kind regards,
            Sabine Lammerts
            Lammerts Interim Management
            """
        ),
    },
    {
        "id": "d106-040",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Erwin Kloosterman <e.kloosterman@gemeenten-ommerland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Een situatie die ik graag voorleg. Vorige maand gaven onze twee colleges elk een andere opdracht over
            dezelfde wijkvernieuwing: de ene wilde versnellen, de andere juist pauzeren. Mijn mensen zaten ertussen en
            ik moest kiezen wie ik teleurstelde.

            Hoe gaan collega's om met twee colleges die elkaar tegenspreken in de opdracht aan de werkorganisatie?

            Erwin Kloosterman
            """
        ),
    },
    {
        "id": "d106-041",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Oliver Bramwell <o.bramwell@rivierenland-shared.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Hello Stan,

            Suggestion for the March atelier: digital inclusion. How do we keep our services accessible for residents
            who cannot or will not use DigiD and the online counter?

            Cheers,
            Oliver
            """
        ),
    },
    {
        "id": "d106-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjolein Tesselaar <m.tesselaar@hoornbeek-zandwijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Zet me alvast op de lijst voor 11 maart, ik neem een collega mee.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d106-043",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bart Hilhorst <b.hilhorst@werkorganisatie-kempenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik hoorde van collega's dat er al veel over samenwerking tussen de gemeenten is aangedragen. Ik zou juist
            iets anders willen: het sturingsconcept. Wij stappen over van drie sectoren naar zelforganiserende teams en
            ik wil weten wat dat met de rol van het middenmanagement doet.

            Met vriendelijke groet,
            Bart Hilhorst
            """
        ),
    },
    {
        "id": "d106-044",
        "kind": "other",
        "sender": "Ellen Kortekaas <e.kortekaas@bosrandgemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mijn voorstel zou zijn: minder plenair en meer in kleine groepjes aan tafels, zodat iedereen aan het woord
            komt. De vorige keer waren het vooral dezelfde drie stemmen.

            Ellen Kortekaas
            """
        ),
    },
    {
        "id": "d106-045",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hans-Peter Vermeulen <hp.vermeulen@werkorganisatie-zuiderlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Onderwerp: een gezamenlijke aanpak van de woningbouwopgave over de gemeentegrenzen heen. Onze drie
            gemeenten bouwen nu ieder voor zich en concurreren om dezelfde ontwikkelaars.

            Ik kom op 11 maart en neem mijn plaatsvervanger mee.

            Hans-Peter Vermeulen
            """
        ),
    },
    {
        "id": "d106-046",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ronald Giesbers <r.giesbers@gemeenten-lindeveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik heb mijn functie neergelegd en verzoek u op grond van de AVG al mijn persoonsgegevens uit uw bestanden
            te verwijderen.

            R. Giesbers
            """
        ),
    },
    {
        "id": "d106-047",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Machteld van Rijswijk <m.vanrijswijk@werkorganisatie-hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de goede middag.

            Wat mij betreft gaat het de volgende keer over de toekomstvisie van onze werkorganisaties richting 2035:
            welke rol willen we over tien jaar spelen en wat betekent dat nu al voor onze strategische koers?

            Machteld van Rijswijk
            """
        ),
    },
    {
        "id": "d106-048",
        "kind": "other",
        "sender": "Tjeerd Postma <t.postma@werkorganisatie-friese-meren-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag en voor de fijne middag. Ik heb er veel van opgestoken en zal het verslag met mijn
            MT delen.

            Hartelijke groet,
            Tjeerd Postma
            """
        ),
    },
    {
        "id": "d106-049",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Esther Mulderij <e.mulderij@kroonwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Nog één om aan de lijst toe te voegen: de afhandeling van meldingen over de openbare ruimte. Inwoners horen
            nu vaak nooit wat er met hun melding over een losse stoeptegel of een kapotte lantaarnpaal gebeurt.

            Esther
            """
        ),
    },
    {
        "id": "d106-050",
        "kind": "other",
        "sender": "Gijs Sterrenburg <g.sterrenburg@werkorganisatie-geulvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik las in jullie nieuwsbrief dat de Adviesraad neigt naar digitalisering als hoofdthema. Dat zou ik jammer
            vinden, daar hebben we het vorig jaar ook al uitgebreid over gehad.

            Gijs
            """
        ),
    },
    {
        "id": "d106-051",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Femke de Lange <femke.delange@gemeenten-langstraat-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Cultuur na de fusie. Vijf jaar later nog steeds twee culturen in één gebouw.

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d106-052",
        "kind": "other",
        "sender": "Joyce Wagemakers <j.wagemakers@dewoldengemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Hoi Melanie,

            Kan ik ook een onderwerp aandragen als ik er zelf op 11 maart niet bij kan zijn? Of heeft dat geen zin?

            Groet, Joyce
            """
        ),
    },
    {
        "id": "d106-053",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Adriaan Hoefnagels <a.hoefnagels@werkorganisatie-roerzicht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antw: " + OPROEP,
        "body": _(
            """
            Geacht secretariaat,

            Ik stel voor te spreken over de rolverdeling tussen de GR en de deelnemende gemeenten bij gezamenlijke
            opgaven. Neem de energietransitie: wie trekt, wie betaalt, wie legt verantwoording af aan welke raad?

            Met vriendelijke groet,
            A.M. Hoefnagels
            Directeur Werkorganisatie Roerzicht
            """
        ),
    },
    {
        "id": "d106-054",
        "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.werkorganisatie-duinhaven.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.werkorganisatie-duinhaven.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <k.vanderploeg@werkorganisatie-duinhaven.nl>: host mx1.werkorganisatie-duinhaven.nl said:
                550 5.1.1 User unknown (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d106-055",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rianne Koopmans <r.koopmans@schelde-oever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee onderwerpen, allebei over hoe we inwoners bedienen:
            1. Klachtenafhandeling: van afhandelen naar leren van klachten.
            2. Proactieve dienstverlening, inwoners benaderen vóór ze ons nodig hebben (geboorte, 18 worden,
               verhuizing).

            Met vriendelijke groet,
            Rianne Koopmans
            """
        ),
    },
    {
        "id": "d106-056",
        "kind": "other",
        "sender": "Dennis Oudshoorn <d.oudshoorn@zaakwijs-software.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Zaakwijs levert het zaaksysteem aan ruim veertig gemeenten. Graag verzorgen wij tijdens het atelier een
            slot van twintig minuten over zaakgericht werken in ambtelijke fusieorganisaties, met een klantcase.
            Uiteraard zonder verkooppraatje. Kunnen we hierover kort bellen?

            Met vriendelijke groet,
            Dennis Oudshoorn
            Accountmanager Overheid | Zaakwijs Software
            """
        ),
    },
    {
        "id": "d106-057",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Stefan Ruigrok <s.ruigrok@stroomland-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Hoe sturen jullie op de overhead? Wij zitten op 31% en de raden willen naar 25.

            Stefan
            """
        ),
    },
    {
        "id": "d106-058",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jasper Wennekes <j.wennekes@werkorganisatie-zuiderlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Op 11 maart ben ik verhinderd. Mijn adjunct-directeur Karin de Bruijn komt in mijn plaats,
            k.debruijn@werkorganisatie-zuiderlanden.nl.

            Groet,
            Jasper Wennekes
            """
        ),
    },
    {
        "id": "d106-059",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Natasha Pereira <n.pereira@eemvallei-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Two topics for March:

            Strategy: scenario planning. Which futures do we prepare our organisation for, and how do we pick the
            strategic priorities that hold in each of them?
            Service delivery: one front door for residents across all three municipalities, online and at the desk.

            Best regards,
            Natasha Pereira
            """
        ),
    },
    {
        "id": "d106-060",
        "kind": "other",
        "sender": "Margriet Bouwhuis <m.bouwhuis@werkorganisatie-vliedmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            U hebt mijn onderwerp genoteerd onder Organisatie, maar ik bedoelde het echt als een vraag over onze
            dienstverlening. Kunt u dat aanpassen?

            Met vriendelijke groet,
            Margriet Bouwhuis
            """
        ),
    },
    {
        "id": "d106-061",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dirkjan Smeenk <dj.smeenk@regio-ijsselkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            ik zou graag willen prten over mangement development voor onze teamleiders, die zitten klem tussen het MT
            en hun teams en we verliezen er dit jaar al drie van. excuus voor de typefouten, tussen twee overleggen
            door getikt

            Dirkjan
            """
        ),
    },
    {
        "id": "d106-062",
        "kind": "other",
        "sender": "Cor Brouwers <c.brouwers@ambtelijkefusie-maasenpeel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Zou het atelier eens in het oosten van het land kunnen, ergens in Gelderland of Overijssel? Dan hoeven de
            collega's uit onze hoek niet steeds de A12 op.

            Groet,
            Cor Brouwers
            """
        ),
    },
    {
        "id": "d106-063",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Heleen Voskuilen <h.voskuilen@werkorganisatie-duinhaven.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Het onderwerp van donderdag smaakte naar meer. Ik stel voor dat we de volgende keer doorpraten over hoe je
            de eigenheid van elke deelnemende gemeente bewaart als de werkorganisatie alles centraal regelt. Wat mij
            betreft met concrete voorbeelden van gemeenten die zich tekortgedaan voelen.

            Heleen
            """
        ),
    },
    {
        "id": "d106-064",
        "kind": "autoreply",
        "sender": "Servicedesk Gemeenten Lindeveen <servicedesk@gemeenten-lindeveen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "[Melding #2027-004812] " + OPROEP,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Uw bericht is ontvangen en geregistreerd onder meldingnummer 2027-004812. Wij streven ernaar uw melding
            binnen vijf werkdagen in behandeling te nemen. Vermeld bij vervolgcorrespondentie altijd het
            meldingnummer in de onderwerpregel.

            Servicedesk Gemeenten Lindeveen
            """
        ),
    },
    {
        "id": "d106-065",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wendy Achterberg <w.achterberg@werkorganisatie-tielerwaard-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen Stan,

            Onderwerp: dienstverlening aan ondernemers. Wij willen naar één vast aanspreekpunt per bedrijventerrein,
            maar de vergunningen, handhaving en economische zaken zitten in drie verschillende teams. Hoe hebben
            anderen dat voor de ondernemer georganiseerd?

            Met vriendelijke groet,

            Wendy Achterberg
            Directeur Publiekszaken

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u
            verzocht de inhoud niet te gebruiken en de afzender direct te informeren. Aan dit bericht kunnen geen
            rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d106-066",
        "kind": "other",
        "sender": "Koen Wibaut <k.wibaut@kroonwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + VERVOLG,
        "body": _(
            """
            Hoi Melanie,

            De link naar het verslag geeft bij mij een foutmelding (404). Kun je het als pdf sturen?

            Koen
            """
        ),
    },
    {
        "id": "d106-067",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ton Grootendorst <t.grootendorst@gemeenten-ommerland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geacht secretariaat,

            In antwoord op uw verzoek draag ik het volgende onderwerp aan: scenario's voor de toekomst van de
            werkorganisatie. Blijven we groeien als brede uitvoeringsorganisatie of gaan we terug naar de kern? Die
            strategische keuze ligt bij ons in 2027 op tafel.

            Hoogachtend,
            T. Grootendorst
            """
        ),
    },
    {
        "id": "d106-068",
        "kind": "unsubscribe",
        "sender": "Yasmina El Idrissi <y.elidrissi@werkorganisatie-geulvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dit was mijn laatste atelier: per 1 mei vertrek ik naar de provincie. Mijn opvolger is Lotte Verhagen,
            l.verhagen@werkorganisatie-geulvliet.nl. Wilt u mij afmelden en haar in mijn plaats op de lijst zetten?

            Dank voor alles,
            Yasmina
            """
        ),
    },
    {
        "id": "d106-069",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gerben Talsma <g.talsma@deltalandenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik weet dat ik aan de late kant ben, maar mocht het nog kunnen: digitalisering van de interne
            werkprocessen, met name robotisering (RPA) in de backoffice van belastingen en burgerzaken.

            Gerben Talsma
            """
        ),
    },
    {
        "id": "d106-070",
        "kind": "other",
        "sender": "Aleid van Beusekom <a.vanbeusekom@waalzicht-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Een eerlijke terugkoppeling: de spreker van donderdag was wat mij betreft te commercieel. Het leek meer op
            een productpresentatie dan op een inspiratiesessie.

            Met vriendelijke groet,
            Aleid van Beusekom
            """
        ),
    },
    {
        "id": "d106-071",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lars Hendriksen <l.hendriksen@gr-brakelwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Aanvulling op mijn eerdere suggestie: hoe positioneer je je als werkorganisatie tussen de twee regio's
            waar onze gemeenten bij horen? De ene gemeente kijkt naar het noorden, de andere naar het zuiden.

            Lars
            """
        ),
    },
    {
        "id": "d106-072",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Fleur Nagelkerke <f.nagelkerke@schelde-oever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            Count me in for March 11. Topic I'd like to bring: retaining ICT specialists when the market pays them
            almost double what we can offer.

            Thanks,
            Fleur
            """
        ),
    },
    {
        "id": "d106-073",
        "kind": "other",
        "sender": "Menno Zijlstra <m.zijlstra@werkorganisatie-friese-meren-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Het thema Samenwerking komt wat mij betreft elke keer terug. Begrijpelijk gezien ons netwerk, maar ik merk
            dat het gesprek daardoor wat voorspelbaar wordt.

            Met vriendelijke groet,
            Menno Zijlstra
            """
        ),
    },
    {
        "id": "d106-074",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ilse Rozendaal <i.rozendaal@bosrandgemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            datagedreven sturing van de organisatie: dashboards voor het MT op formatie, verzuim en inhuur

            Ilse Rozendaal
            """
        ),
    },
    {
        "id": "d106-075",
        "kind": "autoreply",
        "sender": "Bernadette Oosting <b.oosting@werkorganisatie-kempenzoom.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: " + OPROEP,
        "body": _(
            """
            Ik ben afwezig in verband met de regionale leergang Samenwerking en ben vanaf 20 januari weer bereikbaar.
            Uw e-mail wordt niet doorgestuurd. Voor onderwerpen rond het directeurennetwerk kunt u terecht bij
            mijn secretariaat.

            Bernadette Oosting
            """
        ),
    },
    {
        "id": "d106-076",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Maarten Visschedijk <m.visschedijk@oudeijsselland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Vorige week belde een inwoner ons over de afvalpas. Ze werd drie keer doorverbonden, kreeg twee keer een
            ander antwoord en zat uiteindelijk bij mij aan tafel. Dat zegt iets over hoe wij als organisatie
            samenwerken tussen teams, maar vooral over wat de inwoner ervaart.

            Hoe organiseren jullie dat een inwoner in één keer goed geholpen wordt?

            Maarten
            """
        ),
    },
    {
        "id": "d106-077",
        "kind": "other",
        "sender": "Judith Klomp <j.klomp@stroomland-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik zag op LinkedIn dat iemand informatiebeveiliging heeft voorgesteld. Goed idee, al zijn wij daar nog niet
            zo ver mee dat ik veel kan bijdragen. Ik luister graag mee, als het gekozen wordt.

            Judith
            """
        ),
    },
    {
        "id": "d106-078",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hugo Bredewold <h.bredewold@werkorganisatie-vechtstreek-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Thanks for a great afternoon. For next time I'd suggest the relationship between the shared organisation
            and each of the individual councils: how do you keep three councils equally informed and equally
            committed?

            Best,
            Hugo Bredewold
            """
        ),
    },
    {
        "id": "d106-079",
        "kind": "other",
        "sender": "Pauline Verbiest <p.verbiest@werkorganisatie-roerzicht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Mijn onderwerp: het sturingsconcept na de reorganisatie, van afdelingen naar ketens.

            Los daarvan een vraag: kunt u mij de presentaties van het vorige atelier sturen? Ik wil ze donderdag in het
            MT gebruiken en kan ze nergens vinden. Laat u even weten of dat lukt?

            Pauline Verbiest
            """
        ),
    },
    {
        "id": "d106-080",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Reinier Dommerholt <r.dommerholt@werkorganisatie-hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Voor het volgende atelier:
            - bestuurlijke prioriteiten na de verkiezingen: hoe zet je als directie de koers voor de nieuwe periode?
            - samenwerking met de provincie en de buurregio's bij de regionale opgaven

            Reinier
            """
        ),
    },
    {
        "id": "d106-081",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gwen Lutterman <g.lutterman@werkorganisatie-tielerwaard-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            I'm afraid I won't be able to attend on March 11th. Enjoy the afternoon!

            Gwen
            """
        ),
    },
    {
        "id": "d106-082",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Karel Dolmans <k.dolmans@ambtelijkefusie-maasenpeel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Het atelier over couleur locale was top, ik heb er in ons college nog lang over nagepraat. Dit keer wil
            ik graag inbrengen: de invoering van zaakgericht werken in álle teams, ook die van de buitendienst.

            Met vriendelijke groet,
            Karel Dolmans
            """
        ),
    },
    {
        "id": "d106-083",
        "kind": "other",
        "sender": "Dorien Kraaijeveld <d.kraaijeveld@gemeenten-langstraat-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Moet ik de thema's via een formulier op de website invullen of kan het gewoon per mail? Ik zie op de site
            een knop "onderwerp aandragen" maar die doet niets.

            Dorien
            """
        ),
    },
    {
        "id": "d106-084",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lotte Schimmelpenninck <l.schimmelpenninck@waalzicht-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Op 11 maart ben ik er niet, ik zit dan op vakantie. Toch wil ik een onderwerp meegeven: de inzet van
            WhatsApp en chat in het klantcontact met inwoners. Wij starten in april en horen graag ervaringen.

            Groet,
            Lotte
            """
        ),
    },
    {
        "id": "d106-085",
        "kind": "other",
        "sender": "Tom Halbersma <tom.halbersma@eemvallei-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Quick question: is there a limit on how many topics each member can submit? And do you count them per
            organisation or per person?

            Tom
            """
        ),
    },
    {
        "id": "d106-086",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anja Reijnders <a.reijnders@werkorganisatie-zuiderlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Beste Melanie,

            Hoe ga je om met de ongelijke grootte van de deelnemers? Eén gemeente heeft 60.000 inwoners, de andere twee
            elk rond de 9.000, maar in het bestuur hebben ze evenveel stemmen. Daar zou ik graag met collega's over
            sparren.

            Anja Reijnders
            """
        ),
    },
    {
        "id": "d106-087",
        "kind": "other",
        "sender": "Wilma Tuinstra <w.tuinstra@deltalandenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik heb volgens mij helemaal geen suggestie gestuurd? Misschien bent u mij verwisseld met mijn collega van
            Publiekszaken.

            Met vriendelijke groet,
            Wilma Tuinstra
            """
        ),
    },
    {
        "id": "d106-088",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Joris Middelkoop <j.middelkoop@regio-ijsselkant.nl>",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Mijn onderwerp: de begroting van de werkorganisatie staat onder druk. Hoe verdeel je een bezuiniging van
            zes procent over de teams zonder de uitvoering te raken?

            Joris Middelkoop
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d106-089",
        "kind": "autoreply",
        "sender": "postmaster@gemeente-oldewaarde.nl",
        "quote": "none",
        "subject": "Dit adres is niet meer in gebruik",
        "body": _(
            """
            Gemeente Oldewaarde is per 1 januari 2027 opgegaan in de Werkorganisatie Vechtstreek-Noord. Dit
            e-mailadres wordt niet meer gelezen. Stuur uw bericht opnieuw naar
            info@werkorganisatie-vechtstreek-noord.nl.
            """
        ),
    },
    {
        "id": "d106-090",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bram Scholtens <b.scholtens@werkorganisatie-lingeborg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ziekteverzuim.

            --
            Bram Scholtens
            Directeur | Werkorganisatie Lingeborg
            """
        ),
    },
    {
        "id": "d106-091",
        "kind": "other",
        "sender": "Saskia Roelofsen <s.roelofsen@kroonwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Beste Stan,

            Ik heb nog geen idee. Na de kerst leg ik het aan mijn MT voor en dan kom ik erop terug.

            Saskia
            """
        ),
    },
    {
        "id": "d106-092",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gertjan Wolters <g.wolters@gemeenten-ommerland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antw: " + OPROEP,
        "body": _(
            """
            Goedemiddag Stan,

            Drie gemeenten, drie lijstjes met ambities en één uitvoeringsprogramma: wie krijgt voorrang als de
            capaciteit niet voor alles reikt? Ik zou graag bespreken hoe je die belangen tussen de deelnemers eerlijk
            weegt.

            Gertjan Wolters
            """
        ),
    },
    {
        "id": "d106-093",
        "kind": "unsubscribe",
        "sender": "Marcel Hooghiemstra <m.hooghiemstra@werkorganisatie-vliedmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag afmelden voor deze mailinglijst.

            M. Hooghiemstra
            """
        ),
    },
    {
        "id": "d106-094",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-kempenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "subject": "Re: " + BEDANKT,
        "body": _(
            """
            Vergeten te noemen: ook de klantreis van nieuwe inwoners graag. Verhuizing, inschrijving, afvalpas,
            parkeervergunning, nu vier loketten.

            Nadia
            """
        ),
    },
    {
        "id": "d106-095",
        "kind": "other",
        "sender": "Rutger van Hemert <r.vanhemert@oudeijsselland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Deze oproep komt voor ons veel te vroeg: we zitten midden in de voorjaarsnota en niemand heeft ruimte om
            na te denken. Stuur de oproep wat mij betreft voortaan in maart, dan komen er vast meer reacties.

            Rutger van Hemert
            """
        ),
    },
    {
        "id": "d106-096",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Emma Vrolijk <e.vrolijk@werkorganisatie-geulvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Graag stel ik de volgende twee onderwerpen voor:
            1. Formatie: hoe richt je een flexibele schil in zonder dat de inhuurkosten uit de hand lopen?
            2. Innovatie: een innovatiebudget voor teams, wie heeft daar ervaring mee?

            Vriendelijke groet,
            Emma Vrolijk
            """
        ),
    },
    {
        "id": "d106-097",
        "kind": "rsvp",
        "attending": True,
        "sender": "Monique Haverkamp <m.haverkamp@dewoldengemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw J. Wagemakers laat ik u weten dat zij op 11 maart aanwezig is. Een onderwerp volgt
            niet.

            Met vriendelijke groet,
            Monique Haverkamp
            Secretariaat directie De Wolden Gemeenten
            """
        ),
    },
    {
        "id": "d106-098",
        "kind": "other",
        "sender": "Olaf Vinkenborg <o.vinkenborg@hoornbeek-zandwijk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat fijn dat er donderdag zo openhartig over informatieveiligheid werd gesproken, ook al stond het niet op
            het programma. Dat soort open gesprekken maakt dit netwerk waardevol.

            Olaf
            """
        ),
    },
    {
        "id": "d106-099",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Cathelijne Roosendaal <c.roosendaal@werkorganisatie-duinhaven.nl>",
        "subject": "Onderwerp voor het atelier van maart",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Jullie oproep had ik al weggegooid, vandaar een nieuwe mail. Mijn onderwerp: een strategische agenda voor
            de werkorganisatie die verder kijkt dan de huidige bestuursperiode. Wij hebben alleen jaarplannen en
            lopen steeds achter de waan van de dag aan.

            Hartelijke groet,
            Cathelijne Roosendaal
            """
        ),
    },
    {
        "id": "d106-100",
        "kind": "autoreply",
        "sender": "Freek Kalsbeek <f.kalsbeek@gr-brakelwaard.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + VERVOLG,
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben met ouderschapsverlof tot 1 april. Mijn mail wordt niet gelezen.
            I am on parental leave until April 1st. My mail is not being read.

            Voor zaken rond strategie en organisatieontwikkeling: Ineke Bloem, i.bloem@gr-brakelwaard.nl.
            """
        ),
    },
    {
        "id": "d106-101",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Vincent Loohuis <v.loohuis@werkorganisatie-friese-meren-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Voorstel: "Van P&C-cyclus naar echte sturing: wat heeft de nieuwe planning-en-controlcyclus ons
            opgeleverd?"

            Vincent Loohuis
            """
        ),
    },
    {
        "id": "d106-102",
        "kind": "other",
        "sender": "Anneke Bijlsma <a.bijlsma@werkorganisatie-lingeborg.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            In uw bevestiging staat alleen mijn eerste onderwerp. Het tweede dat ik stuurde ontbreekt. Kunt u dat
            even nakijken?

            Groet,
            Anneke Bijlsma
            """
        ),
    },
    {
        "id": "d106-103",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ruben Zwanenburg <r.zwanenburg@eemvallei-samen.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "Fwd: " + OPROEP,
        "body": _(
            """
            Beste secretariaat,

            Mijn directeur, Petra Holtkamp, vroeg mij haar onderwerp door te sturen: het meten van de prestaties van
            onze publieksdienstverlening met een vast inwonerspanel.

            Met vriendelijke groet,
            Ruben Zwanenburg
            Bestuurssecretaris
            """
        ),
    },
    {
        "id": "d106-104",
        "kind": "other",
        "sender": "Hilde Pronk <h.pronk@werkorganisatie-zuiderlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Re: " + OPROEP,
        "body": _(
            """
            Beste Stan,

            Is 21 januari een harde deadline? Ik wil eerst met mijn MT overleggen en dat lukt pas op de 26e.

            Groet,
            Hilde Pronk
            """
        ),
    },
    {
        "id": "d106-105",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Victor Aalbers <v.aalbers@werkorganisatie-roerzicht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan,

            Ik ben benieuwd hoe andere werkorganisaties hun dienstverleningsovereenkomsten met de deelnemende
            gemeenten herijken. Onze DVO's zijn acht jaar oud en passen niet meer bij wat de gemeenten van ons
            verwachten. Dat zou mijn onderwerp zijn.

            Victor
            """
        ),
    },
    {
        "id": "d106-106",
        "kind": "other",
        "sender": "Irene Sluijter <irene@sluijter-organisatieadvies.nl>",
        "quote": "none",
        "subject": "Aanbod presentatie Leer- en inspireer-atelier",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Van een van uw leden hoorde ik dat u onderwerpen zoekt voor het volgende atelier. Graag bied ik aan een
            interactieve sessie te verzorgen over cultuurverandering na een ambtelijke fusie, gebaseerd op mijn
            promotieonderzoek. Ik stuur u graag een korte opzet toe.

            Met vriendelijke groet,
            dr. Irene Sluijter
            Sluijter Organisatieadvies
            """
        ),
    },
    {
        "id": "d106-107",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Peter-Paul Jongbloed <pp.jongbloed@stroomland-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + VERVOLG,
        "body": _(
            """
            Dank voor het verslag! Een onderwerp voor de volgende keer: hoe houd je de informatievoorziening (I&A) op
            orde als je drie gemeentelijke archieven moet samenvoegen? Ik kom ook weer graag.

            PP
            """
        ),
    },
    {
        "id": "d106-108",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sietske Hoekstra <s.hoekstra@werkorganisatie-friese-meren-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Wilt u mij afmelden voor het atelier van maart? Lid van het netwerk blijf ik natuurlijk graag.

            Sietske Hoekstra
            """
        ),
    },
    {
        "id": "d106-109",
        "kind": "other",
        "sender": "Wessel Doornbos <w.doornbos@regio-ijsselkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Wat vinden jullie ervan om het atelier een keer een hele dag te maken, met 's ochtends een werkbezoek en
            's middags het gesprek? Een middag is eigenlijk te kort om echt de diepte in te gaan.

            Wessel
            """
        ),
    },
    {
        "id": "d106-110",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Josephine Akkerman <j.akkerman@schelde-oever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            My suggestion: setting a multi-year strategic agenda for the organisation itself. What do we want to be
            known for in 2032, and which long-term choices do we make now to get there?

            Kind regards,
            Josephine Akkerman
            Chief Executive, Schelde-Oever shared services
            """
        ),
    },
    {
        "id": "d106-111",
        "kind": "autoreply",
        "sender": "Erik Voorthuis <e.voorthuis@werkorganisatie-tielerwaard-oost.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Gelezen: " + OPROEP,
        "body": _(
            """
            Uw bericht

              Aan: Erik Voorthuis
              Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
              Verzonden: dinsdag 5 januari 2027 09:12:44 (UTC+01:00)

            is gelezen op dinsdag 5 januari 2027 10:03:17 (UTC+01:00).
            """
        ),
    },
    {
        "id": "d106-112",
        "kind": "other",
        "sender": "Willemijn Faber <w.faber@waalzicht-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Melanie,

            Hieronder het idee van mijn collega-directeur Annet van de GR Waalzicht Sociaal. Zij is geen lid, maar ik
            dacht: misschien is het iets.

            "Hoe borg je de kwaliteit van het sociaal domein als de uitvoering bij drie partijen ligt?"

            Zelf heb ik geen voorkeur. Willen jullie haar laten weten of ze welkom is?

            Willemijn
            """
        ),
    },
    {
        "id": "d106-113",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Laurens Mekking <l.mekking@gemeenten-lindeveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Na de fusie van onze ICT en de herinrichting van de organisatie zijn we intern eindelijk rustig. Nu wil ik
            de blik naar buiten richten: hoe zorgen we dat inwoners in de kleine kernen niet verder moeten reizen
            voor een paspoort of rijbewijs? Denk aan een mobiel loket of bezorging aan huis.

            Laurens Mekking
            """
        ),
    },
    {
        "id": "d106-114",
        "kind": "unsubscribe",
        "sender": "Graham Whitfield <g.whitfield@rivierenland-shared.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            Please remove me from your mailing list. I have moved to a position at the province and no longer work
            for a shared service organisation.

            Regards,
            Graham Whitfield
            """
        ),
    },
    {
        "id": "d106-115",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marieke Hulsbosch <m.hulsbosch@dedrieheerlijkheden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik sluit me niet aan bij een bestaand voorstel maar breng een eigen onderwerp in: de couleur locale. Hoe
            houd je als één werkorganisatie recht aan de eigen identiteit en tradities van elk van je
            gemeentebesturen? Bij ons botst dat bij elk evenementenbeleid.

            En ja, ik ben er 11 maart bij.

            Marieke Hulsbosch
            """
        ),
    },
    {
        "id": "d106-116",
        "kind": "other",
        "sender": "Thijs Nooteboom <t.nooteboom@ambtelijkefusie-maasenpeel.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + OPROEP,
        "body": _(
            """
            Goedemiddag,

            De heer Vos is met verlof tot 1 februari. Na zijn terugkeer komt hij zelf met een onderwerp, als dat dan
            nog kan.

            Met vriendelijke groet,
            Thijs Nooteboom
            Directiesecretaris
            """
        ),
    },
    {
        "id": "d106-117",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sophie Ravensbergen <s.ravensbergen@bosrandgemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            De dienstverlening aan onze inwoners is goed op orde, daar scoren we hoog op. Maar achter de schermen
            kraakt het: onze medewerkers werken met zes verschillende werkprocessen voor dezelfde aanvraag, afkomstig
            uit de oude gemeenten. Ik wil graag bespreken hoe je werkprocessen na een fusie echt harmoniseert.

            Sophie
            """
        ),
    },
    {
        "id": "d106-118",
        "kind": "other",
        "sender": "Roeland Kappers <r.kappers@werkorganisatie-hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Betalen jullie sprekers eigenlijk, of presenteren leden altijd zelf? Ik ken iemand die iets over
            organisatieontwikkeling kan vertellen, maar wil niet dat het geld kost.

            Roeland
            """
        ),
    },
    {
        "id": "d106-119",
        "kind": "unsubscribe",
        "sender": "Dick Ploegmakers <d.ploegmakers@werkorganisatie-vechtstreek-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom niet naar het atelier en wil ook geen mails meer van dit netwerk ontvangen. Haal mij van de lijst.

            D. Ploegmakers
            """
        ),
    },
    {
        "id": "d106-120",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Ellen Baartmans <e.baartmans@werkorganisatie-lingeborg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Twee onderwerpen, onder twee thema's:

            Samenwerking: hoe betrek je de gemeenteraden van de deelnemende gemeenten bij de jaarplanning van de
            werkorganisatie?
            Dienstverlening: de inzet van een digitale assistent (chatbot) op de website voor vragen van inwoners.

            Groet,
            Ellen Baartmans
            """
        ),
    },
    {
        "id": "d106-121",
        "kind": "autoreply",
        "sender": "Nathalie Groothuis <n.groothuis@oudeijsselland.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + BEDANKT,
        "body": _(
            """
            Bedankt voor uw e-mail. Ik ben op dit moment niet op kantoor en vanaf maandag 18 januari weer aanwezig.
            Uw bericht wordt na mijn terugkomst behandeld.

            Met vriendelijke groet,
            Nathalie Groothuis
            """
        ),
    },
]
# fmt: on
