"""devset82: long, chatty mails in which the one thing the service must act on sits between other talk.

The writers tell about their organisation (a reorganisation, a merger, a move, a new sturingsmodel), holidays, the
weather, their family, the last atelier, and compliment or thank the secretariat; somewhere in the middle, or at the
end, is the one line that counts: a sign-up, a confirmation, a leave (also AVG erasure and hand-over to a named
successor), a yes or no to the atelier, or a topic under the call for themes. The look-alikes (`other`, about a
third) carry words of an action that is NOT asked: an alderman who wanted to leave the coalition, a council that
confirmed the budget, a course the writer signed up for, "ik kom vrijdag niet" about a different meeting, a colleague
who left the organisation, unsubscribing from someone else's newsletter. Lengths run from five to thirty lines;
registers from formal to jokey; clients, quoting and threads vary (inline answers hold our quoted lines in the body).

Conventions relied on (the secretariat's view):
- Joining, by the person themself: `subscribe`. A request to sign up one named colleague WITH that colleague's
  e-mail address: `subscribe` too. Without the colleague's address, or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion`; a reply that only
  says whether the writer comes is an `rsvp`; a proposal about the form of the ateliers is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Any reply under our confirmation mail that neither denies nor asks is `confirm` (the mail says no text is needed);
  a machine answer to it is `autoreply`.
- Themes are those of the topic the writer proposes, not of words used in the surrounding chatter.
"""

from __future__ import annotations

from typing import Any

AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d82-subscribe-01",
        "kind": "subscribe",
        "sender": "Hanneke Vos <h.vos@werkorganisatie-kwl.nl>",
        "subject": "Kennismaking en aanmelding",
        "body": """\
Goedemorgen,

Vorige week zat ik op het VNG-congres naast Peter Hoekstra, die mij enthousiast vertelde over jullie
ateliers. Hij was vooral te spreken over de laatste bijeenkomst in Utrecht, waar het volgens hem eindelijk
eens níet over de begroting ging, maar over wat er onder de oppervlakte speelt.

Even ter introductie: sinds 1 februari ben ik algemeen directeur van werkorganisatie KWL, de ambtelijke
organisatie van drie gemeenten. Daarvoor was ik zes jaar gemeentesecretaris in een middelgrote stad in het
oosten, dus een fusieorganisatie is voor mij nieuw terrein. De eerste weken waren een achtbaan: drie
colleges, drie raden en één personeelsvereniging die al jaren op zoek is naar een eigen identiteit.

Ik wil mij daarom graag aanmelden als lid van het netwerk. Ik kijk uit naar de kennismaking.

Hartelijke groet,

Hanneke Vos
Algemeen directeur
Werkorganisatie KWL
T 0252 - 41 88 10
""",
    },
    {
        "id": "d82-subscribe-02",
        "kind": "subscribe",
        "sender": "Gerrit Jan Wolters <gj.wolters@werkorganisatie-bvo.nl>",
        "subject": "Nieuws uit de werkorganisatie + een verzoek",
        "body": """\
Beste Stan en Melanie,

Het is alweer een paar maanden geleden dat we elkaar in Utrecht zagen. Ik wilde jullie nog bedanken voor
het atelier over couleur locale: ik heb de werkvorm met de vier stoelen inmiddels twee keer in ons MT
nagedaan, met wisselend succes maar veel gelach.

Bij ons is er intussen veel veranderd. Na de zomer hebben we de organisatie teruggebracht van zeven naar
vier afdelingen, en de raad van de kleinste gemeente heeft eindelijk ingestemd met de nieuwe
dienstverleningsovereenkomst. Dat heeft wat voeten in de aarde gehad, maar het is gelukt.

Een van de gevolgen is dat ik sinds januari een adjunct-directeur heb: Youssef El Amrani. Hij komt van de
omgevingsdienst en kent het klappen van de zweep. Youssef wil graag ook lid worden van het netwerk; zijn
adres is y.elamrani@werkorganisatie-bvo.nl. Willen jullie hem aanmelden?

Verder alles goed hier. De nieuwjaarsborrel stond dit jaar in het teken van het afscheid van onze oudste
collega, die 46 jaar in dienst was. Dat record gaat niemand meer breken.

Hartelijke groet,
Gerrit Jan Wolters
directeur Werkorganisatie BVO
""",
    },
    {
        "id": "d82-subscribe-03",
        "kind": "subscribe",
        "sender": "Ruud Sarmo <ruudsarmo@gmail.com>",
        "subject": "aanmelding",
        "body": """\
Hoi,

Wat een weer vandaag zeg, hier in Zeeland waait het de pannen van het dak. Ik zit thuis met een kop thee
en eindelijk tijd om wat mailtjes weg te werken die al sinds de kerst liggen.

Een daarvan: Ingrid van Dalen wees me in december op jullie netwerk. Ik ben sinds vorig jaar directeur van
de ambtelijke organisatie van twee eilandgemeenten (tijdelijk, maar dat zeggen ze altijd). Zet me maar op
de ledenlijst, ik doe graag mee. Liefst op dit adres, mijn werkmail loopt nog steeds vast op bijlagen.

Groet,
Ruud
""",
    },
    {
        "id": "d82-subscribe-04",
        "kind": "subscribe",
        "sender": "Fatima Boukhari <f.boukhari@hetnieuweland-wo.nl>",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": """\
Goedemiddag,

Mijn secretaresse stuurde mij onderstaande uitnodiging door; die was nog aan mijn voorganger gericht en
in de gedeelde mailbox beland. Ik ben sinds 1 december directeur hier en heb nog geen kennisgemaakt met
het netwerk.

Wat ik lees spreekt me erg aan. We zitten in het tweede jaar na de fusie en de vragen over de eigenheid
van de vier gemeenten herken ik maar al te goed: gisteren nog een uur met een wethouder gesproken over de
vraag of 'zijn' buitendienst wel genoeg zichtbaar is in zijn dorp.

Ik wil me daarom graag aanmelden als lid, op dit adres.

Met vriendelijke groet,

Fatima Boukhari
Directeur Ambtelijke organisatie Het Nieuwe Land
""",
    },
    {
        "id": "d82-subscribe-05",
        "kind": "subscribe",
        "sender": "Jeroen Altena <j.altena@so-meierij-oost.nl>",
        "subject": "Lid worden",
        "body": """\
Beste mensen van het netwerk,

Net terug van drie weken Portugal (de Algarve in februari is een aanrader, al was het water nog koud) en
mijn inbox liep over. Tussen de stapel zat een bericht van een collega-directeur uit Brabant, die mij
aanraadde om bij jullie aan te sluiten.

Bij deze dan ook: ik meld mij aan als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

Kleine achtergrond: ik ben sinds twee jaar directeur van Samenwerkingsorganisatie Meierij-Oost, waar drie
gemeenten hun ambtelijk apparaat delen. Ik ben vooral benieuwd hoe anderen omgaan met de spanning tussen
drie opdrachtgevers die elk iets anders willen.

Groeten,
Jeroen Altena

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d82-subscribe-06",
        "kind": "subscribe",
        "sender": "Ilse Brandsma <i.brandsma@gwo-walden.nl>",
        "subject": "Aanmelding nieuwe directeur GWO Wâlden",
        "body": """\
Geacht secretariaat,

Mijn voorganger, Joost Terpstra, heeft zich vorig najaar bij u afgemeld toen hij met pensioen ging. Hij
sprak altijd met veel plezier over de ateliers, en bij zijn afscheidsreceptie gaf hij mij het advies om
vooral lid te worden. Dat advies neem ik graag over.

Ik ben per 1 januari benoemd tot directeur van de Gemeenschappelijke Werkorganisatie Wâlden. Na tien jaar
bij de provincie is het wennen aan het tempo van drie colleges, maar ik heb er veel zin in. De afgelopen
weken heb ik vooral kennisgemaakt: met de ondernemingsraad, met de drie burgemeesters en met de kantine,
die hier een uitstekende kroket serveert.

Graag meld ik mij hierbij aan voor het netwerk.

Met vriendelijke groet,

Ilse Brandsma
Directeur GWO Wâlden
06 - 12 90 44 71
""",
    },
    {
        "id": "d82-subscribe-07",
        "kind": "subscribe",
        "sender": "Corine de Wit <c.dewit@werkorganisatie-ncl.nl>",
        "subject": "Aanmelding netwerk voor onze directeur",
        "body": """\
Goedemorgen,

Ik ben managementassistent van de directie van Werkorganisatie NCL. Het is hier een drukke periode: we
zijn net verhuisd naar het nieuwe kantoor aan de Havenkade en de helft van de dozen staat nog in de gang.
Mijn excuses dus als ik iets over het hoofd zie.

Onze algemeen directeur, de heer Marco Hietbrink, wil graag lid worden van het netwerk. Zijn e-mailadres
is m.hietbrink@werkorganisatie-ncl.nl. Hij had er al eerder over gesproken met de heer Van de Laar op een
bijeenkomst in Zwolle.

Wilt u hem aanmelden? Ik begrijp dat hij dan zelf nog een mail ontvangt om te bevestigen; ik zal hem
daarop attenderen.

Met vriendelijke groet,

Corine de Wit
Managementassistent directie
""",
    },
    {
        "id": "d82-subscribe-08",
        "kind": "subscribe",
        "sender": "Machteld Oosterhuis <m.oosterhuis@wo-dehoogeveld.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """\
Beste Stan en Melanie,

Ruim een jaar geleden heb ik mij afgemeld, omdat ik voor anderhalf jaar gedetacheerd werd bij het
ministerie van BZK. Die periode zit erop, sneller dan verwacht: het project waarvoor ik kwam is na de
kabinetswisseling stilgelegd. Zo gaan die dingen.

Sinds deze maand ben ik terug op mijn oude plek als directeur van de werkorganisatie. In mijn afwezigheid
is er een nieuw sturingsmodel ingevoerd, dus ik ben weer even leerling in mijn eigen organisatie.

Ik wil graag weer lid worden van het netwerk. Ik vond jullie oude mail nog terug, vandaar dat ik hierop
antwoord.

Hartelijke groet,
Machteld
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d82-confirm-01",
        "kind": "confirm",
        "sender": "Bart Hendriksen <b.hendriksen@werkorganisatie-cgm.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """\
Beste Stan,

Dank voor de snelle toezending. Gisteren spraken we elkaar kort bij de provinciale bijeenkomst in Arnhem
en ik had niet verwacht dat het zo vlot zou gaan; bij ons duurt het aanvragen van een parkeerpas langer.

Hierbij bevestig ik graag mijn aanmelding.

Ik moest nog lachen om je opmerking over de koffie in het provinciehuis. Die is inderdaad niet vooruit
gegaan sinds ik er twintig jaar geleden stage liep. Tot ziens bij het volgende atelier.

Met vriendelijke groet,

Bart Hendriksen
Directeur Werkorganisatie CGM
T 026 - 377 60 00

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u
vriendelijk verzocht dit aan de afzender te melden. Werkorganisatie CGM aanvaardt geen aansprakelijkheid
voor schade die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.
""",
    },
    {
        "id": "d82-confirm-02",
        "kind": "confirm",
        "sender": "Anouk Verbeek <anouk.verbeek@gmail.com>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """\
Hallo,
Sorry, deze was ik vergeten: twee weken Dolomieten zonder bereik (bewust!) en daarna kwam de accountant
een week eerder dan gepland. Maar ja hoor, ik wil graag lid worden. Tel me mee.
Groet,
Anouk Verbeek
directeur BSD-organisatie
""",
    },
    {
        "id": "d82-confirm-03",
        "kind": "confirm",
        "sender": "Henk-Jan Postma <hj.postma@wo-zuidwoldingen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": """\
Leuk dat dit zo snel geregeld is! Ik zie dat mijn secretariaat mij heeft aangemeld, dat is prima zo; we
hadden het er vorige week over na het overleg met de drie burgemeesters.

We zitten hier overigens midden in de verhuizing naar het gerenoveerde gemeentehuis. Na twee jaar
noodhuisvesting in een oud schoolgebouw (met de originele bordjes 'jongens' en 'meisjes' op de wc's) is
dat een feestje.

Groet,
Henk-Jan

Verzonden vanaf mijn iPhone
""",
    },
    {
        "id": "d82-confirm-04",
        "kind": "confirm",
        "sender": "drs. W.P. Kersten <w.kersten@ao-rivierenland-west.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": """\
Geacht secretariaat,

Uw bericht kwam op een goed moment. Wij hebben zojuist een ingrijpende reorganisatie afgerond: de
ambtelijke organisatie is van een sectorenmodel overgegaan naar vier domeinen (Ruimte, Sociaal,
Bedrijfsvoering en Publiekszaken), elk met een eigen domeinmanager. Het heeft ruim anderhalf jaar
geduurd en veel gevraagd van de medewerkers, maar de eerste signalen zijn positief.

In die periode heb ik het contact met collega-directeuren node gemist. Een van de domeinmanagers
attendeerde mij op uw netwerk en heeft mij, met mijn instemming, aangemeld.

Bij dezen bevestigd.

Met vriendelijke groet,

drs. W.P. Kersten
algemeen directeur
Ambtelijke Organisatie Rivierenland-West
""",
    },
    {
        "id": "d82-confirm-05",
        "kind": "confirm",
        "sender": "Sander Mulder <s.mulder@werkorganisatie-dvl.nl>",
        "thread": "confirmation",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """\
Goedemiddag, zie mijn antwoord tussen de regels.

> Beste Sander Mulder,
>
> Via directiesecretariaat@werkorganisatie-dvl.nl hebben wij een aanmelding ontvangen voor het Netwerk van
> directeuren van ambtelijke fusieorganisaties op dit e-mailadres (s.mulder@werkorganisatie-dvl.nl).

Klopt, dat heeft Esther van ons secretariaat gedaan nadat ik op de terugweg van de regiodag over jullie
vertelde. Ze is snel, dat moet gezegd.

> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.

Ja, graag. Bij deze.

> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan nodig.

Niet van toepassing dus :-) Wel een compliment voor de heldere mail; daar kan onze eigen afdeling
communicatie nog iets van leren.

Groet,
Sander Mulder
""",
    },
    {
        "id": "d82-confirm-06",
        "kind": "confirm",
        "sender": "Thea Zandbergen <t.zandbergen@wo-bmwe.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": """\
Beste Stan en Melanie,

Wat een heldere mail, daar mogen sommige ministeries een voorbeeld aan nemen. Ik krijg er per dag
tientallen en de meeste moet ik drie keer lezen voor ik weet wat er van mij verwacht wordt.

Uiteraard bevestig ik mijn aanmelding. Mijn collega Ad Verhoef van de werkorganisatie in het westen van de
provincie is al jaren lid en raadde het mij warm aan.

Hartelijke groet,

Thea Zandbergen
Directeur Werkorganisatie BMWE
""",
    },
    {
        "id": "d82-confirm-07",
        "kind": "confirm",
        "sender": "Robert Tjoa <robert.tjoa@gr-bollenstreek-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": """\
Goedemorgen,

Ik dacht eerlijk gezegd dat ik vorige week al had gereageerd, maar bij de migratie naar ons nieuwe
mailsysteem is blijkbaar het een en ander verdwenen. Onze ICT-afdeling spreekt van 'een paar
randgevallen'; ik ben kennelijk zo'n randgeval.

Bij deze dus alsnog: ja, ik wil lid worden.

Met vriendelijke groet,

Robert Tjoa
Algemeen directeur
""",
    },
    {
        "id": "d82-confirm-08",
        "kind": "confirm",
        "sender": "Nienke Smeenk <nienke.smeenk@ao-lekstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": """\
Graag!

Grappig trouwens: ik heb mij nog nooit ergens zo snel aangemeld. Ik las vanochtend in de trein het verslag
van jullie vorige atelier, dat een collega had doorgestuurd, en bij aankomst op kantoor had ik jullie al
gemaild. Mijn man noemt dat impulsief, ik noem het daadkrachtig.

Met vriendelijke groet,
Nienke Smeenk
Directeur Ambtelijke Organisatie Lekstroom
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d82-unsubscribe-01",
        "kind": "unsubscribe",
        "sender": "Kees Blankenstijn <k.blankenstijn@werkorganisatie-hsd.nl>",
        "subject": "Afscheid",
        "body": """\
Beste Stan, beste Melanie,

Na 41 jaar in het openbaar bestuur, waarvan de laatste negen als directeur van onze werkorganisatie, ga
ik op 1 april met pensioen. Ik begon in 1986 als jongste bediende op de afdeling burgerzaken van wat toen
nog een zelfstandige gemeente van 8.000 inwoners was. Wie had gedacht dat ik zou eindigen als directeur
van een organisatie voor vier gemeenten.

Het netwerk is voor mij de afgelopen jaren een echte vrijplaats geweest. Ik denk nog vaak terug aan het
atelier in Zwolle, waar we na afloop met zes directeuren tot sluitingstijd in het café zaten. En aan het
atelier waar de stroom uitviel en we de tweede helft bij kaarslicht hebben volgemaakt; volgens mij waren
de gesprekken nooit zo eerlijk als toen.

De laatste maanden staan bij ons vooral in het teken van de overdracht. Ik heb een dik dossier gemaakt
voor mijn opvolger, met daarin alles wat nergens anders staat: welke wethouder je 's ochtends moet bellen
en welke juist niet, waar de sleutel van het archief hangt, en waarom de fietsenstalling twee keer zo
groot is als nodig (een lang verhaal, dat met een subsidieregeling begint).

Thuis wacht een volkstuin die ik al jaren verwaarloos, en een kleindochter die vindt dat opa nu eindelijk
tijd heeft om te leren skeeleren. Ik vrees dat ze gelijk heeft.

Mijn opvolger is nog niet benoemd; de procedure loopt. Wilt u mij uit het ledenbestand halen? Ik vermoed
dat mijn opvolger zich te zijner tijd zelf bij u meldt.

Met hartelijke groet en dank voor alles,

Kees Blankenstijn
""",
    },
    {
        "id": "d82-unsubscribe-02",
        "kind": "unsubscribe",
        "sender": "Priya Ramdin <p.ramdin@swo-heuvelland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """\
Beste secretariaat,

Dank voor de uitnodiging. Het thema spreekt me aan, en het is precies waar wij de afgelopen maanden mee
worstelden: twee van onze vier raden wilden een eigen loket terug in het dorpshuis.

Toch kom ik niet, en eerlijk gezegd is het tijd om helemaal afscheid te nemen. Per 1 mei ga ik aan de slag
bij de provincie en ik verwacht niet dat ik daar nog een rol in het netwerk heb. Wilt u mij afmelden als
lid?

Ik heb veel van de ateliers geleerd. De sessie over het sturingsconcept, twee jaar geleden in Den Bosch,
heeft mij letterlijk een nieuwe organisatiestructuur opgeleverd.

Met vriendelijke groet,
Priya Ramdin
""",
    },
    {
        "id": "d82-unsubscribe-03",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Tom Verhagen <tom.verhagen@outlook.com>",
        "subject": "Verzoek verwijdering gegevens",
        "body": """\
Beste Stan en Melanie,

Misschien hebben jullie het al gehoord: na vijftien jaar overheid maak ik de overstap naar het
bedrijfsleven. Per 1 maart begin ik bij een adviesbureau in Amersfoort, iets heel anders dan ik gewend
ben, maar ik heb er zin in. Mijn laatste werkdag in de werkorganisatie was gisteren; de taart kwam van de
bakker om de hoek en was dus uitstekend.

Omdat ik geen directeur van een ambtelijke fusieorganisatie meer ben, wil ik graag uit het netwerk. Ik
verzoek jullie tevens om, op grond van de AVG, al mijn persoonsgegevens te verwijderen, ook uit de
deelnemerslijsten van eerdere ateliers.

Ik stuur dit bewust vanaf mijn privéadres; mijn oude werkadres t.verhagen@werkorganisatie-ab.nl wordt
binnenkort opgeheven.

Veel succes met het netwerk, het was me een genoegen.

Tom
""",
    },
    {
        "id": "d82-unsubscribe-04",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Lotte van Ginkel <l.vanginkel@werkorganisatie-vzk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": """\
Beste Stan,

Dank voor het verslag en voor de fijne middag. Het gesprek aan mijn tafel over de couleur locale was
misschien wel het beste gesprek dat ik dit jaar heb gevoerd; ik heb er de volgende dag meteen mijn MT
over bijgepraat.

Tegelijk is dit mijn laatste bericht aan jullie. Ik stop na de zomer als directeur en ga een jaar op reis
met mijn gezin (ja, echt: de camper staat al op de oprit). Zou je mij willen uitschrijven en daarbij al mijn
gegevens willen wissen? Ik wil niet over een jaar nog ergens in een bestand staan.

Hartelijke groet,
Lotte

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d82-unsubscribe-05",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Michiel Dekkers <m.dekkers@bedrijfsvoering-ovh.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": """\
Goedemiddag,

Ik ontving vanochtend uw welkomstmail. Kennelijk heeft een enthousiaste collega mij aangemeld en heb ik
zonder goed te lezen op de bevestigingsmail gereageerd; dat is mijn eigen schuld. Het was een drukke
week: we hebben de jaarrekening afgerond en ik heb drie afscheidsrecepties gehad.

Ik ben echter geen directeur maar hoofd bedrijfsvoering, en het lidmaatschap is dus niet voor mij
bedoeld. Wilt u mij afmelden en mijn gegevens uit uw bestanden verwijderen, conform de AVG?

Met vriendelijke groet,

Michiel Dekkers
Hoofd Bedrijfsvoering
""",
    },
    {
        "id": "d82-unsubscribe-06",
        "kind": "unsubscribe",
        "sender": "Margreet Hoogendoorn <m.hoogendoorn@ao-dbz.nl>",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": """\
Beste Stan en Melanie,

Na zes mooie jaren neem ik afscheid als directeur van de ambtelijke organisatie. Ik heb een nieuwe
uitdaging gevonden als gemeentesecretaris van een grote stad in het zuiden; ik mag nog niet zeggen welke,
maar jullie lezen het vast binnenkort in Binnenlands Bestuur.

Het goede nieuws is dat mijn opvolger al bekend is: Erik Lansink, tot nu toe onze concerncontroller. Hij
neemt per 1 maart mijn plek in het netwerk over; zijn adres is e.lansink@ao-dbz.nl. Ik heb hem alvast
verteld dat de ateliers de moeite waard zijn.

Dank voor alle inspiratie, en graag tot ziens in een andere rol.

Margreet
""",
    },
    {
        "id": "d82-unsubscribe-07",
        "kind": "unsubscribe",
        "sender": "Frank Roelofs <f.roelofs@deltawerkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """\
Beste Stan,

Dank voor de oproep. Normaal zou ik er met plezier een paar onderwerpen op schieten, je kent me, maar
dit keer laat ik dat aan een ander over. Ik vertrek eind deze maand bij de Deltawerkorganisatie. Na het
vertrek van onze burgemeester en het gedoe rond de coalitie in een van onze gemeenten was het voor mij
een natuurlijk moment om het stokje door te geven.

Mijn opvolger is Saskia Meijer (s.meijer@deltawerkorganisatie.nl). Wil je haar in het netwerk in mijn
plaats laten komen? Zij heeft vast wel thema's voor jullie.

Hartelijke groet,
Frank
""",
    },
    {
        "id": "d82-unsubscribe-08",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Baas <jw.baas@wo-vechtdal-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": """\
Dag Melanie,

Mooi verslag! Ik heb het met veel plezier gelezen, al herkende ik mijn eigen bijdrage nauwelijks terug
(misschien maar goed ook).

Ik heb nieuws: ik ga per 1 juni met vervroegd pensioen. Mijn rug wil niet meer zo, en mijn kleinkinderen
willen des te meer. Mijn taken gaan over naar Gülşen Aydın, die nu nog adjunct is; zij wordt de nieuwe
directeur. Haar adres is g.aydin@wo-vechtdal-noord.nl. Wil je haar in mijn plaats als lid opnemen en mij
dan uit het netwerk halen?

Groet en dank,
Jan-Willem Baas
""",
    },
    {
        "id": "d82-unsubscribe-09",
        "kind": "unsubscribe",
        "sender": "Dewi Sastrowardoyo <d.sastrowardoyo@werkorganisatie-ae.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """\
Goedemorgen,

Dit moet een vergissing zijn. Ik ben beleidsadviseur personeel en organisatie, geen directeur, en ik heb
me niet aangemeld voor uw netwerk. Mogelijk heeft iemand op ons secretariaat een verkeerd adres ingevuld;
we hebben sinds kort een uitzendkracht die nog wat moet wennen aan onze adreslijst.

Ik wens u veel succes, maar dit is niet voor mij.

Met vriendelijke groet,
Dewi Sastrowardoyo
""",
    },
    {
        "id": "d82-unsubscribe-10",
        "kind": "unsubscribe",
        "sender": "Harm Kok <h.kok@wo-eemsdelta-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """\
Hoi Stan en Melanie,

Geen onderwerpen van mij deze ronde, en eerlijk gezegd ook geen volgende rondes meer: ik ben per 1 maart
benoemd tot burgemeester van een gemeente hier in de buurt. Vreemde gewaarwording om straks aan de andere
kant van de tafel te zitten; ik zal proberen een fatsoenlijke opdrachtgever te zijn.

Meld mij dus maar af voor het netwerk. Mijn opvolger als directeur wordt via een werving gezocht, dat gaat
nog wel een paar maanden duren.

Groet,
Harm
""",
    },
    {
        "id": "d82-unsubscribe-11",
        "kind": "unsubscribe",
        "sender": "Bianca Stroeve <b.stroeve@buurgemeenten-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": """\
Beste Stan en Melanie,

Ik ben een half jaar geleden lid geworden en heb sindsdien met plezier jullie mails gelezen. Maar ik moet
eerlijk zijn: ik kom er niet aan toe. Onze werkorganisatie zit in een herijking, ik zit twee avonden per
week bij de raad, en thuis hebben we net een puppy die vindt dat de nacht om vier uur eindigt.

Het lijkt me daarom beter om me af te melden. Misschien later weer, als het rustiger wordt.

Met vriendelijke groet,
Bianca Stroeve
""",
    },
    {
        "id": "d82-unsubscribe-12",
        "kind": "unsubscribe",
        "sender": "Wouter de Graaf <w.degraaf@grw-werkorganisatie.nl>",
        "subject": "Even uit de lucht",
        "body": """\
Hallo secretariaat,

Vanaf 1 mei neem ik een sabbatical van een jaar. Ik heb de afgelopen acht jaar zonder pauze gewerkt aan de
fusie en daarna aan de inrichting van de werkorganisatie, en mijn huisarts en mijn vrouw waren het
opvallend snel met elkaar eens dat het tijd werd voor een adempauze.

Haal mij dus maar van de ledenlijst. Als ik terug ben meld ik me vast weer aan, want het netwerk heeft me
veel gebracht.

Groeten,
Wouter de Graaf

Verzonden met Outlook voor Android
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d82-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "sender": "Edwin Koster <e.koster@werkorganisatie-ldw.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Melanie,

Dank voor de uitnodiging. Het onderwerp kan niet actueler: vorige week heeft de raad van onze kleinste
gemeente een motie aangenomen om 'de eigen identiteit zichtbaar te houden in de werkorganisatie'. Niemand
weet precies wat dat betekent, ik ook niet, maar het ligt nu wel op mijn bord.

Verder gaat het goed hier. We hebben in januari de nieuwe managementlaag neergezet, en de eerste
resultaten van het medewerkersonderzoek zijn beter dan ik had durven hopen. Alleen de parkeerplaats blijft
een bron van ergernis, maar dat is geloof ik overal zo.

Ja, ik kom op 11 maart. Ik neem geen gast mee.

Mijn zoon begint volgend jaar aan de opleiding bestuurskunde in Utrecht; ik heb hem beloofd na het
atelier even zijn toekomstige faculteit te laten zien.

Met vriendelijke groet,

Edwin Koster
Directeur Werkorganisatie LDW
""",
    },
    {
        "id": "d82-rsvp-02",
        "kind": "rsvp",
        "attending": True,
        "sender": "Naima Bakkali <n.bakkali@samenwerking-kvh.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """\
Hoi Stan,

Wat een mooi onderwerp weer! Het vorige atelier over dienstverlening in de kernen vond ik eerlijk gezegd
het beste tot nu toe, dus de lat ligt hoog ;-)

