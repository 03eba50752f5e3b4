"""devset100: the thread says one thing, the words another.

Replies that hang under one of our mails (``thread`` and usually ``quoted``) but are about something else, because
the writer hit "reply" on whichever mail of ours was on top: a colleague's sign-up under the welcome mail, a leave
under the call for themes, an AVG erasure under the RSVP acknowledgement, a topic under the invitation or the reminder,
an RSVP under the welcome mail or the confirmation request, an invoice question under the cancellation, an address
change under the follow-up, a hand-over under the reminder, out-of-office answers under the confirmation request, and
replies to last year's invitation that answer this year's call. As counterparts: ordinary replies where thread and
content agree. Every case is labelled by what the writer asks, not by the thread.

Conventions relied on (from the brief):
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`. Without the address,
  or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
  A reply under the confirmation request that neither denies nor asks anything: `confirm`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); one that only says whether the writer comes is an `rsvp`; a proposal about the form of
  the ateliers (day, venue, length, online) is `other`. A topic proposed anywhere else is a `suggestion` only when it
  clearly proposes a topic for an atelier, else `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A request plus a real question to the secretariat: `other`. Questions about invoices, address changes, thanks,
  feedback: `other`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic clearly
  spans both.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- A colleague's sign-up written as a reply to the welcome mail ------------------------------------------
    {
        "id": "d100-collega-01", "kind": "subscribe", "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Hanneke Verbeek <h.verbeek@werkorganisatie-lingewaal.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor het welkom! Mijn collega-directeur Jeroen Smulders (j.smulders@werkorganisatie-lingewaal.nl) wil ook
graag lid worden van het netwerk. Willen jullie hem aanmelden?

Hartelijke groet,
Hanneke Verbeek
Algemeen directeur Werkorganisatie Lingewaal
""",
    },
    {
        "id": "d100-collega-02", "kind": "subscribe", "thread": "welcome", "quoted": "welkom", "quote": "gmail",
        "sender": "Bas Ter Horst <bas.terhorst@gmail.com>",
        "body": """
Hoi Melanie,

Leuk, ik ben binnen. Kun je mijn maatje uit Twente er ook bij zetten? Ruud Oldenkamp, directeur van de ambtelijke
organisatie Dinkel-Regge: ruud.oldenkamp@dinkelregge.nl. Hij had er al eens naar gevraagd.

Groet, Bas
""",
    },
    {
        "id": "d100-collega-03", "kind": "subscribe", "thread": "welcome", "quoted": "welkom", "quote": "apple",
        "sender": "Koen Lammers <k.lammers@debeemden.nl>",
        "body": """
Graag ook mijn adjunct aanmelden: Fatima El Amrani, f.elamrani@debeemden.nl

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d100-collega-04", "kind": "subscribe", "thread": "welcome", "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "A.C. Dijkhuizen <ac.dijkhuizen@fmnoord.nl>",
        "body": """
Geachte heer Van de Laar,

Hartelijk dank voor uw welkomstbericht. Graag meld ik eveneens de heer drs. W.J. (Wim) Kooistra aan, directeur
bedrijfsvoering van de werkorganisatie Friese Meren-Noord. Zijn e-mailadres is w.kooistra@fmnoord.nl.

Met vriendelijke groet,

mr. A.C. Dijkhuizen
Algemeen directeur / gemeentesecretaris

Dit bericht is uitsluitend bestemd voor de geadresseerde. Is het bericht niet voor u bestemd, dan verzoeken wij u
het te verwijderen en de afzender te informeren.
""",
    },
    {
        "id": "d100-collega-05", "kind": "subscribe", "thread": "welcome", "quoted": "welkom", "quote": "groupwise",
        "sender": "Henk Bos <h.bos@odkrimpenerwaard.nl>",
        "body": """
Goedemiddag,

Onze tweede directeur, Lotte Brinkman, wil ook meedoen. Haar mailadres is l.brinkman@odkrimpenerwaard.nl.
Zou u haar een aanmelding willen sturen?

m.vr.gr.
Henk Bos
""",
    },
    {
        "id": "d100-collega-06", "kind": "subscribe", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "notes", "sender": "Yvonne Kamphuis <yvonne.kamphuis@bsd-kempen.nl>",
        "body": """
Beste secretariaat,

Een onderwerp heb ik nog niet, wel een nieuw lid: mijn collega Thijs Raaijmakers is per 1 januari directeur
Dienstverlening geworden en wil graag aansluiten. Zijn adres: t.raaijmakers@bsd-kempen.nl.

Met vriendelijke groet,
Yvonne Kamphuis
""",
    },
    {
        "id": "d100-collega-07", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "outlook-en",
        "sender": "Robert Hazelaar <r.hazelaar@wo-maasenpeel.nl>",
        "body": """
Dank voor de bevestiging. Mijn collega Ingrid van Dam wil ook lid worden; kunt u haar ook aanmelden?

Robert Hazelaar
""",
    },
    {
        "id": "d100-collega-08", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Petra Wolters <p.wolters@gr-oostgelre.nl>",
        "body": """
Beste Stan,

Mooi initiatief. Kunnen jullie ook onze drie clusterdirecteuren aanmelden? Dat zijn
- Arjen Hulshof, a.hulshof@gr-oostgelre.nl
- Miriam Elfrink, m.elfrink@gr-oostgelre.nl
- Sander Wessels, s.wessels@gr-oostgelre.nl

Groet,
Petra Wolters
""",
    },
    {
        "id": "d100-collega-09", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "gmail",
        "sender": "Joke Renes <joke.renes@werkorganisatie-duinstreek.nl>",
        "body": """
Hallo,

Fijn dat ik er nu bij hoor. Vraagje: is het netwerk alleen voor directeuren, of mag onze concerncontroller ook lid
worden? Zij is erg geïnteresseerd in de ateliers.

Groeten,
Joke
""",
    },

    # --- A leave written under the call for themes or the follow-up -------------------------------------------
    {
        "id": "d100-vertrek-01", "kind": "unsubscribe", "erase": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Gerard Mulder <g.mulder@werkorganisatie-wbo.nl>",
        "body": """
Beste secretariaat,

Per 1 februari ga ik met vervroegd pensioen. Wilt u mij afmelden voor het netwerk? Dank voor de fijne
bijeenkomsten van de afgelopen jaren.

Met hartelijke groet,
Gerard Mulder
""",
    },
    {
        "id": "d100-vertrek-02", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "gmail", "sender": "M. Verschuren <mverschuren71@gmail.com>",
        "body": """
afmelden graag, ik heb hier geen tijd meer voor
""",
    },
    {
        "id": "d100-vertrek-03", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "apple", "sender": "Sandra Kok <s.kok@dekrommerijn-wo.nl>",
        "body": """
Hallo,

Ik wil me afmelden, zowel voor de mails als voor het netwerk zelf.

Groet, Sandra

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d100-vertrek-04", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-lijn", "sender": "Wouter Beekman <w.beekman@bedrijfsvoering-rijnstreek.nl>",
        "body": """
Beste Melanie,

Dank voor de middag in Utrecht. Eerlijk gezegd merkte ik dat het netwerk niet goed aansluit bij onze situatie:
wij zijn een gemeenschappelijke regeling voor bedrijfsvoering en geen fusieorganisatie. Ik meld me daarom af.

Succes met het netwerk!
Wouter Beekman
""",
    },
    {
        "id": "d100-vertrek-05", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "notes-wrote", "sender": "J.P. van Leeuwen <jp.vanleeuwen@gemeente-aalsterhout.nl>",
        "body": """
Graag uitschrijven. Sinds 15 januari ben ik geen directeur meer van de werkorganisatie.

J.P. van Leeuwen
""",
    },
    {
        "id": "d100-vertrek-06", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "ongemarkeerd", "sender": "Claire Dubois-Smit <c.duboissmit@outlook.com>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
Please remove me from the network. I have moved on to a role at the province, so the ateliers are no longer
relevant for me.

Kind regards,
Claire Dubois-Smit
""",
    },
    {
        "id": "d100-vertrek-07", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "outlook-nl", "sender": "Frank Hoogland <f.hoogland@wo-langedijk.nl>",
        "body": """
Beste Stan,

Geen thema van mijn kant: ik vertrek eind januari. Mijn opvolger is Karin Vos; zij neemt vanaf 1 februari ook mijn
plek in het netwerk over. Haar adres wordt k.vos@wo-langedijk.nl.

Hartelijke groet,
Frank
""",
    },
    {
        "id": "d100-vertrek-08", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "gmail", "sender": "Lieke Dam <lieke.dam@werkorganisatie-bhs.nl>",
        "body": """
Hoi Stan,

Na de zomer stap ik over naar een andere fusieorganisatie (Heuvelrug-Oost). Kan ik dan gewoon lid blijven met mijn
nieuwe adres, of moet ik me opnieuw aanmelden?

Groet,
Lieke
""",
    },

    # --- An erasure request under the RSVP acknowledgement ----------------------------------------------------
    {
        "id": "d100-avg-01", "kind": "unsubscribe", "erase": True, "thread": "invitation", "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl", "sender": "E.M. Groenendijk <em.groenendijk@wo-alblasserwaard.nl>",
        "body": """
Geachte heer, mevrouw,

Hierbij verzoek ik u, op grond van artikel 17 van de Algemene verordening gegevensbescherming, al mijn
persoonsgegevens te wissen. Ik hoef ook niet meer op de wachtlijst voor dit atelier.

Hoogachtend,
E.M. Groenendijk
""",
    },
    {
        "id": "d100-avg-02", "kind": "unsubscribe", "erase": True, "thread": "invitation", "quoted": "bevestiging_rsvp",
        "quote": "gmail", "sender": "Tom Rijkers <tomrijkers@hotmail.com>",
        "body": """
Haal me maar van die wachtlijst, en gooi meteen al mijn gegevens weg. Ik wil niks meer van jullie ontvangen.

Tom
""",
    },
    {
        "id": "d100-avg-03", "kind": "unsubscribe", "erase": True, "thread": "invitation", "quoted": "bevestiging_rsvp",
        "quote": "apple", "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-zuidplas-noord.nl>",
        "body": """
Dear secretariat,

Please delete all personal data you hold about me and take me off all your lists, including this waiting list.

Best regards,
Nadia Bouzid

Sent from my iPhone
""",
    },
    {
        "id": "d100-avg-04", "kind": "unsubscribe", "erase": True, "thread": "invitation", "quoted": "bevestiging_rsvp",
        "quote": "groupwise", "sender": "Harm Scholten <h.scholten@odnoordveluwe.nl>",
        "body": """
Ik verzoek u mijn naam, functie en e-mailadres uit al uw bestanden te verwijderen. Ik wil geen lid meer zijn.

H. Scholten
""",
    },
    {
        "id": "d100-avg-05", "kind": "unsubscribe", "erase": True, "thread": "invitation", "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn", "sender": "Marjolein Bakx <m.bakx@dekempengemeenten.nl>",
        "body": """
Goedemorgen,

Op grond van de AVG vraag ik u mijn gegevens volledig te wissen en mij nergens meer voor uit te nodigen.
Graag een korte bevestiging zodra dat gebeurd is.

Met vriendelijke groet,
Marjolein Bakx
""",
    },
    {
        "id": "d100-avg-06", "kind": "other", "thread": "invitation", "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "sender": "Pieter Zwart <p.zwart@gemeente-heerhugowaard-oost.nl>",
        "body": """
Beste secretariaat,

Nu ik toch een bericht van u krijg: welke gegevens hebt u eigenlijk van mij vastgelegd? Ik ontvang graag een
overzicht (inzageverzoek AVG).

Met vriendelijke groet,
Pieter Zwart
""",
    },

    # --- A topic for a later atelier under the invitation or the reminder -------------------------------------
    {
        "id": "d100-onderwerp-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ellen Timmer <e.timmer@wo-drechtsteden-z.nl>",
        "body": """
Beste Melanie,

Aanmelden heb ik al gedaan via de agenda-uitnodiging. Voor een volgend atelier wil ik graag een onderwerp
aandragen: de inzet van AI in de backoffice. Wat mag, wat werkt, en hoe neem je de medewerkers mee?

Groet,
Ellen Timmer
""",
    },
    {
        "id": "d100-onderwerp-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail", "sender": "Arnoud Stegeman <a.stegeman@odwesterkwartier.nl>",
        "body": """
Een idee voor het atelier daarna: hoe meten we of de dienstverlening aan inwoners in de kleine kernen sinds de
fusie nog op peil is? Wij missen daar goede indicatoren voor.

Arnoud
""",
    },
    {
        "id": "d100-onderwerp-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple", "sender": "Gijs Boerma <g.boerma@noardeast-wo.nl>",
        "body": """
Suggestie voor het najaarsatelier: de positie van onze werkorganisaties in de regio, nu provincie en Rijk steeds
meer via regiodeals werken. Hoe zorgen we dat onze gemeenten daar samen aan tafel zitten?

Gijs
""",
    },
    {
        "id": "d100-onderwerp-04", "kind": "suggestion", "themes": ["strategie"], "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-lijn", "sender": "Saskia Veenstra <s.veenstra@hlt-wo.nl>",
        "body": """
Beste Stan,

Los van de nieuwe datum: een tip voor een volgende editie. Hoe ontwikkel je een langetermijnvisie voor de
werkorganisatie die verder kijkt dan één bestuursperiode? Daar zou ik graag met collega's over sparren.

Met vriendelijke groet,
Saskia Veenstra
""",
    },
    {
        "id": "d100-onderwerp-05", "kind": "suggestion", "themes": ["organisatie"], "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "notes", "sender": "Rik Janssens <rik.janssens@bsg-peelland.nl>",
        "body": """
Onderwerp voor een volgend atelier: formatie en arbeidsmarkt. Hoe houden we specialistische functies als
vergunningverlening en ICT bezet, nu de krapte alleen maar toeneemt?

Rik Janssens
Directeur bedrijfsvoering
""",
    },
    {
        "id": "d100-onderwerp-06", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd", "sender": "Hans Wijnands <h.wijnands@gemeente.nl>",
        "body": """
Stan, Melanie,

Mijn secretariaat stuurde me deze uitnodiging door. Voor een volgende keer zou ik graag het nieuwe digitale
klantportaal voor inwoners bespreken, in combinatie met de werkprocessen in de backoffice die daarvoor op de schop
moeten. Die twee kunnen bij ons niet los van elkaar.

Hans Wijnands
""",
    },
    {
        "id": "d100-onderwerp-07", "kind": "suggestion", "themes": ["strategie"], "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Marco de Ridder <m.deridder@wo-zaanstreek.nl>",
        "body": """
Hallo,

Voor de volgende ronde onderwerpen: de bestuurlijke prioriteiten voor de komende jaren, en hoe je daar als
directie een inhoudelijke agenda op bouwt die houvast geeft.

Marco de Ridder
""",
    },
    {
        "id": "d100-onderwerp-08", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl", "sender": "Jan-Willem Ebbers <jw.ebbers@wo-dinkelland.nl>",
        "body": """
Beste secretariaat,

Zou het een idee zijn om een atelier eens in het oosten van het land te houden? Utrecht is voor ons ruim twee uur
reizen, heen en terug een halve werkdag.

Met vriendelijke groet,
Jan-Willem Ebbers
""",
    },
    {
        "id": "d100-onderwerp-09", "kind": "other", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "gmail", "sender": "Astrid Pauwels <astrid.pauwels@gmail.com>",
        "body": """
Hoi,

Ik zie een Teams-link staan. Is die ook voor deelnemers bedoeld, zodat ik de middag online kan volgen? Of is het
alleen voor de sprekers?

Astrid
""",
    },
    {
        "id": "d100-onderwerp-10", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "apple", "sender": "Bert Hofstede <b.hofstede@dewaardenwo.nl>",
        "body": """
Wat een mooi thema. Precies waar wij bij De Waarden al maanden over discussiëren.

Bert
""",
    },

    # --- An RSVP for the atelier under the welcome mail or the confirmation request ---------------------------
    {
        "id": "d100-rsvpwelkom-01", "kind": "rsvp", "attending": True, "thread": "welcome", "quoted": "welkom",
        "quote": "outlook-nl", "sender": "Ilse Vermeulen <i.vermeulen@wo-oisterwijk-n.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor het warme welkom. Inmiddels kreeg ik ook de uitnodiging voor het atelier op 11 maart: ik kom graag.

Met vriendelijke groet,
Ilse Vermeulen
""",
    },
    {
        "id": "d100-rsvpwelkom-02", "kind": "rsvp", "attending": True, "thread": "welcome", "quoted": "welkom",
        "quote": "gmail", "sender": "Dennis Koopman <d.koopman@werkorganisatie-vhl.nl>",
        "body": """
Ik ben er op 11 maart in Utrecht bij, samen met mijn adjunct-directeur. Dus twee personen.

Dennis
""",
    },
    {
        "id": "d100-rsvpwelkom-03", "kind": "rsvp", "attending": False, "thread": "welcome", "quoted": "welkom",
        "quote": "apple", "sender": "Ria Bosman <r.bosman@odbommelerwaard.nl>",
        "body": """
Helaas, 11 maart lukt mij niet: dan vergadert onze raad. Hopelijk de volgende keer!

Ria Bosman
""",
    },
    {
        "id": "d100-rsvpwelkom-04", "kind": "rsvp", "attending": True, "thread": None, "quoted": "welkom",
        "quote": "notes-wrote", "sender": "L. Peeters <l.peeters@sbk-kempen.nl>",
        "body": """
Atelier 11 maart: ja, ik kom.

L. Peeters
""",
    },
    {
        "id": "d100-rsvpbev-01", "kind": "rsvp", "attending": True, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Stefan Ruiter <s.ruiter@werkorganisatie-bbr.nl>",
        "body": """
Beste Stan,

Ik reageer even op deze oude mail, want de uitnodiging kan ik niet meer terugvinden. Ik kom graag naar het atelier
van donderdag 11 maart.

Groet,
Stefan Ruiter
""",
    },
    {
        "id": "d100-rsvpbev-02", "kind": "rsvp", "attending": False, "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail", "sender": "Mirjam Oostra <m.oostra@wo-sudwestfryslan.nl>",
        "body": """
Het atelier van donderdag 11 maart: daar kan ik helaas niet bij zijn, die dag zit ik bij de provincie.

Mirjam
""",
    },
    {
        "id": "d100-rsvpbev-03", "kind": "rsvp", "attending": True, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Vincent Lems <v.lems@odmeierijstad-oost.nl>",
        "body": """
Goedemiddag,

De uitnodiging voor het Leer- en inspireer-atelier van 11 maart heb ik ontvangen. Ik kom graag, met één gast.

Vincent Lems
""",
    },

    # --- A question about an invoice under the cancellation -----------------------------------------------------
    {
        "id": "d100-factuur-01", "kind": "other", "thread": "invitation", "quoted": "annulering_atelier",
        "quote": "outlook-nl", "sender": "Chantal Mertens <c.mertens@wo-heuvelland.nl>",
        "body": """
Beste secretariaat,

Onze financiële administratie heeft vorige week een factuur van SeinstravandeLaar ontvangen voor deelname aan dit
atelier (€ 95,-). Nu het niet doorgaat: wordt die gecrediteerd, of blijft hij staan voor de nieuwe datum?

Met vriendelijke groet,
Chantal Mertens
""",
    },
    {
        "id": "d100-factuur-02", "kind": "other", "thread": "invitation", "quoted": "annulering_atelier",
        "quote": "gmail", "sender": "Erik Stam <erik.stam@ziggo.nl>",
        "body": """
Jammer! Ik had al een hotelnacht in Utrecht geboekt, de annuleringstermijn is verstreken. Kan ik die kosten bij
het netwerk declareren?

Erik Stam
""",
    },
    {
        "id": "d100-factuur-03", "kind": "other", "thread": "invitation", "quoted": "annulering_atelier",
        "quote": "outlook-lijn", "sender": "Crediteurenadministratie <crediteuren@wo-middengroningen.nl>",
        "body": """
Geachte heer, mevrouw,

Wij ontvingen uw factuur met nummer 2027-0114 voor het atelier van 11 maart. Onze directeur meldt dat het atelier
is geannuleerd. Kunt u ons een creditnota toesturen, onder vermelding van ons inkoopordernummer IO-44718?

Met vriendelijke groet,
Team Crediteuren
""",
    },
    {
        "id": "d100-factuur-04", "kind": "other", "thread": "invitation", "quoted": "annulering_atelier",
        "quote": "apple", "sender": "Olga Smeets <o.smeets@gemeente-echt-susteren-wo.nl>",
        "body": """
Moet ik de factuur voor mijn gast nog betalen nu alles is afgelast?

Olga

Verstuurd vanaf mijn iPhone
""",
    },

    # --- An address change under the follow-up ------------------------------------------------------------------
    {
        "id": "d100-adres-01", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-nl", "sender": "Annemiek Dekker <a.dekker@hbs-gemeenten.nl>",
        "body": """
Beste Melanie,

Dank voor het verslag! Nog iets praktisch: per 1 april verandert mijn e-mailadres in
a.dekker@werkorganisatie-hbs.nl. Willen jullie dat in de ledenlijst aanpassen?

Hartelijke groet,
Annemiek
""",
    },
    {
        "id": "d100-adres-02", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "gmail", "sender": "Roel Visscher <roel.visscher@wo-texel-den-helder.nl>",
        "body": """
Nieuw mailadres vanaf volgende maand: r.visscher@kopvannoordholland-wo.nl. Het oude vervalt dan.
""",
    },
    {
        "id": "d100-adres-03", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "notes", "sender": "Drs. M.A. Kuipers <ma.kuipers@abg-organisatie.nl>",
        "body": """
Geachte heer Van de Laar,

Door de naamswijziging van onze organisatie wijzigen alle e-mailadressen. Mijn nieuwe adres luidt
ma.kuipers@wo-alkmaarnoord.nl. Gelieve dit in uw bestand te verwerken.

Hoogachtend,
drs. M.A. Kuipers
""",
    },
    {
        "id": "d100-adres-04", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-en", "sender": "Pauline Hendrix <pauline.hendrix@odroerdal.nl>",
        "body": """
Thanks for a great afternoon. Small admin point: could you send future invitations to my personal work address,
p.hendrix@odroerdal.nl, instead of this shared mailbox? My management assistant does not always forward them.

Pauline
""",
    },
    {
        "id": "d100-adres-05", "kind": "other", "thread": "call_for_themes", "quoted": "bedankt_suggestie",
        "quote": "apple", "sender": "Wim Aarts <w.aarts@wo-landvancuijk.nl>",
        "body": """
Nog een dingetje, los van de suggestie: vanaf 1 maart ben ik alleen nog bereikbaar op wim.aarts@landvancuijk.nl.
Wilt u dat aanpassen?

Wim
""",
    },

    # --- A hand-over under the reminder -------------------------------------------------------------------------
    {
        "id": "d100-opvolger-01", "kind": "unsubscribe", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "outlook-nl", "sender": "Theo Groothuis <t.groothuis@wo-bergenstreek.nl>",
        "body": """
Beste Stan,

Per 1 maart ben ik vertrokken bij de werkorganisatie. Mijn opvolger, Marloes Hendriks
(m.hendriks@wo-bergenstreek.nl), neemt mijn plaats in het netwerk over.

Met vriendelijke groet,
Theo Groothuis
""",
    },
    {
        "id": "d100-opvolger-02", "kind": "unsubscribe", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "gmail", "sender": "Ingeborg Smulders <ingeborg.smulders@odmiddendelfland.nl>",
        "body": """
Hoi Melanie,

Donderdag kom ik niet meer: ik ben sinds deze maand directeur-af. Wil je mijn lidmaatschap overzetten op mijn
opvolger Joost Verhagen, j.verhagen@odmiddendelfland.nl?

Dank en groet,
Ingeborg
""",
    },
    {
        "id": "d100-opvolger-03", "kind": "unsubscribe", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "groupwise", "sender": "C.J. Meijer <cj.meijer@wo-oldambt-noord.nl>",
        "body": """
Geacht secretariaat,

Met ingang van 1 maart 2027 ben ik benoemd tot gemeentesecretaris elders. Mijn taken als directeur van de
werkorganisatie worden overgenomen door de heer R. (Rutger) Tammeling, r.tammeling@wo-oldambt-noord.nl. Ik verzoek
u mijn lidmaatschap op zijn naam over te zetten.

Met vriendelijke groet,
C.J. Meijer
""",
    },
    {
        "id": "d100-opvolger-04", "kind": "unsubscribe", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "apple", "sender": "Nico Draaisma <n.draaisma@wo-smallingerland-z.nl>",
        "body": """
Ik stop, Femke de Jong neemt het over: f.dejong@wo-smallingerland-z.nl. Zet haar maar op de lijst in mijn plaats.

Nico
""",
    },
    {
        "id": "d100-opvolger-05", "kind": "unsubscribe", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "outlook-lijn", "sender": "Hugo Lambrechts <h.lambrechts@wo-maasgouw.nl>",
        "body": """
Dear Stan and Melanie,

As of this month I have left the organisation. My successor, Anke Willems (a.willems@wo-maasgouw.nl), will take
over my seat in the network. Thank you for all the good sessions.

Best wishes,
Hugo Lambrechts
""",
    },
    {
        "id": "d100-opvolger-06", "kind": "other", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "outlook-nl", "sender": "Secretariaat Directie <directiesecretariaat@wo-venray-horst.nl>",
        "body": """
Goedemorgen,

Mevrouw Jansen is sinds februari niet meer werkzaam bij onze organisatie. Uw berichten aan haar komen dus niet meer
aan.

Met vriendelijke groet,
Directiesecretariaat
""",
    },

    # --- Out-of-office answers under the confirmation request -----------------------------------------------
    {
        "id": "d100-afwezig-01", "kind": "autoreply", "thread": "confirmation",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-replied"}, "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "body": """
Dank voor uw bericht. Ik ben afwezig tot en met maandag 4 januari en lees mijn mail daarna. Voor dringende zaken
kunt u contact opnemen met het directiesecretariaat, telefoon 0418 - 55 12 00.
""",
    },
    {
        "id": "d100-afwezig-02", "kind": "autoreply", "thread": "confirmation",
        "subject": "Out of Office: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"X-Autoreply": "yes"}, "sender": "Joris Vlaming <j.vlaming@wo-goeree.nl>",
        "body": """
I am out of the office until 12 January with limited access to e-mail. For urgent matters please contact
secretariaat@wo-goeree.nl.
""",
    },
    {
        "id": "d100-afwezig-03", "kind": "autoreply", "thread": "confirmation",
        "subject": "Afwezig: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Gerda Huisman <g.huisman@wo-westerveld.nl>",
        "body": """
Beste afzender,

Tot en met 20 december ben ik met verlof. Uw e-mail wordt niet doorgestuurd. Na mijn terugkomst neem ik zo nodig
contact met u op.

Met vriendelijke groet,
Gerda Huisman
""",
    },
    {
        "id": "d100-afwezig-04", "kind": "autoreply", "thread": "confirmation",
        "subject": "Automatische reactie: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Precedence": "auto_reply"}, "sender": "Ben Lubbers <b.lubbers@wo-hofvantwente-z.nl>",
        "body": """
Ik ben vandaag en morgen op cursus en niet bereikbaar. Vanaf donderdag reageer ik weer op uw bericht.
""",
    },
    {
        "id": "d100-afwezig-05", "kind": "autoreply", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd", "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Directie Werkorganisatie <directie@wo-bbr.nl>",
        "body": """
Uw bericht is ontvangen door de directie. Wij streven ernaar binnen vijf werkdagen te reageren. Dit is een
automatisch gegenereerd antwoord; u hoeft hier niet op te reageren.
""",
    },
    {
        "id": "d100-afwezig-06", "kind": "autoreply", "thread": "confirmation",
        "subject": "Automatisch antwoord: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-replied"}, "sender": "Arie Zondag <a.zondag@oud-gemeentewo.nl>",
        "body": """
Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet gelezen en niet doorgestuurd. Voor algemene vragen
kunt u mailen naar info@wo-nieuwegein-oost.nl.
""",
    },

    # --- A reply to last year's invitation that answers this year's call -------------------------------------
    {
        "id": "d100-vorigjaar-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 8 oktober 2026: Dienstverlening dichtbij "
                   "[atelier:2026-2]",
        "sender": "Lotte van Beek <l.vanbeek@wo-lopikerwaard.nl>",
        "body": """
Beste Stan,

Ik beantwoord jullie oproep voor thema's van deze week via een oude mail, excuus daarvoor. Mijn onderwerp: sturen op
data, met een dashboard voor de directie over doorlooptijden van werkprocessen en de bezetting van de formatie.

Groet,
Lotte van Beek
""",
    },
    {
        "id": "d100-vorigjaar-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": "invitation",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 8 oktober 2026: Dienstverlening dichtbij "
                   "[atelier:2026-2]",
        "sender": "Mark Evers <mark.evers@gmail.com>",
        "body": """
Voor maart zou ik graag praten over de verhouding met de drie gemeenteraden: hoe houden raadsleden grip op een
werkorganisatie die voor drie gemeenten tegelijk werkt, zonder dat elke gemeente zijn eigen route gaat eisen?

Mark

Op wo 2 sep 2026 om 10:12 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Beste Mark Evers,
>
> Graag nodigen wij u uit voor het Leer- en inspireer-atelier "Dienstverlening dichtbij".
>
> Wanneer: donderdag 8 oktober 2026, 14.00 tot 17.30 uur
> Thema:   Dienstverlening
> Waar:    Huis van de Provincie, Arnhem
>
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
>
> Met vriendelijke groet,
>
> Stan van de Laar en Melanie Huurneman
""",
    },
    {
        "id": "d100-vorigjaar-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 8 oktober 2026: Dienstverlening dichtbij "
                   "[atelier:2026-2]",
        "sender": "Sevda Yilmaz <s.yilmaz@wo-woerden-oudewater.nl>",
        "body": """
Goedemiddag,

Naar aanleiding van de oproep voor het atelier van 11 maart: mijn onderwerp is het gezamenlijke KCC. Hoe meet je de
klanttevredenheid van inwoners per gemeente, en wat doe je met de verschillen?

Met vriendelijke groet,
Sevda Yilmaz
""",
    },
    {
        "id": "d100-vorigjaar-04", "kind": "suggestion", "themes": ["strategie"], "thread": "invitation",
        "subject": "Antw: Uitnodiging Leer- en inspireer-atelier 14 april 2026 [atelier:2026-1]",
        "sender": "Wessel Brouwer <w.brouwer@odgooise-meren.nl>",
        "body": """
Dit is een oude mail, maar ik wist niet meer waar de themaoproep was gebleven. Voorstel: scenario's voor de
werkorganisatie in 2035. Hoe bouw je een toekomstbestendige inhoudelijke agenda als niemand weet hoe het gemeentelijk
takenpakket er dan uitziet?

Wessel

>>> "Netwerk directeuren" <info@ambtelijkefusie.nl> 3-3-2026 9:00 >>>
Beste Wessel Brouwer,

Graag nodigen wij u uit voor het Leer- en inspireer-atelier van dinsdag 14 april 2026.
Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
""",
    },
    {
        "id": "d100-vorigjaar-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 8 oktober 2026: Dienstverlening dichtbij "
                   "[atelier:2026-2]",
        "sender": "Hester Lind <h.lind@wo-zeewolde-noord.nl>",
        "body": """
Ik antwoord op de uitnodiging van vorig jaar, de nieuwe zit ergens in mijn spam. Maar: voor donderdag 11 maart
2027 kunt u op mij rekenen, ik kom.

Hester Lind
""",
    },

    # --- Counterparts: thread and content agree ---------------------------------------------------------------
    {
        "id": "d100-bevestig-01", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "",
    },
    {
        "id": "d100-bevestig-02", "kind": "confirm", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "gmail", "sender": "Kees Dijkman <k.dijkman@wo-altena.nl>",
        "body": """
Ja
""",
    },
    {
        "id": "d100-bevestig-03", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "groupwise", "sender": "A. Wiersma <a.wiersma@wo-tytsjerksteradiel.nl>",
        "body": """
Bij dezen bevestig ik mijn aanmelding.

Met vriendelijke groet,
A. Wiersma
""",
    },
    {
        "id": "d100-bevestig-04", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "apple", "sender": "Jasmijn Arts <j.arts@wo-buren-culemborg.nl>",
        "body": """
Graag! Ik kijk uit naar de eerste bijeenkomst.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d100-bevestig-05", "kind": "confirm", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn", "sender": "Frits Vonk <f.vonk@wo-kaagenbraassem.nl>",
        "body": """
Akkoord.

F. Vonk
Directeur

Disclaimer: aan dit bericht kunnen geen rechten worden ontleend.
""",
    },
    {
        "id": "d100-bevestig-06", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en", "sender": "Laura Mensink <l.mensink@odachterhoek-wo.nl>",
        "body": """
Bevestigd, dank jullie wel.

Laura

Outlook voor Android downloaden
""",
    },
    {
        "id": "d100-ontkenning-01", "kind": "unsubscribe", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Gert Jan Hoekstra <gj.hoekstra@wo-harlingen-franeker.nl>",
        "body": """
Ik heb mij niet aangemeld.

G.J. Hoekstra
""",
    },
    {
        "id": "d100-ontkenning-02", "kind": "unsubscribe", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "gmail", "sender": "Priya Ramdin <priya.ramdin@gmail.com>",
        "body": """
Dit was ik niet, ik ken dit netwerk helemaal niet.
""",
    },
    {
        "id": "d100-ontkenning-03", "kind": "other", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Rob Kroon <r.kroon@wo-meppel-staphorst.nl>",
        "body": """
Ik heb me nergens aangemeld. Hoe komt u eigenlijk aan mijn e-mailadres?

R. Kroon
""",
    },
    {
        "id": "d100-bevestig-vraag", "kind": "other", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "apple", "sender": "Dorien Lammers <d.lammers@wo-peel-en-maas.nl>",
        "body": """
Bevestigd. Mag mijn plaatsvervangend directeur eigenlijk ook lid worden, of is het één lid per organisatie?

Dorien
""",
    },
    {
        "id": "d100-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl", "sender": "Michiel Tuinman <m.tuinman@wo-hollands-kroon-oost.nl>",
        "body": """
Ja, ik kom.

Michiel Tuinman
""",
    },
    {
        "id": "d100-rsvp-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple", "sender": "Anita Sanders <a.sanders@wo-berkelland-z.nl>",
        "body": """
Nee, helaas. Dan zit ik met het gezin in Oostenrijk.

Anita
""",
    },
    {
        "id": "d100-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail", "sender": "Youssef Amrani <y.amrani@wo-leidschendam-v.nl>",
        "body": """
Hoi Stan,

Ik kom, en ik neem een collega mee. Dus twee personen.

Youssef
""",
    },
    {
        "id": "d100-rsvp-04", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn", "sender": "Carla Huijbregts <c.huijbregts@wo-altena-noord.nl>",
        "body": """
Beste Melanie,

Zelf kan ik er op 11 maart niet bij zijn, maar mijn collega Evelien Post (e.post@wo-altena-noord.nl) komt in mijn
plaats.

Met vriendelijke groet,
Carla Huijbregts
""",
    },
    {
        "id": "d100-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "sender": "Bram Wijers <bram.wijers@gmail.com>",
        "body": """
Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur
> Thema:   Samenwerking
> Waar:    Stadskantoor, Vredenburg 3, Utrecht

Staat in mijn agenda.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

ja, ik kom

Bram
""",
    },
    {
        "id": "d100-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en", "sender": "Dirk-Jan Noordam <dj.noordam@wo-westland-z.nl>",
        "body": """
Count me in for 11 March. Looking forward to it.

Best,
Dirk-Jan
""",
    },
    {
        "id": "d100-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """
Dank u, ik kom graag in de plaats van Dirk. Mijn gast laat ik thuis.

Marieke
""",
    },
    {
        "id": "d100-rsvp-08", "kind": "rsvp", "attending": False, "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "notes", "sender": "H.G. Timmermans <hg.timmermans@wo-beekdaelen-n.nl>",
        "body": """
Helaas, ik kan niet. Er is donderdagmiddag een extra raadsvergadering over de begroting.

H.G. Timmermans
""",
    },
    {
        "id": "d100-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation", "quoted": "wijziging_atelier",
        "quote": "gmail", "sender": "Noor Verbruggen <noor.verbruggen@wo-etten-leur-z.nl>",
        "body": """
De nieuwe datum, 18 maart in het Provinciehuis, komt mij ook goed uit. Ik kom.

Noor
""",
    },
    {
        "id": "d100-rsvp-10", "kind": "rsvp", "attending": False, "thread": "invitation", "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl", "sender": "Sjoerd Bakker <s.bakker@wo-ooststellingwerf.nl>",
        "body": """
Ik kan toch niet op 11 maart; haal me maar van de wachtlijst. Dan komt er een plek vrij voor een ander.

Sjoerd
""",
    },
    {
        "id": "d100-thema-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Edwin Rutgers <e.rutgers@wo-foodvalley-w.nl>",
        "body": """
Beste Stan en Melanie,

Eén onderwerp van mijn kant: wat doe je als één van de deelnemende gemeenten overweegt uit te treden, en hoe
houd je de andere gemeenten dan aan boord?

Groet,
Edwin Rutgers
""",
    },
    {
        "id": "d100-thema-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail", "sender": "Ingrid Lokhorst <i.lokhorst@wo-rijssen-holten-w.nl>",
        "body": """
Onderwerpen:
- informatiebeveiliging en de rol van I&A na de laatste hack bij een buurgemeente
- hybride werken en wat dat betekent voor huisvesting en formatie

Ingrid
""",
    },
    {
        "id": "d100-thema-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
        "quoted": "oproep_themas", "quote": "doorgestuurd", "sender": "Gerrit Post <g.post@gemeente.nl>",
        "body": """
Stan, Melanie, mijn secretariaat stuurde me jullie oproep door. Mijn onderwerp: dienstverlening aan ondernemers.
Eén ondernemersloket voor drie gemeenten, hoe krijg je dat werkend? En ik kom zeker op 11 maart.

Gerrit
""",
    },
    {
        "id": "d100-thema-04", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple", "sender": "Rianne Schouten <r.schouten@wo-vijfheerenlanden-o.nl>",
        "body": """
Voorstel: de inhoudelijke agenda van de werkorganisatie voor de komende tien jaar. Welke opgaven moeten we nu al
voorbereiden, los van de waan van de dag?

Rianne Schouten
""",
    },
    {
        "id": "d100-thema-05", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Tjeerd Visser <t.visser@wo-noardwest-fryslan.nl>",
        "body": """
Goedemorgen,

Ik zou graag de kostenverdeling bespreken: hoe verdelen we de kosten van de werkorganisatie over de deelnemende
gemeenten als hun ambities steeds verder uiteenlopen, en wat betekent dat voor onze eigen begroting en formatie?

Met vriendelijke groet,
Tjeerd Visser
""",
    },
    {
        "id": "d100-thema-06", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Kim Hoebe <kim.hoebe@wo-gemert-laarbeek.nl>",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Ja, deze! Concreet: de overstap naar één zaaksysteem voor alle afdelingen. Wij zitten er middenin.

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Kim
""",
    },
    {
        "id": "d100-thema-07", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl", "sender": "Maarten Jonker <m.jonker@wo-schagen-n.nl>",
        "body": """
Geen onderwerp van mijn kant, maar op 11 maart ben ik er zeker bij.

Maarten
""",
    },
    {
        "id": "d100-thema-08", "kind": "other", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Esther Claassen <e.claassen@wo-montferland-z.nl>",
        "body": """
Hallo Stan,

Misschien een idee om het atelier een keer als tweedaagse te organiseren, met een overnachting? Dan is er meer
ruimte voor informeel contact tussen de directeuren.

Groet,
Esther
""",
    },
    {
        "id": "d100-thema-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Hilde Roos <h.roos@wo-tholen-reimerswaal.nl>",
        "body": """
Beste Melanie,

Voor de volgende keer: hoe monitor je de prestaties van je dienstverlening, bijvoorbeeld de doorlooptijden van
vergunningen, en hoe maak je die zichtbaar voor inwoners?

Hilde
""",
    },
    {
        "id": "d100-thema-10", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes-wrote", "sender": "R.W. de Graaf <rw.degraaf@wo-zoeterwoude-l.nl>",
        "body": """
Dank voor een inspirerende middag. Voorstel voor het volgende atelier: hoe vertaal je bestuurlijke prioriteiten
naar een meerjarige koers voor de organisatie, zonder elk jaar opnieuw te beginnen?

R.W. de Graaf
""",
    },
    {
        "id": "d100-thema-11", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """
Nog een aanvulling op mijn suggestie: ook de digitalisering van het archief, nu de Archiefwet verandert.

Marieke
""",
    },
    {
        "id": "d100-auto-01", "kind": "autoreply", "thread": "invitation",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"}, "sender": "Paul Verhoef <p.verhoef@wo-nissewaard-z.nl>",
        "body": """
Ik ben tot 1 maart afwezig in verband met vakantie. Uw bericht wordt na mijn terugkomst gelezen.
""",
    },
    {
        "id": "d100-auto-02", "kind": "autoreply", "thread": "reminder",
        "subject": "Afwezigheid: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Ellen Schreurs <e.schreurs@wo-oosterhout-n.nl>",
        "body": """
Bedankt voor uw e-mail. Ik ben deze week beperkt bereikbaar en beantwoord uw bericht uiterlijk maandag.
Thank you for your e-mail. I have limited access this week and will reply by Monday.
""",
    },
    {
        "id": "d100-stoppen-01", "kind": "unsubscribe", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl", "sender": "Herman Blom <h.blom@wo-aa-en-hunze-z.nl>",
        "body": """
Ik kom niet, en eigenlijk wil ik ook uit het netwerk. Meld me maar af.

Herman Blom
""",
    },
    {
        "id": "d100-welkom-dank", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Linda Holtkamp <l.holtkamp@wo-losser-d.nl>",
        "body": """
Dank voor het welkom!

Linda
""",
    },
    {
        "id": "d100-vervolg-dank", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "apple", "sender": "Jeroen Kessels <j.kessels@wo-brunssum-o.nl>",
        "body": """
Dank voor de mooie middag en het verslag. Kunnen jullie de slides van de presentatie over het sturingsmodel ook
delen? Die staan niet bij het verslag.

Jeroen
""",
    },
    {
        "id": "d100-opvolger-na-afmelding", "kind": "unsubscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl", "sender": "Wilma Geerts <w.geerts@wo-cranendonck-h.nl>",
        "body": """
Beste secretariaat,

Zoals gevraagd: mijn opvolger is Anouk Brouwer, a.brouwer@wo-cranendonck-h.nl. Zij begint op 1 april en neemt
graag mijn plek in het netwerk over.

Met vriendelijke groet,
Wilma Geerts
""",
    },
    {
        "id": "d100-aanmelden-nieuw", "kind": "subscribe", "thread": None,
        "subject": "Aanmelding netwerk", "sender": "Sophie Jacobs <s.jacobs@wo-heerde-epe.nl>",
        "body": """
Goedendag,

Graag meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties. Ik ben sinds
januari directeur van de werkorganisatie Heerde-Epe.

Met vriendelijke groet,
Sophie Jacobs
""",
    },
]
# fmt: on
