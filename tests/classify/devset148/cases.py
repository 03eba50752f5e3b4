"""devset148: answers that change or qualify an earlier answer to the atelier.

Members, substitutes and assistants write back under the reminder, the change of date and place
(wijziging_atelier), the RSVP acknowledgement (the waiting list), the substitute's invitation, the invitation and
the cancellation: a yes turned into a no and a no back into a yes, coming later or leaving early, joining online
instead of in the room, a guest added, dropped or swapped, leaving the waiting list, a substitute named or
withdrawn. Beside them stand look-alikes the secretariat must read: a yes on a condition, questions about the new
date and place, complaints about the change or the waiting-list order, a "nee" that only answers the guest, an
assistant's forward, and a few stray confirmations, goodbyes, out-of-office replies and a bounce.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer, so "toch wel" is a yes and
  "toch niet" a no, also under the change, the acknowledgement or the reminder;
- a decline that keeps the membership, a decline with a named substitute, and a substitute withdrawing: `rsvp`
  False; declining and leaving the network in one mail: `unsubscribe`;
- a yes that states a fact (later, earlier away, online, one guest fewer or more) is an `rsvp`; a yes that hangs on
  an answer from the secretariat, or carries a real question beside it, is `other`;
- a "nee" about the guest alone, saying nothing about coming, is `other`;
- a mail an assistant forwards with a line above it is the assistant's new mail (`other`); an assistant answering
  in the thread is an `rsvp`;
- a topic proposed under any of our mails is a `suggestion`, with the themes of the topic;
- calendar answers to the updated appointment are `rsvp`; out-of-office replies `autoreply`, a DSN `bounce`,
  neither with a quote; "lid blijven" under our goodbye is `subscribe`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d148-001",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerrit-Jan Wolters <gj.wolters@werkorganisatie-amstelrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Helaas, het gaat me niet lukken. De raad heeft de voorjaarsnota naar donderdagmiddag
            getrokken en daar moet ik als directeur bij zitten. Geef mijn stoel gerust aan iemand van
            de wachtlijst.

            Met vriendelijke groet,
            Gerrit-Jan Wolters
            Algemeen directeur Werkorganisatie Amstelrand
            """
        ),
    },
    {
        "id": "d148-002",
        "kind": "rsvp",
        "attending": True,
        "sender": "Noor Bakkenes <n.bakkenes@ijsselvechtwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            ik ben er wel maar later, rond half 4 schat ik. sprinter uit zwolle rijdt die middag niet
            ivm werkzaamheden dus ik moet met de bus omrijden. sorry alvast!

            Noor

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d148-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Theo Brinkman <t.brinkman@betuwsebedrijfsvoering.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik ben erbij, alleen vertrek ik om kwart over vier: om vijf uur zit ik in het algemeen
            bestuur in Tiel. Ik schuif dus het eerste deel aan en laat de afsluiting aan me voorbijgaan.

            Hartelijke groet,
            Theo Brinkman
            """
        ),
    },
    {
        "id": "d148-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelies Groenewoud <a.groenewoud@hartvanhetgooiwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Kleine correctie op jullie herinnering: mijn gast komt niet meer mee, Robin is per 1 maart
            bij de provincie begonnen. Ik kom zelf wel, dus reken op één persoon in plaats van twee.

            Groet,
            Annelies
            """
        ),
    },
    {
        "id": "d148-005",
        "kind": "other",
        "sender": "Kees Ottens <k.ottens@grdeltadorpen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, geen gast hoor – dat is vast een vergissing in jullie lijst, ik heb niemand opgegeven.

            m.vr.gr. Kees Ottens
            """
        ),
    },
    {
        "id": "d148-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim Scheepmaker <w.scheepmaker@servicecentrumdrechtoevers.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Ik had me aangemeld om in Utrecht te komen, maar ik doe toch online mee via de Teams-link.
            Die donderdag zit zo vol dat de rit heen en terug er niet bij past. Mijn plek in de zaal
            kan dus naar een ander.

            Met vriendelijke groet,
            Ir. W.F. (Wim) Scheepmaker
            Directeur bedrijfsvoering
            Servicecentrum Drechtoevers
            """
        ),
    },
    {
        "id": "d148-007",
        "kind": "other",
        "sender": "Jolanda Meester <jolanda.meester@kempenbrugwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Is het mogelijk om online aan te sluiten in plaats van naar het Stadskantoor te komen? Zo
            ja, dan ben ik erbij; zo niet, dan moet ik helaas afzeggen. Hoor graag even van jullie
            vóór woensdag.

            Jolanda Meester
            """
        ),
    },
    {
        "id": "d148-008",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ria Vlasblom <r.vlasblom@alblasserlandwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen, ik moet me helaas afmelden. Sinds gisteren lig ik met koorts op de bank en
            dat wordt donderdag niks meer. Veel succes met de middag, ik lees het verslag.
            Ria Vlasblom
            """
        ),
    },
    {
        "id": "d148-009",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Dekema <jw.dekema@noordkwartierwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Donderdag ga ik het niet redden, en eerlijk gezegd kun je me dan meteen van de ledenlijst
            halen: ik stap over naar een functie bij het Rijk en heb met de werkorganisatie niets meer te
            maken. Een opvolger is nog niet benoemd.

            Bedankt voor de mooie bijeenkomsten van de afgelopen jaren.

            Jan-Willem Dekema
            """
        ),
    },
    {
        "id": "d148-010",
        "kind": "rsvp",
        "attending": False,
        "sender": "Emma Hartley-de Groot <e.hartley@grenslandsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Something has come up at the last minute: our mayor has called an extra meeting on Thursday
            afternoon, so I won't be able to attend after all. My deputy director, Joost Kerkhof
            (j.kerkhof@grenslandsamen.nl), will come in my place.

            Kind regards,
            Emma Hartley-de Groot
            General Director, Grensland Samen
            """
        ),
    },
    {
        "id": "d148-011",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sandra Kuipers <s.kuipers@heuvelrugoostwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Verbeek laat ik u weten dat hij donderdag verhinderd is; er is onverwacht een
            overleg met Gedeputeerde Staten ingepland. Hij had zich erg op de middag verheugd.

            Met vriendelijke groet,
            Sandra Kuipers
            Managementassistent directie
            Werkorganisatie Heuvelrug-Oost
            """
        ),
    },
    {
        "id": "d148-012",
        "kind": "other",
        "sender": "Petra Smeenk <secretariaat.directie@stedenbandnoord.nl>",
        "quoted": "herinnering_atelier",
        "quote": "doorgestuurd",
        "subject": "Doorst: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedendag,

            Hieronder de herinnering die dhr. Lammers ontving. Hij laat weten dat hij er donderdag toch
            niet bij kan zijn. Willen jullie hem van de deelnemerslijst halen? Dank!

            Groet, Petra
            secretariaat directie Stedenband Noord
            """
        ),
    },
    {
        "id": "d148-013",
        "kind": "rsvp",
        "attending": True,
        "sender": "Floor Hageman <f.hageman@waterlandsewerkorganisatie.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Melanie,

            Vorige week belde ik je nog dat het er waarschijnlijk niet in zat, maar de
            reorganisatie-overleggen zijn een week opgeschoven. Ik ben er donderdag dus gewoon bij; zet
            me weer op de lijst als je me er al af had gehaald.

            Groet,
            Floor
            """
        ),
    },
    {
        "id": "d148-014",
        "kind": "other",
        "sender": "Hidde Zwart <hidde.zwart@friesewoudenwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom, dank voor de herinnering. Twee vragen nog: moet ik iets voorbereiden voor het
            gesprek over de couleur locale, en is er na afloop gelegenheid om een hapje te eten? Dan
            plan ik mijn terugreis daarop.

            Gr, Hidde Zwart
            """
        ),
    },
    {
        "id": "d148-015",
        "kind": "autoreply",
        "sender": "Marjan Kooistra <m.kooistra@veluwezoomsamen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben afwezig tot en met 14 maart en lees mijn mail beperkt. Voor dringende zaken kunt u
            bellen met het directiesecretariaat via 0318 - 44 21 00.

            Met vriendelijke groet,
            Marjan Kooistra
            """
        ),
    },
    {
        "id": "d148-016",
        "kind": "rsvp",
        "attending": True,
        "sender": "Erik Sanders <e.sanders@lopikerwaardwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. De 18e kan ik ook, dus ik blijf erbij. Het Provinciehuis is voor mij
            zelfs handiger, dat ligt op mijn route.

            Mvg,
            Erik Sanders
            """
        ),
    },
    {
        "id": "d148-017",
        "kind": "rsvp",
        "attending": False,
        "sender": "Saskia Timmer <saskia.timmer@oostelijkezaanwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Balen. Voor 11 maart had ik alles vrijgemaakt, maar op de 18e zit ik met het college op
            studiereis in Kopenhagen. Haal mij dus maar van de deelnemerslijst voor dit atelier; bij het
            volgende ben ik er weer.

            Saskia
            """
        ),
    },
    {
        "id": "d148-018",
        "kind": "other",
        "sender": "Anton Hoekstra <a.hoekstra@kustlandenwerkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Ik moet eerlijk zeggen dat ik een wijziging een week voor de oorspronkelijke datum niet
            prettig vind. Voor 11 maart had ik een bestuursoverleg verzet en een invaller geregeld. Ik
            hoor graag waarom het atelier is verschoven, en of we hier vaker rekening mee moeten houden.

            Met vriendelijke groet,

            Drs. A.M. (Anton) Hoekstra
            Gemeentesecretaris-directeur
            Werkorganisatie Kustlanden

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het ten onrechte
            ontvangen, verwijder het dan en informeer de afzender.
            """
        ),
    },
    {
        "id": "d148-019",
        "kind": "other",
        "sender": "Gijs Remmelink <g.remmelink@achterhoekoostwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Is er bij het Provinciehuis plek om te parkeren, of kan ik beter de trein pakken? Ik kom met
            de auto uit de Achterhoek en ken de Pythagoraslaan niet.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d148-020",
        "kind": "other",
        "sender": "Liesbeth Arends <l.arends@bommelerwaardsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Volgens dit bericht sta ik nog op de wachtlijst, maar vorige week hoorde ik van Stan aan de
            telefoon dat er voor mij een plek was vrijgekomen. Kunt u nagaan wat er klopt? Ik wil
            graag op 18 maart komen en moet daarvoor wel iets verschuiven.

            Vriendelijke groet,
            Liesbeth Arends
            """
        ),
    },
    {
        "id": "d148-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mohammed El Idrissi <m.elidrissi@rijnmondzuidwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Bijgewerkt in mijn agenda, tot de 18e.
            """
        ),
    },
    {
        "id": "d148-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tineke Postma <t.postma@markeloholtenwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Op 18 maart ben ik met de raad op werkbezoek in Brussel, helaas.
            """
        ),
    },
    {
        "id": "d148-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Verhagen <b.verhagen@zuiderzeestroom.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Stan,

            De nieuwe datum gaat bij mij niet. Mijn collega Fenna Roelofsen, directeur sociaal domein,
            neemt mijn plaats graag in: f.roelofsen@zuiderzeestroom.nl.

            Groet,
            Bas Verhagen
            """
        ),
    },
    {
        "id": "d148-024",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wouter Tuinstra <w.tuinstra@merenlandwerkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Jammer, 18 maart lukt mij niet. Wel een idee voor een volgende keer: hoe richt je de
            informatiebeveiliging in als één werkorganisatie voor drie gemeenten die elk hun eigen
            wensen hebben rond de BIO en de rol van de CISO? Daar lopen wij nu flink tegenaan.

            Wouter
            """
        ),
    },
    {
        "id": "d148-025",
        "kind": "other",
        "sender": "Carolien Mulders <c.mulders@peelrandwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Blijft de online optie op de nieuwe locatie ook bestaan? De Teams-link staat er nog bij,
            maar ik wil zeker weten dat er in het Provinciehuis een goede camera en microfoon zijn
            voordat ik mijn deelname omzet naar online.

            Carolien Mulders
            Directeur Peelrand Werkt
            """
        ),
    },
    {
        "id": "d148-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Vincent Koenders <v.koenders@maasheuvelsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Goed nieuws voor mij! Voor 11 maart had ik afgezegd, maar de 18e kan ik wel. Zet u mij
            weer op de lijst.

            Vincent
            """
        ),
    },
    {
        "id": "d148-027",
        "kind": "other",
        "sender": "Michael Brandsma <m.brandsma@westergoregio.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear all,

            With respect, the 18th is an unfortunate choice: it coincides with the province's yearly
            meeting with the municipal secretaries in our region, and I doubt I'm the only one affected.
            Would you consider another date, or at least poll the members before moving an atelier next
            time?

            Best,
            Michael Brandsma
            """
        ),
    },
    {
        "id": "d148-028",
        "kind": "autoreply",
        "sender": "Yara Bosman <y.bosman@rivierenwerk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Thank you for your email. I am on leave until 22 March and have no access to my mailbox.
            For urgent matters, please contact our office manager at officemanager@rivierenwerk.nl.
            """
        ),
    },
    {
        "id": "d148-029",
        "kind": "other",
        "sender": "Ingeborg Tjallema <i.tjallema@wouden-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Op 18 maart kan ik alleen komen als ik rond half vier weg kan; om vier uur zit ik in de
            stuurgroep jeugdzorg. Is het bezwaarlijk als ik halverwege opstap? Zo niet, dan kom ik;
            anders laat ik mijn plek liever aan een ander.

            Groet,
            Ingeborg Tjallema
            """
        ),
    },
    {
        "id": "d148-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rutger Hamstra <r.hamstra@lauwersmeerwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Inmiddels is mijn agenda voor die middag volgelopen, dus ik kan
            toch niet. Mijn plek op de wachtlijst mag naar een collega die wel kan.

            Mvg Rutger Hamstra
            """
        ),
    },
    {
        "id": "d148-031",
        "kind": "other",
        "sender": "Lotte van Beek <lotte.vanbeek@duivenwaardwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Hmm, vol dus. Mag ik in dat geval online meekijken via Teams? Dan hoeven jullie geen stoel
            voor me vrij te houden en ben ik er toch bij.

            Lotte
            """
        ),
    },
    {
        "id": "d148-032",
        "kind": "other",
        "sender": "Dennis Hofstede <d.hofstede@veenkoloniensamen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoe reëel is het dat plaats 2 nog een plek wordt? Anders moet ik voor die middag een
            MT-vergadering verzetten, en dat doe ik pas als het zeker is. Wanneer hoor ik uiterlijk iets?

            Dennis Hofstede
            """
        ),
    },
    {
        "id": "d148-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Wijnberg <h.wijnberg@kromme-rijnwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Prima, ik wacht het af. Komt er een stoel vrij, dan ben ik er zeker bij.

            Hans
            """
        ),
    },
    {
        "id": "d148-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frits de Hoog <f.dehoog@schouwenduivelandwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            Haalt u mij maar van de wachtlijst. Het wachten duurde me wat lang en ik heb die middag
            inmiddels een werkbezoek van de commissaris aangenomen.
            Groeten, Frits de Hoog
            """
        ),
    },
    {
        "id": "d148-035",
        "kind": "other",
        "sender": "Judith Wassenaar <j.wassenaar@hollandsmiddenwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit begrijp ik niet. Ik reageerde op 14 januari al op de uitnodiging, en mijn buurcollega
            die pas gisteren mailde heeft wel een plek. Hoe bepalen jullie de volgorde? Ik vind dit
            eerlijk gezegd niet netjes geregeld.

            Judith Wassenaar
            """
        ),
    },
    {
        "id": "d148-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ronald Stegeman <r.stegeman@twentezuidwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": _(
            """
            Mocht er een plek vrijkomen: dan kom ik met z'n tweeën. Onze concerncontroller Yvonne
            Bakker gaat mee, zij trekt bij ons de samenwerkingsagenda.

            Ronald Stegeman
            """
        ),
    },
    {
        "id": "d148-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dewi Pattinama <d.pattinama@lekstroomwerkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            ik kom toch niet, er is een crisisoverleg tussendoor geschoven. sorry voor het gedoe

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d148-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Corinne Lamers <c.lamers@vijfheerenlandenwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Vriendelijk dat ik mag aanschuiven, maar die donderdag ben ik zelf ook bezet met de
            kadernota. Misschien kan Dirk iemand anders uit ons MT vragen.

            Met groet,
            Corinne Lamers
            Manager financiën
            """
        ),
    },
    {
        "id": "d148-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sven Oosterhuis <s.oosterhuis@eemsdeltasamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de uitnodiging, ik kom graag in plaats van Dirk. Alleen die gast klopt niet, ik
            kom in mijn eentje.

            Sven Oosterhuis
            """
        ),
    },
    {
        "id": "d148-040",
        "kind": "other",
        "sender": "Manon Rijkers <m.rijkers@baronieregiowerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedendag,

            Ik ontving deze uitnodiging, maar weet eerlijk gezegd niet goed waarom; Dirk heeft mij er
            niets over gezegd. Wat wordt er van mij verwacht, en moet ik lid zijn van het netwerk om te
            mogen komen?

            Met vriendelijke groet,
            Manon Rijkers
            """
        ),
    },
    {
        "id": "d148-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Evers <m.evers@langstraatwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Dirk vertelde me vanochtend dat zijn afspraak is vervallen en dat hij nu toch zelf gaat. Ik
            kom dus niet in zijn plaats; hij laat het jullie zelf nog weten.

            Groet,
            Marloes Evers
            """
        ),
    },
    {
        "id": "d148-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joris Nieuwland <j.nieuwland@hunzedalwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Ja, ik neem de plek van Dirk graag over, maar dan online: die week zit ik voor een project
            in Groningen. Tot de 11e!

            Joris
            """
        ),
    },
    {
        "id": "d148-043",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter-Bas Vogelzang <pb.vogelzang@krimpenerwaardsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Vorige week meldde ik me af, maar de begrotingsbehandeling is een week opgeschoven. Ik kom
            dus toch! Alleen, zonder gast.

            Hartelijke groet,
            Pieter-Bas Vogelzang
            """
        ),
    },
    {
        "id": "d148-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Ruitenberg <h.ruitenberg@utrechtseheuvelsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Een update op mijn eerdere aanmelding: ik gaf op dat we met twee personen kwamen, maar mijn
            HR-adviseur is die week met verlof. Het wordt dus alleen ik.

            Hanneke
            """
        ),
    },
    {
        "id": "d148-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marike Zandbergen <m.zandbergen@gooiseweidewerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste mensen,

            Ik had ja gezegd, maar moet voor de 11e toch afzeggen. Niet verkeerd begrijpen: ik blijf
            graag lid en ben er de volgende keer heel graag weer bij.

            Groet, Marike Zandbergen
            """
        ),
    },
    {
        "id": "d148-046",
        "kind": "unsubscribe",
        "sender": "Daniel Okafor <d.okafor@deltastedenwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            I clicked "accept" by mistake last week, please disregard it: I won't be attending. While
            you're at it, please take me off the mailing list altogether, as I'm moving to a role
            outside local government next month.

            Thanks,
            Daniel Okafor
            """
        ),
    },
    {
        "id": "d148-047",
        "kind": "other",
        "sender": "Rianne Kalkman <r.kalkman@zaanoeverwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom, zoals eerder gemeld, met één gast. Nu wil onze portefeuillehouder bedrijfsvoering
            ook graag mee. Is daar nog ruimte voor, gezien de dertig plaatsen? Dan worden we met z'n
            drieën.

            Rianne Kalkman
            """
        ),
    },
    {
        "id": "d148-048",
        "kind": "other",
        "sender": "Jeroen Haverkamp <j.haverkamp@sallandwerkt.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat jammer, ik keek er echt naar uit. Ik hoor graag wanneer jullie een nieuwe datum hebben
            geprikt.

            Groet,
            Jeroen
            """
        ),
    },
    {
        "id": "d148-049",
        "kind": "other",
        "sender": "Astrid Veenstra <a.veenstra@noordoostpolderregio.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik had voor 11 maart al afgezegd, maar bij de nieuwe datum wil ik er graag bij zijn. Wilt u
            mij alvast noteren? Liefst niet op een maandag, dan heb ik vast MT.

            Hartelijke groet,
            Astrid Veenstra
            """
        ),
    },
    {
        "id": "d148-050",
        "kind": "other",
        "sender": "Bram Evertsen <b.evertsen@bevelandenwerkt.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mag ik vragen waarom het niet doorgaat? Waren er te weinig aanmeldingen, of speelt er iets
            anders? Ik vraag het omdat ik in onze regio juist een paar collega's enthousiast had
            gemaakt.

            Bram Evertsen
            """
        ),
    },
    {
        "id": "d148-051",
        "kind": "unsubscribe",
        "sender": "Gerda Holtkamp <g.holtkamp@dinkelland-tubbergenwerkt.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Nu het toch niet doorgaat: u mag mij eigenlijk ook van de ledenlijst halen. Ik ga met
            pensioen en bij ons komt er voorlopig geen opvolger. Dank voor alles!

            Gerda
            """
        ),
    },
    {
        "id": "d148-052",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Olaf Brouwers <o.brouwers@midden-limburgsamen.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Jammer dat het niet doorgaat. Voor de nieuwe datum breng ik graag dit onderwerp in:

            Hoe meet je of de dienstverlening aan inwoners na de fusie echt beter is geworden? Wij
            hebben een klanttevredenheidsmonitor voor het KCC opgezet en wisselen graag ervaringen uit.

            Olaf Brouwers
            """
        ),
    },
    {
        "id": "d148-053",
        "kind": "subscribe",
        "sender": "Harm Oldenkamp <h.oldenkamp@westerkwartierwerkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Dit was niet de bedoeling: ik wilde me alleen afmelden voor het atelier van 11 maart, niet
            voor het netwerk. Lid blijven dus, graag!

            Met vriendelijke groet,
            Harm Oldenkamp
            """
        ),
    },
    {
        "id": "d148-054",
        "kind": "confirm",
        "sender": "Nadia Bouzid <n.bouzid@amstelveenouderwerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bij de eerste mail dacht ik aan phishing en heb ik hem laten liggen, maar na navraag bij een
            collega doe ik toch graag mee.

            Nadia
            """
        ),
    },
    {
        "id": "d148-055",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.hollandsplassenwerkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.hollandsplassenwerkt.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

                                The mail system

            <r.dijkhuis@hollandsplassenwerkt.nl>: host mail.hollandsplassenwerkt.nl[10.12.4.7]
                said: 550 5.1.1 <r.dijkhuis@hollandsplassenwerkt.nl>: Recipient address
                rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d148-056",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marcel Dijkstra <m.dijkstra@oldambtregiowerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kom, maar met een andere gast dan ik had opgegeven: in plaats van Ria Mulder komt Sander
            Pels, onze strategisch adviseur. Het aantal blijft dus twee.
            Marcel Dijkstra
            """
        ),
    },
    {
        "id": "d148-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Roel Brink <roel.brink@heerenveenzuidwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Voor de 11e stond ik op de wachtlijst. Voor de 18e hoeft het voor mij niet meer, dan zit ik
            in de auditcommissie. U mag mij schrappen.

            Roel
            """
        ),
    },
    {
        "id": "d148-058",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Esther Kampman <e.kampman@vechtdalgemeentenwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik ben erbij, al wordt het krap met de reistijd. Alvast een onderwerp voor een volgende
            keer: hoe maak je een langetermijnvisie voor de werkorganisatie die verder reikt dan één
            collegeperiode, en hoe houd je die overeind als de bestuurlijke prioriteiten wisselen?

            Esther Kampman
            """
        ),
    },
]
# fmt: on
