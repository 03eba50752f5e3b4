"""devset166: topic suggestions and their look-alikes, under the call, the follow-up, the thank-you and as new mail.

Directors and their assistants, management teams and boards answer the call for themes, the follow-up after an
atelier and the thank-you for a suggestion, or write a new mail with a topic. They send several topics at once,
correct or replace a topic they sent before, name a theme themselves (sometimes the wrong one), tell a story that ends
in a topic, pass on what their MT or the board of their GR wants, back a colleague's topic, withdraw a topic, or only
remark on the atelier. Beside them stand look-alikes: a yes or no under the call, a question whether one may present,
a proposal about time and place, an attachment "with our topics", an out-of-office and a member who leaves.

Conventions this set relies on (from the brief):
- Under the call, the follow-up or the thank-you a proposed topic is a suggestion, also when the writer says in the
  same mail whether they come; only saying whether one comes is an rsvp; a proposal about the form (time, place,
  format, hosting) is other. A topic proposed under the invitation or the welcome is a suggestion too.
- The themes are those of what the writer proposes now: not the theme the writer names when it is plainly wrong, not
  words used in passing or the story told before it, not a colleague's topic that the writer only backs. Two themes
  where the writer proposes topics under two themes.
- Backing another member's topic without one's own, asking whether one may present, withdrawing a topic, thanks and
  remarks that propose nothing: other. A topic that replaces or corrects an earlier one is a suggestion with the
  themes of the new topic.
- A mail an assistant forwards with a line above it is the assistant's new mail; it has no thread.
- Replies to the follow-up carry the thread followup; replies to the call and the thank-you call_for_themes; a new
  mail carries no thread. Out-of-office mail carries no quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_FOLLOWUP = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
_THANKS = "Dank voor uw themasuggestie [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- under the call for themes -------------------------------------------------------------------------------
    {
        "id": "d166-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jeroen Baaijens <j.baaijens@wo-heuvelrandzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Drie punten van mijn kant, zoals gevraagd één per regel:
            - hoe richt je een regieorganisatie in als de uitvoering per gemeente anders is belegd
            - strategische personeelsplanning nu we voor elke vacature vier maanden zoeken
            - het vervangen van ons zaaksysteem zonder dat de werkprocessen een half jaar stilvallen

            Met vriendelijke groet,
            Jeroen Baaijens
            Algemeen directeur Werkorganisatie Heuvelrand-Zuid
            """
        ),
    },
    {
        "id": "d166-002",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Annelies Wijnbergen <a.wijnbergen@marnedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            1. De positie van onze werkorganisatie in de regiodeal: de provincie praat met de gemeenten, maar wij
            moeten het uitvoeren. Hoe zitten anderen daarin?
            2. Eén digitaal ondernemersloket voor alle drie de gemeenten in plaats van drie websites met elk eigen
            formulieren.

            Groet,
            Annelies
            """
        ),
    },
    {
        "id": "d166-003",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "mr. drs. P.H. (Pieter) Oudshoorn <ph.oudshoorn@bedrijfsvoering-lekstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Onder het thema Strategie draag ik graag het volgende onderwerp aan: een langetermijnvisie op de
            werkorganisatie richting 2035. Waar willen wij dan staan en welke keuzes vraagt dat nu al van ons?
            Wij hebben daar tot nu toe nauwelijks tijd voor vrijgemaakt, en ik vermoed dat ik niet de enige ben.

            Hoogachtend,

            mr. drs. P.H. Oudshoorn
            directeur
            Bedrijfsvoeringsorganisatie Lekstroom
            """
        ),
    },
    {
        "id": "d166-004",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wendelien Krol <w.krol@rijnweide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Voor het thema Dienstverlening (dienstverlening aan onze eigen medewerkers, zeg maar) heb ik dit:
            de harmonisatie van rechtspositie en functiewaardering van het personeel uit de drie oude organisaties.
            Vijf jaar na de fusie hebben we nog steeds drie verlofregelingen naast elkaar en dat schuurt enorm.

            Hartelijke groet,
            Wendelien Krol
            directeur bedrijfsvoering | Werkorganisatie Rijnweide
            T 0318 - 55 20 40
            """
        ),
    },
    {
        "id": "d166-005",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hans-Jan Tigchelaar <hj.tigchelaar@dewoldenhoek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Stan, Melanie,

            Een voorval van vorige maand. Ik stond bij onze balie in Ruinerwold-Noord toen een oudere meneer
            binnenkwam voor een gehandicaptenparkeerkaart. Hij was al twee keer weggestuurd: eerst naar het
            gemeentehuis in het andere dorp, daarna naar de website. Onze medewerkster deed haar best, maar de
            man snapte gewoon niet meer wie hem nu eigenlijk hielp, de gemeente of 'dat samenwerkingsding'.

            Sindsdien vraag ik me af hoe je als werkorganisatie zo tegen inwoners van drie gemeenten communiceert
            dat ze weten waar ze terechtkunnen en zich niet van het kastje naar de muur gestuurd voelen. Dat lijkt
            me een mooi gesprek voor het atelier.

            Hans-Jan
            """
        ),
    },
    {
        "id": "d166-006",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Secretariaat MT Kempenwoud <mt-secretariaat@kempenwoud.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Het managementteam van Kempenwoud heeft de oproep in het MT-overleg van dinsdag besproken. Het MT
            draagt de volgende onderwerpen aan:
            - klanttevredenheid per gemeente meten en daar ook echt op bijsturen
            - hybride werken en wat dat betekent voor de huisvesting nu we drie kantoorpanden hebben

            Namens het MT,
            Ilse Verheul
            managementassistent
            """
        ),
    },
    {
        "id": "d166-007",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Reinout Smeulders <r.smeulders@gr-oostvaart.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste mensen,

            Het dagelijks bestuur van onze GR heeft mij gevraagd het volgende in te brengen: de evaluatie van de
            gemeenschappelijke regeling na vijf jaar, en vooral de vraag of de drie deelnemers nog dezelfde
            ambities hebben als bij de start. Het DB hoort graag hoe andere werkorganisaties zo'n evaluatie hebben
            aangepakt.

            Groet, Reinout Smeulders
            secretaris-directeur GR Oostvaart
            """
        ),
    },
    {
        "id": "d166-008",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Fenna Dijkhuis-Mol <f.dijkhuis@samenwerkingaaveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Dag Melanie,

            Ruud Achterberg vertelde me bij het provinciaal overleg dat hij informatiebeveiliging na de hack bij
            zijn werkorganisatie heeft ingebracht. Dat onderwerp steun ik van harte.

            Zelf voeg ik er nog een toe: de inzet van AI en algoritmes in de backoffice, bijvoorbeeld bij het
            afhandelen van WOO-verzoeken. Wie durft het aan en hoe heb je het ingericht?

            Fenna
            """
        ),
    },
    {
        "id": "d166-009",
        "kind": "other",
        "sender": "Govert Loonstra <g.loonstra@werkorganisatie-peelrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Via via hoorde ik dat een collega "de relatie met de gemeenteraden" heeft aangedragen. Wat mij betreft
            komt die bovenaan de lijst, daar worstelen wij ook elke begrotingsronde mee. Zelf heb ik geen
            aanvullingen; zet mijn stem maar bij die van hem.

            Met vriendelijke groet,
            Govert Loonstra
            """
        ),
    },
    {
        "id": "d166-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Tuinstra <m.tuinstra@noardlannen.frl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Een onderwerp heb ik eerlijk gezegd niet paraat, ik laat me graag verrassen. Maar 11 maart ben ik er
            zeker bij, de datum staat al in mijn agenda.

            Marloes
            """
        ),
    },
    {
        "id": "d166-011",
        "kind": "other",
        "sender": "Bart Rijnsburger <b.rijnsburger@duinzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hoi Melanie,

            Wij hebben net een traject afgerond waarin we onze drie vakafdelingen Belastingen hebben samengevoegd,
            inclusief één aanslagbiljet voor de hele regio. Zou ik dat op het atelier zelf een kwartiertje mogen
            presenteren? Of is het programma daar niet voor bedoeld? Laat maar weten wat jullie ervan vinden.

            Groet,
            Bart Rijnsburger
            """
        ),
    },
    {
        "id": "d166-012",
        "kind": "other",
        "sender": "Christiaan Vos <c.vos@bwo-maasbroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Stan,

            Geen onderwerp maar wel een wens: kunnen we het atelier eens op een vrijdagochtend houden, en dan in
            kleinere tafels van zes in plaats van die grote kring? Donderdagmiddag is bij ons vaste collegedag.

            Christiaan
            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d166-013",
        "kind": "other",
        "sender": "Ellen Zwartkruis <e.zwartkruis@wo-vijfheerenlanden-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Goed dat jullie de leden zelf de thema's laten bepalen, dat maakt het verschil met de meeste
            congressen. Ik heb er deze keer niets aan toe te voegen; wat er vorige keer op de lijst stond dekt
            mijn vragen nog steeds.

            Hartelijke groet,
            Ellen Zwartkruis
            """
        ),
    },
    {
        "id": "d166-014",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Koen Haverkamp <k.haverkamp@sallandveste.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 11 maart zit ik helaas in Lissabon voor een werkbezoek, dus komen lukt niet. Toch wil ik een
            onderwerp meegeven: hoe haal je een taakstelling van 4% op de apparaatskosten zonder de formatie van
            de uitvoerende teams uit te hollen? Ik ben benieuwd naar de keuzes van anderen, en lees het verslag
            graag na.

            Met vriendelijke groet,
            Koen Haverkamp
            directeur Werkorganisatie Sallandveste
            """
        ),
    },
    {
        "id": "d166-015",
        "kind": "unsubscribe",
        "sender": "Theo Brandsma <t.brandsma@gemeenschappelijk-wadden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Per 1 februari ga ik met pensioen, dus onderwerpen zal ik niet meer aandragen. Wilt u mij van de
            ledenlijst halen? Het was een mooi netwerk, dank daarvoor.

            Theo Brandsma
            """
        ),
    },
    {
        "id": "d166-016",
        "kind": "autoreply",
        "sender": "Sjoukje Hoekstra <s.hoekstra@wo-fryske-marren-west.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Tot en met 24 januari ben ik met verlof. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt
            u contact opnemen met het secretariaat directie, 0513 - 48 12 00.

            Sjoukje Hoekstra
            """
        ),
    },
    {
        "id": "d166-017",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ruth Abrahams <ruth.abrahams@westerschelde-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Apologies for writing in English, my Dutch is fine for meetings but slow on e-mail. One topic from my
            side: using chatbots and digital assistants on our websites to answer residents' questions in the
            evening and weekend. We are piloting one now and I'd love to compare notes with others.

            Best,
            Ruth Abrahams
            Director of Operations, Westerschelde Samen
            """
        ),
    },
    {
        "id": "d166-018",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Arjen Lokhorst <a.lokhorst@ijsselkoers.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Samenwerking - de regionale woningbouwopgave en de positie van onze werkorganisatie aan de regionale tafel
            Organisatie - een inwonerspanel opzetten dat ons elk halfjaar een rapportcijfer geeft voor de loketten

            Arjen Lokhorst
            """
        ),
    },
    {
        "id": "d166-019",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Yvonne Bergsma <y.bergsma@hunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Wat mij betreft: Strategie. Daar komen we in de waan van de dag het minst aan toe, terwijl je er
            samen met collega's juist het meest van leert.

            Yvonne
            """
        ),
    },
    {
        "id": "d166-020",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gerrit-Jan Mulder <gj.mulder@deltawerk-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Geachte heer, mevrouw,

            Onder Strategie zou ik graag de invoering van ons nieuwe HR-systeem willen bespreken: de koppeling met
            de salarisadministratie, de migratie van drie personeelsdossiers en de vraag of je zoiets beter zelf
            bouwt of inkoopt.

            Met vriendelijke groet,
            G.J. Mulder
            """
        ),
    },
    {
        "id": "d166-021",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hester van Gelderen <h.vangelderen@lingehof.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Re: " + _CALL,
        "body": _(
            """
            Beste Melanie,

            > - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities,
            > positie in de regio;

            Ja, precies dit. Concreet: hoe ga je om met een deelnemende gemeente die hardop overweegt uit te
            treden? Bij ons speelt dat sinds de verkiezingen, en ik weet niet goed hoe ik me als directeur daarin
            moet opstellen.

            > Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

            Dat is dan bij deze. Groet, Hester
            """
        ),
    },
    {
        "id": "d166-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sander Weeda <s.weeda@wo-westfriesland-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp: zaakgericht werken, hoe ver zijn jullie? Wij zitten na 3 jaar nog op de helft

            Sander
            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d166-023",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lidewij Schuttevaer <l.schuttevaer@bommelerwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan,

            Sinds corona werken onze publiekshallen alleen nog op afspraak. Voor de meeste mensen prima, maar
            oudere inwoners en mensen die minder digitaal vaardig zijn haken af. Mijn onderwerp: hoe bied je
            dienstverlening op afspraak aan zonder die groep kwijt te raken? Wie heeft er een goede tussenvorm
            gevonden?

            Groet,
            Lidewij Schuttevaer
            """
        ),
    },
    {
        "id": "d166-024",
        "kind": "other",
        "sender": "Maarten Eikelboom <m.eikelboom@grensland-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Dag Melanie,

            Tot welke datum kan ik precies nog reageren? Ik wil de oproep eerst in ons MT van 26 januari bespreken
            zodat ik niet alleen mijn eigen stokpaardjes instuur. Als dat te laat is, hoor ik het graag.

            Maarten Eikelboom
            """
        ),
    },
    {
        "id": "d166-025",
        "kind": "other",
        "sender": "Nicole Hazenberg <n.hazenberg@tweestromenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            In de bijlage vindt u de onderwerpen die ons directieteam heeft verzameld, met een korte toelichting
            per onderwerp. Hopelijk kunt u er iets mee.

            Met vriendelijke groet,
            Nicole Hazenberg
            """
        ),
    },
    {
        "id": "d166-026",
        "kind": "other",
        "sender": "Willem Stoffels <w.stoffels@ambtelijke-organisatie-venwoude.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Stan,

            Even een kanttekening bij jullie lijstje: is eigenlijk niet alles wat daar staat 'organisatie'?
            Digitalisering, werkprocessen, sturing, financiën: het loopt allemaal door elkaar. Misschien iets voor
            de Adviesraad om eens naar de indeling te kijken. Verder geen punten van mij.

            Willem
            """
        ),
    },
    {
        "id": "d166-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jacqueline Oosterwijk <j.oosterwijk@rivierenland-midden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag secretariaat,

            Onderwerpen heb ik niet, en op 11 maart vergadert onze gezamenlijke raadscommissie, dus deze keer sla
            ik over. In het najaar ben ik er graag weer bij.

            Jacqueline Oosterwijk
            """
        ),
    },
    {
        "id": "d166-028",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Frank Overdevest <f.overdevest@waardenburgsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            We hebben er met het MT een heidag aan gewijd, op de hei in Ermelo nog ook. Er kwam van alles op tafel:
            de nieuwe collegeperiode, het ravijnjaar, de cao. Maar twee dingen sprongen eruit en die leg ik graag
            bij het atelier neer:
            - de overstap naar een nieuw financieel pakket en hoe je de drie grootboeken samenvoegt
            - de flexibele schil: we huren 22% van de formatie in en willen dat terug naar 10%

            Groet, ook namens het MT,
            Frank Overdevest
            """
        ),
    },
    # --- under the thank-you for a suggestion ---------------------------------------------------------------------
    {
        "id": "d166-029",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bas Terpstra <b.terpstra@wo-westerkwartier-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Nog een aanvulling op mijn lijstje: het opleiden van eigen medewerkers tot
            data-analist, in plaats van ze duur in te huren.

            Bas
            """
        ),
    },
    {
        "id": "d166-030",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Margriet Hoogeveen <m.hoogeveen@berkelstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Beste Melanie,

            Kleine correctie: ik zie dat u "de relatie met de gemeenteraden" hebt genoteerd, maar zo bedoelde ik
            het niet. Het gaat mij om de verhouding met de drie colleges als opdrachtgevers: elk college wil net
            iets anders van de werkorganisatie en ze spreken elkaar daar zelden op aan.

            Groet,
            Margriet
            """
        ),
    },
    {
        "id": "d166-031",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Diederik Scholten <d.scholten@vallei-oost-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Wilt u "digitalisering van werkprocessen" van mijn lijst halen en vervangen door het volgende: hoe
            verbeteren we de telefonische bereikbaarheid voor inwoners? Wij halen nu maar 60% binnen een minuut
            en dat vind ik eerlijk gezegd beschamend. Het andere punt mag blijven staan.

            Met vriendelijke groet,
            Diederik Scholten
            """
        ),
    },
    {
        "id": "d166-032",
        "kind": "other",
        "sender": "Corinne Blaauw <c.blaauw@werkorganisatie-amstelveld.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Mijn tweede punt, de relatie met de gemeenteraden, mag u schrappen. Dat hebben we inmiddels zelf via een
            gezamenlijke raadsconferentie opgelost. Het eerste punt blijft gewoon staan.

            Vriendelijke groet,
            Corinne Blaauw
            """
        ),
    },
    {
        "id": "d166-033",
        "kind": "other",
        "sender": "Olaf Reitsma <o.reitsma@dongeradeel-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Keurig zo, en snel ook! Ik ben benieuwd welke onderwerpen de Adviesraad uiteindelijk kiest.

            Olaf
            """
        ),
    },
    {
        "id": "d166-034",
        "kind": "autoreply",
        "sender": "Irene Kooistra <i.kooistra@gr-veenkoloniaal.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: " + _THANKS,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben op dinsdag en woensdag niet op kantoor en lees mijn mail donderdag weer.

            Met vriendelijke groet,
            Irene Kooistra
            GR Veenkoloniaal
            """
        ),
    },
    # --- under the follow-up --------------------------------------------------------------------------------------
    {
        "id": "d166-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tjeerd Wiersma <t.wiersma@noordoostpolder-urk-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de goede middag.

            Voor de volgende keer: informatiebeveiliging na de ransomware-aanvallen van het afgelopen jaar. Wat
            hebben jullie ingericht aan back-ups, oefeningen en crisisprotocollen? Daar hoor ik graag meer over.

            Tjeerd Wiersma
            """
        ),
    },
    {
        "id": "d166-036",
        "kind": "other",
        "sender": "Mirjam Sanders <mirjam.sanders@kromme-rijn-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat een fijne middag was het. Vooral de tafel over eigenheid heeft me aan het denken gezet; ik heb het
            er de volgende ochtend meteen met mijn burgemeester over gehad. Dank aan jullie allebei!

            Mirjam
            """
        ),
    },
    {
        "id": "d166-037",
        "kind": "other",
        "sender": "Henk Boersma <h.boersma@wo-achterhoek-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Ligt dat aan ons
            netwerk, of kunt u het verslag ook als pdf sturen?

            Groet,
            Henk Boersma
            """
        ),
    },
    {
        "id": "d166-038",
        "kind": "other",
        "sender": "Astrid Kuipers <a.kuipers@zeeuwse-eilanden-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Hallo Melanie,

            Volgende keer graag wat eerder beginnen: om 17.30 klaar betekent voor wie uit Zeeland komt thuis na
            achten. En misschien kan het atelier eens bij een van de werkorganisaties zelf, dan zie je ook hoe
            anderen wonen.

            Astrid
            """
        ),
    },
    {
        "id": "d166-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Pim de Ruijter <p.deruijter@lopikerwaard-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Op de terugweg in de trein zat ik te bedenken wat ik de volgende keer zou willen bespreken. Het
            antwoord kwam de maandag erna vanzelf: in één maand vertrokken drie van mijn teamleiders, alle drie
            naar een gemeente in de buurt. Bij het exitgesprek zei een van hen: "Bij jullie ben ik van niemand."
            Wij hebben geen doorgroeipaden en geen eigen gezicht als werkgever.

            Dus: hoe houd je talent binnen in een organisatie die niemands eigen gemeente is? Graag op de agenda.

            Pim de Ruijter
            """
        ),
    },
    {
        "id": "d166-040",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Evelien Brouwer <e.brouwer@gooi-en-meren-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Top middag! Voor een volgende keer stel ik voor: de regionale energiestrategie en de vraag wie daar
            namens onze drie gemeenten aan tafel zit, de werkorganisatie of de wethouders. Een iets langere pauze
            zou trouwens ook fijn zijn, ik kwam nauwelijks aan bijpraten toe.

            Evelien
            """
        ),
    },
    {
        "id": "d166-041",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ton Verbeek <t.verbeek@maas-en-peel-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Laten we volgende keer verdergaan waar we bleven: hoe bewaak je de eigenheid van elke deelnemende
            gemeente als steeds meer beleid gezamenlijk of regionaal wordt gemaakt? We hadden er een uur meer voor
            kunnen gebruiken.

            Ton Verbeek
            """
        ),
    },
    {
        "id": "d166-042",
        "kind": "unsubscribe",
        "sender": "Ingeborg Langeveld <i.langeveld@wo-alblasserwaard-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dit was mijn laatste atelier: per 1 mei vertrek ik bij de werkorganisatie. Wie mij opvolgt is nog niet
            bekend. Wilt u mij uit het netwerk uitschrijven? Dank voor alle mooie bijeenkomsten.

            Ingeborg Langeveld
            """
        ),
    },
    {
        "id": "d166-043",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Directiesecretariaat Werkorganisatie Dinkelland-Oost <directie@dinkelland-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Geacht secretariaat,

            Namens het directieteam van Werkorganisatie Dinkelland-Oost: het directieteam zou de volgende keer
            graag spreken over
            - de overgang naar een nieuw financieel systeem per 2028, en
            - de gevolgen van de krimpende algemene uitkering voor de begroting van de werkorganisatie.

            Met vriendelijke groet,
            Anouk Lammers, directiesecretaresse
            """
        ),
    },
    {
        "id": "d166-044",
        "kind": "other",
        "sender": "David Okafor <d.okafor@twentekanaal-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Thanks, great session. No topic from me this time, but we'd be happy to host the next atelier in our
            new building in Hengelo: room for 40, good train connection, and we'll sort the coffee.

            David
            """
        ),
    },
    {
        "id": "d166-045",
        "kind": "other",
        "sender": "Karin Wolters <k.wolters@wo-rivierduinen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Aan het eind van de middag opperde Gijs het idee om het volgende keer over arbeidsmarktcommunicatie te
            hebben. Daar sluit ik me graag bij aan; hij verwoordde het beter dan ik het zou kunnen.

            Karin
            """
        ),
    },
    {
        "id": "d166-046",
        "kind": "other",
        "sender": "Roelof Nijboer <r.nijboer@aa-en-hunze-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank jullie. Het deel over dienstverlening was wat kort, maar dat lag aan de klok en niet aan de
            gespreksleiding. Verder niets toe te voegen, het verslag is helder.

            Roelof
            """
        ),
    },
    # --- new mails --------------------------------------------------------------------------------------------------
    {
        "id": "d166-047",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Joyce van Dongen <j.vandongen@brabantse-wal-werkt.nl>",
        "quote": "none",
        "subject": "Onderwerp voor het volgende atelier",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik weet niet of de oproep voor het volgende atelier al uit is, maar ik heb alvast een onderwerp: hoe
            meet je of de inwoners van alle vier de gemeenten even goed worden bediend? Wij willen
            prestatie-indicatoren per gemeente, maar ik ben benauwd voor rangordes tussen de kernen.

            Met vriendelijke groet,
            Joyce van Dongen
            """
        ),
    },
    {
        "id": "d166-048",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Michiel Holtrop <m.holtrop@de-drie-polders.nl>",
        "quote": "none",
        "subject": "Twee onderwerpen (atelier maart)",
        "body": _(
            """
            Dag secretariaat,

            Twee onderwerpen, met het thema erbij:
            Strategie: de inhoudelijke agenda 2030 van de werkorganisatie. Welke drie prioriteiten kies je als de
            colleges er samen twaalf hebben?
            Organisatie: het sturingsconcept herzien, want het opdrachtgever-opdrachtnemermodel werkt bij ons op
            papier beter dan in de praktijk.

            Michiel Holtrop
            """
        ),
    },
    {
        "id": "d166-049",
        "kind": "other",
        "sender": "Sabine Kleinjan <s.kleinjan@wo-hollands-kroon-zuid.nl>",
        "quote": "none",
        "subject": "Mijn suggestie intrekken",
        "body": _(
            """
            Goedemorgen,

            Vorige week stuurde ik "agile werken in de backoffice" in als onderwerp. Die trek ik bij dezen in; we
            hebben het intern al opgepakt en ik wil geen plek op het programma bezetten voor iets dat bij ons al
            loopt.

            Groet,
            Sabine Kleinjan
            """
        ),
    },
    {
        "id": "d166-050",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Laurens Bakhuizen <l.bakhuizen@wo-utrechtse-heuvelrug-noord.nl>",
        "quote": "none",
        "subject": "Wijziging onderwerp",
        "body": _(
            """
            Beste Melanie,

            In plaats van wat ik eerder instuurde (de ICT-aanbesteding) zou ik veel liever dit bespreken: hoe maak
            je als werkorganisatie een toekomstvisie op de gemeente van 2040, en wie is daar eigenaar van?
            De aanbesteding is inmiddels gegund, dus die vervalt.

            Groet, Laurens
            """
        ),
    },
    {
        "id": "d166-051",
        "kind": "other",
        "sender": "Geertje Hofstede <g.hofstede@oldambt-pekela-samen.nl>",
        "quote": "none",
        "subject": "Observatie",
        "body": _(
            """
            Beste Stan,

            Geen verzoek, gewoon een observatie na vier ateliers: de onderwerpen gaan steeds meer over
            bedrijfsvoering. Dat vind ik niet erg, het zijn ook onze dagelijkse zorgen, maar het viel me op.
            Doe ermee wat je wilt.

            Hartelijke groet,
            Geertje
            """
        ),
    },
    {
        "id": "d166-052",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Johan Swinkels <j.swinkels@gr-kempen-dommel.nl>",
        "quote": "none",
        "subject": "Onderwerp namens onze stuurgroep",
        "body": _(
            """
            Geacht secretariaat,

            De stuurgroep van onze GR, bestaande uit de drie burgemeesters, vraagt mij het volgende onderwerp voor
            het atelier in te dienen: hoe verhoudt de werkorganisatie zich tot de andere gemeenschappelijke
            regelingen in de regio, zoals de veiligheidsregio, de GGD en de omgevingsdienst? Wie stemt daar af met
            wie?

            Met vriendelijke groet,
            J. Swinkels
            secretaris stuurgroep GR Kempen-Dommel
            """
        ),
    },
    {
        "id": "d166-053",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sofie Vermeulen <sofie.vermeulen@zeeuws-vlaanderen-oost.nl>",
        "quote": "none",
        "subject": "Suggestion for the atelier / suggestie",
        "body": _(
            """
            Dear secretariat, beste Stan en Melanie,

            As a newcomer from Flanders I'd like to propose a topic: how did residents experience services after
            the Flemish municipal mergers of 2019, for example when local desks closed? Hoe merken inwoners het als
            het loket in hun dorp dichtgaat, en wat kunnen wij daarvan leren?

            Kind regards / vriendelijke groet,
            Sofie Vermeulen
            """
        ),
    },
    {
        "id": "d166-054",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Petra Jonkman <p.jonkman@middendelfland-werkt.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + _CALL,
        "body": _(
            """
            Goedemiddag,

            Hierbij het onderwerp van Gerard Vlasblom (algemeen directeur), die ik op zijn verzoek doorstuur: hoe
            dring je de inhuur van externen terug zonder dat projecten stil komen te liggen?

            Met vriendelijke groet,
            Petra Jonkman
            bestuurssecretaresse
            """
        ),
    },
    {
        "id": "d166-055",
        "kind": "other",
        "sender": "Tamara Roos <t.roos@wo-heerhugowaard-langedijk.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "Doorst: " + _CALL,
        "body": _(
            """
            Beste secretariaat,

            Ter info: meneer Dekkers is tot half januari met vakantie. Hij heeft gezegd dat hij na terugkomst met
            een of twee onderwerpen komt, dus verwacht u die nog.

            Groet,
            Tamara Roos
            """
        ),
    },
    # --- under the invitation, the welcome and the reminder --------------------------------------------------------
    {
        "id": "d166-056",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrik Jan Ploeg <hj.ploeg@wo-land-van-cuijk-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. En alvast een idee voor het najaarsatelier: wat doen jullie aan strategische
            personeelsplanning nu een kwart van ons personeel binnen zeven jaar met pensioen gaat?

            Hendrik Jan
            """
        ),
    },
    {
        "id": "d166-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Geerdink <l.geerdink@berkelland-oost-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom! Het thema samenwerking spreekt me erg aan, zeker de vraag over de couleur locale: bij ons
            zijn het er ook vier.

            Lotte
            """
        ),
    },
    {
        "id": "d166-058",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ferdinand Meijering <f.meijering@eemsdelta-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. Ik ben drie maanden in dienst
            en sta voor de inrichting van een concernstaf die nu over vier afdelingen is verspreid. Hoe hebben
            anderen dat georganiseerd?

            Met vriendelijke groet,
            Ferdinand Meijering
            """
        ),
    },
    {
        "id": "d166-059",
        "kind": "other",
        "sender": "Nadia el Amrani <n.elamrani@wo-zaanstreek-noord.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het welkom! Een onderwerp heb ik nog niet, ik moet in mijn nieuwe functie eerst even landen.
            Ik kom er later zeker op terug.

            Nadia
            """
        ),
    },
    {
        "id": "d166-060",
        "kind": "other",
        "sender": "Rutger Hamstra <r.hamstra@wo-opsterland-smallingerland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben er donderdag. Mag ik aan het eind vijf minuten om onze pilot met de digitale balie kort te laten
            zien? Dan neem ik de laptop mee.

            Rutger
            """
        ),
    },
]
# fmt: on
