"""The fifty-fourth labelled set's cases (issue 17): mail written by assistants, shared mailboxes, acting directors
and directors forwarding internal chains, each labelled as the secretariat should treat it.

The director's own words forwarded or quoted below an assistant's note make the request the director's. Without
them, an assistant's consequential act for someone else (a sign-up, a leave, an erasure, an address change) is
``other``; an assistant announcing the director's attendance or absence is an ``rsvp``. Replies to our follow-up
mail (vervolg_atelier) carry the thread ``call_for_themes``. Inline and bottom-posted answers carry our quoted
lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"

LOGO = "[cid:image001.png@01DA7C2E.5B3F9A40]"
BANNER = "[cid:image003.jpg@01DB1A07.C2D48E10]"
SOCIAL = "[cid:image002.png@01DA7C2E.5B3F9A40] [cid:image004.png@01DA7C2E.5B3F9A40]"
SAFELINK = (
    "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fambtelijkefusie.nl%2Fverslag%2F2027-1"
    "&data=05%7C02%7Cdirectie%40vlietmeer.nl%7C3f2a91c0%7C0%7C0%7C638451&sdata=Qk3r%2BxT0e&reserved=0"
)
URLDEFENSE = "https://urldefense.com/v3/__https://www.raadsinformatie-hunzedal.nl/stukken/2027__;!!Lm4Zp!7hYq2kR$"
CAUTION = (
    "LET OP: Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen bijlagen, "
    "tenzij u de afzender herkent en weet dat de inhoud veilig is.\n\n"
)
DISCLAIMER = (
    "\n\n------------------------------------------------------------------------\n"
    "Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Hebt u het ten onrechte ontvangen, meld dat dan "
    "aan de afzender en vernietig het bericht. Aan de inhoud kunnen geen rechten worden ontleend. De "
    "werkorganisatie staat niet in voor de juiste en volledige overbrenging van de inhoud van een verzonden "
    "e-mail, noch voor tijdige ontvangst daarvan. Wij verwerken persoonsgegevens volgens de AVG; lees onze "
    "privacyverklaring op de website.\n"
    "------------------------------------------------------------------------"
)
DISCLAIMER_BI = (
    "\n\nDISCLAIMER: De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "This e-mail may contain confidential information and is intended solely for the addressee. If you are not "
    "the intended recipient, please notify the sender and delete this message. Gemeentelijke e-mail wordt "
    "gearchiveerd conform de Archiefwet."
)
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nOutlook voor Android downloaden"
IPAD = "\n\nSent from my iPad"

# Lines of our invitation as a bottom-poster or an inline answerer keeps them.
INV_HEAD = (
    "Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
    "info@ambtelijkefusie.nl>:\n\n"
)
INV_ASK = (
    '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met '
    "hoeveel\n> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
    "e-mailadres.\n"
)
INV_WHEN = (
    "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n> Thema:   Samenwerking\n"
    "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
)
OUR_FOOTER = (
    "> -- \n> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- rsvp: assistants and shared mailboxes announcing the director ------------------------------------------
    {"id": "d54-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Secretariaat directie <secretariaat.directie@vlietmeer.nl>",
     "body": "Goedemorgen,\n\nNamens de heer Oudshoorn laat ik u weten dat hij op 11 maart aanwezig is bij het "
             "atelier. Hij komt met de trein en verwacht rond kwart voor twee in Utrecht te zijn.\n\n"
             "Met vriendelijke groet,\n\nTineke Hofstede\nmanagementassistent directie\nWerkorganisatie Vlietmeer\n"
             "T 0172 - 58 41 20 (ma, di, do)\n" + LOGO + DISCLAIMER},
    {"id": "d54-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "\"Kloosterman, Gea\" <g.kloosterman@gemeentenoostergo.nl>",
     "subject": "RE: [EXTERN] " + INV,
     "body": "Beste heer, mevrouw,\n\nHieronder het antwoord van mevrouw Terpstra op uw uitnodiging.\n\n"
             "Groet,\nGea Kloosterman\nbestuurssecretariaat\n\n"
             "Van: Terpstra, Wietske <w.terpstra@gemeentenoostergo.nl>\nVerzonden: woensdag 3 maart 2027 07:12\n"
             "Aan: Kloosterman, Gea <g.kloosterman@gemeentenoostergo.nl>\nOnderwerp: RE: [EXTERN] " + INV + "\n\n"
             "Gea, 11 maart lukt mij niet, dan is de Provinsjedei in Ljouwert. Wil jij ze laten weten dat ik niet "
             "kom? Er hoeft niemand anders in mijn plaats.\n\nW."},
    {"id": "d54-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Directie Hunzedal <directie@werkorganisatie-hunzedal.nl>",
     "body": "Geacht secretariaat,\n\nDe algemeen directeur, mevrouw drs. H.J. Sprenkels, is op donderdag 11 maart "
             "verhinderd in verband met een bestuurlijk overleg met de provincie. Zij laat zich deze keer niet "
             "vervangen en hoopt bij een volgend atelier weer aan te sluiten.\n\nMet vriendelijke groet,\n\n"
             "namens de directie,\nB. Wubs\nstaf directie | Werkorganisatie Hunzedal\n" + BANNER},
    {"id": "d54-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "subject": "Re: " + INV,
     "sender": "Harm Ensing <h.ensing@dinkeloord.nl>",
     "body": INV_HEAD + INV_WHEN + ">\n> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één "
             "werkorganisatie?\n>\n" + INV_ASK + ">\n" + OUR_FOOTER + "\nJa, ik kom. Met z'n tweeën: mijn "
             "concerncontroller Ria Hofman gaat mee.\n\nHarm Ensing\ndirecteur Dinkeloord"},
    {"id": "d54-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Peter-Paul Gerrits <pp.gerrits@maaskempen.nl>",
     "body": "Geacht secretariaat,\n\nMevrouw De Graaf is tot de zomer met ziekteverlof; ik vervang haar als "
             "interim-directeur. Ik laat u weten dat zij niet bij het atelier kan zijn. Zelf zit ik die middag "
             "vast aan de commissie Bestuur, dus ook van mijn kant helaas geen deelname.\n\nHoogachtend,\n\n"
             "drs. P.P.M. Gerrits\ninterim-directeur Werkorganisatie Maaskempen"},
    {"id": "d54-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Annelies Bruins <a.bruins@lingehoeve.nl>",
     "body": "Dag Stan,\n\nIk neem deze weken waar voor Henk Vos, die op vakantie is. Henk had mij gevraagd je te "
             "laten weten dat hij er op de 11e gewoon bij is; het staat al in zijn agenda.\n\n"
             "Hartelijke groet,\nAnnelies Bruins\nloco-directeur"},
    {"id": "d54-rsvp-07", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Jaap van der Wal <jaapvdwal@thuismail.nl>", "subject": "Fwd: " + INV,
     "body": "Even via mijn privéadres, want onze server ligt er sinds vanochtend uit (cyberincident, niets "
             "ernstigs gelukkig). Ik ben er op 11 maart bij.\n\nJaap van der Wal\ndirecteur Werkorganisatie "
             "Zeeuwse Kreken"},
    {"id": "d54-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: [EXTERN] " + INV,
     "sender": "\"Dekker, Ronald\" <r.dekker@drechtwaarde.nl>",
     "body": "Zie mijn antwoorden hieronder.\n\n" + INV_WHEN + "\nStaat in mijn agenda.\n\n" + INV_ASK
             + "\nJa, ik kom. Niemand extra.\n\n> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat "
             "telt als aanmelding.\n\nDat is me niet gelukt, vandaar deze mail.\n\nRonald Dekker" + IPAD},
    {"id": "d54-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Office of the Director <office.director@waterlanden.nl>",
     "body": "Dear secretariat,\n\nOn behalf of Mr. Dekkers I can confirm that he will attend the atelier on 11 "
             "March. He has a meeting in Amersfoort that morning, so he may arrive around 14:15.\n\n"
             "Kind regards / Met vriendelijke groet,\n\nSophie Lambrechts\nExecutive assistant\nWerkorganisatie De "
             "Waterlanden\n" + SOCIAL + DISCLAIMER_BI},
    {"id": "d54-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "Marloes Vrieling <m.vrieling@peelzoom.nl>",
     "body": "Goedemiddag,\n\nHelaas moet ik namens mevrouw Akkerman laten weten dat zij toch niet kan komen: er is "
             "donderdag een extra raadsvergadering over de begroting ingepland. Geeft u haar plaats gerust aan "
             "iemand op de wachtlijst.\n\nMet vriendelijke groet,\nMarloes Vrieling\ndirectiesecretaresse"},
    {"id": "d54-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Bestuursondersteuning <bestuursondersteuning@beekdal-west.nl>",
     "body": "Beste secretariaat,\n\nDe heer Boelens hoeft niet langer op de wachtlijst te staan: zijn agenda voor "
             "11 maart is inmiddels vol. Hij komt dus niet.\n\nMet vriendelijke groet,\n\nteam "
             "Bestuursondersteuning\nWerkorganisatie Beekdal-West\n" + LOGO},
    {"id": "d54-rsvp-12", "kind": "rsvp", "attending": True, "thread": None, "subject": "FW: agenda 11 maart",
     "sender": "Jeroen Kamphuis <j.kamphuis@veluwerand.nl>",
     "body": "Stan, zie onder. Wil jij dit regelen?\n\nJeroen\n\n"
             "Van: Jeroen Kamphuis <j.kamphuis@veluwerand.nl>\nVerzonden: maandag 1 maart 2027 16:40\n"
             "Aan: Agenda Directie <agenda.directie@veluwerand.nl>\nOnderwerp: RE: agenda 11 maart\n\n"
             "Ja, ik ga naar het atelier van het directeurennetwerk in Utrecht. Zet de OR maar op vrijdag.\n\n"
             "Van: Agenda Directie <agenda.directie@veluwerand.nl>\nVerzonden: maandag 1 maart 2027 15:02\n"
             "Aan: Jeroen Kamphuis <j.kamphuis@veluwerand.nl>\nOnderwerp: agenda 11 maart\n\n"
             "Jeroen, op 11 maart staan zowel het atelier in Utrecht als het overleg met de OR. Wat wil je? Het "
             "atelier moet nog wel bevestigd worden bij het secretariaat van het netwerk.\n\nGroet, Mieke"},
    {"id": "d54-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Secretariaat Directie <secretariaat@kempenveld.nl>",
     "body": "Geachte heer Van de Laar,\n\nDe directeur, de heer Coolen, is op 11 maart verhinderd. In zijn plaats "
             "komt de adjunct-directeur, mevrouw Lieke Brands (l.brands@kempenveld.nl).\n\nMet vriendelijke groet,\n"
             "Hanneke Swinkels\nsecretariaat directie"},
    {"id": "d54-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Gerard Wolters <g.wolters@twentewaarde.nl>",
     "body": "ik schuif aan. mijn secretaresse heeft het al in de agenda gezet\n\ngw"},
    {"id": "d54-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Agenda directeur <agenda.directeur@oeverbroek.nl>",
     "body": "Akkoord, dit staat nu in de agenda van mevrouw Yildiz. Zij is aanwezig.\n\nNamens mevrouw Yildiz,\n"
             "Ilse Bos, managementondersteuning"},
    {"id": "d54-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Koen Meijering <k.meijering@drentse-aa-gemeenten.nl>",
     "body": "Vergeet mijn mail van vorige week: ik kan er toch bij zijn. Het werkbezoek in Assen is verzet." + IPHONE},
    {"id": "d54-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Secretariaat directie <secr.directie@rivierenkwartier.nl>",
     "body": "Goedemiddag,\n\nVoor het atelier van 11 maart geven wij de volgende deelnemers op:\n\n"
             "| Naam | Functie | Aanwezig |\n|---|---|---|\n| J.W. Mulder | algemeen directeur | ja |\n"
             "| P. de Wit | concerncontroller | ja, als gast |\n\nMet vriendelijke groet,\n\n"
             "Esther Kok\nsecretariaat directie\n" + LOGO + DISCLAIMER},
    {"id": "d54-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Direkteur <direkteur@waadhoeke-wurk.nl>",
     "body": "Achte skriuwers,\n\nUs direkteur, mefrou Sietsma, kin op 11 maart spitigernôch net komme: sy is dan "
             "yn Den Haag. Zij laat zich verontschuldigen.\n\nMei freonlike groetnis,\n\nAuke de Jong\n"
             "direksjesekretaris"},
    {"id": "d54-rsvp-19", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Wendy Hoekstra <w.hoekstra@ijsselzoom.nl>",
     "body": "Hallo,\n\nGeen onderwerp van onze kant deze keer, maar onze directeur, Bart Scholten, komt op 11 maart "
             "wel graag. Kunt u hem alvast noteren?\n\nGroet,\nWendy Hoekstra\nmanagementassistente"},
    {"id": "d54-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Marjolein Verhagen <m.verhagen@hollandsewielen.nl>",
     "subject": "FW: " + INV,
     "body": "See below - Mr. O'Connor asked me to pass this on.\n\nMarjolein\n\n"
             "-----Original Message-----\nFrom: Liam O'Connor <l.oconnor@hollandsewielen.nl>\n"
             "Sent: Wednesday, March 3, 2027 8:02 AM\nTo: Marjolein Verhagen <m.verhagen@hollandsewielen.nl>\n"
             "Subject: RE: " + INV + "\n\nCan't make it on the 11th, family matter. Please send my apologies to "
             "the secretariat.\n\nLiam"},

    # -- suggestion: topics passed on by assistants, forwarded by directors, answered inline ---------------------
    {"id": "d54-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Marja Boerrigter <m.boerrigter@achterveld-oost.nl>",
     "body": "Goedemorgen,\n\nHierbij namens de heer Kramer zijn onderwerp voor het atelier; zie zijn mail "
             "hieronder.\n\nMet vriendelijke groet,\nMarja Boerrigter\nmanagementassistent\n\n"
             "Van: Kramer, Erik <e.kramer@achterveld-oost.nl>\nVerzonden: vrijdag 15 januari 2027 18:31\n"
             "Aan: Boerrigter, Marja <m.boerrigter@achterveld-oost.nl>\nOnderwerp: thema atelier\n\n"
             "Marja, stuur jij dit als ons onderwerp in? De meerjarenbegroting van de werkorganisatie: hoe houden "
             "we de formatie betaalbaar nu de loonkosten harder stijgen dan de bijdragen. Dank! Erik" + DISCLAIMER},
    {"id": "d54-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Bestuursondersteuning <bestuursondersteuning@werkorganisatie-hunzedal.nl>",
     "body": "Geacht secretariaat,\n\nOnze directie stelt het volgende onderwerp voor: kortere wachttijden aan de "
             "balie door afspraken online te laten maken, en hoe je de tevredenheid van inwoners daarover "
             "structureel meet. Ter achtergrond de evaluatie die onze raden vorige maand kregen:\n"
             + URLDEFENSE + "\n\nMet vriendelijke groet,\n\nteam Bestuursondersteuning\n" + LOGO},
    {"id": "d54-suggestion-03", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "subject": "RE: " + CALL, "sender": "Frits Hoogland <f.hoogland@gemeenten-vechtplas.nl>",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken? Denk aan:\n> - Strategie: lange termijn visie op de organisatie, inhoudelijke "
             "agenda, bestuurlijke prioriteiten;\n\nJa, dit: de bestuurlijke prioriteiten van twee nieuwe "
             "coalities vertalen naar één werkprogramma.\n\n> - Samenwerking: relatie tussen deelnemende "
             "gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;\n\nHebben we nu geen "
             "vraag over.\n\n> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, "
             "digitalisering, werkprocessen, financiën, I&A;\n> - Dienstverlening: innovaties in dienstverlening "
             "aan inwoners, ondernemers en instellingen, monitoring van prestaties.\n\nFrits"},
    {"id": "d54-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "FW: voorstel MT voor atelier", "sender": "Yvonne Tammes <y.tammes@gemeentenmiddelwaard.nl>",
     "body": "Stan, zie onder: dit willen wij graag inbrengen. Regel jij dat het in de telling komt?\n\nYvonne\n\n"
             "________________________________\nVan: MT-secretariaat <mt@gemeentenmiddelwaard.nl>\n"
             "Verzonden: dinsdag 12 januari 2027 11:20\nAan: Yvonne Tammes <y.tammes@gemeentenmiddelwaard.nl>\n"
             "Onderwerp: voorstel MT voor atelier\n\nYvonne,\n\nHet MT stelt als onderwerp voor het "
             "directeurennetwerk voor: hoe positioneren wij ons als werkorganisatie van drie kleine gemeenten in "
             "de regio, nu de centrumgemeente steeds vaker alleen met de provincie om tafel zit?\n\n"
             "Namens het MT,\nRoel"},
    {"id": "d54-suggestion-05", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Ineke Slagter <i.slagter@werkorganisatie-noordkop.nl>",
     "body": "Beste mensen,\n\nAls interim-directeur, zolang de vacature niet is ingevuld, draag ik een onderwerp "
             "aan: hoe houd je als werkorganisatie een visie op de lange termijn vast als de directie een jaar lang "
             "uit interimmers bestaat?\n\nIneke Slagter\ninterim-directeur"},
    {"id": "d54-suggestion-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Daan Rietveld <d.rietveld@kromme-rijnwaarde.nl>",
     "subject": "RE: [EXTERN] " + CALL,
     "body": "Hi,\n\nTopic suggestion: monitoring van prestaties richting inwoners en ondernemers - a shared KPI "
             "dashboard per gemeente, so each council sees its own service levels.\n\nBest,\nDaan" + ANDROID},
    {"id": "d54-suggestion-07", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd", "sender": "Mark Veldhuis <m.veldhuis@hofvanrijnland.nl>",
     "body": "Anja, zet jij dit terug naar het netwerk?\n\n1. Informatiebeveiliging en de I&A-functie nu onze drie "
             "ICT-omgevingen één zijn geworden.\n2. Hoe houd je drie gemeenteraden even betrokken bij de "
             "gezamenlijke opgaven?\n\nMark"},
    {"id": "d54-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail", "sender": "Hilde Buitenhuis <hildebuitenhuis@mijnpost.nl>",
     "body": "Vanaf mijn eigen adres, ik zit thuis met griep.\n\nVoor de volgende keer zou ik het graag hebben over "
             "zaakgericht werken: de digitalisering van onze werkprocessen loopt vast op drie verschillende "
             "zaaksystemen.\n\nHilde Buitenhuis\n(directeur Werkorganisatie Lochemse Berken)"},
    {"id": "d54-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Rik Jongeneel <r.jongeneel@westerduin.nl>",
     "body": "Organisatie hebben we vorig jaar uitgebreid behandeld, dat hoeft wat mij betreft niet opnieuw. Ik zou "
             "graag bespreken hoe we ondernemers beter helpen met één ondernemersloket voor alle kernen.\n\nRik"},
    {"id": "d54-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "Directie <directie@veenkoloniewerk.nl>",
     "body": "Geacht secretariaat,\n\nNamens onze directeur, mevrouw Veenstra, geef ik het volgende thema door: "
             "een visie op de werkorganisatie richting 2035 en de inhoudelijke agenda die daarbij hoort.\n\n"
             "Met vriendelijke groet,\nC. Hulshof\ndirectiesecretaris"},
    {"id": "d54-suggestion-11", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Secretariaat <secretariaat@bommelerwerk.nl>",
     "body": "Goedemiddag,\n\nDe directie heeft twee onderwerpen:\n\n| Onderwerp | Toelichting |\n|---|---|\n"
             "| Werving en binding van personeel | krappe arbeidsmarkt, formatie onder druk |\n"
             "| Gezamenlijke inkoop met de buurgemeenten | onze positie in de regio |\n\n"
             "Met vriendelijke groet,\nsecretariaat Bommelerwerk\n" + SOCIAL + DISCLAIMER},
    {"id": "d54-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": "Tom Verstegen <t.verstegen@maasenwaal-werk.nl>",
     "body": "Thema: dienstverlening. Hoe meet je de prestaties van je klantcontactcentrum als elke gemeente er een "
             "andere norm voor hanteert?\n\nTom Verstegen"},
    {"id": "d54-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Nicole Aarts <n.aarts@kempenland-wo.nl>",
     "body": "Idee: ons sturingsconcept. We stappen over van programmasturing naar opgavegericht werken en ik hoor "
             "graag wie dat al gedaan heeft" + IPHONE},
    {"id": "d54-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Secretariaat directie <secretariaat@haverland.nl>",
     "body": "Goedemorgen,\n\nIk typ de handgeschreven aantekeningen van mevrouw Haverkamp voor u over:\n\n"
             "- gezamenlijke opgaven in het sociaal domein, samen met de buurgemeenten\n"
             "- hoe de werkorganisatie de eigenheid van iedere deelnemende gemeente bewaakt\n\n"
             "Met vriendelijke groet,\nJosé Lammers\nsecretariaat directie"},

    # -- subscribe: the director's own request, also when an assistant or a shared mailbox passes it on ----------
    {"id": "d54-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk - dhr. Brinkman",
     "sender": "Ingrid Smulders <i.smulders@werkorganisatie-kempenbroek.nl>",
     "body": "Goedemiddag,\n\nNamens onze directeur, de heer Brinkman, meld ik hem aan voor het netwerk. Zijn verzoek "
             "staat hieronder.\n\nMet vriendelijke groet,\nIngrid Smulders\nmanagementassistent\n\n"
             "Van: Brinkman, Oscar <o.brinkman@werkorganisatie-kempenbroek.nl>\n"
             "Verzonden: donderdag 7 januari 2027 08:15\nAan: Smulders, Ingrid "
             "<i.smulders@werkorganisatie-kempenbroek.nl>\nOnderwerp: netwerk fusiedirecteuren\n\n"
             "Ingrid, wil je mij aanmelden voor het netwerk van directeuren van ambtelijke fusieorganisaties? "
             "Gewoon op mijn werkadres. Dank, Oscar" + DISCLAIMER},
    {"id": "d54-subscribe-02", "kind": "subscribe", "thread": None, "subject": "lid worden",
     "sender": "Gijs Nieuwenhuis <gijs.nieuwenhuis@thuismail.nl>",
     "body": "Beste secretariaat,\n\nIk schrijf u vanaf mijn privéadres: het spamfilter van ons werk houdt uw "
             "berichten tegen. Ik wil graag lid worden van het netwerk, en dan graag op dit adres.\n\n"
             "Gijs Nieuwenhuis\ndirecteur Werkorganisatie Heuvelrand-Oost"},
    {"id": "d54-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Aanmelding als lid",
     "sender": "Saskia Bergsma <s.bergsma@gemeentenfeanwalden.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 februari ben ik benoemd tot interim-directeur van de werkorganisatie "
             "van de gemeenten in de Feanwâlden. Graag word ik lid van uw netwerk.\n\nMei freonlike groetnis,\n\n"
             "Saskia Bergsma\ninterim-directeur\n06 - 41 08 77 23"},
    {"id": "d54-subscribe-04", "kind": "subscribe", "thread": None, "subject": "aanmelding collega-directeur",
     "sender": "Hans Overmars <h.overmars@werkorganisatie-duinrand.nl>",
     "body": "Hallo,\n\nWe zijn sinds dit jaar met twee directeuren. Mijn collega Fatima El Amrani wil ook graag lid "
             "worden; haar adres is f.elamrani@werkorganisatie-duinrand.nl.\n\nGroet,\nHans Overmars"},
    {"id": "d54-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier netwerk",
     "sender": "Edwin Hummel <e.hummel@zuidwoldbroek.nl>",
     "body": CAUTION + "| Naam | Edwin Hummel |\n| Functie | algemeen directeur |\n| Organisatie | Werkorganisatie "
             "Zuidwoldbroek |\n| E-mail | e.hummel@zuidwoldbroek.nl |\n| Verzoek | aanmelding als lid |\n\n"
             + LOGO + DISCLAIMER},
    {"id": "d54-subscribe-06", "kind": "subscribe", "thread": None, "subject": "FW: netwerk directeuren",
     "sender": "Michiel Spaan <m.spaan@langstraatwerk.nl>",
     "body": "Zie onder, wil jij dit regelen?\n\nMichiel\n\n"
             "Van: Carla de Bruin <c.debruin@baronieland.nl>\nVerzonden: dinsdag 5 januari 2027 14:10\n"
             "Aan: Michiel Spaan <m.spaan@langstraatwerk.nl>\nOnderwerp: RE: netwerk directeuren\n\n"
             "Gewoon een mail naar info@ambtelijkefusie.nl, dan regelen zij het.\n\n"
             "Van: Michiel Spaan <m.spaan@langstraatwerk.nl>\nVerzonden: dinsdag 5 januari 2027 13:52\n"
             "Aan: Carla de Bruin <c.debruin@baronieland.nl>\nOnderwerp: netwerk directeuren\n\n"
             "Carla, ik wil mij aanmelden bij dat netwerk van fusiedirecteuren waar jij in zit. Hoe gaat dat?\n\n"
             "Michiel"},
    {"id": "d54-subscribe-07", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Niels Andersen <n.andersen@werkorganisatie-eemkant.nl>",
     "body": "Dear secretariat,\n\nSince January I am the new director of Werkorganisatie Eemkant (I moved here from "
             "Denmark, my Dutch is still improving). I would like to join the network. Alvast bedankt!\n\n"
             "Niels Andersen" + DISCLAIMER_BI},
    {"id": "d54-subscribe-08", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Lotte Schreuder <l.schreuder@vijfheerenwerk.nl>",
     "body": "lid blijven\n\nDit was een vergissing van ons secretariaat, dat mijn oude adres wilde opschonen en "
             "daarbij het verkeerde afmeldde.\n\nLotte Schreuder"},
    {"id": "d54-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Doorgestuurd: aanmelding",
     "sender": "Directie <directie@sallandse-heuvelrug-wo.nl>",
     "body": "Doorgestuurd namens de directeur.\n\n---------- Doorgestuurd bericht ----------\n"
             "Van: Ter Horst, Pieter <p.terhorst@sallandse-heuvelrug-wo.nl>\nDatum: 8 jan. 2027 09:47\n"
             "Onderwerp: aanmelding\nAan: Directie <directie@sallandse-heuvelrug-wo.nl>\n\n"
             "Graag mij aanmelden als lid van het netwerk directeuren ambtelijke fusieorganisaties, op "
             "p.terhorst@sallandse-heuvelrug-wo.nl.\n\nPieter ter Horst"},
    {"id": "d54-subscribe-10", "kind": "subscribe", "thread": None, "subject": "[EXTERN] Aanmelding netwerk",
     "sender": "Roelof Dijkstra <r.dijkstra@werkorganisatie-zuidlaren-eelde.nl>",
     "body": "Graag aanmelden als lid.\n\nR. Dijkstra\ndirecteur" + IPHONE + DISCLAIMER},
    {"id": "d54-subscribe-11", "kind": "subscribe", "thread": None, "subject": "op de lijst",
     "sender": "Jo Houben <j.houben@heuvelland-mergelwerk.nl>",
     "body": "Goojendaag,\n\nZouden jullie mich op de leden-lijst kunnen zetten? Ik ben sinds kort algemeen "
             "directeur van de werkorganisatie Heuvelland-Mergelwerk en wil graag meedoen aan het netwerk.\n\n"
             "Hoij, Jo Houben"},
    {"id": "d54-subscribe-12", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Kees Bakhuis <k.bakhuis@altenawaard.nl>",
     "body": "Deze uitnodiging kreeg ik van ons secretariaat doorgestuurd, maar ik ben nog geen lid. Wilt u mij "
             "eerst als lid van het netwerk aanmelden?\n\nKees Bakhuis\ndirecteur Altenawaard"},

    # -- unsubscribe: the director's own leave, erasure or hand-over, however it reaches us ----------------------
    {"id": "d54-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "FW: afmelden netwerk", "sender": "Loes Hermans <l.hermans@rijnenvaart.nl>",
     "body": "Geacht secretariaat,\n\nHieronder het verzoek van de heer Van Rijswijk.\n\nMet vriendelijke groet,\n"
             "Loes Hermans\ndirectiesecretaresse\n" + LOGO + "\n\n"
             "Van: Rijswijk, Arend van <a.vanrijswijk@rijnenvaart.nl>\nVerzonden: maandag 22 februari 2027 17:05\n"
             "Aan: Hermans, Loes <l.hermans@rijnenvaart.nl>\nOnderwerp: afmelden netwerk\n\n"
             "Loes, wil je mij afmelden bij het netwerk van fusiedirecteuren? Ik ga per 1 april met pensioen en "
             "een opvolger is er voorlopig niet.\n\nArend" + DISCLAIMER},
    {"id": "d54-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "overdracht lidmaatschap", "sender": "Willem Stoffels <w.stoffels@mijnpost.nl>",
     "body": "Beste Stan en Melanie,\n\nIk mail vanaf mijn privéadres, want mijn werkaccount is sinds vandaag "
             "afgesloten. Per 1 maart ben ik vertrokken bij Werkorganisatie Oost-Betuwe. Mijn opvolger, "
             "Anne-Marie Smeets (am.smeets@oost-betuwe-wo.nl), neemt mijn plek in het netwerk over.\n\n"
             "Het ga jullie goed,\nWillem"},
    {"id": "d54-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": I, "subject": "RE: " + INV,
     "sender": "Rens Kuiper <r.kuiper@gemeenten-wieringerwaard.nl>",
     "body": "Verwijdert u alstublieft al mijn gegevens uit uw bestand, op grond van artikel 17 AVG, en stuur mij "
             "niets meer.\n\nR. Kuiper\n\n__________________________________________\n\n"
             "Beste Rens Kuiper,\n\nGraag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op "
             "samenwerking & eigenheid\": een interactieve sessie over een\ngezamenlijk vraagstuk, waarin u met "
             "collega-directeuren in gesprek gaat, inzichten deelt en inspiratie opdoet.\n\n"
             "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\nThema:   Samenwerking\n"
             "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n\nMet vriendelijke groet,\n\n"
             "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
             "info@ambtelijkefusie.nl"},
    {"id": "d54-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "lidmaatschap",
     "sender": "Directie Bergenwoud <directie@bergenwoud.nl>",
     "body": "Goedemorgen,\n\nDe directeur vroeg ons het volgende aan u door te geven:\n\n"
             "> Ik wil niet langer lid zijn van het netwerk. De ateliers passen al een jaar niet meer in mijn "
             "agenda en ik lees de mails niet. Meld mij maar af.\n> Gert-Jan Schipper\n\n"
             "Met vriendelijke groet,\nteam directieondersteuning Bergenwoud"},
    {"id": "d54-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Astrid Veldkamp <a.veldkamp@vechtstreek-wo.nl>",
     "body": "Ik kom niet naar het atelier, en schrijf mij ook maar uit als lid: per 1 mei stop ik als directeur en "
             "of er een opvolger komt, is nog onduidelijk.\n\nAstrid Veldkamp"},
    {"id": "d54-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Bram Hagedoorn <b.hagedoorn@lopikerwaard-wo.nl>",
     "body": "Geen thema's van mijn kant: ik stop met het netwerk. Haal mij van de verzendlijst.\n\nBram Hagedoorn"},
    {"id": "d54-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Emma Whitfield <e.whitfield@grensmaas-werk.nl>",
     "subject": "RE: [EXTERN] " + INV,
     "body": "Please remove me from your mailing list and delete all personal data you hold on me (GDPR, art. 17). "
             "Graag een bevestiging zodra dat gebeurd is.\n\nEmma Whitfield" + DISCLAIMER_BI},
    {"id": "d54-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Ruud Gerritsen <r.gerritsen@bathmenwerk.nl>",
     "body": "Niet door mij aangevraagd en ook niet nodig." + IPHONE},
    {"id": "d54-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "FW: netwerk fusiedirecteuren", "sender": "Thijs Vermeulen <t.vermeulen@zederikland.nl>",
     "body": "Zie onder. Wil jij dit regelen?\n\nTh. Vermeulen\n\n"
             "-----Oorspronkelijk bericht-----\nVan: Secretariaat directie <secretariaat@zederikland.nl>\n"
             "Verzonden: donderdag 25 februari 2027 10:03\nAan: Vermeulen, Thijs <t.vermeulen@zederikland.nl>\n"
             "Onderwerp: RE: netwerk fusiedirecteuren\n\nThijs, ik weet niet hoe dat moet. Kun jij het zelf "
             "aan hen vragen?\n\nGroet, Nel\n\n-----Oorspronkelijk bericht-----\n"
             "Van: Vermeulen, Thijs <t.vermeulen@zederikland.nl>\nVerzonden: donderdag 25 februari 2027 08:41\n"
             "Aan: Secretariaat directie <secretariaat@zederikland.nl>\nOnderwerp: netwerk fusiedirecteuren\n\n"
             "Nel, meld mij af bij het netwerk van directeuren van fusieorganisaties, ik heb er geen tijd meer "
             "voor.\n\nThijs"},
    {"id": "d54-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "sender": "Marianne Oskam <m.oskam@krimpenerland.nl>",
     "body": "Geacht secretariaat,\n\nIk kan er helaas niet bij zijn. Daarnaast verzoek ik u mijn gegevens te "
             "verwijderen: ik heb geen behoefte meer aan deze berichten en wil niet in uw bestand blijven staan.\n\n"
             "Met vriendelijke groet,\nM. Oskam"},
    {"id": "d54-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Henk Loohuis <h.loohuis@berkellandwerk.nl>",
     "body": "Beste secretariaat,\n\nPer 1 maart neem ik afscheid als directeur. Mijn opvolger, de heer R. Kanters "
             "(r.kanters@berkellandwerk.nl), neemt mijn lidmaatschap over en komt op 11 maart graag in mijn "
             "plaats.\n\nMet vriendelijke groet,\nHenk Loohuis"},
    {"id": "d54-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "[EXTERN] uitschrijven", "sender": "Koen de Ridder <k.deridder@scheldekust.nl>",
     "body": CAUTION + "Unsubscribe please - ik werk niet meer bij de werkorganisatie en wil deze mails niet meer "
             "ontvangen. Thanks.\n\nKoen" + ANDROID + DISCLAIMER},

    # -- confirm: yes to our confirmation request, often typed by the assistant who keeps the director's mailbox ----
    {"id": "d54-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "\"Achterberg, Nienke\" <n.achterberg@werkorganisatie-midden-delfland.nl>",
     "body": "Namens mevrouw Achterberg: klopt, bevestigd.\n\nGroet,\nDiana Pronk\nmanagementondersteuning\n"
             + LOGO + DISCLAIMER},
    {"id": "d54-confirm-02", "kind": "confirm", "thread": C, "subject": "Re: " + CONF,
     "sender": "Sander Hofstra <s.hofstra@tytsjerkradiel-wurk.nl>",
     "body": "Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
             "info@ambtelijkefusie.nl>:\n\n> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft "
             "niets te typen. Zo weten we zeker dat dit e-mailadres van u is en dat u onze berichten wilt "
             "ontvangen.\n\nBij dezen. Mijn secretaresse had al gezegd dat deze mail zou komen.\n\nSander"},
    {"id": "d54-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Lambert Jorritsma <l.jorritsma@noordoostpolderwerk.nl>",
     "body": "Goedemiddag,\n\nIk ben de interim-directeur voor wie mijn bureau deze aanmelding heeft gedaan. Het "
             "adres is juist; ik bevestig de aanmelding graag.\n\nMet vriendelijke groet,\nL. Jorritsma"},
    {"id": "d54-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "groupwise", "sender": "Ellen Wijnands <e.wijnands@venrayland.nl>",
     "body": "Akkoord, dit is inderdaad mijn adres.\n\nE. Wijnands"},
    {"id": "d54-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "\"Jansen-Oudeman, Karin\" <k.jansen-oudeman@westfriesewerk.nl>",
     "body": "Bevestigd namens mevrouw Jansen-Oudeman; zij had mij gevraagd haar aan te melden.\n\n"
             "Met vriendelijke groet,\nsecretariaat directie"},
    {"id": "d54-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Bas Timmer <b.timmer@aalsmeerwerk.nl>",
     "body": "ja klopt" + ANDROID},
    {"id": "d54-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-en", "sender": "Olivia Brandsma <o.brandsma@werkorganisatie-eemkant.nl>",
     "body": "Confirmed, thank you - my PA signed me up at my request, so that's fine.\n\nOlivia Brandsma\n"
             "Director | Werkorganisatie Eemkant\n+31 6 27 44 90 18"},
    {"id": "d54-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Joost Fennema <j.fennema@gemeentenlauwersland.nl>",
     "subject": "[EXTERN] RE: " + CONF,
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nJoost Fennema\n" + BANNER + "\n" + SOCIAL + DISCLAIMER},

    # -- autoreply: out-of-offices of directors, assistants and shared mailboxes ---------------------------------
    {"id": "d54-autoreply-01", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "Automatisch antwoord: " + INV,
     "headers": {"Auto-Submitted": "auto-replied"}, "sender": "Ruben Castelijn <r.castelijn@dommeldal-wo.nl>",
     "body": "Ik ben afwezig tot en met maandag 8 maart. Mijn mail wordt niet doorgestuurd. Voor dringende zaken "
             "kunt u contact opnemen met mijn managementassistent, Yvette Mols, via 040 - 208 33 10."},
    {"id": "d54-autoreply-02", "kind": "autoreply", "thread": I, "subject": "Automatisch antwoord: RE: " + INV,
     "sender": "Secretariaat directie <secretariaat@waalenlinge.nl>",
     "body": "Goedendag,\n\nOp vrijdag ben ik niet werkzaam. Voor de agenda van de directeur kunt u op maandag weer "
             "bij mij terecht; bij spoed belt u met de receptie, 0345 - 61 70 00.\n\nMet vriendelijke groet,\n"
             "Ans Kortekaas\nsecretariaat directie"},
    {"id": "d54-autoreply-03", "kind": "autoreply", "thread": T, "subject": "Ontvangstbevestiging [Z-2027-00481]",
     "headers": {"X-Autoreply": "yes"}, "sender": "Directie <directie@de-vier-polders.nl>",
     "body": "Dit is een automatisch gegenereerd bericht.\n\nUw e-mail aan de directie is ontvangen en geregistreerd "
             "onder zaaknummer Z-2027-00481. U ontvangt binnen vijf werkdagen een reactie. Wilt u bij vragen dit "
             "zaaknummer vermelden?\n\n" + LOGO},
    {"id": "d54-autoreply-04", "kind": "autoreply", "thread": I, "subject": "Niet meer in gebruik: RE: " + INV,
     "headers": {"Auto-Submitted": "auto-generated"}, "sender": "Directie Gemeente Zandwijck <directie@zandwijck.nl>",
     "body": "Door de vorming van de Werkorganisatie Rivierduinen is dit e-mailadres per 1 januari 2027 niet meer in "
             "gebruik. Uw bericht is niet gelezen en niet doorgestuurd. Stuur het opnieuw naar "
             "directie@rivierduinen-wo.nl."},
    {"id": "d54-autoreply-05", "kind": "autoreply", "thread": R, "subject": "Out of Office: " + REM,
     "headers": {"Auto-Submitted": "auto-replied"}, "sender": "Emma Whitfield <e.whitfield@grensmaas-werk.nl>",
     "body": "Thank you for your message. I am out of the office until 15 March with limited access to e-mail. For "
             "urgent matters please contact my executive assistant, Noor Peeters (n.peeters@grensmaas-werk.nl).\n\n"
             "Ik ben afwezig tot 15 maart. Voor dringende zaken: Noor Peeters."},
    {"id": "d54-autoreply-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": "Re: " + INV, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Frank IJzerman <f.ijzerman@westlandse-kust.nl>",
     "body": "Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 12 maart en lees mijn mail daarna."},
    {"id": "d54-autoreply-07", "kind": "autoreply", "thread": T, "subject": "Automatisch antwoord: " + CALL,
     "headers": {"Precedence": "auto_reply"}, "sender": "Peter-Paul Gerrits <pp.gerrits@maaskempen.nl>",
     "body": "Mijn waarneming als interim-directeur eindigt op 28 februari. Vanaf 1 maart is mevrouw De Graaf weer "
             "aanspreekpunt; u bereikt haar via directie@maaskempen.nl. Dit bericht wordt automatisch verzonden."},
    {"id": "d54-autoreply-08", "kind": "autoreply", "thread": W, "subject": "Uw melding is geregistreerd",
     "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Bestuursondersteuning <noreply-bestuursondersteuning@kromme-rijnwaarde.nl>",
     "body": "Geachte afzender,\n\nUw melding is geregistreerd onder nummer 2027-BO-1187 en doorgezet naar de "
             "juiste medewerker. Reageer niet op deze e-mail; deze mailbox wordt niet gelezen.\n\n"
             "Team Bestuursondersteuning\n" + SOCIAL},

    # -- other: acts for someone else without their own words, questions, pitches, press, hand-offs to a person ----
    {"id": "d54-other-01", "kind": "other", "thread": None, "subject": "afmelding dhr. Bosman",
     "sender": "Secretariaat directie <secretariaat@vliestroomwerk.nl>",
     "body": "Goedemorgen,\n\nNamens de heer Bosman verzoek ik u hem af te melden als lid van het netwerk.\n\n"
             "Met vriendelijke groet,\nGerda Pol\nsecretariaat directie\n" + LOGO + DISCLAIMER},
    {"id": "d54-other-02", "kind": "other", "thread": None, "subject": "Aanmelding nieuwe directeur",
     "sender": "Bestuursondersteuning <bestuursondersteuning@eilandenwerk.nl>",
     "body": "Geacht secretariaat,\n\nGraag melden wij onze nieuwe directeur, mevrouw R. Benali, aan als lid van het "
             "netwerk. Haar e-mailadres is r.benali@eilandenwerk.nl.\n\nMet vriendelijke groet,\n\n"
             "team Bestuursondersteuning"},
    {"id": "d54-other-03", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Directie <directie@marnewaard.nl>",
     "body": "Dank voor het welkom. Onze vorige directeur, de heer Feenstra, is per januari vertrokken; wilt u al "
             "zijn gegevens uit uw systeem verwijderen?\n\nMet vriendelijke groet,\nP. Wiersma, directiesecretaris"},
    {"id": "d54-other-04", "kind": "other", "thread": None, "subject": "adreswijziging directeur",
     "sender": "Secretariaat <secretariaat@drielandenwerk.nl>",
     "body": "Goedemiddag,\n\nWilt u het e-mailadres van onze directeur, de heer Geurts, wijzigen? Oud: "
             "m.geurts@gemeente-oudhoeven.nl, nieuw: m.geurts@drielandenwerk.nl.\n\nDank en groet,\nBirgit\n"
             "secretariaat" + DISCLAIMER},
    {"id": "d54-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Margreet Bolhuis <m.bolhuis@eemsdelta-werk.nl>",
     "body": "Een vraag vooraf: is het netwerk alleen voor de algemeen directeur, of mag onze adjunct-directeur ook "
             "lid worden en mee naar het atelier?\n\nMargreet"},
    {"id": "d54-other-06", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Annemarie Rutten <a.rutten@weertland.nl>",
     "body": "Geacht secretariaat,\n\nNamens onze directeur, de heer Jacobs, laat ik weten dat hij zich graag "
             "beschikbaar stelt voor een zetel in de Adviesraad van het netwerk. Zijn cv stuur ik op verzoek "
             "toe.\n\nMet vriendelijke groet,\nAnnemarie Rutten\nmanagementassistent"},
    {"id": "d54-other-07", "kind": "other", "thread": None, "subject": "Workshop voor uw atelier: AI in de "
     "dienstverlening", "sender": "Lars Bakker <lars@publiekdigitaal.nl>",
     "body": "Beste organisatie,\n\nPubliek Digitaal verzorgt graag een gratis workshop over AI in de "
             "dienstverlening aan inwoners tijdens uw volgende atelier. Bekijk onze aanpak:\n" + SAFELINK
             + "\n\nZullen we volgende week even bellen?\n\nLars Bakker\naccountmanager overheid\n" + SOCIAL},
    {"id": "d54-other-08", "kind": "other", "thread": None, "subject": "Interviewverzoek",
     "sender": "Eline Kroes <e.kroes@dagbladvandenoorden-redactie.nl>",
     "body": "Goedemiddag,\n\nVoor een artikel over ambtelijke fusies in Groningen en Drenthe zou ik graag iemand "
             "van het netwerk spreken. Kunt u mij in contact brengen met een van de directeuren of met de "
             "Adviesraad?\n\nMet vriendelijke groet,\nEline Kroes\nverslaggever"},
    {"id": "d54-other-09", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "\"Pauwels, Jeroen\" <j.pauwels@zeeuwsebaai-wo.nl>",
     "body": "Goedemorgen,\n\nIk beheer de mailbox van de heer Pauwels. Hij heeft zich niet aangemeld en weet hier "
             "niets van. Van wie kwam deze aanmelding?\n\nMet vriendelijke groet,\nSylvia Dingemanse\n"
             "managementassistent"},
    {"id": "d54-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Secretariaat directie <secretariaat@oostelijkeveenwerk.nl>",
     "body": "Beste Stan,\n\nDe directeur komt graag, maar kan hij zijn auto kwijt bij het Stadskantoor, en zo nee, "
             "waar dan wel? Hij is slecht ter been.\n\nGroet,\nMirjam\nsecretariaat"},
    {"id": "d54-other-11", "kind": "other", "thread": None, "subject": "lidmaatschap tijdens ziekte directeur",
     "sender": "Hendrik Boertien <h.boertien@reestdalwerk.nl>",
     "body": "Goedendag,\n\nMevrouw De Boer is langdurig ziek en ik neem als waarnemend directeur haar taken over. Kan "
             "ik tijdelijk haar lidmaatschap gebruiken, of moet ik mij zelf aanmelden?\n\nHendrik Boertien\n"
             "waarnemend directeur"},
    {"id": "d54-other-12", "kind": "other", "thread": None, "subject": "vertrek mevrouw Hofstra",
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@smallingerwurk.nl>",
     "body": "Geacht secretariaat,\n\nMevrouw Hofstra is per 1 februari vertrokken bij onze organisatie. Wie haar "
             "opvolgt, is nog niet bekend.\n\nMet vriendelijke groet,\nbestuurssecretariaat"},
    {"id": "d54-other-13", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Wilma Scheepstra <w.scheepstra@ommenerveld.nl>",
     "body": "Kunt u de uitnodigingen voor onze directeur voortaan ook in cc aan mij sturen? Ik beheer zijn "
             "agenda.\n\nWilma Scheepstra\nmanagementassistent"},
    {"id": "d54-other-14", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "sender": "Secretariaat <secretariaat@lekkerkerkwaard.nl>",
     "body": "Dank u wel, ik heb het bericht doorgezet naar de directeur.\n\nMarian"},
    {"id": "d54-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Gerben Postma <g.postma@wadkust-werk.nl>",
     "body": "Onze concerncontroller, Femke Altena, zou graag eens met een atelier meekijken, los van mij. Kan dat, "
             "ook als ik er zelf niet ben?\n\nGerben"},
    {"id": "d54-other-16", "kind": "other", "thread": None, "subject": "FW: factuur atelier",
     "sender": "Robbert Claassen <r.claassen@betuwsewaard-wo.nl>",
     "body": "Zie onder, wil jij dit regelen?\n\nRobbert\n\n"
             "Van: Crediteurenadministratie <crediteuren@betuwsewaard-wo.nl>\nVerzonden: woensdag 17 maart 2027 "
             "10:12\nAan: Claassen, Robbert <r.claassen@betuwsewaard-wo.nl>\nOnderwerp: factuur atelier\n\n"
             "Beste Robbert,\n\nVoor onze administratie hebben we een factuur of bewijs van deelname nodig voor het "
             "atelier van 11 maart, met ons inkoopordernummer 4500231877 erop. Kun jij dat opvragen?\n\n"
             "Team Crediteuren"},
]
# fmt: on
