"""The fifth held-out set: a half year of info@ambtelijkefusie.nl, one message per person (see __init__)."""

from __future__ import annotations

from typing import Any

_DISCLAIMER = """Disclaimer: de informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde.
Gebruik van deze informatie door anderen dan de geadresseerde is niet toegestaan. Indien u dit bericht ten
onrechte ontvangt, wordt u verzocht de inhoud niet te gebruiken, de afzender direct te informeren en het bericht
te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend."""

_DISCLAIMER_EN = """This e-mail and any attachments are confidential and intended solely for the addressee. If you have
received it in error, please notify the sender and delete it from your system. Any unauthorised use,
disclosure or copying is prohibited."""

_OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ RSVPs (invitation, reminder, changes)
    {
        "id": "h5-rsvp-01", "kind": "rsvp", "attending": True,
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Henk-Jan Meulenbelt <hj.meulenbelt@werkorganisatie-bremveld.nl>",
        "body": """
Beste Stan en Melanie,

Daar ben ik graag weer bij. Ik kom met de trein uit Zwolle, dus het wordt waarschijnlijk kwart over twee
voordat ik binnen ben; begin gerust zonder mij.

Groet,
Henk-Jan Meulenbelt
algemeen directeur
Werkorganisatie Bremveld
T 0571 - 28 44 10
""",
    },
    {
        "id": "h5-rsvp-02", "kind": "rsvp", "attending": True,
        "quote": "gmail", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Joyce Tieleman <joyce.tieleman@gmail.com>",
        "body": """
ja ik kom

Verzonden vanaf mijn Galaxy
""",
    },
    {
        "id": "h5-rsvp-03", "kind": "rsvp", "attending": False,
        "quote": "apple", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Wouter Brinkhorst <w.brinkhorst@klaverweide.nl>",
        "body": """
Nee helaas, die middag zit ik bij het regio-overleg met de provincie en dat kan ik niet overslaan.
Volgende keer beter!

Wouter

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "h5-rsvp-04", "kind": "rsvp", "attending": False,
        "quote": "outlook-lijn", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "G.W.M. van Stralen <g.vanstralen@wo-heemwolde.nl>",
        "body": """
Geacht secretariaat,

Tot mijn spijt ben ik op donderdag 11 maart verhinderd wegens een bestuurlijk overleg dat zich niet laat
verzetten. In mijn plaats zal onze concerncontroller, mevrouw Fatima Oukili, deelnemen
(f.oukili@wo-heemwolde.nl). Het onderwerp van de middag staat bij haar hoog op de agenda.

Hoogachtend,

mr. drs. G.W.M. (Gerard) van Stralen
gemeentesecretaris / algemeen directeur
Werkorganisatie Heemwolde
Postbus 210, 7940 AE Heemwolde

""" + _DISCLAIMER,
    },
    {
        "id": "h5-rsvp-05", "kind": "rsvp", "attending": True,
        "quote": "groupwise", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Ans Roelofsen <a.roelofsen@dijkstreek-samen.nl>",
        "body": """
Goedemiddag,

Wij komen met z'n tweeën: ikzelf en mijn adjunct, Bart Hofstede. Bart komt wat eerder om even bij te praten
met een oud-collega.

Hartelijke groet,
Ans Roelofsen
Directeur Werkorganisatie Dijkstreek
""",
    },
    {
        "id": "h5-rsvp-06", "kind": "rsvp", "attending": False,
        "quote": "notes", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "P.J. Hamstra <pj.hamstra@veenmarke.nl>",
        "body": """
Dank voor de uitnodiging.
Op 11 maart behandelt onze raad de kadernota; ik moet daar bij zijn en zal dus verstek moeten laten gaan.

P.J. Hamstra
Directeur / Gemeentesecretaris
Gemeenten Veenmarke en Oostwolde
""",
    },
    {
        "id": "h5-rsvp-07", "kind": "rsvp", "attending": True,
        "quote": "notes-wrote", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Sanne Kooistra <s.kooistra@noorderzijl-samen.nl>",
        "body": """
Hi both,

Thanks for the invite. Count me in - I'll have to join online via Teams though, as I'm in Brussels for
an Interreg meeting that week.

Best,
Sanne Kooistra
Director, Noorderzijl Samen
""",
    },
    {
        "id": "h5-rsvp-08", "kind": "rsvp", "attending": True,
        "quote": "doorgestuurd", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Ronald Takken <r.takken@gouwebroek.nl>",
        "body": """
Beste secretariaat,

Mijn managementassistent stuurde me uw uitnodiging door; ik had hem zelf over het hoofd gezien. Ik ben er op
de 11e graag bij.

Met vriendelijke groet,

Ronald Takken
Algemeen directeur Gouwebroek
06 51 90 22 37
""",
    },
    {
        "id": "h5-rsvp-09", "kind": "rsvp", "attending": True,
        "quote": "ongemarkeerd", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Theo Wassenberg <t.wassenberg@brakelveld.nl>",
        "body": """
Hierbij meld ik mij aan voor het atelier op 11 maart. Ik kom alleen.

Theo Wassenberg
""",
    },
    {
        "id": "h5-rsvp-10", "kind": "rsvp", "attending": True,
        "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "sender": "Mirjam Dekkers <m.dekkers@lingebrug.nl>",
        "body": """
Zie mijn antwoorden hieronder.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Ja.

> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

Met één collega: Joost Verhagen, strategisch adviseur. Dus twee personen.

> Graag uw antwoord vóór 2 maart 2027.

Bij dezen ;-)

Mirjam
""",
    },
    {
        "id": "h5-rsvp-11", "kind": "rsvp", "attending": True,
        "thread": None, "subject": "Aanmelding atelier 11 maart Utrecht",
        "sender": "Karin Oosterbaan <k.oosterbaan@de-vier-heerlijkheden.nl>",
        "body": """
Goedemorgen,

Via een collega-directeur hoorde ik van het atelier op donderdag 11 maart in het Stadskantoor. De uitnodiging
zelf kan ik niet meer terugvinden, vandaar deze losse mail: graag zet ik mijzelf en onze directeur
bedrijfsvoering, Wendy Brouwer, op de deelnemerslijst.

Met vriendelijke groet,
Karin Oosterbaan
Directeur De Vier Heerlijkheden
""",
    },
    {
        "id": "h5-rsvp-12", "kind": "rsvp", "attending": False,
        "quote": "outlook-en", "quoted": "herinnering_atelier", "thread": "reminder",
        "sender": "Erik van Lunteren <e.vanlunteren@wo-eemhorst.nl>",
        "body": """
Helaas, ik kan niet. Sinds gisteren flink grieperig, dus ik blijf thuis. Sorry voor de late afmelding.

Erik
""",
    },
    {
        "id": "h5-rsvp-13", "kind": "rsvp", "attending": True,
        "quote": "gmail", "quoted": "herinnering_atelier", "thread": "reminder",
        "sender": "Lotte Bijlsma <lotte.bijlsma@zandrijk.nl>",
        "body": """
Ik ben er! Al houd ik rekening met een kwartiertje vertraging, de A12 staat op donderdagmiddag altijd vast.
Mijn gast komt toch niet mee trouwens, dus alleen ik.

Groetjes,
Lotte
""",
    },
    {
        "id": "h5-rsvp-14", "kind": "rsvp", "attending": False,
        "quote": "outlook-nl", "quoted": "bevestiging_rsvp", "thread": "invitation",
        "sender": "Frank Hoekstra <f.hoekstra@oudervaart-lindenhoven.nl>",
        "body": """
Dag,

Inmiddels is mijn agenda volgelopen: ik kan toch niet. Geeft u mijn plek op de wachtlijst maar aan iemand
anders.

Frank Hoekstra
""",
    },
    {
        "id": "h5-rsvp-15", "kind": "rsvp", "attending": False,
        "quote": "outlook-nl", "quoted": "uitnodiging_vervanger", "thread": "invitation",
        "sender": "Marloes Verbeek <m.verbeek@rietmeer.nl>",
        "body": """
Beste mensen,

Dirk vroeg mij om in zijn plaats te gaan, maar bij nader inzien kan ik op 11 maart zelf ook niet: dan zit ik
in een aanbestedingstraject. Ik heb het Dirk al laten weten. Dus helaas, ik kom niet.

Marloes Verbeek
Concernmanager Gemeente Rietmeer
""",
    },
    {
        "id": "h5-rsvp-16", "kind": "rsvp", "attending": True,
        "quote": "apple", "quoted": "uitnodiging_vervanger", "thread": "invitation",
        "sender": "Youssef Amrani <y.amrani@rietmeer.nl>",
        "body": """
Prima, dan ga ik namens Dirk. Staat in mijn agenda. Tot de 11e.

