"""devset175: answers to the call for themes and to the follow-up, in every shape, and look-alikes that propose nothing.

Directors, deputies and a few assistants answer `oproep_themas`, `vervolg_atelier` and once `bedankt_suggestie`. The
topics come as one line, bullet and numbered lists, in English, as a bare theme word, as questions, after a long
story about the writer's own organisation, and as two topics under two themes. Beside them stand replies that only
thank, only say whether the writer comes, remark on the form of the ateliers (time, place, format), back a colleague's
topic, ask whether they may present, or ask the secretariat a practical question; one leaves the network, one is an
out-of-office.

Conventions this set relies on (from the brief):
- Under the call, the follow-up or the thank-you, a proposed topic is a `suggestion`, also when the writer says
  beside it whether they come; a reply that only says whether the writer comes is an `rsvp`.
- A proposal about the form of the ateliers (time of day, place, format, who sits at the table) is `other`, even
  when the writer calls it a "suggestie"; so are thanks, backing someone else's topic without one's own, asking
  whether one may present, and questions to the secretariat.
- `themes` holds the themes of what the writer proposes, not of the story told before it or of words used in
  passing; two only where one topic clearly spans both or two topics sit under two themes. A theme named on its own
  (one word) is a suggestion with that theme.
- Adding a topic in reply to the thank-you counts only the new topic's theme, not the themes we noted before.
- An assistant passing on the director's topic, in reply or forwarded, proposes that topic: `suggestion`.
- Leaving the network is `unsubscribe`; an out-of-office is `autoreply` with the thread its headers point to and no
  quote. Replies to `vervolg_atelier` use thread `followup`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- suggestions -------------------------------------------------------------------------------------------
    {
        "id": "d175-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Harm Wiersma <h.wiersma@werkorganisatie-lauwersdelta.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Onderwerp van mijn kant: de inhuur van externen terugdringen, nu duidelijk is dat de krapte
            niet meer overwaait.

            Harm Wiersma
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d175-002",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Noor El Khatib <n.elkhatib@dekempenpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee dingen die bij ons op tafel liggen:
            - één klantcontactcentrum voor drie gemeenten: hoe voorkom je dat de inwoner merkt dat hij bij een
              werkorganisatie uitkomt in plaats van bij 'zijn' gemeente?
            - prestatie-indicatoren voor de publieksdienstverlening die de raden ook daadwerkelijk lezen

            Hartelijke groet,
            Noor El Khatib
            Werkorganisatie De Kempenpoort
            """
        ),
    },
    {
        "id": "d175-003",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Bart Hoogendoorn <b.hoogendoorn@gr-waalzicht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            1. De koers van de werkorganisatie voor de komende raadsperiode: wat zetten we in onze meerjarenvisie
               nu de verkiezingen eraan komen?
            2. Onze positie in de regio tegenover de centrumgemeente, die steeds vaker taken naar zich toe trekt.

            Met vriendelijke groet,

            drs. B.J. Hoogendoorn
            Algemeen directeur GR Waalzicht
            T 0488 - 41 22 90
            """
        ),
    },
    {
        "id": "d175-004",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Fiona McAllister <f.mcallister@ijsselvliet-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hi both,

            Apologies for answering in English, my Dutch is still better spoken than written.

            Topic I'd like to put forward: migrating the finance and HR systems of our three councils onto one cloud
            platform. We are halfway through and the data migration has been far messier than any supplier told us.
            I'd be keen to hear how other directors planned that.

            Best,
            Fiona

            Fiona McAllister | Director of Operations | IJsselvliet Samen
            """
        ),
    },
    {
        "id": "d175-005",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ton Brinkerink <t.brinkerink@bsd-vechtoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Voor mij: Dienstverlening. Daar zit dit jaar onze grootste opgave, dus daar leer ik het meest van.

            Gr. Ton
            """
        ),
    },
    {
        "id": "d175-006",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ilse Verbruggen <ilse.verbruggen@heuvelrand-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            strategie

            Verstuurd vanaf mijn iPhone, excuus voor de kortheid
            """
        ),
    },
    {
        "id": "d175-007",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gerrit-Jan Oosterhuis <GJ.Oosterhuis@westerkwartier-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Hoe voorkom je dat raadsleden de werkorganisatie gaan zien als een vierde bestuurslaag waar ze geen grip op
            hebben?

            G.J. Oosterhuis
            gemeentesecretaris/directeur
            """
        ),
    },
    {
        "id": "d175-008",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wilma Dijkgraaf <w.dijkgraaf@dedrielanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste Melanie,

            Ik wil iets aandragen, maar eerst wat context, anders is het onderwerp niet te begrijpen.

            Wij zijn anderhalf jaar geleden van een sectormodel naar een domeinmodel gegaan. Op papier klopte het
            allemaal: kortere lijnen, integraal werken, minder schotten. In de praktijk hebben we een jaar lang
            gemerkt dat elk van onze drie gemeentesecretarissen een eigen beeld had van wat 'sturen' betekent. De een
            wil wekelijkse rapportages, de ander vertrouwt op de teamleiders, de derde belt gewoon de medewerker zelf.
            De samenwerking tussen de gemeenten is verder prima, daar ligt het niet aan. Maar onze managers worden er
            gek van.

            Wat ik dus graag zou bespreken: hoe kies je een sturingsconcept dat houdbaar is als je opdrachtgevers zo
            verschillend in de wedstrijd zitten, en hoe leg je dat vast zonder een dik handboek?

            Met hartelijke groet,
            Wilma Dijkgraaf
            directeur Werkorganisatie De Drie Landen
            """
        ),
    },
    {
        "id": "d175-009",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Pieter van Oord <pvanoord@hollandsemaasoevers.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dag secretariaat,

            Onder Organisatie: hybride werken en wat dat doet met onze kantoorhuisvesting (we hebben drie
            gemeentehuizen die halfleeg staan).
            Onder Dienstverlening: een digitale balie voor ondernemers, zodat een vergunning of melding niet meer
            afhangt van in welke gemeente je toevallig gevestigd bent.

            Groet,
            Pieter van Oord
            """
        ),
    },
    {
        "id": "d175-010",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marjolein Tuinstra <m.tuinstra@sudwestkust.frl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Het was weer de moeite waard, ik ben er de volgende keer zeker weer bij.

            Onderwerp voor dan: één P&C-cyclus voor de werkorganisatie terwijl we vier kadernota's en vier
            begrotingsbehandelingen bedienen. Wie heeft dat slim ingericht?

            Marjolein
            """
        ),
    },
    {
        "id": "d175-011",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ruud Kamphuis <r.kamphuis@werkorganisatie-berkelland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan,

            11 maart lukt mij niet, dan zit ik op de VNG-ledenvergadering. Toch wil ik een onderwerp meegeven voor
            wie er wel is: wat is de opdracht van een ambtelijke fusieorganisatie over tien jaar, als de herindeling
            waar iedereen nu omheen praat er alsnog komt? Bouwen we toe naar één gemeente of juist niet?

            Groet, Ruud
            """
        ),
    },
    {
        "id": "d175-012",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sanne Roelofsen <s.roelofsen@maasenpeel-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Wat doen jullie eigenlijk met Copilot en andere AI-assistenten in de werkprocessen? Wij hebben een
            verbod, de medewerkers gebruiken het thuis gewoon. Dat lijkt me een goed gesprek voor het volgende atelier.

            Sanne Roelofsen
            Directeur Maas en Peel Werkt
            """
        ),
    },
    {
        "id": "d175-013",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Henk Zuidema <h.zuidema@oldambtervenen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste mensen,

            In november zijn wij getroffen door een ransomware-aanval. Twee weken lang geen zaaksysteem, geen
            burgerzaken, de uitkeringen op het nippertje handmatig uitbetaald. De samenwerking met de drie
            burgemeesters was in die crisis eerlijk gezegd uitstekend, daar heb ik niets op aan te merken. Maar we
            kwamen erachter dat niemand wist wie er bij ons nu eigenlijk eigenaar is van informatieveiligheid: de
            CISO zat bij één gemeente in dienst, de servers stonden bij een andere.

            Mijn onderwerp: hoe beleg je informatieveiligheid en crisisbeheersing rond I&A in een werkorganisatie,
            en wat leer je van een incident als het onze?

            Ik vertel er graag over als dat helpt.

            Henk Zuidema
            """
        ),
    },
    {
        "id": "d175-014",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Astrid Meulenbelt <a.meulenbelt@rivierenlandzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            - het verzuim onder onze uitvoerende medewerkers, dat sinds de fusie met bijna twee procentpunt is
              gestegen

            Astrid Meulenbelt, directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d175-015",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Kees Boerma <k.boerma@deltagemeenten-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik zou graag de kostenverdeelsleutel bespreken. Bij ons betaalt elke gemeente naar inwonertal, maar de
            kleinste gemeente vraagt naar verhouding de meeste uren. Dat schuurt bij elke begroting en het raakt
            inmiddels de verhoudingen tussen de colleges. Hoe hebben anderen dat opgelost?

            Met vriendelijke groet,
            Kees Boerma
            """
        ),
    },
    {
        "id": "d175-016",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lotte Ramaker <lotte.ramaker@hetgroenehart-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie,

            Dank voor het verslag. Terwijl ik het las kwam ons eigen dossier weer boven.

            Een van onze deelnemende gemeenten heeft in december een motie aangenomen om 'de mogelijkheden van
            uittreding te onderzoeken'. Het college voert hem uit zonder veel enthousiasme, maar de
            medewerkers lezen het in de krant en de onrust is groot. Intussen moeten wij gewoon de begroting
            sluiten en een nieuwe CAO doorvoeren.

            Voor het volgende atelier zou ik willen praten over: wat doe je als directeur wanneer een deelnemer
            twijfelt aan de samenwerking? Hoe houd je de GR bij elkaar zonder partij te worden?

            Groet,
            Lotte Ramaker
            Werkorganisatie Het Groene Hart
            """
        ),
    },
    {
        "id": "d175-017",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Erik Jan Stoffels <ej.stoffels@veluwezoomsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Suggestie: de woningbouwopgave als gezamenlijke opgave van onze drie gemeenten. Nu heeft elke wethouder
            een eigen lijstje locaties en concurreren ze om dezelfde ontwikkelaars.

            EJ
            """
        ),
    },
    {
        "id": "d175-018",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Rianne de Wolf <r.dewolf@kroonstad-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hoe houd je 67 raadsleden verdeeld over vier raden allemaal even goed geïnformeerd, zonder dat je
            vier keer hetzelfde stuk schrijft en zonder dat één raad het gevoel krijgt achtergesteld te worden?

            Dat is mijn vraag voor de volgende keer.

            Rianne de Wolf
            """
        ),
    },
    {
        "id": "d175-019",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Mohamed Aziz <m.aziz@zaanlandenoost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer Van de Laar,

            Mijn onderwerp voor het volgende atelier: het opstellen van een lange-termijnvisie tot 2035 voor de
            werkorganisatie. Wij beginnen daar in het najaar aan en ik ben benieuwd hoe collega's de besturen erbij
            betrokken hebben en hoe concreet zo'n visie moet zijn om richting te geven.

            Met vriendelijke groet,
            M. Aziz
            Algemeen directeur
            """
        ),
    },
    {
        "id": "d175-020",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Judith Haverkamp <judith.haverkamp@wo-dinkelvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Stan, Melanie,

            Ik stel voor: mag een werkorganisatie een eigen inhoudelijke agenda hebben, bijvoorbeeld op
            klimaatadaptatie, of ga je dan op de stoel van het bestuur zitten? Ik hoor graag hoe anderen daar in
            staan.

            Judith
            """
        ),
    },
    {
        "id": "d175-021",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Frank Lubbers <f.lubbers@tweestromenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Wachttijden bij de Wmo-toegang. Onze inwoners wachten in de ene gemeente drie weken op een
            keukentafelgesprek en in de andere negen. Hoe krijg je dat gelijk, en wie meet het eigenlijk?

            Frank Lubbers
            directeur Sociaal Domein en Dienstverlening
            Werkorganisatie Twee Stromenland
            """
        ),
    },
    {
        "id": "d175-022",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yvonne Koelewijn <y.koelewijn@amstelvenhoek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden, leuke middag was het!

            Voor de volgende keer: wij gaan een chatbot op de website zetten die inwoners 's avonds helpt met
            vragen over afval, parkeren en paspoorten. Digitalisering is daarbij niet het punt; het gaat me om de
            vraag of inwoners zich er beter geholpen door voelen of juist afgescheept. Heeft iemand al
            ervaring?

            Yvonne
            """
        ),
    },
    {
        "id": "d175-023",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Albert Huisman <a.huisman@hunzedal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Bij ons is vorig jaar het gemeentehuis van de kleinste deelnemer gesloten. Bestuurlijk was dat een lastig
            traject: de raad stemde met één stem verschil in, de krant stond er vol van en de burgemeester heeft
            zich er persoonlijk hard voor moeten maken. Dat is nu achter de rug.

            Wat overblijft is de vraag hoe we de inwoners van de kleine kernen daar nog goed bedienen. Een
            servicepunt in de bibliotheek twee ochtenden per week? Een bus? Huisbezoek? Dat zou ik graag met
            collega's uitwisselen.

            Hartelijke groet,
            Albert Huisman
            """
        ),
    },
    {
        "id": "d175-024",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Clementine Vos <c.vos@bommelerwaard-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            > Welk vraagstuk wilt u de volgende keer bespreken?

            De rol van de werkorganisatie bij de regiodeal: wij trekken het ambtelijk, maar de provincie en de
            buurregio zien ons niet als volwaardige partner omdat we 'maar' een GR zijn.

            > Beantwoord deze e-mail met uw onderwerpen

            Bij deze :-)

            Clementine
            """
        ),
    },
    {
        "id": "d175-025",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jeroen Pasman <j.pasman@lingemeer.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling, nu ik er een nachtje over geslapen heb: een benchmark klanttevredenheid tussen de
            werkorganisaties. Meten we allemaal hetzelfde, en zou het zin hebben om dat samen te doen?

            Jeroen
            """
        ),
    },
    {
        "id": "d175-026",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Petra Snijders <secretariaat.directie@wo-scheldemond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Namens de heer Kuipers geef ik zijn onderwerp door: het opdrachtgeverschap vanuit de drie gemeenten.
            Drie gemeentesecretarissen die elk apart opdrachten geven aan dezelfde teams, hoe krijg je daar één
            lijn in?

            Met vriendelijke groet,
            Petra Snijders
            managementassistent directie Werkorganisatie Scheldemond
            """
        ),
    },
    {
        "id": "d175-027",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Daan Verheijen <daan.verheijen@peelkempen-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Mijn voorstel / my suggestion: scenario planning. Wij willen vier toekomstscenario's uitwerken voor de
            werkorganisatie richting 2035 (more tasks from the Rijk, fewer people, possible merger). I'd love to
            hear who has done this before and whether the boards actually used the scenarios.

            Cheers,
            Daan
            """
        ),
    },
    {
        "id": "d175-028",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Anouk Brandsma <a.brandsma@friesemeren-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            hoi, snel vanuit de trein: onderwerp = ontwikkeling van onze teamleiders. veel zijn vakinhoudelijk
            doorgegroeid en nooit opgeleid tot leidingevende, na de fusie zie je dat terug. hoe pakken anderen
            managment development aan?

            gr anouk

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d175-029",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bernard Jongsma <b.jongsma@wo-noorderzijl.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste Melanie,

            Per 1 januari schuift er bij ons een vierde gemeente aan. De onderhandelingen daarover hebben twee jaar
            geduurd; over de verdeelsleutel, de zetels in het algemeen bestuur en de positie van de burgemeester
            is eindeloos gesproken. Die samenwerkingskwestie is nu beklonken en daar wil ik het niet meer over hebben.

            Waar ik wel mee zit: vanaf januari krijgen die inwoners andere openingstijden, een andere afsprakenmodule
            en andere producten aan de balie dan ze gewend zijn. Hoe harmoniseer je de dienstverlening aan inwoners
            zonder dat de nieuwe gemeente het gevoel krijgt er op achteruit te gaan?

            Vriendelijke groet,
            Bernard Jongsma
            """
        ),
    },
    {
        "id": "d175-030",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes van Hulten <m.vanhulten@altenazijde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Ha Stan,

            Ik ben er in maart gewoon bij, heb het al in de agenda gezet. En ik heb een onderwerp: hoe neem je de
            ondernemingsraad vanaf het begin mee in een herijking van de organisatie, in plaats van hem aan het eind
            om advies te vragen? Wij hebben dat vorig jaar verkeerd om gedaan en dat heeft ons maanden gekost.

            Tot in Utrecht,
            Marloes
            """
        ),
    },
    {
        "id": "d175-031",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sjoerd Wassenaar <s.wassenaar@gr-vlietlanden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Voor de telling:
            1. strategische personeelsplanning voor de komende vijf jaar
            2. de generatiewissel: ruim 30% van onze mensen gaat binnen tien jaar met pensioen
            3. interne mobiliteit tussen de teams, die na de fusie nog steeds langs de oude gemeentegrenzen lopen

            Met vriendelijke groet,
            S. Wassenaar
            directeur bedrijfsvoering GR Vlietlanden
            """
        ),
    },
    {
        "id": "d175-032",
        "kind": "suggestion",
        "themes": ["samenwerking", "strategie"],
        "sender": "Hanneke Lagerweij <h.lagerweij@utrechtsheuvelland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste secretariaat,

            Ten eerste zou ik het willen hebben over de verhouding met onze buurgemeenten buiten de GR, die steeds
            vaker vragen of ze 'een stukje' van onze dienstverlening mogen inkopen. Doen we dat, en onder welke
            voorwaarden?

            Ten tweede: hoe bepaal je als directie samen met de besturen welke bestuurlijke prioriteiten voor de
            hele werkorganisatie gelden, als de drie coalitieakkoorden elk iets anders vragen?

            Met vriendelijke groet,
            Hanneke Lagerweij
            """
        ),
    },
    {
        "id": "d175-033",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Oliver Brandt <o.brandt@grenslandwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Thanks for a great afternoon. Question for next time: how do you measure whether residents actually
            notice the merger in the quality of service, for better or worse? We have satisfaction figures from
            before and after, but they don't tell us much.

            Oliver Brandt
            Managing Director, Grensland Werkt
            """
        ),
    },
    {
        "id": "d175-034",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Trudy Versteegh <t.versteegh@werkorganisatie-lopikerwaard-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Melanie,

            Wat een tijd! Ik was de afgelopen weken in Portugal, eindelijk die reis die we al sinds de coronatijd
            uitstelden, en kom terug in een inbox van 600 mails. De jouwe zat ertussen, dus ik reageer maar gelijk
            voordat hij weer wegzakt. Met de familie gaat het goed, onze jongste is net begonnen in Wageningen.

            O ja, een onderwerp: de piek in paspoort- en ID-kaartaanvragen die eraan komt. Hoe plannen jullie
            balies en personeel om inwoners niet weken te laten wachten?

            Hartelijke groet, en doe Stan de groeten,
            Trudy
            """
        ),
    },
    {
        "id": "d175-035",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lisette Kramer <l.kramer@wo-zuidplasrand.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Bakker-Doornbos vraagt mij het volgende onderwerp aan te dragen: de positie van de werkorganisatie
            tegenover de veiligheidsregio en de omgevingsdienst, waar we wel aan betalen maar weinig over te zeggen
            hebben.

            Met vriendelijke groet,
            Lisette Kramer
            bestuurssecretariaat
            """
        ),
    },
    {
        "id": "d175-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruth Oyelaran <r.oyelaran@rijnvalleiwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            My vote goes to Organisatie, more specifically the span of control of our team managers: some have
            45 people reporting to them since the merger.

            Kind regards,
            Ruth Oyelaran
            """
        ),
    },
    # --- other: look-alikes that propose no topic ---------------------------------------------------------------
    {
        "id": "d175-037",
        "kind": "other",
        "sender": "Wouter Heemskerk <w.heemskerk@kennemerstrand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag en voor een middag waar ik echt iets aan had. Vooral het tafelgesprek met de
            collega's uit Zeeland over hun bestuurlijke overleg heb ik gewaardeerd; ik heb er maandag in ons MT al
            over verteld.

            Hartelijke groet,
            Wouter Heemskerk
            """
        ),
    },
    {
        "id": "d175-038",
        "kind": "other",
        "sender": "Corrie Wagenaar <c.wagenaar@beemsterlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste secretariaat,

            Geen onderwerp, wel een verzoek: zou het atelier eens op een ochtend kunnen? Op donderdagmiddag
            hebben twee van onze drie raden commissievergadering en dan moet ik vaak eerder weg.

            Groet,
            Corrie Wagenaar
            """
        ),
    },
    {
        "id": "d175-039",
        "kind": "other",
        "sender": "Jan-Willem Ruiter <jw.ruiter@sallandsebergen-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Suggestie voor de volgende keer: houd het atelier eens bij een van de werkorganisaties zelf, met een
            rondleiding en een lunch met de medewerkers. Wij bieden ons kantoor in Raalte graag aan.

            Jan-Willem Ruiter
            """
        ),
    },
    {
        "id": "d175-040",
        "kind": "other",
        "sender": "Floor Dekkers <floor.dekkers@baronie-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Mooie middag, maar wat mij betreft minder plenair en meer tijd aan tafels. Het openingsverhaal duurde
            bijna een uur en juist de gesprekken in kleine groepjes waren het waardevolst.

            Floor
            """
        ),
    },
    {
        "id": "d175-041",
        "kind": "other",
        "sender": "Ewout Dijkman <e.dijkman@wo-vijfheerenland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Bij de afsluiting stelde Jolanda Brink voor om volgende keer door te praten over haar casus. Daar sluit
            ik me volmondig bij aan, +1 van mijn kant.

            E. Dijkman
            """
        ),
    },
    {
        "id": "d175-042",
        "kind": "other",
        "sender": "Nadia Bouzian <n.bouzian@stedendriehoek-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Zou ik op 11 maart zelf een korte presentatie mogen houden over onze ervaringen van de afgelopen twee
            jaar? Een kwartier zou genoeg zijn. Laat je weten of daar ruimte voor is?

            Groet,
            Nadia Bouzian
            """
        ),
    },
    {
        "id": "d175-043",
        "kind": "other",
        "sender": "Reinier Ten Brink <r.tenbrink@achterhoekoost-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Kan ik ook na 21 januari nog iets insturen? Ik wil het eerst in ons MT van de 25e bespreken voordat ik
            namens de organisatie een onderwerp aandraag.

            Met vriendelijke groet,
            R. ten Brink
            """
        ),
    },
    {
        "id": "d175-044",
        "kind": "other",
        "sender": "Mirjam Sprengers <m.sprengers@wo-eemvallei.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            De link naar het verslag geeft bij mij een foutmelding (404). Ik heb het op de laptop en op de telefoon
            geprobeerd. Kunnen jullie het als pdf sturen?

            Mirjam
            """
        ),
    },
    {
        "id": "d175-045",
        "kind": "other",
        "sender": "Gijs Mulderij <g.mulderij@hofvandelfland-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Is het de bedoeling dat alleen directeuren komen, of mogen wij ook een portefeuillehouder
            bedrijfsvoering meenemen? Bij ons zou dat het gesprek over de werkorganisatie juist verrijken.

            Met vriendelijke groet,
            Gijs Mulderij
            """
        ),
    },
    {
        "id": "d175-046",
        "kind": "other",
        "sender": "Karin Smeulders <k.smeulders@wo-dommelbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Top, zo heb ik het bedoeld. Fijn dat het zo snel genoteerd is.

            Karin
            """
        ),
    },
    {
        "id": "d175-047",
        "kind": "other",
        "sender": "Annemarie Goverde <a.goverde@wo-westbetuwe-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            In het verslag sta ik genoemd als 'Annemarie Govers' van de verkeerde werkorganisatie. Zouden jullie dat
            willen aanpassen? Verder een prima verslag.

            Annemarie Goverde
            """
        ),
    },
    {
        "id": "d175-048",
        "kind": "other",
        "sender": "Bas Verhagen <b.verhagen@langstraatwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik heb dit keer geen onderwerpen, de vier thema's dekken eigenlijk alles wat bij ons speelt. Wel een
            compliment voor hoe jullie dit netwerk draaiende houden, het wordt elk jaar beter.

            Bas Verhagen
            """
        ),
    },
    {
        "id": "d175-049",
        "kind": "other",
        "sender": "Ingeborg Stam <i.stam@schouwenduiveland-bedrijven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Hoe zit het met de kosten van het atelier? Onze controller vraagt of er iets wordt doorbelast aan de
            deelnemende GR's, want daar moeten we dan rekening mee houden in de begroting.

            Met vriendelijke groet,
            Ingeborg Stam
            """
        ),
    },
    {
        "id": "d175-050",
        "kind": "other",
        "sender": "Thijs Overkamp <t.overkamp@twenterand-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Misschien een idee om het atelier voortaan rond één thema te bouwen in plaats van alle vier? Dan kun
            je dieper gaan en kiezen mensen gerichter of ze komen.

            Thijs Overkamp
            """
        ),
    },
    {
        "id": "d175-051",
        "kind": "other",
        "sender": "Linda Koster <l.koster@werkorganisatie-duinenpolder.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag beiden,

            Kunnen jullie de presentatie van de inleider nog rondsturen? Ik wil hem graag laten zien aan ons MT,
            in het verslag staan alleen de hoofdpunten.

            Dank alvast,
            Linda
            """
        ),
    },
    # --- rsvp: only about coming ---------------------------------------------------------------------------------
    {
        "id": "d175-052",
        "kind": "rsvp",
        "attending": True,
        "sender": "Cor van Beek <c.vanbeek@gr-gooiseheide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Een onderwerp heb ik niet direct, maar 11 maart ben ik erbij. Noteer mij maar.

            Cor van Beek
            """
        ),
    },
    {
        "id": "d175-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Evelien Hartog <e.hartog@noordoostpolder-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan,

            Onderwerpen laat ik dit keer aan anderen; ik ben in maart met een studiereis van de VNG in Denemarken
            en kan dus niet komen.

            Groet,
            Evelien
            """
        ),
    },
    {
        "id": "d175-054",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rob Gerritsen <r.gerritsen@wo-montferland-zeddam.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Volgende keer ben ik er zeker weer bij, zet me alvast op de lijst.

            Rob
            """
        ),
    },
    {
        "id": "d175-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hilde Vermaat <h.vermaat@wo-krimpenerwaard-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Thema's heb ik niet, maar ik kom op 11 maart met mijn plaatsvervanger erbij, dus met z'n tweeën.

            Met vriendelijke groet,
            Hilde Vermaat
            """
        ),
    },
    {
        "id": "d175-056",
        "kind": "rsvp",
        "attending": True,
        "sender": "Simon Okafor <s.okafor@wo-berglandmaas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            No topics from me this round, but count me in for 11 March.

            Simon
            """
        ),
    },
    {
        "id": "d175-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Greetje Bolhuis <g.bolhuis@eemsdelta-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Helaas, op 11 maart heb ik de begrotingsvergadering van het algemeen bestuur. Dus geen thema's en
            ook geen aanwezigheid van mijn kant, volgende keer beter.

            Greetje Bolhuis
            """
        ),
    },
    # --- leaving, out-of-office ----------------------------------------------------------------------------------
    {
        "id": "d175-058",
        "kind": "unsubscribe",
        "sender": "Adriaan Pols <a.pols@wo-alblasserland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dit was mijn laatste atelier: per 1 mei ga ik met pensioen. Haal mij dus maar van jullie lijst. Wie mij
            opvolgt is nog niet bekend; die meldt zich vast zelf wel.

            Het ga jullie goed,
            Adriaan Pols
            """
        ),
    },
    {
        "id": "d175-059",
        "kind": "autoreply",
        "sender": "Marco Dubbeldam <m.dubbeldam@wo-nieuwkoopplas.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Tot en met 24 januari ben ik niet aanwezig en lees ik mijn mail niet. Voor dringende zaken kunt u
            contact opnemen met het directiesecretariaat, 0172 - 57 80 00.

            Marco Dubbeldam
            """
        ),
    },
]
# fmt: on
