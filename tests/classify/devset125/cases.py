"""devset125: look-alike declines that the secretariat must read, beside real declines and a few yeses.

The writers are directors of werkorganisaties and their assistants and colleagues, answering the invitation, the
reminder, the change and cancellation of the atelier, the waiting-list acknowledgement, the substitute's invitation,
the call for themes and the follow-up, or writing a new mail. Many mails read like "I can't come": a question
whether one can still come after saying no, a no about somebody else (a colleague, an invitee who has left, a
director on sick leave) told by a third person, a decline of another meeting, of a dinner or of presenting only, a
"nee" that only answers the side questions, complaints about the date, requests to move the atelier, "ik kan niet,
tenzij ..." conditions, questions about a recording or the slides, doubt, and declines passed on in a new mail or a
forward. Beside them stand the writers' own declines in every register (elliptic, stiff, English, bilingual, with
typos, with reasons or a rhetorical question) and yeses that look like a no ("nee hoor", "ik kan niet wachten").

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer ("ik kom toch" is a yes).
- A decline of one's own attendance, also with a substitute and also "afmelden voor het atelier" while staying a
  member, is `rsvp` False; so is a calendar decline, a withdrawn place on the waiting list, a substitute who cannot.
- An assistant answering in reply to our invitation is `rsvp`; an assistant's or colleague's new mail or forward
  about a director's attendance is `other`, as is a colleague reporting that someone left or is ill.
- A "nee" that only answers our side questions (a guest, a substitute) and says nothing about coming is `other`.
- A yes or a no on a condition the secretariat must answer, or with a real question beside it, is `other`; a
  rhetorical question or a remark beside a decline does not change the `rsvp`.
- Under the call for themes a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, time) is `other`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


SUBJ_INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d125-001",
        "kind": "other",
        "sender": "Hanneke Broekhuis <h.broekhuis@werkorganisatie-lingemonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Vorige week liet ik u weten dat ik op 11 maart niet kon, vanwege de behandeling van de voorjaarsnota.
            Die is inmiddels een week naar voren gehaald. Is er nog een plekje vrij, of zit het atelier al vol?

            Met vriendelijke groet,

            Hanneke Broekhuis
            Algemeen directeur Werkorganisatie Lingemonde
            """
        ),
    },
    {
        "id": "d125-002",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten Kieviet <mkieviet@dekrommeweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, helaas. Die donderdag zit ik de hele dag in Den Haag bij het IPO-overleg.
            Gr. Maarten
            """
        ),
    },
    {
        "id": "d125-003",
        "kind": "other",
        "sender": "Jolien Akkerman <j.akkerman@lekmonde.nl>",
        "quote": "none",
        "subject": "Directeur De Wolf - atelier maart",
        "body": _(
            """
            Geacht secretariaat,

            Ik schrijf u namens het directiesecretariaat van Werkorganisatie Lekmonde. Onze algemeen directeur,
            de heer Ruud de Wolf, is sinds begin januari met ziekteverlof. Hij zal in elk geval niet bij het
            atelier van 11 maart aanwezig zijn. Wanneer hij terugkeert is nog niet bekend; tot die tijd lees ik
            zijn post.

            Met vriendelijke groet,

            Jolien Akkerman
            Managementassistent directie
            """
        ),
    },
    {
        "id": "d125-004",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sanne Oudejans <s.oudejans@gr-vechtstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thank you for the invitation. I'm afraid I won't be able to join you on 11 March: I'll be in Ghent
            for a Eurocities working group that whole week.

            Best wishes,
            Sanne Oudejans
            Director of Operations | GR Vechtstroom
            """
        ),
    },
    {
        "id": "d125-005",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wilco Brandsma <wilco.brandsma@hetwoldsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee hoor, dit atelier laat ik me niet ontgaan. De couleur locale van vier besturen is precies waar
            wij hier elke week mee worstelen. Ik ben er, zonder gast.

            Groet, Wilco
            """
        ),
    },
    {
        "id": "d125-006",
        "kind": "other",
        "sender": "Femke Rijnders <f.rijnders@bommelerwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Nu ik je hier toch heb: de vergadering van de Adviesraad op 9 februari kan ik niet bijwonen, ik zit
            dan op een heidag met ons college. Mijn opmerkingen bij het programma stuur ik je vooraf op.
            Over het atelier zelf hoor je nog van me.

            Groet,
            Femke
            """
        ),
    },
    {
        "id": "d125-007",
        "kind": "rsvp",
        "attending": False,
        "sender": "A.J.M. Terpstra <secretaris@werkorganisatie-zuidwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij bericht ik u dat ondergetekende tot zijn spijt verhinderd is het Leer- en inspireer-atelier
            van donderdag 11 maart 2027 bij te wonen.

            Hoogachtend,

            mr. drs. A.J.M. Terpstra
            gemeentesecretaris-directeur
            Werkorganisatie Zuidwaard
            """
        ),
    },
    {
        "id": "d125-008",
        "kind": "other",
        "sender": "Ellen Mulderij <e.mulderij@kempenvijf.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Hoi Melanie,

            Ik sta op de lijst en kom ook, maar Joost vertelde dat er na afloop een diner is in de binnenstad.
            Daarvoor moet ik bedanken, om half acht heb ik raad. Moet ik dat apart bij iemand melden?

            Groetjes,
            Ellen

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d125-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bert-Jan Hofstede <bj.hofstede@ijsselhoek-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Excuses dat ik pas nu reageer, uw mail was ondergesneeuwd in de drukte rond de begroting. Ik kan er op
            11 maart helaas niet bij zijn; onze ondernemingsraad heeft die middag zijn jaarlijkse overleg met de
            directie en dat kan ik niet aan me voorbij laten gaan.

            Met vriendelijke groet,
            Bert-Jan Hofstede
            """
        ),
    },
    {
        "id": "d125-010",
        "kind": "other",
        "sender": "Thijs Langenberg <t.langenberg@peelgemeenten-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, niemand.

            > Kunt u zelf niet, maar komt een collega in uw plaats?

            Nee, er is hier geen collega die daarvoor in aanmerking komt.

            Groet,
            Thijs
            """
        ),
    },
    {
        "id": "d125-011",
        "kind": "rsvp",
        "attending": False,
        "sender": "Margriet Vonk <m.vonk@drieluikwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste secretariaat,

            Op 11 maart vergaderen twee van onze drie raden over de kadernota, dus ik moet verstek laten gaan.
            Hopelijk lukt het in het najaar wel.

            Hartelijke groet,
            Margriet Vonk
            directeur Werkorganisatie Drieluik
            """
        ),
    },
    {
        "id": "d125-012",
        "kind": "other",
        "sender": "Erwin Dallinga <e.dallinga@noordkopsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Eerlijk gezegd vind ik het onhandig dat de datum zo kort van tevoren verschuift. Bij ons is 18 maart
            de dag van de bespreking met de accountant, en ik denk dat dat voor meer collega's geldt in deze
            periode van het jaar. Ik ga kijken of ik iets kan schuiven, maar ik wilde het wel even gezegd hebben.

            Groet,
            Erwin Dallinga
            """
        ),
    },
    {
        "id": "d125-013",
        "kind": "other",
        "sender": "Lidewij Post <lidewij.post@westfrieskwartier.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Zouden jullie willen overwegen het atelier een week op te schuiven? Op 11 maart hebben vijf van de
            zeven directeuren in onze regio de jaarlijkse regiotop met de provincie. Als het bij de 11e blijft,
            zal ik er niet zijn, en ik vermoed de anderen ook niet.

            Hartelijke groet,
            Lidewij Post
            """
        ),
    },
    {
        "id": "d125-014",
        "kind": "other",
        "sender": "Rik Oosterveld <r.oosterveld@gr-heuvelzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Fysiek haal ik Utrecht die middag niet, tenzij ik online kan aansluiten. Is het programma daarop
            ingericht, kan ik via Teams ook echt meepraten in de werkvormen, of is de link alleen om mee te
            kijken? In het laatste geval laat ik het deze keer schieten.

            Rik
            """
        ),
    },
    {
        "id": "d125-015",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ayse Kocabas <a.kocabas@rivierenlandnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kan niet wachten! Zet me maar op de lijst, ik neem mijn plaatsvervanger Gijs mee, dus we zijn met
            z'n tweeën.

            Ayşe
            """
        ),
    },
    {
        "id": "d125-016",
        "kind": "other",
        "sender": "Frank Heijboer <f.heijboer@waalwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geacht secretariaat,

            Ik kan er op 11 maart niet bij zijn, maar het onderwerp raakt ons direct: wij zijn met vier gemeenten
            en elk heeft zijn eigen cultuur. Wordt de sessie opgenomen, of komt er een verslag met de opbrengst
            dat ik met mijn MT kan delen?

            Met vriendelijke groet,
            F. Heijboer
            """
        ),
    },
    {
        "id": "d125-017",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia el Amrani <n.elamrani@duinzoomsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Kan helaas niet, zit die week in Lissabon met de gemeenteraad. Sorry!

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d125-018",
        "kind": "other",
        "sender": "Hugo Verbraak <h.verbraak@grensland-werkt.nl>",
        "quote": "none",
        "subject": "Bericht namens Karin Lodder",
        "body": _(
            """
            Beste secretariaat,

            Ik sprak vanochtend Karin Lodder, directeur bedrijfsvoering bij de werkorganisatie Maasveld, in ons
            regio-overleg. Ze vroeg me door te geven dat zij niet naar het atelier van 11 maart komt; haar mail
            ligt sinds gisteren plat door een storing. Ze neemt zelf nog contact met u op zodra het weer werkt.

            Met vriendelijke groet,
            Hugo Verbraak
            """
        ),
    },
    {
        "id": "d125-019",
        "kind": "other",
        "sender": "Petra Kooistra <pkooistra@friesemeren-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            Ik weet nog niet of ik kan. Ons algemeen bestuur plant mogelijk een extra vergadering op die middag;
            dat hoor ik pas eind februari. Kunt u een plek voor mij vasthouden tot ik het zeker weet?

            Vriendelijke groet,
            Petra Kooistra
            """
        ),
    },
    {
        "id": "d125-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen Valk <j.valk@tweestromenwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Zelf ben ik die middag verhinderd. In mijn plaats komt Roel Hazenberg, concernmanager,
            r.hazenberg@tweestromenwerkt.nl. Hij is op de hoogte en heeft het al in zijn agenda staan.

            Groet,
            Jeroen Valk
            """
        ),
    },
    {
        "id": "d125-021",
        "kind": "other",
        "sender": "Sjoerd Wiersma <s.wiersma@waddenkust-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Deze uitnodiging kwam bij ons binnen op de gedeelde directiemailbox. Mevrouw Dijkstra, voor wie hij
            bedoeld is, is per 1 februari vertrokken naar de provincie; zij zal dus niet op het atelier zijn.
            Haar opvolger is nog niet benoemd.

            Met vriendelijke groet,
            Sjoerd Wiersma
            Adjunct-directeur
            """
        ),
    },
    {
        "id": "d125-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carolien Smeets <c.smeets@mergelland-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helaas, ik kan niet. De griep heeft ons halve MT geveld en ik ben een van de weinigen die nog
            overeind staat. Geef mijn plek en die van mijn gast maar aan mensen van de wachtlijst.

            Carolien
            """
        ),
    },
    {
        "id": "d125-023",
        "kind": "other",
        "sender": "Dennis Fokkema <d.fokkema@hunzegemeenten.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik heb op 20 februari al laten weten dat ik niet kom, toch krijg ik nu deze herinnering met "fijn dat
            u erbij bent". Staat mijn afzegging niet in uw administratie? Ik hoor graag even of het nu wel goed
            staat, want ik wil niet dat er een plek onbenut blijft.

            Met vriendelijke groet,
            Dennis Fokkema
            """
        ),
    },
    {
        "id": "d125-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingeborg Tuinstra <i.tuinstra@heerenveen-plus.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            U mag mij van de wachtlijst halen: ik heb die middag inmiddels een afspraak met de gedeputeerde
            ingepland. Dank voor de moeite.

            Ingeborg Tuinstra
            """
        ),
    },
    {
        "id": "d125-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Paul Tempelman <p.tempelman@amstelland-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Eerder heb ik afgezegd, maar de reis naar Brussel is geschrapt. Ik kom dus alsnog, alleen.

            Paul
            """
        ),
    },
    {
        "id": "d125-026",
        "kind": "other",
        "sender": "Marloes Gerritsen <m.gerritsen@achterhoekwest.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Jammer dat het niet doorgaat. Mag ik alvast meegeven dat ik in april en mei op dinsdagen en donderdagen
            niet kan? Misschien kunnen jullie daar bij het prikken van een nieuwe datum rekening mee houden.

            Groet,
            Marloes
            """
        ),
    },
    {
        "id": "d125-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Bakhuis <y.bakhuis@brabantsewal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Dank voor de uitnodiging. Ik had Dirk al gezegd dat het krap zou worden en nu weet ik het zeker: op
            11 maart dien ik een bezwaarzaak bij de rechtbank in Den Bosch. Ik kan dus niet; Dirk weet het.

            Met vriendelijke groet,
            Yvonne Bakhuis
            """
        ),
    },
    {
        "id": "d125-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Lensink <glensink@twentsekanaal.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            De verschuiving naar 18 maart is voor mij helaas fataal, dan zit ik op werkbezoek in Zeeland met het
            dagelijks bestuur. Ik moet me dus afmelden voor het atelier.

            Gerard Lensink
            """
        ),
    },
    {
        "id": "d125-029",
        "kind": "other",
        "sender": "Simone Kramer <s.kramer@eemvallei-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Ik heb tot half vier een bestuursvergadering in Amersfoort; rond vier uur zou ik in Utrecht kunnen
            zijn. Heeft het zin om dan nog aan te schuiven, of verstoort dat de sessie te veel? Dan laat ik het
            liever aan me voorbijgaan.

            Simone
            """
        ),
    },
    {
        "id": "d125-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Zuidema <p.zuidema@oostergo-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Van Oordt laat ik u weten dat hij op 11 maart verhinderd is; hij heeft die middag een
            overleg met de commissaris van de Koning dat niet te verzetten is.

            Met vriendelijke groet,

            Petra Zuidema
            Secretaresse algemeen directeur
            """
        ),
    },
    {
        "id": "d125-031",
        "kind": "other",
        "sender": "Lotte Verhagen <l.verhagen@kaagenduin.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemorgen,

            Meneer Hoekstra vroeg mij onderstaande uitnodiging naar u terug te sturen: hij kan er niet bij zijn.
            Wilt u dat noteren?

            Groet,
            Lotte Verhagen
            Directiesecretariaat
            """
        ),
    },
    {
        "id": "d125-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jasper Doornbos <jasper.doornbos@zaanmondsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hi Melanie, sorry for the mix of languages, ik ben net terug uit Canada en mijn hoofd is nog half
            daar. Bottom line: 11 maart gaat niet lukken, it clashes with our works council. Next time beter!

            Cheers,
            Jasper
            """
        ),
    },
    {
        "id": "d125-033",
        "kind": "other",
        "sender": "Annemiek Hoving <a.hoving@gr-drentsaa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan en Melanie,

            Nee, van mijn kant deze keer geen onderwerpen; de collega's hebben er vast genoeg. Ik wacht de
            uitnodiging af.

            Annemiek
            """
        ),
    },
    {
        "id": "d125-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tjeerd Hiemstra <t.hiemstra@sudwestkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen thema van mijn kant, en eerlijk gezegd ben ik er op 11 maart ook niet bij: dan zit ik met het
            voltallige MT op de Veluwe.

            Tjeerd
            """
        ),
    },
    {
        "id": "d125-035",
        "kind": "other",
        "sender": "Wendy Claassen <w.claassen@maaskempen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Dank voor de mail, maar ik was er niet bij: ik had me in februari afgemeld. Misschien goed om de
            deelnemerslijst na te lopen voordat jullie de aanwezigheid in het verslag opnemen?

            Groet,
            Wendy Claassen
            """
        ),
    },
    {
        "id": "d125-036",
        "kind": "other",
        "sender": "Olivia Brandt <o.brandt@randstadoost-go.nl>",
        "quote": "none",
        "subject": "Workshop 11 March - Ms Brouwer",
        "body": _(
            """
            Dear secretariat,

            I am writing on behalf of our Director General, Ms Evelien Brouwer. She regrets that she cannot attend
            the workshop on 11 March. She asked me whether the presentation slides will be shared with members
            afterwards, and if so, whether they could be sent to her directly.

            Kind regards,
            Olivia Brandt
            Executive Assistant
            """
        ),
    },
    {
        "id": "d125-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harm Jan Wolters <hj.wolters@vechtdalwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Waarom valt zoiets moois nou altijd precies op de dag dat onze raden de jaarrekening bespreken?
            Ik ben er helaas niet bij. Veel plezier allemaal.

            HJ Wolters
            """
        ),
    },
    {
        "id": "d125-038",
        "kind": "other",
        "sender": "Monique Pauwels <m.pauwels@zeeuwsestromen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Je vroeg me vorige week aan de telefoon of ik op 11 maart iets wil vertellen over onze ervaringen met
            de ontvlechting van de sociale dienst. Dat durf ik nu niet aan, het traject ligt politiek te gevoelig.
            Luisteren kom ik wel, ik had me al aangemeld.

            Hartelijke groet,
            Monique
            """
        ),
    },
    {
        "id": "d125-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Robbert Slagter <r.slagter@alblasdam-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + SUBJ_INV,
        "body": _(
            """
            Graag tot dan.
            """
        ),
    },
    {
        "id": "d125-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Astrid Wijnen <a.wijnen@limburgsemaasvallei.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + SUBJ_INV,
        "body": _(
            """
            Helaas dubbel geboekt.
            """
        ),
    },
    {
        "id": "d125-041",
        "kind": "other",
        "sender": "Joost Kamphuis <j.kamphuis@sallandsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste mensen,

            Alleen kan ik niet komen: ons algemeen bestuur wil dat ik zulke sessies bijwoon samen met de
            bestuurlijk opdrachtgever. Tenzij mijn wethouder mee mag natuurlijk. Is het atelier ook open voor
            bestuurders, of is het strikt voor directeuren?

            Joost Kamphuis
            """
        ),
    },
    {
        "id": "d125-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk Pronk <h.pronk@bollenstreekwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Deze ronde sla ik over. Het is bij ons reorganisatietijd en ik kan het MT niet een middag missen.
            Volgende keer graag weer.

            H. Pronk
            """
        ),
    },
    {
        "id": "d125-043",
        "kind": "other",
        "sender": "Charlotte Dekker <c.dekker@kennemerpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Not sure yet whether I can make it: the budget session of our joint board may be moved to that very
            afternoon. What is the latest date I can still confirm?

            Charlotte
            """
        ),
    },
    {
        "id": "d125-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerrit Bosman <g.bosman@nijkerkvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            goedemiddag, hellaas ben ik verhinderd ivm een bestuurs overleg wat al maanden vast staat.
            volgene keer beter
            mvg Gerrit Bosman
            """
        ),
    },
    {
        "id": "d125-045",
        "kind": "other",
        "sender": "Mirella van Wijk <m.vanwijk@gooiseheide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Op 11 maart lukt het me niet. Krijg ik de uitnodiging voor het najaar dan gewoon weer, of moet ik me
            daarvoor opnieuw aanmelden? Ik wil het niet missen.

            Met vriendelijke groet,
            Mirella van Wijk
            """
        ),
    },
    {
        "id": "d125-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Laura Heemskerk <l.heemskerk@texelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste Melanie en Stan,

            Wat een mooi thema, en wat balen dat ik er niet bij kan zijn. Rond 11 maart ben ik met verlof: onze
            tweede wordt dan verwacht, en de verloskundige houdt helaas geen rekening met ateliers. Ik lees het
            verslag later graag na.

            Hartelijke groet,
            Laura
            """
        ),
    },
    {
        "id": "d125-047",
        "kind": "other",
        "sender": "Ilse Veenstra <i.veenstra@ommelanden-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Mijn collega-directeur Bas Veldkamp, hij staat ook op jullie lijst, vroeg of ik wilde doorgeven dat
            hij niet komt. Hij zit deze weken zonder laptop op vakantie in Chili.

            Groet,
            Ilse
            """
        ),
    },
    {
        "id": "d125-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karel Dommering <k.dommering@westbetuwe-go.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Wouldn't miss it for the world. Count me in, just me, no plus-one.

            Karel
            """
        ),
    },
    {
        "id": "d125-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fleur Hagedoorn <fleur.hagedoorn@deltagroep-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Count me out for the March session, I'm afraid. The merger vote in our third council is that same
            evening and I have to be in the chamber from three o'clock.

            Fleur
            """
        ),
    },
    {
        "id": "d125-050",
        "kind": "other",
        "sender": "Stefan Rutgers <s.rutgers@liemerswerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Zelf kan ik niet, maar ik twijfel wie ik in mijn plaats stuur. Mag dat ook een teamleider zijn, of
            moet het iemand uit de directie zijn? Dan weet ik wie ik moet vragen.

            Stefan Rutgers
            """
        ),
    },
    {
        "id": "d125-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bianca Overdijk <b.overdijk@hollandsplassen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Wilt u mij afmelden voor 11 maart? Van het netwerk blijf ik graag lid, alleen deze datum valt
            precies in mijn vakantieweek.

            Groet,
            Bianca Overdijk
            """
        ),
    },
    {
        "id": "d125-052",
        "kind": "other",
        "sender": "Wouter Spijker <w.spijker@betuwsebogen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Plaats 2 op de wachtlijst: hoe groot is de kans dat het wat wordt? Als het pas de dag ervoor
            duidelijk is, kan ik waarschijnlijk niet meer, want dan staat mijn agenda al vol. Wanneer weten
            jullie meer?

            Wouter
            """
        ),
    },
    {
        "id": "d125-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Jansma <r.jansma@groenehartnoord.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            Ik moet helaas terugkomen op mijn aanmelding: de raad heeft een extra vergadering uitgeschreven op
            de 11e. Schrap mij maar.

            Ruud Jansma
            """
        ),
    },
    {
        "id": "d125-054",
        "kind": "other",
        "sender": "Anouk Bergsma <a.bergsma@markiezaatwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik ben verrast door deze uitnodiging; Dirk had het niet met mij overlegd. Op zich kan ik die middag
            wel, maar ik wil eerst met hem afstemmen of hij echt niet kan. Kunt u de plaats een paar dagen
            aanhouden?

            Anouk Bergsma
            """
        ),
    },
    {
        "id": "d125-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kees van Dooren <k.vandooren@baronie-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Dirk heeft me gebeld, ik neem zijn plek met plezier in. De gast die genoemd staat komt ook mee.

            Kees
            """
        ),
    },
    {
        "id": "d125-056",
        "kind": "other",
        "sender": "Natasja Riemens <n.riemens@westbrabant-go.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voorstel: kunnen de ateliers voortaan op een vrijdagochtend? Op donderdag kan ik eigenlijk nooit
            vanwege de vaste collegevergaderingen, en dat hoor ik van meer collega's.

            Groet,
            Natasja Riemens
            """
        ),
    },
    {
        "id": "d125-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mirjam Hoogendoorn <m.hoogendoorn@alblasserwaard-go.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nieuwe datum gaat bij mij niet lukken. Jammer!
            Groet, Mirjam
            """
        ),
    },
    {
        "id": "d125-058",
        "kind": "other",
        "sender": "Edwin Brouwers <e.brouwers@kromhoutgemeenten.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, geen gast: ik had me alleen voor mezelf aangemeld. Volgens uw mail kom ik met 1 gast; kunt u dat
            aanpassen? Dan komt er nog een plek vrij voor iemand van de wachtlijst.

            Edwin Brouwers
            """
        ),
    },
    {
        "id": "d125-059",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sabine Holtkamp <sabine.holtkamp@dinkelland-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            nee, helaas. Die week zit ik in de afronding van onze visitatie.

            > Kunt u zelf niet, maar komt een collega in uw plaats?

            Ook niet, de anderen zijn die dag bij dezelfde visitatie nodig.

            Sabine
            """
        ),
    },
    {
        "id": "d125-060",
        "kind": "other",
        "sender": "Tim Versteeg <t.versteeg@hoekschewaardwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mijn agenda zegt nee, mijn hart zegt ja. Ik probeer de afspraak met de accountant te verzetten en
            laat het u voor vrijdag weten.

            Tim
            """
        ),
    },
    {
        "id": "d125-061",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ester de Haan <e.dehaan@krimpenerwaard-go.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik moet jullie teleurstellen: op 11 maart presenteer ik samen met de drie burgemeesters onze nieuwe
            samenwerkingsagenda aan de raden. Dat valt niet te combineren met Utrecht.

            Met hartelijke groet,
            Ester de Haan
            """
        ),
    },
    {
        "id": "d125-062",
        "kind": "other",
        "sender": "Vincent Heuvelman <v.heuvelman@utrechtsezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Weer kan ik niet, al de tweede keer op rij. Ik vraag me eerlijk gezegd af of het netwerk nog bij mij
            past nu onze ambtelijke organisatie wordt ontvlochten. Kunnen we daar binnenkort eens over bellen?

            Vincent Heuvelman
            """
        ),
    },
    {
        "id": "d125-063",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marianne Tolsma <m.tolsma@lauwersmeer-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen "helaas, ik kan niet" van mijn kant: ik ben er donderdag gewoon, met mijn gast. Tot dan!

            Marianne
            """
        ),
    },
    {
        "id": "d125-064",
        "kind": "other",
        "sender": "Gijsbert Blom <g.blom@schouwenwerkt.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat jammer, ik had mijn agenda er speciaal voor leeg gemaakt. Is er al zicht op een nieuwe datum?
            In de tweede helft van april kan ik in elk geval niet.

            Gijsbert
            """
        ),
    },
    {
        "id": "d125-065",
        "kind": "rsvp",
        "attending": False,
        "sender": "Diederik Vermaat <d.vermaat@kustgemeenten-go.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Dear colleagues,

            Please accept my apologies for the Leer- en inspireer-atelier on Thursday 11 March. Regrettably, a
            prior commitment with our audit committee prevents me from attending.

            Yours sincerely,
            D. Vermaat
            """
        ),
    },
    {
        "id": "d125-066",
        "kind": "other",
        "sender": "Hilde Noordam <h.noordam@westlandmonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Onze kennismakingsafspraak van dinsdag 2 maart kan ik helaas niet nakomen, er is een crisisoverleg
            ingepland. Kunnen we die verzetten naar de week daarna? Ik pak even deze mail omdat ik je adres niet
            bij de hand heb.

            Hilde Noordam
            """
        ),
    },
    {
        "id": "d125-067",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen de Bruijn <k.debruijn@valleiengooi.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helaas. Atelier 11/3 past niet in de agenda.
            vgr, Koen de Bruijn
            """
        ),
    },
    {
        "id": "d125-068",
        "kind": "other",
        "sender": "Roos Terlouw <r.terlouw@zuidplas-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik kan niet komen, tenzij er een parkeerplek voor mijn rolstoelbus is en de zaal zonder trappen
            bereikbaar is. Kunt u mij laten weten hoe dat in het Stadskantoor geregeld is?

            Met vriendelijke groet,
            Roos Terlouw
            """
        ),
    },
    {
        "id": "d125-069",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jurgen Kolkman <j.kolkman@oostgelre-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Prachtig programma, Melanie, en dat maakt het extra zuur dat ik moet afhaken. Op 11 maart neem ik
            afscheid van onze concerncontroller, die na 38 jaar met pensioen gaat, en daar hoor ik te speechen.

            Jurgen
            """
        ),
    },
    {
        "id": "d125-070",
        "kind": "other",
        "sender": "Marcel Uiterwijk <m.uiterwijk@langstraatgemeenten.nl>",
        "quote": "none",
        "subject": "Afzegging atelier - ontvangen?",
        "body": _(
            """
            Goedemorgen,

            Gisteren heb ik via een antwoord op de uitnodiging afgezegd voor het atelier. Ik heb daar geen
            bevestiging van gekregen. Kunt u mij laten weten of het goed is aangekomen?

            Met vriendelijke groet,
            Marcel Uiterwijk
            """
        ),
    },
    {
        "id": "d125-071",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke de Graaf <f.degraaf@rijnwaardsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            18 maart past me eigenlijk beter dan de 11e, dus nu kan ik wel. Zet me maar op de lijst.

            Femke de Graaf
            """
        ),
    },
    {
        "id": "d125-072",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjan Bouwhuis <a.bouwhuis@veenkoloniaal-go.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Vorige week zei ik ja, maar ik moet het intrekken. Onze voorzitter heeft een extra AB belegd op de
            middag van het atelier en daar moet ik bij zijn.

            Arjan Bouwhuis
            """
        ),
    },
    {
        "id": "d125-073",
        "kind": "other",
        "sender": "Selma Dijkhuizen <s.dijkhuizen@meierijwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, nu nog niet: ik ben net begonnen en moet de organisatie eerst leren kennen. Wanneer is het
            volgende atelier eigenlijk?

            Selma Dijkhuizen
            """
        ),
    },
    {
        "id": "d125-074",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lucas Hendriksen <l.hendriksen@ooijpolder-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            > Komt u?
            Ja, ik kom.

            > Neemt u iemand mee
            Nee, alleen ikzelf.

            Lucas
            """
        ),
    },
    {
        "id": "d125-075",
        "kind": "other",
        "sender": "Ruth Zwanenburg <r.zwanenburg@gr-amstelmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            I cannot take part in person unless the room has a hearing loop; without one I lose most of a group
            conversation. Could you let me know whether the room at the Stadskantoor is equipped?

            Best regards,
            Ruth Zwanenburg
            """
        ),
    },
    {
        "id": "d125-076",
        "kind": "rsvp",
        "attending": False,
        "sender": "Onno Veltman <o.veltman@noordoostpolder-go.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Wie plant er nou een atelier op onze personeelsdag? ;-) Ik kan er echt niet bij zijn, ik moet die
            dag openen en afsluiten.

            Onno
            """
        ),
    },
    {
        "id": "d125-077",
        "kind": "other",
        "sender": "Brenda Huisman <b.huisman@drechtwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Je vroeg na afloop of wij het volgende atelier in ons gemeentehuis zouden willen ontvangen. Dat kan
            helaas niet: de raadzaal wordt dit najaar verbouwd. Misschien een andere keer.

            Brenda
            """
        ),
    },
    {
        "id": "d125-078",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerda Wolthuis <g.wolthuis@sallandseheuvels.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Bij zo'n onderwerp kan ik niet anders dan ja zeggen. Ik kom, en ik neem onze strateeg Mehmet mee.

            Gerda
            """
        ),
    },
    {
        "id": "d125-079",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter Reitsma <p.reitsma@fryskewalden-go.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Sorry, I have to drop out after all, family matters. Please give my seat to someone on the waiting
            list.

            Pieter
            """
        ),
    },
    {
        "id": "d125-080",
        "kind": "other",
        "sender": "Niels Ottens <n.ottens@eemsdelta-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mijn directeur en ik staan allebei op uw lijst. Hij komt niet, ik wel. Moet ik nu als zijn vervanger
            worden opgegeven, of geldt mijn eigen uitnodiging gewoon?

            Niels Ottens
            """
        ),
    },
    {
        "id": "d125-081",
        "kind": "other",
        "sender": "Renate Stoelinga <r.stoelinga@hogeland-werkt.nl>",
        "quote": "none",
        "subject": "Per ongeluk geweigerd",
        "body": _(
            """
            Beste secretariaat,

            Ik heb in Outlook per ongeluk op "Weigeren" geklikt bij de uitnodiging voor 11 maart. Of ik kan, weet
            ik eigenlijk nog niet. Hoe draai ik dat terug, zodat ik niet als afgemeld te boek sta?

            Renate Stoelinga
            """
        ),
    },
]
# fmt: on
