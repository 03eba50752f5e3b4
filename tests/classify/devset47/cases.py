"""The forty-seventh set's cases (issue 17): mail on a director's behalf and from messy clients, each labelled as
the secretariat should treat it; cases that could not be labelled with confidence were left out.

Inline answers, bottom-posted replies and our mail pasted as plain text under "-----" or "_____" carry our text in
``body`` itself and have no ``quoted``.
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
    (pathlib.Path(__file__).parents[1] / "quoted_mails.json").read_text(encoding="utf-8")
)


def ours(purpose: str) -> str:
    """Our mail's text as the client pastes it, without marks."""
    return _OURS[purpose]["text"].rstrip("\n")


def subj(purpose: str) -> str:
    return _OURS[purpose]["subject"]


def gt(purpose: str) -> str:
    """Our mail with "> " marks, as a bottom-posting client quotes it."""
    return "\n".join(("> " + line) if line else ">" for line in ours(purpose).splitlines())


def header_nl(purpose: str, to: str, when: str = "maandag 8 februari 2027 09:02") -> str:
    return (
        'Van: "Netwerk van directeuren van ambtelijke fusieorganisaties" <info@ambtelijkefusie.nl>\n'
        f"Verzonden: {when}\nAan: {to}\nOnderwerp: {subj(purpose)}\n\n"
    )


def header_en(purpose: str, to: str) -> str:
    return (
        'From: "Netwerk van directeuren van ambtelijke fusieorganisaties" <info@ambtelijkefusie.nl>\n'
        f"Sent: Monday, February 8, 2027 9:02 AM\nTo: {to}\nSubject: {subj(purpose)}\n\n"
    )


