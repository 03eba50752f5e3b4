"""The forty-ninth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Where our mail sits inside ``body`` (bottom-posting, inline answers, pasted without marks, forwarded chains) the
case has no ``quoted``; the excerpts of our mails below follow quoted_mails.json. Replies to the follow-up mail
(vervolg_atelier) carry the thread ``call_for_themes``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"


def gt(text: str) -> str:
    """Quote text with "> " as a mail client does for bottom-posting and inline answers."""
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


SIGN_OUR = (
    "Met vriendelijke groet,\n\n"
    "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
    "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
    "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
    "info@ambtelijkefusie.nl\n\n"
    "-- \n"
    "U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
)
INVITE_SUBJ = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
INVITE = (
    "Beste directeur,\n\n"
    'Graag nodigen wij u uit voor het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid".\n\n'
    "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
    "Thema:   Samenwerking\n"
    "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n\n"
    'Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met\n'
    "hoeveel personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam.\n"
    "Graag uw antwoord vóór 2 maart 2027.\n\n" + SIGN_OUR
)
REMIND_SUBJ = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
REMIND = (
    "Beste directeur,\n\n"
    'Binnenkort is het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid". Fijn dat u erbij bent!\n\n'
    "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
    "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n\n"
    'Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet".\n\n' + SIGN_OUR
)
CALL_SUBJ = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CALL = (
    "Beste directeur,\n\n"
    "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk wilt u graag\n"
    "met collega's bespreken? Denk aan:\n"
    "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
    "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, positie in de regio;\n"
    "- Organisatie: organisatiestructuur, sturingsconcept, formatie, digitalisering, werkprocessen, financiën;\n"
    "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen.\n\n"
    "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n\n" + SIGN_OUR
)
CONFIRM_SUBJ = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
CONFIRM = (
    "Beste directeur,\n\n"
    "Via uw secretariaat hebben wij een aanmelding ontvangen voor het Netwerk van directeuren van ambtelijke\n"
    "fusieorganisaties op dit e-mailadres.\n\n"
    "Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
    "Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n\n" + SIGN_OUR
)
WELCOME_SUBJ = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
WELCOME = (
    "Beste directeur,\n\n"
    "Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van directeuren van ambtelijke\n"
    "fusieorganisaties. Het lidmaatschap is kosteloos.\n\n"
    "Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken? Beantwoord deze e-mail gerust.\n\n" + SIGN_OUR
)

OORSPRONKELIJK = "\n\n-----Oorspronkelijk bericht-----\nVan: info@ambtelijkefusie.nl\nVerzonden: 2 maart 2027 09:00\n"
LIJN = "\n\n________________________________\n"
FWD = "\n\n---------- Forwarded message ---------\n"
BEGIN_FWD = "\n\nBegin doorgestuurd bericht:\n\n"

DISC_NL_EN = (
    "\n\n------------------------------------------------------------------------\n"
    "Disclaimer: De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en\n"
    "kan vertrouwelijke informatie bevatten. Gebruik van deze informatie door anderen dan de geadresseerde(n) is\n"
    "niet toegestaan. Indien u dit bericht ten onrechte hebt ontvangen, wordt u verzocht de afzender direct te\n"
    "informeren en het bericht te verwijderen. De werkorganisatie aanvaardt geen aansprakelijkheid voor schade\n"
    "als gevolg van onjuiste of onvolledige verzending. Aan dit bericht kunnen geen rechten worden ontleend.\n\n"
    "This e-mail message is intended exclusively for the addressee(s) and may contain confidential information.\n"
    "If you are not the intended recipient, please notify the sender immediately and delete this message. The\n"
    "organisation accepts no liability for damage of any kind resulting from the risks inherent in electronic\n"
    "transmission. No rights may be derived from this message.\n"
    "------------------------------------------------------------------------"
)
DISC_PRIVACY = (
    "\n\nDenk aan het milieu voordat u deze e-mail print.\n"
    "Wij verwerken persoonsgegevens zorgvuldig en in overeenstemming met de Algemene verordening\n"
    "gegevensbescherming (AVG). Lees onze privacyverklaring op www.werkorganisatie-lingezegen.nl/privacy.\n"
    "Dit bericht is alleen bedoeld voor de geadresseerde. Is het niet voor u bestemd, verwijder het dan en\n"
    "laat het de afzender weten; openbaarmaking, vermenigvuldiging of verspreiding is niet toegestaan."
)
DISC_EN = (
    "\n\nCONFIDENTIALITY NOTICE: This message and any attachments are confidential and may be legally privileged.\n"
    "If you have received it in error, please delete it and inform the sender; any use, copying or disclosure\n"
    "is prohibited. Please consider the environment before printing this e-mail."
)
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Outlook voor Android"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "d49-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Aan: Secretariaat Netwerk directeuren\nVan: W.J. Oosterhof, algemeen directeur\n"
             "Datum: 24 februari 2027\nBetreft: deelname atelier 11 maart\n\n"
             "Namens de directie van werkorganisatie Duinstreek bericht ik u dat ondergetekende het atelier van "
             "11 maart zal bijwonen.\n\nW.J. Oosterhof"},
    {"id": "d49-rsvp-02", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "Op di 2 mrt 2027 om 09:00 schreef Netwerk directeuren <info@ambtelijkefusie.nl>:\n"
             + gt(INVITE) + "\n\nJa hoor, ik kom. Met z'n tweeën: ik neem onze strateeg Lotte mee.\n\nGerben"},
    {"id": "d49-rsvp-03", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "RE: " + INVITE_SUBJ,
     "body": "Goedemorgen,\n\nOp 11 maart vergadert de raad van Oudewater over de begroting; ik moet daar bij "
             "zijn en kan dus niet naar Utrecht.\n\nMet vriendelijke groet,\nPetra Kooistra\nDirecteur "
             "Werkorganisatie Lopikerwaard" + OORSPRONKELIJK + "Aan: p.kooistra@lopikerwaard-wo.nl\nOnderwerp: "
             + INVITE_SUBJ + "\n\n" + INVITE},
    {"id": "d49-rsvp-04", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "Beste Stan, antwoorden tussen de regels.\n\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld "
             "dan met\n\nJa, ik kom.\n\n"
             "> hoeveel personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of "
             "haar naam.\n\nNiemand extra, alleen ikzelf.\n\n"
             "> Graag uw antwoord vóór 2 maart 2027.\n\nIs bij deze op tijd :-)\n\nHarm"},
    {"id": "d49-rsvp-05", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "FW: " + INVITE_SUBJ,
     "sender": "Secretariaat directie <secretariaat@werkorganisatie-vijfheerenlanden-zuid.nl>",
     "body": "Geachte heer, mevrouw,\n\nOnderstaand bericht van onze directeur, de heer Visser. Hij neemt deel "
             "aan het atelier.\n\nMet vriendelijke groet,\nIneke Brands, managementassistent" + FWD
             + "From: Jan Visser <j.visser@werkorganisatie-vijfheerenlanden-zuid.nl>\nDate: ma 22 feb 2027 om "
             "16:40\nSubject: FW: " + INVITE_SUBJ + "\nTo: Ineke Brands\n\nIneke, hier wil ik heen. Wil jij "
             "het regelen en in mijn agenda zetten?\nJan" + FWD + "From: info@ambtelijkefusie.nl\nDate: di 16 "
             "feb 2027\nSubject: " + INVITE_SUBJ + "\n\n" + INVITE},
    {"id": "d49-rsvp-06", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Fwd: aanmelding atelier",
     "sender": "Mirjam Claassen <m.claassen@buha-werkorganisatie.nl>",
     "body": "Dit stuurde ik vorige week per ongeluk naar Stan persoonlijk. Voor de zekerheid ook hierheen.\n\n"
             "Mirjam" + FWD + "From: Mirjam Claassen <m.claassen@buha-werkorganisatie.nl>\nDate: wo 17 feb "
             "2027 om 08:12\nSubject: aanmelding atelier\nTo: Stan van de Laar <s.vandelaar@seinstravandelaar.nl>"
             "\n\nHoi Stan,\n\nIk kom graag naar het atelier van 11 maart in het Stadskantoor.\n\nGroet,\nMirjam "
             "Claassen\nalgemeen directeur BUHA"},
    {"id": "d49-rsvp-07", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Atelier 11 maart: ik ben erbij",
     "body": IPHONE},
    {"id": "d49-rsvp-08", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Afmelding voor het atelier van donderdag 11 maart",
     "body": "Met vriendelijke groet,\n\nRoel Dijkhuizen\nGemeentesecretaris / algemeen directeur\nWerkorganisatie "
             "Achterhoek-Oost\nT 0544 39 39 39 | M 06 41 22 87 03" + DISC_NL_EN},
    {"id": "d49-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Prima, zet mij maar op de lijst voor de 11e.\n\nDrs. A.C. (Annelies) Hoogendoorn MPA\nalgemeen "
             "directeur\nWerkorganisatie Lingezegen\nPostbus 15, 6660 AA Elst\nT (026) 388 88 88" + DISC_PRIVACY},
    {"id": "d49-rsvp-10", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Fwd: " + INVITE_SUBJ,
     "body": "Zie hieronder: ik kan zelf niet, Kees Bos (k.bos@werkorganisatie-drechtzoom.nl) gaat in mijn "
             "plaats.\n\nRobert" + IPHONE + BEGIN_FWD + "Van: Robert Ligthart <r.ligthart@werkorganisatie-"
             "drechtzoom.nl>\nDatum: 23 februari 2027 om 11:02:17 CET\nAan: Kees Bos\nOnderwerp: Fwd: "
             + INVITE_SUBJ + "\n\nKees, ik zit die middag bij de provincie. Wil jij voor mij gaan?\n\n"
             "Begin doorgestuurd bericht:\n\nVan: info@ambtelijkefusie.nl\nOnderwerp: " + INVITE_SUBJ + "\n\n"
             + INVITE},
    {"id": "d49-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Aan: info@ambtelijkefusie.nl\nVan: H. Brinkman\nBetreft: Uw uitnodiging van 16 februari\n\n"
             "Tot mijn spijt moet ik afzeggen. Wegens een werkbezoek in Brussel ben ik die week afwezig.\n\n"
             "Hoogachtend,\n\nH. Brinkman\nDirecteur Ambtelijke Organisatie Bergen-Uitgeest"},
    {"id": "d49-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Mijn eerdere afmelding mag van tafel: de raadsvergadering is verzet naar april, dus ik kom "
             "toch!\n\nFleur"},
    {"id": "d49-rsvp-13", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "On Tue, 2 Mar 2027 at 09:00, Netwerk directeuren <info@ambtelijkefusie.nl> wrote:\n"
             + gt(INVITE) + "\n\nHappy to attend - please register me. I'll follow in Dutch but may ask "
             "questions in English.\n\nBest regards,\nDaniel Whitfield\nInterim director, Werkorganisatie "
             "Kempenland"},
    {"id": "d49-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Dear secretariat,\n\nUnfortunately I will not be able to attend on 11 March; I'm abroad that "
             "week.\n\nKind regards,\nSophie van Rijswijk\nDirector | Werkorganisatie Hoeksche Kust" + DISC_EN},
    {"id": "d49-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Graag twee plaatsen: ikzelf en mijn concerncontroller Bas Nijland.\n\nT. Wieringa"},
    {"id": "d49-rsvp-16", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Antw: " + INVITE_SUBJ,
     "body": "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\nDat is precies de middag van onze "
             "ondernemingsraad.\n\n> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Nee, helaas dus.\n\n> Kunt u zelf niet, maar komt een collega in uw plaats?\n\nNee, er komt "
             "niemand anders.\n\nGr. Marjolein"},
    {"id": "d49-rsvp-17", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Ik lig met griep in bed, morgen gaat het niet lukken. Geef mijn stoel maar aan iemand van de "
             "wachtlijst.\n\nErwin" + IPHONE},
    {"id": "d49-rsvp-18", "kind": "rsvp", "attending": True, "thread": R,
     "subject": "Re: " + REMIND_SUBJ,
     "body": "Op 9 mrt. 2027 om 08:30 heeft Netwerk directeuren <info@ambtelijkefusie.nl> het volgende "
             "geschreven:\n\n" + gt(REMIND) + "\n\nTot donderdag, ik rij met de auto. Parkeren lukt wel.\n\nJ."},
    {"id": "d49-rsvp-19", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "FW: " + INVITE_SUBJ,
     "sender": "Bureau directie <directie@werkorganisatie-zaanrand.nl>",
     "body": "Goedemiddag,\n\nNamens dhr. Van Dalen: zie zijn reactie hieronder.\n\nMet vriendelijke groet,\n"
             "Sandra Mol\nBureau directie" + LIJN + "Van: Frank van Dalen\nVerzonden: maandag 22 februari 2027 "
             "17:05\nAan: Bureau directie\nOnderwerp: RE: " + INVITE_SUBJ + "\n\nSandra, antwoord maar dat ik "
             "er graag bij ben. Lunch hoef ik niet.\n\nFrank" + LIJN + "Van: Bureau directie\nVerzonden: maandag "
             "22 februari 2027 09:10\nAan: Frank van Dalen\nOnderwerp: FW: " + INVITE_SUBJ + "\n\nFrank, wil je "
             "hierheen?\n\nSandra" + LIJN + "Van: info@ambtelijkefusie.nl\nOnderwerp: " + INVITE_SUBJ + "\n\n"
             + INVITE},
    {"id": "d49-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "MEMO\n\nAan:      Netwerk van directeuren van ambtelijke fusieorganisaties\nVan:      "
             "directeur bedrijfsvoering a.i.\nDatum:    1 maart 2027\nBetreft:  atelier 11-03-2027\n\n"
             "Ondergetekende zal op genoemde datum niet aanwezig kunnen zijn wegens samenvallende "
             "verplichtingen.\n\nL. Verschuur"},
    {"id": "d49-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "subject": "RE: " + INVITE_SUBJ + " - ik kom, met 1 gast",
     "body": "Met vriendelijke groet,\n\nir. Koen Bakema\nalgemeen directeur | Werkorganisatie De Wolden-"
             "Staphorst Noord\n06 - 12 34 56 78" + DISC_NL_EN},
    {"id": "d49-rsvp-22", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "Ik sluit graag aan in Utrecht.\n\nGroeten,\nMaaike\n\nOp di 2 mrt 2027 om 09:00 schreef Netwerk "
             "directeuren <info@ambtelijkefusie.nl>:\n\n" + INVITE},
    {"id": "d49-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "body": "Dank voor het bericht. Ik neem de plaats van Dirk graag in en kom zonder gast.\n\nMet vriendelijke "
             "groet,\nYvonne Rutten\nloco-directeur" + DISC_PRIVACY},
    {"id": "d49-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn",
     "body": "Helaas, het lukt mij toch niet om namens Dirk te gaan; ik heb die dag een aanbesteding die niet "
             "kan schuiven.\n\nBart Koenen" + ANDROID},
    {"id": "d49-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail",
     "body": "De nieuwe datum komt mij helaas niet uit, ik moet daarom afhaken.\n\nHenriëtte"},
    {"id": "d49-rsvp-26", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "On Tue, Mar 2, 2027, 09:00 Netwerk directeuren <info@ambtelijkefusie.nl> wrote:\n"
             + gt(INVITE) + "\n\nCount me in. Tot dan!\n\nPieter-Jan\n\nSent from my phone"},
    {"id": "d49-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Ik zal er zijn.\n\nMet vriendelijke groet,\n\nmr. drs. E.M. (Evelien) Stoffels-Aydin\nalgemeen "
             "directeur / gemeentesecretaris\nWerkorganisatie Maas en Heuvelland\nBezoekadres: Markt 1, 6301 "
             "AA Valkenrode\nPostadres: Postbus 10, 6300 AA Valkenrode\nT 043 123 45 67 | M 06 87 65 43 21\n"
             "Aanwezig: ma, di, do\nwww.maasenheuvelland.nl | LinkedIn" + DISC_NL_EN},
    {"id": "d49-rsvp-28", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\nja\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n2 personen (ik + mijn "
             "adjunct)\n\n" + gt(SIGN_OUR)},
    {"id": "d49-rsvp-29", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Fwd: atelier",
     "sender": "Tjeerd Hoekstra <t.hoekstra@werkorganisatie-waddenkust.nl>",
     "body": "Alsnog via het goede adres.\n\nTjeerd" + BEGIN_FWD + "Van: Tjeerd Hoekstra <t.hoekstra@"
             "werkorganisatie-waddenkust.nl>\nDatum: 20 februari 2027 om 14:11\nAan: Melanie Huurneman\n"
             "Onderwerp: atelier\n\nDag Melanie,\n\nOp 11 maart kan ik er helaas niet bij zijn, we hebben dan "
             "de jaarlijkse heidag met het college.\n\nGroet,\nTjeerd"},
    {"id": "d49-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Aan: Netwerk directeuren\nCc: secretariaat directie\nDatum: 25-02-2027\nBetreft: RE: "
             "uitnodiging atelier\n\nHierbij bevestig ik mijn komst naar het atelier op 11 maart.\n\nG. Haverkamp"},

    # -- OTHER ----------------------------------------------------------------------------------------------
    {"id": "d49-other-01", "kind": "other", "thread": None,
     "subject": "Vraag deelname netwerk",
     "body": "Aan: secretariaat netwerk directeuren\nVan: R. Jonkman, adjunct-directeur\nDatum: 3 februari "
             "2027\nBetreft: toegang adjunct-directeuren\n\nIs het netwerk ook toegankelijk voor "
             "adjunct-directeuren, of alleen voor de eerste directeur? Ik hoor graag hoe u dat ziet.\n\n"
             "R. Jonkman"},
    {"id": "d49-other-02", "kind": "other", "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "Op di 2 mrt 2027 om 09:00 schreef Netwerk directeuren <info@ambtelijkefusie.nl>:\n"
             + gt(INVITE) + "\n\nKan ik bij het Stadskantoor parkeren of is het beter met de trein te komen?\n\n"
             "Wim"},
    {"id": "d49-other-03", "kind": "other", "thread": None,
     "subject": "Fwd: " + WELCOME_SUBJ,
     "body": "Goedemiddag,\n\nMijn collega-directeur Anouk Terpstra (a.terpstra@werkorganisatie-westerkwartier-"
             "noord.nl) wil ook graag meedoen. Kunnen jullie haar toevoegen?\n\nHenk" + FWD + "From: "
             "info@ambtelijkefusie.nl\nSubject: " + WELCOME_SUBJ + "\n\n" + WELCOME},
    {"id": "d49-other-04", "kind": "other", "thread": None,
     "subject": "Kennismaking: datagedreven sturen voor werkorganisaties",
     "sender": "Rick Smeets <rick@stuurdata-advies.nl>",
     "body": "Aan: Secretariaat Netwerk van directeuren\nVan: Rick Smeets, StuurData Advies B.V.\nDatum: 12 "
             "januari 2027\nBetreft: presentatie op uw atelier\n\nGraag bieden wij aan om op een van uw ateliers "
             "kosteloos een presentatie te verzorgen over dashboards voor ambtelijke fusies. Zullen we een "
             "kort kennismakingsgesprek plannen?\n\nMet vriendelijke groet,\nRick Smeets\nAccountmanager "
             "publieke sector" + DISC_EN},
    {"id": "d49-other-05", "kind": "other", "thread": None,
     "subject": "Interviewverzoek vakblad Gemeentelijk Bestuur",
     "sender": "Noor Verhagen <redactie@gemeentelijkvakblad.nl>",
     "body": "Geacht secretariaat,\n\nVoor een artikel over tien jaar ambtelijke fusies zoek ik twee directeuren "
             "die willen vertellen over hun ervaringen. Kunt u mij in contact brengen met leden van het "
             "netwerk?\n\nMet vriendelijke groet,\nNoor Verhagen\nredacteur" + DISC_NL_EN},
    {"id": "d49-other-06", "kind": "other", "thread": None,
     "subject": "Fwd: Adviesraad",
     "sender": "Carla Meijer <c.meijer@werkorganisatie-altena-west.nl>",
     "body": "Nog even onder de aandacht, ik heb nog niets gehoord.\n\nCarla" + FWD + "From: Carla Meijer "
             "<c.meijer@werkorganisatie-altena-west.nl>\nDate: ma 11 jan 2027\nSubject: Adviesraad\nTo: "
             "info@ambtelijkefusie.nl\n\nGeacht secretariaat,\n\nIk ben al drie jaar lid en zou graag zitting "
             "nemen in de Adviesraad. Hoe verloopt de selectie en wanneer is er een plek vrij?\n\nCarla Meijer"},
    {"id": "d49-other-07", "kind": "other", "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "> Beste directeur,\n\nTwee keer, om precies te zijn: deze uitnodiging kwam twee keer binnen, en de "
             "vorige ook.\n\n> Graag nodigen wij u uit voor het Leer- en inspireer-atelier\n\nKunnen jullie "
             "kijken of ik dubbel in het bestand sta? Over komen of niet beslis ik later.\n\nAstrid"},
    {"id": "d49-other-08", "kind": "other", "thread": None,
     "subject": "Mevrouw Groenewoud",
     "body": "Geacht secretariaat,\n\nMevrouw T. Groenewoud is per 1 februari met pensioen gegaan. Haar "
             "mailbox wordt opgeheven. Wilt u haar uit uw bestand halen?\n\nMet vriendelijke groet,\n"
             "Ans Prins\nafdeling P&O" + DISC_PRIVACY},
    {"id": "d49-other-09", "kind": "other", "thread": None,
     "subject": "Nieuw e-mailadres na fusie",
     "body": "Beste mensen,\n\nNa de samenvoeging van onze werkorganisaties is mijn adres veranderd. Wilt u "
             "voortaan mailen naar b.dekker@werkorganisatie-rivierenland-west.nl in plaats van "
             "b.dekker@gemeente-neerbosch.nl?\n\nDank,\nBernard Dekker" + DISC_NL_EN},
    {"id": "d49-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Ik kom graag. Mag ik mijn portefeuillehouder, wethouder Dijkstra, meenemen of is het atelier "
             "alleen voor ambtenaren?\n\nGr. Sjoerd"},
    {"id": "d49-other-11", "kind": "other", "thread": T,
     "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier",
     "body": "> Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n>\n> U bepaalt gezamenlijk "
             "de gespreksthema's van het volgende atelier.\n\nDe link naar het verslag geeft bij mij een "
             "foutmelding (404). Kunt u het verslag als pdf sturen?\n\nMarco"},
    {"id": "d49-other-12", "kind": "other", "thread": None,
     "subject": "Wat kost het lidmaatschap van het directeurennetwerk en wie betaalt de ateliers?",
     "body": "\n\nGroet,\nMonique Bos\nWerkorganisatie Stichtse Heuvels" + IPHONE},
    {"id": "d49-other-13", "kind": "other", "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-lijn",
     "body": "Wat een inspirerende middag was het. Complimenten aan de organisatie en de sprekers!\n\n"
             "Hartelijke groet,\nJosé"},
    {"id": "d49-other-14", "kind": "other", "thread": T,
     "subject": "RE: Dank voor uw komst",
     "body": "Kunnen de sheets van de inleider ook gedeeld worden? Ik wil ze in ons MT bespreken." + LIJN
             + "Van: Netwerk directeuren\nVerzonden: vrijdag 12 maart 2027 10:00\nOnderwerp: Dank voor uw "
             "komst\n\nHartelijk dank voor uw deelname aan het Leer- en inspireer-atelier. Het verslag staat "
             "klaar.\n\n" + SIGN_OUR},
    {"id": "d49-other-15", "kind": "other", "thread": None,
     "subject": "Research request: survey among directors of shared service organisations",
     "sender": "Dr. Hannah Weiss <h.weiss@uni-bestuurskunde.nl>",
     "body": "Dear secretariat,\n\nI'm a researcher in public administration. Would you be willing to forward a "
             "short survey (10 minutes) to the members of your network?\n\nBest,\nHannah Weiss" + DISC_EN},
    {"id": "d49-other-16", "kind": "other", "thread": None,
     "subject": "Aanmelding nieuwe directeur",
     "sender": "Secretariaat directie <secretariaat@werkorganisatie-krimpenerwaard-oost.nl>",
     "body": "Van: secretariaat directie\nAan: info@ambtelijkefusie.nl\nBetreft: aanmelding\n\nGraag melden "
             "wij onze nieuwe algemeen directeur aan: drs. Olaf Kramer, o.kramer@werkorganisatie-"
             "krimpenerwaard-oost.nl.\n\nMet vriendelijke groet,\nSecretariaat directie"},
    {"id": "d49-other-17", "kind": "other", "thread": W,
     "subject": "Re: " + WELCOME_SUBJ,
     "body": "> Hartelijk welkom! Uw aanmelding is bevestigd\n\nDank!\n\n> Hebt u nu al een onderwerp dat u "
             "graag met collega's wilt bespreken?\n\nNog niet. Wel een vraag: mogen mijn teammanagers ook "
             "aanschuiven bij de ateliers, of is het echt alleen voor directeuren?\n\nEsther"},
    {"id": "d49-other-18", "kind": "other", "thread": None,
     "subject": "Deelnemerslijst",
     "body": "Beste Melanie,\n\nZou je mij de lijst van aangesloten werkorganisaties met contactpersonen kunnen "
             "mailen? Ik wil een paar collega's benaderen over ons inkoopvraagstuk.\n\nGroet,\nRuben"},
    {"id": "d49-other-19", "kind": "other", "thread": None,
     "subject": "Verzoek inzage persoonsgegevens",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u mij te laten weten welke "
             "persoonsgegevens u van mij verwerkt en met welk doel. Mijn lidmaatschap wil ik behouden.\n\n"
             "Hoogachtend,\nmr. P.A. Vos" + DISC_NL_EN},
    {"id": "d49-other-20", "kind": "other", "thread": None,
     "subject": "cc secretariaat",
     "body": "Goedemorgen,\n\nZouden jullie voortaan de uitnodigingen ook in cc naar mijn managementassistent "
             "willen sturen (l.smit@werkorganisatie-hollandsmidden.nl)? Dan kan zij mijn agenda bijhouden.\n\n"
             "Groet,\nDennis van Wijk" + ANDROID},
    {"id": "d49-other-21", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Is het Stadskantoor rolstoeltoegankelijk en is er een ringleiding? Ik wil het graag weten voor "
             "ik mij aanmeld.\n\nIrene" + DISC_PRIVACY},
    {"id": "d49-other-22", "kind": "other", "thread": None,
     "subject": "Gastlocatie volgend atelier",
     "body": "Aan: secretariaat\nVan: directie Werkorganisatie Gooi-Vecht\nBetreft: aanbod locatie\n\nGraag "
             "bieden wij onze nieuwe raadszaal aan als locatie voor een van de volgende ateliers. Laat u weten "
             "of daar belangstelling voor is?\n\nMet vriendelijke groet,\nN. de Graaf"},
    {"id": "d49-other-23", "kind": "other", "thread": None,
     "subject": "FW: vraag van onze griffier",
     "body": "Zie de vraag hieronder van onze griffier; kunnen jullie die beantwoorden?\n\nWillem" + LIJN
             + "Van: Griffie\nVerzonden: dinsdag 9 februari 2027 13:12\nAan: Willem Storm\nOnderwerp: vraag\n\n"
             "Willem, mogen ook raadsleden een atelier bijwonen als toehoorder?\n\nGroet, griffie"},
    {"id": "d49-other-24", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "De agenda-bijlage opent niet in mijn Mac-agenda. Kunt u de afspraak opnieuw sturen als .ics?\n\n"
             "Groet, Theo" + IPHONE},
    {"id": "d49-other-25", "kind": "other", "thread": None,
     "subject": "Offerte catering ateliers 2027",
     "sender": "Catering De Smaak <verkoop@cateringdesmaak.nl>",
     "body": "Geachte heer Van de Laar,\n\nNaar aanleiding van uw ateliers in Utrecht sturen wij u graag een "
             "vrijblijvende offerte voor lunch en borrel.\n\nMet smakelijke groet,\nTeam De Smaak"},

    # -- SUBSCRIBE ------------------------------------------------------------------------------------------
    {"id": "d49-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Lidmaatschap",
     "body": "Aan: Netwerk van directeuren van ambtelijke fusieorganisaties\nVan: M. Schuurman, algemeen "
             "directeur Werkorganisatie Hof van Twente-Noord\nDatum: 8 januari 2027\nBetreft: aanmelding\n\n"
             "Hierbij meld ik mij aan als lid van het netwerk.\n\nM. Schuurman"},
    {"id": "d49-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "Aanmelden netwerk directeuren",
     "body": "Met vriendelijke groet,\n\nJacqueline Veenstra\nalgemeen directeur\nWerkorganisatie "
             "Oldambt-Pekela\nT 0597 48 00 00" + DISC_NL_EN},
    {"id": "d49-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "Fwd: " + WELCOME_SUBJ,
     "body": "Goedemiddag,\n\nVia mijn collega uit Heusden kreeg ik onderstaande mail door. Ik wil zelf ook "
             "graag lid worden van het netwerk.\n\nMet vriendelijke groet,\nArjen Mulder\ndirecteur "
             "Werkorganisatie Maasdonk-Vught" + FWD + "From: Lies Hamers <l.hamers@werkorganisatie-heusden.nl>"
             "\nDate: vr 15 jan 2027\nSubject: Fwd: " + WELCOME_SUBJ + "\nTo: Arjen Mulder\n\nArjen, is dit "
             "niet iets voor jou?\nLies" + FWD + "From: info@ambtelijkefusie.nl\nSubject: " + WELCOME_SUBJ
             + "\n\n" + WELCOME},
    {"id": "d49-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "Joining the network",
     "sender": "Oliver Brandt <o.brandt@werkorganisatie-grensland.nl>",
     "body": "Hello,\n\nI recently started as director of Werkorganisatie Grensland and would like to join your "
             "network of directors.\n\nKind regards,\nOliver Brandt" + DISC_EN},
    {"id": "d49-subscribe-05", "kind": "subscribe", "thread": None,
     "subject": "aanmeldformulier",
     "body": "Naam: Femke de Ruiter\nOrganisatie: Werkorganisatie Voorne aan Zee-Oost\nFunctie: algemeen "
             "directeur\nE-mail: f.deruiter@voorne-oost-wo.nl\nTelefoon: 0181 33 33 33\nOpmerking: graag lid "
             "worden\n\nVerzonden via het contactformulier"},
    {"id": "d49-subscribe-06", "kind": "subscribe", "thread": None,
     "subject": "Re: netwerk directeuren",
     "body": "On Mon, 4 Jan 2027 at 10:12, Gert Zijlstra <g.zijlstra@werkorganisatie-sudwest.nl> wrote:\n"
             "> Hoi Marieke, wij hebben veel aan het netwerk van directeuren van ambtelijke fusies.\n"
             "> Meld je gewoon aan via info@ambtelijkefusie.nl, het is kosteloos.\n\n"
             "Bij deze dan: ik wil me graag aanmelden voor het netwerk.\n\nMarieke Alkema\ndirecteur "
             "Werkorganisatie Waadhoeke-Zuid"},
    {"id": "d49-subscribe-07", "kind": "subscribe", "thread": None,
     "subject": "ateliers",
     "body": "Goedemorgen,\n\nWilt u mij op de hoogte houden van de ateliers en andere activiteiten van het "
             "netwerk? Ik ben sinds kort directeur van de werkorganisatie Berkelland-Noord.\n\nGroet,\n"
             "Ramon Kuipers" + ANDROID},
    {"id": "d49-subscribe-08", "kind": "subscribe", "thread": None,
     "subject": "Opvolging Ten Brink",
     "body": "Geacht secretariaat,\n\nPer 1 maart volg ik Hans ten Brink op als algemeen directeur van de "
             "werkorganisatie Dinkelland-Tubbergen. Ik wil graag zelf lid worden van het netwerk op dit "
             "adres.\n\nMet vriendelijke groet,\nEllen Nijhuis" + DISC_PRIVACY},
    {"id": "d49-subscribe-09", "kind": "subscribe", "thread": None,
     "subject": "Fwd: aanmelding",
     "body": "Deze mail kwam terug van het oude adres van Stan, dus hierbij opnieuw.\n\nPaul" + BEGIN_FWD
             + "Van: Paul Verhoef <p.verhoef@werkorganisatie-bommelerwaard.nl>\nDatum: 5 januari 2027 om "
             "09:44:01 CET\nAan: Stan van de Laar\nOnderwerp: aanmelding\n\nBeste Stan,\n\nZoals besproken op "
             "de regiobijeenkomst: ik meld mij graag aan voor het netwerk van directeuren.\n\nPaul Verhoef"},
    {"id": "d49-subscribe-10", "kind": "subscribe", "thread": None,
     "subject": "Inschrijving",
     "body": "Geachte heer, mevrouw,\n\nGraag schrijf ik mij in als lid van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties.\n\nHoogachtend,\n\ndrs. W.F. Koster\nalgemeen directeur\n"
             "Werkorganisatie Duiven-Westervoort\nT 0316 29 13 91" + DISC_NL_EN},
    {"id": "d49-subscribe-11", "kind": "subscribe", "thread": None,
     "subject": "directeurennetwerk",
     "body": "zet me maar op de lijst van jullie netwerk, hoorde er goede dingen over\n\nbas" + IPHONE},
    {"id": "d49-subscribe-12", "kind": "subscribe", "thread": None,
     "subject": "Membership",
     "body": "To: Network of directors of shared municipal organisations\nFrom: Laura Pieterse, managing "
             "director\nDate: 14 January 2027\nRe: membership request\n\nPlease add me as a member of the "
             "network.\n\nLaura Pieterse\nWerkorganisatie Schouwen-Tholen" + DISC_EN},
    {"id": "d49-subscribe-13", "kind": "subscribe", "thread": None,
     "subject": "Aansluiten bij het netwerk",
     "body": "Beste secretariaat,\n\nOp het VNG-congres sprak ik een paar leden van uw netwerk. Ik sluit me "
             "graag aan.\n\nVriendelijke groet,\nNadia el Amrani\ndirecteur Werkorganisatie Lansingerland-Oost"},
    {"id": "d49-subscribe-14", "kind": "subscribe", "thread": None,
     "subject": "Verzoek lidmaatschap netwerk directeuren ambtelijke fusieorganisaties",
     "body": "Zie onderwerp.\n\nGroet,\nHugo Lammers\nWerkorganisatie Oost Gelre-Winterswijk" + ANDROID},
    {"id": "d49-subscribe-15", "kind": "subscribe", "thread": None,
     "subject": "FW: netwerk",
     "body": "Hierbij mijn aanmelding, zie ook mijn eigen mail hieronder.\n\nKarin" + LIJN + "Van: Karin "
             "Wolters\nVerzonden: woensdag 6 januari 2027 11:20\nAan: Bureau directie\nOnderwerp: netwerk\n\n"
             "Kun je uitzoeken hoe ik lid word van het directeurennetwerk? Ik wil erbij.\n\nKarin"},

    # -- UNSUBSCRIBE ----------------------------------------------------------------------------------------
    {"id": "d49-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Lidmaatschap",
     "body": "Aan: Netwerk directeuren\nVan: J.H. van Beek\nDatum: 2 februari 2027\nBetreft: beëindiging "
             "lidmaatschap\n\nHierbij beëindig ik mijn lidmaatschap van het netwerk.\n\nJ.H. van Beek"},
    {"id": "d49-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven directeurennetwerk",
     "body": "Met vriendelijke groet,\n\nCor Rijnders\nWerkorganisatie Montferland-Zuid" + DISC_NL_EN},
    {"id": "d49-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "Op di 2 mrt 2027 om 09:00 schreef Netwerk directeuren <info@ambtelijkefusie.nl>:\n"
             + gt(INVITE) + "\n\nIk verlaat het openbaar bestuur en wil niet langer lid zijn. Verwijder ook al "
             "mijn gegevens uit uw administratie (art. 17 AVG).\n\nMarleen"},
    {"id": "d49-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "FW: uitschrijving",
     "body": "Ik heb hier nog geen reactie op gehad. Hierbij nogmaals.\n\nS. Bakker" + LIJN + "Van: S. Bakker\n"
             "Verzonden: maandag 11 januari 2027 08:55\nAan: info@ambtelijkefusie.nl\nOnderwerp: uitschrijving"
             "\n\nWilt u mij uitschrijven en mijn persoonsgegevens wissen? Ik beroep mij op mijn recht op "
             "vergetelheid.\n\nS. Bakker" + DISC_PRIVACY},
    {"id": "d49-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Remove me",
     "body": "Please take me off your mailing list and delete all personal data you hold on me, in line with "
             "the GDPR.\n\nRegards,\nMark Jansen" + DISC_EN},
    {"id": "d49-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht",
     "body": "Aan: secretariaat netwerk\nVan: Gerrit Hulshof\nDatum: 10 maart 2027\nBetreft: opvolging\n\n"
             "Per 1 april vertrek ik. Mijn opvolger Ingrid Maas (i.maas@werkorganisatie-sallandse-heuvels.nl) "
             "neemt mijn plek in het netwerk over.\n\nGerrit Hulshof"},
    {"id": "d49-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nIk ga na zeven jaar de werkorganisatie verlaten. Vanaf mei is Thijs "
             "Vermeulen (t.vermeulen@werkorganisatie-brabantse-wal.nl) de directeur; hij neemt mijn "
             "lidmaatschap over en hoort graag van jullie.\n\nDank voor alles,\nAnnemarie" + DISC_NL_EN},
    {"id": "d49-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Handover / overdracht",
     "body": "Hi all,\n\nI'm stepping down as director at the end of this month. My successor, Ruth Kalkman "
             "(r.kalkman@werkorganisatie-peelland.nl), will take over my membership. Dank voor de fijne "
             "jaren!\n\nBest, Tom" + FWD + "From: Tom Akkerman\nDate: 1 Mar 2027\nSubject: afscheid\nTo: MT\n\n"
             "Collega's, zoals jullie weten vertrek ik per 1 april."},
    {"id": "d49-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "Ik kom niet naar het atelier, en eigenlijk wil ik helemaal geen uitnodigingen meer: per juni ga "
             "ik met pensioen. Haalt u mij maar uit het netwerk.\n\nGerard" + OORSPRONKELIJK + "Onderwerp: "
             + INVITE_SUBJ + "\n\n" + INVITE},
    {"id": "d49-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Geen thema's van mijn kant. Ik heb een andere functie gekregen, dus graag uitschrijven uit het "
             "netwerk.\n\nMvg, Rianne"},
    {"id": "d49-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": gt(INVITE.split("Met vriendelijke groet")[0]) + "\n> -- \n> U ontvangt deze e-mail als lid van het "
             "Netwerk van directeuren van ambtelijke fusieorganisaties.\n> Afmelden? Antwoord op deze e-mail "
             "met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n\nafmelden graag, ik heb geen "
             "tijd meer voor het netwerk"},
    {"id": "d49-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": W,
     "subject": "RE: " + WELCOME_SUBJ,
     "body": "Dit was niet de bedoeling; mijn secretariaat heeft mij aangemeld maar ik wil geen lid zijn. Graag "
             "uitschrijven.\n\nK. de Wit" + OORSPRONKELIJK + "Onderwerp: " + WELCOME_SUBJ + "\n\n" + WELCOME},
    {"id": "d49-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "lijst",
     "body": "haal me van de lijst aub\n\nm" + IPHONE},
    {"id": "d49-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "Ik zeg hierbij mijn lidmaatschap van het netwerk op.\n\nMet vriendelijke groet,\nDirk-Jan "
             "Wouters\nWerkorganisatie Midden-Delfland-Noord" + DISC_NL_EN},
    {"id": "d49-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": R,
     "subject": "Re: " + REMIND_SUBJ,
     "body": "Op 9 mrt. 2027 om 08:30 heeft Netwerk directeuren <info@ambtelijkefusie.nl> het volgende "
             "geschreven:\n\n" + gt(REMIND) + "\n\nIk kom niet, nu niet en ook in de toekomst niet: graag van "
             "uw verzendlijst af, ik stop met het netwerk.\n\nVera"},

    # -- SUGGESTION -----------------------------------------------------------------------------------------
    {"id": "d49-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Aan: secretariaat netwerk\nVan: directie Werkorganisatie Kromme Rijn\nDatum: 14 januari 2027\n"
             "Betreft: onderwerp atelier\n\nOnderwerp: hoe borgen we informatieveiligheid bij het digitaliseren "
             "van onze werkprocessen?\n\nA. Wessels"},
    {"id": "d49-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "Re: " + CALL_SUBJ,
     "body": "Op di 12 jan 2027 om 09:00 schreef Netwerk directeuren <info@ambtelijkefusie.nl>:\n" + gt(CALL)
             + "\n\nMijn onderwerp: de verhouding tussen de drie gemeenteraden en de werkorganisatie wanneer "
             "hun ambities uiteenlopen.\n\nHester"},
    {"id": "d49-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "Re: " + CALL_SUBJ,
     "body": "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\n\nNiets, dat doen we al in ons eigen traject.\n\n> - Samenwerking: relatie tussen "
             "deelnemende gemeenten, gezamenlijke opgaven, positie in de regio;\n\nJa: onze positie in de regio "
             "naast de grote centrumgemeente.\n\n> - Organisatie: organisatiestructuur, sturingsconcept, "
             "formatie, digitalisering, werkprocessen, financiën;\n\nNee.\n\nGroet, Sander"},
    {"id": "d49-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": "RE: " + CALL_SUBJ,
     "body": "Graag als onderwerp: hoe meten we de tevredenheid van inwoners over onze balies en het "
             "klantcontactcentrum, en wat doen we met die cijfers?\n\nHenk-Jan" + OORSPRONKELIJK
             + "Onderwerp: " + CALL_SUBJ + "\n\n" + CALL},
    {"id": "d49-suggestion-05", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "subject": "FW: " + CALL_SUBJ,
     "body": "Hieronder wat ik in ons MT schreef; dat wil ik graag inbrengen voor het atelier.\n\nMonique" + LIJN
             + "Van: Monique Harmsen\nVerzonden: woensdag 13 januari 2027 16:02\nAan: MT Werkorganisatie "
             "Land van Cuijk-Zuid\nOnderwerp: FW: " + CALL_SUBJ + "\n\nCollega's, ik wil bij het netwerk "
             "voorstellen om te praten over een langetermijnvisie 2035 op onze werkorganisatie: waar staan we "
             "over tien jaar?\n\nMonique" + LIJN + "Van: info@ambtelijkefusie.nl\nOnderwerp: " + CALL_SUBJ
             + "\n\n" + CALL},
    {"id": "d49-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Topic suggestion: strategic workforce planning. How do we fill vacancies with the labour market "
             "this tight?\n\nRegards,\nEmma de Boer" + DISC_EN},
    {"id": "d49-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Volgende keer graag: de planning & control-cyclus. Hoe sturen jullie financieel op een "
             "werkorganisatie met vier begrotingen?\n\nLeon"},
    {"id": "d49-suggestion-08", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Themasuggestie: bestuurlijke prioriteiten na de raadsverkiezingen - hoe stellen we de "
                "inhoudelijke agenda bij?",
     "body": "Met vriendelijke groet,\n\nRené Hofman\nalgemeen directeur" + DISC_NL_EN},
    {"id": "d49-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Twee onderwerpen:\n1. Een visie voor de lange termijn op onze werkorganisatie.\n2. Innovatie in "
             "de dienstverlening aan ondernemers, bijvoorbeeld één digitaal loket voor vergunningen.\n\n"
             "Jolanda"},
    {"id": "d49-suggestion-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Organisatie hebben we de afgelopen ateliers al vaak gehad, dat hoeft wat mij betreft niet weer. "
             "Ik zou graag de samenwerking met de regio bespreken: hoe positioneren we ons tegenover de "
             "regionale samenwerkingsverbanden?\n\nFrits"},
    {"id": "d49-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "body": "Suggestie: ons sturingsconcept. Van opdrachtgever-opdrachtnemer naar gedeeld eigenaarschap, hoe "
             "richt je de organisatiestructuur daarop in?\n\nE. Timmermans"},
    {"id": "d49-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": "Re: " + CALL_SUBJ,
     "body": "onderwerp: chatbots en digitale assistenten voor inwoners - werkt dat al ergens goed voor de "
             "dienstverlening?\n\nOp di 12 jan 2027 om 09:00 schreef Netwerk directeuren "
             "<info@ambtelijkefusie.nl>:\n\n" + CALL},
    {"id": "d49-suggestion-13", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Mijn voorstellen:\n- de inhoudelijke agenda van de werkorganisatie voor de komende jaren;\n- de "
             "gezamenlijke opgaven van onze gemeenten in de energietransitie.\n\nMet vriendelijke groet,\n"
             "ing. B. Veldhuis\nalgemeen directeur" + DISC_NL_EN},
    {"id": "d49-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "Re: " + CALL_SUBJ,
     "body": "On Tue, Jan 12, 2027 at 9:00 AM Netwerk directeuren <info@ambtelijkefusie.nl> wrote:\n"
             + gt(CALL) + "\n\nI'd suggest: de verbinding tussen de deelnemende gemeenten, hun belangen en "
             "ambities - how do you keep everyone on board?\n\nChris"},
    {"id": "d49-suggestion-15", "kind": "suggestion",
     "themes": ["dienstverlening", "organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Eén per regel, zoals gevraagd:\nI&A: één applicatielandschap voor vier gemeenten\n"
             "de gemeenschappelijke regeling en de relatie met de deelnemende gemeenten\nmonitoring van onze "
             "prestaties richting inwoners\n\nDaan" + IPHONE},

    # -- CONFIRM --------------------------------------------------------------------------------------------
    {"id": "d49-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "body": ""},
    {"id": "d49-confirm-02", "kind": "confirm", "thread": C,
     "subject": "Re: " + CONFIRM_SUBJ,
     "body": "On Wed, 2 Dec 2026 at 10:00, Netwerk directeuren <info@ambtelijkefusie.nl> wrote:\n"
             + gt(CONFIRM) + "\n\nJa, bevestigd. Dat was ik.\n\nLinda"},
    {"id": "d49-confirm-03", "kind": "confirm", "thread": C,
     "subject": "RE: " + CONFIRM_SUBJ,
     "body": "Bevestigd.\n\nMet vriendelijke groet,\nOtto Brink" + OORSPRONKELIJK + "Onderwerp: " + CONFIRM_SUBJ
             + "\n\n" + CONFIRM},
    {"id": "d49-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "body": "Met vriendelijke groet,\n\nMarieke de Vries-Ölçer\nalgemeen directeur\nWerkorganisatie BBR"
             + DISC_NL_EN},
    {"id": "d49-confirm-05", "kind": "confirm", "thread": C,
     "subject": "Re: " + CONFIRM_SUBJ,
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\nJa, "
             "bij deze.\n\n> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026."
             "\n\nGr. Jeroen"},
    {"id": "d49-confirm-06", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail",
     "body": "Excuus voor de late reactie, bij dezen bevestig ik mijn aanmelding.\n\nWouter"},
    {"id": "d49-confirm-07", "kind": "confirm", "thread": C,
     "subject": "FW: " + CONFIRM_SUBJ,
     "body": "Klopt, ik heb het secretariaat gevraagd mij aan te melden. Bevestig hierbij.\n\nRuud" + LIJN
             + "Van: Secretariaat directie\nVerzonden: woensdag 2 december 2026 10:30\nAan: Ruud Meulenbelt\n"
             "Onderwerp: FW: " + CONFIRM_SUBJ + "\n\nRuud, even antwoorden op deze mail, dan ben je lid.\n\n"
             "Anja" + LIJN + "Van: info@ambtelijkefusie.nl\nOnderwerp: " + CONFIRM_SUBJ + "\n\n" + CONFIRM},
    {"id": "d49-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple",
     "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8] - akkoord",
     "body": IPHONE},
    {"id": "d49-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "body": "Confirmed, thank you.\n\nKind regards,\nSarah Lindqvist\nDirector, Werkorganisatie Noordkop"
             + DISC_EN},
    {"id": "d49-confirm-10", "kind": "confirm", "thread": C,
     "subject": "Re: " + CONFIRM_SUBJ,
     "body": "ja\n\nOp wo 2 dec 2026 om 10:00 schreef Netwerk directeuren <info@ambtelijkefusie.nl>:\n\n"
             + CONFIRM},

    # -- AUTOREPLY ------------------------------------------------------------------------------------------
    {"id": "d49-autoreply-01", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: " + INVITE_SUBJ,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben afwezig tot en met 15 maart en heb beperkt toegang tot mijn e-mail. Voor dringende zaken "
             "kunt u contact opnemen met het bureau directie, 0345 47 00 00.\n\nMet vriendelijke groet,\n"
             "Karel Jongbloed" + DISC_NL_EN},
    {"id": "d49-autoreply-02", "kind": "autoreply", "thread": I,
     "subject": "Re: " + INVITE_SUBJ,
     "body": "Dank voor uw bericht. Ik ben met vakantie tot 8 maart. Uw e-mail wordt niet doorgestuurd.\n\n"
             + INVITE},
    {"id": "d49-autoreply-03", "kind": "autoreply", "thread": T,
     "subject": "Afwezig: " + CALL_SUBJ,
     "headers": {"X-Autoreply": "yes"},
     "body": "Van: Bureau Directie (automatisch bericht)\nBetreft: afwezigheid\n\nDe heer De Lange is tot "
             "1 februari met verlof. Uw bericht wordt na zijn terugkeer gelezen. Voor spoed: "
             "directie@werkorganisatie-alblasserwaard-oost.nl."},
    {"id": "d49-autoreply-04", "kind": "autoreply", "thread": I,
     "subject": "Out of Office: " + INVITE_SUBJ,
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "I am out of the office until 10 March with no access to e-mail. For urgent matters please "
             "contact my office manager at office@werkorganisatie-rijnmond-oost.nl.\n\nIk ben afwezig tot "
             "10 maart. Voor dringende zaken kunt u mailen naar office@werkorganisatie-rijnmond-oost.nl."
             + DISC_EN},
    {"id": "d49-autoreply-05", "kind": "autoreply", "thread": I,
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Per 1 januari 2027 zijn de gemeenten Zeewolde-Noord en Dronten-West ambtelijk gefuseerd. Dit "
             "e-mailadres is niet meer in gebruik en wordt niet gelezen. Stuur uw bericht opnieuw naar "
             "info@werkorganisatie-flevopolder.nl." + DISC_PRIVACY},
    {"id": "d49-autoreply-06", "kind": "autoreply", "thread": None,
     "subject": "Ontvangstbevestiging zaaknummer Z-2027-004512",
     "headers": {"Precedence": "bulk"},
     "body": "Geachte afzender,\n\nUw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004512. Wij "
             "streven ernaar uw bericht binnen 10 werkdagen te behandelen. U hoeft niet te reageren op deze "
             "e-mail.\n\nDienstverlening Werkorganisatie Noord-Veluwe\n\nDit is een automatisch gegenereerd "
             "bericht."},
    {"id": "d49-autoreply-07", "kind": "autoreply", "thread": R,
     "subject": "Automatisch antwoord: " + REMIND_SUBJ,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben op cursus en lees mijn mail weer op maandag.\n\nMet vriendelijke groet,\n\nH. Postma\n"
             "Directeur Werkorganisatie Twenterand-West\n\n-----Oorspronkelijk bericht-----\nVan: "
             "info@ambtelijkefusie.nl\nOnderwerp: " + REMIND_SUBJ + "\n\n" + REMIND},
    {"id": "d49-autoreply-08", "kind": "autoreply", "thread": T,
     "subject": "Re: " + CALL_SUBJ,
     "headers": {"Precedence": "auto_reply"},
     "body": "Beste afzender, ik ben afwezig van 11 t/m 22 januari. Uw mail wordt niet automatisch "
             "doorgestuurd; mail bij spoed naar secretariaat@werkorganisatie-dekempen-zuid.nl.\n\nm.vr.gr. "
             "Ria"},
    {"id": "d49-autoreply-09", "kind": "autoreply", "thread": None,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Aan: afzender\nVan: postbus directie\nBetreft: automatische reactie\n\nDeze mailbox wordt "
             "tijdelijk niet gelezen wegens ouderschapsverlof. Vanaf 1 april ben ik weer bereikbaar.\n\n"
             "Sanne"},
    {"id": "d49-autoreply-10", "kind": "autoreply", "thread": C,
     "subject": "Automatische reactie: " + CONFIRM_SUBJ,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben tot en met vrijdag 4 december niet aanwezig. Uw e-mail wordt na mijn terugkomst "
             "behandeld.\n\nThis is an automatic reply: I am out of the office until Friday 4 December." + ANDROID},
]
# fmt: on
