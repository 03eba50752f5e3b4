"""devset87: changes of mind, corrections and follow-ups (issue 17).

Mail that revisits an earlier answer: an RSVP turned from yes to no and back, "vergeet mijn vorige mail", "sorry,
verkeerde knop", a second mail that corrects the first, a leave or an erasure request withdrawn, a confirmation after
a denial, a sign-up repeated because no confirmation came, a substitute announced and then called off, a topic
replaced by another, a hand-over moved; and the look-alikes that carry no new answer: a mail that only says the
earlier mail stands, a question whether the earlier answer arrived, a change that hangs on something not yet known,
a correction of a name or an address only.

Conventions relied on (from the dataset brief):
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- A plain denial or withdrawal under our confirmation mail: `unsubscribe`; a denial that asks where we got the
  address: `other`.
- A decline that keeps the membership: `rsvp` False; a director who cannot come but sends a substitute: `rsvp` False.
  Leaving the network and declining the atelier in one mail: `unsubscribe`.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). An AVG erasure request
  anywhere: `unsubscribe` with `erase` True.
- Under the call for themes, the follow-up or the thank-you for a suggestion: a reply that proposes a topic is a
  `suggestion`; a proposal about the form of the ateliers is `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Requests for someone else without that person's address: `other`.
- A reply to the writer's own earlier mail (sent to us) has no thread the service knows: `thread` None, with the
  writer's own mail in the body and ours quoted beneath it.
"""

from __future__ import annotations

from typing import Any