Ik kom graag, en ik neem onze strategisch adviseur Tim mee, dus reken op twee personen.

Verder: hier regent het al een week onafgebroken, de kelder van het gemeentehuis staat half onder water
en de archivaris loopt rond met een gezicht alsof de wereld vergaat. Hopelijk is het in maart droger.

Groet,
Naima
""",
    },
    {
        "id": "d82-rsvp-03",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter Schuurman <p.schuurman@achterhoek-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": """\
Dank voor de herinnering! Ik ben er zeker bij, samen met mijn gast.

Ik kom met de trein uit Doetinchem, dus als de NS meewerkt ben ik ruim op tijd voor de koffie. Vorige keer
stond ik anderhalf uur stil bij Arnhem vanwege een koe op het spoor; dat hoop ik niet nog eens mee te
maken.

Tot donderdag,
Pieter

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d82-rsvp-04",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjolein Fennema <m.fennema@wo-oststellingwerf.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """\
Beste Stan en Melanie,

Vorige week liet ik weten dat ik op 11 maart niet kon vanwege een extra raadsvergadering over de
begroting. Die vergadering is inmiddels verplaatst: de fractievoorzitters konden het niet eens worden over
de datum, en uiteindelijk is het de week erna geworden.

Ik kom dus toch! Als er nog plaats is, uiteraard.

