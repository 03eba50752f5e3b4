# ruff: noqa: E501  (mail paragraphs are single long lines, as clients send them)
"""The cases of the sixth held-out set (issue 17); see the package docstring."""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- RSVP: replies to the invitation, the reminder, the change of date and the waiting list ----
    {"id": "h6-rsvp-01", "kind": "rsvp", "attending": True, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Hanneke Brouwer <h.brouwer@wo-kempenrijk.nl>",
     "body": """Beste Stan en Melanie,

Ja, ik kom graag. Ik neem onze concerncontroller Ruud Verhagen mee, dus wij komen met z'n tweeën.

Met vriendelijke groet,

Hanneke Brouwer
Algemeen directeur Werkorganisatie Kempenrijk
T 040 - 208 44 10 | M 06 - 41 92 77 03"""},
    {"id": "h6-rsvp-02", "kind": "rsvp", "attending": True, "quote": "gmail", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Gert-Jan Oosting <gj.oosting@dijkenland.nl>",
     "body": """Hoi,

Staat in mn agenda. Tot de 11e!

Gert-Jan"""},
    {"id": "h6-rsvp-03", "kind": "rsvp", "attending": False, "quote": "outlook-lijn", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "mr. drs. C.A.M. (Caroline) Verbeek <c.verbeek@servicebureau-maasoevers.nl>",
     "body": """Geacht secretariaat,

Op donderdag 11 maart a.s. is de begrotingsbehandeling in een van onze drie gemeenteraden geagendeerd, waarbij mijn aanwezigheid is vereist. Tot mijn spijt moet ik de uitnodiging daarom afslaan.

Hoogachtend,

mr. drs. C.A.M. Verbeek
directeur-bestuurder Servicebureau Maasoevers

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren en daarna te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend."""},
    {"id": "h6-rsvp-04", "kind": "rsvp", "attending": True, "quote": "apple", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Jolanda Mulder <jolanda.mulder@peelvenen.nl>",
     "body": """Ik ben erbij, wel iets later want ik kom uit een overleg in Den Bosch. Verwacht me rond half 3.

Jolanda

Verstuurd vanaf mijn iPhone"""},
    {"id": "h6-rsvp-05", "kind": "rsvp", "attending": False, "quote": "outlook-en", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Pieter Jan Hoekstra <pj.hoekstra@wo-eemvallei.nl>",
     "body": """Hi Stan,

Unfortunately I'll be on a study trip to Copenhagen with our three mayors that week, so I can't make it on the 11th. Hope to see everyone in the autumn.

Best,
Pieter Jan"""},
    {"id": "h6-rsvp-06", "kind": "rsvp", "attending": False, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Sandra Koopmans <s.koopmans@werkorganisatie-zandmeer.nl>",
     "body": """Beste secretariaat,

Ik moet me helaas afmelden voor het atelier van 11 maart, ik zit die hele week in Brussel. Mijn plaatsvervanger Wouter Dijkstra (w.dijkstra@werkorganisatie-zandmeer.nl) komt in mijn plaats, hij heeft de datum al vrijgehouden.

Groet,
Sandra Koopmans
Gemeentesecretaris/algemeen directeur"""},
    {"id": "h6-rsvp-07", "kind": "rsvp", "attending": True, "quote": "groupwise", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Teun van Gils <t.vangils@bommelerwaard-wo.nl>",
     "body": """Goedemiddag,

Graag aanmelden voor 11 maart. Ik kom met 3 personen: ikzelf, Ellen de Bruijn (manager bedrijfsvoering) en Karim el Idrissi (strategisch adviseur).

Met vriendelijke groet,
T. van Gils
Directeur"""},
    {"id": "h6-rsvp-08", "kind": "rsvp", "attending": True, "quote": "notes", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Rinske de Haan <r.dehaan@waddenhoek.nl>",
     "body": """Moi,

Ik kom, tenzij de extra raadsvergadering over de woningbouwlocaties toch op die middag valt. Dat hoor ik begin maart; als het zo is laat ik het direct weten.

Groetnis út Waddenhoek,
Rinske de Haan"""},
    {"id": "h6-rsvp-09", "kind": "rsvp", "attending": True, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Bas Wennink <b.wennink@achterhoek-oost-wo.nl>",
     "body": """Prima, ik ben er. Ik kom met de trein, dus de locatie bij CS is ideaal."""},
    {"id": "h6-rsvp-10", "kind": "rsvp", "attending": False, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "subject": "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Marloes Hendriks <m.hendriks@lingedal.nl>",
     "body": """Helaas, vakantie. Veel plezier!"""},
    {"id": "h6-rsvp-11", "kind": "rsvp", "attending": True, "quote": "doorgestuurd", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Frank Aalbers <f.aalbers@heuvelrandzuid.nl>",
     "body": """Secretariaat,

Mijn managementassistent stuurde me dit door. Ik doe mee op de 11e, maar alleen online via Teams; ik kan die dag niet naar Utrecht reizen.

Frank Aalbers"""},
    {"id": "h6-rsvp-12", "kind": "rsvp", "attending": False, "quote": "outlook-nl", "quoted": "herinnering_atelier", "thread": "reminder",
     "sender": "Hanneke Brouwer <h.brouwer@wo-kempenrijk.nl>",
     "body": """Beste Melanie,

Vervelend, maar ik moet toch afzeggen: er is een integriteitskwestie in een van onze gemeenten die morgen al mijn tijd vraagt. Ruud komt dan ook niet. Geef onze plaatsen gerust aan de wachtlijst.

Hanneke"""},
    {"id": "h6-rsvp-13", "kind": "rsvp", "attending": True, "quote": "outlook-nl", "quoted": "bevestiging_rsvp", "thread": "invitation",
     "sender": "Youssef Amrani <y.amrani@wo-vechtdaloost.nl>",
     "body": """Goedemorgen,

Jullie schrijven dat ik op de wachtlijst sta. Mocht er alsnog een plek vrijkomen: ik kom zeker, ook als het op het laatste moment is.

Vriendelijke groet,
Youssef Amrani"""},
    {"id": "h6-rsvp-14", "kind": "rsvp", "attending": False, "quote": "gmail", "quoted": "bevestiging_rsvp", "thread": "invitation",
     "sender": "Erik Stam <erik.stam@bollenkust.nl>",
     "body": """haal me maar van de wachtlijst, die middag is inmiddels volgepland. succes!"""},
    {"id": "h6-rsvp-15", "kind": "rsvp", "attending": True, "quote": "outlook-nl", "quoted": "wijziging_atelier", "thread": "invitation",
     "sender": "Marloes Hendriks <m.hendriks@lingedal.nl>",
     "body": """Hallo,

Door de nieuwe datum kan ik nu wél: op 18 maart ben ik terug van vakantie. Zet u mij alsnog op de lijst? Dan kom ik naar het Provinciehuis.

Groet, Marloes"""},
    {"id": "h6-rsvp-16", "kind": "rsvp", "attending": False, "quote": "apple", "quoted": "wijziging_atelier", "thread": "invitation",
     "sender": "Gert-Jan Oosting <gj.oosting@dijkenland.nl>",
     "body": """Balen, 18 maart zit ik bij de VNG-commissie. Dan wordt het voor mij niks deze keer.

GJ

Verzonden vanaf mijn iPad"""},
    {"id": "h6-rsvp-17", "kind": "rsvp", "attending": True, "quote": "outlook-en", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Annelies Vos <a.vos@duinstreek-werkorganisatie.nl>",
     "body": """Count me in! Looking forward to it.

Annelies Vos | Algemeen directeur | Werkorganisatie Duinstreek
+31 6 2810 5549"""},
    {"id": "h6-rsvp-18", "kind": "rsvp", "attending": True, "thread": "invitation",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Wim Schoenmakers <w.schoenmakers@peelvenen.nl>",
     "body": """> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Ja, ik kom.

> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

Nee, alleen ikzelf.

> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.

Hopelijk ben ik op tijd!

Wim"""},
    {"id": "h6-rsvp-19", "kind": "rsvp", "attending": False, "thread": "invitation",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Ingrid Postma <ingrid.postma@waddenhoek.nl>",
     "body": """> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur

Dan ben ik met verlof, helaas.

> Kunt u zelf niet, maar komt een collega in uw plaats?

Nee, er kan niemand anders. Volgende keer beter!

Ingrid Postma"""},
    {"id": "h6-rsvp-20", "kind": "rsvp", "attending": True, "quote": "notes-wrote", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Johan Luiten <j.luiten@gemeenten-rivierenzoom.nl>",
     "body": """Geachte heer Van de Laar,

Ik had u vorige week laten weten dat ik niet kon komen. Inmiddels is de afspraak die ik die middag had verplaatst, zodat ik er toch bij kan zijn. Wilt u mijn afzegging als vervallen beschouwen?

Met vriendelijke groet,
J.H. Luiten
Directeur Ambtelijke Organisatie Rivierenzoom"""},
    {"id": "h6-rsvp-21", "kind": "rsvp", "attending": False, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Nadia Bouzian <n.bouzian@wo-eemvallei.nl>",
     "body": """Beste Stan,

Vorige week zei ik nog ja, maar ik moet er helaas op terugkomen: de colleges hebben diezelfde middag een extra sessie over de kadernota ingepland. Mijn aanmelding mag dus vervallen.

Hartelijke groet,
Nadia"""},
    {"id": "h6-rsvp-22", "kind": "rsvp", "attending": True, "quote": "ongemarkeerd", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "R. Jansen <r.jansen@zuidkempen-bedrijfsvoering.nl>",
     "body": """Dank voor de uitnodiging, ik kom graag met 1 collega.

R. Jansen"""},
    {"id": "h6-rsvp-23", "kind": "rsvp", "attending": True, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Ton Bijl <t.bijl@wo-vechtdaloost.nl>",
     "body": """Goeiemiddag,

Ik schuif aan. Wel moet ik om kwart over vijf weg voor een raadsvergadering in Ommerwolde, dus het laatste kwartier mis ik.

Met vriendelijke groet,
Ton Bijl
directeur

Deze e-mail is verzonden vanaf een mobiel apparaat"""},
    {"id": "h6-rsvp-24", "kind": "rsvp", "attending": False, "quote": "outlook-en", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Lisa van Dongen <l.vandongen@maasoevers.nl>",
     "body": """Hi all,

I'm afraid I have to unsubscribe from the 11 March session: we have an audit committee meeting that afternoon. Please keep me on the list for the next atelier though, the topic sounds great.

Kind regards,
Lisa van Dongen
Director Operations"""},
    {"id": "h6-rsvp-25", "kind": "rsvp", "attending": True, "quote": "gmail", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Dirk-Jan Terpstra <dj.terpstra@gmail.com>",
     "body": """Ha, leuk thema! Ik ben erbij, sorry voor het gmail-adres, mijn werkmail doet raar vandaag.

Dirk-Jan Terpstra
Directeur Werkorganisatie Noordermeer"""},
    {"id": "h6-rsvp-26", "kind": "rsvp", "attending": False, "quote": "outlook-nl", "quoted": "uitnodiging_vervanger", "thread": "invitation",
     "sender": "Wouter Dijkstra <w.dijkstra@werkorganisatie-zandmeer.nl>",
     "body": """Beste secretariaat,

Ik zou namens Sandra Koopmans komen, maar door een calamiteit in onze ICT-omgeving kan ik op 11 maart niet weg. Excuses; ik heb Sandra al ingelicht.

Groet,
Wouter Dijkstra
Plv. directeur"""},
    {"id": "h6-rsvp-27", "kind": "rsvp", "attending": True, "quote": "outlook-nl", "quoted": "herinnering_atelier", "thread": "reminder",
     "sender": "Hetty Wolters <h.wolters@dijkenland.nl>",
     "body": """Dank voor de herinnering. Ik kom nog steeds, maar de gast die ik had opgegeven kan niet meer; ik kom dus alleen.

Hetty Wolters"""},
    {"id": "h6-rsvp-28", "kind": "rsvp", "attending": True, "quote": "outlook-en", "quoted": "herinnering_atelier", "thread": "reminder",
     "sender": "Michiel de Graaf <m.degraaf@bollenkust.nl>",
     "body": """Still coming, see you Thursday. Is there a place to park near the Stadskantoor? Never mind, I'll take the train.

Michiel"""},
    {"id": "h6-rsvp-29", "kind": "rsvp", "attending": False, "quote": "notes", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "A.M. Smulders <am.smulders@gemeenten-rivierenzoom.nl>",
     "body": """Geacht secretariaat,

Mevrouw Smulders is op 11 maart verhinderd en kan helaas niet aanwezig zijn bij het atelier. Zij laat u hartelijk groeten.

Met vriendelijke groet,
namens A.M. Smulders,
Petra Kuipers, directiesecretaresse"""},
    {"id": "h6-rsvp-30", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "aanmelding atelier 11 maart",
     "sender": "Koen Verstraeten <k.verstraeten@zeeuwsestroom-wo.nl>",
     "body": """Dag secretariaat,

Een collega vertelde me over het atelier van 11 maart in Utrecht. Ik ben lid van het netwerk, maar de uitnodiging is bij mij in de spam beland denk ik. Wil me daarvoor inschrijven, ik kom alleen.

Met vriendelijke groeten,
Koen Verstraeten
Directeur Werkorganisatie Zeeuwse Stroom"""},
    {"id": "h6-rsvp-31", "kind": "rsvp", "attending": True, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Sjoerd Bakker <s.bakker@waddenhoek.nl>",
     "body": """Top. Ik ben van de partij, samen met mijn collega-directeur Femke Zijlstra. Allebei fysiek.

Sjoerd"""},
    {"id": "h6-rsvp-32", "kind": "rsvp", "attending": False, "quote": "apple", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Luuk Aarts <l.aarts@kempenrijk.nl>",
     "body": """Ik ga er niet bij kunnen zijn, ik zit die week in het buitenland. Maar ik ben nog niet van jullie af hoor, de volgende keer ben ik er weer 😉

Luuk
Verstuurd vanaf mijn iPhone"""},
    {"id": "h6-rsvp-33", "kind": "rsvp", "attending": True, "quote": "outlook-en", "quoted": "wijziging_atelier", "thread": "invitation",
     "sender": "Pieter Jan Hoekstra <pj.hoekstra@wo-eemvallei.nl>",
     "body": """Good news for me: the new date works, I'm back from Copenhagen by then. So it's a yes for 18 March now.

Pieter Jan"""},
    {"id": "h6-rsvp-34", "kind": "rsvp", "attending": False, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Gerda Scholten <g.scholten@kop-van-holland-wo.nl>",
     "body": """Beste mensen,

Ik zat te twijfelen, maar ik doe het niet: het is de week na onze reorganisatiebesluiten en dan wil ik in huis zijn. Niet aanwezig dus.

Groet,
Gerda Scholten"""},
    {"id": "h6-rsvp-35", "kind": "rsvp", "attending": True, "quote": "outlook-lijn", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Esther Ramdin <e.ramdin@wo-lingeland.nl>",
     "body": """Beste secretariaat,

Ik stop volgende maand als interim bij de Lingeland, maar het atelier valt nog binnen mijn opdracht: ik kom graag op 11 maart.

Met vriendelijke groet,
Esther Ramdin
a.i. directeur Werkorganisatie Lingeland"""},
    {"id": "h6-rsvp-36", "kind": "rsvp", "attending": False, "quote": "gmail", "quoted": "herinnering_atelier", "thread": "reminder",
     "sender": "Jolanda Mulder <jolanda.mulder@peelvenen.nl>",
     "body": """Hoi Melanie, ik lig met griep op de bank, helaas ik kan niet. Beterschap naar mezelf 🙂 Jolanda"""},
    {"id": "h6-rsvp-37", "kind": "rsvp", "attending": True, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Ben Huisman <b.huisman@ommelanden-oost.nl>",
     "body": """Goeiendag,

Mooi onderwerp, daar kunnen wij in het Oldambt-deel wel wat over vertellen. Ik kom, met één gast: onze bestuursadviseur Roelie Hazenberg.

Mit groet,
Ben Huisman
Directeur Werkorganisatie Ommelanden-Oost"""},
    {"id": "h6-rsvp-38", "kind": "rsvp", "attending": False, "quote": "outlook-en", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Sarah Lindqvist-de Wit <s.lindqvist@duinstreek-werkorganisatie.nl>",
     "body": """Dear Stan, dear Melanie,

Sadly no, I won't be there. Our deputy director Joost Kramer (j.kramer@duinstreek-werkorganisatie.nl) will attend instead; he speaks Dutch far better than I do anyway.

Kind regards,
Sarah Lindqvist-de Wit"""},
    # ---- Sign-ups: new mail from directors who want to join themselves ----
    {"id": "h6-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk",
     "sender": "Mirjam Takens <m.takens@wo-eemvallei.nl>",
     "body": """Geacht secretariaat,

Per 1 oktober ben ik gestart als algemeen directeur van de Werkorganisatie Eemvallei. Graag meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

Met vriendelijke groet,

Mirjam Takens
Algemeen directeur / gemeentesecretaris
Werkorganisatie Eemvallei
T 033 - 760 12 00"""},
    {"id": "h6-subscribe-02", "kind": "subscribe", "thread": None, "subject": "lid worden",
     "sender": "Robbert Kloosterman <r.kloosterman@noordermeer.nl>",
     "body": """Hallo, ik wil graag lid worden van jullie netwerk. Ik ben directeur bedrijfsvoering bij werkorganisatie Noordermeer (3 gemeenten). Groet Robbert"""},
    {"id": "h6-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Request to join",
     "sender": "Olga Petrova-Jansen <o.petrova@zeeuwsestroom-wo.nl>",
     "body": """Dear secretariat,

I recently joined Werkorganisatie Zeeuwse Stroom as managing director. My Dutch is still a work in progress, but I would very much like to become a member of the network and take part in the ateliers.

Kind regards,
Olga Petrova-Jansen
Managing Director | Werkorganisatie Zeeuwse Stroom"""},
    {"id": "h6-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Thijs Verhoeven <t.verhoeven@bommelerwaard-wo.nl>",
     "body": """Naam: Thijs Verhoeven
Functie: directeur Publiekszaken en Dienstverlening
Organisatie: Ambtelijke fusieorganisatie Bommelerwaard
E-mail: t.verhoeven@bommelerwaard-wo.nl
Telefoon: 0418 - 67 20 91

Graag ontvang ik voortaan de uitnodigingen voor de ateliers."""},
    {"id": "h6-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "Femke Zijlstra <f.zijlstra@waddenhoek.nl>",
     "body": """Dag Stan,

Sjoerd Bakker, mijn mededirecteur, is al een tijdje lid en zegt dat ik het ook moet doen. Bij deze dus: graag ook mij toevoegen aan het netwerk.

Groet,
Femke Zijlstra
Directeur Sociaal Domein, Waddenhoek"""},
    {"id": "h6-subscribe-06", "kind": "subscribe", "thread": None, "subject": "Opvolging directeur Lingeland",
     "sender": "Arjen Hofman <a.hofman@wo-lingeland.nl>",
     "body": """Goedemorgen,

Esther Ramdin, die hier de afgelopen maanden a.i. directeur was, is inmiddels vertrokken. Sinds 1 april ben ik de vaste directeur van de Werkorganisatie Lingeland. Ik wil me zelf graag bij het netwerk aanmelden.

Met vriendelijke groet,
Arjen Hofman"""},
    {"id": "h6-subscribe-07", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "G. ter Horst <g.terhorst@achterhoek-oost-wo.nl>",
     "body": """Geachte heer/mevrouw,

Via de website las ik over uw netwerk. Als directeur van een ambtelijke fusieorganisatie van twee gemeenten wil ik mij hierbij aanmelden. Het is mij niet duidelijk of er kosten aan verbonden zijn, maar dat hoor ik wel bij de bevestiging.

Hoogachtend,
G. ter Horst"""},
    {"id": "h6-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Graag op de verzendlijst",
     "sender": "Linda Oudejans <l.oudejans@duinstreek-werkorganisatie.nl>",
     "body": """Beste secretariaat,

Zou u mij willen opnemen in het netwerk en op de verzendlijst willen zetten voor de ateliers? Ik ben sinds kort directeur Organisatie bij de Werkorganisatie Duinstreek.

Alvast dank!
Linda Oudejans

Verzonden vanuit Outlook voor Android"""},
    {"id": "h6-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Sign me up",
     "sender": "Daan Visser <d.visser@peelvenen.nl>",
     "body": """Hi,

Please sign me up for the directors' network, I'd like to receive the invitations. Director Dienstverlening at Peelvenen.

Thanks, Daan"""},
    {"id": "h6-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Aanmelding Netwerk directeuren",
     "sender": "Jeroen Bakker <j.bakker@servicebureau-maasoevers.nl>",
     "body": """Beste Stan en Melanie,

Caroline Verbeek heeft jullie al laten weten dat ik haar opvolg als directeur-bestuurder van Servicebureau Maasoevers. Voor de zekerheid meld ik mij hierbij ook zelf aan als lid.

Met vriendelijke groet,
Jeroen Bakker"""},
    {"id": "h6-subscribe-11", "kind": "subscribe", "thread": None, "subject": "Aanmelding (nieuw)",
     "sender": "Wendy Schipper <w.schipper@kop-van-holland-wo.nl>",
     "body": """Hoi,

Ik was vroeger lid via mijn vorige werkgever, maar dat adres bestaat niet meer. Nu werk ik als directeur bij Werkorganisatie Kop van Holland. Kunnen jullie me op dit nieuwe adres weer inschrijven?

Groetjes,
Wendy Schipper"""},
    {"id": "h6-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Aanmelden voor het netwerk",
     "sender": "Hüseyin Kaya <h.kaya@rivierenzoom.nl>",
     "body": """Goedemiddag,

Na het mooie verhaal van uw collega op het VDP-congres ben ik enthousiast geworden. Ik meld mij graag aan voor het netwerk.

Met vriendelijke groet,

drs. H. (Hüseyin) Kaya
Directeur Ambtelijke Organisatie Rivierenzoom

---
Disclaimer: De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde is niet toegestaan. Heeft u dit bericht per abuis ontvangen, dan verzoeken wij u de afzender te informeren en het bericht te verwijderen."""},
    {"id": "h6-subscribe-13", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "Marco de Wit <m.dewit@zandmeer.nl>",
     "body": """aanmelden svp

Marco de Wit
directeur Werkorganisatie Zandmeer
Verstuurd vanaf mijn Samsung Galaxy"""},
    {"id": "h6-subscribe-14", "kind": "subscribe", "quote": "doorgestuurd", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Anouk Brands <a.brands@heuvelrandzuid.nl>",
     "body": """Beste secretariaat,

Een collega stuurde mij onderstaande uitnodiging door. Ik ben zelf nog geen lid, maar wil dat graag worden: ik ben sinds januari mede-directeur van Heuvelrand Zuid. Over het atelier beslis ik later.

Met vriendelijke groet,
Anouk Brands"""},
    {"id": "h6-subscribe-15", "kind": "subscribe", "thread": None, "subject": "Interesse in netwerk",
     "sender": "Pauline Gerritsen <p.gerritsen@dijkenland.nl>",
     "body": """Goedemorgen,

Ik heb interesse in het netwerk en zou er graag bij aansluiten. Ik ben directeur van de werkorganisatie Dijkenland, waarin sinds 2024 de gemeenten Lemsterdijk en Kolhorn samenwerken.

Hartelijke groet,
Pauline Gerritsen"""},
    {"id": "h6-subscribe-16", "kind": "subscribe", "thread": None, "subject": "Membership / lidmaatschap",
     "sender": "Tom Ackermans <t.ackermans@kempenrijk.nl>",
     "body": """Goedendag,

I'd like to become a member of the netwerk. Ik ben per december directeur Bedrijfsvoering bij Kempenrijk. Sorry voor de mix van talen, ik kom net van een internationaal project.

Regards / groet,
Tom Ackermans"""},
    {"id": "h6-subscribe-17", "kind": "subscribe", "thread": None, "subject": "Hou me op de hoogte",
     "sender": "Natasja Ruiter <n.ruiter@ommelanden-oost.nl>",
     "body": """Dag,

Ik ben de nieuwe tweede directeur bij Ommelanden-Oost. Ben Huisman wees me op jullie netwerk. Wilt u mij voortaan op de hoogte houden van de ateliers en mij als lid noteren?

Groeten,
Natasja Ruiter"""},
    {"id": "h6-subscribe-18", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Vincent Meijer <v.meijer@bollenkust.nl>",
     "body": """Geacht secretariaat,

Hierbij meld ik mij aan als deelnemer aan het netwerk. Mijn voorganger Erik Stam is met pensioen gegaan; ik heb begrepen dat hij zichzelf al heeft afgemeld.

Met vriendelijke groet,
Vincent Meijer
Directeur Werkorganisatie Bollenkust
06 - 1177 4530"""},
    {"id": "h6-subscribe-19", "kind": "subscribe", "thread": None, "subject": "Ik wil erbij!",
     "sender": "Chantal Ooms <chantal.ooms@zuidkempen-bedrijfsvoering.nl>",
     "body": """Hallo allemaal,

Wat een goed initiatief! Ik werk als directeur van de bedrijfsvoeringsorganisatie Zuidkempen en zou graag meedoen. Kunnen jullie mij inschrijven?

Groetjes Chantal"""},
    {"id": "h6-subscribe-20", "kind": "subscribe", "thread": None, "subject": "Aanmelding directeur",
     "sender": "Ruben Hoogland <r.hoogland@vechtdaloost.nl>",
     "body": """Beste,

Hierbij wil ik mij aanmelden voor het netwerk van directeuren van ambtelijke fusieorganisaties. Ik ben directeur bij de WO Vechtdal-Oost, samen met Ton Bijl.

mvg
Ruben Hoogland

Deze e-mail kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, dan verzoeken wij u dit bericht te verwijderen."""},
    {"id": "h6-subscribe-21", "kind": "subscribe", "thread": None, "subject": "Join the network",
     "sender": "Emma Kowalczyk <e.kowalczyk@noordermeer.nl>",
     "body": """Good afternoon,

I'm the new director of Werkorganisatie Noordermeer. Could you add me as a member? I understand it's free of charge. I read Dutch fine, so Dutch mails are no problem.

Best regards,
Emma Kowalczyk"""},
    {"id": "h6-subscribe-22", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Jan-Willem Kroeze <jw.kroeze@achterhoek-oost-wo.nl>",
     "body": """Beste mensen, ik heb onlangs afscheid genomen van de provincie en ben nu directeur van de werkorganisatie Achterhoek-Oost. Graag meld ik me aan voor het netwerk. Groet, Jan-Willem"""},
    {"id": "h6-subscribe-23", "kind": "subscribe", "quote": "outlook-nl", "quoted": "afmelding_bevestigd", "thread": "goodbye",
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Mark Peeters <mark.peeters@kempenrijk.nl>",
     "body": """Hallo,

Ik heb me een half jaar geleden afgemeld omdat ik even geen tijd had, maar inmiddels is het rustiger. Ik meld me graag weer aan.

Mark Peeters"""},
    {"id": "h6-subscribe-24", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk ambtelijke fusies",
     "sender": "Saskia van Rijn <s.vanrijn@kop-van-holland-wo.nl>",
     "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Graag word ik lid van het netwerk. Ik ben per 1 februari benoemd tot algemeen directeur van de Werkorganisatie Kop van Holland.

Met vriendelijke groet,

Saskia van Rijn
Algemeen directeur
Werkorganisatie Kop van Holland | Postbus 120 | 1780 AC Den Helderkust
www.kop-van-holland-wo.nl"""},
    {"id": "h6-subscribe-25", "kind": "subscribe", "quote": "outlook-nl", "quoted": "welkom", "thread": "welcome",
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Joost Kramer <j.kramer@duinstreek-werkorganisatie.nl>",
     "body": """Beste secretariaat,

Sarah Lindqvist stuurde mij haar welkomstmail door. Ik ben haar plaatsvervanger en zou graag zelf ook lid worden, dan ontvang ik de uitnodigingen rechtstreeks.

Groet,
Joost Kramer"""},
    {"id": "h6-subscribe-26", "kind": "subscribe", "thread": None, "subject": "Deelname netwerk",
     "sender": "Iris Meulenbelt <i.meulenbelt@lingedal.nl>",
     "body": """Hoi Melanie,

Zoals besproken tijdens de koffie bij het IPO-congres: bij deze mijn aanmelding. Ik ben directeur bedrijfsvoering van Lingedal.

Groet,
Iris

Iris Meulenbelt | directeur Bedrijfsvoering | 06 38 11 92 40"""},
    {"id": "h6-subscribe-27", "kind": "subscribe", "thread": None, "subject": "Please add me",
     "sender": "Kevin O'Brien-Dekker <k.obrien@zeeuwsestroom-wo.nl>",
     "body": """Hello,

Could you please add me to the network's member list? I'm deputy director at Zeeuwse Stroom. My colleague Olga told me about it.

Cheers,
Kevin"""},
    {"id": "h6-subscribe-28", "kind": "subscribe", "thread": None, "subject": "Wil graag deelnemen",
     "sender": "Roel Smeets <r.smeets@maasoevers.nl>",
     "body": """Geachte secretariaat,

Ik zou graag willen deelnemen aan uw netwerk voor directeuren, graag ontvang ik de bevestiging.

Met vriendelijke groet
Roel Smeets
directeur Servicebureau Maasoevers, Team Ruimte"""},
    # ---- Double opt-in: replies to the confirmation and its reminder ----
    {"id": "h6-confirm-01", "kind": "confirm", "quote": "outlook-nl", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
     "sender": "Mirjam Takens <m.takens@wo-eemvallei.nl>", "body": """Bevestigd.

Mirjam Takens"""},
    {"id": "h6-confirm-02", "kind": "confirm", "quote": "gmail", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
     "sender": "Daan Visser <d.visser@peelvenen.nl>", "body": """Yes, that was me. Confirmed!"""},
    {"id": "h6-confirm-03", "kind": "confirm", "quote": "outlook-lijn", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
     "sender": "Thijs Verhoeven <t.verhoeven@bommelerwaard-wo.nl>", "body": """ja hoor, klopt"""},
    {"id": "h6-confirm-04", "kind": "confirm", "quote": "apple", "quoted": "herinnering_aanmelding", "thread": "confirmation",
     "sender": "Femke Zijlstra <f.zijlstra@waddenhoek.nl>", "body": """Oeps, vergeten. Bij deze bevestig ik mijn aanmelding alsnog!

Femke

Verstuurd vanaf mijn iPhone"""},
    {"id": "h6-confirm-05", "kind": "confirm", "quote": "groupwise", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
     "sender": "G. ter Horst <g.terhorst@achterhoek-oost-wo.nl>", "body": """Geachte heer, mevrouw,

Hierbij bevestig ik mijn aanmelding voor het netwerk.

Hoogachtend,
G. ter Horst"""},
    {"id": "h6-confirm-06", "kind": "confirm", "quote": "outlook-en", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
     "sender": "Olga Petrova-Jansen <o.petrova@zeeuwsestroom-wo.nl>", "body": """Dear secretariat, I confirm my registration. Thank you!

Olga"""},
    {"id": "h6-confirm-07", "kind": "confirm", "quote": "outlook-nl", "quoted": "herinnering_aanmelding", "thread": "confirmation",
     "sender": "Linda Oudejans <l.oudejans@duinstreek-werkorganisatie.nl>", "body": """Ja, ik wil lid worden. Sorry voor de late reactie, jullie eerste mail zat in mijn ongewenste e-mail.

Linda

Verzonden vanuit Outlook voor Android"""},
    {"id": "h6-confirm-08", "kind": "confirm", "quote": "notes", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
     "sender": "Hüseyin Kaya <h.kaya@rivierenzoom.nl>", "body": """Akkoord, dank u wel.

H. Kaya"""},
    {"id": "h6-confirm-09", "kind": "confirm", "quote": "outlook-nl", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
     "sender": "Saskia van Rijn <s.vanrijn@kop-van-holland-wo.nl>", "body": ""},
    # ---- Suggestions: the exact themes of what the writer proposes ----
    {"id": "h6-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Hanneke Brouwer <h.brouwer@wo-kempenrijk.nl>",
     "body": """Beste Stan,

Mijn onderwerp: hoe voorkom je dat de kleinste gemeente zich tweederangs voelt? Bij ons klaagt de raad van de kleinste gemeente dat 'de werkorganisatie vooral voor de grote broer werkt'. Ik hoor graag hoe anderen die verhouding tussen de deelnemende gemeenten in balans houden.

Groet,
Hanneke"""},
    {"id": "h6-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "quote": "gmail", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Gert-Jan Oosting <gj.oosting@dijkenland.nl>",
     "body": """Suggestie: de inzet van AI in onze werkprocessen. Wat mag wel, wat niet, en wie in de organisatie gaat erover?

GJ"""},
    {"id": "h6-suggestion-03", "kind": "suggestion", "themes": ["strategie"], "quote": "outlook-lijn", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "mr. drs. C.A.M. (Caroline) Verbeek <c.verbeek@servicebureau-maasoevers.nl>",
     "body": """Geacht secretariaat,

Graag draag ik het volgende onderwerp aan: de langetermijnvisie op de ambtelijke fusie. Waar staan wij over tien jaar, en is een herindeling dan het logische eindpunt of juist niet? Over de uitvoering en de structuur is in eerdere ateliers genoeg gezegd; mij gaat het om de stip op de horizon.

Hoogachtend,
C.A.M. Verbeek"""},
    {"id": "h6-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "quote": "apple", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Jolanda Mulder <jolanda.mulder@peelvenen.nl>",
     "body": """Thema: inwoners die afhaken bij de digitale loketten. Steeds meer ouderen melden zich af voor MijnGemeente en staan dan weer aan de balie. Hoe houden we de dienstverlening toegankelijk?

Jolanda

Verstuurd vanaf mijn iPhone"""},
    {"id": "h6-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Teun van Gils <t.vangils@bommelerwaard-wo.nl>",
     "body": """Goedemiddag,

Twee onderwerpen:
- financiële houdbaarheid van de werkorganisatie na 2026 (ravijnjaar, oplopende loonkosten)
- de positie van onze werkorganisatie in de regio, nu de centrumgemeente steeds meer taken naar zich toe trekt

Met vriendelijke groet,
Teun van Gils"""},
    {"id": "h6-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "quote": "notes", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Rinske de Haan <r.dehaan@waddenhoek.nl>",
     "body": """Goeie,

Bij ons wil een van de drie gemeenten uit de werkorganisatie stappen. Ik zou graag bespreken hoe anderen omgaan met een gemeente die wil uittreden: welke afspraken, wat betekent het voor de verhoudingen met de andere twee?

Rinske"""},
    {"id": "h6-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "quote": "outlook-en", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Pieter Jan Hoekstra <pj.hoekstra@wo-eemvallei.nl>",
     "body": """Hi Stan,

A topic I'd like to propose: how do you monitor the quality of the services we deliver to residents and businesses in each municipality, so that every council can see how we perform for its own people?

Best,
Pieter Jan"""},
    {"id": "h6-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Wim Schoenmakers <w.schoenmakers@peelvenen.nl>",
     "body": """> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

Daar hebben we dit jaar een mooie visie op gemaakt, geen behoefte.

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen, financiën, I&A;

Ja! Informatiebeveiliging en de afhankelijkheid van één leverancier voor ons zaaksysteem. Daar wil ik graag over praten.

Wim"""},
    {"id": "h6-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "quote": "outlook-nl", "quoted": "vervolg_atelier", "thread": "call_for_themes",
     "sender": "Ton Bijl <t.bijl@wo-vechtdaloost.nl>",
     "body": """Beste Melanie,

Dank voor de goede middag. Voor de volgende keer: het sturingsconcept. Wij werken met opdrachtgever-opdrachtnemer tussen de gemeenten en de werkorganisatie en lopen tegen de grenzen ervan aan. Ben benieuwd naar alternatieven.

Ton"""},
    {"id": "h6-suggestion-10", "kind": "suggestion", "themes": ["samenwerking"], "quote": "outlook-nl", "quoted": "welkom", "thread": "welcome",
     "sender": "Mirjam Takens <m.takens@wo-eemvallei.nl>",
     "body": """Dank voor het welkom! U vraagt naar een onderwerp: ik zou het graag hebben over de gezamenlijke opgaven in de regio, zoals de woningbouwopgave, waarbij elke gemeente eigen ambities heeft maar wij het als één organisatie moeten uitvoeren.

Mirjam Takens"""},
    {"id": "h6-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "quote": "outlook-nl", "quoted": "bedankt_suggestie", "thread": "call_for_themes",
     "sender": "Teun van Gils <t.vangils@bommelerwaard-wo.nl>",
     "body": """Nog één toevoeging: de krapte op de arbeidsmarkt. Hoe houden we onze formatie gevuld, vooral bij ICT en vergunningverlening?

Teun"""},
    {"id": "h6-suggestion-12", "kind": "suggestion", "themes": ["strategie", "organisatie", "dienstverlening"], "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Youssef Amrani <y.amrani@wo-vechtdaloost.nl>",
     "body": """Goedemorgen,

Mijn suggesties, één per regel zoals gevraagd:
1. Een gedeelde visie 2035 voor de werkorganisatie en de drie gemeenten
2. Hybride werken en wat dat vraagt van huisvesting en leidinggevenden
3. Wachttijden bij Burgerzaken terugdringen met afspraken op locatie in de kernen

Vriendelijke groet,
Youssef Amrani"""},
    {"id": "h6-suggestion-13", "kind": "suggestion", "themes": ["strategie"], "quote": "gmail", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Dirk-Jan Terpstra <dj.terpstra@gmail.com>",
     "body": """Mijn idee: 'the art of saying no'. Drie colleges, drie coalitieakkoorden en één ambtelijke capaciteit: hoe kom je tot één inhoudelijke agenda met echte bestuurlijke prioriteiten?

DJ"""},
    {"id": "h6-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Esther Ramdin <e.ramdin@wo-lingeland.nl>",
     "body": """Beste secretariaat,

Onze organisatie is net heringericht, dus structuur en formatie laat ik graag even rusten. Wat ik wél wil agenderen: hoe neem je drie gemeenteraden mee in regionale afspraken waar ze zelf niet aan tafel zitten?

Met vriendelijke groet,
Esther Ramdin"""},
    {"id": "h6-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "quote": "groupwise", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "T. van Gils <t.vangils@bommelerwaard-wo.nl>",
     "body": """Namens ons MT nog een onderwerp: één ondernemersloket voor de drie gemeenten, zodat een ondernemer niet meer hoeft te weten bij welke gemeente hij hoort.

T. van Gils"""},
    {"id": "h6-suggestion-16", "kind": "suggestion", "themes": ["strategie"], "quote": "outlook-en", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Olga Petrova-Jansen <o.petrova@zeeuwsestroom-wo.nl>",
     "body": """Dear Stan and Melanie,

As a newcomer I would love a session on long-term vision: how do the directors here set out where their organisation should be in ten years, and how do they keep the councils committed to it?

Kind regards,
Olga"""},
    {"id": "h6-suggestion-17", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "quote": "notes-wrote", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Ben Huisman <b.huisman@ommelanden-oost.nl>",
     "body": """Moin,

Twee dingen die bij ons spelen:
- de relatie met de buurgemeenten over de provinciegrens, waar we steeds vaker samen opgaven oppakken
- proactieve dienstverlening: inwoners benaderen voordat ze zelf aankloppen, bijvoorbeeld bij schulden

Groet,
Ben"""},
    {"id": "h6-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "quote": "ongemarkeerd", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Pauline Gerritsen <p.gerritsen@dijkenland.nl>",
     "body": """Graag het onderwerp: datagedreven werken en de inrichting van onze I&A-functie.

Pauline Gerritsen"""},
    {"id": "h6-suggestion-19", "kind": "suggestion", "themes": ["strategie"], "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Sjoerd Bakker <s.bakker@waddenhoek.nl>",
     "body": """Hoi,

Samenwerken gaat bij ons eigenlijk prima en over de dienstverlening hoor ik weinig klachten. Waar ik mee worstel is de inhoudelijke agenda: we doen heel veel, maar waar willen we als werkorganisatie over vijf jaar staan? Dat zou ik graag agenderen.

Sjoerd"""},
    {"id": "h6-suggestion-20", "kind": "suggestion", "themes": ["organisatie"], "quote": "outlook-en", "quoted": "vervolg_atelier", "thread": "call_for_themes",
     "sender": "Michiel de Graaf <m.degraaf@bollenkust.nl>",
     "body": """Thanks for the report! For next time: digital transformation of our back office, especially the migration to the cloud and what it does to our IT budget.

Michiel"""},
    {"id": "h6-suggestion-21", "kind": "suggestion", "themes": ["dienstverlening"], "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Frank Aalbers <f.aalbers@heuvelrandzuid.nl>",
     "body": """Beste mensen,

Geen strategische vergezichten deze keer, graag iets praktisch: hoe gaan jullie om met de telefonische bereikbaarheid van het KCC? Onze inwoners hangen soms twintig minuten in de wacht.

Groet,
Frank Aalbers"""},
    {"id": "h6-suggestion-22", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": None,
     "subject": "Idee voor het volgende atelier",
     "sender": "Anouk Brands <a.brands@heuvelrandzuid.nl>",
     "body": """Beste Stan en Melanie,

Ik heb de oproep niet ontvangen (ik ben pas nieuw lid), maar heb wel een idee voor het volgende atelier: hoe verdeel je de kosten van de werkorganisatie eerlijk over de gemeenten als hun ambities zo uiteenlopen? Daaraan gekoppeld de vraag hoe je de begroting van de werkorganisatie zelf beheersbaar houdt.

Groet,
Anouk Brands"""},
    # ---- Leaving: plain, with AVG erasure, and hand-overs to a named successor ----
    {"id": "h6-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afmelden",
     "sender": "Erik Stam <erik.stam@bollenkust.nl>",
     "body": """Beste secretariaat,

Per 1 mei ga ik met pensioen. Wilt u mij afmelden voor het netwerk? Dank voor de mooie bijeenkomsten van de afgelopen jaren.

Hartelijke groet,
Erik Stam"""},
    {"id": "h6-unsubscribe-02", "kind": "unsubscribe", "erase": False, "quote": "outlook-nl", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Hans Brink <h.brink@heuvelrandzuid.nl>",
     "body": """Goedemiddag,

Geen thema's van mijn kant: ik vertrek eind januari bij Heuvelrand Zuid en stap uit het netwerk. Graag mijn lidmaatschap beëindigen.

Groet,
Hans Brink"""},
    {"id": "h6-unsubscribe-03", "kind": "unsubscribe", "erase": True, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "A. de Kruijf <a.dekruijf@zuidkempen-bedrijfsvoering.nl>",
     "body": """Geacht secretariaat,

Ik kom niet naar het atelier en wens ook geen berichten meer te ontvangen. Op grond van artikel 17 van de AVG verzoek ik u al mijn persoonsgegevens uit uw bestanden te verwijderen en mij dat te bevestigen.

Hoogachtend,
A. de Kruijf"""},
    {"id": "h6-unsubscribe-04", "kind": "unsubscribe", "erase": False, "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Caroline Verbeek <c.verbeek@servicebureau-maasoevers.nl>",
     "body": """Beste Stan, beste Melanie,

Per 1 maart verlaat ik Servicebureau Maasoevers. Mijn opvolger is Jeroen Bakker (j.bakker@servicebureau-maasoevers.nl); hij neemt mijn plek in het netwerk graag over. Naar het atelier kom ik dus ook niet meer.

Dank voor alles en hartelijke groet,
Caroline Verbeek"""},
    {"id": "h6-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Unsubscribe",
     "sender": "Kevin O'Brien-Dekker <k.obrien@zeeuwsestroom-wo.nl>",
     "body": """Hi, please take me off your mailing list, I'm leaving Zeeuwse Stroom at the end of the month. Thanks, Kevin"""},
    {"id": "h6-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "Verzoek verwijdering gegevens (AVG)",
     "sender": "Willem-Alexander Dorrestein <wa.dorrestein@noordermeer.nl>",
     "body": """Geachte heer, mevrouw,

Ik ben niet langer werkzaam als directeur en maak daarom gebruik van mijn recht op vergetelheid. Ik verzoek u mijn naam, e-mailadres en overige gegevens volledig te wissen uit uw ledenadministratie.

Met vriendelijke groet,
W.A. Dorrestein"""},
    {"id": "h6-unsubscribe-07", "kind": "unsubscribe", "erase": False, "quote": "gmail", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Jan Bosma <jan.bosma@ommelanden-oost.nl>",
     "body": """Hallo,

Ik heb het stokje overgedragen aan Natasja Ruiter (n.ruiter@ommelanden-oost.nl), die vanaf nu namens ons in het netwerk zit. Wil je haar de oproep ook sturen en mij van de lijst halen?

Groet, Jan"""},
    {"id": "h6-unsubscribe-08", "kind": "unsubscribe", "erase": False, "quote": "apple", "quoted": "herinnering_atelier", "thread": "reminder",
     "sender": "Nadia Bouzian <n.bouzian@wo-eemvallei.nl>",
     "body": """Ik had al afgezegd voor morgen, maar nu ik deze herinnering zie: meld me eigenlijk ook maar helemaal af voor het netwerk. Ik ben per april bij het Rijk aan de slag.

Nadia

Verstuurd vanaf mijn iPhone"""},
    {"id": "h6-unsubscribe-09", "kind": "unsubscribe", "erase": True, "quote": "outlook-en", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Sarah Lindqvist-de Wit <s.lindqvist@duinstreek-werkorganisatie.nl>",
     "body": """Dear secretariat,

I am leaving the Netherlands this spring. Please remove me from the network and delete all personal data you hold about me, in line with the GDPR.

Kind regards,
Sarah Lindqvist-de Wit"""},
    {"id": "h6-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Wisseling directeur Dijkenland",
     "sender": "Hetty Wolters <h.wolters@dijkenland.nl>",
     "body": """Beste Stan,

Na zes jaar draag ik per 1 februari de directie van Dijkenland over aan Pauline Gerritsen (p.gerritsen@dijkenland.nl). Zij volgt mij ook op in het netwerk; mijn eigen lidmaatschap mag dan stoppen.

Het ga jullie goed,
Hetty Wolters"""},
    {"id": "h6-unsubscribe-11", "kind": "unsubscribe", "erase": False, "quote": "groupwise", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "H. Damen <h.damen@bommelerwaard-wo.nl>",
     "body": """Ik wil niet langer lid zijn. Graag uitschrijven.

H. Damen"""},
    {"id": "h6-unsubscribe-12", "kind": "unsubscribe", "erase": False, "quote": "notes-wrote", "quoted": "vervolg_atelier", "thread": "call_for_themes",
     "sender": "Johan Luiten <j.luiten@gemeenten-rivierenzoom.nl>",
     "body": """Geachte heer Van de Laar,

Dank voor het verslag. Dit was voor mij het laatste atelier: met ingang van 1 mei treed ik terug. Ik verzoek u mij per die datum af te melden als lid. Mijn opvolging is nog niet bekend.

Met vriendelijke groet,
J.H. Luiten"""},
    {"id": "h6-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "afmelden + gegevens wissen",
     "sender": "Bart Lemmens <b.lemmens@peelvenen.nl>",
     "body": """graag afmelden en mijn gegevens uit jullie bestand verwijderen (avg). dank, bart lemmens"""},
    {"id": "h6-unsubscribe-14", "kind": "unsubscribe", "erase": False, "quote": "outlook-nl", "quoted": "welkom", "thread": "welcome",
     "sender": "Marco de Wit <m.dewit@zandmeer.nl>",
     "body": """Hoi, ik heb me vorige week aangemeld maar bij nader inzien is het toch niks voor mij, het netwerk is meer voor algemeen directeuren. Zet me er maar weer af.

Marco"""},
    {"id": "h6-unsubscribe-15", "kind": "unsubscribe", "erase": False, "quote": "outlook-en", "quoted": "vervolg_atelier", "thread": "call_for_themes",
     "sender": "Annelies Vos <a.vos@duinstreek-werkorganisatie.nl>",
     "body": """Hi Melanie,

Thanks for a great afternoon. This was my last one, though: I'm handing over to Linda Oudejans (l.oudejans@duinstreek-werkorganisatie.nl), who will represent Duinstreek in the network from April. Please unsubscribe me.

Best,
Annelies"""},
    {"id": "h6-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "stoppen met netwerk",
     "sender": "Wim Schoenmakers <w.schoenmakers@peelvenen.nl>",
     "body": """Beste secretariaat,

Ik stop met het netwerk. Niet omdat het niet goed is, maar omdat ik het er naast mijn werk niet meer bij kan hebben. Dank voor alle moeite.

Wim Schoenmakers"""},
    {"id": "h6-unsubscribe-17", "kind": "unsubscribe", "erase": True, "quote": "notes", "quoted": "herinnering_atelier", "thread": "reminder",
     "sender": "R. Jansen <r.jansen@zuidkempen-bedrijfsvoering.nl>",
     "body": """Geacht secretariaat,

Ik kan donderdag niet komen en ben inmiddels uit dienst. Ik verzoek u mij uit te schrijven en mijn persoonsgegevens te vernietigen conform de AVG.

R. Jansen"""},
    {"id": "h6-unsubscribe-18", "kind": "unsubscribe", "erase": False, "quote": "outlook-lijn", "quoted": "oproep_themas", "thread": "call_for_themes",
     "sender": "Mark Peeters <mark.peeters@kempenrijk.nl>",
     "body": """Haal me voorlopig maar van de lijst, ik zit tot de zomer tot over mijn oren in de herindelingsverkenning. Misschien later weer.

Mark"""},
    # ---- Auto-replies: out-of-office, retired mailboxes, ticket systems ----
    {"id": "h6-autoreply-01", "kind": "autoreply", "thread": "invitation",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "sender": "Hanneke Brouwer <h.brouwer@wo-kempenrijk.nl>",
     "body": """Dank voor uw bericht. Ik ben afwezig tot en met maandag 15 februari en heb beperkt toegang tot mijn mail. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 040 - 208 44 00.

Met vriendelijke groet,
Hanneke Brouwer"""},
    {"id": "h6-autoreply-02", "kind": "autoreply", "thread": "call_for_themes",
     "subject": "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Sarah Lindqvist-de Wit <s.lindqvist@duinstreek-werkorganisatie.nl>",
     "body": """Thank you for your email. I am out of the office until 4 January with limited access to email. For urgent matters please contact Joost Kramer, j.kramer@duinstreek-werkorganisatie.nl.

Kind regards,
Sarah Lindqvist-de Wit"""},
    {"id": "h6-autoreply-03", "kind": "autoreply", "thread": "reminder",
     "subject": "Niet meer in dienst: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "headers": {"Precedence": "auto_reply"},
     "sender": "Caroline Verbeek <c.verbeek@servicebureau-maasoevers.nl>",
     "body": """Per 1 maart 2027 ben ik niet meer werkzaam bij Servicebureau Maasoevers. Uw bericht wordt niet doorgestuurd. Mijn opvolger is Jeroen Bakker, bereikbaar via j.bakker@servicebureau-maasoevers.nl of 073 - 612 80 00.

Caroline Verbeek"""},
    {"id": "h6-autoreply-04", "kind": "autoreply", "thread": "reminder",
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "postbus-directie <directie@gemeente-oudkolhorn.nl>",
     "body": """Geachte afzender,

Per 1 januari 2027 zijn de gemeenten Oudkolhorn en Lemsterdijk samen verder gegaan als werkorganisatie Dijkenland. Dit e-mailadres is niet meer in gebruik en wordt niet gelezen. Stuur uw bericht opnieuw naar info@dijkenland.nl.

Dit is een automatisch gegenereerd bericht."""},
    {"id": "h6-autoreply-05", "kind": "autoreply", "thread": "invitation",
     "subject": "Ontvangstbevestiging zaaknummer Z/27/004518",
     "headers": {"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"},
     "sender": "Klantcontactcentrum Bommelerwaard <post@bommelerwaard-wo.nl>",
     "body": """Geachte heer/mevrouw,

Wij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd onder zaaknummer Z/27/004518 en doorgezet naar de juiste afdeling. U ontvangt binnen tien werkdagen een inhoudelijke reactie.

Op deze e-mail kunt u niet reageren.

Met vriendelijke groet,
Klantcontactcentrum Ambtelijke fusieorganisatie Bommelerwaard"""},
    {"id": "h6-autoreply-06", "kind": "autoreply", "thread": "invitation",
     "subject": "Afwezig: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Ingrid Postma <ingrid.postma@waddenhoek.nl>",
     "body": """Ik ben met vakantie tot en met 28 februari en lees mijn e-mail niet. Uw bericht wordt niet automatisch doorgestuurd; voor spoedzaken kunt u bellen met 0519 - 29 88 00.

Ingrid Postma"""},
    {"id": "h6-autoreply-07", "kind": "autoreply", "thread": "reminder",
     "subject": "Automatisch antwoord / Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Olga Petrova-Jansen <o.petrova@zeeuwsestroom-wo.nl>",
     "body": """Ik ben tot en met 9 maart afwezig. Voor dringende zaken: bel het bestuurssecretariaat, 0113 - 24 55 00.

I am out of office until 9 March. For urgent matters please call the management office, +31 113 24 55 00.

Olga Petrova-Jansen"""},
    {"id": "h6-autoreply-08", "kind": "autoreply", "quote": "ongemarkeerd", "quoted": "oproep_themas", "thread": "call_for_themes",
     "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
     "sender": "Dirk-Jan Terpstra <dj.terpstra@noordermeer.nl>",
     "body": """Bedankt voor je bericht! Ik heb kerstverlof tot en met 3 januari. Daarna reageer ik zo snel mogelijk.

Dirk-Jan"""},
    {"id": "h6-autoreply-09", "kind": "autoreply", "thread": "invitation",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Sandra Koopmans <s.koopmans@werkorganisatie-zandmeer.nl>",
     "body": """Beste afzender,

Van 1 februari tot 1 juni ben ik met zwangerschapsverlof. Mijn taken zijn in die periode overgedragen aan Wouter Dijkstra, plaatsvervangend directeur (w.dijkstra@werkorganisatie-zandmeer.nl). Uw mail wordt niet doorgestuurd.

Groet,
Sandra Koopmans"""},
    {"id": "h6-autoreply-10", "kind": "autoreply", "thread": "call_for_themes",
     "subject": 'Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]',
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "sender": "Gemeenten Rivierenzoom <info@rivierenzoom.nl>",
     "body": """Bedankt voor uw e-mail aan de gemeenten Rivierenzoom. Wij streven ernaar uw bericht binnen vijf werkdagen te beantwoorden. Heeft u een spoedeisende vraag? Bel dan 14 0488.

Dit bericht is automatisch verzonden."""},
    # ---- Other: questions, requests about someone else, mixed acts, pitches, press, Adviesraad ----
    {"id": "h6-other-01", "kind": "other", "thread": None, "subject": "Wie kan er lid worden?",
     "sender": "Ellen de Bruijn <e.debruijn@bommelerwaard-wo.nl>",
     "body": """Goedemiddag,

Ik ben manager bedrijfsvoering, dus geen directeur. Kan ik toch lid worden van het netwerk, of is het echt alleen voor directeuren?

Groet,
Ellen de Bruijn"""},
    {"id": "h6-other-02", "kind": "other", "thread": None, "subject": "Aanmelding namens directeur",
     "sender": "Petra Kuipers <p.kuipers@gemeenten-rivierenzoom.nl>",
     "body": """Geacht secretariaat,

Namens de heer H. Kaya, onze nieuwe directeur, wil ik hem graag aanmelden voor het netwerk. Zijn e-mailadres is h.kaya@rivierenzoom.nl.

Met vriendelijke groet,
Petra Kuipers
Directiesecretaresse"""},
    {"id": "h6-other-03", "kind": "other", "thread": None, "subject": "Overlijden mevrouw Smulders",
     "sender": "Petra Kuipers <p.kuipers@gemeenten-rivierenzoom.nl>",
     "body": """Geacht secretariaat,

Met verdriet laat ik u weten dat mevrouw A.M. Smulders, directeur van onze organisatie, onverwacht is overleden. Wilt u haar gegevens uit uw bestand verwijderen, zodat er geen uitnodigingen meer aan haar worden gestuurd?

Met vriendelijke groet,
Petra Kuipers"""},
    {"id": "h6-other-04", "kind": "other", "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Hanneke Brouwer <h.brouwer@wo-kempenrijk.nl>",
     "body": """Beste Stan,

Ruud Verhagen, die ik als gast had opgegeven, werkt sinds deze week niet meer bij ons. Willen jullie hem ook uit het ledenbestand halen? Hij was volgens mij zelf ook lid.

Groet,
Hanneke"""},
    {"id": "h6-other-05", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres",
     "sender": "Gert-Jan Oosting <gj.oosting@dijkenland.nl>",
     "body": """Hoi,

Door de fusie van onze domeinen wordt mijn adres per 1 januari gj.oosting@werkorganisatie-dijkenland.nl. Kunnen jullie dat aanpassen in de ledenlijst?

GJ"""},
    {"id": "h6-other-06", "kind": "other", "thread": None, "subject": "Inzageverzoek AVG",
     "sender": "A. de Kruijf <a.dekruijf@zuidkempen-bedrijfsvoering.nl>",
     "body": """Geacht secretariaat,

Op grond van artikel 15 AVG verzoek ik u mij een overzicht te sturen van de persoonsgegevens die u van mij verwerkt, het doel daarvan en met wie u ze deelt.

Hoogachtend,
A. de Kruijf"""},
    {"id": "h6-other-07", "kind": "other", "thread": None, "subject": "Presentatie op uw atelier",
     "sender": "Maarten Kloos <maarten@datakompas-advies.nl>",
     "body": """Beste Stan,

Datakompas helpt werkorganisaties met dashboards voor sturing op prestaties per gemeente. Graag verzorgen wij kosteloos een korte inspiratiesessie tijdens uw volgende atelier. Zullen we een kennismaking inplannen?

Met vriendelijke groet,
Maarten Kloos
Accountmanager Publieke Sector | Datakompas Advies B.V.
06 - 2299 1034"""},
    {"id": "h6-other-08", "kind": "other", "thread": None, "subject": "Verzoek interview / bijwonen atelier",
     "sender": "Lotte Meerman <l.meerman@gemeentenenbestuur.nl>",
     "body": """Goedendag,

Ik ben redacteur bij het vakblad Gemeenten & Bestuur en schrijf een achtergrondstuk over ambtelijke fusies. Zou ik het atelier van 11 maart als toehoorder mogen bijwonen, of anders een van de organisatoren mogen interviewen?

Met vriendelijke groet,
Lotte Meerman"""},
    {"id": "h6-other-09", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Youssef Amrani <y.amrani@wo-vechtdaloost.nl>",
     "body": """Beste Stan en Melanie,

Ik las dat de Adviesraad de suggesties weegt. Ik zou graag zitting nemen in de Adviesraad; ik ben nu drie jaar lid van het netwerk en heb veel ervaring met het programmeren van bijeenkomsten. Hoe gaat de selectie in zijn werk?

Vriendelijke groet,
Youssef"""},
    {"id": "h6-other-10", "kind": "other", "quote": "outlook-nl", "quoted": "herinnering_atelier", "thread": "reminder",
     "sender": "Ton Bijl <t.bijl@wo-vechtdaloost.nl>",
     "body": """Goedemorgen,

Ik krijg al jullie mails in drievoud: op mijn oude adres, mijn nieuwe adres en via de functionele mailbox van de directie. Dat is een beetje veel van het goede. Kan dat opgelost worden?

Ton Bijl"""},
    {"id": "h6-other-11", "kind": "other", "quote": "gmail", "quoted": "vervolg_atelier", "thread": "call_for_themes",
     "sender": "Jolanda Mulder <jolanda.mulder@peelvenen.nl>",
     "body": """Hoi Melanie, de link naar het verslag geeft bij mij een foutmelding (404). Kun je het verslag als pdf sturen? Ik wil het graag delen met ons MT.

Jolanda"""},
    {"id": "h6-other-12", "kind": "other", "thread": None, "subject": "aanmelden, maar eerst een vraag",
     "sender": "Stijn Roelofs <s.roelofs@noordermeer.nl>",
     "body": """Dag secretariaat,

Ik wil me graag aanmelden, maar eerst een vraag: is het lidmaatschap persoonlijk, of kan mijn organisatie lid worden zodat ik bij afwezigheid een collega kan sturen? Dan weet ik wie ik moet opgeven.

Groet,
Stijn Roelofs"""},
    {"id": "h6-other-13", "kind": "other", "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Koen Verstraeten <k.verstraeten@zeeuwsestroom-wo.nl>",
     "body": """Dag Stan,

Ik wil graag komen, als ik mijn portefeuillehouder bedrijfsvoering mag meenemen: het thema raakt precies aan waar wij bestuurlijk mee bezig zijn. Is het atelier alleen voor directeuren of mag een wethouder ook aanschuiven?

Met vriendelijke groeten,
Koen"""},
    {"id": "h6-other-14", "kind": "other", "thread": None, "subject": "Lidmaatschap beperken?",
     "sender": "Michiel de Graaf <m.degraaf@bollenkust.nl>",
     "body": """Hallo,

Ik overweeg me af te melden omdat ik te veel mail krijg. Kan ik ook alleen de uitnodigingen voor de ateliers ontvangen en niet de oproepen en herinneringen? Dan blijf ik graag lid.

Michiel"""},
    {"id": "h6-other-15", "kind": "other", "thread": None, "subject": "Enquête afstudeeronderzoek ambtelijke fusies",
     "sender": "Sanne de Groot <s.degroot@student.hs-utrechtsekust.nl>",
     "body": """Beste meneer/mevrouw,

Voor mijn afstudeeronderzoek Bestuurskunde onderzoek ik de sturing binnen ambtelijke fusieorganisaties. Zou u mijn vragenlijst (10 minuten) onder de leden van het netwerk willen verspreiden? Alvast heel erg bedankt!

Met vriendelijke groet,
Sanne de Groot"""},
    {"id": "h6-other-16", "kind": "other", "quote": "outlook-en", "quoted": "vervolg_atelier", "thread": "call_for_themes",
     "sender": "Pieter Jan Hoekstra <pj.hoekstra@wo-eemvallei.nl>",
     "body": """Hi Stan,

Could you send me the slides of the speaker from Groningen, and the list of attendees? I promised to follow up with two of the directors but forgot to write down their details.

Thanks,
Pieter Jan"""},
    {"id": "h6-other-17", "kind": "other", "quote": "outlook-nl", "quoted": "bevestiging_rsvp", "thread": "invitation",
     "sender": "Youssef Amrani <y.amrani@wo-vechtdaloost.nl>",
     "body": """Goedemorgen,

Hoe groot is de kans dat plaats 2 op de wachtlijst nog een plek oplevert? Ik moet een andere afspraak verzetten en wil weten of dat zin heeft.

Youssef"""},
    {"id": "h6-other-18", "kind": "other", "thread": None, "subject": "Ook voor gemeenschappelijke regelingen?",
     "sender": "Harm Scholten <h.scholten@grensland-gr.nl>",
     "body": """Goedemiddag,

Wij zijn geen ambtelijke fusie maar een gemeenschappelijke regeling voor bedrijfsvoering van vier gemeenten. Komen wij ook in aanmerking voor deelname aan het netwerk, of valt dat erbuiten?

Met vriendelijke groet,
Harm Scholten
Directeur GR Grensland Bedrijfsvoering"""},
    {"id": "h6-other-19", "kind": "other", "quote": "apple", "quoted": "vervolg_atelier", "thread": "call_for_themes",
     "sender": "Marloes Hendriks <m.hendriks@lingedal.nl>",
     "body": """Wat een fijne middag was het. Dank aan jullie allebei voor de goede organisatie en de gastvrijheid van de provincie!

Marloes

Verstuurd vanaf mijn iPhone"""},
    {"id": "h6-other-20", "kind": "other", "quote": "outlook-en", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Emma Kowalczyk <e.kowalczyk@noordermeer.nl>",
     "body": """Hi Melanie,

Quick question before I register: will the atelier be in Dutch only? I read Dutch well but my spoken Dutch is slow, and I'd like to know whether I can ask questions in English.

Thanks,
Emma"""},
    {"id": "h6-other-21", "kind": "other", "quote": "outlook-nl", "quoted": "uitnodiging_atelier", "thread": "invitation",
     "sender": "Linda Oudejans <l.oudejans@duinstreek-werkorganisatie.nl>",
     "body": """Hoi,

Mijn Outlook heeft de agenda-uitnodiging per ongeluk verwijderd. Kunnen jullie de bijlage nog een keer sturen? Ik had me al aangemeld.

Linda"""},
    {"id": "h6-other-22", "kind": "other", "thread": None, "subject": "Wijziging e-mailadres directeur",
     "sender": "Marian Oost <m.oost@wo-kempenrijk.nl>",
     "body": """Beste secretariaat,

Namens Hanneke Brouwer: haar e-mailadres wijzigt per 1 maart in hanneke.brouwer@kempenrijk.nl. Willen jullie dat in jullie systeem aanpassen?

Met vriendelijke groet,
Marian Oost
Managementassistent directie"""},
    {"id": "h6-other-23", "kind": "other", "quote": "outlook-nl", "quoted": "annulering_atelier", "thread": "invitation",
     "sender": "Bas Wennink <b.wennink@achterhoek-oost-wo.nl>",
     "body": """Jammer! Is er al zicht op een nieuwe datum? Dan kan ik die vast blokkeren.

Bas"""},
    {"id": "h6-other-24", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Ben Huisman <b.huisman@ommelanden-oost.nl>",
     "body": """Beste Stan,

Na vier jaar stap ik uit de Adviesraad; het wordt tijd voor nieuwe gezichten. Lid van het netwerk blijf ik uiteraard gewoon, en op de ateliers zien jullie mij ook nog. Kunnen we een moment plannen om mijn rol over te dragen?

Groet,
Ben Huisman"""},
    {"id": "h6-other-25", "kind": "other", "quote": "outlook-nl", "quoted": "bevestiging_aanmelding", "thread": "confirmation",
     "sender": "Pauline Gerritsen <p.gerritsen@dijkenland.nl>",
     "body": """Ja, dat was ik. En kunt u mijn collega-directeur Ivo Lammers (i.lammers@dijkenland.nl) ook meteen aanmelden? Hij wil ook graag lid worden.

Pauline"""},
    {"id": "h6-other-26", "kind": "other", "thread": None, "subject": "Factuur atelier?",
     "sender": "Crediteurenadministratie Peelvenen <crediteuren@peelvenen.nl>",
     "body": """Goedemiddag,

Onze directeur Daan Visser heeft deelgenomen aan uw atelier van 18 maart. Wij hebben hiervoor nog geen factuur ontvangen. Kunt u aangeven of er kosten in rekening worden gebracht, en zo ja, de factuur sturen onder vermelding van inkoopordernummer 4500188210?

Met vriendelijke groet,
Team Crediteuren"""},
    {"id": "h6-other-27", "kind": "other", "thread": None, "subject": "Spreker voor een atelier",
     "sender": "prof. dr. Anke Hulshof <a.hulshof@univ-middelland.nl>",
     "body": """Geachte heer Van de Laar,

Ik doe onderzoek naar de bestuurlijke verhoudingen binnen ambtelijke fusies en presenteer mijn bevindingen graag op een van uw ateliers. Mijn laatste publicatie stuur ik u als bijlage mee. Staat u open voor een verkennend gesprek?

Met vriendelijke groet,
prof. dr. A. Hulshof
Leerstoel Lokaal Bestuur"""},
]
# fmt: on
