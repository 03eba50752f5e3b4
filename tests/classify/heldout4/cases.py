"""The fourth held-out set's cases (issue 17); see ``__init__.py``. Never tuned on: only its totals are looked at."""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD_EN = "\n\nSent from my iPad"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nOutlook voor iOS downloaden <https://aka.ms/o0ukef>"
DISCLAIMER = (
    "\n\n---------------------------------------------------------------\n"
    "De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Gebruik, "
    "openbaarmaking, vermenigvuldiging of verstrekking aan derden is niet toegestaan. Heeft u dit bericht ten "
    "onrechte ontvangen, verzoeken wij u de afzender te informeren en het bericht te verwijderen. Aan dit bericht "
    "kunnen geen rechten worden ontleend.\n---------------------------------------------------------------"
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and may be privileged. If you are not the intended "
    "recipient, please notify the sender and delete it; do not copy or disclose its contents."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."
WERKTIJDEN = "\n\nIk werk op maandag, dinsdag en donderdag."

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: yes -------------------------------------------------------------------------------------------
    {"id": "h4-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hanneke Lubbers <h.lubbers@werkorganisatie-veenmeer.nl>",
     "body": "Goedemorgen,\n\nDe couleur locale is bij ons precies het punt waar we tegenaan lopen sinds de "
             "vierde gemeente erbij kwam. Ik schuif dus graag aan op 11 maart.\n\nHartelijke groet,\n\n"
             "Hanneke Lubbers\nalgemeen directeur\nWerkorganisatie Veenmeer\nT 0592 77 41 00" + DISCLAIMER},
    {"id": "h4-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Joost Brinkhorst <joostbrinkhorst@ossendonk.nl>",
     "body": "ja hoor, zet me maar op de lijst\n\nJoost" + IPHONE},
    {"id": "h4-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Esther Wolters <e.wolters@lindewaarde.nl>",
     "body": "Beste Stan en Melanie,\n\nIk heb de datum meteen geblokt. Wel kom ik met de trein vanuit Groningen "
             "en ben ik er waarschijnlijk pas om half drie; ik loop dan zachtjes naar binnen.\n\n"
             "Met vriendelijke groet,\nEsther Wolters\nGemeentesecretaris/algemeen directeur\n"
             "Gemeenten Lindewaarde en Brakelhorst"},
    {"id": "h4-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Directiesecretariaat Zuidervliet <directiesecretariaat@zuidervliet.nl>",
     "body": "Geacht secretariaat,\n\nNamens de heer drs. R.J. van Ommeren, algemeen directeur, bevestig ik zijn "
             "aanwezigheid bij het Leer- en inspireer-atelier van donderdag 11 maart aanstaande. De heer Van Ommeren "
             "wordt vergezeld door mevrouw I. Baars, concerncontroller; zij komen dus met z'n tweeën.\n\n"
             "Met vriendelijke groet,\n\nPetra Koning\nmanagementassistent directie\nWerkorganisatie Zuidervliet\n"
             "Postbus 40, 3250 AA Zuidervliet" + GREEN},
    {"id": "h4-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Bart Jorritsma <b.jorritsma@gemeente-kroondal.nl>",
     "body": "Goed plan dit onderwerp. Ik ben van de partij.\n\nBart" + IPAD_EN},
    {"id": "h4-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Wim Hofstede <w.hofstede@heuvelrode.nl>",
     "body": "Dag,\n\nIk kom. Bij ons worstelen de drie raden precies met deze vraag, dus ik neem wat "
             "voorbeelden mee.\n\nWim Hofstede\ndirecteur bedrijfsvoering a.i."},
    {"id": "h4-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Gerrit Slagman <gerrit.slagman@oostmaasland.nl>",
     "body": "Goedendag,\n\nGaarne noteren dat ondergetekende het atelier zal bijwonen.\n\nHoogachtend,\n\n"
             "G. Slagman\nalgemeen directeur Werkorganisatie Oostmaasland"},
    {"id": "h4-rsvp-08", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Mirjam Tuinstra <m.tuinstra@de-vaart-gemeenten.nl>",
     "body": "Dank voor de herinnering, staat nog steeds in mijn agenda. Tot donderdag!\n\nMirjam" + OUTLOOK_IOS},
    {"id": "h4-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Daniel Okafor <d.okafor@werkorganisatie-rijnstreek-oost.nl>",
     "body": "Dear secretariat,\n\nApologies for replying in English, my Dutch is still a work in progress. "
             "I would be delighted to attend on 11 March and will bring one colleague, our head of finance.\n\n"
             "Kind regards,\nDaniel Okafor\nInterim director, Werkorganisatie Rijnstreek-Oost" + DISCLAIMER_EN},
    {"id": "h4-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": None,
     "sender": "Anouk Verschuren <a.verschuren@gemeentenbergenwoud.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa, ik kom.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nMet z'n tweeën (ik + mijn "
             "strategisch adviseur).\n\nAnouk",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]"},
    {"id": "h4-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Sanne de Groot <s.degroot@werkorganisatie-amstelvliet.nl>",
     "body": "Beste secretariaat,\n\nOnze directeur had mij al gevraagd om in haar plaats te gaan. Ik kom graag; "
             "ik ben er om twee uur.\n\nGroet,\nSanne de Groot\nloco-gemeentesecretaris"},
    {"id": "h4-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Ruben Mastenbroek <r.mastenbroek@werkorganisatie-deltaland.nl>",
     "body": "Vorige week liet ik weten dat ik er vanwege een reis naar Kopenhagen toch niet bij kon zijn. Die "
             "reis is afgeblazen, dus ik wil er alsnog bij zijn. Zet mij "
             "gewoon weer op de wachtlijst.\n\nRuben"},
    {"id": "h4-rsvp-13", "kind": "rsvp", "attending": True, "thread": None, "quoted": None,
     "sender": "Lotte Vermeulen <l.vermeulen@werkorganisatie-polderrand.nl>",
     "subject": "Inschrijving atelier 11 maart",
     "body": "Beste mensen,\n\nVan een collega hoorde ik dat er op 11 maart een atelier is over samenwerking en "
             "eigenheid. Ik ben al een tijdje lid maar heb de uitnodiging blijkbaar gemist (spamfilter?). Ik wil me "
             "er graag voor inschrijven.\n\nVriendelijke groet,\nLotte Vermeulen\ndirecteur Werkorganisatie "
             "Polderrand\n06 41 88 20 53"},
    {"id": "h4-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Karel Vos <k.vos@werkorganisatie-noorderzijl.nl>",
     "body": "Ik kom. Yvonne heeft het al in mijn agenda gezet. Ik rijd zelf, dus een parkeerkaart is niet "
             "nodig.\n\nKarel Vos"},
    {"id": "h4-rsvp-15", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Femke Dijkhuis <f.dijkhuis@gemeente-wolderveen.nl>",
     "body": "Hoi,\n\nDe gast die bij mijn aanmelding stond is onze nieuwe manager dienstverlening, Tom Reijnders. "
             "Wij komen allebei.\n\nGroetjes,\nFemke"},
    {"id": "h4-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Marcel Otten <m.otten@werkorganisatie-lekdal.nl>",
     "body": "Aanwezig. Groet, Marcel Otten"},
    {"id": "h4-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Jan-Willem Pranger <jw.pranger@twentekanaal-gemeenten.nl>",
     "body": "Moi,\n\nIk had eerst een overleg met de provincie op die middag, maar dat is verzet. Dus: ik zit er.\n\n"
             "Groeten uut Twente,\nJan-Willem Pranger\ndirecteur"},
    {"id": "h4-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Ilse Bakker <i.bakker@werkorganisatie-zeeweg.nl>",
     "body": "Goedemiddag,\n\nDe 18e komt me eigenlijk beter uit dan de 11e. Ik had me nog niet opgegeven, maar "
             "bij dezen: ik kom op de nieuwe datum naar het Provinciehuis.\n\nMet vriendelijke groet,\nIlse Bakker"},
    {"id": "h4-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Hugo Claessens <hugo.claessens@werkorganisatie-kempenzoom.nl>",
     "body": "Dag Stan, dag Melanie,\n\nAllee, dat onderwerp kan ik niet laten liggen. Ik kom zeker, en ik neem "
             "twee mensen mee: Leen Mertens (strategie) en Koen Peeters (financiën). Dus drie in totaal.\n\n"
             "Vriendelijke groeten,\nHugo Claessens"},
    {"id": "h4-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Priya Ramdin <p.ramdin@werkorganisatie-haagrand.nl>",
     "body": "Count me in! Leuk om weer eens met collega's van gedachten te wisselen.\n\nPriya" + SAMSUNG},
    {"id": "h4-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Thea Rozendaal <t.rozendaal@werkorganisatie-ijsselhoek.nl>",
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Prima, ik kom graag.\n\nThea"},
    {"id": "h4-rsvp-22", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Erik Hazelaar <e.hazelaar@werkorganisatie-duinkant.nl>",
     "body": "Ik was even in de war of ik me nu wel of niet had opgegeven, maar als ik deze herinnering krijg zal dat "
             "wel zo zijn. Mooi, ik kom inderdaad.\n\nErik" + IPHONE},
    {"id": "h4-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Maaike Stoffels <m.stoffels@werkorganisatie-peelrand.nl>",
     "body": "Hallo,\n\nEerst dacht ik dat het niet zou gaan vanwege de voorjaarsnota, maar het college heeft de "
             "bespreking naar de week erna geschoven. Ik meld me dus aan voor het atelier.\n\nMaaike Stoffels\n"
             "gemeentesecretaris/directeur\nT 0493 31 20 00 | M 06 12 99 40 71"},
    # -- RSVP: no --------------------------------------------------------------------------------------------
    {"id": "h4-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Roelof Kampinga <r.kampinga@werkorganisatie-fivelmond.nl>",
     "body": "Beste Stan,\n\nJammer genoeg valt het atelier samen met onze eigen heisessie met het MT. Die kan ik "
             "als directeur niet overslaan. Ik moet dus passen.\n\nGroet,\nRoelof" + DISCLAIMER},
    {"id": "h4-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Noor Benali <n.benali@werkorganisatie-vechtplas.nl>",
     "body": "nee helaas, zit dan in Brussel\n\nNoor" + IPHONE},
    {"id": "h4-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Claire Hendrickx <c.hendrickx@werkorganisatie-maasheggen.nl>",
     "body": "Hi both,\n\nUnfortunately I can't make it on the 11th, I'll be on holiday with the kids. Hope to see "
             "you next time.\n\nBest,\nClaire"},
    {"id": "h4-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Directie Werkorganisatie Berkelstroom <directie@berkelstroom.nl>",
     "body": "Geachte heer Van de Laar,\n\nMevrouw Ter Haar moet helaas verstek laten gaan voor het atelier. In "
             "haar plaats zal de heer M. Wessels, adjunct-directeur, deelnemen (m.wessels@berkelstroom.nl).\n\n"
             "Met vriendelijke groet,\nnamens mevrouw drs. A. ter Haar\n\nGerda Veldkamp\nsecretariaat directie"},
    {"id": "h4-rsvp-28", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Stefan Wijnberg <s.wijnberg@werkorganisatie-gouwzijde.nl>",
     "body": "Beste Melanie,\n\nVervelend, maar ik lig sinds het weekend met griep op de bank en dat gaat donderdag "
             "niet over zijn. Geef mijn plek maar aan iemand van de wachtlijst.\n\nStefan"},
    {"id": "h4-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Henk Luiten <h.luiten@werkorganisatie-aaenhunze-west.nl>",
     "body": "Ik zou graag komen, maar op 11 maart is de raadsvergadering over de herijking van de "
             "gemeenschappelijke regeling en daar moet ik bij zijn. Dus deze keer niet.\n\nH. Luiten"},
    {"id": "h4-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Josien Hermans <j.hermans@werkorganisatie-dinkelland-noord.nl>",
     "body": "Haal me maar van de wachtlijst af, ik heb die middag inmiddels iets anders toegezegd. Succes!\n\n"
             "Josien"},
    {"id": "h4-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Pieter Kloosterman <p.kloosterman@werkorganisatie-waterweide.nl>",
     "body": "Goedemiddag,\n\nIk zou namens mijn directeur gaan, maar ik word die dag zelf in de raad verwacht. Ik "
             "kan dus helaas niet; ik heb het mijn directeur ook laten weten.\n\nPieter Kloosterman\n"
             "concernmanager"},
    {"id": "h4-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Annemarie Bosch <annemarie.bosch@werkorganisatie-langstraat-zuid.nl>",
     "body": "Eerder liet ik weten dat ik zou komen. Inmiddels is er een crisisoverleg over de jeugdzorg op "
             "diezelfde middag ingepland. Wilt u mijn toezegging intrekken?\n\nMet vriendelijke groet,\n"
             "Annemarie Bosch"},
    {"id": "h4-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Frits Oldenhof <f.oldenhof@werkorganisatie-vledderveen.nl>",
     "body": "Beste secretariaat,\n\nOp de 11e kon ik, op de 18e niet: dan ben ik op werkbezoek met het college. "
             "Ik moet mijn aanmelding daarom helaas intrekken.\n\nMet vriendelijke groet,\nFrits Oldenhof"},
    {"id": "h4-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Markus Brenner <m.brenner@werkorganisatie-grenspoort.nl>",
     "body": "Sehr geehrte Damen und Herren, excuseer, beste secretariaat,\n\nIk ben op 11 maart in Duitsland bij "
             "onze partnerstad, dus ik kan er niet zijn. Volgende keer graag weer.\n\nMit freundlichen Grüßen / "
             "met vriendelijke groet\nMarkus Brenner"},
    {"id": "h4-rsvp-35", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Yvette Ramaker <y.ramaker@werkorganisatie-vennebroek.nl>",
     "body": "Helaas, ik kan niet. Mijn vervanger, Arjen Smits, komt in mijn plaats: a.smits@vennebroek.nl\n\nYvette"},
    {"id": "h4-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": None,
     "sender": "Coen Hagedoorn <c.hagedoorn@werkorganisatie-rivierenhof.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\nDat is precies de middag van onze "
             "accountantsbespreking.\n\n> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Nee, helaas.\n\nCoen"},
    {"id": "h4-rsvp-37", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Loes Brouwers <l.brouwers@werkorganisatie-schelderand.nl>",
     "body": "Ik heb die dag een bestuurlijk overleg in Middelburg, dus ik red het niet. Graag afmelden "
             "voor het atelier.\n\nLoes Brouwers"},
    {"id": "h4-rsvp-38", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Ton Verhagen <t.verhagen@werkorganisatie-drechtzoom.nl>",
     "body": "Verhinderd wegens vakantie.\n\nT. Verhagen"},
    # -- Subscribe -------------------------------------------------------------------------------------------
    {"id": "h4-subscribe-01", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Marloes Jansma <m.jansma@werkorganisatie-terpenland.nl>", "subject": "Aanmelding netwerk",
     "body": "Goedemiddag,\n\nSinds 1 januari ben ik algemeen directeur van Werkorganisatie Terpenland, de "
             "ambtelijke organisatie van drie Friese gemeenten. Mijn voorganger was lid van jullie netwerk en "
             "sprak er lovend over. Graag meld ik mij aan als lid.\n\nMei freonlike groetnis,\n\nMarloes Jansma\n"
             "algemien direkteur\n058 233 90 00"},
    {"id": "h4-subscribe-02", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Ravi Sewdien <ravi.sewdien@werkorganisatie-haven-en-kust.nl>", "subject": "Join the network",
     "body": "Hello,\n\nI recently started as director of a shared service organisation for two municipalities "
             "on the coast. I would like to become a member of the network. Please let me know what you need from "
             "me.\n\nRegards,\nRavi Sewdien"},
    {"id": "h4-subscribe-03", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Dirk-Jan Moesker <dj.moesker@werkorganisatie-eemvallei.nl>", "subject": "lid worden",
     "body": "graag lid worden van het netwerk\n\ndj moesker\ndirecteur werkorganisatie eemvallei" + IPHONE},
    {"id": "h4-subscribe-04", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Saskia van Elst <s.vanelst@werkorganisatie-betuwezoom.nl>", "subject": "Aanmelden",
     "body": "Naam: Saskia van Elst\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Betuwezoom "
             "(gemeenten Oudewaard en Lingehof)\nE-mail: s.vanelst@werkorganisatie-betuwezoom.nl\n"
             "Telefoon: 0345 66 12 00"},
    {"id": "h4-subscribe-05", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Gijs Roodbeen <g.roodbeen@werkorganisatie-vijfheerenland.nl>",
     "subject": "Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Geachte dames en heren,\n\nOp de VNG-jaarvergadering kreeg ik uw brochure in handen. Als directeur van "
             "een ambtelijke fusieorganisatie herken ik de dilemma's die u beschrijft maar al te goed. Ik zou mij "
             "daarom graag bij het netwerk aansluiten.\n\nHoogachtend,\n\nmr. G.A. Roodbeen\nalgemeen directeur"
             + DISCLAIMER},
    {"id": "h4-subscribe-06", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Inge Meulenbelt <i.meulenbelt@werkorganisatie-achterhoek-oost.nl>", "subject": "Uitnodigingen",
     "body": "Hoi,\n\nIk zou voortaan graag de uitnodigingen voor jullie ateliers ontvangen. Ik ben directeur van "
             "een werkorganisatie voor twee gemeenten en nog geen lid, geloof ik. Zet me maar op de lijst.\n\nInge"},
    {"id": "h4-subscribe-07", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Wouter Smeenk <w.smeenk@werkorganisatie-de-kop.nl>", "subject": "Aanmelden s.v.p.",
     "body": "Hierbij wil ik mij aanmelden voor het netwerk.\n\nMvg,\nWouter Smeenk\nDirecteur Werkorganisatie De Kop"
             + SAMSUNG},
    {"id": "h4-subscribe-08", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Laura Fennema <laura.fennema@werkorganisatie-dokkumerland.nl>",
     "subject": "Sign me up / aanmelding",
     "body": "Dear all / beste allen,\n\nNew in the job and keen to meet peers: I'd like to join the network of "
             "directors. Ik spreek ook Nederlands hoor, dus antwoorden in het Nederlands is prima.\n\nLaura Fennema"},
    {"id": "h4-subscribe-09", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Hans Dekkers <h.dekkers@werkorganisatie-maaskant-west.nl>", "subject": "",
     "body": "Goedemorgen,\n\nVia een collega-directeur uit de Kempen kreeg ik jullie adres. Wij zijn sinds vorig "
             "jaar een ambtelijke fusieorganisatie voor drie gemeenten en zoeken aansluiting bij collega's die dit "
             "al langer doen. Ik word dan ook graag lid van het netwerk.\n\nGroet,\nHans Dekkers\n"
             "directeur/gemeentesecretaris"},
    {"id": "h4-subscribe-10", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Evelien Brand <e.brand@werkorganisatie-randmeren.nl>", "subject": "Graag toevoegen aan de "
     "maillijst",
     "body": "Beste secretariaat,\n\nKunt u mij toevoegen aan de verzendlijst van het netwerk? Ik ben directeur "
             "van Werkorganisatie Randmeren.\n\nMet vriendelijke groet,\nEvelien Brand"},
    {"id": "h4-subscribe-11", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Olaf Vreeswijk <o.vreeswijk@werkorganisatie-utrechtse-waarden.nl>",
     "subject": "Aanmelden voor het netwerk",
     "body": "Dag,\n\nVorig jaar heb ik me afgemeld omdat ik tijdelijk een andere functie had. Inmiddels ben ik "
             "terug als directeur en wil ik weer meedoen. Bij dezen mijn aanmelding.\n\nOlaf Vreeswijk"},
    {"id": "h4-subscribe-12", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Charlotte Oosterhof <c.oosterhof@werkorganisatie-hunzedal.nl>",
     "subject": "Aanmelden", "body": "Aanmelden"},
    {"id": "h4-subscribe-13", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Matthijs Kolk <m.kolk@werkorganisatie-sallandse-heuvels.nl>", "subject": "Deelname netwerk",
     "body": "Beste Stan en Melanie,\n\nWe spraken elkaar kort bij het congres in Zwolle. Zoals beloofd: ik meld me "
             "hierbij aan als lid van het netwerk. Ik kijk uit naar het eerstvolgende atelier.\n\n"
             "Hartelijke groet,\nMatthijs Kolk\nalgemeen directeur\nWerkorganisatie Sallandse Heuvels\n"
             "M 06 28 73 55 10" + WERKTIJDEN},
    {"id": "h4-subscribe-14", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Joyce Pinas <j.pinas@werkorganisatie-westfriese-kust.nl>",
     "subject": "Houd mij op de hoogte",
     "body": "Hallo,\n\nIk wil graag zelf de berichten en uitnodigingen van het netwerk ontvangen: sinds "
             "deze maand ben ik directeur (hiervoor was ik adjunct en las ik mee via mijn baas). Graag aanmelden "
             "als lid.\n\nJoyce Pinas"},
    {"id": "h4-subscribe-15", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Alexander Brouwer <alexander.brouwer@werkorganisatie-heideveld.nl>",
     "subject": "Subscription request",
     "body": "Good afternoon,\n\nPlease subscribe me to the mailing list of the Netwerk van directeuren. I head "
             "the merged civil service of Heideveld and Veluwerand.\n\nWith kind regards,\n\nAlexander Brouwer\n"
             "Director\n+31 55 599 00 00" + DISCLAIMER_EN},
    {"id": "h4-subscribe-16", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Bas Nijenhuis <b.nijenhuis@werkorganisatie-vechtdal-noord.nl>",
     "subject": "FW: brochure netwerk",
     "body": "Ik heb de brochure hieronder van mijn secretaresse gekregen. Ziet er goed uit, ik doe graag mee. "
             "Wilt u mij inschrijven als lid?\n\nBas Nijenhuis\n\n-----Oorspronkelijk bericht-----\n"
             "Van: Secretariaat Directie <secretariaat@werkorganisatie-vechtdal-noord.nl>\n"
             "Verzonden: maandag 12 oktober 2026 10:02\nAan: Bas Nijenhuis\nOnderwerp: brochure netwerk\n\n"
             "Bas, dit kwam binnen via de post. Misschien iets voor jou?\nGroet, Marja"},
    {"id": "h4-subscribe-17", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Sjoerd Wiersma <s.wiersma@werkorganisatie-lauwersmeer.nl>", "subject": "Aanmelden netwerk",
     "body": "Goeiedag,\n\nik ben net begonnen als directeur en ik wil me graag aanmelden voor het netwek. "
             "excuses voor de typefouten, ik tik dit in de trein.\n\nsjoerd" + IPHONE},
    {"id": "h4-subscribe-18", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Nathalie Goossens <n.goossens@werkorganisatie-baronie-oost.nl>",
     "subject": "Lidmaatschap",
     "body": "Beste,\n\nIk zou graag lid worden van uw netwerk. Ik ben sinds september directeur van de ambtelijke "
             "organisatie van de gemeenten Baronie en Leurdijk. Alvast bedankt.\n\nMet vriendelijke groeten,\n"
             "Nathalie Goossens"},
    {"id": "h4-subscribe-19", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Arnold Veenstra <a.veenstra@werkorganisatie-zuidwolde-oost.nl>",
     "body": "Lid blijven.\n\nMijn nieuwe collega heeft per ongeluk vanuit mijn mailbox een afmelding gestuurd, "
             "dat was niet de bedoeling.\n\nArnold Veenstra"},
    {"id": "h4-subscribe-20", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Kim Tjon <kim.tjon@werkorganisatie-amstelland-zuid.nl>",
     "subject": "aanmelding",
     "body": "Hoi! Via LinkedIn zag ik het verslag van jullie laatste atelier voorbijkomen. Ik wil er de volgende "
             "keer ook bij zijn, dus ik schrijf me in voor het netwerk.\n\nKim Tjon\ndirecteur"},
    {"id": "h4-subscribe-21", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Reinier Baan <r.baan@werkorganisatie-zeeuwse-eilanden.nl>",
     "subject": "Verzoek tot aanmelding",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u mij in te schrijven als deelnemer aan het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties.\n\nMet de meeste hoogachting,\n\nR. Baan\n"
             "algemeen directeur Werkorganisatie Zeeuwse Eilanden\nPostbus 12, 4300 AA Zierikwaard" + DISCLAIMER},
    {"id": "h4-subscribe-22", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Tessa Kuipers <t.kuipers@werkorganisatie-krimpenerhoek.nl>",
     "subject": "Nieuw lid",
     "body": "Ik ben Tessa Kuipers, vanaf volgende week directeur van de werkorganisatie Krimpenerhoek. Ik zou het "
             "fijn vinden om bij het netwerk te horen. Kunnen jullie mij aanmelden?\n\nGroeten,\nTessa"},
    {"id": "h4-subscribe-23", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Michiel de Witte <m.dewitte@werkorganisatie-land-van-heusden.nl>",
     "subject": "Aanmelding",
     "body": "Hallo,\n\nIk heb van mijn voorganger Ad Kooistra begrepen dat hij al is afgemeld. Ik wil nu zelf lid "
             "worden; dit is mijn adres.\n\nMichiel de Witte\nalgemeen directeur"},
    {"id": "h4-subscribe-24", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Olivia Chen <o.chen@werkorganisatie-groene-hart-west.nl>",
     "subject": "Joining",
     "body": "Hi there, I'm the new director at Groene Hart West. Would love to be part of the network and the "
             "ateliers. Thanks!\n\nOlivia" + IPAD_EN},
    {"id": "h4-subscribe-25", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Gert-Jan Hoving <gj.hoving@werkorganisatie-twentse-poort.nl>",
     "subject": "Aanmelden voor het netwerk van directeuren",
     "body": "Goedemorgen,\n\nNa een periode als interim-manager ben ik per 1 november in vaste dienst als directeur "
             "van de Twentse Poort. Ik meld mij graag aan voor het netwerk. Mijn secretaresse, Ria Scholten, hoeft "
             "geen berichten te ontvangen; alles mag naar dit adres.\n\nMet vriendelijke groet,\n"
             "Gert-Jan Hoving" + GREEN},
    {"id": "h4-subscribe-26", "kind": "subscribe", "thread": None, "quoted": None,
     "sender": "Hilde Vandevelde <h.vandevelde@werkorganisatie-zeeuws-vlaanderen-west.nl>",
     "subject": "inschrijving",
     "body": "Goeiemiddag,\n\nIk zou mij graag inschrijven voor jullie netwerk van directeurs. Wij zijn een "
             "fusieorganisatie van twee gemeenten aan de grens. Mag ik ook op de mailinglijst?\n\n"
             "Met vriendelijke groeten,\nHilde Vandevelde"},
    # -- Confirm ---------------------------------------------------------------------------------------------
    {"id": "h4-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marloes Jansma <m.jansma@werkorganisatie-terpenland.nl>",
     "body": "Bevestigd.\n\nMarloes Jansma"},
    {"id": "h4-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Ravi Sewdien <ravi.sewdien@werkorganisatie-haven-en-kust.nl>",
     "body": "Yes, that was me. Confirmed.\n\nRavi"},
    {"id": "h4-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Dirk-Jan Moesker <dj.moesker@werkorganisatie-eemvallei.nl>",
     "body": "" + IPHONE},
    {"id": "h4-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Gijs Roodbeen <g.roodbeen@werkorganisatie-vijfheerenland.nl>",
     "body": "Excuses voor de late reactie, uw eerste bericht was in de map ongewenste e-mail beland. Ik bevestig "
             "hierbij mijn aanmelding.\n\nmr. G.A. Roodbeen" + DISCLAIMER},
    {"id": "h4-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Evelien Brand <e.brand@werkorganisatie-randmeren.nl>",
     "body": "Klopt, dat was ik. Graag!\n\nEvelien"},
    {"id": "h4-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Reinier Baan <r.baan@werkorganisatie-zeeuwse-eilanden.nl>",
     "body": "Akkoord.\n\nR. Baan"},
    {"id": "h4-confirm-07", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Tessa Kuipers <t.kuipers@werkorganisatie-krimpenerhoek.nl>",
     "body": "Ja, dit e-mailadres is van mij en ik wil graag de berichten ontvangen.\n\nTessa Kuipers"},
    {"id": "h4-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "sender": "Nathalie Goossens <n.goossens@werkorganisatie-baronie-oost.nl>",
     "body": "Ja, klopt, ik had me aangemeld. Bij deze bevestigd.\n\nNathalie"},
    {"id": "h4-confirm-09", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Olivia Chen <o.chen@werkorganisatie-groene-hart-west.nl>",
     "body": "Sorry, missed the first one! Yes please, I confirm.\n\nOlivia"},
    {"id": "h4-confirm-10", "kind": "confirm", "thread": C, "quoted": None,
     "sender": "Sjoerd Wiersma <s.wiersma@werkorganisatie-lauwersmeer.nl>",
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\nja\n\nsjoerd"},
    # -- Suggestion ------------------------------------------------------------------------------------------
    {"id": "h4-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Hanneke Lubbers <h.lubbers@werkorganisatie-veenmeer.nl>",
     "body": "Beste Stan en Melanie,\n\nIk zou graag eens praten over hoe je als werkorganisatie omgaat met "
             "gemeenten die elk een andere kant op willen in de regio: de ene gemeente zoekt aansluiting bij de "
             "stad, de andere bij het platteland. Hoe bewaak je dan de onderlinge verhoudingen tussen de "
             "deelnemende gemeenten?\n\nGroet,\nHanneke" + DISCLAIMER},
    {"id": "h4-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Joost Brinkhorst <joostbrinkhorst@ossendonk.nl>",
     "body": "Mijn suggestie: de arbeidsmarkt. We krijgen vacatures voor vakspecialisten niet meer gevuld. Hoe "
             "pakken anderen hun formatie en strategische personeelsplanning aan?\n\nJoost" + IPHONE},
    {"id": "h4-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Femke Dijkhuis <f.dijkhuis@gemeente-wolderveen.nl>",
     "body": "Hoi,\n\nWat mij bezighoudt: inwoners in vier dorpen verwachten elk hun eigen loket, terwijl wij de "
             "dienstverlening juist centraal en digitaal willen organiseren. Hoe houd je de dienstverlening aan "
             "inwoners en ondernemers dichtbij? Dat lijkt me een mooi onderwerp.\n\nFemke"},
    {"id": "h4-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Gerrit Slagman <gerrit.slagman@oostmaasland.nl>",
     "body": "Geacht secretariaat,\n\nDank voor de geslaagde middag. Voor een volgende keer stel ik voor om stil te "
             "staan bij de lange termijn visie van de organisatie: waar staat de werkorganisatie over tien jaar, en "
             "wie formuleert die stip op de horizon?\n\nHoogachtend,\nG. Slagman"},
    {"id": "h4-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Bart Jorritsma <b.jorritsma@gemeente-kroondal.nl>",
     "body": "Twee dingen:\n1. de relatie tussen de deelnemende gemeenten: hoe voorkom je dat elke gemeente "
             "alleen nog naar het eigen belang kijkt;\n2. ons sturingsconcept: wij zitten nog met "
             "een directie plus afdelingshoofden, anderen werken met teams. Ervaringen?\n\nBart" + IPAD_EN},
    {"id": "h4-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Wim Hofstede <w.hofstede@heuvelrode.nl>",
     "body": "Niet weer de relatie met de colleges graag, daar hebben we het vorige keer uitgebreid over gehad. "
             "Wat mij betreft gaat het nu over informatievoorziening: één zaaksysteem voor drie gemeenten, de "
             "overgang naar de cloud en wat dat vraagt van de I&A-afdeling.\n\nWim Hofstede"},
    {"id": "h4-suggestion-07", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Daniel Okafor <d.okafor@werkorganisatie-rijnstreek-oost.nl>",
     "body": "Dear Stan and Melanie,\n\nOne topic I'd love to discuss: how to set a long-term strategy for the "
             "organisation when each council has its own political priorities and a four-year horizon.\n\n"
             "Best regards,\nDaniel"},
    {"id": "h4-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Priya Ramdin <p.ramdin@werkorganisatie-haagrand.nl>",
     "body": "Leuke middag was het! Idee voor de volgende: hoe meet je eigenlijk hoe tevreden inwoners zijn over "
             "onze dienstverlening, en wat doe je met die cijfers? Wij hebben sinds kort een dashboard met "
             "klanttevredenheid per gemeente, kan ik wel iets over vertellen.\n\nPriya"},
    {"id": "h4-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Henk Luiten <h.luiten@werkorganisatie-aaenhunze-west.nl>",
     "body": "Mijn onderwerp: de herijking van de gemeenschappelijke regeling. Hoe regel je dat de gemeenten hun "
             "eigen belangen en ambities kunnen blijven inbrengen zonder dat de samenwerking eronder lijdt?\n\n"
             "H. Luiten"},
    {"id": "h4-suggestion-10", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Maaike Stoffels <m.stoffels@werkorganisatie-peelrand.nl>",
     "body": "Goedemiddag,\n\nIk heb twee voorstellen.\n- De bestuurlijke prioriteiten: drie colleges, drie "
             "coalitieakkoorden, één organisatie. Hoe kom je tot één inhoudelijke agenda?\n- Financiën: de "
             "begroting van de werkorganisatie staat onder druk door de loonkosten. Hoe gaan collega's om met "
             "bezuinigingen op de eigen organisatie?\n\nMaaike Stoffels"},
    {"id": "h4-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "quoted": None, "sender": "Kees Timmerman <k.timmerman@werkorganisatie-brabantse-wal.nl>",
     "subject": "Thema voor het volgende atelier: dienstverlening aan ondernemers",
     "body": "Beste secretariaat,\n\nIk las dat de leden zelf de thema's kiezen. Mijn voorstel staat in het "
             "onderwerp: ondernemers klagen bij ons dat ze voor een vergunning in elke gemeente anders worden "
             "behandeld. Hoe bied je ondernemers één herkenbare dienstverlening?\n\nKees Timmerman\ndirecteur"},
    {"id": "h4-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
     "sender": "Ilse Bakker <i.bakker@werkorganisatie-zeeweg.nl>",
     "body": "Nog een aanvulling op mijn eerdere suggestie: de inzet van AI en robotisering in de werkprocessen "
             "van de backoffice. Ik ben benieuwd wie daar al mee experimenteert.\n\nIlse"},
    {"id": "h4-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Jan-Willem Pranger <jw.pranger@twentekanaal-gemeenten.nl>",
     "body": "De positie van een werkorganisatie in de regio. Wij worden door de centrumgemeente vaak over het "
             "hoofd gezien bij regionale deals. Hoe zorg je dat je als fusieorganisatie aan tafel zit?\n\n"
             "Jan-Willem"},
    {"id": "h4-suggestion-14", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Hugo Claessens <hugo.claessens@werkorganisatie-kempenzoom.nl>",
     "body": "Dag allemaal,\n\nTwee onderwerpen die ik zou willen inbrengen:\n- digitalisering van de interne "
             "werkprocessen (wij zitten midden in de vervanging van ons financieel systeem);\n- en los daarvan de "
             "innovatie van de dienstverlening aan inwoners: chat, WhatsApp, een app voor meldingen openbare "
             "ruimte.\n\nVriendelijke groeten,\nHugo"},
    {"id": "h4-suggestion-15", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Erik Hazelaar <e.hazelaar@werkorganisatie-duinkant.nl>",
     "body": "Samenwerking hebben we nu wel gehad. Ik zou de volgende keer graag de inhoudelijke agenda voor de "
             "komende raadsperiode bespreken: welke opgaven zet je centraal en hoe maak je keuzes?\n\nErik" + IPHONE},
    {"id": "h4-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Karel Vos <k.vos@werkorganisatie-noorderzijl.nl>",
     "body": "Yvonne stuurde me deze oproep door. Thema wat mij betreft: organisatiestructuur. Wij overwegen de "
             "overstap van sectoren naar domeinen en ik hoor graag hoe anderen dat hebben gedaan.\n\nKarel Vos"},
    {"id": "h4-suggestion-17", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Esther Wolters <e.wolters@lindewaarde.nl>",
     "body": "Beste Stan en Melanie,\n\nGraag draag ik twee thema's aan. Het eerste is de vraag hoe we als "
             "werkorganisatie een eigen koers voor de lange termijn uitzetten. Het tweede gaat over gezamenlijke "
             "opgaven zoals de energietransitie en woningbouw, die de gemeenten samen moeten oppakken terwijl ze "
             "elk hun eigen ambities hebben.\n\nMet vriendelijke groet,\nEsther Wolters"},
    {"id": "h4-suggestion-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": None, "sender": "Noor Benali <n.benali@werkorganisatie-vechtplas.nl>",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nHet meten van prestaties in de dienstverlening: wachttijden aan de telefoon, "
             "afhandeltermijnen van meldingen, en hoe je die per gemeente zichtbaar maakt.\n\nNoor"},
    {"id": "h4-suggestion-19", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Roelof Kampinga <r.kampinga@werkorganisatie-fivelmond.nl>",
     "body": "Innovatie binnen de eigen organisatie: hoe creëer je ruimte voor vernieuwing als de formatie krap "
             "is?\n\nRoelof"},
    {"id": "h4-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Claire Hendrickx <c.hendrickx@werkorganisatie-maasheggen.nl>",
     "body": "Hi,\n\nSuggestion for the atelier: the relationship between the participating municipalities, "
             "especially when one council wants to step out of the shared organisation. How do others keep "
             "everyone on board?\n\nClaire"},
    {"id": "h4-suggestion-21", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Anouk Verschuren <a.verschuren@gemeentenbergenwoud.nl>",
     "body": "Hallo,\n\nIk zou twee vragen willen voorleggen:\n\na) hoe vertaal je de bestuurlijke prioriteiten "
             "van drie colleges naar één visie voor de werkorganisatie;\nb) hoe innoveer je de dienstverlening "
             "aan instellingen zoals scholen en zorgaanbieders, die nu per gemeente een ander aanspreekpunt "
             "hebben.\n\nAnouk"},
    {"id": "h4-suggestion-22", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "notes",
     "sender": "Annemarie Bosch <annemarie.bosch@werkorganisatie-langstraat-zuid.nl>",
     "body": "Hoewel ik er de vorige keer niet bij kon zijn, wil ik wel een onderwerp aandragen: de "
             "planning-en-controlcyclus van een werkorganisatie die aan drie raden verantwoording aflegt. Hoe "
             "houd je de financiën en de rapportages beheersbaar?\n\nAnnemarie Bosch"},
    # -- Unsubscribe -----------------------------------------------------------------------------------------
    {"id": "h4-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "sender": "Ad Kooistra <a.kooistra@werkorganisatie-land-van-heusden.nl>", "subject": "Afmelden",
     "body": "Beste secretariaat,\n\nPer 1 december ga ik met pensioen. Wilt u mij afmelden als lid van het "
             "netwerk? Ik heb de ateliers altijd zeer gewaardeerd.\n\nMet vriendelijke groet,\nAd Kooistra"},
    {"id": "h4-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "sender": "Vera Lindeman <v.lindeman@werkorganisatie-kustzone.nl>",
     "subject": "Opvolging directeur Werkorganisatie Kustzone",
     "body": "Goedemiddag,\n\nMet ingang van 1 februari vertrek ik naar de provincie. Mijn taken als directeur "
             "worden overgenomen door Bram de Ruiter (b.deruiter@werkorganisatie-kustzone.nl). Graag mijn "
             "lidmaatschap aan hem overdragen.\n\nVera Lindeman" + DISCLAIMER},
    {"id": "h4-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": None,
     "sender": "Rob Zandbergen <r.zandbergen@werkorganisatie-hollandse-plassen.nl>",
     "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u al mijn persoonsgegevens uit uw bestanden te verwijderen en mij niet langer te "
             "benaderen. Graag ontvang ik een bevestiging.\n\nHoogachtend,\nR. Zandbergen"},
    {"id": "h4-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Pauline Verbruggen <p.verbruggen@werkorganisatie-altena-noord.nl>",
     "body": "Beste Stan,\n\nOp 11 maart kan ik niet, en eigenlijk is dit een goed moment om te zeggen dat ik ook "
             "uit het netwerk stap: ik heb een nieuwe baan buiten het openbaar bestuur. Haal me dus maar van de "
             "lijst.\n\nHartelijke groet,\nPauline"},
    {"id": "h4-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Frank Westerhof <f.westerhof@werkorganisatie-lingemond.nl>",
     "body": "Geen thema van mijn kant. Ik wil me eigenlijk liever afmelden voor het hele netwerk, ik heb er "
             "gewoon de tijd niet voor.\n\nFrank"},
    {"id": "h4-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Manon Brugman <m.brugman@werkorganisatie-oude-ijssel.nl>",
     "body": "Geachte heer, mevrouw,\n\nIk ben nooit lid geweest van dit netwerk en weet niet hoe u aan mijn adres "
             "komt. Ik kom dus niet, en ik wil dat u mijn gegevens wist conform de AVG.\n\nM. Brugman"},
    {"id": "h4-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "sender": "Tom Akkerman <t.akkerman@werkorganisatie-veluwezoom-west.nl>",
     "subject": "unsubscribe",
     "body": "Please remove me from your mailing list, I've left the organisation.\n\nTom" + IPAD_EN},
    {"id": "h4-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple", "sender": "Stijn Bogaerts <s.bogaerts@werkorganisatie-grensmaas.nl>",
     "body": "Hmm, ik heb me vorige week aangemeld maar bij nader inzien past het niet in mijn agenda. Schrijf me "
             "maar weer uit.\n\nStijn" + IPHONE},
    {"id": "h4-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "sender": "Ellen Vroom <e.vroom@werkorganisatie-drentse-aa.nl>",
     "subject": "Wisseling van de wacht",
     "body": "Beste Melanie,\n\nNa acht jaar neem ik afscheid van de Drentse Aa. Vanaf 1 maart is Jeroen Mulder "
             "de nieuwe directeur; zijn adres wordt j.mulder@werkorganisatie-drentse-aa.nl. Zou je hem in mijn "
             "plaats op de lijst willen zetten? Ik ga er zelf vanaf.\n\nDank voor alles!\nEllen Vroom"},
    {"id": "h4-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": None,
     "sender": "Joris Dam <j.dam@werkorganisatie-zaanoever.nl>", "subject": "Afmelden en gegevens verwijderen",
     "body": "Hallo,\n\nGraag afmelden voor het netwerk. Wilt u daarbij ook al mijn gegevens uit uw systeem "
             "halen? Ik wil niet dat mijn naam en adres bewaard blijven.\n\nJoris Dam"},
    {"id": "h4-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "sender": "Lucas Peeters <l.peeters@werkorganisatie-dommeldal.nl>",
     "body": "Ik heb me nooit voor dit atelier opgegeven en ik wil ook geen berichten meer van het netwerk. "
             "Graag uitschrijven.\n\nL. Peeters"},
    {"id": "h4-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "sender": "Sophie Aarts <sophie.aarts@werkorganisatie-kempenland-noord.nl>",
     "subject": "Mijn vertrek / my successor",
     "body": "Dear secretariat,\n\nI'm stepping down as director at the end of this month. My successor, "
             "Lieke Janssens (l.janssens@werkorganisatie-kempenland-noord.nl), will take over my place in the "
             "network.\n\nKind regards,\nSophie Aarts"},
    {"id": "h4-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-en", "sender": "Arjan Kolkman <a.kolkman@werkorganisatie-ommerland.nl>",
     "body": "Dank voor het verslag. Dit was mijn laatste atelier: ik vertrek bij de gemeente. Ik verzoek u mijn "
             "lidmaatschap te beëindigen en mijn persoonsgegevens te laten verwijderen.\n\nArjan Kolkman"},
    {"id": "h4-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "sender": "Brigitte Hoekman <b.hoekman@werkorganisatie-rijn-en-venen.nl>",
     "subject": "geen mail meer graag",
     "body": "ik ontvang jullie berichten al een tijdje maar ik doe er niks mee, dus zet me maar uit de "
             "mailing\n\nbrigitte"},
    {"id": "h4-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Wilco Stam <w.stam@werkorganisatie-zuidplas-oost.nl>",
     "body": "Goedemorgen,\n\nUw uitnodiging komt op een moment dat onze werkorganisatie wordt opgeheven: de "
             "gemeenten gaan per 1 januari herindelen. Ik word geen directeur van de nieuwe gemeente, dus "
             "beëindig ik mijn lidmaatschap van het netwerk, en naar het atelier kom ik dan ook niet.\n\nW. Stam"},
    {"id": "h4-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": None,
     "sender": "Ingrid Mol <i.mol@werkorganisatie-bommelerwaard-oost.nl>",
     "subject": "Right to erasure",
     "body": "Hello,\n\nUnder the GDPR I ask you to delete all personal data you hold about me and to take me off "
             "every list. Thank you.\n\nIngrid Mol" + DISCLAIMER_EN},
    # -- Auto-reply ------------------------------------------------------------------------------------------
    {"id": "h4-autoreply-01", "kind": "autoreply", "thread": I, "quoted": None,
     "sender": "Hanneke Lubbers <h.lubbers@werkorganisatie-veenmeer.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Dank voor uw bericht. Ik ben tot en met 4 januari afwezig en heb beperkt toegang tot mijn e-mail. "
             "Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, 0592 77 41 00."},
    {"id": "h4-autoreply-02", "kind": "autoreply", "thread": T, "quoted": None,
     "sender": "Daniel Okafor <d.okafor@werkorganisatie-rijnstreek-oost.nl>",
     "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Thank you for your email. I am out of the office until Monday 19 October with no access to email. "
             "For urgent matters please contact my office manager at office@werkorganisatie-rijnstreek-oost.nl."},
    {"id": "h4-autoreply-03", "kind": "autoreply", "thread": None, "quoted": None,
     "sender": "Postmaster Werkorganisatie De Meerlanden <noreply@werkorganisatie-meerlanden.nl>",
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Geachte afzender,\n\nPer 1 januari zijn de gemeenten Meerwijk en Hazelaar samengegaan in "
             "Werkorganisatie De Meerlanden. Het e-mailadres waaraan u schreef wordt niet meer gelezen. Uw "
             "bericht is niet doorgestuurd. Gebruik voortaan info@werkorganisatie-meerlanden.nl.\n\n"
             "Dit is een automatisch gegenereerd bericht."},
    {"id": "h4-autoreply-04", "kind": "autoreply", "thread": None, "quoted": None,
     "sender": "Klantcontactcentrum <kcc@werkorganisatie-duinkant.nl>",
     "subject": "Ontvangstbevestiging zaaknummer Z-2026-118345",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Geachte heer/mevrouw,\n\nWij hebben uw bericht in goede orde ontvangen en geregistreerd onder "
             "zaaknummer Z-2026-118345. U ontvangt binnen tien werkdagen een inhoudelijke reactie.\n\n"
             "Met vriendelijke groet,\nKlantcontactcentrum Duinkant\n\nLet op: op dit bericht kunt u niet "
             "reageren."},
    {"id": "h4-autoreply-05", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "sender": "Wim Hofstede <w.hofstede@heuvelrode.nl>",
     "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "body": "Ik ben met vakantie en vanaf 15 maart weer op kantoor. Uw e-mail wordt niet doorgestuurd."},
    {"id": "h4-autoreply-06", "kind": "autoreply", "thread": I, "quoted": None,
     "sender": "Marcel Otten <m.otten@werkorganisatie-lekdal.nl>",
     "subject": "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Precedence": "auto_reply"},
     "body": "Beste afzender,\n\nIk ben afwezig in verband met ouderschapsverlof en lees mijn mail op dinsdag. Voor "
             "de directie kunt u terecht bij mijn collega Rianne Veldhuis (r.veldhuis@werkorganisatie-lekdal.nl), "
             "die mij in deze periode vervangt.\n\nMarcel Otten"},
    {"id": "h4-autoreply-07", "kind": "autoreply", "thread": None, "quoted": None,
     "sender": "Ellen Vroom <e.vroom@werkorganisatie-drentse-aa.nl>",
     "subject": "Automatisch antwoord: Welkom bij het Netwerk",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Vanaf 1 maart ben ik niet meer werkzaam bij Werkorganisatie Drentse Aa. Uw bericht wordt niet "
             "doorgestuurd. Voor zaken die de directie betreffen kunt u mailen naar mijn opvolger, Jeroen "
             "Mulder: j.mulder@werkorganisatie-drentse-aa.nl."},
    {"id": "h4-autoreply-08", "kind": "autoreply", "thread": I, "quoted": None,
     "sender": "Claire Hendrickx <c.hendrickx@werkorganisatie-maasheggen.nl>",
     "subject": "Out of Office: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "body": "Ik ben afwezig tot en met 1 maart. / I am away until 1 March.\n\nUw bericht wordt na mijn terugkomst "
             "behandeld. Your message will be dealt with on my return."},
    {"id": "h4-autoreply-09", "kind": "autoreply", "thread": None, "quoted": None,
     "sender": "Joost Brinkhorst <joostbrinkhorst@ossendonk.nl>",
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "body": "Hallo, ik zit deze week op een cursus en lees mijn mail 's avonds. Ik kom zo snel mogelijk bij u "
             "terug.\n\nJoost Brinkhorst" + IPHONE},
    {"id": "h4-autoreply-10", "kind": "autoreply", "thread": C, "quoted": None,
     "sender": "Team Directie <directie@werkorganisatie-groene-hart-west.nl>",
     "subject": "Bedankt voor uw e-mail",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Bedankt voor uw e-mail aan het team directie. Wij streven ernaar u binnen drie werkdagen te "
             "antwoorden. Dit is een automatisch bericht.\n\nThank you for your e-mail; we aim to reply within "
             "three working days."},
    {"id": "h4-autoreply-11", "kind": "autoreply", "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Priya Ramdin <p.ramdin@werkorganisatie-haagrand.nl>",
     "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben niet aanwezig van 8 tot en met 19 maart. Mijn e-mail wordt niet gelezen."},
    {"id": "h4-autoreply-12", "kind": "autoreply", "thread": T, "quoted": None,
     "sender": "Erik Hazelaar <e.hazelaar@werkorganisatie-duinkant.nl>",
     "subject": "Afwezigheidsbericht",
     "headers": {"Precedence": "bulk"},
     "body": "Goedendag,\n\nIk ben tot en met vrijdag 6 november met verlof. Ik neem na terugkomst contact met u op."
             "\n\nMet vriendelijke groet,\nErik Hazelaar"},
    # -- Other -----------------------------------------------------------------------------------------------
    {"id": "h4-other-01", "kind": "other", "thread": None, "quoted": None,
     "sender": "Marja Scholten <m.scholten@werkorganisatie-vechtdal-noord.nl>",
     "subject": "Aanmelding namens directeur",
     "body": "Goedemorgen,\n\nIk ben managementassistent van onze nieuwe directeur, de heer P. Dijkman. Hij heeft "
             "mij gevraagd hem aan te melden voor uw netwerk. Kunt u dat regelen? Post mag naar mij.\n\n"
             "Met vriendelijke groet,\nMarja Scholten\nsecretariaat directie"},
    {"id": "h4-other-02", "kind": "other", "thread": None, "quoted": None,
     "sender": "Ronald Spek <r.spek@werkorganisatie-heuvelland-zuid.nl>", "subject": "Vraag over lidmaatschap",
     "body": "Beste secretariaat,\n\nIk ben directeur van een gemeente die geen ambtelijke fusie is, maar wel "
             "veel taken via een gemeenschappelijke regeling laat uitvoeren. Is het netwerk ook voor mij bedoeld, "
             "of alleen voor directeuren van echte fusieorganisaties?\n\nMet vriendelijke groet,\nRonald Spek"},
    {"id": "h4-other-03", "kind": "other", "thread": None, "quoted": None,
     "sender": "Lisa de Boer <lisa.deboer@binnenlandsbestuurblad.nl>", "subject": "Persvraag over ambtelijke fusies",
     "body": "Goedemiddag,\n\nIk ben journalist en schrijf een achtergrondstuk over tien jaar ambtelijke fusies. "
             "Zou iemand van het netwerk bereid zijn tot een kort interview, of kunt u mij in contact brengen met "
             "een van de directeuren?\n\nMet vriendelijke groet,\nLisa de Boer\n06 55 20 14 87"},
    {"id": "h4-other-04", "kind": "other", "thread": None, "quoted": None,
     "sender": "Martijn Verkerk <martijn@verkerk-organisatieadvies.nl>", "subject": "Kennismaking",
     "body": "Beste Stan en Melanie,\n\nMet ons bureau begeleiden we al jaren fusietrajecten bij gemeenten. We "
             "zouden het leuk vinden om op een van jullie ateliers een interactieve workshop te verzorgen over "
             "cultuurverschillen na een fusie, uiteraard kosteloos. Zullen we eens bellen?\n\n"
             "Hartelijke groet,\nMartijn Verkerk\nVerkerk Organisatieadvies"},
    {"id": "h4-other-05", "kind": "other", "thread": None, "quoted": None,
     "sender": "Hanneke Lubbers <h.lubbers@werkorganisatie-veenmeer.nl>", "subject": "Adviesraad",
     "body": "Beste Stan,\n\nIk las in de nieuwsbrief dat er een plek vrijkomt in de Adviesraad. Ik zou daar graag "
             "voor in aanmerking komen; ik heb veel ervaring met de uitbreiding van een werkorganisatie met een "
             "extra gemeente. Hoe gaat de selectie in zijn werk?\n\nHartelijke groet,\nHanneke Lubbers"},
    {"id": "h4-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Bart Jorritsma <b.jorritsma@gemeente-kroondal.nl>",
     "body": "Ik kom graag, maar is het atelier ook goed bereikbaar met de auto en kan ik daar ergens parkeren? "
             "Dan weet ik of ik de auto of de trein neem.\n\nBart"},
    {"id": "h4-other-07", "kind": "other", "thread": None, "quoted": None,
     "sender": "Annelies Vink <a.vink@werkorganisatie-westerkwartier-zuid.nl>",
     "subject": "Collega uit dienst",
     "body": "Goedemiddag,\n\nUw berichten voor de heer K. Drost komen nog bij ons binnen, maar hij is sinds "
             "oktober niet meer bij ons werkzaam. Wie hem opvolgt is nog niet bekend. Kunt u zijn adres "
             "verwijderen?\n\nMet vriendelijke groet,\nAnnelies Vink\nfacilitaire zaken"},
    {"id": "h4-other-08", "kind": "other", "thread": None, "quoted": None,
     "sender": "Sanne de Groot <s.degroot@werkorganisatie-amstelvliet.nl>",
     "subject": "Vraag over het verslag",
     "body": "Hoi,\n\nDe link naar het verslag van het laatste atelier werkt bij mij niet (foutmelding 404). "
             "Kunnen jullie het als pdf sturen?\n\nGroet,\nSanne"},
    {"id": "h4-other-09", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Wouter Smeenk <w.smeenk@werkorganisatie-de-kop.nl>",
     "body": "Voordat ik bevestig: worden mijn gegevens met andere partijen gedeeld, bijvoorbeeld met het "
             "adviesbureau dat de ateliers organiseert? Dat wil ik eerst weten.\n\nWouter Smeenk"},
    {"id": "h4-other-10", "kind": "other", "thread": None, "quoted": None,
     "sender": "Olaf Vreeswijk <o.vreeswijk@werkorganisatie-utrechtse-waarden.nl>",
     "subject": "Dank!",
     "body": "Beste Stan en Melanie,\n\nWat een inspirerende middag gisteren. Ik heb er veel aan gehad, vooral aan "
             "het gesprek over de rol van de griffies. Complimenten voor de organisatie.\n\nOlaf"},
    {"id": "h4-other-11", "kind": "other", "thread": None, "quoted": None,
     "sender": "Kim Tjon <kim.tjon@werkorganisatie-amstelland-zuid.nl>",
     "subject": "Aanmelding + vraag",
     "body": "Hallo,\n\nIk wil me aanmelden voor het netwerk, maar kost het lidmaatschap iets? Onze organisatie "
             "is kritisch op abonnementen en ik moet dat eerst weten.\n\nKim"},
    {"id": "h4-other-12", "kind": "other", "thread": None, "quoted": None,
     "sender": "Paul Wessels <p.wessels@werkorganisatie-noordoostpolder-west.nl>",
     "subject": "Adreswijziging collega",
     "body": "Beste secretariaat,\n\nOnze directeur, mevrouw Fokkema, heeft een nieuw e-mailadres gekregen na de "
             "migratie naar een ander domein: j.fokkema@nop-west.nl. Wilt u dat aanpassen?\n\nPaul Wessels\n"
             "functioneel beheer"},
    {"id": "h4-other-13", "kind": "other", "thread": None, "quoted": None,
     "sender": "Linda Groen <linda@eventlocatie-de-kapberg.nl>",
     "subject": "Locatie voor uw volgende atelier?",
     "body": "Geachte organisatie,\n\nOp zoek naar een inspirerende locatie voor uw volgende bijeenkomst? Onze "
             "gerestaureerde boerderij biedt plaats aan 60 personen, met catering en parkeren voor de deur. Graag "
             "stuur ik u een vrijblijvende offerte.\n\nMet vriendelijke groet,\nLinda Groen\nDe Kapberg"},
    {"id": "h4-other-14", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "gmail",
     "sender": "Maaike Stoffels <m.stoffels@werkorganisatie-peelrand.nl>",
     "body": "Wat jammer! Is er al een idee wanneer het atelier wel doorgaat? Ik wil het graag zo snel mogelijk "
             "in mijn agenda zetten.\n\nMaaike"},
    {"id": "h4-other-15", "kind": "other", "thread": None, "quoted": None,
     "sender": "Gerda Veldkamp <directie@berkelstroom.nl>",
     "subject": "Afmelden oud-directeur",
     "body": "Goedemorgen,\n\nWilt u de heer J. Hulshof afmelden en zijn gegevens verwijderen? Hij is met pensioen "
             "en heeft ons gevraagd dit voor hem te regelen.\n\nMet vriendelijke groet,\nGerda Veldkamp\n"
             "secretariaat directie"},
    {"id": "h4-other-16", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Stefan Wijnberg <s.wijnberg@werkorganisatie-gouwzijde.nl>",
     "body": "Beste Melanie,\n\nWie zitten er eigenlijk in de Adviesraad, en hoe wordt er uiteindelijk gekozen "
             "uit de thema's die binnenkomen? Dan kan ik beter inschatten wat ik aandraag.\n\nStefan"},
    {"id": "h4-other-17", "kind": "other", "thread": None, "quoted": None,
     "sender": "Jeroen Mulder <j.mulder@werkorganisatie-drentse-aa.nl>",
     "subject": "Overname lidmaatschap",
     "body": "Beste secretariaat,\n\nMijn voorganger Ellen Vroom heeft u laten weten dat ik haar opvolg. Klopt "
             "het dat ik nu automatisch lid ben, of moet ik nog iets doen?\n\nGroet,\nJeroen Mulder"},
    {"id": "h4-other-18", "kind": "other", "thread": None, "quoted": None,
     "sender": "Dorien Pals <d.pals@werkorganisatie-ijsselhoek.nl>",
     "subject": "Factuur?",
     "body": "Goedendag,\n\nOnze crediteurenadministratie vraagt of er voor de deelname aan het atelier een "
             "factuur komt, en zo ja op welk inkoopordernummer. Kunt u dit laten weten?\n\nDorien Pals\n"
             "financiële administratie"},
    {"id": "h4-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Daniel Okafor <d.okafor@werkorganisatie-rijnstreek-oost.nl>",
     "body": "Hi Stan,\n\nWill the session be in Dutch only, or is there some room for English? If it's Dutch only "
             "I'll bring a colleague to help me follow; please let me know before I sign up.\n\nDaniel"},
    {"id": "h4-other-20", "kind": "other", "thread": None, "quoted": None,
     "sender": "Henk Luiten <h.luiten@werkorganisatie-aaenhunze-west.nl>",
     "subject": "Te veel mail",
     "body": "Ik krijg van jullie elke uitnodiging drie keer: op mijn oude adres, mijn nieuwe adres en via mijn "
             "secretariaat. Kan dat niet wat handiger? Ik wil het op één adres.\n\nH. Luiten"},
    {"id": "h4-other-21", "kind": "other", "thread": None, "quoted": None,
     "sender": "Student Onderzoek <f.meijer@student.bestuurskunde-hogeschool.nl>",
     "subject": "Enquête afstudeeronderzoek",
     "body": "Beste heer/mevrouw,\n\nVoor mijn afstudeeronderzoek bestuurskunde onderzoek ik de sturing van "
             "ambtelijke fusieorganisaties. Zou u mijn korte enquête onder de leden van het netwerk willen "
             "verspreiden?\n\nMet vriendelijke groet,\nFleur Meijer"},
    {"id": "h4-other-22", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Marloes Jansma <m.jansma@werkorganisatie-terpenland.nl>",
     "body": "Tige tank! Fijn dat het zo snel geregeld is. Ik zie uit naar het eerste atelier.\n\nMarloes"},
    {"id": "h4-other-23", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Coen Hagedoorn <c.hagedoorn@werkorganisatie-rivierenhof.nl>",
     "body": "Ik heb nu even geen onderwerp, maar ik denk erover na. Dank voor de oproep.\n\nCoen"},
    {"id": "h4-other-24", "kind": "other", "thread": None, "quoted": None,
     "sender": "Anouk Verschuren <a.verschuren@gemeentenbergenwoud.nl>",
     "subject": "Collega aanmelden",
     "body": "Hoi Stan,\n\nMijn collega-directeur van de buurorganisatie, Geert Alberts, wil ook graag meedoen. "
             "Hij heeft me gevraagd of ik hem kan aanmelden, hij zit de komende weken in het buitenland.\n\n"
             "Anouk"},
    {"id": "h4-other-25", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Esther Wolters <e.wolters@lindewaarde.nl>",
     "body": "Ik kom, maar ik ben mijn aanmelding voor de lunch vergeten. Is er vooraf een lunch, of moet ik zelf "
             "iets regelen?\n\nEsther" + IPHONE},
    {"id": "h4-other-26", "kind": "other", "thread": None, "quoted": None,
     "sender": "Tobias Keller <t.keller@kommunalverbund-emsland-sued.de>",
     "subject": "Interest from Germany",
     "body": "Dear colleagues,\n\nI lead a joint administration of four municipalities in Lower Saxony. Would "
             "German directors be welcome at one of your ateliers as guests, for an exchange of experiences? "
             "We'd be happy to host a return visit.\n\nBest regards,\nTobias Keller"},
    {"id": "h4-other-27", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Gerrit Slagman <gerrit.slagman@oostmaasland.nl>",
     "body": "Geacht secretariaat,\n\nKunt u mij vooraf de deelnemerslijst toesturen? Dan kan ik beoordelen of "
             "deelname voor ons zinvol is.\n\nHoogachtend,\nG. Slagman"},
    {"id": "h4-other-28", "kind": "other", "thread": None, "quoted": None,
     "sender": "Tessa Kuipers <t.kuipers@werkorganisatie-krimpenerhoek.nl>",
     "subject": "Inzage",
     "body": "Goedemiddag,\n\nWelke gegevens bewaren jullie eigenlijk van mij? Ik wil graag een overzicht, zoals "
             "de AVG mij toestaat. Lid blijven wil ik wel.\n\nTessa Kuipers"},
]
# fmt: on