UITN = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d87-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Petra Hoekstra <p.hoekstra@werkorganisatie-duinrand.nl>",
        "body": """\
Beste Stan en Melanie,

Vorige week heb ik afgezegd, omdat ik die middag een regionaal bestuurlijk overleg had. Dat overleg is inmiddels
verzet naar april, dus ik kom toch graag op 11 maart.

Met vriendelijke groet,

Petra Hoekstra
Algemeen directeur Werkorganisatie Duinrand
""",
    },
    {
        "id": "d87-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Jeroen Wassink <jeroen.wassink@gmail.com>",
        "body": """\
Hallo,

Helaas moet ik mijn aanmelding van vorige maand intrekken. De behandeling van de voorjaarsnota is op 11 maart
gezet en daar moet ik bij zijn. Hopelijk lukt het de volgende keer wel.

Groeten,
Jeroen Wassink
directeur BWO Twentse Poort
""",
    },
    {
        "id": "d87-rsvp-03", "kind": "rsvp", "attending": True,
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "subject": "RE: RE: " + UITN,
        "sender": "Marga Oosterhuis <m.oosterhuis@dewoldenhoogeveen-wo.nl>",
        "body": """\
Excuses voor het heen en weer. De afspraak die me verhinderde is van tafel, dus ik ben er op de 11e gewoon bij.
Mijn afzegging hieronder kunt u vergeten.

Marga Oosterhuis

Van: Marga Oosterhuis <m.oosterhuis@dewoldenhoogeveen-wo.nl>
Verzonden: maandag 22 februari 2027 08:41
Aan: info@ambtelijkefusie.nl
Onderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]

Beste secretariaat,

Ik moet helaas afzeggen voor 11 maart: er is een stuurgroep op dezelfde middag gepland.

Marga Oosterhuis
""",
    },
    {
        "id": "d87-rsvp-04", "kind": "rsvp", "attending": True,
        "thread": "invitation",
        "sender": "Roel Veenstra <r.veenstra@noordoostfryslan-wo.nl>",
        "body": """\
Beste secretariaat,

Zojuist kreeg u van mij een 'Geweigerd' op de agenda-uitnodiging. Dat was een misklik op mijn telefoon.
Ik kom wel degelijk!

Groet,
Roel

Verzonden vanaf Outlook voor Android
""",
    },
    {
        "id": "d87-rsvp-05", "kind": "rsvp", "attending": True,
        "thread": None,
        "subject": "Correctie: aanmelding atelier",
        "sender": "Ingrid Baas <i.baas@hartvanbrabant-werkorganisatie.nl>",
        "body": """\
Goedemorgen,

In mijn mail van gisteren schreef ik dat ik op 11 april aanwezig zou zijn. Dat had natuurlijk 11 maart moeten
zijn, de datum van het atelier. Ik kom dus gewoon; excuus voor de verwarring.

Hartelijke groet,
Ingrid Baas
""",
    },
    {
        "id": "d87-rsvp-06", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Hans Brouwer <hansbrouwer@kpnmail.nl>",
        "body": """\
Eerder liet ik weten dat ik niet kon, maar mijn agenda is anders gelopen dan gedacht. Zet u mij alsnog op de lijst?
Ik kom alleen.

Hans Brouwer

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d87-rsvp-07", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
        "sender": "Anouk Scholten <a.scholten@gemeenten-langs-de-lek.nl>",
        "body": """\
Dank voor het bericht over de wachtlijst. Inmiddels blijkt dat ik op 11 maart een werkbezoek van de
gedeputeerde heb. U mag mij van de wachtlijst halen, dan maakt een ander meer kans.

Met vriendelijke groet,
Anouk Scholten
""",
    },
    {
        "id": "d87-rsvp-08", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "notes",
        "sender": "Gerrit Mulderij <G.Mulderij@wgr-vechtdal.nl>",
        "body": """\
Helaas, ik kan niet meer. Ik had toegezegd, maar er is een personeelszaak die voorgaat. Mijn gast komt dan ook niet.

Gerrit Mulderij
""",
    },
    {
        "id": "d87-rsvp-09", "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Sabine Koster <sabine.koster@werkorganisatie-bergenland.nl>",
        "body": """\
Beste Melanie,

Gisteren stuurde ik 'helaas, ik kan niet' op deze herinnering, maar de crisisvergadering waarvoor ik thuis moest
blijven is afgeblazen. Ik kom dus toch, met mijn gast. Mocht mijn plaats al naar iemand op de wachtlijst zijn
gegaan, dan hoor ik het wel.

Groet, Sabine
""",
    },
    {
        "id": "d87-rsvp-10", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Maarten de Graaf <m.degraaf@sed-organisatie.nl>",
        "body": """\
Goedemiddag,

In mijn antwoord van vorige week gaf ik op dat mijn adjunct, Joost Verbeek, in mijn plaats zou komen. Dat is niet
meer nodig: ik kan zelf. Joost hoeft dus niet te komen; ik heb het hem al laten weten.

Maarten de Graaf
Directeur SED-organisatie
""",
    },
    {
        "id": "d87-rsvp-11", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Wim Terlouw <wterlouw@a2-gemeenten.nl>",
        "body": """\
Beste Stan,

Ik had collega Fatima El Idrissi als vervanger opgegeven, maar zij is die dag ook verhinderd. Van onze
werkorganisatie komt er dus helaas niemand.

Vriendelijke groet,
Wim Terlouw
""",
    },
    {
        "id": "d87-rsvp-12", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Tamara Kuijpers <t.kuijpers@bbr-werkorganisatie.nl>",
        "body": """\
Beste secretariaat,

Ik had Dirk toegezegd dat ik in zijn plaats zou gaan, maar ik moet die week onverwacht naar Brussel.
Ik kan dus toch niet. Ik laat het Dirk zelf ook weten.

Met vriendelijke groet,
Tamara Kuijpers
Manager Bedrijfsvoering
""",
    },
    {
        "id": "d87-rsvp-13", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "apple",
        "sender": "Luuk Hendriksen <l.hendriksen@bbr-werkorganisatie.nl>",
        "body": """\
Gisteren heb ik deze uitnodiging afgeslagen, maar het is me gelukt mijn afspraak te verzetten. Ik neem graag de
plaats van Dirk in. Een gast neem ik niet mee.

Luuk

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d87-rsvp-14", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Els van Rijswijk <e.vanrijswijk@werkorganisatie-kaag-braassem.nl>",
        "body": """\
Beste Stan en Melanie,

Voor 11 maart had ik afgezegd, maar 18 maart past wel in mijn agenda. Ik kom dus alsnog, naar het Provinciehuis.

Met vriendelijke groet,
Els van Rijswijk
""",
    },
    {
        "id": "d87-rsvp-15", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "gmail",
        "sender": "Karel Huisman <k.huisman@hlt-samen.nl>",
        "body": """\
Hoi Melanie,

Jammer: voor de 11e had ik me aangemeld, maar op 18 maart zit ik op vakantie in Portugal. Ik moet dus afzeggen.
Succes met de nieuwe datum!

Karel
""",
    },
    {
        "id": "d87-rsvp-16", "kind": "rsvp", "attending": True,
        "thread": "invitation",
        "sender": "Wouter Dijkstra <w.dijkstra@gr-sudwestfryslan-wo.nl>",
        "body": """\
Zie mijn antwoord hieronder.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Vorige week zei ik nee, het wordt nu toch ja. Ik kom, samen met onze concerncontroller (dus met 1 gast).

> Graag uw antwoord vóór 2 maart 2027.

Nog net op tijd dus.

Gr. Wouter
""",
    },
    {
        "id": "d87-rsvp-17", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Mirjam Smeets <mirjam.smeets@peelgemeenten-wo.nl>",
        "body": """\
Beste secretariaat,

Vergeet mijn enthousiaste ja van maandag. Ik had over het hoofd gezien dat ik die donderdag de vergadering met
de ondernemingsraad voorzit. Ik moet dus helaas afzeggen.

Met vriendelijke groet,
Mirjam Smeets

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht
de inhoud niet te gebruiken en de afzender direct te informeren.
""",
    },
    {
        "id": "d87-rsvp-18", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Erik-Jan Vos <ej.vos@werkorganisatie-cothen.nl>",
        "body": """\
Beste Stan,

Ik schreef eerder dat ik zou komen, maar ik moet mijn toezegging terugnemen. De hele week van 8 maart ben ik met
de colleges op studiereis. Een andere keer graag weer.

Erik-Jan Vos
""",
    },
    {
        "id": "d87-rsvp-19", "kind": "rsvp", "attending": True,
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "RE: FW: " + UITN,
        "sender": "Frank Kuipers <f.kuipers@gemeente-heerewaarden-wo.nl>",
        "body": """\
Beste secretariaat,

Ik had via Anja laten afzeggen, maar de reden daarvoor is vervallen. Ik kom dus toch, zonder gast.

Met vriendelijke groet,
Frank Kuipers
""",
    },
    {
        "id": "d87-rsvp-20", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Yvonne Brink <y.brink@gemeente-heerewaarden-wo.nl>",
        "body": """\
Geachte heer Van de Laar,

Namens de heer Kuipers: eerder liet ik u weten dat hij verhinderd was. Zijn agenda is gewijzigd en hij komt
toch naar het atelier.

Met vriendelijke groet,
Yvonne Brink
Managementassistent directie
""",
    },
    {
        "id": "d87-rsvp-21", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Tjeerd Postma <tjeerdpostma@me.com>",
        "body": """\
Toch wel. Ik kom.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d87-rsvp-22", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Annemiek Bol <a.bol@werkorganisatie-lopikerwaard.nl>",
        "body": """\
Beste Melanie,

Ik had me aangemeld met twee gasten. Een van hen haakt af, dus ik kom met één persoon extra in plaats van twee.

Groet,
Annemiek Bol
""",
    },
    {
        "id": "d87-rsvp-23", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bart Lammers <b.lammers@werkorganisatie-lingewaal-west.nl>",
        "body": """\
Beste Stan,

Ik had me al afgemeld, maar inmiddels heb ik toch iemand gevonden die in mijn plaats gaat: Hanneke Vos,
h.vos@werkorganisatie-lingewaal-west.nl. Zij is hoofd Publiekszaken en kijkt er erg naar uit.

Hartelijke groet,
Bart Lammers
""",
    },
    {
        "id": "d87-rsvp-24", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "sender": "Dolf Wessels <d.wessels@oostgelre-wo.nl>",
        "body": """\
Ondanks mijn eerdere toezegging moet ik helaas verstek laten gaan: ik lig met griep in bed.
Geeft u mijn plaats maar aan iemand anders.

Dolf Wessels
""",
    },
    {
        "id": "d87-rsvp-25", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Carla Meijboom <c.meijboom@buha-werkorganisatie.nl>",
        "body": """\
Goedendag,

Mijn secretaresse heeft per abuis namens mij 'nee, helaas' gestuurd; zij verwarde dit atelier met een ander
congres. Ik kom wel.

Carla Meijboom
""",
    },
    {
        "id": "d87-rsvp-26", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Henk Zandbergen <hzandbergen@dekempen-samen.nl>",
        "body": """\
Correctie op mijn antwoord van vanochtend: mijn 'ja, ik kom' was bedoeld voor de VNG-bijeenkomst die dezelfde
ochtend in mijn mailbox stond. Voor 11 maart moet ik helaas bedanken.

Henk Zandbergen
""",
    },
    {
        "id": "d87-rsvp-27", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "gmail",
        "sender": "Nicole Verhoef <nicole.verhoef@hotmail.com>",
        "body": """\
Beste Stan en Melanie,

Vorige week vroeg ik u mij van de wachtlijst te halen, maar ik wil er toch weer op. Komt er een plaats vrij,
dan kom ik graag.

Groet,
Nicole Verhoef
Directeur Werkorganisatie Zuidplas-Oost
""",
    },
    # ------------------------------------------------------------ suggestion
    {
        "id": "d87-suggestion-01", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Ronald Smit <r.smit@werkorganisatie-bsd.nl>",
        "body": """\
Beste Stan,

Bij nader inzien wil ik mijn twee suggesties vervangen door één ander onderwerp: hoe houden we de
werkorganisatie financieel gezond nu de gemeentefondsuitkering structureel daalt? Denk aan bezuinigen zonder de
formatie kapot te maken.

Met vriendelijke groet,
Ronald Smit
""",
    },
    {
        "id": "d87-suggestion-02", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Loes Wiersma <loes.wiersma@gmail.com>",
        "body": """\
Hallo,

In mijn vorige mail stond 'de raad', maar ik bedoelde iets anders. Mijn onderwerp is: hoe houden we een koers
voor de lange termijn vast als de bestuurlijke prioriteiten na de verkiezingen van 2026 verschuiven?

Groet,
Loes Wiersma
directeur Werkorganisatie Noardwest
""",
    },
    {
        "id": "d87-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": None, "quoted": "oproep_themas", "quote": "outlook-nl",
        "subject": "Aanvulling: " + OPROEP,
        "sender": "Samira Bouzid <s.bouzid@werkorganisatie-rijnmond-oost.nl>",
        "body": """\
Aanvulling op mijn mail hieronder: ik vergat er één. Graag ook de inzet van chatbots en digitale assistenten
voor inwoners, en hoe we meten of inwoners daar echt beter van worden.

Samira

Van: Samira Bouzid <s.bouzid@werkorganisatie-rijnmond-oost.nl>
Verzonden: dinsdag 12 januari 2027 17:05
Aan: info@ambtelijkefusie.nl
Onderwerp: RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]

