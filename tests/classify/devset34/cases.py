"""The cases of the thirty-fourth labelled set (issue 17): leaving the network and what only looks like it.

Written without reading the classifier; each case is labelled as the secretariat should treat it, and cases that
could not be labelled with confidence were left out. See ``__init__.py`` for how the writing differs.
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
ANDROID = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
BLACKBERRY = "\n\nSent from my BlackBerry 10 smartphone."
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
AVG_FOOTER = (
    "\n\nDisclaimer: de informatie in deze e-mail is vertrouwelijk en uitsluitend bestemd voor de "
    "geadresseerde. Gebruik door anderen is niet toegestaan. De werkorganisatie verwerkt persoonsgegevens "
    "volgens haar privacyverklaring en de AVG."
)
FRIES_SIG = "\n\nMei freonlike groetnis\nWerkorganisaasje Noardlik Fryslân\n058 - 299 40 00"
LIMBURG_SIG = "\n\nGroetjes en sjoon weekend\nWerkorganisatie Roerdalen-Roermond | T 0475 - 35 99 99"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- UNSUBSCRIBE: retirement -----------------------------------------------------------------------------
    {"id": "d34-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding lidmaatschap netwerk",
     "sender": "Gerrit-Jan Hofstede <gj.hofstede@werkorganisatie-ijsselvecht.nl>",
     "body": "Geacht secretariaat,\n\nNa ruim veertig jaar in het openbaar bestuur, waarvan de laatste zes als "
             "algemeen directeur van de Werkorganisatie IJsselvecht, ga ik per 1 april aanstaande met "
             "pensioen. Het netwerk heeft mij veel gebracht, maar het is tijd om plaats te maken.\n\n"
             "Ik verzoek u dan ook mijn lidmaatschap per die datum te beëindigen.\n\nHoogachtend,\n\n"
             "G.J. Hofstede\nalgemeen directeur\nT 0572 - 38 11 40" + AVG_FOOTER},
    {"id": "d34-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Wim Roelofsen <w.roelofsen@dewoldenhoogeveen-wo.nl>",
     "body": "Beste Stan en Melanie,\n\nDit atelier ga ik niet meer meemaken: op 1 maart zit het er voor mij op, "
             "de AOW lonkt. Zet mij maar van de lijst, dan houden jullie die schoon.\n\nHet ga jullie goed,\nWim"},
    {"id": "d34-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "pensioen",
     "sender": "Ria Oosterhuis <r.oosterhuis@gemeenten-oldambt-pekela.nl>",
     "body": "hallo,\n\nper 1/2 ben ik gepensioneerd en dit adres wordt daarna opgeheven. jullie mogen mij "
             "uitschrijven als lid van het directeurennetwerk.\n\nbedankt voor alles!\nria" + IPHONE},
    {"id": "d34-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "H. Brinkhorst <h.brinkhorst@zwolle-kampen-wo.nl>",
     "body": "Goedemorgen,\n\nThema's zal ik niet meer aandragen: ik neem eind januari afscheid en ga genieten "
             "van mijn pensioen. Wilt u mij afmelden bij het netwerk?\n\nMet vriendelijke groet,\n"
             "Henk Brinkhorst"},
    {"id": "d34-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Retirement - please remove me from the directors' network",
     "sender": "Joost Verhagen <j.verhagen@bsd-zuidkennemerland.nl>",
     "body": "Dear secretariat,\n\nI am retiring at the end of this month after eleven years as director. "
             "Please remove me from the Netwerk van directeuren; there is no need to keep sending invitations "
             "to this address.\n\nKind regards,\nJoost Verhagen"},
    # -- UNSUBSCRIBE: a new job ------------------------------------------------------------------------------
    {"id": "d34-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Beëindigen lidmaatschap",
     "sender": "drs. Annelies Vos-Terpstra <a.vos@werkorganisatie-mardoc.nl>",
     "body": "Beste secretariaat,\n\nPer 1 maart ben ik benoemd tot provinciesecretaris van Fryslân. Daarmee ben "
             "ik geen directeur van een ambtelijke fusieorganisatie meer en hoort het netwerk niet langer bij mijn "
             "werk. Wilt u mijn lidmaatschap beëindigen?\n\nHartelijke groet,\nAnnelies Vos-Terpstra"},
    {"id": "d34-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-en",
     "sender": "Marco Dekkers <m.dekkers@abg-werkorganisatie.nl>",
     "body": "Hoi, ik ben inmiddels overgestapt naar een waterschap, dus zowel dit atelier als het netwerk zijn "
             "niet meer aan mij besteed. Graag uitschrijven en mijn plek aan iemand op de wachtlijst geven.\n\n"
             "Marco"},
    {"id": "d34-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "opting out",
     "sender": "Sanne Dijkhuis <s.dijkhuis@werkorganisatie-duvenvoorde.nl>",
     "body": "Hi,\n\nFrom next month I'm joining a consultancy firm, so I'll no longer be a director at a shared "
             "service organisation. I'd like to opt out of the network and its mailings.\n\nThanks and all the "
             "best,\nSanne" + OUTLOOK_IOS},
    {"id": "d34-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": W,
     "quoted": "welkom", "quote": "apple",
     "sender": "Bas Timmermans <bas.timmermans@icloud.com>",
     "body": "Hmm, net lid geworden en nu al weer weg: ik heb gisteren een baan bij het Rijk aangenomen. Meld me "
             "maar weer af, sorry voor de moeite.\n\nBas"},
    {"id": "d34-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Vertrek en afmelding",
     "sender": "Karin Wessels <k.wessels@bel-combinatie.nl>",
     "body": "Goedemiddag,\n\nIk heb een nieuwe uitdaging gevonden buiten het gemeentelijk domein. Mijn laatste "
             "werkdag bij de BEL Combinatie is 28 februari. Graag zie ik mij per die datum uit het "
             "ledenbestand geschrapt. Van een opvolger is nog geen sprake, dat laat de stuurgroep u zelf weten."
             "\n\nMet vriendelijke groet,\n\nKarin Wessels\nDirecteur BEL Combinatie\n035 - 528 81 00"},
    # -- UNSUBSCRIBE: the fusion ended -----------------------------------------------------------------------
    {"id": "d34-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Ontvlechting werkorganisatie - lidmaatschap",
     "sender": "P.A.M. Claassen <directie@werkorganisatie-heuvelland.nl>",
     "body": "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\nDe raden van onze drie gemeenten hebben "
             "in december besloten de ambtelijke fusie te beëindigen. Per 1 juli keert elke gemeente terug naar "
             "een eigen ambtelijk apparaat en houdt de werkorganisatie op te bestaan. Daarmee vervalt ook de "
             "grond voor mijn deelname aan uw netwerk.\n\nIk verzoek u mij als lid af te melden.\n\n"
             "Met vriendelijke groet,\n\nPiet Claassen\ndirecteur Werkorganisatie Heuvelland (i.o.)"},
    {"id": "d34-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Ellen Kooistra <e.kooistra@wo-noordoostpolder-urk.nl>",
     "body": "Dank voor het verslag, het was een mooie middag.\n\nVoor het volgende atelier heb ik geen "
             "onderwerp: onze gemeenten gaan per 2028 herindelen tot één gemeente en een ambtelijke fusie is "
             "er dan niet meer. Ik stop daarom met het netwerk; haalt u mij uit de ledenlijst?\n\nGroet,\nEllen"},
    {"id": "d34-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Lidmaatschap opzeggen i.v.m. einde GR",
     "sender": "Jan Poelman <j.poelman@gr-deltawerk.nl>",
     "body": "Geacht secretariaat,\n\nDe gemeenschappelijke regeling waarin onze ambtelijke organisatie was "
             "ondergebracht, wordt per 31 december opgeheven. Als laatste directeur van de GR zeg ik hierbij "
             "mijn lidmaatschap van het netwerk op.\n\nMet vriendelijke groet,\nJan Poelman"},
    # -- UNSUBSCRIBE: too much mail --------------------------------------------------------------------------
    {"id": "d34-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Tjeerd Bakker <tjeerdbakker@werkorganisatie-fryske-marren-sud.nl>",
     "body": "sorry maar mijn inbox loopt over, ik doe niet meer mee. haal me eraf aub"},
    {"id": "d34-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Minder mail graag",
     "sender": "Yvonne de Graaf <y.degraaf@samenwerkingsorganisatie-rijnwaarden.nl>",
     "body": "Goedemiddag,\n\nIk krijg dagelijks honderden mails en moet keuzes maken. Het netwerk valt "
             "daar helaas buiten. Wilt u mij niet langer mailen en mij als lid laten vervallen?\n\nDank u,\n"
             "Yvonne de Graaf"},
    {"id": "d34-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "A. Huisman <a.huisman@gemeente-wo-midden-groningen-oost.nl>",
     "body": "Ik ontvang te veel berichten van allerlei netwerken en beperk mij vanaf nu tot de VGS. Dus "
             "ook niet naar dit atelier, en verder graag geen post meer van uw netwerk.\n\nA. Huisman"},
    {"id": "d34-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Stop",
     "sender": "Frank Zwart <f.zwart@wodrechtsesteden.nl>",
     "body": "Ik wil geen mails meer van dit netwerk. Uitschrijven graag.\n\nFrank Zwart" + BLACKBERRY},
    # -- UNSUBSCRIBE: hand-over to a named successor ---------------------------------------------------------
    {"id": "d34-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap aan mijn opvolger",
     "sender": "Harm Jan Lubbers <hj.lubbers@werkorganisatie-vechtdal.nl>",
     "body": "Beste mensen,\n\nPer 1 mei draag ik het stokje over. Mijn opvolger als directeur is mevrouw "
             "Lotte Kuipers (l.kuipers@werkorganisatie-vechtdal.nl). Wilt u haar in mijn plaats opnemen en mij "
             "uitschrijven?\n\nHartelijke groet,\nHarm Jan Lubbers"},
    {"id": "d34-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Dieuwertje Smits <d.smits@gemeentenbdh.nl>",
     "body": "Dank voor het verslag!\n\nDit was mijn laatste atelier. Bart Wolters volgt mij per 1 april op als "
             "directeur (b.wolters@gemeentenbdh.nl); hij neemt mijn plek in het netwerk over. Onderwerpen "
             "hoort u voortaan van hem.\n\nGroet,\nDieuwertje"},
    {"id": "d34-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Handing over to my successor",
     "sender": "Ruben Achterberg <r.achterberg@sodgemeenten.nl>",
     "body": "Hello,\n\nI'm stepping down as director on 31 March. My successor, Nadia el Amrani "
             "(n.elamrani@sodgemeenten.nl), will take over my membership of the network. Please take me off the "
             "list from April.\n\nBest regards,\nRuben Achterberg"},
    {"id": "d34-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Kees Mulder <k.mulder@wo-hollands-kroon-schagen.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 maart ben ik vertrokken als directeur. Mijn opvolger Esther "
             "Brandsma (e.brandsma@wo-hollands-kroon-schagen.nl) neemt mijn lidmaatschap over; zij beslist zelf "
             "of ze naar het atelier komt. Mij kunt u afvoeren.\n\nMet vriendelijke groet,\nKees Mulder"},
    {"id": "d34-unsubscribe-22", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Wisseling van de wacht",
     "sender": "Marjolein Teunissen <m.teunissen@werkorganisatie-ovb.nl>",
     "body": "Dag Stan,\n\nNa zeven jaar neem ik afscheid van de werkorganisatie. Vanaf volgende maand is Thijs "
             "Vermeulen (t.vermeulen@werkorganisatie-ovb.nl) de nieuwe directeur. Wil jij mijn naam van de lijst "
             "halen en die van Thijs erop zetten? Hij weet ervan.\n\nGroetjes,\nMarjolein"},
    # -- UNSUBSCRIBE: other plain leaves ---------------------------------------------------------------------
    {"id": "d34-unsubscribe-23", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Interim-opdracht afgerond",
     "sender": "Roel van Beek <roel@vanbeek-interim.nl>",
     "body": "Goedendag,\n\nMijn interim-opdracht als directeur bij Werkorganisatie Druten-Wijchen is afgelopen. "
             "Ik was lid op persoonlijke titel en heb nu geen reden meer om te blijven. Graag beëindig ik mijn "
             "lidmaatschap.\n\nVriendelijke groet,\nRoel van Beek\nvan Beek Interim Management\n06-41 77 20 38"},
    {"id": "d34-unsubscribe-24", "kind": "unsubscribe", "erase": False, "thread": W,
     "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Inge Vermeer <i.vermeer@wo-gooise-meren-huizen.nl>",
     "body": "Goedemorgen,\n\nIk zie nu pas dat ik ben aangemeld; dat heeft mijn voormalige managementassistent "
             "gedaan zonder overleg. Ik heb hier geen behoefte aan, dus ik trek mij terug uit het netwerk.\n\n"
             "Inge Vermeer"},
    {"id": "d34-unsubscribe-25", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "wijziging_atelier", "quote": "outlook-nl",
     "sender": "Jeroen Lammers <j.lammers@werkorganisatie-cranendonck-heeze.nl>",
     "body": "Al dat geschuif met data... Laat maar zitten, ik zeg mijn lidmaatschap op.\n\nJ. Lammers"},
    {"id": "d34-unsubscribe-26", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "annulering_atelier", "quote": "apple",
     "sender": "Lisette Hoogland <lisette.hoogland@wo-borne-tubbergen.nl>",
     "body": "Jammer dat het niet doorgaat. Ik had al besloten dat dit mijn laatste zou zijn: na de zomer ben ik "
             "weg bij de werkorganisatie. Schrijf me dus maar uit, dan hoef ik de nieuwe datum niet te "
             "ontvangen.\n\nLisette" + IPHONE},
    {"id": "d34-unsubscribe-27", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "outlook-en",
     "sender": "Th. Post <th.post@wo-aa-en-hunze-tynaarlo.nl>",
     "body": "Van de wachtlijst af en ook van het netwerk af graag; ik ben per 1 maart niet meer in functie."
             "\n\nTh. Post"},
    {"id": "d34-unsubscribe-28", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "bedankt_suggestie", "quote": "gmail",
     "sender": "Mirjam Stoffels <m.stoffels@werkorganisatie-vijfheerenlanden-zuid.nl>",
     "body": "Toevoegen wil ik niets, wel iets afhalen: mijzelf. Vanaf vandaag ben ik geen lid meer, wilt u mij "
             "uit de adressenlijst verwijderen? Mijn suggestie mag blijven staan.\n\nMirjam"},
    {"id": "d34-unsubscribe-29", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Ger Wouters <g.wouters@werkorganisatie-peel-en-maas-venray.nl>",
     "body": "Dag,\n\nIk vertrek in februari, dus mijn naam kan van de lijst. Eén onderwerp wil ik nog wel "
             "meegeven voor mijn collega's: de positie van de werkorganisatie in de regio Noord-Limburg.\n\n"
             "Ger Wouters"},
    {"id": "d34-unsubscribe-30", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Ik stop",
     "sender": "Bert Hulshof <b.hulshof@wodeel.nl>",
     "body": "Hoi Melanie,\n\nIk heb er lang over getwijfeld maar ik stop met het directeurennetwerk. Het past "
             "niet meer in mijn agenda. Wil je mijn aanmelding intrekken?\n\nBert" + ANDROID},
    {"id": "d34-unsubscribe-31", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "sender": "L. Verschuren <l.verschuren@wo-land-van-cuijk-boxmeer.nl>",
     "body": "Beste secretariaat, mijn functie is per januari komen te vervallen bij de herinrichting van onze "
             "directie. Ik kom dus niet en verzoek u mij niet meer als lid te beschouwen.\n\nm.vr.gr.\n"
             "L. Verschuren"},
    {"id": "d34-unsubscribe-32", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijving",
     "sender": "Hanneke Leijten <h.leijten@werkorganisatie-ggz.nl>",
     "body": "Goedemiddag,\n\nMet ingang van heden wens ik niet langer deel uit te maken van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties. Dank voor de afgelopen jaren.\n\nMet vriendelijke "
             "groet,\nHanneke Leijten\nDirecteur Bedrijfsvoering\n\nDit bericht kan informatie bevatten die niet "
             "voor u is bestemd. Indien u niet de geadresseerde bent, wordt u verzocht dit bericht te "
             "verwijderen."},
    {"id": "d34-unsubscribe-33", "kind": "unsubscribe", "erase": False, "thread": I,
     "sender": "Eelco Brouwer <e.brouwer@wo-westerkwartier-noord.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nNee.\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nJa, doe dat maar: afmelden. Ik ben per 1 maart weg bij de werkorganisatie.\n\nEelco"},
    # -- UNSUBSCRIBE: only in the subject --------------------------------------------------------------------
    {"id": "d34-unsubscribe-34", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "afmelden",
     "sender": "Nicole Fransen <n.fransen@wo-echt-susteren-maasgouw.nl>",
     "body": IPHONE.strip()},
    {"id": "d34-unsubscribe-35", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Graag uitschrijven - ben met pensioen",
     "sender": "Jan-Willem Oldenkamp <jw.oldenkamp@werkorganisatie-twenterand-wierden.nl>",
     "body": ""},
    {"id": "d34-unsubscribe-36", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Unsubscribe me from the directors network",
     "sender": "A. Kranenburg <a.kranenburg@wosbo.nl>",
     "body": "\n\nA. Kranenburg | directeur | WOSBO\n+31 (0)88 - 270 01 00"},
    {"id": "d34-unsubscribe-37", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 - AFMELDEN NETWERK",
     "sender": "Gijs van Houten <g.vanhouten@wo-krimpenerwaard-zuid.nl>",
     "body": "zie onderwerp"},
    {"id": "d34-unsubscribe-38", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Lidmaatschap beëindigen a.u.b. (vertrokken per 1/3)",
     "sender": "Anouk Reijnders <anouk.reijnders@wo-zuidplas-waddinxveen.nl>",
     "body": "Verstuurd vanaf mijn Galaxy"},
    # -- UNSUBSCRIBE with erasure (AVG/GDPR) -----------------------------------------------------------------
    {"id": "d34-unsubscribe-39", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot gegevenswissing (art. 17 AVG)",
     "sender": "mr. C.J. Bosman <cj.bosman@werkorganisatie-leudal-nederweert.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u alle persoonsgegevens die u van mij verwerkt te wissen en mij uit te schrijven als lid "
             "van het netwerk. Ik verneem graag binnen de wettelijke termijn van een maand dat dit is "
             "gebeurd.\n\nHoogachtend,\n\nmr. C.J. Bosman"},
    {"id": "d34-unsubscribe-40", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Recht op vergetelheid",
     "sender": "Mieke Jongbloed <m.jongbloed@wo-steenwijkerland-west.nl>",
     "body": "Goedendag,\n\nHierbij doe ik een beroep op mijn recht op vergetelheid. Ik wil dat mijn naam, "
             "functie en e-mailadres uit al uw bestanden verdwijnen, ook uit de deelnemerslijsten van eerdere "
             "ateliers.\n\nMet vriendelijke groet,\nMieke Jongbloed"},
    {"id": "d34-unsubscribe-41", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "GDPR erasure request",
     "sender": "Daniel Hartog <d.hartog@werkorganisatie-molenlanden-oost.nl>",
     "body": "Dear Sir or Madam,\n\nUnder Article 17 GDPR I request the erasure of all personal data you hold "
             "about me, and that you stop sending me any further e-mail. Please confirm once this has been "
             "completed.\n\nYours faithfully,\nDaniel Hartog"},
    {"id": "d34-unsubscribe-42", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ton Heijmans <t.heijmans@bizob-wo.nl>",
     "body": "Nee, ik kom niet. En wilt u meteen al mijn gegevens uit uw systeem halen? Ik wil helemaal niets "
             "meer van dit netwerk ontvangen.\n\nT. Heijmans"},
    {"id": "d34-unsubscribe-43", "kind": "unsubscribe", "erase": True, "thread": G,
     "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Johanna Pieterse <j.pieterse@wo-hoeksche-waard-zuid.nl>",
     "body": "Dank voor de bevestiging. Graag verwijdert u daarnaast mijn naam en e-mailadres volledig uit uw "
             "administratie, zoals de AVG mij toestaat. Ook bewaren in een archief hoeft niet.\n\n"
             "Johanna Pieterse"},
    {"id": "d34-unsubscribe-44", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verwijderen persoonsgegevens",
     "sender": "R. Smeets <r.smeets@samenwerking-beekdaelen.nl>",
     "body": ""},
    {"id": "d34-unsubscribe-45", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "avg",
     "sender": "wouter.meijer@wo-kaag-braassem.nl",
     "body": "gegevens wissen + afmelden graag.\nw. meijer" + ANDROID},
    {"id": "d34-unsubscribe-46", "kind": "unsubscribe", "erase": True, "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Drs. F.L.M. van Rijswijk <f.vanrijswijk@wo-oisterwijk-hilvarenbeek.nl>",
     "body": "Geen suggesties van mijn kant.\n\nIk verzoek u, conform de AVG, mijn persoonsgegevens te "
             "verwijderen en mij geen berichten meer te sturen.\n\nF. van Rijswijk"},
    {"id": "d34-unsubscribe-47", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Vergeet mij maar",
     "sender": "Loes Winters <loes.winters@wo-zeewolde-dronten.nl>",
     "body": "Hallo,\n\nIk ben weg bij de werkorganisatie en wil graag door jullie systeem vergeten worden. Dus "
             "niet alleen uitschrijven maar ook echt alles weggooien wat jullie over mij hebben.\n\nGroet,\nLoes"},
    {"id": "d34-unsubscribe-48", "kind": "unsubscribe", "erase": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Patrick O'Neill-de Boer <p.oneill@wo-lochem-brummen.nl>",
     "body": "Please delete mijn data en haal me van de lijst, I left the werkorganisatie last week. "
             "Thanks!\n\nPatrick"},
    {"id": "d34-unsubscribe-49", "kind": "unsubscribe", "erase": True, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Sandra Kok <s.kok@wo-waterland-landsmeer.nl>",
     "body": "Ik heb mij niet aangemeld en wil ook geen lid worden. Op grond van de AVG verzoek ik u mijn "
             "e-mailadres en de overige gegevens die u van mij hebt gekregen direct te vernietigen.\n\n"
             "S. Kok"},
    {"id": "d34-unsubscribe-50", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Uitschrijven en gegevens verwijderen",
     "sender": "Hendrik Wagenaar <h.wagenaar@dienstverlening-tietjerksteradeel.nl>",
     "body": "Goeie,\n\nIk ben per 1 febrewarie uit dienst. Wil je mij uitschrijven en ook mijn gegevens "
             "verwijderen uit jullie bestand? Ik wil niet dat mijn naam nog ergens rondzwerft.\n\n"
             "Hendrik" + FRIES_SIG},
    {"id": "d34-unsubscribe-51", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Right to be forgotten",
     "sender": "Emma Lindqvist-Smit <e.lindqvist@wo-heumen-mook.nl>",
     "body": "Hello,\n\nI'd like to exercise my right to be forgotten: please remove me from the network and "
             "erase my personal details from your records, including any attendance lists.\n\nRegards,\nEmma"},
    {"id": "d34-unsubscribe-52", "kind": "unsubscribe", "erase": True, "thread": T,
     "quoted": "vervolg_atelier", "quote": "notes",
     "sender": "M.A. Reinders <ma.reinders@wo-nijkerk-barneveld.nl>",
     "body": "Het verslag heb ik gelezen. Ik hoef echter niet meer op de lijst en verzoek u mijn gegevens, "
             "inclusief mijn naam in het verslag, te laten verwijderen. Ik maak hierbij gebruik van mijn "
             "rechten onder de AVG.\n\nM.A. Reinders"},
    {"id": "d34-unsubscribe-53", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Schrappen uit alle bestanden",
     "sender": "Koen Pauwels <k.pauwels@wo-baarle-alphen.nl>",
     "body": "Geacht secretariaat,\n\nU wordt verzocht mij per direct uit te schrijven en al mijn "
             "persoonsgegevens definitief uit uw bestanden te wissen. Een bevestiging van de verwijdering stel "
             "ik op prijs.\n\nMet vriendelijke groet,\nKoen Pauwels"},
    # -- OTHER: leaving the job, staying a member at a new address -------------------------------------------
    {"id": "d34-other-01", "kind": "other", "thread": None,
     "subject": "Nieuw adres - ik blijf lid",
     "sender": "Monique Verbruggen <m.verbruggen@werkorganisatie-duivenwoude.nl>",
     "body": "Beste secretariaat,\n\nPer 1 april vertrek ik bij Werkorganisatie Duivenwoude en word ik directeur "
             "van de Werkorganisatie Lingewaard-Overbetuwe. Ik blijf dus in het vak en wil graag lid blijven van "
             "het netwerk. Vanaf april ben ik bereikbaar op m.verbruggen@wo-lingewaard-overbetuwe.nl; dit adres "
             "vervalt dan.\n\nMet vriendelijke groet,\nMonique Verbruggen"},
    {"id": "d34-other-02", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Stefan Ramdin <s.ramdin@wo-alblasserwaard-oost.nl>",
     "body": "Goedemorgen,\n\nIk ga weg bij de werkorganisatie, maar niet uit het netwerk: vanaf 1 maart ben ik "
             "directeur bij Servicepunt71. Zet u mijn lidmaatschap over naar s.ramdin@servicepunt71-wo.nl? Over "
             "het atelier laat ik volgende week weten of het lukt.\n\nGroet,\nStefan"},
    {"id": "d34-other-03", "kind": "other", "thread": None,
     "subject": "Change of e-mail address",
     "sender": "Laura Bouwmeester <l.bouwmeester@wo-goeree-overflakkee-w.nl>",
     "body": "Hi,\n\nI'm leaving my current post at the end of February but I'm moving to another shared service "
             "organisation, so I'd like to stay on the list. Could you send everything to "
             "laura.bouwmeester@wo-voorne-aan-zee.nl from March onwards?\n\nMany thanks,\nLaura"},
    {"id": "d34-other-04", "kind": "other", "thread": None,
     "subject": "Vertrek, maar wel lid blijven?",
     "sender": "Arjen Kuiper <a.kuiper@wo-renkum-wageningen.nl>",
     "body": "Dag Melanie,\n\nIk stop in de zomer als directeur en ga als zelfstandig adviseur aan de slag, "
             "vooral voor ambtelijke fusies. Mag ik dan lid blijven van het netwerk, of is het echt alleen voor "
             "zittende directeuren?\n\nGroet,\nArjen"},
    {"id": "d34-other-05", "kind": "other", "thread": W,
     "quoted": "welkom", "quote": "gmail",
     "sender": "Wendy Claes <wendy.claes@gmail.com>",
     "body": "Dank voor het welkom! Kleine wijziging al: ik vertrek bij de gemeente en mijn werkadres vervalt "
             "volgende week. Wil je voortaan dit gmail-adres gebruiken? Ik blijf natuurlijk lid.\n\nWendy"},
    {"id": "d34-other-06", "kind": "other", "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-en",
     "sender": "Johan Evers <j.evers@werkorganisatie-bergen-gennep.nl>",
     "body": "Ik ben er donderdag gewoon bij. Wel alvast melden: na het atelier vertrek ik naar de "
             "Werkorganisatie Venlo-Beesel en mijn mail gaat dan naar j.evers@wo-venlo-beesel.nl. Kunnen jullie "
             "dat in het ledenbestand aanpassen?\n\nJohan"},
    {"id": "d34-other-07", "kind": "other", "thread": None,
     "subject": "Adreswijziging na vertrek uit Heuvelrug-werkorganisatie",
     "sender": "Saskia Drost <saskia.drost@outlook.com>",
     "body": "Beste secretariaat,\n\nMijn baan bij de werkorganisatie is beëindigd, maar ik ben sinds deze "
             "week directeur van de ambtelijke organisatie Rijssen-Hellendoorn. Ik wil graag in het netwerk "
             "blijven, alleen op een ander adres: s.drost@wo-rijssen-hellendoorn.nl.\n\nVriendelijke groet,\n"
             "Saskia Drost"},
    # -- OTHER: about someone else leaving ---------------------------------------------------------------------
    {"id": "d34-other-08", "kind": "other", "thread": None,
     "subject": "Vertrek dhr. Jansen",
     "sender": "Secretariaat directie <secretariaat.directie@wo-de-bilt-zeist.nl>",
     "body": "Geachte heer, mevrouw,\n\nOnze algemeen directeur, de heer R. Jansen, is per 1 februari uit "
             "dienst getreden. Wilt u hem uit uw ledenbestand verwijderen? Een opvolger is nog niet benoemd.\n\n"
             "Met vriendelijke groet,\nAnja Peeters\nmanagementassistente directie"},
    {"id": "d34-other-09", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Petra Lodewijks <p.lodewijks@wo-horst-sevenum.nl>",
     "body": "Goedemiddag,\n\nDeze uitnodiging kwam binnen in de mailbox van Karel Smeets. Karel is niet meer "
             "bij ons werkzaam; de mailbox wordt door mij beheerd. Ter informatie.\n\nPetra Lodewijks\n"
             "secretariaat"},
    {"id": "d34-other-10", "kind": "other", "thread": None,
     "subject": "Mail aan oud-collega",
     "sender": "Rik Schouten <r.schouten@wo-meierijstad-oost.nl>",
     "body": "hoi, jullie mailen nog steeds naar Hans de Wit. die is al een jaar weg hier (pensioen). "
             "misschien handig om op te ruimen.\ngr rik"},
    {"id": "d34-other-11", "kind": "other", "thread": None,
     "subject": "Verwijderen gegevens oud-medewerker",
     "sender": "Functionaris Gegevensbescherming <fg@wo-gemert-laarbeek.nl>",
     "body": "Geacht secretariaat,\n\nIn verband met het vertrek van mevrouw drs. E. Maas verzoeken wij u, "
             "namens haar en met haar instemming, op grond van art. 17 AVG haar persoonsgegevens te wissen.\n\n"
             "Met vriendelijke groet,\nFG Werkorganisatie Gemert-Laarbeek"},
    {"id": "d34-other-12", "kind": "other", "thread": None,
     "subject": "Afscheid Gerard",
     "sender": "Yolanda Bruins <y.bruins@werkorganisatie-montferland-zevenaar.nl>",
     "body": "Hallo Stan,\n\nOnze directeur Gerard neemt op 14 maart afscheid na twintig jaar. Hij heeft het "
             "netwerk altijd een warm hart toegedragen. Zou het netwerk een kort woordje of een kaartje willen "
             "sturen? Dat zou hij heel fijn vinden. Het is een verrassing, dus niet aan hem mailen!\n\n"
             "Groetjes,\nYolanda"},
    {"id": "d34-other-13", "kind": "other", "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Marleen de Haas <m.dehaas@wo-drimmelen-geertruidenberg.nl>",
     "body": "Beste secretariaat,\n\nIk beantwoord deze oproep namens de werkorganisatie, omdat onze directeur "
             "Erik van Dam vorige maand is vertrokken. Moet ik zijn lidmaatschap opzeggen, of gaat dat "
             "automatisch? En kan ik in de tussentijd zelf de mails ontvangen?\n\nMarleen de Haas\n"
             "waarnemend directeur"},
    {"id": "d34-other-14", "kind": "other", "thread": None,
     "subject": "FW: afmelden",
     "sender": "Ilse Vink <i.vink@wo-oost-gelre-winterswijk.nl>",
     "body": "Hallo,\n\nHieronder een berichtje van mijn directeur dat volgens mij nooit bij jullie is "
             "aangekomen. Zouden jullie kunnen nakijken of hij nog op de lijst staat?\n\nIlse\n\n"
             "Van: Frans Ooms <f.ooms@wo-oost-gelre-winterswijk.nl>\nVerzonden: maandag 11 januari 2027 16:02\n"
             "Aan: Ilse Vink\nOnderwerp: afmelden\n\nIlse, wil jij mij afmelden bij dat directeurennetwerk? "
             "Ik ga toch met pensioen.\nF."},
    # -- OTHER: "afmelden" of something else ----------------------------------------------------------------
    {"id": "d34-other-15", "kind": "other", "thread": None,
     "subject": "Afmelden leergang Bestuurlijke sensitiviteit",
     "sender": "Noor Vissers <n.vissers@wo-sittard-geleen-beek.nl>",
     "body": "Beste Melanie,\n\nVia SeinstravandeLaar ben ik ingeschreven voor de leergang bestuurlijke "
             "sensitiviteit in april. Die moet ik helaas afzeggen, ik heb het niet kunnen inpassen. Kun je "
             "dit doorzetten naar de juiste collega? Het netwerk blijf ik gewoon volgen.\n\nGroet,\nNoor"},
    {"id": "d34-other-16", "kind": "other", "thread": R,
     "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Dirk-Jan Veenstra <dj.veenstra@wo-smallingerland-opsterland.nl>",
     "body": "Vraagje: ik had via jullie een parkeerkaart voor het Stadskantoor gekregen, maar ik kom met de "
             "trein. Moet ik die parkeerplek ergens afmelden?\n\nDJ" + IPHONE},
    {"id": "d34-other-17", "kind": "other", "thread": None,
     "subject": "LinkedIn-groep",
     "sender": "Charlotte Meeuwsen <c.meeuwsen@wo-bernheze-oss.nl>",
     "body": "Hoi,\n\nIk heb me afgemeld voor de LinkedIn-groep van het netwerk; daar gebeurt te weinig. De "
             "mails en de ateliers wil ik wel blijven krijgen, dus verder niets wijzigen graag.\n\nCharlotte"},
    {"id": "d34-other-18", "kind": "other", "thread": None,
     "subject": "Adviesraad",
     "sender": "Frits Hendriksen <f.hendriksen@wo-hof-van-twente-rijssen.nl>",
     "body": "Beste Stan,\n\nNa drie jaar stop ik met mijn plek in de Adviesraad; het wordt me te veel naast "
             "de reorganisatie. Lid van het netwerk blijf ik uiteraard. Wie mag ik de stukken overdragen?\n\n"
             "Frits"},
    {"id": "d34-other-19", "kind": "other", "thread": None,
     "subject": "Uitschrijven nieuwsbrief VNG",
     "sender": "Olga Timmer <o.timmer@wo-brummen-voorst.nl>",
     "body": "Hallo, weet u of ik me via u kan uitschrijven voor de nieuwsbrief Ambtelijke Samenwerking van de "
             "VNG? Ik krijg die dubbel. Uw eigen mails wil ik gewoon houden.\n\nOlga Timmer"},
    {"id": "d34-other-20", "kind": "other", "thread": None,
     "subject": "Afmelden Teams-kanaal",
     "sender": "Guus Raaijmakers <g.raaijmakers@wo-asten-someren.nl>",
     "body": "Goedemiddag,\n\nIk zit nog in het Teams-kanaal van de werkgroep dienstverlening van vorig jaar, "
             "dat inmiddels is opgeheven. Hoe kom ik daar uit? Ik krijg nog steeds notificaties.\n\nGuus"},
    {"id": "d34-other-21", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Astrid Wolters <a.wolters@wo-beuningen-druten.nl>",
     "body": "Kan ik me ook alleen voor het tweede deel van de middag aanmelden? De eerste helft moet ik bij "
             "de ondernemingsraad zijn, die kan ik niet afmelden.\n\nAstrid"},
    {"id": "d34-other-22", "kind": "other", "thread": None,
     "subject": "Afmelding cc",
     "sender": "Hugo Snel <h.snel@wo-loon-op-zand-dongen.nl>",
     "body": "Beste secretariaat,\n\nMijn oud-managementassistent staat nog in de cc van jullie mails. Zij werkt "
             "hier niet meer. Kunnen jullie haar eruit halen? Ik wil de mails zelf gewoon houden.\n\nHugo Snel"},
    # -- OTHER: asking how to leave, or about leaving --------------------------------------------------------
    {"id": "d34-other-23", "kind": "other", "thread": None,
     "subject": "Hoe afmelden?",
     "sender": "Bram Geurts <b.geurts@wo-tiel-culemborg.nl>",
     "body": "Hoe kan ik me afmelden? Ik zie geen link onderaan de mail.\n\nBram"},
    {"id": "d34-other-24", "kind": "other", "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Els Verhoef <e.verhoef@wo-neder-betuwe-buren.nl>",
     "body": "Goedemorgen,\n\nIs er een mogelijkheid om alleen de uitnodigingen te krijgen en niet de oproepen "
             "en herinneringen? Dan blijft mijn inbox wat overzichtelijker.\n\nEls Verhoef"},
    {"id": "d34-other-25", "kind": "other", "thread": None,
     "subject": "Sabbatical",
     "sender": "Tom Baas <t.baas@wo-ermelo-harderwijk.nl>",
     "body": "Beste Stan,\n\nIk ga van mei tot november op sabbatical. Kan mijn lidmaatschap zolang op pauze, "
             "zodat ik daarna gewoon weer instroom? Afmelden wil ik niet.\n\nHartelijke groet,\nTom"},
    {"id": "d34-other-26", "kind": "other", "thread": None,
     "subject": "Vraag over opzeggen",
     "sender": "Hilde Jacobs <h.jacobs@wo-heerde-hattem.nl>",
     "body": "Geacht secretariaat,\n\nAls ik mijn lidmaatschap opzeg, ontvang ik dan ook de verslagen van de "
             "ateliers niet meer? Die lees ik namelijk wel graag. Ik twijfel nog.\n\nMet vriendelijke groet,\n"
             "Hilde Jacobs"},
    {"id": "d34-other-27", "kind": "other", "thread": None,
     "subject": "How do I unsubscribe?",
     "sender": "Pieter Clement <p.clement@wo-sluis-terneuzen.nl>",
     "body": "Hi, a quick question: what is the procedure to leave the network? Is replying with one word "
             "enough or do I need to fill in a form?\n\nPieter"},
    {"id": "d34-other-28", "kind": "other", "thread": None,
     "subject": "Opvolging",
     "sender": "Marianne Scholten <m.scholten@wo-zaltbommel-maasdriel.nl>",
     "body": "Goedemiddag,\n\nIn september begint mijn opvolger. Moet zij zich zelf aanmelden, of kan ik mijn "
             "lidmaatschap op haar laten overschrijven? Ik blijf tot en met augustus gewoon lid.\n\n"
             "Marianne Scholten"},
    {"id": "d34-other-29", "kind": "other", "thread": None,
     "subject": "Aankondiging",
     "sender": "Leo Bijl <l.bijl@werkorganisatie-oude-ijsselstreek.nl>",
     "body": "Beste secretariaat,\n\nTer info: ik ga eind dit jaar met pensioen. Tot die tijd blijf ik met "
             "plezier lid en kom ik nog naar de ateliers. Tegen die tijd laat ik weten wie mij opvolgt.\n\n"
             "Groet,\nLeo Bijl"},
    {"id": "d34-other-30", "kind": "other", "thread": None,
     "subject": "Twijfel",
     "sender": "Sjoerd Wiersma <s.wiersma@wo-waadhoeke-harlingen.nl>",
     "body": "Ik overweeg om mijn lidmaatschap op te zeggen, maar wil eerst weten welk thema het volgende atelier "
             "krijgt. Weten jullie dat al?\n\nSjoerd" + FRIES_SIG},
    # -- OTHER: complaints about mail, not asking to leave ---------------------------------------------------
    {"id": "d34-other-31", "kind": "other", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Rob Daalmeijer <r.daalmeijer@wo-weststellingwerf.nl>",
     "body": "Deze uitnodiging heb ik drie keer ontvangen. Kunnen jullie je verzendsysteem eens nakijken?\n\n"
             "Rob"},
    {"id": "d34-other-32", "kind": "other", "thread": None,
     "subject": "Spam?",
     "sender": "Corine Bosch <c.bosch@wo-ede-renswoude.nl>",
     "body": "Uw laatste mail kwam bij mij in de spamfolder terecht en de agendabijlage werd door onze "
             "beveiliging geblokkeerd. Misschien iets om naar te kijken.\n\nCorine Bosch"},
    {"id": "d34-other-33", "kind": "other", "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Michiel Tak <m.tak@wo-voorschoten-wassenaar.nl>",
     "body": "Waarom krijg ik een herinnering terwijl ik vorige week al heb afgezegd? Kijk dat even na aub.\n\n"
             "M. Tak"},
    {"id": "d34-other-34", "kind": "other", "thread": None,
     "subject": "Wat veel mail",
     "sender": "Ingrid Maas <i.maas@wo-overbetuwe-lingewaard.nl>",
     "body": "Goedemorgen,\n\nEerlijk gezegd vind ik het wat veel: deze week al twee mails van het netwerk. "
             "Kunnen die niet gebundeld worden in één bericht per maand? Verder alle lof voor de ateliers.\n\n"
             "Ingrid"},
    {"id": "d34-other-35", "kind": "other", "thread": None,
     "subject": "Privéadres",
     "sender": "Jeroen Kamphuis <jeroenkamphuis@ziggo.nl>",
     "body": "Hallo,\n\nIk ontvang jullie mails sinds kort ook op mijn privéadres. Hoe komen jullie daaraan? "
             "Ik heb dat adres nooit opgegeven.\n\nJeroen Kamphuis"},
    {"id": "d34-other-36", "kind": "other", "thread": None,
     "subject": "Inzageverzoek AVG",
     "sender": "Femke de Lange <f.delange@wo-hillegom-lisse.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de "
             "persoonsgegevens die u van mij verwerkt, het doel daarvan en de bewaartermijn.\n\n"
             "Met vriendelijke groet,\nFemke de Lange"},
    {"id": "d34-other-37", "kind": "other", "thread": None,
     "subject": "Foto in verslag",
     "sender": "Martin Roos <m.roos@wo-lopik-ijsselstein.nl>",
     "body": "Hoi Melanie, zou de foto waar ik op sta uit het verslag op de website kunnen? Ik sta er niet zo "
             "flatteus op. Verder niets aan de hand hoor!\n\nMartin"},
    # -- OTHER: replies to our goodbye that are not a leave --------------------------------------------------
    {"id": "d34-other-38", "kind": "other", "thread": G,
     "quoted": "afmelding_bevestigd", "quote": "gmail",
     "sender": "Jacqueline Vos <j.vos@wo-waalwijk-heusden.nl>",
     "body": "Ik heb me helemaal niet afgemeld?! Hoe kan dit? Wie heeft dat verzoek gestuurd?\n\nJacqueline Vos"},
    {"id": "d34-other-39", "kind": "other", "thread": G,
     "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Ad van Gils <a.vangils@wo-goirle-tilburg.nl>",
     "body": "Dank voor de bevestiging en voor de fijne jaren. Wie mij opvolgt, is nog niet bekend.\n\nAd"},
    # -- OTHER: pitches, press, applications --------------------------------------------------------------
    {"id": "d34-other-40", "kind": "other", "thread": None,
     "subject": "Offboarding in gemeenten - kennismaking",
     "sender": "Jorien Klomp <jorien@exitflow-hr.nl>",
     "body": "Beste secretariaat,\n\nExitFlow helpt gemeenten bij het zorgvuldig afmelden van vertrekkende "
             "medewerkers in al hun systemen. Graag presenteren wij onze oplossing tijdens een van uw "
             "ateliers. Mag ik u bellen voor een kennismaking?\n\nJorien Klomp\naccountmanager ExitFlow\n"
             "06 - 18 44 27 90"},
    {"id": "d34-other-41", "kind": "other", "thread": None,
     "subject": "Vraag van Binnenlands Bestuur",
     "sender": "Redactie <redactie@bb-journaal.nl>",
     "body": "Goedemiddag,\n\nWij schrijven een artikel over het grote verloop onder directeuren van ambtelijke "
             "fusieorganisaties. Hoeveel leden hebben het netwerk het afgelopen jaar verlaten? En zou een van de "
             "adviseurs een reactie willen geven?\n\nMet vriendelijke groet,\nThijs Boom, redacteur"},
    {"id": "d34-other-42", "kind": "other", "thread": None,
     "subject": "Kandidaat Adviesraad",
     "sender": "Hanna Postma <h.postma@wo-achtkarspelen-tytsjerk.nl>",
     "body": "Beste Stan en Melanie,\n\nIk hoorde dat Jan Roeleveld de Adviesraad verlaat omdat hij met "
             "pensioen gaat. Graag stel ik mij kandidaat voor zijn plek. Wat wordt er van een lid van de "
             "Adviesraad verwacht?\n\nHartelijke groet,\nHanna Postma"},
    {"id": "d34-other-43", "kind": "other", "thread": None,
     "subject": "Exit-enquête",
     "sender": "Sven Claassen <s.claassen@wo-dongen-oosterhout.nl>",
     "body": "Dag secretariaat,\n\nHouden jullie bij waarom leden het netwerk verlaten? Wij willen zelf een "
             "exit-enquête voor onze medewerkers opzetten en ik ben benieuwd naar jullie ervaring.\n\nSven"},
    # -- OTHER: a message for someone else, with a secretary writing -----------------------------------------
    {"id": "d34-other-44", "kind": "other", "thread": None,
     "subject": "Opvolging directeur",
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@wo-west-betuwe-n.nl>",
     "body": "Geacht secretariaat,\n\nDe heer K. de Ruiter gaat per 1 maart met pensioen. Zijn opvolger is "
             "mevrouw S. Baarsma (s.baarsma@wo-west-betuwe-n.nl). Wilt u de heer De Ruiter afmelden en mevrouw "
             "Baarsma aanmelden?\n\nMet vriendelijke groet,\nBestuurssecretariaat"},
    {"id": "d34-other-45", "kind": "other", "thread": None,
     "subject": "Gedeelde mailbox opheffen",
     "sender": "Functioneel beheer <fb-mail@wo-alphen-chaam.nl>",
     "body": "Hello, we're decommissioning the shared mailbox directie@wo-alphen-chaam.nl, which still receives "
             "your mailings. Could you tell us which person is registered behind it, so we can arrange a "
             "replacement address with them?\n\nICT Functioneel beheer"},
    # -- AUTOREPLY: "no longer with the organisation" --------------------------------------------------------
    {"id": "d34-autoreply-01", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Erik Hamers <e.hamers@wo-nuenen-son.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Ik ben niet meer werkzaam bij de Werkorganisatie Nuenen-Son. Uw bericht wordt niet doorgestuurd. "
             "Voor zaken die de directie betreffen kunt u mailen naar directie@wo-nuenen-son.nl."},
    {"id": "d34-autoreply-02", "kind": "autoreply", "thread": R,
     "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Caroline Beekman <c.beekman@wo-rheden-rozendaal.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Thank you for your message. I have left the organisation as of 1 February 2027 and this mailbox "
             "is no longer monitored. Please contact the secretariat at secretariaat@wo-rheden-rozendaal.nl."},
    {"id": "d34-autoreply-03", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "sender": "Martijn Boers <m.boers@wo-eemnes-baarn.nl>",
     "headers": {"Precedence": "auto_reply"},
     "body": "Beste afzender,\n\nPer 1 januari heb ik afscheid genomen van de werkorganisatie. Dit e-mailadres "
             "wordt binnenkort opgeheven. Mijn taken zijn overgenomen door Linda Hoekman "
             "(l.hoekman@wo-eemnes-baarn.nl).\n\nMet vriendelijke groet,\nMartijn Boers"},
    {"id": "d34-autoreply-04", "kind": "autoreply", "thread": None,
     "subject": "Niet meer in dienst",
     "sender": "no-reply@wo-maassluis-vlaardingen.nl",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Dit is een automatisch bericht.\n\nDe geadresseerde is niet meer in dienst van de gemeente. Uw "
             "e-mail is niet gelezen en wordt na 30 dagen verwijderd. Richt uw bericht aan "
             "info@wo-maassluis-vlaardingen.nl."},
    {"id": "d34-autoreply-05", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Ronald Veldman <r.veldman@wo-hardenberg-ommen.nl>",
     "body": "Ik ben met pensioen en niet meer bereikbaar op dit adres. Voor de directie: "
             "directie@wo-hardenberg-ommen.nl. Deze mailbox wordt per 1 april verwijderd."},
    {"id": "d34-autoreply-06", "kind": "autoreply", "thread": None,
     "subject": "Autoreply: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Wilma Groen <w.groen@wo-opmeer-medemblik.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik heb de organisatie verlaten. Uw e-mail wordt niet doorgestuurd.\n\nI have left the "
             "organisation. Your e-mail will not be forwarded."},
    {"id": "d34-autoreply-07", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: Dank voor uw komst",
     "sender": "Dennis Kramer <d.kramer@wo-hof-van-delfland.nl>",
     "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
     "body": "Goedendag,\n\nTot en met 31 maart ben ik met ouderschapsverlof. Daarna vertrek ik naar een "
             "nieuwe werkgever, dus na die datum is dit adres niet meer in gebruik. Bij spoed: "
             "bestuursondersteuning@wo-hof-van-delfland.nl.\n\nDennis Kramer"},
    {"id": "d34-autoreply-08", "kind": "autoreply", "thread": I,
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Anna Bergsma <a.bergsma@wo-harlingen-franekeradeel.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "I'm no longer working for the werkorganisatie. For matters concerning the board of directors "
             "please write to directie@wo-harlingen-franekeradeel.nl.\n\nIk ben niet meer werkzaam bij de "
             "werkorganisatie."},
    {"id": "d34-autoreply-09", "kind": "autoreply", "thread": None,
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "sender": "postmaster@wo-ameland-schiermonnikoog.nl",
     "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
     "body": "Na de opheffing van de werkorganisatie per 1 januari 2027 is dit e-mailadres niet meer in "
             "gebruik. Berichten worden niet gelezen. Wilt u uw adresboek aanpassen?"},
    {"id": "d34-autoreply-10", "kind": "autoreply", "thread": R,
     "subject": "Afwezigheidsbericht: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Petra Scholte <p.scholte@wo-texel-den-helder.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Bedankt voor uw bericht. Mijn laatste werkdag was 26 februari; ik ben vertrokken bij de "
             "gemeente. Afmelden voor nieuwsbrieven en mailinglijsten hoeft u niet te doen, deze mailbox wordt "
             "automatisch opgeheven."},
    {"id": "d34-autoreply-11", "kind": "autoreply", "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Ticketsysteem Gemeentewinkel <zaken@wo-tholen-bergen.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Uw bericht is ontvangen onder zaaknummer Z-2027-00412. De medewerker aan wie u schreef is niet "
             "meer in dienst; uw bericht wordt opgepakt door een collega van het Klant Contact Centrum."},
    {"id": "d34-autoreply-12", "kind": "autoreply", "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
     "sender": "Gerda Huls <g.huls@wo-ooststellingwerf.nl>",
     "headers": {"Precedence": "auto_reply"},
     "body": "AFWEZIG - Ik ben uit dienst getreden. Deze mailbox wordt niet meer gelezen."},
    # -- RSVP: declining one atelier, staying a member ------------------------------------------------------
    {"id": "d34-rsvp-01", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Monique Hendrix <m.hendrix@wo-stein-beekdaelen.nl>",
     "body": "Voor deze keer meld ik mij af: raadsvergadering. Lid blijf ik natuurlijk!\n\nMonique"},
    {"id": "d34-rsvp-02", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Afmelding atelier 11 maart",
     "sender": "Gertjan Wolff <g.wolff@wo-barneveld-scherpenzeel.nl>",
     "body": "Goedemiddag,\n\nHelaas moet ik mij afmelden voor het atelier van 11 maart, ik zit die week in "
             "het buitenland. De volgende keer hoop ik er weer bij te zijn.\n\nMet vriendelijke groet,\n"
             "Gertjan Wolff"},
    {"id": "d34-rsvp-03", "kind": "rsvp", "attending": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Tessa Dijkman <tessa.dijkman@wo-laren-blaricum.nl>",
     "body": "I'm afraid I have to drop out of Thursday's session - something urgent with the council came "
             "up. Give my seat to someone on the waiting list please.\n\nTessa"},
    {"id": "d34-rsvp-04", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "wijziging_atelier", "quote": "outlook-en",
     "sender": "Hans Korver <h.korver@wo-castricum-heiloo.nl>",
     "body": "De nieuwe datum, 18 maart, kan ik niet. Afmelden dus, helaas.\n\nH. Korver"},
    {"id": "d34-rsvp-05", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "bevestiging_rsvp", "quote": "apple",
     "sender": "Anneke Vroom <a.vroom@wo-uitgeest-heemskerk.nl>",
     "body": "Haal me maar van de wachtlijst, ik kan die dag toch niet meer.\n\nAnneke" + IPHONE},
    {"id": "d34-rsvp-06", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
     "sender": "Remco Jaspers <r.jaspers@wo-someren-asten.nl>",
     "body": "Beste secretariaat,\n\nIk zou in plaats van Dirk gaan, maar ik moet mij helaas terugtrekken: "
             "er is een crisisoverleg gepland. Wilt u Dirk laten weten dat ik niet kom?\n\nRemco Jaspers"},
    {"id": "d34-rsvp-07", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Anja Molenaar <a.molenaar@wo-bodegraven-reeuwijk.nl>",
     "body": "Beste secretariaat,\n\nNamens de heer Bos: hij kan helaas niet komen. Zijn aantekening op de "
             "uitnodiging luidde: 'Anja, meld mij hiervoor af, ik zit die middag bij de rechtbank.'\n\n"
             "Met vriendelijke groet,\nAnja Molenaar\nsecretariaat directie"},
    {"id": "d34-rsvp-08", "kind": "rsvp", "attending": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Kim Dijkstra <k.dijkstra@wo-teylingen-noordwijk.nl>",
     "body": "Ik trek me terug voor donderdag de 11e. Mijn collega Sven Mertens (s.mertens@wo-teylingen-"
             "noordwijk.nl) gaat in mijn plaats.\n\nKim"},
    {"id": "d34-rsvp-09", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Youssef Amrani <y.amrani@wo-capelle-krimpen.nl>",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nnee helaas, "
             "begrotingsoverleg\n\n> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar "
             "info@ambtelijkefusie.nl.\n\ndat niet, ik blijf lid :)\n\nYoussef"},
    {"id": "d34-rsvp-10", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Schrijf mij uit voor de sessie van 11/3",
     "sender": "Bernadette Lemmens <b.lemmens@wo-roerdalen-roermond.nl>",
     "body": "Dag, de sessie van 11/3 lukt niet, sorry. Groet Bernadette" + LIMBURG_SIG},
    # -- RSVP: a yes with "afmelden" of something else -------------------------------------------------------
    {"id": "d34-rsvp-11", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Jorrit Kalsbeek <j.kalsbeek@wo-de-fryske-marren-n.nl>",
     "body": "Goed nieuws: ik heb me kunnen afmelden voor het provinciale overleg van die middag, dus ik kan "
             "toch komen! Graag een plek.\n\nJorrit"},
    {"id": "d34-rsvp-12", "kind": "rsvp", "attending": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Linda Schippers <l.schippers@wo-edam-volendam-p.nl>",
     "body": "Mijn gast heeft zich helaas afgemeld, ik kom dus alleen. Tot donderdag!\n\nLinda"},
    {"id": "d34-rsvp-13", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Gerard Wijnands <g.wijnands@wo-montferland-doesburg.nl>",
     "body": "Ik kom graag. Het wordt mijn laatste atelier als directeur, want in april neem ik afscheid. "
             "Mooi om het zo af te sluiten.\n\nGerard"},
    {"id": "d34-rsvp-14", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Paulien Ter Horst <p.terhorst@wo-dinkelland-losser.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja, ik kom\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nnee hoor :-)\n\nPaulien"},
    {"id": "d34-rsvp-15", "kind": "rsvp", "attending": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Thomas Peeters <thomas.peeters@wo-bergeijk-eersel.nl>",
     "body": "Ik ben erbij, maar meld me af voor de borrel achteraf - moet op tijd terug naar huis.\n\nThomas"},
    # -- SUBSCRIBE: the predecessor left ---------------------------------------------------------------------
    {"id": "d34-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding nieuwe directeur",
     "sender": "Rianne Smit <r.smit@wo-hoorn-koggenland.nl>",
     "body": "Goedemorgen,\n\nMijn voorganger Ruud Klaver heeft de werkorganisatie in december verlaten; sinds 1 "
             "januari ben ik de nieuwe directeur. Graag meld ik mij aan als lid van het netwerk.\n\n"
             "Met vriendelijke groet,\nRianne Smit"},
    {"id": "d34-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "Lid worden",
     "sender": "Otto Bekkering <o.bekkering@wo-tubbergen-dinkelland.nl>",
     "body": "Hoi, mijn voorganger is met pensioen en heeft zich bij jullie afgemeld. Ik neem het over en wil "
             "graag zelf lid worden, op dit adres.\n\nOtto Bekkering\ndirecteur" + ANDROID},
    {"id": "d34-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "Joining the network",
     "sender": "Priya Raghoebarsing <p.raghoebarsing@wo-rijswijk-leidschendam.nl>",
     "body": "Dear secretariat,\n\nI recently succeeded Henk Vermaat, who left our organisation last autumn. "
             "I'd like to join the network myself, on this address.\n\nKind regards,\nPriya Raghoebarsing"},
    {"id": "d34-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "Aanmelden",
     "sender": "Wietske van der Meulen <w.vandermeulen@wo-smallingerland-n.nl>",
     "body": "Dag Stan,\n\nNu Geert is vertrokken heeft hij me op jullie netwerk gewezen. Ik schrijf me graag "
             "in.\n\nWietske" + FRIES_SIG},
    {"id": "d34-subscribe-05", "kind": "subscribe", "thread": G,
     "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Bart Steenbergen <b.steenbergen@wo-roosendaal-halderberge.nl>",
     "body": "Lid blijven.\n\nIk heb geen afmelding gestuurd, dit moet een vergissing zijn.\n\nBart"},
    # -- CONFIRM: with a mention of leaving ------------------------------------------------------------------
    {"id": "d34-confirm-01", "kind": "confirm", "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Ja, ik bevestig mijn aanmelding. Mijn voorganger heeft zich vorige maand afgemeld, dus dat klopt "
             "zo.\n\nMarieke"},
    {"id": "d34-confirm-02", "kind": "confirm", "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "gmail",
     "sender": "Joris Hagen <j.hagen@wo-vught-boxtel.nl>",
     "body": "Bevestigd. Sorry voor de vertraging, ik zat midden in een verhuizing van de vorige directeur "
             "z'n dossiers.\n\nJoris"},
    {"id": "d34-confirm-03", "kind": "confirm", "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "sender": "Ella Bosma <e.bosma@wo-noardeast-fryslan-d.nl>",
     "body": "Ja graag. (Niet afmelden dus, haha, ik wil juist lid worden.)\n\nElla"},
    # -- SUGGESTION: exit, offboarding and leaving as a theme ------------------------------------------------
    {"id": "d34-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Rutger Spijker <r.spijker@wo-borger-odoorn-emmen.nl>",
     "body": "Goedemorgen,\n\nMijn onderwerp: wat als een van de deelnemende gemeenten uit de fusie wil stappen? "
             "Hoe houd je de relatie met de achterblijvende gemeenten goed en hoe regel je de uittreding "
             "bestuurlijk tussen de partners?\n\nRutger Spijker"},
    {"id": "d34-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Nathalie Kuijpers <n.kuijpers@wo-geldrop-mierlo.nl>",
     "body": "Voor de volgende keer: de uitstroom van ervaren medewerkers door vergrijzing. Hoe borg je kennis "
             "en hoe plan je je formatie als een kwart van je mensen binnen vijf jaar met pensioen gaat?\n\n"
             "Nathalie"},
    {"id": "d34-suggestion-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Wouter Blom <w.blom@wo-zundert-rucphen.nl>",
     "body": "Suggestie: exitgesprekken. Waarom vertrekken jonge talenten na twee jaar uit onze werkorganisatie, "
             "en wat zegt dat over onze organisatiestructuur en ons sturingsconcept?\n\nW. Blom"},
    {"id": "d34-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Miriam Cohen <m.cohen@wo-diemen-ouder-amstel.nl>",
     "body": "Een onderwerp: inwoners die afhaken bij de digitale dienstverlening. Hoe zorgen we dat ouderen "
             "die zich afmelden voor DigiD-gebruik toch goed geholpen worden aan de balie?\n\nMiriam Cohen"},
    {"id": "d34-suggestion-05", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Jacob Hofman <j.hofman@wo-vlieland-terschelling.nl>",
     "body": "Topic for the next atelier: exit scenarios. What is the long-term vision for an ambtelijke fusie "
             "- do we keep it forever or plan for a possible end, and how does that fit the bestuurlijke "
             "prioriteiten?\n\nJacob"},
    {"id": "d34-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": W,
     "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Lotte Kuipers <l.kuipers@werkorganisatie-vechtdal.nl>",
     "body": "Dank voor het welkom! Mijn voorganger is net vertrokken en de overdracht was een uitdaging. Een "
             "onderwerp dat ik graag bespreek: hoe organiseer je een goede overdracht bij een wisseling van "
             "directie, zodat werkprocessen en sturing niet stilvallen?\n\nLotte Kuipers"},
    {"id": "d34-suggestion-07", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Sebastiaan Vos <s.vos@wo-bunnik-wijk.nl>",
     "body": "Twee onderwerpen:\n- de ontvlechting van een ambtelijke fusie: wat leren we van gemeenten die "
             "uit elkaar gingen, en wat betekent dat voor de relatie tussen de partners?\n- de lange termijn "
             "visie op de werkorganisatie: blijven we bestaan of gaan we op in een herindeling?\n\nSebastiaan"},
    {"id": "d34-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Aukje Hiemstra <a.hiemstra@wo-heerenveen-n.nl>",
     "body": "Nog een aanvulling: het offboarden van vertrekkende medewerkers in onze I&A-systemen. Accounts "
             "blijven maanden actief nadat iemand weg is.\n\nAukje"},
]
# fmt: on
