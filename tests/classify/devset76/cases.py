"""Look-alikes and disguised acts (issue 17, devset76).

About 55 mails that look like one of the acts but are not (`other`): questions on how to join, leave, confirm or
register; a director telling what a colleague did; someone else's request quoted; complaints that an earlier sign-up
or leave did not work (each with a real question to the secretariat); hypotheticals; news; thank-you notes that mention
the atelier; requests about the website or newsletter of another body; replies to other mailing lists sent here by
mistake. And about 40 real acts phrased so they look like something else: a sign-up as a question, a leave hidden in
a long story, an RSVP as a single emoji or word, a topic as a one-line question, a confirmation with only a thumbs up,
an erasure request that cites the law without the usual verb.

Conventions relied on:
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`. Without the address,
  or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A director who cannot come but sends a
  substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------------------------------------------------
    # other: questions about how to join, leave, confirm or register
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-01", "kind": "other", "thread": None,
        "sender": "Harm Wolters <h.wolters@werkorganisatie-oostgelre.nl>",
        "subject": "Lidmaatschap netwerk",
        "body": "Goedemiddag,\n\nOnze ambtelijke fusie gaat pas per 1 januari officieel in. Wat is de procedure om"
                " lid te worden van uw netwerk, en kan dat al voordat de werkorganisatie formeel bestaat?\n\n"
                "Met vriendelijke groet,\nHarm Wolters\nkwartiermaker Werkorganisatie Oost-Gelre/Winterswijk",
    },
    {
        "id": "d76-other-02", "kind": "other", "thread": None,
        "sender": "Ingrid Peeters <i.peeters@dommelvallei.nl>",
        "subject": "afmelden alleen herinneringen?",
        "body": "Hallo,\n\nIs het mogelijk om me alleen af te melden voor de herinneringsmails en wel lid te blijven? "
                "Ik zet de ateliers zelf al in mijn agenda.\n\nGroet,\nIngrid Peeters",
    },
    {
        "id": "d76-other-03", "kind": "other", "thread": None,
        "sender": "Tom Hendriks <tom.hendriks@gmail.com>",
        "subject": "Bevestigingsmail niet ontvangen",
        "body": "Beste secretariaat,\n\nIk heb me via het formulier opgegeven, maar er is nooit een bevestigingsmail "
                "gekomen, ook niet in mijn spam. Hoe kan ik mijn aanmelding nu nog bevestigen? Of moet ik opnieuw "
                "beginnen?\n\nTom Hendriks\nDirecteur Werkorganisatie Hof van Twente-Rijssen",
    },
    {
        "id": "d76-other-04", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "Voordat ik dit beantwoord: wat doet u precies met mijn gegevens, en worden die gedeeld met de "
                "Adviesraad of met leveranciers?\n\nM. de Vries",
    },
    {
        "id": "d76-other-05", "kind": "other", "thread": None,
        "sender": "Annemiek Koster <a.koster@werkorganisatie-hlt.nl>",
        "subject": "Vraag over toelating",
        "body": "Geachte heer Van de Laar,\n\nIk ben plaatsvervangend directeur. Kan ik ook lid worden, of is het"
                " netwerk alleen bedoeld voor de eerste directeur?\n\nVriendelijke groet,\nAnnemiek Koster",
    },
    {
        "id": "d76-other-06", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Pieter Brinkman <p.brinkman@a2gemeenten.nl>",
        "body": "Hoi Melanie,\n\nHoe kan een collega van mij zich registreren? Zij heeft deze uitnodiging niet "
                "gekregen omdat ze nog geen lid is.\n\nPieter",
    },
    {
        "id": "d76-other-07", "kind": "other", "thread": None,
        "sender": "Ruud Kamphuis <r.kamphuis@ferm-werk.nl>",
        "subject": "Pensioen",
        "body": "Goedemorgen,\n\nPer 1 juli ga ik met pensioen. Moet ik me dan zelf bij u afmelden, of gaat dat "
                "automatisch als mijn mailadres vervalt?\n\nMet groet,\nRuud Kamphuis",
    },
    {
        "id": "d76-other-08", "kind": "other", "thread": None,
        "sender": "Saskia Dijkstra <saskia.dijkstra@outlook.com>",
        "subject": "najaarsatelier",
        "body": "Beste Stan,\n\nKan ik me nu ook al aanmelden voor het atelier in het najaar? Zo ja, dan graag.\n\n"
                "Hartelijke groet,\nSaskia Dijkstra",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: a director telling what a colleague did
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-09", "kind": "other", "thread": None,
        "sender": "Johan Meijer <j.meijer@drechtsteden.nl>",
        "subject": "aanmelding collega",
        "body": "Beste secretariaat,\n\nMijn collega Peter de Graaf heeft zich vorige week aangemeld, maar uw mail is "
                "bij hem nooit aangekomen. Kunt u die nog eens sturen?\n\nGroet,\nJohan Meijer",
    },
    {
        "id": "d76-other-11", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Gert-Jan Vos <gj.vos@werkorganisatie-cgm.nl>",
        "body": "Beste Melanie,\n\nMijn adjunct Rob Steenbergen heeft zich gisteren voor dit atelier aangemeld. Hij "
                "vroeg mij of hij nog een gast mag meenemen; kun jij dat laten weten?\n\nGert-Jan",
    },
    {
        "id": "d76-other-12", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Liesbeth Bakker <l.bakker@werkorganisatie-druten-wijchen.nl>",
        "body": "Goedemiddag,\n\nMijn voorganger Frank van Dijk had vorig jaar al een onderwerp ingediend over onze "
                "positie in de regio. Weten jullie of dat destijds is meegenomen?\n\nLiesbeth Bakker",
    },
    {
        "id": "d76-other-13", "kind": "other", "thread": None,
        "sender": "Marco Jansen <marco.jansen@gr-kempen.nl>",
        "subject": "Collega BUCH",
        "body": "Dag Stan,\n\nWist je dat Kees Ouwehand zich bij jullie heeft afgemeld? Hij gaat met pensioen. Wie "
                "hem opvolgt weet ik nog niet.\n\nMarco",
    },
    {
        "id": "d76-other-15", "kind": "other", "thread": None,
        "sender": "Hanneke Wiersma <h.wiersma@noardeast-fryslan.nl>",
        "subject": "Bevestiging adjunct",
        "body": "Goedemorgen,\n\nMijn adjunct heeft jullie bevestigingsmail beantwoord, maar ze twijfelt of dat goed "
                "is gegaan: ze kreeg geen welkomstmail. Kunnen jullie dat controleren?\n\nHanneke Wiersma",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: quoting someone else's request
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-16", "kind": "other", "thread": None,
        "sender": "Erik Mulder <e.mulder@gemeente-montferland.nl>",
        "subject": "vraag van onze wethouder",
        "body": "Beste mensen,\n\nMijn wethouder vroeg me vanochtend: 'Kunnen wij als gemeente ook lid worden van dat "
                "netwerk van jou?' Is dat mogelijk, of is het echt alleen voor directeuren?\n\nErik Mulder",
    },
    {
        "id": "d76-other-17", "kind": "other", "thread": None,
        "sender": "Jacqueline Vermeulen <j.vermeulen@drechtsteden.nl>",
        "subject": "FW: netwerk",
        "body": "Beste secretariaat,\n\nEen oud-collega uit de Alblasserwaard schreef me: 'Meld me maar af bij dat "
                "netwerk, ik heb er geen tijd meer voor.' Hij had uw adres niet, vandaar dat ik het even doorgeef.\n\n"
                "Groet,\nJacqueline Vermeulen",
    },
    {
        "id": "d76-other-18", "kind": "other", "thread": None,
        "sender": "Bas Kramer <b.kramer@werkorganisatie-duivenvoorde.nl>",
        "subject": "Raadslid en atelier",
        "body": "Dag Melanie,\n\nEen raadslid vroeg mij of hij zich ook kan inschrijven voor jullie atelier, hij vindt "
                "het onderwerp interessant. Ik denk zelf van niet, maar wilde het even checken.\n\nBas",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: complaints that an earlier sign-up or leave did not work, each with a real question
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-21", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Fleur Post <fleur.post@werkorganisatie-bbr.nl>",
        "subject": "RE: Herinnering atelier - ik was toch afgemeld?",
        "body": "Hello,\n\nIk heb me in november al afgemeld voor het netwerk, en toch krijg ik weer mails. Wat is er "
                "misgegaan met mijn afmelding, en wie heeft mijn adres nog in het bestand staan?\n\nFleur Post",
    },
    {
        "id": "d76-other-23", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "gmail",
        "sender": "Nicole Verbeek <n.verbeek@hollandskroon.nl>",
        "body": "Hoe kan het dat ik op de wachtlijst sta, terwijl ik op de dag van de uitnodiging al reageerde? Een "
                "collega die een week later antwoordde heeft wel een plek. Graag uitleg.\n\nNicole Verbeek",
    },
    {
        "id": "d76-other-24", "kind": "other", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "Koen de Wit <k.dewit@werkorganisatie-sed.nl>",
        "body": "Vorige week heb ik al op uw eerste mail gereageerd, en nu krijg ik toch deze herinnering. Is mijn "
                "aanmelding nu wel of niet gelukt?\n\nKoen de Wit",
    },
    {
        "id": "d76-other-25", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Yvonne Claassen <y.claassen@gemeente-heusden.nl>",
        "body": "Dit klopt niet: ik heb nooit gevraagd om afgemeld te worden. Kunt u nagaan wie dat verzoek heeft "
                "gedaan en vanaf welk adres?\n\nYvonne Claassen",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: hypotheticals
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-26", "kind": "other", "thread": None,
        "sender": "Michiel Kok <m.kok@werkorganisatie-lelystad-dronten.nl>",
        "subject": "even een vraag",
        "body": "Als ik me zou afmelden, kan ik dan later gewoon weer lid worden? Ik twijfel nog, het is nu erg "
                "druk.\n\nMichiel",
    },
    {
        "id": "d76-other-27", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Rianne Veenstra <rianne.veenstra@icloud.com>",
        "body": "Stel dat ik me aanmeld en op het laatste moment toch niet kan, is dat een probleem voor jullie? Er "
                "speelt bij ons een crisis die nog alle kanten op kan.\n\nRianne",
    },
    {
        "id": "d76-other-28", "kind": "other", "thread": None,
        "sender": "Jeroen Schouten <j.schouten@werkorganisatie-hbr.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": "Beste Stan en Melanie,\n\nZodra mijn opvolger bekend is, zou ik het lidmaatschap graag aan haar of "
                "hem overdragen. Dat wordt waarschijnlijk pas april. Ik laat het jullie tegen die tijd "
                "weten.\n\nJeroen",
    },
    {
        "id": "d76-other-29", "kind": "other", "thread": None,
        "sender": "Monique Bosman <m.bosman@avri.nl>",
        "subject": "AVG vraag",
        "body": "Goedendag,\n\nAls ik een verzoek tot verwijdering van mijn gegevens zou indienen, heb ik dan ook geen "
                "toegang meer tot de verslagen van de ateliers?\n\nMonique Bosman",
    },
    {
        "id": "d76-other-30", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "groupwise",
        "sender": "Henk van der Linden <hvdlinden@werkorganisatie-zeeuws-vlaanderen.nl>",
        "body": "Als het atelier een uur later zou beginnen, zou ik erbij kunnen zijn. Misschien is dat voor meer "
                "mensen handig?\n\nHenk van der Linden",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: reports of news
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-32", "kind": "other", "thread": None,
        "sender": "Dennis Vink <d.vink@werkorganisatie-abg.nl>",
        "subject": "Nieuws uit het noorden",
        "body": "Goed nieuws: per 1 april gaan Aa en Hunze en Tynaarlo definitief samen in één werkorganisatie."
                " Misschien leuk om te melden in jullie volgende mail aan de leden.\n\nDennis Vink",
    },
    {
        "id": "d76-other-34", "kind": "other", "thread": None,
        "sender": "Lotte van Dam <lotte.vandam@gmail.com>",
        "subject": "Artikel Binnenlands Bestuur",
        "body": "Voor wie het interesseert: Binnenlands Bestuur schrijft vandaag over de ontvlechting van een "
                "werkorganisatie in Limburg, https://www.binnenlandsbestuur.nl/bestuur/ontvlechting\n\nLotte",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: thank-you notes that mention the atelier
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-37", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Gerda Hofman <g.hofman@servicecentrum-drechtsteden.nl>",
        "body": "Dank jullie wel voor de mooie middag en het snelle verslag. Het atelier was weer zeer inspirerend, "
                "ik heb er veel aan gehad.\n\nGerda",
    },
    {
        "id": "d76-other-39", "kind": "other", "thread": None,
        "sender": "Paula Willems <p.willems@dienstdommelvallei.nl>",
        "subject": "presentatie atelier",
        "body": "Stan, bedankt voor je inleiding op het atelier van vorige week. Zou je de sheets nog kunnen"
                " sturen? Ik wil ze graag in ons MT laten zien.\n\nGroet, Paula",
    },
    {
        "id": "d76-other-41", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-en",
        "sender": "Karin Bos <k.bos@werkorganisatie-kvh.nl>",
        "body": "Dank voor het warme welkom. Zijn de verslagen van eerdere ateliers ook ergens in te zien?\n\nKarin",
    },
    {
        "id": "d76-other-42", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Hugo Smeets <h.smeets@gemeente-sittard-geleen.nl>",
        "body": "Dank voor de uitnodiging! Ik kijk even in mijn agenda en laat het nog weten.\n\nHugo Smeets",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: requests about the website or the newsletter of another body
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-44", "kind": "other", "thread": None,
        "sender": "Rob van Beek <r.vanbeek@werkorganisatie-ura.nl>",
        "subject": "afmelden nieuwsbrief A+O fonds",
        "body": "Graag wil ik me afmelden voor de nieuwsbrief van het A+O fonds Gemeenten, die ik op dit adres "
                "ontvang.\n\nRob van Beek",
    },
    {
        "id": "d76-other-45", "kind": "other", "thread": None,
        "sender": "Marloes Groen <marloes.groen@werkorganisatie-kvh.nl>",
        "subject": "Aanmelding nieuwsbrief VGS",
        "body": "Goedemorgen,\n\nGraag aanmelden voor de nieuwsbrief van de Vereniging van Gemeentesecretarissen.\n\n"
                "Met vriendelijke groet,\nMarloes Groen",
    },
    {
        "id": "d76-other-46", "kind": "other", "thread": None,
        "sender": "Wim Schipper <w.schipper@gr-kempen.nl>",
        "subject": "oude naam op website",
        "body": "Op de website van de Kennisbank Ambtelijke Samenwerking staat onze organisatie nog onder de oude"
                " naam. Kunt u dat laten aanpassen, of weet u wie daarover gaat?\n\nWim Schipper",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: replies to other mailing lists sent here by mistake
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-48", "kind": "other", "thread": None,
        "sender": "Frits Brouwer <f.brouwer@werkorganisatie-bbr.nl>",
        "subject": "RE: Uitnodiging ALV Vereniging van Gemeentesecretarissen 14 april",
        "body": "Ja, ik kom naar de ALV.\n\nFrits Brouwer",
    },
    {
        "id": "d76-other-49", "kind": "other", "thread": None,
        "sender": "Hilde Vos <hilde.vos@werkorganisatie-ura.nl>",
        "subject": "RE: [digicommissie-l] Digest nr. 45",
        "body": "Beste moderator van de Digicommissie-lijst,\n\nGraag mij van deze lijst afhalen, ik zit niet meer in "
                "de commissie.\n\nHilde Vos",
    },
    {
        "id": "d76-other-50", "kind": "other", "thread": None,
        "sender": "Lars de Groot <l.degroot@a2gemeenten.nl>",
        "subject": "RE: Call for workshops VDP-congres",
        "body": "Voor het congres van de VDP stel ik de volgende workshop voor: 'Digitaal werken in een "
                "werkorganisatie met drie gemeenteraden'. Ik lever graag een spreker.\n\nLars de Groot",
    },
    {
        "id": "d76-other-51", "kind": "other", "thread": None,
        "sender": "Anita Bruins <a.bruins@isdbollenstreek.nl>",
        "subject": "RE: Prikken datum regio-overleg",
        "body": "Dinsdag 16.00 kan ik, woensdag niet.\n\nAnita",
    },
    {
        "id": "d76-other-52", "kind": "other", "thread": None,
        "sender": "Bert Lammers <b.lammers@gemeente-berkelland.nl>",
        "subject": "RE: [Kring Gelderland] Aanmelding lunchbijeenkomst",
        "body": "Ik meld me aan voor de lunch op 9 mei, zonder dieetwensen.\n\nGr, Bert Lammers",
    },
    {
        "id": "d76-other-53", "kind": "other", "thread": None,
        "sender": "Joyce Kerkhof <j.kerkhof@werkorganisatie-duivenvoorde.nl>",
        "subject": "RE: agendapunten DB-overleg",
        "body": "Geen agendapunten van mijn kant voor het DB-overleg van volgende week.\n\nJoyce",
    },
    # ------------------------------------------------------------------------------------------------------------
    # other: further look-alikes from the conventions
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-other-54", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Niels van Rijn <n.vanrijn@werkorganisatie-sed.nl>",
        "body": "Wie heeft mij eigenlijk aangemeld? Ik ken dit netwerk niet en wil graag weten hoe u aan mijn adres "
                "komt.\n\nN. van Rijn",
    },
    {
        "id": "d76-other-55", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Maarten Aalbers <m.aalbers@hollandskroon.nl>",
        "body": "Komen er ook wethouders? Dan neem ik de mijne mee.\n\nMaarten Aalbers",
    },
    {
        "id": "d76-other-56", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Sabine Hermans <s.hermans@dienstdommelvallei.nl>",
        "body": "Kan het atelier volgende keer op een vrijdag? Donderdag is bij ons collegedag en dat maakt het "
                "lastig.\n\nSabine",
    },
    {
        "id": "d76-other-57", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Vincent Lammers <v.lammers@werkorganisatie-bmv.nl>",
        "body": "Mag ik in plaats van mijzelf iemand uit ons MT sturen? En zo ja, wat moet ik dan doorgeven?\n\n"
                "Vincent",
    },
    {
        "id": "d76-other-58", "kind": "other", "thread": None,
        "sender": "Charlotte Meeuwsen <c.meeuwsen@werkorganisatie-hbr.nl>",
        "subject": "Inzageverzoek AVG",
        "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die "
                "u van mij verwerkt, en om de bron waaruit u die heeft verkregen.\n\nHoogachtend,\nC. Meeuwsen",
    },
    {
        "id": "d76-other-59", "kind": "other", "thread": None,
        "sender": "Jan-Willem Bos <jw.bos@werkorganisatie-cgm.nl>",
        "subject": "nieuw mailadres",
        "body": "Beste secretariaat,\n\nWilt u voortaan jw.bos@cgm-gemeenten.nl gebruiken in plaats van dit adres? "
                "Dit adres vervalt eind van de maand.\n\nJan-Willem Bos",
    },
    {
        "id": "d76-other-60", "kind": "other", "thread": None,
        "sender": "Marco Verschoor <marco@publiekdigitaal.nl>",
        "subject": "Workshop op uw atelier",
        "body": "Geachte heer Van de Laar,\n\nPubliek Digitaal verzorgt graag kosteloos een workshop op uw volgende "
                "atelier over de digitalisering van werkprocessen in werkorganisaties. Zullen we een keer bellen?\n\n"
                "Met vriendelijke groet,\nMarco Verschoor\naccountmanager overheid",
    },
    {
        "id": "d76-other-61", "kind": "other", "thread": None,
        "sender": "Dorien Evers <d.evers@servicecentrum-mer.nl>",
        "subject": "Adviesraad",
        "body": "Beste Melanie,\n\nGraag meld ik mij aan voor de Adviesraad. Ik heb tijd vrijgemaakt en denk graag mee "
                "over het programma.\n\nDorien Evers",
    },
    {
        "id": "d76-other-62", "kind": "other", "thread": None,
        "sender": "Laura Smit <l.smit@werkorganisatie-lelystad-dronten.nl>",
        "subject": "aanmelding clustermanagers",
        "body": "Hierbij wil ik onze drie clustermanagers aanmelden: a.dekker@wlnd.nl, p.yilmaz@wlnd.nl en "
                "r.koning@wlnd.nl.\n\nLaura Smit",
    },
    {
        "id": "d76-other-63", "kind": "other", "thread": None,
        "sender": "Bart Wouters <b.wouters@gemeente-bergeijk.nl>",
        "subject": "collega",
        "body": "Wilt u ook mijn collega Karin Bosch aanmelden? Zij is sinds kort adjunct-directeur bij ons.\n\nBart",
    },
    {
        "id": "d76-other-64", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "Goedemorgen,\n\nIk heb dit doorgezet naar mevrouw De Vries; zij is deze week afwezig en reageert "
                "zelf zodra ze terug is.\n\nMet vriendelijke groet,\nAnja Mertens\nmanagementassistent",
    },
    {
        "id": "d76-other-65", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "apple",
        "sender": "Theo Kuijpers <t.kuijpers@werkorganisatie-druten-wijchen.nl>",
        "body": "Dank voor de bevestiging. Mijn opvolger meldt zich zelf bij jullie zodra hij begonnen is.\n\nTheo",
    },
    {
        "id": "d76-other-66", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Bianca Oosterhuis <b.oosterhuis@westerkwartier.nl>",
        "body": "Het atelier valt samen met onze raadsvergadering. Wordt er een opname gemaakt die ik achteraf kan "
                "terugkijken?\n\nBianca",
    },
    {
        "id": "d76-other-67", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Ronald Jacobs <ronald.jacobs@gmail.com>",
        "body": "Geen onderwerp van mijn kant, en of ik op 11 maart kan weet ik nog niet.\n\nRonald",
    },
    {
        "id": "d76-other-68", "kind": "other", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Erik van Houten <e.vanhouten@werkorganisatie-abg.nl>",
        "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": "Anja, kun je nagaan of ik die middag vrij ben? Dan beslis ik daarna.\n\nErik",
    },
    # ------------------------------------------------------------------------------------------------------------
    # subscribe in disguise
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-sub-01", "kind": "subscribe", "thread": None,
        "sender": "Evelien Jonker <e.jonker@werkorganisatie-oostgelre.nl>",
        "subject": "Netwerk",
        "body": "Kan ik mij hierbij aanmelden?\n\nEvelien Jonker\nDirecteur Werkorganisatie Oost Gelre-Winterswijk",
    },
    {
        "id": "d76-sub-02", "kind": "subscribe", "thread": None,
        "sender": "Stefan Bakker <stefan.bakker@werkorganisatie-ura.nl>",
        "subject": "nog plek?",
        "body": "Hallo,\n\nIs er nog plek voor een nieuwe directeur? Ik zou heel graag aansluiten bij jullie "
                "netwerk.\n\nStefan Bakker",
    },
    {
        "id": "d76-sub-03", "kind": "subscribe", "thread": None,
        "sender": "Nathalie Dekkers <n.dekkers@werkorganisatie-kvh.nl>",
        "subject": "Even voorstellen",
        "body": "Beste Stan en Melanie,\n\nSinds 1 januari ben ik directeur van de werkorganisatie Krimpenerwaard-"
                "Vijfheerenlanden. Daarvoor werkte ik twaalf jaar bij de provincie, dus de wereld van de ambtelijke "
                "fusies is nieuw voor mij. Mijn voorganger was vol lof over jullie ateliers, en ik merk in de eerste "
                "weken al hoeveel vragen er op mij afkomen die collega's vast herkennen: de verhouding tussen de "
                "colleges, de planning-en-controlcyclus, de vraag wie eigenlijk de opdrachtgever is.\n\n"
                "Dus bij dezen: zet mij maar op de lijst.\n\nHartelijke groet,\nNathalie Dekkers",
    },
    {
        "id": "d76-sub-04", "kind": "subscribe", "thread": None,
        "sender": "Peter Hoogland <p.hoogland@duoplus.nl>",
        "subject": "Nieuwe adjunct",
        "body": "Goedemiddag,\n\nPer 1 maart is Linda Mulder onze nieuwe adjunct-directeur (l.mulder@duoplus.nl). Zij "
                "wil ook graag lid worden; wilt u haar aanmelden?\n\nPeter Hoogland",
    },
    {
        "id": "d76-sub-05", "kind": "subscribe", "thread": None,
        "sender": "Simone Hartman <s.hartman@werkorganisatie-sed.nl>",
        "subject": "Could you add me?",
        "body": "Hi,\n\nCould you add me to the network? I'm the new director of Werkorganisatie SED since last "
                "month.\n\nKind regards,\nSimone Hartman",
    },
    {
        "id": "d76-sub-06", "kind": "subscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Willem Kloosterman <w.kloosterman@noardeast-fryslan.nl>",
        "body": "Oeps, dat was een vergissing van ons secretariaat. Lid blijven graag!\n\nWillem",
    },
    {
        "id": "d76-sub-07", "kind": "subscribe", "thread": None,
        "sender": "Marjolein Aarts <m.aarts@gemeente-asten-someren.nl>",
        "subject": "VNG-congres",
        "body": "Beste Stan,\n\nDank voor je inspirerende verhaal op het VNG-congres. Graag ontvang ik voortaan ook de "
                "uitnodigingen van jullie netwerk; ik ben directeur van de werkorganisatie Asten-Someren.\n\n"
                "Marjolein Aarts",
    },
    # ------------------------------------------------------------------------------------------------------------
    # unsubscribe in disguise (leave, hand-over, erasure)
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-unsub-01", "kind": "unsubscribe", "thread": None,
        "sender": "Gerard Huisman <g.huisman@werkorganisatie-bbr.nl>",
        "subject": "Afscheid",
        "body": "Beste Stan en Melanie,\n\nNa ruim twaalf jaar als directeur van onze werkorganisatie is het tijd voor "
                "iets anders. Ik heb de fusie van drie gemeenten van dichtbij meegemaakt, van de eerste "
                "kwartiermakersgesprekken tot het huidige, stabiele huis. Jullie ateliers waren daarin een vast "
                "ankerpunt: ik heb er veel geleerd en collega's leren kennen met wie ik nog steeds bel. Vanaf de "
                "zomer ga ik lesgeven aan de bestuursacademie en heb ik met het gemeentelijke "
                "werkveld weinig meer te maken.\n\n"
                "Daarom wil ik u vragen mij van de ledenlijst te halen. Wie mij opvolgt is nog niet bekend.\n\n"
                "Met hartelijke groet,\nGerard Huisman",
    },
    {
        "id": "d76-unsub-02", "kind": "unsubscribe", "thread": None,
        "sender": "Joke Wessels <j.wessels@werkorganisatie-cgm.nl>",
        "subject": "Nieuws: nieuwe directeur CGM",
        "body": "Beste secretariaat,\n\nPer 1 mei neemt Sanne Kuiper (s.kuiper@werkorganisatie-cgm.nl) mijn functie "
                "over. Zij neemt ook mijn plaats in jullie netwerk in.\n\nJoke Wessels",
    },
    {
        "id": "d76-unsub-03", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Hendrik Zwart <h.zwart@gemeente-oldambt.nl>",
        "subject": "Artikel 17 AVG",
        "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
                "maak ik gebruik van mijn recht op vergetelheid ten aanzien van alle persoonsgegevens die u van mij "
                "bewaart.\n\nHoogachtend,\nH. Zwart",
    },
    {
        "id": "d76-unsub-04", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Ilse Brouwer <ilse.brouwer@werkorganisatie-zeeuws-vlaanderen.nl>",
        "body": "Ik beroep me op het recht op gegevenswissing (art. 17 AVG).\n\nIlse Brouwer",
    },
    {
        "id": "d76-unsub-05", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "Vergissing, niet door mij aangevraagd.\n\nVerzonden vanaf mijn iPhone",
    },
    {
        "id": "d76-unsub-06", "kind": "unsubscribe", "thread": None,
        "sender": "Rik Visser <rik.visser@avri.nl>",
        "subject": "verzendlijst",
        "body": "Kunt u mij van uw verzendlijst halen?\n\nRik Visser",
    },
    {
        "id": "d76-unsub-07", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Olga Schuurman <o.schuurman@werkorganisatie-fryslan-west.nl>",
        "body": "Ik kom niet, en eerlijk gezegd hoeft het voor mij ook niet meer: ik stop met het netwerk.\n\nOlga",
    },
    {
        "id": "d76-unsub-08", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes",
        "sender": "Frank Damen <f.damen@gr-kempen.nl>",
        "body": "Dank voor alle mooie jaren en inspirerende ateliers. Vanaf volgende maand ben ik geen directeur meer, "
                "dus u kunt mij uitschrijven.\n\nFrank Damen",
    },
    # ------------------------------------------------------------------------------------------------------------
    # confirm in disguise
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-conf-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Lieke Vermeer <lieke.vermeer@icloud.com>",
        "body": "👍",
    },
    {
        "id": "d76-conf-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Kees Verhoeven <k.verhoeven@werkorganisatie-hlt.nl>",
        "body": "Verstuurd vanaf mijn iPhone",
    },
    {
        "id": "d76-conf-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Ria Hoekman <r.hoekman@werkorganisatie-hbr.nl>",
        "body": "Klopt.\n\nR. Hoekman",
    },
    {
        "id": "d76-conf-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Ahmed El Khatib <a.elkhatib@drechtsteden.nl>",
        "body": "Ja hoor, dat was ik.\n\nAhmed",
    },
    {
        "id": "d76-conf-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Maud Vissers <m.vissers@werkorganisatie-ura.nl>",
        "body": "Akkoord\n\nMaud Vissers\nalgemeen directeur\n\nDISCLAIMER: Dit bericht is uitsluitend bestemd voor de "
                "geadresseerde. Het gebruik van de inhoud door anderen is niet toegestaan. Indien u dit bericht ten "
                "onrechte ontvangt, wordt u verzocht de afzender te informeren en het bericht te verwijderen.",
    },
    {
        "id": "d76-conf-07", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "sender": "Ellen Timmer <e.timmer@westerkwartier.nl>",
        "body": "Bij dezen bevestigd, al had u mij voor mijn gevoel al genoeg bevestigingen gevraagd 😉\n\nEllen",
    },
    # ------------------------------------------------------------------------------------------------------------
    # rsvp in disguise
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Joris Blom <joris.blom@gmail.com>",
        "body": "👍🏻",
    },
    {
        "id": "d76-rsvp-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Yasmina Amrani <y.amrani@werkorganisatie-bmv.nl>",
        "body": "✅",
    },
    {
        "id": "d76-rsvp-03", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bert Sanders <b.sanders@servicecentrum-mer.nl>",
        "body": "Helaas.",
    },
    {
        "id": "d76-rsvp-05", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Inge Mol <i.mol@werkorganisatie-duivenvoorde.nl>",
        "body": "De raadsvergadering is verplaatst naar donderdagmiddag, dus het gaat helaas niet lukken.\n\nInge Mol",
    },
    {
        "id": "d76-rsvp-07", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Sophie Lamers <s.lamers@werkorganisatie-abg.nl>",
        "body": "Ik zit die dag in Brussel. Mijn collega Rik de Boer (r.deboer@werkorganisatie-abg.nl) gaat in mijn "
                "plaats.\n\nSophie",
    },
    {
        "id": "d76-rsvp-08", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Gijs Rutten <g.rutten@dienstdommelvallei.nl>",
        "body": "Geen onderwerp van mijn kant, maar op 11 maart ben ik er zeker bij.\n\nGijs",
    },
    {
        "id": "d76-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn",
        "sender": "Tessa Brink <t.brink@bbr.nl>",
        "body": "Prima, ik kom namens Dirk.\n\nTessa",
    },
    {
        "id": "d76-rsvp-11", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "gmail",
        "sender": "Esther Wijnands <esther.wijnands@gmail.com>",
        "body": "18 maart past ook. Tot dan!",
    },
    {
        "id": "d76-rsvp-13", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Mariska Jongman <m.jongman@hollandskroon.nl>",
        "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld "
                "dan met hoeveel\n> personen u komt.\n\nJa, met z'n tweeën.\n\n> Graag uw antwoord vóór 2 maart "
                "2027.\n\nMariska",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
    },
    # ------------------------------------------------------------------------------------------------------------
    # suggestion in disguise
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "d76-sugg-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Wouter Maas <w.maas@werkorganisatie-druten-wijchen.nl>",
        "body": "Hoe houd je de raden van vijf gemeenten even goed aangesloten op wat de werkorganisatie doet?",
    },
    {
        "id": "d76-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Rutger Feenstra <r.feenstra@westerkwartier.nl>",
        "body": "Hoe meten anderen de tevredenheid van inwoners over het klantcontactcentrum?\n\nVerstuurd vanaf mijn "
                "iPhone",
    },
    {
        "id": "d76-sugg-04", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Hester van Wijk <h.vanwijk@a2gemeenten.nl>",
        "body": "Waar staat jouw werkorganisatie over tien jaar?\n\nHester",
    },
    {
        "id": "d76-sugg-05", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Martijn Leenders <m.leenders@gr-kempen.nl>",
        "body": "Ik kom graag. Onderwerp: hoe krijg je nog personeel binnen op een krappe arbeidsmarkt?\n\nMartijn",
    },
    {
        "id": "d76-sugg-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Agnes Hoving <a.hoving@werkorganisatie-abg.nl>",
        "body": "Dank voor het verslag. Wat mij betreft praten we de volgende keer verder over de rol van de "
                "werkorganisatie in de regionale woningbouwopgave, samen met de buurgemeenten.\n\nAgnes Hoving",
    },
    {
        "id": "d76-sugg-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Timo Reinders <t.reinders@werkorganisatie-oostgelre.nl>",
        "body": "Dank! Een onderwerp heb ik al: hoe maak je het digitale loket bruikbaar voor laaggeletterde "
                "inwoners?\n\nTimo",
    },
    {
        "id": "d76-sugg-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "Nog eentje: wat doe je als één van de deelnemende gemeenten uit de samenwerking wil stappen?\n\n"
                "Marieke",
    },
    {
        "id": "d76-sugg-09", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Cor Heijnen <c.heijnen@servicecentrum-mer.nl>",
        "body": "Bij ons is net besloten het sturingsconcept om te gooien naar opdrachtgever-opdrachtnemer. Lijkt me "
                "goed om de ervaringen daarmee met collega's te delen.\n\nCor Heijnen",
    },
    {
        "id": "d76-sugg-10", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Esmee van Loon <e.vanloon@dienstdommelvallei.nl>",
        "body": "Voorstel: data en dashboards. Intern om de formatie en de werkprocessen te sturen, en extern om de "
                "prestaties van onze dienstverlening aan inwoners en ondernemers te monitoren.\n\nEsmee van Loon",
    },
]
