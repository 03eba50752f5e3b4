"""devset168: mail that asks and requests at once, and questions that only sound like requests.

The writers are directors, their assistants and a few newcomers of shared civil-service organisations. They sign up
and ask something beside it, decline the atelier and ask about the report, propose a topic and put a question to the
secretariat, leave the network with a grumble, put plain requests politely as questions ("Zou u mij willen ...",
"Kunt u ...", "Could you ..."), ask what a request would mean before they make it ("als ik me afmeld, ..."), and ask
for information in words that look like requests ("graag informatie over het aanmelden"). Topics that are themselves
put as a question sit beside topics with a real question to the secretariat.

Conventions this set relies on (from the brief):
- A request put as a polite question ("Zou u mij willen aanmelden?", "Wilt u mij van de lijst halen?") is that
  request: the service answers it by acting.
- A sign-up, confirmation, decline, leave or topic with a real question beside it that the secretariat must answer is
  `other`; a rhetorical question or a grumble beside a leave does not change the request (a leave with a complaint
  stays `unsubscribe`).
- A question about what a request would mean ("als ik ..., dan ...?") asks for information only: `other`.
- A topic that is itself put as a question is a `suggestion`; backing someone else's topic, asking whether one may
  introduce it, and proposals about the form of the atelier are `other`.
- "Afmelden voor het atelier" and a decline with a substitute (name and address) are `rsvp` False; leaving the network
  and declining in one mail is `unsubscribe`; an AVG erasure with a question beside it stays `unsubscribe` with erase.
- Under our confirmation mail a plain denial that asks who did it is `unsubscribe`; one that asks where we got the
  address is `other`. "Lid blijven" under our goodbye is `subscribe`.
- A colleague signed up with their address is `subscribe`; several colleagues, or one without an address, `other`.
- An assistant answering in reply to our invitation gives an `rsvp`; an assistant's new mail asking about the
  director's attendance is `other`. Out-of-office mail is `autoreply`, without a quote, also when it makes requests.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups: polite requests as questions, and sign-ups with a real question beside them ---
    {
        "id": "d168-001",
        "kind": "subscribe",
        "sender": "Hanneke Oudejans <h.oudejans@werkorganisatie-vlietlanden.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Goedemiddag,

            Zou u mij willen aanmelden voor het Netwerk van directeuren van ambtelijke fusieorganisaties? Sinds
            1 februari ben ik algemeen directeur van de werkorganisatie Vlietlanden (Leiderwoude en Kaagveen) en mijn
            voorganger sprak altijd met veel plezier over de ateliers.

            Met vriendelijke groet,
            Hanneke Oudejans
            Algemeen directeur Werkorganisatie Vlietlanden
            """
        ),
    },
    {
        "id": "d168-002",
        "kind": "subscribe",
        "sender": "Roel Bijlsma <rbijlsma@gr-kempenrand.nl>",
        "quote": "none",
        "subject": "lidmaatschap?",
        "body": _(
            """
            Hallo,

            kan ik mij via dit adres aanmelden als lid? Ik ben directeur bedrijfsvoering bij de GR Kempenrand, drie
            gemeenten, één ambtelijke organisatie. Het adres waarop ik mail is ook het adres voor jullie berichten.

            Gr Roel Bijlsma
            """
        ),
    },
    {
        "id": "d168-003",
        "kind": "other",
        "sender": "Fatima el Idrissi <f.elidrissi@bedrijfsvoering-oostwold.nl>",
        "quote": "none",
        "subject": "Aanmelden + vraag",
        "body": _(
            """
            Beste secretariaat,

            Ik meld mij graag aan voor het netwerk. Wel een vraag vooraf: ik ben plaatsvervangend directeur, niet de
            eindverantwoordelijke. Is het netwerk ook voor mensen in mijn rol bedoeld, of alleen voor de directeur zelf?

            Hartelijke groet,
            Fatima el Idrissi
            Plv. directeur Bedrijfsvoeringsorganisatie Oostwold
            """
        ),
    },
    {
        "id": "d168-004",
        "kind": "other",
        "sender": "Gert-Jan Stoelinga <gj.stoelinga@hunzedal-samen.nl>",
        "quote": "none",
        "subject": "Informatie over het aanmelden",
        "body": _(
            """
            Geacht secretariaat,

            Graag ontvang ik meer informatie over het aanmelden voor uw netwerk. Voor wie is het precies bedoeld, hoe
            vaak komt u bijeen en wordt er van leden een bijdrage verwacht, in geld of in tijd? Dan kan ik met mijn
            bestuur overleggen of ik lid word.

            Met vriendelijke groet,
            G.J. Stoelinga
            gemeentesecretaris/directeur Hunzedal Samen
            """
        ),
    },
    {
        "id": "d168-005",
        "kind": "other",
        "sender": "Linda Verhoeks <l.verhoeks@duinkant.nl>",
        "quote": "none",
        "subject": "Vraagje",
        "body": _(
            """
            Hoi,

            Stel dat ik me nu aanmeld, kom ik dan vanzelf op de lijst voor het atelier van maart of moet ik me daar
            apart voor opgeven? Ik wil voorkomen dat ik lid word en dat het atelier dan al vol zit.

            Linda
            """
        ),
    },
    {
        "id": "d168-006",
        "kind": "subscribe",
        "sender": "Pieter Kalsbeek <p.kalsbeek@deltahoven.nl>",
        "quote": "none",
        "subject": "Aanmelding collega",
        "body": _(
            """
            Beste mensen,

            Wilt u mijn collega Annemiek Roozendaal aanmelden? Zij is per 1 april onze nieuwe directeur
            dienstverlening en heeft aangegeven graag mee te doen. Haar adres: a.roozendaal@deltahoven.nl

            Dank alvast,
            Pieter Kalsbeek
            Directeur Deltahoven
            """
        ),
    },
    {
        "id": "d168-007",
        "kind": "other",
        "sender": "Jolanda Meerdink <j.meerdink@ambtelijk-berkelveen.nl>",
        "quote": "none",
        "subject": "Is mijn collega lid?",
        "body": _(
            """
            Goedemorgen,

            Kunt u mij laten weten of mijn collega Bart Wessels al lid is van het netwerk? Hij dacht van wel maar
            ontvangt niets. Als hij er niet op staat, hoor ik graag wat hij moet doen.

            Vriendelijke groet,
            Jolanda Meerdink
            Ambtelijke organisatie Berkelveen
            """
        ),
    },
    {
        "id": "d168-008",
        "kind": "subscribe",
        "sender": "Niamh Castelijn <n.castelijn@lingestroom-werkt.nl>",
        "quote": "none",
        "subject": "Sign-up request",
        "body": _(
            """
            Dear secretariat,

            Could you please sign me up for the network? I started last month as managing director of Lingestroom
            Werkt, the joint organisation of Assendelve and Holtmeer. My Dutch is still a work in progress, so I hope
            English is fine.

            Kind regards,
            Niamh Castelijn
            """
        ),
    },
    # --- confirmations with and without a question ---
    {
        "id": "d168-009",
        "kind": "confirm",
        "sender": "Ellen Haverkamp <e.haverkamp@gr-rivierenmond.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij dezen bevestigd. Wilt u de uitnodigingen naar dit adres sturen? Dat is het adres dat ik dagelijks lees.

            Ellen Haverkamp
            """
        ),
    },
    {
        "id": "d168-010",
        "kind": "other",
        "sender": "Thijs Brouwer <t.brouwer@samenwerking-weerdenburg.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik bevestig mijn aanmelding. Krijg ik als nieuw lid ook de verslagen van de ateliers van vorig jaar?
            Ik ben benieuwd wat er toen is besproken over de governance van GR'en.

            Groet, Thijs Brouwer
            """
        ),
    },
    {
        "id": "d168-011",
        "kind": "other",
        "sender": "Wendelien Sluiter <w.sluiter@ambtelijke-fusie-noordrand.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Bevestigd hoor, sorry voor de late reactie. Kan mijn managementassistent Ria ook de uitnodigingen in cc
            krijgen? Zij beheert mijn agenda.
            """
        ),
    },
    {
        "id": "d168-012",
        "kind": "unsubscribe",
        "sender": "Hendrik Voogd <h.voogd@tweestromenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Wie heeft dit gedaan?

            H. Voogd

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d168-013",
        "kind": "other",
        "sender": "Carla Wijnbergen <c.wijnbergen@werkorganisatie-oeverstede.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik ken dit netwerk niet en heb me niet aangemeld. Hoe bent u aan mijn e-mailadres gekomen? Dat wil ik
            graag weten voordat ik hier verder iets mee doe.

            C. Wijnbergen
            """
        ),
    },
    {
        "id": "d168-014",
        "kind": "other",
        "sender": "Sjoerd Hoekstra <s.hoekstra@fryske-marren-wurk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Voordat ik bevestig: wat houdt het lidmaatschap in? Zit er een verplichting aan om bij elk atelier te
            zijn? Ik wil me niet ergens aan binden wat ik niet waar kan maken.

            Sjoerd Hoekstra
            """
        ),
    },
    {
        "id": "d168-015",
        "kind": "confirm",
        "sender": "Annelies Pronk <a.pronk@gr-westerkwartier-oost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Oeps, vergeten. Bij deze alsnog: ja, ik wil graag lid worden. Zou u dat zo willen verwerken?

            Annelies
            """
        ),
    },
    # --- leaving: with a grumble, with a real question, and questions about what leaving means ---
    {
        "id": "d168-016",
        "kind": "unsubscribe",
        "sender": "Wim Schoonderwoerd <w.schoonderwoerd@grensmaas-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Zou u mij van uw verzendlijst willen halen? Per 1 mei ga ik met pensioen en mijn taken worden verdeeld
            onder de afdelingshoofden; er komt dus geen opvolger in dezelfde rol.

            Het ga u goed,
            Wim Schoonderwoerd
            """
        ),
    },
    {
        "id": "d168-017",
        "kind": "unsubscribe",
        "sender": "Brigitte Lammers <b.lammers@waalkant.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dit is de zoveelste mail van jullie deze maand en mijn inbox loopt al over. Haal me er maar af, ik heb
            hier gewoon geen tijd voor.
            """
        ),
    },
    {
        "id": "d168-018",
        "kind": "unsubscribe",
        "sender": "Ton Verwoerd <tverwoerd@eilandengroep-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Moet ik nou echt voor elk atelier drie, vier mails krijgen? Dat kan toch niet de bedoeling zijn.
            Afmelden a.u.b., definitief.

            Ton Verwoerd
            """
        ),
    },
    {
        "id": "d168-019",
        "kind": "other",
        "sender": "Marleen Visscher <m.visscher@ambtelijk-veenhoop.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de fijne middag. Ik wil me afmelden voor het netwerk, want ik stap over naar een provinciale
            functie. Blijft de link naar het verslag daarna nog werken? Ik wil het delen met mijn opvolger.

            Marleen Visscher
            """
        ),
    },
    {
        "id": "d168-020",
        "kind": "other",
        "sender": "Dirk-Jan Hazeleger <dj.hazeleger@gr-vechtdal-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Even een vraag voordat ik iets doe: als ik me afmeld voor dit atelier, ben ik dan ook mijn lidmaatschap
            kwijt? Het is namelijk alleen deze datum die niet past.

            DJ
            """
        ),
    },
    {
        "id": "d168-021",
        "kind": "other",
        "sender": "Ineke Boersma <i.boersma@zuidwoldenland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            In de voettekst staat dat ik met 'afmelden' kan antwoorden. Is dat alleen voor de herinneringen of voor
            alles? Ik wil de uitnodigingen wel blijven krijgen, alleen niet elke herinnering.

            Ineke
            """
        ),
    },
    {
        "id": "d168-022",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Rutger Aalbers <r.aalbers@werkorganisatie-heuvelrand.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens uit uw administratie te verwijderen en
            mij geen berichten meer te sturen. Kunt u mij daarbij aangeven hoe lang u de gegevens na verwijdering uit
            de verzendlijst nog in back-ups bewaart?

            Hoogachtend,
            R. Aalbers
            """
        ),
    },
    {
        "id": "d168-023",
        "kind": "other",
        "sender": "Saskia Timmerman <s.timmerman@gr-maasenpeel.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Beste secretariaat,

            Ik wil graag weten welke gegevens u van mij heeft vastgelegd en waar die vandaan komen. Zou u mij een
            overzicht willen sturen? Ik overweeg niet om op te zeggen, ik wil het alleen weten.

            Saskia Timmerman
            """
        ),
    },
    {
        "id": "d168-024",
        "kind": "unsubscribe",
        "sender": "Frits Oosterveld <f.oosterveld@ambtelijke-dienst-wadkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Op 11 maart ben ik er niet bij, en eerlijk gezegd wil ik ook geen lid meer zijn: wij gaan als organisatie
            ontvlechten en ik heb er de handen vol aan. Kunt u mij uitschrijven?

            Frits Oosterveld
            """
        ),
    },
    {
        "id": "d168-025",
        "kind": "unsubscribe",
        "sender": "Yvonne de Graaf-Hulst <y.degraaf@werkorganisatie-amstelkant.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: zou u Jeroen Mulder willen opnemen? Hij neemt per
            deze maand mijn functie over. Zijn adres is j.mulder@werkorganisatie-amstelkant.nl.

            Yvonne de Graaf
            """
        ),
    },
    {
        "id": "d168-026",
        "kind": "unsubscribe",
        "sender": "Graham Doornbos <g.doornbos@rijnvallei-services.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Could you take me off the list, please? I'm leaving Rijnvallei Services at the end of this month and
            won't be working for a Dutch municipality afterwards. Thanks for the welcome anyway!

            Graham
            """
        ),
    },
    {
        "id": "d168-027",
        "kind": "other",
        "sender": "Petra Zuidema <p.zuidema@ambtelijk-lauwersveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Waarom krijg ik deze uitnodiging twee keer, op twee adressen? Ik wil wel lid blijven, maar graag maar op
            één adres: p.zuidema@ambtelijk-lauwersveld.nl. Welk adres staat er nu als hoofdadres bij u?

            Petra Zuidema
            """
        ),
    },
    {
        "id": "d168-028",
        "kind": "subscribe",
        "sender": "Arjen Hofstede <a.hofstede@werkorganisatie-ijsselrand.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dit klopt niet, ik wil lid blijven! Volgens mij heeft mijn secretariaat per ongeluk op de verkeerde mail
            gereageerd. Excuses voor de verwarring.

            Arjen Hofstede
            """
        ),
    },
    # --- answers to the invitation and its follow-ups: declines, yeses and requests with questions ---
    {
        "id": "d168-029",
        "kind": "other",
        "sender": "Henk-Willem Borgers <hw.borgers@samen-kromme-rijn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Zou u mij nog kunnen laten weten of er bij het Stadskantoor geparkeerd kan worden? Ik kom
            vanuit een eerdere afspraak in Amersfoort met de auto.

            Henk-Willem Borgers
            """
        ),
    },
    {
        "id": "d168-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ankie Snijders <a.snijders@bommelerland-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Leuk, ik ben erbij met één collega, onze strateeg Femke. Wilt u ons allebei noteren?

            Ankie
            """
        ),
    },
    {
        "id": "d168-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rob Verheijen <r.verheijen@ambtelijke-organisatie-peelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Mag ik me hierbij aanmelden voor het atelier van 11 maart? Het thema sluit precies aan bij waar wij met
            vier raden nu mee bezig zijn.

            Rob Verheijen
            """
        ),
    },
    {
        "id": "d168-032",
        "kind": "other",
        "sender": "Charlotte Ramdin <c.ramdin@werkorganisatie-kustzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik kom graag, mits ik om 16.00 uur weg mag: om 17.00 uur heb ik een raadsvergadering in Kustzoom. Is dat
            een probleem voor de opzet van de middag? Laat het me even weten, dan zet ik het vast.

            Charlotte
            """
        ),
    },
    {
        "id": "d168-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerben Wiersma <g.wiersma@gr-noordoosthoek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, op 11 maart zit ik in Den Haag voor een BZK-overleg. Zou u mij voor het volgende atelier wel
            weer willen uitnodigen? Ik was er graag bij geweest.

            Gerben Wiersma
            """
        ),
    },
    {
        "id": "d168-034",
        "kind": "other",
        "sender": "Esther van Laarhoven <e.vanlaarhoven@ambtelijk-beekdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik moet helaas verstek laten gaan. Komt er na afloop een verslag, en zo ja, waar en wanneer kan ik dat
            vinden?

            Esther van Laarhoven
            """
        ),
    },
    {
        "id": "d168-035",
        "kind": "other",
        "sender": "Koos Smeenk <k.smeenk@twentse-kern-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee helaas, ik ben dan op vakantie. Wordt de online sessie opgenomen? Dan kijk ik hem achteraf terug.

            Koos

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d168-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sabine Hulshof <s.hulshof@werkorganisatie-vijfheerenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Zou u mijn collega Tom Brinkers in mijn plaats willen uitnodigen? Ik zit die middag bij de
            begrotingsbehandeling. Zijn adres is t.brinkers@werkorganisatie-vijfheerenland.nl.

            Met vriendelijke groet,
            Sabine Hulshof
            """
        ),
    },
    {
        "id": "d168-037",
        "kind": "other",
        "sender": "Alwin Reitsma <a.reitsma@gr-friese-wouden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mag ik iemand in mijn plaats sturen die zelf geen lid is? En moet die persoon zich dan eerst aanmelden als
            lid, of kan dat zo? Ik weet nog niet wie het wordt.

            Alwin
            """
        ),
    },
    {
        "id": "d168-038",
        "kind": "other",
        "sender": "Nicole Bakx <n.bakx@baronie-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Als ik de Outlook-uitnodiging in de bijlage accepteer, sta ik dan meteen op de deelnemerslijst, of moet ik
            ook nog apart 'ja, ik kom' mailen? Ik wil niet dubbel geteld worden.
            """
        ),
    },
    {
        "id": "d168-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maarten Ligthart <m.ligthart@ambtelijke-fusie-merwedal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Het lukt me toch niet, er is een crisisoverleg tussengekomen. Wilt u mijn plek aan iemand op de
            wachtlijst geven?

            Maarten
            """
        ),
    },
    {
        "id": "d168-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Johan Kuipers <j.kuipers@gr-hollandse-plassen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Zou u mij van de wachtlijst willen halen? Inmiddels staat er op die donderdag een bestuursvergadering die
            ik niet kan missen.

            Johan Kuipers
            """
        ),
    },
    {
        "id": "d168-041",
        "kind": "other",
        "sender": "Secretariaat directie Maasdelta <secretariaat.directie@maasdelta-werkt.nl>",
        "quote": "none",
        "subject": "Aanmelding mevrouw Oskam atelier 11 maart",
        "body": _(
            """
            Goedemorgen,

            Kunt u mij laten weten of mevrouw Oskam zich al heeft aangemeld voor het atelier van 11 maart? In haar
            agenda staat het als voorlopig en ik wil het graag vastzetten.

            Met vriendelijke groet,
            Joke Vreeswijk
            Managementassistent directie Maasdelta Werkt
            """
        ),
    },
    {
        "id": "d168-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Astrid Mol <a.mol@werkorganisatie-kennemerduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Namens de heer Van Rijswijk: hij komt graag op 11 maart. Wilt u hem op de lijst zetten?

            Met vriendelijke groet,
            Astrid Mol, secretariaat directie
            """
        ),
    },
    {
        "id": "d168-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinout Pals <r.pals@gr-zeeuwse-eilanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Fijn dat Dirk aan mij dacht, maar ik kan die dag helaas niet. Kunt u het hem laten weten? Dan kan hij
            misschien nog iemand anders vragen.

            Reinout Pals
            """
        ),
    },
    {
        "id": "d168-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Huub Janssens <h.janssens@werkorganisatie-mergelland.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Op 18 maart kan ik helaas niet, dan is onze eigen raadsconferentie. Kunt u mij afmelden voor het atelier?
            Lid blijf ik uiteraard graag.

            Huub Janssens
            """
        ),
    },
    {
        "id": "d168-045",
        "kind": "other",
        "sender": "Ilse Kamphuis <i.kamphuis@achterhoek-oost-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Blijft de Teams-link hetzelfde nu het naar het Provinciehuis verhuist? Zo ja, dan schuif ik online aan;
            fysiek red ik het niet op 18 maart.

            Ilse
            """
        ),
    },
    # --- topics: put as questions, put as polite requests, and topics with a question to the secretariat ---
    {
        "id": "d168-046",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Erik Jan Vos <ej.vos@gr-ommerland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoe houd je als werkorganisatie grip op de begroting als drie gemeenten elk hun eigen bezuinigingsopgave
            hebben en allemaal op jouw formatie willen korten?

            Dat zou ik graag met collega's bespreken.

            Erik Jan Vos
            """
        ),
    },
    {
        "id": "d168-047",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Margreet Hulsbos <m.hulsbos@werkorganisatie-gaasterhoek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Zou het een idee zijn om het eens te hebben over de positie van een werkorganisatie in de regio? Wij
            worden bij regionale tafels steeds vaker gezien als vierde partij naast de gemeenten, en dat schuurt.

            Margreet
            """
        ),
    },
    {
        "id": "d168-048",
        "kind": "other",
        "sender": "Patrick Oomen <p.oomen@samenwerking-land-van-heusden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Mijn onderwerp: één klantcontactcentrum voor drie gemeenten, wat levert dat inwoners echt op?
            Mag ik dat op het atelier zelf inleiden? Wij hebben er net een evaluatie van laten doen.

            Patrick Oomen
            """
        ),
    },
    {
        "id": "d168-049",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dieuwke Hoogland <d.hoogland@ambtelijk-smallingerland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Sturingsconcept: houden we vast aan opdrachtgever-opdrachtnemer of stappen we over op iets wat meer op
            netwerksturing lijkt? Wij worstelen daar nu mee en ik vermoed dat we niet de enigen zijn.

            Dieuwke

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d168-050",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Sander Wolters <s.wolters@gr-veluwezoom-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Twee voorstellen:
            - digitale dienstverlening aan ondernemers: één loket voor vergunningen in drie gemeenten
            - bestuurlijke prioriteiten na de raadsverkiezingen: hoe stem je drie nieuwe coalitieakkoorden af?

            Groet, Sander Wolters
            """
        ),
    },
    {
        "id": "d168-051",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Kim Nauta <k.nauta@werkorganisatie-wolden-meppelerdiep.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor een inspirerende middag en het snelle verslag. Zou u de volgende keer aandacht willen besteden
            aan de krapte op de arbeidsmarkt? Wij krijgen onze formatie voor ICT en ruimtelijke ordening simpelweg
            niet meer gevuld.

            Kim Nauta
            """
        ),
    },
    {
        "id": "d168-052",
        "kind": "other",
        "sender": "Vincent de Bruijn <v.debruijn@ambtelijke-organisatie-krimpenerwaard-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Goede middag was het. Zou het atelier voortaan ook op een vrijdagochtend kunnen? Donderdagmiddag is bij
            veel van ons de vaste dag voor het bestuurlijk overleg.

            Vincent
            """
        ),
    },
    {
        "id": "d168-053",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ruben Sikkema <r.sikkema@werkorganisatie-noardeast.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Wilt u alvast een onderwerp noteren? De samenwerking van onze werkorganisatie met
            de veiligheidsregio en de GGD: wie zit waar aan tafel en namens welke gemeente?

            Ruben Sikkema
            """
        ),
    },
    {
        "id": "d168-054",
        "kind": "other",
        "sender": "Hilde Boekel <h.boekel@ambtelijk-oldambt-west.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt het dat u bij mijn suggestie 'Organisatie' heeft genoteerd? Ik bedoelde het eigenlijk als een
            onderwerp over dienstverlening aan inwoners. Kunt u dat aanpassen, of maakt het voor de telling niet uit?

            Hilde
            """
        ),
    },
    {
        "id": "d168-055",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jacco Brandsma <j.brandsma@gr-de-wolden-plus.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Wilt u hier nog aan toevoegen: monitoring van prestaties richting inwoners met één gezamenlijk dashboard
            voor alle deelnemende gemeenten.

            Jacco
            """
        ),
    },
    {
        "id": "d168-056",
        "kind": "other",
        "sender": "Monique Haak <m.haak@werkorganisatie-rijnwoude-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Kunt u het onderwerp dat Kees Wolthuis vorige keer inbracht, over de rol van de gemeenteraden, ook
            namens mij meetellen? Zelf heb ik geen nieuw onderwerp, maar dat van hem steun ik van harte.

            Monique Haak
            """
        ),
    },
    {
        "id": "d168-057",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Olaf Terpstra <o.terpstra@ambtelijke-fusie-tietjerk-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kom op 11 maart. En zou u voor een volgende keer willen noteren: een lange-termijnvisie op de
            werkorganisatie, waar staan we in 2035 en wie bepaalt dat eigenlijk?

            Olaf Terpstra
            """
        ),
    },
    {
        "id": "d168-058",
        "kind": "other",
        "sender": "Femke Greving <f.greving@gr-midden-groningen-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Als ik een onderwerp indien, word ik dan ook gevraagd het op het atelier in te leiden? Ik heb wel een
            idee, maar geen tijd om een presentatie voor te bereiden.
            """
        ),
    },
    {
        "id": "d168-059",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Julian Heemskerk <j.heemskerk@bollenstreek-shared.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon. Could the next session address how we keep the councils of four
            municipalities on board without drowning them in reports? Each council wants its own updates and we
            can't keep up.

            Julian Heemskerk
            """
        ),
    },
    # --- automatic mail that makes requests ---
    {
        "id": "d168-060",
        "kind": "autoreply",
        "sender": "Jeannette Roelofs <j.roelofs@werkorganisatie-voorne-west.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben afwezig tot en met 3 maart en lees mijn mail niet. Zou u voor dringende
            zaken contact willen opnemen met mijn collega Wouter Balk, w.balk@werkorganisatie-voorne-west.nl? Wilt u
            zich afmelden voor een overleg, mail dan naar secretariaat@werkorganisatie-voorne-west.nl.
            """
        ),
    },
]
# fmt: on
