"""devset149: replies under the follow-up mail and under the thank-you for a suggestion.

Directors write back after an atelier (under `vervolg_atelier`) or after we confirmed their topic (under
`bedankt_suggestie`). Some propose one or two topics for the next atelier: plainly, as a question, in passing inside
a look-back, or after a story about their own organisation. Others look back (praise, criticism, what they did with
it afterwards), remark on the form of the atelier, correct the report, withdraw or replace a topic they sent earlier,
back a colleague's topic, ask whether they may present, or say whether they come next time; a few leave, hand over,
sign up a colleague or are away. Registers run from stiff to chatty, with phone mails, English writers, assistants
forwarding, signatures and disclaimers.

Conventions this set relies on (from the brief):
- under the follow-up and the thank-you, a proposed topic is a `suggestion`, also beside a look-back or a word on
  coming; a reply that only says whether the writer comes (next time) is an `rsvp`;
- a proposal about the form (time, place, format, length) is `other`, and so are praise or criticism alone,
  corrections to the report, a withdrawn topic without a new one, backing another member's topic and asking
  whether one may present; a topic replaced by a new one is a `suggestion` with the themes of the new topic;
- themes are those of what the writer proposes, not of the story told before it or of words used in passing;
- a yes on a condition the secretariat must answer, or with a real question beside it, is `other`;
- leaving with a successor's address is `unsubscribe`; a hand-over at a later date with "tot die tijd blijf ik lid"
  is `other`; an erasure request is `unsubscribe` with `erase`; one named colleague with an address is `subscribe`;
- replies to `vervolg_atelier` carry the thread `followup`, replies to `bedankt_suggestie` `call_for_themes`; a
  forward by an assistant (its line above is the assistant's own mail) carries no thread, an out-of-office no quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEDANKT = "Dank voor uw themasuggestie [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d149-001",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jeroen Aalbers <j.aalbers@zandmeren.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de geslaagde middag in Utrecht. Voor het volgende atelier breng ik graag in:

            - Hoe ga je als werkorganisatie om met een deelnemende gemeente die openlijk nadenkt over uittreden
              uit de GR?

            Met vriendelijke groet,

            Jeroen Aalbers
            algemeen directeur Werkorganisatie Zandmeren
            """
        ),
    },
    {
        "id": "d149-002",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Annelies Roodbergen <a.roodbergen@lindeland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            Onderwerp voor de volgende keer: strategische personeelsplanning. Wij zien de komende vijf jaar bijna een
            kwart van onze mensen met pensioen gaan en hebben nog geen idee hoe we dat opvangen.

            Hartelijke groet,
            Annelies
            """
        ),
    },
    {
        "id": "d149-003",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mr. drs. W.F. (Willem) Terlouw <wf.terlouw@ao-kempenzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Vorige maand stond er bij ons een inwoner aan de balie in Heeswijk-Broek die voor een en dezelfde
            mantelzorgvraag al drie keer was doorverwezen, van het ene dorpshuis naar het andere en weer terug. Hij
            was er terecht boos over. Het zette mij aan het denken over wat wij inwoners eigenlijk beloven sinds de
            fusie van de ambtelijke diensten.

            Mijn voorstel voor het volgende atelier is dan ook: hoe richt je één loket in voor de inwoners van alle
            deelnemende gemeenten, zodat niemand meer van het kastje naar de muur gaat?

            Hoogachtend,

            W.F. Terlouw
            directeur Ambtelijke Organisatie Kempenzoom
            """
        ),
    },
    {
        "id": "d149-004",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Hanneke Spruijt <h.spruijt@werkorganisatie-vlietmonde.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Twee onderwerpen van mijn kant:
            1. Een visie op de werkorganisatie in 2035: wie schrijft die eigenlijk, de directie of de besturen?
            2. Onze plek in de regio nu de provincie met een regiodeal komt en wij ineens aan tafel moeten.

            Groet, Hanneke
            """
        ),
    },
    {
        "id": "d149-005",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gerrit-Jan Oldenkamp <gj.oldenkamp@haarveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Wat een goede middag was het weer. Vooral het gesprek aan tafel drie over de rol van de
            gemeentesecretarissen naast de directie vond ik scherp. Op de fiets terug naar het station bedacht ik
            me dat we het in dit netwerk nog nooit over informatiebeveiliging hebben gehad, terwijl wij vorig jaar
            een ransomware-aanval hadden die ons twee weken platlegde. Lijkt me iets voor een volgende keer, hoe je
            je organisatie daartegen wapent.

            Vriendelijke groeten,
            Gerrit-Jan Oldenkamp
            Werkorganisatie Haarveld

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Ontvangt u dit bericht ten onrechte, verwijder
            het dan en informeer de afzender.
            """
        ),
    },
    {
        "id": "d149-006",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ruud Brinkhorst <r.brinkhorst@debrakelsewaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoe zorg je ervoor dat drie gemeenten met elk hun eigen college zich samen eigenaar voelen van één
            werkorganisatie, in plaats van klant?

            Die vraag zou ik graag eens met collega's uitdiepen.

            Ruud Brinkhorst
            """
        ),
    },
    {
        "id": "d149-007",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Pieter-Jan Hoekstra <pj.hoekstra@noordkwartier-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan and Melanie,

            Thanks for a great afternoon, and for the write-up. One topic I'd love to put forward for the next
            atelier: how do you measure how satisfied residents are with our services across all partner
            municipalities, and then actually act on those figures? We publish a dashboard every quarter but I doubt
            anyone opens it.

            Best,
            Pieter-Jan Hoekstra
            Director, Noordkwartier Samen
            """
        ),
    },
    {
        "id": "d149-008",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Carolien van Doorn <c.vandoorn@zandmeren.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Nog één toevoeging aan mijn lijstje, als het nog kan: hybride werken en onze huisvesting. Hoeveel
            vierkante meter kantoor heb je als werkorganisatie nog nodig als de helft thuis werkt?

            Met vriendelijke groet,
            Carolien van Doorn
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d149-009",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bas Wijnberg <b.wijnberg@maasoever.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan,

            Bij nader inzien laat ik de digitalisering van werkprocessen graag vallen; dat pakken we al op in het
            regionale I-overleg en het zou hier dubbel zijn. In plaats daarvan wil ik inbrengen: hoe verdeel je
            gezamenlijke opgaven als jeugdzorg en de energietransitie wanneer de drie gemeenten er heel verschillende
            ambities op hebben?

            De relatie met de gemeenteraden blijft gewoon staan.

            Groet,
            Bas
            """
        ),
    },
    {
        "id": "d149-010",
        "kind": "other",
        "sender": "Ilse Koopmans-Derksen <i.koopmans@gr-duinvlakte.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Wilt u 'de relatie met de gemeenteraden' weer van mijn lijst halen? Na de herindelingsdiscussie van vorige
            week heeft dat bij ons voorlopig geen prioriteit meer en ik wil de telling niet vertroebelen. Het andere
            punt mag blijven staan.

            Dank en groet,
            Ilse Koopmans
            """
        ),
    },
    {
        "id": "d149-011",
        "kind": "other",
        "sender": "Frank Ottevanger <f.ottevanger@werkorganisatie-lekdijk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Kleine correctie op uw bevestiging: u hebt bij mijn suggestie de thema's Organisatie en Samenwerking
            genoteerd, maar het ging mij nadrukkelijk om de strategische kant, de langere lijn. Kunt u dat in uw
            telling aanpassen? Anders belandt het straks in het verkeerde bakje.

            Frank Ottevanger
            """
        ),
    },
    {
        "id": "d149-012",
        "kind": "other",
        "sender": "Marjolein Ter Horst <m.terhorst@ijsselvlakte.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Complimenten voor de organisatie! De sfeer was open, er werd echt geluisterd, en van de casus uit de
            Vlietmonde-gemeenten heb ik veel opgestoken. Het verslag is bovendien heel compleet, dat zie je niet vaak.

            Marjolein
            """
        ),
    },
    {
        "id": "d149-013",
        "kind": "other",
        "sender": "Dirk-Willem Faber <dw.faber@westergo-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste heer Van de Laar,

            Eerlijk gezegd vond ik de middag wat teleurstellend. Het panel heeft ruim een uur gezonden en daarna
            bleef er nauwelijks ruimte over voor het gesprek tussen ons, terwijl dat voor mij de reden is om te komen.
            Ik hoop dat u dat meeneemt.

            Met vriendelijke groet,
            D.W. Faber
            """
        ),
    },
    {
        "id": "d149-014",
        "kind": "other",
        "sender": "Yvonne Lammerts <y.lammerts@ao-kempenzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan en Melanie,

            Even een terugkoppeling, omdat het leuk is om te horen wat er met zo'n middag gebeurt: het idee van een
            vaste accountmanager per gemeente, waar Rutger over vertelde, heb ik maandag in ons MT gelegd. We gaan het
            na de zomer in twee van de vier gemeenten uitproberen. De burgemeester van Aarlebroek was meteen
            enthousiast.

            Dank voor de inspiratie!
            Yvonne
            """
        ),
    },
    {
        "id": "d149-015",
        "kind": "other",
        "sender": "Hans Meulenbelt <h.meulenbelt@lindeland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Een opmerking over de vorm. Een donderdagmiddag tot half zes botst bij veel van ons met commissie- en
            raadsvergaderingen; ik moest zelf om vijf uur weg. Is een ochtend, bijvoorbeeld van negen tot half één,
            geen optie voor de volgende keer?

            Met vriendelijke groet,
            Hans Meulenbelt
            """
        ),
    },
    {
        "id": "d149-016",
        "kind": "other",
        "sender": "Sietske Hofstra <s.hofstra@westergo-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Suggestie voor het volgende atelier: organiseer het eens op locatie bij een van de werkorganisaties, met
            een rondleiding vooraf. Dan zie je met eigen ogen hoe een ander het heeft ingericht. Wij willen best
            gastheer zijn in Westergo, ons nieuwe kantoor is in juni klaar.

            Sietske Hofstra
            """
        ),
    },
    {
        "id": "d149-017",
        "kind": "other",
        "sender": "Koen Verheijen <k.verheijen@gr-duinvlakte.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            In het verslag staat dat onze werkorganisatie voor vijf gemeenten werkt. Dat zijn er sinds 1 januari vier:
            Oosterbroek is uitgetreden en heeft zich bij de buren aangesloten. Een gevoelig punt hier, dus ik zou het
            fijn vinden als dat wordt aangepast.

            Met vriendelijke groet,
            Koen Verheijen
            gemeentesecretaris-directeur GR Duinvlakte
            """
        ),
    },
    {
        "id": "d149-018",
        "kind": "other",
        "sender": "Thea van der Meiden <t.vandermeiden@ijsselvlakte.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan, mijn naam staat in het verslag als 'Van der Meijden', maar het is zonder j. Geen ramp hoor,
            alleen mijn moeder leest het ook mee :) Thea
            """
        ),
    },
    {
        "id": "d149-019",
        "kind": "other",
        "sender": "Arjan Poelstra <a.poelstra@noordkwartier-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Ook via een ander
            netwerk lukt het niet. Kunt u het verslag als pdf mailen?

            Arjan Poelstra
            """
        ),
    },
    {
        "id": "d149-020",
        "kind": "other",
        "sender": "Greetje Bosma-Veldkamp <g.bosma@haarveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Ik las in het verslag dat Marloes Verbrugge voorstelde om het een volgende keer over de krappe
            arbeidsmarkt te hebben. Daar sluit ik me van harte bij aan, ook bij ons is dat inmiddels het grootste
            knelpunt. Zelf heb ik er niets aan toe te voegen, maar wilde het even laten weten.

            Greetje
            """
        ),
    },
    {
        "id": "d149-021",
        "kind": "other",
        "sender": "Maurits Kleinjan <m.kleinjan@werkorganisatie-vlietmonde.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wij hebben het afgelopen jaar een nieuw sturingsconcept ingevoerd met zelforganiserende resultaatteams, met
            vallen en opstaan. Zou ik daar bij het volgende atelier een korte presentatie over mogen geven? Twintig
            minuten is genoeg, en ik denk dat anderen van onze fouten kunnen leren.

            Hoor graag of dat past.

            Maurits Kleinjan
            """
        ),
    },
    {
        "id": "d149-022",
        "kind": "other",
        "sender": "Esther Goudsmit <e.goudsmit@maasoever.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Would there be room at the next atelier for a short pitch on the shared data platform we built with our
            three municipalities? I'd be happy to take fifteen minutes and bring a colleague from our I&A team.
            Please let me know whom I should coordinate with.

            Kind regards,
            Esther Goudsmit
            """
        ),
    },
    {
        "id": "d149-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Leon Hartgers <l.hartgers@debrakelsewaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Jullie bedanken mij voor mijn komst, maar ik moest er op het laatste moment vanaf vanwege een crisisoverleg.
            Excuus daarvoor. Het volgende atelier sla ik in elk geval niet over: zet me maar vast op de lijst.

            Groet, Leon
            """
        ),
    },
    {
        "id": "d149-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nynke Dijkstra <n.dijkstra@westergo-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor het verslag. Het volgende atelier kan ik helaas niet bijwonen: ik ben van september tot en met
            december met studieverlof. Daarna ben ik er graag weer bij.

            Nynke Dijkstra
            """
        ),
    },
    {
        "id": "d149-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Eggink <b.eggink@ijsselvlakte.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Top middag, de volgende ben ik er weer bij 👍

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d149-026",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ingeborg Wessels <i.wessels@lindeland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kom de volgende keer zeker weer. Als onderwerp wil ik inbrengen: hoe monitor je de prestaties van je
            dienstverlening aan ondernemers, van vergunningaanvraag tot handhaving, zonder een papieren tijger te
            bouwen?

            Groet,
            Ingeborg Wessels
            """
        ),
    },
    {
        "id": "d149-027",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Roel Dekkers <r.dekkers@werkorganisatie-lekdijk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan en Melanie,

            Wat ik vooral meeneem van donderdag is dat we allemaal met dezelfde spagaat zitten. Je bouwt een
            professionele organisatie met één werkwijze, één systeem, één cultuur, en ondertussen wil elke wethouder
            zijn eigen gezicht houden. Ik heb er in de trein nog lang over nagedacht, en ook over wat Ellen zei over
            haar budgetdiscussie, waar ik me erg in herkende.

            Misschien iets voor een volgende keer: de directeur als dienaar van drie heren. Hoe houd je de verhouding
            met drie colleges gezond als hun belangen uit elkaar lopen?

            Hartelijke groet,
            Roel
            """
        ),
    },
    {
        "id": "d149-028",
        "kind": "other",
        "sender": "Willemijn Baart <w.baart@noordkwartier-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste organisatoren,

            Ik nam online deel en het geluid was helaas echt slecht: de tafelgesprekken waren nauwelijks te volgen en
            de chat werd niet gelezen. Als jullie hybride deelname willen aanbieden, dan graag een goede
            conferentiemicrofoon en iemand die de online deelnemers erbij betrekt. Anders kom ik liever gewoon fysiek.

            Met vriendelijke groet,
            Willemijn Baart
            """
        ),
    },
    {
        "id": "d149-029",
        "kind": "unsubscribe",
        "sender": "Cor Hendriksen <c.hendriksen@maasoever.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Dank voor het verslag en de vraag om onderwerpen. Ik moet u echter teleurstellen: per 1 april begin ik
            aan een functie bij het ministerie en val ik niet meer onder de doelgroep van het netwerk. Wilt u mij
            uitschrijven? Ik heb het altijd met veel plezier gedaan.

            Met vriendelijke groet,
            Cor Hendriksen
            """
        ),
    },
    {
        "id": "d149-030",
        "kind": "unsubscribe",
        "sender": "Margriet Oosterveld <m.oosterveld@gr-duinvlakte.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dit was mijn laatste atelier: ik ga met pensioen. Mijn opvolger, Karin Brouwers, is sinds deze week in
            dienst als algemeen directeur. Wilt u haar in mijn plaats in het netwerk opnemen? Haar adres is
            k.brouwers@gr-duinvlakte.nl.

            Het ga jullie goed,
            Margriet
            """
        ),
    },
    {
        "id": "d149-031",
        "kind": "other",
        "sender": "Henk-Jan Wolters <hj.wolters@haarveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Nu het officieel is kan ik het melden: per 1 januari volgend jaar stop ik als directeur. Wessel Lubbers
            (w.lubbers@haarveld.nl) neemt dan het stokje over. Tot die tijd blijf ik lid en kom ik graag naar het
            najaarsatelier.

            Groet,
            Henk-Jan
            """
        ),
    },
    {
        "id": "d149-032",
        "kind": "subscribe",
        "sender": "Tamara Jongejan <t.jongejan@lindeland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan,

            Mijn collega-directeur Fenna Kuipers was donderdag mee als mijn gast en was zo enthousiast dat ze zelf lid
            wil worden. Haar adres: f.kuipers@lindeland.nl

            Groetjes, Tamara
            """
        ),
    },
    {
        "id": "d149-033",
        "kind": "autoreply",
        "sender": "Olaf Brandsma <o.brandsma@westergo-werkt.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Automatisch antwoord: " + VERVOLG,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben tot en met 4 april met vakantie en lees mijn mail niet. Voor dringende zaken kunt u terecht bij
            het directiesecretariaat, 0515 - 48 22 10.

            Olaf Brandsma
            """
        ),
    },
    {
        "id": "d149-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sanne Rutgers <s.rutgers@ijsselvlakte.nl>",
        "quoted": "vervolg_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + VERVOLG,
        "body": _(
            """
            Beste secretariaat,

            Namens mevrouw Dijkgraaf, die deze week op werkbezoek is: zij stelt voor het volgende atelier het
            sturingsconcept voor, en dan in het bijzonder de vraag of je een directie met of zonder afdelingshoofden
            inricht.

            Met vriendelijke groet,
            Sanne Rutgers
            managementassistent directie IJsselvlakte
            """
        ),
    },
    {
        "id": "d149-035",
        "kind": "other",
        "sender": "Petra Zwiers <p.zwiers@debrakelsewaard.nl>",
        "quoted": "vervolg_atelier",
        "quote": "doorgestuurd",
        "subject": "Fwd: " + VERVOLG,
        "body": _(
            """
            Goedemorgen,

            De heer Baas vroeg mij door te geven dat hij niet op de deelnemerslijst in het verslag staat, terwijl hij
            er wel bij was. Zou u dat willen aanvullen?

            Vriendelijke groet,
            Petra Zwiers
            secretariaat directie De Brakelse Waard
            """
        ),
    },
    {
        "id": "d149-036",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jozef Vanderheyden <j.vanderheyden@ao-kempenzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Voorstel onderwerp volgende atelier: hoe stel je als werkorganisatie een meerjarige strategische agenda
            op als de bestuurlijke prioriteiten elke vier jaar kantelen?

            J. Vanderheyden
            """
        ),
    },
    {
        "id": "d149-037",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Albertine Kruidhof <a.kruidhof@werkorganisatie-vlietmonde.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Bij ons groeit een van de drie gemeenten hard door woningbouw, terwijl de andere twee krimpen. Dat geeft
            spanning over de bijdrage aan de begroting, over capaciteit en over wie voorrang krijgt bij projecten. In
            het laatste AB werd het zelfs even onaangenaam.

            Ik zou graag van collega's horen hoe zij omgaan met zulke ongelijke groei tussen de deelnemende gemeenten.

            Albertine Kruidhof
            """
        ),
    },
    {
        "id": "d149-038",
        "kind": "other",
        "sender": "Michiel Stoffels <m.stoffels@werkorganisatie-lekdijk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag, prettig leesbaar. Is al bekend wanneer het najaarsatelier plaatsvindt? Dan blokkeer
            ik het vast, mijn agenda loopt in het najaar altijd snel vol.

            Michiel
            """
        ),
    },
    {
        "id": "d149-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rianne Hoogendijk <r.hoogendijk@maasoever.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Ik was er donderdag niet bij (griep), dus dank voor het verslag. Ook bij het volgende atelier zal ik er
            niet zijn: in het najaar ga ik met verlof na de geboorte van ons tweede kindje. Het netwerk blijf ik
            natuurlijk wel volgen.

            Rianne
            """
        ),
    },
    {
        "id": "d149-040",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Ewout Sloothaak <e.sloothaak@noordkwartier-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Onderwerpen voor de volgende keer:
            het meten van klanttevredenheid bij inwoners (wij doen dat nu per gemeente anders, dus vergelijken kan niet)
            de formatie laten meegroeien met de taken zonder dat de overhead ontspoort

            Ewout Sloothaak
            Directeur Noordkwartier Samen
            """
        ),
    },
    {
        "id": "d149-041",
        "kind": "other",
        "sender": "Lotte Aarnink <l.aarnink@haarveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Mijn enige punt van kritiek: de borrel na afloop was veel te kort. Juist daar hoorde ik de eerlijkste
            verhalen. Plan gerust een uur extra in, ik denk dat niemand daar bezwaar tegen heeft.

            Verder: chapeau!
            Lotte
            """
        ),
    },
    {
        "id": "d149-042",
        "kind": "other",
        "sender": "Siebe Wiersma <s.wiersma@westergo-werkt.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + BEDANKT,
        "body": _(
            """
            Zo is het goed genoteerd, dank je. Ik ben benieuwd wat er na de telling van 21 januari overblijft.

            Siebe
            """
        ),
    },
    {
        "id": "d149-043",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Olivia Brenninkmeijer <o.brenninkmeijer@gr-duinvlakte.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks Melanie. One more for the list, if it isn't too late: how to keep good people in a merged
            organisation when they feel they have lost their 'own' town hall. We lost four team leads last year.

            Olivia
            """
        ),
    },
    {
        "id": "d149-044",
        "kind": "other",
        "sender": "Gijs Mulderije <g.mulderije@ao-kempenzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Namens ons MT: wij steunen het voorstel dat uit de zaal kwam om de volgende keer door te praten over de
            rol van de gemeenteraad in een GR. Tel ons maar mee als voorstanders van dat onderwerp. Een eigen
            onderwerp hebben we deze ronde niet.

            Met vriendelijke groet,
            Gijs Mulderije
            """
        ),
    },
    {
        "id": "d149-045",
        "kind": "other",
        "sender": "Jolanda Veenstra <j.veenstra@ijsselvlakte.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Het verslag spreekt van tweeënveertig deelnemers; volgens mijn telling waren we met achtentwintig, plus
            een paar online. Het maakt op zich niet veel uit, maar ik stuur het verslag door naar onze drie raden en
            daar leest men zulke getallen heel precies.

            Met vriendelijke groet,
            J. Veenstra
            """
        ),
    },
    {
        "id": "d149-046",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Thijs Bouwmeester <t.bouwmeester@debrakelsewaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Na het atelier ben ik met ons I-team gaan zitten over het samenvoegen van onze drie zaaksystemen tot één.
            We zijn er een jaar mee bezig en lopen vast op de migratie van de oude dossiers. Hoe hebben anderen dat
            aangepakt? Dat lijkt me een goede vraag voor de volgende keer.

            Groet,
            Thijs
            """
        ),
    },
    {
        "id": "d149-047",
        "kind": "other",
        "sender": "Nicolette Ramaker <n.ramaker@lindeland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Het onderwerp dat ik in januari instuurde, de Omgevingswet en de vergunningverlening, mag wat mij betreft
            van de lijst. Na donderdag is dat eigenlijk wel uitgepraat. Ik heb op dit moment geen ander onderwerp.

            Groet,
            Nicolette Ramaker
            """
        ),
    },
    {
        "id": "d149-048",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Frits Akkerman <f.akkerman@werkorganisatie-lekdijk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste Melanie,

            In januari stuurde ik 'de rol van de raad bij de begroting' in. Dat kwam donderdag al uitgebreid aan bod,
            dus dat mag weg. Graag in de plaats daarvan: de bereikbaarheid van onze dienstverlening in de kleine
            kernen nu de servicepunten één voor één sluiten. Hoe blijf je dichtbij inwoners zonder fysiek loket?

            Frits Akkerman
            """
        ),
    },
    {
        "id": "d149-049",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hester van Zanten <h.vanzanten@werkorganisatie-vlietmonde.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mooi verslag. Ik schuif de volgende keer graag weer aan, ongeacht het onderwerp: het gesprek met
            collega's is voor mij altijd de moeite waard.

            Hester
            """
        ),
    },
    {
        "id": "d149-050",
        "kind": "other",
        "sender": "Lucas Timmermans <l.timmermans@maasoever.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dag Melanie, zijn de sheets van Hugo ook ergens te vinden? In het verslag staan alleen de hoofdpunten en
            ik wil zijn plaatje van de drie sturingslijnen graag in ons MT gebruiken. Dank! Lucas
            """
        ),
    },
    {
        "id": "d149-051",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gert Slagman <g.slagman@haarveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Onderwerp: ziekteverzuim. Bij ons 8,4 procent en stijgend, vooral bij de uitvoering.
            Wie heeft het omgebogen?

            G. Slagman
            """
        ),
    },
    {
        "id": "d149-052",
        "kind": "other",
        "sender": "Anouk de Gruyter <a.degruyter@noordkwartier-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Een gedachte over het programma zelf: zou het niet beter zijn het atelier één keer per jaar te houden,
            maar dan een hele dag, met een overnachting? Twee middagen per jaar voelt steeds net te kort om echt de
            diepte in te gaan.

            Hartelijke groet,
            Anouk de Gruyter
            """
        ),
    },
    {
        "id": "d149-053",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wouter Pietersma <w.pietersma@westergo-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            We hebben donderdag veel over eigenheid en de couleur locale gesproken, en dat was goed. Wat ik miste is
            het gesprek over geld. Hoe houd je de werkorganisatie financieel gezond als de algemene uitkering daalt en
            de gemeenten op de bijdrage gaan korten? Dat zie ik volgende keer graag op de agenda.

            Wouter Pietersma
            """
        ),
    },
    {
        "id": "d149-054",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Diederik Smallenbroek <d.smallenbroek@ao-kempenzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Ik stop met mijn deelname aan het netwerk. Verwijdert u tevens al mijn persoonsgegevens uit uw
            administratie, op grond van de AVG, en bevestigt u dat schriftelijk.

            D. Smallenbroek
            """
        ),
    },
    {
        "id": "d149-055",
        "kind": "other",
        "sender": "Marieke Hulshof <m.hulshof@gr-duinvlakte.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "RE: " + VERVOLG,
        "body": _(
            """
            Ik kom volgende keer graag weer, mits het atelier in Utrecht blijft. Ik hoorde iemand over Zwolle en
            daar kom ik met de trein vanuit Zeeland niet op tijd. Weten jullie al waar het wordt?

            Verstuurd vanaf mijn Samsung
            """
        ),
    },
]
# fmt: on
