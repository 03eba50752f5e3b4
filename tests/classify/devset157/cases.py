"""devset157: replies under the thank-you for a suggestion, the follow-up and the call for themes.

Directors, a few assistants and one non-member answer the three mails that ask for topics: `oproep_themas`,
`bedankt_suggestie` (which shows the themes and topics we noted) and `vervolg_atelier`. Many add a second topic,
correct the themes we noted, sharpen or withdraw an earlier topic, put their topic as a question to colleagues, tell a
long story before the proposal, or write in English. Mixed in are replies that propose nothing: thanks, reactions to
the last atelier (a broken link, poor sound online, a request for a table partner's address), a document offered,
form proposals, backing another member's topic, asking to present; and leaves, hand-overs, sign-ups, RSVPs, an
address change, out-of-office replies and a bounce that arrive in these threads.

Conventions this set relies on (from the brief):
- Under the call, the thank-you or the follow-up a proposed topic is a `suggestion`, also when the writer says
  whether they come or offers to introduce it; a reply that only says whether the writer comes is an `rsvp`.
- Themes are those of what the writer proposes now, not of the story told before it or of words in passing; a
  correction of the noted themes that restates the topic counts as that topic with the corrected theme, and a
  withdrawal of a noted topic without a new one is `other`. Two themes when one topic clearly spans both or two
  topics fall under two themes.
- Form proposals (place, time, online sound), backing another member's topic, asking to present, thanks, questions
  about the procedure, a document offered without a topic and a yes on a condition are `other`.
- Leaving the network is `unsubscribe` (with `erase` for an AVG erasure); a successor with an address taking over now
  is `unsubscribe`, a later hand-over with "tot die tijd blijf ik lid" is `other`; one named colleague with address
  is `subscribe`, several without addresses `other`; an address change is `other`.
- A forward by the writer or an assistant (`doorgestuurd`) is that writer's new mail and carries no thread; replies to
  `vervolg_atelier` carry the thread `followup`; out-of-office replies carry the thread of the mail they answer, a
  bounce none.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d157-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marco Hoefnagels <m.hoefnagels@werkorganisatie-vlietmonde.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Dank voor de bevestiging. Vanochtend bij de koffie kwam er nog een tweede punt op tafel dat ik u niet
            wil onthouden:

            - hoe houden we specialistische functies (vergunningverlening, GIS, informatiebeveiliging) bezet nu onze
              drie gemeenten en de omgevingsdienst in dezelfde krappe vijver vissen?

            Met hartelijke groet,
            Marco Hoefnagels
            Directeur bedrijfsvoering | Werkorganisatie Vlietmonde
            """
        ),
    },
    {
        "id": "d157-002",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Saskia Tervoort <s.tervoort@kroonduin.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Hallo Stan en Melanie,

            Kleine correctie op wat jullie genoteerd hebben. Bij 'digitalisering van werkprocessen' staat
            Organisatie, maar zo bedoelde ik het niet: het gaat me om de voorkant. Inwoners moeten nu nog twee
            verschillende websites en twee afsprakensystemen door. Mijn vraag aan collega's is hoe je toewerkt naar
            één digitaal loket voor inwoners. Dat is dus eerder Dienstverlening.

            Groet,
            Saskia Tervoort
            Kroonduin
            """
        ),
    },
    {
        "id": "d157-003",
        "kind": "other",
        "sender": "Hendrik-Jan Blaauw <hj.blaauw@bwo-lindehoeve.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste heer Van de Laar,

            Het tweede punt dat u noteerde, de relatie met de gemeenteraden, mag wat mij betreft van de lijst.
            Vorige week hebben we met de drie griffiers een werkwijze afgesproken en daarmee is het voor ons geen
            open vraag meer. Het eerste punt blijft gewoon staan.

            Vriendelijke groet,
            H.J. Blaauw
            algemeen directeur BWO Lindehoeve
            """
        ),
    },
    {
        "id": "d157-004",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yvonne Mertens-Kaya <y.mertens@zandmeren.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Nog een aanvulling op mijn punt over digitalisering: zou u daar ook de informatiebeveiliging bij willen
            betrekken? Concreet: hoe richt je één ISMS en één CISO-functie in voor een organisatie die voor vier
            opdrachtgevers werkt, en hoe verwerk je dat in de ENSIA-verantwoording?

            Yvonne

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d157-005",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ruben Oosterbeek <r.oosterbeek@go-eemvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Een vraag die bij ons speelt en waarover ik graag collega's hoor: wat gebeurt er als één van de
            deelnemende gemeenten uit de GR wil stappen? Wie heeft dat meegemaakt, hoe zijn de uittredingskosten
            bepaald en hoe houd je de overblijvende partners bij elkaar?

            Met vriendelijke groet,

            Ruben Oosterbeek
            Gemeentesecretaris/directeur GO Eemvallei
            """
        ),
    },
    {
        "id": "d157-006",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Annelies van Dongen <a.vandongen@werkorganisatie-oostvlier.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Misschien hebben jullie het in de krant gelezen: in oktober is ons gemeentehuis in Oostvlier-Zuid na
            een brand in de technische ruimte drie weken dicht geweest. Voor de organisatie was dat een flinke klap.
            De afdeling financiën zat tijdelijk in een sporthal, de ICT moest halsoverkop het netwerk omleggen en
            het college wilde elke dag een update. We hebben in die weken veel geleerd over hoe wendbaar (of juist
            niet) onze werkprocessen zijn, en ook over hoe de samenwerking met de twee andere gemeenten onder druk
            functioneert; daar zijn we gelukkig goed doorheen gekomen.

            Wat me het meest is bijgebleven, is iets anders. Ouderen en inwoners zonder computer wisten ons
            nauwelijks te vinden toen de balie dicht was. Het digitale kanaal draaide prima, maar een groep
            inwoners viel gewoon buiten de boot.

            Dus mijn onderwerp voor 11 maart: hoe houd je de dienstverlening bereikbaar voor inwoners die digitaal
            niet meekomen, ook als het fysieke loket (tijdelijk) wegvalt?

            Hartelijke groet,
            Annelies van Dongen
            Algemeen directeur Werkorganisatie Oostvlier
            """
        ),
    },
    {
        "id": "d157-007",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Patrick O'Rourke <p.orourke@deltawaardsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Dear Stan and Melanie,

            Thanks for a great afternoon in Utrecht. My Dutch is still a work in progress, so please forgive the
            English.

            A topic for next time: how do you hold on to a long-term vision for a shared service organisation when
            every council election resets the political priorities? We wrote a 2035 roadmap last year and I can
            already see it eroding. I would love to hear how others keep a strategic course across election cycles.

            Best regards,
            Patrick O'Rourke
            Interim Director, DeltaWaard Samen
            """
        ),
    },
    {
        "id": "d157-008",
        "kind": "other",
        "sender": "Theo Brinkerink <t.brinkerink@hofland-sde.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Keurig, dank voor de bevestiging. Ben benieuwd welke onderwerpen de Adviesraad er straks uitpikt.

            Groet, Theo Brinkerink
            """
        ),
    },
    {
        "id": "d157-009",
        "kind": "other",
        "sender": "Femke Aalbers <f.aalbers@groenehartwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Het was een geslaagde middag, dank aan de organisatie. De link naar het verslag werkt bij mij alleen
            niet: ik krijg 'pagina niet gevonden', zowel op kantoor als thuis. Kunt u het verslag misschien als pdf
            sturen?

            Met vriendelijke groet,
            Femke Aalbers
            Directeur Groene Hart Werkt
            """
        ),
    },
    {
        "id": "d157-010",
        "kind": "other",
        "sender": "Leo Vredeveld <leo.vredeveld@gr-veenhorst.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Dag Stan,

            Zoals beloofd aan tafel: in de bijlage onze evaluatie van de gemeenschappelijke regeling (2019-2026),
            inclusief de reacties van de drie raden. Misschien bruikbaar voor het verslag of om met de deelnemers
            te delen; voel je vrij.

            Groet,
            Leo Vredeveld
            GR Veenhorst
            """
        ),
    },
    {
        "id": "d157-011",
        "kind": "unsubscribe",
        "sender": "Ilse Koudijs <i.koudijs@werkorganisatie-dijkstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            Onderwerpen heb ik niet meer, vrees ik: per 1 februari begin ik als concerndirecteur bij de provincie.
            Wilt u mij van de ledenlijst halen? Het was een mooi netwerk.

            Ilse Koudijs
            """
        ),
    },
    {
        "id": "d157-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Zandbergen <w.zandbergen@heuvelrijk-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Een onderwerp heb ik op dit moment niet paraat; het kiezen laat ik graag aan de collega's over. Maar 11
            maart staat al geblokt in mijn agenda, dus u kunt op mij rekenen.

            Hartelijke groet,
            Wouter Zandbergen
            """
        ),
    },
    {
        "id": "d157-013",
        "kind": "subscribe",
        "sender": "Gerda Lammertink <g.lammertink@twentewaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Sinds 1 december hebben wij een nieuwe directeur bedrijfsvoering, Hatice Yıldız. Zij zou deze oproep
            en de uitnodigingen ook graag ontvangen. Kunt u haar aanmelden? Haar adres is h.yildiz@twentewaarde.nl.

            Met vriendelijke groet,
            Gerda Lammertink
            algemeen directeur Twentewaarde
            """
        ),
    },
    {
        "id": "d157-014",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jeroen Kapteijn <j.kapteijn@bedrijfsvoering-rivierenhoek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het noteren! Nog eentje erbij, als het mag: één loket voor ondernemers. Nu moet een
            ondernemer voor een evenementenvergunning, een terrasvergunning en een reclamevergunning bij drie
            verschillende teams aankloppen. Hoe hebben anderen dat gebundeld?

            Op 11 maart ben ik er in elk geval bij.

            Jeroen Kapteijn
            Bedrijfsvoering Rivierenhoek
            """
        ),
    },
    {
        "id": "d157-015",
        "kind": "other",
        "sender": "Bernadette Nijhuis <b.nijhuis@dinkelvecht.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Inhoudelijk heb ik niets toe te voegen, wel iets over de vorm. Zou het volgende atelier eens buiten
            Utrecht kunnen, bijvoorbeeld in Zwolle of Deventer? Vanuit Oost-Twente is Utrecht steeds een halve
            werkdag reizen. En als het programma 's ochtends zou beginnen, kan ik 's middags nog bij het college
            aanschuiven.

            Met vriendelijke groet,
            Bernadette Nijhuis
            Dinkelvecht
            """
        ),
    },
    {
        "id": "d157-016",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Cor Spijkerman <c.spijkerman@waddenkust-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Onze onderwerpen, één per regel zoals gevraagd:
            Van jaarcyclus naar kwartaalsturing: de financiële sturing binnen de werkorganisatie
            Wijkgericht werken: hoe zorg je dat inwoners in de dorpen de werkorganisatie dichtbij ervaren

            Cor Spijkerman
            Waddenkust Werkt
            """
        ),
    },
    {
        "id": "d157-017",
        "kind": "other",
        "sender": "Mirjam de Graaff <m.degraaff@servicepunt-linge.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie,

            In het verslag las ik dat Gerrit Jan Hofstra aan het eind voorstelde om de volgende keer door te
            praten over de rol van de directeur tussen college en raad. Daar sluit ik me volledig bij aan; dat zou
            ik ook bovenaan de lijst zetten.

            Groet,
            Mirjam de Graaff
            Servicepunt Linge
            """
        ),
    },
    {
        "id": "d157-018",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Farid el Amrani <f.elamrani@werkorganisatie-kempenrand.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Melanie, Stan,

            Dank voor een goede middag. Eerlijk gezegd bleef het gesprek over couleur locale voor mij te veel op
            het niveau van de burgemeesters hangen. Ik zou de volgende keer graag verder praten over de ambtelijke
            praktijk: hoe onderhoud je als werkorganisatie de relatie met elk van de deelnemende gemeenten als hun
            ambities steeds verder uit elkaar lopen, de ene wil groeien en de andere vooral de lasten drukken?

            Met vriendelijke groet,
            Farid el Amrani
            Werkorganisatie Kempenrand
            """
        ),
    },
    {
        "id": "d157-019",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Karin Lindqvist <k.lindqvist@maasdeltanoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            One topic from our side for 11 March: has anyone put a chatbot or AI assistant in front of their
            customer contact centre? We are piloting one for residents' questions about waste collection and
            parking permits and would like to compare notes on waiting times and resident satisfaction.

            Kind regards,
            Karin Lindqvist
            Directeur Dienstverlening, Maasdelta Noord
            """
        ),
    },
    {
        "id": "d157-020",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "H.J. Wiersma <hj.wiersma@noardwaldsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Mijn suggestie kunt u als vervallen beschouwen: ik vertrek eind deze maand bij de werkorganisatie. Ik
            verzoek u mij af te melden en, met een beroep op de AVG, al mijn persoonsgegevens uit uw administratie
            te verwijderen.

            Hoogachtend,
            H.J. Wiersma
            """
        ),
    },
    {
        "id": "d157-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Bosveld <p.bosveld@werkorganisatie-ijsselvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Helaas een kink in de kabel: onze raadsinformatieavond is verplaatst naar donderdagmiddag 11 maart,
            dus het atelier moet ik aan mij voorbij laten gaan. Mijn suggestie mag uiteraard gewoon meetellen.

            Groet,
            Petra Bosveld
            Werkorganisatie IJsselvliet
            """
        ),
    },
    {
        "id": "d157-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sander Wijnbergen <s.wijnbergen@bergenveld-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Hoi Stan,

            Leuke middag was het. Waar ik sindsdien mee rondloop: hoe gaan andere werkorganisaties om met hybride
            werken? Ons kantoor staat op dinsdag en vrijdag voor twee derde leeg, terwijl de huisvesting een
            flinke hap uit de begroting neemt. Zouden we dat de volgende keer kunnen bespreken?

            Sander

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d157-023",
        "kind": "other",
        "sender": "Joke Harmsen <j.harmsen@duinkant-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste secretariaat,

            Dank voor de bevestiging. Een vraag: krijgen wij na 21 januari te zien welke onderwerpen zijn gekozen
            en hoe vaak elk onderwerp is genoemd? Dat zou ik voor ons eigen MT interessant vinden.

            Met vriendelijke groet,
            Joke Harmsen
            Duinkant
            """
        ),
    },
    {
        "id": "d157-024",
        "kind": "autoreply",
        "sender": "Erik-Jan Bouma <ej.bouma@gr-polderpoort.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben met kerstverlof tot en met maandag 4 januari en lees mijn mail daarna.
            Voor dringende zaken kunt u contact opnemen met het bestuurssecretariaat via 0594 - 77 12 00.

            Erik-Jan Bouma
            GR Polderpoort
            """
        ),
    },
    {
        "id": "d157-025",
        "kind": "other",
        "sender": "Marianne Oldenkamp <m.oldenkamp@swo-drentsaa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Per 1 januari gaat onze werkorganisatie verder onder de naam Drentsaa. Mijn e-mailadres wordt dan
            m.oldenkamp@drentsaa.nl; het oude adres vervalt in de loop van februari. Wilt u dat aanpassen?

            Met vriendelijke groet,
            Marianne Oldenkamp
            """
        ),
    },
    {
        "id": "d157-026",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Vincent Tjoa <v.tjoa@amstelrand-wo.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            > - de relatie met de gemeenteraden

            Om dit punt wat scherper te maken: het gaat mij om raadsvoorstellen die in alle vier de gemeenten
            moeten worden vastgesteld. Leg je één gezamenlijk voorstel voor, of vier varianten op maat, en wat doe
            je als één raad het amendeert?

            Vincent Tjoa
            """
        ),
    },
    {
        "id": "d157-027",
        "kind": "other",
        "sender": "Rik Noordermeer <rik.noordermeer@hollandskroonland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank jullie wel, weer de lange rit vanuit de kop van Noord-Holland waard!
            Rik

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d157-028",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Truus van Beek <g.vanbeek@werkorganisatie-lekdijk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de fijne middag. Onderweg naar huis heb ik lang nagedacht over wat er gezegd werd, en ik wil
            iets met jullie delen.

            Onze werkorganisatie bestaat dit jaar tien jaar. We zijn begonnen als pure bedrijfsvoeringsfusie: ICT,
            financiën en P&O bij elkaar, verder niets. Stap voor stap kwamen het sociaal domein en de buitendienst
            erbij. Intussen zijn de drie gemeenten heel verschillend gaan denken over wat ze met de samenwerking
            willen. De ene ziet ons als uitvoeringsorganisatie, de andere als strategisch partner, en de derde
            vraagt zich hardop af of een herindeling niet eerlijker zou zijn. Uit de evaluatie van vorig jaar kwam
            vooral naar voren dat niemand een gedeeld beeld heeft van waar we over tien jaar staan.

            Daarom mijn voorstel voor het volgende atelier: een sessie over toekomstvisie. Waar staat uw
            werkorganisatie in 2035, en hoe ontwikkel je zo'n langetermijnvisie voor de organisatie zelf?

            Hartelijke groet,
            Truus van Beek
            algemeen directeur Werkorganisatie Lekdijk
            """
        ),
    },
    {
        "id": "d157-029",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Els Jongeneel <e.jongeneel@gb-zuidkust.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste secretariaat,

            Namens de heer Drost stuur ik zijn onderwerp voor het atelier door:

            Werken met data en dashboards: intern voor de sturing op formatie en ziekteverzuim, extern voor het
            monitoren van de prestaties van onze dienstverlening (afhandeltermijnen, klanttevredenheid).

            Met vriendelijke groet,
            Els Jongeneel
            managementassistent directie, Gemeenschappelijk Bureau Zuidkust
            """
        ),
    },
    {
        "id": "d157-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Astrid Verhulst <a.verhulst@rijnwaard-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dag Stan,

            Aan de datum in uw bevestiging zie ik dat het atelier op 11 maart is. Dan meld ik me bij dezen meteen
            aan: zet me maar op de lijst.

            Astrid Verhulst
            Rijnwaard
            """
        ),
    },
    {
        "id": "d157-031",
        "kind": "unsubscribe",
        "sender": "Bart Hogenelst <b.hogenelst@werkorganisatie-baarloruwkamp.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Dit was mijn laatste atelier: vrijdag is mijn laatste werkdag. Joost Verbrugge neemt het stokje over
            als algemeen directeur (j.verbrugge@werkorganisatie-baarloruwkamp.nl). Wilt u mij van de lijst halen en
            hem in mijn plaats opnemen? Hij verheugt zich er al op.

            Hartelijke groet,
            Bart Hogenelst
            """
        ),
    },
    {
        "id": "d157-032",
        "kind": "other",
        "sender": "Hennie Roelofsen <h.roelofsen@achterveld-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            Ter informatie: per 1 september ga ik met pensioen. Mijn opvolger, Nadia Bouzid
            (n.bouzid@achterveld-werkt.nl), neemt het dan van mij over en wordt ook graag lid. Tot die tijd blijf
            ik gewoon lid van het netwerk.

            Groet,
            Hennie Roelofsen
            """
        ),
    },
    {
        "id": "d157-033",
        "kind": "subscribe",
        "sender": "Tamara Zijlstra <t.zijlstra@werkorganisatie-slingeland.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "Fwd: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemiddag,

            Deze oproep kreeg ik doorgestuurd van mijn voorganger. Ik ben sinds november algemeen directeur van
            Werkorganisatie Slingeland en zou graag zelf lid worden van het netwerk. Kunt u mij op dit adres
            aanmelden?

            Met vriendelijke groet,
            Tamara Zijlstra
            """
        ),
    },
    {
        "id": "d157-034",
        "kind": "other",
        "sender": "Dick Oudshoorn <d.oudshoorn@gr-bollenvlakte.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            Kunt u ook de drie leden van ons directieteam op de verzendlijst zetten? Dan kunnen zij zelf
            onderwerpen aandragen. Mijn secretaresse stuurt de adressen nog na.

            Met vriendelijke groet,
            Dick Oudshoorn
            GR Bollenvlakte
            """
        ),
    },
    {
        "id": "d157-035",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Marloes Ketelaar <m.ketelaar@oostgaastgroep.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Hi Stan,

            Thanks for noting my points. Adding one more (excuses voor het Engels, ik zit op een congres in
            Kopenhagen met alleen mijn laptop):

            - the cost allocation model (verdeelsleutel) for our shared IT platform. One partner municipality wants
              its own systems again, which raises both a financial question inside our organisation and a real
              question about what the partners still want from each other.

            Groeten,
            Marloes Ketelaar
            Oostgaast Groep
            """
        ),
    },
    {
        "id": "d157-036",
        "kind": "other",
        "sender": "Willemijn Frijters <w.frijters@peelrand-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Goedemiddag,

            Dank voor het verslag. Eén kanttekening: wij volgden het atelier met twee collega's online, en dat was
            geen succes. Het geluid uit de zaal was nauwelijks te verstaan en in de tafelgesprekken kwamen we niet
            aan bod. Wellicht iets om de volgende keer beter te regelen.

            Willemijn Frijters
            Peelrand Samen
            """
        ),
    },
    {
        "id": "d157-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ahmed Boukhari <a.boukhari@zeeuwse-stromen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie en Stan,

            Wat mij betreft een van de betere ateliers: het thema samenwerking leefde echt aan tafel. Voor de
            volgende keer zou ik het graag over de uitkomsten voor inwoners hebben: hoe meten jullie de
            klanttevredenheid per kern of per gemeente, en wat doe je met de verschillen die daaruit komen?

            Met vriendelijke groet,
            Ahmed Boukhari
            Zeeuwse Stromen
            """
        ),
    },
    {
        "id": "d157-038",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "J.M. Eshuis <j.eshuis@vechtdalwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer, mevrouw,

            Werkt een van de collega's al met zelforganiserende teams in de bedrijfsvoering? Zo ja, dan hoor ik
            graag hoe je dan nog stuurt en wat er overblijft van de rol van de teamleider. Dat zou ik op 11 maart
            graag bespreken.

            Met vriendelijke groet,
            J.M. Eshuis
            directeur Vechtdal Werkt
            """
        ),
    },
    {
        "id": "d157-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten Schoonhoven <m.schoonhoven@gr-waalbocht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hoi Stan,

            Onderwerpen heb ik niet, en dat komt goed uit, want de week van 8 maart ben ik met het gezin in
            Oostenrijk. 11 maart dus zonder mij. Veel plezier alvast!

            Maarten

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d157-040",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ingeborg Tuinstra <i.tuinstra@noorderkwartier-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Dank voor de mooie middag. Voor de volgende keer draag ik graag het volgende aan: de positie van de
            werkorganisatie in de regio. Sinds de nieuwe regiodeal zitten onze drie gemeenten in twee verschillende
            arbeidsmarktregio's en één veiligheidsregio, en wij moeten als werkorganisatie aan al die tafels
            aanschuiven. Hoe gaan anderen daarmee om?

            Met vriendelijke groet,
            Ingeborg Tuinstra
            Noorderkwartier
            """
        ),
    },
    {
        "id": "d157-041",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Gijs Verkerk <g.verkerk@zoomwoud.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "subject": "Antw: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Dank. Nog één onderwerp voor de lijst: welke plek krijgt de energietransitie in de meerjarige
            inhoudelijke agenda van een werkorganisatie? Ik zou dat onder Strategie zetten.

            Gijs Verkerk
            Zoomwoud
            """
        ),
    },
    {
        "id": "d157-042",
        "kind": "other",
        "sender": "Lotte Brinkman <l.brinkman@bwo-voorkempen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Aan tafel kwam ter sprake dat wij net een ontvlechting achter de rug hebben, en een paar collega's
            vroegen of ik daar eens over wil vertellen. Zou ik op het volgende atelier een kwartiertje kunnen
            krijgen om onze ervaringen te delen?

            Groet,
            Lotte Brinkman
            BWO Voorkempen
            """
        ),
    },
    {
        "id": "d157-043",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rob van Tilburg <r.vantilburg@wo-meerstad.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Mijn onderwerp voor 11 maart: robotisering (RPA) in de werkprocessen van belastingen en WOZ. Wij draaien
            er nu een jaar mee; ik wil er best een korte inleiding over houden als dat in het programma past.

            Rob van Tilburg
            directeur Werkorganisatie Meerstad
            """
        ),
    },
    {
        "id": "d157-044",
        "kind": "unsubscribe",
        "sender": "Carla Doornbos <c.doornbos@werkorganisatie-stroomland.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Bedankt voor het noteren. Wel meteen mijn laatste bijdrage: sinds 1 januari werk ik elders en ik wil
            geen berichten van het netwerk meer ontvangen. De suggestie mag blijven staan als u er iets mee kunt.

            Carla Doornbos
            """
        ),
    },
    {
        "id": "d157-045",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@hofvliet.nl>",
        "quote": "none",
        "subject": (
            "Undeliverable: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            k.vanoss@hofvliet.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try to
            resend the message.

            Diagnostic information for administrators:

            Generating server: mx1.hofvliet.nl

            k.vanoss@hofvliet.nl
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "d157-046",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Henriëtte Vos <h.vos@werkorganisatie-hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Stan en Melanie,

            In de bijlage onze notitie 'Dichtbij in elke kern', die het college in november heeft vastgesteld.
            Daaruit wil ik één vraag voor het atelier halen: hoe bied je persoonlijke dienstverlening in de kleine
            kernen, met een mobiel loket of een servicepunt in de bibliotheek, en wat levert dat inwoners echt op?

            Met vriendelijke groet,
            Henriëtte Vos
            Werkorganisatie Hunzedal
            """
        ),
    },
    {
        "id": "d157-047",
        "kind": "other",
        "sender": "Paul Kemperman <p.kemperman@poortwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Aan mijn tafel zat een directeur uit de Achterhoek die net een gezamenlijke inkoopafdeling heeft
            opgezet; zijn naam ben ik helaas vergeten. Kunt u mij zijn contactgegevens geven, of hem mijn adres
            doorgeven?

            Met vriendelijke groet,
            Paul Kemperman
            Poortwaard
            """
        ),
    },
    {
        "id": "d157-048",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Anna Whitfield <a.whitfield@wo-lingevallei.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            Thank you for the summary. One correction: you filed my point about the councils under Samenwerking,
            but what I meant was setting the administrative priorities for the coming council term: which three or
            four ambitions do we as an organisation put first for the next four years? I would call that Strategie.

            Kind regards,
            Anna Whitfield
            Director, Werkorganisatie Lingevallei
            """
        ),
    },
    {
        "id": "d157-049",
        "kind": "rsvp",
        "attending": True,
        "sender": "Simon de Korte <s.dekorte@werkorganisatie-zeeveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hi both, nothing to add topic-wise this round, but count me in for 11 March. Cheers, Simon
            """
        ),
    },
    {
        "id": "d157-050",
        "kind": "other",
        "sender": "Eline Rutgers <e.rutgers@bergse-heide-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Op 11 maart zou ik graag komen, maar alleen als ik online kan aansluiten; ik zit die dag voor een
            overleg in Maastricht. Komt er een Teams-link?

            Met vriendelijke groet,
            Eline Rutgers
            """
        ),
    },
    {
        "id": "d157-051",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "A. Koppenol <a.koppenol@westrandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Drie onderwerpen vanuit Westrand:
            - strategische personeelsplanning voor de komende vijf jaar (uitstroom door vergrijzing)
            - de overstap naar een nieuw financieel systeem voor drie administraties tegelijk
            - hoe je als werkorganisatie de belangen van een grote en twee kleine gemeenten in balans houdt

            Met vriendelijke groet,
            A. Koppenol
            """
        ),
    },
    {
        "id": "d157-052",
        "kind": "other",
        "sender": "Monique Terpstra <m.terpstra@woudenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dag Stan,

            Op dit moment heb ik nog niets concreets. Ik leg de oproep maandag in ons MT neer en kom vóór 21 januari
            bij u terug als daar iets uitkomt.

            Groet,
            Monique Terpstra
            Woudenland
            """
        ),
    },
    {
        "id": "d157-053",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Erwin Stegeman <e.stegeman@achterhoekzuid-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Is er in een eerder atelier al eens gesproken over vergunningverlening onder de Omgevingswet, gezien
            vanuit de aanvrager? Zo niet, dan wil ik dat graag agenderen: initiatiefnemers klagen bij ons over de
            doorlooptijden en het ontbreken van één aanspreekpunt.

            Met vriendelijke groet,
            Erwin Stegeman
            Achterhoek Zuid
            """
        ),
    },
    {
        "id": "d157-054",
        "kind": "unsubscribe",
        "sender": "Frits Dam <f.dam@kromrijnsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wilt u mij voortaan niet meer mailen? Na twee ateliers merk ik dat dit format niet bij me past. Geen
            kwaad bloed hoor.

            Frits Dam
            """
        ),
    },
    {
        "id": "d157-055",
        "kind": "other",
        "sender": "Greetje Bakker-Olthof <g.bakker@dollardkust.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Nee hoor, niets toe te voegen; het staat er precies zoals ik het bedoelde. Dank voor de snelle
            verwerking.

            Greetje Bakker-Olthof
            Dollardkust
            """
        ),
    },
    {
        "id": "d157-056",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Kees Verstappen <k.verstappen@walkant-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan en Melanie,

            Sterk atelier, dank daarvoor. Een onderwerp voor de volgende editie: generatieve AI in de eigen
            organisatie. Medewerkers gebruiken ChatGPT en Copilot al volop, terwijl wij nog geen beleid hebben. Wat
            mag wel, wat niet, en hoe regel je dat voor alle afdelingen?

            Met vriendelijke groet,
            Kees Verstappen
            Walkant
            """
        ),
    },
    {
        "id": "d157-057",
        "kind": "subscribe",
        "sender": "Ria Hendriksen <r.hendriksen@wiekenland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dag Melanie,

            Mijn collega Ruud Hermans, directeur dienstverlening, was er deze keer in mijn plaats bij en kwam
            enthousiast terug. Hij wil graag zelf lid worden: r.hermans@wiekenland.nl. Kunt u hem aanmelden?

            Groet,
            Ria Hendriksen
            """
        ),
    },
    {
        "id": "d157-058",
        "kind": "other",
        "sender": "B. Overdijk <b.overdijk@gr-hofstede.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            Dank voor de bevestiging. Mag ik vragen hoe de keuze uiteindelijk tot stand komt? Vorig jaar droeg ik
            een onderwerp over de ontvlechting van de belastingtaken aan en daarover heb ik nooit meer iets
            gehoord. Weegt de Adviesraad alleen op aantallen, of ook op inhoud?

            Met vriendelijke groet,
            B. Overdijk
            GR Hofstede
            """
        ),
    },
    {
        "id": "d157-059",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Renate Kuipers <r.kuipers@plassengebied-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            U hebt van mijn mail twee punten gemaakt, met Samenwerking erbij, maar ik had eigenlijk één vraag: hoe
            digitaliseer je werkprocessen als elke afdeling vasthoudt aan een eigen zaaksysteem? De gemeenteraden
            noemde ik alleen als achtergrond. Het gaat mij puur om de werkprocessen, thema Organisatie.

            Vriendelijke groet,
            Renate Kuipers
            Plassengebied
            """
        ),
    },
    {
        "id": "d157-060",
        "kind": "autoreply",
        "sender": "Jolanda Meijerink <j.meijerink@gr-vechtstroom.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "Afwezig: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Hartelijk dank voor uw e-mail. Tot 1 mei ben ik met ouderschapsverlof. Uw bericht wordt niet
            doorgestuurd; voor zaken die niet kunnen wachten kunt u terecht bij mijn plaatsvervanger, Hans Lubbers
            (h.lubbers@gr-vechtstroom.nl).

            Jolanda Meijerink
            """
        ),
    },
]
# fmt: on
