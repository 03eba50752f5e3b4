"""devset130: leaving words that are not a leave, mixed with real requests to leave the network.

Directors, assistants and colleagues of shared civil-service organisations write about leaving in every sense: a
municipality leaving the GR, a task the werkorganisatie stops doing, a director who changes jobs but wants to stay,
a retirement reported by a colleague, an out-of-office of someone who has gone, a decline for one atelier. Among
them are the real leaves: plain, elliptical, in English, with or without a successor, with an AVG erasure, as a
new mail or under any of our mails, from Outlook, Gmail, Apple Mail, GroupWise, Notes and phones.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a topic about leaving (uittreden, afscheid, stoppen met een taak) proposed
  under any of our mails is a `suggestion`, its themes those of the topic proposed;
- leaving the network and declining the atelier in one mail is `unsubscribe`; a decline that keeps membership
  ("ik stop deze keer", "afmelden voor het atelier", with a substitute) is `rsvp` False;
- a named successor, with or without an address, is `unsubscribe`; a hand-over for a later date with "tot die
  tijd blijf ik lid" is `other`; a colleague reporting that someone left is `other`;
- an AVG erasure request is `unsubscribe` with `erase` True; a request to see one's data is `other`;
- "lid blijven" under our goodbye is `subscribe`; a self sign-up with the writer's own address is `subscribe`;
- a plain denial under our confirmation mail is `unsubscribe`; one that asks where we got the address is `other`;
- out-of-office and "no longer employed here" replies are `autoreply`, without a quote;
- questions, complaints, thanks, conditions, address changes and format proposals are `other`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- suggestions about leaving as a topic -------------------------------------------------------------------
    {
        "id": "d130-001",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hanneke Bosveld <h.bosveld@werkorganisatie-lingewaard-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan en Melanie,

            Bij ons speelt het nu heel concreet: een van de drie gemeenten overweegt uit te treden uit de GR.
            Ik zou graag met collega's praten over hoe je zo'n afscheid van een deelnemer begeleidt: wat doet
            het met de verhoudingen tussen de overblijvende gemeenten en de uittredende, en hoe voorkom je dat
            het een vechtscheiding wordt?

            Hartelijke groet,
            Hanneke
            """
        ),
    },
    {
        "id": "d130-002",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruud Pelgrim <r.pelgrim@debeemstergroep.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de goede middag. Voor de volgende keer:

            Stoppen met een taak. Wij geven per 2028 de uitvoering van de leerplicht terug aan de gemeenten en
            moeten daarvoor zeven fte afbouwen. Hoe doe je dat netjes in je formatie, met zo min mogelijk
            gedwongen vertrek en zonder dat de kennis in één keer weg is?

            Met vriendelijke groet,

            R.J. Pelgrim
            Directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d130-003",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Femke Aaldering <f.aaldering@ambtelijkeorganisatie-rijnvallei.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom! U vraagt of ik al een onderwerp heb: ja. Over vijf jaar gaat een kwart
            van onze medewerkers met pensioen. Het afscheid van al die ervaren mensen, en vooral hoe we hun kennis
            vasthouden voordat ze de deur achter zich dichttrekken, lijkt me een mooi gesprek voor een atelier.

            Groet,
            Femke Aaldering

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d130-004",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wouter Kempenaar <w.kempenaar@samenwerkingkromme-ijssel.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Nog eentje erbij, als dat mag:

            We stoppen volgend jaar met het fysieke loket in de twee kleinste kernen. Hoe houd je de
            dienstverlening aan vooral oudere inwoners op peil als het gemeentehuis om de hoek verdwijnt?
            Ervaringen met mobiele loketten of bibliotheekbalies zijn zeer welkom.

            Wouter
            """
        ),
    },
    {
        "id": "d130-005",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "mr. drs. A.C. (Annelies) Tichelaar <ac.tichelaar@werkorganisatie-delflanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar, beste Stan,

            Ik ben erbij op 11 maart.

            Mag ik alvast een onderwerp voor een later atelier noemen? De uittredingsregeling in onze
            gemeenschappelijke regeling is nooit getest. Wat staat er bij collega's in de GR over uittreden,
            de uittreedsom en de verdeling van frictiekosten, en hoe hebben gemeenten daar in de praktijk over
            onderhandeld?

            Met vriendelijke groet,
            Annelies Tichelaar
            algemeen directeur
            """
        ),
    },
    {
        "id": "d130-006",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Bart Osinga <b.osinga@fusieorganisatie-noardwest.frl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen:

            1. Opvolging in de directie: ik neem over anderhalf jaar afscheid en wil niet dat mijn vertrek een
               gat slaat. Hoe regelen collega's de overdracht binnen het MT?
            2. Wat doe je als een gemeenteraad zich terugtrekt uit een gezamenlijke opgave (bij ons: de
               regionale energiestrategie) terwijl de andere twee door willen?

            Groeten, Bart
            """
        ),
    },
    {
        "id": "d130-007",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Greetje Hoogenboom <g.hoogenboom@bedrijfsvoeringsorganisatie-westerkwartier.nl>",
        "quote": "none",
        "subject": "idee voor een volgend atelier",
        "body": _(
            """
            Beste secretariaat,

            Een idee dat al een tijdje door mijn hoofd spookt: stoppen of doorgaan? Onze werkorganisatie bestaat
            straks tien jaar en niemand weet eigenlijk nog waar we over tien jaar willen staan. Is de ambtelijke
            fusie een eindstation of een tussenstap richting herindeling? Ik zou die langetermijnvraag graag eens
            met collega-directeuren verkennen.

            Vriendelijke groet,
            Greetje Hoogenboom
            """
        ),
    },
    {
        "id": "d130-008",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Joost Verduijn <joost.verduijn@deltawerkorganisatie.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Mooi verslag. Een onderwerp dat in de wandelgangen bleef hangen en dat ik graag op de agenda zie:
            de gemeente die de GR verlaat maar een paar taken wil blijven afnemen via een
            dienstverleningsovereenkomst. Hoe houd je dan de verhouding met de blijvers en de vertrekker zuiver?

            Joost
            """
        ),
    },
    # --- rsvp that sounds like leaving ------------------------------------------------------------------------
    {
        "id": "d130-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjoerd Wiersma <s.wiersma@gemeenschappelijkeregeling-hunzeland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik stop deze keer, de begrotingsbehandeling valt precies in die week en ik krijg het niet rond.
            In het najaar ben ik er weer bij.

            Groet, Sjoerd
            """
        ),
    },
    {
        "id": "d130-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Keijzer <m.keijzer@werkorganisatie-oostvechtdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            ja, ik kom! fijn dat het op donderdag is want sinds januari stop ik op vrijdag met werken (vier
            dagen nu), dus vrijdag had ik moeten passen.

            groetjes Marloes
            """
        ),
    },
    {
        "id": "d130-011",
        "kind": "rsvp",
        "attending": False,
        "sender": "Peter-Jan Ruitenberg <pj.ruitenberg@dewoldenhoogeveen-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan niet. Onze burgemeester neemt die middag afscheid en als directeur moet ik daar bij
            zijn. Geef mijn plaats maar aan iemand op de wachtlijst.

            PJ
            """
        ),
    },
    {
        "id": "d130-012",
        "kind": "rsvp",
        "attending": False,
        "sender": "Corinne van Hulten <c.vanhulten@serviceorganisatie-heuvelrug.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Schrap mij maar van de wachtlijst: inmiddels heb ik op die donderdag een OR-overleg dat ik niet kan
            verschuiven. Als er volgend halfjaar weer een atelier is, hoop ik er wel op tijd bij te zijn.

            Corinne
            """
        ),
    },
    {
        "id": "d130-013",
        "kind": "rsvp",
        "attending": False,
        "sender": "Edwin Stroeve <e.stroeve@grensland-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Zelf zit ik die dag op de afscheidsreceptie van onze griffier, dus ik moet het atelier laten schieten.
            In mijn plaats komt Ilse Brandsma, concerncontroller, ilse.brandsma@grensland-werkorganisatie.nl.

            Groet,
            Edwin Stroeve
            """
        ),
    },
    {
        "id": "d130-014",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Doornbosch <k.doornbosch@ambtelijkdienstverband-maasoever.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Door de nieuwe datum moet ik me afmelden voor het atelier; op 18 maart zit ik in Brussel.
            Dat geldt alleen voor deze bijeenkomst hoor, in het netwerk blijf ik gewoon.

            Karin Doornbosch
            """
        ),
    },
    {
        "id": "d130-015",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thijs Abbink <t.abbink@werkorganisatie-achterveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + INV,
        "body": _(
            """
            Ik haak voor deze editie af, zit dan met mijn gezin in de sneeuw.
            """
        ),
    },
    {
        "id": "d130-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Noor El Amrani <n.elamrani@samenwerkingsverband-vijfheerenlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Aardig dat Dirk aan mij dacht, maar ik moet me toch afmelden voor 11 maart: ik zit die middag in de
            raadscommissie. Wilt u het even met hem opnemen?

            Met vriendelijke groet,
            Noor El Amrani
            """
        ),
    },
    # --- subscribe ---------------------------------------------------------------------------------------------
    {
        "id": "d130-017",
        "kind": "subscribe",
        "sender": "Gijs Mulderij <g.mulderij@werkorganisatie-oldambtstreek.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven!

            Mijn secretaresse heeft bij het opruimen van mijn nieuwsbrieven te enthousiast op afmelden gedrukt.
            Ik ga nergens heen en wil de uitnodigingen gewoon blijven krijgen.

            Gijs Mulderij
            """
        ),
    },
    {
        "id": "d130-018",
        "kind": "subscribe",
        "sender": "Yvonne Hartgers <y.hartgers@gr-peelkracht.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Beste Melanie,

            Vorige maand heb ik afscheid genomen van het netwerk omdat ik dacht dat ik per 1 mei met pensioen
            zou gaan. Het college heeft me gevraagd nog een jaar aan te blijven om de reorganisatie af te ronden,
            dus ik blijf graag lid. Kunt u mij weer op de lijst zetten?

            Hartelijke groet,
            Yvonne
            """
        ),
    },
    {
        "id": "d130-019",
        "kind": "subscribe",
        "sender": "Laurens Overdijk <l.overdijk@werkorganisatie-kennemerduin.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk - opvolger van Henk Zwaagstra",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 februari ben ik algemeen directeur van de werkorganisatie Kennemerduin, als opvolger van Henk
            Zwaagstra, die inmiddels is vertrokken. Henk raadde me het netwerk aan. Ik meld me graag aan met dit
            adres.

            Met vriendelijke groet,
            Laurens Overdijk
            """
        ),
    },
    {
        "id": "d130-020",
        "kind": "subscribe",
        "sender": "Ria Bergsma-Vos <r.bergsma@uitvoeringsorganisatie-zuidwestfriesland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Dag allemaal,

            Toen ik bij gemeente Harlingermeer wegging heb ik me netjes afgemeld. Inmiddels ben ik directeur van
            de uitvoeringsorganisatie Zuidwest-Friesland, dus weer helemaal doelgroep. Graag weer lid, op dit
            nieuwe adres.

            Ria
            """
        ),
    },
    # --- autoreplies -------------------------------------------------------------------------------------------
    {
        "id": "d130-021",
        "kind": "autoreply",
        "sender": "Maarten Gerritsen <m.gerritsen@werkorganisatie-lopikerwaard.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Maarten Gerritsen is per 1 januari 2027 niet meer werkzaam bij de werkorganisatie Lopikerwaard.
            Uw bericht wordt niet doorgestuurd. Voor zaken van de directie kunt u terecht bij
            directiesecretariaat@werkorganisatie-lopikerwaard.nl of via 14 0348.
            """
        ),
    },
    {
        "id": "d130-022",
        "kind": "autoreply",
        "sender": "Jannie Scholten <j.scholten@gemeenschappelijkedienst-aaenhunze.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Sinds 15 december geniet ik van mijn pensioen. Deze mailbox wordt niet meer gelezen en wordt binnenkort
            opgeheven. Mijn taken zijn overgenomen door Albert Jonker (a.jonker@gemeenschappelijkedienst-aaenhunze.nl).

            Dank voor de prettige samenwerking!
            Jannie Scholten
            """
        ),
    },
    {
        "id": "d130-023",
        "kind": "autoreply",
        "sender": "Stephanie Reekers <s.reekers@ambtelijkefusie-berkelland.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your email. I have left the organisation as of 28 February 2027 and this mailbox is no
            longer monitored. For urgent matters please contact the front office on +31 544 39 00 00.
            """
        ),
    },
    {
        "id": "d130-024",
        "kind": "autoreply",
        "sender": "Hendrik-Jan Wolters <hj.wolters@werkorganisatie-twenterand-tubbergen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afwezigheidsbericht: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben met ouderschapsverlof en stop tot en met 30 april met werken. Ik lees mijn mail in die periode
            niet. Voor directiezaken: mw. L. Nijhuis, l.nijhuis@werkorganisatie-twenterand-tubbergen.nl.
            """
        ),
    },
    {
        "id": "d130-025",
        "kind": "autoreply",
        "sender": "Postbus Gemeente Altena-Werkendam <postbus@altena-werkendam-samen.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Ontvangstbevestiging [Zaaknummer Z-2027-004311]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw e-mail ontvangen en geregistreerd onder zaaknummer Z-2027-004311.

            Let op: het directiesecretariaat van de voormalige werkorganisatie Altena-Werkendam is per
            1 januari opgeheven. Berichten voor de directie worden door de afdeling Post doorgezet.
            Dit is een automatisch bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "d130-026",
        "kind": "autoreply",
        "sender": "d.vanrossum@gr-kempenland.nl",
        "thread": "followup",
        "quote": "none",
        "subject": "Dit adres is niet meer in gebruik",
        "body": _(
            """
            Dit e-mailadres is niet langer in gebruik. D. van Rossum heeft afscheid genomen van de GR Kempenland.
            Uw bericht is niet gelezen.
            """
        ),
    },
    # --- other: look-alikes --------------------------------------------------------------------------------------
    {
        "id": "d130-027",
        "kind": "other",
        "sender": "Anita Veldkamp <a.veldkamp@werkorganisatie-midden-drenthe-aa.nl>",
        "quote": "none",
        "subject": "vraag: hoe meld ik een collega af?",
        "body": _(
            """
            Goedemorgen,

            Mijn collega-directeur Frans Oudejans is in december vertrokken, maar hij staat volgens mij nog
            bij jullie ingeschreven. Hoe kan ik hem afmelden? Moet hij dat zelf doen of kan ik dat namens hem
            regelen?

            Groet, Anita Veldkamp
            """
        ),
    },
    {
        "id": "d130-028",
        "kind": "other",
        "sender": "Robbert Hamstra <r.hamstra@fusiegemeenten-kop-van-overijssel.nl>",
        "quote": "none",
        "subject": "Waarom is mijn collega afgemeld?",
        "body": _(
            """
            Beste secretariaat,

            Tot mijn verbazing hoorde ik van Marjolein Teunissen dat zij een bevestiging van haar afmelding heeft
            gekregen. Zij heeft daar nooit om gevraagd en werkt hier gewoon nog. Hoe kan dat? Ik wil graag weten
            wat er is misgegaan, want zij mist nu de uitnodiging voor maart.

            Met vriendelijke groet,
            Robbert Hamstra
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d130-029",
        "kind": "other",
        "sender": "Sandra Eikelboom <secretariaat.directie@ambtelijkesamenwerking-bernisse-spijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte mevrouw Huurneman,

            Ter informatie: de heer Gerrit Landman, aan wie deze uitnodiging is gericht, is per 1 februari met
            pensioen gegaan. Hij zal dus niet reageren. Er is nog geen nieuwe directeur benoemd.

            Met vriendelijke groet,
            Sandra Eikelboom
            managementassistent
            """
        ),
    },
    {
        "id": "d130-030",
        "kind": "other",
        "sender": "Michiel Tjeenk <michiel.tjeenk@werkorganisatie-zaanstreek.nl>",
        "quote": "none",
        "subject": "nieuw e-mailadres",
        "body": _(
            """
            Hallo,

            Na de naamswijziging van onze organisatie heb ik een nieuw mailadres. Verwijder mijn oude adres
            (m.tjeenk@wormer-oostzaan.nl) alsjeblieft uit jullie lijst en gebruik voortaan dit adres.

            Dank en groet,
            Michiel
            """
        ),
    },
    {
        "id": "d130-031",
        "kind": "other",
        "sender": "Ingeborg Lammers <i.lammers@werkorganisatie-de-vier-polders.nl>",
        "quote": "none",
        "subject": "Overstap naar andere werkorganisatie - graag lid blijven",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 april neem ik afscheid van De Vier Polders en begin ik als algemeen directeur bij de
            werkorganisatie Groene Hart Oost. Het netwerk wil ik niet kwijt: ik blijf graag lid. Vanaf die datum
            werkt dit adres niet meer; mijn nieuwe adres wordt i.lammers@groenehartoost.nl.

            Hartelijke groet,
            Ingeborg Lammers
            """
        ),
    },
    {
        "id": "d130-032",
        "kind": "other",
        "sender": "Dolf Kuipers <d.kuipers@gr-westfriesland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Geen thema's van mijn kant deze ronde. Wel een mededeling: ik vertrek per 1 september naar de
            provincie. Mijn opvolger is nog niet bekend; zodra dat zo is, geef ik de naam en het adres door.
            Tot die tijd blijf ik gewoon lid en kom ik graag nog een keer naar een atelier.

            Dolf Kuipers
            """
        ),
    },
    {
        "id": "d130-033",
        "kind": "other",
        "sender": "Hester Bloemendaal <h.bloemendaal@intergemeentelijkedienst-ijsselvallei.nl>",
        "quote": "none",
        "subject": "inzage persoonsgegevens",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van de AVG verzoek ik u mij te laten weten welke persoonsgegevens u van mij verwerkt en met
            wie u die deelt. Aan de hand daarvan beslis ik of ik lid blijf of me afmeld.

            Hoogachtend,
            mr. H. Bloemendaal
            """
        ),
    },
    {
        "id": "d130-034",
        "kind": "other",
        "sender": "Vincent Roozendaal <vincent.roozendaal@bedrijfsvoeringscentrum-gooi.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb me nergens aangemeld. Wie heeft dit adres aan u gegeven, en waar haalt u het vandaan?
            Ik ontvang graag een verklaring.

            V. Roozendaal
            """
        ),
    },
    {
        "id": "d130-035",
        "kind": "other",
        "sender": "Trudy Snijders <t.snijders@werkorganisatie-baarle-alphen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de bevestiging. Eén vraag die bij ons actueel is: Alphen-Chaam treedt per 2028 uit onze GR.
            Blijf ik dan lid van het netwerk, of vallen wij dan buiten de doelgroep omdat er nog maar twee
            gemeenten over zijn? Ik hoor het graag.

            Trudy Snijders
            """
        ),
    },
    {
        "id": "d130-036",
        "kind": "other",
        "sender": "Arend Zijlstra <a.zijlstra@werkorganisatie-smallingerland-opsterland.nl>",
        "quote": "none",
        "subject": "Na mijn pensioen nog welkom?",
        "body": _(
            """
            Beste Stan,

            In juni stop ik als algemeen directeur, maar ik ga daarna als interim-adviseur voor een paar
            werkorganisaties aan de slag. Mag ik dan nog lid blijven van het netwerk, of is het echt alleen voor
            zittende directeuren? Ik laat het graag van jullie afhangen.

            Groet,
            Arend
            """
        ),
    },
    {
        "id": "d130-037",
        "kind": "other",
        "sender": "Lydia Vermeulen <lydia.vermeulen@dienstgemeenten-weert-cranendonck.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank jullie wel voor alle mooie ateliers de afgelopen zes jaar. Ik heb er veel aan gehad en ga
            het missen. Het ga jullie goed!

            Lydia
            """
        ),
    },
    {
        "id": "d130-038",
        "kind": "other",
        "sender": "Okke de Boer <o.deboer@werkorganisatie-noordoostpolder-urk.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor de bevestiging. U vraagt naar een opvolger: die is nog niet geworven, de vacature gaat
            pas in april open. Ik kan u dus nog niemand noemen.

            O. de Boer
            """
        ),
    },
    {
        "id": "d130-039",
        "kind": "other",
        "sender": "Carla Vrieling <c.vrieling@gemeenschappelijkeregeling-veenkolonien.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Fijne middag was het. Eén verzoek voor de vorm: stop alsjeblieft met de ateliers op donderdagmiddag.
            Dan hebben veel van ons collegevergadering-voorbereiding. Een vrijdagochtend, of om en om online,
            zou voor het noorden ook veel reistijd schelen.

            Carla
            """
        ),
    },
    {
        "id": "d130-040",
        "kind": "other",
        "sender": "Hans Brouwer <hans.brouwer@werkorganisatie-heusden-vught.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb me al aangemeld en het staat in mijn agenda, dus deze herinneringen hoeven wat mij betreft
            niet meer. Kunnen jullie mij daarvoor uitschrijven? De uitnodigingen en de oproepen wil ik wel
            blijven ontvangen.

            Hans
            """
        ),
    },
    {
        "id": "d130-041",
        "kind": "other",
        "sender": "Willemijn Sanders <w.sanders@gr-ambtelijkeorganisatie-lek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Wij hebben vorig jaar de uittreding van Vianen-Oost helemaal doorlopen, van eerste raadsbesluit tot
            de afrekening. Zou ik daar op het atelier een korte presentatie over mogen geven? Ik denk dat meer
            collega's ermee te maken krijgen.

            Met vriendelijke groet,
            Willemijn Sanders
            """
        ),
    },
    {
        "id": "d130-042",
        "kind": "other",
        "sender": "Frits ter Horst <f.terhorst@werkorganisatie-oost-achterhoek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Ik zag in de nieuwsbrief dat Hanneke Bosveld het onderwerp 'afscheid van een gemeente uit de GR'
            had ingebracht. Daar sluit ik me van harte bij aan, dat wil ik ook graag bespreken. Zelf heb ik
            verder niets nieuws.

            Frits
            """
        ),
    },
    {
        "id": "d130-043",
        "kind": "other",
        "sender": "Margriet Eshuis <secretariaat@werkorganisatie-dinkelland-losser.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - dhr. Tuinman",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Tuinman: hij wil graag naar het atelier van 11 maart komen, maar hij moet om 16.00 uur
            weg naar het afscheid van een wethouder. Is het een probleem als hij halverwege vertrekt? Dan meld ik
            hem aan.

            Met vriendelijke groet,
            Margriet Eshuis
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d130-044",
        "kind": "other",
        "sender": "Otto Kranenburg <o.kranenburg@samenwerkingsorganisatie-hoeksche-waard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik online kan inbellen voor het eerste uur: om 14.00 uur sta ik nog
            bij het afscheid van onze concernsecretaris. Lukt dat met de Teams-link, en kan ik daarna fysiek
            aansluiten?

            Otto
            """
        ),
    },
    {
        "id": "d130-045",
        "kind": "other",
        "sender": "Bianca Huisman <b.huisman@ambtelijkeorganisatie-borsele-kapelle.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank u. Mag ik vragen hoe ik me later weer kan afmelden, mocht dat nodig zijn? Mijn aanstelling is
            tijdelijk tot eind 2027 en ik wil niet dat u daarna naar een leeg adres blijft mailen.

            Bianca Huisman
            """
        ),
    },
    {
        "id": "d130-046",
        "kind": "other",
        "sender": "Gerard Wessels <g.wessels@werkorganisatie-montferland-zevenaar.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Wel een vraag: ik ga over ongeveer acht maanden met vervroegd pensioen. Moet ik me dan zelf afmelden,
            of ziet u dat vanzelf aan een bounce?

            Gerard Wessels
            """
        ),
    },
    {
        "id": "d130-047",
        "kind": "other",
        "sender": "Nathalie Brink <n.brink@werkorganisatie-rivierenland-west.nl>",
        "quote": "none",
        "subject": "mails voor onze vorige directeur",
        "body": _(
            """
            Hoi,

            Onze vorige directeur, Jeroen van Asselt, is in november vertrokken. Zijn mail wordt sindsdien naar mij
            doorgestuurd en ik krijg dus al jullie berichten over het netwerk. Ik ben zelf geen directeur. Wat is
            de bedoeling, moet ik iets met die mails?

            Nathalie Brink
            teamleider bestuursondersteuning
            """
        ),
    },
    {
        "id": "d130-048",
        "kind": "other",
        "sender": "Paul Hendriksen <paul.hendriksen@shared-service-ijsselland.nl>",
        "quote": "none",
        "subject": "Sabbatical - please keep me on the list",
        "body": _(
            """
            Dear Stan and Melanie,

            Quick heads-up: I am stepping away from work for a six-month sabbatical from April. I do NOT want to
            leave the network, so please keep me on the list, but don't be surprised if I don't answer the
            invitations until October.

            Best,
            Paul
            """
        ),
    },
    {
        "id": "d130-049",
        "kind": "other",
        "sender": "Marieke Stolwijk <m.stolwijk@werkorganisatie-krimpenerwaard-noord.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik twijfel nog. Wat vraagt het lidmaatschap precies van mij aan tijd? Ik stop over een jaar als
            directeur en weet niet of het dan nog zin heeft om nu in te stappen.

            Marieke
            """
        ),
    },
    {
        "id": "d130-050",
        "kind": "other",
        "sender": "Sylvia Koster <s.koster@gr-zuidoostzaanland.nl>",
        "quote": "doorgestuurd",
        "quoted": "uitnodiging_atelier",
        "body": _(
            """
            Goedemiddag,

            Deze uitnodiging kwam binnen bij de heer Roelofs, maar hij werkt hier sinds 1 maart niet meer.
            De interim-directeur is mevrouw A. Pietersma (a.pietersma@gr-zuidoostzaanland.nl). Ik weet niet
            of zij lid wil worden; misschien kunt u haar zelf benaderen?

            Met vriendelijke groet,
            Sylvia Koster
            secretariaat directie
            """
        ),
    },
    {
        "id": "d130-051",
        "kind": "other",
        "sender": "Ton Verbeek <t.verbeek@werkorganisatie-peel-en-maas.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap per 1 juli",
        "body": _(
            """
            Beste Stan,

            Per 1 juli draag ik het stokje over aan Rianne Custers (r.custers@werkorganisatie-peel-en-maas.nl).
            Tot die tijd blijf ik lid en ik zie jullie nog graag op 11 maart. Wil je haar vanaf juli de
            berichten sturen?

            Groet, Ton
            """
        ),
    },
    # --- unsubscribe -------------------------------------------------------------------------------------------
    {
        "id": "d130-052",
        "kind": "unsubscribe",
        "sender": "Erik Jan Polman <ej.polman@ambtelijkeorganisatie-voorne.nl>",
        "quote": "none",
        "subject": "Uitschrijving netwerk",
        "body": _(
            """
            Geacht secretariaat,

            Na de herinrichting van onze organisatie is mijn directeursrol vervallen; ik ben nu programmamanager.
            Wilt u mij uitschrijven uit het Netwerk van directeuren? Het was een waardevolle kring.

            Met vriendelijke groet,
            E.J. Polman
            """
        ),
    },
    {
        "id": "d130-053",
        "kind": "unsubscribe",
        "sender": "Anouk Dijkhuis <anouk.dijkhuis@werkorganisatie-stichtse-heuvels.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            niet meer voor mij, ben sinds kort weg bij de werkorganisatie. afmelden graag
            """
        ),
    },
    {
        "id": "d130-054",
        "kind": "unsubscribe",
        "sender": "Rick Oosterhout <rick.oosterhout@gr-servicecentrum-drechtsteden-oost.nl>",
        "quote": "none",
        "subject": "Please remove me from your mailing list",
        "body": _(
            """
            Hi,

            I have moved to a role in the private sector, so the directors' network is no longer relevant for
            me. Please take me off the distribution list. Thanks for everything over the years.

            Kind regards,
            Rick Oosterhout
            """
        ),
    },
    {
        "id": "d130-055",
        "kind": "unsubscribe",
        "sender": "Monique Vlaskamp <m.vlaskamp@werkorganisatie-oude-ijsselstreek-doetinchem.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Per 1 maart neem ik afscheid van de werkorganisatie, dus op 11 maart ben ik er niet meer. Mijn plek
            in het netwerk gaat naar mijn opvolger, Tobias Heerink:
            t.heerink@werkorganisatie-oude-ijsselstreek-doetinchem.nl. Wil je mij afmelden en hem uitnodigen?

            Hartelijke groet,
            Monique
            """
        ),
    },
    {
        "id": "d130-056",
        "kind": "unsubscribe",
        "sender": "Dirk-Jan Hoekstra <dj.hoekstra@ambtelijkefusie-tytsjerksteradiel-achtkarspelen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen thema's meer van mij: eind deze maand vertrek ik. Mijn opvolger wordt Baukje Terpstra; haar
            e-mailadres heb ik nog niet, dat krijgt ze pas bij indiensttreding. Wilt u mij alvast afmelden?

            Dirk-Jan
            """
        ),
    },
    {
        "id": "d130-057",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Liesbeth Groeneveld <l.groeneveld@werkorganisatie-molenlanden-giessen.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering gegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij verzoek ik u, met een beroep op artikel 17 van de AVG, al mijn persoonsgegevens uit uw
            administratie te verwijderen en mij uit te schrijven als lid. Graag ontvang ik een bevestiging
            zodra dit is gebeurd.

            Hoogachtend,
            L. Groeneveld
            """
        ),
    },
    {
        "id": "d130-058",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Kevin Lodewijks <k.lodewijks@shared-services-parkstad-zuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Under the GDPR I ask you to erase all personal data you hold about me and to remove me from the
            network. I left Parkstad Zuid last month. No need to keep anything for your records.

            K. Lodewijks
            """
        ),
    },
    {
        "id": "d130-059",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Jolanda Meeuwsen <jolanda.meeuwsen@werkorganisatie-land-van-cuijk-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan,

            Leuk dat jullie weer ideeën ophalen, maar ik stop ermee: vanaf mei ben ik zzp'er en heb ik geen
            fusieorganisatie meer. Willen jullie mij afmelden en ook echt al mijn gegevens wissen, naam, adres,
            functie, alles? Ik ben daar een beetje principieel in.

            Dank je!
            Jolanda
            """
        ),
    },
    {
        "id": "d130-060",
        "kind": "unsubscribe",
        "sender": "Bas Tromp <b.tromp@werkorganisatie-alblasserwaard-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kom niet op 11 maart, en eerlijk gezegd wil ik ook geen uitnodigingen meer ontvangen. Het netwerk
            past niet meer bij wat ik nu doe. Haal me er dus maar helemaal af.

            Bas Tromp
            """
        ),
    },
    {
        "id": "d130-061",
        "kind": "unsubscribe",
        "sender": "Henriëtte Baars <h.baars@intergemeentelijkeorganisatie-oss-bernheze.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb me niet aangemeld voor dit netwerk. Ik wil hier ook niet bij.

            H. Baars
            """
        ),
    },
    {
        "id": "d130-062",
        "kind": "unsubscribe",
        "sender": "Mark Bijleveld <m.bijleveld@werkorganisatie-waterland-edam.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen idee wie mij heeft opgegeven, een collega misschien? Hoe dan ook: ik heb geen belangstelling.
            Laat de aanmelding maar vervallen.

            Mark Bijleveld
            """
        ),
    },
    {
        "id": "d130-063",
        "kind": "unsubscribe",
        "sender": "Esther Wouda <e.wouda@ambtelijkeorganisatie-waadhoeke-franekeradeel.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het welkom, maar toch maar niet: ik hoorde gisteren dat ik per volgende maand word
            overgeplaatst naar het ministerie. Haal me er dan maar weer af, dat scheelt jullie een leeg adres.

            Esther
            """
        ),
    },
    {
        "id": "d130-064",
        "kind": "unsubscribe",
        "sender": "Gerrit-Willem Aarts <gw.aarts@werkorganisatie-bommelerwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Dit was mijn laatste atelier, en wat een mooie om mee af te sluiten. Per 1 april ga ik met pensioen.
            Wilt u mij uitschrijven? Dank voor jaren vol goede gesprekken.

            Gerrit-Willem Aarts
            """
        ),
    },
    {
        "id": "d130-065",
        "kind": "unsubscribe",
        "sender": "Sanne Brugman <s.brugman@gemeenschappelijkeorganisatie-lochem-bronckhorst.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Helaas kan ik niet komen. Sterker nog: ik ga weg bij de werkorganisatie. Wilt u mij meteen ook van de
            ledenlijst halen? Dan kan mijn plaats naar de wachtlijst.

            Sanne Brugman
            """
        ),
    },
    {
        "id": "d130-066",
        "kind": "unsubscribe",
        "sender": "Jurgen Weltevreden <j.weltevreden@werkorganisatie-goeree-west.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Mijn suggestie mag blijven staan, maar ikzelf niet: ik vertrek per 1 juni naar een waterschap. Graag
            afmelden bij het netwerk.

            Jurgen
            """
        ),
    },
    {
        "id": "d130-067",
        "kind": "unsubscribe",
        "sender": "Pim Lagerwey <pim.lagerwey@werkorganisatie-zeeuwse-eilanden.nl>",
        "quote": "none",
        "subject": "afmelden",
        "body": _(
            """
            afmleden aub, sta hier nog op maar ben al weg bij de gemeenten. tnx

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d130-068",
        "kind": "unsubscribe",
        "sender": "Dorien Verschuren <d.verschuren@werkorganisatie-maasdriel-zaltbommel.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            De nieuwe datum past niet, en eerlijk gezegd hoeft het voor mij ook niet meer. Met de nieuwe
            gemeentelijke indeling valt mijn functie weg. Schrijf me maar uit.

            Dorien
            """
        ),
    },
    {
        "id": "d130-069",
        "kind": "unsubscribe",
        "sender": "Hugo Kloppenburg <h.kloppenburg@ambtelijkeorganisatie-eemsdelta-noord.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer dat het niet doorgaat. Ik maak van de gelegenheid gebruik om mijn lidmaatschap op te zeggen:
            mijn aanstelling als directeur loopt in april af en wordt niet verlengd.

            Met vriendelijke groet,
            H. Kloppenburg
            """
        ),
    },
    {
        "id": "d130-070",
        "kind": "unsubscribe",
        "sender": "Ir. W.F. Schimmelpenninck <wf.schimmelpenninck@bedrijfsvoeringsorganisatie-utrechtse-waarden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Gelieve mijn naam te schrappen uit uw ledenbestand. Ik heb mijn werkzaamheden bij de
            bedrijfsvoeringsorganisatie neergelegd.

            Hoogachtend,
            W.F. Schimmelpenninck
            """
        ),
    },
    {
        "id": "d130-071",
        "kind": "unsubscribe",
        "sender": "Tamara Lucassen <t.lucassen@werkorganisatie-beekdaelen-sittard.nl>",
        "quote": "none",
        "subject": "Laatste week",
        "body": _(
            """
            Beste Stan en Melanie,

            Dit is mijn laatste week bij de werkorganisatie. Wilt u mijn lidmaatschap van het netwerk beëindigen?
            Na vrijdag komt deze mailbox te vervallen.

            Met hartelijke groet,
            Tamara Lucassen
            """
        ),
    },
    {
        "id": "d130-072",
        "kind": "unsubscribe",
        "sender": "Frank Oudshoorn <f.oudshoorn@gr-duin-en-bollenstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Graag afmelden / please unsubscribe me. Ik ben per 1 april gestart bij een adviesbureau en
            vertegenwoordig geen fusieorganisatie meer.

            Frank Oudshoorn
            """
        ),
    },
    {
        "id": "d130-073",
        "kind": "unsubscribe",
        "sender": "Mirjam Terlouw <m.terlouw@werkorganisatie-ede-wageningen-oost.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar mijn opvolger: dat is Fleur Dijkstra, per 1 mei algemeen
            directeur, f.dijkstra@werkorganisatie-ede-wageningen-oost.nl. Zij neemt mijn plek in het netwerk
            graag over.

            Mirjam Terlouw
            """
        ),
    },
    {
        "id": "d130-074",
        "kind": "unsubscribe",
        "sender": "Gert Hazelhoff <g.hazelhoff@ambtelijkdienst-midden-groningen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Ik stop met het netwerk. Het kost meer tijd dan ik er in dit jaar voor heb, met twee
            reorganisaties tegelijk. Wilt u mij uitschrijven?

            Gert Hazelhoff
            """
        ),
    },
    {
        "id": "d130-075",
        "kind": "unsubscribe",
        "sender": "Cornelis van Tiel <c.vantiel@werkorganisatie-de-ronde-venen-uithoorn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik ben sinds vorige week met pensioen en lees deze mailbox nog een paar dagen. Haal me maar van de
            lijst, dan komt er niets meer binnen op een adres dat straks verdwijnt.

            Kees
            """
        ),
    },
    {
        "id": "d130-076",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ellen Rutgers <e.rutgers@werkorganisatie-bergen-egmond.nl>",
        "quote": "none",
        "subject": "Afmelding en verwijdering",
        "body": _(
            """
            Goedendag,

            Ik meld me af als lid en verzoek u mijn gegevens volledig te verwijderen, ook uit oude
            deelnemerslijsten van de ateliers. Mijn opvolger meldt zich zelf bij u aan zodra zij begonnen is.

            Vriendelijke groet,
            Ellen Rutgers
            """
        ),
    },
    {
        "id": "d130-077",
        "kind": "unsubscribe",
        "sender": "Ravi Ramdin <r.ramdin@serviceorganisatie-haaglanden-west.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Remove me please. Left the organisation in January, I'm only picking this up because of a forward.
            """
        ),
    },
    {
        "id": "d130-078",
        "kind": "unsubscribe",
        "sender": "Jeannette Voskuil <j.voskuil@werkorganisatie-zuidplas-waddinxveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie, beste Stan,

            Thema's heb ik niet meer voor jullie, want ik neem met deze mail afscheid van het netwerk. Na negen
            jaar is het tijd voor iets anders. Wil je mij afmelden? Bedankt voor alles.

            Jeannette
            """
        ),
    },
    {
        "id": "d130-079",
        "kind": "unsubscribe",
        "sender": "Matthijs Kroese <m.kroese@werkorganisatie-rheden-rozendaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            > Afmelden? Antwoord op deze e-mail met 'afmelden'

            Bij deze: afmelden. Ik ben overgestapt naar het Rijk en hoor niet meer in deze kring.

            Matthijs
            """
        ),
    },
    {
        "id": "d130-080",
        "kind": "unsubscribe",
        "sender": "Astrid Lindeboom <astrid.lindeboom@gr-servicecentrum-noordkop.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the report. I'm stepping down from the network though, my role is being merged into the
            regional team and I won't be a director any more. Please remove me. All the best to the group!

            Astrid
            """
        ),
    },
    {
        "id": "d130-081",
        "kind": "unsubscribe",
        "sender": "Koen Mertens <k.mertens@werkorganisatie-horst-venray.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": _(
            """
            Van de wachtlijst mag ik af, en van de ledenlijst eigenlijk ook: per 15 maart vertrek ik naar een
            gemeente zonder ambtelijke fusie. Mijn opvolger is Loes Janssen, l.janssen@werkorganisatie-horst-venray.nl.

            Koen Mertens
            """
        ),
    },
]
# fmt: on