SAFELINK = (
    "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2Fabc"
    "&data=05%7C02%7C%7C5c1e9a0b7d2f4e6a%7C0%7C0%7C638741203311842577%7CUnknown&sdata=kR2%2Fq9XbT0e%3D&reserved=0"
)
LOGO = "[cid:image001.png@01DB6A2C.3F9E1B40]"
BANNER = "[cid:image002.jpg@01DB6A2C.3F9E1B40]"
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Outlook voor Android"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
DISCLAIMER = (
    "\n\nDit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, stel de afzender dan op "
    "de hoogte en verwijder het bericht. Aan dit bericht kunnen geen rechten worden ontleend."
)
EXTERN_BANNER = (
    "LET OP: deze e-mail komt van buiten de organisatie. Klik niet op links en open geen bijlagen tenzij u de "
    "afzender herkent.\n\n"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------------
    {"id": "d47-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Directiesecretariaat Dalmeer <directie@werkorganisatie-dalmeer.nl>",
     "body": "Goedemorgen,\n\nNamens mevrouw Terpstra bericht ik u dat zij op 11 maart aanwezig zal zijn bij het "
             "atelier. Zij komt alleen.\n\nMet vriendelijke groet,\n\nIngrid Wolfs\nmanagementassistent directie\n"
             "Werkorganisatie Dalmeer\nT 0522 48 31 00\n" + LOGO + DISCLAIMER},
    {"id": "d47-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Secretariaat directie <secretariaat@oosterlaken.nl>",
     "subject": "[EXTERN] RE: " + subj("uitnodiging_atelier"),
     "body": "Geachte heer, mevrouw,\n\nNamens de heer Van Hulst moet ik u helaas laten weten dat hij op donderdag "
             "11 maart verhinderd is; die middag vergadert het algemeen bestuur van de werkorganisatie.\n\n"
             "Met vriendelijke groet,\nPetra Scholten | bestuurssecretariaat | Gemeenten Oosterlaken"},
    {"id": "d47-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quote": "none",
     "sender": "Annelies Kroon <a.kroon@hunzedal.nl>",
     "body": "Zie hieronder, graag regelen.\n\nGroet, Annelies\n\n"
             "Van: Bart Meijering <b.meijering@hunzedal.nl>\nVerzonden: dinsdag 9 februari 2027 18:41\n"
             "Aan: Annelies Kroon <a.kroon@hunzedal.nl>\nOnderwerp: FW: " + subj("uitnodiging_atelier") + "\n\n"
             "Annelies, hier wil ik graag heen. Kun jij mij opgeven en het in mijn agenda zetten? Bart\n\n"
             + header_nl("uitnodiging_atelier", "b.meijering@hunzedal.nl") + ours("uitnodiging_atelier"),
     "subject": "FW: " + subj("uitnodiging_atelier")},
    {"id": "d47-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "sender":
     "Hans Doornbos <hansdoornbos61@gmail.com>",
     "subject": "Re: " + subj("uitnodiging_atelier"),
     "body": "Op ma 8 feb 2027 om 09:02 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
             "info@ambtelijkefusie.nl>:\n\n" + gt("uitnodiging_atelier") + "\n\n"
             "Ja, ik kom. Ik antwoord even vanaf mijn privéadres omdat mijn werkmail (h.doornbos@brinkvoorde.nl) "
             "vandaag plat ligt. Gewoon op mijn werkadres registreren graag.\n\nHans Doornbos\ndirecteur "
             "Werkorganisatie Brinkvoorde"},
    {"id": "d47-rsvp-05", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Marijke Veldhuis <mveldhuis@kpnmail.nl>",
     "subject": "Re: " + subj("uitnodiging_atelier"),
     "body": "Beste Stan en Melanie,\n\nIk mail vanaf mijn eigen adres want ik zit thuis met de griep en kan niet "
             "in Outlook. Voor de 11e moet ik jullie teleurstellen: ik kan er niet bij zijn, de week erna is "
             "onze verkiezingsevaluatie en die vraagt alles.\n\nMarijke Veldhuis\n(directeur Zandhorst)\n\n"
             "-----\n" + ours("uitnodiging_atelier")},
    {"id": "d47-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "R. Offringa <r.offringa@werkorganisatie-vechtmond.nl>",
     "body": "Ik kom, met onze concerncontroller Eelco Bruins erbij (dus twee personen).\n\nRoelof Offringa"},
    {"id": "d47-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Bestuurssecretariaat <bestuurssecretariaat@grevenwaard.nl>",
     "body": "Beste secretariaat,\n\nDe heer Lambrechts kan op 11 maart helaas niet. In zijn plaats neemt mevrouw "
             "Sanne de Graaf, adjunct-directeur, deel (s.degraaf@grevenwaard.nl).\n\nVriendelijke groet,\n"
             "Jolanda Prins\nmanagementondersteuning\n" + BANNER},
    {"id": "d47-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quote": "none",
     "sender": "Ellen Smeets <e.smeets@maasweerd.nl>",
     "subject": "RE: " + subj("uitnodiging_atelier"),
     "body": "Hallo,\n\nZie de mail van Gerard hieronder, wil je hem noteren?\n\nMvg Ellen\n\n"
             "-----Oorspronkelijk bericht-----\nVan: Gerard Pieters <g.pieters@maasweerd.nl>\n"
             "Verzonden: dinsdag 9 februari 2027 07:55\nAan: Ellen Smeets <e.smeets@maasweerd.nl>\n"
             "Onderwerp: RE: " + subj("uitnodiging_atelier") + "\n\nEllen, ik ga. Meld je me aan? Gerard\n\n"
             "Verzonden vanaf mijn iPad\n\n" + header_nl("uitnodiging_atelier", "g.pieters@maasweerd.nl")
             + ours("uitnodiging_atelier")},
    {"id": "d47-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Karin Oudshoorn <k.oudshoorn@lekkerveld.nl>",
     "subject": "[EXTERN] RE: " + subj("uitnodiging_atelier"),
     "body": EXTERN_BANNER + "ja ik kom\n\n" + LOGO + "\nKarin Oudshoorn | algemeen directeur | Lekkerveld\n"
             "M 06 41 22 90 18"},
    {"id": "d47-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Directie Kroonwijk <directie@kroonwijk.nl>",
     "body": "Goedemiddag,\n\nHelaas moet ik u namens de directeur, de heer T. Boelens, laten weten dat hij "
             "morgen niet kan komen. Er is onverwacht een calamiteitenoverleg in de regio belegd. Hij betreurt "
             "het zeer.\n\nMet vriendelijke groet,\nNicole Hermans\nsecretaresse directie"},
    {"id": "d47-rsvp-11", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "W. Zijlstra <w.zijlstra@tolkamp.nl>",
     "subject": "RE: " + subj("uitnodiging_atelier"),
     "body": "________________________________\nVan: Netwerk van directeuren van ambtelijke fusieorganisaties "
             "<info@ambtelijkefusie.nl>\nVerzonden: maandag 8 februari 2027 09:02\nOnderwerp: "
             + subj("uitnodiging_atelier") + "\n\n" + gt("uitnodiging_atelier")
             + "\n\nHierbij meld ik mij aan. Ik zal er om 14.00 uur zijn.\n\nWybe Zijlstra"},
    {"id": "d47-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Frits van Eck <frits.vaneck@hotmail.com>",
     "subject": "Re: " + subj("uitnodiging_atelier"),
     "body": "Count me in! (stuur dit vanaf hotmail, ben op vakantie, maar dit wil ik niet missen)\n\nFrits van "
             "Eck, directeur Esveld-Ruisendal" + SAMSUNG},
    {"id": "d47-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Secretariaat <secretariaat@werkorganisatie-dalmeer.nl>",
     "body": "GEACHTE HEER/MEVROUW,\n\nNAMENS MEVROUW TERPSTRA: ZIJ KAN HELAAS TOCH NIET AANWEZIG ZIJN OP 11 MAART. "
             "DE EERDERE AANMELDING KOMT DAARMEE TE VERVALLEN.\n\nMVG\nSECRETARIAAT DIRECTIE"},
    {"id": "d47-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Pim Hogenkamp <p.hogenkamp@vechtmond.nl>",
     "body": "Eerder liet ik weten dat het niet ging, maar de raadsinformatieavond is verschoven. Dus: ik ben er "
             "toch bij.\n\nPim" + IPHONE},
    {"id": "d47-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Directiesecretariaat <directiesecretariaat@brinkvoorde.nl>",
     "body": "Beste mensen,\n\nDe heer Doornbos stond op de wachtlijst. Hij heeft aangegeven dat u hem daar mag "
             "afhalen: hij kan op 11 maart inmiddels niet meer.\n\nGroet,\nSaskia Mulder\nsecretariaat"},
    {"id": "d47-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Sanne de Graaf <s.degraaf@grevenwaard.nl>",
     "body": "Dank voor het bericht. Ik neem de plaats van Erik graag in en zal er op de 11e zijn.\n\n"
             "Sanne de Graaf\nadjunct-directeur"},
    {"id": "d47-rsvp-17", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Directie <directie@ruisendal.nl>",
     "subject": "RE: " + subj("uitnodiging_atelier"),
     "body": "Hierbij de aanmelding van mevrouw drs. L. Bosman voor het atelier van 11 maart.\n\n"
             "| Naam | Functie | Aantal personen |\n|---|---|---|\n"
             "| drs. L. Bosman | gemeentesecretaris/directeur | 1 |\n\n"
             "Met vriendelijke groet,\nTineke Smit\nteam bestuursondersteuning\n" + LOGO + "\n\n"
             "_____\n" + ours("uitnodiging_atelier")},
    {"id": "d47-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Jeroen Claassen <j.claassen@maasweerd.nl>",
     "body": "Sorry, not able to make it this time - overlapping with our regional board meeting. Next time "
             "better!\n\nJeroen"},
    {"id": "d47-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quote": "none",
     "sender": "Management assistent directie <ma.directie@werkorganisatie-hunzedal.nl>",
     "subject": "Aanmelding atelier 11 maart - dhr. Kuipers",
     "body": "Goedemiddag,\n\nHieronder de reactie van onze directeur op uw uitnodiging. Wilt u hem inschrijven?\n"
             "\nBedankt!\nLinda\n\nVan: Kuipers, Arjen\nVerzonden: woensdag 10 februari 2027 22:13\nAan: MA "
             "directie\nOnderwerp: RE: Uitnodiging atelier\n\nDoe maar ja. Met Teams-link als back-up graag, "
             "voor als de trein weer uitvalt.\nA."},
    {"id": "d47-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Geert Lubbers <g.lubbers@oosterlaken.nl>",
     "body": "Beste Stan,\n\nik moet je teleurstellen, die datum zit ik in het buitenland (stedenband). Mijn "
             "collega-directeur Fenna Hartog gaat in mijn plaats, f.hartog@oosterlaken.nl.\n\nGroeten, Geert"},
    {"id": "d47-rsvp-21", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Secretariaat directie <secretariaat@lekkerveld.nl>",
     "subject": "RE: " + subj("herinnering_atelier"),
     "body": "Dank voor de herinnering. Ter bevestiging: mevrouw Oudshoorn is er morgen bij, samen met haar "
             "gast.\n\nGroet, Maaike (secretariaat)\n\nOnline: " + SAFELINK},
    {"id": "d47-rsvp-22", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Tom Boelens <tom.boelens@gmail.com>",
     "subject": "Re: " + subj("uitnodiging_atelier"),
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nnee helaas\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel\n> personen u komt.\n\nn.v.t.\n\n"
             "(privé-mail, ik ben directeur Kroonwijk)\nTom"},
    {"id": "d47-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Directie Esveld <directie@esveld.nl>",
     "subject": "RE: " + subj("wijziging_atelier"),
     "body": "Namens de heer Van Eck: de nieuwe datum van 18 maart in het Provinciehuis past hem ook, hij "
             "blijft aangemeld en komt.\n\nMet vriendelijke groet,\nsecretariaat directie Esveld"},
    {"id": "d47-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Marloes Brands <m.brands@tolkamp.nl>",
     "body": "Jammer, 18 maart lukt mij niet (begrotingsbehandeling). Schrappen maar.\n\nMarloes"},
    {"id": "d47-rsvp-25", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@zandhorst.nl>",
     "subject": "RE: " + subj("uitnodiging_atelier"),
     "body": "Goedemorgen,\n\nOnze directeur heeft mij gevraagd haar aan te melden; zie haar bericht "
             "hieronder.\n\nMet vriendelijke groet,\nHenk Jansen\nbestuurssecretaris\n\n-----\nVan: Veldhuis, "
             "Marijke\nAan: Bestuurssecretariaat\nOnderwerp: atelier\n\nHenk, de griep is over en die "
             "evaluatie is verplaatst. Meld mij alsnog aan voor het atelier van 11 maart aub. M.\n\n-----\n"
             + ours("uitnodiging_atelier")},
    {"id": "d47-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "A. Visscher <a.visscher@werkorganisatie-vlietmond.nl>",
     "body": "Helaas kan ik niet aanwezig zijn.\nMet vriendelijke groet,\nAlbert Visscher" + ANDROID},
    {"id": "d47-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Bestuursondersteuning <bestuursondersteuning@kroonwijk.nl>",
     "body": "Geacht secretariaat,\n\nGraag meld ik onze directeur, de heer Boelens, en zijn plaatsvervanger "
             "mevrouw Yvonne Krijnen aan voor het atelier. Beiden zullen aanwezig zijn.\n\nHoogachtend,\n"
             "Nicole Hermans"},
    {"id": "d47-rsvp-28", "kind": "rsvp", "attending": True, "thread": R,
     "sender": "Lotte Bosman <l.bosman@ruisendal.nl>",
     "subject": "Re: " + subj("herinnering_atelier"),
     "body": "Op 10 mrt. 2027 om 08:00 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
             "<info@ambtelijkefusie.nl> het volgende geschreven:\n\n" + gt("herinnering_atelier")
             + "\n\nKomt goed, tot morgen. I'll be there around 13.45.\n\nLotte" + IPHONE},
    {"id": "d47-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Directie Vlietmond <directie@werkorganisatie-vlietmond.nl>",
     "subject": "[EXTERN] Antw: " + subj("uitnodiging_atelier"),
     "body": "Dear organisers,\n\nOn behalf of Mr Visscher I'm letting you know that he will unfortunately not be "
             "able to attend on 11 March.\n\nKind regards,\nDaphne Kok\nexecutive assistant\n" + BANNER},
    {"id": "d47-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Frank Geurts <f.geurts@grevenwaard.nl>",
     "body": "AANWEZIG.\n\nF. Geurts\nDirecteur bedrijfsvoering | Werkorganisatie Grevenwaard\n"
             "[cid:image003.png@01DB6B11.0A2C4D70] [cid:image004.png@01DB6B11.0A2C4D70]"},
    # -- subscribe ------------------------------------------------------------------------------------------------
    {"id": "d47-sub-01", "kind": "subscribe", "thread": None, "sender": "Rianne Dekker <rianne.dekker@gmail.com>",
     "subject": "Aanmelding netwerk",
     "body": "Goedendag,\n\nIk schrijf u vanaf mijn privéadres, omdat mijn account bij de nieuwe werkorganisatie "
             "nog niet actief is. Per 1 februari ben ik directeur van Werkorganisatie Tolkamp en ik wil graag lid "
             "worden van het netwerk. Wilt u mij inschrijven op r.dekker@tolkamp.nl?\n\nMet vriendelijke groet,\n"
             "Rianne Dekker"},
    {"id": "d47-sub-02", "kind": "subscribe", "thread": None,
     "sender": "Secretariaat directie <secretariaat@werkorganisatie-vlietmond.nl>",
     "subject": "FW: netwerk directeuren",
     "body": "Beste secretariaat,\n\nZie het verzoek van onze directeur hieronder. Zijn adres is "
             "a.visscher@werkorganisatie-vlietmond.nl.\n\nGroet, Daphne Kok\n\n"
             "Van: Visscher, Albert <a.visscher@werkorganisatie-vlietmond.nl>\nVerzonden: maandag 11 januari "
             "2027 08:14\nAan: Secretariaat directie\nOnderwerp: netwerk directeuren\n\nDaphne, wil je mij "
             "aanmelden bij dat netwerk van fusiedirecteuren (info@ambtelijkefusie.nl)? Lijkt me nuttig nu wij "
             "er ook een zijn. Albert"},
    {"id": "d47-sub-03", "kind": "subscribe", "thread": None, "sender": "Joost Ramaker <j.ramaker@esveld.nl>",
     "subject": "[EXTERN] Aanmelden",
     "body": EXTERN_BANNER.replace("LET OP", "Let op") + "Aanmelden graag.\n\nJoost Ramaker\nalgemeen directeur "
             "Esveld\n" + LOGO},
    {"id": "d47-sub-04", "kind": "subscribe", "thread": None,
     "sender": "Sarah Lindqvist <s.lindqvist@werkorganisatie-dalmeer.nl>",
     "subject": "Joining the network",
     "body": "Hello,\n\nI recently started as director of Werkorganisatie Dalmeer (my Dutch is still a work in "
             "progress, sorry). A colleague told me about your network. I would like to become a member, please "
             "add me to your list.\n\nBest regards,\nSarah Lindqvist"},
    {"id": "d47-sub-05", "kind": "subscribe", "thread": None, "sender": "Directie <directie@oosterlaken.nl>",
     "subject": "AANMELDING NETWERK DIRECTEUREN",
     "body": "GOEDEMORGEN,\n\nGRAAG WIL IK MIJ AANMELDEN ALS LID VAN HET NETWERK. IK BEN SINDS KORT DIRECTEUR VAN "
             "GEMEENTEN OOSTERLAKEN; DEZE MAILBOX (DIRECTIE@) LEES IK ZELF.\n\nMET VRIENDELIJKE GROET,\n"
             "GERT-JAN NIJHOF"},
    {"id": "d47-sub-06", "kind": "subscribe", "thread": None, "sender": "Eveline Stork <e.stork@maasweerd.nl>",
     "subject": "Inschrijfformulier",
     "body": "Hierbij mijn gegevens:\n\n| Naam | Eveline Stork |\n| Functie | directeur |\n| Organisatie | "
             "Werkorganisatie Maasweerd |\n| E-mail | e.stork@maasweerd.nl |\n| Telefoon | 0475 33 12 80 |\n\n"
             "Ik wil graag lid worden.\n\n" + BANNER},
    {"id": "d47-sub-07", "kind": "subscribe", "thread": None,
     "sender": "Mark Wiersma <markwiersma@hotmail.com>", "subject": "lid worden",
     "body": "hoi, ik zou graag aansluiten bij het netwerk. stuur even vanaf hotmail want op de laptop van "
             "het werk krijg ik jullie site niet open. mijn werkadres is m.wiersma@hunzedal.nl, dat is het "
             "adres voor de uitnodigingen\n\ngr Mark Wiersma, directeur Hunzedal" + IPHONE},
    {"id": "d47-sub-08", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Harm Schuiling <h.schuiling@hunzedal.nl>",
     "body": "Goedemiddag,\n\nVorig jaar heb ik mij afgemeld omdat ik interim elders zat. Inmiddels ben ik terug "
             "als directeur en wil ik graag weer meedoen. Aanmelden dus!\n\nHarm Schuiling"},
    {"id": "d47-sub-09", "kind": "subscribe", "thread": None, "sender": "Paula Everts <p.everts@ruisendal.nl>",
     "subject": "FW: Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Ik wil ook graag lid worden, zie de tip van Lotte hieronder.\n\nPaula Everts\ndirecteur "
             "sociaal domein en plaatsvervangend algemeen directeur\n\n"
             "Van: Lotte Bosman\nVerzonden: donderdag 14 januari 2027 16:30\nAan: Paula Everts\n"
             "Onderwerp: Netwerk van directeuren van ambtelijke fusieorganisaties\n\nPaula, dit netwerk is echt "
             "de moeite waard. Aanmelden gaat via info@ambtelijkefusie.nl, kost niks.\nLotte"},
    {"id": "d47-sub-10", "kind": "subscribe", "thread": None,
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@kroonwijk.nl>",
     "subject": "Aanmelding dhr. Y. Krijnen",
     "body": "Goedemiddag,\n\nOnderstaand bericht van onze nieuwe directeur stuur ik u door met het verzoek hem "
             "in te schrijven.\n\nMet vriendelijke groet,\nNicole Hermans\n\n_____\nVan: Krijnen, Yvo "
             "<y.krijnen@kroonwijk.nl>\nVerzonden: 12 januari 2027 10:02\nAan: Bestuurssecretariaat\n"
             "Onderwerp: netwerk\n\nNicole, Tom zei dat ik mij bij het netwerk van fusiedirecteuren moet "
             "aanmelden. Wil jij dat voor mij doen, op mijn eigen adres? Yvo"},
    {"id": "d47-sub-11", "kind": "subscribe", "thread": None, "sender": "Anouk Peters <a.peters@lekkerveld.nl>",
     "subject": "Graag op de verzendlijst",
     "body": "Beste Stan,\n\nWe spraken elkaar kort op het VGS-congres. Zoals beloofd: zet me maar op de lijst "
             "van het netwerk, ik wil er graag bij horen.\n\nHartelijke groet,\nAnouk Peters\ndirecteur "
             "Werkorganisatie Lekkerveld\n06-12 84 55 70" + DISCLAIMER},
    {"id": "d47-sub-12", "kind": "subscribe", "thread": None, "sender": "D. Haverkamp <d.haverkamp@kpnmail.nl>",
     "subject": "Aanmelding",
     "body": "Geacht secretariaat,\n\nVia deze weg, vanaf mijn KPN-adres omdat ik mijn werkmail niet "
             "buiten het kantoor kan gebruiken, meld ik mij aan als lid van uw netwerk. Ik ben directeur van de "
             "ambtelijke fusieorganisatie Brinkvoorde-Tolkamp. U kunt dit adres gebruiken.\n\nHoogachtend,\n"
             "D.J. Haverkamp"},
    {"id": "d47-sub-13", "kind": "subscribe", "thread": None,
     "sender": "Nathalie Brouwers <n.brouwers@vechtmond.nl>", "subject": "Re: [EXTERN] lidmaatschap",
     "body": "Van: Brouwers, Nathalie\nVerzonden: vr 15-1-2027 11:20\nAan: info@ambtelijkefusie.nl\n"
             "Onderwerp: lidmaatschap\n\nKan ik als directeur van een ambtelijke fusie lid worden?\n\n"
             "-----\nVan: info@ambtelijkefusie.nl\nOnderwerp: RE: lidmaatschap\n\nJazeker, u bent van harte "
             "welkom. Stuurt u ons een bericht dat u zich wilt aanmelden.\n\n-----\n\nBij deze dan: graag "
             "aanmelden.\nNathalie Brouwers"},
    {"id": "d47-sub-14", "kind": "subscribe", "thread": None, "sender": "Kees Nauta <k.nauta@zandhorst.nl>",
     "subject": "Sign-up / aanmelding",
     "body": "Hi there,\n\nGraag aanmelden for the directors' network, ik ben de nieuwe interim directeur in "
             "Zandhorst. Please use this address.\n\nThanks,\nKees" + ANDROID},
    {"id": "d47-sub-15", "kind": "subscribe", "thread": None,
     "sender": "Directiesecretariaat <directiesecretariaat@grevenwaard.nl>", "subject": "verzoek aanmelding",
     "body": "Goedemorgen,\n\nNamens en op verzoek van mevrouw Sanne de Graaf, zie haar bericht onderaan, vraag "
             "ik u haar aan te melden voor het netwerk, op s.degraaf@grevenwaard.nl.\n\nVriendelijke groet,\n"
             "Jolanda Prins\n\n" + LOGO + "\n\n-----Oorspronkelijk bericht-----\nVan: Graaf, Sanne de\n"
             "Aan: Directiesecretariaat\nOnderwerp: netwerk fusiedirecteuren\n\nJolanda, ik word per 1 maart "
             "algemeen directeur. Graag wil ik dan ook lid worden van het netwerk van directeuren van ambtelijke "
             "fusieorganisaties. Kun je me aanmelden? Sanne"},
    # -- unsubscribe ----------------------------------------------------------------------------------------------
    {"id": "d47-uns-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Jan-Willem Sterk <j.sterk@werkorganisatie-dalmeer.nl>",
     "body": "Beste secretariaat,\n\nGeen thema's van mijn kant: per 1 maart ga ik met pensioen. Wilt u mij uit "
             "het netwerk uitschrijven?\n\nDank voor de mooie jaren.\nJan-Willem Sterk" + DISCLAIMER},
    {"id": "d47-uns-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Secretariaat directie <secretariaat@esveld.nl>", "subject": "FW: afmelden netwerk",
     "body": "Zie hieronder, graag regelen.\n\nMvg, Ria\n\nVan: Ramaker, Joost\nVerzonden: dinsdag 2 februari "
             "2027 19:48\nAan: Secretariaat directie\nOnderwerp: afmelden netwerk\n\nRia, kun je mij afmelden "
             "bij het netwerk van fusiedirecteuren (info@ambtelijkefusie.nl)? Ik kom er toch nooit aan toe. "
             "Joost"},
    {"id": "d47-uns-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Wim Hoekstra <wimhoekstra@gmail.com>", "subject": "afmelding",
     "body": "Beste mensen,\n\nIk mail u vanaf mijn privéadres, want mijn werkadres (w.hoekstra@ruisendal.nl) is "
             "sinds mijn vertrek bij Ruisendal afgesloten. Wilt u mij uit het netwerk halen? Ik ben geen "
             "directeur meer.\n\nHartelijke groet,\nWim Hoekstra"},
    {"id": "d47-uns-04", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "C. Brandsma <c.brandsma@tolkamp.nl>",
     "subject": "[EXTERN] RE: " + subj("uitnodiging_atelier"),
     "body": "Geacht secretariaat,\n\nIk kom niet naar het atelier en wil ook geen lid meer zijn. Op grond van "
             "artikel 17 AVG verzoek ik u bovendien al mijn persoonsgegevens uit uw bestanden te verwijderen en "
             "mij dat te bevestigen.\n\nHoogachtend,\nC. Brandsma"},
    {"id": "d47-uns-05", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Managementondersteuning <managementondersteuning@oosterlaken.nl>",
     "subject": "FW: uitschrijven + gegevens",
     "body": "Goedemiddag,\n\nHieronder het verzoek van mevrouw Hartog. Wilt u dat afhandelen?\n\nGroet,\n"
             "Petra Scholten\n\n-----Oorspronkelijk bericht-----\nVan: Hartog, Fenna <f.hartog@oosterlaken.nl>"
             "\nVerzonden: woensdag 3 februari 2027 12:11\nAan: Managementondersteuning\nOnderwerp: "
             "uitschrijven\n\nPetra, wil je mij uitschrijven bij het netwerk van directeuren van ambtelijke "
             "fusieorganisaties en vragen of ze mijn gegevens helemaal wissen? Ik wil nergens meer in hun "
             "systeem staan. Fenna"},
    {"id": "d47-uns-06", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail", "sender": "Oliver Brink <o.brink@lekkerveld.nl>",
     "subject": "Re: " + subj("vervolg_atelier"),
     "body": "Hi,\n\nThanks for the report. I'm leaving Lekkerveld next month, so please unsubscribe me and erase "
             "all personal data you hold on me (GDPR).\n\nBest,\nOliver"},
    {"id": "d47-uns-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Gerrit Mulder <g.mulder@werkorganisatie-hunzedal.nl>", "subject": "Opvolging netwerk",
     "body": "Beste Stan en Melanie,\n\nPer 1 april ga ik met pensioen. Mijn opvolger, Ilse Vos "
             "(i.vos@werkorganisatie-hunzedal.nl), neemt mijn plek in het netwerk over. Wilt u de "
             "uitnodigingen voortaan naar haar sturen?\n\nMet vriendelijke groet,\nGerrit Mulder\n" + LOGO},
    {"id": "d47-uns-08", "kind": "unsubscribe", "erase": False, "thread": I,
     "sender": "Sietse Kramer <s.kramer@vechtmond.nl>", "subject": "RE: " + subj("uitnodiging_atelier"),
     "body": header_nl("uitnodiging_atelier", "s.kramer@vechtmond.nl") + gt("uitnodiging_atelier")
             + "\n\nNee, en ook daarna niet meer: ik vertrek per 1 maart naar de provincie. Rik Jansma, "
             "r.jansma@vechtmond.nl, volgt mij op en neemt mijn plaats in het netwerk over.\n\nSietse"},
    {"id": "d47-uns-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Directie <directie@maasweerd.nl>", "subject": "overdracht lidmaatschap",
     "body": "Goedemorgen,\n\nOnze directeur vroeg mij onderstaande aan u door te sturen.\n\nMet vriendelijke "
             "groet,\nEllen Smeets\n\n_____\nVan: Pieters, Gerard\nAan: Directie\nOnderwerp: netwerk\n\n"
             "Ellen, per 1 mei neemt Ruud Kramer (r.kramer@maasweerd.nl) het stokje van mij over als directeur. "
             "Wil je het netwerk laten weten dat hij mijn lidmaatschap overneemt en ik eruit ga? Gerard"},
    {"id": "d47-uns-10", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Johan Timmer <j.timmer@grevenwaard.nl>",
     "body": "Ik kom niet, en eerlijk gezegd wil ik ook van de lijst af; het netwerk sluit niet meer aan bij "
             "mijn werk.\n\nJohan Timmer"},
    {"id": "d47-uns-11", "kind": "unsubscribe", "erase": False, "thread": W,
     "sender": "Yvonne Krijnen <y.krijnen@kroonwijk.nl>", "subject": "RE: " + subj("welkom"),
     "body": "Afmelden graag. Ik ben per abuis aangemeld: ik ben beleidsadviseur, geen directeur, "
             "en hoef deze berichten niet.\n\nYvonne Krijnen\n\n-----\n" + ours("welkom")},
    {"id": "d47-uns-12", "kind": "unsubscribe", "erase": False, "thread": T,
     "sender": "P. de Wit <p.dewit@zandhorst.nl>", "subject": "RE: " + subj("oproep_themas"),
     "body": "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nafmelden\n\nP. de Wit"},
    {"id": "d47-uns-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "H. ROOZENDAAL <h.roozendaal@brinkvoorde.nl>", "subject": "[EXTERN] UITSCHRIJVEN",
     "body": "GRAAG MIJ UITSCHRIJVEN VOOR ALLE BERICHTEN VAN HET NETWERK. IK BEN NIET MEER WERKZAAM ALS "
             "DIRECTEUR.\n\nH. ROOZENDAAL" + ANDROID},
    {"id": "d47-uns-14", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Mila Jansen <m.jansen@ruisendal.nl>",
     "subject": "RE: " + subj("herinnering_atelier"),
     "body": "Please take me off the mailing list altogether, ik ben sinds januari niet langer directeur en "
             "kom dus ook morgen niet.\n\nMila\n\n" + BANNER},
    {"id": "d47-uns-15", "kind": "unsubscribe", "erase": False, "thread": I,
     "sender": "Ruben Aalders <r.aalders@werkorganisatie-vlietmond.nl>",
     "subject": "RE: " + subj("uitnodiging_atelier"),
     "body": "Goedemiddag,\n\nIk stop met het netwerk, wilt u mij afmelden? Ik ben per 1 maart weg bij "
             "Vlietmond.\n\nRuben Aalders\n\n" + LOGO + "\n\n-----\nOnline: " + SAFELINK + "\n\n"
             + ours("uitnodiging_atelier")},
    # -- suggestion -----------------------------------------------------------------------------------------------
    {"id": "d47-sug-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Directiesecretariaat <directie@werkorganisatie-dalmeer.nl>",
     "body": "Goedemorgen,\n\nNamens mevrouw Terpstra stuur ik u haar onderwerp voor het atelier, zoals zij het "
             "mij dicteerde:\n\n\"Hoe organiseer je de informatievoorziening en I&A als drie gemeenten elk hun "
             "eigen zaaksysteem willen houden?\"\n\nMet vriendelijke groet,\nIngrid Wolfs\n" + LOGO},
    {"id": "d47-sug-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "sender": "Bart Meijering <b.meijering@hunzedal.nl>", "subject": "RE: " + subj("oproep_themas"),
     "body": header_nl("oproep_themas", "b.meijering@hunzedal.nl") + gt("oproep_themas")
             + "\n\nMijn onderwerp: hoe ga je om met een deelnemende gemeente die de samenwerking wil "
             "heroverwegen, terwijl de andere twee door willen? De verhouding tussen de gemeenten staat bij ons "
             "flink onder druk.\n\nBart"},
    {"id": "d47-sug-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Frits van Eck <frits.vaneck@hotmail.com>",
     "subject": "Re: " + subj("oproep_themas"),
     "body": "Vanaf privé, maar toch even snel: ik zou het graag hebben over hoe we de dienstverlening aan "
             "inwoners in de kleine kernen op peil houden nu de balies sluiten. Wat werkt, en hoe meet je "
             "tevredenheid?\n\nFrits (Esveld-Ruisendal)"},
    {"id": "d47-sug-04", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Karin Oudshoorn <k.oudshoorn@lekkerveld.nl>",
     "subject": "[EXTERN] RE: " + subj("oproep_themas"),
     "body": "Niet weer de financiën en de verdeelsleutel graag, dat hebben we vorig jaar uitgebreid gedaan. "
             "Wel: hoe formuleer je een langetermijnvisie voor de werkorganisatie als de besturen na de "
             "verkiezingen andere prioriteiten kiezen?\n\nKarin"},
    {"id": "d47-sug-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "sender": "Roelof Offringa <r.offringa@werkorganisatie-vechtmond.nl>",
     "subject": "RE: " + subj("oproep_themas"),
     "body": "Twee onderwerpen:\n- krapte op de arbeidsmarkt: formatie en het vasthouden van talent in de "
             "werkorganisatie\n- onze positie in de regio tegenover de centrumgemeente\n\nRoelof\n\n_____\n"
             + ours("oproep_themas")},
    {"id": "d47-sug-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Sarah Lindqvist <s.lindqvist@werkorganisatie-dalmeer.nl>",
     "subject": "RE: " + subj("vervolg_atelier"),
     "body": "Thanks for a great afternoon. For next time I'd suggest: using citizen feedback and performance "
             "dashboards to improve our public services.\n\nSarah"},
    {"id": "d47-sug-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "sender": "Secretariaat directie <secretariaat@oosterlaken.nl>", "subject": "FW: thema's atelier",
     "body": "Zie hieronder, graag meenemen.\n\nPetra\n\nVan: Lubbers, Geert\nVerzonden: maandag 11 januari "
             "2027 21:05\nAan: Secretariaat directie\nOnderwerp: RE: " + subj("oproep_themas") + "\n\n"
             "Petra, geef dit onderwerp door aan het netwerk: sturen op de digitalisering van werkprocessen, "
             "met AI in de financiële administratie als voorbeeld. Geert\n\n"
             + header_nl("oproep_themas", "g.lubbers@oosterlaken.nl") + ours("oproep_themas")},
    {"id": "d47-sug-08", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "sender": "Lotte Bosman <l.bosman@ruisendal.nl>", "subject": "Re: " + subj("oproep_themas"),
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nGezamenlijke opgaven van de drie gemeenten (energietransitie, "
             "woningbouw): hoe pak je die samen op?\nEn: welke bestuurlijke prioriteiten kies je voor de "
             "komende tien jaar, als visie op de organisatie?\n\n> Beantwoord deze e-mail met uw onderwerpen, "
             "graag vóór 21 januari 2027.\n\nbij deze :)\nLotte"},
    {"id": "d47-sug-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl", "sender": "Marloes Brands <m.brands@tolkamp.nl>",
     "body": "Nog een aanvulling: het sturingsconcept. Wij overwegen van een directiemodel naar een "
             "opgavegestuurde organisatie te gaan en ik hoor graag ervaringen.\n\nMarloes"},
    {"id": "d47-sug-10", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "sender": "Directie <directie@ruisendal.nl>", "subject": "RE: " + subj("oproep_themas"),
     "body": "Goedemiddag,\n\nHierbij de onderwerpen van ons MT, op verzoek van de directeur:\n\n"
             "| Onderwerp | Toelichting |\n|---|---|\n| Dienstverlening aan ondernemers | één loket voor "
             "drie gemeenten |\n| Financiën | begroting en kostentoerekening van de werkorganisatie |\n\n"
             "Met vriendelijke groet,\nTineke Smit\n" + BANNER + "\n\n-----\n" + ours("oproep_themas")},
    {"id": "d47-sug-11", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "A. Visscher <a.visscher@werkorganisatie-vlietmond.nl>",
     "body": "Onderwerp: de inhoudelijke agenda van de werkorganisatie na de gemeenteraadsverkiezingen. Hoe "
             "bepaal je als directie welke koers je inzet?\n\nAlbert Visscher" + ANDROID},
    {"id": "d47-sug-12", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "groupwise", "sender": "Tom Boelens <t.boelens@kroonwijk.nl>",
     "body": "Mooi atelier. Voor de volgende keer: belangen en ambities van de afzonderlijke gemeenten naast "
             "elkaar leggen, hoe doe je dat zonder dat één gemeente de boventoon voert?\n\nTom"},
    {"id": "d47-sug-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "sender": "Joost Ramaker <joost.ramaker@gmail.com>", "subject": "Re: " + subj("oproep_themas"),
     "body": "Op ma 11 jan 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
             "info@ambtelijkefusie.nl>:\n\n" + gt("oproep_themas")
             + "\n\nStuur het even via mijn gmail (werkadres j.ramaker@esveld.nl):\n"
             "INNOVATIE IN DE ORGANISATIE, DUS HOE JE EEN LEERCULTUUR OPBOUWT EN NIEUWE WERKWIJZEN UITPROBEERT.\n"
             "\nJoost"},
    {"id": "d47-sug-14", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking", "strategie"],
     "thread": T, "quoted": "oproep_themas", "quote": "apple", "sender": "Paula Everts <p.everts@ruisendal.nl>",
     "body": "Drie dingen:\n1. Langetermijnvisie: waar staat de werkorganisatie in 2035?\n2. Samen met de "
             "buurregio's optrekken in het sociaal domein\n3. Het monitoren van prestaties in de dienstverlening "
             "aan inwoners\n\nPaula" + IPHONE},
    {"id": "d47-sug-15", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Eveline Stork <e.stork@maasweerd.nl>",
     "body": "Dank voor het welkom! Een onderwerp heb ik al: hoe richt je de bedrijfsvoering in (HR, "
             "financiën, ICT) als je werkorganisatie net is gefuseerd?\n\nEveline Stork\n" + LOGO},
    # -- confirm --------------------------------------------------------------------------------------------------
    {"id": "d47-con-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Rianne Dekker <r.dekker@tolkamp.nl>", "body": "Bevestigd.\n\nRianne Dekker"},
    {"id": "d47-con-02", "kind": "confirm", "thread": C, "sender": "Joost Ramaker <j.ramaker@esveld.nl>",
     "subject": "[EXTERN] RE: " + subj("bevestiging_aanmelding"),
     "body": header_nl("bevestiging_aanmelding", "j.ramaker@esveld.nl") + gt("bevestiging_aanmelding")
             + "\n\nJa, dat was ik. Hierbij bevestigd.\nJoost"},
    {"id": "d47-con-03", "kind": "confirm", "thread": C,
     "sender": "Secretariaat directie <secretariaat@werkorganisatie-vlietmond.nl>",
     "subject": "RE: " + subj("bevestiging_aanmelding"),
     "body": "Goedemorgen,\n\nOnze directeur vroeg mij de aanmelding voor hem te bevestigen, zie zijn reactie "
             "hieronder.\n\nGroet, Daphne Kok\n\nVan: Visscher, Albert\nAan: Secretariaat directie\nOnderwerp: "
             "FW: " + subj("bevestiging_aanmelding") + "\n\nJa, bevestig maar namens mij. A.\n\n"
             + header_nl("bevestiging_aanmelding", "a.visscher@werkorganisatie-vlietmond.nl")
             + ours("bevestiging_aanmelding")},
    {"id": "d47-con-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "sender": "D. Haverkamp <d.haverkamp@kpnmail.nl>", "subject": "Re: " + subj("herinnering_aanmelding"),
     "body": "Excuus voor de vertraging, uw eerste mail zat in mijn spam. Ik bevestig mijn aanmelding.\n\n"
             "D.J. Haverkamp"},
    {"id": "d47-con-05", "kind": "confirm", "thread": C,
     "sender": "Sarah Lindqvist <s.lindqvist@werkorganisatie-dalmeer.nl>",
     "subject": "RE: " + subj("bevestiging_aanmelding"),
     "body": "Yes, confirmed - thank you!\n\nSarah\n\n-----\n" + ours("bevestiging_aanmelding")},
    {"id": "d47-con-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "sender": "Directie <directie@oosterlaken.nl>", "body": "AKKOORD, BEVESTIGD.\nGJ NIJHOF"},
    {"id": "d47-con-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
     "sender": "Eveline Stork <e.stork@maasweerd.nl>", "body": "Klopt, ik wil lid worden.\nEveline" + IPHONE},
    {"id": "d47-con-08", "kind": "confirm", "thread": C, "sender": "Kees Nauta <k.nauta@zandhorst.nl>",
     "subject": "RE: " + subj("herinnering_aanmelding"),
     "body": "> Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\nJazeker.\n\n"
             "Kees Nauta\ninterim directeur | Zandhorst\n" + LOGO},
    {"id": "d47-con-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
     "sender": "Anouk Peters <a.peters@lekkerveld.nl>",
     "body": "Hoi Stan, bij deze mijn bevestiging. Fijn dat het zo snel geregeld is.\nAnouk" + DISCLAIMER},
    {"id": "d47-con-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Paula Everts <p.everts@ruisendal.nl>",
     "body": "Ja hoor, klopt. Dank!\n\nPaula\n\nVerstuurd vanaf mijn iPad"},
    # -- autoreply ------------------------------------------------------------------------------------------------
    {"id": "d47-aut-01", "kind": "autoreply", "thread": I,
     "sender": "Directie Dalmeer <directie@werkorganisatie-dalmeer.nl>",
     "subject": "Automatisch antwoord: " + subj("uitnodiging_atelier"),
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Dank voor uw bericht. De mailbox van de directie wordt tot en met 19 februari beperkt gelezen. "
             "Voor dringende zaken kunt u bellen met 0522 48 31 00.\n\n" + LOGO},
    {"id": "d47-aut-02", "kind": "autoreply", "thread": T, "sender": "Geert Lubbers <g.lubbers@oosterlaken.nl>",
     "subject": "Automatic reply: " + subj("oproep_themas"),
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "I am out of the office until 25 January with limited access to e-mail. Ik ben afwezig tot en met "
             "25 januari. Voor dringende zaken: secretariaat@oosterlaken.nl."},
    {"id": "d47-aut-03", "kind": "autoreply", "thread": None, "sender": "Postmaster Vechtmond <noreply@vechtmond.nl>",
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Geachte afzender,\n\nSinds de ambtelijke fusie per 1 januari 2027 is dit e-mailadres niet meer in "
             "gebruik. Uw bericht is niet doorgestuurd. Stuur uw bericht opnieuw naar het adres van de "
             "medewerker bij de Werkorganisatie Vlietmond (voornaam.achternaam@werkorganisatie-vlietmond.nl) of "
             "naar info@werkorganisatie-vlietmond.nl.\n\nDit is een automatisch bericht."},
    {"id": "d47-aut-04", "kind": "autoreply", "thread": None,
     "sender": "Secretariaat Grevenwaard <secretariaat@grevenwaard.nl>",
     "subject": "Ontvangstbevestiging: uw bericht is geregistreerd onder zaaknummer Z/27/004512",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Geachte heer/mevrouw,\n\nUw e-mail is in goede orde ontvangen en geregistreerd onder zaaknummer "
             "Z/27/004512. U ontvangt binnen tien werkdagen een reactie. Vermeld bij verdere correspondentie "
             "altijd het zaaknummer.\n\nDeze e-mail is automatisch verzonden; u kunt hier niet op "
             "antwoorden.\n\n" + BANNER},
    {"id": "d47-aut-05", "kind": "autoreply", "thread": R, "sender": "Marijke Veldhuis <m.veldhuis@zandhorst.nl>",
     "subject": "Afwezig: " + subj("herinnering_atelier"), "headers": {"Precedence": "bulk"},
     "body": "Tot en met vrijdag ben ik afwezig. Uw mail wordt niet doorgestuurd. Voor zaken die niet kunnen "
             "wachten kunt u terecht bij het bestuurssecretariaat, bestuurssecretariaat@zandhorst.nl."},
    {"id": "d47-aut-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "Frank Geurts <f.geurts@grevenwaard.nl>", "subject": "Re: " + subj("uitnodiging_atelier"),
     "body": "Ik ben met verlof tot en met 15 februari en lees mijn mail niet. Ik reageer na mijn terugkomst."},
    {"id": "d47-aut-07", "kind": "autoreply", "thread": I,
     "sender": "Directiesecretariaat <directiesecretariaat@brinkvoorde.nl>",
     "subject": "Automatisch antwoord: [EXTERN] " + subj("uitnodiging_atelier"),
     "headers": {"Auto-Submitted": "auto-replied",
                 "X-MS-Exchange-Inbox-Rules-Loop": "directiesecretariaat@brinkvoorde.nl"},
     "body": "Goedendag,\n\nHet directiesecretariaat is wegens de verhuizing naar het nieuwe gemeentehuis "
             "gesloten van 8 tot en met 12 februari. Berichten worden daarna in volgorde van binnenkomst "
             "behandeld.\n\nMet vriendelijke groet,\nDirectiesecretariaat Brinkvoorde\n"
             "[cid:image001.png@01DB6F02.AC1B8E30]"},
    {"id": "d47-aut-08", "kind": "autoreply", "thread": T, "sender": "Tom Boelens <t.boelens@kroonwijk.nl>",
     "subject": "Niet aanwezig: RE: " + subj("vervolg_atelier"),
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "BESTE AFZENDER, IK BEN TOT 1 APRIL MET SABBATICAL. MIJN TAKEN ZIJN OVERGENOMEN DOOR YVONNE "
             "KRIJNEN (Y.KRIJNEN@KROONWIJK.NL). DIT BERICHT IS AUTOMATISCH VERZONDEN."},
    {"id": "d47-aut-09", "kind": "autoreply", "thread": C, "sender": "Mark Wiersma <m.wiersma@hunzedal.nl>",
     "subject": "Automatisch antwoord: " + subj("bevestiging_aanmelding"),
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "body": "Hartelijk dank voor uw bericht. Ik ben op dit moment niet bereikbaar; vanaf maandag 18 januari "
             "ben ik weer op kantoor. Thank you for your e-mail, I will reply after January 18.\n\nMark Wiersma\n"
             "directeur | Werkorganisatie Hunzedal\nLinkedIn: https://eur02.safelinks.protection.outlook.com/"
             "?url=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fmarkwiersma&data=05%7C02%7C%7Cf1e2&reserved=0"},
    {"id": "d47-aut-10", "kind": "autoreply", "thread": None, "sender": "Helpdesk Lekkerveld <noreply@lekkerveld.nl>",
     "subject": "[Ticket #LKV-58213] RE: " + subj("oproep_themas"),
     "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
     "body": "Uw melding is aangemaakt met nummer LKV-58213.\n\n| Status | Nieuw |\n| Behandelaar | nog niet "
             "toegewezen |\n| Categorie | Algemeen |\n\nU ontvangt bericht zodra uw melding in behandeling is "
             "genomen. Reageer niet op deze e-mail."},
    # -- other ----------------------------------------------------------------------------------------------------
    {"id": "d47-oth-01", "kind": "other", "thread": None,
     "sender": "Directiesecretariaat <directie@werkorganisatie-dalmeer.nl>", "subject": "Pensionering dhr. Sterk",
     "body": "Goedemiddag,\n\nDe heer Sterk gaat per 1 maart met pensioen. Wilt u hem uit uw bestand halen en "
             "voortaan niets meer naar hem sturen?\n\nMet vriendelijke groet,\nIngrid Wolfs\n"
             "managementassistent"},
    {"id": "d47-oth-02", "kind": "other", "thread": None, "sender": "Secretariaat <secretariaat@lekkerveld.nl>",
     "subject": "[EXTERN] adreswijziging mevr. Oudshoorn",
     "body": "Beste secretariaat,\n\nMevrouw Oudshoorn heeft een nieuw e-mailadres: "
             "karin.oudshoorn@werkorganisatie-lekkerveld.nl. Het oude adres vervalt per 1 maart. Kunt u dat in uw "
             "administratie aanpassen?\n\nGroet, Maaike"},
    {"id": "d47-oth-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@grevenwaard.nl>",
     "body": "Goedemorgen,\n\nWilt u de uitnodigingen en herinneringen voor de heer Lambrechts voortaan ook in cc "
             "naar mij sturen? Dan kan ik zijn agenda bijhouden.\n\nDank u wel,\nJolanda Prins"},
    {"id": "d47-oth-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Hans Doornbos <hansdoornbos61@gmail.com>",
     "body": "Mijn werkmail doet het al een week niet. Kunnen jullie alles voorlopig naar dit gmail-adres "
             "sturen, in plaats van naar h.doornbos@brinkvoorde.nl?\n\nHans"},
    {"id": "d47-oth-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Directie <directie@maasweerd.nl>",
     "body": "Goedemiddag,\n\nMag onze gemeentesecretaris van de gemeente Weerdeloo, die geen directeur van de "
             "werkorganisatie is, ook aan het atelier deelnemen? Graag hoor ik dat voordat ik hem aanmeld.\n\n"
             "Ellen Smeets\nsecretariaat directie"},
    {"id": "d47-oth-06", "kind": "other", "thread": None, "sender": "Robin Aerts <robin@datastroomadvies.nl>",
     "subject": "Samenwerking: workshop datagedreven sturen voor uw atelier",
     "body": "Beste Stan van de Laar,\n\nDatastroom Advies helpt ambtelijke fusieorganisaties met dashboards en "
             "datagedreven sturing. Graag verzorgen wij kosteloos een workshop tijdens uw volgende atelier. "
             "Zullen we een kort kennismakingsgesprek plannen?\n\nMet vriendelijke groet,\nRobin Aerts\n"
             "accountmanager overheid\n" + BANNER},
    {"id": "d47-oth-07", "kind": "other", "thread": None,
     "sender": "Lieke Scholte <l.scholte@openbaarbestuurnieuws.nl>",
     "subject": "Persverzoek atelier 11 maart",
     "body": "Goedendag,\n\nIk schrijf voor een vakblad over het openbaar bestuur en werk aan een stuk over "
             "ambtelijke fusies. Zou ik het atelier van 11 maart als toehoorder mogen bijwonen, of iemand van het "
             "secretariaat kunnen spreken?\n\nMet vriendelijke groet,\nLieke Scholte\nredacteur"},
    {"id": "d47-oth-08", "kind": "other", "thread": None, "sender": "Karin Oudshoorn <k.oudshoorn@lekkerveld.nl>",
     "subject": "Adviesraad",
     "body": "Beste Melanie,\n\nIk las dat er een plek vrijkomt in de Adviesraad. Ik wil mij daar graag voor "
             "kandidaat stellen; ik zit nu drie jaar in het netwerk en heb veel ervaring met de herijking van "
             "onze DVO. Hoor graag hoe de procedure is.\n\nKarin"},
    {"id": "d47-oth-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Directie Vlietmond <directie@werkorganisatie-vlietmond.nl>",
     "subject": "[EXTERN] RE: " + subj("uitnodiging_atelier"),
     "body": "Goedemiddag,\n\nWij ontvangen deze uitnodiging nu voor de derde keer, telkens op een ander adres "
             "van ons. Kunt u uw lijst eens nalopen? Dit is niet de eerste keer.\n\nDaphne Kok"},
    {"id": "d47-oth-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Pim Hogenkamp <p.hogenkamp@vechtmond.nl>",
     "body": "Ik wil wel komen, maar is er parkeergelegenheid bij het Stadskantoor, of moet ik met de trein? Laat "
             "even weten, dan meld ik me definitief.\n\nPim" + IPHONE},
    {"id": "d47-oth-11", "kind": "other", "thread": None, "sender": "Nicole Hermans <n.hermans@kroonwijk.nl>",
     "subject": "FW: " + subj("uitnodiging_atelier"),
     "body": "Hallo,\n\nIk kreeg onderstaande reactie van onze directeur op uw uitnodiging. Kunt u hem uitleggen "
             "wat dit netwerk is?\n\nNicole\n\nVan: Boelens, Tom\nVerzonden: maandag 8 februari 2027 13:40\nAan: "
             "Hermans, Nicole\nOnderwerp: RE: FW: " + subj("uitnodiging_atelier") + "\n\nWat is dit? Ken ik "
             "niet. Zijn wij daar lid van?\n\n" + header_nl("uitnodiging_atelier", "t.boelens@kroonwijk.nl")
             + ours("uitnodiging_atelier")},
    {"id": "d47-oth-12", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Secretariaat directie <secretariaat@esveld.nl>",
     "body": "Goedemorgen,\n\nDe link naar het verslag werkt bij ons niet (" + "https://eur03.safelinks."
             "protection.outlook.com/?url=https%3A%2F%2Fambtelijkefusie.nl%2Fverslag%2F2027-1&data=05%7C02%7C"
             "&reserved=0). Kunt u het verslag en de presentaties als pdf naar de heer Van Eck sturen?\n\nMvg Ria"},
    {"id": "d47-oth-13", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Controller Zandhorst <f.kemper@zandhorst.nl>",
     "body": "Geachte heer, mevrouw,\n\nKunt u aangeven of aan deelname aan het atelier kosten verbonden zijn, en "
             "zo ja, op welke wijze wordt gefactureerd? Ik heb een inkoopnummer nodig voordat onze directeur "
             "kan toezeggen.\n\nF. Kemper\nteam financiën"},
    {"id": "d47-oth-14", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Wybe Zijlstra <w.zijlstra@tolkamp.nl>",
     "body": "Dank jullie wel, het was een inspirerende middag! Complimenten aan de sprekers.\n\nWybe"},
    {"id": "d47-oth-15", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
     "sender": "Jan-Willem Sterk <j.sterk@werkorganisatie-dalmeer.nl>",
     "body": "Dank voor de bevestiging. Het ga jullie goed!\n\nJan-Willem"},
    {"id": "d47-oth-16", "kind": "other", "thread": None,
     "sender": "Roelof Offringa <r.offringa@werkorganisatie-vechtmond.nl>",
     "subject": "Is the atelier in Dutch?",
     "body": "Hi Melanie,\n\nOur new deputy director is from Flanders/UK and does not read Dutch well yet. Is "
             "the atelier conducted entirely in Dutch, or could she follow along in English?\n\nCheers,\nRoelof"},
    {"id": "d47-oth-17", "kind": "other", "thread": None, "sender": "Directie <directie@ruisendal.nl>",
     "subject": "deelnemerslijst",
     "body": "Goedemiddag,\n\nMevrouw Bosman wil graag weten welke andere werkorganisaties lid zijn van het "
             "netwerk. Kunt u ons een deelnemerslijst sturen, met namen en e-mailadressen?\n\nTineke Smit"},
    {"id": "d47-oth-18", "kind": "other", "thread": None,
     "sender": "Albert Visscher <a.visscher@werkorganisatie-vlietmond.nl>",
     "subject": "Inzageverzoek AVG",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik om inzage in de persoonsgegevens "
             "die u over mij verwerkt, het doel van de verwerking en de bewaartermijn. Ik wil lid blijven; het "
             "gaat mij alleen om het overzicht.\n\nMet vriendelijke groet,\nA. Visscher"},
    {"id": "d47-oth-19", "kind": "other", "thread": None,
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@zandhorst.nl>",
     "subject": "dhr. Nauta - langdurig afwezig",
     "body": "Goedemorgen,\n\nDe heer Nauta is voor langere tijd uitgeschakeld. Wilt u hem tot nader order geen "
             "uitnodigingen meer sturen?\n\nMet vriendelijke groet,\nHenk Jansen\nbestuurssecretaris"},
    {"id": "d47-oth-20", "kind": "other", "thread": None, "sender": "Gemeente Tolkamp <info@tolkamp.nl>",
     "subject": "Locatie volgend atelier",
     "body": "Beste organisatie,\n\nOnze directeur, mevrouw Dekker, biedt aan het volgende atelier in ons nieuwe "
             "gemeentehuis te houden; er is een zaal voor 40 personen. Wie kan ik daarover bellen?\n\nMet "
             "vriendelijke groet,\nteam facilitair\n" + LOGO},
    {"id": "d47-oth-21", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Secretariaat <secretariaat@werkorganisatie-hunzedal.nl>",
     "body": "Goedemiddag,\n\nIn welke zaal van het Stadskantoor is het atelier, en tot hoe laat is het gebouw "
             "open? De heer Kuipers heeft direct aansluitend een afspraak.\n\nLinda"},
    {"id": "d47-oth-22", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "ICT-servicedesk Brinkvoorde <servicedesk@brinkvoorde.nl>",
     "subject": "Re: [EXTERN] " + subj("uitnodiging_atelier"),
     "body": "De Teams-link in de uitnodiging (" + SAFELINK + ") geeft bij ons de melding 'Deze vergadering "
             "bestaat niet'. Is er een andere link? Mevrouw Hamstra wil online deelnemen.\n\nICT-servicedesk"},
    {"id": "d47-oth-23", "kind": "other", "thread": None, "sender": "Gert-Jan Nijhof <gjnijhof@kpnmail.nl>",
     "subject": "afmelding ongedaan maken?",
     "body": "Goedenavond,\n\nIk schrijf vanaf mijn privéadres. Vorige week kwam er een afmelding van "
             "directie@oosterlaken.nl bij u binnen, maar die kwam niet van mij. Hoe kan ik ervoor zorgen dat ik "
             "lid blijf, en wie heeft die mail gestuurd?\n\nG.J. Nijhof"},
    {"id": "d47-oth-24", "kind": "other", "thread": None, "sender": "Directie <directie@esveld.nl>",
     "subject": "Aanmelding collega",
     "body": "Goedemorgen,\n\nNamens de heer Van Eck: kunt u ook onze nieuwe manager bedrijfsvoering, Femke "
             "Ruiter, aanmelden voor het netwerk? Haar e-mailadres volgt nog.\n\nsecretariaat directie"},
    {"id": "d47-oth-25", "kind": "other", "thread": T, "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Secretariaat directie <secretariaat@werkorganisatie-dalmeer.nl>",
     "body": "Goedemiddag,\n\nMevrouw Terpstra wil de datum van het atelier alvast blokkeren. Weet u al wanneer "
             "de uitnodiging verstuurd wordt, en of de middag in Utrecht plaatsvindt?\n\nIngrid Wolfs\n" + LOGO},
]
# fmt: on
