"""The seventh held-out set's cases (issue 17): written without reading the classifier, its phrase lists, its
training data or any other set's cases; each labelled as the secretariat should treat it, and cases that could not
be labelled with confidence were left out. See ``__init__.py`` for how its writing differs.

Replies to our follow-up mail (vervolg_atelier) and to the thank-you for a suggestion carry the thread
``call_for_themes``. A director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply
that changes an earlier answer carries the latest answer; a conditional yes is a yes. An act mixed with a question
a person must answer, or a request about someone else with consequences, is ``other``. Inline answers carry our
quoted lines in ``body`` themselves and no ``quoted``; Exchange calendar answers carry no quote.
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
IPAD_EN = "\n\nSent from my iPad"
TEAMS_SIG = (
    "\n\nMet vriendelijke groet,\n\nDrs. H.J. (Harm) Kamphuis MPM\nAlgemeen directeur | Werkorganisatie Veldhoeve\n"
    "T 0573 - 28 41 00 | M 06 - 41 22 90 17\nWerkdagen: ma t/m do\nwww.werkorganisatie-veldhoeve.nl"
)
DISCLAIMER = (
    "\n\n---------------------------------------------------------------\nDe informatie in dit e-mailbericht is "
    "uitsluitend bestemd voor de geadresseerde. Gebruik van deze informatie door anderen is verboden. Ontvangt u "
    "dit bericht ten onrechte, stel dan de afzender op de hoogte en verwijder het bericht. Aan dit bericht kunnen "
    "geen rechten worden ontleend.\n---------------------------------------------------------------"
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and may be privileged. If you are not the intended "
    "recipient, please notify the sender and delete this message. Think before you print."
)
TWENTS = "\n\nGoodgoan,\nGerrit Nijhuis\ndirecteur Dinkelland Tubbergen Samen"
BRABANTS = "\n\nHoudoe,\nRini van de Ven\nalgemeen directeur Peelgemeenten Werkt"
AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- Sign-ups (the writer asks to join the network themself) ---------------------------------------------
    {"id": "h7-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Deelname netwerk",
     "sender": "Harm Kamphuis <h.kamphuis@werkorganisatie-veldhoeve.nl>",
     "body": "Goedemorgen,\n\nSinds 1 november sta ik aan het roer van Werkorganisatie Veldhoeve (Oldeveld, "
             "Markelo-Zuid en Haarle). Mijn voorganger sprak altijd lovend over jullie ateliers. Ik sluit mij "
             "graag aan bij het netwerk." + TEAMS_SIG},
    {"id": "h7-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "Joining the network",
     "sender": "Dr. Nadia Bouzidi <n.bouzidi@lingewaardendriel.nl>",
     "body": "Dear secretariat,\n\nI recently took up the post of director of the shared services organisation of "
             "Lingewaard-en-Driel. My Dutch is improving but not yet quite good enough for long e-mails, so "
             "forgive the English. I would very much like to become a member of your network of directors.\n\n"
             "Kind regards,\nNadia Bouzidi" + DISCLAIMER_EN},
    {"id": "h7-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "Aanmeldformulier netwerk directeuren",
     "sender": "b.oosterhuis@dewoldenhoeve.nl",
     "body": "Naam: Bert Oosterhuis\nFunctie: directeur/gemeentesecretaris\nOrganisatie: Ambtelijke organisatie "
             "De Wolden-Hoeve\nE-mail: b.oosterhuis@dewoldenhoeve.nl\nTelefoon: 0528 - 37 86 00\n"
             "Opmerkingen: graag opnemen in het ledenbestand"},
    {"id": "h7-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "aanmelden svp",
     "sender": "Joost Terpstra <j.terpstra@sudwest-werkt.nl>",
     "body": "Joost Terpstra\ndirecteur Sudwest Wurket\n06 51 99 20 14" + IPHONE},
    {"id": "h7-subscribe-05", "kind": "subscribe", "thread": None,
     "subject": "Netwerk directeuren ambtelijke fusies",
     "sender": "\"Verhoeven, Ellen\" <e.verhoeven@bergenmaasland.nl>",
     "body": "Beste mensen van SeinstravandeLaar,\n\nOp de VGS-dag raakte ik met Stan aan de praat over jullie "
             "netwerk. Ik zou het op prijs stellen als ik voortaan op de hoogte word gehouden van de ateliers en "
             "de andere activiteiten van het netwerk; ik ben sinds de zomer directeur van de BMH-werkorganisatie."
             "\n\nHartelijke groet,\nEllen Verhoeven"},
    {"id": "h7-subscribe-06", "kind": "subscribe", "thread": None,
     "subject": "Inschrijving",
     "sender": "R. Tjoa <r.tjoa@gemeentenkrimpenlanden.nl>",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u mij in te schrijven als lid van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties. Ik bekleed sinds 1 september jl. de functie van "
             "algemeen directeur van de Ambtelijke Organisatie Krimpenlanden.\n\nIk dank u bij voorbaat voor de "
             "moeite.\n\nHoogachtend,\n\nmr. R.A. Tjoa\nalgemeen directeur" + DISCLAIMER},
    {"id": "h7-subscribe-07", "kind": "subscribe", "thread": None,
     "subject": "",
     "sender": "marloes.kip@hofvanholland-werkt.nl",
     "body": "hoi, wil graag meedoen met het directeurennetwerk. zet je me op de lijst? gr marloes kip "
             "(dir. Hof van Holland Werkt)" + SAMSUNG},
    {"id": "h7-subscribe-08", "kind": "subscribe", "thread": None,
     "subject": "Lid worden",
     "sender": "Frits Ooms <f.ooms@oostlandenwo.nl>",
     "body": "In de brochure las ik dat het lidmaatschap kosteloos is en dat de leden zelf de thema's "
             "bepalen. Dat spreekt me aan. Bij deze meld ik mij aan.\n\nFrits Ooms\nDirecteur Oostlanden WO"},
    {"id": "h7-subscribe-09", "kind": "subscribe", "thread": None,
     "subject": "aanmleding",
     "sender": "Wim Brakel <w.brakel@altena-drimmelen.nl>",
     "body": "Goedemidag,\n\nGraag wil ik me aanmleden vor het netwerk van directeurn. Ik ben per 1-10 gestart "
             "als directeur bij de ambtelijke organisatie van Drimmelen-Altena.\n\nMvg\nWim Brakel"},
    {"id": "h7-subscribe-10", "kind": "subscribe", "thread": None,
     "subject": "Please add me",
     "sender": "Pieter-Jan Claes <pj.claes@grenskempen.nl>",
     "body": "Hi,\n\nPlease add me to the members' list of the directors' network. I'm the new director of "
             "Werkorganisatie Grenskempen (Baarle & Alphen), started in January.\n\nThanks a lot,\nPieter-Jan"
             + IPAD_EN},
    {"id": "h7-subscribe-11", "kind": "subscribe", "thread": None,
     "subject": "Opvolging Hofstede - aanmelding",
     "sender": "Yvonne Damen <y.damen@zuidplas-waddinxveen.nl>",
     "body": "Goedemiddag,\n\nMet ingang van 1 januari neem ik de functie van algemeen directeur over van Kees "
             "Hofstede, die met pensioen is gegaan. Kees heeft zich naar ik begreep zelf al afgemeld. Ik wil "
             "graag in zijn plaats lid worden van het netwerk en de uitnodigingen voortaan zelf ontvangen.\n\n"
             "Met vriendelijke groet,\nYvonne Damen"},
    {"id": "h7-subscribe-12", "kind": "subscribe", "thread": None,
     "subject": "Aansluiten bij het netwerk",
     "sender": "Gerrit Nijhuis <g.nijhuis@dinkellandtubbergen.nl>",
     "body": "Dag allemaal,\n\nOnze werkorganisatie bestaat sinds 1 januari, dus we zijn nog jong. Juist daarom "
             "lijkt het me waardevol om van collega's te leren die al verder zijn. Ik haak graag aan bij jullie "
             "netwerk." + TWENTS},
    {"id": "h7-subscribe-13", "kind": "subscribe", "thread": None,
     "subject": "AANMELDEN NETWERK",
     "sender": "J.H.M. VAN LIESHOUT <JHM.VANLIESHOUT@MEIERIJSTAD-NOORD.NL>",
     "body": "GRAAG MIJ AANMELDEN ALS LID.\n\nJ.H.M. VAN LIESHOUT\nDIRECTEUR"},
    {"id": "h7-subscribe-14", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Annelies Wolters <a.wolters@berkellandwinterswijk.nl>",
     "body": "Oeps, dat was niet de bedoeling: ik had op 'afmelden' geklikt in plaats van op de agendaknop. "
             "Lid blijven dus, graag!\n\nAnnelies"},
    {"id": "h7-subscribe-15", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding lidmaatschap (ivm vertrek Henk)",
     "sender": "Saskia Lammers <s.lammers@woerdenmontfoort.nl>",
     "body": "Beste secretariaat,\n\nHenk Stolk heeft ons per 1 maart verlaten. Zijn opvolging was tijdelijk "
             "belegd, maar ik ben inmiddels vast benoemd als directeur. Ik meld me daarom graag zelf aan voor het "
             "netwerk, met dit adres.\n\nGroeten,\nSaskia Lammers"},
    {"id": "h7-subscribe-16", "kind": "subscribe", "thread": None,
     "subject": "Ook graag de uitnodigingen ontvangen",
     "sender": "Olaf Brinkman <o.brinkman@hollandsmidden-wo.nl>",
     "body": "Hallo,\n\nCollega Ruud van der Ploeg (Dommeldal) stuurde me jullie laatste uitnodiging door. Ik "
             "wil zelf ook graag lid worden, zodat ik de berichten rechtstreeks krijg.\n\nOlaf Brinkman\n"
             "directeur Werkorganisatie Hollands Midden"},
    {"id": "h7-subscribe-17", "kind": "subscribe", "thread": None,
     "subject": "netwerk",
     "sender": "Rini van de Ven <r.vandeven@peelgemeentenwerkt.nl>",
     "body": "Ik zou er graag bij willen horen, bij het netwerk. Doe maar." + BRABANTS},
    {"id": "h7-subscribe-18", "kind": "subscribe", "thread": None,
     "subject": "Request to join / verzoek tot deelname",
     "sender": "Maarten Devos <m.devos@kempenland-samen.nl>",
     "body": "Goedendag,\n\nI'm writing in English and Dutch, as I'm not sure who reads this mailbox. Ik wil "
             "graag deelnemen aan het netwerk van directeuren. I'm director of Kempenland Samen since last spring."
             "\n\nBest,\nMaarten Devos"},
    {"id": "h7-subscribe-19", "kind": "subscribe", "thread": None,
     "subject": "Inschrijven netwerk (nieuw adres)",
     "sender": "Tamara Groen <t.groen@bbh-werkorganisatie.nl>",
     "body": "Beste,\n\nIk ben overgestapt van de provincie naar de BBH-werkorganisatie als algemeen directeur. "
             "Bij de provincie was ik geen lid, nu wil ik dat graag wel worden. Kunt u mij inschrijven op dit "
             "adres?\n\nMet hartelijke groet,\nTamara Groen\nalgemeen directeur BBH"},
    {"id": "h7-subscribe-20", "kind": "subscribe", "thread": None,
     "subject": "Aanmelden",
     "sender": "Koen Aarts <k.aarts@land-van-cuijk-werkt.nl>",
     "body": "Goedemiddag,\n\nWij hebben net de fusie van vijf gemeentelijke organisaties achter de rug. Ik merk "
             "dat ik behoefte heb aan sparringpartners die hetzelfde hebben meegemaakt. Bij dezen wil ik mij "
             "opgeven als lid.\n\nKoen Aarts\nDirecteur Land van Cuijk Werkt\n\n[Dit bericht is verzonden via "
             "Outlook Web App]"},

    # -- Confirmations of the double opt-in ----------------------------------------------------------------
    {"id": "h7-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Harm Kamphuis <h.kamphuis@werkorganisatie-veldhoeve.nl>",
     "body": ""},
    {"id": "h7-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Dr. Nadia Bouzidi <n.bouzidi@lingewaardendriel.nl>",
     "body": "Confirmed - thank you!"},
    {"id": "h7-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "marloes.kip@hofvanholland-werkt.nl",
     "body": "klopt, dat was ik 👍" + IPHONE},
    {"id": "h7-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "\"Verhoeven, Ellen\" <e.verhoeven@bergenmaasland.nl>",
     "body": "Excuses, uw eerste mail was in mijn map Overig beland. Ja, ik wil graag lid worden.\n\nEllen"},
    {"id": "h7-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "J.H.M. VAN LIESHOUT <JHM.VANLIESHOUT@MEIERIJSTAD-NOORD.NL>",
     "body": "AKKOORD"},
    {"id": "h7-confirm-06", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "notes",
     "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "b.oosterhuis@dewoldenhoeve.nl",
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nB. Oosterhuis"},
    {"id": "h7-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Anouk Verbruggen <a.verbruggen@heusden-vught.nl>",
     "body": "Goedemorgen,\n\nMijn managementassistent heeft mij vorige week aangemeld, dat klopt. Bij dezen "
             "mijn bevestiging.\n\nMet vriendelijke groet,\n\nAnouk Verbruggen\nalgemeen directeur "
             "Werkorganisatie Heusden-Vught" + DISCLAIMER},
    {"id": "h7-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "apple", "sender": "Frits Ooms <f.ooms@oostlandenwo.nl>",
     "body": "Ja hoor, graag." + IPHONE},
    {"id": "h7-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Pieter-Jan Claes <pj.claes@grenskempen.nl>",
     "body": "Yes, that's me. Looking forward to the first atelier.\n\nPJ"},
    {"id": "h7-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Koen Aarts <k.aarts@land-van-cuijk-werkt.nl>",
     "body": "Bevestigd.\n\nK. Aarts"},
    {"id": "h7-confirm-11", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "notes-wrote", "sender": "R. Tjoa <r.tjoa@gemeentenkrimpenlanden.nl>",
     "body": "Geacht secretariaat,\n\nHet spijt mij dat ik niet eerder reageerde. Ik bevestig hierbij alsnog "
             "mijn aanmelding.\n\nHoogachtend,\nmr. R.A. Tjoa"},
    {"id": "h7-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Gerrit Nijhuis <g.nijhuis@dinkellandtubbergen.nl>",
     "body": "Jazeker, dat wil ik. Dank voor de snelle reactie." + TWENTS},

    # -- Leaving, erasure, hand-over ------------------------------------------------------------------------
    {"id": "h7-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Pensioen",
     "sender": "Jan-Willem Roos <jw.roos@bommelerwaard-wo.nl>",
     "body": "Beste Stan en Melanie,\n\nNa ruim veertig jaar openbaar bestuur ga ik per 1 februari met "
             "pensioen. Willen jullie mij uit het ledenbestand halen? Het was altijd een feest om bij de "
             "ateliers te zijn.\n\nHartelijke groet,\nJan-Willem Roos"},
    {"id": "h7-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap netwerk",
     "sender": "Hennie Bosman <h.bosman@oldambt-pekela.nl>",
     "body": "Moi,\n\nIk vertrek eind deze maand naar de Veiligheidsregio. Het stokje gaat over naar mijn "
             "opvolger Gert-Jan Mulder, bereikbaar op gj.mulder@oldambt-pekela.nl. Hij neemt ook mijn plek "
             "in het netwerk over.\n\nGroeten,\nHennie Bosman"},
    {"id": "h7-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
     "sender": "mr. drs. L. Kuijpers <l.kuijpers@maasenwaal-samen.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening "
             "gegevensbescherming verzoek ik u al mijn persoonsgegevens die u in het kader van het netwerk "
             "verwerkt te wissen, en mij te bevestigen dat dit is gebeurd.\n\nHoogachtend,\n\nmr. drs. L. "
             "Kuijpers" + DISCLAIMER},
    {"id": "h7-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Marc Wijnands <m.wijnands@heuvelland-werkt.nl>",
     "body": "Geen thema's van mijn kant dit keer: ik vertrek per 1 maart bij Heuvelland Werkt en heb nog geen "
             "opvolger. Haal mij dus maar uit de verzendlijst.\n\nMarc"},
    {"id": "h7-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Carla Smeets <c.smeets@echt-susteren-roerdalen.nl>",
     "body": "Beste organisatie,\n\nOp 11 maart ben ik er niet bij, en eigenlijk ook daarna niet meer: ik "
             "beëindig mijn lidmaatschap van het netwerk. Onze werkorganisatie wordt per 1 april ontvlochten, "
             "dus een directeur van een fusieorganisatie ben ik binnenkort niet meer.\n\nMet vriendelijke groet,"
             "\nCarla Smeets"},
    {"id": "h7-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Unsubscribe",
     "sender": "Lucas Hendrikx <l.hendrikx@zuidelijkewestergo.nl>",
     "body": "Hello,\n\nPlease take me off your mailing list; I've accepted a position at the provincial "
             "government and am no longer a municipal director.\n\nAll the best,\nLucas Hendrikx" + IPAD_EN},
    {"id": "h7-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "afmelden",
     "sender": "Piet Zwart <p.zwart@westfriesland-oost.nl>",
     "body": "ik stop ermee, groet Piet" + SAMSUNG},
    {"id": "h7-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Ingrid Veenstra <i.veenstra@noordoostpolder-urk.nl>",
     "body": "Ik kom niet naar het atelier en wil ook geen berichten meer ontvangen. Graag al mijn gegevens "
             "volledig uit uw systemen verwijderen, conform de AVG.\n\nI. Veenstra"},
    {"id": "h7-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Oanfraach: ôfmelding",
     "sender": "Sjoukje de Boer <s.deboer@waadhoeke-harlingen.nl>",
     "body": "Goeie,\n\nPer 1 juny gean ik nei in oare baan. Myn opfolger is Tjeerd Hylkema "
             "(t.hylkema@waadhoeke-harlingen.nl); hy nimt myn plak yn it netwurk oer.\n\nIn het Nederlands, "
             "voor de zekerheid: mijn opvolger Tjeerd Hylkema neemt mijn plaats in het netwerk over.\n\n"
             "Mei freonlike groetnis,\nSjoukje de Boer"},
    {"id": "h7-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opzegging deelname",
     "sender": "Ton Meulenbroek <t.meulenbroek@heerdeoldebroek.nl>",
     "body": "Geacht secretariaat,\n\nNa rijp beraad heb ik besloten mijn deelname aan het netwerk op te "
             "zeggen. De ateliers zijn waardevol, maar de tijdsinvestering past niet meer bij de opgaven waar "
             "wij nu voor staan.\n\nMet vriendelijke groet,\nT. Meulenbroek\ndirecteur"},
    {"id": "h7-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Daan Rutten <d.rutten@beekdaelen-wo.nl>",
     "body": "Dank voor het welkom, maar ik denk dat er iets misging: ik ben beleidsadviseur, geen directeur. "
             "Ik had me aangemeld in de veronderstelling dat het om een nieuwsbrief ging. Haal me maar weer "
             "van de lijst.\n\nDaan Rutten"},
    {"id": "h7-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "GDPR erasure request",
     "sender": "Hugo Martens <h.martens@grenskempen.nl>",
     "body": "Dear Sir/Madam,\n\nUnder Article 17 GDPR I hereby request the erasure of all personal data you "
             "hold on me, including my e-mail address and attendance records. Please confirm once done.\n\n"
             "Regards,\nHugo Martens" + DISCLAIMER_EN},
    {"id": "h7-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": R,
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Arjen Spoelstra <a.spoelstra@smallingerland-opsterland.nl>",
     "body": "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties."
             "\n> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nafmelden\n\n(ben per 1/3 weg bij de werkorganisatie, atelier gaat dus ook niet door voor mij)"},
    {"id": "h7-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Wisseling van de wacht",
     "sender": "Erik Schouten <e.schouten@kaag-teylingen.nl>",
     "body": "Beste secretariaat,\n\nMijn interim-opdracht als directeur van Werkorganisatie Kaag-Teylingen loopt "
             "op 31 januari af. Ik vraag u mij vanaf dat moment niet meer als lid te beschouwen. Wie mij "
             "opvolgt, is nog niet bekend; die meldt zich vast zelf.\n\nVriendelijke groet,\nErik Schouten"},
    {"id": "h7-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "Wilma Hoogendoorn <w.hoogendoorn@alblasserwaard-wo.nl>",
     "body": "Goedemiddag,\n\nPer 1 maart ben ik niet langer directeur. Mijn opvolger, Ruben Kalkman "
             "(r.kalkman@alblasserwaard-wo.nl), neemt mijn lidmaatschap van het netwerk over; wilt u de "
             "uitnodigingen voortaan aan hem richten?\n\nMet vriendelijke groet,\nWilma Hoogendoorn"},
    {"id": "h7-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Nog steeds mail ondanks afmelding",
     "sender": "Theo Verschuren <t.verschuren@moerdijk-zevenbergen.nl>",
     "body": "Ik heb mij in het voorjaar al afgemeld, en toch krijg ik nog steeds uw uitnodigingen. Ik verzoek u "
             "nu met klem om mijn naam en e-mailadres definitief uit al uw bestanden te wissen, zoals de AVG mij "
             "toestaat.\n\nT. Verschuren"},
    {"id": "h7-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Gijs Boerma <g.boerma@achtkarspelen-tytsjerk.nl>",
     "body": "Stuur mij voortaan geen uitnodigingen en andere post van het netwerk meer. Ik ben gestopt als "
             "directeur.\n\nG. Boerma"},
    {"id": "h7-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afscheid",
     "sender": "Ria Coppens <r.coppens@sittardgeleen-beek.nl>",
     "body": "Beste allemaal,\n\nNa zes jaar neem ik afscheid van de werkorganisatie en daarmee ook van jullie "
             "netwerk. Wil je mijn lidmaatschap per direct beëindigen? Dank voor de mooie gesprekken.\n\n"
             "Hawwe groete,\nRia Coppens"},
    {"id": "h7-unsubscribe-19", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple", "sender": "Bas Jongerius <b.jongerius@lopikerwaard-wo.nl>",
     "body": "Bedankt, maar voor mij was dit het laatste atelier. Ik zeg mijn lidmaatschap op en wil dat u "
             "mijn persoonsgegevens verwijdert (AVG). Succes met het netwerk." + IPHONE},
    {"id": "h7-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opvolger voor het netwerk",
     "sender": "\"de Graaf, Monique\" <m.degraaf@rijnenveen-wo.nl>",
     "body": "Hoi,\n\nKorte mededeling: ik ga per 15 april naar de Omgevingsdienst. Mijn plek in jullie netwerk "
             "draag ik over aan Jeroen Baas, onze nieuwe algemeen directeur (j.baas@rijnenveen-wo.nl).\n\n"
             "Groet,\nMonique de Graaf\n\nDeze e-mail is verzonden door Werkorganisatie Rijn en Veen. "
             "Werkdagen ma-di-do."},

    # -- RSVPs ------------------------------------------------------------------------------------------------
    {"id": "h7-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Harm Kamphuis <h.kamphuis@werkorganisatie-veldhoeve.nl>",
     "body": "Ik schuif graag aan!" + TEAMS_SIG},
    {"id": "h7-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Pieter-Jan Claes <pj.claes@grenskempen.nl>",
     "body": "Count me in. I'll be on the train from Breda, should be there by two."},
    {"id": "h7-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Anouk Verbruggen <a.verbruggen@heusden-vught.nl>",
     "body": "Beste organisatoren,\n\nWat een mooi thema, en wat jammer dat ik die middag vastzit in een "
             "heidag met beide colleges. Ik moet deze keer dus passen.\n\nHartelijke groet,\nAnouk"},
    {"id": "h7-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Koen Aarts <k.aarts@land-van-cuijk-werkt.nl>",
     "body": "Goedemiddag,\n\nIk kom, samen met twee collega's uit ons MT:\n* Femke Gerrits (concernmanager "
             "sociaal domein)\n* Bart Willems (manager Financiën)\nDus in totaal met z'n drieën.\n\nKoen Aarts"},
    {"id": "h7-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Rini van de Ven <r.vandeven@peelgemeentenwerkt.nl>",
     "body": "Zelf kan ik er niet bij zijn, raadsvergadering. Maar onze adjunct-directeur Sandra Wijers "
             "(s.wijers@peelgemeentenwerkt.nl) gaat in mijn plaats, die is er heel enthousiast over." + BRABANTS},
    {"id": "h7-rsvp-06", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "sender": "Ellen Verhoeven <e.verhoeven@bergenmaasland.nl>",
     "body": "Tot dan!"},
    {"id": "h7-rsvp-07", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "sender": "Ton Meulenbroek <t.meulenbroek@heerdeoldebroek.nl>",
     "body": "Helaas, dubbele afspraak."},
    {"id": "h7-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Yvonne Damen <y.damen@zuidplas-waddinxveen.nl>",
     "body": "Dank Anja. Aan het secretariaat: ja, daar ben ik bij. Zet je het in mijn agenda, Anja?\n\nYvonne"},
    {"id": "h7-rsvp-09", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart",
     "sender": "Saskia Lammers <s.lammers@woerdenmontfoort.nl>",
     "body": "Beste secretariaat,\n\nGraag meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 "
             "maart in Utrecht. De uitnodiging kwam bij mijn voorganger terecht, vandaar deze losse mail.\n\n"
             "Groeten,\nSaskia Lammers"},
    {"id": "h7-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Olaf Brinkman <o.brinkman@hollandsmidden-wo.nl>",
     "body": "Goedemorgen,\n\nIk moet me helaas voor donderdag afmelden: er is een crisisoverleg over de "
             "jeugdzorgaanbesteding ingepland dat ik niet kan missen. Geef mijn plaats gerust aan iemand van "
             "de wachtlijst.\n\nOlaf"},
    {"id": "h7-rsvp-11", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Joost Terpstra <j.terpstra@sudwest-werkt.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja, ik kom\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nnee, alleen\n\nJoost"},
    {"id": "h7-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail",
     "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
     "sender": "Annelies Wolters <a.wolters@berkellandwinterswijk.nl>",
     "body": "Als er een plek vrijkomt, kom ik zeker. Wachtlijst is prima."},
    {"id": "h7-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Frits Ooms <f.ooms@oostlandenwo.nl>",
     "body": "Haal mij maar van de wachtlijst af, ik heb die middag inmiddels een andere afspraak gepland. "
             "Volgende keer beter!\n\nFrits"},
    {"id": "h7-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Marjolein Baars <m.baars@heusden-vught.nl>",
     "body": "Geacht secretariaat,\n\nNamens mevrouw Verbruggen laat ik u weten dat zij, anders dan eerder "
             "gemeld, toch aanwezig kan zijn: de heidag is verschoven. Wilt u haar alsnog noteren?\n\n"
             "Met vriendelijke groet,\nMarjolein Baars\nmanagementassistent directie"},
    {"id": "h7-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl",
     "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Gerrit Nijhuis <g.nijhuis@dinkellandtubbergen.nl>",
     "body": "Op de nieuwe datum (18 maart) zit ik helaas met de accountant om tafel. Dan zonder mij." + TWENTS},
    {"id": "h7-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple",
     "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Marloes Kip <marloes.kip@hofvanholland-werkt.nl>",
     "body": "18 maart komt zelfs beter uit, dan kan ik er wél bij. Noteer me maar." + IPHONE},
    {"id": "h7-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Sandra Wijers <s.wijers@peelgemeentenwerkt.nl>",
     "body": "Dank voor de uitnodiging, ik ben er graag bij namens onze directeur.\n\nSandra Wijers\n"
             "adjunct-directeur"},
    {"id": "h7-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn",
     "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Bart Willems <b.willems@land-van-cuijk-werkt.nl>",
     "body": "Goedemiddag,\n\nSorry, ik zou voor een collega invallen, maar ik blijk die dag zelf op "
             "vakantie te zijn. Ik kan dus ook niet.\n\nBart"},
    {"id": "h7-rsvp-19", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "J.H.M. VAN LIESHOUT <JHM.VANLIESHOUT@MEIERIJSTAD-NOORD.NL>",
     "body": "IK KOM WAT LATER, ROND HALF DRIE. WEL AANWEZIG."},
    {"id": "h7-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Dr. Nadia Bouzidi <n.bouzidi@lingewaardendriel.nl>",
     "body": "Unfortunately I won't be able to make it on the 11th - I'm abroad that week. Hopefully next "
             "time!\n\nNadia"},
    {"id": "h7-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hennie Bosman <h.bosman@oldambt-pekela.nl>",
     "body": "Ik wist eerst niet of het lukte vanwege de begroting, maar ik heb het kunnen regelen: ik kom alsnog. "
             "Vorige week meldde ik me af; beschouw dat als vervallen.\n\nHennie"},
    {"id": "h7-rsvp-22", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Marloes Kip <marloes.kip@hofvanholland-werkt.nl>",
     "body": "balen, ik heb griep 🤒 ik kan niet komen morgen, sorry!" + IPHONE},
    {"id": "h7-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Joke Mensink <j.mensink@oostgelre-wo.nl>",
     "body": "Ja.\n\nJoke Mensink"},
    {"id": "h7-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Wim Brakel <w.brakel@altena-drimmelen.nl>",
     "body": "Goedemidag,\n\nWij komen met 2 personen: ikzelf en onze gemeentesecretaris van Drimmelen, Anke "
             "Luijten. Ze is geen lid maar wel erg geintereseerd in het thema.\n\nMvg Wim Brakel"},
    {"id": "h7-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Maarten Devos <m.devos@kempenland-samen.nl>",
     "body": "Helaas verhinderd, ik zit die dag in de raadscommissie. Groet, Maarten"},
    {"id": "h7-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Ferdinand Sloot <f.sloot@drechtsteden-west.nl>",
     "body": "Ik kan er fysiek niet zijn, maar ik sluit online aan via de Teams-link.\n\nF. Sloot"},
    {"id": "h7-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Lieke Post <l.post@zuidplas-waddinxveen.nl>",
     "body": "Beste secretariaat,\n\nDe heer Veldkamp heeft die middag een bestuurlijk overleg met de provincie "
             "en kan daarom helaas niet aanwezig zijn. In zijn plaats komt Wouter Heijmans, concerncontroller "
             "(w.heijmans@zuidplas-waddinxveen.nl).\n\nMet vriendelijke groet,\nLieke Post\nsecretaresse "
             "directie" + DISCLAIMER},
    {"id": "h7-rsvp-28", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Tamara Groen <t.groen@bbh-werkorganisatie.nl>",
     "body": "Ik had me afgemeld, maar mijn afspraak is geannuleerd, dus ik kom toch. Zit het inmiddels vol, zet me "
             "dan maar op de wachtlijst.\n\n"
             "Tamara"},
    {"id": "h7-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Erik Schouten <e.schouten@kaag-teylingen.nl>",
     "body": "Kan er niet bij, mijn opdracht loopt dan al af. Veel plezier!" + IPHONE},
    {"id": "h7-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ruud van der Ploeg <r.vanderploeg@dommeldal-wo.nl>",
     "body": "Yes, ik ben erbij, plus één: ik neem onze strategisch adviseur mee.\n\nRuud" + DISCLAIMER},

    # -- Suggestions, labelled with the themes of what the writer proposes -----------------------------------
    {"id": "h7-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Hennie Bosman <h.bosman@oldambt-pekela.nl>",
     "body": "Wat mij bezighoudt: de provincie wil met een regiodeal aan de slag en wij zitten als "
             "werkorganisatie van twee gemeenten ergens tussen de centrumgemeente en de rest in. Hoe bepaal je "
             "dan samen je positie in de regio? Daar zou ik graag met collega's over praten.\n\nHennie"},
    {"id": "h7-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Marloes Kip <marloes.kip@hofvanholland-werkt.nl>",
     "body": "hybride werken + wat dat betekent voor onze huisvesting (3 gemeentehuizen, halfleeg)" + IPHONE},
    {"id": "h7-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Anouk Verbruggen <a.verbruggen@heusden-vught.nl>",
     "body": "Beste Stan, Melanie,\n\nMijn onderwerp: hoe meet je of inwoners van twee heel verschillende "
             "gemeenten even tevreden zijn over het KCC? Wij hebben één klantcontactcentrum, maar de scores "
             "lopen per gemeente ver uiteen. Ik ben benieuwd hoe anderen de prestaties van hun dienstverlening "
             "monitoren.\n\nGroet,\nAnouk"},
    {"id": "h7-suggestion-04", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Koen Aarts <k.aarts@land-van-cuijk-werkt.nl>",
     "body": "Twee onderwerpen:\n1) De kostenverdeelsleutel en de meerjarenbegroting van de werkorganisatie nu "
             "de gemeentefondsuitkering daalt.\n2) Hoe krijg je vijf gemeenteraden op één lijn bij een "
             "gezamenlijke opgave als de energietransitie?\n\nKoen"},
    {"id": "h7-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Pieter-Jan Claes <pj.claes@grenskempen.nl>",
     "body": "My suggestion: generative AI at the front desk. Several of us are piloting chatbots for residents' "
             "questions about permits and waste collection - I'd love to compare notes on what it does for the "
             "service to citizens and businesses.\n\nPJ"},
    {"id": "h7-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Ton Meulenbroek <t.meulenbroek@heerdeoldebroek.nl>",
     "body": "Graag niet wéér digitalisering of werkprocessen, daar hebben we de afgelopen drie ateliers al over "
             "gesproken. Ik zou het liever hebben over de lange termijn: waar staat onze fusieorganisatie over "
             "tien jaar, en wie bepaalt dat eigenlijk?\n\nT. Meulenbroek"},
    {"id": "h7-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Ruud van der Ploeg <r.vanderploeg@dommeldal-wo.nl>",
     "body": "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\n\nniets bijzonders\n\n> - Samenwerking: relatie tussen deelnemende gemeenten, "
             "gezamenlijke opgaven, belangen en ambities, positie in de regio;\n\nJa: de kleinste gemeente voelt "
             "zich structureel ondergesneeuwd. Hoe geef je die een volwaardige stem?\n\n> - Organisatie: "
             "organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen, "
             "financiën, I&A;\n\n-\n\n> - Dienstverlening: innovaties in dienstverlening aan inwoners, "
             "ondernemers en instellingen, monitoring van prestaties.\n\n-\n\nRuud"},
    {"id": "h7-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Joke Mensink <j.mensink@oostgelre-wo.nl>",
     "body": "Arbeidsmarkt! Wij krijgen vacatures voor vergunningverleners en jeugdconsulenten niet meer "
             "ingevuld. Hoe pakken anderen hun formatie en strategische personeelsplanning aan, en hoe binden "
             "we jonge ambtenaren aan een fusieorganisatie?\n\nJoke Mensink"},
    {"id": "h7-suggestion-09", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Gerrit Nijhuis <g.nijhuis@dinkellandtubbergen.nl>",
     "body": "Na de verkiezingen hebben we in beide gemeenten een nieuw college met heel andere bestuurlijke "
             "prioriteiten. Hoe zet je als directeur dan één inhoudelijke agenda voor de werkorganisatie neer? "
             "Dat lijkt me een mooi onderwerp." + TWENTS},
    {"id": "h7-suggestion-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl",
     "sender": "Yvonne Damen <y.damen@zuidplas-waddinxveen.nl>",
     "body": "Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. Hoe bedien je als "
             "directeur twee colleges met tegengestelde ambities, zonder dat één van beide gemeenten zich "
             "tekortgedaan voelt?\n\nYvonne Damen"},
    {"id": "h7-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Frits Ooms <f.ooms@oostlandenwo.nl>",
     "body": "Suggestie: één digitaal loket voor ondernemers, waar een bakker of bouwbedrijf in één keer alles "
             "kan regelen, van terrasvergunning tot aanbesteding. Wie heeft daar ervaring mee?\n\nFrits"},
    {"id": "h7-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "sender": "Olaf Brinkman <o.brinkman@hollandsmidden-wo.nl>",
     "body": "Mooie middag was het. Voor de volgende keer: informatiebeveiliging. Wij zijn in december getroffen "
             "door een ransomware-aanval en ik wil graag bespreken hoe je je I&A-functie daar als "
             "werkorganisatie op inricht.\n\nOlaf"},
    {"id": "h7-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening", "organisatie", "strategie"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Harm Kamphuis <h.kamphuis@werkorganisatie-veldhoeve.nl>",
     "body": "Goedemiddag,\n\nEen drietal onderwerpen van onze kant:\n- Visie 2035: waar willen we als "
             "organisatie over tien jaar staan?\n- Sturingsconcept: van klassieke lijnorganisatie naar "
             "opgavegericht werken\n- Dashboards om de prestaties van onze dienstverlening aan inwoners te "
             "volgen" + TEAMS_SIG},
    {"id": "h7-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Theo Verschuren <t.verschuren@moerdijk-zevenbergen.nl>",
     "body": "Een van onze twee gemeenteraden heeft een motie aangenomen om de uittreding uit de "
             "samenwerking te laten onderzoeken. Ik zou graag bespreken hoe je de relatie tussen de deelnemende "
             "gemeenten goed houdt als er zo'n vraag op tafel ligt.\n\nT. Verschuren"},
    {"id": "h7-suggestion-15", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "subject": "RE: Dank voor uw themasuggestie [atelier:2027-1]",
     "sender": "Anouk Verbruggen <a.verbruggen@heusden-vught.nl>",
     "body": "Nog een aanvulling op mijn eerdere suggestie: de rol van de directeur bij het opstellen van de "
             "inhoudelijke agenda van het bestuur. Hoe ver ga je daarin als ambtelijk opdrachtnemer?\n\n"
             "Anouk"},
    {"id": "h7-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Jan-Willem Roos <jw.roos@bommelerwaard-wo.nl>",
     "body": "Beste Stan,\n\nHet ravijnjaar komt eraan. Ik zou graag met collega's spreken over de financiën "
             "van de werkorganisatie: hoe bezuinig je op de bedrijfsvoering zonder de gemeenten tegen je in het "
             "harnas te jagen?\n\nJan-Willem"},
    {"id": "h7-suggestion-17", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Carla Smeets <c.smeets@echt-susteren-roerdalen.nl>",
     "body": "Ons thema zou zijn: omgaan met de grote buurgemeente. Wij zijn als drie kleine gemeenten sterk "
             "afhankelijk van Roermond voor de regionale opgaven en willen een gelijkwaardiger positie in de "
             "regio.\n\nCarla Smeets"},
    {"id": "h7-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Maarten Devos <m.devos@kempenland-samen.nl>",
     "body": "Topic voor het atelier: datagedreven sturing van de organisatie / data-driven management. Hoe "
             "zorg je dat managers hun teams op cijfers sturen zonder dat het een afvinkcultuur wordt?\n\n"
             "Maarten"},
    {"id": "h7-suggestion-19", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "sender": "Annelies Wolters <a.wolters@berkellandwinterswijk.nl>",
     "body": "Dank voor het verslag! Voor een volgend atelier zou ik het willen hebben over de couleur locale in "
             "de dienstverlening: moet elke kern een eigen servicepunt houden, of kan alles digitaal? Onze "
             "inwoners denken daar heel verschillend over."},
    {"id": "h7-suggestion-20", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Wilma Hoogendoorn <w.hoogendoorn@alblasserwaard-wo.nl>",
     "body": "De relatie met de raden is bij ons natuurlijk altijd een thema, maar dat is al vaak genoeg aan "
             "bod geweest. Wat ik wil agenderen: robotisering van werkprocessen, bijvoorbeeld bij de "
             "afhandeling van meldingen openbare ruimte.\n\nWilma"},
    {"id": "h7-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Piet Zwart <p.zwart@westfriesland-oost.nl>",
     "body": "strategische personeelsplanning" + SAMSUNG},
    {"id": "h7-suggestion-22", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Ferdinand Sloot <f.sloot@drechtsteden-west.nl>",
     "body": "Beste secretariaat,\n\nElk van onze drie gemeenten wil in het sociaal domein een eigen koers "
             "varen. Mijn vraag voor het atelier: hoe verhouden die eigen ambities van de gemeenten zich tot "
             "één werkorganisatie met één sturingsconcept en één formatie?\n\nF. Sloot"},
    {"id": "h7-suggestion-23", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Suggestie voor het volgende atelier",
     "sender": "Ria Coppens <r.coppens@sittardgeleen-beek.nl>",
     "body": "Dag secretariaat,\n\nIk kreeg jullie oproep niet meer terug in mijn mailbox, dus zo maar: ik zou "
             "graag een atelier willen over de bestuurlijke prioriteiten in een tijd van krimpende budgetten. "
             "Welke keuzes leg je als directie aan het bestuur voor?\n\nHawwe groete,\nRia"},
    {"id": "h7-suggestion-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Bas Jongerius <b.jongerius@lopikerwaard-wo.nl>",
     "body": "Anja, stuur je dit even door? --- Aan het secretariaat: mijn onderwerp is co-creatie met inwoners "
             "bij het ontwerpen van onze digitale diensten. Wij testen nieuwe formulieren met een inwonerspanel "
             "en dat werkt verrassend goed.\n\nBas"},
    {"id": "h7-suggestion-25", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Lucas Hendrikx <l.hendrikx@zuidelijkewestergo.nl>",
     "body": "Twee suggesties, one in English because that's how we discuss it internally:\n"
             "- Digitalisering van de vergunningverlening onder de Omgevingswet (interne werkprocessen)\n"
             "- Monitoring the performance of our services to businesses: doorlooptijden, klachten, "
             "tevredenheid\n\nLucas"},

    # -- Automatic replies -------------------------------------------------------------------------------------
    {"id": "h7-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Anouk Verbruggen <a.verbruggen@heusden-vught.nl>",
     "body": "Dank voor uw bericht. Ik ben tot en met maandag 22 februari met voorjaarsvakantie en lees mijn "
             "mail daarna. Voor dringende zaken kunt u contact opnemen met Marjolein Baars, "
             "m.baars@heusden-vught.nl, 073 - 658 60 00."},
    {"id": "h7-autoreply-02", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Pieter-Jan Claes <pj.claes@grenskempen.nl>",
     "body": "Thank you for your message. I am out of the office until 4 January with limited access to e-mail. "
             "For urgent matters please contact the management support desk at directie@grenskempen.nl."},
    {"id": "h7-autoreply-03", "kind": "autoreply", "thread": R,
     "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "sender": "Jan-Willem Roos <jw.roos@bommelerwaard-wo.nl>",
     "body": "Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd.\n\nVoor vragen aan de "
             "directie van de Bommelerwaard Werkorganisatie kunt u mailen naar directie@bommelerwaard-wo.nl."},
    {"id": "h7-autoreply-04", "kind": "autoreply", "thread": None,
     "headers": {"Auto-Submitted": "auto-replied", "X-Mailer": "TOPdesk"},
     "subject": "[Melding M2027 0214] Uw bericht is ontvangen",
     "sender": "Servicedesk Werkorganisatie Rijn en Veen <servicedesk@rijnenveen-wo.nl>",
     "body": "Geachte heer/mevrouw,\n\nUw e-mail is geregistreerd onder meldingnummer M2027 0214. U ontvangt "
             "binnen vijf werkdagen een reactie. Vermeld bij verdere correspondentie altijd het "
             "meldingnummer.\n\nDit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden."},
    {"id": "h7-autoreply-05", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Gijs Boerma <g.boerma@achtkarspelen-tytsjerk.nl>",
     "body": "Ik bin de hiele wike net op it kantoar. Ik ben de hele week niet op kantoor; uw e-mail wordt "
             "niet doorgestuurd. Vanaf maandag 8 maart ben ik weer bereikbaar."},
    {"id": "h7-autoreply-06", "kind": "autoreply", "thread": C,
     "headers": {"Precedence": "bulk"},
     "subject": "Niet aanwezig",
     "sender": "Tamara Groen <t.groen@bbh-werkorganisatie.nl>",
     "body": "Beste afzender,\n\nIk ben met ouderschapsverlof tot 1 mei. Uw bericht wordt niet automatisch "
             "doorgestuurd. Neem voor directiezaken contact op met het directiesecretariaat, 0172 - 44 10 00."},
    {"id": "h7-autoreply-07", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Hugo Martens <h.martens@grenskempen.nl>",
     "body": "I have left Werkorganisatie Grenskempen as of 1 February. This mailbox is no longer monitored. "
             "Please direct your e-mail to my successor, Ilse Vonk (i.vonk@grenskempen.nl)."},
    {"id": "h7-autoreply-08", "kind": "autoreply", "thread": None,
     "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Ontvangstbevestiging - zaaknummer Z/27/004417",
     "sender": "Gemeente Westfriesland-Oost <noreply@westfriesland-oost.nl>",
     "body": "Geachte afzender,\n\nWij hebben uw bericht in goede orde ontvangen. Uw bericht is geregistreerd "
             "onder zaaknummer Z/27/004417 en doorgezet naar de behandelend afdeling. U hoort binnen de wettelijke "
             "termijn van ons.\n\nMet vriendelijke groet,\nTeam Post en Archief\n\nDit bericht is automatisch "
             "verzonden."},
    {"id": "h7-autoreply-09", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                "eigenheid\" [atelier:2027-1]",
     "sender": "Olaf Brinkman <o.brinkman@hollandsmidden-wo.nl>",
     "body": "Tot en met 2 april ben ik op vakantie. Ik lees mijn mail niet. Bent u lid van het MT of heeft u "
             "een raadsvraag? Mail dan naar mt-secretariaat@hollandsmidden-wo.nl.\n\nOlaf Brinkman"},
    {"id": "h7-autoreply-10", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Ferdinand Sloot <f.sloot@drechtsteden-west.nl>",
     "body": "Ik ben afwezig tot en met 15 februari. Uw bericht heb ik ontvangen en ik reageer na mijn "
             "terugkomst."},
    {"id": "h7-autoreply-11", "kind": "autoreply", "thread": W,
     "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Yvonne Damen <y.damen@zuidplas-waddinxveen.nl>",
     "body": "Hartelijk dank voor uw e-mail. Op maandag en vrijdag ben ik niet werkzaam. Uw bericht wordt op de "
             "eerstvolgende werkdag in behandeling genomen."},
    {"id": "h7-autoreply-12", "kind": "autoreply", "thread": R,
     "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "subject": "Vacation reply",
     "sender": "Maarten Devos <m.devos@kempenland-samen.nl>",
     "body": "Hi! I'm on holiday until March 15th, no laptop, no phone. Back soon. / Ik ben met vakantie tot "
             "15 maart."},
    {"id": "h7-autoreply-13", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Hennie Bosman <h.bosman@oldambt-pekela.nl>",
     "body": "Per 1 maart ben ik niet meer werkzaam bij Oldambt-Pekela. Mijn opvolger is Gert-Jan Mulder "
             "(gj.mulder@oldambt-pekela.nl). Deze mailbox wordt op 1 juni opgeheven."},
    {"id": "h7-autoreply-14", "kind": "autoreply", "thread": T,
     "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord",
     "sender": "Directiesecretariaat <directie@moerdijk-zevenbergen.nl>",
     "body": "Bedankt voor uw bericht aan het directiesecretariaat. Wij streven ernaar uw e-mail binnen twee "
             "werkdagen te beantwoorden. Tijdens de kerstsluiting (24 december t/m 1 januari) is het "
             "secretariaat gesloten." + DISCLAIMER},
    {"id": "h7-autoreply-15", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Afwezigheidsmelding",
     "sender": "Joke Mensink <j.mensink@oostgelre-wo.nl>",
     "body": "Ik ben wegens ziekte afwezig. Mijn mail wordt niet gelezen. Voor zaken rond de directie kunt u "
             "zich wenden tot de loco-directeur, Hans Teunissen (h.teunissen@oostgelre-wo.nl)."},

    # -- Other: questions, complaints, pitches, press, mixed, on someone else's behalf, thanks, wrong address ---
    {"id": "h7-other-01", "kind": "other", "thread": None,
     "subject": "Wie mogen er lid worden?",
     "sender": "Irene Slot <i.slot@gemeente-tholen.nl>",
     "body": "Goedemiddag,\n\nIk ben gemeentesecretaris van een zelfstandige gemeente, niet van een ambtelijke "
             "fusie, maar we werken wel intensief samen met twee buurgemeenten in een shared service. Komen wij "
             "in aanmerking voor het netwerk, of is het echt alleen voor fusieorganisaties?\n\nIrene Slot"},
    {"id": "h7-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Wim Brakel <w.brakel@altena-drimmelen.nl>",
     "body": "Ik krijg deze uitnodiging nu voor de derde keer, telkens met een andere aanhef. Kunnen jullie "
             "eens naar je adressenbestand kijken? Het oogt niet erg professioneel.\n\nW. Brakel"},
    {"id": "h7-other-03", "kind": "other", "thread": None,
     "subject": "Samenwerking: workshop Wendbaar Organiseren voor uw atelier",
     "sender": "Jeroen Ploeg <jeroen@wendbaar-advies.nl>",
     "body": "Beste organisatoren,\n\nWendbaar Advies begeleidt al tien jaar gemeentelijke organisaties bij de "
             "overstap naar zelforganiserende teams. Graag verzorgen wij tijdens een van uw ateliers een "
             "interactieve workshop, geheel kosteloos. Zullen we binnenkort even bellen?\n\nMet energieke "
             "groet,\nJeroen Ploeg\nWendbaar Advies B.V. | 06 - 19 88 41 27"},
    {"id": "h7-other-04", "kind": "other", "thread": None,
     "subject": "Interviewverzoek Gemeentelijk Perspectief",
     "sender": "Sanne de Wit <redactie@gemeentelijkperspectief.nl>",
     "body": "Geacht secretariaat,\n\nVoor het vakblad Gemeentelijk Perspectief werk ik aan een artikel over "
             "tien jaar ambtelijke fusies. Zou ik een van de organisatoren van het netwerk kunnen interviewen, "
             "en mag ik eventueel een atelier bijwonen als waarnemer?\n\nMet vriendelijke groet,\nSanne de Wit\n"
             "redacteur"},
    {"id": "h7-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Joost Terpstra <j.terpstra@sudwest-werkt.nl>",
     "body": "Ik ben erbij. Mag ik mijn management trainee meenemen, of is het atelier echt alleen voor "
             "directeuren? Hoor graag even.\n\nJoost"},
    {"id": "h7-other-06", "kind": "other", "thread": None,
     "subject": "Aanmelding directeur",
     "sender": "Petra Hulshof <p.hulshof@ijsselland-wo.nl>",
     "body": "Goedemorgen,\n\nGraag meld ik onze nieuwe algemeen directeur, de heer drs. B. Engelen, aan voor "
             "het netwerk. Zijn e-mailadres is b.engelen@ijsselland-wo.nl.\n\nMet vriendelijke groet,\n"
             "Petra Hulshof\nmanagementassistent"},
    {"id": "h7-other-07", "kind": "other", "thread": None,
     "subject": "Oud-directeur afmelden",
     "sender": "HR Werkorganisatie Kaag-Teylingen <hr@kaag-teylingen.nl>",
     "body": "Geachte heer/mevrouw,\n\nDe heer E. Schouten is per 1 februari niet meer bij onze organisatie "
             "in dienst. Wilt u hem uit uw bestand halen? Zijn mailbox wordt binnenkort opgeheven.\n\n"
             "Met vriendelijke groet,\nafdeling HR"},
    {"id": "h7-other-08", "kind": "other", "thread": None,
     "subject": "Inzageverzoek",
     "sender": "Theo Verschuren <t.verschuren@moerdijk-zevenbergen.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u mij een overzicht te sturen van "
             "de persoonsgegevens die u van mij verwerkt, het doel daarvan en de bron waaruit u ze hebt "
             "verkregen.\n\nMet vriendelijke groet,\nT. Verschuren"},
    {"id": "h7-other-09", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "sender": "Ellen Verhoeven <e.verhoeven@bergenmaasland.nl>",
     "body": "Wat een inspirerende middag was het. Vooral de casus van Oostlanden is me bijgebleven. Dank aan "
             "jullie allebei voor de organisatie!\n\nEllen"},
    {"id": "h7-other-10", "kind": "other", "thread": None,
     "subject": "Parkeervergunning",
     "sender": "Kees Bakker <keesbakker1958@hotmail.nl>",
     "body": "Goedendag,\n\nIk wil graag een parkeervergunning aanvragen voor mijn tweede auto. Ik woon aan de "
             "Dorpsstraat. Wat moet ik daarvoor doen?\n\nGroet K. Bakker"},
    {"id": "h7-other-11", "kind": "other", "thread": None,
     "subject": "Link verslag werkt niet",
     "sender": "Carla Smeets <c.smeets@echt-susteren-roerdalen.nl>",
     "body": "Hallo,\n\nDe link naar het verslag van het laatste atelier geeft bij mij een foutmelding (404). "
             "Kunnen jullie het verslag als pdf sturen?\n\nCarla"},
    {"id": "h7-other-12", "kind": "other", "thread": None,
     "subject": "Adviesraad",
     "sender": "Saskia Lammers <s.lammers@woerdenmontfoort.nl>",
     "body": "Beste Stan en Melanie,\n\nIk las dat de Adviesraad nieuwe leden zoekt. Ik stel mij daar graag "
             "voor beschikbaar: ik heb ervaring met twee fusietrajecten en denk graag mee over het programma."
             "\n\nGroeten,\nSaskia"},
    {"id": "h7-other-13", "kind": "other", "thread": None,
     "subject": "Volgende atelier?",
     "sender": "Lucas Hendrikx <l.hendrikx@zuidelijkewestergo.nl>",
     "body": "Weet u al wanneer het najaarsatelier plaatsvindt? Dan kan ik het alvast blokkeren.\n\nLucas"},
    {"id": "h7-other-14", "kind": "other", "thread": None,
     "subject": "Factuur 2027-0311",
     "sender": "Stadskantoor Utrecht Zaalverhuur <zaalverhuur@stadskantoor-vergaderen.nl>",
     "body": "Geachte relatie,\n\nIn de bijlage treft u de factuur aan voor de zaalhuur en catering van 11 maart. "
             "Wij verzoeken u het bedrag binnen 30 dagen over te maken.\n\nMet vriendelijke groet,\nAfdeling "
             "Debiteuren"},
    {"id": "h7-other-15", "kind": "other", "thread": None,
     "subject": "Enquête scriptieonderzoek ambtelijke fusies",
     "sender": "Lotte Verbeek <l.verbeek@student.uvt.nl>",
     "body": "Beste secretariaat,\n\nIk ben masterstudent Bestuurskunde en doe onderzoek naar de ervaringen van "
             "directeuren van ambtelijke fusieorganisaties. Zou u mijn enquête onder de leden van het netwerk "
             "willen verspreiden?\n\nAlvast hartelijk dank,\nLotte Verbeek"},
    {"id": "h7-other-16", "kind": "other", "thread": None,
     "subject": "Ledenlijst",
     "sender": "Gerrit Nijhuis <g.nijhuis@dinkellandtubbergen.nl>",
     "body": "Is er een ledenlijst beschikbaar met de namen en mailadressen van de andere directeuren? Ik wil "
             "graag een paar collega's rechtstreeks benaderen." + TWENTS},
    {"id": "h7-other-17", "kind": "other", "thread": None,
     "subject": "Uitnodigingen ook naar mijn secretaresse",
     "sender": "Ruud van der Ploeg <r.vanderploeg@dommeldal-wo.nl>",
     "body": "Beste secretariaat,\n\nWillen jullie de uitnodigingen voortaan ook naar mijn secretaresse Ans "
             "Peeters sturen (a.peeters@dommeldal-wo.nl)? Zij beheert mijn agenda.\n\nDank, Ruud"},
    {"id": "h7-other-18", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-nl",
     "subject": "RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Koen Aarts <k.aarts@land-van-cuijk-werkt.nl>",
     "body": "Jammer! Is er al een nieuwe datum bekend? Ik had er twee MT-leden voor vrijgemaakt.\n\nKoen"},
    {"id": "h7-other-19", "kind": "other", "thread": None,
     "subject": "Hoe komen jullie aan mijn adres?",
     "sender": "Wouter Heijmans <w.heijmans@zuidplas-waddinxveen.nl>",
     "body": "Ik kreeg vandaag een uitnodiging van jullie, maar ik heb me nooit aangemeld. Hoe komen jullie aan "
             "mijn e-mailadres?\n\nW. Heijmans\nconcerncontroller"},
    {"id": "h7-other-20", "kind": "other", "thread": None,
     "subject": "Question about membership",
     "sender": "Kris Vermeulen <kris.vermeulen@igs-kempen.be>",
     "body": "Dear colleagues,\n\nI run an intermunicipal partnership in Flanders (Belgium). Would a Flemish "
             "director be welcome in your network, or is it limited to the Netherlands?\n\nBest regards,\n"
             "Kris Vermeulen"},
    {"id": "h7-other-21", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Ingrid Veenstra <i.veenstra@noordoostpolder-urk.nl>",
     "body": "Goedemiddag,\n\nIk moet me helaas afmelden voor 11 maart. Kunt u mij wel het verslag van het "
             "vorige atelier nog eens toesturen? Ik kan het niet meer vinden, en zijn de presentaties daarvan ook "
             "beschikbaar?\n\nIngrid"},
    {"id": "h7-other-22", "kind": "other", "thread": None,
     "subject": "Overlijden",
     "sender": "Directiesecretariaat <directie@maasenwaal-samen.nl>",
     "body": "Geacht secretariaat,\n\nMet verdriet laten wij u weten dat onze directeur, de heer L. Kuijpers, "
             "vorige week plotseling is overleden. Wij verzoeken u zijn gegevens uit uw bestand te verwijderen "
             "en geen post meer aan hem te sturen.\n\nMet vriendelijke groet,\nDirectiesecretariaat Maas en Waal "
             "Samen"},
    {"id": "h7-other-23", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "sender": "Marloes Kip <marloes.kip@hofvanholland-werkt.nl>",
     "body": "Dank je wel! Leuk om erbij te horen 😊" + IPHONE},
    {"id": "h7-other-24", "kind": "other", "thread": None,
     "subject": "Fw: Nieuwsbrief VNG Realisatie",
     "sender": "Joke Mensink <j.mensink@oostgelre-wo.nl>",
     "body": "Hans, interessant voor ons MT? Lees vooral het stuk over de Common Ground.\n\nJoke\n\n"
             "-------- Doorgestuurd bericht --------\nVan: VNG Realisatie <nieuwsbrief@vng-realisatie.nl>\n"
             "Onderwerp: Nieuwsbrief februari\n\nIn deze nieuwsbrief: Common Ground, Digitale Agenda 2027 en meer."},
    {"id": "h7-other-25", "kind": "other", "thread": None,
     "subject": "Adreswijziging dhr. Veldkamp",
     "sender": "Lieke Post <l.post@zuidplas-waddinxveen.nl>",
     "body": "Goedemorgen,\n\nDoor een nieuwe huisstijl is het e-mailadres van de heer Veldkamp gewijzigd. "
             "Het oude adres (h.veldkamp@zuidplas.nl) vervalt per 1 april; het nieuwe is "
             "h.veldkamp@zuidplas-waddinxveen.nl. Wilt u dit aanpassen?\n\nMet vriendelijke groet,\nLieke Post"},
    {"id": "h7-other-26", "kind": "other", "thread": None,
     "subject": "aanmelden + vraag",
     "sender": "Rob Kerkhof <r.kerkhof@bunnik-houten-wo.nl>",
     "body": "Dag,\n\nIk zou me graag aanmelden, maar eerst een vraag: ik ben directeur van een werkorganisatie "
             "die over twee jaar opgaat in een herindeling. Heeft het dan nog zin om lid te worden, of is het "
             "netwerk daar niet voor bedoeld? Laat u het me weten?\n\nRob Kerkhof"},
    {"id": "h7-other-27", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Ruud van der Ploeg <r.vanderploeg@dommeldal-wo.nl>",
     "body": "Ik kom. Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein?\n\nRuud"},
    {"id": "h7-other-28", "kind": "other", "thread": None,
     "subject": "Klacht over toon van de herinnering",
     "sender": "mr. R.A. Tjoa <r.tjoa@gemeentenkrimpenlanden.nl>",
     "body": "Geacht secretariaat,\n\nDe zin 'Dit is de enige herinnering' in uw mail van vorige week vond ik "
             "nogal dwingend van toon voor een vrijwillig netwerk. Ik wilde u dat graag laten weten.\n\n"
             "Hoogachtend,\nmr. R.A. Tjoa"},
]
# fmt: on
