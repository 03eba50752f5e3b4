"""The thirty-ninth labelled set's cases (issue 17); see the package docstring for how its writing differs.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``; replies to the RSVP
confirmation, the waiting-list notice and a change notice carry ``invitation``. A mail that joins an act to a
question or condition a person must handle is ``other``; a rhetorical question or a request put as a polite
question beside an act is the act.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
GALAXY = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\nDISCLAIMER: De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van "
    "deze informatie door anderen dan de geadresseerde is niet toegestaan. Werkorganisatie Duinstreek-Oost staat niet "
    "in voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mail, noch voor tijdige ontvangst "
    "daarvan. Aan dit bericht kunnen geen rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received this message in error, please notify the sender and delete it. Please consider the environment "
    "before printing this e-mail."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."
SIG_VDBERG = (
    "\n\nMet vriendelijke groet,\n\ndrs. H.J.M. (Hans) van den Berg MPA\nalgemeen directeur / gemeentesecretaris\n"
    "Werkorganisatie Lingewaarde-Betuwe\nT 0345 - 56 78 90 | M 06 - 41 22 87 03\nPostbus 115, 4100 AC Lingewaarde\n"
    "www.lingewaarde-betuwe.nl\nIk werk op maandag, dinsdag en donderdag."
)
SIG_KAMPHUIS = (
    "\n\nHartelijke groet,\n\nIngrid Kamphuis\nDirecteur bedrijfsvoering | Werkorganisatie De Vechtlanden\n"
    "Raadhuisplein 1, 7701 AA Vechtlanden\n+31 (0)523 - 61 44 00\n"
    "Volg ons op LinkedIn: linkedin.com/company/werkorganisatie-vechtlanden"
)
SIG_OOSTING = (
    "\n\nMet hartelijke groet,\n\nmr. drs. Wiebe Oosting\nGemeentesecretaris/algemeen directeur\n"
    "Ambtelijke organisatie Waddenkust (gemeenten Harlingerland, Wierum en Zoutkamp)\n"
    "Bezoekadres: Stationsweg 4, 9101 BZ Wierum\nTelefoon: 14 0519 (vraag naar het secretariaat)\n"
    "Bereikbaar via mijn managementassistent Femke Zijlstra, f.zijlstra@waddenkust.nl"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # == OTHER: an RSVP beside a question or condition a person must handle ================================
    {"id": "d39-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Gerrit Wolters <g.wolters@achterhoek-oost.nl>",
     "body": "Goedemorgen,\n\nIk schuif graag aan op de 11e. Weet u of er bij het Stadskantoor geparkeerd kan "
             "worden, of is de trein echt de enige optie? Ik kom helemaal uit Winterswijk en moet daarna nog "
             "terug voor een avondvergadering.\n\nGroet,\nGerrit Wolters"},
    {"id": "d39-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Noor Bakkali <n.bakkali@werkorganisatie-rijnoever.nl>",
     "body": "Aanwezig! Een praktische vraag: houden jullie bij de lunch of de borrel rekening met een "
             "glutenvrij dieet, of kan ik beter zelf iets meenemen?\n\nNoor"},
    {"id": "d39-other-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "J. Terpstra <j.terpstra@gemeentenfrieslandzuid.nl>",
     "body": "Beste Stan en Melanie,\n\nIk zou graag deelnemen, maar is het ook mogelijk om via de Teams-link "
             "in te bellen in plaats van naar Utrecht te komen? Dat scheelt mij ruim twee uur rijden heen en "
             "weer. Als alleen fysiek kan, hoor ik het graag, dan beslis ik daarna.\n\nMet groet,\nJan Terpstra"},
    {"id": "d39-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Marleen Schuurman <m.schuurman@deltawerkorganisatie.nl>",
     "body": "Ik kom. Mag ik onze nieuwe concerncontroller meenemen? Ze is geen directeur en ook geen lid, maar "
             "het thema raakt precies haar portefeuille." + IPHONE},
    {"id": "d39-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Peter-Paul Hermsen <pp.hermsen@maasduinen-werkorganisatie.nl>",
     "body": "Dag secretariaat,\n\nAls de gezamenlijke raadsvergadering van 11 maart naar een andere datum gaat, "
             "dan ben ik erbij. Dat besluit valt pas eind februari in het presidium. Kunt u mij tot die tijd "
             "als 'misschien' noteren?\n\nVriendelijke groet,\nPeter-Paul Hermsen"},
    {"id": "d39-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Eline de Graaf <e.degraaf@kempenland-samen.nl>",
     "body": "Hi both,\n\nIf my flight back from Lisbon lands on time that morning I'll be there, otherwise I'm "
             "afraid not. Would it be okay to let you know on the day itself?\n\nBest,\nEline"},
    {"id": "d39-other-07", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Rob Hoogendijk <r.hoogendijk@hollandsmidden-wo.nl>",
     "body": "Hallo,\n\nIk had me aangemeld, maar nu blijkt de externe audit dezelfde middag te starten. Zou ik "
             "rond 16.00 uur nog kunnen aanhaken, of heeft dat bij een interactieve sessie weinig zin?\n\n"
             "Groet, Rob"},
    {"id": "d39-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "A. Veldhuis <a.veldhuis@sallandsewerkorganisatie.nl>",
     "body": "Graag! Wordt er van de deelnemers verwacht dat zij een eigen casus inbrengen? In dat geval moet ik "
             "er nog iets voor voorbereiden met mijn MT.\n\nAnnelies Veldhuis"},
    {"id": "d39-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "Herman Lubbers <h.lubbers@westerkwartier-oost.nl>",
     "body": "Ik kan er helaas niet bij zijn. Komt er na afloop een verslag, en krijgen de leden die er niet "
             "waren dat ook toegestuurd?\n\nH. Lubbers"},
    {"id": "d39-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Sandra Mulder <s.mulder@werkorganisatie-grensland.nl>",
     "body": "Beste mensen,\n\nHelaas verhinderd deze keer. Staat de datum van het najaarsatelier al vast? Dan "
             "blok ik die direct in mijn agenda, want mijn secretaresse plant al tot eind volgend jaar vol.\n\n"
             "Met vriendelijke groet,\nSandra Mulder"},
    {"id": "d39-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Kees Verhoef <k.verhoef@bommelerwaard-wo.nl>",
     "body": "Zelf kan ik op 11 maart niet. Mag mijn plaatsvervanger, Ria Smits, in mijn plaats komen, ook al is "
             "zij geen lid van het netwerk? Ik wil geen plek innemen die voor een directeur bedoeld is.\n\n"
             "Groet,\nKees"},
    {"id": "d39-other-12", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "gmail",
     "sender": "Fatma Yilmaz <f.yilmaz@zaanstreek-werkorganisatie.nl>",
     "body": "Dank voor het bericht. Plek 2 op de wachtlijst: hoe groot is de kans dat ik er nog in kom? Als het "
             "onwaarschijnlijk is, plan ik die middag iets anders in.\n\nFatma"},
    {"id": "d39-other-13", "kind": "other", "thread": I, "quoted": "wijziging_atelier", "quote": "outlook-nl",
     "sender": "Bart Kolkman <b.kolkman@twentewerkt-samen.nl>",
     "body": "Goedemiddag,\n\nDe nieuwe datum, 18 maart, wordt lastig: ik weet het pas na het college van "
             "dinsdag. Mag ik het dan woensdag laten weten, of is de lijst dan al dicht?\n\nBart Kolkman"},
    {"id": "d39-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Henriëtte van Zanten <h.vanzanten@wo-stichtsevecht.nl>",
     "body": "Geacht secretariaat,\n\nIs de zaal in het Stadskantoor goed toegankelijk met een rolstoel, ook het "
             "sanitair? Zo ja, dan meld ik mij graag aan voor het atelier.\n\nHoogachtend,\n"
             "H. van Zanten" + DISCLAIMER},
    {"id": "d39-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Dirk-Jan Prins <dj.prins@ijsselvallei-wo.nl>",
     "body": "Ik wil er graag bij zijn. Zijn er kosten verbonden aan deelname, of valt het atelier onder het "
             "kosteloze lidmaatschap? Onze budgethouder wil dat vooraf weten.\n\nDirk-Jan" + SIG_VDBERG},
    {"id": "d39-other-16", "kind": "other", "thread": I,
     "sender": "Yvonne Brink <y.brink@noordoostpolder-urk-wo.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\nDie dag kan ik, maar kan het programma "
             "ook om 13.00 beginnen? Ik moet om 17.00 echt weg voor de raad.\n\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Dat hangt dus een beetje van het antwoord hierboven af.\n\nYvonne"},
    {"id": "d39-other-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Maarten Dekker <m.dekker@wo-hartvanbrabant.nl>",
     "body": "Ja hoor, mits ik mijn bestuurssecretaris mag meenemen. Is dat akkoord?\n\nMaarten" + IPHONE},
    {"id": "d39-other-18", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Lotte Vermeulen <l.vermeulen@werkorganisatie-kromme-rijn.nl>",
     "body": "Hallo Melanie,\n\nWij willen komen met z'n drieën: ikzelf, onze directeur sociaal domein en de "
             "programmamanager samenwerking. Is dat een probleem met 30 plaatsen?\n\nGroetjes,\nLotte"},
    {"id": "d39-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Wouter Smeets <w.smeets@parkstad-zuid-wo.nl>",
     "body": "Kunt u mij laten weten of het atelier wordt opgenomen? Op de 11e zit ik in Brussel voor het "
             "Euregio-overleg, dus terugkijken is voor mij de enige mogelijkheid.\n\nMvg Wouter Smeets"},
    {"id": "d39-other-20", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Frits Lammers <f.lammers@heuvelland-werkorganisatie.nl>",
     "body": "Anja, kun jij even navragen of ik online kan aanschuiven? Zo niet, laat het dan maar schieten.\n\n"
             "F." + OUTLOOK_IOS},
    {"id": "d39-other-21", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes",
     "sender": "Cor Rozendaal <c.rozendaal@vijfheerenlanden-wo.nl>",
     "body": "Ik ben er zeker bij. Kan ik bij het Stadskantoor ergens een vouwfiets kwijt, of moet die mee naar "
             "binnen? Ik kom met de trein tot Utrecht Centraal.\n\nC. Rozendaal"},
    {"id": "d39-other-22", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
     "sender": "Hanneke Post <h.post@ommen-hardenberg-wo.nl>",
     "body": "Dank voor de bevestiging. Ik zie alleen mijn eigen naam staan; staat mijn collega Tom Beerens, die "
             "ik had opgegeven als gast, ook op de lijst?\n\nHanneke"},
    # == OTHER: a sign-up beside a question about costs or eligibility =====================================
    {"id": "d39-other-23", "kind": "other", "thread": None, "subject": "Lidmaatschap",
     "sender": "Erik Scholten <e.scholten@wo-drechtsteden-noord.nl>",
     "body": "Goedendag,\n\nIk wil graag lid worden. Is het netwerk ook bedoeld voor plaatsvervangend "
             "directeuren? Ik ben adjunct-directeur, de algemeen directeur is al lid.\n\nMet groet,\nErik Scholten"},
    {"id": "d39-other-24", "kind": "other", "thread": None, "subject": "aanmelding netwerk",
     "sender": "Ria Koster <r.koster@gooiwerkt.nl>",
     "body": "Graag meld ik mij aan. Wat kost het lidmaatschap per jaar, en kan de factuur op naam van de "
             "werkorganisatie in plaats van op mijn naam?\n\nRia Koster\nDirecteur, Gooi Werkt"},
    {"id": "d39-other-25", "kind": "other", "thread": None, "subject": "Kom ik in aanmerking?",
     "sender": "Thijs Reinders <t.reinders@gr-bedrijfsvoering-peel.nl>",
     "body": "Beste secretariaat,\n\nOnze organisatie is geen ambtelijke fusie in strikte zin, maar een "
             "gemeenschappelijke regeling voor de bedrijfsvoering van drie gemeenten. Kom ik als directeur in "
             "aanmerking? Zo ja, dan meld ik mij graag aan.\n\nVriendelijke groet,\nThijs Reinders"},
    {"id": "d39-other-26", "kind": "other", "thread": None, "subject": "Aanmelding directeur",
     "sender": "Secretariaat directie <secretariaat.directie@wo-zuidwestfriesland.nl>",
     "body": "Goedemorgen,\n\nWilt u onze algemeen directeur, mevrouw Jolanda Hiemstra, aanmelden als lid van het "
             "netwerk? Haar adres is j.hiemstra@wo-zuidwestfriesland.nl.\n\nMet vriendelijke groet,\n"
             "Gea Dijkstra\nmanagementondersteuning"},
    {"id": "d39-other-27", "kind": "other", "thread": None, "subject": "Aanmelden + privacy",
     "sender": "Rutger Blom <r.blom@kennemerwo.nl>",
     "body": "Aanmelden wil ik wel, maar eerst: wat doet u met mijn gegevens? Ik zie op de site nergens een "
             "privacyverklaring, en wij zijn daar als organisatie nogal precies in.\n\nRutger Blom"},
    {"id": "d39-other-28", "kind": "other", "thread": None, "subject": "Joining the network",
     "sender": "Sophie Lambrecht <s.lambrecht@werkorganisatie-duinstreek.nl>",
     "body": "Dear secretariat,\n\nI'd like to join, but I'm only in the director's role ad interim until "
             "September. Does that make sense, or should my permanent successor sign up instead?\n\n"
             "Kind regards,\nSophie Lambrecht" + DISCLAIMER_EN},
    {"id": "d39-other-29", "kind": "other", "thread": None, "subject": "Eén of twee leden?",
     "sender": "Arjen Visscher <a.visscher@wo-noordkop.nl>",
     "body": "Hallo,\n\nMijn collega en ik vormen samen de directie van onze werkorganisatie. Kunnen wij ons "
             "allebei aanmelden, of is het één lid per organisatie?\n\nGroet,\nArjen Visscher"},
    {"id": "d39-other-30", "kind": "other", "thread": None, "subject": "vraagje",
     "sender": "Mirjam Evers <m.evers@werkorganisatie-oostgelre.nl>",
     "body": "Ik overweeg lid te worden van het netwerk. Hoe vaak krijg ik mail van jullie? Mijn inbox loopt nu "
             "al over.\n\nMirjam"},
    {"id": "d39-other-31", "kind": "other", "thread": None, "subject": "Aanmeldformulier",
     "sender": "Vincent Bosch <v.bosch@wo-langstraat.nl>",
     "body": "Naam: Vincent Bosch\nOrganisatie: Werkorganisatie Langstraat\nFunctie: algemeen directeur\n"
             "E-mail: v.bosch@wo-langstraat.nl\nOpmerking: kan de mail ook naar mijn privé-adres? Mijn werkmail "
             "lees ik door alle filters slecht."},
    {"id": "d39-other-32", "kind": "other", "thread": None, "subject": "Lidmaatschap kosteloos?",
     "sender": "Ellen Hofstede <e.hofstede@gemeentenaanzee-wo.nl>",
     "body": "Als het lidmaatschap echt kosteloos is, meld ik mij aan. Mijn controller wil dat wel graag zwart op "
             "wit, kunt u dat bevestigen?\n\nEllen Hofstede"},
    {"id": "d39-other-33", "kind": "other", "thread": None, "subject": "Collega aanmelden",
     "sender": "Gerard Hulst <g.hulst@wo-alblasserwaard.nl>",
     "body": "Kunt u mijn collega Henk van Dam ook uitnodigen? Hij is directeur bij de werkorganisatie "
             "Lopikerwaard en wil graag lid worden.\n\nGroet, Gerard" + GALAXY},
    {"id": "d39-other-34", "kind": "other", "thread": None, "subject": "Twee adressen",
     "sender": "Pim Jacobs <pim.jacobs@wo-betuwe-west.nl>",
     "body": "Ik krijg uw uitnodigingen op twee adressen, mijn oude gemeentelijke en dit nieuwe. Welke moet ik "
             "gebruiken, en kunt u het oude adres dan weghalen?\n\nPim Jacobs"},
    # == OTHER: a leave beside a question about the successor or the report ================================
    {"id": "d39-other-35", "kind": "other", "thread": None, "subject": "Pensioen",
     "sender": "Bert Wesseling <b.wesseling@wo-vechtdal.nl>",
     "body": "Beste Stan,\n\nPer 1 april ga ik met pensioen. Mijn opvolger is nog niet benoemd. Hoe gaat dat "
             "dan, moet die zich straks zelf aanmelden of regelen jullie dat?\n\nHartelijke groet,\nBert"},
    {"id": "d39-other-36", "kind": "other", "thread": None, "subject": "afmelden, maar...",
     "sender": "Saskia Timmer <s.timmer@werkorganisatie-westbetuwe.nl>",
     "body": "Ik meld me af als lid, maar het verslag van het laatste atelier zou ik nog heel graag ontvangen. "
             "Kan dat nog?\n\nSaskia Timmer"},
    {"id": "d39-other-37", "kind": "other", "thread": None, "subject": "Vertrek directeur",
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@wo-peelland.nl>",
     "body": "Geachte heer, mevrouw,\n\nOnze directeur, de heer Van Asten, is per 1 februari vertrokken. Wilt u "
             "hem uit uw bestand halen?\n\nMet vriendelijke groet,\nBestuurssecretariaat"},
    {"id": "d39-other-38", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Jacqueline Stam <j.stam@wo-waterland.nl>",
     "body": "Als het netwerk echt alleen nog online bijeenkomsten gaat houden, zoals ik hoorde, dan hoef ik "
             "niet meer. Klopt dat gerucht?\n\nJacqueline"},
    {"id": "d39-other-39", "kind": "other", "thread": None, "subject": "Ontvlechting en lidmaatschap",
     "sender": "Frank Oudshoorn <f.oudshoorn@wo-rijnstreek.nl>",
     "body": "Goedemiddag,\n\nOnze ambtelijke fusie wordt per 2028 ontvlochten. Moet ik mij nu al afmelden, of "
             "mag ik lid blijven tot de ontvlechting rond is?\n\nMet vriendelijke groet,\nFrank Oudshoorn"},
    {"id": "d39-other-40", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres per 1 juni",
     "sender": "Monique Dekkers <m.dekkers@wo-maasenwaal.nl>",
     "body": "Na de naamswijziging van onze werkorganisatie verandert mijn e-mailadres per 1 juni in "
             "m.dekkers@maaswaalwerkt.nl. Hoe pas ik dat bij u aan?\n\nMonique"},
    {"id": "d39-other-41", "kind": "other", "thread": None, "subject": "Gegevens na afmelden",
     "sender": "Johan Brouwers <j.brouwers@wo-heuvelrug-oost.nl>",
     "body": "Ik overweeg om mij af te melden. Worden mijn gegevens dan ook verwijderd, of bewaart u die nog een "
             "tijd?\n\nJohan Brouwers"},
    {"id": "d39-other-42", "kind": "other", "thread": None, "subject": "Tijdelijk stoppen?",
     "sender": "Anouk Willems <a.willems@werkorganisatie-dongemond.nl>",
     "body": "Kan ik me tijdelijk afmelden? Ik ben een half jaar met zorgverlof en wil daarna graag weer "
             "meedoen.\n\nAnouk"},
    {"id": "d39-other-43", "kind": "other", "thread": None, "subject": "Nieuwe functie",
     "sender": "Ruud Jansma <r.jansma@wo-nedersaksen.nl>",
     "body": "Per 1 mei stop ik hier en word ik directeur bij de provincie. Kunt u mijn lidmaatschap meenemen "
             "naar mijn nieuwe adres, of val ik dan buiten de doelgroep?\n\nRuud Jansma"},
    {"id": "d39-other-44", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Tineke Haverkamp <t.haverkamp@wo-sallandoost.nl>",
     "body": "Dat was niet helemaal de bedoeling; ik wilde alleen dit voorjaar geen uitnodigingen. Kan dat, "
             "zonder helemaal uit het netwerk te gaan?\n\nTineke"},
    {"id": "d39-other-45", "kind": "other", "thread": None, "subject": "Verzoek namens mevrouw Kuipers",
     "sender": "Managementassistent <ma.directie@wo-hoekschewaard.nl>",
     "body": "Goedemorgen,\n\nNamens mevrouw Kuipers: zij wil graag dat u al haar gegevens wist. Kunt u dat "
             "bevestigen aan haar?\n\nMet vriendelijke groet,\nLinda\nmanagementassistent directie"},
    {"id": "d39-other-46", "kind": "other", "thread": None, "subject": "opvolging",
     "sender": "Klaas Bouma <k.bouma@wo-oostergo.nl>",
     "body": "Als mijn opvolger zich straks aanmeldt, wordt mijn eigen lidmaatschap dan automatisch beëindigd? "
             "Of moet ik dat zelf doen?\n\nKlaas"},
    {"id": "d39-other-47", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Mieke Jorritsma <m.jorritsma@wo-noardwest.nl>",
     "body": "Ik ga het netwerk verlaten zodra mijn opvolger er is, waarschijnlijk in de zomer. Mag ik tot die "
             "tijd nog een onderwerp aandragen, of is dat vreemd als ik er zelf niet meer bij ben?\n\nMieke"},
    {"id": "d39-other-48", "kind": "other", "thread": None, "subject": "Al drie keer afgemeld",
     "sender": "Hugo Vos <h.vos@wo-zeeuwseeilanden.nl>",
     "body": "Ik heb me al drie keer afgemeld en krijg nog steeds uw mail. Wat gaat hier mis? Ik wil graag weten "
             "waar mijn adres nog in staat.\n\nH. Vos"},
    # == OTHER: a confirmation with a doubt =================================================================
    {"id": "d39-other-49", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Gijs Pronk <g.pronk@wo-vlietlanden.nl>",
     "body": "Ik heb mij niet zelf aangemeld, volgens mij heeft mijn secretaresse dat gedaan. Wat houdt het "
             "lidmaatschap precies in voordat ik iets bevestig?\n\nGijs Pronk"},
    {"id": "d39-other-50", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Esther Nijland <e.nijland@wo-eemland-noord.nl>",
     "body": "Bevestigd, denk ik. Maar ik kreeg vorig jaar al een welkomstmail van jullie: sta ik nu dubbel in "
             "het bestand?\n\nEsther"},
    {"id": "d39-other-51", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Luuk Hendriksen <l.hendriksen@wo-brabantsewal.nl>",
     "body": "Ja, maar dit adres is over twee weken niet meer actief door de fusie van de mailomgevingen. Kunt u "
             "l.hendriksen@brabantsewal.nl gebruiken?\n\nLuuk"},
    {"id": "d39-other-52", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "sender": "Nathalie Geurts <n.geurts@wo-beekdal.nl>",
     "body": "De referentie is volgens uw mail maar geldig tot 13 december en ik zie dit pas nu. Kan ik nog "
             "bevestigen door te antwoorden, of moet ik me opnieuw aanmelden?\n\nNathalie Geurts"},
    {"id": "d39-other-53", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Willem Tromp <w.tromp@wo-zuidplas-oost.nl>",
     "body": "Ik wist niet dat ik was aangemeld. Van wie kwam die aanmelding? Dan weet ik of ik moet "
             "bevestigen." + IPHONE},
    {"id": "d39-other-54", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Paula Seegers <p.seegers@wo-geldersepoort.nl>",
     "body": "Bevestig ik hiermee alleen voor mijzelf, of voor de hele directie? Mijn twee collega-directeuren "
             "willen ook graag lid worden.\n\nP. Seegers"},
    {"id": "d39-other-55", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "sender": "Ad van Rijswijk <a.vanrijswijk@wo-baronie.nl>",
     "body": "Akkoord, mits mijn naam en e-mailadres niet worden gedeeld met de andere leden of met "
             "leveranciers. Kunt u dat toezeggen?\n\nAd van Rijswijk"},
    {"id": "d39-other-56", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Markus Albers <m.albers@wo-grensregio-zuid.nl>",
     "body": "Happy to confirm, though is it a problem that my Dutch is still basic? I moved here from Aachen "
             "last year. Are the ateliers held in Dutch only?\n\nMarkus Albers"},
    # == OTHER: questions, pitches, press, Adviesraad =======================================================
    {"id": "d39-other-57", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Carla Dijkman <c.dijkman@wo-kop-van-overijssel.nl>",
     "body": "Mooi initiatief. Mag een suggestie ook over de verhouding met de provincie gaan, of valt dat buiten "
             "de scope van het atelier? Dan denk ik er verder over na.\n\nCarla"},
    {"id": "d39-other-58", "kind": "other", "thread": None, "subject": "Spreker op uw atelier",
     "sender": "Rick Everaerts <rick@publiekwaardeadvies.nl>",
     "body": "Beste organisatie,\n\nGraag meld ik mij aan als spreker voor uw volgende atelier. Ons bureau heeft "
             "ruime ervaring met sturingsvraagstukken in ambtelijke fusies. Zullen we een kort kennismakingsgesprek "
             "plannen?\n\nRick Everaerts\nPubliekWaarde Advies"},
    {"id": "d39-other-59", "kind": "other", "thread": None, "subject": "Verzoek bijwonen atelier (pers)",
     "sender": "Daphne Roelofs <d.roelofs@gemeentejournaal-online.nl>",
     "body": "Goedemiddag,\n\nIk schrijf voor een vakblad over lokaal bestuur en werk aan een stuk over ambtelijke "
             "fusies. Mag ik het atelier van 11 maart bijwonen als toehoorder?\n\nMet vriendelijke groet,\n"
             "Daphne Roelofs"},
    {"id": "d39-other-60", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Maurice Coenen <m.coenen@wo-westelijkemijnstreek.nl>",
     "body": "Dank voor het welkom. Hoe word je eigenlijk lid van de Adviesraad? Ik zou daar graag in "
             "plaatsnemen.\n\nMaurice"},
    {"id": "d39-other-61", "kind": "other", "thread": None, "subject": "Onderzoek ambtelijke fusies",
     "sender": "Lieke Hoeks <l.hoeks@student.bestuurskunde-nijmegen.nl>",
     "body": "Ik schrijf mijn masterscriptie over ambtelijke fusies. Kan ik mij aanmelden om uw mailingen te "
             "ontvangen, ook al ben ik geen directeur?\n\nLieke Hoeks"},
    {"id": "d39-other-62", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "Onno Kramer <o.kramer@wo-lauwersland.nl>",
     "body": "Wie zit er eigenlijk nog meer? Als er een paar collega's uit het noorden komen, rijd ik wel mee "
             "met iemand; anders kom ik niet.\n\nOnno"},
    # == RSVP: rhetorical questions, polite requests, noise ================================================
    {"id": "d39-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Sjoerd Wijnstra <s.wijnstra@wo-middenfryslan.nl>",
     "body": "Couleur locale bewaken bij vier besturen: wie wil dat nou niet? Ik ben erbij op de 11e.\n\n"
             "Sjoerd"},
    {"id": "d39-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Marianne Lodewijks <m.lodewijks@wo-leidseregio.nl>",
     "body": "Goedemiddag,\n\nKunt u mij noteren voor het atelier van donderdag 11 maart?\n\nMet vriendelijke "
             "groet,\nMarianne Lodewijks"},
    {"id": "d39-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Theo Leenders <t.leenders@wo-kempen-noord.nl>",
     "body": "Beste Melanie,\n\nZou je mij willen afmelden voor het atelier van 11 maart? De "
             "voorjaarsnota gaat die week helaas voor.\n\nGroet,\nTheo"},
    {"id": "d39-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Gerda Nijhof <g.nijhof@wo-dinkelland-tubbergen.nl>",
     "body": "Hoi Stan,\n\nWat een weer hè, vanochtend twee uur in de file gestaan door de ijzel op de A1. Het "
             "voorjaar kan niet snel genoeg komen. Maar goed: de 11e ben ik er gewoon bij, weer of geen weer.\n\n"
             "Hartelijke groet uit het oosten,\nGerda"},
    {"id": "d39-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hans van den Berg <h.vandenberg@lingewaarde-betuwe.nl>",
     "body": "Graag aanwezig." + SIG_VDBERG + DISCLAIMER},
    {"id": "d39-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wiebe Oosting <w.oosting@waddenkust.nl>",
     "body": "Beste Stan en Melanie,\n\nHartelijk dank voor de mooie uitnodiging, en complimenten voor hoe "
             "jullie het netwerk de afgelopen jaren hebben opgebouwd. Het vorige atelier in Zwolle heb ik als "
             "zeer waardevol ervaren.\n\nJuist deze keer lukt het mij niet: de commissaris van de Koning brengt "
             "die dag een werkbezoek aan Wierum.\n\nIk hoop jullie in het najaar weer te zien." + SIG_OOSTING},
    {"id": "d39-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Petra Donkers <p.donkers@wo-meierij-oost.nl>",
     "body": "Hoe zou ik dit kunnen missen? Zet me maar op de lijst." + IPHONE},
    {"id": "d39-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "L. Boerema <l.boerema@wo-hunzedal.nl>",
     "body": "Waarom ook niet? Ik kom.\n\nLammert Boerema"},
    {"id": "d39-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "daan <d.hazeleger@wo-veluwezoom.nl>",
     "body": "jep, ben erbij. fijne feestdagen alvast en tot in maart!\n\nd."},
    {"id": "d39-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Rachel Tjon <r.tjon@werkorganisatie-amstelland-zuid.nl>",
     "body": "Hi Stan,\n\nHope you're all well and recovered from the holidays. Count me in for the 11th of "
             "March! Looking forward to catching up with everyone.\n\nCheers,\nRachel" + DISCLAIMER_EN},
    {"id": "d39-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ingrid Kamphuis <i.kamphuis@wo-vechtlanden.nl>",
     "body": "Goedemorgen,\n\nVoor iedereen nog de beste wensen voor 2027! Zelf kan ik op 11 maart helaas niet. "
             "In mijn plaats komt onze adjunct-directeur Wendy Kolk (w.kolk@wo-vechtlanden.nl); zij is goed "
             "ingevoerd in het thema." + SIG_KAMPHUIS},
    {"id": "d39-rsvp-12", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Bas Vreeswijk <b.vreeswijk@wo-lekstroom.nl>",
     "body": "Helaas, ik kan niet. Flinke griep te pakken, de hele week al. Geef mijn plek gerust aan iemand op "
             "de wachtlijst.\n\nIn het najaar ben ik er weer bij, beloofd.\n\nBas" + GREEN},
    {"id": "d39-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Yasmina el Idrissi <y.elidrissi@wo-zaanstad-noord.nl>",
     "body": "ik kom toch niet, geef mijn wachtlijstplek maar aan een ander. fijne dag nog!\n\nY."},
    {"id": "d39-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Arnoud Kersten <a.kersten@wo-altena-land.nl>",
     "body": "Jammer! Door de verschuiving naar de 18e kan ik niet meer: dan zit ik op de VNG-jaarvergadering. "
             "Haalt u mij maar van de lijst voor dit atelier.\n\nArnoud Kersten"},
    {"id": "d39-rsvp-15", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Corine Aalders <c.aalders@wo-hollandskroon-oost.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n\n"
             "Daar heb ik na vijf jaar wel wat over te vertellen :-)\n\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa, ik kom.\n\n"
             "> Graag uw antwoord vóór 2 maart 2027.\n\nBij dezen, ruim op tijd.\n\nCorine"},
    {"id": "d39-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Ton Bergsma <t.bergsma@wo-stellingwerven.nl>",
     "body": "Anja, zeg maar ja namens mij. Ik ga.\n\nTon" + OUTLOOK_IOS},
    {"id": "d39-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Suzanne Wolff <s.wolff@wo-lingezegen.nl>",
     "body": "Ik ben er zeker bij 👍" + IPHONE},
    {"id": "d39-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Joost Verbruggen <j.verbruggen@wo-landvancuijk.nl>",
     "body": "Wie had dat nou kunnen voorzien? Uitgerekend op 11 maart is de extra raadsvergadering over de "
             "herindeling. Ik moet dus helaas afzeggen.\n\nJoost Verbruggen"},
    {"id": "d39-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "M.A. Kooistra <m.kooistra@wo-smallingerland-oost.nl>",
     "body": "Geacht secretariaat,\n\nGraag bevestig ik mijn aanwezigheid bij het Leer- en inspireer-atelier "
             "van 11 maart a.s.\n\nHoogachtend,\n\nmr. M.A. Kooistra\nalgemeen directeur"},
    {"id": "d39-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Harm Ensing <h.ensing@wo-tubbergen-noord.nl>",
     "body": "Door ziekte van onze loco-secretaris kan ik de 11e niet weg. Voor het atelier meld ik mij dus af; "
             "lid blijf ik natuurlijk graag.\n\nHarm Ensing"},
    {"id": "d39-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "subject": "RE: RE: Uitnodiging atelier",
     "sender": "Erwin Klaassen <e.klaassen@wo-goeree-flakkee-west.nl>",
     "body": "Toch wel! De raadsvergadering is verplaatst, dus ik kom alsnog.\n\nErwin\n\n"
             "Van: Erwin Klaassen\nVerzonden: vrijdag 12 februari 2027 08:41\nAan: info@ambtelijkefusie.nl\n"
             "Onderwerp: RE: Uitnodiging atelier\n\nHelaas, ik kan niet: raadsvergadering.\n\nErwin\n\n"
             "Van: Netwerk van directeuren van ambtelijke fusieorganisaties\nVerzonden: dinsdag 2 februari 2027 "
             "09:00\nOnderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027\n\nGraag nodigen wij u uit "
             "voor het Leer- en inspireer-atelier ..."},
    {"id": "d39-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Oliver Brandsma <o.brandsma@wo-dantumadiel-oost.nl>",
     "body": "Regrettably I have to pass this time, it's budget week over here. Thanks for keeping me on the "
             "list though, and good luck with the session!\n\nOliver"},
    # == SUBSCRIBE ==========================================================================================
    {"id": "d39-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Inschrijving",
     "sender": "Margriet Hoekman <m.hoekman@wo-vijfherenlanden-noord.nl>",
     "body": "Goedemiddag,\n\nKunt u mij inschrijven als lid van het netwerk? Sinds 1 januari ben ik algemeen "
             "directeur van de werkorganisatie Vijfherenlanden-Noord.\n\nMet vriendelijke groet,\n"
             "Margriet Hoekman"},
    {"id": "d39-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Verzoek om aanmelding",
     "sender": "Stefan Aarts <s.aarts@wo-peelenmaas.nl>",
     "body": "Geacht secretariaat,\n\nWilt u mij aanmelden voor het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties? Ik ben directeur van de ambtelijke organisatie Peel en Maas-Horst.\n\n"
             "Hoogachtend,\nS. Aarts"},
    {"id": "d39-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Na ons gesprek op het VNG-congres",
     "sender": "Annemarie Zwart <a.zwart@wo-westfriesland-oost.nl>",
     "body": "Beste Stan,\n\nLeuk je even te spreken bij de koffie op het VNG-congres, en dank voor de tip over "
             "het parkeren, die kwam de volgende dag goed van pas. Zoals beloofd: bij dezen meld ik mij aan "
             "als lid van het netwerk.\n\nHartelijke groet,\nAnnemarie Zwart\ndirecteur Werkorganisatie "
             "Westfriesland-Oost\n06 - 12 98 44 71"},
    {"id": "d39-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "Hidde Groenewoud <h.groenewoud@wo-krimpenerwaard-zuid.nl>",
     "body": "Ik meld me hierbij aan.\n\nNaam: Hidde Groenewoud\nOrganisatie: Werkorganisatie "
             "Krimpenerwaard-Zuid\nFunctie: algemeen directeur/gemeentesecretaris\nE-mail: "
             "h.groenewoud@wo-krimpenerwaard-zuid.nl\nTelefoon: 0180 - 44 21 90" + DISCLAIMER},
    {"id": "d39-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Join the network",
     "sender": "Daniel Okafor <d.okafor@wo-almere-haven.nl>",
     "body": "Hi,\n\nCould you add me to the network? I'm the new director of the Haven shared services "
             "organisation, started last month.\n\nMany thanks and enjoy the weekend,\nDaniel Okafor"},
    {"id": "d39-subscribe-06", "kind": "subscribe", "thread": None, "subject": "Lid worden",
     "sender": "Brechtje Mol <b.mol@wo-beemsterland.nl>",
     "body": "Een netwerk van collega's die precies dezelfde spagaat tussen drie raden kennen: wie wil dat nou "
             "niet? Graag word ik lid.\n\nBrechtje Mol\nalgemeen directeur Werkorganisatie Beemsterland"},
    {"id": "d39-subscribe-07", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Hans van den Berg <h.vandenberg@lingewaarde-betuwe.nl>",
     "body": "Graag aanmelden." + SIG_VDBERG + DISCLAIMER + GREEN},
    {"id": "d39-subscribe-08", "kind": "subscribe", "thread": None, "subject": "aanmelden",
     "sender": "sem <s.veenstra@wo-opsterland-oost.nl>",
     "body": "hoi, meld me maar aan als lid. thx\n\nsem veenstra, directeur" + GALAXY},
    {"id": "d39-subscribe-09", "kind": "subscribe", "thread": None, "subject": "FW: netwerk directeuren",
     "sender": "Karel Smulders <k.smulders@wo-oirschot-best.nl>",
     "body": "Klinkt goed, ik wil ook graag lid worden.\n\nKarel Smulders\n\n"
             "Van: Gerdien Bakker <g.bakker@wo-someren-asten.nl>\nVerzonden: maandag 8 februari 2027 14:12\n"
             "Aan: Karel Smulders <k.smulders@wo-oirschot-best.nl>\nOnderwerp: netwerk directeuren\n\n"
             "Karel, misschien iets voor jou? Ik ben er sinds vorig jaar lid van en het atelier in het najaar "
             "was erg goed. Aanmelden gaat via info@ambtelijkefusie.nl.\n\nGerdien"},
    {"id": "d39-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap netwerk",
     "sender": "Rianne Verweij <r.verweij@wo-duinenbollen.nl>",
     "body": "Goedemorgen,\n\nZou ik lid kunnen worden van uw netwerk? Ik ben directeur van de ambtelijke "
             "fusieorganisatie Duin- en Bollenstreek en hoor er van collega's veel goeds over.\n\n"
             "Met vriendelijke groet,\nRianne Verweij"},
    {"id": "d39-subscribe-11", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Ben Hofman <b.hofman@wo-zwartewaterland.nl>",
     "body": "lid blijven\n\nDe afmelding was een vergissing van ons secretariaat, excuus voor de verwarring.\n\n"
             "Ben Hofman"},
    {"id": "d39-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Weer aanmelden",
     "sender": "Ilse Wagemakers <i.wagemakers@wo-weertnoord.nl>",
     "body": "Beste secretariaat,\n\nTwee jaar geleden heb ik me afgemeld toen ik naar de provincie ging. Nu ben "
             "ik terug, als directeur bij de werkorganisatie Weert-Noord. Graag meld ik mij weer aan.\n\n"
             "Groet,\nIlse Wagemakers"},
    {"id": "d39-subscribe-13", "kind": "subscribe", "thread": None, "subject": "sign up",
     "sender": "Tim de Wit <t.dewit@wo-utrechtseheuvelrug-zuid.nl>",
     "body": "Hoi! Graag sign ik up voor het netwerk, looking forward to the next atelier.\n\nTim de Wit\n"
             "directeur bedrijfsvoering"},
    {"id": "d39-subscribe-14", "kind": "subscribe", "thread": None, "subject": "Aanmelding lidmaatschap",
     "sender": "Joke Minderhoud <j.minderhoud@wo-schouwenduiveland.nl>",
     "body": "Goedemorgen vanuit een zonnig maar winderig Zeeland!\n\nHet voorjaar lijkt eindelijk te beginnen "
             "hier aan de kust. Via een collega kreeg ik uw brochure: ik meld mij graag aan als lid van het "
             "netwerk.\n\nMet zonnige groet,\nJoke Minderhoud\nalgemeen directeur"},
    # == UNSUBSCRIBE ========================================================================================
    {"id": "d39-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelden", "sender": "Gert-Jan Wolterink <gj.wolterink@wo-berkelland.nl>",
     "body": "Goedemiddag,\n\nWilt u mij afmelden? Na een reorganisatie valt mijn rol als directeur weg.\n\n"
             "Dank voor alles en groet,\nGert-Jan Wolterink"},
    {"id": "d39-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Pensioen per 1 maart", "sender": "Wim Teunissen <w.teunissen@wo-montferland-oost.nl>",
     "body": "Beste Stan en Melanie,\n\nKunt u mij uit het ledenbestand halen? Per 1 maart ga ik met pensioen. "
             "Het was mij een genoegen om de afgelopen jaren aan de ateliers deel te nemen; de gesprekken over "
             "de relatie met drie gemeenteraden zal ik missen.\n\nHartelijke groet,\nWim Teunissen"},
    {"id": "d39-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap", "sender": "Rolf Dijkhuis <r.dijkhuis@wo-hofvantwente.nl>",
     "body": "Beste secretariaat,\n\nPer 1 april vertrek ik naar een andere functie. Mijn opvolger Karin "
             "Dijkstra (k.dijkstra@wo-hofvantwente.nl) neemt het stokje over, ook in het netwerk.\n\n"
             "Met vriendelijke groet,\nRolf Dijkhuis"},
    {"id": "d39-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot verwijdering persoonsgegevens",
     "sender": "mr. C.W. Dorresteijn <c.dorresteijn@wo-eemnes-baarn.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u mij af te melden en al mijn persoonsgegevens uit uw bestanden te verwijderen.\n\n"
             "Hoogachtend,\nmr. C.W. Dorresteijn" + DISCLAIMER},
    {"id": "d39-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "gegevens wissen", "sender": "Femke Hoogstraten <femke.hoogstraten@wo-giessenlanden.nl>",
     "body": "Zou u mijn gegevens willen wissen en mij uit het netwerk willen halen? Ik ben vertrokken bij de "
             "gemeente en wil niet dat mijn naam nog ergens op een lijst staat.\n\nFemke"},
    {"id": "d39-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ronald Steenbergen <r.steenbergen@wo-reimerswaal-noord.nl>",
     "body": "Ik kom niet naar het atelier, en eerlijk gezegd wil ik helemaal geen lid meer zijn: het sluit niet "
             "meer aan bij mijn werk. Graag afmelden.\n\nRonald Steenbergen"},
    {"id": "d39-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Nicole Baars <n.baars@wo-dijkenwaard-zuid.nl>",
     "body": "Geen suggesties van mijn kant, sorry. Ik stop met het netwerk, schrijf me alstublieft uit.\n\n"
             "Nicole Baars"},
    {"id": "d39-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Unsubscribe", "sender": "Mark Huisman <m.huisman@wo-edam-volendam-noord.nl>",
     "body": "Hello,\n\nPlease remove me from the network's mailing list. I've moved on to a role in the private "
             "sector as of this month.\n\nAll the best, and thanks for the inspiring sessions,\nMark Huisman"},
    {"id": "d39-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Hilde Roosendaal <h.roosendaal@wo-midden-delfland-oost.nl>",
     "body": "Beste mensen,\n\nDank voor jullie welkom, en eigenlijk voor alles van de afgelopen periode. Ik "
             "denk met plezier terug aan het atelier in Amersfoort, waar we tot half zeven zijn doorgegaan "
             "over de sturing op drie agenda's. Inmiddels is mijn situatie veranderd: ik word per 1 maart "
             "gemeentesecretaris van een niet-gefuseerde gemeente.\n\nHierbij meld ik mij dus af als lid.\n\n"
             "Met een warme groet,\nHilde Roosendaal"},
    {"id": "d39-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "einde opdracht", "sender": "Jeroen Luiten <j.luiten@interimbestuur.nl>",
     "body": "Wat moet een interim-directeur nog in een netwerk als zijn klus erop zit? Meldt u mij maar af.\n\n"
             "Jeroen Luiten"},
    {"id": "d39-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": R,
     "sender": "Evelien Hak <e.hak@wo-rivierenland-west.nl>",
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "body": "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar "
             "info@ambtelijkefusie.nl.\n\nafmelden\n\nEvelien"},
    {"id": "d39-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn", "sender": "Arjan Meulenbelt <a.meulenbelt@wo-zutphenlochem.nl>",
     "body": "Goedemiddag,\n\nIk ben hier tot mijn verbazing lid geworden; vermoedelijk een vergissing op ons "
             "secretariaat. Wilt u mij afmelden en mijn gegevens volledig uit uw systeem verwijderen?\n\n"
             "Met vriendelijke groet,\nArjan Meulenbelt" + DISCLAIMER},
    {"id": "d39-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "G. Overbeek <g.overbeek@wo-staphorst-zuid.nl>",
     "body": "Graag uitschrijven als lid. Mijn functie vervalt per 1 januari door de ontvlechting.\n\n"
             "G. Overbeek"},
    {"id": "d39-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afscheid en opvolging", "sender": "Marja Terlouw <m.terlouw@wo-nijkerk-putten.nl>",
     "body": "Beste Stan, beste Melanie,\n\nNa negen mooie jaren neem ik afscheid van de werkorganisatie. Ik "
             "heb veel gehad aan de ateliers en aan de collega's die ik via het netwerk leerde kennen. De "
             "directie wordt per 1 mei overgenomen door Rik Bosman (r.bosman@wo-nijkerk-putten.nl); hij neemt "
             "mijn plaats in het netwerk graag over.\n\nHartelijke groet en tot ziens,\nMarja Terlouw\n\n"
             "Marja Terlouw | algemeen directeur | Werkorganisatie Nijkerk-Putten | 033 - 24 75 100"},
    {"id": "d39-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "unsubscribe pls", "sender": "Koen <k.vandijk@wo-diemen-ouder.nl>",
     "body": "unsubscribe pls, te veel mail op dit moment. niets persoonlijks!\n\nkoen" + OUTLOOK_IOS},
    {"id": "d39-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Lisette Brugman <l.brugman@wo-steenwijkerland-oost.nl>",
     "body": "Mag ik u vragen mij af te melden voor het netwerk en al mijn gegevens te verwijderen, conform de "
             "AVG? Het atelier sla ik uiteraard ook over.\n\nLisette Brugman"},
    # == CONFIRM ============================================================================================
    {"id": "d39-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Douwe Jellema <d.jellema@wo-heerenveen-zuid.nl>",
     "body": "Bevestigd. Fijn weekend!\n\nDouwe Jellema\nalgemeen directeur\nT 0513 - 61 72 00"},
    {"id": "d39-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Hans van den Berg <h.vandenberg@lingewaarde-betuwe.nl>",
     "body": SIG_VDBERG.strip("\n") + DISCLAIMER},
    {"id": "d39-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Anja Groeneveld <a.groeneveld@wo-tiengemeten.nl>",
     "body": "Ja, dat klopt: ik heb mij via mijn secretariaat aangemeld. Graag bevestig ik hierbij.\n\n"
             "Anja Groeneveld"},
    {"id": "d39-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Michiel Spruit <m.spruit@wo-montfoort-ijssel.nl>",
     "body": "Natuurlijk wil ik lid worden, waarom zou ik anders mijn secretaresse vragen mij aan te melden? Bij "
             "dezen bevestigd.\n\nMichiel"},
    {"id": "d39-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Els Rutgers <e.rutgers@wo-ooststellingwerf.nl>",
     "body": "Geacht secretariaat,\n\nWilt u mijn aanmelding als bevestigd beschouwen?\n\nHoogachtend,\n"
             "E. Rutgers"},
    {"id": "d39-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Samira Haddou <s.haddou@wo-diemen-zuid.nl>",
     "body": "Confirmed, thanks! And apologies for the slow reply, it's been a hectic week with the budget.\n\n"
             "Samira" + DISCLAIMER_EN},
    {"id": "d39-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Roel Vink <r.vink@wo-hoeksewaard-west.nl>",
     "body": "Oeps, helemaal vergeten. Hierbij alsnog: ja!\n\nRoel"},
    {"id": "d39-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "J.H. Bultena <j.bultena@wo-eemsdelta-noord.nl>",
     "body": "Akkoord.\n\nJ.H. Bultena"},
    {"id": "d39-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Sabine Korver <s.korver@wo-castricum-heiloo.nl>",
     "body": "Goedemorgen,\n\nDank voor het snelle oppakken van mijn aanmelding, en wat een mooi initiatief. "
             "Hier is het vandaag grijs en nat, dus een goed moment om de mail bij te werken. Ik bevestig "
             "graag.\n\nMet vriendelijke groet,\nSabine Korver"},
    {"id": "d39-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Pieter Smallegange <p.smallegange@wo-walcheren-noord.nl>",
     "body": "ok" + IPHONE},
    {"id": "d39-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Trudy Lambers <t.lambers@wo-aaenhunze-oost.nl>",
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nMet vriendelijke groet,\n\nTrudy Lambers\nalgemeen "
             "directeur Werkorganisatie Aa en Hunze-Oost\nPostbus 88, 9460 AB Gieten\nT 0592 - 26 77 77\n"
             "M 06 - 53 11 09 42\nwww.aaenhunze-oost.nl"},
    {"id": "d39-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Jasper Kok <j.kok@wo-waalre-valkenswaard.nl>",
     "body": "Ja graag 😊" + IPHONE},
    {"id": "d39-confirm-13", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Laura Peeters <l.peeters@wo-heeze-leende.nl>",
     "body": "Yes please, go ahead.\n\nLaura Peeters\nDirector, Heeze-Leende Shared Services" + DISCLAIMER_EN},
    {"id": "d39-confirm-14", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "sender": "Ferdinand Beckers <f.beckers@wo-echt-susteren.nl>",
     "body": "Ja, klopt, dat was ik. Bevestigd.\n\nFerdinand Beckers"},
    {"id": "d39-confirm-15", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Gonnie Veldkamp <g.veldkamp@wo-hellendoorn-rijssen.nl>",
     "body": "Bij deze mijn bevestiging: ik wil graag lid worden.\n\nGonnie Veldkamp"},
    {"id": "d39-confirm-16", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Bram Ooms <b.ooms@wo-oss-bernheze.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor de herinnering, de eerste mail was in mijn ongewenste mail "
             "beland. Het blijft een gedoe met die filters van ons nieuwe ICT-platform, maar goed. Uiteraard "
             "bevestig ik mijn aanmelding.\n\nPrettige dag,\nBram Ooms" + GREEN},
]
# fmt: on
