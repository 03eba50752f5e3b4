"""The fourteenth held-out set's cases (issue 17): hurried mail from phones, cars and trains.

Each case is labelled as the secretariat should treat it; cases that could not be labelled with confidence were
left out. Replies to our follow-up mail (vervolg_atelier) and to the thank-you for a suggestion carry the thread
``call_for_themes``. A director who cannot come but sends a substitute is an RSVP with ``attending`` False; a mail
that changes an earlier answer, or changes its own mind halfway, is labelled with the latest answer. A mail mixing
an act with a question a person must answer, or acting for someone else without their own address, is ``other``.
A plain denial under our confirmation request withdraws the pending sign-up (``unsubscribe``); a denial that asks
where we got the address is ``other``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nSent from my iPhone"
IPHONE_NL = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nVerzonden vanaf mijn iPad"
SAMSUNG = "\n\nVerstuurd vanaf mijn Samsung Galaxy smartphone."
GALAXY = "\n\nSent from my Galaxy"
SIRI = "\n\nVerzonden met Siri"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
OUTLOOK_ANDROID = "\n\nOutlook voor Android downloaden"
DICTATED = "\n\n(ingesproken, excuses voor eventuele vreemde woorden)"
AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_MS = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h14-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Hans Wolters <h.wolters@werkorganisatie-duinrand.nl>",
     "body": "Ja kom" + IPHONE_NL},
    {"id": "h14-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Ronald Kok <r.kok@wo-zuiderlanden.nl>",
     "body": "Ja ik kom graag naar het ateljee op 11 maart punt tot dan komma groet Ronald" + SIRI},
    {"id": "h14-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Petra Vonk <p.vonk@dewoldenhoek.nl>",
     "body": "kan helaas niet i.v.m. AB-vergadering vd GR, staat vzv ik weet al maanden vast. mvg Petra" + SAMSUNG},
    {"id": "h14-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Gert-Jan Hofman <gj.hofman@veluwerand.nl>",
     "body": "zelf lukt het niet. mijn loco Erik Jansen gaat ipv mij: e.jansen@veluwerand.nl\ntnx" + OUTLOOK_IOS},
    {"id": "h14-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Miriam Bos <m.bos@wo-eemgolf.nl>",
     "body": "Ben erbij maar wordt iets later, rond kwart over 3 ivm stuurgroep in Amersfoort" + IPHONE},
    {"id": "h14-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Kees van Rijn <k.vanrijn@werkorganisatie-kromme-ijssel.nl>",
     "body": "Correctie op mijn mail van gister: het MT is verschoven dus ik kan tóch. Zet me er weer op aub.\n\n"
             "Kees"},
    {"id": "h14-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Nadia Bouzid <n.bouzid@wo-lekstroom.nl>",
     "body": "Moet helaas toch afhaken, calamiteitenoverleg die middag. Sorry!! Geef mn plek maar door" + IPHONE_NL},
    {"id": "h14-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "subject": "Ja ik kom 👍", "sender": "Frits Dijkman <f.dijkman@heuvelrug-oost.nl>",
     "body": ""},
    {"id": "h14-rsvp-09", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Anton Smit <a.smit@wo-maasenwaal.nl>",
     "body": "griep te pakken, kan donderdag niet komen. geef mijn plek maar aan iemand anders" + SAMSUNG},
    {"id": "h14-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Joost Verhagen <j.verhagen@deltawerken-west.nl>",
     "body": "ja kom graaf, met 1 collega erbij: Fatima el Amrani (strateeg).\nmvg Joost"},
    {"id": "h14-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Lisa Mertens <l.mertens@wo-grensland.nl>",
     "body": "Yes count me in. Might be 15 min late, train from Groningen" + IPHONE},
    {"id": "h14-rsvp-12", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Wim Kuiper <w.kuiper@wo-noordkop.nl>",
     "body": "geen thema van mijn kant op dit moment, maar ik kom zeker naar het atelier in maart.\ngr. Wim"},
    {"id": "h14-rsvp-13", "kind": "rsvp", "attending": True, "thread": None, "subject": "atelier 11/3",
     "sender": "Bas Hoekman <b.hoekman@werkorganisatie-rijnvliet.nl>",
     "body": "Zet me maar op de deelnemerslijst voor het atelier van 11 maart. Tnx, Bas" + IPHONE_NL},
    {"id": "h14-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Yvonne Post <y.post@wo-zeeuwsedelta.nl>",
     "body": "18 maart lukt mij niet, dan zit ik in het buitenland. Dus helaas afmelden voor het atelier.\n\nYvonne"
             + OUTLOOK_ANDROID},
    {"id": "h14-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Kan toch niet sorry. Heb Dirk al geappt" + IPHONE_NL},
    {"id": "h14-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Annelies Kramer <a.kramer@wo-venendal.nl>",
     "body": "ik ben erbij komma samen met onze controller en de manager bedrijfsvoering dus met drie personen punt"
             "\ngroet Annelies" + DICTATED},
    {"id": "h14-rsvp-17", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "sender": "Rob Claassen <r.claassen@wo-achterhoekzuid.nl>",
     "body": "Moet helaas afzeggen voor donderdag, de raad heeft een extra vergadering gepland die middag.\nRob"},
    {"id": "h14-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Sanne Bakker <s.bakker@wo-waterland-noord.nl>",
     "body": "Nee helaas.. o wacht verkeerde week gekeken 🙈 ik kan wel! dus ja, tot de 11e" + GALAXY},

    # -- Suggestion -----------------------------------------------------------------------------------------
    {"id": "h14-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Dirk Hazelaar <d.hazelaar@wo-lingezegen.nl>",
     "body": "digitalisering werkprocessen, we lopen flink achter met zaakgericht werken. gr" + IPHONE},
    {"id": "h14-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Gerrit Mulder <g.mulder@wo-twentse-poort.nl>",
     "body": "thema voorstel punt hoe ga je om met een gemeente die steeds zijn eigen weg wil gaan terwijl de andere "
             "twee juist meer samen willen doen punt groet Gerrit" + SIRI},
    {"id": "h14-suggestion-03", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Hanneke Visser <h.visser@wo-amstelvlied.nl>",
     "body": "Onderwerp: lange termijn visie op de werkorganisatie, waar staan we in 2035? ivm nieuwe colleges na de "
             "verkiezingen\nmvg Hanneke"},
    {"id": "h14-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn", "sender": "Bert Timmer <b.timmer@wo-ijsselkant.nl>",
     "body": "Vlgnde keer graag iets over de wachttijden aan de telefoon bij ons KCC, inwoners klagen steeds vaker. "
             "Hoe doen anderen dat?" + OUTLOOK_IOS},
    {"id": "h14-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Leo Brink <l.brink@wo-drentsekanalen.nl>",
     "body": "1. ICT samenvoegen (wij hebben nog steeds 2 netwerken!)\n2. positie vd werkorganisatie in de regio, "
             "tov de buurgemeenten en de provincie\n\nLeo"},
    {"id": "h14-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Ellen Schouten <e.schouten@wo-binnenmaas.nl>",
     "body": "Niet weer digitalisering aub 😅 liever iets over de inhoudelijke agenda voor de komende 10 jaar: "
             "welke opgaven kiezen we en welke niet" + IPHONE_NL},
    {"id": "h14-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "subject": "thema idee: monitoring prestaties richting inwoners & ondernemers",
     "sender": "Koen Willems <k.willems@wo-peelrand.nl>", "body": ""},
    {"id": "h14-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Ilse de Graaf <i.degraaf@wo-kennemerduin.nl>",
     "body": "ff snel vanuit de trein: formatie & inhuur. we huren ca. 20% in, hoe krijgen anderen dat omlaag? tnx"},
    {"id": "h14-suggestion-09", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Marco Pieters <m.pieters@wo-vechtstreek.nl>",
     "body": "a) gezamenlijke opgaven verdelen over de 3 gemeenten, bv de energietransitie\n"
             "b) meerjarenagenda vd werkorganisatie: welke bestuurlijke prioriteiten gaan voor\n\ngr Marco" + SAMSUNG},
    {"id": "h14-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Tessa Jonker <t.jonker@wo-oostergo.nl>",
     "body": "Topic suggestion: service to local entrepreneurs. How do you measure whether businesses are actually "
             "helped by the new digital counter?" + IPHONE},
    {"id": "h14-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Harm Wiersma <h.wiersma@wo-lauwersland.nl>",
     "body": "ik zou graag praten over het sturings concept komma wij hebben nu een directie van drie en dat wort "
             "te veel punt nieuwe alinea hoe hebben anderen dat ingericht" + DICTATED},
    {"id": "h14-suggestion-12", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "sender": "Judith Koster <j.koster@wo-hollandsmidden.nl>",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "> Denk aan:\n> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\n> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen "
             "en ambities, positie in de regio;\n\nja dit! vooral hoe je 3 raden meekrijgt bij een gezamenlijk "
             "besluit\n\n> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, "
             "digitalisering, werkprocessen, financiën, I&A;\n> - Dienstverlening: innovaties in dienstverlening "
             "aan inwoners, ondernemers en instellingen, monitoring van prestaties.\n\nJudith" + IPAD},
    {"id": "h14-suggestion-13", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Paul Evers <p.evers@wo-meierijdal.nl>",
     "body": "- I&A op orde, datagedreven werken\n- dienstverlening aan ouderen die digitaal niet mee kunnen\n\nPE"},
    {"id": "h14-suggestion-14", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "idee voor atelier", "sender": "Jeroen Lammers <j.lammers@wo-langstraat.nl>",
     "body": "Mss een idee: de strategische koers. wat zijn de bestuurlijke prioriteiten voor de komende "
             "raadsperiode en hoe vertaal je die naar een visie voor de lange termijn. gr J" + IPHONE_NL},
    {"id": "h14-suggestion-15", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "gmail", "sender": "Carla Huisman <c.huisman@wo-dommeldal.nl>",
     "body": "nog 1 toevoeging: financien. de begroting vd werkorganisatie loopt elk jaar uit en niemand snapt "
             "waarom" + SAMSUNG},
    {"id": "h14-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd", "sender": "Rutger Smeets <r.smeets@wo-mergelland.nl>",
     "body": "via Anja doorgekregen, mijn 2 punten:\n- klanttevredenheid meten bij inwoners\n"
             "- de verhouding tussen de gemeenten nu er 1 wil uittreden\nR."},
    {"id": "h14-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Vera Lindeman <v.lindeman@wo-gooivecht.nl>",
     "body": "maybe something on AI in de werkprocessen? we're piloting Copilot in de backoffice, curious how others "
             "handle it" + IPHONE},
    {"id": "h14-suggestion-18", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple", "sender": "Olaf Hendriks <o.hendriks@wo-kempenpoort.nl>",
     "body": "top middag! volgende keer: de positie in de regio. wij worden steeds vaker gevraagd als uitvoerder "
             "voor de buurregio en weten niet goed hoe ver we daarin moeten gaan" + IPHONE_NL},

    # -- Subscribe ------------------------------------------------------------------------------------------
    {"id": "h14-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Karin Veldman <k.veldman@wo-scheldekust.nl>",
     "body": "Graag aanmelden voor het netwerk.\nGr Karin Veldman, directeur werkorganisatie Scheldekust"
             + IPHONE_NL},
    {"id": "h14-subscribe-02", "kind": "subscribe", "thread": None, "subject": "",
     "sender": "Marco Tuinstra <m.tuinstra@wo-lingedal.nl>",
     "body": "Hallo ik wil me graag aanmelden voor het netwerk van directeuren komma ik ben sinds kort directeur bij "
             "de werkorganisatie Lingedal punt groet Marco" + SIRI},
    {"id": "h14-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Graag aanmelden als lid",
     "sender": "Simone Aarts <s.aarts@wo-hunzedal.nl>", "body": IPHONE_NL},
    {"id": "h14-subscribe-04", "kind": "subscribe", "thread": None, "subject": "collega ook lid",
     "sender": "Rob Geerts <r.geerts@wo-kempenland.nl>",
     "body": "Hoi, mijn collega-directeur Lotte Smeets wil ook lid worden, haar mail is l.smeets@wo-kempenland.nl. "
             "Tnx, Rob" + SAMSUNG},
    {"id": "h14-subscribe-05", "kind": "subscribe", "thread": None, "subject": "sign up",
     "sender": "Daan Oosterhuis <d.oosterhuis@wo-eemsdelta-west.nl>",
     "body": "Hi, new director at WO Eemsdelta-West since january. Please sign me up for the network. Thx, Daan"
             + GALAXY},
    {"id": "h14-subscribe-06", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier netwerk",
     "sender": "Henk Bosman <h.bosman@dewaarden.nl>",
     "body": "Naam: ir. H.J. (Henk) Bosman\nOrganisatie: Werkorganisatie De Waarden\nFunctie: algemeen directeur\n"
             "E-mail: h.bosman@dewaarden.nl\nTel: 06-41 22 87 30" + IPAD},
    {"id": "h14-subscribe-07", "kind": "subscribe", "thread": None, "subject": "ateliers",
     "sender": "Monique Ruiter <m.ruiter@wo-zaanoever.nl>",
     "body": "Wil graag op de mailinglijst van het netwerk, hou me op de hoogte vd ateliers. Mvg Monique"},
    {"id": "h14-subscribe-08", "kind": "subscribe", "thread": None, "quoted": "vervolg_atelier",
     "quote": "doorgestuurd", "subject": "FW: Dank voor uw komst", "sender": "Stijn Koopmans <s.koopmans@gemeente.nl>",
     "body": "Kreeg dit van mijn voorganger doorgestuurd. Ik wil me ook graag aanmelden als lid, ben sinds 1/2 "
             "directeur hier.\nStijn Koopmans" + OUTLOOK_IOS},
    {"id": "h14-subscribe-09", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Serkan Yilmaz <serkan.yilmaz83@gmail.com>",
     "body": "pls aanmelden op mijn werkadres s.yilmaz@wo-brabantsewal.nl, stuur dit ff vanaf prive want zit in de "
             "trein. ben dir. vd werkorganisatie Brabantse Wal\ngr Serkan"},
    {"id": "h14-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Netwerk",
     "sender": "Ineke van Dam <i.vandam@wo-rivierenzuid.nl>",
     "body": "Goedemorgen, i.v.m. mijn nieuwe functie als dir. vd werkorganisatie Rivieren-Zuid graag aanmelden "
             "vr het netwerk. Mvg Ineke van Dam" + SAMSUNG},
    {"id": "h14-subscribe-11", "kind": "subscribe", "thread": None, "subject": "lid worden",
     "sender": "Bart Vermeulen <b.vermeulen@wo-alblasserwaard-oost.nl>",
     "body": "Goede middag Ik wil graag lid worden van het Netwerk van directeuren van ambtelijke fuzie "
             "organisaties met vriendelijke groet Bart Vermeulen" + SIRI},
    {"id": "h14-subscribe-12", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Loes Groen <l.groen@wo-veenkoloniaal.nl>",
     "body": "lid blijven! foutje, was niet de bedoeling om af te melden.\nLoes" + IPHONE_NL},
    {"id": "h14-subscribe-13", "kind": "subscribe", "thread": None, "subject": "aanmelden x2",
     "sender": "Wouter Prins <w.prins@wo-utrechtsheuvel.nl>",
     "body": "Meld mij svp aan, en mijn collega Maaike Dekker (m.dekker@wo-utrechtsheuvel.nl) wil ook graag. Zij "
             "is adjunct-directeur. tnx\nWouter" + OUTLOOK_ANDROID},
    {"id": "h14-subscribe-14", "kind": "subscribe", "thread": None, "subject": "aanmelden pls",
     "sender": "Tom Hermsen <t.hermsen@wo-noordkwartier.nl>",
     "body": "graag aanmelden 🙏 ben de nieuwe algemeen directeur van WO Noordkwartier. mvg, Tom" + OUTLOOK_IOS},

    # -- Unsubscribe ----------------------------------------------------------------------------------------
    {"id": "h14-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afmelden",
     "sender": "Jan Oudshoorn <j.oudshoorn@wo-rijnenvenen.nl>", "body": ""},
    {"id": "h14-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "uitschrijven",
     "sender": "Jan Willem Lubbers <jw.lubbers@wo-sallandsheuvel.nl>",
     "body": "Graag uitschrijven ivm pensioen per 1/4. Was een mooi netwerk! gr. Jan Willem" + IPAD},
    {"id": "h14-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "",
     "sender": "Martine Blom <m.blom@wo-westfriesland-oost.nl>",
     "body": "Afmelden en mijn gegevens verwijderen svp (AVG). Tnx" + SAMSUNG},
    {"id": "h14-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Erwin Schipper <e.schipper@wo-vlietlanden.nl>",
     "body": "ik wil graag afgemeld worden en ik wil dat jullie al mijn gegevens wissen komma op grond van de AVG "
             "punt dank u" + SIRI},
    {"id": "h14-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Paul Reijnders <p.reijnders@wo-deltawaard.nl>",
     "body": "ik stop hier per 1 maart. Mijn opvolger is Ingrid Mulder, i.mulder@wo-deltawaard.nl, zij neemt het "
             "van me over in het netwerk.\ngr Paul" + OUTLOOK_IOS},
    {"id": "h14-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Gijs Wolff <g.wolff@wo-hoeksewaard.nl>",
     "body": "kom niet, ben per volgende maand weg bij de werkorganisatie. haal me ook maar van de lijst. gr" + IPHONE},
    {"id": "h14-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "gmail", "sender": "Astrid Mol <a.mol@wo-gelderpoort.nl>",
     "body": "niet door mij aangevraagd"},
    {"id": "h14-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "sender": "Hendrik Zwart <h.zwart@wo-friesewouden.nl>",
     "body": "geen thema's. wil eigenlijk helemaal geen mails meer van jullie, dus afmelden graag. HZ"},
    {"id": "h14-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "unsubscribe",
     "sender": "Emma Rademaker <e.rademaker@wo-kustgemeenten.nl>",
     "body": "Please unsubscribe me, I've left the organisation as of this month." + IPHONE},
    {"id": "h14-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-en", "sender": "Ferry Jacobs <f.jacobs@wo-bommelerland.nl>",
     "body": "ik wil me af melden voor het netwerk punt is toch niks voor mij punt dank" + SIRI},
    {"id": "h14-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Uitschrijven + gegevens wissen", "sender": "Noor Hamdi <n.hamdi@wo-amstelzuid.nl>",
     "body": "Hi, pls remove all my personal data from your files (GDPR) and take me off the list. Thx, Noor"},
    {"id": "h14-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "graag afmelden voor alle mails van het netwerk", "sender": "Sjoerd Dijkstra <s.dijkstra@wo-wadden.nl>",
     "body": SAMSUNG},

    # -- Confirm --------------------------------------------------------------------------------------------
    {"id": "h14-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Karin Veldman <k.veldman@wo-scheldekust.nl>", "body": "ok" + IPHONE_NL},
    {"id": "h14-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Marco Tuinstra <m.tuinstra@wo-lingedal.nl>", "body": "Ja"},
    {"id": "h14-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Lotte Smeets <l.smeets@wo-kempenland.nl>", "body": "👍"},
    {"id": "h14-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Simone Aarts <s.aarts@wo-hunzedal.nl>", "body": IPHONE},
    {"id": "h14-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Henk Bosman <h.bosman@dewaarden.nl>", "body": "bevestigd, tnx"},
    {"id": "h14-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "subject": "ja klopt", "sender": "Monique Ruiter <m.ruiter@wo-zaanoever.nl>",
     "body": ""},
    {"id": "h14-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Bart Vermeulen <b.vermeulen@wo-alblasserwaard-oost.nl>",
     "body": "ja dat klopt ik wil graag lid worden van het netwerk" + SIRI},
    {"id": "h14-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Daan Oosterhuis <d.oosterhuis@wo-eemsdelta-west.nl>",
     "body": "Confirmed, thanks!"},
    {"id": "h14-confirm-09", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "groupwise", "sender": "Ineke van Dam <i.vandam@wo-rivierenzuid.nl>",
     "body": "sorry vergeten. bij deze bevestigd\nIneke"},
    {"id": "h14-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Ad Verschuren <a.verschuren@wo-baronie.nl>", "body": "Akkoord. Mvg Ad" + SAMSUNG},

    # -- Autoreply ------------------------------------------------------------------------------------------
    {"id": "h14-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Hans Wolters <h.wolters@werkorganisatie-duinrand.nl>",
     "body": "Ik ben afwezig tot en met maandag 8 maart en heb beperkt toegang tot mijn e-mail. Voor dringende "
             "zaken kunt u contact opnemen met het directiesecretariaat via 0224 - 36 41 00.\n\n"
             "Met vriendelijke groet,\nHans Wolters"},
    {"id": "h14-autoreply-02", "kind": "autoreply", "thread": T, "headers": AUTO_MS,
     "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Lisa Mertens <l.mertens@wo-grensland.nl>",
     "body": "I am out of the office until 15 January with limited access to e-mail. For urgent matters please "
             "contact my office manager, Joke Aalders (j.aalders@wo-grensland.nl)."},
    {"id": "h14-autoreply-03", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Postbus <postbus@gemeente-oudekerk.nl>",
     "body": "Dit e-mailadres is niet meer in gebruik. Per 1 januari 2027 zijn de ambtelijke organisaties van "
             "Oudekerk en Lagewaard samengegaan in Werkorganisatie Lagewaard. Uw bericht is niet doorgestuurd; "
             "stuur het opnieuw naar info@wo-lagewaard.nl."},
    {"id": "h14-autoreply-04", "kind": "autoreply", "thread": R, "headers": {"X-Autoreply": "yes"},
     "subject": "Ontvangstbevestiging [Z-2027-004512] RE: Herinnering: Leer- en inspireer-atelier donderdag "
                "11 maart 2027 [atelier:2027-1]",
     "sender": "Klantcontact Werkorganisatie Maasenwaal <noreply@wo-maasenwaal.nl>",
     "body": "Geachte afzender,\n\nUw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004512. Wij "
             "streven ernaar u binnen vijf werkdagen een reactie te geven. Vermeld bij vervolgcorrespondentie "
             "altijd het zaaknummer.\n\nDit is een automatisch gegenereerd bericht; u kunt hierop niet "
             "antwoorden."},
    {"id": "h14-autoreply-05", "kind": "autoreply", "thread": R, "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Rob Claassen <r.claassen@wo-achterhoekzuid.nl>",
     "body": "Ik ben op vakantie t/m 26 februari. Mail wordt niet doorgestuurd en na terugkomst niet allemaal "
             "gelezen; is het belangrijk, stuur het dan daarna opnieuw."},
    {"id": "h14-autoreply-06", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Ellen Schouten <e.schouten@wo-binnenmaas.nl>",
     "body": "Deze week volg ik een leergang en lees ik mijn mail slechts beperkt. Ik reageer z.s.m. na mijn "
             "terugkomst op maandag.\n\nMet vriendelijke groet,\nEllen Schouten\nalgemeen directeur"},
    {"id": "h14-autoreply-07", "kind": "autoreply", "thread": I, "headers": AUTO, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Sanne Bakker <s.bakker@wo-waterland-noord.nl>",
     "body": "Dank voor uw bericht. Ik ben met zwangerschapsverlof tot 1 juni 2027. Uw e-mail wordt niet "
             "automatisch doorgestuurd. Voor directiezaken kunt u terecht bij Frank Doorn, "
             "f.doorn@wo-waterland-noord.nl."},
    {"id": "h14-autoreply-08", "kind": "autoreply", "thread": C, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Noor Hamdi <n.hamdi@wo-amstelzuid.nl>",
     "body": "Ik ben afwezig tot 4 maart. / I am away until 4 March.\n\nVoor spoed / urgent: 020 - 55 31 870 "
             "(directiesecretariaat)."},
    {"id": "h14-autoreply-09", "kind": "autoreply", "thread": W, "headers": AUTO,
     "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Tom Hermsen <t.hermsen@wo-noordkwartier.nl>",
     "body": "Hoi! Ik ben tot en met 3 maart met vakantie en lees geen mail 🏖️ Voor dringende zaken bel je "
             "mijn managementassistent Yara, 06 - 18 72 44 09."},
    {"id": "h14-autoreply-10", "kind": "autoreply", "thread": T, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                "eigenheid\" [atelier:2027-1]",
     "sender": "Bert Timmer <b.timmer@wo-ijsselkant.nl>",
     "body": "Ik ben vandaag onderweg en slecht bereikbaar per mail. Voor spoed: 06 - 22 90 13 57.\n\nBert Timmer"
             + OUTLOOK_IOS},

    # -- Other ----------------------------------------------------------------------------------------------
    {"id": "h14-other-01", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Joost Verhagen <j.verhagen@deltawerken-west.nl>",
     "body": "Is er parkeergelegenheid bij het stadskantoor? Kom met de auto" + IPHONE_NL},
    {"id": "h14-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Carla Huisman <c.huisman@wo-dommeldal.nl>",
     "body": "mogen onze concernmanagers ook mee of is het alleen voor directeuren? tnx"},
    {"id": "h14-other-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Ilse de Graaf <i.degraaf@wo-kennemerduin.nl>",
     "body": "ik kom, maar kan ik voor het 2e deel ook online inbellen ipv in Utrecht? moet om 16u weer in "
             "Haarlem zijn" + OUTLOOK_ANDROID},
    {"id": "h14-other-04", "kind": "other", "thread": None, "subject": "Samenwerking atelier?",
     "sender": "Mark Doornbos <mark@datadorp.nl>",
     "body": "Hoi! Wij van DataDorp bouwen dashboards voor gemeentelijke dienstverlening en presenteren graag 15 "
             "min op jullie volgende atelier, gratis uiteraard. Kunnen we ff bellen deze week?\n\nMark Doornbos | "
             "DataDorp BV | 06 - 51 08 32 77" + IPHONE},
    {"id": "h14-other-05", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Yvonne Post <y.post@wo-zeeuwsedelta.nl>",
     "body": "De Teams-link werkte gister niet, half uur staan wachten en toen maar opgegeven. Beetje slordig.\n"
             "Y. Post"},
    {"id": "h14-other-06", "kind": "other", "thread": None, "subject": "Joop Hermans",
     "sender": "Directiesecretariaat <directiesecretariaat@wo-tielerwaard.nl>",
     "body": "Graag Joop Hermans afmelden, hij werkt hier niet meer sinds december.\nGr, directiesecretariaat"
             + SAMSUNG},
    {"id": "h14-other-07", "kind": "other", "thread": None, "subject": "adres directeur",
     "sender": "Sandra Wijnen <s.wijnen@wo-maasoever.nl>",
     "body": "Willen jullie het mailadres van mijn directeur aanpassen naar a.kuipers@wo-maasoever.nl? Het oude "
             "vervalt per 1/3. Tnx, Sandra (MA)"},
    {"id": "h14-other-08", "kind": "other", "thread": None, "subject": "aanmelding directeur",
     "sender": "Femke Lauwers <f.lauwers@wo-hartvanbrabant.nl>",
     "body": "Kunt u mijn directeur, mw. Van Dam, aanmelden voor het netwerk? Gr Femke, managementassistent"
             + IPHONE_NL},
    {"id": "h14-other-09", "kind": "other", "thread": None, "subject": "",
     "sender": "Chantal Vos <c.vos@lokaalbestuurmagazine.nl>",
     "body": "Goedemiddag, ik ben journalist bij Lokaal Bestuur Magazine en schrijf een stuk over ambtelijke "
             "fusies, 10 jaar verder. Kan ik iemand van het netwerk spreken? Bel me ff: 06 - 29 41 05 66. "
             "Chantal" + IPHONE},
    {"id": "h14-other-10", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "apple",
     "sender": "Olaf Hendriks <o.hendriks@wo-kempenpoort.nl>",
     "body": "Zou graag in de adviesraad willen, hoe gaat dat? Wordt daar gestemd of kan ik me gewoon melden?"
             + IPHONE_NL},
    {"id": "h14-other-11", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Rianne Beekman <r.beekman@wo-oldambtpoort.nl>",
     "body": "Niet door mij aangevraagd. Graag hoor ik waar u mijn mailadres vandaan heeft." + SAMSUNG},
    {"id": "h14-other-12", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Koen Willems <k.willems@wo-peelrand.nl>",
     "body": "is het verslag ook als pdf te krijgen? de link doet het niet op mn telefoon" + IPHONE},
    {"id": "h14-other-13", "kind": "other", "thread": None, "subject": "volgende atelier?",
     "sender": "Ad Verschuren <a.verschuren@wo-baronie.nl>",
     "body": "wanneer is het volgende atelier en waar? gr Ad" + SAMSUNG},
    {"id": "h14-other-14", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Miriam Bos <m.bos@wo-eemgolf.nl>",
     "body": "Kun je me het adres van de Locatie nog even sturen ik sta in de file bij Hoevelaken" + SIRI},
    {"id": "h14-other-15", "kind": "other", "thread": None, "subject": "quick q",
     "sender": "Tessa Jonker <t.jonker@wo-oostergo.nl>",
     "body": "Quick q: is the network also open to directors of a gemeenschappelijke regeling (not a full ambtelijke "
             "fusie)? Thx" + IPHONE},
    {"id": "h14-other-16", "kind": "other", "thread": None, "subject": "vertrek",
     "sender": "Harm Wiersma <h.wiersma@wo-lauwersland.nl>",
     "body": "Ik vertrek per 1 april. Kan mijn lidmaatschap dan over naar mijn opvolger? Naam weet ik nog niet, "
             "werving loopt nog.\nHarm" + OUTLOOK_IOS},
    {"id": "h14-other-17", "kind": "other", "thread": None, "subject": "aanmelden",
     "sender": "Gerda Hofstede <g.hofstede@wo-stellingwerven-oost.nl>",
     "body": "Graag aanmelden. Zijn er kosten aan verbonden? Dan moet het ivm de regels eerst langs inkoop. "
             "mvg Gerda"},
    {"id": "h14-other-18", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Peter Jongbloed <p.jongbloed@wo-krimpenerland.nl>",
     "body": "kan er niet bij zijn helaas. komt er een verslag en kan ik dat krijgen? zou het idd graag teruglezen"},
]
# fmt: on