Youssef

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h5-rsvp-17", "kind": "rsvp", "attending": True,
        "quote": "outlook-lijn", "quoted": "wijziging_atelier", "thread": "invitation",
        "sender": "Bianca Smulders <b.smulders@klaverweide.nl>",
        "body": """
Hoi Melanie,

Goed nieuws voor mij: de nieuwe datum komt me eigenlijk beter uit dan de oorspronkelijke. Op 11 maart had ik
afgezegd, maar op 18 maart kan ik wel. Zet me dus alsnog op de lijst.

Groet,
Bianca
""",
    },
    {
        "id": "h5-rsvp-18", "kind": "rsvp", "attending": False,
        "quote": "gmail", "quoted": "wijziging_atelier", "thread": "invitation",
        "sender": "Hans Ketelaar <hans.ketelaar@drieklooster.nl>",
        "body": """
Jammer, op de oude datum had ik gekund, maar 18 maart zit ik de hele dag in Den Haag. Dan moet ik me helaas
afmelden voor dit atelier.

Hans Ketelaar
""",
    },
    {
        "id": "h5-rsvp-19", "kind": "rsvp", "attending": True,
        "thread": None, "subject": "Toch aanwezig op 11 maart",
        "sender": "Douwe Hiemstra <d.hiemstra@fennewald.nl>",
        "body": """
Beste Stan,

Vorige week heb ik afgezegd voor het atelier, maar de begrotingsvergadering is verschoven naar april. Ik kan
dus toch komen en zou het fijn vinden als u mij weer op de deelnemerslijst zet.

Met vriendelijke groet,
Douwe Hiemstra
""",
    },
    {
        "id": "h5-rsvp-20", "kind": "rsvp", "attending": True,
        "quote": "apple", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Nicole Vermaat <n.vermaat@waalkant.nl>",
        "body": """
Eerst dacht ik dat het niet zou lukken vanwege onze MT-heidag, maar die is net verplaatst naar april.
Dus: ja, ik kom.

Nicole
""",
    },
    {
        "id": "h5-rsvp-21", "kind": "rsvp", "attending": True,
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Jan-Willem Rutgers <jw.rutgers@gemeente-rietmeer.nl>",
        "body": """
Beste secretariaat,

Ik kom, tenzij de raad die avond alsnog een extra vergadering inlast over de jeugdzorg. Gebeurt dat, dan
laat ik het u zo snel mogelijk weten, maar ik reken erop dat ik er ben.

Met vriendelijke groet,
Jan-Willem Rutgers
""",
    },
    {
        "id": "h5-rsvp-22", "kind": "rsvp", "attending": False,
        "quote": "outlook-en", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Claire Dubois-Mulder <c.duboismulder@wo-eemhorst.nl>",
        "body": """
Dear Stan, dear Melanie,

Unfortunately I won't be able to make it on 11 March - I'm on leave that week with the family.
Please do keep me posted about the next one, the theme sounds very relevant to us.

Kind regards,
Claire Dubois-Mulder
""",
    },
    {
        "id": "h5-rsvp-23", "kind": "rsvp", "attending": False,
        "quote": "gmail", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Pieter-Bas Holtrop <pb.holtrop@lingebrug.nl>",
        "body": """
Sorry, ik kan er niet bij zijn - I'm speaking at a conference in Gent that day. Next time!

PB
""",
    },
    {
        "id": "h5-rsvp-24", "kind": "rsvp", "attending": True,
        "quote": "outlook-nl", "quoted": "welkom", "thread": "welcome",
        "sender": "Desirée Janssen <d.janssen@brakelveld.nl>",
        "body": """
Beste secretariaat,

In het welkomstbericht las ik dat er twee keer per jaar een atelier is. Een collega vertelde dat het volgende
op 11 maart in Utrecht is. Daar wil ik graag bij zijn; kunt u mij als deelnemer noteren?

Groet, Desirée Janssen
""",
    },
    {
        "id": "h5-rsvp-25", "kind": "rsvp", "attending": True,
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Gerrit Mulderij <g.mulderij@veenmarke.nl>",
        "body": """
Beste Stan en Melanie,

Dit wordt mijn laatste atelier: per 1 mei ga ik met pensioen. Maar op 11 maart ben ik er dus zeker nog bij,
dat wil ik niet missen.

Hartelijke groet,
Gerrit Mulderij
""",
    },
    {
        "id": "h5-rsvp-26", "kind": "rsvp", "attending": True,
        "quote": "outlook-lijn", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Henriëtte Zwart <h.zwart@dijkstreek-samen.nl>",
        "body": """
Beste Stan,

U kunt drie stoelen voor ons reserveren: voor mij, voor Peter de Wit (directeur sociaal domein) en voor Lotte
Jansen (programmamanager samenwerking). Het thema is voor ons drieën erg actueel.

Vriendelijke groet,

Henriëtte Zwart
Algemeen Directeur
T 0418 - 67 10 00 | M 06 - 12 88 40 91
""",
    },
    {
        "id": "h5-rsvp-27", "kind": "rsvp", "attending": True,
        "thread": "invitation",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "sender": "Robbert Kleinjan <r.kleinjan@zandrijk.nl>",
        "body": """
Tot dan.
""",
    },
    {
        "id": "h5-rsvp-28", "kind": "rsvp", "attending": False,
        "thread": "invitation",
        "subject": "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "sender": "Astrid Veldkamp <a.veldkamp@gouwebroek.nl>",
        "body": """
Helaas zit ik dan in het buitenland.
""",
    },
    {
        "id": "h5-rsvp-29", "kind": "rsvp", "attending": True,
        "thread": "invitation",
        "subject": "Accepted: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "sender": "Daan Overmars <d.overmars@wo-heemwolde.nl>",
        "body": """
Looking forward to it.
""",
    },
    {
        "id": "h5-rsvp-30", "kind": "rsvp", "attending": True,
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Bart Vanhoutte <b.vanhoutte@waalkant.nl>",
        "body": """
Dag secretariaat,

Ik zal er graag bij zijn op 11 maart. Het is mijn eerste atelier, dus ik ben benieuwd.

Vriendelijke groeten,
Bart Vanhoutte
directeur-generaal Werkorganisatie Waalkant
""",
    },
    {
        "id": "h5-rsvp-31", "kind": "rsvp", "attending": False,
        "quote": "outlook-nl", "quoted": "herinnering_atelier", "thread": "reminder",
        "sender": "Ingrid Postma <i.postma@oudervaart-lindenhoven.nl>",
        "body": """
Beste Melanie,

Ik moet helaas afhaken: er is vanmiddag een crisisoverleg belegd over de brand in ons gemeentehuis. Mijn
collega Jeroen Vos (j.vos@oudervaart-lindenhoven.nl) neemt mijn plek in, hij is op de hoogte.

Ingrid
""",
    },
    {
        "id": "h5-rsvp-32", "kind": "rsvp", "attending": True,
        "quote": "apple", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Marco de Ruijter <m.deruijter@drieklooster.nl>",
        "body": """
ja ik kom grag, mt een collgea (Sandra v Dijk)

verstuurd van mijn telefoon, excuus voor de tikfouten
""",
    },
    {
        "id": "h5-rsvp-33", "kind": "rsvp", "attending": True,
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "J. Terpstra <j.terpstra@werkorganisatie-bremveld.nl>",
        "body": """
Geachte heer Van de Laar,

Namens mevrouw Terpstra laat ik u weten dat zij op donderdag 11 maart aanwezig zal zijn. Zij reist met de
auto en komt rechtstreeks uit een overleg in Amersfoort.

Met vriendelijke groet,

Ilse Kramer
Managementassistent directie
Werkorganisatie Bremveld
""",
    },
    {
        "id": "h5-rsvp-34", "kind": "rsvp", "attending": False,
        "thread": None, "subject": "afmelden atelier",
        "sender": "Kees Bolhuis <k.bolhuis@veenmarke.nl>",
        "body": """
Ik meld me af voor donderdag 11 maart, er is iets tussengekomen.
Gr Kees
""",
    },
    {
        "id": "h5-rsvp-35", "kind": "rsvp", "attending": False,
        "quote": "outlook-en", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Rachel Groeneveld <r.groeneveld@zandrijk.nl>",
        "body": """
Hi,

Please unsubscribe me from the 11 March session - I'm double-booked, sadly. I'm still very keen on the
network itself, so do keep sending the invitations.

Rachel

""" + _DISCLAIMER_EN,
    },
    {
        "id": "h5-rsvp-36", "kind": "rsvp", "attending": True,
        "thread": "reminder",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Wim Schoonhoven <w.schoonhoven@dijkstreek-samen.nl>",
        "body": """
> Binnenkort is het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid". Fijn dat u erbij bent,
> met 1 gast!

Zonder gast helaas, mijn collega ligt met een gebroken enkel thuis. Ik kom wel zelf.

> De ontvangst is een kwartier voor aanvang, met koffie en thee.

Dat komt goed uit.

Wim
""",
    },
    {
        "id": "h5-rsvp-37", "kind": "rsvp", "attending": False,
        "quote": "groupwise", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Anouk Terhorst <a.terhorst@de-vier-heerlijkheden.nl>",
        "body": """
Ik had al een 'misschien' in mijn agenda gezet, maar nu weet ik het zeker: het lukt niet. Ik wens jullie een
mooie middag.

Anouk Terhorst
""",
    },
    {
        "id": "h5-rsvp-38", "kind": "rsvp", "attending": True,
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Matthias Kröger <m.kroger@lingebrug.nl>",
        "body": """
Geacht secretariaat,

Ik kom heel graag. Het thema is voor ons zeer actueel: sinds januari is een vierde gemeente bij onze
werkorganisatie aangesloten en wij zoeken nog naar het juiste evenwicht.

Mit freundlichen Grüßen / met vriendelijke groet,
Matthias Kröger
""",
    },
    {
        "id": "h5-rsvp-39", "kind": "rsvp", "attending": False,
        "quote": "notes-wrote", "quoted": "herinnering_atelier", "thread": "reminder",
        "sender": "Tjeerd Dijkstra <t.dijkstra@fennewald.nl>",
        "body": """
Moi Stan,

Het gaat hem helaas niet worden morgen, de wethouder heeft mij voor een spoedoverleg nodig. Geef mijn stoel
maar aan iemand van de wachtlijst.

Groet út it Noarden,
Tjeerd
""",
    },
    # ------------------------------------------------------------------ sign-ups (the writer joins themself)
    {
        "id": "h5-subscribe-01", "kind": "subscribe",
        "thread": None, "subject": "Aanmelding netwerk",
        "sender": "Femke Zuidema <f.zuidema@wo-heemwolde.nl>",
        "body": """
Goedemiddag,

Sinds 1 september ben ik algemeen directeur van Werkorganisatie Heemwolde. Graag word ik lid van het Netwerk
van directeuren van ambtelijke fusieorganisaties.

Met vriendelijke groet,
Femke Zuidema
""",
    },
    {
        "id": "h5-subscribe-02", "kind": "subscribe",
        "thread": None, "subject": "Aanmeldformulier",
        "sender": "Rob Hendriksen <r.hendriksen@waalkant.nl>",
        "body": """
Aanmelden voor het netwerk, zie mijn gegevens:

Naam: R.A. (Rob) Hendriksen
Organisatie: Werkorganisatie Waalkant (gemeenten Waaldijk, Ooienkamp en Hemmerden)
Functie: directeur/gemeentesecretaris
E-mail: r.hendriksen@waalkant.nl
Telefoon: 024 - 377 81 00
""",
    },
    {
        "id": "h5-subscribe-03", "kind": "subscribe",
        "thread": None, "subject": "Joining the network",
        "sender": "Emma Kalkman <e.kalkman@gouwebroek.nl>",
        "body": """
Hello,

I recently started as managing director of Gouwebroek, the shared civil-service organisation of three
municipalities. A colleague told me about your network and the ateliers; I'd like to join.

Best regards,
Emma Kalkman
""",
    },
    {
        "id": "h5-subscribe-04", "kind": "subscribe",
        "thread": None, "subject": "Lidmaatschap",
        "sender": "Arjen Boersma <a.boersma@veenmarke.nl>",
        "body": """
Beste secretariaat,

Mijn voorganger, Anton Geerlings, was lid van uw netwerk; hij is inmiddels met pensioen. Ik heb zijn functie
overgenomen en wil graag zelf lid worden.

Met vriendelijke groet,
Arjen Boersma
Directeur Veenmarke
""",
    },
    {
        "id": "h5-subscribe-05", "kind": "subscribe",
        "thread": None, "subject": "Ateliers",
        "sender": "Margriet Lamers <m.lamers@drieklooster.nl>",
        "body": """
Goedemorgen,

Zou u mij op de hoogte willen houden van de ateliers en andere activiteiten van het netwerk? Ik ben directeur
van de ambtelijke organisatie Drieklooster, waarin drie gemeenten samenwerken.

Hartelijke groet,
Margriet Lamers
""",
    },
    {
        "id": "h5-subscribe-06", "kind": "subscribe",
        "thread": None, "subject": "aanmelden",
        "sender": "Mark Timmer <mark.timmer@zandrijk.nl>",
        "body": """
aanmelden graag. groet, mark (directeur zandrijk)
""",
    },
    {
        "id": "h5-subscribe-07", "kind": "subscribe",
        "thread": None, "subject": "Graag aanmelden voor het directeurennetwerk",
        "sender": "Els Nijhuis <e.nijhuis@lingebrug.nl>",
        "body": """
Met vriendelijke groet,

Els Nijhuis
Algemeen directeur Werkorganisatie Lingebrug
Stationsplein 4, 4191 AA Lingebrug
T 0345 - 58 20 00
""",
    },
    {
        "id": "h5-subscribe-08", "kind": "subscribe",
        "thread": None, "subject": "Weer meedoen",
        "sender": "Herman Visscher <h.visscher@klaverweide.nl>",
        "body": """
Beste Stan,

Twee jaar geleden heb ik mij afgemeld, toen ik naar de provincie vertrok. Inmiddels ben ik terug in het
gemeentelijke: sinds februari ben ik directeur van Werkorganisatie Klaverweide. Ik doe graag weer mee met het
netwerk.

Groet,
Herman Visscher
""",
    },
    {
        "id": "h5-subscribe-09", "kind": "subscribe",
        "quote": "outlook-nl", "quoted": "afmelding_bevestigd", "thread": "goodbye",
        "sender": "Roos van Eck <r.vaneck@rietmeer.nl>",
        "body": """
lid blijven

Dit ging mis: mijn secretariaat heeft per ongeluk de verkeerde nieuwsbrief opgezegd. Ik wil gewoon lid blijven.

Roos van Eck
""",
    },
    {
        "id": "h5-subscribe-10", "kind": "subscribe",
        "thread": None, "subject": "Network",
        "sender": "Olaf Brandsma <olaf.brandsma@hunzedal.nl>",
        "body": """
Hi,

Saw a post about your ateliers on LinkedIn. Please add me to the network - I run Werkorganisatie Hunzedal, the joint
organisation of two northern municipalities.

Cheers,
Olaf

Sent from Outlook for iOS
""",
    },
    {
        "id": "h5-subscribe-11", "kind": "subscribe",
        "thread": None, "subject": "aansluiten bij netwerk",
        "sender": "Lieven De Smet <l.desmet@dijkstreek-samen.nl>",
        "body": """
Dag secretariaat,

Ik ben sinds kort directeur bij de Werkorganisatie Dijkstreek. Vroeger werkte ik in Vlaanderen, waar wij ook
zo'n lerend netwerk hadden. Ik zou mij graag bij jullie aansluiten.

Met vriendelijke groeten,
Lieven De Smet
""",
    },
    {
        "id": "h5-subscribe-12", "kind": "subscribe",
        "thread": None, "subject": "Verzoek tot inschrijving",
        "sender": "mr. C.J.M. Verhoeven <c.verhoeven@de-vier-heerlijkheden.nl>",
        "body": """
Geacht secretariaat,

Hierbij verzoek ik u mij in te schrijven als lid van het Netwerk van directeuren van ambtelijke
fusieorganisaties. Ik ben werkzaam als algemeen directeur van De Vier Heerlijkheden.

Hoogachtend,

mr. C.J.M. Verhoeven

""" + _DISCLAIMER,
    },
    {
        "id": "h5-subscribe-13", "kind": "subscribe",
        "thread": None, "subject": "Aanmelding",
        "sender": "Ruud Spierings <r.spierings@brakelveld.nl>",
        "body": """
Goedemiddag,

Ik stop binnenkort met de intervisiegroep van gemeentesecretarissen in onze provincie; daar ontbreekt me de tijd
voor. Uw netwerk past veel beter bij mijn huidige functie als directeur van een ambtelijke fusie. Graag aanmelden
dus.

Ruud Spierings
""",
    },
    {
        "id": "h5-subscribe-14", "kind": "subscribe",
        "thread": None, "subject": "Deelname netwerk",
        "sender": "Jacqueline Verschoor <j.verschoor@interim-bestuur.nl>",
        "body": """
Beste secretariaat,

Per 1 januari ben ik voor minstens een jaar interim-directeur van Werkorganisatie Bremveld. In die periode
neem ik graag deel aan het netwerk. Wilt u mij op dit adres inschrijven?

Vriendelijke groet,
Jacqueline Verschoor
""",
    },
    {
        "id": "h5-subscribe-15", "kind": "subscribe",
        "quote": "doorgestuurd", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Tom Wijnands <t.wijnands@wo-eemhorst.nl>",
        "body": """
Goedemorgen,

Een collega stuurde mij onderstaande uitnodiging door. Ik ben zelf nog geen lid van het netwerk, maar zou dat
graag worden. Wilt u mij aanmelden?

Met vriendelijke groet,
Tom Wijnands
directeur Werkorganisatie Eemhorst
""",
    },
    {
        "id": "h5-subscribe-16", "kind": "subscribe",
        "thread": None, "subject": "Subscribe",
        "sender": "J. de Groot <j.degroot@waalkant.nl>",
        "body": """
Subscribe please.

J. de Groot
Director, Werkorganisatie Waalkant
""",
    },
    {
        "id": "h5-subscribe-17", "kind": "subscribe",
        "thread": None, "subject": "netwerk",
        "sender": "Saskia Molenaar <s.molenaar@gouwebroek.nl>",
        "body": """
Meld mij maar aan voor het directeurennetwerk, een collega was erg enthousiast.

Saskia

Verzonden vanuit Outlook voor iOS
""",
    },
    {
        "id": "h5-subscribe-18", "kind": "subscribe",
        "thread": None, "subject": "aanmelding",
        "sender": "Dennis Kuipers <d.kuipers@drieklooster.nl>",
        "body": """
Goedendag,

Graag wil ik mij aanmleden voor het netwerk van direkteuren. Ik werk als directeur bij Drieklooster, de
ambtelijke organsatie van drie gemeeten.

mvg Dennis Kuipers
""",
    },
    {
        "id": "h5-subscribe-19", "kind": "subscribe",
        "thread": None, "subject": "Nieuwe directeur Rietmeer",
        "sender": "Annelies Brouwers <a.brouwers@rietmeer.nl>",
        "body": """
Beste Stan en Melanie,

Deze week ben ik begonnen als directeur van de werkorganisatie Rietmeer. In mijn inwerkmap zat de folder
van het netwerk, met de tip van mijn voorganger om vooral naar de ateliers te gaan. Dat wil ik graag: ik meld me
hierbij aan.

Hartelijke groet,
Annelies Brouwers
""",
    },
    {
        "id": "h5-subscribe-20", "kind": "subscribe",
        "thread": None, "subject": "Verzendlijst",
        "sender": "Willem Hazeleger <w.hazeleger@zandrijk.nl>",
        "body": """
Kunt u mij toevoegen aan de verzendlijst van het netwerk? Ik ben sinds deze maand directeur van Zandrijk.

Met vriendelijke groet,
W. Hazeleger
""",
    },
    {
        "id": "h5-subscribe-21", "kind": "subscribe",
        "thread": None, "subject": "Aanmelding / registration",
        "sender": "Nadia El Idrissi <n.elidrissi@klaverweide.nl>",
        "body": """
Dear secretariat,

I'm the new adjunct-directeur (deputy director) of Werkorganisatie Klaverweide. I would like to register for
the network myself; my director is already a member.

Kind regards,
Nadia El Idrissi
""",
    },
    {
        "id": "h5-subscribe-22", "kind": "subscribe",
        "thread": None, "subject": "Lid worden",
        "sender": "Bram Oudshoorn <b.oudshoorn@oudervaart-lindenhoven.nl>",
        "body": """
Ik wil graag lid worden van het netwerk.

Bram Oudshoorn
Directeur Oudervaart-Lindenhoven

""" + _DISCLAIMER,
    },
    {
        "id": "h5-subscribe-23", "kind": "subscribe",
        "thread": None, "subject": "Aanmelden",
        "sender": "Harm Mulder <h.mulder@wadkust-samen.nl>",
        "body": """
Moi,

Ik wil mij graag aanmelden voor het netwerk. Ik ben de nieuwe directeur van Wadkust Samen, de opvolger van
Sjoerd, die naar de provincie is gegaan.

Groet,
Harm Mulder
""",
    },
    {
        "id": "h5-subscribe-24", "kind": "subscribe",
        "thread": None, "subject": "Na het atelier",
        "sender": "Yvonne Bakker <y.bakker@lingebrug.nl>",
        "body": """
Beste secretariaat,

Op 11 maart was ik als gast van mijn collega Mirjam bij het atelier in Utrecht. Wat een inspirerende middag!
Ik wil me daarom nu ook zelf aanmelden als lid van het netwerk.

Vriendelijke groet,
Yvonne Bakker
directeur sociaal domein, Lingebrug
""",
    },
    {
        "id": "h5-subscribe-25", "kind": "subscribe",
        "quote": "outlook-nl", "quoted": "vervolg_atelier", "thread": "call_for_themes",
        "sender": "Marloes Verbeek <m.verbeek@rietmeer.nl>",
        "body": """
Beste Stan en Melanie,

Ik was er als vervanger van Dirk Smit, maar deze mail krijg ik blijkbaar ook. Dat bevalt me: graag word ik zelf
ook lid van het netwerk, ik ben sinds kort adjunct-directeur.

Marloes
""",
    },
    {
        "id": "h5-subscribe-26", "kind": "subscribe",
        "thread": None, "subject": "Sign me up",
        "sender": "Kevin Ramdin <k.ramdin@hunzedal.nl>",
        "body": """
Please sign me up for the network's mailing list. I'm the director of Werkorganisatie Hunzedal since
February.

Thanks,
Kevin Ramdin

Get Outlook for Android
""",
    },
    {
        "id": "h5-subscribe-27", "kind": "subscribe",
        "thread": None, "subject": "Opvolging en aanmelding",
        "sender": "Stijn van Dooren <s.vandooren@de-vier-heerlijkheden.nl>",
        "body": """
Goedemiddag,

Onze directeur, Karin Oosterbaan, vertrekt per 1 mei naar een andere gemeente; ik volg haar op. Zelf ben ik
nog geen lid, dus ik meld me hierbij aan.

Met vriendelijke groet,
Stijn van Dooren
""",
    },
    {
        "id": "h5-subscribe-28", "kind": "subscribe",
        "thread": None, "subject": "Uitnodigingen ateliers",
        "sender": "Petra Koopmans <p.koopmans@brakelveld.nl>",
        "body": """
Stuur mij voortaan ook de uitnodigingen voor de ateliers. Ik ben directeur van Brakelveld en hoor steeds via
via dat er weer een geweest is.

Petra Koopmans
""",
    },
    {
        "id": "h5-subscribe-29", "kind": "subscribe",
        "thread": None, "subject": "inschrijven",
        "sender": "Gijs Lammers <gijs.lammers@veenmarke.nl>",
        "body": """
hoi, wil me graag inschrijven voor jullie netwerk. ben sinds 1/3 directeur bij veenmarke.
gr gijs

Verstuurd vanaf mijn iPhone
""",
    },
    # ------------------------------------------------------------------ other (questions, someone else, pitches)
    {
        "id": "h5-other-01", "kind": "other",
        "thread": None, "subject": "Vraag over deelname",
        "sender": "Robert-Jan Hofman <rj.hofman@regio-kempenland-gr.nl>",
        "body": """
Geacht secretariaat,

Ik ben directeur van een gemeenschappelijke regeling voor de bedrijfsvoering van vier gemeenten, maar formeel
geen ambtelijke fusie: de gemeenten hebben elk nog een eigen apparaat. Is het netwerk ook voor mij toegankelijk?

Met vriendelijke groet,
Robert-Jan Hofman
""",
    },
    {
        "id": "h5-other-02", "kind": "other",
        "thread": None, "subject": "Aanmelding collega",
        "sender": "Mirjam Dekkers <m.dekkers@lingebrug.nl>",
        "body": """
Hoi Stan,

Ik wil graag mijn collega-directeur Pieter-Bas Holtrop (pb.holtrop@lingebrug.nl) aanmelden voor het netwerk.
Hij zit nog niet op de lijst, volgens mij.

Groet,
Mirjam
""",
    },
    {
        "id": "h5-other-03", "kind": "other",
        "thread": None, "subject": "Overlijden oud-directeur",
        "sender": "Secretariaat Directie Veenmarke <directiesecretariaat@veenmarke.nl>",
        "body": """
Geachte heer, mevrouw,

Met verdriet laten wij u weten dat onze oud-directeur, de heer Hans Willemsen, vorige maand is overleden.
Wilt u zijn gegevens uit uw bestand verwijderen, zodat er geen post meer naar hem gaat?

Met vriendelijke groet,
namens het directiesecretariaat,
Gea Brink
""",
    },
    {
        "id": "h5-other-04", "kind": "other",
        "thread": None, "subject": "Adviesraad",
        "sender": "Femke Zuidema <f.zuidema@wo-heemwolde.nl>",
        "body": """
Beste Stan en Melanie,

In de oproep las ik dat een Adviesraad de suggesties weegt. Ik zou daar graag zitting in nemen; ik heb veel
ervaring met het samenvoegen van twee werkorganisaties. Hoe gaat zo'n benoeming in zijn werk?

Hartelijke groet,
Femke Zuidema
""",
    },
    {
        "id": "h5-other-05", "kind": "other",
        "thread": None, "subject": "Workshop tijdens uw volgende atelier",
        "sender": "Jelle Verkerk <jelle@samenslim-advies.nl>",
        "body": """
Geachte organisatie,

SamenSlim Advies is gespecialiseerd in organisatieontwikkeling bij samenwerkende gemeenten. Graag verzorgen wij
tijdens uw volgende Leer- en inspireer-atelier kosteloos een interactieve workshop over sturing in
werkorganisaties. Zullen we binnenkort kennismaken?

Met vriendelijke groet,
Jelle Verkerk
Partner, SamenSlim Advies
www.samenslim-advies.nl
""",
    },
    {
        "id": "h5-other-06", "kind": "other",
        "thread": None, "subject": "Verzoek interview - Gemeentelijk Kompas",
        "sender": "Noor Smeding <redactie@gemeentelijkkompas.nl>",
        "body": """
Goedemiddag,

Voor vakblad Gemeentelijk Kompas schrijf ik een achtergrondstuk over tien jaar ambtelijke fusies. Graag zou ik
iemand van het netwerk spreken, en mogelijk het atelier van 11 maart bijwonen als waarnemer. Is dat
bespreekbaar?

Vriendelijke groet,
Noor Smeding
redacteur
""",
    },
    {
        "id": "h5-other-07", "kind": "other",
        "thread": None, "subject": "Nieuw e-mailadres",
        "sender": "Wouter Brinkhorst <w.brinkhorst@klaverweide.nl>",
        "body": """
Goedemorgen,

Per 1 februari verandert ons domein: mijn adres wordt dan w.brinkhorst@werkorganisatie-klaverweide.nl. Wilt u
dat in uw ledenbestand aanpassen? Het oude adres blijft nog een half jaar werken.

Wouter Brinkhorst
""",
    },
    {
        "id": "h5-other-08", "kind": "other",
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Ans Roelofsen <a.roelofsen@dijkstreek-samen.nl>",
        "body": """
Goedemiddag,

Deze uitnodiging is nu drie keer bij mij binnengekomen, op drie verschillende momenten. Mijn aanmelding heb ik
al gedaan. Kan dat worden rechtgezet? Dit is niet de eerste keer.

Ans Roelofsen
""",
    },
    {
        "id": "h5-other-09", "kind": "other",
        "quote": "gmail", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Koen Abspoel <koen.abspoel@wo-eemhorst.nl>",
        "body": """
Helaas kan ik er niet bij zijn. Komt er na afloop een verslag of een opname, en waar kan ik die dan vinden?

Koen
""",
    },
    {
        "id": "h5-other-10", "kind": "other",
        "thread": None, "subject": "Verzoek inzage persoonsgegevens (art. 15 AVG)",
        "sender": "E.M. Kranenburg <e.kranenburg@drieklooster.nl>",
        "body": """
Geacht secretariaat,

Op grond van artikel 15 van de AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt,
het doel daarvan en de bewaartermijn. Ik wil graag lid blijven; het gaat mij om het overzicht.

Hoogachtend,
E.M. Kranenburg
""",
    },
    {
        "id": "h5-other-11", "kind": "other",
        "quote": "outlook-nl", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "body": """
Bevestigd. Een vraag nog: kan mijn adjunct-directeur ook meelezen, of moet zij zich apart aanmelden? Ik wil
niet dat zij dubbel op de lijst komt.

Marieke
""",
    },
    {
        "id": "h5-other-12", "kind": "other",
        "quote": "outlook-lijn", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Hester Bos <h.bos@gouwebroek.nl>",
        "body": """
Beste secretariaat,

Zijn er kosten verbonden aan deelname aan het atelier, bijvoorbeeld voor de catering? Dat moet ik vooraf bij
onze controller melden, pas daarna kan ik toezeggen.

Met vriendelijke groet,
Hester Bos
""",
    },
    {
        "id": "h5-other-13", "kind": "other",
        "quote": "outlook-en", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Sanne Kooistra <s.kooistra@noorderzijl-samen.nl>",
        "body": """
Hi Melanie,

Quick question before I reply: is the atelier held in Dutch only? Our new head of finance is Danish and I'd
love to bring her along, but her Dutch is still basic.

Sanne
""",
    },
    {
        "id": "h5-other-14", "kind": "other",
        "thread": None, "subject": "Concernmanagers",
        "sender": "Gerard van Stralen <g.vanstralen@wo-heemwolde.nl>",
        "body": """
Beste Stan,

Mag ik mijn drie concernmanagers ook op de lijst laten zetten, of is het netwerk echt alleen voor de algemeen
directeur? Ik hoor het graag voordat ik ze enthousiast maak.

Gerard
""",
    },
    {
        "id": "h5-other-15", "kind": "other",
        "thread": None, "subject": "Dhr. Van Dalen",
        "sender": "Receptie Brakelveld <receptie@brakelveld.nl>",
        "body": """
Goedemorgen,

Er komt hier nog post van u binnen voor de heer Van Dalen, maar hij werkt sinds januari niet meer bij ons. Een
opvolger is nog niet benoemd.

Met vriendelijke groet,
Receptie Brakelveld
""",
    },
    {
        "id": "h5-other-16", "kind": "other",
        "quote": "apple", "quoted": "vervolg_atelier", "thread": "call_for_themes",
        "sender": "Nicole Vermaat <n.vermaat@waalkant.nl>",
        "body": """
Dank voor het verslag! Kunnen jullie ook de slides van Karin Mol delen? Die heb ik mijn MT beloofd.

Nicole
""",
    },
    {
        "id": "h5-other-17", "kind": "other",
        "thread": None, "subject": "Onderzoek ambtelijke fusies",
        "sender": "Tessa Vink <t.vink@student.bestuurskunde-utrecht.nl>",
        "body": """
Geachte heer Van de Laar,

Ik ben masterstudent bestuurskunde en schrijf mijn scriptie over de sturing van ambtelijke fusieorganisaties.
Zou ik een korte enquête onder de leden van het netwerk mogen verspreiden?

Met vriendelijke groet,
Tessa Vink
""",
    },
    {
        "id": "h5-other-18", "kind": "other",
        "quote": "outlook-nl", "quoted": "vervolg_atelier", "thread": "call_for_themes",
        "sender": "Henk-Jan Meulenbelt <hj.meulenbelt@werkorganisatie-bremveld.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor de mooie middag, en complimenten voor de begeleiding. Het verslag is helder en ik heb het al in ons
MT besproken.

Groet,
Henk-Jan
""",
    },
    {
        "id": "h5-other-19", "kind": "other",
        "quote": "gmail", "quoted": "herinnering_atelier", "thread": "reminder",
        "sender": "Lotte Bijlsma <lotte.bijlsma@zandrijk.nl>",
        "body": """
Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein komen?

Lotte
""",
    },
    {
        "id": "h5-other-20", "kind": "other",
        "thread": None, "subject": "In plaats van mijn directeur",
        "sender": "Vera Hoogendijk <v.hoogendijk@zandrijk.nl>",
        "body": """
Goedemiddag,

Onze directeur kan op 11 maart niet, maar ik ben erg geïnteresseerd in het onderwerp. Mag ik in haar plaats
komen? Ik ben zelf geen lid, ik ben programmamanager.

Vera Hoogendijk
""",
    },
    {
        "id": "h5-other-21", "kind": "other",
        "thread": None, "subject": "Partnership proposal",
        "sender": "Mikkel Sørensen <mikkel@nordicgov-consult.dk>",
        "body": """
Dear Sir/Madam,

We are a Danish consultancy supporting municipal mergers across Scandinavia. We would be delighted to share our
experience at one of your ateliers, and to explore a partnership. Could we schedule a call?

Best regards,
Mikkel Sørensen
""",
    },
    {
        "id": "h5-other-22", "kind": "other",
        "thread": None, "subject": "Aanmelding",
        "sender": "Bianca Smulders <b.smulders@klaverweide.nl>",
        "body": """
Hoi,

Meld mij en mijn collega Arno Peeters (a.peeters@klaverweide.nl) maar aan voor het netwerk. Hij is per 1 april
directeur bedrijfsvoering.

Bianca
""",
    },
    {
        "id": "h5-other-23", "kind": "other",
        "thread": None, "subject": "Aanmelding namens directeur",
        "sender": "Directiesecretariaat Eemhorst <directiesecretariaat@wo-eemhorst.nl>",
        "body": """
Geachte heer, mevrouw,

Namens onze directeur, de heer P. Lambrechts, wil ik hem graag aanmelden voor het Netwerk van directeuren van
ambtelijke fusieorganisaties. Zijn e-mailadres is p.lambrechts@wo-eemhorst.nl.

Met vriendelijke groet,
Carla Meijer
directiesecretaresse
""",
    },
    {
        "id": "h5-other-24", "kind": "other",
        "thread": None, "subject": "Factuur 2027-0311 catering atelier",
        "sender": "Debiteuren Stadskantoor Catering <facturen@stadskantoor-catering.nl>",
        "body": """
Geachte relatie,

In de bijlage vindt u de factuur voor de verzorgde catering op 11 maart 2027 (34 personen, lunch en koffie).
Wij verzoeken u het bedrag binnen 30 dagen over te maken onder vermelding van het factuurnummer.

Met vriendelijke groet,
Afdeling debiteuren
""",
    },
    {
        "id": "h5-other-25", "kind": "other",
        "thread": None, "subject": "Afmelden collega",
        "sender": "Gijs Lammers <gijs.lammers@veenmarke.nl>",
        "body": """
Wilt u mijn collega Ria Smeets afmelden voor het netwerk? Zij is per 1 maart met pensioen gegaan en leest
haar mail niet meer.

Gijs Lammers
""",
    },
    {
        "id": "h5-other-26", "kind": "other",
        "thread": None, "subject": "Hosting an atelier",
        "sender": "Claire Dubois-Mulder <c.duboismulder@wo-eemhorst.nl>",
        "body": """
Hi Stan,

Who should I talk to about hosting one of the next ateliers at our new town hall in Eemhorst? We have a great
room for 40 people and would be happy to offer it.

Claire
""",
    },
    # ------------------------------------------------------------------ suggestions (themes of what is proposed)
    {
        "id": "h5-suggestion-01", "kind": "suggestion", "themes": ["strategie"],
        "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Gerard van Stralen <g.vanstralen@wo-heemwolde.nl>",
        "body": """
Beste Stan en Melanie,

Mijn onderwerp: hoe vertaal je de bestuurlijke prioriteiten van drie colleges, met drie verschillende
coalitieakkoorden, naar één meerjarige agenda voor de werkorganisatie?

Met vriendelijke groet,
Gerard van Stralen
""",
    },
    {
        "id": "h5-suggestion-02", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "quote": "gmail", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Joyce Tieleman <joyce.tieleman@gmail.com>",
        "body": """
Twee onderwerpen:
- digitalisering van de werkprocessen in het sociaal domein
- hoe we de prestaties van onze dienstverlening aan inwoners zichtbaar maken, bv met een dashboard

Joyce
""",
    },
    {
        "id": "h5-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"],
        "quote": "apple", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Wouter Brinkhorst <w.brinkhorst@klaverweide.nl>",
        "body": """
De positie van een werkorganisatie in de regio, nu om ons heen ook de veiligheidsregio en de GGD opnieuw
worden ingedeeld. Waar zitten wij dan aan tafel, en namens wie?

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "h5-suggestion-04", "kind": "suggestion", "themes": ["organisatie"],
        "quote": "outlook-en", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Claire Dubois-Mulder <c.duboismulder@wo-eemhorst.nl>",
        "body": """
Hi both,

A suggestion: how do you keep the finances of a shared organisation healthy when the budgets of the partner
councils are squeezed? Cost control, reserves, the multi-year budget - the financial side, basically.

Claire
""",
    },
    {
        "id": "h5-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"],
        "quote": "outlook-lijn", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Ans Roelofsen <a.roelofsen@dijkstreek-samen.nl>",
        "body": """
Goedemiddag,

Niet zozeer de organisatiestructuur, daar zijn we na twee reorganisaties wel over uitgepraat. Wat mij
bezighoudt is de dienstverlening aan ondernemers: één loket dat voor alle gemeenten werkt, met dezelfde
doorlooptijden.

Ans
""",
    },
    {
        "id": "h5-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"],
        "quote": "outlook-nl", "quoted": "vervolg_atelier", "thread": "call_for_themes",
        "sender": "Henriëtte Zwart <h.zwart@dijkstreek-samen.nl>",
        "body": """
Beste Stan,

Een vervolg op deze middag zou ik mooi vinden, toegespitst op één vraag: hoe ga je om met een deelnemende
gemeente die overweegt uit de samenwerking te stappen? Bij ons speelt dat, en ik vermoed niet alleen bij ons.

Groet,
Henriëtte
""",
    },
    {
        "id": "h5-suggestion-07", "kind": "suggestion", "themes": ["organisatie"],
        "quote": "outlook-nl", "quoted": "bedankt_suggestie", "thread": "call_for_themes",
        "sender": "Frank Hoekstra <f.hoekstra@oudervaart-lindenhoven.nl>",
        "body": """
Nog een aanvulling: het sturingsconcept. Wij werken sinds kort opgavegericht en lopen daarbij steeds tegen de
lijnorganisatie aan. Hoe doen anderen dat?

Frank
""",
    },
    {
        "id": "h5-suggestion-08", "kind": "suggestion", "themes": ["organisatie"],
        "quote": "notes", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "P.J. Hamstra <pj.hamstra@veenmarke.nl>",
        "body": """
Mijn onderwerp: de krappe arbeidsmarkt en onze formatie. Hoe vullen wij vacatures als we concurreren met het
Rijk en de provincie, die meer betalen?

P.J. Hamstra
""",
    },
    {
        "id": "h5-suggestion-09", "kind": "suggestion", "themes": ["strategie", "dienstverlening"],
        "quote": "groupwise", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Theo Wassenberg <t.wassenberg@brakelveld.nl>",
        "body": """
Strategie: de inhoudelijke agenda van de werkorganisatie zelf, naast die van de gemeenten.
Dienstverlening: klanttevredenheid meten aan de balie en aan de telefoon.

Theo
""",
    },
    {
        "id": "h5-suggestion-10", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Daan Overmars <d.overmars@wo-heemwolde.nl>",
        "body": """
> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's
> bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en
> ambities, positie in de regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
> werkprocessen, financiën, I&A;
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen,
> monitoring van prestaties.

Informatiebeveiliging en I&A: hoe richt je één informatievoorziening in voor drie gemeenten die elk nog
eigen applicaties hebben?

Daan
""",
    },
    {
        "id": "h5-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"],
        "quote": "gmail", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Pieter-Bas Holtrop <pb.holtrop@lingebrug.nl>",
        "body": """
Topic idea: AI in het klantcontact - chatbots en slimme formulieren voor inwoners. What works, what doesn't,
en hoe houd je het toegankelijk voor wie niet digitaal vaardig is?

PB
""",
    },
    {
        "id": "h5-suggestion-12", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": None, "subject": "Suggestie voor het atelier",
        "sender": "Ronald Takken <r.takken@gouwebroek.nl>",
        "body": """
Beste secretariaat,

Ik mis op de agenda de samenwerking met de regiogemeenten buiten onze fusie, bijvoorbeeld bij de
woningbouwopgave. Daar zou ik graag eens met collega's over doorpraten.

Met vriendelijke groet,
Ronald Takken
""",
    },
    {
        "id": "h5-suggestion-13", "kind": "suggestion", "themes": ["strategie", "samenwerking", "organisatie"],
        "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Karin Oosterbaan <k.oosterbaan@de-vier-heerlijkheden.nl>",
        "body": """
Beste Stan en Melanie,

Drie onderwerpen, in volgorde van belang:
1. Een toekomstvisie 2035 voor de werkorganisatie
2. De relatie tussen de vier deelnemende gemeenten onderling
3. Strategische personeelsplanning: formatie en innovatie

Met vriendelijke groet,
Karin Oosterbaan
""",
    },
    {
        "id": "h5-suggestion-14", "kind": "suggestion", "themes": ["dienstverlening"],
        "quote": "outlook-en", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Olaf Brandsma <olaf.brandsma@hunzedal.nl>",
        "body": """
One suggestion: performance monitoring of our services to residents. Which KPIs do the others use, and do
the councils actually read them?

Olaf
""",
    },
    {
        "id": "h5-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"],
        "quote": "doorgestuurd", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Herman Visscher <h.visscher@klaverweide.nl>",
        "body": """
Beste Stan,

Mijn input voor het atelier: de belangen en ambities van onze deelnemende gemeenten lopen steeds verder
uiteen. Hoe houd je ze bij elkaar zonder dat één gemeente de toon zet?

Herman
""",
    },
    {
        "id": "h5-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening"],
        "quote": "ongemarkeerd", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Marco de Ruijter <m.deruijter@drieklooster.nl>",
        "body": """
Onderwerp: de vergunningverlening onder de Omgevingswet, gezien vanuit de klantreis van inwoners en bedrijven.

Marco de Ruijter
""",
    },
    {
        "id": "h5-suggestion-17", "kind": "suggestion", "themes": ["dienstverlening"],
        "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Desirée Janssen <d.janssen@brakelveld.nl>",
        "body": """
Beste secretariaat,

Ik merk dat steeds meer inwoners zich als het ware 'afmelden' bij de gemeente: ze haken af bij de digitale
loketten en bellen niet meer. Mijn suggestie is daarom inclusieve dienstverlening: hoe bereik je die groep?

Groet, Desirée
""",
    },
    {
        "id": "h5-suggestion-18", "kind": "suggestion", "themes": ["organisatie"],
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Jan-Willem Rutgers <jw.rutgers@gemeente-rietmeer.nl>",
        "body": """
Beste Melanie,

Over 11 maart laat ik u volgende week weten of ik kom. Voor een volgend atelier wil ik alvast een onderwerp
aandragen: de digitale transformatie van onze backoffice en de automatisering van werkprocessen.

Jan-Willem
""",
    },
    {
        "id": "h5-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"],
        "quote": "notes-wrote", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Emma Kalkman <e.kalkman@gouwebroek.nl>",
        "body": """
Not so much strategy - we've got our long-term vision covered - but collaboration: joint procurement and
shared tasks between the partner municipalities, and how to divide the benefits fairly.

Emma
""",
    },
    {
        "id": "h5-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"],
        "quote": "outlook-nl", "quoted": "welkom", "thread": "welcome",
        "sender": "Annelies Brouwers <a.brouwers@rietmeer.nl>",
        "body": """
Dank voor het welkom! U vraagt of ik al een onderwerp heb: ja. Hoe houd je als kleine werkorganisatie een
eigen, herkenbare positie in de regio, naast de grote centrumgemeente?

Annelies
""",
    },
    {
        "id": "h5-suggestion-21", "kind": "suggestion", "themes": ["strategie"],
        "quote": "outlook-lijn", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Gerrit Mulderij <g.mulderij@veenmarke.nl>",
        "body": """
Beste Stan en Melanie,

Na vijftien jaar in deze functie kijk ik graag nog één keer vooruit. Mijn onderwerp: de lange termijn visie.
Waar staat een ambtelijke fusieorganisatie over tien jaar, en hoe maak je dat concreet voor de medewerkers?

Gerrit Mulderij

""" + _DISCLAIMER,
    },
    {
        "id": "h5-suggestion-22", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "quote": "apple", "quoted": "vervolg_atelier", "thread": "call_for_themes",
        "sender": "Bart Vanhoutte <b.vanhoutte@waalkant.nl>",
        "body": """
Voor de volgende keer:
- innovatie in de bedrijfsvoering, bijvoorbeeld robotisering van werkprocessen
- gezamenlijke opgaven met de buurgemeenten, zoals de energietransitie

Bart
""",
    },
    # ------------------------------------------------------------------ unsubscribes (erasure, hand-overs)
    {
        "id": "h5-unsubscribe-01", "kind": "unsubscribe", "erase": False,
        "thread": None, "subject": "Afmelden",
        "sender": "Ruud Spierings <r.spierings@brakelveld.nl>",
        "body": """
Goedemiddag,

Graag mijn adres van de lijst halen: ik ben niet langer directeur en de mails zijn voor mij niet meer
relevant.

Groet,
Ruud Spierings
""",
    },
    {
        "id": "h5-unsubscribe-02", "kind": "unsubscribe", "erase": False,
        "thread": None, "subject": "Pensioen en opvolging",
        "sender": "Gerrit Mulderij <g.mulderij@veenmarke.nl>",
        "body": """
Beste Stan en Melanie,

Per 1 mei ga ik met pensioen. Mijn opvolger, Lieke Vermeulen (l.vermeulen@veenmarke.nl), neemt mijn plaats
in het netwerk over; zij heeft al laten weten dat ze graag meedoet. Dank voor de mooie jaren!

Hartelijke groet,
Gerrit Mulderij
""",
    },
    {
        "id": "h5-unsubscribe-03", "kind": "unsubscribe", "erase": True,
        "thread": None, "subject": "Verzoek verwijdering persoonsgegevens",
        "sender": "A.M. Schuurman <a.schuurman@gouwebroek.nl>",
        "body": """
Geacht secretariaat,

Op grond van de Algemene verordening gegevensbescherming verzoek ik u al mijn persoonsgegevens uit uw
bestanden te verwijderen en mij geen berichten meer te sturen. Graag ontvang ik een bevestiging.

Hoogachtend,
A.M. Schuurman
""",
    },
    {
        "id": "h5-unsubscribe-04", "kind": "unsubscribe", "erase": True,
        "thread": None, "subject": "Data removal request",
        "sender": "Rachel Groeneveld <r.groeneveld@zandrijk.nl>",
        "body": """
Hello,

Please remove me from your list and delete all personal data you hold on me, in line with the GDPR
(art. 17, right to erasure).

Regards,
Rachel Groeneveld
""",
    },
    {
        "id": "h5-unsubscribe-05", "kind": "unsubscribe", "erase": False,
        "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Koen Abspoel <koen.abspoel@wo-eemhorst.nl>",
        "body": """
Beste secretariaat,

Ik kom niet, en eigenlijk wil ik helemaal uit het netwerk: per 1 maart vertrek ik naar het bedrijfsleven.
Graag afmelden.

Met vriendelijke groet,
Koen Abspoel
""",
    },
    {
        "id": "h5-unsubscribe-06", "kind": "unsubscribe", "erase": True,
        "quote": "gmail", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Hester Bos <h.bos@gouwebroek.nl>",
        "body": """
Nee, ik kom niet. En wilt u mijn gegevens alstublieft volledig uit uw bestanden wissen? Ik wil hier niet meer
op staan.

H. Bos
""",
    },
    {
        "id": "h5-unsubscribe-07", "kind": "unsubscribe", "erase": False,
        "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Erik van Lunteren <e.vanlunteren@wo-eemhorst.nl>",
        "body": """
Goedemorgen,

Geen thema's van mijn kant. Ik wil mij afmelden voor het netwerk; het sluit niet meer aan bij mijn werk sinds
ik een andere portefeuille heb.

Erik van Lunteren
""",
    },
    {
        "id": "h5-unsubscribe-08", "kind": "unsubscribe", "erase": False,
        "thread": None, "subject": "Handing over",
        "sender": "Sanne Kooistra <s.kooistra@noorderzijl-samen.nl>",
        "body": """
Dear Stan and Melanie,

I'm leaving Noorderzijl Samen at the end of April. My successor is Maarten Hoogland
(maarten.hoogland@noorderzijl-samen.nl), who will take over my place in the network.

Thank you for everything,
Sanne
""",
    },
    {
        "id": "h5-unsubscribe-09", "kind": "unsubscribe", "erase": False,
        "thread": None, "subject": "stoppen",
        "sender": "Kees Bolhuis <k.bolhuis@veenmarke.nl>",
        "body": """
na acht jaar stop ik als directeur. haal me maar van de lijst, het was goed.
kees
""",
    },
    {
        "id": "h5-unsubscribe-10", "kind": "unsubscribe", "erase": False,
        "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "sender": "Anouk Terhorst <a.terhorst@de-vier-heerlijkheden.nl>",
        "body": """
> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

afmelden

Anouk Terhorst
""",
    },
    {
        "id": "h5-unsubscribe-11", "kind": "unsubscribe", "erase": False,
        "quote": "notes", "quoted": "herinnering_atelier", "thread": "reminder",
        "sender": "Willem Hazeleger <w.hazeleger@zandrijk.nl>",
        "body": """
Ik zal er donderdag niet bij zijn, en ik wil ook geen uitnodigingen meer ontvangen. Schrapt u mij maar uit
het ledenbestand.

W. Hazeleger
""",
    },
    {
        "id": "h5-unsubscribe-12", "kind": "unsubscribe", "erase": False,
        "thread": None, "subject": "Overdracht lidmaatschap netwerk",
        "sender": "C.J.M. Verhoeven <c.verhoeven@de-vier-heerlijkheden.nl>",
        "body": """
Geacht secretariaat,

Met ingang van 1 juni wordt mijn functie overgenomen door de heer drs. K. (Karim) El Amrani,
k.elamrani@de-vier-heerlijkheden.nl. Wilt u hem in mijn plaats op de ledenlijst zetten?

Hoogachtend,
mr. C.J.M. Verhoeven

""" + _DISCLAIMER,
    },
    {
        "id": "h5-unsubscribe-13", "kind": "unsubscribe", "erase": False,
        "quote": "gmail", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Mark Timmer <mark.timmer@zandrijk.nl>",
        "body": """
Afmelden aub

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h5-unsubscribe-14", "kind": "unsubscribe", "erase": True,
        "thread": None, "subject": "Uit ledenlijst",
        "sender": "Wim Schoonhoven <wim.schoonhoven@ziggo-mail.nl>",
        "body": """
Beste secretariaat,

Ik heb de werkorganisatie verlaten en wil niet dat mijn naam nog in jullie ledenlijst voorkomt. Wis al mijn
gegevens, conform de AVG. Dit adres is mijn privéadres; het oude werkadres wordt opgeheven.

Wim Schoonhoven
""",
    },
    {
        "id": "h5-unsubscribe-15", "kind": "unsubscribe", "erase": False,
        "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
        "sender": "Lieven De Smet <l.desmet@dijkstreek-samen.nl>",
        "body": """
please unsubscribe me, ik ben per 1 februari weg bij de werkorganisatie.

Lieven
""",
    },
    {
        "id": "h5-unsubscribe-16", "kind": "unsubscribe", "erase": False,
        "quote": "apple", "quoted": "welkom", "thread": "welcome",
        "sender": "Jacqueline Verschoor <j.verschoor@interim-bestuur.nl>",
        "body": """
Dank voor het welkom, maar ik heb me toch bedacht: mijn interim-opdracht wordt ingekort en ik wil geen lid
zijn. Kunt u mij weer uitschrijven?

Jacqueline
""",
    },
    {
        "id": "h5-unsubscribe-17", "kind": "unsubscribe", "erase": False,
        "quote": "outlook-lijn", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "Dennis Kuipers <d.kuipers@drieklooster.nl>",
        "body": """
Goedendag,

Ik heb me inderdaad aangemeld, maar bij nader inzien wil ik toch geen lid worden. Trekt u de aanmelding maar
in, en stuur me verder niets meer.

Dennis Kuipers
""",
    },
    {
        "id": "h5-unsubscribe-18", "kind": "unsubscribe", "erase": True,
        "quote": "outlook-en", "quoted": "herinnering_atelier", "thread": "reminder",
        "sender": "Kevin Ramdin <k.ramdin@hunzedal.nl>",
        "body": """
I won't attend on Thursday. Also, under the GDPR I ask you to erase all personal data you hold about me and to
stop sending me e-mail.

Kevin Ramdin
""",
    },
    {
        "id": "h5-unsubscribe-19", "kind": "unsubscribe", "erase": False,
        "thread": None, "subject": "Mailinglijst",
        "sender": "Tjeerd Dijkstra <t.dijkstra@fennewald.nl>",
        "body": """
Moi,

Wil je me van de mailinglijst van het netwerk verwijderen? Ik ga per 1 april een jaar op sabbatical en daarna
niet terug in deze functie.

Groet,
Tjeerd
""",
    },
    # ------------------------------------------------------------------ auto-replies
    {
        "id": "h5-autoreply-01", "kind": "autoreply",
        "thread": "invitation", "headers": _OOO,
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "sender": "Astrid Veldkamp <a.veldkamp@gouwebroek.nl>",
        "body": """
Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 19 februari en lees mijn e-mail daarna. Voor dringende
zaken kunt u contact opnemen met het directiesecretariaat via 0182 - 39 40 00.

Met vriendelijke groet,
Astrid Veldkamp
""",
    },
    {
        "id": "h5-autoreply-02", "kind": "autoreply",
        "thread": "call_for_themes", "headers": _OOO,
        "subject": "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "sender": "Emma Kalkman <e.kalkman@gouwebroek.nl>",
        "body": """
Thank you for your email. I am out of the office until 4 January with limited access to email. For urgent
matters please contact my office manager, Jolanda Smit.
""",
    },
    {
        "id": "h5-autoreply-03", "kind": "autoreply",
        "quote": "outlook-nl", "quoted": "herinnering_atelier", "thread": "reminder",
        "headers": {"Precedence": "auto_reply"},
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Frank Hoekstra <f.hoekstra@oudervaart-lindenhoven.nl>",
        "body": """
Vanwege verlof ben ik tot en met 12 maart niet bereikbaar. Uw bericht wordt niet doorgestuurd.
""",
    },
    {
        "id": "h5-autoreply-04", "kind": "autoreply",
        "thread": None, "headers": {"Auto-Submitted": "auto-generated"},
        "subject": "Ontvangstbevestiging [Zaaknummer Z-2027-004512]",
        "sender": "Gemeente Rietmeer <noreply-zaken@rietmeer.nl>",
        "body": """
Geachte heer/mevrouw,

Uw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer Z-2027-004512. Wij streven ernaar u
binnen tien werkdagen een inhoudelijke reactie te geven. Vermeld bij verdere correspondentie altijd het
zaaknummer.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Gemeente Rietmeer
""",
    },
    {
        "id": "h5-autoreply-05", "kind": "autoreply",
        "thread": "invitation", "headers": {"Auto-Submitted": "auto-replied"},
        "subject": "Dit e-mailadres is niet meer in gebruik",
        "sender": "P. Lambrechts <p.lambrechts@gemeente-oosterwolde.nl>",
        "body": """
Dit e-mailadres is niet meer in gebruik. Per 1 januari zijn de ambtelijke organisaties van Oosterwolde en
Veenmarke samengegaan. Uw bericht is niet gelezen en niet doorgestuurd; stuur het opnieuw naar
info@veenmarke.nl of zoek de nieuwe contactgegevens op www.veenmarke.nl.
""",
    },
    {
        "id": "h5-autoreply-06", "kind": "autoreply",
        "thread": "invitation", "headers": _OOO,
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "sender": "Sjoerd Wiersma <s.wiersma@wadkust-samen.nl>",
        "body": """
Per 1 februari ben ik niet meer werkzaam bij Wadkust Samen. Mijn opvolger is Harm Mulder,
h.mulder@wadkust-samen.nl. Uw bericht wordt niet automatisch doorgestuurd.
""",
    },
    {
        "id": "h5-autoreply-07", "kind": "autoreply",
        "quote": "ongemarkeerd", "quoted": "uitnodiging_atelier", "thread": "invitation",
        "sender": "Lotte Bijlsma <lotte.bijlsma@zandrijk.nl>",
        "body": """
Ik ben met vakantie en lees mijn mail vanaf maandag 1 maart weer. Met spoed? Bel 0345 - 61 20 00.
""",
    },
    {
        "id": "h5-autoreply-08", "kind": "autoreply",
        "thread": "reminder", "headers": {"Auto-Submitted": "auto-replied"},
        "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Olaf Brandsma <olaf.brandsma@hunzedal.nl>",
        "body": """
I am currently out of the office on sick leave and will not be reading my email. Your message will not be
forwarded. For anything urgent, please call the front office on +31 50 302 44 00.
""",
    },
    {
        "id": "h5-autoreply-09", "kind": "autoreply",
        "thread": "call_for_themes", "headers": _OOO,
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                   "eigenheid\" [atelier:2027-1]",
        "sender": "Matthias Kröger <m.kroger@lingebrug.nl>",
        "body": """
Ich bin bis einschließlich 26. März nicht im Büro. / Ik ben tot en met 26 maart afwezig.
Uw e-mail wordt na mijn terugkeer behandeld.
""",
    },
    {
        "id": "h5-autoreply-10", "kind": "autoreply",
        "thread": "invitation", "headers": _OOO,
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "sender": "Bianca Smulders <b.smulders@klaverweide.nl>",
        "body": """
Beste afzender,

Ik ben met zwangerschapsverlof tot 1 juni. Mijn taken worden in die periode waargenomen door Arno Peeters
(a.peeters@klaverweide.nl). Ik lees mijn e-mail niet.

Groet, Bianca Smulders
""",
    },
    {
        "id": "h5-autoreply-11", "kind": "autoreply",
        "thread": None, "headers": {"Auto-Submitted": "auto-replied"},
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Gemeente Waaldijk <post@waaldijk.nl>",
        "body": """
Bedankt voor uw e-mail. Dit is een automatisch bericht: de gemeente Waaldijk beantwoordt e-mails binnen vijf
werkdagen. Voor een afspraak of een melding in de openbare ruimte kunt u ook terecht op www.waaldijk.nl.
""",
    },
    # ------------------------------------------------------------------ double opt-in confirmations
    {
        "id": "h5-confirm-01", "kind": "confirm",
        "quote": "outlook-nl", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "Femke Zuidema <f.zuidema@wo-heemwolde.nl>",
        "body": """
Bevestigd.

Femke Zuidema
""",
    },
    {
        "id": "h5-confirm-02", "kind": "confirm",
        "quote": "apple", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "Gijs Lammers <gijs.lammers@veenmarke.nl>",
        "body": """
Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h5-confirm-03", "kind": "confirm",
        "quote": "outlook-en", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "Emma Kalkman <e.kalkman@gouwebroek.nl>",
        "body": """
Yes, confirmed - that's me.

Emma
""",
    },
    {
        "id": "h5-confirm-04", "kind": "confirm",
        "quote": "gmail", "quoted": "herinnering_aanmelding", "thread": "confirmation",
        "sender": "Arjen Boersma <a.boersma@veenmarke.nl>",
        "body": """
Hierbij bevestig ik mijn aanmelding.

Met vriendelijke groet,
Arjen Boersma
""",
    },
    {
        "id": "h5-confirm-05", "kind": "confirm",
        "quote": "groupwise", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "Rob Hendriksen <r.hendriksen@waalkant.nl>",
        "body": """
ja
""",
    },
    {
        "id": "h5-confirm-06", "kind": "confirm",
        "thread": None, "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Margriet Lamers <m.lamers@drieklooster.nl>",
        "body": """
Akkoord.

M. Lamers
""",
    },
    {
        "id": "h5-confirm-07", "kind": "confirm",
        "quote": "notes", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "C.J.M. Verhoeven <c.verhoeven@de-vier-heerlijkheden.nl>",
        "body": """
Klopt, ik wil graag lid worden.

Verhoeven
""",
    },
    {
        "id": "h5-confirm-08", "kind": "confirm",
        "quote": "doorgestuurd", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "P. Lambrechts <p.lambrechts@wo-eemhorst.nl>",
        "body": """
Goedemiddag,

Mijn secretariaat had mij inderdaad aangemeld; bij dezen bevestig ik dat.

P. Lambrechts
""",
    },
    {
        "id": "h5-confirm-09", "kind": "confirm",
        "quote": "notes-wrote", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
        "sender": "Lieven De Smet <l.desmet@dijkstreek-samen.nl>",
        "body": """
Ja hoor, bevestigd. Thanks!
""",
    },
    {
        "id": "h5-confirm-10", "kind": "confirm",
        "quote": "outlook-lijn", "quoted": "herinnering_aanmelding", "thread": "confirmation",
        "sender": "Annelies Brouwers <a.brouwers@rietmeer.nl>",
        "body": """
Excuus voor de late reactie, ik was een week op vakantie. Ja, ik wil graag lid worden.

Annelies Brouwers
""",
    },
]
# fmt: on
