"""The twenty-eighth labelled set's cases (issue 17): thread and subject against the writer's words.

``thread`` is what the thread lookup returns for the mail the writer answered, which is often not the mail their
words are about; None is a new mail or a client that dropped the headers (some of those still quote our mail).
Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

S_UITN = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
S_HERI = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
S_OPRO = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_BEVE = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
S_WELK = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
S_AFME = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
GALAXY = "\n\nVerzonden vanaf mijn Galaxy"
IPAD = "\n\nVerstuurd vanaf mijn iPad"
DISCLAIMER = (
    "\n\n---------------------------------------------------------------\n"
    "De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Gebruik, openbaarmaking of verspreiding door anderen is niet toegestaan. Aan dit bericht kunnen geen rechten "
    "worden ontleend. Denk aan het milieu voordat u deze e-mail print."
)
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "d28-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Henk-Jan Mulder <hj.mulder@werkorganisatie-duivenland.nl>",
     "body": "Goedemorgen,\n\nDonderdag 11 maart staat genoteerd, ik schuif aan in Utrecht.\n\nGroet,\n"
             "Henk-Jan Mulder\nalgemeen directeur Werkorganisatie Duivenland" + DISCLAIMER},
    {"id": "d28-rsvp-02", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Els Timmer <e.timmer@veenhorst.nl>",
     "body": "Goed dat u me eraan herinnert. Ik moet helaas afzeggen: de drie burgemeesters hebben juist die "
             "middag een crisisoverleg gepland.\n\nEls"},
    {"id": "d28-rsvp-03", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Rob Kuipers <rob.kuipers@lindewaard.nl>",
     "body": "Geen onderwerpen van mijn kant deze ronde, wel ben ik er op 11 maart zeker bij." + IPHONE},
    {"id": "d28-rsvp-04", "kind": "rsvp", "attending": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn", "sender": "Saskia Hoogeveen <s.hoogeveen@dommelstroom.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor het hartelijke welkom. Op de website zag ik dat het eerstvolgende "
             "atelier op 11 maart in Utrecht is; noteert u mij daar alvast als deelnemer?\n\nHartelijke groet,\n"
             "Saskia Hoogeveen\ndirecteur Dommelstroom Werkt"},
    {"id": "d28-rsvp-05", "kind": "rsvp", "attending": False, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "W. Zandbergen <w.zandbergen@gemeente-oostmaas.nl>",
     "body": "Helder, dank u. Dan vervalt natuurlijk ook mijn plaats op het atelier van 11 maart; geeft u die "
             "gerust aan iemand anders.\n\nW. Zandbergen"},
    {"id": "d28-rsvp-06", "kind": "rsvp", "attending": True, "thread": None, "subject": "Mijn komst op 11/3",
     "sender": "Joris Vermeulen <j.vermeulen@kempenhoek.nl>",
     "body": "Ik kom. Met z'n tweeën: ikzelf en onze concerncontroller, Ilse Maas.\n\nJ. Vermeulen"},
    {"id": "d28-rsvp-07", "kind": "rsvp", "attending": False, "thread": None, "subject": "Afmelden",
     "sender": "Ria Scholten <ria.scholten@groenmeer.nl>",
     "body": "niet voor het netwerk hoor, alleen voor 11 maart. Ik zit dan met een handelsmissie in Duitsland.\n\n"
             "mvg Ria Scholten" + GALAXY},
    {"id": "d28-rsvp-08", "kind": "rsvp", "attending": True, "thread": None, "subject": "AANMELDING ATELIER 11 MAART",
     "sender": "K.A. Dijkstra <ka.dijkstra@noorderveen.nl>",
     "body": "-- \nMr. drs. K.A. (Kees) Dijkstra\nDirecteur Werkorganisatie Noorderveen\nT 0594 - 123 456 | "
             "M 06 - 12 34 56 78\nPostbus 100, 9860 AA Noorderveen"},
    {"id": "d28-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "subject": "Ja graag - RE: " + S_UITN,
     "sender": "Bart Hulshof <b.hulshof@berkelstreek.nl>",
     "body": "Zie onderwerp.\nGr. Bart"},
    {"id": "d28-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "notes", "sender": "Anton Westra <a.westra@eemvallei.nl>",
     "body": "Er is bij ons iets tussengekomen, dus u kunt mij van de wachtlijst halen. Veel succes met het atelier."
             "\n\nA. Westra"},
    {"id": "d28-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-en", "sender": "Yara Bosman <y.bosman@werkorganisatie-smit.nl>",
     "body": "Dank voor de uitnodiging namens Dirk. Ik ben er graag bij; mijn gast wordt onze teamleider "
             "Burgerzaken, Samira Aydın.\n\nYara Bosman\nloco-directeur"},
    {"id": "d28-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple", "sender": "Lex van Rijn <l.vanrijn@werkorganisatie-smit.nl>",
     "body": "Helaas, ook ik kan die dag niet, ik zit in de rekenkamercommissie. Ik stem met Dirk af wie er dan "
             "eventueel wel kan." + IPAD},
    {"id": "d28-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Hanneke Bruins <h.bruins@vliethaven.nl>",
     "body": "Goedemiddag,\n\nDe verschuiving naar 18 maart valt precies op onze raadsvergadering. Ik moet dus "
             "helaas afhaken.\n\nMet vriendelijke groet,\nHanneke Bruins"},
    {"id": "d28-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Tjeerd Rienstra <t.rienstra@greidhoeke.nl>",
     "body": "18 maart in het Provinciehuis past mij ook prima, ik blijf gewoon aangemeld."},
    {"id": "d28-rsvp-15", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "FW: " + S_UITN,
     "sender": "Mirjam Koster <m.koster@heidebroek.nl>",
     "body": "Antwoorden lukte niet vanaf mijn telefoon, daarom zo: hierbij meld ik mij aan voor 11 maart.\n\n"
             "Mirjam Koster\ngemeentesecretaris/algemeen directeur"},
    {"id": "d28-rsvp-16", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "sender": "Gert Jan Veldkamp <gj.veldkamp@achterdijk.nl>",
     "body": "Staat nog steeds in de agenda, tot donderdag!"},
    {"id": "d28-rsvp-17", "kind": "rsvp", "attending": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Frederique Lam <f.lam@waterlinie-oost.nl>",
     "body": "Beste secretariaat,\n\nVoor 11 maart meld ik mij af, dus de thema's laat ik graag aan de collega's "
             "die er wel zijn.\n\nMet vriendelijke groet,\nFrederique Lam" + DISCLAIMER},
    {"id": "d28-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Daniel Peeters <d.peeters@maasenpeel-werkt.nl>",
     "body": "Thanks for the invite. I'll be there on the 11th, probably together with our HR director; I'll send "
             "her name later.\n\nBest, Daniel"},
    {"id": "d28-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "subject": "RE: " + S_UITN,
     "sender": "Co Verhagen <c.verhagen@zeeoever.nl>",
     "body": "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\nDan ben ik op vakantie.\n\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nnee, helaas\n\nCo"},
    {"id": "d28-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Joost Ramaker <j.ramaker@gemeente.nl>",
     "body": "Dit wil ik niet missen. Noteert u mij als deelnemer?\n\nJoost Ramaker"},
    {"id": "d28-rsvp-21", "kind": "rsvp", "attending": True, "thread": None, "subject": "11 maart",
     "sender": "Pauline Dekker <p.dekker@heerhugo-werkorganisatie.nl>",
     "body": "Goedemiddag, vanuit de Heerhugo-werkorganisatie komen wij met twee personen naar het atelier: "
             "ikzelf en mijn plaatsvervanger Karim el Idrissi.\n\nGroet, Pauline Dekker"},
    {"id": "d28-rsvp-22", "kind": "rsvp", "attending": False, "thread": None, "subject": "kan niet op 11-3",
     "sender": "Wim Jonkman <w.jonkman@lindewaard.nl>",
     "body": "Groet, Wim" + IPHONE},
    {"id": "d28-rsvp-23", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "subject": "Verhinderd",
     "sender": "Marjolein Smeets <m.smeets@kempenhoek.nl>",
     "body": "Zie onderwerp. Mijn collega Noor de Boer (n.deboer@kempenhoek.nl) gaat in mijn plaats.\n\n"
             "Marjolein Smeets"},
    {"id": "d28-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Ivo Claessens <i.claessens@heuvelrand.nl>",
     "body": "Unfortunately I can't make it on 11 March, we have budget talks with the province that day. "
             "Please keep me posted about the next one.\n\nKind regards,\nIvo Claessens"},
    {"id": "d28-rsvp-25", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Ton Verbruggen <t.verbruggen@achterdijk.nl>",
     "body": "helaas ik kan niet. griep. sorry!" + IPHONE},
    {"id": "d28-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Ellen Wagemakers <e.wagemakers@eemvallei.nl>",
     "body": "Geeft u de wachtlijstplek maar aan een ander, het gaat die dag bij mij toch niet lukken."},
    {"id": "d28-rsvp-27", "kind": "rsvp", "attending": True, "thread": None, "subject": "Aanmelden",
     "sender": "Niels Oosterhuis <n.oosterhuis@groenmeer.nl>",
     "body": "Voor het atelier van 11 maart graag (voor het netwerk niet, daar ben ik al lid van).\n\nNiels"},
    {"id": "d28-rsvp-28", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "subject": "Ik kom! RE: " + S_OPRO,
     "sender": "Hester Vink <h.vink@vliethaven.nl>",
     "body": "Zoals in het onderwerp: op 11 maart ben ik erbij.\n\nHester"},

    # -- UNSUBSCRIBE ----------------------------------------------------------------------------------------
    {"id": "d28-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Gerrit Pos <g.pos@werkorganisatie-duivenland.nl>",
     "body": "Beste secretariaat,\n\nIn plaats van thema's een ander bericht: per 1 februari vertrek ik bij de "
             "werkorganisatie en wil ik geen berichten van het netwerk meer ontvangen. Dank voor de inspirerende "
             "jaren.\n\nMet vriendelijke groet,\nGerrit Pos"},
    {"id": "d28-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail", "sender": "Lidwien Harmsen <l.harmsen@berkelstreek.nl>",
     "body": "Mooi verslag. Voor mij was dit het laatste atelier, ik ga in april met pensioen. Haalt u mij maar "
             "van de verzendlijst.\n\nLidwien"},
    {"id": "d28-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Martijn de Lange <m.delange@noorderveen.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te "
             "verwijderen. Ik kom dus ook niet op 11 maart.\n\nHoogachtend,\nM. de Lange"},
    {"id": "d28-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Sjoerd Wijma <s.wijma@greidhoeke.nl>",
     "body": "Ik kom niet, en eerlijk gezegd wil ik helemaal van de lijst af: onze ambtelijke fusie wordt per "
             "1 januari een herindeling en dan is dit netwerk niet meer voor mij bedoeld." + IPAD},
    {"id": "d28-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn", "sender": "Annet Vos <a.vos@heidebroek.nl>",
     "body": "Goedemiddag,\n\nDit berust op een misverstand: ik was niet van plan lid te worden. Wilt u mij weer "
             "uitschrijven?\n\nMet vriendelijke groet,\nAnnet Vos"},
    {"id": "d28-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Hans Brouwers <h.brouwers@dommelstroom.nl>",
     "body": "Niet doen a.u.b., ik vertrek volgende maand bij de gemeente en zie af van het lidmaatschap.\n\n"
             "H. Brouwers"},
    {"id": "d28-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Stoppen",
     "sender": "Kees Hoogland <k.hoogland@werkorganisatie-lingewaard-oost.nl>",
     "body": "Beste mensen,\n\nPer 1 april stop ik als directeur. Mijn opvolger is Lotte Brinkman, "
             "l.brinkman@werkorganisatie-lingewaard-oost.nl; zij neemt mijn plek in het netwerk graag over.\n\n"
             "Groet, Kees Hoogland"},
    {"id": "d28-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "AFMELDEN",
     "sender": "J.P. Overbeek <jp.overbeek@zeeoever.nl>", "body": ""},
    {"id": "d28-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "uitschrjiven aub",
     "sender": "Arjen Wolters <a.wolters@veenhorst.nl>",
     "body": "--\nA. (Arjen) Wolters | algemeen directeur | Werkorganisatie Veenhorst\n"
             "T 0521 - 55 66 77 | www.veenhorst.nl"},
    {"id": "d28-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Unsubscribe",
     "sender": "Peter Lindqvist <p.lindqvist@heuvelrand.nl>",
     "body": "Please take me off your mailing list.\n\nThanks, Peter"},
    {"id": "d28-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
     "sender": "mr. C.M. Jacobs <cm.jacobs@waterlinie-oost.nl>",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u, met een beroep op de Algemene verordening "
             "gegevensbescherming, mijn naam en e-mailadres uit al uw bestanden te verwijderen en mij geen "
             "berichten meer te sturen. Graag ontvang ik hiervan een bevestiging.\n\nHoogachtend,\n\nmr. C.M. Jacobs"
             "\ndirecteur Werkorganisatie Waterlinie-Oost"},
    {"id": "d28-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "bedankt_suggestie",
     "quote": "outlook-nl", "sender": "Roel Keizer <r.keizer@eemvallei.nl>",
     "body": "Mijn suggestie mag blijven staan, maar ik ga per maart naar de provincie. Wilt u mij afmelden voor "
             "het netwerk?\n\nRoel Keizer"},
    {"id": "d28-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "gmail", "sender": "Marga Tuinstra <marga.tuinstra@greidhoeke.nl>",
     "body": "Dank. Wilt u dan ook al mijn gegevens wissen, conform de AVG? Ik wil niet dat mijn naam ergens blijft "
             "staan."},
    {"id": "d28-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "Afmelden RE: " + S_UITN,
     "sender": "Marloes Verschuren <m.verschuren@kempenhoek.nl>",
     "body": "Niet alleen voor het atelier: ik wil ook geen lid meer zijn van het netwerk.\n\nGroeten, Marloes"},
    {"id": "d28-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "subject": "Geen lid meer: RE: " + S_HERI,
     "sender": "Bert Manders <b.manders@oostmaas.nl>",
     "body": "Ik werk sinds januari niet meer bij de werkorganisatie Oostmaas. Graag mij afmelden voor alles, dus "
             "ook voor donderdag.\n\nBert Manders"},
    {"id": "d28-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": "oproep_themas",
     "quote": "apple", "subject": "Re: " + S_OPRO, "sender": "Chantal Aerts <c.aerts@maasenpeel-werkt.nl>",
     "body": "Geen thema's. Ik wil eruit, ik heb te weinig tijd voor netwerken. Svp uitschrijven." + IPHONE},
    {"id": "d28-unsubscribe-17", "kind": "unsubscribe", "erase": True, "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "sender": "Oliver Brandsma <o.brandsma@vliethaven.nl>",
     "body": "I never signed up for this. Please delete my e-mail address and any other personal data you hold "
             "on me (GDPR, art. 17).\n\nO. Brandsma"},
    {"id": "d28-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "ongemarkeerd", "subject": "Stoppen", "sender": "Femke Ras <f.ras@achterdijk.nl>",
     "body": "Toch maar niet, ik heb me te snel aangemeld. Graag weer afmelden."},
    {"id": "d28-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Mijn opvolger",
     "sender": "Hugo Lammers <h.lammers@dewerkorganisatie-zeeoever.nl>",
     "body": "Geacht secretariaat,\n\nPer 15 maart neemt Ruben Kaya (r.kaya@dewerkorganisatie-zeeoever.nl) mijn "
             "functie als directeur over. Ik verzoek u mij af te melden en hem voortaan in mijn plaats uit te "
             "nodigen.\n\nMet vriendelijke groet,\nH. Lammers"},
    {"id": "d28-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "notes-wrote", "sender": "Sander Nijhof <s.nijhof@heidebroek.nl>",
     "body": "Laat de wachtlijst maar zitten en schrijf mij ook uit als lid, ik kom er toch nooit aan toe.\n\n"
             "Sander"},
    {"id": "d28-unsubscribe-21", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "subject": "FW: " + S_HERI, "sender": "Irene Bakx <i.bakx@dommelstroom.nl>",
     "body": "Bij nader inzien: verwijder alstublieft al mijn gegevens uit uw systemen, ik wil nergens meer in "
             "staan. Donderdag kom ik dus ook niet.\n\nIrene Bakx"},

    # -- SUBSCRIBE ------------------------------------------------------------------------------------------
    {"id": "d28-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk",
     "sender": "Rutger Bleeker <r.bleeker@noorderveen.nl>", "body": ""},
    {"id": "d28-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding Netwerk directeuren ambtelijke fusieorganisaties",
     "sender": "H. Ouwehand <h.ouwehand@werkorganisatie-rijnvliet.nl>",
     "body": "zie onderwerp\n\nmvg\nDrs. H. Ouwehand\nDirecteur Werkorganisatie Rijnvliet" + DISCLAIMER},
    {"id": "d28-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Nieuw lid",
     "sender": "Yvonne Terpstra <y.terpstra@werkorganisatie-groenmeer.nl>",
     "body": "Goedemiddag,\n\nSinds 1 januari ben ik directeur van de werkorganisatie Groenmeer-Lindewaard. Graag "
             "word ik lid van uw netwerk.\n\nMet vriendelijke groet,\nYvonne Terpstra"},
    {"id": "d28-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Join the network",
     "sender": "Ahmed Benali <a.benali@berkelstreek.nl>",
     "body": "Hello,\n\nI'm the new director of the Berkelstreek shared services organisation and I would like to "
             "become a member of the network.\n\nKind regards,\nAhmed Benali"},
    {"id": "d28-subscribe-05", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Lucas Hendriksen <l.hendriksen@eemvallei.nl>",
     "body": "lid blijven"},
    {"id": "d28-subscribe-06", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "apple", "sender": "Désirée Mol <d.mol@heuvelrand.nl>",
     "body": "Huh? Dit heb ik niet gevraagd. Ik wil gewoon lid blijven, zet u mij alstublieft terug." + IPHONE},
    {"id": "d28-subscribe-07", "kind": "subscribe", "thread": None, "subject": "AANMLEDEN",
     "sender": "B. de Graaf <b.degraaf@achterdijk.nl>",
     "body": "Graag ontvang ik voortaan ook de uitnodigingen van het netwerk.\n\nB. de Graaf\n"
             "gemeentesecretaris/directeur Achterdijk"},
    {"id": "d28-subscribe-08", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "subject": "FW: " + S_UITN,
     "sender": "Theo Gerritsen <t.gerritsen@vliethaven.nl>",
     "body": "Via mijn secretariaat kreeg ik deze uitnodiging van een collega door. Zelf ben ik nog geen lid; "
             "hierbij meld ik mij aan voor het netwerk.\n\nTheo Gerritsen\ndirecteur Vliethaven"},
    {"id": "d28-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier",
     "sender": "Nicole Smit <n.smit@waterlinie-oost.nl>",
     "body": "Naam: Nicole Smit\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Waterlinie-Oost\n"
             "E-mail: n.smit@waterlinie-oost.nl\nVerzoek: aanmelding als lid van het netwerk"},
    {"id": "d28-subscribe-10", "kind": "subscribe", "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd", "sender": "Erwin Post <e.post@kempenhoek.nl>",
     "body": "Goedemorgen,\n\nDeze oproep is mij doorgestuurd door mijn managementassistent. Ik ben nog geen lid, "
             "maar wil dat graag worden.\n\nMet vriendelijke groet,\nErwin Post"},
    {"id": "d28-subscribe-11", "kind": "subscribe", "thread": None, "subject": "sign me up pls",
     "sender": "Lisa van Dam <lisa.vandam@zeeoever.nl>",
     "body": "Hi, ik zou graag joinen als lid. Thanks!\nLisa" + GALAXY},
    {"id": "d28-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Mijn aanmelding",
     "sender": "Gijs Kamphuis <g.kamphuis@dommelstroom.nl>",
     "body": "Via een collega hoorde ik van dit netwerk. Hierbij meld ik mij aan als lid.\n\nGijs Kamphuis" + GALAXY},
    {"id": "d28-subscribe-13", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "groupwise", "subject": "Lid blijven", "sender": "Paul Segers <p.segers@oostmaas.nl>",
     "body": ""},
    {"id": "d28-subscribe-14", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Ingeborg Nijenhuis <i.nijenhuis@berkelstreek.nl>",
     "body": "Hoi, ik sluit graag aan bij jullie netwerk van directeuren. Groeten uit de Achterhoek,\nIngeborg"},

    # -- CONFIRM --------------------------------------------------------------------------------------------
    {"id": "d28-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": ""},
    {"id": "d28-confirm-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": "Ja, bevestigd."},
    {"id": "d28-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": "Akkoord" + IPAD},
    {"id": "d28-confirm-04", "kind": "confirm", "thread": None,
     "subject": "Bevestiging aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": ""},
    {"id": "d28-confirm-05", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nM. de Vries-Ölçer"},
    {"id": "d28-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Yes, confirmed. Looking forward to it!"},
    {"id": "d28-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "subject": "Akkoord - RE: " + S_BEVE,
     "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": "zie onderwerp"},
    {"id": "d28-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Met vriendelijke groet,\n\nM. de Vries-Ölçer\nDirecteur\nWerkorganisatie BBR\nT 0184 - 69 12 00"
             + DISCLAIMER},
    {"id": "d28-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ja graag, ik word graag lid."},
    {"id": "d28-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "klopt, dat was mijn secretariaat namens mij. Bevestigd."},
    {"id": "d28-confirm-11", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "subject": "Re: Bevestig uw aanmelding", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "OK"},
    {"id": "d28-confirm-12", "kind": "confirm", "thread": C, "subject": "RE: Herinnering: bevestig uw aanmelding "
     "[ref:AF-7K3Q9-XM2PA-4RTZ8]", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "> Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\nJa.\n\n"
             "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8, geldig tot en\n> met 13 december 2026. Het lidmaatschap is "
             "kosteloos.\n\nMarieke"},

    # -- SUGGESTION -----------------------------------------------------------------------------------------
    {"id": "d28-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Jeroen Blom <j.blom@veenhorst.nl>",
     "body": "Mijn onderwerp:\nHoe houd je als werkorganisatie grip op de formatie en de inhuur, nu de "
             "arbeidsmarkt zo krap is?\n\nJeroen Blom"},
    {"id": "d28-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail", "sender": "Anouk Wessels <a.wessels@greidhoeke.nl>",
     "body": "Voor de volgende keer: de positie van ambtelijke fusies in de regio, nu regiodeals en "
             "regionale tafels steeds meer van ons vragen."},
    {"id": "d28-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Rianne Kok <r.kok@heidebroek.nl>",
     "body": "Los van deze uitnodiging: een onderwerp dat ik graag eens zou agenderen is het monitoren van onze "
             "prestaties richting inwoners, zoals klanttevredenheid en doorlooptijden van aanvragen.\n\nRianne Kok"},
    {"id": "d28-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": W, "quoted": "welkom",
     "quote": "apple", "sender": "Victor Janssens <v.janssens@maasenpeel-werkt.nl>",
     "body": "Dank! Een onderwerp heb ik al: hoe maak je een lange termijn visie op de organisatie die verder "
             "kijkt dan één collegeperiode?" + IPHONE},
    {"id": "d28-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Thema voor het atelier: dienstverlening aan ondernemers",
     "sender": "Lotte Mulder <l.mulder@kempenhoek.nl>", "body": ""},
    {"id": "d28-suggestion-06", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Dirk Jan Meijer <dj.meijer@noorderveen.nl>",
     "body": "- digitalisering van de werkprocessen in het sociaal domein\n"
             "- de relatie tussen de deelnemende gemeenten nu er bij één gemeente een nieuw college zit\n\nDJ Meijer"},
    {"id": "d28-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Carla Boer <c.boer@eemvallei.nl>",
     "body": "Strategie hebben we vorige keer uitgebreid besproken, dat hoeft van mij niet nog eens. Ik stel voor: "
             "het sturingsconcept na een reorganisatie. Hoe stuur je op resultaat zonder weer een laag managers "
             "toe te voegen?\n\nCarla Boer"},
    {"id": "d28-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-en", "sender": "Mehmet Yilmaz <m.yilmaz@zeeoever.nl>",
     "body": "Nog een aanvulling: innovatie in de dienstverlening aan inwoners, bijvoorbeeld proactief "
             "dienstverlenen bij levensgebeurtenissen zoals een verhuizing of geboorte.\n\nMehmet"},
    {"id": "d28-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "quoted": "oproep_themas", "quote": "outlook-nl", "subject": "FW: " + S_OPRO,
     "sender": "Frank Roelofs <f.roelofs@vliethaven.nl>",
     "body": "Ik stuur het maar even zo, mijn antwoord kwam vorige keer terug. Onderwerp: de gezamenlijke opgaven "
             "van onze vier gemeenten op het gebied van wonen en energie, en hoe je die samen oppakt.\n\n"
             "Frank Roelofs"},
    {"id": "d28-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Sophie Hartman <s.hartman@heuvelrand.nl>",
     "body": "Topic suggestion: setting a long-term strategic agenda for the organisation that looks beyond the "
             "four-year political cycle.\n\nSophie" + IPAD},
    {"id": "d28-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": "Bas Wouters <b.wouters@oostmaas.nl>",
     "body": "Financiën! Hoe houden we de kosten van de bedrijfsvoering beheersbaar nu de begroting overal krap is."},
    {"id": "d28-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "subject": "Onderwerp: I&A - RE: " + S_OPRO,
     "sender": "Tamara Lems <t.lems@achterdijk.nl>",
     "body": "Zie het onderwerp: informatievoorziening en I&A. Wie heeft ervaring met één zaaksysteem voor de "
             "hele werkorganisatie, en wat heeft dat gekost?\n\nTamara Lems\nCIO/directeur bedrijfsvoering"},
    {"id": "d28-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"], "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail", "sender": "Hidde Brink <h.brink@groenmeer.nl>",
     "body": "Een idee voor een volgend atelier: hoe monitor je de prestaties van de dienstverlening aan "
             "inwoners en ondernemers, zodat je ziet waar het beter kan?"},
    {"id": "d28-suggestion-14", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn", "sender": "Ingrid Mertens <i.mertens@dommelstroom.nl>",
     "body": "Twee onderwerpen voor de volgende keer:\n1. de inhoudelijke agenda van de directie: wat zijn onze "
             "bestuurlijke prioriteiten voor de komende vier jaar?\n2. dienstverlening aan ondernemers: hoe snel "
             "handelen we vergunningen af en hoe meten we dat?\n\nIngrid Mertens" + DISCLAIMER},
    {"id": "d28-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Suggestie", "sender": "Ron Bakker <r.bakker@berkelstreek.nl>",
     "body": "Voor het volgende atelier: hoe ga je om met verschillen in ambitie tussen de deelnemende "
             "gemeenten?\n\nRon"},
    {"id": "d28-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes", "sender": "Noor Willems <n.willems@greidhoeke.nl>",
     "body": "Alvast een onderwerp voor een volgende bijeenkomst: we zijn de werkprocessen van onze backoffice "
             "aan het digitaliseren, en ik hoor graag hoe collega's dat hebben aangepakt.\n\nNoor Willems"},
    {"id": "d28-suggestion-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Evert Smeenk <e.smeenk@veenhorst.nl>",
     "body": "Goedemorgen,\n\nVanuit onze organisatie, waar de samenwerking met de drie gemeenten overigens prima "
             "loopt, één onderwerp: proactieve dienstverlening aan inwoners met geldzorgen, voordat de schulden "
             "oplopen.\n\nMet vriendelijke groet,\nEvert Smeenk"},
    {"id": "d28-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": "welkom",
     "quote": "outlook-en", "sender": "Rachel Dunn <r.dunn@maasenpeel-werkt.nl>",
     "body": "Thanks for the welcome. A topic I'd like to discuss: how our organisational structure and "
             "management model should change in the years after the merger.\n\nRachel"},
    {"id": "d28-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "subject": "RE: "
     + S_OPRO, "sender": "Job Hermans <j.hermans@heidebroek.nl>",
     "body": "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
             "positie in de regio;\n\nJa, dit: onze positie in de regio naast de centrumgemeente.\n\n"
             "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
             "werkprocessen, financiën, I&A;\n\nNiet voor ons, dat loopt goed.\n\nJob"},
    {"id": "d28-suggestion-20", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "idee voor atelier: bestuurlijke prioriteiten en de inhoudelijke agenda",
     "sender": "Tom Veenstra <t.veenstra@noorderveen.nl>", "body": "Gr, Tom"},
    {"id": "d28-suggestion-21", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "doorgestuurd", "sender": "Arie Bos <a.bos@gemeente.nl>",
     "body": "Anja stuurde me dit door. Mijn onderwerp voor de volgende keer: gezamenlijke regionale opgaven "
             "zoals de energietransitie: wie trekt wat, en hoe houden de gemeenten elkaar daarin vast?\n\nArie"},

    # -- AUTOREPLY ------------------------------------------------------------------------------------------
    {"id": "d28-autoreply-01", "kind": "autoreply", "thread": I, "subject": "Automatisch antwoord: " + S_UITN,
     "headers": AUTO, "sender": "Henk de Wit <h.dewit@vliethaven.nl>",
     "body": "Ik ben afwezig tot en met 8 maart en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt "
             "u contact opnemen met het secretariaat directie, 0318 - 55 44 33."},
    {"id": "d28-autoreply-02", "kind": "autoreply", "thread": T, "subject": "Afwezig: " + S_OPRO,
     "headers": {"Precedence": "auto_reply"}, "sender": "Ellen Smulders <e.smulders@kempenhoek.nl>",
     "body": "Bedankt voor uw bericht. Ik ben met vakantie tot en met 25 januari. Uw e-mail wordt niet "
             "doorgestuurd; na mijn terugkomst neem ik contact met u op."},
    {"id": "d28-autoreply-03", "kind": "autoreply", "thread": None, "subject": "Out of Office: " + S_HERI,
     "sender": "Mark Jennings <m.jennings@heuvelrand.nl>",
     "body": "I am out of the office until March 15 with no access to e-mail. For urgent matters please contact "
             "the management office at 030 - 123 45 67."},
    {"id": "d28-autoreply-04", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "subject": "Re: " + S_HERI, "headers": AUTO,
     "sender": "Klantcontact Oostmaas <info@oostmaas.nl>",
     "body": "Dit is een automatisch antwoord. Uw bericht is ontvangen en wordt zo spoedig mogelijk behandeld. "
             "Zaaknummer: Z-2027-004512."},
    {"id": "d28-autoreply-05", "kind": "autoreply", "thread": C, "subject": "Automatisch antwoord: " + S_BEVE,
     "headers": AUTO, "sender": "Directie <directie@gemeente-heidebroek.nl>",
     "body": "Dit e-mailadres is niet meer in gebruik. Sinds de ambtelijke fusie per 1 januari 2027 zijn wij "
             "bereikbaar via info@werkorganisatie-heidebroek.nl. Uw bericht is niet doorgestuurd."},
    {"id": "d28-autoreply-06", "kind": "autoreply", "thread": W, "subject": "Automatisch antwoord: " + S_WELK,
     "headers": AUTO, "sender": "Marit Zijlstra <m.zijlstra@greidhoeke.nl>",
     "body": "Ik ben tot 1 april afwezig in verband met verlof. Mijn e-mail wordt niet gelezen en niet "
             "doorgestuurd. Voor lopende zaken kunt u terecht bij mijn collega Tjitske Hoekstra."},
    {"id": "d28-autoreply-07", "kind": "autoreply", "thread": G, "subject": "Automatische reactie: " + S_AFME,
     "headers": AUTO, "sender": "Ruud Arends <r.arends@achterdijk.nl>",
     "body": "Goedendag,\n\nVandaag ben ik niet op kantoor. Morgen lees ik uw bericht.\n\nRuud Arends"},
    {"id": "d28-autoreply-08", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "sender": "Willemijn Kroes <w.kroes@eemvallei.nl>",
     "body": "Van 1 tot en met 12 maart ben ik afwezig. Uw e-mail wordt niet automatisch doorgestuurd; voor zaken "
             "rond de agenda kunt u terecht bij mijn managementassistent Fleur Jansen, f.jansen@eemvallei.nl."},
    {"id": "d28-autoreply-09", "kind": "autoreply", "thread": T, "subject": "Afwezigheidsmelding",
     "sender": "Pieter Hofman <p.hofman@zeeoever.nl>",
     "body": "Beste afzender,\n\nIk ben op werkbezoek tot en met vrijdag en lees mijn mail pas daarna. "
             "Thank you for your message, I'll reply when I am back.\n\nPieter Hofman"},
    {"id": "d28-autoreply-10", "kind": "autoreply", "thread": None,
     "subject": "Uw bericht is ontvangen [zaaknummer 2027-00881]",
     "headers": {"Auto-Submitted": "auto-generated"}, "sender": "Gemeente Veenhorst <noreply@veenhorst.nl>",
     "body": "Geachte heer/mevrouw,\n\nUw e-mail is geregistreerd onder zaaknummer 2027-00881. U ontvangt binnen "
             "tien werkdagen een reactie.\n\nDit bericht is automatisch verzonden; u kunt hier niet op antwoorden."},

    # -- OTHER ----------------------------------------------------------------------------------------------
    {"id": "d28-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Astrid Verheul <a.verheul@waterlinie-oost.nl>",
     "body": "Goedemiddag,\n\nMijn collega Frank de Jong, directeur van de werkorganisatie Lekdijk, is nog geen "
             "lid maar zou er graag bij horen. Kunt u hem aanmelden? Zijn adres is f.dejong@lekdijk.nl.\n\n"
             "Met vriendelijke groet,\nAstrid Verheul"},
    {"id": "d28-other-02", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Voordat ik bevestig: is het lidmaatschap echt kosteloos, ook voor de ateliers zelf?"},
    {"id": "d28-other-03", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Leo Gerrits <l.gerrits@dommelstroom.nl>",
     "body": "Dank u. Mijn opvolger is nog niet benoemd; mag ik zijn of haar naam later doorgeven?\n\nLeo Gerrits"},
    {"id": "d28-other-04", "kind": "other", "thread": None, "subject": "Opzeggen",
     "sender": "Secretariaat directie <secretariaat@oostmaas.nl>",
     "body": "Graag het lidmaatschap van onze vorige directeur, Jan Bakker, beëindigen: hij is met pensioen en "
             "zijn adres j.bakker@oostmaas.nl vervalt.\n\nMet vriendelijke groet,\nSecretariaat directie Oostmaas"},
    {"id": "d28-other-05", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "sender": "Anke Visser <a.visser@greidhoeke.nl>",
     "body": "Kunt u mijn e-mailadres wijzigen in a.visser@werkorganisatie-greidhoeke.nl? Het huidige adres "
             "vervalt per 1 april.\n\nAnke Visser"},
    {"id": "d28-other-06", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Johan Ploeg <j.ploeg@noorderveen.nl>",
     "body": "Geacht secretariaat,\n\nIk begreep dat er dit jaar plaatsen in de Adviesraad vrijkomen. Graag stel ik "
             "mij daarvoor kandidaat; ik ben sinds 2021 lid van het netwerk.\n\nHoogachtend,\nJ. Ploeg"},
    {"id": "d28-other-07", "kind": "other", "thread": None, "subject": "Aanbod presentatie atelier",
     "sender": "Sales ZaakWijs <sales@zaakwijs-software.nl>",
     "body": "Beste organisatoren,\n\nZaakWijs ontwikkelt software waarmee werkorganisaties zaakgericht werken voor "
             "meerdere gemeenten tegelijk. Graag presenteren wij ons platform op uw volgende atelier. Mag ik u "
             "bellen om de mogelijkheden te bespreken?\n\nMet vriendelijke groet,\nDennis Uiterwijk\n"
             "accountmanager overheid"},
    {"id": "d28-other-09", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Geert Claassen <g.claassen@maasenpeel-werkt.nl>",
     "body": "Ik kom, maar kan ik met de auto bij het Stadskantoor parkeren? Ik heb een invalidenparkeerkaart.\n\n"
             "Geert Claassen"},
    {"id": "d28-other-10", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Wendy Lok <w.lok@heuvelrand.nl>",
     "body": "Een vraag vooraf: mogen ook gemeentesecretarissen die geen directeur van de werkorganisatie zijn "
             "onderwerpen inbrengen?\n\nWendy Lok"},
    {"id": "d28-other-11", "kind": "other", "thread": None, "subject": "Nieuw lid",
     "sender": "Petra Hulst <p.hulst@zeeoever.nl>",
     "body": "Goedemorgen,\n\nPer 1 mei begint Ingrid Vos als algemeen directeur van onze werkorganisatie. Wilt u "
             "haar alvast toevoegen aan het netwerk? Haar adres: i.vos@zeeoever.nl.\n\nNamens de "
             "gemeentesecretaris,\nPetra Hulst"},
    {"id": "d28-other-12", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Secretariaat directie <secretariaat.directie@berkelstreek.nl>",
     "body": "Goedendag,\n\nDe heer Kramer is per 1 februari uit dienst. Wie hem opvolgt is nog niet bekend; "
             "zodra dat zo is, geven wij uw bericht door.\n\nMet vriendelijke groet,\nsecretariaat directie"},
    {"id": "d28-other-13", "kind": "other", "thread": None, "subject": "Vraag voor artikel over ambtelijke fusies",
     "sender": "Roos Dijkman <r.dijkman@bestuursblad.nl>",
     "body": "Goedemiddag,\n\nIk ben journalist en werk aan een artikel over tien jaar ambtelijke fusies. Zou ik "
             "een van uw ateliers mogen bijwonen, of iemand van het netwerk kunnen spreken?\n\nRoos Dijkman"},
    {"id": "d28-other-14", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Maarten Bosch <m.bosch@achterdijk.nl>",
     "body": "De link naar het verslag geeft bij mij een foutmelding (404). Kunt u het als pdf sturen?"},
    {"id": "d28-other-15", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Wie heeft mij aangemeld? Ik ken dit netwerk niet en wil eerst weten waar het over gaat."},
    {"id": "d28-other-16", "kind": "other", "thread": I, "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
     "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-smit.nl>",
     "body": "Ik ben door Dirk opgegeven, maar ik ben geen directeur, ik ben manager bedrijfsvoering. Is dat "
             "een probleem?\n\nNadia Bouzid"},
    {"id": "d28-other-17", "kind": "other", "thread": W, "quoted": "welkom", "quote": "notes-wrote",
     "sender": "Gerard van der Meulen <g.vandermeulen@oostmaas.nl>",
     "body": "Dank. Mijn naam staat verkeerd in uw bestand: het is Van der Meulen, los geschreven. Kunt u dat "
             "aanpassen?"},
    {"id": "d28-other-18", "kind": "other", "thread": None, "subject": "Membership question",
     "sender": "Bram Claes <b.claes@intercommunale-kempenland.be>",
     "body": "Hello,\n\nIs your network also open to directors of Belgian intermunicipal organisations? We are "
             "going through a similar merger.\n\nBest regards,\nBram Claes"},
    {"id": "d28-other-19", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes",
     "sender": "Jolanda Wever <j.wever@eemvallei.nl>",
     "body": "Wilt u ook de gegevens van mijn collega Hans Wijnen uit uw bestand verwijderen? Hij is vertrokken "
             "en ik beheer zijn mailbox.\n\nJolanda Wever"},
]
# fmt: on
