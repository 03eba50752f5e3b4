"""devset73: a busy month of the info@ambtelijkefusie.nl inbox, weighted towards mail the service finds hard.

96 messages, most of them mail that holds two things at once (a yes and a question, a topic and a decline, a sign-up
and a colleague's address change), long mail with signatures, disclaimers (some with "verwijderen" or "afmelden" in
them) and inline answers between quoted lines, mail sent by a management assistant on behalf of the director, mail
from personal addresses, the quote styles of Lotus Notes, GroupWise, Apple Mail, Gmail and Outlook, auto-replies with
and without their headers, and one-line mobile mail.

Conventions relied on (the secretariat's view):
- Joining, by the person themself: `subscribe`. A request to sign up one named colleague WITH that colleague's e-mail
  address: `subscribe` too. Without the colleague's address, or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- Label the theme(s) of what the writer proposes, not of words used in passing; two themes only where the topic
  clearly spans both.

Choices made in this set:
- A management assistant who answers from the director's own mailbox ("namens mevrouw ...", Outlook delegation)
  gives the director's answer and is labelled as such. An assistant who asks to sign up the director with the
  director's address is the named-colleague case (`subscribe`); without the address it is `other`. Assistant mail
  whose label was not clear (an RSVP from the assistant's own address, a leave on the director's behalf) is left out.
- A director answering above our mail as forwarded by the assistant (`doorgestuurd`) has no thread.
- A topic proposed in reply to the welcome mail (which asks for topics) is a `suggestion`.
- 'lid blijven' under our confirmation of a leave starts a new sign-up: `subscribe`.
"""

from __future__ import annotations

from typing import Any

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d73-sub-01", "kind": "subscribe", "thread": None,
        "sender": "Hanneke Wolters <h.wolters@dewaarden-werkorganisatie.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "body": """\
Geachte heer, mevrouw,

Per 1 februari ben ik aangesteld als algemeen directeur van Werkorganisatie De Waarden, de ambtelijke organisatie
van de gemeenten Druten, Beuningen en West Maas en Waal. Mijn voorganger was enthousiast over het netwerk en
heeft mij aangeraden lid te worden. Dat doe ik graag: bij dezen meld ik mij aan.

Met vriendelijke groet,

drs. Hanneke Wolters
Algemeen directeur
Werkorganisatie De Waarden
T 0487 51 20 00 | M 06 41 28 77 03
Postbus 14, 6640 AA Beuningen

Mijn werkdagen zijn maandag tot en met donderdag.

-------------------------------------------------------------------------------------------
Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u
verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Aan dit bericht kunnen
geen rechten worden ontleend.
""",
    },
    {
        "id": "d73-sub-02", "kind": "subscribe", "thread": None,
        "sender": "Erik Jan Bosman <ejbosman71@gmail.com>",
        "subject": "aanmelden",
        "body": """\