Beste secretariaat,

Mijn onderwerp: de gevolgen van de Wet open overheid voor onze archieven en informatiehuishouding.

Samira Bouzid
""",
    },
    {
        "id": "d87-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Dirk-Jan Verhagen <dj.verhagen@werkorganisatie-vijfheerenlanden.nl>",
        "body": """\
Beste Melanie,

Ik had al laten weten dat ik bij het volgende atelier niet kan zijn, maar ik wil wel een onderwerp meegeven:
welke rol pakt de werkorganisatie in de regionale woningbouwopgave, samen met de buurgemeenten?

Hartelijke groet,
Dirk-Jan
""",
    },
    {
        "id": "d87-suggestion-05", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Jolanda Peters <j.peters@gemeenten-maasdriel-zaltbommel.nl>",
        "body": """\
Sorry, mijn vorige mail ging half af de deur uit (verkeerde knop). Wat ik wilde voorstellen:

- strategische personeelsplanning, nu we voor steeds meer functies geen kandidaten meer vinden

Met vriendelijke groet,
Jolanda Peters
""",
    },
    {
        "id": "d87-suggestion-06", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "apple",
        "sender": "Geert Hoogland <g.hoogland@werkorganisatie-hogeland.nl>",
        "body": """\
Dank voor de bevestiging. U noteerde mijn onderwerp onder Organisatie, maar mijn punt gaat juist over de inwoner:
hoe houden we de dienstverlening in de kleine kernen op peil nu de servicepunten daar dichtgaan?

Geert Hoogland
""",
    },
    {
        "id": "d87-suggestion-07", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Marloes van Beek <m.vanbeek@dommelvallei-wo.nl>",
        "body": """\
Beste Stan en Melanie,

Mijn eerdere suggesties trek ik in; die zijn op eerdere ateliers al vaak aan bod geweest. Nieuw voorstel:
hoe verhoudt de langetermijnvisie van de werkorganisatie zich tot de eigen koers en ambities van elk van de
deelnemende gemeenten?