Het is hier overigens een roerige tijd. Een van onze wethouders dreigde vorige maand op te stappen, maar na
een goed gesprek in het café naast het gemeentehuis is de rust voorlopig teruggekeerd.

Met vriendelijke groet,
Marjolein Fennema
""",
    },
    {
        "id": "d82-rsvp-05",
        "kind": "rsvp",
        "attending": True,
        "sender": "Esther Bloemendaal <e.bloemendaal@werkorganisatie-hbw.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Goedemorgen,

Namens mevrouw Van Rijswijk laat ik u weten dat zij graag aanwezig is bij het atelier op 11 maart. Het
heeft even geduurd voordat ik het kon bevestigen: haar agenda voor die week was een puzzel van drie
colleges, een regionaal bestuurlijk overleg en een werkbezoek van de commissaris van de Koning. Dat
werkbezoek is inmiddels naar april geschoven, dus de middag is vrij.

Zij komt alleen, zonder gast.

Met vriendelijke groet,

Esther Bloemendaal
Directiesecretaresse
Werkorganisatie HBW
""",
    },
    {
        "id": "d82-rsvp-06",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rianne Jonker <r.jonker@werkorganisatie-dsv.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": """\
Beste Stan en Melanie,

Dank voor de uitnodiging. Dirk vertelde mij gisteren al dat hij mij had opgegeven; hij zit die week op een
congres in Lissabon, het zij hem gegund.

Ik kom graag in zijn plaats. Het is mijn eerste atelier, dus ik ben benieuwd. Dirk heeft me op het hart
gedrukt vooral veel vragen te stellen en weinig te praten, een advies dat ik juist van hem niet had
verwacht.

Mijn gast is onze teamleider publiekszaken, Hasan Yilmaz.

Met vriendelijke groet,
Rianne Jonker
Adjunct-directeur
""",
    },
    {
        "id": "d82-rsvp-07",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gert-Jan Beukema <gj.beukema@wo-drenthe-zuidoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": """\
Goedemiddag,

Ik moet u teleurstellen wat de onderwerpen betreft: ons MT zit midden in de voorbereiding van de kadernota
en mijn hoofd is leeg. Voor de vorm heb ik het nog aan mijn teamleiders gevraagd, maar die kwamen niet
verder dan 'de parkeerplaats' en 'betere koffie', en ik vermoed dat dat niet helemaal de bedoeling is.

Wel kan ik u zeggen dat ik op 11 maart van de partij ben.

Met vriendelijke groet,

Gert-Jan Beukema
""",
    },
    {
        "id": "d82-rsvp-08",
        "kind": "rsvp",
        "attending": True,
        "sender": "Leonie Brouwer <leonie.brouwer@odr-werkorganisatie.nl>",
        "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """\
Hoi Melanie, mijn antwoorden staan hieronder tussen je tekst.

> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur

Goed gekozen, de donderdagmiddag is bij ons vergaderluw sinds de nieuwe afspraken met de colleges.

> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?

Bij ons zijn het er maar drie, maar ook dat is al een kunst. Vorige week nog een wethouder die boos was
omdat zijn dorp niet in de nieuwsbrief stond.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Ja, ik kom.

> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

Nee, alleen.

Groetjes,
Leonie
""",
    },
    {
        "id": "d82-rsvp-09",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjen Wassink <a.wassink@werkorganisatie-bl.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """\
Beste Stan,

Wat jammer, juist dit onderwerp! Maar op 11 maart zit ik met mijn dochter in Japan. Ze studeert daar een
half jaar en we hebben al maanden geleden afgesproken dat ik haar in de tijd van de kersenbloesem zou
opzoeken. Dat kan ik niet meer afzeggen, en eerlijk gezegd wil ik dat ook niet.

Ik kan er dus helaas niet bij zijn. Ik lees het verslag met belangstelling.

Tot een volgende keer,
Arjen Wassink
""",
    },
    {
        "id": "d82-rsvp-10",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Theunissen <y.theunissen@wo-peelland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Melanie,

Het wordt zoals zo vaak een kwestie van kiezen. Op 11 maart vergadert het algemeen bestuur van onze
gemeenschappelijke regeling en daar moet ik als secretaris bij zijn. Ik kom dus zelf niet.

Wel stuur ik graag mijn collega Bas Hermans in mijn plaats; hij is onze programmamanager samenwerking en
heeft het onderwerp van het atelier ook echt in zijn portefeuille. Zijn e-mailadres is
b.hermans@wo-peelland.nl.

Dank alvast en de hartelijke groeten, ook aan Stan. We hebben nog steeds plezier van de tip over de
intervisiemethode uit het vorige atelier.

Yvonne Theunissen
""",
    },
    {
        "id": "d82-rsvp-11",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kasper van Os <kasper.vanos@wo-kromme-rijn.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": """\
Hoi,

Helaas, ik kan niet. Sinds het weekend ligt het halve gezin plat met griep, en nu heb ik het zelf ook te
pakken. Ik ga jullie geen virus cadeau doen.

Geef mijn plaats maar aan iemand van de wachtlijst. Ik had me er erg op verheugd, vooral omdat ik bij het
vorige atelier moest afhaken vanwege een crisis met onze buitendienst.

Groet,
Kasper
""",
    },
    {
        "id": "d82-rsvp-12",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hennie Reinders <h.reinders@gr-noordtwente.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": """\
Beste secretariaat,

Ik zag dat het atelier verschoven is naar 18 maart. Dat is voor mij helaas een slechte datum: op die dag
hebben wij de jaarlijkse personeelsdag, die ik als directeur natuurlijk open. Dit jaar is het thema
'Samen sterker', wat in een fusieorganisatie altijd een beetje ironisch klinkt, maar de medewerkers kijken
er naar uit.

Ik moet mij dus afmelden voor het atelier. Jammer, want het Provinciehuis is voor mij dichtbij.

Met vriendelijke groet,
Hennie Reinders
""",
    },
    {
        "id": "d82-rsvp-13",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sabine Lodewijks <s.lodewijks@woudstad-wo.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": """\
Dank voor het bericht. Laat de wachtlijst maar zitten: ik heb inmiddels een andere afspraak op die middag
gemaakt, want ik ging ervan uit dat het toch niet zou lukken. Geef de plek gerust aan een ander als er iets
vrijkomt.

Hier is de lente al begonnen; de krokussen bij het gemeentehuis staan in bloei en de eerste collega's
lunchen weer buiten.

Groet,
Sabine
""",
    },
    {
        "id": "d82-rsvp-14",
        "kind": "rsvp",
        "attending": False,
        "sender": "Stefan Grootveld <s.grootveld@wo-hofland.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": """\
Beste Stan,

Het is hier politiek onrustig. Vorige week wilde een van onze wethouders uit de coalitie stappen, en de
hele week stond in het teken van crisisoverleg, fractieberaad en nachtelijke telefoontjes. Het is
voorlopig gesust, maar de komende weken wil ik dicht bij huis blijven.

Daarom kom ik niet naar het atelier op 11 maart. Ik blijf uiteraard wel lid; dit is een tijdelijke
situatie en ik hoop er de volgende keer weer bij te zijn.

Met vriendelijke groet,

Stefan Grootveld
Directeur Werkorganisatie Hofland
""",
    },
    {
        "id": "d82-rsvp-15",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carla Vermeulen <c.vermeulen@wo-alblasserwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": """\
Dag Stan en Melanie,

Eerst nog hartelijk dank voor het vorige atelier. Ik heb er weken over nagepraat met mijn MT, en de
vergelijking die iemand maakte tussen een werkorganisatie en een appartementencomplex met vier
verenigingen van eigenaren gebruik ik inmiddels in elke presentatie.

Nee helaas, deze keer kan ik niet: op 11 maart heb ik mijn jaargesprek met het bestuur, en die datum
hebben we al drie keer verschoven.

Hartelijke groet,
Carla Vermeulen
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d82-suggestion-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Johan Veldkamp <j.veldkamp@werkorganisatie-soz.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """\
Beste Stan en Melanie,

Dank voor de oproep. Wat gaat de tijd snel; het lijkt gisteren dat we in Utrecht bijeen waren. Bij ons is
er sinds dat atelier veel gebeurd. We hebben een nieuwe concerncontroller, de verhuizing van de
buitendienst naar het nieuwe depot is achter de rug en de ondernemingsraad heeft na een jaar eindelijk weer
een voltallige bezetting.

Het onderwerp dat mij bezighoudt: hoe houd je de raden van vijf deelnemende gemeenten betrokken bij
gezamenlijke opgaven als woningbouw en energie, terwijl iedere raad vooral naar het eigen dorp kijkt? Ik
zou daar graag met collega's over sparren.

Verder wens ik jullie een mooie voorbereiding. Het weer zit in elk geval mee: vanochtend stonden de eerste
lammetjes in de wei achter het gemeentehuis.

Hartelijke groet,
Johan Veldkamp
""",
    },
    {
        "id": "d82-suggestion-02",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Femke Albers <f.albers@ao-rijnmond-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """\
Hallo allebei,

Ik heb even nagedacht over jullie vraag, en dat ging het best tijdens de lange wandeling die ik zondag langs
de Lek maakte. Het was bijna lenteweer, dus half Nederland liep er.

Mijn onderwerp: hoe zet je een koers voor de werkorganisatie uit voor de komende tien jaar, als de colleges
maar vier jaar vooruitkijken? Wij willen een langetermijnvisie opstellen, maar lopen steeds tegen de vraag
aan wie daar eigenaar van is.

Verder nog een compliment voor de organisatie van het vorige atelier, de middag vloog om.

Groet,
Femke
""",
    },
    {
        "id": "d82-suggestion-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ronald Oudshoorn <r.oudshoorn@samenwerkingsorganisatie-bhw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": """\
Goedemiddag,

Ik zit hier op het terras van een hotel in Oostenrijk (skivakantie met de kinderen, die mij inmiddels ver
voorbij suizen) en las tussen twee afdalingen door jullie oproep.

Een onderwerp dat bij ons hoog op de agenda staat: de inzet van AI en automatisering in de werkprocessen
van de backoffice. Wij experimenteren ermee en lopen aan tegen vragen over formatie, informatiebeveiliging
en de rol van onze I&A-afdeling. Ik ben benieuwd hoe anderen dat aanpakken.

Vanaf volgende week ben ik weer op kantoor.

Ronald

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d82-suggestion-04",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ellen Timmer <e.timmer@wo-kempenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": """\
Beste secretariaat,

Allereerst dank voor het snelle toezenden van het verslag van vorige keer. Ik heb het met plezier gelezen
tijdens een wat al te lange treinreis naar Den Haag.

Bij ons is het afgelopen half jaar veel veranderd. We hebben de vier gemeentewinkels vervangen door één
digitaal loket en een mobiele balie die op vaste dagen de kernen langsgaat. Inwoners zijn positief, de
raden iets minder, want die missen 'hun' balie.

Mijn onderwerp voor het atelier: hoe organiseer je dienstverlening dicht bij inwoners en ondernemers in de
kernen, als de werkorganisatie steeds centraler werkt? En hoe meet je of inwoners er werkelijk op
vooruitgaan?

Met vriendelijke groet,
Ellen Timmer
""",
    },
    {
        "id": "d82-suggestion-05",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Mohamed Ait Taleb <m.aittaleb@wo-zaanstreek-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": """\
Beste Stan en Melanie,

Wat fijn om weer van jullie te horen. We hebben net een week achter de rug waarin alles tegelijk gebeurde:
de accountantscontrole, een storing in het telefoniesysteem en de verkiezing van een nieuwe
OR-voorzitter. Gelukkig is alles goed gekomen.

Ik wil graag het volgende onderwerp aandragen:
- de overstap naar één zaaksysteem voor de drie gemeenten: hoe richt je de werkprocessen en de
  I&A-organisatie daarop in, en hoe zorg je dat inwoners er direct iets van merken, bijvoorbeeld doordat
  ze online kunnen volgen waar hun aanvraag staat?

Hartelijke groet,
Mohamed Ait Taleb
Directeur
""",
    },
    {
        "id": "d82-suggestion-06",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wendy Brink <w.brink@gr-lingewaal-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": """\
Hoi Stan en Melanie,

Wat een middag was dat! Ik ben op de terugweg in de trein nog een uur blijven napraten met de collega uit
Steenwijk, en we hebben afgesproken dat we binnenkort bij elkaar op bezoek gaan.

Voor het volgende atelier heb ik een onderwerp: het behouden en binden van jonge medewerkers. Bij ons
vertrekt bijna de helft van de starters binnen twee jaar naar een grotere gemeente of naar het Rijk, en we
komen er niet uit hoe we dat als kleine werkorganisatie kunnen keren.

Dank nogmaals en tot de volgende keer,
Wendy
""",
    },
    {
        "id": "d82-suggestion-07",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Laurens Bakker <l.bakker@ao-wmd.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": """\
Beste Melanie,

Dank voor de bevestiging. Ik zag dat jullie mijn twee onderwerpen goed hebben genoteerd.

Sinds mijn vorige mail is er bij ons bestuurlijk het nodige gebeurd: in een van onze gemeenten is na een
bestuurscrisis een nieuw college aangetreden, met heel andere ideeën dan het vorige. Daardoor kwam er nog
een derde onderwerp bij mij op, dat ik graag toevoeg: hoe houd je als werkorganisatie vast aan een
meerjarige inhoudelijke agenda wanneer een nieuw college de bestuurlijke prioriteiten omgooit?

Met vriendelijke groet,
Laurens Bakker
""",
    },
    {
        "id": "d82-suggestion-08",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anton Zijlstra <a.zijlstra@wo-westerkwartier-noord.nl>",
        "thread": "call_for_themes",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """\
Beste Stan,

> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's
> bespreken?

Goede vraag, waar ik de afgelopen week van wakker lag. Figuurlijk dan, want ik slaap uitstekend sinds we
geen nachtelijke raadsvergaderingen meer hebben.

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;

Hier zit het voor ons. Mijn onderwerp: de positie van onze werkorganisatie in de regio, nu de grote
centrumgemeente naast ons steeds meer naar zich toe trekt in de regiodeal. Hoe voorkom je dat je als
kleinere samenwerking wordt weggedrukt?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Bij deze dus ruim op tijd. Voor het eerst in mijn leven.

Groet,
Anton
""",
    },
    {
        "id": "d82-suggestion-09",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gerda Huisman <g.huisman@wo-veenkolonien.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": """\
Geacht secretariaat,

Uw oproep bereikte mij op de dag dat onze begroting door de provincie onder preventief toezicht werd
gesteld. U begrijpt dat de stemming hier niet opperbest is. Toch wil ik graag een onderwerp aandragen,
juist vanwege die situatie:

Sturen op de formatie bij een krappe begroting: hoe maak je keuzes in functies en taken zonder dat de
werkorganisatie uitholt?

Met vriendelijke groet,

G. Huisman
algemeen directeur
""",
    },
    {
        "id": "d82-suggestion-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Paul Timmermans <p.timmermans@wo-maasland-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": """\
Dag Stan en Melanie,

Dank voor de oproep. Ik heb net een week Texel achter de rug, met veel wind en nog meer schapen, en ben
met frisse zin weer aan de slag gegaan.

Mijn suggestie: het monitoren van de prestaties van onze dienstverlening. Wij willen per gemeente
zichtbaar maken hoe snel en hoe goed we inwoners en ondernemers helpen, maar elk college wil andere
cijfers zien. Hoe doen anderen dat, en wat doe je met een dashboard dat niemand leest?

Groeten,
Paul Timmermans
""",
    },
    {
        "id": "d82-suggestion-11",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Hester van Leeuwen <h.vanleeuwen@wo-gooi-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Melanie,

Dank voor het verslag. Het atelier heeft mij zo aan het denken gezet dat ik me vorige week heb
ingeschreven voor een leergang publiek leiderschap. Ik ben benieuwd of ik daar in een jaar net zo veel
leer als in één middag met collega's.

Voor het volgende atelier wil ik graag voorstellen: de toekomst van de werkorganisatie op de lange
termijn. Wij bestaan nu acht jaar en het gesprek gaat steeds vaker over de vraag waar we over tien jaar
willen staan. Hoe houd je zo'n langetermijnvisie levend?

Met vriendelijke groet,
Hester van Leeuwen
""",
    },
    {
        "id": "d82-suggestion-12",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Rob Kuijpers <r.kuijpers@wo-bergen-heide.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """\
Goedemorgen,

Mijn secretariaat stuurde mij de oproep door, want het oorspronkelijke bericht was in mijn spamfolder
terechtgekomen. Ons nieuwe mailfilter is erg ijverig; vorige week hield het ook de uitnodiging voor de
nieuwjaarsreceptie van de burgemeester tegen.

Een onderwerp dat ik graag wil bespreken: de gezamenlijke uitvoering van taken in het sociaal domein met
de gemeenten in de buurregio. Wij zitten nu in drie verschillende samenwerkingsverbanden, elk met een eigen
bestuur, en de deelnemende gemeenten hebben er elk andere belangen bij.

Hartelijke groet,
Rob Kuijpers
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d82-autoreply-01",
        "kind": "autoreply",
        "sender": "Anne-Fleur Dijkman <af.dijkman@wo-berkelland-oost.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """\
Beste afzender,

Dank voor uw bericht. Ik geniet op dit moment van een paar weken zon in de Provence en lees mijn mail niet.
Vanaf maandag 8 maart ben ik weer op kantoor, uitgerust en hopelijk wat bruiner.

Voor dringende zaken kunt u contact opnemen met mijn managementassistent, Gonny Zwart, via
g.zwart@wo-berkelland-oost.nl of 0573 - 29 11 00. Zij weet mij te vinden als het echt niet anders kan.

Met vriendelijke groet,
Anne-Fleur Dijkman
Directeur Werkorganisatie Berkelland-Oost
""",
    },
    {
        "id": "d82-autoreply-02",
        "kind": "autoreply",
        "sender": "Jos Maas <j.maas@wo-duinstreek.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": AUTO,
        "body": """\
Dit is een automatisch bericht.

De heer J. Maas is per 1 januari 2027 niet meer in dienst van Werkorganisatie Duinstreek. Uw e-mail is
niet doorgestuurd en wordt niet gelezen.

Per dezelfde datum is de werkorganisatie samengegaan met de omgevingsdienst tot de nieuwe organisatie
Duin en Polder. Voor zaken die de directie betreffen kunt u zich wenden tot directie@duinenpolder.nl.
Voor algemene vragen: 14 0252.

Dank voor uw begrip.
""",
    },
    {
        "id": "d82-autoreply-03",
        "kind": "autoreply",
        "sender": "Tessa Groen <t.groen@wo-noord-veluwe.nl>",
        "thread": "reminder",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": """\
Hallo,

Ik ben tot en met 30 april met zwangerschaps- en bevallingsverlof. Onze zoon is op 2 februari geboren en
houdt ons aardig bezig, dus ik lees mijn mail niet.

Tijdens mijn afwezigheid neemt Martijn de Boer (m.deboer@wo-noord-veluwe.nl) mijn taken als directeur
waar.

Hartelijke groet,
Tessa Groen
""",
    },
    {
        "id": "d82-autoreply-04",
        "kind": "autoreply",
        "sender": "Michael Janssen <m.janssen@wo-heuvelrug-zuid.nl>",
        "thread": "invitation",
        "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                   "& eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """\
Bedankt voor uw e-mail. Ik ben van 1 tot en met 12 maart afwezig in verband met een werkbezoek aan onze
partnerstad in Zweden, waar we kijken hoe zij hun gemeentelijke samenwerking hebben ingericht. Ik heb
beperkt toegang tot mijn e-mail.

Thank you for your message. I am out of the office from 1 to 12 March on a working visit to our twin town
in Sweden. I will have limited access to e-mail.

Voor dringende zaken / for urgent matters: directiesecretariaat@wo-heuvelrug-zuid.nl

Michael Janssen
""",
    },
    {
        "id": "d82-autoreply-05",
        "kind": "autoreply",
        "sender": "Sjoerd Hofman <s.hofman@wo-ijsselgemeenten.nl>",
        "thread": "confirmation",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": AUTO,
        "body": """\
Goedendag,

Wij zijn verhuisd! Vanaf 15 februari zit de werkorganisatie in het vernieuwde stadskantoor aan de
Kerkstraat 12. Door de verhuizing ben ik tot en met 19 februari beperkt bereikbaar en reageer ik later dan
u van mij gewend bent.

Uw bericht wordt na mijn terugkeer in behandeling genomen.

Met vriendelijke groet,
Sjoerd Hofman
Directeur
""",
    },
    {
        "id": "d82-autoreply-06",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Werkorganisatie Maasduinen <info@wo-maasduinen.nl>",
        "thread": "call_for_themes",
        "subject": "Uw bericht is ontvangen [ZK-2027-004381]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """\
Geachte heer/mevrouw,

Hartelijk dank voor uw bericht aan Werkorganisatie Maasduinen. Wij hebben uw e-mail in goede orde
ontvangen en geregistreerd onder zaaknummer ZK-2027-004381.

Wij streven ernaar uw bericht binnen vijf werkdagen te beantwoorden. Is uw vraag dringend? Bel dan met ons
Klantcontactcentrum via 14 0485, op werkdagen van 8.30 tot 17.00 uur.

Wist u dat u veel zaken ook online kunt regelen? Kijk op www.wo-maasduinen.nl/loket.

Met vriendelijke groet,

Klantcontactcentrum Werkorganisatie Maasduinen

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.
""",
    },
    {
        "id": "d82-autoreply-07",
        "kind": "autoreply",
        "sender": "Ingeborg Pals <i.pals@wo-nederbetuwe-west.nl>",
        "thread": "reminder",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": AUTO,
        "body": """\
Dank voor uw bericht.

Van woensdag 10 tot en met vrijdag 19 maart ben ik niet op kantoor. Ik ben eerst een dag bij een
bijeenkomst van collega-directeuren in Utrecht en neem daarna een week vrij om met mijn broer de Veluwe
rond te fietsen, zonder laptop.

Uw e-mail wordt niet doorgestuurd. Voor zaken die niet kunnen wachten: bel het directiesecretariaat,
0488 - 46 46 00.

Ingeborg Pals
""",
    },
    {
        "id": "d82-autoreply-08",
        "kind": "autoreply",
        "sender": "Diederik Smits <diederik.smits@gmail.com>",
        "thread": "welcome",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": AUTO,
        "body": """\
Buen Camino!
Tot en met 3 april loop ik het laatste stuk naar Santiago de Compostela, zonder bereik en zonder e-mail.
Na mijn terugkeer neem ik contact met u op, al kan dat even duren met een paar duizend wachtende berichten.
Hartelijke groet,
Diederik Smits
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d82-other-01",
        "kind": "other",
        "sender": "Roel Westerveld <r.westerveld@wo-krimpenerwaard-noord.nl>",
        "subject": "Even bijpraten en een vraag",
        "body": """\
Beste Stan,

Het is alweer een tijd geleden, dus eerst wat nieuws. Vorige maand wilde onze wethouder financiën uit de
coalitie stappen vanwege de bezuinigingen op de bibliotheken. Het is uiteindelijk bij dreigen gebleven,
maar het heeft de verhoudingen in het college geen goed gedaan. Tegelijk heeft mijn concernmanager
ontslag genomen, dus ik zit zonder rechterhand.

Nu mijn vraag: heeft het netwerk ervaring met, of contacten voor, een goede interim-concernmanager die een
werkorganisatie van drie gemeenten kent? Ik zoek iemand voor een half jaar, die rust brengt en niet meteen
alles wil veranderen.

Alvast dank, en groeten aan Melanie.

Roel Westerveld
""",
    },
    {
        "id": "d82-other-02",
        "kind": "other",
        "sender": "Ilona Kramer <i.kramer@wo-zuidplas-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": """\
Hoi Melanie,

Wat een week! Gisteravond heeft de raad na een marathonvergadering van zeven uur de gewijzigde begroting
bevestigd. Ik was om half twee thuis en heb vanochtend op de bank ontbeten.

Een praktische vraag over het atelier: kan ik bij het Stadskantoor parkeren, of moet ik uitwijken naar een
garage? Ik kom uit een hoek van het land waar treinen een zeldzaamheid zijn.

Groetjes,
Ilona
""",
    },
    {
        "id": "d82-other-03",
        "kind": "other",
        "sender": "Maarten Visscher <m.visscher@gr-drechtoevers.nl>",
        "subject": "Verslag gemist",
        "body": """\
Beste secretariaat,

Ik heb het laatste atelier helaas gemist. Ik had me maanden geleden ingeschreven voor een cursus
onderhandelen bij de Bestuursacademie, en die viel precies op dezelfde dag. Achteraf had ik liever bij
jullie gezeten: de cursusleider was vooral goed in anekdotes over zichzelf.

Collega's vertelden dat er een verslag is verschenen, maar ik kan het niet vinden; de link in de mail die
ik doorgestuurd kreeg geeft bij mij een foutmelding. Kunnen jullie het mij toesturen?

Met vriendelijke groet,
Maarten Visscher
""",
    },
    {
        "id": "d82-other-04",
        "kind": "other",
        "sender": "Yasmina Cherif <y.cherif@wo-goeree-west.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": """\
Beste Stan,

Dank voor de herinnering. Het atelier staat al weken in mijn agenda.

Een vraag vooraf: worden de presentaties achteraf gedeeld? Ik wil er graag een deel van gebruiken in een
sessie met ons MT. Die sessie plan ik op vrijdag de 12e, want dan ben ik niet bij de raad: de
raadsvergadering van die week is geschrapt omdat er te weinig agendapunten waren, een unicum.

Groet,
Yasmina Cherif
""",
    },
    {
        "id": "d82-other-05",
        "kind": "other",
        "sender": "Gonnie Lammers <g.lammers@wo-aa-en-hunze-oost.nl>",
        "subject": "Vertrek directeur",
        "body": """\
Geachte heer, mevrouw,

Graag laat ik u weten dat onze directeur, de heer Bram Kuipers, per 1 maart onze organisatie heeft
verlaten. Hij is benoemd tot gemeentesecretaris elders in de provincie, en we hebben vorige week op
passende wijze afscheid van hem genomen, met een lied van de personeelsvereniging dat ik u zal besparen.

Er is nog geen opvolger benoemd; tot die tijd is mevrouw Joke Hamming waarnemend directeur. Ik weet niet
hoe u dit in uw administratie verwerkt, dus ik laat het aan u over.

Met vriendelijke groet,

Gonnie Lammers
Directiesecretaresse
""",
    },
    {
        "id": "d82-other-06",
        "kind": "other",
        "sender": "Ruben Sietsma <r.sietsma@gr-noardeast.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Goedemiddag,

Deze uitnodiging kwam binnen in de mailbox van mijn voorganger, Anja Dijkstra, die sinds januari met
pensioen is. Ik loop als waarnemend directeur haar mail door en stuit op van alles: van nieuwjaarswensen
van leveranciers tot een uitnodiging voor een golftoernooi.

Mevrouw Dijkstra is dus vertrokken. Ik ben zelf nog geen lid en weet ook nog niet hoe lang ik deze functie
blijf vervullen; de werving voor een vaste directeur loopt.

Met vriendelijke groet,
Ruben Sietsma
waarnemend directeur
""",
    },
    {
        "id": "d82-other-07",
        "kind": "other",
        "sender": "Evelien Mol <e.mol@wo-bommelerwaard-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": """\
Beste Stan en Melanie,

Wat een fijne middag was het. Ik had vooraf mijn twijfels (weer een bijeenkomst, dacht ik, terwijl mijn
bureau vol ligt) maar ik ging met meer energie naar huis dan ik kwam. Het gesprek met de collega uit de
Hoeksche Waard over het loslaten van de eigen gemeentelijke cultuur blijft me bij.

Ook dank voor het verslag, dat de toon van de middag mooi vangt. Ik heb het doorgestuurd naar mijn MT met
de opmerking 'lezen!'.

Ik heb op dit moment geen nieuwe onderwerpen, maar ik weet jullie te vinden.

Hartelijke groet,
Evelien
""",
    },
    {
        "id": "d82-other-08",
        "kind": "other",
        "sender": "Frits Nauta <f.nauta@wo-smallingerland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """\
Beste Stan en Melanie,

Dank voor de uitnodiging om mee te denken. Geen inhoudelijk onderwerp van mijn kant, wel een verzoek over
de vorm. De ateliers zijn altijd in Utrecht, en voor ons in het noorden betekent dat vijf uur reistijd voor
een middag. Zou het een idee zijn om het atelier af en toe in het noorden of oosten te houden, of een deel
van de middag hybride te organiseren?

Het is geen klacht hoor, ik kom altijd met plezier, en de treinreis is een mooie gelegenheid om eindelijk
eens een boek uit te lezen.

Groet,
Frits Nauta
""",
    },
    {
        "id": "d82-other-09",
        "kind": "other",
        "sender": "Annemiek Huijbregts <a.huijbregts@wo-altena-land.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """\
Beste secretariaat,

Wat een mooi thema, en wat fijn dat het weer in maart is: dan is het nog niet zo druk met de voorjaarsnota.

Ik wil graag komen, maar ik moet om 15.30 uur weg voor een bestuurlijk overleg in Breda dat niet te
verzetten is. Is het mogelijk om het tweede deel van de middag online te volgen via Teams, of heeft dat
geen zin bij deze werkvorm? Laat u mij weten wat u adviseert, dan hoort u definitief of ik kom.

Met vriendelijke groet,
Annemiek Huijbregts
""",
    },
    {
        "id": "d82-other-10",
        "kind": "other",
        "sender": "Gerard Pronk <g.pronk@wo-zeeuws-vlaanderen-west.nl>",
        "subject": "Toekomst van het netwerk?",
        "body": """\
Beste Stan en Melanie,

Ik hoorde op de regiodag een gerucht dat de ateliers voortaan alleen nog in de Randstad worden gehouden en
dat de online deelname vervalt. Klopt dat?

Als dat zo is, dan ga ik mij afmelden: vanuit Zeeuws-Vlaanderen is een middag Utrecht al snel een hele
dag, en dat is tegenover mijn bestuur niet te verantwoorden. Ik hoop natuurlijk dat het gerucht niet
klopt, want ik ben graag lid.

Het weer hier is overigens prachtig, mocht u een dagje zee overwegen.

Met vriendelijke groet,
Gerard Pronk
""",
    },
    {
        "id": "d82-other-11",
        "kind": "other",
        "sender": "Karin Oostveen <k.oostveen@wo-west-betuwe.nl>",
        "subject": "Inzageverzoek",
        "body": """\
Goedemorgen,

Vorige week heb ik met het voltallige MT een training over de AVG gevolgd. Een van de opdrachten was om
bij drie organisaties na te gaan welke persoonsgegevens ze van je bewaren. Ik heb jullie uitgekozen, omdat
ik verwacht dat het bij jullie wel goed zit (de andere twee zijn een sportschool en een webwinkel, daar
heb ik minder vertrouwen in).

Wilt u mij een overzicht sturen van de gegevens die u van mij hebt vastgelegd? Ik wil niet dat u iets
verwijdert, ik ben gewoon benieuwd.

Met vriendelijke groet,
Karin Oostveen
""",
    },
    {
        "id": "d82-other-12",
        "kind": "other",
        "sender": "Hans Evers <h.evers@wo-cuijk-noord.nl>",
        "subject": "Adviesraad",
        "body": """\
Beste Stan en Melanie,

Na vier jaar lidmaatschap en vijf ateliers heb ik het gevoel dat ik iets terug wil doen voor het netwerk.
Bij het laatste atelier hoorde ik dat er in de Adviesraad een plek vrijkomt, nu Wilma Terhorst vertrekt.

Graag stel ik mij daarvoor kandidaat. Ik ben nu zes jaar directeur van onze werkorganisatie, heb de
uitbreiding van twee naar vier gemeenten begeleid en zit in de landelijke werkgroep sturingsconcepten.

Laat maar weten wat de procedure is. Ik lever desgewenst een cv aan.

Met vriendelijke groet,
Hans Evers
""",
    },
    {
        "id": "d82-other-13",
        "kind": "other",
        "sender": "Vincent Hoorn <vincent@hoorn-organisatieadvies.nl>",
        "subject": "Kennismaking",
        "body": """\
Beste Stan en Melanie,

Ik was als gast van een van jullie leden aanwezig bij het atelier van afgelopen najaar en ben nog steeds
onder de indruk van de openheid waarmee de directeuren met elkaar spraken. Dat zie je niet vaak.

Mijn bureau begeleidt al jaren ambtelijke fusies, van verkenning tot evaluatie. Wij hebben onlangs een
methode ontwikkeld om de couleur locale meetbaar te maken, die goed zou aansluiten bij jullie volgende
atelier. Ik verzorg graag kosteloos een korte inleiding.

Zullen we eens een kop koffie drinken? Ik ben de komende weken flexibel.

Met vriendelijke groet,
Vincent Hoorn
Hoorn Organisatieadvies
""",
    },
    {
        "id": "d82-other-14",
        "kind": "other",
        "sender": "Lydia Boersma <l.boersma@gr-regio-noordwest.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": """\
Goedemiddag,

Ik ben directeur van een gemeenschappelijke regeling voor belastingen en ICT, waarin zeven gemeenten
samenwerken. Strikt genomen zijn wij geen ambtelijke fusieorganisatie: de gemeenten hebben elk hun eigen
ambtelijk apparaat, wij voeren alleen een paar taken voor hen uit.

Toch herken ik veel van de thema's die in uw ateliers aan bod komen, met name de spanning tussen eigenheid
en samenwerking. Mag ik lid worden van het netwerk, of is het uitsluitend bedoeld voor directeuren van
volledige fusieorganisaties?

Met vriendelijke groet,
Lydia Boersma
""",
    },
    {
        "id": "d82-other-15",
        "kind": "other",
        "sender": "Ad Schellekens <a.schellekens@wo-beerzedal.nl>",
        "subject": "Aanmelding MT-leden",
        "body": """\
Beste Stan,

Het vorige atelier heeft bij ons zoveel losgemaakt dat ik mijn MT graag ook laat aansluiten. Ik heb het er
op de heidag met hen over gehad, en alle drie waren meteen enthousiast.

Graag meld ik de volgende personen aan:
- Inge Vos, manager Ruimte, i.vos@wo-beerzedal.nl
- Koen Peeters, manager Sociaal Domein, k.peeters@wo-beerzedal.nl
- Sanne Lauwers, manager Bedrijfsvoering, s.lauwers@wo-beerzedal.nl

Zij zijn geen directeur, maar ik denk dat ze veel aan het netwerk hebben.

Groet,
Ad Schellekens
""",
    },
    {
        "id": "d82-other-16",
        "kind": "other",
        "sender": "Bernadette Kuiper <b.kuiper@wo-hogeland-west.nl>",
        "subject": "Nog een lid?",
        "body": """\
Beste Melanie,

Ik kom net terug van een weekje wintersport, waar ik met mijn been in het gips ben beland. Niet op de
piste, maar op het ijzige terras van het hotel. Het werk gaat gelukkig gewoon door, alleen iets langzamer.

Mijn plaatsvervanger, Hendrik, heeft de afgelopen weken veel van mijn werk overgenomen en raakte daardoor
ook geïnteresseerd in het netwerk. Hij wil graag lid worden. Zou je hem kunnen aanmelden?

Groetjes,
Bernadette
""",
    },
    {
        "id": "d82-other-17",
        "kind": "other",
        "sender": "Peter-Paul Rietveld <pp.rietveld@wo-lingeland.nl>",
        "subject": "Nieuw e-mailadres per 1 januari",
        "body": """\
Beste secretariaat,

Na een lange voorbereiding gaan onze werkorganisatie en die van de buurgemeente per 1 januari samen in
één nieuwe organisatie, die de naam Lingestroom krijgt. Het heeft de nodige discussie gekost (een van de
raden wilde per se het woord 'Betuwe' in de naam), maar nu ligt er een besluit.

Voor u betekent dit alleen dat mijn e-mailadres verandert. Vanaf 1 januari ben ik bereikbaar op
pp.rietveld@lingestroom.nl; het oude adres vervalt per die datum. Wilt u dit in uw ledenbestand aanpassen?

Met vriendelijke groet,
Peter-Paul Rietveld
Directeur
""",
    },
    {
        "id": "d82-other-18",
        "kind": "other",
        "sender": "Wim Dijkhuizen <w.dijkhuizen@wo-vallei-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": """\
Goedemorgen,

Ik ontving vanochtend onderstaande mail. Ik heb mij niet aangemeld en ken het netwerk ook niet. Ik ben
directeur, dat klopt, maar ik word de laatste tijd overspoeld met uitnodigingen voor congressen,
leergangen en webinars die ik niet heb aangevraagd, en ik ben er wat argwanend van geworden.

Hoe bent u aan mijn e-mailadres gekomen, en wie heeft mij aangemeld?

Met vriendelijke groet,
Wim Dijkhuizen
""",
    },
    {
        "id": "d82-other-19",
        "kind": "other",
        "sender": "Jacqueline Smulders <j.smulders@wo-dongen-gilze.nl>",
        "subject": "Atelier 11 maart",
        "body": """\
Goedemiddag,

Namens de heer Van Gestel laat ik u weten dat hij graag aanwezig is bij het Leer- en inspireer-atelier op
11 maart. Hij heeft de uitnodiging zelf niet ontvangen (vermoedelijk is die in een filter blijven hangen,
want we hebben in januari een nieuw mailsysteem gekregen), maar hoorde ervan via een collega.

Hij neemt geen gast mee.

Met vriendelijke groet,

Jacqueline Smulders
Secretariaat directie
""",
    },
    {
        "id": "d82-other-20",
        "kind": "other",
        "sender": "Nicole Timmers <n.timmers@wo-heerde-epe.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Stan en Melanie,

Wat jammer dat het atelier niet doorgaat. Ik had mijn agenda er speciaal voor vrijgemaakt en zelfs een
overleg met de accountant verschoven, wat bij ons ongeveer gelijkstaat aan het verzetten van een
kerkdienst.

Ik begrijp dat er omstandigheden zijn. Succes met het zoeken naar een nieuwe datum; ik hoop dat het nog voor
de zomer lukt, want daarna begint hier de begrotingscyclus weer.

Hartelijke groet,
Nicole Timmers
""",
    },
    {
        "id": "d82-other-21",
        "kind": "other",
        "sender": "Ahmed Ouali <a.ouali@wo-liemers-zuid.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": """\
Dank voor het warme welkom!

Ik ben benieuwd naar het eerste atelier. Mijn voorganger vertelde me dat het de enige bijeenkomst was
waar hij nooit stiekem zijn mail las, en dat is van hem een groot compliment.

Leuke bijkomstigheid: de eerste persoon die ik op mijn eerste werkdag hier tegenkwam, bleek mijn oude
buurjongen uit Nijmegen te zijn. Hij werkt al twintig jaar bij de buitendienst. Nederland blijft een
dorp.

Groet,
Ahmed

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d82-other-22",
        "kind": "other",
        "sender": "Saskia Wijnands <s.wijnands@wo-maasgouw-noord.nl>",
        "subject": "Terugblik atelier",
        "body": """\
Beste Stan en Melanie,

Even een terugkoppeling over het atelier van vorige week, in alle vriendelijkheid. Inhoudelijk was het
weer sterk: de casus uit Noord-Holland heeft me echt aan het denken gezet.

Maar de zaal was veel te warm, de airco deed het niet, en de koffie kwam pas na drie kwartier. Twee
collega's aan mijn tafel zijn in de pauze naar buiten gevlucht en niet meer teruggekomen. Misschien goed
om dat met de locatie op te nemen voor een volgende keer.

Verder: complimenten voor de gespreksleider, die kreeg het voor elkaar dat iedereen aan het woord kwam.

Met hartelijke groet,
Saskia Wijnands
""",
    },
    {
        "id": "d82-other-23",
        "kind": "other",
        "sender": "Bert Lubbers <b.lubbers@wo-hof-van-twente-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": """\
Beste secretariaat,

Dank voor de oproep. Dit keer heb ik geen onderwerp: wij zitten midden in een reorganisatie waarbij drie
afdelingen worden samengevoegd, en mijn hoofd zit vol met functieprofielen, plaatsingsprocedures en
gesprekken met de ondernemingsraad.

Ik ben wel benieuwd wat de collega's aandragen. Ik laat me verrassen.

Met vriendelijke groet,
Bert Lubbers
""",
    },
    {
        "id": "d82-other-24",
        "kind": "other",
        "sender": "Joost van Dam <j.vandam@gr-kromme-vecht.nl>",
        "subject": "Dubbele mails",
        "body": """\
Dag Stan en Melanie,

Ik ben de laatste tijd aan het opruimen in mijn mailbox. Ik heb me al afgemeld voor de nieuwsbrieven van
de VNG, Binnenlands Bestuur en twee adviesbureaus, en mijn inbox is er een stuk rustiger van geworden.

Jullie berichten wil ik juist blijven ontvangen, maar ze komen dubbel binnen: op mijn werkadres en op mijn
oude adres bij de gemeente, dat nog wordt doorgestuurd. Kunnen jullie dat oude adres
(j.vandam@kromme-vecht.nl) uit jullie bestand halen? Dan blijft alleen dit adres over.

Groet,
Joost van Dam
""",
    },
    {
        "id": "d82-other-25",
        "kind": "other",
        "sender": "Marieke Lindeboom <m.lindeboom@wo-molenlanden-oost.nl>",
        "subject": "Afspraak vrijdag",
        "body": """\
Hoi Stan,

Ik kom vrijdag helaas niet naar ons overleg over de Adviesraad. Ik zit die ochtend onverwacht bij de raad,
want de burgemeester heeft een extra informatiebijeenkomst over de nieuwe huisvesting ingelast.

Zou je mij volgende week even willen bellen om een nieuwe afspraak te maken? Dinsdag en woensdag kan ik de
hele dag.

Zonnige groet uit de Alblasserwaard (eindelijk, na weken grijs),
Marieke
""",
    },
    {
        "id": "d82-other-26",
        "kind": "other",
        "sender": "Daan Hoekstra <d.hoekstra@wo-noardwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """\
Beste Melanie,

Ja, ik kom graag, het onderwerp is me op het lijf geschreven.

Een vraag: sinds een ongeluk vorig jaar zit ik in een rolstoel. Is het Stadskantoor goed toegankelijk, en
is er een invalidenparkeerplaats in de buurt? Meestal is het geen probleem, maar ik ben eens op een congres
in Den Haag voor een wenteltrap gestrand, en dat wil ik graag voorkomen.

Verder gaat het goed, dank. Het werk leidt me heerlijk af.

Groet,
Daan Hoekstra
""",
    },
    {
        "id": "d82-other-27",
        "kind": "other",
        "sender": "Tineke Bosma <t.bosma@wo-waddeneilanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Stan en Melanie,

Dank voor de uitnodiging. Of ik kan komen, weet ik nog niet: de dienstregeling van de veerboot voor maart
is nog niet bekend, en als het stormt kom ik helemaal het eiland niet af. Wonen op een eiland heeft zijn
charmes, maar plannen hoort daar niet bij.

Ik laat het u zo snel mogelijk weten.

Met vriendelijke groet,
Tineke Bosma
""",
    },
    {
        "id": "d82-other-28",
        "kind": "other",
        "sender": "Hugo Meulenbelt <h.meulenbelt@wo-vechtstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": """\
Beste Stan,

Dank voor het netjes noteren. Ik ben benieuwd wat de Adviesraad ervan vindt; ik heb zo'n vermoeden dat
mijn collega's met vergelijkbare vragen zitten, zeker na de verkiezingen.

Bij ons schijnt eindelijk de zon na weken regen, en de stemming op kantoor is meteen een stuk beter. Ik
verwacht dat de productiviteit deze week met tien procent stijgt.

Groet,
Hugo Meulenbelt
""",
    },
    {
        "id": "d82-other-29",
        "kind": "other",
        "sender": "Anja Rozendaal <a.rozendaal@wo-veenweide.nl>",
        "subject": "Bewijs van deelname",
        "body": """\
Beste Melanie,

Allereerst dank voor het mooie atelier in het najaar. De middag over sturingsconcepten heeft bij ons direct
effect gehad: we hebben het aantal overleggen in het MT gehalveerd, tot vreugde van iedereen.

Ik heb een klein verzoek. Ik volg dit jaar een traject voor mijn registratie als organisatiecoach, en
daarvoor moet ik aantonen dat ik aan intervisie en kennisuitwisseling heb deelgenomen. Zouden jullie mij
een bewijs van deelname kunnen sturen voor de laatste twee ateliers?

Met vriendelijke groet,
Anja Rozendaal
""",
    },
    {
        "id": "d82-other-30",
        "kind": "other",
        "sender": "Liesbeth van Bommel <l.vanbommel@wo-rivierland-noord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": """\
Dank jullie wel voor de bevestiging, en voor alle mooie jaren. Het voelt vreemd om na acht jaar geen deel
meer uit te maken van het netwerk; het was een van de weinige plekken waar ik echt vrijuit kon praten over
wat er in een fusieorganisatie speelt.

Mijn laatste werkdag is vrijdag. Daarna ga ik eerst een paar maanden in de tuin werken (echt werken, met
een schop) en dan zien we wel verder.

Groeten aan iedereen, en misschien tot ziens in een andere rol.

Liesbeth
""",
    },
    {
        "id": "d82-other-31",
        "kind": "other",
        "sender": "Frans Kemper <f.kemper@wo-noord-limburg.nl>",
        "subject": "Gefeliciteerd!",
        "body": """\
Hoi Melanie,

Ik zag op LinkedIn dat je bent gepromoveerd! Wat een prestatie, naast al het werk voor het netwerk en je
eigen adviespraktijk. Ik heb de samenvatting van je proefschrift gelezen en herkende er veel in, vooral het
hoofdstuk over de rol van de ambtelijk opdrachtgever in een fusieorganisatie.

Mocht je er een keer een presentatie over geven, dan kom ik graag luisteren.

Hartelijke groet en nogmaals proficiat,
Frans
""",
    },
    {
        "id": "d82-other-32",
        "kind": "other",
        "sender": "Marjan de Haas <m.dehaas@wo-kroonland.nl>",
        "subject": "Uitnodiging: spreker op onze organisatiedag",
        "body": """\
Beste Stan en Melanie,

Op vrijdag 16 april organiseren wij onze jaarlijkse organisatiedag voor alle 450 medewerkers van de
werkorganisatie. Dit jaar staat de dag in het teken van ons vijfjarig bestaan, en we blikken terug op de
weg die we met de drie gemeenten hebben afgelegd.

Het zou ons een eer zijn als een van jullie een korte inleiding wil verzorgen over wat andere
fusieorganisaties in hun eerste vijf jaar meemaken. Twintig minuten, met ruimte voor vragen.

Willen jullie laten weten of jullie erbij kunnen zijn? Dan stuur ik de verdere details.

Met vriendelijke groet,
Marjan de Haas
directeur
""",
    },
]
# fmt: on