Graag aanmelden voor het directeurennetwerk. Ik ben directeur van Servicepunt Rijnstreek.
Groet, Erik Jan Bosman

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d73-sub-03", "kind": "subscribe", "thread": None,
        "sender": "Secretariaat directie BUCH <secretariaatdirectie@buch-werkorganisatie.nl>",
        "subject": "Aanmelding namens mevrouw Terpstra",
        "body": """\
Goedemorgen,

Namens mevrouw A. Terpstra, algemeen directeur van de BUCH-werkorganisatie, verzoek ik u haar aan te melden
voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Haar e-mailadres is
a.terpstra@buch-werkorganisatie.nl. Zij zal de bevestigingsmail zelf beantwoorden.

Alvast bedankt.

Met vriendelijke groet,

Yvonne Blom
Managementassistent directie
BUCH-werkorganisatie
072 - 567 89 00
""",
    },
    {
        "id": "d73-sub-04", "kind": "subscribe", "thread": None,
        "sender": "Frank Oudshoorn <f.oudshoorn@hlt-samen.nl>",
        "subject": "Nieuw lid",
        "body": """\
Beste Stan en Melanie,

Onze nieuwe adjunct-directeur, Bas Verhoeven, wil graag ook lid worden van het netwerk. Zijn adres is
b.verhoeven@hlt-samen.nl. Willen jullie hem aanmelden?

Hartelijke groet,
Frank

Frank Oudshoorn | directeur HLTsamen
""",
    },
    {
        "id": "d73-sub-05", "kind": "subscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Joke Rutten <j.rutten@kempengemeenten.nl>",
        "body": """\
lid blijven

Dit was een vergissing van ons secretariaat; ik wil graag lid blijven.

Joke Rutten
Directeur Samenwerking De Kempen
""",
    },
    {
        "id": "d73-sub-06", "kind": "subscribe", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Maarten Hoekstra <m.hoekstra@werkorganisatie-noordoost.nl>",
        "subject": "FW: " + INV,
        "body": """\
Goedemiddag,

Deze uitnodiging kreeg ik via mijn secretariaat door van een collega uit de regio. Ik ben nog geen lid van uw
netwerk, maar word dat graag. Wilt u mij aanmelden op dit adres?

Met vriendelijke groet,
Maarten Hoekstra
Gemeentesecretaris / algemeen directeur
""",
    },
    {
        "id": "d73-sub-08", "kind": "subscribe", "thread": None,
        "sender": "René Vos <rene.vos@ziggo.nl>",
        "subject": "Aanmelding",
        "body": """\
Beste secretariaat,

Ik ben sinds kort directeur van de ambtelijke organisatie Oldambt-Pekela. Mijn zakelijke mailbox werkt nog niet
goed, dus ik meld me aan met mijn eigen adres. Graag op dit adres inschrijven.

Vriendelijke groet,
René Vos
""",
    },
    {
        "id": "d73-sub-09", "kind": "subscribe", "thread": None,
        "sender": "Cor van Wijk <c.vanwijk@servicepunt-drie.nl>",
        "subject": "Aanmelden",
        "body": """\
Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
    },
    {
        "id": "d73-sub-10", "kind": "subscribe", "thread": None,
        "sender": "Sabine Lodewijks <s.lodewijks@werkorganisatie-cgm.nl>",
        "subject": "Aanmelding Netwerk van directeuren",
        "body": """\
Goedendag,

Op uw website las ik dat het lidmaatschap van het netwerk kosteloos is en dat aanmelden per e-mail kan. Bij
dezen meld ik mij aan als directeur van de Werkorganisatie CGM (Cranendonck, Geldrop-Mierlo en Heeze-Leende).

Met vriendelijke groet,

Sabine Lodewijks
Directeur
Werkorganisatie CGM | Postbus 10101 | 5660 GA Geldrop
www.werkorganisatie-cgm.nl

Let op: ons bezoekadres is per 1 januari gewijzigd in Stationsstraat 8, Geldrop.
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d73-uns-01", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Peter Brinkman <p.brinkman@gemeenten-ahw.nl>",
        "body": """\
Afmelden a.u.b.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d73-uns-02", "kind": "unsubscribe", "thread": None,
        "sender": "Wim Hageman <w.hageman@werkorganisatie-lingewaal.nl>",
        "subject": "Afmelding netwerk i.v.m. pensioen",
        "body": """\
Beste Stan en Melanie,

Na ruim veertig jaar in het openbaar bestuur ga ik per 1 april met pensioen. Ik heb het netwerk altijd als
waardevol ervaren, en de ateliers in Utrecht zal ik missen. Wilt u mij per die datum afmelden? Mijn opvolger
is nog niet benoemd; zodra dat bekend is, zal de nieuwe directeur zich ongetwijfeld zelf bij u melden.

Het ga jullie goed.

Met hartelijke groet,

Wim Hageman
Algemeen directeur
Werkorganisatie Lingewaal

Disclaimer: De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
Gebruik van deze informatie door anderen is niet toegestaan.
""",
    },
    {
        "id": "d73-uns-03", "kind": "unsubscribe", "thread": None,
        "sender": "Ton Schuurmans <t.schuurmans@bsd-werkorganisatie.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": """\
Geachte heer Van de Laar, mevrouw Huurneman,

Per 1 maart vertrek ik naar de provincie Noord-Brabant. Mijn functie als directeur wordt overgenomen door
Marloes Kuipers (m.kuipers@bsd-werkorganisatie.nl). Wilt u haar in mijn plaats als lid opnemen en mij
afmelden?

Met vriendelijke groet,
Ton Schuurmans
""",
    },
    {
        "id": "d73-uns-04", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ans de Graaf <a.degraaf@werkorganisatie-middendelfland.nl>",
        "body": """\
Beste Stan,

Op 11 maart ben ik er niet bij: ik verlaat per 1 maart de werkorganisatie. Mijn opvolger als directeur, Gert-Jan
Meulenbelt (gj.meulenbelt@werkorganisatie-middendelfland.nl), neemt mijn plaats in het netwerk over. Mij kun je
van de ledenlijst halen.

Groet,
Ans de Graaf
""",
    },
    {
        "id": "d73-uns-05", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "mr. L.M. Pronk <l.pronk@ambtelijkeorganisatie-nhn.nl>",
        "subject": "Verzoek tot gegevenswissing (art. 17 AVG)",
        "body": """\
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn persoonsgegevens
die u in het kader van het netwerk verwerkt te wissen, en mij als lid af te melden. Ik verneem graag binnen de
wettelijke termijn dat aan dit verzoek is voldaan.

Hoogachtend,

mr. L.M. Pronk
Directeur bedrijfsvoering
""",
    },
    {
        "id": "d73-uns-06", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Gerda Mol <gerdamol@hotmail.com>",
        "subject": "gegevens",
        "body": """\
Hallo,

Ik werk al een half jaar niet meer bij de gemeente maar krijg nog steeds jullie mails op mijn oude adres,
die ik hier zie doorkomen. Willen jullie al mijn gegevens uit jullie bestanden verwijderen? Dat mag volgens
de AVG toch.

Gerda
""",
    },
    {
        "id": "d73-uns-07", "kind": "unsubscribe", "erase": True, "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Kees Doornbos <kees.doornbos@gmail.com>",
        "body": """\
Ik wil hier toch geen lid van zijn. Wist u mijn naam en e-mailadres alstublieft volledig.
""",
    },
    {
        "id": "d73-uns-08", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "M. el Amrani <m.elamrani@werkorganisatie-dal.nl>",
        "body": """\
Ik heb mij niet aangemeld.
""",
    },
    {
        "id": "d73-uns-09", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "notes",
        "sender": "Johan Prins <Johan.Prins@servicepunt71.nl>",
        "body": """\
Dit was niet mijn aanmelding. Ik ben beleidsmedewerker en geen directeur. Graag geen mail meer.

Johan Prins
Servicepunt71
""",
    },
    {
        "id": "d73-uns-10", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Karin Nijhof <k.nijhof@werkorganisatie-vijfheuvelen.nl>",
        "body": """\
Goedemorgen,

Ik kom niet op 11 maart, en ik wil mij ook afmelden voor het netwerk: ik ben sinds januari
concerncontroller en geen directeur meer.

Met vriendelijke groet,

Karin Nijhof
Concerncontroller

Denk aan het milieu voordat u deze e-mail print.
""",
    },
    {
        "id": "d73-uns-11", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Hans Wijnen <h.wijnen@samenwerking-abg.nl>",
        "body": """\
Geen thema's van mijn kant. Ik stop per 1 maart als directeur; haal mij maar van de lijst.

Hans Wijnen
""",
    },
    {
        "id": "d73-uns-13", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "groupwise",
        "sender": "Roelof Mulder <r.mulder@sed-organisatie.nl>",
        "subject": "Re: " + REM,
        "body": """\
Ik kan donderdag niet komen en ik zeg bij dezen ook mijn lidmaatschap op. Dank voor de afgelopen jaren.

Roelof Mulder
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d73-con-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Met vriendelijke groet,

Marieke de Vries-Ölçer
Algemeen directeur
Werkorganisatie BBR
T 0522 27 40 00

Heeft u deze e-mail ten onrechte ontvangen? Wilt u dan de afzender informeren en dit bericht verwijderen.
""",
    },
    {
        "id": "d73-con-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Pieter Zandstra <pieterzandstra@gmail.com>",
        "body": """\
Ja

Verzonden vanaf mijn Android-telefoon
""",
    },
    {
        "id": "d73-con-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "groupwise",
        "sender": "L. Kramer <l.kramer@werkorganisatie-duivenwesterv.nl>",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """\
Bevestigd, dank u.

L. Kramer
""",
    },
    {
        "id": "d73-con-04", "kind": "confirm", "thread": None,
        "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "subject": "FW: " + CONF,
        "body": """\
Hierbij bevestig ik mijn aanmelding. Mijn secretariaat had mij aangemeld, vandaar.

Marieke de Vries
""",
    },
    {
        "id": "d73-con-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "sender": "Gerrit Stam <Gerrit.Stam@werkorganisatie-ss.nl>",
        "body": """\
Akkoord, ik bevestig.

Met vriendelijke groet / Kind regards,
Gerrit Stam
""",
    },
    {
        "id": "d73-con-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Linda Mulder <l.mulder@duoplus.nl>",
        "body": """\
Ja, graag! Excuus dat het even duurde.

Linda

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d73-con-08", "kind": "confirm", "thread": "confirmation",
        "subject": "RE: " + CONF,
        "sender": "Esther Bakker <e.bakker@werkorganisatie-rijnwaarden.nl>",
        "body": """\
Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Beste Esther Bakker,
>
> Via secretariaat@werkorganisatie-rijnwaarden.nl hebben wij een aanmelding ontvangen voor het Netwerk van
> directeuren van ambtelijke fusieorganisaties op dit e-mailadres (e.bakker@werkorganisatie-rijnwaarden.nl).
>
> Wilt u uw aanmelding bevestigen?

Ja, bij dezen.

> Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker dat dit e-mailadres van u is en dat u
> onze berichten wilt ontvangen.
>
> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.
""",
    },
    {
        "id": "d73-con-10", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Anouk Verbeek <anouk.verbeek@icloud.com>",
        "body": """\
👍

Verstuurd vanaf mijn iPhone
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d73-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Jeroen Bakker <j.bakker@werkorganisatie-dal.nl>",
        "body": """\
Ja, ik kom

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d73-rsvp-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ellen van Dijk <e.vandijk@werkorganisatie-velsen-ijmond.nl>",
        "body": """\
Beste Stan en Melanie,

Dank voor de uitnodiging. Ik kom graag op 11 maart, samen met onze concerncontroller: wij zijn dus met
z'n tweeën. Het thema sluit mooi aan bij de evaluatie van onze samenwerking die we net hebben afgerond.

Met vriendelijke groet,

Ellen van Dijk
Algemeen directeur
Werkorganisatie IJmond
Dudokplein 1 | 1971 EN IJmuiden
T 0255 56 76 00

Blijf op de hoogte: abonneer u op onze nieuwsbrief via www.werkorganisatie-ijmond.nl/nieuws (afmelden kan
altijd).

-------------------------------------------------------------------------------------------
Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u
verzocht de afzender op de hoogte te stellen en het bericht te verwijderen. Aan dit bericht kunnen geen
rechten worden ontleend.
""",
    },
    {
        "id": "d73-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Tineke Kroon <tinekekroon@gmail.com>",
        "body": """\
Ik ben erbij! Fijn dat het weer in Utrecht is.

Tineke Kroon
(directeur Werkorganisatie Westerkwartier, via mijn privé-adres)
""",
    },
    {
        "id": "d73-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Bert Haverkamp <Bert.Haverkamp@werkorganisatie-ommen-hardenberg.nl>",
        "body": """\
Ik kom graag, alleen.

Met vriendelijke groet,

Bert Haverkamp
Gemeentesecretaris/algemeen directeur
""",
    },
    {
        "id": "d73-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: " + INV,
        "sender": "Noor Hendriks <n.hendriks@werkorganisatie-bergenop.nl>",
        "body": """\
Mijn antwoord staat in de tekst, in hoofdletters.

Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>
Verzonden: maandag 15 februari 2027 10:02
Aan: Noor Hendriks <n.hendriks@werkorganisatie-bergenop.nl>
Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid

Beste Noor Hendriks,

Graag nodigen wij u uit voor het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid".

Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur
Waar:    Stadskantoor, Vredenburg 3, Utrecht

Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
personen u komt.
JA, IK KOM. IK NEEM ÉÉN COLLEGA MEE, DUS TWEE PERSONEN.
Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.
Graag uw antwoord vóór 2 maart 2027.

Met vriendelijke groet,

Stan van de Laar, adviseur
Melanie Huurneman, adviseur
""",
    },
    {
        "id": "d73-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Sjoerd Wiersma <s.wiersma@noardeast-fryslan.nl>",
        "body": """\
Hallo Melanie,

Eerder meldde ik mij af voor 11 maart, maar het overleg met de colleges is verschoven. Ik kom dus toch!

Groet,
Sjoerd
""",
    },
    {
        "id": "d73-rsvp-08", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Paul Smeenk <p.smeenk@werkorganisatie-achterhoek.nl>",
        "subject": "FW: " + INV,
        "body": """\
Goedemiddag,

Mijn secretariaat stuurde mij uw uitnodiging door. Ik ben er op 11 maart graag bij.

Met vriendelijke groet,
Paul Smeenk
Directeur
""",
    },
    {
        "id": "d73-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Marian van Leeuwen <m.vanleeuwen@werkorganisatie-krimpenerwaard.nl>",
        "body": """\
Geachte heer Van de Laar,

Namens mevrouw Van Leeuwen laat ik u weten dat zij graag aanwezig is bij het atelier op 11 maart. Ik heb het
in haar agenda gezet.

Met vriendelijke groet,

Saskia Brouwer
Managementassistent directie
namens Marian van Leeuwen, algemeen directeur
""",
    },
    {
        "id": "d73-rsvp-12", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Gerard Lammers <Gerard.Lammers@werkorganisatie-vijfheerenland.nl>",
        "body": """\
Ik ben erbij, kom wel een half uur later binnen in verband met een raadscommissie die middag.

Gerard Lammers
""",
    },
    {
        "id": "d73-rsvp-13", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Femke Jonker <f.jonker@werkorganisatie-zeeuwsvlaanderen.nl>",
        "body": """\
Helaas, ik kan niet. Zieke dochter.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d73-rsvp-14", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "drs. W.F. (Willem) Groenendijk <w.groenendijk@werkorganisatie-bodegraven.nl>",
        "body": """\
Geachte heer Van de Laar, beste Stan,

Dank voor de uitnodiging voor het atelier van 11 maart. Het thema spreekt mij zeer aan: de spanning tussen
één werkorganisatie en de eigenheid van de drie gemeenten is bij ons dagelijkse kost. Helaas staat op
diezelfde middag een extra raadsvergadering over de kadernota gepland, die ik als gemeentesecretaris niet kan
missen. Ik moet dus afzeggen. Ik hoop bij het volgende atelier weer van de partij te zijn.

Met vriendelijke groet,

drs. W.F. (Willem) Groenendijk
Gemeentesecretaris / algemeen directeur
Werkorganisatie Bodegraven-Reeuwijk
Postbus 401 | 2410 AK Bodegraven
T 0172 52 25 22

Heeft u deze e-mail ten onrechte ontvangen? Stel de afzender dan op de hoogte en verwijder het bericht.
De gemeente staat niet in voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mail.
""",
    },
    {
        "id": "d73-rsvp-15", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Mirjam Koster <m.koster@werkorganisatie-westfriesland.nl>",
        "body": """\
Beste Melanie,

Ik kan zelf helaas niet, maar mijn adjunct Ruud Hendriks (r.hendriks@werkorganisatie-westfriesland.nl) komt
in mijn plaats.

Groet,
Mirjam Koster
""",
    },
    {
        "id": "d73-rsvp-16", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "gmail",
        "sender": "Arjen Visser <arjen.visser@kpnmail.nl>",
        "body": """\
Ik kan toch niet; haal me maar van de wachtlijst. Succes met het atelier.

Arjen
""",
    },
    {
        "id": "d73-rsvp-17", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bianca Vermeulen <b.vermeulen@werkorganisatie-hsw.nl>",
        "body": """\
Beste Stan,

Ik ben de hele week van 8 maart met vakantie in Oostenrijk, dus ik moet deze keer helaas verstek laten gaan.

Groet,
Bianca
""",
    },
    {
        "id": "d73-rsvp-18", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Jan Willem Post <JanWillem.Post@werkorganisatie-noordveluwe.nl>",
        "body": """\
Nee, helaas.
""",
    },
    {
        "id": "d73-rsvp-19", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-en",
        "sender": "Yvonne Claassen <y.claassen@werkorganisatie-rivierenland.nl>",
        "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """\
Jammer, op 18 maart kan ik helaas niet. Dan zie ik jullie een volgende keer.

Yvonne
""",
    },
    {
        "id": "d73-rsvp-20", "kind": "rsvp", "attending": False, "thread": "invitation",
        "subject": "Re: " + INV,
        "sender": "Koen de Ridder <koen.deridder@werkorganisatie-heuvelland.nl>",
        "body": """\
Op 15-02-2027 om 10:02 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:

> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur
> Thema:   Samenwerking
> Waar:    Stadskantoor, Vredenburg 3, Utrecht

Die middag heb ik het AB van de GR.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Nee, dit keer niet.

> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.

Er komt niemand in mijn plaats.
""",
    },
    {
        "id": "d73-rsvp-21", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Anton Wessels <a.wessels@werkorganisatie-oostgelre.nl>",
        "body": """\
Goedemiddag,

Geen onderwerp van mijn kant, en ik kan er op 11 maart helaas niet bij zijn in verband met een
begrotingsoverleg.

Met vriendelijke groet,
Anton Wessels
""",
    },
    {
        "id": "d73-rsvp-22", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marloes Timmer <m.timmer@werkorganisatie-smit.nl>",
        "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """\
Beste secretariaat,

Ik kan helaas toch niet in de plaats van Dirk komen; er is die middag een crisisoverleg ingepland. Ik heb het
Dirk ook laten weten.

Groet, Marloes Timmer
""",
    },
    {
        "id": "d73-rsvp-23", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Thijs Brand <t.brand@werkorganisatie-borne.nl>",
        "body": """\
Ik kan er 11 maart niet bij zijn, maar houd mij vooral op de lijst voor de volgende keer.

Thijs Brand
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d73-sug-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Monique Aerts <m.aerts@werkorganisatie-peelgemeenten.nl>",
        "body": """\
Beste Stan en Melanie,

Dank voor jullie oproep. Een onderwerp dat bij ons hoog op de lijst staat:

Hoe werven en behouden we goed personeel in een krappe arbeidsmarkt, met name in het sociaal domein en bij
ICT? We verliezen mensen aan de grotere gemeenten en aan het Rijk, en de inhuur loopt op.

In maart ben ik er graag bij.

Met vriendelijke groet,

Monique Aerts
Algemeen directeur Peelgemeenten
T 0493 35 23 00

Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.
""",
    },
    {
        "id": "d73-sug-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Dick Verburg <d.verburg@werkorganisatie-duivenrijn.nl>",
        "body": """\
Ik kan er op 11 maart helaas niet bij zijn, maar geef graag een onderwerp mee: hoe ga je als werkorganisatie
om met een deelnemende gemeente die overweegt uit te treden? Bij ons speelt dat nu.

Dick Verburg
""",
    },
    {
        "id": "d73-sug-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Sandra Peeters <sandrapeeters@outlook.com>",
        "body": """\
Suggestie: hoe maak je de prestaties van je dienstverlening zichtbaar voor inwoners, bijvoorbeeld met een
openbaar dashboard met wachttijden en klanttevredenheid?

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d73-sug-04", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Hendrik Jan Zwart <hj.zwart@werkorganisatie-steenwijkerland.nl>",
        "body": """\
Dear Stan, beste Stan,

Een onderwerp voor maart: waar staat onze werkorganisatie over tien jaar? Ik zoek naar een manier om een
toekomstvisie op de organisatie te maken die verder kijkt dan één collegeperiode, en die bestuurders na
verkiezingen blijven dragen.

Kind regards / met vriendelijke groet,

Hendrik Jan Zwart
Director | Directeur

This e-mail and any attachments are confidential and may be privileged. If you are not the intended
recipient, please notify the sender and delete this message.
""",
    },
    {
        "id": "d73-sug-05", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Carla Jacobs <c.jacobs@werkorganisatie-drechtsteden-zuid.nl>",
        "body": """\
Goedemorgen,

Mijn voorstel: van drie bestuurlijke agenda's naar één meerjarenvisie. Onze drie colleges hebben ieder hun
eigen ambities en prioriteiten; hoe kom je als werkorganisatie samen met die drie gemeenten tot één gedeelde
strategische agenda voor de lange termijn?

Met vriendelijke groet,
Carla Jacobs
""",
    },
    {
        "id": "d73-sug-06", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Bart Claessens <b.claessens@werkorganisatie-montferland.nl>",
        "body": """\
Hoi Melanie,

Onderwerp: de inzet van AI in het klantcontact. Een digitale assistent die inwoners 's avonds helpt, wat
betekent dat voor de inwoner, en wat voor onze werkprocessen en de formatie van het KCC?

Groet,
Bart
""",
    },
    {
        "id": "d73-sug-07", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes",
        "sender": "Wilma Eshuis <Wilma.Eshuis@werkorganisatie-tubbergen.nl>",
        "body": """\
Twee onderwerpen, zoals gevraagd één per regel:
- informatieveiligheid en de weerbaarheid van onze I&A-voorzieningen
- de overstap naar een nieuw financieel systeem voor drie gemeentebegrotingen

Met vriendelijke groet,

Wilma Eshuis
Directeur bedrijfsvoering
""",
    },
    {
        "id": "d73-sug-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Frits Oosterhuis <f.oosterhuis@werkorganisatie-eemsdelta.nl>",
        "subject": "Re: " + CALL,
        "body": """\
Graag aandacht voor de positie van de fusieorganisatie in de regio: hoe verhoud je je als werkorganisatie tot de
veiligheidsregio, de GGD, de omgevingsdienst en de regiodeal, en wie zit daar namens welke gemeente aan tafel?

F. Oosterhuis
""",
    },
    {
        "id": "d73-sug-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Lotte van Houten <l.vanhouten@werkorganisatie-leudal.nl>",
        "body": """\
Beste Stan en Melanie,

Dank voor een inspirerende middag en het heldere verslag. Voor de volgende keer zou ik graag verder praten over
de verschillende ambitieniveaus van de deelnemende gemeenten bij gezamenlijke opgaven als de energietransitie:
de ene gemeente wil versnellen, de andere remt.

Hartelijke groet,
Lotte van Houten
""",
    },
    {
        "id": "d73-sug-10", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Mark Terhorst <m.terhorst@werkorganisatie-oldenzaal.nl>",
        "subject": "RE: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": """\
Nog een aanvulling: werkdruk en verzuim bij onze leidinggevenden.

Mark
""",
    },
    {
        "id": "d73-sug-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Rianne Kok <r.kok@werkorganisatie-altena.nl>",
        "body": """\
Dank voor het welkom! Een onderwerp heb ik al: hoe richt je een goed ondernemersloket in, met één vast
aanspreekpunt voor ondernemers in plaats van vijf afdelingen?

Rianne Kok
""",
    },
    {
        "id": "d73-sug-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "subject": "RE: " + CALL,
        "sender": "Michiel Jansen <m.jansen@werkorganisatie-oisterwijk.nl>",
        "body": """\
Zie mijn reactie in de tekst.

-----Original Message-----
From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>
Sent: Monday, January 11, 2027 9:00 AM
Subject: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]

> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's
> bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in
>   de regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
>   financiën, I&A;
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
>   prestaties.

[MJ] Wat ons bezighoudt: de telefonische bereikbaarheid van ons klantcontactcentrum. Inwoners wachten te lang;
wie heeft goede ervaringen met terugbelafspraken of een andere aanpak?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.
""",
    },
    {
        "id": "d73-sug-13", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Evert Smit <evert.smit@icloud.com>",
        "body": """\
Onderwerp: de bestuurlijke prioriteiten van de nieuwe colleges vertalen naar de inhoudelijke agenda van de
werkorganisatie.

Evert Smit, Werkorganisatie Land van Cuijk

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d73-sug-14", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
        "sender": "Jolanda Vink <j.vink@werkorganisatie-kaag-braassem.nl>",
        "subject": "Thema voor het atelier in maart",
        "body": """\
Beste Stan en Melanie,

Voor het atelier van maart wil ik graag de financiële positie van de werkorganisatie agenderen: de druk op onze
begroting, de stijgende loonkosten en de taakstelling die we moeten inboeken.

Met vriendelijke groet,

Jolanda Vink
""",
    },
    {
        "id": "d73-sug-15", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Hans van Rooij <Hans.vanRooij@werkorganisatie-meierijstad.nl>",
        "body": """\
Ik ben er in maart bij. Mijn onderwerp: hybride werken, en wat dat vraagt van leidinggevenden en van de
huisvesting van de werkorganisatie.

Hans van Rooij
""",
    },
    {
        "id": "d73-sug-16", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Annemiek Huisman <a.huisman@werkorganisatie-fryslanwest.nl>",
        "body": """\
Beste secretariaat,

Wij werken voor vier gemeenten en merken dat onze werkprocessen nog steeds vier keer anders lopen. Mijn
onderwerp: het harmoniseren en digitaliseren van werkprocessen binnen de werkorganisatie, en hoe je daarbij de
medewerkers meekrijgt.

Met vriendelijke groet,

Annemiek Huisman
Directeur

Wij zijn verhuisd! Ons nieuwe postadres is Postbus 10000, 8600 HA Sneek.
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d73-auto-01", "kind": "autoreply", "thread": "invitation",
        "sender": "Karel Evers <k.evers@werkorganisatie-dewolden-hoogeveen.nl>",
        "subject": "Automatisch antwoord: " + INV,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """\
Dank voor uw bericht. Ik ben tot en met vrijdag 26 februari afwezig en lees mijn e-mail niet. Voor dringende
zaken kunt u contact opnemen met het secretariaat directie via 0528 29 12 00 of
secretariaatdirectie@werkorganisatie-dewolden-hoogeveen.nl.

Met vriendelijke groet,
Karel Evers
""",
    },
    {
        "id": "d73-auto-02", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Sophie Martens <s.martens@werkorganisatie-oss-bernheze.nl>",
        "subject": "Automatic reply: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """\
Ik ben met zwangerschapsverlof tot 1 mei 2027. Uw e-mail wordt niet doorgestuurd. Voor zaken die de directie
betreffen kunt u terecht bij Joost Weijers, j.weijers@werkorganisatie-oss-bernheze.nl.

I am on maternity leave until 1 May 2027. Your e-mail will not be forwarded.
""",
    },
    {
        "id": "d73-auto-03", "kind": "autoreply", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "G. Wolterink <g.wolterink@werkorganisatie-berkelland.nl>",
        "subject": "Afwezigheidsmelding: " + INV,
        "body": """\
Ik ben afwezig van 15 februari tot en met 5 maart. Na mijn terugkomst neem ik uw bericht in behandeling.
""",
    },
    {
        "id": "d73-auto-04", "kind": "autoreply", "thread": None,
        "sender": "Marjolein Dam <m.dam@werkorganisatie-haarlemmermeer-zuid.nl>",
        "subject": "Afwezig",
        "body": """\
Ik ben afwezig tot maandag 8 maart. Uw mail wordt niet doorgestuurd en na mijn terugkomst niet automatisch
gelezen. Is het dringend, bel dan 023 567 89 10.
""",
    },
    {
        "id": "d73-auto-05", "kind": "autoreply", "thread": "invitation",
        "sender": "Postbus gemeenten <post@werkorganisatie-venray-horst.nl>",
        "subject": "Ontvangstbevestiging: " + INV,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """\
Geachte afzender,

Uw e-mail is ontvangen en geregistreerd onder zaaknummer Z/27/004512. U krijgt binnen tien werkdagen een
inhoudelijke reactie van de behandelend afdeling. Dit is een automatisch gegenereerd bericht; u kunt hier niet
op antwoorden.

Met vriendelijke groet,
Team Post en Archief
""",
    },
    {
        "id": "d73-auto-06", "kind": "autoreply", "thread": "reminder",
        "sender": "Theo Bruins <t.bruins@werkorganisatie-nijkerk-putten.nl>",
        "subject": "Automatisch antwoord: " + REM,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": """\
Ik ben niet meer werkzaam bij de werkorganisatie. Dit e-mailadres wordt niet meer gelezen en uw bericht wordt
niet doorgestuurd. Voor vragen kunt u contact opnemen met info@werkorganisatie-nijkerk-putten.nl.
""",
    },
    {
        "id": "d73-auto-07", "kind": "autoreply", "thread": "invitation",
        "sender": "Ruben Eijkelkamp <Ruben.Eijkelkamp@werkorganisatie-hof-van-twente.nl>",
        "subject": "Afwezig: " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """\
Ik ben afwezig vanaf 18-02-2027 en weer terug op 01-03-2027.

Ik zal uw bericht na mijn terugkomst beantwoorden. Voor het maken van afspraken kunt u terecht bij mijn
managementassistent, Ilse Nijhuis (0547 85 85 85).
""",
    },
    {
        "id": "d73-auto-08", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Jasper Lieftink <jasper.lieftink@gmail.com>",
        "subject": "Re: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        "body": """\
Hoi! Ik ben op vakantie tot 25 januari en heb beperkt toegang tot mijn mail. Ik reageer zo snel mogelijk na
mijn terugkomst.

Jasper
""",
    },
    {
        "id": "d73-auto-09", "kind": "autoreply", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Directie Werkorganisatie Sudwest <directie@werkorganisatie-sudwest.nl>",
        "body": """\
Dank voor uw bericht. De directie is in verband met de kerstperiode afwezig tot en met 8 januari 2027. Uw
bericht wordt na die datum in behandeling genomen.
""",
    },
    {
        "id": "d73-auto-10", "kind": "autoreply", "thread": "confirmation",
        "sender": "Nathalie Rensen <n.rensen@werkorganisatie-beekdaelen.nl>",
        "subject": "Out of Office: " + CONF,
        "headers": {"X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
        "body": """\
Ik ben op dinsdag en vrijdag niet werkzaam. Uw e-mail beantwoord ik op de eerstvolgende werkdag.

Met vriendelijke groet,
Nathalie Rensen
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d73-oth-01", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Joost Wagenaar <j.wagenaar@werkorganisatie-zaanstreek.nl>",
        "body": """\
Beste Stan,

Ja, ik kom graag. Is er bij het Stadskantoor parkeergelegenheid, of kan ik beter met de trein komen?

Met vriendelijke groet,
Joost Wagenaar
""",
    },
    {
        "id": "d73-oth-02", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Rob Hermans <r.hermans@werkorganisatie-oirschot-best.nl>",
        "body": """\
Goedemiddag,

Ik kom als ik de eerste helft online kan volgen en daarna fysiek aansluit; ik heb tot 15.30 uur een
stuurgroep in Eindhoven. Kan dat?

Met vriendelijke groet,
Rob Hermans
""",
    },
    {
        "id": "d73-oth-03", "kind": "other", "thread": None,
        "sender": "Femke Boersma <f.boersma@werkorganisatie-waadhoeke.nl>",
        "subject": "Aanmelding en adreswijziging",
        "body": """\
Beste secretariaat,

Graag meld ik mij aan voor het netwerk; ik ben per 1 februari directeur van de werkorganisatie.

Daarnaast een wijziging: mijn collega Douwe Hoekstra, al lid, heeft een nieuw e-mailadres. Zijn oude adres
d.hoekstra@waadhoeke.nl vervalt; het nieuwe is d.hoekstra@werkorganisatie-waadhoeke.nl.

Met vriendelijke groet,

Femke Boersma
Directeur Werkorganisatie Waadhoeke
""",
    },
    {
        "id": "d73-oth-04", "kind": "other", "thread": None,
        "sender": "Secretariaat directie <secretariaat@werkorganisatie-scherpenzeel.nl>",
        "subject": "Aanmelding namens de heer Jansen",
        "body": """\
Goedemorgen,

Namens de heer Jansen, onze nieuwe algemeen directeur, wil ik hem graag aanmelden voor het netwerk van
directeuren.

Met vriendelijke groet,
Wendy van Ooijen
Managementassistent
""",
    },
    {
        "id": "d73-oth-05", "kind": "other", "thread": None,
        "sender": "Arno Peters <a.peters@werkorganisatie-heumen-mook.nl>",
        "subject": "Aanmelding directieteam",
        "body": """\
Beste Stan en Melanie,

Ons directieteam wil graag als geheel lid worden. Kunnen jullie ons alle drie aanmelden?
- Arno Peters, a.peters@werkorganisatie-heumen-mook.nl
- Ilse Arts, i.arts@werkorganisatie-heumen-mook.nl
- Sander Jacobs, s.jacobs@werkorganisatie-heumen-mook.nl

Groet,
Arno
""",
    },
    {
        "id": "d73-oth-06", "kind": "other", "thread": None,
        "sender": "Erica Thijssen <e.thijssen@werkorganisatie-beesel-venlo.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": """\
Goedendag,

Ik ben interim-directeur van een ambtelijke fusieorganisatie, voor een jaar. Kan ik ook lid worden van het
netwerk, of is het alleen voor directeuren in vaste dienst?

Met vriendelijke groet,
Erica Thijssen
""",
    },
    {
        "id": "d73-oth-07", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Tom Reijnders <t.reijnders@werkorganisatie-molenlanden.nl>",
        "body": """\
Ik heb mij niet aangemeld. Hoe komt u aan mijn e-mailadres?

T. Reijnders
""",
    },
    {
        "id": "d73-oth-08", "kind": "other", "thread": None,
        "sender": "Margriet Wolff <margriet.wolff@xs4all.nl>",
        "subject": "Inzage gegevens",
        "body": """\
Geachte heer, mevrouw,

Graag ontvang ik een overzicht van de persoonsgegevens die u van mij bewaart, en met welk doel. Ik was tot vorig
jaar lid van uw netwerk.

Met vriendelijke groet,
Margriet Wolff
""",
    },
    {
        "id": "d73-oth-09", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Anja Koster <a.koster@werkorganisatie-duiven.nl>",
        "body": """\
Beste heer Van de Laar,

Ik wil u laten weten dat de heer Van Hal, aan wie deze uitnodiging gericht was, per 1 februari uit dienst is
getreden. Een opvolger is nog niet benoemd.

Met vriendelijke groet,
Anja Koster
Secretariaat directie
""",
    },
    {
        "id": "d73-oth-10", "kind": "other", "thread": None,
        "sender": "Bram Feenstra <b.feenstra@werkorganisatie-smallingerland.nl>",
        "subject": "Adviesraad",
        "body": """\
Beste Stan en Melanie,

Bij het vorige atelier hoorde ik dat de Adviesraad nieuwe leden zoekt. Ik wil mij daarvoor graag beschikbaar
stellen. Ik ben acht jaar directeur en heb de fusie van onze drie gemeenten begeleid.

Groet,
Bram Feenstra
""",
    },
    {
        "id": "d73-oth-11", "kind": "other", "thread": None,
        "sender": "Laura Dekkers <laura.dekkers@publiekadvies-partners.nl>",
        "subject": "Samenwerking: begeleiding van uw ateliers",
        "body": """\
Geachte heer Van de Laar, mevrouw Huurneman,

Publiek Advies Partners begeleidt al vijftien jaar ambtelijke fusies. Wij verzorgen graag een inspirerende
bijdrage aan een van uw ateliers, bijvoorbeeld over cultuurverandering na een fusie. Graag maak ik een
afspraak voor een kennismaking.

Met vriendelijke groet,

Laura Dekkers
Senior adviseur | Publiek Advies Partners
www.publiekadvies-partners.nl

Afmelden voor onze berichten? Stuur een e-mail naar afmelden@publiekadvies-partners.nl.
""",
    },
    {
        "id": "d73-oth-12", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Vincent Arends <v.arends@werkorganisatie-doesburg-bronckhorst.nl>",
        "body": """\
Beste Melanie,

Geen inhoudelijk thema, wel een idee over de vorm: zou het atelier eens een hele dag kunnen duren, op een
locatie in het oosten van het land? Nu is de reistijd voor ons bijna net zo lang als het atelier zelf.

Groet,
Vincent
""",
    },
    {
        "id": "d73-oth-13", "kind": "other", "thread": None,
        "sender": "Ria Lubbers <r.lubbers@werkorganisatie-midden-groningen.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """\
Goedendag,

Per 1 maart verandert mijn e-mailadres in ria.lubbers@midden-groningen.nl. Het oude adres vervalt dan. Willen
jullie het in de ledenlijst aanpassen?

Met vriendelijke groet,
Ria Lubbers
""",
    },
    {
        "id": "d73-oth-14", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Stefan Gerritsen <stefan.gerritsen@live.nl>",
        "body": """\
Dank voor de mooie middag en het verslag! Heel waardevol.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d73-oth-15", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "gmail",
        "sender": "Henk Meijerink <h.meijerink@werkorganisatie-aalten.nl>",
        "subject": "Re: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """\
Jammer! Is er al zicht op een nieuwe datum? Dan kan ik die vast blokkeren.

Henk
""",
    },
    {
        "id": "d73-oth-16", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Marjan Ypma <m.ypma@werkorganisatie-sudwest.nl>",
        "body": """\
Beste Stan,

Kun je mij de presentatie van de tweede spreker sturen? In het verslag staat alleen de link naar de
samenvatting, en ik wil de sheets graag in ons MT bespreken.

Groet,
Marjan
""",
    },
    {
        "id": "d73-oth-17", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Esther Koning <e.koning@werkorganisatie-zoetermeer-oost.nl>",
        "body": """\
Goedemorgen,

Namens mevrouw De Vries: zij komt graag op 11 maart. Zij vraagt of zij tijdens het atelier kort de
resultaten van hun evaluatie mag presenteren; hoeveel tijd zou daarvoor zijn?

Met vriendelijke groet,

Esther Koning
Managementassistent
""",
    },
    {
        "id": "d73-oth-18", "kind": "other", "thread": None,
        "sender": "Joris Kramer <joris.kramer@werkorganisatie-nieuwkoop.nl>",
        "subject": "Afmelden?",
        "body": """\
Beste Melanie,

Ik word per 1 april directeur van een gewone gemeente, niet meer van een fusieorganisatie. Moet ik me dan
afmelden, of kan ik lid blijven?

Groet,
Joris
""",
    },
    {
        "id": "d73-oth-21", "kind": "other", "thread": None,
        "sender": "Loket Wonen <wonen@werkorganisatie-stichtse-vecht.nl>",
        "subject": "FW: vraag over vergunning",
        "body": """\
Dit bericht is volgens ons verkeerd bij ons terechtgekomen, zie hieronder. Kunt u het doorzetten?

Met vriendelijke groet,
Loket Wonen

Van: J. de Bruin <jdebruin1958@hotmail.com>
Verzonden: woensdag 17 februari 2027 20:14
Onderwerp: vraag over vergunning

Goedenavond, ik wil een dakkapel plaatsen. Heb ik daarvoor een vergunning nodig?
""",
    },
    {
        "id": "d73-oth-22", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "notes",
        "sender": "Harm Beukema <Harm.Beukema@werkorganisatie-hogeland.nl>",
        "body": """\
Dank voor het welkom. Zijn er kosten verbonden aan deelname aan de ateliers, en is er een ledenlijst waarop
ik kan zien welke collega's al lid zijn?

Harm Beukema
""",
    },
    {
        "id": "d73-oth-23", "kind": "other", "thread": None,
        "sender": "Petra Jansen <petra.jansen@planet.nl>",
        "subject": "",
        "body": """\
Zie bijlage

Verstuurd vanaf mijn Galaxy
""",
    },
]