Met vriendelijke groet,
Marloes van Beek
""",
    },
    {
        "id": "d87-suggestion-08", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes",
        "sender": "Pieter Bakker <p.bakker@werkorganisatie-kop-van-noord.nl>",
        "body": """\
> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt ons
> bij het tellen.

Eerder stuurde ik 'informatiebeveiliging', maar dat staat al op het programma van de VNG-dag. Daarom in de plaats
daarvan:
de overstap naar de cloud en wat die vraagt van onze I&A-afdeling

Pieter Bakker
""",
    },
    {
        "id": "d87-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Rianne Mol <R.Mol@ferwerderadiel-samen.nl>",
        "body": """\
Een collega wees me erop dat ons eerdere onderwerp te breed was. Scherper geformuleerd: hoe meten en tonen we
de prestaties van onze dienstverlening aan inwoners en ondernemers, met cijfers die de colleges ook begrijpen?

Rianne Mol
""",
    },
    {
        "id": "d87-suggestion-10", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Hendrik Jonker <hjonker@wo-drechtsteden-zuid.nl>",
        "body": """\
Beste secretariaat,

Ik schreef vorige week dat ik geen onderwerp had, maar er schoot me toch iets te binnen: hoe bepalen we als
werkorganisatie onze positie in de regio nu de arbeidsmarktregio en de GGD-regio opnieuw worden ingedeeld?

Groet,
Hendrik Jonker
""",
    },
    {
        "id": "d87-suggestion-11", "kind": "suggestion", "themes": ["organisatie"],
        "thread": None, "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "RE: FW: " + OPROEP,
        "sender": "Erwin Claassen <e.claassen@gemeente-krimpenerwaard-wo.nl>",
        "body": """\
Beste secretariaat,

Anja heeft al een onderwerp namens mij doorgegeven, maar dat was niet helemaal wat ik bedoelde. Mijn onderwerp
is het sturingsconcept: hoe sturen we op resultaat zonder dat de lijnmanagers verzuipen in rapportages?

Erwin Claassen
""",
    },
    {
        "id": "d87-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Inge Lubbers <i.lubbers@werkorganisatie-twenterand.nl>",
        "body": """\
Goedemiddag,

Ik had me opgegeven, maar moest op het laatste moment toch afzeggen. Het verslag heb ik met plezier gelezen.
Voor de volgende keer stel ik voor: hoe bieden we ondernemers één loket voor vergunningen onder de Omgevingswet?

Inge Lubbers
""",
    },
    # ----------------------------------------------------------- unsubscribe
    {
        "id": "d87-unsubscribe-01", "kind": "unsubscribe",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Stefan Greveling <s.greveling@werkorganisatie-berkelland-oost.nl>",
        "body": """\
Beste secretariaat,

Gisteren heb ik de bevestigingsmail beantwoord, maar bij nader inzien heb ik er de komende tijd geen ruimte voor.
Wilt u mij weer uitschrijven?

Met vriendelijke groet,
Stefan Greveling
""",
    },
    {
        "id": "d87-unsubscribe-02", "kind": "unsubscribe",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Linda Kramer <linda.kramer@werkorganisatie-montferland.nl>",
        "body": """\
Goedemorgen,

Ik heb me vorige week aangemeld, maar inmiddels heb ik een baan buiten de overheid aangenomen. Mijn aanmelding
mag u dus laten vervallen.

Linda Kramer
""",
    },
    {
        "id": "d87-unsubscribe-03", "kind": "unsubscribe",
        "thread": None,
        "subject": "Toch afmelden",
        "sender": "Ad Verschuren <ad.verschuren@ziggo.nl>",
        "body": """\
Beste Stan,

In januari meldde ik me af en een maand later toch weer aan. Na lang wikken en wegen stop ik er nu echt mee.
Wilt u mij definitief uitschrijven? Deze keer kom ik er niet op terug, beloofd.

Groet,
Ad Verschuren
""",
    },
    {
        "id": "d87-unsubscribe-04", "kind": "unsubscribe", "erase": True,
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
        "sender": "Thea Rutgers <t.rutgers@werkorganisatie-ommen-hardenberg.nl>",
        "body": """\
Dank voor het bevestigen van mijn afmelding. Graag vraag ik u er alsnog bij om al mijn persoonsgegevens te
verwijderen, op grond van artikel 17 AVG.

Met vriendelijke groet,
Thea Rutgers
""",
    },
    {
        "id": "d87-unsubscribe-05", "kind": "unsubscribe", "erase": False,
        "thread": None,
        "subject": "Mijn verzoek van vorige week",
        "sender": "Joris Timmermans <j.timmermans@werkorganisatie-land-van-cuijk.nl>",
        "body": """\
Beste secretariaat,

Vorige week vroeg ik u al mijn gegevens te wissen. Dat verzoek trek ik in: verwijderen hoeft niet, want ik wil
later misschien terugkomen. Afmelden voor het netwerk wil ik wel, dus u kunt mij van de lijst halen.

Met vriendelijke groet,
Joris Timmermans
""",
    },
    {
        "id": "d87-unsubscribe-06", "kind": "unsubscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "apple",
        "sender": "Wilma Steenbergen <w.steenbergen@heuvelrug-oost-wo.nl>",
        "body": """\
Nog een aanvulling op mijn afmelding: mijn opvolger is Sanne Visser, die per 1 april directeur wordt.
Haar adres is s.visser@heuvelrug-oost-wo.nl. Wilt u haar in mijn plaats opnemen?

