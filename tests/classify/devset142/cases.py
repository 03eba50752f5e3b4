"""devset142: topics in every shape, and the look-alikes of topics.

Directors and their staff answer the call for themes, the follow-up, the welcome, the invitation and the thank-you,
or write a new mail, and put a topic for the atelier as a question, as a bullet or numbered list, as an inline answer
under our own theme list, hidden at the end of a long story, in English, or only in the subject line. Some propose
two topics under two themes, some one topic that spans two themes; many name a theme in passing (in an excuse, a job
title, a complaint about earlier ateliers) or carry a theme word inside a longer word (dienstverleningsovereenkomst,
strategische personeelsplanning, samenwerkingsverband) that is not the theme of what they propose. Beside them stand
the look-alikes: wishes about the form of the atelier, praise and criticism of the last one, backing a colleague's
topic, offering or asking to present, questions about the programme, the deadline or the report, a remark on the
four-theme division itself, and replies to the call that only say whether the writer comes.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. A topic proposed under any of our mails (call, follow-up, thank-you,
  welcome, invitation, reminder, change) or in a new mail is a `suggestion`, also when the writer says in the same
  mail whether they come or adds a wish about the form.
- `themes` holds the themes of what the writer proposes, not of words used in passing, in a signature, inside a
  compound word or in the story told before it; two only where one topic clearly spans both or two topics fall
  under two themes.
- A proposal about time, place or format only is `other`; so are praise or criticism of the last atelier, backing
  another member's topic without one's own, asking whether one may present, and questions about the programme.
- Under the call, a reply that only says whether the writer comes is an `rsvp`; leaving the network is
  `unsubscribe` also when it answers the call; an out-of-office is an `autoreply` without a quote.
- Replies to `vervolg_atelier` carry the thread `followup`; replies to `bedankt_suggestie` the thread
  `call_for_themes`; a new mail has no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d142-001",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jolanda Kremers <j.kremers@tweestromen-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Een vraag die bij ons al maanden op tafel ligt en die ik graag met collega's zou verkennen: hoe
            voorkom je dat de kleinste van de drie gemeenten zich structureel ondergesneeuwd voelt in de
            werkorganisatie? Bij ons schuift de wethouder van Oosterpolder steeds vaker aan met een eigen
            'verlanglijstje', los van de afspraken in het DB.

            Hartelijke groet,
            Jolanda Kremers
            Algemeen directeur Werkorganisatie Tweestromen
            """
        ),
    },
    {
        "id": "d142-002",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Ruud Oosterhof <r.oosterhof@brugkamp.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            Twee dingen van onze kant:
            - sturen op klanttevredenheid: welke kpi's meten jullie aan balie en website, en wat doe je er dan mee?
            - onze meerjarenkoers na de evaluatie: hoe ver vooruit durf je als werkorganisatie te kijken met
              verkiezingen over anderhalf jaar?

            gr Ruud
            """
        ),
    },
    {
        "id": "d142-003",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrik-Jan Bosveld <hj.bosveld@wadkant.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Dank voor de middag in Utrecht, en excuus dat ik er zo snel vandoor moest: de laatste trein naar het
            noorden wacht op niemand.

            Op de terugweg zat ik na te denken over wat de collega uit de Achterhoek vertelde. Bij ons is het
            namelijk precies andersom gegaan. We zijn in 2019 begonnen met een heel plat model, zelforganiserende
            teams, geen afdelingshoofden meer, en eerlijk is eerlijk: dat heeft de eerste jaren veel energie
            opgeleverd. Maar sinds de krapte toeslaat en we veel jonge mensen hebben binnengehaald, merk ik dat
            de teams houvast missen. Twee teamcoaches zijn vorig jaar uitgevallen en het MT twijfelt hardop of we
            niet 'terug' moeten naar een lijnstructuur. De gemeentesecretarissen kijken daarbij vooral naar mij.

            Dus, als ik mag: de volgende keer zou ik graag bespreken hoe je een sturingsconcept bijstuurt zonder
            dat het voelt als een stap terug. Ik vermoed dat meer collega's daarmee zitten.

            Doe Stan de groeten, we spraken elkaar kort bij de koffie.

            Met vriendelijke groet,
            Hendrik-Jan Bosveld
            directeur
            Werkorganisatie Wadkant
            """
        ),
    },
    {
        "id": "d142-004",
        "kind": "suggestion",
        "themes": ["organisatie", "strategie"],
        "sender": "Annemarie Tjoelker <a.tjoelker@gr-dijkenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            Mijn onderwerp: hoe koppel je de meerjarenbegroting van de werkorganisatie aan een lange-termijnvisie
            die verder reikt dan één raadsperiode? Bij ons is de kaderbrief elk jaar weer een rekensom, terwijl ik
            financiën en koers juist in één verhaal zou willen vertellen.

            Met vriendelijke groet,

            drs. A.M. (Annemarie) Tjoelker
            Directeur bedrijfsvoering | GR Dijkenland
            """
        ),
    },
    {
        "id": "d142-005",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Cor Meijerink <c.meijerink@zandhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Strategie en samenwerking komen elke keer wel langs, daar hoeven jullie bij mij niet om te vragen ;-)
            Wat ik echt zou willen bespreken: de wachttijd aan de telefoon. Wij zitten gemiddeld op zes minuten en
            inwoners hangen op. Hoe hebben anderen dat opgelost?

            Cor

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d142-006",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bert van Galen <b.vangalen@heuvelrijn.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geacht secretariaat,

            Graag draag ik het volgende onderwerp aan: de herijking van de dienstverleningsovereenkomst tussen de
            vier gemeenten en onze werkorganisatie. Wie bepaalt wat er in komt, hoe ga je om met gemeenten die
            meer willen dan de andere drie, en wat doe je als één partner de afspraken eenzijdig wil openbreken?

            Hoogachtend,

            B.J. van Galen
            Gemeentesecretaris/algemeen directeur
            Werkorganisatie Heuvelrijn
            """
        ),
    },
    {
        "id": "d142-007",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Petra Hogeveen <p.hogeveen@eemhoeve.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor het warme welkom.

            U vraagt of ik al een onderwerp heb: jazeker. Strategische personeelsplanning. Binnen ons
            samenwerkingsverband gaan de komende vijf jaar ruim tachtig collega's met pensioen, vooral bij
            Belastingen en Openbare Ruimte, en we hebben eerlijk gezegd geen idee hoe we die formatie gaan
            opvullen.

            Petra Hogeveen
            directeur bedrijfsvoering Eemhoeve
            """
        ),
    },
    {
        "id": "d142-008",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Fiona Gallagher <f.gallagher@geestmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Apologies for writing in English - my Dutch is still very much a work in progress.

            One topic I would love to discuss with colleagues: how do you keep three municipalities committed to a
            shared organisation when each of them suspects the others get more value out of it? In our case the
            smallest partner is openly questioning its contribution and has started its own review.

            Kind regards,
            Fiona Gallagher
            Director of Operations | Werkorganisatie Geestmeer
            """
        ),
    },
    {
        "id": "d142-009",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Nadia el Amrani <n.elamrani@lindeborg.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Hi both, thanks for a good afternoon.

            For next time: chatbots and AI assistants answering residents' questions. We started a pilot for
            parking permits and waste collection in January and I'm curious whether others see the same mix of
            happy users and furious ones.

            Best, Nadia
            """
        ),
    },
    {
        "id": "d142-010",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gerard Wolters <g.wolters@maaslinge.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom op 11 maart.

            Los daarvan, voor een volgend atelier: hoe meten jullie of ondernemers tevreden zijn over de
            vergunningverlening? Wij krijgen alleen signalen via de lokale ondernemersvereniging en dat is
            nogal eenzijdig.

            Groet,
            Gerard Wolters
            """
        ),
    },
    {
        "id": "d142-011",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ilse Breukink <i.breukink@kustpolder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee helaas, die middag zit ik bij de accountant voor de interim-controle.

            Wel een idee voor de keer daarna: informatieveiligheid. Sinds de hack bij een buurorganisatie vraagt
            ons bestuur wekelijks hoe het bij ons zit, en ik merk dat onze I&A-afdeling en de
            concerncontroller elkaar daarin nog niet vinden.

            Ilse Breukink
            Directeur Werkorganisatie Kustpolder
            """
        ),
    },
    {
        "id": "d142-012",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Maarten de Kloet <m.dekloet@vechtstroomsamen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemorgen,

            Meteen maar een onderwerp, nu het nog vers is: mag een werkorganisatie een eigen visie op de lange
            termijn hebben, of zijn wij puur uitvoerder van wat de colleges bedenken? Ik zit net drie weken op
            deze stoel en krijg op die vraag van iedereen een ander antwoord.

            Met vriendelijke groet,
            Maarten de Kloet
            """
        ),
    },
    {
        "id": "d142-013",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lotte Vermeulen <l.vermeulen@drechtveld.nl>",
        "quote": "none",
        "subject": "Onderwerp voor het volgende atelier",
        "body": _(
            """
            Beste Stan,

            Ik had de oproep niet meer in mijn inbox, vandaar een los mailtje. Ons onderwerp: hoe positioneer je
            een fusieorganisatie van twee middelgrote gemeenten in een regio waar de centrumstad alle
            regionale tafels naar zich toe trekt? Bij de woondeal en de arbeidsmarktregio zitten wij steeds aan
            de zijlijn.

            Hartelijke groet,
            Lotte Vermeulen
            algemeen directeur Drechtveld
            """
        ),
    },
    {
        "id": "d142-014",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Willemijn Staal <w.staal@werkorganisatie-brw.nl>",
        "quote": "none",
        "subject": "Suggestie atelier: krapte op de arbeidsmarkt en onvervulde vacatures",
        "body": _(
            """
            Zie onderwerpregel. Bij ons staan 23 vacatures open, negen daarvan al langer dan een half jaar.
            Benieuwd hoe collega's dit aanpakken.

            Gr. Willemijn
            """
        ),
    },
    {
        "id": "d142-015",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sjoerd Haitsma <s.haitsma@wetterwald.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Eén toevoeging nog, die schoot me gisteren in het MT te binnen: hoe monitoren
            jullie de prestaties van de dienstverlening zelf, dus doorlooptijden, klachten, herhaalcontacten? Wij
            hebben cijfers genoeg, maar niemand kijkt er structureel naar.

            Sjoerd
            """
        ),
    },
    {
        "id": "d142-016",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marloes Timmer <m.timmer@hunzedal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Tot donderdag!

            Alvast iets voor een volgende ronde: hoe vertaal je een nieuw coalitieakkoord naar de meerjarige
            koers van de werkorganisatie, zonder dat je om de vier jaar opnieuw begint?

            Marloes
            """
        ),
    },
    {
        "id": "d142-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Theo Verbrugge <theo.verbrugge@bosenduin.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Onze drie punten, in willekeurige volgorde:

            1. hybride werken en huisvesting: drie gemeentehuizen, en op dinsdag en donderdag te weinig plekken
            2. robotisering van werkprocessen bij Belastingen en Burgerzaken
            3. integraal management: houden we het, of gaan we naar een matrix?

            Met vriendelijke groeten,
            T. Verbrugge
            Directeur Werkorganisatie Bos en Duin
            """
        ),
    },
    {
        "id": "d142-018",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Esther Doornbos <e.doornbos@zuiderwold.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan, dag Melanie,

            Mijn onderwerp: gezamenlijke opgaven waarbij de lasten ongelijk vallen, zoals de huisvesting van
            statushouders. Hoe verdeel je dat eerlijk over de gemeenten als één gemeente wel grond heeft en de
            andere niet?

            En dan nog een opmerking over de vorm: vorige keer was het plenaire deel wat lang. Meer tijd in kleine
            groepen zou ik fijn vinden.

            Groet,
            Esther Doornbos
            """
        ),
    },
    {
        "id": "d142-019",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Koen Bijlsma <k.bijlsma@tweestromen-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Het thema Samenwerking spreekt me aan, ik kom. Maar iets wat ik al een paar ateliers mis en graag een
            keer op tafel zou zien: zaakgericht werken. Wij zitten nog met drie zaaksystemen uit de tijd van de
            oude gemeenten en het uitfaseren kost bloed, zweet en tranen.

            Koen
            """
        ),
    },
    {
        "id": "d142-020",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anouk Reijnders <a.reijnders@brugkamp.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Het gesprek over de couleur locale smaakte naar meer. Ik zou de volgende keer graag verder gaan met
            één concreet vraagstuk daaruit: hoe ga je om met verschillende ambitieniveaus van de gemeenten bij
            dezelfde taak? Bij ons wil de ene gemeente bloemrijke bermen en de andere vooral kort gras, en de
            werkorganisatie zit ertussen.

            Hartelijke groet,
            Anouk Reijnders
            """
        ),
    },
    {
        "id": "d142-021",
        "kind": "suggestion",
        "themes": ["dienstverlening", "samenwerking"],
        "sender": "Frank Ligthart <f.ligthart@geestmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik zou het willen hebben over één ondernemersloket voor drie gemeenten die elk hun eigen economisch
            beleid houden. Voor de ondernemer moet het één deur zijn, maar achter die deur wil elke wethouder zijn
            eigen accenten. Hoe krijg je de gemeenten daarover op één lijn en houd je het voor de klant simpel?

            Frank Ligthart
            Werkorganisatie Geestmeer
            """
        ),
    },
    {
        "id": "d142-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ria Schepers <r.schepers@lindeborg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Ik antwoord even tussen de regels door.

            > - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

            Hebben we net een traject over afgerond, dus niets van mij.

            > - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
            > werkprocessen, financiën, I&A;

            Ja: hoe krijg je de oude applicaties van de voormalige gemeenten eindelijk uitgezet? We betalen nog
            licenties voor vier pakketten die hetzelfde doen.

            Ria
            """
        ),
    },
    {
        "id": "d142-023",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Johan Mulder <j.mulder@werkorganisatie-dor.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Graag dit keer eens níet over de samenwerking tussen de gemeenten: dat hebben we de afgelopen drie
            ateliers uitgebreid gehad. Mijn voorstel: de werkprocessen rond de Omgevingswet. Bij ons lopen
            vergunningverlening, toezicht en handhaving nog steeds langs elkaar heen, ieder met een eigen
            planning en eigen overleggen.

            Groeten,
            Johan Mulder
            """
        ),
    },
    {
        "id": "d142-024",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Yvonne Kuipers <y.kuipers@eemhoeve.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat een fijne middag was het! Het verslag stuur ik door naar mijn MT.

            Voor de volgende keer: welke rol speelt de directie bij het zetten van de bestuurlijke prioriteiten?
            Wachten wij af wat de colleges willen, of agenderen we zelf? Daar wil ik graag eens met collega's over
            doorpraten.

            Yvonne
            """
        ),
    },
    {
        "id": "d142-025",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dennis Achterberg <d.achterberg@heuvelrijn.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hallo Melanie,

            Topic suggestion (in English, because that's how our consultants pitched it to us): "data-driven
            management in the MT" - dashboards for formatie, sickness absence and budget, and whether anyone
            actually steers on them.

            Groet, Dennis
            """
        ),
    },
    {
        "id": "d142-026",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wim Hofstede <w.hofstede@zandhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan,

            Ik weet niet precies onder welk thema dit valt, misschien samenwerking, misschien organisatie, kiest u
            maar. Het gaat mij om inwoners van de kleine kernen: sinds we één centraal klantcontactcentrum hebben
            voelen ze zich niet meer gehoord. Hoe zorgen anderen dat inwoners in de dorpen goed geholpen worden?

            Wim Hofstede
            """
        ),
    },
    {
        "id": "d142-027",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Sarah Whitfield <s.whitfield@kustpolder.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "subject": (
            "RE: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Hello Stan,

            Thanks for organising. Two ideas for the next session:

            1) Long-term vision: should a shared service organisation have its own agenda for 2035, or only follow
               the councils?
            2) Resident satisfaction surveys - how often, which questions, and what do you do with bad scores?

            Regards,
            Sarah Whitfield
            """
        ),
    },
    {
        "id": "d142-028",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bart Nijenhuis <b.nijenhuis@hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp: informatiebeveiliging na de ransomwaregolf bij gemeenten. Gr Bart (mobiel)
            """
        ),
    },
    {
        "id": "d142-029",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hanneke Post <h.post@vechtstroomsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Gerrit van Dam vertelde me dat hij 'de werkdruk bij teamleiders' heeft ingebracht. Dat onderschrijf
            ik van harte. Daarnaast een eigen punt dat er dicht tegenaan ligt: de span of control. Bij ons heeft
            een teamleider soms dertig mensen onder zich; wat is een gezonde verhouding en hoe krijg je die
            gefinancierd?

            Hartelijke groet,
            Hanneke Post
            """
        ),
    },
    {
        "id": "d142-030",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sander Pool <s.pool@maaslinge.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedendag,

            Een onderwerp: de burger die niet digitaal mee kan. Wij zien het aantal baliebezoeken voor hulp bij
            DigiD en toeslagen weer stijgen. Hoe richten andere werkorganisaties die ondersteuning in?

            Met vriendelijke groet,

            Sander Pool
            manager Strategie & Control
            Werkorganisatie MaasLinge
            """
        ),
    },
    {
        "id": "d142-031",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Inge Kolkman <i.kolkman@eemhoeve.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u wel! Ik heb er direct twee:

            • onze positie tegenover de veiligheidsregio en de GGD: wij betalen mee maar hebben weinig in te
              brengen
            • de doorlooptijden van Wmo-aanvragen, die bij ons zijn opgelopen tot twaalf weken

            Groet,
            Inge Kolkman
            """
        ),
    },
    {
        "id": "d142-032",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Pieter Smeenk <p.smeenk@drechtveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Onderwerp: inwoners die hun aanvraag online willen volgen, zoals bij een pakketje. Dat vraagt dat de
            backofficesystemen en werkprocessen daarop ingericht worden, en daar lopen wij nu op vast. Het gaat
            dus over de dienstverlening én over hoe we intern zijn georganiseerd.

            P. Smeenk
            """
        ),
    },
    {
        "id": "d142-033",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Carla Wessels <c.wessels@gr-dijkenland.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht, de nieuwe datum staat in mijn agenda.

            Mag ik van de gelegenheid gebruik maken voor een onderwerp voor een later atelier? De rol van de
            raadsklankbordgroep met leden uit beide gemeenten: bij ons is die net opgericht en niemand weet nog
            goed wat je er wel en niet mee bespreekt.

            Carla Wessels
            """
        ),
    },
    {
        "id": "d142-034",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Erik Zandbergen <e.zandbergen@werkorganisatie-brw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Even in het kort, ik zit in de auto tussen twee overleggen (gedicteerd, dus excuses voor rare woorden).

            Waar ik mee zit en wat ik graag zou voorleggen: moeten wij als werkorganisatie een eigen
            toekomstvisie voor 2035 opstellen, met scenario's, of is dat aanmatigend tegenover de drie raden?

            Erik
            """
        ),
    },
    {
        "id": "d142-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mirjam de Haan <m.dehaan@bosenduin.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan,

            Het was een waardevolle middag, alleen jammer dat het tafelgesprek zo kort was. Ik heb nog wel een
            vraag die bleef hangen en die ik graag volgend atelier inbreng: hoe gaan jullie om met de kosten van
            de werkorganisatie die elk jaar harder stijgen dan de bijdragen van de gemeenten? De verdeelsleutel
            laat ik graag buiten beschouwing, het gaat mij om de eigen bedrijfsvoering.

            Met hartelijke groet,
            Mirjam de Haan
            """
        ),
    },
    {
        "id": "d142-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gijs Roelofs <g.roelofs@wetterwald.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste secretariaat,

            Hierbij, namens mijzelf (ik stuur het door vanaf mijn eigen account omdat het origineel bij mijn
            secretaresse binnenkwam): mijn voorstel is de vraag wat je doet als één van de gemeenten wil uittreden
            uit de GR. Dat speelt bij ons nu concreet.

            Gijs Roelofs
            """
        ),
    },
    {
        "id": "d142-037",
        "kind": "other",
        "sender": "Marcel Brinkhuis <m.brinkhuis@zuiderwold.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen Stan,

            Geen onderwerp van mij, wel een wens over de opzet: zou het atelier eens op een vrijdagochtend kunnen,
            en dan op locatie bij een van de werkorganisaties? De donderdagmiddag botst bij ons steeds met het
            bestuurlijk overleg, en een bezoek ter plekke zegt vaak meer dan een zaal in Utrecht.

            Met vriendelijke groet,
            Marcel Brinkhuis
            """
        ),
    },
    {
        "id": "d142-038",
        "kind": "other",
        "sender": "Dorien Lammers <d.lammers@tweestromen-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Voor het volgende atelier een paar punten van mij:
            - minder plenair, meer aan tafels
            - de stukken graag een week vooraf, niet de avond ervoor
            - eindtijd liever 17.00 uur i.v.m. de files richting Zwolle
            - en een tafel voor wie online meedoet, daar werd nu niet naar omgekeken

            Dorien
            """
        ),
    },
    {
        "id": "d142-039",
        "kind": "other",
        "sender": "Hans Wiersma <h.wiersma@wadkant.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie en Stan,

            Complimenten voor de middag. Vooral het deel over de dienstverlening aan ondernemers vond ik sterk, en
            wat de collega van Drechtveld vertelde over hun regionale samenwerking was voor mij verhelderend. Het
            verslag deel ik deze week met ons MT.

            Met vriendelijke groet,
            Hans Wiersma
            """
        ),
    },
    {
        "id": "d142-040",
        "kind": "other",
        "sender": "Rob Lenferink <r.lenferink@hunzedal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Eerlijk gezegd viel de middag mij tegen. Het thema samenwerking werd vooral theoretisch benaderd, er
            was nauwelijks ruimte voor eigen casuïstiek en de spreker van de provincie ging ruim over zijn tijd.
            Ik zeg het maar, omdat ik de ateliers normaal zeer waardeer.

            Rob Lenferink
            """
        ),
    },
    {
        "id": "d142-041",
        "kind": "other",
        "sender": "Joost Terpstra <j.terpstra@kustpolder.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik hoorde van Marjolein Tak (Lindeborg) dat zij 'de toekomst van de GR-constructie' heeft voorgesteld.
            Daar sluit ik me graag bij aan; tel mijn stem maar mee. Zelf heb ik niets toe te voegen.

            Joost Terpstra
            """
        ),
    },
    {
        "id": "d142-042",
        "kind": "other",
        "sender": "Aylin Demir <a.demir@geestmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Wij hebben het afgelopen jaar onze dienstverlening volledig omgegooid: één klantcontactcentrum voor
            vier gemeenten, met wijkteams erachter. Zouden wij daar op het atelier een korte presentatie over
            mogen geven? Ik denk dat collega's er iets aan hebben, en wij horen graag wat zij ervan vinden.

            Groet,
            Aylin Demir
            """
        ),
    },
    {
        "id": "d142-043",
        "kind": "other",
        "sender": "Leo Brands <l.brands@vechtstroomsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Is er al een programma met sprekers? Ik wil weten of er ook een deel over de financiële verhoudingen
            tussen de gemeenten is voordat ik die middag vrijmaak; anders stuur ik liever onze concerncontroller.

            L. Brands
            """
        ),
    },
    {
        "id": "d142-044",
        "kind": "other",
        "sender": "Tamara Visscher <t.visscher@maaslinge.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hoi Stan, tot wanneer kan ik nog onderwerpen insturen? Ik wil het eerst in ons directieoverleg van
            25 januari bespreken, dat is na jullie datum. Liever niet zomaar iets sturen.

            Tamara
            """
        ),
    },
    {
        "id": "d142-045",
        "kind": "other",
        "sender": "Olivia Hart <o.hart@brugkamp.nl>",
        "quote": "none",
        "subject": "Topics for March?",
        "body": _(
            """
            Hello,

            Could you let me know which topics the Adviesraad picked for the March atelier? I'm trying to decide
            whether to bring our head of customer service along or come on my own.

            Thank you,
            Olivia Hart
            Director, Werkorganisatie Brugkamp
            """
        ),
    },
    {
        "id": "d142-046",
        "kind": "other",
        "sender": "Femke Jonkman <f.jonkman@zandhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Fijn dat het goed is aangekomen. Ik ben benieuwd welke onderwerpen het na de telling worden.

            Femke
            """
        ),
    },
    {
        "id": "d142-047",
        "kind": "other",
        "sender": "Arjan Boersma <a.boersma@werkorganisatie-dor.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Kleine kanttekening bij de oproep: de vier thema's overlappen nogal. Digitalisering staat bij jullie
            onder Organisatie, terwijl het bij ons bijna altijd over dienstverlening gaat, en alles wat we doen is
            eigenlijk samenwerking. Misschien de indeling eens tegen het licht houden?

            Arjan
            """
        ),
    },
    {
        "id": "d142-048",
        "kind": "other",
        "sender": "Ellen Kroeze <e.kroeze@bosenduin.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunt u het als pdf
            sturen? Ik wil de passage over de sturingsfilosofie graag met mijn MT bespreken.

            Met vriendelijke groet,
            Ellen Kroeze
            """
        ),
    },
    {
        "id": "d142-049",
        "kind": "other",
        "sender": "Niels Hoekstra <n.hoekstra@heuvelrijn.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dag Melanie,

            Bij de koffie vertelde ik over ons experiment met een dorpsregisseur per kern. Stan vroeg of ik daar
            volgende keer iets over wil vertellen: dat wil ik graag. Hoeveel tijd zou ik dan krijgen, en is er een
            beamer?

            Niels
            """
        ),
    },
    {
        "id": "d142-050",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Oudshoorn <k.oudshoorn@wetterwald.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Onderwerpen heb ik op dit moment niet, maar 11 maart ben ik er zeker bij.

            Karin Oudshoorn
            """
        ),
    },
    {
        "id": "d142-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Dijkman <w.dijkman@lindeborg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Geen thema's van mijn kant, en ik moet op 11 maart ook verstek laten gaan: dan ben ik met de
            gezamenlijke raden op werkbezoek in Vlaanderen.

            Groet,
            Wouter Dijkman
            """
        ),
    },
    {
        "id": "d142-052",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bianca Veldkamp <b.veldkamp@drechtveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom. Het thema samenwerking is bij ons actueler dan ooit, dus ik kijk ernaar uit.

            Bianca
            """
        ),
    },
    {
        "id": "d142-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk Groeneveld <h.groeneveld@gr-dijkenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Helaas, nee. Die middag hebben we de jaarlijkse strategiesessie met de twee colleges, en die kan ik
            niet verzetten.

            H. Groeneveld
            """
        ),
    },
    {
        "id": "d142-054",
        "kind": "rsvp",
        "attending": True,
        "sender": "Peter Claassen <p.claassen@hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            No topics from me this round, I'm afraid - but do count me in for 11 March.

            Peter Claassen
            Werkorganisatie Hunzedal
            """
        ),
    },
    {
        "id": "d142-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Monique Bakker <m.bakker@zuiderwold.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom graag, samen met onze manager Dienstverlening & Informatie (dus met 1 persoon extra).

            Monique Bakker
            """
        ),
    },
    {
        "id": "d142-056",
        "kind": "unsubscribe",
        "sender": "Ad Rutten <a.rutten@werkorganisatie-brw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Een onderwerp heb ik niet meer: per 1 februari ga ik met pensioen. Wilt u mij uit het netwerk halen?
            Mijn opvolger is nog niet benoemd; zodra dat zo is laat ik hem of haar zich zelf aanmelden.

            Met dank voor de mooie jaren,
            Ad Rutten
            """
        ),
    },
    {
        "id": "d142-057",
        "kind": "autoreply",
        "sender": "Judith Aalbers <j.aalbers@eemhoeve.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? "
            "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben tot en met 24 januari afwezig vanwege de strategiedagen van ons MT. Voor vragen over
            dienstverlening kunt u terecht bij Tim Smallenbroek (t.smallenbroek@eemhoeve.nl), voor overige zaken
            bij het secretariaat (0570 - 88 12 00).
            """
        ),
    },
    {
        "id": "d142-058",
        "kind": "other",
        "sender": "Rianne Stokman <r.stokman@kustpolder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            De vraag in de uitnodiging over de couleur locale van vier gemeentebesturen: wordt die plenair
            besproken of aan tafels, en wordt er verwacht dat wij een eigen casus meenemen? Dan kan ik me goed
            voorbereiden.

            Vriendelijke groet,
            Rianne Stokman
            """
        ),
    },
    {
        "id": "d142-059",
        "kind": "other",
        "sender": "Thijs Kamphuis <t.kamphuis@werkorganisatie-dor.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik stem voor het onderwerp dat de directeur van Wadkant aan onze tafel noemde, over het bijsturen van
            een sturingsconcept zonder dat het als een stap terug voelt. Dat zou ik graag terugzien op het
            programma. Zelf heb ik er niets aan toe te voegen.

            Groet,
            Thijs Kamphuis
            """
        ),
    },
]
# fmt: on
