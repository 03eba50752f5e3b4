"""The sixteenth held-out set's cases (issue 17): writers whose Dutch is not the textbook kind.

Flemish-influenced, regional (Limburgs, Brabants, Twents, Gronings, Zeeuws), non-native (German, English, Polish,
Turkish backgrounds), old-fashioned formal, and unpunctuated writing. Written without reading the classifier or the
other labelled sets; cases that could not be labelled with confidence were left out.
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
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
DISCLAIMER = (
    "\n\nDe informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Gebruik door "
    "derden is niet toegestaan. Aan dit bericht kunnen geen rechten worden ontleend."
)
VLAAMS = (
    "\n\nMet de meeste hoogachting,\n\nWim Van den Broeck\nalgemeen directeur\nWerkorganisatie Dommeldal\n"
    "T 040 - 208 55 10"
)
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h16-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wim Van den Broeck <w.vandenbroeck@dommeldal.nl>",
     "body": "Geachte,\n\nGraag had ik ingeschreven voor het atelier van 11 maart. U mag op mij rekenen, ik zal "
             "present zijn.\n\nTot dan!" + VLAAMS},
    {"id": "h16-rsvp-02", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "Lieve Claes <l.claes@werkorganisatie-kempenland.nl>",
     "body": "Beste,\n\nGelieve mij te verontschuldigen voor donderdag. Er is onverwacht een overleg met de "
             "provincie ingepland waar ik niet onderuit kan. Mijn plaats mag naar iemand op de wachtlijst.\n\n"
             "Met vriendelijke groeten,\nLieve Claes"},
    {"id": "h16-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Har Janssen <h.janssen@bmw-heuvelland.nl>",
     "body": "Hoi allemaol,\n\nIch bin d'r gaer bij op de 11e. Sjoen dat 't in Utrecht is, dan kin ich mit de "
             "trein.\n\nVeer zien os!\nHar" + IPHONE},
    {"id": "h16-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Sjef van de Ven <sjef.vandeven@dekempenwerkt.nl>",
     "body": "Hedde gij dat nou, precies die middag hebben we ne commissievergadering. Nee dus, da gaat 'm "
             "nie worden deze keer.\n\nHoudoe,\nSjef"},
    {"id": "h16-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Gerard Ter Horst <g.terhorst@dinkelland-tubbergen-wo.nl>",
     "body": "Moi,\n\nIk koom, en ik neem oonzen concerncontroller Gerrit Nijhuis met. Dus wiej bint met zien "
             "tweeën.\n\nGroet'n,\nGerard Ter Horst\ngemeentesecretaris/directeur"},
    {"id": "h16-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Albert Bolhuis <a.bolhuis@westerkwartier-oldambt.nl>",
     "body": "Moi,\n\nIk kin nait, dat is mie slim. Mien loco Geert Dijkhuis gaait in mien stee, zien adres is "
             "g.dijkhuis@westerkwartier-oldambt.nl. Hai wait der alles van.\n\nGroutnis,\nAlbert Bolhuis"},
    {"id": "h16-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Kees Dregmans <k.dregmans@bevelanden-samen.nl>",
     "body": "'k Kom wè, mè 'k zit 's ochtends nog in Middelburg, dus 't wordt een kwartiertje of wat later. "
             "Rond 'alf drie ben 'k d'r.\n\nGroeten uut Zeeland,\nKees"},
    {"id": "h16-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Dr. Klaus Hemmerich <k.hemmerich@grenslandwerkt.nl>",
     "body": "Sehr geehrte Damen und Heren, beste mensen,\n\nHiermee ik meld mij graag aan voor de atelier op 11 "
             "maart. Ik kom zeker, ook als mijn Nederlands nog niet perfect is.\n\nMet vriendelijke groeten\n"
             "Dr. Klaus Hemmerich\nDirecteur Werkorganisatie Grensland" + DISCLAIMER},
    {"id": "h16-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Aylin Yilmaz <a.yilmaz@rivierenlandwerkt.nl>",
     "body": "Dear organisation,\n\nWith pleasure I will come to the atelier. I bring two colleagues with me: "
             "Ms. Derya Kaya (strategy advisor) and Mr. Jos Kramer (head of finance). So we are with three "
             "persons.\n\nKind regards,\nAylin Yilmaz"},
    {"id": "h16-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Marek Nowak <m.nowak@oostflakkee-wo.nl>",
     "body": "Hello,\n\nUnfortunately I am not able to join on 11 March because that day I must be in the "
             "council of our municipality. Sorry for that, maybe next time.\n\nBest greetings,\nMarek" + SAMSUNG},
    {"id": "h16-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "mr. H.J.M. van Oosterhout <hjm.vanoosterhout@maasenpeel-wo.nl>",
     "body": "Zeer geachte heer, mevrouw,\n\nOndergetekende bevestigt gaarne zijn deelname aan het Leer- en "
             "inspireer-atelier d.d. 11 maart a.s. te Utrecht.\n\nHoogachtend,\n\nmr. H.J.M. van Oosterhout\n"
             "algemeen directeur"},
    {"id": "h16-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "drs. J.W. Mellema <jw.mellema@noordoostpolder-urk-wo.nl>",
     "body": "Geachte heer, mevrouw,\n\nTot mijn spijt ben ik op 11 maart a.s. verhinderd. Teneinde onze "
             "organisatie toch vertegenwoordigd te doen zijn, zal mevrouw drs. E. Kuipers, "
             "plaatsvervangend directeur, in mijn plaats aan het atelier deelnemen.\n\nIn afwachting van "
             "uw bevestiging verblijf ik,\n\nhoogachtend,\ndrs. J.W. Mellema"},
    {"id": "h16-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "rob brouwers <r.brouwers@peelgemeenten.nl>",
     "body": "ja ik kom en ik neem marloes tuin mee onze manager dienstverlening dus 2 personen"},
    {"id": "h16-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "bas kuiper <b.kuiper@waterlandwerkt.nl>",
     "body": "kan niet die dag zit in regio overleg sorry\ngr bas" + IPHONE},
    {"id": "h16-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Wim Van den Broeck <w.vandenbroeck@dommeldal.nl>",
     "subject": "RE: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Geachte,\n\nVorige week liet ik u weten dat ik niet kon komen. Intussen is de raadscommissie "
             "verplaatst, zodat ik toch vrij ben. Gelieve mijn afzegging dus te vergeten: ik zal er alsnog "
             "zijn.\n\nTot dan," + VLAAMS},
    {"id": "h16-rsvp-16", "kind": "rsvp", "attending": False, "thread": None, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Lieve Claes <l.claes@werkorganisatie-kempenland.nl>",
     "body": "Beste,\n\nSpijtig genoeg moet ik mijn inschrijving intrekken; er is een bijzondere "
             "gemeenteraad bijgekomen op de elfde. Mijn plaats op de wachtlijst mag dus weg.\n\n"
             "Met vriendelijke groeten,\nLieve Claes"},
    {"id": "h16-rsvp-17", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Hendrik Wessels <h.wessels@hofvantwente-wo.nl>",
     "body": "Goeiendag,\n\nThema's heb ik nog nich, mer ik bin d'r wel bie op 11 maart, dat kan ik al "
             "zeggen.\n\nHendrik"},
    {"id": "h16-rsvp-18", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding bijeenkomst 11 maart Utrecht",
     "sender": "Agnieszka Zielinska <a.zielinska@lingewaalwerkt.nl>",
     "body": "Goede dag,\n\nIk wil mij aanmelden voor de bijeenkomst van het netwerk in Utrecht op de 11 maart. "
             "Ik ben de directeur van Werkorganisatie Lingewaal en ben al lid, maar de uitnodiging is bij mij "
             "verdwenen in de spam.\n\nMet vriendelijke groet,\nAgnieszka Zielinska"},
    # -- SUGGESTION -----------------------------------------------------------------------------------------
    {"id": "h16-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Wim Van den Broeck <w.vandenbroeck@dommeldal.nl>",
     "body": "Geachte,\n\nGraag had ik volgend onderwerp voorgesteld: hoe herzien wij ons sturingsconcept en de "
             "structuur van de directie, nu de werkorganisatie van vier naar zes afdelingen is gegroeid?" + VLAAMS},
    {"id": "h16-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Har Janssen <h.janssen@bmw-heuvelland.nl>",
     "body": "Veur oos is 't groete vraagstök de digitalisering vaan de werkprocesse: alles geit nog op papier "
             "tösse de drie gemeintes. Dat zouw ich gaer ins bespreke.\n\nHar"},
    {"id": "h16-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Sjef van de Ven <sjef.vandeven@dekempenwerkt.nl>",
     "body": "Wat ons bezighoudt: hoe krijgen we onze vier gemeenten op één lijn in de regio? Bij de regiodeal "
             "trekt iedereen z'n eigen plan en dan staan wij als werkorganisatie d'r tussenin.\n\nHoudoe,\nSjef"},
    {"id": "h16-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Gerard Ter Horst <g.terhorst@dinkelland-tubbergen-wo.nl>",
     "body": "Moi,\n\nMien onderwerp: hoe helpt wiej de mensen in de kleine kernen nog good, now de balie in "
             "het gemeentehoes dicht is? Veul olderen könt niks met de website.\n\nGroet'n,\nGerard"},
    {"id": "h16-suggestion-05", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Albert Bolhuis <a.bolhuis@westerkwartier-oldambt.nl>",
     "body": "Moi,\n\nWat ik geern bespreken wil: n visie op de lange termien. Wat willen wie as werkorganisatie "
             "over tien joar wezen, now de bevolken hier kromp?\n\nGroutnis,\nAlbert" + IPHONE},
    {"id": "h16-suggestion-06", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Kees Dregmans <k.dregmans@bevelanden-samen.nl>",
     "body": "Twee dingen:\n- hoe de drie gemeenten samen optrekken in gezamenlijke opgaven as de "
             "energietransitie;\n- hoe we 't ondernemersloket beter maeken, de ondernemers klagen dat ze van "
             "'t kastje naar de muur gaon.\n\nKees"},
    {"id": "h16-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Dr. Klaus Hemmerich <k.hemmerich@grenslandwerkt.nl>",
     "body": "Beste mensen,\n\nIk stel voor als thema: het monitoren van de prestaties van de dienstverlening aan "
             "de burgers. Welke kengetallen gebruiken jullie, en hoe maak je die openbaar? In Duitsland wij "
             "hebben daar goede ervaring mee.\n\nMet vriendelijke groeten\nKlaus Hemmerich"},
    {"id": "h16-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Aylin Yilmaz <a.yilmaz@rivierenlandwerkt.nl>",
     "body": "Hello,\n\nI would like to propose a topic: how do we keep our formation filled? We have more than "
             "forty vacancies open and the labour market is very tight, especially for ICT and finance "
             "people.\n\nRegards,\nAylin"},
    {"id": "h16-suggestion-09", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "mr. H.J.M. van Oosterhout <hjm.vanoosterhout@maasenpeel-wo.nl>",
     "body": "Zeer geachte heer, mevrouw,\n\nOndergetekende geeft u gaarne in overweging het onderwerp: de "
             "inhoudelijke agenda en de bestuurlijke prioriteiten van de werkorganisatie voor de komende "
             "raadsperiode.\n\nHoogachtend,\nmr. H.J.M. van Oosterhout"},
    {"id": "h16-suggestion-10", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": "rob brouwers <r.brouwers@peelgemeenten.nl>",
     "body": "digitalisering en informatieveiligheid is bij ons een groot ding\nen ook hoe we de inwoners beter "
             "helpen via de website en de app"},
    {"id": "h16-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Marek Nowak <m.nowak@oostflakkee-wo.nl>",
     "body": "Goedemorgen,\n\nWij hebben dit jaar drie keer een grote storing in het zaaksysteem gehad en de "
             "vervanging kost een fortuin. Ik wil graag horen hoe de andere fusies hun software kiezen en "
             "inkopen.\n\nGroeten,\nMarek Nowak"},
    {"id": "h16-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Lieve Claes <l.claes@werkorganisatie-kempenland.nl>",
     "body": "Beste,\n\nBij ons is de wachttijd voor een afspraak voor paspoort of rijbewijs opgelopen tot vijf "
             "weken, en de inwoners zijn niet content. Graag had ik met collega's besproken hoe zij dat "
             "oplossen.\n\nMet vriendelijke groeten,\nLieve"},
    {"id": "h16-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Hendrik Wessels <h.wessels@hofvantwente-wo.nl>",
     "body": "Goeiendag,\n\nOnze ene gemeente kijkt noar Enschede, de andere noar de Achterhoek. Hoe blief ie "
             "dan één werkorganisatie as de gemeenten in twee regio's zit? Dat wil ik geern op de agenda.\n\n"
             "Hendrik"},
    {"id": "h16-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn", "sender": "Wim Van den Broeck <w.vandenbroeck@dommeldal.nl>",
     "body": "Geachte,\n\nDank voor de boeiende namiddag. Mag ik u vragen de volgende keer de organisatiecultuur "
             "en het leiderschap na de fusie te behandelen? Twee culturen in één huis, daar worstelen wij "
             "nog dagelijks mee." + VLAAMS},
    {"id": "h16-suggestion-15", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Mehmet Aydin <m.aydin@zaanstreekwerkt.nl>",
     "body": "Beste secretariaat,\n\nOver strategie hebben we de vorige keer al genoeg gepraat, dat hoeft voor mij "
             "niet weer. Ik stel voor: de samenwerking met de regiogemeenten rond de jeugdzorg, en de financiën "
             "van de werkorganisatie, want de begroting komt niet meer rond.\n\nGroet,\nMehmet"},
    {"id": "h16-suggestion-16", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en", "sender": "Marek Nowak <m.nowak@oostflakkee-wo.nl>",
     "body": "Thanks for the nice afternoon, it was very inspiring for me.\n\nFor next time my suggestion is the "
             "long-term vision: where do we want to stand in 2035 as a shared organisation, and which choices "
             "we make now for that.\n\nBest,\nMarek"},
    {"id": "h16-suggestion-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "onderwerp voor het atelier", "sender": "Jan Koene <j.koene@schouwenwerkt.nl>",
     "body": "Goeiemiddag,\n\nEen onderwerp voor 't volgende atelier: hoe meten we of onze dienstverlening an "
             "inwoners beter is geworden sinds de fusie? Met echte cijfers, nie alleen gevoel.\n\nGroeten,\nJan Koene"},
    {"id": "h16-suggestion-18", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "drs. J.W. Mellema <jw.mellema@noordoostpolder-urk-wo.nl>",
     "body": "Geachte heer, mevrouw,\n\nGaarne draag ik de volgende onderwerpen aan:\n1. de positionering van de "
             "werkorganisatie in de regio en ten opzichte van de buurgemeenten;\n2. het sturingsmodel en de "
             "formatie van de concernstaf.\n\nHoogachtend,\ndrs. J.W. Mellema"},
    # -- SUBSCRIBE ------------------------------------------------------------------------------------------
    {"id": "h16-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Inschrijving netwerk",
     "sender": "Bart Vermeulen <b.vermeulen@baroniewerkt.nl>",
     "body": "Geachte,\n\nSinds 1 september ben ik algemeen directeur van de Werkorganisatie Baronie, na vijftien "
             "jaar bij een Vlaamse intercommunale. Graag had ik mij bij uw netwerk aangesloten. Mag ik u "
             "vragen mij in te schrijven?\n\nMet de meeste hoogachting,\nBart Vermeulen"},
    {"id": "h16-subscribe-02", "kind": "subscribe", "thread": None, "subject": "aanmelde",
     "sender": "Mia Houben <m.houben@voerendaal-simpelveld-wo.nl>",
     "body": "Hallo,\n\nIch wil mich graag aanmelde veur 't netwerk van de directeure. Ich bin directeur van "
             "oos werkorganisatie in 't Heuvelland.\n\nGroete,\nMia Houben"},
    {"id": "h16-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap",
     "sender": "Jürgen Albers <j.albers@vechtdalwerkt.nl>",
     "body": "Goedendag,\n\nHiermee wil ik mij aanmelden als lid van het netwerk. Ik ben sinds kort "
             "directeur bij de Werkorganisatie Vechtdal, ik kom uit Nordhorn, dus excuses voor mijn "
             "Nederlands.\n\nMet vriendelijke groeten\nJürgen Albers"},
    {"id": "h16-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Join the network",
     "sender": "Ana Ferreira <a.ferreira@amstelgooiwerkt.nl>",
     "body": "Good afternoon,\n\nPlease can you add me to the network? I am since 1 October the director of the "
             "shared organisation Amstel-Gooi. A colleague told me about your ateliers.\n\nThank you,\nAna Ferreira"},
    {"id": "h16-subscribe-05", "kind": "subscribe", "thread": None,
     "subject": "Verzoek tot inschrijving als lid",
     "sender": "mr. dr. F.C.G. Lodewijks <f.lodewijks@kempengroep-wo.nl>",
     "body": "Zeer geachte dames en heren,\n\nOndergetekende, algemeen directeur van de Kempengroep, verzoekt u "
             "beleefd hem als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties in te "
             "schrijven.\n\nMet de meeste hoogachting,\n\nmr. dr. F.C.G. Lodewijks"},
    {"id": "h16-subscribe-06", "kind": "subscribe", "thread": None, "subject": "aanmelden",
     "sender": "tom de rijk <t.derijk@lingeweerd.nl>",
     "body": "graag aanmelden voor het netwerk ben de nieuwe directeur van werkorganisatie lingeweerd\ntom"},
    {"id": "h16-subscribe-07", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk directeuren",
     "sender": "Ingrid Prins <i.prins@zuidwestfriesland-wo.nl>",
     "body": "Naam: Ingrid Prins\nOrganisatie: Werkorganisatie Zuidwest-Friesland\nFunctie: algemeen directeur\n"
             "E-mail: i.prins@zuidwestfriesland-wo.nl\nTelefoon: 0515 - 48 92 00\n\nIk meld mij hierbij aan als "
             "lid."},
    {"id": "h16-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Aanmelding collega",
     "sender": "Gerard Ter Horst <g.terhorst@dinkelland-tubbergen-wo.nl>",
     "body": "Moi,\n\nOnze nieje directeur bedrijfsvoering wil ok geern lid worden. Meld heur mor an: Sanne "
             "Oude Luttikhuis, s.oudeluttikhuis@dinkelland-tubbergen-wo.nl. Ze wet er van.\n\nGroet'n,\nGerard"},
    {"id": "h16-subscribe-09", "kind": "subscribe", "thread": None, "subject": "lid worre",
     "sender": "Toon Verhoeven <t.verhoeven@meierijwerkt.nl>",
     "body": "Hallo,\n\nIk wil ok graag lid worren van oe netwerk. Ik ben sinds deze maand directeur van de "
             "werkorganisatie hier in de Meierij.\n\nHoudoe,\nToon Verhoeven"},
    {"id": "h16-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Roelf Kamminga <r.kamminga@eemsdeltawerkt.nl>",
     "body": "Moi,\n\nIk wil geern mitdoun mit joen netwerk, wil ie mie aanmelden? Ik bin directeur van de "
             "werkorganisatie Eemsdelta.\n\nGroutnis,\nRoelf Kamminga"},
    {"id": "h16-subscribe-11", "kind": "subscribe", "thread": None, "subject": "Informatie netwerk ontvangen",
     "sender": "Olga Petrova <o.petrova@heuvelrugwerkt.nl>",
     "body": "Goedemiddag,\n\nGraag word ik op de hoogte gehouden over de ateliers en de andere activiteiten van "
             "het netwerk. Ik ben directeur van de Werkorganisatie Heuvelrug sinds de zomer.\n\n"
             "Vriendelijke groeten,\nOlga Petrova" + DISCLAIMER},
    {"id": "h16-subscribe-12", "kind": "subscribe", "thread": None, "subject": "subscription",
     "sender": "Pieter-Jan Okafor <pj.okafor@deltagemeenten.nl>",
     "body": "Hi,\n\nI'd like to subscribe to the mailings of the network. My Dutch is not so good yet, but I "
             "read it well enough.\n\nCheers,\nPieter-Jan Okafor\nDirector, Deltagemeenten shared services"},
    {"id": "h16-subscribe-13", "kind": "subscribe", "thread": None, "subject": "opgeve",
     "sender": "Wim Provoost <w.provoost@walcherenwerkt.nl>",
     "body": "Goeiendag,\n\nIk wou me graeg opgeve as lid van jullie netwerk. Ik bin directeur van de "
             "werkorganisatie op Walcheren.\n\nGroeten,\nWim Provoost" + SAMSUNG},
    {"id": "h16-subscribe-14", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Bart Vermeulen <b.vermeulen@baroniewerkt.nl>",
     "body": "Geachte,\n\nDit was een vergissing van ons secretariaat, het was niet mijn bedoeling. Gelieve mij "
             "lid te laten blijven.\n\nMet vriendelijke groeten,\nBart Vermeulen"},
    # -- UNSUBSCRIBE ----------------------------------------------------------------------------------------
    {"id": "h16-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijving", "sender": "Lieve Claes <l.claes@werkorganisatie-kempenland.nl>",
     "body": "Beste,\n\nGelieve mij uit te schrijven uit het netwerk. Ik keer in april terug naar Antwerpen en "
             "ben dan geen directeur meer hier.\n\nMet de meeste hoogachting,\nLieve Claes"},
    {"id": "h16-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "oetsjrieve", "sender": "Har Janssen <h.janssen@bmw-heuvelland.nl>",
     "body": "Hoi,\n\nIch goon per 1 mei mit pensioen. Doe mich mer oet de ledelies, ich höb d'r niks mie "
             "aan.\n\nHar"},
    {"id": "h16-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Afmelding en verwijderen gegevens",
     "sender": "Jürgen Albers <j.albers@vechtdalwerkt.nl>",
     "body": "Goedendag,\n\nIk wil mij afmelden bij het netwerk en verzoek u alle mijn gegevens te wissen volgens "
             "de AVG (bij ons DSGVO).\n\nMet vriendelijke groeten\nJürgen Albers"},
    {"id": "h16-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Ana Ferreira <a.ferreira@amstelgooiwerkt.nl>",
     "body": "Hello,\n\nPlease remove me from your list and delete all my personal data, according to GDPR. I "
             "do not want any more mails from this network.\n\nAna Ferreira"},
    {"id": "h16-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek ex artikel 17 AVG",
     "sender": "mr. H.J.M. van Oosterhout <hjm.vanoosterhout@maasenpeel-wo.nl>",
     "body": "Zeer geachte heer, mevrouw,\n\nOndergetekende verzoekt u, met een beroep op artikel 17 van de "
             "Algemene verordening gegevensbescherming, zijn persoonsgegevens uit uw bestanden te verwijderen "
             "en hem geen berichten meer te zenden.\n\nHoogachtend,\nmr. H.J.M. van Oosterhout"},
    {"id": "h16-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "opvolger", "sender": "Gerard Ter Horst <g.terhorst@dinkelland-tubbergen-wo.nl>",
     "body": "Moi,\n\nIk goa per 1 april met pensioen. Mien opvolger is Herman Brinkhuis, "
             "h.brinkhuis@dinkelland-tubbergen-wo.nl, hee nemt mien plek in het netwerk over.\n\n"
             "Groet'n,\nGerard Ter Horst"},
    {"id": "h16-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Sjef van de Ven <sjef.vandeven@dekempenwerkt.nl>",
     "body": "Ik kom nie, en ge mag me ok meteen van de lijst afhalen: ik stop bij de werkorganisatie en "
             "daarmee ok met het netwerk.\n\nHoudoe,\nSjef"},
    {"id": "h16-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "afmelden",
     "sender": "bas kuiper <b.kuiper@waterlandwerkt.nl>",
     "body": "afmelden aub ik werk niet meer bij de gemeente"},
    {"id": "h16-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Albert Bolhuis <a.bolhuis@westerkwartier-oldambt.nl>",
     "body": "Moi,\n\nGain thema's van mie. Ik stop mit het netwerk, haal mie der mor of.\n\nAlbert"},
    {"id": "h16-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Marek Nowak <m.nowak@oostflakkee-wo.nl>",
     "body": "This was not me, I did not sign up for this."},
    {"id": "h16-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "van de lijst", "sender": "Jan Koene <j.koene@schouwenwerkt.nl>",
     "body": "Goeiendag,\n\nWil me van de maillijst afhaele? 'k Bin nie meer de directeur, sinds januari zit 'k "
             "bij 't waterschap.\n\nGroeten,\nJan Koene"},
    {"id": "h16-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "notes-wrote", "sender": "drs. J.W. Mellema <jw.mellema@noordoostpolder-urk-wo.nl>",
     "body": "Geachte heer, mevrouw,\n\nPer 1 mei a.s. neemt mevrouw drs. C.A. Verhulst "
             "(c.verhulst@noordoostpolder-urk-wo.nl) mijn functie over. Gaarne neem ik op die datum afscheid "
             "van het netwerk; mevrouw Verhulst treedt in mijn plaats.\n\nHoogachtend,\ndrs. J.W. Mellema"},
    # -- CONFIRM --------------------------------------------------------------------------------------------
    {"id": "h16-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Bart Vermeulen <b.vermeulen@baroniewerkt.nl>",
     "body": "Geachte,\n\nBij deze bevestig ik mijn inschrijving.\n\nMet vriendelijke groeten,\nBart Vermeulen"},
    {"id": "h16-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Ana Ferreira <a.ferreira@amstelgooiwerkt.nl>", "body": ""},
    {"id": "h16-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "tom de rijk <t.derijk@lingeweerd.nl>", "body": "ja"},
    {"id": "h16-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Pieter-Jan Okafor <pj.okafor@deltagemeenten.nl>",
     "body": "I confirm my subscription, thank you very much." + IPHONE},
    {"id": "h16-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "mr. dr. F.C.G. Lodewijks <f.lodewijks@kempengroep-wo.nl>",
     "body": "Zeer geachte dames en heren,\n\nGaarne bevestig ik hierbij mijn aanmelding.\n\nHoogachtend,\n"
             "mr. dr. F.C.G. Lodewijks"},
    {"id": "h16-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Mia Houben <m.houben@voerendaal-simpelveld-wo.nl>",
     "body": "Jao, dat klop, dat bin ich. Groete, Mia"},
    {"id": "h16-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "roelf kamminga <r.kamminga@eemsdeltawerkt.nl>",
     "body": "bevestigd gr roelf"},
    {"id": "h16-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Jürgen Albers <j.albers@vechtdalwerkt.nl>",
     "body": "Goedendag,\n\nEntschuldigung voor de late reactie. Ja, ik wil graag lid worden, hierbij bevestig "
             "ik.\n\nMet vriendelijke groeten\nJürgen Albers"},
    {"id": "h16-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Wim Provoost <w.provoost@walcherenwerkt.nl>",
     "body": "Klopt, ik wou lid worre. Groeten, Wim"},
    {"id": "h16-confirm-10", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Toon Verhoeven <t.verhoeven@meierijwerkt.nl>",
     "body": "Jazeker, da was ik. Bevestigd.\n\nToon"},
    # -- AUTOREPLY ------------------------------------------------------------------------------------------
    {"id": "h16-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Wim Van den Broeck <w.vandenbroeck@dommeldal.nl>",
     "body": "Goeiedag,\n\nIk ben afwezig tot en met 15 maart. Voor dringende zaken gelieve contact op te nemen "
             "met mijn assistente, mevrouw Els Peeters (e.peeters@dommeldal.nl).\n\nMet vriendelijke groeten,\n"
             "Wim Van den Broeck"},
    {"id": "h16-autoreply-02", "kind": "autoreply", "thread": T, "headers": {"Precedence": "auto_reply"},
     "subject": "Out of Office: Welke thema's wilt u bespreken?",
     "sender": "Aylin Yilmaz <a.yilmaz@rivierenlandwerkt.nl>",
     "body": "Dear sender,\n\nI am out of office until 8 March with limited access to my e-mail. For urgent "
             "matters please contact the secretariat, 0344 - 61 20 00.\n\nKind regards,\nAylin Yilmaz"},
    {"id": "h16-autoreply-03", "kind": "autoreply", "thread": R, "headers": {"X-Autoreply": "yes"},
     "subject": "Afwezigheidsbericht",
     "sender": "mr. H.J.M. van Oosterhout <hjm.vanoosterhout@maasenpeel-wo.nl>",
     "body": "Dank voor uw bericht. Ondergetekende is wegens verlof afwezig tot maandag 8 maart a.s. Uw "
             "bericht wordt na zijn terugkeer in behandeling genomen. Voor spoedeisende aangelegenheden kunt "
             "u zich wenden tot het directiesecretariaat, telefoon 0485 - 58 40 00."},
    {"id": "h16-autoreply-04", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Abwesenheitsnotiz / Afwezig", "sender": "Dr. Klaus Hemmerich <k.hemmerich@grenslandwerkt.nl>",
     "body": "Ich bin bis einschließlich 12. März nicht im Büro.\nIk ben tot en met 12 maart niet op kantoor. Uw "
             "e-mail wordt niet doorgestuurd.\n\nKlaus Hemmerich"},
    {"id": "h16-autoreply-05", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Mehmet Aydin <m.aydin@zaanstreekwerkt.nl>",
     "body": "Dit is een automatisch antwoord. Ik ben met vakantie en lees mijn e-mail niet tot 14 maart. "
             "Uw bericht wordt niet doorgestuurd."},
    {"id": "h16-autoreply-06", "kind": "autoreply", "thread": None,
     "headers": {"Auto-Submitted": "auto-generated"}, "subject": "Ontvangstbevestiging",
     "sender": "Gemeente Oostflakkee <info@oostflakkee-wo.nl>",
     "body": "Geachte afzender,\n\nUw e-mail is ontvangen. Wij streven ernaar u binnen vijf werkdagen een "
             "inhoudelijke reactie te geven.\n\nMet vriendelijke groet,\nKlantcontactcentrum"},
    {"id": "h16-autoreply-07", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": "Automatisch antwoord: gewijzigd e-mailadres",
     "sender": "Jan Koene <j.koene@schouwenwerkt.nl>",
     "body": "Dit e-mailadres wordt niet meer gelezen. Mijn nieuwe adres is j.koene@waterschapdelta.nl. Uw "
             "bericht is niet doorgestuurd."},
    {"id": "h16-autoreply-08", "kind": "autoreply", "thread": R, "headers": {"Precedence": "bulk", **AUTO},
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Roelf Kamminga <r.kamminga@eemsdeltawerkt.nl>",
     "body": "Goedendag,\n\nIk ben tot 10 maart afwezig in verband met een studiereis. Daarna beantwoord ik uw "
             "bericht zo snel mogelijk.\n\nRoelf Kamminga"},
    # -- OTHER ----------------------------------------------------------------------------------------------
    {"id": "h16-other-01", "kind": "other", "thread": None, "subject": "Vraag lidmaatschap",
     "sender": "Bart Vermeulen <b.vermeulen@baroniewerkt.nl>",
     "body": "Geachte,\n\nMag ik u vragen of ook adjunct-directeurs lid kunnen worden van het netwerk? Bij ons "
             "deelt de adjunct de directie met mij.\n\nMet vriendelijke groeten,\nBart Vermeulen"},
    {"id": "h16-other-02", "kind": "other", "thread": None, "subject": "Toegankelijkheid locatie vorig atelier",
     "sender": "drs. J.W. Mellema <jw.mellema@noordoostpolder-urk-wo.nl>",
     "body": "Zeer geachte heer, mevrouw,\n\nOndergetekende, die zich sinds enige tijd met een rolstoel "
             "verplaatst, heeft bij het vorige atelier moeten vaststellen dat de zaal alleen via een trap "
             "bereikbaar was. Gaarne verneem ik hoe u dit bij volgende bijeenkomsten denkt te voorkomen.\n\n"
             "Hoogachtend,\ndrs. J.W. Mellema"},
    {"id": "h16-other-03", "kind": "other", "thread": None, "subject": "Presentation offer for your atelier",
     "sender": "Kristjan Tamm <kristjan@govplatform.ee>",
     "body": "Dear sirs,\n\nWe are a software company from Tallinn that make a platform for shared municipal "
             "services. We would like very much to present our solution at your next atelier, 20 minutes is "
             "enough. When can we make an appointment?\n\nBest regards,\nKristjan Tamm\nSales Director Benelux"},
    {"id": "h16-other-04", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Mia Houben <m.houben@voerendaal-simpelveld-wo.nl>",
     "body": "Hallo,\n\nIch wil mich kandidaat stelle veur de Adviesraad vaan 't netwerk. Ich höb al tien jaor "
             "ervaring mit ambtelijke fusies hie in 't zuje. Wie geit dat in zien werk?\n\nGroete,\nMia Houben"},
    {"id": "h16-other-05", "kind": "other", "thread": None, "subject": "aanmelding directeur",
     "sender": "Ria van Gils <secretariaat@baronieoost-wo.nl>",
     "body": "Goeiemiddag,\n\nHierbij meld ik onzen directeur, meneer Van Gils, aan als lid van jullie netwerk. "
             "Hij heeft het zelf te druk om te mailen.\n\nGroetjes,\nRia\nsecretariaat directie"},
    {"id": "h16-other-06", "kind": "other", "thread": None, "subject": "Uitschrijving collega",
     "sender": "Lieve Claes <l.claes@werkorganisatie-kempenland.nl>",
     "body": "Beste,\n\nGelieve mevrouw An Wouters uit te schrijven; zij is sinds vorige maand niet meer bij ons "
             "in dienst.\n\nMet vriendelijke groeten,\nLieve Claes"},
    {"id": "h16-other-07", "kind": "other", "thread": None, "subject": "Wijziging e-mailadres directeur",
     "sender": "Secretariaat directie <directiesecretariaat@maasenpeel-wo.nl>",
     "body": "Geachte heer, mevrouw,\n\nGaarne verzoeken wij u het e-mailadres van onze algemeen directeur, "
             "mr. H.J.M. van Oosterhout, te wijzigen in directeur@maasenpeel-wo.nl. Het oude adres komt per "
             "1 april te vervallen.\n\nHoogachtend,\nDirectiesecretariaat"},
    {"id": "h16-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Dr. Klaus Hemmerich <k.hemmerich@grenslandwerkt.nl>",
     "body": "Beste mensen,\n\nIk kom graag, maar mag ik mijn collega uit Kleve meebrengen? Hij spreekt geen "
             "Nederlands, alleen Duits en Engels. Is dat een probleem voor de sessie?\n\nMet vriendelijke "
             "groeten\nKlaus Hemmerich"},
    {"id": "h16-other-09", "kind": "other", "thread": None, "subject": "kosten",
     "sender": "Hendrik Wessels <h.wessels@hofvantwente-wo.nl>",
     "body": "Goeiendag,\n\nWat kost dat lidmaotschap eigenlijk per joar, en mot dat via de gemeenteraad? Dan "
             "wet ik of ik het veurleggen mot.\n\nHendrik"},
    {"id": "h16-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Pieter-Jan Okafor <pj.okafor@deltagemeenten.nl>",
     "body": "Hello,\n\nIs the atelier also possible in English, or at least the slides? I am not fluent in Dutch "
             "conversation yet.\n\nThanks,\nPieter-Jan"},
    {"id": "h16-other-11", "kind": "other", "thread": None, "subject": "Interviewverzoek PZC",
     "sender": "Nelleke Minderhoud <n.minderhoud@zeeuwschecourant.nl>",
     "body": "Goeiemiddag,\n\nIk bin verslaggever bij de Zeeuwsche Courant en schrijf een stik over ambtelijke "
             "fusies in Zeeland. Zou ik iemand van het netwerk kunnen spreken, deze week nog?\n\nMet "
             "vriendelijke groet,\nNelleke Minderhoud\n06 - 41 27 88 03"},
    {"id": "h16-other-12", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Albert Bolhuis <a.bolhuis@westerkwartier-oldambt.nl>",
     "body": "Moi,\n\nIk heb mie nait aanmeld. Woar hebben jim mien adres vandoan, en wel het dat doan?\n\nAlbert"},
    {"id": "h16-other-13", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "rob brouwers <r.brouwers@peelgemeenten.nl>",
     "body": "waarom krijg ik deze uitnodiging nu al voor de derde keer werkt jullie systeem wel goed" + IPHONE},
    {"id": "h16-other-14", "kind": "other", "thread": None, "subject": "Lidmaatschap, vraag vooraf",
     "sender": "Agnieszka Zielinska <a.zielinska@maasdelta-io.nl>",
     "body": "Goede dag,\n\nIk wil graag lid worden, maar is dat ook mogelijk als onze ambtelijke fusie pas per 1 "
             "januari 2028 ingaat? Nu zijn wij nog in de voorbereiding.\n\nMet vriendelijke groet,\n"
             "Agnieszka Zielinska\nkwartiermaker"},
    {"id": "h16-other-15", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Jürgen Albers <j.albers@vechtdalwerkt.nl>",
     "body": "Goedendag,\n\nDe link naar het verslag werkt bij mij niet, ik krijg een fout 404. Kunt u mij het "
             "verslag als PDF toesturen?\n\nMet vriendelijke groeten\nJürgen Albers"},
    {"id": "h16-other-16", "kind": "other", "thread": None, "subject": "Onze directeur",
     "sender": "Secretariaat <secretariaat@eemsdeltawerkt.nl>",
     "body": "Goedemorgen,\n\nOnze directeur, de heer Kamminga, is voor onbepaalde tijd met ziekteverlof. Wilt u "
             "hem voorlopig geen uitnodigingen meer sturen? Wij laten weten wanneer hij terug is.\n\n"
             "Met vriendelijke groet,\nSecretariaat directie"},
    {"id": "h16-other-17", "kind": "other", "thread": None, "subject": "collega aanmelden",
     "sender": "Har Janssen <h.janssen@bmw-heuvelland.nl>",
     "body": "Hoi,\n\nKinne jullie ouch mien collega Marieke Brands aanmelde? Zie is onze nuje manager "
             "bedrijfsvoering.\n\nHar"},
    {"id": "h16-other-18", "kind": "other", "thread": None, "subject": "Research request - PhD on shared services",
     "sender": "Lucía Romero <l.romero@student.uu.nl>",
     "body": "Dear secretariat,\n\nI am PhD researcher at Utrecht University and I study shared municipal "
             "organisations. Is it possible to interview some members of your network, or to send a short "
             "survey via your mailing list?\n\nKind regards,\nLucía Romero"},
    {"id": "h16-other-19", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Toon Verhoeven <t.verhoeven@meierijwerkt.nl>",
     "body": "Hallo,\n\nIs er bij da Stadskantoor ok ergens plek om te parkeren, of moet ik mee de trein? Ik heb "
             "geen idee hoe da daar zit.\n\nHoudoe,\nToon"},
    {"id": "h16-other-20", "kind": "other", "thread": None, "subject": "Volgend atelier in Zeeland?",
     "sender": "Kees Dregmans <k.dregmans@bevelanden-samen.nl>",
     "body": "Goeiendag,\n\nWe bieden an om 't volgende atelier bie ons in Goes te houden. Zaal, koffie en lunch "
             "regelen wij. Zeg maer wanneer 't jullie past, dan kunnen we 't bespreken.\n\nGroeten uut Zeeland,\n"
             "Kees"},
]
# fmt: on