Wilma

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d87-unsubscribe-07", "kind": "unsubscribe",
        "thread": None,
        "subject": "Wijziging opvolging",
        "sender": "Gerard Hofman <g.hofman@bsd-werkorganisatie.nl>",
        "body": """\
Beste Stan en Melanie,

In mijn bericht van 3 februari gaf ik Bas Jongeling op als mijn opvolger in het netwerk. Bas heeft echter voor
een andere functie gekozen. Mijn plaats gaat nu naar Esther de Wit (e.dewit@bsd-werkorganisatie.nl), die per
1 mei bij ons begint als directeur.

Met vriendelijke groet,
Gerard Hofman
""",
    },
    {
        "id": "d87-unsubscribe-08", "kind": "unsubscribe",
        "thread": None,
        "subject": "Vertrek vervroegd",
        "sender": "Monique Dekker <m.dekker@gemeenten-zeevang-noord.nl>",
        "body": """\
Goedemiddag,

Mijn vertrek is vervroegd. Niet per 1 juni, zoals ik eerder meldde, maar al per 1 maart neemt Koen Schouten
(k.schouten@gemeenten-zeevang-noord.nl) mijn werk over. Wilt u vanaf dan hem de berichten van het netwerk
sturen in plaats van mij?

Hartelijke groet,
Monique Dekker
""",
    },
    {
        "id": "d87-unsubscribe-09", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ruben Assink <r.assink@werkorganisatie-achterhoek-west.nl>",
        "body": """\
Beste secretariaat,

Ik had me aangemeld voor 11 maart, maar ik vertrek eind februari bij de werkorganisatie. Haalt u mij dus van de
lijst voor het atelier en meteen ook van het netwerk.

Het ga jullie goed,
Ruben Assink
""",
    },
    {
        "id": "d87-unsubscribe-10", "kind": "unsubscribe", "erase": True,
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "outlook-en",
        "sender": "C. van Dongen <c.vandongen@outlook.com>",
        "body": """\
Ik heb al eerder geantwoord dat ik me niet heb aangemeld, en nu krijg ik ook nog deze herinnering.
Verwijder mijn e-mailadres en eventuele andere gegevens definitief uit uw bestanden (AVG).

C. van Dongen
""",
    },
    {
        "id": "d87-unsubscribe-11", "kind": "unsubscribe",
        "thread": "welcome", "quoted": "welkom", "quote": "apple",
        "sender": "Bram Hulshof <bram.hulshof@icloud.com>",
        "body": """\
Sorry, verkeerde knop: ik wilde de aanmeldmail verwijderen en heb hem per ongeluk beantwoord. Het is niet de
bedoeling dat ik lid word. Wilt u dat terugdraaien?

Bram Hulshof
""",
    },
    {
        "id": "d87-unsubscribe-12", "kind": "unsubscribe", "erase": True,
        "thread": None,
        "subject": "Afmelden en gegevens wissen",
        "sender": "Harm Kroeze <harm.kroeze@gmail.com>",
        "body": """\
Geacht secretariaat,

Vorig jaar schreef ik u dat ik lid wilde blijven, maar inmiddels ben ik met pensioen. Ik wil me daarom afmelden
en verzoek u mijn persoonsgegevens te wissen.

Met vriendelijke groet,
Harm Kroeze
""",
    },
    {
        "id": "d87-unsubscribe-13", "kind": "unsubscribe",
        "thread": "welcome",
        "sender": "Sjoerd Bakema <s.bakema@werkorganisatie-waddenkust.nl>",
        "body": """\
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

afmelden

Ik stuurde eerder 'lid blijven', maar mijn nieuwe functie is geen directeursfunctie meer. Dan hoor ik hier niet.

Sjoerd
""",
    },
    # ------------------------------------------------------------- subscribe
    {
        "id": "d87-subscribe-01", "kind": "subscribe",
        "thread": None,
        "subject": "Afmelding intrekken",
        "sender": "Joyce Evers <j.evers@werkorganisatie-druten-wijchen.nl>",
        "body": """\
Beste secretariaat,

Mijn afmelding van vorige week mag u negeren. Ik dacht dat ik van functie zou wisselen, maar dat gaat niet door.
Ik blijf dus graag lid.

Met vriendelijke groet,
Joyce Evers
""",
    },
    {
        "id": "d87-subscribe-02", "kind": "subscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Marcel Veldkamp <m.veldkamp@nijkerk-barneveld-wo.nl>",
        "body": """\
lid blijven

Ik had per abuis op de verkeerde mail 'afmelden' geantwoord; het was bedoeld voor een nieuwsbrief. Excuses!

Marcel Veldkamp
""",
    },
    {
        "id": "d87-subscribe-03", "kind": "subscribe",
        "thread": None,
        "subject": "Nogmaals: aanmelding netwerk",
        "sender": "Esther Kok <e.kok@werkorganisatie-mark-en-aa.nl>",
        "body": """\
Goedemorgen,

Op 12 januari meldde ik me aan voor het netwerk, maar een bevestigingsmail heb ik nooit gezien, ook niet in mijn
ongewenste e-mail. Bij dezen meld ik me daarom nogmaals aan.

Met vriendelijke groet,
Esther Kok
Algemeen directeur
""",
    },
    {
        "id": "d87-subscribe-04", "kind": "subscribe",
        "thread": None,
        "subject": "Aanmelding",
        "sender": "Rob Geerts <r.geerts@werkorganisatie-beekdaelen-zuid.nl>",
        "body": """\
Beste Stan,

Toen collega Van Dam mij vorig jaar vroeg of ik lid wilde worden, heb ik vriendelijk bedankt. Inmiddels ben ik
om, mede door zijn verhalen over de ateliers. Ik meld me graag aan.

Groet,
Rob Geerts
""",
    },
    {
        "id": "d87-subscribe-05", "kind": "subscribe",
        "thread": None,
        "subject": "Opnieuw aanmelden",
        "sender": "Hilde Vermeulen <hilde.vermeulen@werkorganisatie-dongen-loon.nl>",
        "body": """\
Hallo,

Ik heb de mail waarin ik mijn aanmelding moest bevestigen te laat gezien: de referentie is verlopen. Wilt u mij
opnieuw aanmelden? Dan reageer ik dit keer wel meteen.

Hilde Vermeulen
""",
    },
    {
        "id": "d87-subscribe-06", "kind": "subscribe",
        "thread": None,
        "subject": "Aanvulling op mijn vorige mail",
        "sender": "Theo Wijnands <t.wijnands@kromme-rijn-wo.nl>",
        "body": """\
Beste secretariaat,

In mijn vorige mail vroeg ik of mijn plaatsvervanger ook lid kon worden, maar ik vergat haar adres. Het gaat om
Noor Hendriks, n.hendriks@kromme-rijn-wo.nl. Wilt u haar aanmelden?

Met vriendelijke groet,
Theo Wijnands
""",
    },
    {
        "id": "d87-subscribe-07", "kind": "subscribe",
        "thread": None,
        "subject": "Verwijderverzoek ingetrokken",
        "sender": "Patrick Smulders <p.smulders@werkorganisatie-peel-en-maas-zuid.nl>",
        "body": """\
Geacht secretariaat,

Mijn verzoek van maandag om mijn gegevens te verwijderen trek ik hierbij in. Ik ergerde me aan de hoeveelheid
mail in mijn inbox, maar uw berichten zijn het probleem niet. Ik blijf graag lid.

Met vriendelijke groet,
Patrick Smulders
""",
    },
    {
        "id": "d87-subscribe-08", "kind": "subscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "notes",
        "sender": "Johan Nijhuis <J.Nijhuis@wg-hof-van-twente.nl>",
        "body": """\
Mijn secretaresse heeft mij per vergissing afgemeld toen zij mijn mailbox opruimde. Ik wil graag lid blijven.

Johan Nijhuis
""",
    },
    {
        "id": "d87-subscribe-09", "kind": "subscribe",
        "thread": None,
        "subject": "Weer aanmelden",
        "sender": "Saskia Ploeg <s.ploeg@werkorganisatie-de-friese-meren-noord.nl>",
        "body": """\
Beste Melanie,

Vorig jaar heb ik me afgemeld omdat ik tijdelijk interim-secretaris was bij een andere gemeente. Nu ben ik terug
als directeur van de werkorganisatie, en ik meld me graag opnieuw aan.

Hartelijke groet,
Saskia Ploeg
""",
    },
    # --------------------------------------------------------------- confirm
    {
        "id": "d87-confirm-01", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Beste secretariaat,

Gisteren antwoordde ik dat ik me niet had aangemeld. Navraag leert dat mijn managementassistent dat namens mij
heeft gedaan, en terecht. Bij dezen bevestig ik mijn aanmelding alsnog.

Met vriendelijke groet,
Marieke de Vries-Ölçer
""",
    },
    {
        "id": "d87-confirm-02", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Niels Boersma <n.boersma@werkorganisatie-smallingerland-oost.nl>",
        "body": """\
Oei, ik dacht dat ik al had bevestigd. Bij dezen dan alsnog: ja, graag.

Niels

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d87-confirm-03", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Femke Reinders <femke.reinders@werkorganisatie-oss-bernheze.nl>",
        "body": """\
Beste Stan,

Vergeet mijn vorige antwoord, waarin ik vroeg wie mij had aangemeld: mijn collega heeft het me uitgelegd.
Ik bevestig mijn aanmelding.

Groet,
Femke Reinders
""",
    },
    {
        "id": "d87-confirm-04", "kind": "confirm",
        "thread": "confirmation",
        "sender": "Olaf Timmer <o.timmer@werkorganisatie-hollands-kroon-zuid.nl>",
        "body": """\
> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.

Ja. Mijn 'nee' van eerder vandaag was een vergissing, ik had deze mail voor spam aangezien.

Olaf Timmer
""",
    },
    {
        "id": "d87-confirm-05", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "groupwise",
        "sender": "Astrid Lagerwerf <alagerwerf@werkorganisatie-midden-delfland.nl>",
        "body": """\
Eerst twijfelde ik, maar na het lezen van het verslag van het vorige atelier wil ik er toch bij horen.
Hierbij mijn bevestiging.

Astrid Lagerwerf
""",
    },
    {
        "id": "d87-confirm-06", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Vincent Alders <v.alders@werkorganisatie-westland-noord.nl>",
        "body": """\
Sorry, verkeerde knop: u kreeg net een lege doorgestuurde mail van mij. Deze keer echt: ik bevestig mijn
aanmelding.

Vincent Alders
""",
    },
    {
        "id": "d87-confirm-07", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "Paul Reijnders <P.Reijnders@werkorganisatie-altena-zuid.nl>",
        "body": """\
Ik had gereageerd dat dit adres niet van mij zou zijn, maar het is wel degelijk mijn nieuwe adres: onze
organisatie is overgestapt op een nieuw domein. Dus: bevestigd.

Paul Reijnders
""",
    },
    # -------------------------------------------------------------- autoreply
    {
        "id": "d87-autoreply-01", "kind": "autoreply",
        "thread": "invitation",
        "subject": "Automatisch antwoord: " + UITN,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Bernard Wolters <b.wolters@werkorganisatie-veluwezoom.nl>",
        "body": """\
Dank voor uw bericht. Let op, gewijzigd: ik ben afwezig tot en met vrijdag 19 maart (eerder stond hier 5 maart).
Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u terecht bij het secretariaat directie,
telefoon 026 - 355 20 00.
""",
    },
    {
        "id": "d87-autoreply-02", "kind": "autoreply",
        "thread": "call_for_themes",
        "subject": "Automatic reply: " + OPROEP,
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Lotte Prins <l.prins@werkorganisatie-groene-hart.nl>",
        "body": """\
Mijn afwezigheid is verlengd: ik ben tot 1 februari met verlof. Uw mail lees ik na terugkomst.
In dringende gevallen kunt u contact opnemen met Jos van Aken (j.vanaken@werkorganisatie-groene-hart.nl).

My leave has been extended until February 1st. For urgent matters please contact Jos van Aken.
""",
    },
    {
        "id": "d87-autoreply-03", "kind": "autoreply",
        "thread": "welcome",
        "subject": "Adres gewijzigd (was: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties)",
        "sender": "Directie <directie@samenwerking-a5h.nl>",
        "body": """\
Dit is een automatisch bericht.

Dit e-mailadres wordt per 1 februari 2027 opgeheven. Onze organisatie gaat verder onder de naam Werkorganisatie
A5H; u bereikt de directie voortaan via directie@werkorganisatie-a5h.nl. Uw bericht is niet doorgestuurd.
""",
    },
    {
        "id": "d87-autoreply-04", "kind": "autoreply",
        "thread": "reminder",
        "subject": "Afwezig (correctie): Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027"
                   " [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "sender": "Frits Mennink <f.mennink@werkorganisatie-rijssen-holten.nl>",
        "body": """\
Correctie op mijn eerdere afwezigheidsmelding: ik ben niet op 8 maart maar pas op maandag 15 maart weer op
kantoor. Tot die tijd lees ik mijn mail niet. Met spoed? Bel 0548 - 85 46 00.

Dit bericht is automatisch verzonden.
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d87-other-01", "kind": "other",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Ria Schipper <r.schipper@werkorganisatie-hoeksche-waard-oost.nl>",
        "body": """\
Beste secretariaat,

Ik zag de wijziging langskomen. Mijn eerdere antwoord blijft gewoon staan.

Ria Schipper
""",
    },
    {
        "id": "d87-other-02", "kind": "other",
        "thread": None,
        "subject": "Mijn mail van 8 februari",
        "sender": "Leon Bosman <leon.bosman@werkorganisatie-tholen-bergen.nl>",
        "body": """\
Hallo Melanie,

Naar aanleiding van je telefoontje: mijn mail van 8 februari is nog steeds actueel. Er verandert niets aan.

Groet,
Leon
""",
    },
    {
        "id": "d87-other-03", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Daphne Willems <d.willems@werkorganisatie-nederweert-weert.nl>",
        "body": """\
Beste Stan,

Vorige week heb ik op deze uitnodiging gereageerd, maar ik heb geen bevestiging ontvangen. Is mijn antwoord wel
bij u binnengekomen?

Met vriendelijke groet,
Daphne Willems
""",
    },
    {
        "id": "d87-other-04", "kind": "other",
        "thread": None,
        "subject": "Aanmelding ontvangen?",
        "sender": "Koen Aerts <koen.aerts@werkorganisatie-baarle-alphen.nl>",
        "body": """\
Goedemiddag,

Twee weken geleden heb ik me via dit adres aangemeld voor het netwerk, maar sindsdien heb ik niets meer
gehoord. Is mijn aanmelding goed aangekomen?

Koen Aerts
""",
    },
    {
        "id": "d87-other-05", "kind": "other",
        "thread": None,
        "subject": "Themasuggestie",
        "sender": "Evelien Maas <e.maas@werkorganisatie-gemert-laarbeek.nl>",
        "body": """\
Beste secretariaat,

Heeft u mijn themasuggestie van 10 januari ontvangen? Ik zie hem niet terug in het overzicht dat u vorige week
rondstuurde.

Met vriendelijke groet,
Evelien Maas
""",
    },
    {
        "id": "d87-other-06", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Cor de Jong <cor.dejong@werkorganisatie-stichtse-vecht-noord.nl>",
        "body": """\
Beste Stan en Melanie,

Ik heb eerder afgezegd, maar het kan zijn dat de raadsvergadering van 11 maart wordt verplaatst. Gebeurt dat,
dan kom ik alsnog. Ik laat het u weten zodra het zeker is.

Cor de Jong
""",
    },
    {
        "id": "d87-other-07", "kind": "other",
        "thread": None,
        "subject": "Mogelijke opvolging",
        "sender": "Willemijn Kamp <w.kamp@werkorganisatie-nissewaard-zuid.nl>",
        "body": """\
Beste secretariaat,

Mogelijk neemt mijn nieuwe adjunct na de zomer mijn plaats in het netwerk over, maar haar benoeming is nog niet
rond. Voorlopig blijft alles zoals het is; ik kom erop terug.

Vriendelijke groet,
Willemijn Kamp
""",
    },
    {
        "id": "d87-other-08", "kind": "other",
        "thread": None,
        "subject": "Overdracht uitgesteld",
        "sender": "Arnold Veerman <a.veerman@werkorganisatie-voorne-oost.nl>",
        "body": """\
Beste Stan,

Eerder gaf ik door dat Ruud Meijer (r.meijer@werkorganisatie-voorne-oost.nl) per 1 april mijn plaats in het
netwerk overneemt. Zijn start is uitgesteld en wanneer hij begint is nog onbekend. Wilt u de overdracht
aanhouden tot ik u een datum geef? Tot die tijd blijf ik zelf lid.

Met vriendelijke groet,
Arnold Veerman
""",
    },
    {
        "id": "d87-other-09", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "Marjolein Janssen-Bakker <m.janssenbakker@werkorganisatie-sittard-echt.nl>",
        "body": """\
Dank voor de welkomstmail. In uw administratie staat mijn naam als 'Jansen-Bakker', maar het is
'Janssen-Bakker', met dubbel s. Wilt u dat aanpassen?

Met vriendelijke groet,
Marjolein Janssen-Bakker
""",
    },
    {
        "id": "d87-other-10", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jacqueline Hermans <j.hermans@werkorganisatie-rijnwaarden-oost.nl>",
        "body": """\
Beste secretariaat,

In mijn afzegging van gisteren gaf ik het adres van mijn vervanger verkeerd door. Het juiste adres is
m.kok@werkorganisatie-rijnwaarden-oost.nl, niet m.kook@. Excuus!

Jacqueline Hermans
""",
    },
    {
        "id": "d87-other-11", "kind": "other",
        "thread": None,
        "subject": "Nieuw e-mailadres",
        "sender": "Pim Dekker <p.dekker@gemeenten-heusden-vught.nl>",
        "body": """\
Goedemorgen,

Per 1 maart verandert mijn e-mailadres in p.dekker@werkorganisatie-heusden-vught.nl. Het adres dat ik bij mijn
aanmelding opgaf, klopt dan dus niet meer. Wilt u het in uw bestand aanpassen?

Groet,
Pim Dekker
""",
    },
    {
        "id": "d87-other-12", "kind": "other",
        "thread": None,
        "subject": "Graag negeren",
        "sender": "Gonneke Smid <g.smid@werkorganisatie-westerkwartier.nl>",
        "body": """\
Beste secretariaat,

Wilt u mijn vorige mail negeren? Die was bedoeld voor onze eigen afdeling communicatie en is per ongeluk naar
u gegaan. Excuses voor de verwarring!

Gonneke Smid
""",
    },
    {
        "id": "d87-other-13", "kind": "other",
        "thread": "invitation",
        "sender": "Thijs Vink <t.vink@werkorganisatie-de-liemers.nl>",
        "body": """\
Sorry, verkeerde knop: u kreeg zojuist een half geschreven bericht van mij. Ik kom later deze week met een
echt antwoord, als ik mijn agenda heb doorgenomen.

Thijs

Verzonden vanaf mijn Galaxy
""",
    },
    {
        "id": "d87-other-14", "kind": "other",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Astrid Mulder <a.mulder@werkorganisatie-zaanstreek.nl>",
        "body": """\
Beste Stan,

Mijn suggestie over de relatie met de gemeenteraden wil ik intrekken: dat vraagstuk hebben we intern inmiddels
opgelost. Wilt u hem uit de telling halen? De andere mag blijven staan.

Met vriendelijke groet,
Astrid Mulder
""",
    },
    {
        "id": "d87-other-15", "kind": "other",
        "thread": None,
        "subject": "Atelier 11 maart - mevrouw Terpstra",
        "sender": "Secretariaat directie <secretariaat@werkorganisatie-leeuwarden-oost.nl>",
        "body": """\
Geachte heer, mevrouw,

Namens mevrouw Terpstra laat ik u weten dat zij op 11 maart toch aanwezig kan zijn. Haar eerdere afzegging
vervalt daarmee.

Met vriendelijke groet,
Baukje de Haan
Secretariaat directie
""",
    },
    {
        "id": "d87-other-16", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Bas Hoogendoorn <b.hoogendoorn@werkorganisatie-molenlanden.nl>",
        "body": """\
Ik had afgezegd, maar mijn middagafspraak blijkt om half vier klaar te zijn. Mag ik dan later aanschuiven?
Zo ja, dan kom ik graag.

Bas
""",
    },
    {
        "id": "d87-other-17", "kind": "other",
        "thread": None,
        "subject": "Afmelding collega",
        "sender": "Nadia Amrani <n.amrani@werkorganisatie-ede-oost.nl>",
        "body": """\
Beste secretariaat,

Mijn collega Arjen Bosch heeft zich vorige maand afgemeld, maar hij heeft er spijt van en wil toch blijven.
Kunt u dat voor hem regelen?

Met vriendelijke groet,
Nadia Amrani
""",
    },
    {
        "id": "d87-other-18", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "gmail",
        "sender": "Laurens Dijk <laurens.dijk@gmail.com>",
        "body": """\
Hallo,

Ik wilde me eigenlijk weer afmelden, maar als de ateliers ook online te volgen zijn, blijf ik liever lid.
Kan dat? Dan hoor ik het graag voordat ik een besluit neem.

Laurens Dijk
""",
    },
    {
        "id": "d87-other-19", "kind": "other",
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Henriëtte Bruins <h.bruins@werkorganisatie-noordenveld.nl>",
        "body": """\
Dank u wel voor het snel verwerken van mijn gewijzigde aanmelding. Fijn dat het zo soepel ging.

Hartelijke groet,
Henriëtte Bruins
""",
    },
    {
        "id": "d87-other-20", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Gijs van Leeuwen <g.vanleeuwen@werkorganisatie-duiven-zevenaar.nl>",
        "body": """\
Beste secretariaat,

Het onderwerp dat ik vorige week doorgaf trek ik terug. Wat ik eigenlijk wilde voorstellen: houd het atelier
voortaan op een vrijdagochtend, dan kunnen meer collega's erbij zijn dan op donderdagmiddag.

Gijs van Leeuwen
""",
    },
    {
        "id": "d87-other-21", "kind": "other",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Ton Hermsen <ton.hermsen@xs4all.nl>",
        "body": """\
Ik schreef u eerder dat ik dit niet was. Inmiddels wil ik toch weten hoe u aan mijn e-mailadres bent gekomen.
Wie heeft mij opgegeven?

T. Hermsen
""",
    },
    {
        "id": "d87-other-22", "kind": "other",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "gmail",
        "sender": "Miranda Claes <m.claes@werkorganisatie-bergen-op-zoom-west.nl>",
        "body": """\
Beste Melanie,

Ik had afgezegd, maar nu het atelier niet doorgaat, vervalt dat vanzelf. Weet u al wanneer de nieuwe datum
wordt? Dan kan ik kijken of ik er dan wel bij kan zijn.

Groet,
Miranda
""",
    },
]
# fmt: on
