"""Held-out set 20 (issue 17): about a hundred mails as the info@ambtelijkefusie.nl inbox receives them over a spring
season, written from scratch for measuring only (never tuned on).

The cast: directors in their first year, seasoned directors about to retire, interim managers, management assistants,
a few councillors, and suppliers and others who write to the wrong address. Sign-ups and confirmations, leaves,
erasures, hand-overs, RSVPs (in reply and as new mails), topic suggestions under all four themes, out-of-office and
other machine answers, and a good share of mail for the secretariat. Mail clients, quote styles, registers (formal to
terse), typos and some English are mixed.

Conventions relied on (the secretariat's view):
- Joining by the person themself, or a request to sign up one named colleague WITH that colleague's address:
  ``subscribe``; without the address, or several people at once: ``other``. "lid blijven" under our goodbye mail:
  ``subscribe`` (it restarts the confirmation).
- A plain denial under our confirmation mail: ``unsubscribe``; a denial that asks where we got the address: ``other``.
- Under the call for themes or the follow-up: a reply that proposes a topic is a ``suggestion`` (also when it says
  whether the writer comes); one that only says whether the writer comes is an ``rsvp``; a proposal about the form
  of the ateliers (venue, time of day, online) is ``other``.
- Leaving the network and declining the atelier in one mail: ``unsubscribe``. A decline that keeps the membership
  (also leaving the waiting list): ``rsvp`` False. A director who sends a substitute: ``rsvp`` False. Attending
  online and accepting the calendar invitation count as attending.
- A named successor taking over the seat (with their address): ``unsubscribe`` (hand-over). A colleague reporting
  that someone left: ``other``.
- An AVG erasure request anywhere: ``unsubscribe`` with ``erase`` True. A request to see one's data: ``other``.
- A mail that changes an earlier answer carries the latest answer. A yes on a condition the secretariat must answer
  first, or a confirmation plus a real question to the secretariat: ``other``.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: ``other``.
- Read receipts, ticket-system acknowledgements and "no longer employed" notices are machine answers: ``autoreply``.
- ``themes`` label what the writer proposes (several topics: the union of their themes); two themes for one topic
  only where it clearly spans both.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "h20-subscribe-01",
        "kind": "subscribe",
        "thread": None,
        "sender": "Fleur Hoekstra <f.hoekstra@werkorganisatie-lindewaard.nl>",
        "subject": "Aanmelding netwerk",
        "body": (
            "Goedemorgen,\n"
            "\n"
            "Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Lindewaard (de gemeenten "
            "Oosterlinde, Waardmeer en Rietveen). Een collega-directeur wees mij op uw netwerk en ik sluit "
            "graag aan.\n"
            "\n"
            "Wilt u mij aanmelden op dit e-mailadres?\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Fleur Hoekstra\n"
            "algemeen directeur\n"
            "Werkorganisatie Lindewaard\n"
            "T 0345 - 63 12 00\n"
            "\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd "
            "is, wordt u vriendelijk verzocht dit aan de afzender te melden. Werkorganisatie Lindewaard staat "
            "door de elektronische verzending van dit bericht niet in voor de juiste en volledige "
            "overbrenging van de inhoud."
        ),
    },
    {
        "id": "h20-subscribe-02",
        "kind": "subscribe",
        "thread": None,
        "sender": "Joost Ravenhorst <joost.ravenhorst@gmail.com>",
        "subject": "aanmelden",
        "body": (
            "Graag aanmelden voor het netwek. Ben per maart interim-directeur bij Dienst Kempenrand, "
            "voorlopig tot eind dit jaar. Mijn werkadres volgt nog, gebruik voorlopig dit adres maar.\n"
            "\n"
            "Gr Joost Ravenhorst\n"
            "\n"
            "Verstuurd vanaf mijn iPhone"
        ),
    },
    {
        "id": "h20-subscribe-03",
        "kind": "subscribe",
        "thread": None,
        "sender": "Ingrid Scholten <i.scholten@hlw-werkorganisatie.nl>",
        "subject": "Aanmelding nieuwe directeur HLW",
        "body": (
            "Beste secretariaat,\n"
            "\n"
            "Per 1 april start mevrouw drs. Yasmina El Khatib als algemeen directeur van de werkorganisatie "
            "HLW. Zij wil graag lid worden van uw netwerk. Haar e-mailadres is "
            "y.elkhatib@hlw-werkorganisatie.nl.\n"
            "\n"
            "Wilt u haar aanmelden? Alvast hartelijk dank.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Ingrid Scholten\n"
            "Managementassistent directie\n"
            "Werkorganisatie HLW | Postbus 140 | 3440 AC Heerlerwoude"
        ),
    },
    {
        "id": "h20-subscribe-04",
        "kind": "subscribe",
        "thread": None,
        "sender": "Daniel Whitfield <d.whitfield@wadkust-noorderzijl.nl>",
        "subject": "Joining the network",
        "body": (
            "Hello,\n"
            "\n"
            "I started last month as managing director of the shared civil service of Wadkust and "
            "Noorderzijl. My Dutch is getting better but is still slow, so please forgive me for writing in "
            "English.\n"
            "\n"
            "I would like to join your network of directors. Could you please sign me up with this address?\n"
            "\n"
            "Kind regards,\n"
            "Daniel Whitfield\n"
            "Managing Director | Ambtelijke organisatie Wadkust-Noorderzijl"
        ),
    },
    {
        "id": "h20-subscribe-05",
        "kind": "subscribe",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "sender": "Harm Jonkers <h.jonkers@dedrieheuvels.nl>",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "lid blijven\n"
            "\n"
            "Dat afmelden was een vergissign van ons secretariaat, excuus! Ik wil juist graag lid blijven.\n"
            "\n"
            "Harm"
        ),
    },
    {
        "id": "h20-subscribe-06",
        "kind": "subscribe",
        "thread": None,
        "sender": "Marco Tiemens <m.tiemens@devlietlanden.nl>",
        "subject": "Opnieuw aanmelden",
        "body": (
            "Beste Stan en Melanie,\n"
            "\n"
            "Twee jaar geleden heb ik me afgemeld toen ik naar de provincie vertrok. Sinds februari ben ik "
            "terug in het gemeentelijke domein, als directeur van de ambtelijke organisatie De Vlietlanden. "
            "Ik meld me dus graag opnieuw aan, nu met dit adres.\n"
            "\n"
            "Hartelijke groet,\n"
            "Marco Tiemens"
        ),
    },
    {
        "id": "h20-subscribe-07",
        "kind": "subscribe",
        "thread": None,
        "sender": "Bart Kerkhof <b.kerkhof@werkorganisatie-delfland-oost.nl>",
        "subject": "nieuw lid",
        "body": (
            "Hoi Melanie,\n"
            "\n"
            "Onze nieuwe adjunct-directeur Sanne Vreugdenhil wil ook graag lid worden. Haar adres is "
            "s.vreugdenhil@werkorganisatie-delfland-oost.nl. Wil je haar aanmelden? Ze krijgt dan zelf de "
            "bevestigingsmail, neem ik aan.\n"
            "\n"
            "Groet,\n"
            "Bart\n"
            "\n"
            "Verzonden vanuit Outlook voor iOS"
        ),
    },
    {
        "id": "h20-subscribe-08",
        "kind": "subscribe",
        "thread": None,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "sender": "Anouk Verhagen <a.verhagen@bgz-werkorganisatie.nl>",
        "subject": (
            "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Goedemiddag,\n"
            "\n"
            "Een collega stuurde mij onderstaande uitnodiging door. Ik ben sinds kort directeur van de "
            "BGZ-werkorganisatie en wist niet dat dit netwerk bestond. Ik wil graag lid worden.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Anouk Verhagen"
        ),
    },
    {
        "id": "h20-subscribe-09",
        "kind": "subscribe",
        "thread": None,
        "sender": "R. Oosterhuis <r.oosterhuis@tweestromenland.nl>",
        "subject": "Aanmelden netwerk directeuren",
        "body": (
            "Geacht secretariaat,\n"
            "\n"
            "Graag meld ik mij aan als lid van het netwerk.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "R. (Rob) Oosterhuis\n"
            "Directeur bedrijfsvoering / plv. algemeen directeur\n"
            "Werkorganisatie Tweestromenland\n"
            "\n"
            "Denk aan het milieu voordat u deze e-mail print."
        ),
    },
    {
        "id": "h20-confirm-01",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "sender": "Yasmina El Khatib <y.elkhatib@hlw-werkorganisatie.nl>",
        "body": "",
    },
    {
        "id": "h20-confirm-02",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "sender": "Joost Ravenhorst <joost.ravenhorst@gmail.com>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": "Bevestigd.",
    },
    {
        "id": "h20-confirm-03",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "sender": "Sanne Vreugdenhil <s.vreugdenhil@werkorganisatie-delfland-oost.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Ja, hierbij bevestig ik mijn aanmelding.\n"
            "\n"
            "Groet, Sanne\n"
            "\n"
            "Verstuurd vanaf mijn iPhone"
        ),
    },
    {
        "id": "h20-confirm-04",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "sender": "Marco Tiemens <m.tiemens@devlietlanden.nl>",
        "body": (
            "Excuus voor de late reactie, uw eerste mail was in mijn ongewenste e-mail beland. Bij deze "
            "alsnog bevestigd.\n"
            "\n"
            "Marco Tiemens"
        ),
    },
    {
        "id": "h20-confirm-05",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "sender": "Rob Oosterhuis <r.oosterhuis@tweestromenland.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": "ok",
    },
    {
        "id": "h20-confirm-06",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "sender": "Gerrit Meinema <gerrit.meinema@ambtelijkefusie-noordoost.nl>",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Akkoord.\n"
            "\n"
            "G. Meinema"
        ),
    },
    {
        "id": "h20-confirm-07",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "sender": "Daniel Whitfield <d.whitfield@wadkust-noorderzijl.nl>",
        "body": (
            "Confirmed, thank you.\n"
            "\n"
            "Daniel"
        ),
    },
    {
        "id": "h20-confirm-08",
        "kind": "confirm",
        "thread": None,
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "sender": "Anouk Verhagen <a.verhagen@bgz-werkorganisatie.nl>",
        "subject": "RE: FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Ja graag, ik bevestig hierbij.\n"
            "\n"
            "Anouk Verhagen"
        ),
    },
    {
        "id": "h20-confirm-09",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "ongemarkeerd",
        "sender": "Pieter-Jan Hofstede <pj.hofstede@maasenwaal-werkt.nl>",
        "body": "Hierbij bevestig ik mijn aanmelding voor het netwerk.",
    },
    {
        "id": "h20-confirm-10",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "sender": "Fleur Hoekstra <f.hoekstra@werkorganisatie-lindewaard.nl>",
        "body": (
            "Met vriendelijke groet,\n"
            "\n"
            "Fleur Hoekstra\n"
            "algemeen directeur\n"
            "Werkorganisatie Lindewaard\n"
            "T 0345 - 63 12 00\n"
            "\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd "
            "is, wordt u vriendelijk verzocht dit aan de afzender te melden. Werkorganisatie Lindewaard staat "
            "door de elektronische verzending van dit bericht niet in voor de juiste en volledige "
            "overbrenging van de inhoud."
        ),
    },
    {
        "id": "h20-confirm-11",
        "kind": "confirm",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "sender": "Koen Alkemade <koenalkemade@gmail.com>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": (
            "Ja hoor 👍\n"
            "\n"
            "Verzonden vanaf mijn Galaxy"
        ),
    },
    {
        "id": "h20-unsubscribe-01",
        "kind": "unsubscribe",
        "erase": False,
        "thread": None,
        "sender": "Gerard Kloosterboer <g.kloosterboer@werkorganisatie-zuidplas-oost.nl>",
        "subject": "Afmelden i.v.m. pensioen",
        "body": (
            "Beste Stan, beste Melanie,\n"
            "\n"
            "Na ruim veertig jaar in het openbaar bestuur, waarvan de laatste negen als directeur van de "
            "werkorganisatie, ga ik per 1 juni met pensioen. Ik wil u vragen mij per die datum af te melden "
            "voor het netwerk. Mijn opvolger is nog niet benoemd.\n"
            "\n"
            "Ik heb de ateliers altijd als zeer waardevol ervaren. Dank daarvoor, en veel succes met het "
            "netwerk!\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Gerard Kloosterboer"
        ),
    },
    {
        "id": "h20-unsubscribe-02",
        "kind": "unsubscribe",
        "erase": False,
        "thread": None,
        "sender": "H.J. Spaargaren <hj.spaargaren@werkorganisatie-heuvelrug-west.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": (
            "Geacht secretariaat,\n"
            "\n"
            "Per 1 mei draag ik het stokje over aan mijn opvolger, mevrouw Petra Lansink. Wilt u mij afmelden "
            "en haar in mijn plaats als lid opnemen? Haar e-mailadres is "
            "p.lansink@werkorganisatie-heuvelrug-west.nl.\n"
            "\n"
            "Met dank voor de prettige contacten in de afgelopen jaren,\n"
            "\n"
            "H.J. (Henk) Spaargaren\n"
            "Algemeen directeur"
        ),
    },
    {
        "id": "h20-unsubscribe-03",
        "kind": "unsubscribe",
        "erase": False,
        "thread": None,
        "sender": "Lotte Brinkman <lotte@brinkman-interim.nl>",
        "subject": "Einde interimopdracht",
        "body": (
            "Hallo,\n"
            "\n"
            "Mijn interimopdracht bij de werkorganisatie Amstelvecht zit erop. Vanaf 15 april neemt Erik de "
            "Graaf de directie over, zijn adres is e.degraaf@amstelvecht.nl. Hij is op de hoogte en ontvangt "
            "de uitnodigingen graag. Mij kunt u uit het bestand halen.\n"
            "\n"
            "Dank en groet,\n"
            "Lotte Brinkman\n"
            "Brinkman Interim & Advies | 06 41 22 87 90"
        ),
    },
    {
        "id": "h20-unsubscribe-04",
        "kind": "unsubscribe",
        "erase": True,
        "thread": None,
        "sender": "mr. W.F. van Asperen <wf.vanasperen@ziggo.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG art. 17)",
        "body": (
            "Geachte heer, mevrouw,\n"
            "\n"
            "Hierbij verzoek ik u, met een beroep op artikel 17 van de Algemene verordening "
            "gegevensbescherming, mij af te melden voor het netwerk en al mijn persoonsgegevens uit uw "
            "bestanden te verwijderen. Ik ontvang graag een bevestiging zodra dit is gebeurd.\n"
            "\n"
            "Hoogachtend,\n"
            "\n"
            "mr. W.F. van Asperen"
        ),
    },
    {
        "id": "h20-unsubscribe-05",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "sender": "Claire Dubois-Janssen <c.dubois@rivierenhof.nl>",
        "body": (
            "Please unsubscribe me and delete all my personal data (GDPR). I left Rivierenhof last month.\n"
            "\n"
            "Thanks,\n"
            "Claire"
        ),
    },
    {
        "id": "h20-unsubscribe-06",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Ton Wessels <tonwessels58@gmail.com>",
        "subject": (
            "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": "graag uitschrijven en mijn gegevens wissen, ik werk niet meer bij de gemeente",
    },
    {
        "id": "h20-unsubscribe-07",
        "kind": "unsubscribe",
        "erase": False,
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "sender": "Jeroen Plasman <j.plasman@gemeente-rietveen.nl>",
        "body": (
            "Ik heb me niet aangemeld voor dit netwerk.\n"
            "\n"
            "J. Plasman"
        ),
    },
    {
        "id": "h20-unsubscribe-08",
        "kind": "unsubscribe",
        "erase": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "sender": "Miriam Tjon-A-Loi <m.tjonaloi@werkorganisatie-lindewaard.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Nee, ik kom niet. Ik wil ook graag van de lijst af: ik ben sinds januari geen directeur meer "
            "maar concerncontroller.\n"
            "\n"
            "Verstuurd vanaf mijn iPad"
        ),
    },
    {
        "id": "h20-unsubscribe-09",
        "kind": "unsubscribe",
        "erase": False,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "sender": "Egbert Kamphuis <e.kamphuis@sallandhof.nl>",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": "afmelden svp",
    },
    {
        "id": "h20-unsubscribe-10",
        "kind": "unsubscribe",
        "erase": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "sender": "Wim Roozendaal <w.roozendaal@dekempenrand.nl>",
        "body": (
            "Beste secretariaat,\n"
            "\n"
            "Op 11 maart ben ik er niet meer bij: per 1 maart ben ik met pensioen. Wilt u voortaan mijn "
            "opvolger Thijs Overdijk uitnodigen? Zijn adres is t.overdijk@dekempenrand.nl. Mij kunt u "
            "afmelden.\n"
            "\n"
            "Hartelijke groet en het ga jullie goed,\n"
            "Wim Roozendaal"
        ),
    },
    {
        "id": "h20-unsubscribe-11",
        "kind": "unsubscribe",
        "erase": False,
        "thread": None,
        "sender": "Karin Zwiers <k.zwiers@werkorganisatie-berkeldal.nl>",
        "subject": "Beëindiging lidmaatschap",
        "body": (
            "Goedemiddag,\n"
            "\n"
            "Graag mijn lidmaatschap van het netwerk beëindigen. De samenwerking tussen onze twee gemeenten "
            "wordt per 1 juli ontvlochten en mijn functie als directeur van de werkorganisatie vervalt "
            "daarmee.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Karin Zwiers"
        ),
    },
    {
        "id": "h20-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "sender": "Koen Alkemade <koenalkemade@gmail.com>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": "Ja, ik kom.",
    },
    {
        "id": "h20-rsvp-02",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "sender": "Fleur Hoekstra <f.hoekstra@werkorganisatie-lindewaard.nl>",
        "body": (
            "Beste Stan en Melanie,\n"
            "\n"
            "Ik kom graag, met 1 collega: onze concerncontroller Ahmet Yilmaz. Mooi thema, dat speelt bij ons "
            "volop.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Fleur Hoekstra\n"
            "algemeen directeur\n"
            "Werkorganisatie Lindewaard\n"
            "\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd "
            "is, wordt u vriendelijk verzocht dit aan de afzender te melden. Werkorganisatie Lindewaard staat "
            "door de elektronische verzending van dit bericht niet in voor de juiste en volledige "
            "overbrenging van de inhoud."
        ),
    },
    {
        "id": "h20-rsvp-03",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "sender": "Wendy Bakker-Sips <wendy.bakker@hollandsmidden-werkt.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl>:\n"
            "\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld "
            "dan met hoeveel\n"
            "> personen u komt.\n"
            "\n"
            "ja, ik kom. Alleen.\n"
            "\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "Net op tijd dus :-)\n"
            "\n"
            "Groet, Wendy"
        ),
    },
    {
        "id": "h20-rsvp-04",
        "kind": "rsvp",
        "attending": True,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "sender": "Marco Tiemens <m.tiemens@devlietlanden.nl>",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Ik ben erbij! Tot donderdag.\n"
            "\n"
            "Marco\n"
            "\n"
            "Verstuurd vanaf mijn iPhone"
        ),
    },
    {
        "id": "h20-rsvp-05",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": (
            "Dank voor de uitnodiging. Ik neem graag de plaats van Dirk in en neem ook een collega mee, zoals "
            "afgesproken.\n"
            "\n"
            "Groet,\n"
            "Marieke de Vries-Ölçer\n"
            "Directeur Dienstverlening, werkorganisatie BBR"
        ),
    },
    {
        "id": "h20-rsvp-06",
        "kind": "rsvp",
        "attending": True,
        "thread": None,
        "sender": "Johan Veltkamp <j.veltkamp@achterhoekoost.nl>",
        "subject": "Atelier 11 maart: toch aanwezig",
        "body": (
            "Beste Melanie,\n"
            "\n"
            "Eerder heb ik afgezegd voor het atelier van 11 maart, maar de raadsvergadering is verschoven "
            "naar de week erna. Ik kom dus toch.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Johan Veltkamp\n"
            "Gemeentesecretaris/algemeen directeur Achterhoek-Oost"
        ),
    },
    {
        "id": "h20-rsvp-07",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quote": "none",
        "sender": "Gerrit Meinema <gerrit.meinema@ambtelijkefusie-noordoost.nl>",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": "Tot 11 maart.",
    },
    {
        "id": "h20-rsvp-08",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "sender": "Daniel Whitfield <d.whitfield@wadkust-noorderzijl.nl>",
        "body": (
            "Count me in, I'll be there in person. Good opportunity to meet colleagues.\n"
            "\n"
            "Best,\n"
            "Daniel"
        ),
    },
    {
        "id": "h20-rsvp-09",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "sender": "Trees Haverkamp <t.haverkamp@werkorganisatie-berkeldal.nl>",
        "body": (
            "Goedemorgen,\n"
            "\n"
            "Ik sluit online aan via Teams; de reistijd naar Utrecht past die middag niet in mijn agenda.\n"
            "\n"
            "Groet,\n"
            "Trees Haverkamp"
        ),
    },
    {
        "id": "h20-rsvp-10",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "sender": "Egbert Kamphuis <e.kamphuis@sallandhof.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": "Ja",
    },
    {
        "id": "h20-rsvp-11",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "sender": "Pieter-Jan Hofstede <pj.hofstede@maasenwaal-werkt.nl>",
        "body": (
            "De nieuwe datum past mij ook, ik blijf aangemeld.\n"
            "\n"
            "PJ Hofstede"
        ),
    },
    {
        "id": "h20-rsvp-12",
        "kind": "rsvp",
        "attending": True,
        "thread": None,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "sender": "Jacqueline Brouwer <j.brouwer@werkorganisatie-duinstreek.nl>",
        "subject": (
            "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Ja, ik kom graag.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Jacqueline Brouwer\n"
            "Directeur Werkorganisatie Duinstreek"
        ),
    },
    {
        "id": "h20-rsvp-13",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "sender": "Jeroen Plasman <j.plasman@gemeente-rietveen.nl>",
        "body": "Nee, helaas.",
    },
    {
        "id": "h20-rsvp-14",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "sender": "Annemiek Rozendaal <a.rozendaal@lingehof.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Helaas, ik zit die week met t gezin in Portugal. Volgende keer graag weer!\n"
            "\n"
            "Hartelijke groet, Annemiek"
        ),
    },
    {
        "id": "h20-rsvp-15",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "sender": "Bart Kerkhof <b.kerkhof@werkorganisatie-delfland-oost.nl>",
        "body": (
            "Hoi Stan,\n"
            "\n"
            "Zelf kan ik helaas niet, maar mijn collega Ruud Verbeek "
            "(r.verbeek@werkorganisatie-delfland-oost.nl), concerndirecteur, komt in mijn plaats.\n"
            "\n"
            "Groet,\n"
            "Bart"
        ),
    },
    {
        "id": "h20-rsvp-16",
        "kind": "rsvp",
        "attending": False,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "sender": "Wendy Bakker-Sips <wendy.bakker@hollandsmidden-werkt.nl>",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": (
            "helaas, ik kan niet. Griep :-( geef mn plek maar aan iemand van de wachtlijst.\n"
            "\n"
            "Wendy"
        ),
    },
    {
        "id": "h20-rsvp-17",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "sender": "Sjoerd van der Meulen <s.vandermeulen@fryske-marren-west.nl>",
        "body": (
            "Goedemiddag,\n"
            "\n"
            "Op 18 maart heb ik de hele dag een regionale bestuursconferentie, dus dan moet ik helaas "
            "afhaken. Jammer, want 11 maart had ik vrijgehouden.\n"
            "\n"
            "Met groet,\n"
            "Sjoerd van der Meulen"
        ),
    },
    {
        "id": "h20-rsvp-18",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Johan Veltkamp <j.veltkamp@achterhoekoost.nl>",
        "body": (
            "Ik heb geen specifiek onderwerp in te brengen, maar ik ben er in maart zeker bij.\n"
            "\n"
            "Johan"
        ),
    },
    {
        "id": "h20-rsvp-19",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "sender": "Claire Dubois-Janssen <c.dubois@rivierenhof.nl>",
        "body": (
            "Unfortunately I can't make it on the 11th, I'll be abroad that week. Please keep me posted for "
            "the autumn session.\n"
            "\n"
            "Kind regards,\n"
            "Claire Dubois-Janssen"
        ),
    },
    {
        "id": "h20-rsvp-20",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "sender": "Henk Lammers <h.lammers@werkorganisatie-peelrand.nl>",
        "body": (
            "Ik kan toch niet, haal mij maar van de wachtlijst af. Succes met de middag.\n"
            "\n"
            "Henk Lammers"
        ),
    },
    {
        "id": "h20-rsvp-21",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "sender": "Gerrit Meinema <gerrit.meinema@ambtelijkefusie-noordoost.nl>",
        "subject": (
            "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Helaas verhinderd wegens een extra vergadering van het algemeen bestuur.\n"
            "\n"
            "G. Meinema"
        ),
    },
    {
        "id": "h20-rsvp-22",
        "kind": "rsvp",
        "attending": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "sender": "Annemiek Rozendaal <a.rozendaal@lingehof.nl>",
        "body": "Geen onderwerpen van mijn kant, en ik kan er in maart ook niet bij zijn.",
    },
    {
        "id": "h20-suggestion-01",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Henk Lammers <h.lammers@werkorganisatie-peelrand.nl>",
        "body": (
            "Beste Stan en Melanie,\n"
            "\n"
            "Ik zou graag spreken over de toekomstvisie van onze werkorganisatie richting 2035: waar willen "
            "we als organisatie staan en hoe vertalen we dat naar een meerjarige inhoudelijke agenda?\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Henk Lammers\n"
            "Algemeen directeur Werkorganisatie Peelrand"
        ),
    },
    {
        "id": "h20-suggestion-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Harm Jonkers <h.jonkers@dedrieheuvels.nl>",
        "subject": (
            "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": (
            "Wat doe je als een van de deelnemende gemeenten openlijk twijfelt aan de samenwerking en "
            "uittreding overweegt? Ik ben benieuwd hoe collega's de relatie met alle gemeenten goed houden "
            "als de belangen uit elkaar gaan lopen.\n"
            "\n"
            "Harm Jonkers"
        ),
    },
    {
        "id": "h20-suggestion-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Rob Oosterhuis <r.oosterhuis@tweestromenland.nl>",
        "body": (
            "Twee onderwerpen:\n"
            "- krapte op de arbeidsmarkt: hoe vullen we onze vacatueres nog in\n"
            "- hybride werken en wat dat betekent voor de formatie\n"
            "\n"
            "Rob"
        ),
    },
    {
        "id": "h20-suggestion-04",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Jacqueline Brouwer <j.brouwer@werkorganisatie-duinstreek.nl>",
        "body": (
            "Goedemorgen,\n"
            "\n"
            "Mijn suggestie: monitoring van prestaties. Welke indicatoren gebruiken collega's om de kwaliteit "
            "van de dienstverlening aan inwoners en ondernemers te volgen, en wat doen ze met die cijfers?\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Jacqueline Brouwer"
        ),
    },
    {
        "id": "h20-suggestion-05",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Koen Alkemade <koenalkemade@gmail.com>",
        "subject": (
            "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": (
            "Mijn onderwerp: de digitalisering van onze werkprocessen en wat die betekent voor de "
            "dienstverlening aan inwoners (minder balie, meer online, maar niemand mag buiten de boot "
            "vallen). Wat mij betreft raakt dat zowel Organisatie als Dienstverlening.\n"
            "\n"
            "Koen\n"
            "\n"
            "Verstuurd vanaf mijn iPhone"
        ),
    },
    {
        "id": "h20-suggestion-06",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "sender": "Sjoerd van der Meulen <s.vandermeulen@fryske-marren-west.nl>",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": (
            "Dank voor de inspirerende middag en het heldere verslag.\n"
            "\n"
            "Voor de volgende keer: de positie van ambtelijke fusieorganisaties in de regio, nu de "
            "centrumgemeente steeds vaker de regie pakt in de regionale samenwerkingsverbanden. Hoe zorgen we "
            "dat onze gemeenten daar gezamenlijk een stem houden?\n"
            "\n"
            "Sjoerd"
        ),
    },
    {
        "id": "h20-suggestion-07",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "sender": "Yasmina El Khatib <y.elkhatib@hlw-werkorganisatie.nl>",
        "body": (
            "Dank voor het welkom!\n"
            "\n"
            "U vraagt naar onderwerpen: bij ons staat de begroting van de werkorganisatie flink onder druk. "
            "Ik ben benieuwd hoe collega's hun begroting sluitend houden zonder in te leveren op de formatie.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Yasmina El Khatib"
        ),
    },
    {
        "id": "h20-suggestion-08",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": None,
        "sender": "Pieter-Jan Hofstede <pj.hofstede@maasenwaal-werkt.nl>",
        "subject": "Suggestie voor volgend atelier",
        "body": (
            "Graag agenderen voor het najaarsatelier: informatieveiligheid en I&A na de overstap naar de "
            "cloud. Wij zitten midden in die migratie en lopen tegen van alles aan.\n"
            "\n"
            "PJ"
        ),
    },
    {
        "id": "h20-suggestion-09",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "sender": "Fleur Hoekstra <f.hoekstra@werkorganisatie-lindewaard.nl>",
        "body": (
            "Nog een aanvulling op mijn eerdere suggestie: de rol van de directeur bij het bepalen van de "
            "bestuurlijke prioriteiten halverwege een bestuursperiode. Wat laat je vallen en hoe bespreek je "
            "dat met de colleges?\n"
            "\n"
            "Fleur"
        ),
    },
    {
        "id": "h20-suggestion-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Wendy Bakker-Sips <wendy.bakker@hollandsmidden-werkt.nl>",
        "body": (
            "Ik kom zeker!\n"
            "\n"
            "Als onderwerp stel ik voor: hoe maken we van de dienstverlening aan ondernemers echt één loket, "
            "ook buiten kantoortijden?\n"
            "\n"
            "Groet, Wendy"
        ),
    },
    {
        "id": "h20-suggestion-11",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "sender": "Daniel Whitfield <d.whitfield@wadkust-noorderzijl.nl>",
        "body": (
            "Thanks for a great afternoon. A topic suggestion for next time: how do we keep a human touch in "
            "our services to residents when more and more contact goes through chatbots and apps?\n"
            "\n"
            "Best,\n"
            "Daniel"
        ),
    },
    {
        "id": "h20-suggestion-12",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Marco Tiemens <m.tiemens@devlietlanden.nl>",
        "body": (
            "Beste Stan,\n"
            "\n"
            "Twee suggesties, elk op een eigen regel:\n"
            "1. Cultuur en leiderschap: hoe bouw je na een fusie aan één organisatiecultuur?\n"
            "2. Samen met onze gemeenten optrekken in gezamenlijke regionale opgaven zoals woningbouw en de "
            "energietransitie.\n"
            "\n"
            "Groet,\n"
            "Marco"
        ),
    },
    {
        "id": "h20-suggestion-13",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "sender": "Egbert Kamphuis <e.kamphuis@sallandhof.nl>",
        "subject": (
            "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": (
            "Suggestie: bestuurlijke prioriteiten stellen als het geld op is. Welke keuzes voor de lange "
            "termijn maak je als directeur samen met de colleges?\n"
            "\n"
            "E. Kamphuis"
        ),
    },
    {
        "id": "h20-suggestion-14",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Gerrit Meinema <gerrit.meinema@ambtelijkefusie-noordoost.nl>",
        "subject": (
            "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": (
            "Thema voor het atelier: robotisering en AI in de bedrijfsvoering (financiële administratie, HR, "
            "inkoop). Welke ervaringen hebben collega's daarmee?\n"
            "\n"
            "G. Meinema"
        ),
    },
    {
        "id": "h20-suggestion-15",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Gerard Kloosterboer <g.kloosterboer@werkorganisatie-zuidplas-oost.nl>",
        "body": (
            "Beste secretariaat,\n"
            "\n"
            "Wat mij bezighoudt, en dat zal mijn laatste bijdrage zijn: de toekomst van de samenwerking zelf. "
            "Blijven we over tien jaar een werkorganisatie voor drie gemeenten, of is een herindeling dan "
            "logischer? Ik zie dat als een onderwerp op het snijvlak van Strategie en Samenwerking.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Gerard Kloosterboer"
        ),
    },
    {
        "id": "h20-suggestion-16",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": None,
        "sender": "Anouk Verhagen <a.verhagen@bgz-werkorganisatie.nl>",
        "subject": "idee najaarsatelier",
        "body": (
            "Idee voor het najaarsatelier: hoe boeien en binden we jong talent in onze werkorganisaties? Denk "
            "aan traineeships, doorgroeimogelijkheden, een eigen opleidingsbudget.\n"
            "\n"
            "Anouk\n"
            "\n"
            "Verstuurd vanaf mijn iPhone"
        ),
    },
    {
        "id": "h20-autoreply-01",
        "kind": "autoreply",
        "thread": "invitation",
        "sender": "Annemiek Rozendaal <a.rozendaal@lingehof.nl>",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Dank voor uw bericht. Ik ben van 1 tot en met 12 maart afwezig en heb beperkt toegang tot mijn "
            "e-mail. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, telefoon 0345 "
            "- 61 14 00.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Annemiek Rozendaal"
        ),
    },
    {
        "id": "h20-autoreply-02",
        "kind": "autoreply",
        "thread": "reminder",
        "sender": "Claire Dubois-Janssen <c.dubois@rivierenhof.nl>",
        "subject": (
            "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": (
            "Thank you for your email. I am out of the office until Monday 15 March with no access to email. "
            "For urgent matters please contact my office at +31 30 123 4567.\n"
            "\n"
            "Claire Dubois-Janssen"
        ),
    },
    {
        "id": "h20-autoreply-03",
        "kind": "autoreply",
        "thread": "call_for_themes",
        "sender": "Sjoerd van der Meulen <s.vandermeulen@fryske-marren-west.nl>",
        "subject": (
            "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": (
            "Ik ben tot en met vrijdag 15 januari afwezig. Uw e-mail wordt niet doorgestuurd; ik lees hem na "
            "terugkomst.\n"
            "\n"
            "I am away until Friday 15 January. Your e-mail will not be forwarded; I will read it when I "
            "return.\n"
            "\n"
            "Sjoerd van der Meulen"
        ),
    },
    {
        "id": "h20-autoreply-04",
        "kind": "autoreply",
        "thread": "invitation",
        "sender": "Gemeente Rietveen <info@rietveen.nl>",
        "subject": "Uw bericht is ontvangen [zaaknummer Z-2027-004512]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": (
            "Geachte afzender,\n"
            "\n"
            "Hartelijk dank voor uw e-mail aan de gemeente Rietveen. Wij hebben uw bericht geregistreerd "
            "onder zaaknummer Z-2027-004512. U ontvangt binnen tien werkdagen een inhoudelijke reactie.\n"
            "\n"
            "Dit is een automatisch gegenereerd bericht. U kunt hierop niet reageren.\n"
            "\n"
            "Gemeente Rietveen"
        ),
    },
    {
        "id": "h20-autoreply-05",
        "kind": "autoreply",
        "thread": "reminder",
        "sender": "Jolien Aksoy <j.aksoy@werkorganisatie-lindewaard.nl>",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Mevrouw J. Aksoy is niet meer werkzaam bij Werkorganisatie Lindewaard. Uw e-mail wordt niet "
            "doorgestuurd. Voor vragen kunt u terecht bij info@lindewaard.nl."
        ),
    },
    {
        "id": "h20-autoreply-06",
        "kind": "autoreply",
        "thread": "call_for_themes",
        "sender": "Koen Alkemade <koenalkemade@gmail.com>",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Hoi, ik ben op vakantie tot en met 5 april. Je mail wordt niet doorgestuurd, ik reageer na "
            "terugkomst.\n"
            "\n"
            "Groet, Koen"
        ),
    },
    {
        "id": "h20-autoreply-07",
        "kind": "autoreply",
        "thread": "call_for_themes",
        "sender": "Henk Lammers <h.lammers@werkorganisatie-peelrand.nl>",
        "subject": (
            "Afwezigheidsmelding: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
            "eigenheid\" [atelier:2027-1]"
        ),
        "body": "Ik ben met verlof en vanaf maandag 22 maart weer bereikbaar.",
    },
    {
        "id": "h20-autoreply-08",
        "kind": "autoreply",
        "thread": "invitation",
        "sender": "Sanne Vreugdenhil <s.vreugdenhil@werkorganisatie-delfland-oost.nl>",
        "subject": (
            "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Auto-Response-Suppress": "All"},
        "body": (
            "Beste afzender,\n"
            "\n"
            "Ik ben met zwangerschapsverlof tot 1 juli. Mijn taken worden waargenomen door Roel Dekker "
            "(r.dekker@werkorganisatie-delfland-oost.nl). Uw mail wordt niet automatisch doorgestuurd.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Sanne Vreugdenhil"
        ),
    },
    {
        "id": "h20-autoreply-09",
        "kind": "autoreply",
        "thread": "confirmation",
        "sender": "Thijs Overdijk <t.overdijk@dekempenrand.nl>",
        "subject": "Automatic reply: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Precedence": "auto_reply"},
        "body": "I'm currently out of office and will be back on 8 March.",
    },
    {
        "id": "h20-autoreply-10",
        "kind": "autoreply",
        "thread": "invitation",
        "sender": "Ruud Verbeek <r.verbeek@werkorganisatie-delfland-oost.nl>",
        "subject": (
            "Gelezen: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": (
            "Uw bericht\n"
            "\n"
            "  Aan: Ruud Verbeek\n"
            "  Onderwerp: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]\n"
            "  Verzonden: dinsdag 2 maart 2027 09:00:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, "
            "Stockholm, Wenen\n"
            "\n"
            "is gelezen op dinsdag 2 maart 2027 10:14:55 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, "
            "Stockholm, Wenen."
        ),
    },
    {
        "id": "h20-other-01",
        "kind": "other",
        "thread": None,
        "sender": "Esther Wijnberg <e.wijnberg@raad-waardmeer.nl>",
        "subject": "Vraag over kostenverdeling werkorganisatie",
        "body": (
            "Geachte heer, mevrouw,\n"
            "\n"
            "Als raadslid van de gemeente Waardmeer heb ik vragen over de verdeelsleutel waarmee de kosten "
            "van onze werkorganisatie over de drie gemeenten worden verdeeld. Kunt u mij vertellen bij wie ik "
            "daarvoor terecht kan, of zijn er vergelijkende cijfers van andere fusieorganisaties?\n"
            "\n"
            "Met vriendelijke groet,\n"
            "\n"
            "Esther Wijnberg\n"
            "raadslid (fractie Lokaal Waardmeer)"
        ),
    },
    {
        "id": "h20-other-02",
        "kind": "other",
        "thread": None,
        "sender": "Arjen Pronk <arjen.pronk@hotmail.com>",
        "subject": "raadsleden welkom bij atelier?",
        "body": (
            "Goedenavond,\n"
            "\n"
            "Ik las in de nieuwsbrief van onze werkorganisatie over jullie Leer- en inspireer-atelier. Als "
            "raadslid in Oosterlinde ben ik erg geinteresseerd in het onderwerp samenwerking & eigenheid. "
            "Mogen raadsleden ook aanschuiven, eventueel als toehoorder?\n"
            "\n"
            "Vriendelijke groet,\n"
            "Arjen Pronk"
        ),
    },
    {
        "id": "h20-other-03",
        "kind": "other",
        "thread": None,
        "sender": "Team Overheid | CloudWise Partners <events@cloudwise-partners.nl>",
        "subject": "Webinar 25 maart: Slim samenwerken met Microsoft 365 in gemeentelijke werkorganisaties",
        "body": (
            "Beste directeur,\n"
            "\n"
            "Werkt uw organisatie voor meerdere gemeenten? Dan weet u hoe lastig het is om documenten, "
            "rechten en archivering goed in te richten. In ons gratis webinar van 25 maart laten wij zien hoe "
            "drie werkorganisaties dit hebben opgelost.\n"
            "\n"
            "Schrijf u direct in via onze website, of beantwoord deze mail voor een vrijblijvend "
            "kennismakingsgesprek.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Team Overheid, CloudWise Partners\n"
            "\n"
            "U ontvangt deze mail omdat u werkzaam bent in de publieke sector. Geen mails meer ontvangen? "
            "Klik hier."
        ),
    },
    {
        "id": "h20-other-04",
        "kind": "other",
        "thread": None,
        "sender": "Debiteurenadministratie Drukkerij Van Wijk <administratie@drukkerijvanwijk.nl>",
        "subject": "Herinnering factuur 2027-0318",
        "body": (
            "Geachte relatie,\n"
            "\n"
            "Volgens onze administratie staat factuur 2027-0318 (drukwerk jaarverslag werkorganisatie, € "
            "1.842,50) nog open. Wij verzoeken u het bedrag binnen 14 dagen over te maken onder vermelding "
            "van het factuurnummer.\n"
            "\n"
            "Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Debiteurenadministratie\n"
            "Drukkerij Van Wijk B.V."
        ),
    },
    {
        "id": "h20-other-05",
        "kind": "other",
        "thread": None,
        "sender": "Johan Veltkamp <j.veltkamp@achterhoekoost.nl>",
        "subject": "Wijziging e-mailadres",
        "body": (
            "Beste Stan,\n"
            "\n"
            "Per 1 april gaan wij over op een nieuw domein. Mijn e-mailadres wordt dan "
            "johan.veltkamp@achterhoek-oost.nl. Wil je dat in jullie bestand aanpassen?\n"
            "\n"
            "Dank en groet,\n"
            "Johan"
        ),
    },
    {
        "id": "h20-other-06",
        "kind": "other",
        "thread": None,
        "sender": "Bart Kerkhof <b.kerkhof@werkorganisatie-delfland-oost.nl>",
        "subject": "nog iemand uitnodigen?",
        "body": (
            "Hoi Melanie,\n"
            "\n"
            "Kunnen jullie onze nieuwe directeur Sociaal Domein, Mehmet Kaya, ook uitnodigen voor de "
            "ateliers? Ik denk dat hij er veel aan heeft.\n"
            "\n"
            "Bart\n"
            "\n"
            "Verzonden vanuit Outlook voor iOS"
        ),
    },
    {
        "id": "h20-other-07",
        "kind": "other",
        "thread": None,
        "sender": "Ingrid Scholten <i.scholten@hlw-werkorganisatie.nl>",
        "subject": "Aanmelding MT-leden",
        "body": (
            "Beste secretariaat,\n"
            "\n"
            "Namens mevrouw El Khatib wil ik graag de volgende MT-leden aanmelden voor het netwerk:\n"
            "- Frank de Ruiter, f.deruiter@hlw-werkorganisatie.nl\n"
            "- Naima Bouzian, n.bouzian@hlw-werkorganisatie.nl\n"
            "- Leo van Gastel, l.vangastel@hlw-werkorganisatie.nl\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Ingrid Scholten\n"
            "Managementassistent directie"
        ),
    },
    {
        "id": "h20-other-08",
        "kind": "other",
        "thread": None,
        "sender": "Sabine Korte <s.korte@grsociaaldomein-oost.nl>",
        "subject": "Lidmaatschap voor GR sociaal domein?",
        "body": (
            "Goedemiddag,\n"
            "\n"
            "Ik ben directeur van een gemeenschappelijke regeling die voor vier gemeenten het sociaal domein "
            "uitvoert. Wij zijn dus geen ambtelijke fusieorganisatie in de volle zin. Kom ik toch in "
            "aanmerking voor het lidmaatschap van uw netwerk?\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Sabine Korte"
        ),
    },
    {
        "id": "h20-other-09",
        "kind": "other",
        "thread": None,
        "sender": "Harm Jonkers <h.jonkers@dedrieheuvels.nl>",
        "subject": "Adviesraad",
        "body": (
            "Beste Stan en Melanie,\n"
            "\n"
            "Tijdens het laatste atelier hoorde ik dat er een plek vrijkomt in de Adviesraad. Ik stel me "
            "daarvoor graag kandidaat. Wat is de procedure, en hoeveel tijd kost het ongeveer?\n"
            "\n"
            "Groet,\n"
            "Harm Jonkers"
        ),
    },
    {
        "id": "h20-other-10",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Sjoerd van der Meulen <s.vandermeulen@fryske-marren-west.nl>",
        "body": (
            "Geen inhoudelijk onderwerp, wel een verzoek: zou het atelier een keer in het noorden kunnen "
            "plaatsvinden? Utrecht is voor ons steeds tweeënhalf uur rijden, heen en terug een hele dag.\n"
            "\n"
            "Met groet,\n"
            "Sjoerd"
        ),
    },
    {
        "id": "h20-other-11",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "sender": "Annemiek Rozendaal <a.rozendaal@lingehof.nl>",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
            "[atelier:2027-1]"
        ),
        "body": (
            "Kunnen jullie ook eens een ochtendvariant overwegen? De donderdagmiddag botst bij veel collegas "
            "met het college-overleg. Of een kortere online sessie tussendoor.\n"
            "\n"
            "Annemiek"
        ),
    },
    {
        "id": "h20-other-12",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Jacqueline Brouwer <j.brouwer@werkorganisatie-duinstreek.nl>",
        "body": (
            "Dank voor het mooie verslag en de goede middag! Ik heb het verslag meteen met mijn MT gedeeld.\n"
            "\n"
            "Jacqueline"
        ),
    },
    {
        "id": "h20-other-13",
        "kind": "other",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "sender": "Gerard Kloosterboer <g.kloosterboer@werkorganisatie-zuidplas-oost.nl>",
        "body": (
            "Dank voor de fijne jaren, ik heb veel aan het netwerk gehad. Het ga jullie goed!\n"
            "\n"
            "Gerard"
        ),
    },
    {
        "id": "h20-other-14",
        "kind": "other",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "sender": "Henk Lammers <h.lammers@werkorganisatie-peelrand.nl>",
        "body": (
            "Goedemorgen,\n"
            "\n"
            "Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein komen? En is de zaal "
            "rolstoeltoegankelijk? Een van onze MT-leden zit in een rolstoel.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Henk Lammers"
        ),
    },
    {
        "id": "h20-other-15",
        "kind": "other",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "sender": "Marco Tiemens <m.tiemens@devlietlanden.nl>",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": (
            "Ik kom graag, als ik tenminste een kwartiertje kan vertellen over onze ervaringen met de "
            "ontvlechting van vorig jaar. Is daar ruimte voor in het programma?\n"
            "\n"
            "Marco"
        ),
    },
    {
        "id": "h20-other-16",
        "kind": "other",
        "thread": None,
        "sender": "mr. W.F. van Asperen <wf.vanasperen@ziggo.nl>",
        "subject": "Inzageverzoek AVG",
        "body": (
            "Geachte heer, mevrouw,\n"
            "\n"
            "Op grond van artikel 15 van de AVG verzoek ik u mij een overzicht te sturen van de "
            "persoonsgegevens die u van mij verwerkt, het doel daarvan en de bron waaruit u ze heeft "
            "verkregen.\n"
            "\n"
            "Hoogachtend,\n"
            "mr. W.F. van Asperen"
        ),
    },
    {
        "id": "h20-other-17",
        "kind": "other",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "sender": "Laura Sprenger <l.sprenger@gemeente-waardmeer.nl>",
        "body": (
            "Ik heb me niet aangemeld. Hoe komt u aan mijn e-mailadres, en wie heeft mij opgegeven?\n"
            "\n"
            "L. Sprenger"
        ),
    },
    {
        "id": "h20-other-18",
        "kind": "other",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "sender": "Petra Lansink <p.lansink@werkorganisatie-heuvelrug-west.nl>",
        "body": (
            "Bevestigd. Kan mijn managementassistent, Tineke Bos, in de cc van de uitnodigingen? Dan kan zij "
            "de ateliers in mijn agenda zetten.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Petra Lansink"
        ),
    },
    {
        "id": "h20-other-19",
        "kind": "other",
        "thread": None,
        "sender": "Secretariaat directie Rivierenhof <directiesecretariaat@rivierenhof.nl>",
        "subject": "Uit dienst",
        "body": (
            "Goedemiddag,\n"
            "\n"
            "Ter informatie: de heer A. Bosman is per 1 februari niet meer werkzaam bij onze organisatie. De "
            "uitnodigingen kunnen dus niet meer naar hem toe. Zijn opvolger is nog niet bekend.\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Secretariaat directie Rivierenhof"
        ),
    },
    {
        "id": "h20-other-20",
        "kind": "other",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "sender": "Wendy Bakker-Sips <wendy.bakker@hollandsmidden-werkt.nl>",
        "subject": "Re: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": (
            "Jammer dat het niet doorgaat! Is er al zicht op een nieuwe datum? Dan kan ik die alvast "
            "blokkeren.\n"
            "\n"
            "Wendy"
        ),
    },
    {
        "id": "h20-other-21",
        "kind": "other",
        "thread": None,
        "sender": "Lisa van Rijswijk <l.vanrijswijk@student.ru.nl>",
        "subject": "Verzoek interview scriptie bestuurskunde",
        "body": (
            "Geachte heer/mevrouw,\n"
            "\n"
            "Ik ben masteerstudent Bestuurskunde aan de Radboud Universiteit en schrijf mijn scriptie over "
            "sturing in ambtelijke fusieorganisaties. Graag zou ik drie of vier directeuren uit uw netwerk "
            "interviewen. Zou u mijn verzoek onder de leden willen verspreiden, of kunt u mij in contact "
            "brengen met geïnteresseerden?\n"
            "\n"
            "Met vriendelijke groet,\n"
            "Lisa van Rijswijk"
        ),
    },
    {
        "id": "h20-other-22",
        "kind": "other",
        "thread": None,
        "sender": "Pieter Claes <pieter.claes@kuleuven.be>",
        "subject": "Request: observing one of your ateliers",
        "body": (
            "Dear network secretariat,\n"
            "\n"
            "I am a researcher at KU Leuven studying intermunicipal cooperation in Flanders and the "
            "Netherlands. Would it be possible for me to attend one of your Leer- en inspireer-ateliers as an "
            "observer? I would of course respect the confidentiality of the discussions.\n"
            "\n"
            "Best regards,\n"
            "Pieter Claes\n"
            "Public Governance Institute, KU Leuven"
        ),
    },
    {
        "id": "h20-other-23",
        "kind": "other",
        "thread": None,
        "sender": "Nicole Jansma <n.jansma@werkorganisatie-peelrand.nl>",
        "subject": "mails dubbel",
        "body": (
            "Hallo,\n"
            "\n"
            "Ik ontvang al jullie mails dubbel: op dit werkadres en op mijn privéadres "
            "(nicole.jansma@outlook.com). Kan het privéadres eruit? De mails hier op mijn werk wil ik gewoon "
            "blijven ontvangen.\n"
            "\n"
            "Groetjes, Nicole"
        ),
    },
    {
        "id": "h20-other-24",
        "kind": "other",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "sender": "Frits Hoogland <f.hoogland@gemeente-oosterlinde.nl>",
        "body": (
            "Wat is dit precies? Ik ken dit netwerk niet en weet niet of deze uitnodiging voor mij bedoeld "
            "is.\n"
            "\n"
            "F. Hoogland\n"
            "beleidsmedewerker P&O"
        ),
    },
    {
        "id": "h20-other-25",
        "kind": "other",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "sender": "Daniel Whitfield <d.whitfield@wadkust-noorderzijl.nl>",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": (
            "Thank you for the warm welcome. Where can I find the reports of previous ateliers? I'd like to "
            "catch up before March.\n"
            "\n"
            "Daniel"
        ),
    },
    {
        "id": "h20-other-26",
        "kind": "other",
        "thread": None,
        "sender": "Sales | Landgoed De Hooge Wey <sales@dehoogewey.nl>",
        "subject": "Offerte locatie najaarsatelier",
        "body": (
            "Beste organisator,\n"
            "\n"
            "Via via hoorden wij dat uw netwerk twee keer per jaar een atelier organiseert voor zo'n dertig "
            "directeuren. Landgoed De Hooge Wey (vlak bij Amersfoort, centraal in het land) biedt "
            "inspirerende vergaderzalen in een bosrijke omgeving, inclusief lunch en borrel vanaf € 69 p.p.\n"
            "\n"
            "Graag stuur ik u een offerte op maat. Wanneer kan ik u bellen?\n"
            "\n"
            "Hartelijke groet,\n"
            "Nadia Smits\n"
            "Sales & Events"
        ),
    },
    {
        "id": "h20-other-27",
        "kind": "other",
        "thread": None,
        "sender": "Fleur Hoekstra <f.hoekstra@werkorganisatie-lindewaard.nl>",
        "subject": "Wil je me even bellen?",
        "body": (
            "Hoi Stan,\n"
            "\n"
            "Wil je me deze week even bellen? Ik wil graag sparren over iets dat bij ons speelt met een van "
            "de colleges, liever niet per mail. 06 - 22 71 90 35.\n"
            "\n"
            "Groet,\n"
            "Fleur"
        ),
    },
]
# fmt: on
