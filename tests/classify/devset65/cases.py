"""Development set 65: mail about attending the atelier that is NOT a reply to the invitation.

New mails without a thread (often with their own subject), replies to the welcome mail, to the call for themes and
its follow-up, to the atelier reminder and to the thank-you for a suggestion, forwards of the invitation with the
director's answer on top, and replies whose client dropped the reply headers (thread None, our mail still quoted).
Many name no date or place ("ik kom graag naar de volgende bijeenkomst"), others name a day or a city. Besides the
RSVPs (yes, yes with a guest or a late arrival, no, a substitute sent, a changed answer) it holds look-alikes:
questions about the atelier, joining the network, a non-member asking to attend, thanks after an atelier, topic
proposals and out-of-office answers.

Conventions relied on (dataset brief, the secretariat's view):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over).
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- A colleague who writes from their own address that they want to join: `subscribe`. A question who may join or
  attend: `other`.
- `thread` is None for a new mail, a forward, or a client that dropped the reply headers.
"""

from __future__ import annotations

from typing import Any

INV_SUBJECT = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
REM_SUBJECT = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- new mails, no thread: yes -------------------------------------------------------------------------------
    {
        "id": "d65-nieuw-ja-01", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Henk Bosman <h.bosman@werkorganisatie-duoplus.nl>",
        "subject": "Atelier",
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Ik kom graag naar de volgende bijeenkomst. Zetten jullie mij op de lijst?\n\n"
            "Groet,\nHenk Bosman\nDirecteur Werkorganisatie Duo+"
        ),
    },
    {
        "id": "d65-nieuw-ja-02", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Ria Veldkamp <r.veldkamp@bel-combinatie.nl>",
        "subject": "aanmelding atelier",
        "body": "zet me maar op de lijst voor het atelier.\n\nmvg Ria",
    },
    {
        "id": "d65-nieuw-ja-03", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Joost Hendriks <joost.hendriks@gemeente-dalfsen-ommen.nl>",
        "subject": "",
        "body": "Hallo,\nIk ben erbij op de 11e! Tot dan.\nJoost",
    },
    {
        "id": "d65-nieuw-ja-04", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Anne-Marie Hofstede <am.hofstede@werkorganisatie-bwd.nl>",
        "subject": "Learning atelier",
        "body": (
            "Dear Stan, dear Melanie,\n\n"
            "Count me in for the upcoming atelier. Looking forward to it.\n\n"
            "Kind regards,\nAnne-Marie Hofstede\nDirector, Werkorganisatie BWD"
        ),
    },
    {
        "id": "d65-nieuw-ja-05", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Gerard Pronk <g.pronk@sed-organisatie.nl>",
        "subject": "Leer- en inspireeratelier 11 maart",
        "body": (
            "Goedemiddag,\n\n"
            "Hierbij meld ik mij aan voor het atelier van 11 maart in Utrecht. Ik neem mijn plaatsvervanger, "
            "Yvonne Kersten,\nmee; we komen dus met z'n tweeën.\n\n"
            "Met vriendelijke groet,\n\nGerard Pronk\nalgemeen directeur SED-organisatie\nT 0228 - 36 70 00"
        ),
    },
    {
        "id": "d65-nieuw-ja-06", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Frank Wolters <f.wolters@hlt-samen.nl>",
        "subject": "Atelier donderdag",
        "body": (
            "Hoi Melanie,\n\nik kom donderdag, maar heb tot half drie een AB-vergadering in Amersfoort. "
            "Reken maar op\neen uurtje later.\n\nGr. Frank"
        ),
    },
    {
        "id": "d65-nieuw-ja-07", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Willem Brouwer <willembrouwer1961@gmail.com>",
        "subject": "atlier",
        "body": (
            "Beste secretariaat,\nik kom graag naar het atlier, ben er bij in utreht.\ngr\nwillem\n\n"
            "Verstuurd vanaf mijn iPhone"
        ),
    },
    {
        "id": "d65-nieuw-ja-08", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Ingrid Smeets <i.smeets@werkorganisatie-cgm.nl>",
        "subject": "Toch aanwezig",
        "body": (
            "Beste Stan,\n\n"
            "Vorige week meldde ik me af voor het atelier, maar mijn afspraak met de provincie is verzet. "
            "Ik kom dus\ntoch! Willen jullie mij weer op de deelnemerslijst zetten?\n\n"
            "Hartelijke groet,\nIngrid Smeets"
        ),
    },
    {
        "id": "d65-nieuw-ja-09", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "P.J.M. Verhoeven <pjm.verhoeven@gemeenten-bergen-gennep.nl>",
        "subject": "Deelname Leer- en inspireer-atelier",
        "body": (
            "Geachte heer Van de Laar,\n\n"
            "Hierbij bevestig ik mijn deelname aan het eerstvolgende Leer- en inspireer-atelier.\n\n"
            "Hoogachtend,\n\nmr. drs. P.J.M. (Paul) Verhoeven\nalgemeen directeur\n\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht per abuis hebt ontvangen, "
            "wordt u\nverzocht het te verwijderen en de afzender te informeren. Aan dit bericht kunnen geen rechten "
            "worden ontleend."
        ),
    },
    {
        "id": "d65-nieuw-ja-10", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "J. de Graaf <j.degraaf@werkorganisatie-noordoost.nl>",
        "subject": "ja",
        "body": "Ik kom.\n\nJ. de Graaf",
    },
    {
        "id": "d65-nieuw-ja-11", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Marjolein Dekker-Aydin <m.dekker@ferm-werken.nl>",
        "subject": "Atelier maart - wij komen met drie personen",
        "body": (
            "Beste Melanie,\n\n"
            "Wij komen met z'n drieën naar het atelier: ikzelf, onze concerncontroller en de manager "
            "bedrijfsvoering.\nHet thema sluit precies aan bij waar we nu mee worstelen.\n\n"
            "Vriendelijke groet,\nMarjolein"
        ),
    },
    {
        "id": "d65-nieuw-ja-12", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Bas Kuipers <b.kuipers@werkorganisatie-ksm.nl>",
        "subject": "Uitnodiging geaccepteerd, maar voor de zekerheid",
        "body": (
            "Goedemorgen,\n\nIk heb de uitnodiging in Outlook geaccepteerd, maar voor de zekerheid ook even per "
            "mail: ik kom.\n\nBas Kuipers"
        ),
    },
    {
        "id": "d65-nieuw-ja-13", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Thea Visscher <t.visscher@gemeente-hollandskroon-texel.nl>",
        "subject": "11 maart",
        "body": (
            "Goedemorgen Stan,\n\n"
            "Mijn secretaresse wees me erop dat ik me nog niet had aangemeld voor donderdag 11 maart. Bij deze: "
            "ik kom graag,\nmet één gast (Lotte Vos, strategisch adviseur).\n\n"
            "Met vriendelijke groet,\nThea Visscher"
        ),
    },
    {
        "id": "d65-nieuw-ja-14", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Ruud <ruud.meijer@werkorganisatie-vijfheerenlanden.nl>",
        "subject": "atelier",
        "body": "Ben erbij 👍\n\nVerzonden vanaf mijn Galaxy",
    },
    {
        "id": "d65-nieuw-ja-15", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Koen Lammers <k.lammers@dewoldenhoogeveen.nl>",
        "subject": "Volgend atelier",
        "body": (
            "Dag Stan en Melanie,\n\n"
            "Het vorige atelier heb ik moeten missen en ik heb van collega's gehoord dat het een goede middag was. "
            "Dat\nwil ik niet nog eens laten gebeuren, dus hierbij meld ik me alvast aan voor de volgende "
            "bijeenkomst. Bij ons\nspeelt het thema samenwerking op dit moment volop: er ligt een evaluatie van de "
            "GR op tafel en de raden\nkijken kritisch mee. Ik verheug me erop om ervaringen uit te wisselen.\n\n"
            "Hartelijke groet,\n\nKoen Lammers\nDirecteur werkorganisatie De Wolden Hoogeveen"
        ),
    },
    {
        "id": "d65-nieuw-ja-16", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Stefan Rutten <s.rutten@bghu-werkt.nl>",
        "subject": "Late aanmelding atelier",
        "body": (
            "Beste secretariaat,\n\n"
            "Ik meld me alsnog aan voor het atelier, ook al is de deadline verstreken. Als het vol is, zet me dan "
            "op de\nwachtlijst.\n\nGroet,\nStefan Rutten"
        ),
    },
    {
        "id": "d65-nieuw-ja-17", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Eline Bakker <eline.bakker@werkorganisatie-bar.nl>",
        "subject": "donderdag Utrecht",
        "body": "Donderdagmiddag in Utrecht: ik ben van de partij.\n\nEline",
    },
    {
        "id": "d65-nieuw-ja-18", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Maarten Jonker <m.jonker@odbn-gemeenten.nl>",
        "subject": "Sorry voor het heen en weer",
        "body": (
            "Stan,\n\nEerst ja, toen nee, nu weer ja. Excuses! Definitief: ik ben erbij op het atelier.\n\n"
            "Maarten"
        ),
    },
    {
        "id": "d65-nieuw-ja-19", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Hanneke Oosterhuis <h.oosterhuis@werkorganisatie-cgm.nl>",
        "subject": "Vervanging niet meer nodig",
        "body": (
            "Beste Melanie,\n\n"
            "Ik had Karin Mulder als vervanger opgegeven voor het atelier, maar mijn agenda is vrijgekomen en ik "
            "kan nu\ntoch zelf. Karin hoeft dus niet te komen; ik heb het haar al laten weten.\n\n"
            "Groeten,\nHanneke Oosterhuis"
        ),
    },
    {
        "id": "d65-nieuw-ja-20", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "\"Tim van Dongen\" <tvandongen@outlook.com>",
        "subject": "Re: atelier",
        "body": "Vergeet mijn vorige mail: ik kan wél komen. Excuses voor de verwarring.\n\nTim van Dongen",
    },
    # ---- new mails, no thread: no --------------------------------------------------------------------------------
    {
        "id": "d65-nieuw-nee-01", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Carla Huisman <c.huisman@werkorganisatie-duoplus.nl>",
        "subject": "Wijziging aanmelding atelier",
        "body": (
            "Beste Melanie,\n\n"
            "Ik had me aangemeld voor 11 maart, maar moet helaas toch afzeggen. Onze burgemeester heeft die "
            "middag een\nextra overleg belegd.\n\nGroet,\nCarla"
        ),
    },
    {
        "id": "d65-nieuw-nee-02", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Arjen Schipper <a.schipper@gemeente-schagen.nl>",
        "subject": "volgende week",
        "body": "helaas ben ik er volgende week niet bij. Succes allemaal!\n\nArjen",
    },
    {
        "id": "d65-nieuw-nee-03", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Pieter Zwart <p.zwart@werkorganisatie-noordoost.nl>",
        "subject": "Afmelding atelier",
        "body": (
            "Beste Stan,\n\n"
            "Ik moet me helaas afmelden voor het atelier. Volgende keer hoop ik er weer bij te zijn.\n\n"
            "Groet,\nPieter Zwart"
        ),
    },
    {
        "id": "d65-nieuw-nee-04", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Lidwien Groot <l.groot@bel-combinatie.nl>",
        "subject": "Bijeenkomst",
        "body": (
            "Goedendag,\n\nIk zal er de volgende bijeenkomst niet bij kunnen zijn wegens vakantie.\n\n"
            "Met vriendelijke groet,\nLidwien Groot"
        ),
    },
    {
        "id": "d65-nieuw-nee-05", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Oliver Brandt <o.brandt@werkorganisatie-bwd.nl>",
        "subject": "Next atelier",
        "body": (
            "Hi Stan,\n\nUnfortunately I won't be able to attend the next atelier. I'll try to join the one in "
            "the autumn.\n\nBest,\nOliver"
        ),
    },
    {
        "id": "d65-nieuw-nee-06", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Gert-Jan Mol <gj.mol@hhwerkt.nl>",
        "subject": "donderdag",
        "body": "Ik kan hlaas niet komen op dondredag ivm begrotingsbehandeling. Mvg\nGert-Jan",
    },
    {
        "id": "d65-nieuw-nee-07", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Jeroen Stam <j.stam@hhwerkt.nl>",
        "subject": "Vervanging atelier 11 maart",
        "body": (
            "Beste Melanie,\n\n"
            "Zelf kan ik niet, maar onze directeur bedrijfsvoering Karin Mulder (k.mulder@hhwerkt.nl) komt graag "
            "in mijn\nplaats.\n\nMet vriendelijke groet,\nJeroen Stam\nGemeentesecretaris/algemeen directeur"
        ),
    },
    {
        "id": "d65-nieuw-nee-08", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Mirjam de Lange <mirjam.delange@werkorganisatie-sed.nl>",
        "subject": "Utrecht",
        "body": "Hoi,\n\nIk red het niet naar Utrecht op de 11e. Jammer!\n\nMirjam",
    },
    {
        "id": "d65-nieuw-nee-09", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "A.C. (Bert) Ruiter <ac.ruiter@gemeenten-midden-delfland.nl>",
        "subject": "Leer- en inspireer-atelier",
        "body": (
            "Geachte heer, mevrouw,\n\n"
            "Tot mijn spijt moet ik u berichten dat ik niet in de gelegenheid ben het Leer- en inspireer-atelier "
            "bij te\nwonen. Ik wens u en de deelnemers een vruchtbare bijeenkomst toe.\n\n"
            "Hoogachtend,\n\nA.C. Ruiter\nalgemeen directeur"
        ),
    },
    {
        "id": "d65-nieuw-nee-10", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Femke Hoekstra <f.hoekstra@werkorganisatie-bar.nl>",
        "subject": "11/3",
        "body": "Op 11/3 ben ik verhinderd, sorry.\n\nFemke\n\n--\nVerstuurd vanaf Outlook voor Android",
    },
    {
        "id": "d65-nieuw-nee-11", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Hugo Verbeek <h.verbeek@werkorganisatie-vijfheerenlanden.nl>",
        "subject": "Atelier maart",
        "body": (
            "Dag Stan,\n\nIk kan er in maart niet bij zijn. Houd me wel op de hoogte voor het najaarsatelier.\n\n"
            "Hugo"
        ),
    },
    {
        "id": "d65-nieuw-nee-12", "kind": "rsvp", "attending": False, "thread": None,
        "sender": "Rachel Meijer <r.meijer@werkorganisatie-ksm.nl>",
        "subject": "Atelier - replacement",
        "body": (
            "Dear secretariat,\n\nI can't make it to the atelier, but my deputy Sarah Visser "
            "(s.visser@werkorganisatie-ksm.nl)\nwill attend instead.\n\nRegards,\nRachel Meijer"
        ),
    },
    # ---- forwards of the invitation with the answer on top -------------------------------------------------------
    {
        "id": "d65-fw-ja-01", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Bart Mulder <b.mulder@gemeente-dalfsen-ommen.nl>",
        "subject": "FW: " + INV_SUBJECT,
        "body": "Ik kom. Anja heeft het al in mijn agenda gezet.\n\nGr, Bart",
    },
    {
        "id": "d65-fw-nee-01", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Hans Dekker <h.dekker@werkorganisatie-duoplus.nl>",
        "subject": "FW: " + INV_SUBJECT,
        "body": (
            "Helaas, die middag zit ik bij de gemeenteraad van Wijdemeren. Ik moet dus verstek laten gaan.\n\n"
            "Mvg, Hans Dekker"
        ),
    },
    {
        "id": "d65-fw-nee-02", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Erik Vos <e.vos@werkorganisatie-cgm.nl>",
        "subject": "FW: " + INV_SUBJECT,
        "body": (
            "Stan, ik kan zelf niet, maar Marloes Wessels (m.wessels@werkorganisatie-cgm.nl), onze manager "
            "dienstverlening,\ngaat in mijn plaats.\n\nGroet, Erik"
        ),
    },
    {
        "id": "d65-fw-vraag-01", "kind": "other", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Sandra Wijnen <s.wijnen@bghu-werkt.nl>",
        "subject": "FW: " + INV_SUBJECT,
        "body": (
            "Beste Melanie,\n\nKlopt het dat het atelier in het Stadskantoor is? Mijn secretaresse zag ergens "
            "iets over het\nProvinciehuis langskomen. Graag even duidelijkheid voordat ik het inplan.\n\n"
            "Sandra Wijnen"
        ),
    },
    {
        "id": "d65-fw-ja-02", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Tom Akkerman <t.akkerman@werkorganisatie-bwd.nl>",
        "subject": "Fwd: " + INV_SUBJECT,
        "body": "Please register me for this one. I'll be bringing one colleague.\n\nBest, Tom",
    },
    # ---- our mail quoted, but the client dropped the reply headers -----------------------------------------------
    {
        "id": "d65-los-ja-01", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Sanne Koopman <sanne.koopman@gmail.com>",
        "body": "Ja, ik kom graag!\n\nGroet, Sanne",
    },
    {
        "id": "d65-los-nee-01", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Dirk-Jan Wouters <dj.wouters@werkorganisatie-noordoost.nl>",
        "body": (
            "Helaas kan ik toch niet. Geef mijn plek maar aan iemand op de wachtlijst.\n\n"
            "Dirk-Jan\n\nVerstuurd vanaf mijn iPad"
        ),
    },
    {
        "id": "d65-los-nee-02", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Gea Postma <g.postma@de-fryske-marren-werkt.nl>",
        "body": "nee helaas, ben dan op vakantie\n\nGea Postma",
    },
    {
        "id": "d65-los-ja-02", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Robert Evers <r.evers@ferm-werken.nl>",
        "body": "Geen onderwerp van mijn kant, maar ik kom wel.\n\nRobert Evers",
    },
    {
        "id": "d65-los-ja-03", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "welkom", "quote": "ongemarkeerd",
        "sender": "Yasmina Bouzid <y.bouzid@werkorganisatie-hlt.nl>",
        "body": (
            "Dank voor het warme welkom. Ik schuif graag aan bij het eerstvolgende atelier.\n\n"
            "Met vriendelijke groet,\nYasmina Bouzid"
        ),
    },
    {
        "id": "d65-los-ja-04", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "herinnering_atelier", "quote": "notes",
        "sender": "Wim Terpstra <w.terpstra@sed-organisatie.nl>",
        "body": (
            "Ik ben erbij, kom wel iets later i.v.m. een overleg dat uitloopt. Rond 15.00 uur ben ik er.\n\n"
            "Met vriendelijke groet,\nW. Terpstra"
        ),
    },
    {
        "id": "d65-los-vraag-01", "kind": "other", "thread": None,
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Annelies Kok <a.kok@gemeenten-bergen-gennep.nl>",
        "body": (
            "Hallo,\n\nWordt het atelier opgenomen? Ik kan pas om 16.00 uur inschuiven en wil het eerste deel "
            "graag\nterugkijken.\n\nAnnelies"
        ),
    },
    # ---- replies to the welcome mail -----------------------------------------------------------------------------
    {
        "id": "d65-welkom-ja-01", "kind": "rsvp", "attending": True, "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Nadia El Amrani <n.elamrani@werkorganisatie-bar.nl>",
        "body": "Dank u wel! Ik kom graag naar de volgende bijeenkomst.\n\nMet vriendelijke groet,\nNadia El Amrani",
    },
    {
        "id": "d65-welkom-nee-01", "kind": "rsvp", "attending": False, "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Jan-Willem Dijkstra <jw.dijkstra@gmail.com>",
        "body": (
            "Bedankt. Het eerstvolgende atelier ben ik helaas niet beschikbaar, dan zit ik met een "
            "handelsmissie in Canada.\n\nJan-Willem"
        ),
    },
    {
        "id": "d65-welkom-vraag-01", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-en",
        "sender": "Marco de Ruiter <m.deruiter@hlt-samen.nl>",
        "body": (
            "Dank voor het welkom. Mag mijn adjunct-directeur ook lid worden en meekomen naar de ateliers?\n\n"
            "Marco de Ruiter"
        ),
    },
    {
        "id": "d65-welkom-sugg-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Anouk Verschuren <a.verschuren@werkorganisatie-cgm.nl>",
        "body": (
            "Leuk! Een onderwerp dat bij ons speelt: hoe houd je de raden van drie gemeenten betrokken bij de "
            "werkorganisatie\nzonder dat iedere raad eigen eisen gaat stellen? Ik hoor graag hoe anderen dat doen.\n\n"
            "Anouk Verschuren"
        ),
    },
    {
        "id": "d65-welkom-dank-01", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "apple",
        "sender": "Lars Mertens <l.mertens@bghu-werkt.nl>",
        "body": "Dank voor de bevestiging, fijn om erbij te horen.\n\nLars\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d65-welkom-vraag-02", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "Petra Hagen <p.hagen@werkorganisatie-vijfheerenlanden.nl>",
        "body": "Wanneer is het volgende atelier? Ik wil de datum alvast blokken.\n\nPetra Hagen",
    },
    {
        "id": "d65-welkom-ja-02", "kind": "rsvp", "attending": True, "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-en",
        "sender": "David Cohen <d.cohen@werkorganisatie-bwd.nl>",
        "body": "Thanks! Happy to join the next session in March.\n\nDavid",
    },
    {
        "id": "d65-welkom-vraag-03", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "notes-wrote",
        "sender": "Gijs van Leeuwen <g.vanleeuwen@odbn-gemeenten.nl>",
        "body": (
            "Beste Stan,\n\nZijn er kosten verbonden aan deelname aan de ateliers? Het lidmaatschap is kosteloos "
            "lees ik, maar\ngeldt dat ook voor de bijeenkomsten zelf (zaalhuur, catering)?\n\nGijs van Leeuwen"
        ),
    },
    {
        "id": "d65-welkom-nee-02", "kind": "rsvp", "attending": False, "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "Saskia Vermeulen <s.vermeulen@gemeente-schagen.nl>",
        "body": (
            "Dank voor de aanmelding. Voor het atelier in maart meld ik me meteen maar af: dan zit ik midden in de "
            "voorjaarsnota.\n\nSaskia"
        ),
    },
    # ---- replies to the call for themes, its follow-up and the thank-you for a suggestion ------------------------
    {
        "id": "d65-oproep-ja-01", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Michiel Boer <m.boer@werkorganisatie-duoplus.nl>",
        "body": "Ik heb geen nieuwe thema's, maar op 11 maart ben ik er gewoon bij.\n\nMichiel",
    },
    {
        "id": "d65-oproep-nee-01", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Josien Haak <josien.haak@gmail.com>",
        "body": (
            "Op 11 maart kan ik helaas niet; het aandragen van onderwerpen laat ik daarom aan anderen over.\n\n"
            "Josien Haak"
        ),
    },
    {
        "id": "d65-oproep-sugg-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ronald Smit <r.smit@werkorganisatie-ksm.nl>",
        "body": (
            "Ik kom graag. Onderwerp: hoe volgen jullie met data en dashboards de prestaties van het klantcontact "
            "richting\ninwoners (wachttijden, afhandeling, tevredenheid)?\n\nRonald Smit"
        ),
    },
    {
        "id": "d65-oproep-vorm-01", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Karel Janssens <k.janssens@gemeenten-midden-delfland.nl>",
        "body": (
            "Zouden we het atelier niet eens op een vrijdagochtend kunnen houden? Donderdagmiddag is bij veel "
            "van ons\nraadsdag of collegevoorbereiding.\n\nKarel Janssens"
        ),
    },
    {
        "id": "d65-oproep-ja-02", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Ellen Vink <e.vink@werkorganisatie-hlt.nl>",
        "body": "Komt goed, de 11e ben ik er. De thema's laat ik aan jullie.\n\nEllen",
    },
    {
        "id": "d65-vervolg-dank-01", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Harm Bosch <h.bosch@de-fryske-marren-werkt.nl>",
        "body": (
            "Dank voor het verslag en voor de goede middag! Inspirerend om te horen hoe andere werkorganisaties "
            "met hun\nbesturen omgaan.\n\nHarm Bosch"
        ),
    },
    {
        "id": "d65-vervolg-ja-01", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Linda Stoffels <l.stoffels@werkorganisatie-sed.nl>",
        "body": "Dank! Bij het volgende atelier ben ik er zeker weer bij.\n\nLinda\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d65-vervolg-sugg-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Vincent Claassen <v.claassen@ferm-werken.nl>",
        "body": (
            "Voor de volgende keer: de formatie onder druk. Hoe gaan jullie om met de krapte op de arbeidsmarkt en "
            "het\nvasthouden van jong talent?\n\nVincent Claassen"
        ),
    },
    {
        "id": "d65-vervolg-nee-01", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Monique Brink <monique.brink@werkorganisatie-bar.nl>",
        "body": (
            "Bedankt voor het verslag. Voor de volgende bijeenkomst moet ik me helaas al afmelden: die valt in "
            "mijn sabbatical.\n\nMonique"
        ),
    },
    {
        "id": "d65-bedankt-ja-01", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Arnout Prins <a.prins@gemeente-hollandskroon-texel.nl>",
        "body": "Aanvulling: ik kom zelf ook naar het atelier.\n\nArnout",
    },
    {
        "id": "d65-bedankt-nee-01", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "groupwise",
        "sender": "Ilse Wagemakers <i.wagemakers@werkorganisatie-noordoost.nl>",
        "body": (
            "Fijn dat mijn onderwerpen zijn meegenomen. Zelf ben ik er op 11 maart helaas niet bij, maar ik ben "
            "benieuwd\nnaar de uitkomst.\n\nIlse"
        ),
    },
    # ---- replies to the atelier reminder -------------------------------------------------------------------------
    {
        "id": "d65-herinn-nee-01", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Rutger Aalbers <r.aalbers@werkorganisatie-duoplus.nl>",
        "body": "Helaas, ik kan niet. Er is een crisisoverleg ingepland.\n\nRutger Aalbers",
    },
    {
        "id": "d65-herinn-ja-01", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Mariska Tol <m.tol@bel-combinatie.nl>",
        "body": "Ik ben erbij, maar zonder gast: mijn collega is ziek.\n\nMariska",
    },
    {
        "id": "d65-herinn-ja-02", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Kees Hoogland <kees.hoogland@werkorganisatie-ksm.nl>",
        "body": "Ik kom iets later, ik ben er rond kwart over drie.\n\nKees\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "d65-herinn-nee-02", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Judith Kramer <j.kramer@werkorganisatie-hlt.nl>",
        "body": (
            "Beste Melanie,\n\nIk ben zelf helaas verhinderd. In mijn plaats gaat Rob Hermans "
            "(r.hermans@werkorganisatie-hlt.nl).\n\nGroet,\nJudith Kramer"
        ),
    },
    {
        "id": "d65-herinn-vraag-01", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Bram Wolff <bram.wolff@gmail.com>",
        "body": "Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein komen?\n\nBram",
    },
    {
        "id": "d65-herinn-nee-03", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Natasha Visser <n.visser@werkorganisatie-bwd.nl>",
        "body": (
            "Sorry, something came up and I won't make it on Thursday. Please give my seat to someone on the "
            "waiting list.\n\nNatasha"
        ),
    },
    {
        "id": "d65-herinn-vraag-02", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Erwin Post <e.post@gemeenten-bergen-gennep.nl>",
        "body": (
            "Ik zou liever online aansluiten in plaats van naar Utrecht te komen. Is dat goed, en telt mijn "
            "aanmelding dan\nnog?\n\nErwin Post"
        ),
    },
    {
        "id": "d65-herinn-ja-03", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "notes",
        "sender": "Anita Roos <a.roos@sed-organisatie.nl>",
        "body": "Top, tot donderdag!\n\nAnita",
    },
    {
        "id": "d65-herinn-nee-04", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Wouter Lindeman <wlindeman@werkorganisatie-vijfheerenlanden.nl>",
        "body": "helaas moet ik afzeggen, ziek thuis.\ngroet wouter",
    },
    {
        "id": "d65-herinn-ja-04", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Charlotte Baas <c.baas@odbn-gemeenten.nl>",
        "body": "Ik had me aangemeld met een gast, maar ik kom nu toch alleen.\n\nCharlotte Baas",
    },
    {
        "id": "d65-herinn-auto-01", "kind": "autoreply", "thread": "reminder",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Rutger Aalbers <r.aalbers@werkorganisatie-duoplus.nl>",
        "subject": "Automatisch antwoord: " + REM_SUBJECT,
        "body": (
            "Ik ben afwezig tot en met 14 maart en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u "
            "contact\nopnemen met het directiesecretariaat, 0294 - 25 12 00."
        ),
    },
    {
        "id": "d65-herinn-auto-02", "kind": "autoreply", "thread": "reminder",
        "sender": "Oliver Brandt <o.brandt@werkorganisatie-bwd.nl>",
        "subject": "Out of Office: " + REM_SUBJECT,
        "body": (
            "Thank you for your message. I am on leave until March 15th and will not be reading e-mail. For "
            "urgent matters\nplease contact my office at secretariaat@werkorganisatie-bwd.nl."
        ),
    },
    # ---- questions about the atelier, who may come, costs: other -------------------------------------------------
    {
        "id": "d65-vraag-datum-01", "kind": "other", "thread": None,
        "sender": "Femke Drost <f.drost@werkorganisatie-cgm.nl>",
        "subject": "Volgende atelier?",
        "body": (
            "Beste secretariaat,\n\nWanneer is het volgende atelier? Ik heb volgens mij geen uitnodiging "
            "ontvangen.\n\nGroet,\nFemke Drost"
        ),
    },
    {
        "id": "d65-vraag-plaats-01", "kind": "other", "thread": None,
        "sender": "Jacqueline Steen <j.steen@hhwerkt.nl>",
        "subject": "Zaal atelier",
        "body": (
            "Goedemiddag,\n\nWaar is het atelier precies? Er staat Stadskantoor, maar in welke zaal moet ik zijn "
            "en waar meld ik\nme bij binnenkomst?\n\nJacqueline Steen"
        ),
    },
    {
        "id": "d65-vraag-kosten-01", "kind": "other", "thread": None,
        "sender": "Theo Schouten <t.schouten@gemeente-dalfsen-ommen.nl>",
        "subject": "Kosten deelname",
        "body": (
            "Beste Stan,\n\nKost deelname aan het atelier iets? Ik moet het bij onze controller verantwoorden.\n\n"
            "Met vriendelijke groet,\nTheo Schouten"
        ),
    },
    {
        "id": "d65-vraag-wie-01", "kind": "other", "thread": None,
        "sender": "Loes Hermsen <l.hermsen@ferm-werken.nl>",
        "subject": "Wie kan er mee?",
        "body": (
            "Hoi Melanie,\n\nWie mogen er eigenlijk komen naar de ateliers? Alleen directeuren, of ook "
            "MT-leden en\nconcernstaf?\n\nLoes"
        ),
    },
    {
        "id": "d65-vraag-wie-02", "kind": "other", "thread": None,
        "sender": "Rogier Baan <r.baan@werkorganisatie-ksm.nl>",
        "subject": "Opvolger en atelier",
        "body": (
            "Beste Stan,\n\nMijn opvolger begint pas op 1 april. Mag zij al mee naar het atelier in maart, zodat ze "
            "kennis kan\nmaken met het netwerk?\n\nRogier Baan"
        ),
    },
    {
        "id": "d65-vraag-datum-02", "kind": "other", "thread": None,
        "sender": "Dennis Koster <d.koster@werkorganisatie-sed.nl>",
        "subject": "Verplaatst?",
        "body": "Ik hoorde dat het atelier verschoven is naar 18 maart. Klopt dat?\n\nDennis Koster",
    },
    {
        "id": "d65-vraag-ja-01", "kind": "other", "thread": None,
        "sender": "Evelien Smulders <e.smulders@bel-combinatie.nl>",
        "subject": "Atelier 11 maart",
        "body": (
            "Beste Melanie,\n\nIk kom graag. Is er na afloop een borrel en zo ja, is er een vegetarische optie? "
            "Dan geef ik\ndat even door.\n\nEvelien"
        ),
    },
    {
        "id": "d65-vraag-ja-02", "kind": "other", "thread": None,
        "sender": "Sjoerd Hiemstra <s.hiemstra@de-fryske-marren-werkt.nl>",
        "subject": "Online deelname",
        "body": (
            "Goedemorgen,\n\nAls het atelier ook online te volgen is, meld ik me aan. Kunt u dat bevestigen? De reis "
            "vanuit Joure\nis me voor een middag wat veel.\n\nSjoerd Hiemstra"
        ),
    },
    {
        "id": "d65-vraag-ja-03", "kind": "other", "thread": None,
        "sender": "Marloes Jager <m.jager@werkorganisatie-bwd.nl>",
        "subject": "Meenemen beleidsadviseur",
        "body": (
            "Dag Stan,\n\nIk ben erbij, maar mag ik onze beleidsadviseur samenwerking meenemen? Zij is geen "
            "directeur, vandaar\nde vraag.\n\nMarloes Jager"
        ),
    },
    # ---- non-members asking to attend: other ---------------------------------------------------------------------
    {
        "id": "d65-geenlid-01", "kind": "other", "thread": None,
        "sender": "Hester Doornbos <h.doornbos@gemeente-westerkwartier.nl>",
        "subject": "Aansluiten bij atelier 11 maart",
        "body": (
            "Beste secretariaat,\n\n"
            "Ik ben gemeentesecretaris van Westerkwartier en geen lid van uw netwerk, maar ik hoorde van een "
            "collega over\nhet atelier van 11 maart. Zou ik als gast kunnen aansluiten?\n\n"
            "Met vriendelijke groet,\nHester Doornbos"
        ),
    },
    {
        "id": "d65-geenlid-02", "kind": "other", "thread": None,
        "sender": "Youssef Amrani <y.amrani@werkorganisatie-hlt.nl>",
        "subject": "Deelname atelier als beleidsadviseur",
        "body": (
            "Goedemiddag,\n\nIk werk als beleidsadviseur bij Werkorganisatie HLT; mijn directeur is lid van het "
            "netwerk. Kan ik\nook zelf deelnemen aan het atelier? Het onderwerp raakt mijn portefeuille.\n\n"
            "Youssef Amrani"
        ),
    },
    {
        "id": "d65-geenlid-03", "kind": "other", "thread": None,
        "sender": "Claire Dupont <c.dupont@provincie-utrecht.nl>",
        "subject": "Attending the atelier",
        "body": (
            "Dear Sir/Madam,\n\nI work for the province and am not a member of your network. Would it be possible "
            "for me to\nattend the atelier in Utrecht as an observer?\n\nKind regards,\nClaire Dupont"
        ),
    },
    # ---- joining the network: subscribe --------------------------------------------------------------------------
    {
        "id": "d65-lid-01", "kind": "subscribe", "thread": None,
        "sender": "Gerben Bakker <g.bakker@werkorganisatie-noordoost.nl>",
        "subject": "Aanmelding netwerk",
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Graag meld ik me aan als lid van het netwerk. Ik ben sinds 1 januari directeur van Werkorganisatie "
            "Noordoost en\nhoorde van mijn voorganger goede verhalen over de ateliers.\n\n"
            "Met vriendelijke groet,\nGerben Bakker"
        ),
    },
    {
        "id": "d65-lid-02", "kind": "subscribe", "thread": None,
        "sender": "Emma Wright <e.wright@werkorganisatie-sed.nl>",
        "subject": "Joining the network",
        "body": "Hello,\n\nI'd like to join the network of directors. Please add me to your list.\n\nEmma Wright",
    },
    {
        "id": "d65-lid-03", "kind": "subscribe", "thread": None,
        "sender": "Rik Verhagen <r.verhagen@gemeenten-midden-delfland.nl>",
        "subject": "lid worden",
        "body": (
            "Goedendag, ik wil graag lid worden van het Netwerk van directeuren van ambtelijke fusieorganisaties. "
            "Dan ontvang\nik voortaan ook de uitnodigingen voor de ateliers.\n\nRik Verhagen"
        ),
    },
    # ---- thanks after an atelier: other --------------------------------------------------------------------------
    {
        "id": "d65-dank-01", "kind": "other", "thread": None,
        "sender": "Inge Lammers <i.lammers@werkorganisatie-duoplus.nl>",
        "subject": "Dank voor gisteren",
        "body": (
            "Stan, Melanie,\n\nDank voor de goede organisatie gisteren. Ik heb er veel aan gehad en neem een paar "
            "ideeën mee\nnaar ons MT.\n\nHartelijke groet,\nInge"
        ),
    },
    {
        "id": "d65-dank-02", "kind": "other", "thread": None,
        "sender": "Peter Nolan <p.nolan@werkorganisatie-bar.nl>",
        "subject": "Great session",
        "body": "Thanks for a great session yesterday in Utrecht, very useful. Compliments to the organisers!\n\nPeter",
    },
    # ---- topic proposals in new mails: suggestion ----------------------------------------------------------------
    {
        "id": "d65-sugg-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
        "sender": "Wendy Scholten <w.scholten@bghu-werkt.nl>",
        "subject": "Onderwerp volgend atelier",
        "body": (
            "Beste secretariaat,\n\nVoor een volgend atelier zou ik graag de dienstverlening aan ondernemers "
            "bespreken: hoe\nrichten andere fusieorganisaties hun ondernemersloket in en hoe meten ze of "
            "ondernemers tevreden zijn?\n\nWendy Scholten"
        ),
    },
    {
        "id": "d65-sugg-02", "kind": "suggestion", "themes": ["strategie"], "thread": None,
        "sender": "Olaf Timmer <o.timmer@gemeente-hollandskroon-texel.nl>",
        "subject": "Suggestie thema",
        "body": (
            "Suggestie voor een thema: een meerjarige koers voor de werkorganisatie. Waar willen we in 2035 staan "
            "en hoe\nvertalen we dat naar een inhoudelijke agenda?\n\nOlaf Timmer"
        ),
    },
    {
        "id": "d65-sugg-03", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": None,
        "sender": "Mei Ling Tan <ml.tan@werkorganisatie-cgm.nl>",
        "subject": "Idee voor het atelier",
        "body": (
            "Hoi Stan,\n\nIdee: digitalisering van de dienstverlening. Hoe zetten we chatbots en AI in bij het "
            "klantcontact met\ninwoners, en wat vraagt dat van onze I&A-afdeling en werkprocessen?\n\nMei Ling"
        ),
    },
    # ---- leaving together with a decline, hand-over --------------------------------------------------------------
    {
        "id": "d65-weg-01", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Johan Veenstra <j.veenstra@de-fryske-marren-werkt.nl>",
        "subject": "Atelier en lidmaatschap",
        "body": (
            "Beste Stan,\n\nIk kom niet naar het atelier, en eigenlijk wil ik ook van de lijst af: per 1 april ga "
            "ik met pensioen.\nDank voor de mooie jaren in het netwerk.\n\nJohan Veenstra"
        ),
    },
    {
        "id": "d65-weg-02", "kind": "unsubscribe", "erase": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Hilde Brouwers <h.brouwers@werkorganisatie-ksm.nl>",
        "body": (
            "Per 1 maart neemt Jolanda Brink (j.brink@werkorganisatie-ksm.nl) mijn functie als directeur over. "
            "Wilt u haar\nvoortaan in plaats van mij uitnodigen? Zij komt graag naar het atelier.\n\nHilde Brouwers"
        ),
    },
]
# fmt: on
