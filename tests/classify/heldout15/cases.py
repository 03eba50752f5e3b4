"""The fifteenth held-out set's cases (issue 17): mail from deep and tangled threads, labelled as the secretariat
should treat it; never used to tune anything.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``. A director who cannot come
but sends a substitute is an RSVP with ``attending`` False; a reply that changes an earlier answer is labelled with
the latest answer. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``; where a chain
holds colleagues' mails or the writer's own earlier mail, those are written into ``body`` below the writer's new
text, and our oldest mail (if any) is added by ``quoted``. A mail mixing an act with a question a person must
answer is ``other``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

OUR = "Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>"
INVITE_SUBJECT = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
CALL_SUBJECT = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CONFIRM_SUBJECT = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"


def van(who: str, when: str, to: str, subject: str, text: str, cc: str = "") -> str:
    """A colleague's (or the writer's own earlier) mail as Outlook (nl) quotes it inside a longer chain."""
    cc_line = f"CC: {cc}\n" if cc else ""
    return f"Van: {who}\nVerzonden: {when}\nAan: {to}\n{cc_line}Onderwerp: {subject}\n\n{text}"


def wrote(who: str, when: str, text: str) -> str:
    """An earlier mail in the chain as Gmail or Apple Mail quote it, with '>' marks."""
    marked = "\n".join(("> " + line) if line else ">" for line in text.splitlines())
    return f"Op {when} schreef {who}:\n\n{marked}"


def sent_en(who: str, when: str, to: str, subject: str, text: str) -> str:
    return f"From: {who}\nSent: {when}\nTo: {to}\nSubject: {subject}\n\n{text}"


IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
DISCLAIMER = (
    "\n\nDe informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet "
    "toegestaan. Werkorganisatie De Waarden aanvaardt geen aansprakelijkheid voor schade door elektronische verzending."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h15-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "RE: RE: " + INVITE_SUBJECT,
     "sender": "Gijs Wolters <g.wolters@werkorganisatie-lingedal.nl>",
     "headers": {"Cc": "Hester Kamphuis <h.kamphuis@werkorganisatie-lingedal.nl>"},
     "body": "Prima Hester, dan ga ik wel.\n\nSecretariaat (in de cc): noteert u mij als deelnemer voor 11 maart? "
             "Hester houdt die middag het MT.\n\nGijs Wolters\nalgemeen directeur Werkorganisatie Lingedal\n\n"
             + van("Hester Kamphuis <h.kamphuis@werkorganisatie-lingedal.nl>", "maandag 22 februari 2027 16:41",
                   "Gijs Wolters <g.wolters@werkorganisatie-lingedal.nl>", "RE: " + INVITE_SUBJECT,
                   "Gijs, ga jij hier naartoe? Ik zit die donderdag al vol met de accountant, maar een van ons "
                   "moet er echt bij zijn dit keer.\n\nH.", cc="info@ambtelijkefusie.nl")},
    {"id": "h15-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "subject": "RE: RE: " + INVITE_SUBJECT,
     "sender": "Ingrid Veldkamp <i.veldkamp@dewaarden.nl>",
     "body": "Correctie op mijn bericht van vanochtend (hieronder): ik had ja gezegd, maar de "
             "raadsinformatieavond is net naar donderdagmiddag 11 maart verplaatst en daar moet ik bij zijn. "
             "Het wordt dus toch een afzegging. Excuses voor het heen en weer.\n\nIngrid Veldkamp" + DISCLAIMER
             + "\n\n" + van("Ingrid Veldkamp <i.veldkamp@dewaarden.nl>", "woensdag 24 februari 2027 08:12",
                            "info@ambtelijkefusie.nl", "RE: " + INVITE_SUBJECT,
                            "Ja, ik kom graag.\n\nIngrid Veldkamp")},
    {"id": "h15-rsvp-03", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: " + INVITE_SUBJECT,
     "sender": "Thijs Ramaker <t.ramaker@bwo-dijkland.nl>",
     "body": "Goedemorgen,\n\nMijn antwoorden staan tussen uw tekst.\n\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld "
             "dan met hoeveel\n\nja, ik kom\n\n"
             "> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam "
             "en e-mailadres.\n\n"
             "We zijn met z'n tweeën: ik en onze strateeg Lotte Brink.\n\n"
             "> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
             "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n"
             "> Graag uw antwoord vóór 2 maart 2027.\n\n"
             "Groet,\nThijs Ramaker\ndirecteur Bedrijfsvoeringsorganisatie Dijkland"},
    {"id": "h15-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Roel Hazeveld <roelhazeveld@wo-kromme-rijn.nl>",
     "body": "U vraagt om \"ja, ik kom\" of \"nee, helaas\" - het is het tweede, want diezelfde avond is de "
             "begrotingsraad en die middag gaat op aan voorbereiding.\n\nroel"},
    {"id": "h15-rsvp-05", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "FW: RE: FW: " + INVITE_SUBJECT,
     "sender": "Bart Hulshof <b.hulshof@werkorganisatie-duinrand.nl>",
     "body": "Goedemiddag,\n\nZie onderstaande: ik kan zelf helaas niet, Marloes Verhagen "
             "(m.verhagen@werkorganisatie-duinrand.nl) gaat in mijn plaats. Zij heeft het al in haar agenda.\n\n"
             "Met vriendelijke groet,\nBart Hulshof\ndirecteur Werkorganisatie Duinrand\n\n"
             + van("Marloes Verhagen <m.verhagen@werkorganisatie-duinrand.nl>", "vrijdag 19 februari 2027 11:03",
                   "Bart Hulshof <b.hulshof@werkorganisatie-duinrand.nl>", "RE: FW: " + INVITE_SUBJECT,
                   "Ja hoor, doe ik graag. Zet jij het door naar het secretariaat?\n\nMarloes")
             + "\n\n"
             + van("Bart Hulshof <b.hulshof@werkorganisatie-duinrand.nl>", "vrijdag 19 februari 2027 09:47",
                   "Marloes Verhagen <m.verhagen@werkorganisatie-duinrand.nl>", "FW: " + INVITE_SUBJECT,
                   "Marloes, kun jij in mijn plaats? Ik zit die dag in Den Haag.\n\nBart")
             + "\n\n"
             + van(OUR, "dinsdag 16 februari 2027 09:00", "Bart Hulshof <b.hulshof@werkorganisatie-duinrand.nl>",
                   INVITE_SUBJECT, "Beste Bart Hulshof,\n\nGraag nodigen wij u uit voor het Leer- en "
                   "inspireer-atelier \"Sturen op samenwerking & eigenheid\" ...")},
    {"id": "h15-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Annelies Koopmans <a.koopmans@gemeentenaaenhunze.nl>",
     "body": "Inmiddels is mijn agenda die middag volgelopen met een crisisoverleg. Haalt u mij maar van de "
             "wachtlijst, dan gaat de plek naar iemand die er echt kan zijn." + IPHONE},
    {"id": "h15-rsvp-07", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "subject": "RE: RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Dennis Oldenkamp <d.oldenkamp@wo-vechtdal.nl>",
     "headers": {"Cc": "Saskia Bleeker <s.bleeker@werkorganisatie-hofland.nl>"},
     "body": "Ja, ik rijd zelf, haal je om één uur op bij station Amersfoort.\n\nVoor de zekerheid aan het "
             "secretariaat: ik ben er donderdag gewoon bij, mogelijk kwartiertje na tweeën.\n\nDennis\n\n"
             + van("Saskia Bleeker <s.bleeker@werkorganisatie-hofland.nl>", "maandag 8 maart 2027 19:20",
                   "Dennis Oldenkamp <d.oldenkamp@wo-vechtdal.nl>",
                   "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
                   "Ga jij nog naar Utrecht donderdag? Zo ja, mag ik meerijden?\n\nGroet Saskia")},
    {"id": "h15-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "subject": "RE: FW: " + INVITE_SUBJECT,
     "sender": "Joyce Achterberg <j.achterberg@servicepunt-zuidwest.nl>",
     "body": "Apologies, this one got buried in a long thread with our HR people. Count me in for the 11th - I'll "
             "be there in person, not on Teams.\n\nBest,\nJoyce Achterberg\nDirector, Servicepunt Zuidwest"
             + OUTLOOK_IOS},
    {"id": "h15-rsvp-09", "kind": "rsvp", "attending": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes", "sender": "Frits Brouwer <f.brouwer@ambtelijkeorganisatie-ijsselvecht.nl>",
     "body": "Ik antwoord maar even op deze oude mail van het vorige atelier, want de nieuwe uitnodiging kan ik "
             "niet meer terugvinden. Voor het atelier in maart: ik schuif aan.\n\nFrits Brouwer"},
    {"id": "h15-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "groupwise", "sender": "Yvonne Timmer <y.timmer@gr-westfriesland-oost.nl>",
     "body": "Dank voor de uitnodiging die ik namens mijn directeur kreeg. Ik moet die middag zelf een "
             "aanbesteding afronden, dus het gaat helaas niet lukken. Mijn directeur weet het.\n\n"
             "Y. Timmer\nloco-directeur"},
    {"id": "h15-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "subject": "RE: RE: AW: " + INVITE_SUBJECT,
     "sender": "Karel Nijhof <k.nijhof@grensstreekgemeenten.nl>",
     "body": "Goedemiddag,\n\nNa wat onderling mailverkeer (onze Duitse partner antwoordde al met 'AW') is het "
             "rond: wij komen met drie personen. Ikzelf, onze controller Petra Lamers en Ahmed Bouzid, manager "
             "Publiekszaken.\n\nMet vriendelijke groet,\nK. Nijhof\ndirecteur Grensstreekgemeenten"},
    {"id": "h15-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "joost smeets <j.smeets@bedrijfsvoering-maasduinen.nl>",
     "body": "ja hoor ik ben erbij. zie wat ik jolanda al schreef hieronder\n\n"
             + van("joost smeets <j.smeets@bedrijfsvoering-maasduinen.nl>", "donderdag 25 februari 2027 07:58",
                   "Jolanda Peeters <j.peeters@bedrijfsvoering-maasduinen.nl>", "RE: " + INVITE_SUBJECT,
                   "ik ga wel, jij hebt die dag de ondernemingsraad. zal het secretariaat even laten weten.\n\nj")},
    {"id": "h15-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "RE: RE: " + INVITE_SUBJECT,
     "sender": "Maarten de Graaf <m.degraaf@werkorganisatie-bommelwaard.nl>",
     "body": "Beste secretariaat,\n\nMijn afzegging van vorige week (hieronder) kan de prullenbak in: de "
             "raadsvergadering is naar april geschoven, dus op de 11e ben ik er wél.\n\nGroet,\nMaarten de Graaf"
             "\n\n" + van("Maarten de Graaf <m.degraaf@werkorganisatie-bommelwaard.nl>",
                         "dinsdag 23 februari 2027 17:30", "info@ambtelijkefusie.nl", "RE: " + INVITE_SUBJECT,
                         "Helaas, ik kan niet: raadsvergadering.\n\nMaarten de Graaf")},
    {"id": "h15-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Sandra Wijnberg <s.wijnberg@dvo-heuvelland.nl>",
     "body": "Goedemiddag,\n\nDoor de verschuiving naar 18 maart lukt het mij niet meer: dan zit ik de hele dag "
             "bij de regionale regiegroep. Wilt u mij van de deelnemerslijst schrappen?\n\nMet vriendelijke "
             "groet,\nSandra Wijnberg"},
    {"id": "h15-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "subject": "RE: FW: " + INVITE_SUBJECT,
     "sender": "mr. drs. H.J. van Oostveen <hj.vanoostveen@werkorganisatie-westervoort.nl>",
     "body": "Geacht secretariaat,\n\nIn antwoord op uw uitnodiging, die mij via ons bestuurssecretariaat "
             "bereikte, bericht ik u dat ik aan het atelier van 11 maart aanstaande zal deelnemen.\n\n"
             "Hoogachtend,\n\nmr. drs. H.J. van Oostveen\nalgemeen directeur"},
    {"id": "h15-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Lisa Hoogendoorn <l.hoogendoorn@odijkmeer.nl>",
     "headers": {"Cc": "Sanne Oosterhuis <s.oosterhuis@odijkmeer.nl>"},
     "body": "Hi all,\n\nFollowing Sanne's note below: I won't be able to make it myself, so Sanne Oosterhuis "
             "(s.oosterhuis@odijkmeer.nl, in cc) will attend in my place.\n\nKind regards,\nLisa\n\n"
             + wrote("Sanne Oosterhuis <s.oosterhuis@odijkmeer.nl>", "wo 24 feb 2027 om 14:10",
                     "Lisa, if you can't go I'm happy to take your seat. Just let them know.\n\nSanne")},
    {"id": "h15-rsvp-17", "kind": "rsvp", "attending": False, "thread": R,
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Wim Scheepstra <w.scheepstra@wo-eemsmond-noord.nl>",
     "body": "> Beste Wim Scheepstra,\n>\n> Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking "
             "& eigenheid\". Fijn dat u erbij bent!\n\nDat was het plan ja.\n\n"
             "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij "
             "uw plaats aan\n> iemand op de wachtlijst.\n\nKlopt dus: helaas, ik kan niet. Sinds maandag ziek "
             "thuis en dat gaat donderdag niet over zijn.\n\nGroet, Wim" + SAMSUNG},
    {"id": "h15-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "ongemarkeerd", "subject": "RE: RE: U staat op de wachtlijst voor het atelier van 11 maart 2027",
     "sender": "Mehmet Yilmaz <m.yilmaz@werkorganisatie-zaanoever.nl>",
     "body": "Even voor de volledigheid, want in deze draad zit nu ook mijn eerdere 'laat maar' van vorige "
             "maand: ik wil nog steeds graag komen en blijf dus gewoon op de wachtlijst staan. Die afzegging "
             "trek ik in.\n\nMehmet Yilmaz"},
    # -- Suggestion -----------------------------------------------------------------------------------------
    {"id": "h15-suggestion-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "subject": "RE: RE: RE: " + CALL_SUBJECT,
     "sender": "Eveline Stam <e.stam@werkorganisatie-rijnstreek.nl>",
     "headers": {"Cc": "Koen Dekkers <k.dekkers@wo-oudewater-montfoort.nl>, Ria Mol <r.mol@bvo-lopikerwaard.nl>"},
     "body": "Secretariaat,\n\nNamens ons drieën (zie het overleg hieronder) één onderwerp: hoe krijg je de "
             "wachttijden aan de telefoon en de balie omlaag als inwoners van drie gemeenten bij één "
             "klantcontactcentrum uitkomen?\n\nEveline Stam\n\n"
             + van("Koen Dekkers <k.dekkers@wo-oudewater-montfoort.nl>", "maandag 11 januari 2027 10:15",
                   "Ria Mol <r.mol@bvo-lopikerwaard.nl>; Eveline Stam <e.stam@werkorganisatie-rijnstreek.nl>",
                   "RE: RE: " + CALL_SUBJECT, "Eens met Ria. Eveline, stuur jij het in?\n\nKoen")
             + "\n\n"
             + van("Ria Mol <r.mol@bvo-lopikerwaard.nl>", "vrijdag 8 januari 2027 16:02",
                   "Koen Dekkers <k.dekkers@wo-oudewater-montfoort.nl>; Eveline Stam "
                   "<e.stam@werkorganisatie-rijnstreek.nl>", "RE: " + CALL_SUBJECT,
                   "Zullen we iets met het KCC inbrengen? Bij ons allemaal hetzelfde probleem.\n\nRia")},
    {"id": "h15-suggestion-02", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Paul Teunissen <p.teunissen@werkorganisatie-berkelland-oost.nl>",
     "body": "Beste mensen,\n\nTwee onderwerpen, zoals gevraagd één per regel:\n"
             "1. de overstap naar een nieuw zaaksysteem en wat dat vraagt van formatie en werkprocessen\n"
             "2. prestaties van het KCC meten en die zichtbaar maken voor inwoners en raden\n\n"
             "Met vriendelijke groet,\nPaul Teunissen\ndirecteur\n06 - 22 81 45 09"},
    {"id": "h15-suggestion-03", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Anouk Brinkman <anouk.brinkman@wo-zeeuwsehoek.nl>",
     "body": "Samenwerking tussen de gemeenten hoeft wat mij betreft niet weer op de agenda, dat hebben we de "
             "afgelopen drie ateliers gehad. Wél graag: hoe ontwikkel je een langetermijnvisie voor de "
             "werkorganisatie zelf, met een horizon van tien jaar en niet van één raadsperiode?\n\nAnouk"},
    {"id": "h15-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "subject": "RE: RE: " + CALL_SUBJECT,
     "sender": "Hans Vrieling <h.vrieling@werkorganisatie-veenkolonien.nl>",
     "body": "Goedemorgen,\n\nCorrectie op mijn mail van gisteren: het eerste onderwerp (de krappe arbeidsmarkt) "
             "trek ik in, dat bespreken we al in de VNG-kring. Blijft over en graag geteld: de positie van onze "
             "werkorganisatie in de regio, nu de buurgemeenten met veiligheidsregio en GGD één front vormen.\n\n"
             "Hans Vrieling\n\n"
             + van("Hans Vrieling <h.vrieling@werkorganisatie-veenkolonien.nl>", "dinsdag 12 januari 2027 22:41",
                   "info@ambtelijkefusie.nl", "RE: " + CALL_SUBJECT,
                   "Mijn onderwerpen:\n- de krappe arbeidsmarkt en hoe wij onze formatie gevuld houden\n"
                   "- positie in de regio\n\nHans")},
    {"id": "h15-suggestion-05", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "subject": "RE: " + CALL_SUBJECT, "sender": "Nicole Verschuren <n.verschuren@bwo-kempenland.nl>",
     "body": "Mijn antwoorden staan onder de thema's waar ze bij horen.\n\n"
             "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? "
             "Denk aan:\n"
             "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\n\nJa: wat doe je als een nieuw coalitieakkoord haaks staat op de meerjarenkoers "
             "die de werkorganisatie net heeft vastgesteld?\n\n"
             "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
             "positie in de regio;\n"
             "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
             "werkprocessen, financiën, I&A;\n"
             "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, "
             "monitoring van prestaties.\n\nEn hier: een spraakassistent of chatbot aan de telefoon voor "
             "inwoners, wie heeft er al ervaring mee?\n\nNicole"},
    {"id": "h15-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple", "sender": "Gert-Jan Pol <gj.pol@wo-lingewaal-oost.nl>",
     "body": "Nog naar aanleiding van de middag in Utrecht (ik zag deze mail pas nu terug): volgende keer graag "
             "over de verhouding met vier verschillende gemeenteraden. Hoe voorkom je dat de kleinste gemeente "
             "zich steeds de mindere partner voelt?\n\nGert-Jan" + IPHONE},
    {"id": "h15-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Marianne Bosman <m.bosman@dewolden-hoogeveen.nl>",
     "body": "Onze drie gemeenten willen samen één warmtetransitie-aanpak. Elke gemeente heeft echter een eigen "
             "wethouder, eigen tempo en eigen wijken die voorgaan. Hoe pak je zo'n gezamenlijke opgave aan "
             "zonder dat één gemeente de rest op sleeptouw neemt? Dat zou ik graag met collega's bespreken.\n\n"
             "M. Bosman"},
    {"id": "h15-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "subject": "RE: FW: " + CALL_SUBJECT,
     "sender": "Derek Jansen <d.jansen@werkorganisatie-amstelland-zuid.nl>",
     "body": "Hello,\n\nForwarded to me by our MT secretary - my topic suggestion: hybrid working and the office "
             "footprint. We're cutting our floor space in half. How are others redesigning teams and management "
             "layers around that?\n\nCheers,\nDerek"},
    {"id": "h15-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "FW: idee voor atelier / RE: " + CALL_SUBJECT,
     "sender": "Jeroen Lammers <j.lammers@werkorganisatie-baarn-soest.nl>",
     "body": "Goedemiddag,\n\nHieronder een idee van onze concerncontroller dat ik graag als mijn onderwerp "
             "inbreng.\n\nJeroen Lammers\ndirecteur\n\n"
             + van("Fleur Dijkman <f.dijkman@werkorganisatie-baarn-soest.nl>", "woensdag 13 januari 2027 09:02",
                   "Jeroen Lammers <j.lammers@werkorganisatie-baarn-soest.nl>", "idee voor atelier",
                   "Jeroen, voor die oproep van het netwerk: hoe richt je de planning & control-cyclus en de "
                   "financiële rapportages van een werkorganisatie slimmer in? Wij maken nu vier keer hetzelfde "
                   "rapport in een ander jasje.\n\nFleur")
             + "\n\n"
             + van(OUR, "dinsdag 5 januari 2027 09:00", "Jeroen Lammers <j.lammers@werkorganisatie-baarn-soest.nl>",
                   CALL_SUBJECT, "Beste Jeroen Lammers,\n\nOp donderdag 11 maart 2027 organiseren wij het "
                   "volgende Leer- en inspireer-atelier ...")},
    {"id": "h15-suggestion-10", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Tineke Zwart <t.zwart@wo-westerkwartier.nl>",
     "body": "Beste secretariaat,\n\n1) Toekomstvisie: waar staat onze ambtelijke fusie in 2035, en welke "
             "koers zetten we daarvoor nu uit?\n2) De rol van onze werkorganisatie in de regionale woondeal met "
             "de buurgemeenten en de provincie.\n\nHartelijke groet,\nTineke Zwart\n"
             "algemeen directeur Werkorganisatie Westerkwartier"},
    {"id": "h15-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "gmail", "sender": "Rob Hermsen <r.hermsen@bvo-rivierenland-west.nl>",
     "body": "Jullie vragen \"Wilt u nog iets toevoegen?\" - ja, nog eentje: hoe meet je de tevredenheid van "
             "ondernemers over de vergunningverlening, en wat doe je met die cijfers?\n\nRob"},
    {"id": "h15-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "s.kuipers <s.kuipers@wo-hollandsmidden.nl>",
     "body": "onderwerp: informatiebeveiliging en de bio-eisen voor onze i&a, we lopen achter\n\nsk"},
    {"id": "h15-suggestion-13", "kind": "suggestion", "themes": ["strategie"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn", "subject": "RE: " + INVITE_SUBJECT,
     "sender": "Erik Voskuilen <e.voskuilen@werkorganisatie-voorne.nl>",
     "body": "Ik reageer op deze oude uitnodiging omdat ik uw oproep voor thema's niet meer kan vinden. Mijn "
             "onderwerp voor het volgende atelier: hoe vertaal je bestuurlijke prioriteiten naar een "
             "inhoudelijke agenda voor de werkorganisatie voor de lange termijn?\n\nMet vriendelijke groet,\n"
             "Erik Voskuilen"},
    {"id": "h15-suggestion-14", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "subject": "RE: RE: " + CALL_SUBJECT,
     "sender": "Femke Hartog <f.hartog@wo-goeree-flakkee.nl>",
     "body": "Hi, two topics (sorry for mixing languages, our team works in English since the new hires):\n"
             "- positie in de regio: how does a werkorganisatie hold its own now the province pushes regional "
             "cooperation on housing?\n"
             "- strategic workforce planning: how do we keep our formatie filled with young talent?\n\nFemke"},
    {"id": "h15-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "subject": "RE: RE: Dank voor uw komst",
     "sender": "Ilse Mulder <i.mulder@wo-krimpenerwaard-noord.nl>",
     "body": "Beste Stan en Melanie,\n\nWij hebben een klantreisonderzoek gedaan naar de aanvraag van "
             "bijzondere bijstand: van het eerste contact tot de beschikking op de mat. Dat wil ik volgende keer "
             "graag delen, en horen hoe anderen de klantreis gebruiken om hun dienstverlening te verbeteren.\n\n"
             "Groet,\nIlse Mulder"},
    {"id": "h15-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "subject": "RE: RE: RE: " + CALL_SUBJECT,
     "sender": "Arjen Boersma <a.boersma@wo-achtkarspelen.nl>",
     "headers": {"Cc": "Geeske Dijkstra <g.dijkstra@wo-tytsjerksteradiel.nl>"},
     "body": "Geeske, ik doe het gewoon namens ons tweeën, info@ staat erbij.\n\nSecretariaat: onze suggestie is "
             "het sturingsconcept. Van lijnsturing naar opgavegericht werken, en wat dat doet met de rol van "
             "teamleiders.\n\nArjen\n\n"
             + van("Geeske Dijkstra <g.dijkstra@wo-tytsjerksteradiel.nl>", "donderdag 14 januari 2027 13:30",
                   "Arjen Boersma <a.boersma@wo-achtkarspelen.nl>", "RE: RE: " + CALL_SUBJECT,
                   "Prima, maar wie stuurt het in? Ik heb het druk met de kadernota.\n\nGeeske")},
    {"id": "h15-suggestion-17", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd", "subject": "RE: FW: FW: " + CALL_SUBJECT,
     "sender": "Cor Wagemakers <c.wagemakers@werkorganisatie-deurne-asten.nl>",
     "body": "Anja, dank voor het doorsturen. Secretariaat, mijn twee onderwerpen uit het MT van gisteren:\n\n"
             "- scenario's voor de toekomst: herindeling, verder als ambtelijke fusie of iets daartussen\n"
             "- een dashboard dat de prestaties van onze dienstverlening per gemeente laat zien\n\nCor"},
    {"id": "h15-suggestion-18", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "B. Okkema <b.okkema@wo-oldambt-pekela.nl>",
     "body": "Voor het atelier: de verhouding tussen de werkorganisatie en de kleinste van onze gemeenten, die "
             "zich steeds vaker niet gehoord voelt in het gezamenlijke bestuur.\n\nB. Okkema"},
    # -- Subscribe ------------------------------------------------------------------------------------------
    {"id": "h15-subscribe-01", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "subject": "FW: FW: " + INVITE_SUBJECT,
     "sender": "Loes Verbruggen <l.verbruggen@werkorganisatie-cranendonck.nl>",
     "body": "Goedemiddag,\n\nVia een collega-directeur uit de regio kreeg ik onderstaande uitnodiging "
             "doorgestuurd. Ik ben zelf nog geen lid van het netwerk, maar zou dat graag worden. Kunt u mij "
             "inschrijven?\n\nMet vriendelijke groet,\nLoes Verbruggen\ndirecteur Werkorganisatie Cranendonck"},
    {"id": "h15-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "RE: RE: netwerk ambtelijke fusies?",
     "sender": "Emma Ridder <e.ridder@werkorganisatie-vechtstreek-zuid.nl>",
     "headers": {"Cc": "Kees Post <k.post@wo-stichtse-vecht-west.nl>"},
     "body": "Bij deze, zoals Kees hieronder voorstelt: graag wil ik mij aanmelden als lid van het netwerk.\n\n"
             "Emma Ridder\ndirecteur Werkorganisatie Vechtstreek-Zuid\n\n"
             + van("Kees Post <k.post@wo-stichtse-vecht-west.nl>", "dinsdag 2 februari 2027 12:14",
                   "Emma Ridder <e.ridder@werkorganisatie-vechtstreek-zuid.nl>", "RE: netwerk ambtelijke fusies?",
                   "Zeker de moeite waard. Stuur een mailtje naar info@ambtelijkefusie.nl, ik zet ze vast in de cc."
                   "\n\nKees", cc="info@ambtelijkefusie.nl")
             + "\n\n"
             + van("Emma Ridder <e.ridder@werkorganisatie-vechtstreek-zuid.nl>", "dinsdag 2 februari 2027 11:50",
                   "Kees Post <k.post@wo-stichtse-vecht-west.nl>", "netwerk ambtelijke fusies?",
                   "Kees, jij zit toch in dat netwerk van directeuren? Is dat wat voor mij?\n\nEmma")},
    {"id": "h15-subscribe-03", "kind": "subscribe", "thread": None, "subject": "FW: Network of directors",
     "sender": "Oliver Kramer <o.kramer@shared-services-hollandsekust.nl>",
     "body": "Dear secretariat,\n\nA colleague forwarded me the thread below. I started last month as director "
             "of Shared Services Hollandse Kust and would like to join the network. Could you add me?\n\n"
             "Thanks,\nOliver Kramer\n\n"
             + sent_en("Tamara Geels <t.geels@shared-services-hollandsekust.nl>", "Monday, February 8, 2027 3:12 PM",
                       "Oliver Kramer <o.kramer@shared-services-hollandsekust.nl>", "Network of directors",
                       "Oliver, your predecessor was a member of this network, see ambtelijkefusie.nl. "
                       "Worth joining.\n\nTamara")},
    {"id": "h15-subscribe-04", "kind": "subscribe", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Rachid Amrani <r.amrani@bvo-maasoever.nl>",
     "body": "Dank voor het welkom. Wilt u ook mijn nieuwe collega-directeur Fatima el Hadji aanmelden? Haar "
             "adres is f.elhadji@bvo-maasoever.nl; zij wil graag lid worden en weet dat er een bevestigingsmail "
             "komt.\n\nRachid Amrani"},
    {"id": "h15-subscribe-05", "kind": "subscribe", "thread": None, "subject": "FW: aanmeldformulier netwerk",
     "sender": "Wouter Siebelink <w.siebelink@wo-oost-achterhoek.nl>",
     "body": "Het formulier op de site gaf een foutmelding, daarom zo:\n\nNaam: Wouter Siebelink\n"
             "Organisatie: Werkorganisatie Oost-Achterhoek\nFunctie: algemeen directeur\n"
             "E-mail: w.siebelink@wo-oost-achterhoek.nl\nVerzoek: aanmelden als lid\n\n"
             "Hieronder de foutmelding die ik kreeg, voor jullie webbouwer.\n\n"
             "-----Oorspronkelijk bericht-----\nVan: noreply@ambtelijkefusie.nl\nOnderwerp: Fout\n\n"
             "Er ging iets mis. Probeer het later opnieuw."},
    {"id": "h15-subscribe-06", "kind": "subscribe", "thread": W, "quoted": "welkom", "quote": "notes",
     "subject": "Fw: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Jasper Kloosterman <j.kloosterman@wo-midden-groningen-noord.nl>",
     "body": "Goedendag,\n\nDit welkomstbericht vond ik in de mailbox van mijn voorganger, die met pensioen is. "
             "Ik heb zijn functie per 1 februari overgenomen en wil mij graag zelf aanmelden voor het netwerk, "
             "met dit adres.\n\nJasper Kloosterman\ndirecteur"},
    {"id": "h15-subscribe-07", "kind": "subscribe", "thread": None,
     "subject": "Fwd: Fwd: Uitnodiging Leer- en inspireer-atelier",
     "sender": "nadia <n.benali@werkorganisatie-kaag-braassem.nl>",
     "body": "graag ook op de lijst. ik was er in oktober als gast van ellen bij en wil voortaan zelf de "
             "uitnodigingen krijgen\n\nnadia benali, directeur\n\n---------- Forwarded message ---------\n"
             "Van: Ellen Rijpma <e.rijpma@wo-leidse-regio.nl>\nDate: vr 16 okt 2026 om 09:12\n"
             "Subject: Fwd: Uitnodiging Leer- en inspireer-atelier\nTo: nadia <n.benali@werkorganisatie-kaag-"
             "braassem.nl>\n\nKom je mee als mijn gast? Zie hieronder.\n\nEllen"},
    {"id": "h15-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Verzoek tot inschrijving",
     "sender": "drs. A.F.M. (Antoon) Hendrikx <a.hendrikx@werkorganisatie-land-van-cuijk-noord.nl>",
     "body": "Geacht secretariaat,\n\nNaar aanleiding van een gesprek met de voorzitter van uw Adviesraad, "
             "waarvan hieronder de nagezonden aantekeningen, verzoek ik u mij als lid van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties in te schrijven.\n\nHoogachtend,\n\n"
             "drs. A.F.M. Hendrikx\nalgemeen directeur\n\n"
             + van("Secretariaat Directie <directie@werkorganisatie-land-van-cuijk-noord.nl>",
                   "vrijdag 29 januari 2027 15:00",
                   "A.F.M. Hendrikx <a.hendrikx@werkorganisatie-land-van-cuijk-noord.nl>",
                   "aantekeningen gesprek netwerk", "Netwerk kosteloos, twee ateliers per jaar, aanmelden via "
                   "info@ambtelijkefusie.nl.")},
    {"id": "h15-subscribe-09", "kind": "subscribe", "thread": None,
     "subject": "RE: aanmelding netwerk", "sender": "Chantal Meijering <c.meijering@wo-hoeksche-waard-oost.nl>",
     "body": "Excuus, in mijn vorige mail (hieronder) zat een tikfout in mijn adres. Ik stuur hem daarom "
             "nogmaals vanaf het juiste adres: graag aanmelden als lid, op c.meijering@wo-hoeksche-waard-oost.nl."
             "\n\nChantal Meijering\n\n"
             + van("Chantal Meijering <c.meijering@wo-hoeksche-waard-oost.nl>", "maandag 1 februari 2027 08:30",
                   "info@ambtelijkefusie.nl", "aanmelding netwerk",
                   "Goedemorgen, ik wil graag lid worden. Mijn adres: c.meijring@wo-hoeksche-waard-oost.nl.\n\n"
                   "Chantal Meijering")},
    {"id": "h15-subscribe-10", "kind": "subscribe", "thread": None,
     "subject": "RE: RE: FW: AW: Erfahrungsaustausch / netwerk directeuren",
     "sender": "Michiel Roelofs <m.roelofs@grenswerk-dinkelland.nl>",
     "body": "Goedemorgen,\n\nOnze Duitse collega's (zie de draad hieronder) hebben mij gewezen op uw netwerk. Ik "
             "sluit me er graag bij aan als directeur van Grenswerk Dinkelland.\n\nMichiel Roelofs\n\n"
             + van("Heike Schulte <h.schulte@kreis-grafschaft.de>", "Mittwoch, 3. Februar 2027 10:22",
                   "Michiel Roelofs <m.roelofs@grenswerk-dinkelland.nl>",
                   "AW: Erfahrungsaustausch / netwerk directeuren",
                   "Lieber Michiel, die niederländischen Kollegen haben ein Netzwerk, info@ambtelijkefusie.nl. "
                   "Viele Grüße, Heike")},
    {"id": "h15-subscribe-11", "kind": "subscribe", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "subject": "RE: FW: " + CALL_SUBJECT, "sender": "Priya Ramdin <p.ramdin@servicecentrum-delfland.nl>",
     "body": "Hi,\n\nOur deputy forwarded your call for themes to me. I'm not on your list myself, but I am a "
             "director too (Servicecentrum Delfland) - could you please sign me up as a member? Happy to send "
             "topics once I'm in.\n\nPriya Ramdin"},
    {"id": "h15-subscribe-12", "kind": "subscribe", "thread": None, "subject": "ateliers",
     "sender": "Harold Eekhof <h.eekhof@wo-zuidwest-drenthe.nl>",
     "body": "Goedemiddag,\n\nHoud mij voortaan op de hoogte van de ateliers en de andere activiteiten van het "
             "netwerk. Ik ben sinds kort directeur van de Werkorganisatie Zuidwest-Drenthe.\n\nGroet,\n"
             "Harold Eekhof" + SAMSUNG},
    {"id": "h15-subscribe-13", "kind": "subscribe", "thread": None, "subject": "Aanmelding collega voor netwerk",
     "sender": "Marja Tuinstra <m.tuinstra@werkorganisatie-smallingerland.nl>",
     "headers": {"Cc": "Joost Tamminga <j.tamminga@werkorganisatie-opsterland.nl>"},
     "body": "Beste secretariaat,\n\nHierbij meld ik mijn collega Joost Tamminga aan als lid: "
             "j.tamminga@werkorganisatie-opsterland.nl. Hij staat in de cc en weet ervan.\n\nMarja Tuinstra"},
    {"id": "h15-subscribe-14", "kind": "subscribe", "thread": None, "subject": "Re: Re: lidmaatschap",
     "sender": "Bram Doornbos <b.doornbos@wo-veluwezoom.nl>",
     "body": "Dan doe ik dat bij dezen: graag aanmelden.\n\nBram\n\n"
             + wrote("Stan van de Laar <s.vandelaar@seinstravandelaar.nl>", "ma 1 feb 2027 om 16:40",
                     "Beste Bram,\n\nLeuk je gesproken te hebben op het congres. Lid worden kan door een mail "
                     "te sturen naar info@ambtelijkefusie.nl.\n\nStan\n\n"
                     + wrote("Bram Doornbos <b.doornbos@wo-veluwezoom.nl>", "ma 1 feb 2027 om 11:05",
                             "Stan, hoe word ik lid van jullie netwerk?"))},
    # -- Unsubscribe ----------------------------------------------------------------------------------------
    {"id": "h15-unsubscribe-01", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "subject": "RE: RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Gerard Blom <g.blom@werkorganisatie-ommen-hardenberg.nl>",
     "body": "Geacht secretariaat,\n\nIk zie dat u mij nog steeds mailt (hieronder uw herinnering, en daaronder "
             "de uitnodiging van vorige maand). Ik ben sinds 1 januari met pensioen. Wilt u mij uit het bestand "
             "halen en al mijn persoonsgegevens verwijderen, zoals de AVG mij toestaat?\n\nMet vriendelijke "
             "groet,\nG. Blom\n\n"
             + van(OUR, "dinsdag 16 februari 2027 09:00",
                   "Gerard Blom <g.blom@werkorganisatie-ommen-hardenberg.nl>", INVITE_SUBJECT,
                   "Beste Gerard Blom,\n\nGraag nodigen wij u uit voor het Leer- en inspireer-atelier ...")},
    {"id": "h15-unsubscribe-02", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Hannah de Wit <h.dewit@wo-westland-noord.nl>",
     "headers": {"Cc": "Tom Vos <t.vos@wo-westland-noord.nl>"},
     "body": "Tom, no topics from me - I'm leaving at the end of the month.\n\nTo the secretariat: please "
             "unsubscribe me and delete all personal data you hold on me (GDPR art. 17). Tom will decide himself "
             "whether he wants to join.\n\nHannah" + IPHONE},
    {"id": "h15-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": I,
     "subject": "RE: " + INVITE_SUBJECT, "sender": "Leo Vermeulen <l.vermeulen@wo-schouwen-tholen.nl>",
     "body": "> Graag uw antwoord vóór 2 maart 2027.\n\nGeen antwoord op het atelier, maar op dit:\n\n"
             "> --\n> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar "
             "info@ambtelijkefusie.nl.\n\nafmelden. En wis mijn gegevens volgens de AVG graag ook.\n\nL. Vermeulen"},
    {"id": "h15-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "subject": "RE: RE: " + INVITE_SUBJECT,
     "sender": "Jan-Willem Kuiper <jw.kuiper@wo-heuvelrug-oost.nl>",
     "headers": {"Cc": "Wendy Bakker <w.bakker@wo-heuvelrug-oost.nl>"},
     "body": "Beste secretariaat,\n\nZoals Wendy hieronder al aankondigt: per 1 april draag ik het stokje over "
             "aan haar. Wendy Bakker (w.bakker@wo-heuvelrug-oost.nl) neemt mijn plaats in het netwerk in; mij "
             "mag u afmelden.\n\nJan-Willem Kuiper\n\n"
             + van("Wendy Bakker <w.bakker@wo-heuvelrug-oost.nl>", "woensdag 17 februari 2027 14:05",
                   "Jan-Willem Kuiper <jw.kuiper@wo-heuvelrug-oost.nl>", "RE: " + INVITE_SUBJECT,
                   "Jan-Willem, dit is er ook zo een die ik van je overneem denk ik? Laat je het ze weten?\n\n"
                   "Wendy")},
    {"id": "h15-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Dirk-Jan Koster <dj.koster@werkorganisatie-ameland-schiermonnikoog.nl>",
     "body": "Ik kom niet naar het atelier, en eigenlijk wil ik ook helemaal geen lid meer zijn: onze "
             "werkorganisatie wordt per 1 januari opgeheven. Beide dus graag: afzeggen en uitschrijven.\n\n"
             "Dirk-Jan"},
    {"id": "h15-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Carla Hofman <c.hofman@wo-nijkerk-barneveld.nl>",
     "body": "Jullie schrijven helemaal onderaan 'Antwoord op deze e-mail met afmelden'. Dat doe ik dus: "
             "afmelden.\n\nCarla Hofman"},
    {"id": "h15-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Stefan Wouters <s.wouters@gemeente-peelenmaas-noord.nl>",
     "body": "Deze aanmelding komt niet van mij, ik heb niets aangevraagd.\n\nS. Wouters"},
    {"id": "h15-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "subject": "RE: RE: " + CALL_SUBJECT,
     "sender": "Marcel Goossens <m.goossens@wo-weert-nederweert.nl>",
     "body": "Vergeet mijn mail van vorige week (hieronder) maar: ik vertrek per maart bij de werkorganisatie "
             "en heb dan niets meer aan het netwerk. Graag afmelden.\n\nMarcel\n\n"
             + van("Marcel Goossens <m.goossens@wo-weert-nederweert.nl>", "maandag 11 januari 2027 20:14",
                   "info@ambtelijkefusie.nl", "RE: " + CALL_SUBJECT,
                   "Mijn onderwerp: de digitalisering van onze vergunningprocessen.\n\nMarcel")},
    {"id": "h15-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "tjeerd <t.wiersma@wo-leeuwarden-noord.nl>",
     "body": "haal me maar van de lijst, ik zit nu bij de provincie. succes allemaal\n\ntjeerd"},
    {"id": "h15-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": W,
     "quoted": "welkom", "quote": "doorgestuurd",
     "subject": "RE: FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "ir. P.L.M. Schoenmakers <p.schoenmakers@wo-oirschot-best.nl>",
     "body": "Geacht secretariaat,\n\nMijn secretaresse stuurde mij uw welkomstbericht door. Na ampel beraad zeg "
             "ik mijn lidmaatschap van het netwerk hierbij op; ik ontbreek de tijd om er recht aan te doen.\n\n"
             "Hoogachtend,\nir. P.L.M. Schoenmakers"},
    {"id": "h15-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "subject": "RE: RE: FW: " + INVITE_SUBJECT,
     "sender": "Nathalie Coenen <n.coenen@wo-parkstad-oost.nl>",
     "body": "Hello,\n\nI'm leaving the organisation at the end of this month, so please take me off your mailing "
             "list altogether.\n\nRegards,\nNathalie Coenen"},
    {"id": "h15-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple", "sender": "Mirjam Evers <m.evers@werkorganisatie-rheden-rozendaal.nl>",
     "body": "Beste Stan en Melanie,\n\nDeze kwam ik drie weken later weer tegen, onder een stapel andere mail. "
             "Toch maar niet: ik merk nu al dat ik er de tijd niet voor heb. Beëindigt u mijn lidmaatschap "
             "alstublieft.\n\nMirjam" + IPHONE},
    # -- Confirm --------------------------------------------------------------------------------------------
    {"id": "h15-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Vera Lubbers <v.lubbers@wo-twenterand-oost.nl>",
     "body": "'U hoeft niets te typen' staat er, maar een 'ja, klopt' kan geen kwaad. Dus: ja, klopt.\n\nVera"},
    {"id": "h15-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "subject": "RE: RE: " + CONFIRM_SUBJECT,
     "sender": "Henk Zijlstra <h.zijlstra@wo-sudwest-fryslan-noord.nl>",
     "headers": {"Cc": "Marja de Boer <m.deboer@wo-sudwest-fryslan-noord.nl>"},
     "body": "Klopt, Marja heeft mij op mijn verzoek aangemeld. Hierbij bevestigd.\n\nHenk Zijlstra\n\n"
             + van("Marja de Boer <m.deboer@wo-sudwest-fryslan-noord.nl>", "maandag 7 december 2026 10:40",
                   "Henk Zijlstra <h.zijlstra@wo-sudwest-fryslan-noord.nl>", "RE: " + CONFIRM_SUBJECT,
                   "Henk, je moet deze nog even zelf beantwoorden, dan ben je lid.\n\nMarja")},
    {"id": "h15-confirm-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
     "sender": "Robin Faber <r.faber@werkorganisatie-nunspeet-elburg.nl>",
     "body": "Sorry, de eerste was ondergesneeuwd en nu zie ik ze allebei. Ja, ik wil lid worden.\n\nRobin Faber"},
    {"id": "h15-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Eva Smulders <e.smulders@wo-bergeijk-eersel.nl>", "body": IPHONE.strip("\n")},
    {"id": "h15-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Sophie Lambregts <s.lambregts@wo-breda-noord.nl>",
     "body": "Confirmed, thanks.\n\nSophie"},
    {"id": "h15-confirm-06", "kind": "confirm", "thread": C, "subject": "RE: " + CONFIRM_SUBJECT,
     "sender": "Gerrit van Dam <g.vandam@wo-krimpenerwaard-zuid.nl>",
     "body": "> Beste Gerrit van Dam,\n>\n> Via secretariaat@wo-krimpenerwaard-zuid.nl hebben wij een aanmelding "
             "ontvangen voor het Netwerk van\n> directeuren van ambtelijke fusieorganisaties op dit e-mailadres.\n\n"
             "Dat klopt, mijn secretariaat deed dat voor mij.\n\n"
             "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Ja, bij dezen bevestigd.\n\nGerrit"},
    {"id": "h15-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "subject": "RE: RE: " + CONFIRM_SUBJECT, "sender": "Anton Reijnders <a.reijnders@wo-venray-horst.nl>",
     "body": "Mijn eerste antwoord ging per ongeluk alleen naar mijn collega (zie hieronder); daarom nogmaals, "
             "nu aan u: hierbij bevestig ik mijn aanmelding.\n\nAnton Reijnders\n\n"
             + van("Anton Reijnders <a.reijnders@wo-venray-horst.nl>", "woensdag 9 december 2026 09:15",
                   "Lies Janssen <l.janssen@wo-venray-horst.nl>", "RE: " + CONFIRM_SUBJECT, "Akkoord!\n\nAnton")},
    {"id": "h15-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "sender": "k.dijk <k.dijk@wo-haaksbergen-oost.nl>", "body": "akkoord"},
    {"id": "h15-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Ronald Smit <r.smit@wo-alblasserwaard-west.nl>",
     "headers": {"Cc": "Peter Bos <p.bos@wo-alblasserwaard-west.nl>"},
     "body": "Dank Peter voor het aanmelden. En ja, secretariaat: dat ben ik, en ik wil graag lid worden.\n\n"
             "Ronald"},
    {"id": "h15-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "subject": "RE: FW: " + CONFIRM_SUBJECT,
     "sender": "Lotte Vink <l.vink@werkorganisatie-druten-wijchen.nl>",
     "body": "Anja, dank. Aan het netwerk: de aanmelding is op mijn verzoek gedaan, dus bij deze bevestigd.\n\n"
             "Lotte Vink\ndirecteur" + OUTLOOK_IOS},
    # -- Autoreply ------------------------------------------------------------------------------------------
    {"id": "h15-autoreply-01", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": "Automatisch antwoord: RE: RE: " + INVITE_SUBJECT,
     "sender": "Joris Bakker <j.bakker@wo-zwijndrecht-oost.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben afwezig tot en met vrijdag 26 februari en lees mijn mail daarna. Voor dringende zaken kunt "
             "u bellen met het directiesecretariaat, 078 - 610 55 00."},
    {"id": "h15-autoreply-02", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "subject": "Automatic reply: RE: FW: " + CALL_SUBJECT, "sender": "Laura Timmers <l.timmers@wo-houten-zuid.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Thank you for your e-mail. I am out of the office until 18 January with limited access to e-mail. "
             "Your message will not be forwarded.\n\nBedankt voor uw bericht. Ik ben tot 18 januari afwezig."},
    {"id": "h15-autoreply-03", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier", "quote": "gmail",
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Hendrik Bos <h.bos@wo-ermelo-putten.nl>", "headers": {"Precedence": "auto_reply"},
     "body": "Van 8 tot en met 12 maart ben ik met vakantie. In dringende gevallen: Tessa Mol, "
             "t.mol@wo-ermelo-putten.nl."},
    {"id": "h15-autoreply-04", "kind": "autoreply", "thread": T, "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
     "subject": "Afwezigheidsbericht: RE: RE: Dank voor uw komst",
     "sender": "Monique Peeters <m.peeters@wo-roerdalen-echt.nl>",
     "body": "Dit is een automatisch antwoord. Ik ben vanwege verlof afwezig tot 6 april. Uw e-mail wordt niet "
             "doorgestuurd; ik neem na terugkomst contact met u op."},
    {"id": "h15-autoreply-05", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "subject": "Re: " + INVITE_SUBJECT, "sender": "P. Zandbergen <p.zandbergen@gr-kop-van-noord-holland.nl>",
     "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
     "body": "Ik ben op studiereis tot 1 maart. Uw bericht wordt na mijn terugkeer behandeld.\n\n"
             "P. Zandbergen"},
    {"id": "h15-autoreply-06", "kind": "autoreply", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "subject": "Automatisch antwoord: " + CONFIRM_SUBJECT,
     "sender": "Directie <directie@wo-schagen-hollandskroon.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Dit e-mailadres is niet meer in gebruik. Mevrouw De Haan is niet meer werkzaam bij onze "
             "organisatie. Stuur uw bericht voortaan naar directiesecretariaat@wo-schagen-hollandskroon.nl."},
    {"id": "h15-autoreply-07", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "subject": "[Ticket #2027-004812] RE: Herinnering: Leer- en inspireer-atelier",
     "sender": "Servicedesk <servicedesk@wo-gooi-vechtstreek.nl>",
     "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
     "body": "Uw bericht is ontvangen en geregistreerd onder nummer 2027-004812. Wij streven ernaar binnen drie "
             "werkdagen te reageren. Antwoord niet op deze e-mail."},
    {"id": "h15-autoreply-08", "kind": "autoreply", "thread": I, "quoted": "wijziging_atelier", "quote": "outlook-lijn",
     "subject": "Out of Office / Afwezig: RE: RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Ahmed Tahiri <a.tahiri@wo-diemen-ouder-amstel.nl>", "headers": {"X-Autoreply": "yes"},
     "body": "I'm away until March 15th. Ik ben afwezig tot 15 maart; voor spoed: 020 - 314 22 90.\n\n"
             "Ahmed Tahiri"},
    # -- Other ----------------------------------------------------------------------------------------------
    {"id": "h15-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "subject": "RE: FW: " + INVITE_SUBJECT, "sender": "Bianca Hermans <b.hermans@wo-meierijstad-oost.nl>",
     "body": "Goedemorgen,\n\nMijn gemeentesecretarissen (zie hun vraag hieronder) willen weten of het atelier "
             "ook voor hen bedoeld is, of alleen voor directeuren van de werkorganisatie. Kunt u dat laten "
             "weten?\n\nBianca Hermans\n\n"
             + van("Tom Gielen <t.gielen@gemeente-sintoedenrode-noord.nl>", "maandag 22 februari 2027 13:20",
                   "Bianca Hermans <b.hermans@wo-meierijstad-oost.nl>", "FW: " + INVITE_SUBJECT,
                   "Bianca, mogen wij als gemeentesecretarissen hier ook heen?\n\nTom")},
    {"id": "h15-other-02", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "subject": "RE: RE: RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Wilma Brands <w.brands@wo-hof-van-twente-noord.nl>",
     "body": "Goedemiddag,\n\nIk krijg al uw berichten drie keer, zoals u in deze draad kunt zien: twee keer op "
             "mijn oude adres dat naar dit adres doorstuurt en één keer rechtstreeks. Kunt u dat uitzoeken? Ik "
             "wil wel gewoon lid blijven.\n\nWilma Brands"},
    {"id": "h15-other-03", "kind": "other", "thread": None, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "subject": "FW: FW: " + INVITE_SUBJECT, "sender": "Daan Overbeek <daan@procesmeesters-advies.nl>",
     "body": "Beste organisatoren,\n\nEen van onze klanten stuurde ons uw uitnodiging door. Procesmeesters "
             "begeleidt al tien jaar ambtelijke fusies. Wij verzorgen graag kosteloos een korte presentatie "
             "op het atelier over onze aanpak van cultuurverschillen. Zullen we even bellen?\n\nDaan Overbeek\n"
             "partner, Procesmeesters Advies\n06 - 48 33 10 27"},
    {"id": "h15-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "subject": "Re: Re: " + INVITE_SUBJECT, "sender": "Esther Kalf <e.kalf@wo-de-ronde-venen-west.nl>",
     "headers": {"Cc": "Secretariaat Directie <secretariaat@wo-de-ronde-venen-west.nl>"},
     "body": "Mijn collega Harm Vos, die deze uitnodiging ook kreeg, is per 1 februari vertrokken. Kunt u hem "
             "van uw lijst halen? Wie hem opvolgt weten we nog niet.\n\nEsther Kalf\n\n"
             + wrote("Secretariaat Directie <secretariaat@wo-de-ronde-venen-west.nl>", "ma 22 feb 2027 om 10:01",
                     "Esther, Harm staat nog op de lijst van dat netwerk, wil jij ze dat laten weten?")},
    {"id": "h15-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Yara Mansour <y.mansour@wo-lansingerland-oost.nl>",
     "body": "Hi,\n\nI'd like to come, but would it be possible to split the seat with my colleague: me for the "
             "first half, her for the second? If so, please register us both; if not, let me know and we'll "
             "decide between us.\n\nYara"},
    {"id": "h15-other-06", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes-wrote",
     "subject": "RE: RE: " + CALL_SUBJECT, "sender": "Pieter-Jan Vissers <pj.vissers@wo-aa-en-hunze-oost.nl>",
     "body": "Ik lees in uw oproep dat 'de Adviesraad alle suggesties weegt'. Ik wil mij graag kandidaat stellen "
             "voor een plaats in die Adviesraad. Bij wie moet ik daarvoor zijn en wat vraagt het aan tijd?\n\n"
             "Pieter-Jan Vissers"},
    {"id": "h15-other-07", "kind": "other", "thread": None, "subject": "FW: verzoek pers - atelier 11 maart",
     "sender": "Noor Willems <n.willems@openbaarbestuur-redactie.nl>",
     "body": "Goedendag,\n\nVia een van uw leden kreeg ik onderstaande uitnodiging. Ik schrijf voor een vakblad "
             "over openbaar bestuur en zou het atelier graag als journalist bijwonen voor een reportage. Is "
             "dat mogelijk, en zo ja onder welke voorwaarden?\n\nNoor Willems\nredacteur\n\n"
             + van("Frank Lubbers <f.lubbers@wo-hellendoorn-wierden.nl>", "dinsdag 23 februari 2027 17:02",
                   "Noor Willems <n.willems@openbaarbestuur-redactie.nl>", "FW: " + INVITE_SUBJECT,
                   "Noor, dit is het atelier waar ik het over had.\n\nFrank")},
    {"id": "h15-other-08", "kind": "other", "thread": None, "subject": "aanmelding directeur",
     "sender": "Secretariaat directie <secretariaat.directie@wo-tiel-culemborg.nl>",
     "body": "Goedemiddag,\n\nGraag meld ik onze algemeen directeur, mevrouw C. Kok, aan als lid van het "
             "netwerk. Zij kwam de uitnodiging tegen in een doorgestuurde draad van een collega en ik regel "
             "dit soort zaken voor haar.\n\nMet vriendelijke groet,\nSandra Beukers\nmanagementassistent"},
    {"id": "h15-other-09", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "subject": "RE: RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Ellen Kraaijeveld <e.kraaijeveld@wo-teylingen-noord.nl>",
     "body": "Goedemorgen,\n\nMijn directeur, de heer Van Beek, heeft per 1 maart een nieuw e-mailadres: "
             "r.vanbeek@wo-teylingen.nl. Wilt u zijn gegevens aanpassen? Hij krijgt deze welkomstmail nu op "
             "zijn oude adres.\n\nEllen Kraaijeveld\nmanagementondersteuning"},
    {"id": "h15-other-10", "kind": "other", "thread": None, "subject": "Vraag over lidmaatschap",
     "sender": "Laurens Drost <l.drost@wo-hardinxveld-giessen.nl>",
     "body": "Beste secretariaat,\n\nKunnen ook plaatsvervangend directeuren lid worden van het netwerk, of "
             "is het strikt één lid per werkorganisatie? Ik vraag het voor mezelf; mijn directeur is al lid.\n\n"
             "Laurens Drost\nplaatsvervangend directeur"},
    {"id": "h15-other-11", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Ruud Verhoef <r.verhoef@wo-dongen-gilze.nl>",
     "body": "Ik heb mij nergens aangemeld en het genoemde secretariaatsadres ken ik niet. Hoe komt u aan mijn "
             "e-mailadres en wie heeft dit aangevraagd?\n\nR. Verhoef" + IPHONE},
    {"id": "h15-other-12", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "subject": "RE: RE: RE: Dank voor uw komst", "sender": "Annemarie Koch <a.koch@wo-nissewaard-zuid.nl>",
     "body": "Beste secretariaat,\n\nDe link naar het verslag in uw mail hieronder geeft bij mij een foutmelding "
             "(404), en ook de link in de eerdere mail die mijn collega doorstuurde werkt niet. Kunt u het "
             "verslag als bijlage sturen?\n\nAnnemarie Koch"},
    {"id": "h15-other-13", "kind": "other", "thread": None, "subject": "Verwijderen gegevens oud-directeur",
     "sender": "Marieke Jongeling <m.jongeling@wo-urk-noordoostpolder.nl>",
     "body": "Geacht secretariaat,\n\nOnze vorige directeur, de heer J. Bos, is helaas in januari overleden. "
             "Ik ontdekte dat er nog mail van uw netwerk naar zijn adres gaat. Wilt u zijn gegevens uit uw "
             "bestand verwijderen?\n\nMet vriendelijke groet,\nMarieke Jongeling\nloco-directeur"},
    {"id": "h15-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "subject": "RE: FW: FW: " + INVITE_SUBJECT, "sender": "Inkoop <inkoop@wo-gemert-laarbeek.nl>",
     "body": "Goedendag,\n\nOnze directeur wil deelnemen (zie de doorgestuurde draad). Moeten wij een factuur "
             "verwachten? Zo ja, dan hebben wij vooraf een inkoopordernummer nodig. Graag uw reactie.\n\n"
             "Team Inkoop"},
    {"id": "h15-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Tessa Rozendaal <t.rozendaal@wo-leusden-woudenberg.nl>",
     "body": "Ik wil graag komen, mits de zaal in het Stadskantoor goed bereikbaar is met een rolstoel. Kunt u "
             "dat bevestigen? Dan meld ik mij meteen aan.\n\nTessa" + IPHONE},
    {"id": "h15-other-16", "kind": "other", "thread": I, "subject": "FW: RE: FW: " + INVITE_SUBJECT,
     "sender": "Willem Boer <w.boer@wo-barneveld-scherpenzeel.nl>",
     "body": "Secretariaat, zie hieronder: wilt u Karin ook uitnodigen voor het atelier? Ik heb haar adres nu "
             "niet bij de hand.\n\nWillem\n\n"
             + van("Karin Smeenk <k.smeenk@wo-barneveld-scherpenzeel.nl>", "maandag 22 februari 2027 08:44",
                   "Willem Boer <w.boer@wo-barneveld-scherpenzeel.nl>", "RE: FW: " + INVITE_SUBJECT,
                   "Lijkt me interessant, kan ik ook mee?\n\nKarin")},
    {"id": "h15-other-17", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Mark de Ruiter <m.deruiter@wo-waalwijk-heusden.nl>",
     "body": "Hello,\n\nIs there an English summary of the report? Our new colleague from Flanders reads Dutch, "
             "but our international trainee does not, and she would like to read it.\n\nThanks,\nMark"},
    {"id": "h15-other-18", "kind": "other", "thread": I, "subject": "RE: RE: Gewijzigd: welke datum nu?",
     "sender": "Hilde Koenders <h.koenders@wo-montferland-oost.nl>",
     "body": "Beste secretariaat,\n\nIk raak de draad kwijt. In de uitnodiging (onderaan) staat 11 maart, in "
             "de wijziging 18 maart in het Provinciehuis, en in de herinnering die ik gisteren kreeg staat weer "
             "11 maart in het Stadskantoor. Welke datum en plaats kloppen nu?\n\nHilde Koenders\n\n"
             + van(OUR, "maandag 1 maart 2027 09:00", "Hilde Koenders <h.koenders@wo-montferland-oost.nl>",
                   "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
                   "Beste Hilde Koenders,\n\nBinnenkort is het Leer- en inspireer-atelier ...")
             + "\n\n"
             + van(OUR, "vrijdag 26 februari 2027 09:00", "Hilde Koenders <h.koenders@wo-montferland-oost.nl>",
                   "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
                   "Beste Hilde Koenders,\n\nEr is iets veranderd aan het Leer- en inspireer-atelier ...")},
    {"id": "h15-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "G. Hoekstra <g.hoekstra@wo-heerenveen-west.nl>",
     "body": "Kan de uitnodiging voortaan naar onze strategisch adviseur? Zij volgt dit onderwerp bij ons en "
             "heeft er meer tijd voor dan ik.\n\nG. Hoekstra"},
    {"id": "h15-other-20", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "subject": "RE: RE: " + CALL_SUBJECT, "sender": "Sjoerd Kamstra <s.kamstra@wo-waadhoeke-zuid.nl>",
     "body": "Eerlijk gezegd overweeg ik mij af te melden, maar blijven de verslagen van eerdere ateliers dan "
             "nog voor mij toegankelijk? Zo niet, dan blijf ik liever lid. Hoor graag hoe dat zit.\n\n"
             "Sjoerd Kamstra"},
]
# fmt: on
