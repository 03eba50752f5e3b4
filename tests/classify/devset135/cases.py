"""devset135: replies that look back on the last atelier, under the follow-up and the call for themes.

The writers are directors and their staff answering the thank-you mail after the atelier "Sturen op samenwerking &
eigenheid" (11 maart 2027, Stadskantoor Utrecht) and, a few months earlier, the call for themes, which they answer
with memories of the autumn atelier in Zwolle. Most of them look back: praise or criticism of the speaker, the room,
the timing and the lunch, requests for the slides, the report or a participant's address, corrections to the
report, stories of what they did with it back home, what they liked most (in theme words), reactions to another
member's contribution. Between them sit real topic proposals that grow out of the last atelier ("wat mij bijbleef
... daarom ..."), put plainly, as a question, in English or in passing, and a few who only say whether they come.

Conventions this set relies on (from the brief):
- under the follow-up and the call for themes a proposed topic is a `suggestion`, also when the writer says they
  come or praises the day first; a reply that only says whether the writer comes is an `rsvp`;
- a proposal about the form of the atelier (time, place, length, a site visit, more cases) is `other`;
- backing another member's topic without one's own, and asking whether one may present, are `other`;
- thanks, complaints, corrections of the report and requests (slides, addresses, recordings) are `other`, also when
  they name a theme or the topic of the past atelier;
- themes are those of what the writer proposes, not the words of the past atelier ("samenwerking", "eigenheid")
  used in passing; two only where one topic clearly spans both or two topics fall under two themes;
- replies to `vervolg_atelier` carry thread `followup`; replies to `oproep_themas` and `bedankt_suggestie` carry
  `call_for_themes`; a forward by an assistant carries no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d135-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hanneke Oosterbaan <h.oosterbaan@werkorganisatie-maasterp.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de goede middag in Utrecht. Wat mij bijbleef was het verhaal over vier colleges die elk hun
            eigen prioriteiten door de werkorganisatie willen drukken. Bij ons speelt daaronder iets anders: ons
            sturingsconcept is sinds de start in 2019 nooit meer aangepast, terwijl de samenwerking allang een
            andere fase in is. Daarom zou ik het de volgende keer graag hebben over het herzien van een
            sturingsconcept: hoe pak je dat aan zonder de hele organisatie op zijn kop te zetten?

            Met vriendelijke groet,

            Hanneke Oosterbaan
            Algemeen directeur Werkorganisatie Maasterp-Dalsum
            """
        ),
    },
    {
        "id": "d135-002",
        "kind": "other",
        "sender": "Jeroen Kuipers <jeroen.kuipers@gr-heerenbroek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Hoi Melanie,

            Is er een kans dat de sheets van de eerste inleider (die met de plaat van de ijsberg) nog online komen?
            In het verslag staat alleen een samenvatting en ik had ze graag aan mijn MT laten zien.

            Groet, Jeroen
            """
        ),
    },
    {
        "id": "d135-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerdien Stapelkamp <g.stapelkamp@tweekernen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Geen nieuw onderwerp van mijn kant: het atelier in Zwolle heeft me stof gegeven voor een heel jaar en
            daar ben ik nog niet doorheen. Maar op 11 maart sta ik er weer, schrijf me maar in.

            Hartelijke groet,
            Gerdien Stapelkamp
            """
        ),
    },
    {
        "id": "d135-004",
        "kind": "other",
        "sender": "Rob Talens <rtalens@samenwerkingsorganisatie-vennelo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat een sterk verhaal van burgemeester Talsma over de eigenheid van de kernen. Ik heb het dezelfde
            avond thuis nog aan mijn vrouw zitten uitleggen, dat zegt genoeg. Complimenten aan jullie beiden.

            Rob

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d135-005",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Annelies Brouwer-Kamphuis <a.brouwer@werkorganisatie-lindehoeve.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Zou het een idee zijn om de volgende keer stil te staan bij het meten van prestaties in de
            dienstverlening? Bij de tafel over samenwerking en eigenheid kwam even langs dat elke gemeente een
            ander ambitieniveau heeft voor afhandeltermijnen en bereikbaarheid, maar we kwamen er niet aan toe.
            Welke normen spreek je af, en hoe rapporteer je aan vier colleges die elk iets anders willen zien?

            Vriendelijke groet,
            Annelies Brouwer-Kamphuis
            directeur Dienstverlening & Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d135-006",
        "kind": "other",
        "sender": "Wouter Damsma <w.damsma@sowkrimpvliet.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Inhoudelijk een prima middag, maar de zaal in het Stadskantoor was na de pauze bloedheet en achter in
            de zaal verstond je de mensen aan de panelentafel nauwelijks. Een microfoon die rondgaat zou al helpen.
            Wilt u daar bij de keuze van de volgende locatie op letten?

            Met vriendelijke groet,
            W. Damsma
            """
        ),
    },
    {
        "id": "d135-007",
        "kind": "other",
        "sender": "Marjolein Heijkoop <m.heijkoop@gemeentelijkewerkorganisatie-wolderveen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hallo Stan en Melanie,

            Een suggestie over de vorm, niet over de inhoud: de donderdagmiddag botst bij mij en volgens mij bij
            meer collega's met de collegevergadering. Ik moest er nu voor ruilen met een wethouder. Valt er eens te
            kijken naar een ochtend, of naar een andere dag van de week?

            Groet,
            Marjolein
            """
        ),
    },
    {
        "id": "d135-008",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Frank Zeldenrust <f.zeldenrust@bedrijfsvoeringsorganisatie-aamond.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Stan, Melanie,

            Terugkijkend op het atelier in Zwolle valt me op dat we het steeds over de uitvoering hebben:
            digitalisering, systemen, processen. Voor 11 maart stel ik iets anders voor: de koers op lange termijn.
            Wie bewaakt eigenlijk de stip op de horizon van een werkorganisatie als de colleges om de vier jaar
            wisselen, en hoe ziet een visie voor 2035 eruit?

            Met groet,
            Frank Zeldenrust
            """
        ),
    },
    {
        "id": "d135-009",
        "kind": "other",
        "sender": "Sietske Hoogland <s.hoogland@brakelo-vennelo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            In het verslag (onder punt 3) staat dat de GR Brakelo-Vennelo drie gemeenten bedient. Sinds 1 januari
            zijn dat er vier: Heerenbroek is aangesloten. Zou u dat willen aanpassen? Wij verspreiden het verslag
            intern en de collega's uit Heerenbroek zijn daar nogal gevoelig voor, begrijpelijk.

            Dank en groet,
            Sietske Hoogland
            Gemeentesecretaris/directeur
            """
        ),
    },
    {
        "id": "d135-010",
        "kind": "other",
        "sender": "Erik-Jan Voskuilen <ej.voskuilen@werkorganisatie-duinrand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Even een terugkoppeling: de 'eigenheidskaart' die we in Utrecht per tafel invulden, heb ik vorige week
            met ons MT nagedaan. Leverde een verrassend gesprek op over wat we per gemeente wel en juist niet
            gelijktrekken. Twee afdelingshoofden willen het nu ook met hun teams doen. Dank voor de inspiratie!

            Erik-Jan
            """
        ),
    },
    {
        "id": "d135-011",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Claire Whitfield <c.whitfield@grensland-werkorganisatie.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thank you for a great afternoon. My Dutch is still catching up, but the discussion on local identity
            was easy to follow. One thing I'd love to put on the agenda next time: how do you keep the IT landscape
            manageable when every municipality insists on its own applications? We are running three different
            case-management systems side by side and the licence bill is growing every year.

            Kind regards,
            Claire Whitfield
            Director of Operations
            """
        ),
    },
    {
        "id": "d135-012",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hendrik Altena <h.altena@maasterp.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor de oproep. Op 11 maart vergadert de raad van Maasterp over de kadernota en daar moet ik bij
            zijn, dus ik zal er deze keer niet bij zijn. Het atelier in het najaar vond ik overigens een van de
            betere.

            H. Altena
            """
        ),
    },
    {
        "id": "d135-013",
        "kind": "other",
        "sender": "Ria Scholten <r.scholten@dewerkorganisatie-oostmeer.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik las in het verslag het voorstel van Wilma Grootjans om de positie van de werkorganisatie in de
            regiodeal eens te bespreken. Dat onderschrijf ik van harte; tel mij daar maar bij op. Zelf heb ik geen
            aanvullend onderwerp.

            Met vriendelijke groet,
            Ria Scholten
            """
        ),
    },
    {
        "id": "d135-014",
        "kind": "suggestion",
        "themes": ["samenwerking", "strategie"],
        "sender": "Tjeerd Wijbenga <t.wijbenga@sowfriesemeren.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Goedemiddag,

            Twee onderwerpen voor de volgende keer, naar aanleiding van wat er aan mijn tafel werd gezegd:
            - de rol van de werkorganisatie bij de regionale woningbouwopgave: wie trekt er, de regio of wij?
            - hoe je halverwege de raadsperiode de bestuurlijke prioriteiten bijstelt als het geld op blijkt

            Groeten uit Friesland,
            Tjeerd Wijbenga
            """
        ),
    },
    {
        "id": "d135-015",
        "kind": "other",
        "sender": "Monique Verheul <monique.verheul@werkorganisatie-heuvelland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Ligt dat aan ons
            netwerk of staat het verslag nog niet online? Kunt u het anders als bijlage sturen?

            Groet,
            Monique Verheul
            Managementassistent directie
            """
        ),
    },
    {
        "id": "d135-016",
        "kind": "other",
        "sender": "Pieter-Bas Ruiterkamp <pb.ruiterkamp@dalsum-hoogmeer.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Beste Stan en Melanie,

            Het sterkste deel vond ik het stuk over dienstverlening: hoe Dalsum de balie in elke kern open houdt
            terwijl de backoffice al jaren samen draait. Zulke concrete voorbeelden uit de praktijk graag vaker in
            het programma, dat werkt beter dan de theorie.

            Hartelijke groet,
            Pieter-Bas
            """
        ),
    },
    {
        "id": "d135-017",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yvonne Kerkhof <y.kerkhof@werkorganisatie-lingezoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wat mij bijbleef van 11 maart is de opmerking van een collega dat inwoners vaak niet weten welke
            gemeente ze eigenlijk aan de lijn hebben. Daarom zou ik het de volgende keer graag hebben over één
            herkenbaar gezicht naar inwoners en ondernemers: één loket en één telefoonnummer voor alle gemeenten,
            of juist bewust per gemeente, en wat vinden inwoners daar zelf van?

            Met vriendelijke groet,
            Yvonne Kerkhof
            """
        ),
    },
    {
        "id": "d135-018",
        "kind": "other",
        "sender": "Daan Meulenbelt <d.meulenbelt@gr-westerbrink.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Compliment voor de lunch, alleen was er voor mij als veganist niet veel meer dan een krentenbol en wat
            fruit. Misschien volgende keer een plantaardige optie bij de broodjes? Verder top georganiseerd.

            Daan
            """
        ),
    },
    {
        "id": "d135-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingeborg Lammers <i.lammers@werkorganisatie-zuidkwartier.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan en Melanie,

            Mooi verslag, het geeft de middag goed weer. Voor het najaarsatelier kunt u mij alvast noteren: ik ben
            er weer bij.

            Groet,
            Ingeborg Lammers
            """
        ),
    },
    {
        "id": "d135-020",
        "kind": "other",
        "sender": "Koen Hazelhoff <k.hazelhoff@krimpvliet.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Naar aanleiding van de casus over de dorpsraden: wij hebben in Krimpvliet een vergelijkbaar traject
            achter de rug, met een paar lessen die ik zelf graag eerder had geweten. Zou ik de volgende keer een
            kwartiertje mogen vertellen hoe wij dat hebben aangepakt? Laat maar weten of dat past.

            Met vriendelijke groet,
            Koen Hazelhoff
            """
        ),
    },
    {
        "id": "d135-021",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Willemien de Goede <w.degoede@bvo-rivierenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Is er ruimte om het op 11 maart over formatie te hebben? Drie jaar na de fusie zitten we nog steeds
            ruim boven de afgesproken sterkte, omdat niemand boventallig wilde worden verklaard. Ik hoor graag hoe
            anderen de formatie hebben teruggebracht zonder gedwongen ontslagen.

            In Zwolle kwam het kort op tafel, maar toen ging het al snel weer over ICT.

            Groet,
            Willemien de Goede
            """
        ),
    },
    {
        "id": "d135-022",
        "kind": "other",
        "sender": "Gijs Nauta <g.nauta@werkorganisatie-ommelanden-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste mensen,

            Mag ik het verslag doorsturen aan onze nieuwe concerncontroller? Zij was er niet bij, maar de
            discussie over verdeelsleutels is voor haar relevant. Of is het verslag alleen bedoeld voor leden?

            Gijs Nauta
            """
        ),
    },
    {
        "id": "d135-023",
        "kind": "other",
        "sender": "Lotte van Bemmelen <l.vanbemmelen@sowbergenveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan en Melanie,

            Eerlijk gezegd vond ik de middag te vol. Drie rondes tafelgesprekken in drie en een half uur is te
            veel; in de laatste ronde was iedereen op en ging het nergens meer over. Liever twee rondes met meer
            diepgang, dan gaan we ook niet met een half gevoel naar huis.

            Hartelijke groet,
            Lotte
            """
        ),
    },
    {
        "id": "d135-024",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Martin Hollander <m.hollander@werkorganisatie-noordkaap.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hi both,

            Following up on the session on 'samenwerking & eigenheid': what stuck with me is how little we talk
            about what happens when one partner wants out. I'd like to suggest that as a topic for next time: the
            exit clause in the GR, and how you keep the relationship between the partners healthy once one council
            starts flirting with leaving.

            Best,
            Martin
            """
        ),
    },
    {
        "id": "d135-025",
        "kind": "other",
        "sender": "Hasan Yildirim <h.yildirim@werkorganisatie-eemdal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello Melanie,

            Could you send me the list of participants? I promised to get in touch with the director from
            Westerbrink about their shared service desk, but I never got her card and can't find her name in the
            report.

            Thanks a lot,
            Hasan
            """
        ),
    },
    {
        "id": "d135-026",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bernadette Vos <b.vos@tweestedenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan,

            Het atelier in Zwolle was inspirerend, al ging het vooral over systemen. Mijn onderwerp voor maart ligt
            buiten onze eigen GR: hoe werk je als werkorganisatie samen met de buurgemeente die destijds níet
            meedeed aan de fusie? Die wil nu wel diensten afnemen, maar geen zeggenschap delen.

            Groet,
            Bernadette
            """
        ),
    },
    {
        "id": "d135-027",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Cor Dijkhuizen <c.dijkhuizen@werkorganisatie-hoeksewaard-zuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wat mij is bijgebleven: bijna iedereen aan tafel worstelde met vier coalitieakkoorden die niet op
            elkaar aansluiten. Mijn voorstel voor een volgende keer: hoe maak je van vier sets bestuurlijke
            prioriteiten één werkbare inhoudelijke agenda voor de werkorganisatie, en wie mag daarin kiezen?

            Met vriendelijke groet,
            Cor Dijkhuizen
            Algemeen directeur
            """
        ),
    },
    {
        "id": "d135-028",
        "kind": "other",
        "sender": "Annemarie Post <a.post@gr-kempenrand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik wil toch even reageren op wat Ruud uit Wolderveen zei over de couleur locale als sta-in-de-weg. Dat
            vond ik kort door de bocht: bij ons is die eigenheid juist het draagvlak onder de hele samenwerking.
            Kunt u dit aan hem doorgeven, of mij zijn mailadres sturen? Dan bel ik hem zelf.

            Groet,
            Annemarie Post
            """
        ),
    },
    {
        "id": "d135-029",
        "kind": "other",
        "sender": "Joost Vanderplaats <j.vanderplaats@bedrijfsvoering-aaenhunze-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Kleine correctie op het verslag: mijn naam is als 'Van der Plaats' gespeld, het is Vanderplaats, aan
            elkaar. En ik ben directeur bedrijfsvoering, geen gemeentesecretaris. Verder een prima stuk.

            Joost Vanderplaats
            """
        ),
    },
    {
        "id": "d135-030",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Esther Bolkestein <e.bolkestein@werkorganisatie-veenkoloniaal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Voor het volgende atelier draag ik een onderwerp aan dat bij ons nu speelt: AI in het klantcontact.
            Een chatbot op de website voor vier gemeenten tegelijk, maar wat doet dat met de werkprocessen en de
            bezetting in de backoffice? Ik zou dat graag als één geheel bespreken, van voordeur tot achterkant.

            Met vriendelijke groet,
            Esther Bolkestein
            """
        ),
    },
    {
        "id": "d135-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sander Hofstede <s.hofstede@werkorganisatie-vechtdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan,

            Thema heb ik niet, zin in 11 maart wel: in Zwolle heb ik de beste gesprekken van het jaar gevoerd.
            Reken op mij, en ik neem onze strateeg Femke Bosman mee, dus twee personen.

            Sander
            """
        ),
    },
    {
        "id": "d135-032",
        "kind": "other",
        "sender": "Ellen Dorrestein <e.dorrestein@sowlangstraat.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Vorig jaar heb ik 'personeelsschaarste in het sociaal domein' voorgesteld en in Zwolle zag ik het niet
            terug op het programma. Ik ben benieuwd waarom het niet gekozen is: te weinig stemmen, of vond de
            Adviesraad het niet passen? Dan weet ik ook beter wat ik deze keer wel of niet moet insturen.

            Met vriendelijke groet,
            Ellen Dorrestein
            """
        ),
    },
    {
        "id": "d135-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bas Wentink <bas.wentink@werkorganisatie-achterveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Onderwerp voor volgende keer: hybride werken en huisvesting na de fusie. Wij hebben 3 stadhuizen en te
            weinig mensen om ze te vullen, en elke gemeente wil haar eigen pand houden.

            Gr Bas

            Verzonden vanaf mijn mobiel
            """
        ),
    },
    {
        "id": "d135-034",
        "kind": "other",
        "sender": "Nicole Spanjaard <n.spanjaard@werkorganisatie-rijnvliet.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik wilde even laten weten dat ik na het atelier met de drie burgemeesters van onze gemeenten om tafel
            heb gezeten, met de vraag uit de slotronde: wat mag nooit verdwijnen uit uw gemeente? Ze noemden alle
            drie iets anders, en dat gesprek hadden we in vijf jaar samenwerking nog nooit gevoerd. Dank dus.

            Hartelijke groet,
            Nicole Spanjaard
            """
        ),
    },
    {
        "id": "d135-035",
        "kind": "other",
        "sender": "Arjen Bleeker <a.bleeker@grhoogland-zeeuws.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen,

            Kunt u mij de contactgegevens sturen van de spreker van het kennisinstituut, mevrouw Terlouw? Ik wil
            haar vragen voor de heidag van ons directieteam in juni.

            Met vriendelijke groet,
            A. Bleeker
            """
        ),
    },
    {
        "id": "d135-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mirjam Tollenaar <m.tollenaar@werkorganisatie-polderwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn onderwerp voor de volgende keer: gemeenten met tegengestelde belangen bij een regionale opgave.
            De ene gemeente wil windmolens langs de dijk, de buurgemeente wil er niets van weten, en wij moeten
            voor allebei het werk doen. Hoe houd je dan de verhoudingen tussen de partners goed?

            Met vriendelijke groet,
            Mirjam Tollenaar
            """
        ),
    },
    {
        "id": "d135-037",
        "kind": "other",
        "sender": "Ton Gerritsen <t.gerritsen@vennelo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Excuses dat ik halverwege ben vertrokken; er was een brand in een bedrijfspand in Vennelo en ik moest
            terug voor het crisisoverleg. Het eerste deel vond ik sterk. Ik lees het verslag rustig na.

            Groet,
            Ton Gerritsen
            """
        ),
    },
    {
        "id": "d135-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Overdijk <k.overdijk@werkorganisatie-zandmeren.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag Stan,

            Op 11 maart zit ik met een handelsmissie van de regio in Kopenhagen, dus ik moet dit atelier laten
            schieten. Onderwerpen heb ik deze keer niet. Het najaarsatelier heb ik met veel plezier bijgewoond.

            Vriendelijke groet,
            Karin Overdijk
            """
        ),
    },
    {
        "id": "d135-039",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "David Ashworth <d.ashworth@werkorganisatie-kroonmeer.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            Would there be interest in a session on scenario planning? Not the day-to-day, but: what should our
            organisation look like in 2035, which scenarios do we prepare for, and how do you keep a long-term
            vision alive when the boards change every four years? The atelier made me realise we never look that
            far ahead.

            Regards,
            David Ashworth
            """
        ),
    },
    {
        "id": "d135-040",
        "kind": "other",
        "sender": "Femke Roelofsen <f.roelofsen@sowdeltaland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie,

            Het verslag is mooi, maar met elf pagina's te lang om aan ons college voor te leggen. Is er ook een
            samenvatting van één A4, of mag ik er zelf een maken met jullie logo erop?

            Groetjes,
            Femke
            """
        ),
    },
    {
        "id": "d135-041",
        "kind": "other",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-brinkveld.nl>",
        "quoted": "vervolg_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Kaptein stuur ik uw bericht terug met een vraag: is de presentatie van de gastspreker
            beschikbaar? Zij wil die graag gebruiken bij het overleg met de gemeentesecretarissen volgende week.

            Met vriendelijke groet,
            Linda Sprenger
            Secretariaat directie
            """
        ),
    },
    {
        "id": "d135-042",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Remco Bakhuizen <r.bakhuizen@werkorganisatie-grootveen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Wat een fijne middag, met een goede balans tussen samenwerking en eigenheid in de gesprekken.

            Mijn suggestie voor de volgende keer: de dienstverlening aan ondernemers. Een ondernemer in onze vier
            kernen krijgt per gemeente een ander aanspreekpunt en een andere doorlooptijd. Ik hoor graag hoe
            anderen één ondernemersloket hebben neergezet en wat dat de ondernemer oplevert.

            Remco Bakhuizen
            """
        ),
    },
    {
        "id": "d135-043",
        "kind": "other",
        "sender": "Gerrit Koopmans <g.koopmans@werkorganisatie-middenveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat mij bijbleef is vooral de openheid waarmee collega's over hun mislukkingen vertelden. Dat hoor je
            nergens anders, en dat maakt dit netwerk voor mij waardevol. Ga zo door.

            Met hartelijke groet,
            Gerrit Koopmans
            """
        ),
    },
    {
        "id": "d135-044",
        "kind": "other",
        "sender": "Jolanda Meertens <j.meertens@lindehoeve.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Een idee voor de vorm: houd het volgende atelier eens op locatie bij een van de werkorganisaties, met
            een rondleiding langs de teams. Dan zie je hoe het er in de praktijk uitziet in plaats van erover te
            praten. Wij willen in Lindehoeve best gastheer zijn; ons nieuwe kantoor heeft zalen genoeg.

            Groet,
            Jolanda Meertens
            """
        ),
    },
    {
        "id": "d135-045",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Maarten Everts <m.everts@gr-oudewater-linge.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik kom 11 maart graag weer, na het goede najaarsatelier. Een onderwerp dat ik wil inbrengen: de
            planning-en-controlcyclus met vier begrotingen en vier jaarrekeningen. Hoe houd je de financiële
            sturing behapbaar als elke gemeente een eigen tijdpad en eigen wensen heeft?

            Met vriendelijke groet,
            Maarten Everts
            """
        ),
    },
    {
        "id": "d135-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Paulien Wagemaker <p.wagemaker@werkorganisatie-dijkland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Was een top middag. De volgende keer ben ik er zeker weer bij, zet me maar vast op de lijst!

            Paulien
            """
        ),
    },
    {
        "id": "d135-047",
        "kind": "other",
        "sender": "Arnoud Smeets <a.smeets@werkorganisatie-geuldal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Ik sta in de deelnemerslijst bij het verslag, maar ik was er niet: mijn collega Tamara Hilbrink ging
            in mijn plaats. Wilt u dat corrigeren? Ik wil niet met haar veren pronken.

            Met vriendelijke groet,
            Arnoud Smeets
            """
        ),
    },
    {
        "id": "d135-048",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Inge Verbruggen <i.verbruggen@werkorganisatie-kempenhof.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan,

            Na de sessie over samenwerking en eigenheid: I'd like to propose 'de positie van de werkorganisatie in
            de regio' for next time. Met drie gemeenten zijn we te klein om in de regio mee te tellen en te groot om
            genegeerd te worden. How do others find their place at the regional table?

            Groet / regards,
            Inge
            """
        ),
    },
    {
        "id": "d135-049",
        "kind": "other",
        "sender": "Hugo Reinders <h.reinders@sowtwentekanaal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Met alle respect, maar de inleider vond ik te theoretisch: veel modellen en kwadranten, weinig
            praktijk. Ik had liever een directeur gehoord die dit zelf heeft meegemaakt, met de littekens erbij.
            De tafelgesprekken maakten veel goed.

            Met vriendelijke groet,
            Hugo Reinders
            """
        ),
    },
    {
        "id": "d135-050",
        "kind": "other",
        "sender": "Olivia Brandsma <o.brandsma@werkorganisatie-waddenkust.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            Just to let you know: I used the 'four hats' exercise from the atelier at our own council information
            evening last Tuesday. Councillors from all three municipalities joined in and it worked brilliantly.
            Thanks for the idea!

            Olivia
            """
        ),
    },
    {
        "id": "d135-051",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Thijs Oudendijk <t.oudendijk@werkorganisatie-heerenveld.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voor de volgende keer een vraag die ik graag aan tafel leg: hoe organiseer je innovatie in een
            werkorganisatie? Hebben anderen een innovatiebudget of een vast team, en hoe verdedig je dat tegenover
            vier colleges die vooral op de kosten letten?

            Met vriendelijke groet,
            Thijs Oudendijk
            """
        ),
    },
    {
        "id": "d135-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Keizer <m.keizer@werkorganisatie-vlietzoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het verslag! Ik begreep van Melanie dat het volgende atelier in oktober is; dan zit ik
            midden in mijn verlof, dus daar kan ik helaas niet bij zijn. Lid blijf ik natuurlijk gewoon.

            Marloes
            """
        ),
    },
    {
        "id": "d135-053",
        "kind": "other",
        "sender": "Ruben Haverkort <r.haverkort@werkorganisatie-dinkelland-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            Zijn de foto's van de flip-overs ook ergens te vinden? Op die van onze tafel stonden een stuk of tien
            goede punten over harmoniseren die niet in het verslag terecht zijn gekomen.

            Groet,
            Ruben Haverkort
            """
        ),
    },
    {
        "id": "d135-054",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Evert Jan Mulder <ej.mulder@werkorganisatie-veluwezoom-oost.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Re: atelier samenwerking",
        "body": _(
            """
            goeie middag gehad, dank. voor de volgnde keer: hoe meet je klanttevredenheid als inwoners in elke kern
            iets anders verwachten? wij hebben 4 dashboards en niemand kijkt er naar

            ej
            """
        ),
    },
    {
        "id": "d135-055",
        "kind": "other",
        "sender": "Sophie Lindqvist <s.lindqvist@werkorganisatie-eemsmond.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Please pass on my thanks to Mr Achterberg for his story about the failed merger of the two tax
            offices. It was honest and more useful than any success story. I have never heard a colleague be so
            open about it.

            Kind regards,
            Sophie Lindqvist
            """
        ),
    },
    {
        "id": "d135-056",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Laurens Bosschaart <l.bosschaart@gr-hollandsmidden-zuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Een onderwerp voor het volgende atelier: de toekomst van de GR zelf. Blijven we een
            uitvoeringsorganisatie, of worden we de strategische partner van de gemeenten? En als dat laatste, hoe
            krijg je vier gemeenten met elk hun eigen ambities het eens over zo'n koers?

            Met vriendelijke groet,
            Laurens Bosschaart
            """
        ),
    },
    {
        "id": "d135-057",
        "kind": "other",
        "sender": "Wim Hagedoorn <w.hagedoorn@werkorganisatie-kleinewaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik sluit me aan bij het onderwerp dat Jolanda Meertens in de slotronde noemde, de dienstverlening in
            de kleine kernen. Daar hoeft van mijn kant niets aan toegevoegd te worden; ik wil alleen laten weten
            dat ik het steun.

            Groet,
            Wim Hagedoorn
            """
        ),
    },
    {
        "id": "d135-058",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Charlotte Weststrate <c.weststrate@werkorganisatie-zeeuwsedelta.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Nog een aanvulling op mijn eerdere suggestie: jong talent vasthouden. In Zwolle zei iemand dat een
            fusieorganisatie als log en grijs te boek staat, en dat herken ik. Hoe houden anderen hun
            starters langer dan twee jaar binnen?

            Met vriendelijke groet,
            Charlotte Weststrate
            """
        ),
    },
    {
        "id": "d135-059",
        "kind": "other",
        "sender": "Henk Lubbers <h.lubbers@werkorganisatie-achterhoek-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Het Stadskantoor is vanuit de Achterhoek lastig: anderhalf uur in de file en 24 euro parkeergeld.
            Kunnen we de volgende keer uitwijken naar een plek waar je gratis kunt parkeren, bijvoorbeeld
            Amersfoort of Apeldoorn?

            H. Lubbers
            """
        ),
    },
    {
        "id": "d135-060",
        "kind": "other",
        "sender": "Nadia Boukhari <n.boukhari@werkorganisatie-hofstreek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Is er een opname van het online deel? Ik volgde via Teams, maar na de pauze viel de verbinding weg en
            ik heb het gesprek over de rol van de raden gemist.

            Met vriendelijke groet,
            Nadia Boukhari
            """
        ),
    },
    {
        "id": "d135-061",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Reinier Dekkers <r.dekkers@werkorganisatie-maaskant.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Onderwerpen voor de volgende keer:
            - de spanning tussen de grote en de kleine partners in een GR, als de grootste gemeente de meeste
              stemmen heeft
            - omgaan met een gemeente die steeds meer maatwerk wil dan de anderen

            Reinier Dekkers
            """
        ),
    },
    {
        "id": "d135-062",
        "kind": "rsvp",
        "attending": True,
        "sender": "Geertje Visscher <g.visscher@werkorganisatie-noorderplas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor de oproep. Het kiezen van thema's laat ik graag aan de anderen over, maar op 11 maart ben
            ik van de partij: Zwolle smaakte naar meer.

            Geertje Visscher
            """
        ),
    },
    {
        "id": "d135-063",
        "kind": "other",
        "sender": "Bart Wolters <b.wolters@werkorganisatie-lekstroom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            In het verslag wordt mij de uitspraak 'harmoniseren is een doodlopende weg' toegeschreven. Dat heb ik
            zo niet gezegd: ik zei dat álles harmoniseren een doodlopende weg is. Dat verschil is voor onze
            colleges nogal belangrijk. Wilt u het nuanceren?

            Met vriendelijke groet,
            Bart Wolters
            """
        ),
    },
    {
        "id": "d135-064",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fiona McAllister <f.mcallister@werkorganisatie-duinenrij.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Topic for next time: serving residents in the villages once the town halls close. Mobile counters,
            partnerships with the local library, home visits for the elderly. What works and what doesn't?

            Fiona

            Sent from my iPad
            """
        ),
    },
    {
        "id": "d135-065",
        "kind": "other",
        "sender": "Richard Vermeulen <r.vermeulen@werkorganisatie-oostgaarde.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello Stan,

            The afternoon started twenty minutes late and then ran over, so half of our table left before the
            closing round. Please keep to the schedule next time; the closing round is where it all comes together.

            Regards,
            Richard Vermeulen
            """
        ),
    },
    {
        "id": "d135-066",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Anouk Terpstra <a.terpstra@werkorganisatie-merenland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat me bijbleef uit de tafel over eigenheid: veel van ons hebben de werkprocessen nog per gemeente
            ingericht, waardoor de schaalvoordelen van de samenwerking uitblijven. Daarom zou ik de volgende keer
            graag hebben over procesharmonisatie: welke processen standaardiseer je wel, welke niet, en hoe
            pak je dat aan?

            Met vriendelijke groet,
            Anouk Terpstra
            Directeur bedrijfsvoering

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt
            u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
            """
        ),
    },
    {
        "id": "d135-067",
        "kind": "other",
        "sender": "Michiel Lagerwey <m.lagerwey@werkorganisatie-vijfheerenland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Melanie,

            Is de datum van het volgende atelier al bekend? Dan blokkeer ik hem nu vast, voordat mijn agenda
            weer volloopt met regio-overleggen.

            Groet,
            Michiel
            """
        ),
    },
    {
        "id": "d135-068",
        "kind": "rsvp",
        "attending": False,
        "sender": "Els Nijenhuis <e.nijenhuis@werkorganisatie-sallandsheuvel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Deze keer sla ik over: 11 maart is de dag van onze eigen personeelsbijeenkomst, die ik zelf open. In
            het najaar hoop ik er weer bij te zijn.

            Met vriendelijke groet,
            Els Nijenhuis
            """
        ),
    },
    {
        "id": "d135-069",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Sjoerd Pronk <s.pronk@werkorganisatie-waterland-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Misschien een gek idee, maar kunnen we het de volgende keer hebben over het bestaansrecht van een
            werkorganisatie op lange termijn? Wat is over tien jaar nog onze meerwaarde, en welke visie leggen we
            nu vast zodat we daar niet door overvallen worden?

            Groet,
            Sjoerd Pronk
            """
        ),
    },
    {
        "id": "d135-070",
        "kind": "other",
        "sender": "Carla Heemskerk <c.heemskerk@werkorganisatie-kennemerduin.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Complimenten voor de gespreksleiding, het liep als een trein. Ik zou graag meedenken over het
            programma van de volgende ateliers. Hoe kom je in de Adviesraad, en is daar nog plek?

            Hartelijke groet,
            Carla Heemskerk
            """
        ),
    },
    {
        "id": "d135-071",
        "kind": "other",
        "sender": "Dirk-Jan Oldenhof <dj.oldenhof@werkorganisatie-ijsselvliet.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemiddag,

            Boven het verslag staat 11 mei 2027, maar het atelier was op 11 maart. Kleinigheid, maar wel handig om
            te herstellen voordat het breder gedeeld wordt.

            Met groet,
            Dirk-Jan Oldenhof
            """
        ),
    },
    {
        "id": "d135-072",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Neil Harrington <n.harrington@werkorganisatie-oeverland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Could we discuss diverging ambitions among the partner municipalities next time? One of ours wants the
            werkorganisatie to grow and take on new tasks, the other wants to cut costs by ten percent. That
            tension came up at our table as well, but we ran out of time.

            Cheers,
            Neil
            """
        ),
    },
    {
        "id": "d135-073",
        "kind": "other",
        "sender": "Ilse Brinkman <i.brinkman@werkorganisatie-rijssenhof.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            In de slotronde vertelde Marco Hoekstra dat zijn organisatie de informatievoorziening van de drie
            gemeenten aan het centraliseren is. Wij zitten midden in precies hetzelfde traject. Mag ik zijn
            gegevens, dan kunnen we ervaringen uitwisselen?

            Met vriendelijke groet,
            Ilse Brinkman
            """
        ),
    },
    {
        "id": "d135-074",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerard Jonkers <g.jonkers@werkorganisatie-biesbosch-oost.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: thema's atelier maart",
        "body": _(
            """
            Stan, geen suggesties van mijn kant, het lijstje uit Zwolle is nog lang genoeg. Op 11 maart ben ik er
            wel, dat staat al in mijn agenda.

            Gerard
            """
        ),
    },
    {
        "id": "d135-075",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yara Mulders <y.mulders@werkorganisatie-baronie-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            De zaal was wat krap, maar goed, daar ging het niet om. Onderwerp voor de volgende keer: de
            governance van I&A. Wie beslist over investeringen in systemen als drie gemeenten moeten meebetalen,
            en hoe voorkom je dat elk project vastloopt op de vraag wiens budget het is?

            Met vriendelijke groet,
            Yara Mulders
            """
        ),
    },
    {
        "id": "d135-076",
        "kind": "other",
        "sender": "Leo Vredeveld <l.vredeveld@werkorganisatie-amstelrand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan,

            Ik heb het verslag doorgestuurd aan Pieter Wagenaar, de nieuwe directeur van onze buur-GR. Hij was er
            zo enthousiast over dat hij ook lid wil worden. Kunt u hem aanmelden? Zijn mailadres heb ik zo niet
            bij de hand, maar u kent de organisatie vast.

            Leo
            """
        ),
    },
    {
        "id": "d135-077",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bureau directie <bureau.directie@werkorganisatie-schelderand.nl>",
        "quoted": "vervolg_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Doorst: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen,

            Namens onze directeur, mevrouw El Amrani, draag ik een onderwerp aan voor het volgende atelier: de
            toegang tot het sociaal domein voor inwoners. Eén voordeur voor zorg, schulden en werk, terwijl de drie
            gemeenten elk een eigen wijkteam hebben. Zij hoort graag hoe anderen de toegang voor inwoners
            eenvoudig houden.

            Met vriendelijke groet,
            Petra van Oort
            Bureau directie
            """
        ),
    },
    {
        "id": "d135-078",
        "kind": "other",
        "sender": "Tom Eriksen <t.eriksen@werkorganisatie-zuidermark.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            I'd be happy to give a short case presentation next time about our shared customer-contact centre;
            we learned a few things the hard way. Would that be possible, and who decides on the programme?

            Best regards,
            Tom Eriksen
            """
        ),
    },
    {
        "id": "d135-079",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hetty Boschma <h.boschma@werkorganisatie-lauwersdal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan en Melanie,

            Wat een dag! Eerst de trein die bij Amersfoort stil bleef staan, toen de lift in het Stadskantoor die
            het niet deed, en dan toch een van de beste ateliers tot nu toe. Aan onze tafel zat een groep die
            elkaar echt iets te vertellen had, en de borrel na afloop was gezellig.

            O ja, voor ik het vergeet, een onderwerp voor de volgende keer: de inrichting van de control-functie.
            Eén concerncontroller voor vier gemeenten, of toch per gemeente iemand die de eigen begroting bewaakt?

            Liefs uit Lauwersdal,
            Hetty
            """
        ),
    },
    {
        "id": "d135-080",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rutger Kalsbeek <r.kalsbeek@werkorganisatie-vechtplassen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            In Zwolle ging het veel over de digitalisering van de backoffice. Voor maart zou ik de andere kant
            willen belichten: wat merkt de inwoner ervan? Dus het volgen van de prestaties van de dienstverlening,
            aan de balie en online, en wat je doet als de cijfers per gemeente uiteenlopen.

            Met vriendelijke groet,
            Rutger Kalsbeek
            """
        ),
    },
]
# fmt: on
