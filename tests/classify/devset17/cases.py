"""The seventeenth labelled set's cases (issue 17); see the package docstring for how its writers differ.

Pasted replies (our whole mail given back without quote marks, the writer's line below it) are built with
``_below`` from the same snapshot of our mails that ``labelled.build`` quotes from.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

_OURS: dict[str, dict[str, str]] = json.loads(
    pathlib.Path(__file__).parent.parent.joinpath("quoted_mails.json").read_text(encoding="utf-8")
)


def _subject(purpose: str) -> str:
    return "RE: " + _OURS[purpose]["subject"]


def _below(purpose: str, line: str) -> str:
    """Our mail pasted back whole, without marks, with the writer's line under it."""
    return _OURS[purpose]["text"].rstrip("\n") + "\n\n" + line


IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nVerzonden vanaf mijn iPad"
GALAXY = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_IOS = "\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>"
ANDROID_EN = "\n\nSent from Outlook for Android"
SENT_IPHONE = "\n\nSent from my iPhone"
DISCLAIMER = (
    "\n\n------------------------------------------------------------------\n"
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht niet voor u bestemd is, "
    "wordt u vriendelijk verzocht dit aan de afzender te melden en het bericht te verwijderen. Aan dit bericht "
    "kunnen geen rechten worden ontleend. De werkorganisatie aanvaardt geen aansprakelijkheid voor schade als "
    "gevolg van elektronische verzending."
)
AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

