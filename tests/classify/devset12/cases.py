"""The twelfth labelled set's cases (issue 17): consequential acts and their look-alikes, written without reading
the classifier, each labelled as the secretariat should treat it; cases that could not be labelled with confidence
were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``; replies to the waiting-list,
substitute, change and cancellation mails carry ``invitation``. Inline answers carry our quoted lines in ``body``
themselves and no ``quoted``; so do replies that quote an older mail of the writer's own below ours. A hand-over to
a named successor is ``unsubscribe`` (the secretariat takes it on); leaving only the atelier is an RSVP; a request
about someone else, a question, a complaint, an access request or a change of address is ``other``; a sign-up of a
named colleague with the colleague's own address is ``subscribe``; denying a sign-up in reply to our confirmation
request is ``unsubscribe`` without erasure.
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
ANDROID = "\n\nVerzonden met Outlook voor Android"
IPAD_EN = "\n\nSent from my iPad"
GALAXY = "\n\nVerzonden vanaf mijn Samsung-apparaat"
DISCLAIMER = (
    "\n\n--\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Aan dit bericht kunnen geen rechten worden ontleend. Werkorganisatie Lindewaarde verwerkt persoonsgegevens "
    "volgens de Algemene verordening gegevensbescherming; zie www.lindewaarde.nl/privacy."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. Please consider the environment before printing."
)
SIG_KEMPEN = (
    "\n\nMet vriendelijke groet,\n\nmr. H.J. (Harm) Coppens\nalgemeen directeur\nWerkorganisatie Kempenhart\n"
    "T 040 - 208 77 10 | M 06 - 41 88 20 39"
)
SIG_VECHT = (
    "\n\nGroet,\n\nAnneloes Tiemens\ndirecteur bedrijfsvoering | Samenwerkingsorganisatie Vechtdal-Midden\n"
    "(ma t/m do bereikbaar)"
)
HEUVEL = "\n\nGroetjes vanuit het zuiden,\nJeu Hermans\nalgemeen directeur Werkorganisatie Heuvelzoom"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- leaving the network, in many wordings and every thread ---------------------------------------------
    {"id": "d12-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gerrit Wolthuis <g.wolthuis@duinstreek-oost.nl>",
     "body": "Beste Stan en Melanie,\n\nOp 11 maart zit ik al in de camper richting de Algarve: per 1 maart ga ik "
             "met vervroegd pensioen. Dus niet alleen niet naar het atelier, ik verdwijn ook van jullie lijst. "
             "Schrap mij maar als lid.\n\nHet ga jullie goed,\nGerrit"},
    {"id": "d12-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Ilse Voorthuis <ivoorthuis@werkorganisatie-lindewaarde.nl>",
     "body": "Geen suggesties meer van mijn kant: ik ben per 1 februari griffier van een grote stad en hoor dus "
             "niet meer bij de doelgroep. Wilt u mij uit het ledenbestand schrappen?\n\nGroet, Ilse"},
    {"id": "d12-unsubscribe-03", "kind": "unsubscribe", "erase": False, "subject": "Uitschrijving i.v.m. fusie",
     "sender": "R. Meijerink <r.meijerink@polderwerk.nl>",
     "body": "Goedemorgen,\n\nDoor het opgaan van Polderwerk in de nieuwe Werkorganisatie De Vijf Polders "
             "vervalt mijn functie per 1 januari. Ik zou daarom graag per die datum uitgeschreven worden als lid "
             "van uw netwerk.\n\nMet vriendelijke groet,\nRonald Meijerink" + DISCLAIMER},
    {"id": "d12-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple", "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "STOP" + IPHONE},
    {"id": "d12-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "haal me er maar af, ik zit sinds de zomer bij de provincie en kom toch nooit meer naar die dingen"
             + IPHONE},
    {"id": "d12-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Dank voor de uitnodigingen door de jaren heen, maar voor mij is het niet meer nodig: onze "
             "samenwerking is per 1 januari ontvlochten en ik ben weer gemeentesecretaris van een enkele "
             "gemeente. U mag mij van de verzendlijst van het netwerk afhalen.\n\nW.F. Brandsma"},
    {"id": "d12-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Peter Langeveld <p.langeveld@grensdal.nl>",
     "body": "Hello,\n\nPlease remove me from the network's mailing list. I have accepted a position in the "
             "private sector and won't be able to contribute any more.\n\nBest regards,\nPeter Langeveld"
             + DISCLAIMER_EN},
    {"id": "d12-unsubscribe-08", "kind": "unsubscribe", "erase": False, "subject": "Unsubscribe",
     "sender": "Karen Ostendorf <k.ostendorf@eemland-noord.nl>",
     "body": "Dear secretariat,\n\nI'm retiring at the end of this month, so please stop sending me the "
             "network's emails. It has been a real pleasure.\n\nWarm regards,\nKaren"},
    {"id": "d12-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nVorige week heb ik mij aangemeld, maar bij nader inzien past het netwerk niet bij "
             "mijn rol: ik ben concerncontroller, geen directeur. Wilt u mijn lidmaatschap ongedaan maken?\n\n"
             "Vriendelijke groet,\nSander Oudshoorn"},
    {"id": "d12-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple",
     "body": "Mooie middag was het, en meteen mijn laatste: ik neem in april afscheid van de werkorganisatie en "
             "daarmee ook van het netwerk. Graag uitschrijven dus.\n\nMarga" + IPHONE},
    {"id": "d12-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "groupwise",
     "body": "Die wachtlijstplek mag u aan een ander geven, en eigenlijk alles: ik wil geen berichten van het "
             "netwerk meer ontvangen.\n\nJ. Terpstra"},
    {"id": "d12-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "notes-wrote",
     "body": "Alweer een verschuiving. Ik heb er eerlijk gezegd geen energie meer voor; zet mij maar uit het "
             "netwerk.\n\nLeon Hazenberg"},
    {"id": "d12-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "annulering_atelier",
     "quote": "outlook-en",
     "body": "Jammer van de annulering. Meteen een goed moment om te melden dat ik na 1 april niet meer in "
             "dienst ben bij de werkorganisatie; wilt u mijn lidmaatschap per die datum laten eindigen?\n\n"
             "Hartelijke groet,\nDorien Mulder"},
    {"id": "d12-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Frits Bosman <f.bosman@maasbeemden.nl>",
     "body": "Beste secretariaat,\n\nOp 11 maart kan ik niet, en daarna ook niet meer: ik ga naar het Rijk. "
             "Meld me dus helemaal af, niet alleen voor dit atelier.\n\nGroet,\nFrits Bosman" + ANDROID},
    {"id": "d12-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nNee.\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nJa, graag. Ik ben per 1 februari met pensioen.\n\nGr. Hans Elzinga"},
    {"id": "d12-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "GRAAG MIJN NAAM VAN UW VERZENDLIJST HALEN. IK WERK NIET MEER BIJ DE WERKORGANISATIE EN KOM DUS OOK "
             "NIET.\n\nB. KLOOSTERMAN"},
    {"id": "d12-unsubscribe-17", "kind": "unsubscribe", "erase": False, "subject": "unsubscribe pls",
     "body": "Hi, kun je me unsubscriben? Ik ben sinds januari partner bij een adviesbureau, dus dit netwerk is "
             "niet meer voor mij. Thx!\n\nDaan"},
    {"id": "d12-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste,\n\nik wil graag afgemled worden van het netwerk ivm vertrek naar andere wergever per 1-3.\n\n"
             "mvg Johan Pieters"},
    {"id": "d12-unsubscribe-19", "kind": "unsubscribe", "erase": False,
     "subject": "Beëindiging deelname Netwerk directeuren ambtelijke fusieorganisaties",
     "sender": "drs. E.M. van Haersma <e.vanhaersma@werkorganisatie-lindewaarde.nl>",
     "body": "Geacht secretariaat,\n\nGelet op mijn benoeming tot burgemeester van de gemeente Oosterbeemd per "
             "15 april aanstaande, verzoek ik u mijn deelname aan het netwerk met ingang van die datum te "
             "beëindigen. Ik dank u voor de prettige samenwerking in de afgelopen jaren.\n\nHoogachtend,\n\n"
             "drs. E.M. van Haersma\nalgemeen directeur Werkorganisatie Lindewaarde" + DISCLAIMER},
    {"id": "d12-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "Ik trek me terug uit het netwerk, dus voor de 11e hoeft u ook geen plek meer voor mij vrij te "
             "houden.\n\nYvonne"},
    {"id": "d12-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise",
     "body": "No longer needed: our shared service organisation was dissolved on 1 January. Please take me off "
             "the distribution list.\n\nRegards, T. van Duin"},
    {"id": "d12-unsubscribe-22", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "gmail",
     "body": "hoi, volgens mij heeft ons secretariaat mij per ongeluk aangemeld. ik hoef hier geen lid van te "
             "zijn, wil je me er weer afhalen? dank je\n\nlotte"},
    {"id": "d12-unsubscribe-23", "kind": "unsubscribe", "erase": False, "subject": "Afmelding lidmaatschap per 1 juni",
     "sender": "Marjolein Schuurman <m.schuurman@vechtdal-midden.nl>",
     "body": "Zie onderwerp. Wie mij opvolgt is nog niet bekend; dat laat ik te zijner tijd weten.\n\n"
             "Groet, Marjolein"},
    {"id": "d12-unsubscribe-24", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Een onderwerp draag ik niet aan. Ik wil er liever mee ophouden: het netwerk sluit te weinig aan bij "
             "een kleine werkorganisatie als de onze. Wilt u mij uitschrijven?\n\nMet vriendelijke groet,\n"
             "G. Hofstede"},
    {"id": "d12-unsubscribe-25", "kind": "unsubscribe", "erase": False, "subject": "laatste werkdag",
     "sender": "Nicole Bakhuis <n.bakhuis@heuvelzoom.nl>",
     "body": "Beste Melanie,\n\nVandaag is mijn laatste werkdag, morgen wordt dit adres opgeheven. Wil je mij "
             "nog even van de ledenlijst van het netwerk schrappen?\n\nHet was me een genoegen!\nNicole"},
    {"id": "d12-unsubscribe-26", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Sorry, I won't make it - and frankly I'd rather leave the network altogether. Could you "
             "unsubscribe me?\n\nMaarten" + IPAD_EN},
    {"id": "d12-unsubscribe-27", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Dank voor de uitnodiging. Ik wens echter geen verdere correspondentie van het netwerk te "
             "ontvangen.\n\nA.C. Vermeulen"},
    {"id": "d12-unsubscribe-28", "kind": "unsubscribe", "erase": False, "subject": "uitschrijving",
     "sender": "Bart Goossens <bart.goossens@intercommunale-kempen.be>",
     "body": "Beste,\n\nGelieve mij uit te schrijven uit jullie mailinglijst. Ik ben niet langer actief in een "
             "Nederlands samenwerkingsverband en de berichten zijn voor mij dus niet meer relevant.\n\n"
             "Met vriendelijke groeten,\nBart Goossens"},
    {"id": "d12-unsubscribe-29", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Hoi, ich stop d'r mit. Meld mich mer aaf veur 't netwerk.\n\n(Voor wie geen Limburgs leest: ik "
             "stop ermee, meld mij maar af voor het netwerk.)" + HEUVEL},
    {"id": "d12-unsubscribe-30", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Count me out - not just for the atelier but for the network as a whole. I'm stepping down as "
             "director on 1 March.\n\nIngrid"},
    {"id": "d12-unsubscribe-31", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "uitschrijven aub - dank"},
    {"id": "d12-unsubscribe-32", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "doorgestuurd",
     "body": "Dit was voor mij het laatste atelier: per 1 april ben ik weg bij de werkorganisatie. Meld mij "
             "maar af bij het netwerk, en dank voor alles.\n\nFrank"},
    {"id": "d12-unsubscribe-33", "kind": "unsubscribe", "erase": False, "subject": "Opzegging",
     "body": "Geachte heer Van de Laar,\n\nPer 1 maart start ik als bestuurder van een zorginstelling. Mijn "
             "gemeentelijke periode is daarmee voorbij; ik verzoek u mijn lidmaatschap van het netwerk op te "
             "zeggen.\n\nMet vriendelijke groet,\nC.J. Timmers"},
    {"id": "d12-unsubscribe-34", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nDirk gaf mij op als zijn vervanger, maar ik blijk ook op uw ledenlijst te "
             "staan. Dat hoeft niet meer: ik ga volgende maand weg bij de organisatie. Wilt u mij als lid "
             "afvoeren? Voor 11 maart zoekt Dirk iemand anders.\n\nGroet,\nEsther Verkerk"},
    {"id": "d12-unsubscribe-35", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "notes-wrote", "sender": "Theo Rikkers <t.rikkers@grensdal.nl>",
     "body": "Dank voor het welkom, maar ik kom erop terug. Ons MT heeft besloten dat de loco-directeur "
             "voortaan de externe netwerken bezoekt en ik niet. U mag mij dus weer afmelden.\n\nTheo Rikkers"},
    {"id": "d12-unsubscribe-61", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "bedankt_suggestie",
     "quote": "outlook-nl",
     "body": "Graag gedaan. Het is wel mijn laatste bijdrage: met ingang van 1 maart geniet ik van mijn pensioen. "
             "Wilt u mij per die datum als lid uitschrijven?\n\nHartelijke groet,\nJ.G. Nijenhuis"},
    # -- erasure under the AVG/GDPR -------------------------------------------------------------------------
    {"id": "d12-unsubscribe-36", "kind": "unsubscribe", "erase": True,
     "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
     "sender": "mr. L.P. Dorrestein <l.dorrestein@eemland-noord.nl>",
     "body": "Geacht secretariaat,\n\nHierbij doe ik een beroep op mijn recht op gegevenswissing als bedoeld "
             "in artikel 17 van de Algemene verordening gegevensbescherming. Ik verzoek u al mijn "
             "persoonsgegevens die in verband met het netwerk zijn vastgelegd te wissen en mij hiervan binnen "
             "de wettelijke termijn van een maand schriftelijk bevestiging te geven.\n\nHoogachtend,\n\n"
             "mr. L.P. Dorrestein"},
    {"id": "d12-unsubscribe-37", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Nee, ik kom niet. Sterker: vergeet mij alstublieft, in de zin van de AVG. Wis alles wat u van mij "
             "heeft.\n\nR. Schipper"},
    {"id": "d12-unsubscribe-38", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Dear Sir or Madam,\n\nUnder Article 17 GDPR I request the erasure of all personal data you hold "
             "about me. I also wish to stop receiving your mailings.\n\nYours faithfully,\nJ. Akkerman"},
    {"id": "d12-unsubscribe-39", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nIk heb mij bedacht. Wilt u mijn aanmelding intrekken en mijn naam en e-mailadres "
             "volledig uit uw systemen wissen (AVG)?\n\nMet vriendelijke groet,\nSaskia Roelofs"},
    {"id": "d12-unsubscribe-40", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "ben vertrokken bij de werkorganisatie. graag afmelden én mijn gegevens uit jullie database halen, "
             "ik wil niet dat die nog ergens rondslingeren (avg)" + IPHONE},
    {"id": "d12-unsubscribe-41", "kind": "unsubscribe", "erase": True, "subject": "Overdracht en AVG",
     "body": "Beste Stan,\n\nPer 1 mei neemt Jolanda Westra (j.westra@maasbeemden.nl) mijn rol over; zij meldt "
             "zich binnenkort zelf bij jullie. Mijn eigen gegevens wil ik graag volledig laten verwijderen, "
             "conform de AVG.\n\nGroet,\nPaul Rademaker"},
    {"id": "d12-unsubscribe-42", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "graag uitschrijven en al mijn gegevens wissen svp. recht op vergetelheid.\n\nmvg\nkees"},
    {"id": "d12-unsubscribe-43", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-lijn",
     "body": "Dank voor het verslag. Ik zie dat mijn naam en foto op de website bij het verslag staan; daar heb "
             "ik nooit toestemming voor gegeven. Verwijder mij uit het netwerk en uit al uw bestanden, op grond "
             "van art. 17 AVG.\n\nMarieke Snoek"},
    {"id": "d12-unsubscribe-44", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Please forget me. Ik wil geen lid meer zijn en ik wil dat u mijn persoonsgegevens vernietigt, "
             "zoals de GDPR mij toestaat.\n\nH. Landman"},
    {"id": "d12-unsubscribe-45", "kind": "unsubscribe", "erase": True,
     "subject": "Request for erasure / verzoek tot verwijdering",
     "body": "Hello,\n\nI left local government last year and would like to be removed from the network, "
             "including every record you keep of me (right to be forgotten, GDPR).\n\nThanks,\nNora Veenstra"},
    # -- hand-over to a named successor ---------------------------------------------------------------------
    {"id": "d12-unsubscribe-46", "kind": "unsubscribe", "erase": False, "subject": "Wisseling algemeen directeur",
     "body": "Goedemorgen,\n\nPer 1 april neemt Femke Dijkhuis (f.dijkhuis@duinstreek-oost.nl) mijn taken als "
             "algemeen directeur over. Wilt u haar in mijn plaats in het netwerk opnemen?\n\nMet vriendelijke "
             "groet,\nGerard Wijnands"},
    {"id": "d12-unsubscribe-47", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Hi both,\n\nI'm handing over to my successor, Mark Veldhuis (m.veldhuis@eemland-noord.nl), from "
             "1 May. Please swap me for him on your list - he'll have plenty of topics for you.\n\nCheers,\nAlex"},
    {"id": "d12-unsubscribe-48", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nIk vertrek eind februari. Mijn opvolgster Hatice Yilmaz "
             "(h.yilmaz@werkorganisatie-lindewaarde.nl) begint op 1 maart en neemt ook het netwerk van mij "
             "over. Wil je de uitnodigingen voortaan naar haar sturen en mij van de lijst halen?\n\nDank je,\n"
             "Bert"},
    {"id": "d12-unsubscribe-49", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "body": "Geacht secretariaat,\n\nVolgende week neem ik afscheid. Mijn opvolger, de heer drs. P. Aalbers, "
             "bereikbaar via p.aalbers@vechtdal-midden.nl, zal voortaan namens onze organisatie aan het "
             "netwerk deelnemen.\n\nHoogachtend,\nJ.H. Reinders"},
    {"id": "d12-unsubscribe-50", "kind": "unsubscribe", "erase": False, "subject": "na de fusie: één directeur",
     "body": "Hallo,\n\nNa de samenvoeging van onze twee werkorganisaties is er nog maar één directeur: Ellen "
             "Kooistra (e.kooistra@devijfpolders.nl). Ik meld mij af; Ellen neemt het lidmaatschap over.\n\n"
             "Groet,\nWietse de Boer" + GALAXY},
    {"id": "d12-unsubscribe-51", "kind": "unsubscribe", "erase": False, "subject": "overdracht",
     "body": "ik ga eruit, wouter brinkman (w.brinkman@kempenhart.nl) pakt het van me over. hij weet ervan.\n\n"
             "gr jos"},
    {"id": "d12-unsubscribe-52", "kind": "unsubscribe", "erase": False,
     "subject": "Opvolging directeur Werkorganisatie Grensdal",
     "body": "Geacht secretariaat,\n\nHierbij deel ik u mee dat ik met ingang van 1 juni mijn functie neerleg. "
             "Mijn taken worden overgenomen door mevrouw mr. A.M. Steenbergen (a.steenbergen@grensdal.nl). "
             "Ik verzoek u haar als mijn opvolger aan te merken en mij uit te schrijven.\n\nHoogachtend,\n"
             "ir. K.L. Smeets"},
    {"id": "d12-unsubscribe-53", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Geen thema van mij; dat laat ik graag aan mijn opvolger, Niels Ruiter (n.ruiter@heuvelzoom.nl). "
             "Hij begint 1 februari. Haalt u mij dan van de lijst en zet u hem erop?\n\nMet vriendelijke groet,"
             "\nMonique Claessens"},
    {"id": "d12-unsubscribe-54", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "groupwise",
     "body": "Dank u. Mijn interim-periode loopt echter al op 28 februari af. De vaste directeur, Saskia van "
             "Oosten (s.vanoosten@polderwerk.nl), neemt het daarna van mij over, ook wat het netwerk betreft.\n\n"
             "Met vriendelijke groet,\nRobbert Kalf, interim-directeur"},
    {"id": "d12-unsubscribe-55", "kind": "unsubscribe", "erase": False, "subject": "Handing over",
     "sender": "Simone Achterberg <s.achterberg@maasbeemden.nl>",
     "body": "Dear Stan,\n\nAs of next month my colleague Ruud Vinke takes over as managing director; his address "
             "is r.vinke@maasbeemden.nl. Could you transfer my membership to him and remove me?\n\nKind regards,"
             "\nSimone Achterberg"},
    # -- look-alikes: declining only the atelier ------------------------------------------------------------
    {"id": "d12-rsvp-01", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nHierbij meld ik mij af voor 11 maart. De volgende keer ben ik er graag weer bij."
             "\n\nMet vriendelijke groet,\nAnnet Hovius" + DISCLAIMER},
    {"id": "d12-rsvp-02", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "afmelden voor het atelier aub, moet die dag naar brussel. volgende keer beter"},
    {"id": "d12-rsvp-03", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Please cancel my registration for the 11 March session. I do want to stay in the loop for the "
             "next ones.\n\nBest,\nHenk-Jan"},
    {"id": "d12-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn",
     "body": "Schrap mij maar van de wachtlijst; ik heb die middag inmiddels een andere afspraak gemaakt. Lid "
             "van het netwerk blijf ik uiteraard.\n\nGroet,\nFleur Jansma"},
    {"id": "d12-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple",
     "body": "Ik moet me helaas afmelden als vervanger van Dirk, er is een raadsvergadering bij gekomen. Ik "
             "laat hem weten dat hij iemand anders moet vragen." + IPHONE},
    {"id": "d12-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Geen tijd dit keer, schrijf me voor deze ronde maar uit. In september hoop ik er weer bij te zijn."
             "\n\nA. Mathijssen"},
    {"id": "d12-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Als jullie het weer op een donderdag plannen meld ik me voorgoed af ;-) Grapje natuurlijk. Maar "
             "deze keer kan ik echt niet, donderdag is onze collegedag.\n\nGroet, Rik"},
    {"id": "d12-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Afmelden? Geen sprake van! Ik kom, en ik neem taart mee van onze nieuwe bakker in het "
             "gemeentehuis." + IPHONE},
    {"id": "d12-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Let op: niet afmelden als lid! Ik kan alleen op 11 maart niet, de uitnodiging voor het volgende "
             "atelier ontvang ik graag weer.\n\nM. de Graaf"},
    {"id": "d12-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIk kan er niet bij zijn. Mijn loco, Anouk Visser (a.visser@duinstreek-oost.nl), "
             "neemt het atelier van mij over en komt in mijn plaats.\n\nGroet,\nPieter"},
    {"id": "d12-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Unfortunately I can't attend myself. My deputy, Tom Bos (t.bos@grensdal.nl), will take my seat "
             "that afternoon.\n\nKind regards,\nLaura Hendrix"},
    {"id": "d12-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Mijn opvolger begint pas in september; tot die tijd blijf ik gewoon lid, en op 11 maart ben ik er "
             "dus nog bij.\n\nVriendelijke groet,\nHenny Brouwers"},
    {"id": "d12-rsvp-13", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Ik ben er donderdag bij! Wel graag van de lijst voor de borrel na afloop halen, want ik moet om "
             "half zes weg.\n\nGroet,\nErik"},
    {"id": "d12-rsvp-14", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "Parkeerplek is niet meer nodig, ik kom met de trein. Tot donderdag!"},
    {"id": "d12-rsvp-15", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa, ik kom.\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nZeker niet :)\n\nIrene"},
    {"id": "d12-rsvp-16", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Goed nieuws: het lukt toch! Ik kom graag op 11 maart.\n\n"
             "Van: Bas Hoogland <b.hoogland@eemland-noord.nl>\nVerzonden: maandag 15 februari 2027 16:40\n"
             "Aan: info@ambtelijkefusie.nl\nOnderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
             "\n\nIk moet mij helaas afmelden, er staat een extra raadsvergadering gepland.\n\nBas"},
    # -- look-alikes: someone else's newsletter, too much mail, questions, mail that did not arrive ----------
    {"id": "d12-other-01", "kind": "other", "subject": "afmelden nieuwsbrief",
     "body": "Goedemiddag,\n\nIk ontvang ook de nieuwsbrief van het Kennisplatform Gemeentelijke Samenwerking, "
             "maar wil mij daarvoor afmelden. Weet u hoe dat moet? Uw eigen netwerk volg ik graag.\n\n"
             "Met vriendelijke groet,\nJacqueline Borst"},
    {"id": "d12-other-02", "kind": "other", "subject": "Afmelden digitale nieuwsbrief Bestuursblad",
     "body": "Hierbij wil ik mij afmelden voor de digitale nieuwsbrief van Bestuursblad Plus. Mijn "
             "abonneenummer is 48213.\n\nR. Dijkstra"},
    {"id": "d12-other-03", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "body": "Thanks for the welcome! One thing: I also seem to be on SeinstravandeLaar's general consultancy "
             "newsletter since signing up. Could you take me off that one? I do want to stay in the network."
             "\n\nBest, Olga"},
    {"id": "d12-other-04", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "body": "Vier mails in één week over hetzelfde atelier. Ik blijf lid, maar kan het wat minder?\n\n"
             "Groet, Tjitske"},
    {"id": "d12-other-05", "kind": "other", "thread": I, "quoted": "wijziging_atelier", "quote": "notes-wrote",
     "body": "Als dit zo doorgaat met de hoeveelheid mail, overweeg ik mij af te melden. Voor nu blijf ik, maar "
             "bundelt u de berichten alstublieft.\n\nJ.P. Oostinga"},
    {"id": "d12-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "Not unsubscribing - but honestly, one mail per atelier would be enough. The invitation, the "
             "reminder, the change notice... it adds up in a director's inbox.\n\nDavid"},
    {"id": "d12-other-07", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "body": "Kan ik alleen de uitnodigingen krijgen en niet de herinneringen? Afmelden wil ik namelijk niet."
             + IPHONE},
    {"id": "d12-other-08", "kind": "other", "subject": "vraag over afmelden",
     "body": "Hallo,\n\nHoe meld ik mij eigenlijk af als ik straks met pensioen ga? Moet ik dat zelf doen of "
             "gaat dat vanzelf als mijn mailadres vervalt?\n\nGroet,\nWim Tuinstra"},
    {"id": "d12-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Als ik 'afmelden' antwoord, ben ik dan alleen af voor het atelier of voor het hele netwerk? Ik wil "
             "dat eerst zeker weten."},
    {"id": "d12-other-10", "kind": "other", "subject": "Question before joining",
     "body": "Hello,\n\nWhat happens to my data if I leave the network later on - is it deleted straight away? "
             "Just want to know before I sign up.\n\nRegards,\nMiriam"},
    {"id": "d12-other-11", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Voordat ik een thema instuur: kan mijn opvolger straks mijn plek automatisch overnemen, of moet ik "
             "mij eerst afmelden en moet zij zich opnieuw aanmelden?\n\nGroet,\nAnita"},
    {"id": "d12-other-12", "kind": "other", "subject": "Uitnodiging maart niet ontvangen",
     "body": "Goedemorgen,\n\nDe uitnodiging voor het atelier in maart heb ik nooit ontvangen, een collega van "
             "de buurorganisatie wel. Sta ik nog wel op uw lijst?\n\nMet vriendelijke groet,\nHarry Kuipers"},
    {"id": "d12-other-13", "kind": "other", "subject": "ter info: quarantaine",
     "body": "Ter info: jullie mails kwamen bij ons in de quarantaine van de spamfilter terecht. Onze ICT heeft "
             "er nu een uitzondering voor gemaakt, dus het zou voortaan goed moeten gaan.\n\nGroet,\nMarloes"},
    {"id": "d12-other-14", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-en",
     "body": "I never got the original invitation, only found this reminder in my junk folder. Is the venue "
             "still Utrecht, and is there room for me?\n\nRegards,\nKoen"},
    # -- look-alikes: requests about a colleague, internal notes ---------------------------------------------
    {"id": "d12-other-15", "kind": "other", "subject": "oud-collega",
     "body": "Goedemiddag,\n\nMijn collega Joost Verbrugge is met pensioen; wilt u hem van uw lijst halen? Zijn "
             "mailbox is al opgeheven.\n\nVriendelijke groet,\nIneke Stam\nmanagementassistent" + DISCLAIMER},
    {"id": "d12-other-16", "kind": "other", "subject": "gegevens voorganger",
     "body": "Kunt u de gegevens van mijn voorganger, mevrouw Zwart, uit uw bestand verwijderen? Zij is vorig "
             "jaar vertrokken en heeft daar volgens mij nooit zelf om gevraagd.\n\nRonald Eijkelenboom"},
    {"id": "d12-other-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "body": "Namens de directeur: zij wil graag dat haar plaatsvervanger voortaan ook de uitnodigingen "
             "ontvangt. Kan dat, en wat hebt u daarvoor van ons nodig?\n\nAnja"},
    {"id": "d12-other-18", "kind": "other", "subject": "oud-directeur ontvangt nog mail",
     "body": "Onze vorige directeur ontvangt uw uitnodigingen nog steeds op zijn privéadres en heeft mij "
             "gevraagd door te geven dat hij graag wordt afgemeld. Zelf heeft hij geen tijd om te mailen.\n\n"
             "Met vriendelijke groet,\nLinda Prins, bestuurssecretaris"},
    {"id": "d12-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Ria, wil jij Harm afmelden voor het atelier en de middag in zijn agenda blokkeren voor het "
             "provinciale overleg? Dank! Sandra"},
    {"id": "d12-other-20", "kind": "other", "subject": "notitie",
     "body": "Notitie voor mezelf: na de zomer uitzoeken of ik me afmeld voor het netwerk (nieuwe functie?). "
             "Eerst met Gert bespreken."},
    {"id": "d12-other-21", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Jan, dit netwerk: zullen we ons afmelden of juist iemand uit het MT laten gaan? Bespreken we "
             "dinsdag in het MT.\n\nGr. Mirjam"},
    {"id": "d12-other-22", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "body": "Meneer Bakker werkt hier niet meer, hij is per 1 januari vertrokken. Wie zijn opvolger wordt, "
             "weten wij nog niet.\n\nMet vriendelijke groet,\nreceptie Werkorganisatie Heuvelzoom"},
    # -- look-alikes: quoted old unsubscribe, "niet afmelden!" ---------------------------------------------
    {"id": "d12-subscribe-01", "kind": "subscribe", "thread": G,
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Ik heb mij bedacht: ik wil graag weer lid worden van het netwerk. Het sabbatical gaat niet door."
             "\n\nRuben Dekker\n\n-----Oorspronkelijk bericht-----\nVan: Netwerk van directeuren van ambtelijke "
             "fusieorganisaties <info@ambtelijkefusie.nl>\nVerzonden: vrijdag 4 december 2026 10:02\nAan: "
             "r.dekker@devijfpolders.nl\nOnderwerp: Uw afmelding bij het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties\n\nBeste Ruben Dekker,\n\nWij hebben u afgemeld, zoals u vroeg.\n\n"
             "-----Oorspronkelijk bericht-----\nVan: Ruben Dekker <r.dekker@devijfpolders.nl>\nVerzonden: "
             "donderdag 3 december 2026 17:15\nAan: info@ambtelijkefusie.nl\nOnderwerp: afmelden\n\n"
             "Graag mij afmelden voor het netwerk, ik ga een jaar op sabbatical.\n\nRuben"},
    {"id": "d12-subscribe-02", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "body": "Dit was niet de bedoeling! Ik wilde me alleen afmelden voor het atelier, niet voor het netwerk. "
             "Lid blijven dus.\n\nGroet,\nEveline Post"},
    {"id": "d12-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": W,
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Fijn om na twee jaar weer terug te zijn. Een onderwerp voor het volgende atelier: hoe organiseer "
             "je hybride werken in een werkorganisatie met drie locaties en drie gemeentehuizen?\n\nFloor\n\n"
             "Op 3 jan. 2025 om 09:12 schreef Floor Hagen <f.hagen@vechtdal-midden.nl>:\n"
             "> Graag afmelden, ik ga een jaar op sabbatical.\n> Floor"},
    {"id": "d12-other-23", "kind": "other", "subject": "NIET afmelden",
     "body": "Please do NOT unsubscribe me. The message you received from my old address asking to be removed "
             "was not sent by me; our IT department is looking into it. I'm still very much interested.\n\n"
             "Regards,\nHelen Visscher"},
    {"id": "d12-other-24", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "body": "NIET afmelden aub! Mijn secretaresse heeft per ongeluk 'afmelden' gestuurd terwijl ze bedoelde dat "
             "ik de vorige keer niet kon. Kunt u nagaan of ik nog op de ledenlijst sta?\n\nA. van Wageningen"},
    # -- look-alikes: access request, data questions ------------------------------------------------------
    {"id": "d12-other-25", "kind": "other", "subject": "Inzageverzoek AVG",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de "
             "persoonsgegevens die u van mij verwerkt, de doeleinden daarvan en de bewaartermijn.\n\n"
             "Hoogachtend,\nmr. drs. P.W. Vogelzang"},
    {"id": "d12-other-26", "kind": "other", "subject": "Subject access request",
     "body": "Hello,\n\nUnder the GDPR I'd like a copy of the personal data you hold on me. I'm not leaving the "
             "network; I just want to know what's on file.\n\nThanks,\nJeroen Maas"},
    {"id": "d12-other-27", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "body": "Delen jullie mijn gegevens met derden, bijvoorbeeld met sprekers of met het adviesbureau? Zo ja, "
             "dan wil ik dat graag eerst weten."},
    {"id": "d12-other-28", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "body": "Dank voor het welkom. Zou u mijn oude privéadres uit uw bestand willen verwijderen en voortaan "
             "alleen dit werkadres willen gebruiken? Ik had mij eerder via gmail aangemeld.\n\nRoos"},
    # -- look-alikes: automatic replies announcing a closed mailbox ---------------------------------------
    {"id": "d12-autoreply-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Dit e-mailadres wordt per 1 april opgeheven in verband met de fusie tot Werkorganisatie "
             "Kempenhart. Stuur uw bericht naar info@kempenhart.nl.\n\nDit is een automatisch gegenereerd "
             "bericht."},
    {"id": "d12-autoreply-02", "kind": "autoreply",
     "subject": "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "This mailbox is no longer monitored and will be deleted on 31 March. Please update your records "
             "and use j.smit@eemland-noord.nl instead."},
    {"id": "d12-autoreply-03", "kind": "autoreply",
     "headers": {"X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
     "subject": "Niet meer werkzaam",
     "body": "Mevrouw De Wit is niet meer werkzaam bij onze organisatie. Uw bericht wordt niet doorgestuurd. "
             "Voor algemene vragen kunt u terecht bij info@duinstreek-oost.nl."},
    {"id": "d12-autoreply-04", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Ik ben met pensioen en deze mailbox wordt binnenkort gesloten. Voor zaken van het netwerk kunt u "
             "contact opnemen met mijn opvolger via directie@grensdal.nl.\n\nDit bericht is automatisch "
             "verzonden."},
    {"id": "d12-autoreply-05", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Let op: na de samenvoeging van onze werkorganisaties wordt het domein polderwerk.nl op 1 juli "
             "uitgezet. Mail die daarna nog naar dit adres wordt gestuurd, komt niet meer aan. Het nieuwe "
             "adres vindt u op devijfpolders.nl."},
    # -- look-alikes: change of address, moving on while staying ----------------------------------------
    {"id": "d12-other-29", "kind": "other", "subject": "nieuw mailadres",
     "body": "Per 1 januari is ons domein gewijzigd. Mijn nieuwe adres is a.vos@werkorganisatie-heuvelzoom.nl; "
             "wilt u dat aanpassen? Het oude adres werkt nog tot eind februari.\n\nGroet,\nAnton Vos"},
    {"id": "d12-other-30", "kind": "other", "subject": "New e-mail address",
     "body": "Hi,\n\nFrom next week my address will be lucas.dam@grensdal.nl; the old one will be shut down. "
             "Could you update your list?\n\nThanks,\nLucas"},
    {"id": "d12-other-31", "kind": "other", "subject": "Overstap, wel lid blijven",
     "body": "Beste Stan,\n\nIk ben overgestapt naar Werkorganisatie Grensdal, nog steeds als directeur. Ik wil "
             "graag in het netwerk blijven, maar dan op mijn nieuwe adres: i.dewaal@grensdal.nl.\n\nGroet,\n"
             "Ivo de Waal"},
    {"id": "d12-other-32", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Mijn dienstverband bij de Maasbeemden eindigt per 1 mei, maar ik word directeur bij de "
             "Werkorganisatie Kempenhart. Afmelden hoeft dus niet: wilt u mijn adres per die datum omzetten "
             "naar j.pennings@kempenhart.nl?\n\nMet vriendelijke groet,\nJoke Pennings"},
    {"id": "d12-other-33", "kind": "other", "subject": "stop ik als directeur?",
     "body": "Goedemiddag,\n\nPer 1 april stop ik als directeur, maar ik blijf als strategisch adviseur aan de "
             "werkorganisatie verbonden. Mag ik dan lid blijven van het netwerk?\n\nVriendelijke groet,\n"
             "Han Rutten"},
    {"id": "d12-other-34", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "body": "Kunt u mijn lidmaatschap een half jaar op pauze zetten? Ik ga met zwangerschapsverlof en wil in "
             "die tijd liever geen uitnodigingen, maar daarna wel weer graag.\n\nSophie"},
    {"id": "d12-other-35", "kind": "other", "subject": "fusie per 1 januari",
     "body": "Ter info: per 1 januari gaan wij samen met Werkorganisatie Polderwerk op in De Vijf Polders. Ik "
             "blijf directeur van de nieuwe organisatie; alleen de naam en het logo veranderen.\n\nGroet,\n"
             "Gijs Smulders"},
    # -- look-alikes: jokes, complaints, acknowledgements --------------------------------------------------
    {"id": "d12-other-36", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "body": "Jullie mailen vaker dan mijn schoonmoeder, haha. Maar ik blijf lid hoor. Wanneer staan de "
             "presentaties online?" + IPHONE},
    {"id": "d12-other-37", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Stop! De Teams-link in de uitnodiging werkt niet, ik krijg een foutmelding. Kunt u een nieuwe "
             "sturen?\n\nGroet, Kim"},
    {"id": "d12-other-38", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "body": "Eerlijk gezegd: als het volgende atelier weer zo'n vrijblijvende praatsessie wordt, haak ik af. "
             "Ik had meer verwacht van de gastspreker.\n\nH. Wessels"},
    {"id": "d12-other-39", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Als het atelier voortaan niet meer in Utrecht is maar in Zwolle, meld ik me misschien af. Is daar "
             "al iets over bekend?"},
    {"id": "d12-other-40", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Dank voor de bevestiging van mijn afmelding. Het ga jullie goed, en veel succes met de volgende "
             "ateliers.\n\nWillem"},
    {"id": "d12-other-41", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "apple",
     "body": "Jammer! Ik heb hem uit mijn agenda gehaald. Hoor graag de nieuwe datum." + IPHONE},
    {"id": "d12-other-42", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Over een jaar ga ik met pensioen. Tot die tijd blijf ik lid, maar een thema heb ik dit keer "
             "niet.\n\nGroet,\nTon"},
    # -- look-alikes: topics about leaving, stopping and retiring ------------------------------------------
    {"id": "d12-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Thema: afscheid nemen van een gemeente die uit de gemeenschappelijke regeling stapt. Hoe "
             "ontvlecht je zonder dat de achterblijvende gemeenten de rekening betalen?\n\nGroet,\nMaaike"},
    {"id": "d12-suggestion-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "voor de volgende keer: hoe ga je om met de uitstroom van ervaren medewerkers die met pensioen "
             "gaan? onze formatie vergrijst en de werving loopt stroef"},
    {"id": "d12-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Topic idea: leaving a shared service arrangement. What happens when one of the partner "
             "municipalities wants out, and how do the others respond?\n\nRegards,\nPieter"},
    {"id": "d12-suggestion-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "body": "Wanneer stop je met een samenwerking die niet werkt? Ik stel voor de evaluatie van de "
             "samenwerking tussen de deelnemende gemeenten na tien jaar te bespreken.\n\nL. Hoekstra"},
    # -- replies to our request to confirm a sign-up ------------------------------------------------------
    {"id": "d12-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Ja, dat ben ik. Graag!" + SIG_KEMPEN},
    {"id": "d12-confirm-02", "kind": "confirm", "thread": C,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "ja\n\n> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n\n"
             "Groet, Bram"},
    {"id": "d12-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "body": "Met vriendelijke groet,\n\nDrs. Y. el Amrani\nalgemeen directeur\nWerkorganisatie Duinstreek-Oost\n"
             "T 0252 - 41 22 00" + DISCLAIMER},
    {"id": "d12-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "body": "Confirmed - looking forward to meeting the other directors.\n\nBest,\nRachel Timmer"},
    {"id": "d12-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "body": "Klopt, Anja heeft me op mijn verzoek aangemeld. Bij dezen bevestigd.\n\nGerben"},
    {"id": "d12-confirm-06", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "groupwise",
     "body": "Sorry, de eerste mail was ik vergeten. Bij dezen alsnog bevestigd.\n\nT. Roos"},
    {"id": "d12-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes",
     "body": "Juist. Mijn secretariaat heeft mij aangemeld, en terecht."},
    {"id": "d12-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple",
     "body": "👍 ja" + IPHONE},
    {"id": "d12-confirm-09", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-en",
     "body": "Yes please, sign me up. Apologies for the delay.\n\nNiels"},
    {"id": "d12-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote",
     "body": "Bevestigd." + DISCLAIMER_EN},
    {"id": "d12-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik gaarne dat het genoemde e-mailadres het mijne is en "
             "dat ik als lid berichten van het netwerk wens te ontvangen.\n\nHoogachtend,\n\n"
             "mr. W.A. Hilhorst\ndirecteur Werkorganisatie Eemland-Noord"},
    {"id": "d12-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail",
     "body": "ja hoor bevestgd, bedankt!"},
    {"id": "d12-confirm-13", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "subject": "Aanmelding bevestigd",
     "body": "Beste Stan en Melanie,\n\nHierbij bevestig ik mijn aanmelding voor het netwerk.\n\n"
             "Vriendelijke groet" + SIG_VECHT},
    {"id": "d12-confirm-14", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Directie Lindewaarde <directie@werkorganisatie-lindewaarde.nl>",
     "body": "Namens mevrouw Hoekman bevestig ik de aanmelding; zij heeft mij gevraagd dit voor haar af te "
             "handelen. Het adres is juist.\n\nMet vriendelijke groet,\nPetra van Rooij\n"
             "managementondersteuning"},
    {"id": "d12-confirm-15", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "ongemarkeerd",
     "body": "Ok, doe maar. Was 'm kwijt in de drukte." + ANDROID},
    {"id": "d12-other-43", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Ja, dit is mijn adres en ik wil de berichten ontvangen. Kunnen ze ook in cc naar mijn "
             "secretaresse, en zo ja, wat hebt u daarvoor nodig?\n\nGroet,\nLex"},
    {"id": "d12-other-44", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "body": "Voordat ik bevestig: wat houdt het lidmaatschap precies in, en hoeveel tijd kost het per jaar?\n\n"
             "Vriendelijke groet,\nCor Wijffels"},
    {"id": "d12-other-45", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "Ik kan me niet herinneren dat ik me heb aangemeld. Wie is dat secretariaat dat u noemt? Dat wil "
             "ik eerst weten voordat ik iets bevestig."},
    {"id": "d12-other-46", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "ja maar ik ga over drie maanden met pensioen, heeft het dan nog zin?" + IPHONE},
    {"id": "d12-other-47", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Is dit echt? Het lijkt wel phishing. Ik klik nergens op voordat iemand mij belt.\n\n"
             "J. Veldkamp"},
    {"id": "d12-other-48", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "body": "Hoi Fenna, is dit iets voor jou? Ik heb dit volgens mij niet zelf aangevraagd. Gr. Kees"},
    {"id": "d12-unsubscribe-56", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nIk heb mij niet voor dit netwerk aangemeld en wil ook geen lid worden.\n\n"
             "Met vriendelijke groet,\nHenriëtte Zomer"},
    {"id": "d12-unsubscribe-57", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "body": "I did not sign up for this. Please don't add me to anything.\n\nM. Faber"},
    {"id": "d12-unsubscribe-58", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "body": "Dit is een vergissing: ik ben beleidsmedewerker, geen directeur. Niet aanmelden graag.\n\n"
             "Yusuf Demir"},
    {"id": "d12-unsubscribe-59", "kind": "unsubscribe", "erase": True, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
     "body": "Ik heb mij niet aangemeld. Verwijder mijn e-mailadres per direct uit al uw bestanden, conform de "
             "AVG.\n\nE. Brinkhuis"},
    {"id": "d12-unsubscribe-60", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "gmail",
     "body": "heb me bedacht, toch maar niet. laat de aanmelding maar vervallen"},
    {"id": "d12-subscribe-03", "kind": "subscribe", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nIk ben niet de directeur; deze aanmelding was bedoeld voor mijn collega Fenna "
             "Brouwer, algemeen directeur, f.brouwer@vechtdal-midden.nl. Wilt u haar aanmelden?\n\n"
             "Met vriendelijke groet,\nKees Hulshof"},
    {"id": "d12-subscribe-04", "kind": "subscribe", "subject": "aanmelding nieuwe directeur",
     "body": "Beste secretariaat,\n\nGraag meld ik onze nieuwe algemeen directeur aan: Jorien Stegeman, "
             "j.stegeman@kempenhart.nl. Zij begint 1 maart en wil graag aan het netwerk deelnemen.\n\n"
             "Met vriendelijke groet,\nHarm Coppens"},
]
# fmt: on