_INVITE_INLINE = (
    '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met '
    "hoeveel\n> personen u komt."
)
_FOOTER_INLINE = (
    "> --\n> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "d17-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Joost Verhagen <j.verhagen@werkorganisatie-wolderveen.nl>",
     "body": "Ja ik kom. Sta nu op Schiphol, rest volgt" + IPHONE},
    {"id": "d17-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "\"Akkerman, Hanneke\" <h.akkerman@kraaiendal.nl>",
     "body": "Geachte heer Van de Laar,\n\nNamens mevrouw Akkerman bevestig ik dat zij op donderdag 11 maart "
             "aanwezig zal zijn bij het atelier. Zij komt alleen.\n\nMet vriendelijke groet,\n\nPetra Wiersma\n"
             "directiesecretaresse, namens drs. H.J. Akkerman, gemeentesecretaris/algemeen directeur\n"
             "Werkorganisatie Kraaiendal\nT 0521 58 44 10" + DISCLAIMER},
    {"id": "d17-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Aylin Kaya <a.kaya@bvo-drechtmonde.nl>",
     "body": "Hallo,\n\nThank you for the invitation. I will come on 11 march, en ik neem mijn collega mee, "
             "Dennis Yilmaz, he is manager bedrijfsvoering. So we are with two persons.\n\nGroeten,\nAylin Kaya"},
    {"id": "d17-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Bart Lemstra <b.lemstra@dezevenmarken.nl>",
     "body": "Helaas. Zit die week in Kaapstad voor werkbezoek met de burgemeester. Volgende keer beter\n\nBart"
             + OUTLOOK_IOS},
    {"id": "d17-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "\"Rijswijk van, Rob\" <r.vanrijswijk@gemeenten-aaldijk.nl>",
     "body": "Geacht secretariaat,\n\nDe heer Van Rijswijk is op 11 maart verhinderd in verband met een "
             "vergadering van het algemeen bestuur van de veiligheidsregio. Hij laat zich niet vervangen.\n\n"
             "Met vriendelijke groet,\n\nnamens R.P. van Rijswijk,\nTineke Mol\nbestuurssecretariaat"},
    {"id": "d17-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Marjan Teunissen <m.teunissen@peelrand-noord.nl>",
     "body": "Beste Melanie,\n\nIk ben die week zelf met verlof. Onze plaatsvervangend directeur Youssef El "
             "Idrissi (y.elidrissi@peelrand-noord.nl) gaat in mijn plaats, hij is op de hoogte.\n\nGroet,\nMarjan"},
    {"id": "d17-rsvp-07", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Hein Schreuder <h.schreuder@werkorganisatie-bremland.nl>",
     "body": "Moet toch afhaken, mijn vlucht terug uit Barcelona is geschrapt. Geef mijn plek maar aan "
             "iemand anders." + IPAD},
    {"id": "d17-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Charlotte Vinke <c.vinke@vlietmonde.nl>",
     "body": "Ik kan toch niet meer, sorry. Haal me maar van de wachtlijst af.\n\nCharlotte"},
    {"id": "d17-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Gerben Dijkstra <g.dijkstra@vlietmonde.nl>",
     "body": "Goedemiddag,\n\nDoor de nieuwe datum kan ik er helaas niet meer bij zijn: op 18 maart hebben "
             "wij raadsvergadering in Vlietmonde.\n\nMet vriendelijke groet,\nGerben Dijkstra\n"
             "algemeen directeur"},
    {"id": "d17-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "sender": "Loes Hazenberg <l.hazenberg@heeserveld.nl>",
     "body": "18 maart past mij ook prima, ik blijf gewoon aangemeld.\n\nLoes" + IPHONE},
    {"id": "d17-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Beste Stan,\n\nDank voor het bericht. Ik neem de plaats van Dirk graag in en ben er op de 11e.\n\n"
             "Hartelijke groet,\nMarieke"},
    {"id": "d17-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Sven Mulder <s.mulder@bbr.nl>",
     "body": "Hoi, ik kan die middag helaas ook niet, heb het Dirk net laten weten. Sorry!\n\nSven"},
    {"id": "d17-rsvp-13", "kind": "rsvp", "attending": True, "thread": I,
     "subject": _subject("uitnodiging_atelier"), "sender": "Wim Brugman <w.brugman@werkorganisatie-oosterhaven.nl>",
     "body": _below("uitnodiging_atelier", "ja ik kom\n\nWim Brugman")},
    {"id": "d17-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Ellen Koopmans <e.koopmans@ravenswoude.nl>",
     "body": "Nee helaas, die dag ben ik op een congres in Wenen."},
    {"id": "d17-rsvp-15", "kind": "rsvp", "attending": True, "thread": I,
     "subject": _subject("uitnodiging_atelier"), "sender": "Rutger Hoekman <r.hoekman@berkelveen.nl>",
     "body": "Zie mijn antwoorden hieronder.\n\nRutger\n\n" + _INVITE_INLINE + "\n\nJa, ik kom.\n\n"
             "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en "
             "e-mailadres.\n\nN.v.t.\n\n> Graag uw antwoord vóór 2 maart 2027.\n\n" + _FOOTER_INLINE},
    {"id": "d17-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Corrie Wagenaar <c.wagenaar@servicebureau-maasbocht.nl>",
     "body": "Hierbij meld ik mij aan voor het atelier van 11 maart. Ik kom samen met mijn adjunct, "
             "Wim Koster.\n\nC. Wagenaar\nalgemeen directeur Servicebureau Maasbocht"},
    {"id": "d17-rsvp-17", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart", "sender": "A.C. Dekker-Boon <ac.dekker@kempenzoom.nl>",
     "body": "Geacht secretariaat,\n\nGraag meld ik mij aan voor het Leer- en inspireer-atelier van donderdag "
             "11 maart aanstaande in Utrecht.\n\nHoogachtend,\n\nmr. A.C. Dekker-Boon\nalgemeen directeur "
             "Werkorganisatie Kempenzoom\n\nT 0497 - 33 12 00 | M 06 - 48 11 20 93" + DISCLAIMER},
    {"id": "d17-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Stefan Brinkmann <s.brinkmann@grensland-werkt.nl>",
     "body": "Sehr geehrter Herr van de Laar,\n\nHartelijk dank voor de uitnodiging. Gerne kom ik naar het "
             "atelier, ik breng niemand mit.\n\nMit freundlichen Grüßen / Met vriendelijke groet\n\n"
             "Dr. Stefan Brinkmann\ndirecteur Werkorganisatie Grensland"},
    {"id": "d17-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Jeroen Pasman <j.pasman@duinwijk.nl>",
     "body": "Ben erbij! Land die ochtend om 11u op Eindhoven, dus 14.00 lukt prima" + IPHONE},
    {"id": "d17-rsvp-20", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Erik Timmer <e.timmer@werkorganisatie-zuiderlanden.nl>",
     "body": "Beste Stan,\n\nExcuus dat ik op deze oude mail reageer, de uitnodiging kan ik niet meer "
             "terugvinden. Ik kom op 11 maart, samen met onze concerncontroller Joyce Ramdin.\n\nGroet,\nErik"},
    {"id": "d17-rsvp-21", "kind": "rsvp", "attending": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn", "sender": "Femke Ouwerkerk <f.ouwerkerk@wolderland.nl>",
     "body": "Hallo,\n\nInmiddels heb ik gezien dat het eerstvolgende atelier op 11 maart is. Daar ben ik bij.\n\n"
             "Vriendelijke groet,\nFemke Ouwerkerk"},
    {"id": "d17-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Annet Terpstra <a.terpstra@noorderzijl.nl>",
     "body": "Ik wel! Tot de 11e.\n\nAnnet\n\n"
             "Van: Kees Bolhuis <k.bolhuis@werkorganisatie-hunzedal.nl>\nVerzonden: maandag 1 maart 2027 16:40\n"
             "Aan: info@ambtelijkefusie.nl\nCC: a.terpstra@noorderzijl.nl; h.bosma@eemsland-oost.nl\n"
             "Onderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027\n\n"
             "Helaas kan ik niet, ik zit die dag bij de provincie.\n\nKees"},
    {"id": "d17-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Harm Bosma <h.bosma@eemsland-oost.nl>",
     "body": "Dag allen (excuus voor het allen beantwoorden),\n\nIk ben op 11 maart verhinderd.\n\nHarm\n\n"
             "Van: Annet Terpstra <a.terpstra@noorderzijl.nl>\nVerzonden: dinsdag 2 maart 2027 08:12\n"
             "Aan: info@ambtelijkefusie.nl\nCC: k.bolhuis@werkorganisatie-hunzedal.nl; h.bosma@eemsland-oost.nl\n"
             "Onderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027\n\nIk wel! Tot de 11e.\n\nAnnet"},
    {"id": "d17-rsvp-24", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Ruben Akkus <r.akkus@maasbocht.nl>",
     "body": "Kom wat later, rond kwart voor drie. Vergadering met de colleges loopt uit. Houd een stoel vrij "
             "aub\n\nRuben" + GALAXY},
    {"id": "d17-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Nadia Benali <n.benali@werkorganisatie-kraaiendal.nl>",
     "body": "Dear Stan,\n\nThanks for the invitation. Unfortunately I won't be able to attend on 11 March, I'm "
             "abroad on a study trip with our management team. Hope to join next time.\n\nKind regards,\n"
             "Nadia Benali\nDirector | Werkorganisatie Kraaiendal"},
    {"id": "d17-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Paul Gerritsen <p.gerritsen@de-zeven-marken.nl>",
     "body": "Beste Melanie,\n\nVorige week schreef ik dat ik niet kon, maar de begrotingsvergadering is "
             "verschoven naar april. Ik kom dus alsnog graag.\n\nMet vriendelijke groet,\nPaul Gerritsen"},
    {"id": "d17-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn", "sender": "Wouter Zijlstra <w.zijlstra@werkorganisatie-heeserveld.nl>",
     "body": "Goedemorgen,\n\nEr is inmiddels iets tussengekomen op die datum. U hoeft mij dus niet meer op "
             "de wachtlijst aan te houden.\n\nMet vriendelijke groet,\nW. Zijlstra"},
    {"id": "d17-rsvp-28", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                "& eigenheid [atelier:2027-1]",
     "sender": "Iris Hofstede <i.hofstede@ravenswoude.nl>", "body": "Tot dan!"},
    {"id": "d17-rsvp-29", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Afgewezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                "& eigenheid [atelier:2027-1]",
     "sender": "Ton Verweij <t.verweij@vlietmonde.nl>",
     "body": "Sorry, dan zit ik op Curaçao voor onze stedenband."},
    {"id": "d17-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Mehmet Aydın <m.aydin@werkorganisatie-bremland.nl>",
     "body": "Goedemiddag,\n\nIk kan niet komen. Ik heb die dag een andere afspraak met de wethouders. "
             "Volgende keer kom ik graag.\n\nMet vriendelijke groet,\nMehmet Aydın"},
    {"id": "d17-rsvp-31", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gijs Ammerlaan <g.ammerlaan@zuiderlanden.nl>",
     "body": "Geacht secretariaat,\n\nSinds januari ben ik interim-directeur van Werkorganisatie Zuiderlanden, "
             "als opvolger van Harm de Wit. Ik neem graag deel aan het atelier op 11 maart.\n\n"
             "Met vriendelijke groet,\n\nGijs Ammerlaan\ninterim algemeen directeur\n06 - 51 77 02 84"},
    {"id": "d17-rsvp-32", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Hanneke Vos <h.vos@werkorganisatie-hunzedal.nl>",
     "body": "Beste Stan, Melanie,\n\nIk kom graag, met twee collega's: Fenna de Graaf (strategisch adviseur) "
             "en Jurre Bos (teammanager I&A).\n\nmvg\nHanneke"},
    {"id": "d17-rsvp-33", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "doorgestuurd", "sender": "Henk Brouwer <h.brouwer@noorderzijl.nl>",
     "body": "Beste secretariaat,\n\nZoals mijn secretaresse hieronder al vermoedde: ik ga het niet redden, "
             "de reorganisatie vraagt die dag al mijn tijd. Sorry voor de late afmelding.\n\nGr, Henk"},
    {"id": "d17-rsvp-34", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Marloes van Dongen <m.vandongen@kempenzoom.nl>",
     "body": "Goedemorgen,\n\nGraag aanwezig op 11 maart.\n\nMet vriendelijke groet,\n\nMarloes van Dongen\n"
             "Directeur | Werkorganisatie Kempenzoom\nPostbus 120 | 5530 AC Kempenzoom\nT 0497 33 12 10"
             + DISCLAIMER},
    {"id": "d17-rsvp-35", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "J. O'Neill-Bakker <j.oneill@duinwijk.nl>",
     "body": "Yes, I'll be there. Coming by train from Maastricht so could be a few minutes late." + SENT_IPHONE},
    {"id": "d17-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Tamara Westra <t.westra@gemeenten-aaldijk.nl>",
     "body": "Helaas past het niet in mijn agenda."},
    {"id": "d17-rsvp-37", "kind": "rsvp", "attending": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Roel Smeenk <r.smeenk@werkorganisatie-wolderveen.nl>",
     "body": "Reageer even op deze oude mail: het atelier van 11 maart staat nu in mijn agenda, maar die dag "
             "ben ik in Brussel. Ik kom dus niet.\n\nRoel"},
    {"id": "d17-rsvp-38", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Gerrit Nijenhuis <g.nijenhuis@twentezoom.nl>",
     "body": "Moi,\n\nIk kom. Neem nog een collega mee, dus zet ons maar op twee.\n\nGroet'n\nGerrit"},
    {"id": "d17-rsvp-39", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Frank van Gils <f.vangils@maasbocht.nl>",
     "body": "Houdoe Stan,\n\nIk ben d'r bij op de 11e, gezellig.\n\nFrank"},
    {"id": "d17-rsvp-40", "kind": "rsvp", "attending": False, "thread": I,
     "subject": _subject("uitnodiging_atelier"), "sender": "Lotte Brands <l.brands@berkelveen.nl>",
     "body": _INVITE_INLINE + "\n\nNee, helaas niet.\n\n> Kunt u zelf niet, maar komt een collega in uw plaats? "
             "Noem dan zijn of haar naam en\n> e-mailadres.\n\nNiemand, wij hebben dan MT-dag.\n\n"
             + _FOOTER_INLINE + "\n\nLotte Brands"},
    {"id": "d17-rsvp-41", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "\"Oosting, Klaas\" <k.oosting@werkorganisatie-eemsland-oost.nl>",
     "body": "Goedemiddag,\n\nDe heer Oosting komt graag naar het atelier. Hij sluit wel pas rond 15.00 uur aan "
             "in verband met een eerder overleg in Groningen.\n\nMet vriendelijke groet,\n\nsecretariaat "
             "gemeentesecretaris\nnamens K. Oosting"},
    {"id": "d17-rsvp-42", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Jelle Kramer <j.kramer@noorderzijl.nl>",
     "body": "On the road - no, can't make it. Sorry!\n/J" + ANDROID_EN},
    {"id": "d17-rsvp-43", "kind": "rsvp", "attending": True, "thread": I,
     "subject": _subject("bevestiging_rsvp"), "sender": "Petra Huisman <p.huisman@heeserveld.nl>",
     "body": _below("bevestiging_rsvp", "Vorige week schreef ik u dat ik toch niet kon, maar die afspraak is "
                                        "verzet. Ik wil dus wel komen, graag weer op de wachtlijst.\n\nPetra")},

    # -- Sign-ups -------------------------------------------------------------------------------------------
    {"id": "d17-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap",
     "sender": "Ilse Hoogeveen <i.hoogeveen@de-zeven-marken.nl>",
     "body": "Geachte heer, mevrouw,\n\nSinds 1 februari ben ik directeur van de ambtelijke fusieorganisatie "
             "De Zeven Marken. Graag word ik lid van het netwerk.\n\nMet vriendelijke groet,\n\nIlse Hoogeveen"},
    {"id": "d17-subscribe-02", "kind": "subscribe", "thread": None, "subject": "aanmelding netwerk",
     "sender": "Frits Lammers <f.lammers@heeserveld.nl>",
     "body": "Goedendag,\n\nDe komende negen maanden ben ik interim-directeur bij Werkorganisatie Heeserveld. "
             "Ik wil in die periode graag deelnemen aan het netwerk. Wilt u mij op de ledenlijst zetten?\n\n"
             "Frits Lammers\ninterim-manager"},
    {"id": "d17-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Elif Demir <e.demir@aaldijk-berkelveen.nl>",
     "body": "Goedendag,\n\nMijn naam is Elif Demir, ik ben nieuwe directeur van de werkorganisatie "
             "Aaldijk-Berkelveen. Ik wil graag lid worden van uw netwerk.\n\nDank u wel.\nElif Demir"},
    {"id": "d17-subscribe-04", "kind": "subscribe", "thread": None, "subject": "membership",
     "sender": "Rafael Moreno <r.moreno@ravenswoude-duinwijk.nl>",
     "body": "Hello,\n\nI would like to become member of the network. I am since March director of the shared "
             "organisation of Ravenswoude and Duinwijk. My Dutch is ok but English is easier for me.\n\n"
             "Best regards,\nRafael Moreno"},
    {"id": "d17-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Formulier aanmelding",
     "sender": "Hugo van Beek <h.vanbeek@werkorganisatie-lindeland.nl>",
     "body": "Naam: Hugo van Beek\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Lindeland "
             "(gemeenten Lindeveen en Ommerland)\nE-mail: h.vanbeek@werkorganisatie-lindeland.nl\n"
             "Telefoon: 0548 - 20 40 60\nVerzoek: aanmelding als lid van het netwerk"},
    {"id": "d17-subscribe-06", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Ton Verhoef <t.verhoef@bvo-vlietmonde.nl>",
     "body": "Graag aanmelden als lid. Groet, Ton" + IPHONE},
    {"id": "d17-subscribe-07", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Jacqueline Stam <j.stam@werkorganisatie-oosterhaven.nl>",
     "body": "Lid blijven graag. De afmelding was een vergissing van mijn secretariaat.\n\nJacqueline Stam"},
    {"id": "d17-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Fwd: netwerk directeuren",
     "sender": "Priya Ramcharan <p.ramcharan@maasbocht.nl>",
     "body": "Beste secretariaat,\n\nMijn collega Ruud stuurde mij onderstaande door. Ik wil mij ook graag "
             "aanmelden voor het netwerk.\n\nMet vriendelijke groet,\nPriya Ramcharan\ndirecteur Servicebureau "
             "Maasbocht\n\n---------- Doorgestuurd bericht ---------\nVan: Ruud Claassen "
             "<r.claassen@kempenzoom.nl>\nDatum: vr 26 feb 2027 om 17:03\nOnderwerp: netwerk directeuren\n"
             "Aan: Priya Ramcharan <p.ramcharan@maasbocht.nl>\n\nHoi Priya, dit lijkt me echt iets voor jou. "
             "Aanmelden kan gratis via info@ambtelijkefusie.nl.\n\nRuud"},
    {"id": "d17-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Ateliers",
     "sender": "Koen Hartman <k.hartman@bvo-drechtmonde.nl>",
     "body": "Beste mensen,\n\nWilt u mij voortaan op de hoogte houden van de ateliers en andere activiteiten "
             "van het netwerk? Ik ben sinds kort directeur van de BVO Drechtmonde.\n\nVriendelijke groet,\n"
             "Koen Hartman"},
    {"id": "d17-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Join the network",
     "sender": "Laura Jansen-McKenzie <l.jansen@werkorganisatie-oosterhaven.nl>",
     "body": "Hi there,\n\nPlease add me to the network's member list. I've just started as managing director "
             "at Werkorganisatie Oosterhaven.\n\nBest,\nLaura" + SENT_IPHONE},
    {"id": "d17-subscribe-11", "kind": "subscribe", "thread": None, "subject": "Opnieuw aanmelden",
     "sender": "Bas Kooiman <b.kooiman@wolderland.nl>",
     "body": "Goedemiddag,\n\nBij mijn vorige werkgever was ik lid van het netwerk. Sinds deze maand ben ik "
             "directeur van de werkorganisatie Wolderland. Graag meld ik mij op dit adres opnieuw aan.\n\n"
             "Met vriendelijke groet,\nBas Kooiman"},
    {"id": "d17-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Anmeldung / aanmelding",
     "sender": "Katrin Wessels <k.wessels@grensland-werkt.nl>",
     "body": "Guten Tag,\n\nhierbij wil ik mij graag aanmelden voor het netwerk. Ik werk sinds kort als "
             "directeur bij Werkorganisatie Grensland, voorheen in de Kreis Kleve.\n\nMit freundlichen Grüßen\n"
             "Katrin Wessels"},
    {"id": "d17-subscribe-13", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "mr. drs. L.M. Paardekooper <l.paardekooper@hunzedal.nl>",
     "body": "Geacht secretariaat,\n\nPer 15 januari jongstleden ben ik benoemd tot interim algemeen directeur "
             "van Werkorganisatie Hunzedal. Graag meld ik mij aan als lid van het Netwerk.\n\nHoogachtend,\n\n"
             "mr. drs. L.M. Paardekooper\ninterim algemeen directeur" + DISCLAIMER},
    {"id": "d17-subscribe-14", "kind": "subscribe", "thread": None, "subject": "aanmelden",
     "sender": "jan tiemersma <j.tiemersma@wolderveen.nl>",
     "body": "aanmelden graag. directeur wolderveen sinds jan.\ngr jan" + GALAXY},
    {"id": "d17-subscribe-15", "kind": "subscribe", "thread": None, "subject": "Zoals besproken",
     "sender": "Sander Wijnands <s.wijnands@twentezoom.nl>",
     "body": "Beste Melanie,\n\nZoals vorige week op het congres besproken: hierbij mijn aanmelding voor het "
             "netwerk.\n\nHartelijke groet,\nSander"},
    {"id": "d17-subscribe-16", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "gmail", "sender": "Marianne Bol <m.bol@werkorganisatie-lindeland.nl>",
     "body": "Beste,\n\nIk wil me toch weer aanmelden. Mijn nieuwe functie bij de werkorganisatie valt er "
             "weer onder.\n\nGroet,\nMarianne"},
    {"id": "d17-subscribe-17", "kind": "subscribe", "thread": None, "subject": "mee doen netwerk",
     "sender": "Hasan Özdemir <h.ozdemir@werkorganisatie-bremland.nl>",
     "body": "Beste mensen,\n\nIk heb over uw netwerk gehoord van een collega. Ik wil ook mee doen. Ik ben "
             "directeur van werkorganisatie Bremland sinds december.\n\nAlvast bedankt!\nHasan Özdemir"},
    {"id": "d17-subscribe-18", "kind": "subscribe", "thread": None, "subject": "aanmelden",
     "sender": "Dirk-Jan Wolters <dj.wolters@bvo-vlietmonde.nl>",
     "body": "Meld me aan aub, nieuwe dir. BVO Vlietmonde. (sorry kort, op reis)" + OUTLOOK_IOS},
    {"id": "d17-subscribe-19", "kind": "subscribe", "thread": None,
     "subject": "RE: Netwerk directeuren ambtelijke fusies - de moeite waard",
     "sender": "Carla Heemskerk <c.heemskerk@noorderzijl.nl>",
     "headers": {"Cc": "p.deboer@hunzedal.nl, j.kramer@noorderzijl.nl"},
     "body": "Goed idee Pieter, ik meld me hierbij ook aan.\n\nCarla\n\nVan: Pieter de Boer "
             "<p.deboer@hunzedal.nl>\nVerzonden: vrijdag 26 februari 2027 10:02\nAan: c.heemskerk@noorderzijl.nl;"
             " j.kramer@noorderzijl.nl\nCC: info@ambtelijkefusie.nl\nOnderwerp: Netwerk directeuren ambtelijke "
             "fusies - de moeite waard\n\nCollega's,\n\nIk ben sinds een jaar lid van het netwerk en vind de "
             "ateliers echt nuttig. Aanmelden is gratis, een mail naar info@ambtelijkefusie.nl volstaat (die "
             "staat in de cc).\n\nGroet, Pieter"},
    {"id": "d17-subscribe-20", "kind": "subscribe", "thread": None, "subject": "join",
     "sender": "Ana Ribeiro <a.ribeiro@kempenzoom.nl>",
     "body": "Dear secretariat,\n\nI want to join. Please sign me in for the network, I am the new director "
             "since this year.\n\nThank you,\nAna Ribeiro"},
    {"id": "d17-subscribe-21", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Roos Verbruggen <r.verbruggen@heeserveld.nl>",
     "body": "Goedemiddag,\n\nDeze uitnodiging kreeg ik een paar weken geleden van mijn voorganger door. "
             "Inmiddels ben ik zelf directeur en wil ik graag lid worden van het netwerk.\n\n"
             "Met vriendelijke groet,\nRoos Verbruggen"},
    {"id": "d17-subscribe-22", "kind": "subscribe", "thread": None, "subject": "Toevoegen aan netwerk",
     "sender": "Maurits Hendriksen <m.hendriksen@peelrand-noord.nl>",
     "body": "Per 1 maart interim-directeur Peelrand-Noord. Graag toevoegen aan het netwerk, ook voor de "
             "ateliers.\n\nMaurits Hendriksen\n06 - 20 19 88 41"},
    {"id": "d17-subscribe-23", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Zeynep Koç <z.koc@werkorganisatie-twentezoom.nl>",
     "body": "Goedemorgen,\n\nIk wil me graag aanmelden bij jullie netwerk. Ik ben vanaf deze maand algemeen "
             "directeur bij Twentezoom. Als u nog iets van mij nodig heeft, hoor ik het graag.\n\n"
             "Met vriendelijke groeten,\nZeynep Koç"},
    {"id": "d17-subscribe-24", "kind": "subscribe", "thread": None, "subject": "sign up",
     "sender": "Mark Doornbos <m.doornbos@eemsland-oost.nl>",
     "body": "Pls sign me up as a member - new MD at Werkorganisatie Eemsland-Oost. On the road, details later."
             + SENT_IPHONE},
    {"id": "d17-subscribe-25", "kind": "subscribe", "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd", "sender": "Wessel Brink <w.brink@gemeente-noorderzijl.nl>",
     "body": "Beste secretariaat,\n\nMijn voorganger is vertrokken en mijn secretaresse stuurde mij uw oproep "
             "door. Ik ben de nieuwe directeur en wil mij graag aanmelden als lid. Onderwerpen volgen later.\n\n"
             "Wessel Brink"},

    # -- Confirmations --------------------------------------------------------------------------------------
    {"id": "d17-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>", "body": ""},
    {"id": "d17-confirm-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Koen Hartman <k.hartman@bvo-drechtmonde.nl>",
     "body": "Ja, bevestigd. Sorry voor de vertraging, ik was op reis."},
    {"id": "d17-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Ton Verhoef <t.verhoef@bvo-vlietmonde.nl>", "body": IPHONE},
    {"id": "d17-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Elif Demir <e.demir@aaldijk-berkelveen.nl>", "body": "Akkoord."},
    {"id": "d17-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Laura Jansen-McKenzie <l.jansen@werkorganisatie-oosterhaven.nl>",
     "body": "Confirmed, thank you!"},
    {"id": "d17-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Hugo van Beek <h.vanbeek@werkorganisatie-lindeland.nl>",
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nH. van Beek"},
    {"id": "d17-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "\"Bakker, Yvonne\" <y.bakker@gemeenten-aaldijk.nl>",
     "body": "Goedemorgen,\n\nNamens mevrouw Bakker: dit klopt, zij heeft zich aangemeld.\n\n"
             "Met vriendelijke groet,\nSandra Pieterse\nmanagementassistent"},
    {"id": "d17-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Rafael Moreno <r.moreno@ravenswoude-duinwijk.nl>",
     "body": "Yes this is me. I confirm.\n\nRafael"},
    {"id": "d17-confirm-09", "kind": "confirm", "thread": C,
     "subject": _subject("herinnering_aanmelding"), "sender": "Hasan Özdemir <h.ozdemir@werkorganisatie-bremland.nl>",
     "body": _below("herinnering_aanmelding", "bij deze bevestigd\n\nHasan")},
    {"id": "d17-confirm-10", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Frits Lammers <f.lammers@heeserveld.nl>",
     "body": "Sorry voor de late reactie, ik zat een paar weken in het buitenland. Ik wil nog steeds graag lid "
             "worden.\n\nFrits Lammers"},
    {"id": "d17-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Gerda Wubbels <g.wubbels@eemsland-oost.nl>", "body": "Ja, graag."},

    # -- Leaving the network ---------------------------------------------------------------------------------
    {"id": "d17-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Pensioen", "sender": "Henk Brouwer <h.brouwer@noorderzijl.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 mei ga ik met pensioen. Wilt u mij afmelden voor het netwerk?\n\n"
             "Dank voor alle mooie bijeenkomsten.\n\nMet vriendelijke groet,\nHenk Brouwer"},
    {"id": "d17-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap", "sender": "Frits Lammers <f.lammers@heeserveld.nl>",
     "body": "Beste Stan,\n\nMijn interim-opdracht bij Werkorganisatie Heeserveld loopt op 31 maart af. Mijn "
             "opvolger, Roos Verbruggen (r.verbruggen@heeserveld.nl), neemt het lidmaatschap van mij over.\n\n"
             "Groet,\nFrits"},
    {"id": "d17-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek verwijdering persoonsgegevens", "sender": "Tamara Westra <t.westra@gemeenten-aaldijk.nl>",
     "body": "Geachte heer, mevrouw,\n\nIk wil geen berichten meer van het netwerk ontvangen en verzoek u op "
             "grond van artikel 17 AVG al mijn persoonsgegevens te wissen.\n\nHoogachtend,\nT. Westra"},
    {"id": "d17-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Bart Lemstra <b.lemstra@dezevenmarken.nl>",
     "body": "Geen thema's van mijn kant: ik stop per 1 februari als directeur. Haal me maar van de "
             "verzendlijst.\n\nBart"},
    {"id": "d17-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn", "sender": "Gerben Dijkstra <g.dijkstra@vlietmonde.nl>",
     "body": "Beste mensen,\n\nOp 11 maart kom ik niet, en ik wil ook verder geen uitnodigingen meer: per april "
             "ben ik weg bij de werkorganisatie. Graag afmelden voor het netwerk.\n\nGerben"},
    {"id": "d17-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Nadia Benali <n.benali@werkorganisatie-kraaiendal.nl>",
     "body": "Nee, ik kom niet. Ik heb een andere baan gevonden en wil dat u mijn gegevens wist, zoals de AVG "
             "mij toestaat.\n\nNadia"},
    {"id": "d17-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "afmelden",
     "sender": "Jelle Kramer <j.kramer@noorderzijl.nl>",
     "body": "Pls afmelden, ben weg bij de gemeente." + IPHONE},
    {"id": "d17-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "unsubscribe",
     "sender": "Rafael Moreno <r.moreno@ravenswoude-duinwijk.nl>",
     "body": "Hello,\n\nPlease unsubscribe me, I leave the organisation end of this month. Thank you for "
             "everything.\n\nRafael"},
    {"id": "d17-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "GDPR request",
     "sender": "J. O'Neill-Bakker <j.oneill@duinwijk.nl>",
     "body": "Dear Sir or Madam,\n\nUnder the GDPR I ask you to delete all personal data you hold about me and "
             "to take me off your lists.\n\nYours faithfully,\nJ. O'Neill-Bakker"},
    {"id": "d17-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Bas Kooiman <b.kooiman@wolderland.nl>",
     "body": "Beste,\n\nTerugkomend op onderstaande: ik zie er toch van af. Wilt u mij weer uitschrijven?\n\n"
             "Groet, Bas Kooiman"},
    {"id": "d17-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "nieuwe directeur", "sender": "Mehmet Aydın <m.aydin@werkorganisatie-bremland.nl>",
     "body": "Goedemiddag,\n\nIk ga weg bij de werkorganisatie. De nieuwe directeur is meneer Pieter Hoogland, "
             "p.hoogland@werkorganisatie-bremland.nl. Hij neemt mijn plek in het netwerk over.\n\n"
             "Bedankt voor alles.\nMehmet Aydın"},
    {"id": "d17-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": G,
     "quoted": "afmelding_bevestigd", "quote": "apple", "sender": "Harm Bosma <h.bosma@eemsland-oost.nl>",
     "body": "Mijn opvolger is Linda Kramer (l.kramer@eemsland-oost.nl), zij is per 1 maart in functie.\n\nHarm"
             + IPHONE},
    {"id": "d17-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd", "sender": "Wouter Zijlstra <w.zijlstra@werkorganisatie-heeserveld.nl>",
     "body": "afmelden"},
    {"id": "d17-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven", "sender": "drs. C.A. Veenstra <c.veenstra@vlietmonde.nl>",
     "body": "Geacht secretariaat,\n\nNa mijn benoeming tot burgemeester van Vlietmonde ben ik geen directeur "
             "meer. Gaarne uitschrijven uit het netwerk.\n\nMet vriendelijke groet,\nC.A. Veenstra"},
    {"id": "d17-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Abmeldung",
     "sender": "Stefan Brinkmann <s.brinkmann@grensland-werkt.nl>",
     "body": "Guten Tag,\n\nik wil mij afmelden voor het netwerk en de mails. Meine Funktion is veranderd, ik "
             "ben geen directeur meer.\n\nMit freundlichen Grüßen\nStefan Brinkmann"},
    {"id": "d17-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "gegevens",
     "sender": "Loes Hazenberg <l.hazenberg@heeserveld.nl>",
     "body": "Hoi,\n\nGraag al mijn gegevens uit jullie systeem verwijderen, ik ben niet meer werkzaam als "
             "directeur. Dank!\n\nLoes"},
    {"id": "d17-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": "Koen Hartman <k.hartman@bvo-drechtmonde.nl>",
     "body": "Allen, excuus voor de allen-beantwoorden. Ik ben vertrokken bij Drechtmonde; wilt u mij van de "
             "ledenlijst halen?\n\nKoen\n\nVan: Aylin Kaya <a.kaya@bvo-drechtmonde.nl>\nVerzonden: maandag 1 maart "
             "2027 09:30\nAan: info@ambtelijkefusie.nl\nCC: k.hartman@bvo-drechtmonde.nl\nOnderwerp: RE: "
             "Uitnodiging Leer- en inspireer-atelier 11 maart 2027\n\nIk kom graag, met mijn collega.\n\nAylin"},
    {"id": "d17-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": I,
     "subject": _subject("uitnodiging_atelier"), "sender": "Gerda Wubbels <g.wubbels@eemsland-oost.nl>",
     "body": _below("uitnodiging_atelier", "Graag mij afmelden voor het netwerk, ik ben sinds januari met "
                                           "pensioen.\n\nG. Wubbels")},

    # -- Theme suggestions ----------------------------------------------------------------------------------
    {"id": "d17-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Marloes van Dongen <m.vandongen@kempenzoom.nl>",
     "body": "Beste Stan,\n\nMijn onderwerp: hoe houden we goede medewerkers vast nu de arbeidsmarkt zo krap "
             "is? Denk aan formatie, werving en opleiden.\n\nGroet,\nMarloes"},
    {"id": "d17-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Erik Timmer <e.timmer@werkorganisatie-zuiderlanden.nl>",
     "body": "Voorstel: de positie van onze fusieorganisatie in de regio, nu regiodeal en woondeal om één stem "
             "van onze gemeenten vragen.\n\nErik"},
    {"id": "d17-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Jeroen Pasman <j.pasman@duinwijk.nl>",
     "body": "Thema: het meten van de tevredenheid van inwoners over balie en website. Meer kan ik op mijn "
             "telefoon niet typen :)" + IPHONE},
    {"id": "d17-suggestion-04", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Aylin Kaya <a.kaya@bvo-drechtmonde.nl>",
     "body": "Hello,\n\nI suggest as topic: long-term vision for our organisation, where do we want to be in "
             "2035. And also the digitalisation of our work processes.\n\nAylin"},
    {"id": "d17-suggestion-05", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Paul Gerritsen <p.gerritsen@de-zeven-marken.nl>",
     "body": "Beste Melanie,\n\nDigitalisering hebben we de vorige twee keer al besproken, dat hoeft van mij "
             "niet nog eens. Liever: hoe houd je een meerjarige koers vast als de bestuurlijke prioriteiten na "
             "de verkiezingen veranderen?\n\nPaul"},
    {"id": "d17-suggestion-06", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Corrie Wagenaar <c.wagenaar@servicebureau-maasbocht.nl>",
     "body": "Twee onderwerpen:\n- ons sturingsconcept: van afdelingen naar zelforganiserende teams\n"
             "- één ondernemersloket voor de drie gemeenten\n\nC. Wagenaar"},
    {"id": "d17-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Ilse Hoogeveen <i.hoogeveen@de-zeven-marken.nl>",
     "body": "Dank voor het welkom. Een onderwerp dat bij ons speelt: hoe verdeel je lasten en ambities "
             "eerlijk tussen de vier deelnemende gemeenten, zonder dat één gemeente de koers bepaalt.\n\nIlse"},
    {"id": "d17-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail", "sender": "Hanneke Vos <h.vos@werkorganisatie-hunzedal.nl>",
     "body": "Mooie middag was het! Voor de volgende keer: kunstmatige intelligentie in onze werkprocessen, "
             "wat kan en wat mag.\n\nHanneke"},
    {"id": "d17-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Mehmet Aydın <m.aydin@werkorganisatie-bremland.nl>",
     "body": "Dank u voor de middag. Volgende keer wil ik graag praten over de begroting en de financiën van "
             "de werkorganisatie, want bij ons is een tekort.\n\nMehmet"},
    {"id": "d17-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Nog een aanvulling: de informatievoorziening (I&A) en datagedreven werken in de werkorganisatie."
             "\n\nMarieke"},
    {"id": "d17-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": _subject("oproep_themas"), "sender": "Rutger Hoekman <r.hoekman@berkelveen.nl>",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nHoe we de prestaties van onze dienstverlening meten, en wat we met die "
             "cijfers doen.\n\n> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n\n"
             + _FOOTER_INLINE + "\n\nRutger"},
    {"id": "d17-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": "Gijs Ammerlaan <g.ammerlaan@zuiderlanden.nl>",
     "body": "Onderwerp van mijn kant: de organisatiestructuur na tien jaar fusie, herijken of laten staan."},
    {"id": "d17-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Suggestie voor een volgend atelier", "sender": "Femke Ouwerkerk <f.ouwerkerk@wolderland.nl>",
     "body": "Beste Melanie,\n\nVoor een volgend atelier zou ik graag de gezamenlijke opgaven in de regio "
             "bespreken: energietransitie en woningbouw vragen dat onze gemeenten samen optrekken.\n\n"
             "Hartelijke groet,\nFemke Ouwerkerk"},
    {"id": "d17-suggestion-14", "kind": "suggestion", "themes": ["strategie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Ellen Koopmans <e.koopmans@ravenswoude.nl>",
     "body": "Goedemiddag,\n\nMijn suggesties:\n1. Een visie op de organisatie voor de komende tien jaar\n"
             "2. Hoe we de relatie tussen de deelnemende gemeenten goed houden\n3. Digitale dienstverlening aan "
             "inwoners\n\nMet vriendelijke groet,\nEllen Koopmans"},
    {"id": "d17-suggestion-15", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "\"Kuipers, Jan\" <j.kuipers@lindeland.nl>",
     "body": "Geachte heer Van de Laar,\n\nNamens de heer Kuipers stuur ik u zijn onderwerp voor het atelier: "
             "een inhoudelijke agenda voor de werkorganisatie tot 2030.\n\nMet vriendelijke groet,\n"
             "Gonny Postma\nsecretariaat directie"},
    {"id": "d17-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Nadia Benali <n.benali@werkorganisatie-kraaiendal.nl>",
     "body": "Two topics from my side:\n(1) innovation in services for local businesses\n(2) financial control "
             "in a shared organisation\n\nNadia"},
    {"id": "d17-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Wim Brugman <w.brugman@werkorganisatie-oosterhaven.nl>",
     "body": "Wij werken nauw samen met de buurgemeenten, maar mijn onderwerp is iets anders: hoe regel je "
             "formatie en sturing als de taken van de werkorganisatie snel groeien?\n\nWim"},
    {"id": "d17-suggestion-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Iris Hofstede <i.hofstede@ravenswoude.nl>",
     "body": "De samenwerking tussen onze gemeenten loopt prima, daar hoeven we het niet over te hebben. Wat ik "
             "wel wil bespreken: innovatie in de dienstverlening aan inwoners, bijvoorbeeld proactief "
             "dienstverlenen bij life events.\n\nIris"},
    {"id": "d17-suggestion-19", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Jelle Kramer <j.kramer@noorderzijl.nl>",
     "body": "Tip: bestuurlijke prioriteiten na de raadsverkiezingen. Gr vanaf het perron" + IPHONE},
    {"id": "d17-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Katrin Wessels <k.wessels@grensland-werkt.nl>",
     "body": "Ein Thema - sorry, een onderwerp: de positie van onze werkorganisatie in de regio, ook over de "
             "grens heen.\n\nKatrin"},
    {"id": "d17-suggestion-21", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Gerda Wubbels <g.wubbels@eemsland-oost.nl>",
     "body": "Ik zou graag de dienstverlening aan instellingen (scholen, zorgaanbieders) bespreken, en daarbij "
             "hoe we de prestaties daarvan monitoren.\n\nG. Wubbels"},
    {"id": "d17-suggestion-22", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": _subject("oproep_themas"), "sender": "Ruben Akkus <r.akkus@maasbocht.nl>",
     "body": _below("oproep_themas", "Mijn onderwerp: hoe helpen we ondernemers sneller aan een "
                                     "vergunning.\n\nRuben")},

    # -- Automatic replies ----------------------------------------------------------------------------------
    {"id": "d17-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: " + _OURS["uitnodiging_atelier"]["subject"],
     "sender": "Gerben Dijkstra <g.dijkstra@vlietmonde.nl>",
     "body": "Ik ben afwezig tot en met 8 maart. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt "
             "u bellen met het secretariaat, 0180 - 44 55 00."},
    {"id": "d17-autoreply-02", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": "Automatic reply: " + _OURS["oproep_themas"]["subject"],
     "sender": "J. O'Neill-Bakker <j.oneill@duinwijk.nl>",
     "body": "Thank you for your message. I'm travelling with limited access to e-mail until 12 January. "
             "Urgent matters: please contact my office."},
    {"id": "d17-autoreply-03", "kind": "autoreply", "thread": I, "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig: " + _subject("uitnodiging_atelier"), "sender": "Bart Lemstra <b.lemstra@dezevenmarken.nl>",
     "body": "Tot en met 5 maart ben ik op werkbezoek in het buitenland. Mijn mail lees ik daarna."},
    {"id": "d17-autoreply-04", "kind": "autoreply", "thread": I, "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Dit e-mailadres is niet meer in gebruik", "sender": "info@gemeente-ommerland.nl",
     "body": "Dit e-mailadres is niet meer in gebruik. Per 1 januari 2027 zijn de gemeenten Lindeveen en "
             "Ommerland samengegaan in de werkorganisatie Lindeland. Stuur uw bericht opnieuw naar "
             "info@werkorganisatie-lindeland.nl. Dit bericht is automatisch verzonden."},
    {"id": "d17-autoreply-05", "kind": "autoreply", "thread": T, "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Uw bericht is ontvangen [zaaknummer Z-2027-004512]",
     "sender": "Klantcontactcentrum Hunzedal <post@hunzedal.nl>",
     "body": "Geachte heer/mevrouw,\n\nWij hebben uw e-mail ontvangen en geregistreerd onder zaaknummer "
             "Z-2027-004512. U krijgt binnen tien werkdagen een reactie. Vermeld bij contact altijd het "
             "zaaknummer.\n\nDit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden."},
    {"id": "d17-autoreply-06", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: " + _OURS["uitnodiging_atelier"]["subject"],
     "sender": "Gijs Ammerlaan <g.ammerlaan@zuiderlanden.nl>",
     "body": "Mijn interimopdracht bij Werkorganisatie Zuiderlanden is op 28 februari beëindigd. Deze mailbox "
             "wordt niet meer gelezen. Voor zaken van de directie kunt u terecht bij "
             "directiesecretariaat@zuiderlanden.nl."},
    {"id": "d17-autoreply-07", "kind": "autoreply", "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd", "sender": "Roel Smeenk <r.smeenk@werkorganisatie-wolderveen.nl>",
     "subject": "Re: " + _OURS["oproep_themas"]["subject"],
     "body": "Bedankt voor uw bericht. Ik ben met vakantie tot en met 14 januari en lees mijn e-mail niet. "
             "Uw bericht wordt niet doorgestuurd."},
    {"id": "d17-autoreply-08", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Abwesenheitsnotiz: " + _OURS["uitnodiging_atelier"]["subject"],
     "sender": "Katrin Wessels <k.wessels@grensland-werkt.nl>",
     "body": "Ich bin bis zum 10.03.2027 nicht im Büro. / Ik ben tot en met 10 maart niet op kantoor.\n\n"
             "Mit freundlichen Grüßen / Met vriendelijke groet\nKatrin Wessels"},
    {"id": "d17-autoreply-09", "kind": "autoreply", "thread": R, "headers": {"X-Auto-Response-Suppress": "All"},
     "subject": "Automatisch antwoord: " + _OURS["herinnering_atelier"]["subject"],
     "sender": "\"Oosting, Klaas\" <k.oosting@werkorganisatie-eemsland-oost.nl>",
     "body": "Ik ben met vakantie. Voor dringende zaken kunt u contact opnemen met mijn secretaresse, "
             "Ria Smit, via r.smit@werkorganisatie-eemsland-oost.nl."},
    {"id": "d17-autoreply-10", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: " + _OURS["uitnodiging_atelier"]["subject"],
     "sender": "Ruben Akkus <r.akkus@maasbocht.nl>",
     "body": "Tot 20 maart ben ik op dienstreis in Indonesië en heb ik beperkt toegang tot mijn mail."},
    {"id": "d17-autoreply-11", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: " + _OURS["uitnodiging_atelier"]["subject"],
     "sender": "Lotte Brands <l.brands@berkelveen.nl>",
     "body": "Van 9 tot en met 12 maart ben ik niet aanwezig. Ik reageer zo snel mogelijk na mijn terugkomst."},
    {"id": "d17-autoreply-12", "kind": "autoreply", "thread": None, "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Ontvangstbevestiging", "sender": "Secretariaat burgemeester <burgemeester@vlietmonde.nl>",
     "body": "Dit is een automatisch bericht. Uw e-mail aan het secretariaat van de burgemeester is in goede "
             "orde ontvangen en wordt zo spoedig mogelijk behandeld."},
    {"id": "d17-autoreply-13", "kind": "autoreply", "thread": I, "headers": {"X-Autoreply": "yes",
                                                                               "Precedence": "auto_reply"},
     "subject": "Out of office", "sender": "Laura Jansen-McKenzie <l.jansen@werkorganisatie-oosterhaven.nl>",
     "body": "Thank you for your email. I am on parental leave until 1 April. For anything urgent please "
             "contact the management office."},

    # -- For a person ----------------------------------------------------------------------------------------
    {"id": "d17-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "subject": "FW: " + _OURS["uitnodiging_atelier"]["subject"], "headers": {"Cc": "Sanne Vos <s.vos@hunzedal.nl>"},
     "sender": "Marloes Ruiter <m.ruiter@hunzedal.nl>",
     "body": "Hoi Sanne,\n\nIs dit iets voor jou? Het thema sluit mooi aan bij jouw project over de "
             "samenwerkingsagenda. Ik heb het secretariaat in de cc gezet.\n\nGroet,\nMarloes"},
    {"id": "d17-other-02", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "subject": "FW: " + _OURS["oproep_themas"]["subject"], "headers": {"Cc": "Tom Hendrix <t.hendrix@twentezoom.nl>"},
     "sender": "Rik Veldkamp <r.veldkamp@twentezoom.nl>",
     "body": "Hi Tom,\n\nFYI - might be worth a look for your team. Let me know what you think.\n\nCheers, Rik"},
    {"id": "d17-other-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "subject": "FW: " + _OURS["uitnodiging_atelier"]["subject"],
     "headers": {"Cc": "Hakan Yıldız <h.yildiz@werkorganisatie-bremland.nl>"},
     "sender": "Serkan Arslan <s.arslan@werkorganisatie-bremland.nl>",
     "body": "Beste Hakan,\n\nKijk jij even naar dit? Misschien kun jij gaan namens ons team. Ik weet het nog "
             "niet.\n\nGroet,\nSerkan"},
    {"id": "d17-other-04", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Hein Schreuder <h.schreuder@werkorganisatie-bremland.nl>",
     "body": "Dank Stan en Melanie, en dank collega's voor de openhartige gesprekken. Het verslag deel ik met "
             "ons MT.\n\nHein"},
    {"id": "d17-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Charlotte Vinke <c.vinke@vlietmonde.nl>",
     "body": "Wordt het atelier opgenomen, zodat ik het later kan terugkijken? Ik zit die dag in het buitenland."
             "\n\nCharlotte"},
    {"id": "d17-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ton Verweij <t.verweij@vlietmonde.nl>",
     "body": "Ik kom. Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein?\n\nTon"},
    {"id": "d17-other-07", "kind": "other", "thread": None, "subject": "Deelname burgemeesters",
     "sender": "Esther Kok <e.kok@vlietmonde.nl>",
     "body": "Geachte heer Van de Laar,\n\nBurgemeester Veenstra heeft kennisgenomen van het netwerk en vraagt "
             "of ook burgemeesters van de deelnemende gemeenten bij een atelier kunnen aansluiten. Zou u mij "
             "hierover willen berichten?\n\nMet vriendelijke groet,\n\nEsther Kok\nbestuurssecretaresse "
             "burgemeester, gemeente Vlietmonde"},
    {"id": "d17-other-08", "kind": "other", "thread": None, "subject": "Aanmelding nieuwe gemeentesecretaris",
     "sender": "Anouk Smits <a.smits@werkorganisatie-bremland.nl>",
     "body": "Goedemorgen,\n\nOnze nieuwe gemeentesecretaris/algemeen directeur, de heer drs. P.A. Schouten, "
             "wil graag lid worden van het netwerk. Wilt u hem aanmelden? Zijn e-mailadres is "
             "p.schouten@werkorganisatie-bremland.nl.\n\nVriendelijke groet,\nAnouk\nmanagementondersteuning"},
    {"id": "d17-other-09", "kind": "other", "thread": None, "subject": "Wijziging e-mailadres",
     "sender": "Sandra Pieterse <s.pieterse@gemeenten-aaldijk.nl>",
     "body": "Goedemiddag,\n\nHet e-mailadres van mevrouw Y. Bakker wijzigt per 1 april van "
             "y.bakker@gemeenten-aaldijk.nl naar y.bakker@aaldijk-berkelveen.nl. Wilt u dit in uw bestand "
             "aanpassen?\n\nMet vriendelijke groet,\nSandra Pieterse\nmanagementassistent"},
    {"id": "d17-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Directiesecretariaat <directie@twentezoom.nl>",
     "body": "Geacht secretariaat,\n\nHierbij laat ik u weten dat de heer Brouwers per 1 februari niet meer bij "
             "onze organisatie werkzaam is. Wie hem opvolgt, is nog niet bekend.\n\nMet vriendelijke groet,\n"
             "directiesecretariaat Twentezoom"},
    {"id": "d17-other-11", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Paul Gerritsen <p.gerritsen@de-zeven-marken.nl>",
     "body": "Beste Stan,\n\nGraag stel ik mij kandidaat voor de Adviesraad. Ik ben zes jaar directeur van "
             "De Zeven Marken en denk graag mee over de thema's van de ateliers.\n\nGroet,\nPaul"},
    {"id": "d17-other-12", "kind": "other", "thread": None, "subject": "Presentatie tijdens uw atelier",
     "sender": "Lisa Brenninkmeijer <lisa@klantreisplus.nl>",
     "body": "Geachte heer, mevrouw,\n\nKlantreisPlus is een adviesbureau gespecialiseerd in klantreizen en "
             "het monitoren van dienstverlening aan inwoners. Graag verzorgen wij kosteloos een presentatie "
             "tijdens uw volgende atelier. Mag ik u daarover bellen?\n\nMet vriendelijke groet,\n"
             "Lisa Brenninkmeijer\naccountmanager overheid\n06 - 14 92 33 70"},
    {"id": "d17-other-13", "kind": "other", "thread": None, "subject": "Verzoek: aanwezig bij atelier (pers)",
     "sender": "Maarten Buijs <redactie@openbaarbestuurvandaag.nl>",
     "body": "Goedendag,\n\nIk ben journalist bij het vakblad Openbaar Bestuur Vandaag en schrijf een "
             "achtergrondstuk over tien jaar ambtelijke fusies. Mag ik op 11 maart bij het atelier aanwezig "
             "zijn, of een van de deelnemers spreken?\n\nMet vriendelijke groet,\nMaarten Buijs"},
    {"id": "d17-other-14", "kind": "other", "thread": None, "subject": "Vragenlijst masterscriptie",
     "sender": "Noor El Amrani <n.elamrani@student.universiteit-vlietstad.nl>",
     "body": "Beste secretariaat,\n\nVoor mijn masterscriptie bestuurskunde onderzoek ik hoe ambtelijke "
             "fusieorganisaties hun raden informeren. Zou ik een korte vragenlijst onder uw leden mogen "
             "verspreiden?\n\nAlvast dank,\nNoor El Amrani"},
    {"id": "d17-other-15", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Crediteurenadministratie Kraaiendal <crediteuren@kraaiendal.nl>",
     "body": "Goedemiddag,\n\nVoor het lidmaatschap van onze directeur hebben wij nog geen factuur ontvangen. "
             "Onder welk debiteurnummer kunnen wij dit boeken?\n\nMet vriendelijke groet,\n"
             "crediteurenadministratie"},
    {"id": "d17-other-16", "kind": "other", "thread": None, "subject": "mails dubbel",
     "sender": "Gerrit Nijenhuis <g.nijenhuis@twentezoom.nl>",
     "body": "Ik krijg al jullie mails drie keer binnen. Kunnen jullie daar eens naar kijken?\n\nGerrit"},
    {"id": "d17-other-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ruud Claassen <r.claassen@kempenzoom.nl>",
     "body": "Beste Melanie,\n\nMag ik mijn concerncontroller meenemen, of is het atelier alleen bedoeld voor "
             "directeuren?\n\nRuud"},
    {"id": "d17-other-18", "kind": "other", "thread": None, "subject": "Lidmaatschap als interim?",
     "sender": "Bram Terlouw <b.terlouw@interimpool-oost.nl>",
     "body": "Goedemorgen,\n\nIk ben voor zes maanden interim-manager bij een ambtelijke fusieorganisatie. "
             "Heeft het zin dat ik lid word, of kan ik beter wachten tot er een vaste directeur is?\n\n"
             "Groet,\nBram Terlouw"},
    {"id": "d17-other-19", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Elif Demir <e.demir@aaldijk-berkelveen.nl>",
     "body": "Goedemorgen,\n\nIk begrijp niet goed wat is een atelier. Is dat een cursus? Moet ik daarvoor "
             "betalen?\n\nElif"},
    {"id": "d17-other-20", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-nl",
     "sender": "Loes Hazenberg <l.hazenberg@heeserveld.nl>",
     "body": "Jammer dat het niet doorgaat. Is er al een nieuwe datum bekend?\n\nLoes"},
    {"id": "d17-other-21", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "apple",
     "sender": "Jeroen Pasman <j.pasman@duinwijk.nl>",
     "body": "Dank voor het bericht, heb het uit mijn agenda gehaald." + IPHONE},
    {"id": "d17-other-22", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Femke Ouwerkerk <f.ouwerkerk@wolderland.nl>",
     "body": "Beste Stan,\n\nKun je mij de presentatie van de spreker uit Zeeland nog sturen? Die staat niet bij "
             "het verslag.\n\nFemke"},
    {"id": "d17-other-23", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "sender": "Ton Verhoef <t.verhoef@bvo-vlietmonde.nl>", "body": "Dank, ik kijk ernaar uit!" + IPHONE},
    {"id": "d17-other-24", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Henk Brouwer <h.brouwer@noorderzijl.nl>",
     "body": "Dank voor de fijne jaren, en veel succes met het netwerk.\n\nHenk"},
    {"id": "d17-other-25", "kind": "other", "thread": None, "subject": "Gegevens voorganger",
     "sender": "Pieter Hoogland <p.hoogland@werkorganisatie-bremland.nl>",
     "body": "Goedemiddag,\n\nMijn voorganger, mevrouw Smit, is vertrokken. Wilt u haar gegevens uit uw bestand "
             "verwijderen en mij in haar plaats opnemen?\n\nMet vriendelijke groet,\nPieter Hoogland"},
    {"id": "d17-other-26", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Corrie Wagenaar <c.wagenaar@servicebureau-maasbocht.nl>",
     "body": "Mijn collega Ilse Wouters, directeur bedrijfsvoering, wil graag naar het atelier. Kan zij zich "
             "via mij aanmelden, of moet zij zelf mailen?\n\nC. Wagenaar"},
    {"id": "d17-other-27", "kind": "other", "thread": None, "subject": "Uitnodiging spreker congres",
     "sender": "Congresbureau VOS <congres@vereniging-overheidssamenwerking.nl>",
     "body": "Geachte heer Van de Laar,\n\nNamens de Vereniging Overheidssamenwerking nodigen wij een van uw "
             "adviseurs uit als spreker op ons jaarcongres van 3 juni. Wij horen graag of u daarvoor "
             "openstaat.\n\nMet vriendelijke groet,\ncongresbureau"},
    {"id": "d17-other-28", "kind": "other", "thread": None, "subject": "afmelden?",
     "sender": "Marianne Bol <m.bol@werkorganisatie-lindeland.nl>",
     "body": "Hoi,\n\nIk wil graag van de lijst af, maar krijg ik dan nog wel het verslag van de ateliers? Dat "
             "lees ik altijd graag.\n\nMarianne"},
    {"id": "d17-other-29", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Sven Mulder <s.mulder@bbr.nl>",
     "body": "Onderwerp: de financiële positie van de werkorganisatie.\n\nWeet u al wanneer de Adviesraad de "
             "keuze maakt? Dan kan ik mijn bestuurders vast inlichten.\n\nSven"},
    {"id": "d17-other-30", "kind": "other", "thread": None, "subject": "RE: Adviesraad - programma atelier",
     "headers": {"Cc": "j.vermeulen@kempenzoom.nl, m.teunissen@peelrand-noord.nl"},
     "sender": "Marjan Teunissen <m.teunissen@peelrand-noord.nl>",
     "body": "Eens met Joost: laten we het programma zo houden. Ik kan op 4 februari voor het overleg.\n\n"
             "Marjan\n\nVan: Joost Vermeulen <j.vermeulen@kempenzoom.nl>\nVerzonden: maandag 25 januari 2027 "
             "11:14\nAan: info@ambtelijkefusie.nl; m.teunissen@peelrand-noord.nl\nOnderwerp: Adviesraad - "
             "programma atelier\n\nStan, Melanie, het conceptprogramma ziet er goed uit. Wanneer spreken we "
             "het door?\n\nJoost"},
    {"id": "d17-other-31", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Juridische zaken Wolderveen <juridischezaken@wolderveen.nl>",
     "body": "Geachte heer, mevrouw,\n\nHierbij ontvangt u de getekende verwerkersovereenkomst retour.\n\n"
             "Met vriendelijke groet,\nteam Juridische Zaken" + DISCLAIMER},
    {"id": "d17-other-32", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Iris Hofstede <i.hofstede@ravenswoude.nl>",
     "body": "Kan ik ook via Teams meedoen? Ben die week op reis." + IPHONE},
    {"id": "d17-other-33", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Wouter Zijlstra <w.zijlstra@werkorganisatie-heeserveld.nl>",
     "body": "Ik weet nog niet of het gaat lukken, ik laat het volgende week weten.\n\nWouter"},
    {"id": "d17-other-34", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Deniz Şahin <d.sahin@maasbocht.nl>",
     "body": "Goedendag,\n\nWaarom krijg ik deze mail? Ik ben geen directeur, ik ben beleidsmedewerker bij "
             "Maasbocht.\n\nDeniz"},
    {"id": "d17-other-35", "kind": "other", "thread": None, "subject": "ledenlijst",
     "sender": "Bas Kooiman <b.kooiman@wolderland.nl>",
     "body": "Wie zijn eigenlijk de andere leden? Kunt u mij een ledenlijst sturen?\n\nBas"},
    {"id": "d17-other-36", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ria Smit <r.smit@werkorganisatie-eemsland-oost.nl>",
     "body": "Goedemiddag,\n\nDe gemeentesecretaris is ziek. Ik weet nog niet of hij op 11 maart hersteld is; "
             "ik kom erop terug.\n\nMet vriendelijke groet,\nRia Smit\nsecretaresse gemeentesecretaris"},
    {"id": "d17-other-37", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Laura Jansen-McKenzie <l.jansen@werkorganisatie-oosterhaven.nl>",
     "body": "Thanks! Is there a LinkedIn group as well?\n\nLaura"},
]
# fmt: on
