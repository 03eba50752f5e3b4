"""Devset 89: a realistic autumn in the mailbox of info@ambtelijkefusie.nl, over one atelier cycle.

About 110 messages in roughly the proportions a secretariat sees them between September and December: sign-ups
(new and interim directors, an assistant signing up the director with the director's address, one in English),
confirmations (bare, with a remark; with a question for the secretariat they are `other`), answers under the
invitation, the reminder, the change mail, the waiting-list acknowledgement and the substitute's invitation (yes,
no, partial attendance, substitutes, corrections of an earlier answer), topic suggestions under the call for themes,
the welcome, the follow-up and the thank-you (all four themes, a few two-theme topics, some also saying whether the
writer comes), leaves, hand-overs, AVG erasures, out-of-office and other machine answers, and mail for the
secretariat (cost, venue, who may join, invoices, feedback, a pitch, thanks, address changes).

Conventions this set relies on (from the dataset brief):
- Signing up one named colleague WITH that colleague's address is `subscribe`; without the address, or several
  people at once, `other`.
- A plain denial under our confirmation mail is `unsubscribe`; a denial that asks where we got the address, `other`.
- Under the call for themes or the follow-up: a topic is a `suggestion` (also when the writer says whether they
  come); only an attendance answer is an `rsvp`; a wish about the form of the ateliers is `other`.
- Leaving and declining in one mail: `unsubscribe`. A decline that keeps the membership, or a decline with a
  substitute: `rsvp` False. A named successor with address: `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request: `unsubscribe` with `erase` True; a request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or leave on a condition the secretariat
  must answer first, or an answer plus a real question: `other`.
- An assistant's answer about the atelier in a NEW mail is `other`; in reply to our invitation it is an `rsvp`.
- `themes` holds the theme(s) of what the writer proposes, not of words used in passing; two only where the topic
  clearly spans both.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ sign-ups
    {
        "id": "d89-sub-01", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Annemiek Terpstra <a.terpstra@werkorganisatie-zuidkust.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Sinds 1 september ben ik algemeen directeur van Werkorganisatie Zuidkust, de ambtelijke organisatie van
Hellemond, Zandvoorde en Kaaghe. Mijn voorganger sprak met veel waardering over uw netwerk. Ik meld mij
hierbij graag aan als lid.

Met vriendelijke groet,

drs. Annemiek Terpstra
algemeen directeur
Werkorganisatie Zuidkust
T 0252 41 88 00 | www.werkorganisatie-zuidkust.nl
""",
    },
    {
        "id": "d89-sub-02", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Rob Kwakman <rob.kwakman@ao-oostervelde-brakel.nl>",
        "subject": "lid worden",
        "body": """
Hoi Stan en Melanie,

Sinds half oktober zit ik als interim-directeur bij de ambtelijke organisatie van Oostervelde en Brakel,
naar verwachting tot de zomer. Ook voor die paar maanden wil ik graag aansluiten bij het netwerk, dus zet
me maar op de lijst met dit adres.

Groet,
Rob Kwakman
interim algemeen directeur | AO Oostervelde-Brakel
06 41 27 93 58
""",
    },
    {
        "id": "d89-sub-03", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Fatima el Idrissi <f.elidrissi@hlwerkt.nl>",
        "subject": "Aanmelding dhr. B. Oosterhuis",
        "body": """
Goedemorgen,

Namens onze nieuwe algemeen directeur, de heer Bart Oosterhuis, meld ik hem graag aan voor het Netwerk van
directeuren van ambtelijke fusieorganisaties. Zijn e-mailadres is b.oosterhuis@hlwerkt.nl; de bevestiging
kunt u daarheen sturen.

Met vriendelijke groet,

Fatima el Idrissi
Managementassistent directie
HLWerkt, de werkorganisatie van Heerlo en Lindwijk

Dit bericht is uitsluitend bestemd voor de geadresseerde. Mocht u dit bericht onterecht hebben ontvangen,
dan verzoeken wij u het te verwijderen en de afzender te informeren.
""",
    },
    {
        "id": "d89-sub-04", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Daniel Whitfield <d.whitfield@kroonwijk-teraalst.nl>",
        "subject": "Joining the directors' network",
        "body": """
Dear secretariat,

As of this autumn I am the managing director of the joint civil service of Kroonwijk and Ter Aalst. A fellow
director told me about your network and I would very much like to become a member. Please register this
address; my Dutch is decent enough for the meetings.

Best regards,

Daniel Whitfield
Managing Director | Werkorganisatie Kroonwijk-Ter Aalst
""",
    },
    {
        "id": "d89-sub-05", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "p.degraaf@daleneheuvel.nl",
        "subject": "aanmelden",
        "body": """
graag aanmelden voor het netwerk.

p. de graaf
dir. wo dal en heuvel
""",
    },
    {
        "id": "d89-sub-06", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Henk-Jan Dijkhuis <hj.dijkhuis@ommeland-zuid.nl>",
        "subject": "Aanmleding",
        "body": """
Goedemiddag,

Ik ben per 1 okotber benoemd als directeur van de ambteljke fusieorganisatie Ommeland-Zuid en wil me graag
aanmelden bij jullie netwerk. Kunnen jullie mij toevoegen aan de ledenlijst?

mvg
Henk-Jan Dijkhuis

Verzonden vanaf mijn Galaxy
""",
    },
    {
        "id": "d89-sub-07", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Marjolein Haverkamp <m.haverkamp@de-linge-werkt.nl>",
        "subject": "Aanmelding tweede directeur",
        "body": """
Beste secretariaat,

Sinds deze maand delen wij de directie: naast mij is Sandra Pol benoemd als directeur bedrijfsvoering. Zij
wil ook graag lid worden van het netwerk. Haar adres is s.pol@de-linge-werkt.nl. Willen jullie haar
aanmelden?

Hartelijke groet,
Marjolein Haverkamp
Directeur | De Linge Werkt
""",
    },
    {
        "id": "d89-sub-08", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Yvonne Brink <yvonnebrink.werk@gmail.com>",
        "subject": "Aanmelden netwerk (via privéadres)",
        "body": """
Dag allemaal,

Graag word ik lid van het netwerk. Ik meld me bewust aan met mijn gmail: ons eigen mailfilter zet berichten
van buiten de organisatie met een agenda-bijlage nogal eens in quarantaine. Ik ben sinds september directeur
van Werkorganisatie Noorderkwartier-Oost.

Vriendelijke groet,
Yvonne Brink
""",
    },
    {
        "id": "d89-sub-09", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Koen Lammers <k.lammers@gr-bergenveld.nl>",
        "subject": "Nu zelf lid",
        "body": """
Hallo Melanie,

Op het voorjaarsatelier was ik nog als gast van Karin Heemskerk mee. Inmiddels ben ik zelf directeur
geworden van de GR Bergenveld, dus ik meld me nu graag op eigen titel aan. Tot ziens bij een volgende
bijeenkomst!

Koen Lammers
""",
    },
    {
        "id": "d89-sub-10", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "J.W. (Jan-Willem) Roodenburg <jw.roodenburg@ravenstede.nl>",
        "subject": "Lidmaatschap Netwerk van directeuren",
        "body": """
Geacht secretariaat,

Met ingang van 1 november combineer ik mijn functie van gemeentesecretaris van Ravenstede met het
directeurschap van de Gemeenschappelijke Regeling Bedrijfsvoering Ravenstede-Loon. Om die reden meld ik mij
hierbij aan als lid van uw netwerk.

Hoogachtend,

mr. J.W. Roodenburg
gemeentesecretaris / directeur GRB Ravenstede-Loon

-------------------------------------------------------------------------------------------
Disclaimer: aan dit bericht kunnen geen rechten worden ontleend. Gemeente Ravenstede aanvaardt geen
aansprakelijkheid voor schade als gevolg van het gebruik van elektronische communicatie.
-------------------------------------------------------------------------------------------
""",
    },
    {
        "id": "d89-sub-11", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Secretariaat Directie <secretariaatdirectie@werkorganisatie-wadden.nl>",
        "subject": "Nieuw lid: mevrouw Hoekstra",
        "body": """
Hallo,

Ik ben de secretaresse van Margriet Hoekstra, sinds kort directeur van de Werkorganisatie Waddenkust. Zij
zou graag lid worden van het netwerk; haar mailadres is m.hoekstra@werkorganisatie-wadden.nl. Alvast
bedankt!

Groetjes,
Ineke Postma
""",
    },
    {
        "id": "d89-sub-12", "kind": "subscribe", "thread": None, "quote": "doorgestuurd",
        "quoted": "uitnodiging_atelier",
        "sender": "Thijs van Eerde <t.vaneerde@hoogland-samen.nl>",
        "subject": "FW: aanmelding netwerk",
        "body": """
Goedendag,

Onderstaande uitnodiging kwam via het secretariaat bij mij terecht; hij was nog gericht aan mijn voorganger,
die per 1 september vertrokken is. Ik ben nu directeur van Hoogland Samen en word graag zelf lid van het
netwerk, op dit adres.

Groet,
Thijs van Eerde
""",
    },
    # ------------------------------------------------------------------ confirmations
    {
        "id": "d89-conf-01", "kind": "confirm", "thread": "confirmation", "quote": "gmail",
        "quoted": "bevestiging_aanmelding",
        "sender": "Sandra Pol <s.pol@de-linge-werkt.nl>",
        "body": "",
    },
    {
        "id": "d89-conf-02", "kind": "confirm", "thread": "confirmation", "quote": "outlook-nl",
        "quoted": "bevestiging_aanmelding",
        "sender": "Annemiek Terpstra <a.terpstra@werkorganisatie-zuidkust.nl>",
        "body": """
Bevestigd.

Annemiek Terpstra
""",
    },
    {
        "id": "d89-conf-03", "kind": "confirm", "thread": "confirmation", "quote": "apple",
        "quoted": "bevestiging_aanmelding",
        "sender": "Bart Oosterhuis <b.oosterhuis@hlwerkt.nl>",
        "body": """
Klopt, Fatima heeft mij aangemeld. Graag lid.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d89-conf-04", "kind": "confirm", "thread": "confirmation", "quote": "outlook-lijn",
        "quoted": "bevestiging_aanmelding",
        "sender": "Henk-Jan Dijkhuis <hj.dijkhuis@ommeland-zuid.nl>",
        "body": """
Hierbij bevestig ik mijn aanmelding. Mooi dat zo'n netwerk bestaat, ik kijk uit naar het eerste atelier.

Henk-Jan
""",
    },
    {
        "id": "d89-conf-05", "kind": "confirm", "thread": "confirmation", "quote": "notes",
        "quoted": "herinnering_aanmelding",
        "sender": "Jan-Willem Roodenburg <jw.roodenburg@ravenstede.nl>",
        "body": """
Excuses, uw eerste bericht was tussen de raadsstukken ondergesneeuwd. Bij dezen alsnog mijn bevestiging.

Met vriendelijke groet,
J.W. Roodenburg
""",
    },
    {
        "id": "d89-conf-06", "kind": "confirm", "thread": "confirmation", "quote": "groupwise",
        "quoted": "bevestiging_aanmelding",
        "sender": "p.degraaf@daleneheuvel.nl",
        "body": "ok",
    },
    {
        "id": "d89-conf-07", "kind": "confirm", "thread": "confirmation", "quote": "outlook-en",
        "quoted": "bevestiging_aanmelding",
        "sender": "Daniel Whitfield <d.whitfield@kroonwijk-teraalst.nl>",
        "body": """
Confirmed, many thanks.

Daniel
""",
    },
    {
        "id": "d89-conf-08", "kind": "confirm", "thread": "confirmation", "quote": "gmail",
        "quoted": "bevestiging_aanmelding",
        "sender": "Yvonne Brink <yvonnebrink.werk@gmail.com>",
        "body": """
Akkoord! Deze is goed aangekomen, het privéadres werkt dus. Top.

Yvonne
""",
    },
    {
        "id": "d89-conf-09", "kind": "confirm", "thread": "confirmation", "quote": "ongemarkeerd",
        "quoted": "bevestiging_aanmelding",
        "sender": "Margriet Hoekstra <m.hoekstra@werkorganisatie-wadden.nl>",
        "body": """
Ja.

M. Hoekstra
Directeur Werkorganisatie Waddenkust

Dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Werkorganisatie
Waddenkust is niet aansprakelijk voor de juiste en volledige overbrenging van de inhoud van dit bericht.
""",
    },
    {
        "id": "d89-conf-10", "kind": "confirm", "thread": "confirmation", "quote": "notes-wrote",
        "quoted": "herinnering_aanmelding",
        "sender": "Koen Lammers <k.lammers@gr-bergenveld.nl>",
        "body": """
Prima, bevestigd hoor! Had de eerste gemist.
Koen
""",
    },
    {
        "id": "d89-conf-11", "kind": "confirm", "thread": "confirmation", "quote": "outlook-nl",
        "quoted": "herinnering_aanmelding",
        "sender": "Rob Kwakman <rob.kwakman@ao-oostervelde-brakel.nl>",
        "body": """
Ja, ik wil graag lid worden. Zie mijn eerdere mail, al is dat maar voor de duur van mijn interim-opdracht.

Groet, Rob
""",
    },
    {
        "id": "d89-conf-12", "kind": "confirm", "thread": "confirmation", "quote": "none",
        "sender": "Thijs van Eerde <t.vaneerde@hoogland-samen.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """
Graag bevestig ik hierbij mijn aanmelding voor het netwerk (referentie AF-7K3Q9-XM2PA-4RTZ8).

Met vriendelijke groet,

Thijs van Eerde
Directeur Hoogland Samen
""",
    },
    # ------------------------------------------------------------------ answers about the atelier
    {
        "id": "d89-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "gmail",
        "quoted": "uitnodiging_atelier",
        "sender": "Willemijn Ros <willemijn.ros@gemeenten-aaenhunze.nl>",
        "body": """
Ja, ik kom.

Willemijn
""",
    },
    {
        "id": "d89-rsvp-02", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Gerard Mulders <g.mulders@bedrijfsvoering-maasdal.nl>",
        "body": """
Beste Stan,

Ik kom graag en neem onze concerncontroller, Petra Smeets, mee. Dus reken op twee personen van Maasdal.

Met vriendelijke groet,

Gerard Mulders
Directeur Bedrijfsvoeringsorganisatie Maasdal
""",
    },
    {
        "id": "d89-rsvp-03", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-lijn",
        "quoted": "uitnodiging_atelier",
        "sender": "Corine Baak <c.baak@twee-rivieren.nl>",
        "body": """
Beste Melanie,

Helaas, die middag hebben we een raadsinformatiebijeenkomst over de kadernota in beide gemeenten. Ik moet
deze keer dus verstek laten gaan. Succes met de organisatie!

Groet,
Corine Baak
""",
    },
    {
        "id": "d89-rsvp-04", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "apple",
        "quoted": "uitnodiging_atelier",
        "sender": "Marjolein Haverkamp <m.haverkamp@de-linge-werkt.nl>",
        "body": """
Zelf zit ik die week in Brussel, maar Sandra Pol (s.pol@de-linge-werkt.nl) gaat namens De Linge Werkt.

Marjolein

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d89-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Frank Hoogendijk <f.hoogendijk@werkorganisatie-vijfheerenlanden-west.nl>",
        "body": """
Ik ben erbij, al moet ik rond half vijf vertrekken voor een overleg met de burgemeester. Het slot mis ik dus.

Frank Hoogendijk
""",
    },
    {
        "id": "d89-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "none",
        "sender": "Ton Verwey <t.verwey@kempenservice.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """
> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur
> Waar:    Stadskantoor, Vredenburg 3, Utrecht
>
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

ja, ik kom. alleen.

Ton
""",
    },
    {
        "id": "d89-rsvp-07", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-en",
        "quoted": "uitnodiging_atelier",
        "sender": "Daniel Whitfield <d.whitfield@kroonwijk-teraalst.nl>",
        "body": """
Hi Stan,

I'm afraid I can't make it this time; I'll be on a study trip abroad that week. Hoping to be there next time.

Regards,
Daniel
""",
    },
    {
        "id": "d89-rsvp-08", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "gmail",
        "quoted": "uitnodiging_atelier",
        "sender": "bas.vlietstra@hotmail.com",
        "body": """
ja ik kom , wel online via teams ipv in utrecht want rijden lukt niet ivm werkzaamheden a28

bas
""",
    },
    {
        "id": "d89-rsvp-09", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "apple",
        "quoted": "uitnodiging_atelier",
        "sender": "Hanneke Strik <hanneke.strik@ziggo.nl>",
        "body": """
Nee, helaas.

Verzonden vanaf mijn iPhone
""",
    },
    {
        "id": "d89-rsvp-10", "kind": "rsvp", "attending": True, "thread": None, "quote": "doorgestuurd",
        "quoted": "uitnodiging_atelier",
        "sender": "Erik Sanders <e.sanders@servicecentrum-deltaland.nl>",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier",
        "body": """
Stan, Melanie: ik ben erbij. Anja zet het in mijn agenda.

Erik Sanders
directeur Servicecentrum Deltaland
""",
    },
    {
        "id": "d89-rsvp-11", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "notes",
        "quoted": "uitnodiging_atelier",
        "sender": "Wim Hekkelman <w.hekkelman@twenterand-hof.nl>",
        "body": """
Geacht secretariaat,

Ik heb die week verlof en kan derhalve niet deelnemen. Ik hoop u bij een volgend atelier weer te zien.

Met vriendelijke groet,
W. Hekkelman
""",
    },
    {
        "id": "d89-rsvp-12", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "groupwise",
        "quoted": "uitnodiging_atelier",
        "sender": "Joke Scheltema <j.scheltema@fryske-gea.nl>",
        "body": """
Graag aangemeld, met één gast: onze manager bedrijfsvoering Sietse Bouma.

Joke Scheltema
Algemien direkteur / algemeen directeur
""",
    },
    {
        "id": "d89-rsvp-13", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "gmail",
        "quoted": "wijziging_atelier",
        "sender": "Ton Verwey <t.verwey@kempenservice.nl>",
        "body": """
Jammer, de nieuwe datum valt precies op onze regiodag en daar kan ik niet onderuit. Dan helaas niet.

Ton
""",
    },
    {
        "id": "d89-rsvp-14", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "wijziging_atelier",
        "sender": "Gerard Mulders <g.mulders@bedrijfsvoering-maasdal.nl>",
        "body": """
Donderdag de 18e in het Provinciehuis past ook prima. Petra en ik blijven aangemeld.

Gerard
""",
    },
    {
        "id": "d89-rsvp-15", "kind": "rsvp", "attending": False, "thread": "reminder", "quote": "apple",
        "quoted": "herinnering_atelier",
        "sender": "Willemijn Ros <willemijn.ros@gemeenten-aaenhunze.nl>",
        "body": """
Helaas, ik kan niet. Flinke griep te pakken, lig al twee dagen plat.

Willemijn
""",
    },
    {
        "id": "d89-rsvp-16", "kind": "rsvp", "attending": True, "thread": "reminder", "quote": "gmail",
        "quoted": "herinnering_atelier",
        "sender": "Frank Hoogendijk <f.hoogendijk@werkorganisatie-vijfheerenlanden-west.nl>",
        "body": """
Tot donderdag! Ik kom met de trein vanuit Gorinchem, dus het kan een paar minuten later worden.
""",
    },
    {
        "id": "d89-rsvp-17", "kind": "rsvp", "attending": False, "thread": "reminder", "quote": "outlook-lijn",
        "quoted": "herinnering_atelier",
        "sender": "Corine Baak <c.baak@twee-rivieren.nl>",
        "body": """
Beste secretariaat,

Door een acute situatie in een van onze gemeenten moet ik mijn deelname helaas intrekken. Geef mijn plek
gerust aan iemand van de wachtlijst.

Corine Baak
Directeur Twee Rivieren
""",
    },
    {
        "id": "d89-rsvp-18", "kind": "rsvp", "attending": True, "thread": "reminder", "quote": "outlook-nl",
        "quoted": "herinnering_atelier",
        "sender": "Jeanine Koster <j.koster@samenwerking-abg.nl>",
        "body": """
Ik kom, maar pas vanaf half vier: tot die tijd zit ik in het AB. Het eerste deel moet ik dus overslaan.

Jeanine
""",
    },
    {
        "id": "d89-rsvp-19", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "gmail",
        "quoted": "bevestiging_rsvp",
        "sender": "Hanneke Strik <hanneke.strik@ziggo.nl>",
        "body": """
Haal mij maar van de wachtlijst; ik heb die middag inmiddels iets anders gepland.

Groet, Hanneke
""",
    },
    {
        "id": "d89-rsvp-20", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_vervanger",
        "sender": "Sandra Pol <s.pol@de-linge-werkt.nl>",
        "body": """
Dank voor de uitnodiging. Ik neem de plaats van Marjolein graag in en ben er die middag.

Met vriendelijke groet,
Sandra Pol
directeur bedrijfsvoering | De Linge Werkt
""",
    },
    {
        "id": "d89-rsvp-21", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-lijn",
        "quoted": "uitnodiging_vervanger",
        "sender": "Mohamed Aziz <m.aziz@oostgelre-diensten.nl>",
        "body": """
Beste Stan,

Ik blijk die middag zelf ook verhinderd te zijn. Dirk en ik kijken nog of iemand anders kan; voor nu kunt u
mij voor het atelier afmelden.

Groet,
Mohamed Aziz
""",
    },
    {
        "id": "d89-rsvp-22", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Wim Hekkelman <w.hekkelman@twenterand-hof.nl>",
        "body": """
Geacht secretariaat,

Vorige week liet ik u weten dat ik niet kon. Mijn verlof is echter verschoven, zodat ik nu toch aanwezig
kan zijn. Wilt u mij alsnog noteren?

Met vriendelijke groet,
W. Hekkelman
""",
    },
    {
        "id": "d89-rsvp-23", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "apple",
        "quoted": "bevestiging_rsvp",
        "sender": "Erik Sanders <e.sanders@servicecentrum-deltaland.nl>",
        "body": """
Ik kan toch niet, sorry. Er is op die middag een bestuurlijk overleg over de begroting ingepland.

Erik
""",
    },
    {
        "id": "d89-rsvp-24", "kind": "rsvp", "attending": False, "thread": None, "quote": "none",
        "sender": "Joke Scheltema <j.scheltema@fryske-gea.nl>",
        "subject": "Afmelding atelier",
        "body": """
Beste Melanie,

Eerder gaf ik aan samen met Sietse naar het atelier te komen. Door de begrotingsbehandeling in onze
gemeenten lukt dat helaas geen van beiden. Wij blijven wel graag lid en hopen er een volgende keer bij te zijn.

Groet,
Joke Scheltema
""",
    },
    {
        "id": "d89-rsvp-25", "kind": "rsvp", "attending": True, "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "oproep_themas",
        "sender": "Marco de Haan <m.dehaan@werkorganisatie-lekstroom.nl>",
        "body": """
Geen onderwerp van mijn kant deze keer, maar ik ben er in elk geval bij.

Marco de Haan
""",
    },
    {
        "id": "d89-rsvp-26", "kind": "rsvp", "attending": False, "thread": "call_for_themes", "quote": "gmail",
        "quoted": "oproep_themas",
        "sender": "Lotte Jongbloed <lotte.jongbloed@gmail.com>",
        "body": """
Hoi, ik heb even geen thema's en zal er deze ronde ook niet bij zijn; dat valt samen met onze
begrotingsraad. Volgende keer graag weer.

Lotte
""",
    },
    {
        "id": "d89-rsvp-27", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "apple",
        "quoted": "uitnodiging_atelier",
        "sender": "Ruth Ansah <r.ansah@noordkwartier-samen.nl>",
        "body": """
Count me in, I'll be there in person. Thanks!

Ruth

Sent from my iPhone
""",
    },
    {
        "id": "d89-rsvp-28", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "notes-wrote",
        "quoted": "uitnodiging_atelier",
        "sender": "A.C.M. van Gerwen <a.vangerwen@peelland-samen.nl>",
        "body": """
Geachte heer Van de Laar,

Tot mijn spijt moet ik u berichten dat ik niet aanwezig kan zijn bij het atelier. Ik wens u en de
deelnemers een vruchtbare middag toe.

Hoogachtend,

A.C.M. van Gerwen
Directeur Peelland Samen

Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.
""",
    },
    {
        "id": "d89-rsvp-29", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Secretariaat directie <directiesecretariaat@bestuursdienst-zeeuwsland.nl>",
        "body": """
Goedemiddag,

Namens mevrouw Jansen laat ik u weten dat zij graag bij het atelier aanwezig is. Ik heb het in haar agenda
gezet.

Met vriendelijke groet,
Anita de Kok
Directiesecretariaat Bestuursdienst Zeeuwsland
""",
    },
    {
        "id": "d89-rsvp-30", "kind": "rsvp", "attending": False, "thread": "reminder", "quote": "outlook-nl",
        "quoted": "herinnering_atelier",
        "sender": "Linda Meijering <l.meijering@westerveld-diever.nl>",
        "body": """
Beste secretariaat,

De heer Bakker is helaas ziek en kan morgen niet komen. Wilt u hem afmelden voor het atelier?

Met vriendelijke groet,
Linda Meijering
secretariaat directie
""",
    },
    {
        "id": "d89-rsvp-31", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "ongemarkeerd",
        "quoted": "uitnodiging_atelier",
        "sender": "Pieter Zwart <p.zwart@holland-rijnland-werkt.nl>",
        "body": """
Ja hoor, ik ben erbij.

P. Zwart
""",
    },
    {
        "id": "d89-rsvp-32", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "none",
        "sender": "Mirjam Baars <m.baars@gr-kromme-rijn.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """
Aanwezig, met 1 collega.

Mirjam Baars
Directeur GR Kromme Rijn
""",
    },
    # ------------------------------------------------------------------ topic suggestions
    {
        "id": "d89-sug-01", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Marco de Haan <m.dehaan@werkorganisatie-lekstroom.nl>",
        "body": """
Beste Stan en Melanie,

Onze werkorganisatie bestaat volgend jaar tien jaar. We willen een nieuwe koers voor de komende tien jaar
uitzetten: waar staan we in 2035, waar zijn we dan goed in? Ik ben benieuwd hoe collega's zo'n
toekomstvisie opstellen en hoe ze die levend houden.

Groet,
Marco
""",
    },
    {
        "id": "d89-sug-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quote": "gmail", "quoted": "oproep_themas",
        "sender": "Corine Baak <c.baak@twee-rivieren.nl>",
        "body": """
Een van onze drie gemeenten overweegt uit de GR te stappen. Hoe ga je als directeur om met zo'n
uittredingsdiscussie, en hoe houd je de andere twee gemeenten aan boord? Daar praat ik graag over met
anderen die dit hebben meegemaakt.

Corine
""",
    },
    {
        "id": "d89-sug-03", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "outlook-lijn", "quoted": "oproep_themas",
        "sender": "Gerard Mulders <g.mulders@bedrijfsvoering-maasdal.nl>",
        "body": """
Mijn onderwerp: de krapte op de arbeidsmarkt. Hoe vullen jullie vacatures in het sociaal domein en bij ICT,
en wat doen jullie aan strategische personeelsplanning en het binden van jong talent?

Met vriendelijke groet,
Gerard Mulders
""",
    },
    {
        "id": "d89-sug-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "apple", "quoted": "oproep_themas",
        "sender": "Jeanine Koster <j.koster@samenwerking-abg.nl>",
        "body": """
Voorstel: klanttevredenheid meten. Welke kengetallen gebruiken jullie om de kwaliteit van het KCC te volgen
(bereikbaarheid, afhandeling in eerste lijn, waardering door inwoners), en hoe rapporteer je dat aan vier
colleges zonder vier verschillende rapportages te maken?

Jeanine

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d89-sug-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Erik Sanders <e.sanders@servicecentrum-deltaland.nl>",
        "body": """
Goedemorgen,

Wij experimenteren met een AI-assistent in het klantcontact. Ik zou graag bespreken wat dat vraagt van onze
werkprocessen en medewerkers achter de schermen, én wat het betekent voor de inwoner die ons belt of
mailt: wordt de dienstverlening er echt beter van?

Erik Sanders
""",
    },
    {
        "id": "d89-sug-06", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quote": "notes", "quoted": "oproep_themas",
        "sender": "A.C.M. van Gerwen <a.vangerwen@peelland-samen.nl>",
        "body": """
Geacht secretariaat,

Na de raadsverkiezingen krijgen wij te maken met vier nieuwe coalitieakkoorden. Hoe smeed je daaruit één
meerjarige koers voor de werkorganisatie, terwijl elke gemeente haar eigen bestuurlijke prioriteiten en
ambities heeft? Dat lijkt mij een mooi onderwerp.

Hoogachtend,
A.C.M. van Gerwen
""",
    },
    {
        "id": "d89-sug-07", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "outlook-en", "quoted": "oproep_themas",
        "sender": "Ruth Ansah <r.ansah@noordkwartier-samen.nl>",
        "body": """
Topic suggestion: moving our applications to the cloud and what that means for information security. Our I&A
department is stretched thin and I'd like to hear how others organised this.

Ruth Ansah
Director, Noordkwartier Samen
""",
    },
    {
        "id": "d89-sug-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quote": "gmail", "quoted": "oproep_themas",
        "sender": "bas.vlietstra@hotmail.com",
        "body": """
onderwerp: onze positie in de regio. steeds meer gaat via de regio (woondeal, energie, jeugd) en de
centrumgemeente trekt de kar. hoe verhoudt een werkorganisatie van kleine gemeenten zich daartoe?

ik kom sowieso, dus tot dan.
bas
""",
    },
    {
        "id": "d89-sug-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "vervolg_atelier",
        "sender": "Frank Hoogendijk <f.hoogendijk@werkorganisatie-vijfheerenlanden-west.nl>",
        "body": """
Dank voor de fijne middag. Voor de volgende keer: de dienstverlening aan ondernemers. Bij ons klagen
bedrijven over trage vergunningen en een loket waar ze van het kastje naar de muur gaan. Wie heeft een
ondernemersloket dat echt werkt?

Frank
""",
    },
    {
        "id": "d89-sug-10", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "groupwise", "quoted": "vervolg_atelier",
        "sender": "Wim Hekkelman <w.hekkelman@twenterand-hof.nl>",
        "body": """
Voor een volgend atelier stel ik voor: de financiën van de werkorganisatie in krappe jaren. Hoe gaan
collega's om met de druk op de overhead en de opgelegde taakstellingen vanaf 2026?

W. Hekkelman
""",
    },
    {
        "id": "d89-sug-11", "kind": "suggestion", "themes": ["strategie"], "thread": "welcome", "quote": "gmail",
        "quoted": "welkom",
        "sender": "Yvonne Brink <yvonnebrink.werk@gmail.com>",
        "body": """
Dank voor het welkom! Wat bij mij speelt: hoe zet je als werkorganisatie zelf een inhoudelijke agenda neer,
in plaats van alleen uit te voeren wat de colleges vragen? Ik zou het mooi vinden als dat eens op de agenda
komt.

Yvonne
""",
    },
    {
        "id": "d89-sug-12", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "outlook-lijn", "quoted": "oproep_themas",
        "sender": "Mirjam Baars <m.baars@gr-kromme-rijn.nl>",
        "body": """
Hierbij mijn onderwerpen:
- hybride werken en wat dat betekent voor onze huisvesting
- leidinggeven aan teams die over drie locaties verspreid zitten
- het hoge verzuim bij de buitendienst

Mirjam Baars
Directeur GR Kromme Rijn
""",
    },
    {
        "id": "d89-sug-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quote": "gmail", "quoted": "oproep_themas",
        "sender": "Ton Verwey <t.verwey@kempenservice.nl>",
        "body": """
onderwerp: de dienstverleningsovereenkomsten met onze deelnemers. hoe vaak herzien jullie die, en wie
bepaalt wat 'meerwerk' is als een gemeente meer wil dan de anderen?

t.
""",
    },
    {
        "id": "d89-sug-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Hanneke Strik <hanneke.strik@ziggo.nl>",
        "body": """
Hallo,

Ik zou het graag hebben over digitale dienstverlening voor inwoners die niet digitaal vaardig zijn, bv.
ouderen en laaggeletterden. Hoe zorgen jullie dat niemand buiten de boot valt nu alles via de app en
de website moet? Wij hebben een fysiek loket gesloten en daar kwam veel kritiek op.

groetjes Hanneke
""",
    },
    {
        "id": "d89-sug-15", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quote": "notes-wrote", "quoted": "oproep_themas",
        "sender": "Jan-Willem Roodenburg <jw.roodenburg@ravenstede.nl>",
        "body": """
Geacht secretariaat,

Ik stel voor te spreken over de rol van de directeur bij het bepalen van de bestuurlijke prioriteiten aan
het begin van een nieuwe raadsperiode: hoe breng je de langetermijnvisie in vóórdat de colleges hun
programma's vastleggen?

Met vriendelijke groet,
J.W. Roodenburg
""",
    },
    {
        "id": "d89-sug-16", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes", "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Mohamed Aziz <m.aziz@oostgelre-diensten.nl>",
        "body": """
Beste Melanie,

Wij verkennen of we ons I&A-beheer kunnen onderbrengen bij een werkorganisatie in de buurregio, samen met
nog twee andere samenwerkingsverbanden. Wie heeft ervaring met zo'n regionale samenwerking tussen
fusieorganisaties op het gebied van ICT en informatiebeheer, en hoe regel je daar de zeggenschap?

Groet,
Mohamed
""",
    },
    {
        "id": "d89-sug-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "apple", "quoted": "oproep_themas",
        "sender": "Lotte Jongbloed <lotte.jongbloed@gmail.com>",
        "body": """
Toch nog een onderwerp, ook al ben ik er zelf niet bij: de wachttijden bij de Wmo-toegang. Hoe volgen
jullie die prestaties en wat doe je als de wettelijke termijnen structureel niet gehaald worden?

Lotte
""",
    },
    {
        "id": "d89-sug-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "bedankt_suggestie",
        "sender": "Jeanine Koster <j.koster@samenwerking-abg.nl>",
        "body": """
Nog een aanvulling op mijn eerdere voorstel: het monitoren van doorlooptijden van vergunningen onder de
Omgevingswet. Welke prestatie-indicatoren leggen jullie vast richting aanvragers?

Jeanine
""",
    },
    {
        "id": "d89-sug-19", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "notes", "quoted": "vervolg_atelier",
        "sender": "Joke Scheltema <j.scheltema@fryske-gea.nl>",
        "body": """
Voor de volgende keer een onderwerp over ons sturingsconcept: we gaan van een klassieke lijnorganisatie met
afdelingshoofden naar zelforganiserende teams met een klein MT. Wie is ons voorgegaan en wat zijn de
valkuilen?

Joke Scheltema
""",
    },
    {
        "id": "d89-sug-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quote": "none",
        "sender": "Pieter Zwart <p.zwart@holland-rijnland-werkt.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met
> collega's bespreken?

De verschillen in ambitieniveau tussen onze gemeenten. De ene wil voorop lopen met de energietransitie, de
andere vindt het wettelijk minimum ruim voldoende. Hoe bedien je als gezamenlijke organisatie beide?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

P. Zwart
""",
    },
    # ------------------------------------------------------------------ leaves, hand-overs, erasures
    {
        "id": "d89-uns-01", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Hans Veldkamp <h.veldkamp@werkorganisatie-berkelland-oost.nl>",
        "subject": "Afmelding netwerk",
        "body": """
Beste Stan en Melanie,

Per 1 december ga ik met pensioen. Wilt u mij afmelden voor het netwerk? Het was mij een genoegen.

Hartelijke groet,
Hans Veldkamp
""",
    },
    {
        "id": "d89-uns-02", "kind": "unsubscribe", "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Gijs Bloemendaal <g.bloemendaal@vechtstreek-werkt.nl>",
        "body": """
Ik kom niet en wil ook geen berichten meer ontvangen: ik ben per 1 november vertrokken bij de
werkorganisatie. Graag van de lijst halen.

Gijs Bloemendaal
""",
    },
    {
        "id": "d89-uns-03", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Corine Baak <c.baak@twee-rivieren.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": """
Beste Melanie,

Per 1 januari vertrek ik bij Twee Rivieren. Mijn opvolger, Marloes Kuipers (m.kuipers@twee-rivieren.nl),
neemt mijn plek in het netwerk graag over. Wilt u haar in mijn plaats opnemen en mij afmelden?

Dank voor de fijne samenwerking!
Corine
""",
    },
    {
        "id": "d89-uns-04", "kind": "unsubscribe", "thread": "goodbye", "quote": "gmail",
        "quoted": "afmelding_bevestigd",
        "sender": "Hans Veldkamp <h.veldkamp@werkorganisatie-berkelland-oost.nl>",
        "body": """
Mijn opvolger is inmiddels bekend: Gert-Jan Brouwer, g.brouwer@werkorganisatie-berkelland-oost.nl. Hij
begint op 1 december en neemt mijn plaats in het netwerk graag over.

Hans
""",
    },
    {
        "id": "d89-uns-05", "kind": "unsubscribe", "erase": True, "thread": None, "quote": "none",
        "sender": "R. Tjoa <r.tjoa@planet.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": """
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle persoonsgegevens
die u van mij verwerkt, te wissen en mij uit uw bestanden te verwijderen. Ik ben niet langer werkzaam als
directeur en stel geen prijs op verdere berichten.

Met vriendelijke groet,
R. Tjoa
""",
    },
    {
        "id": "d89-uns-06", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes", "quote": "outlook-lijn",
        "quoted": "oproep_themas",
        "sender": "Ingrid Hofstede <i.hofstede@kpnmail.nl>",
        "body": """
Ik ben al een jaar geen directeur meer. Verwijder mijn gegevens alstublieft volledig uit jullie systemen,
dus niet alleen afmelden.

I. Hofstede
""",
    },
    {
        "id": "d89-uns-07", "kind": "unsubscribe", "erase": True, "thread": "invitation", "quote": "outlook-en",
        "quoted": "uitnodiging_atelier",
        "sender": "Ruth Ansah <r.ansah@noordkwartier-samen.nl>",
        "body": """
Hello,

I'm leaving the Netherlands at the end of the year. Please take me off the list and erase all personal data
you hold on me (GDPR, right to erasure).

Thanks,
Ruth
""",
    },
    {
        "id": "d89-uns-08", "kind": "unsubscribe", "thread": "confirmation", "quote": "outlook-nl",
        "quoted": "bevestiging_aanmelding",
        "sender": "Arjen Wolters <a.wolters@gemeente-noordveen.nl>",
        "body": """
Ik heb mij niet aangemeld voor dit netwerk.

A. Wolters
""",
    },
    {
        "id": "d89-uns-09", "kind": "unsubscribe", "thread": "call_for_themes", "quote": "groupwise",
        "quoted": "oproep_themas",
        "sender": "K. Visser <k.visser@bedrijfsvoering-hunzedal.nl>",
        "body": "AFMELDEN",
    },
    {
        "id": "d89-uns-10", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Sanne Dekker <sannedekker75@gmail.com>",
        "subject": "stoppen",
        "body": """
Hoi allebei,

Ik stop als directeur en ga terug het onderwijs in. Willen jullie me van de lijst halen? Bedankt voor alle
mooie ateliers.

Liefs,
Sanne
""",
    },
    {
        "id": "d89-uns-11", "kind": "unsubscribe", "thread": "welcome", "quote": "apple",
        "quoted": "welkom",
        "sender": "Rob Kwakman <rob.kwakman@ao-oostervelde-brakel.nl>",
        "body": """
Mijn opdracht hier loopt onverwacht al eind deze maand af, dus meld me toch maar weer af. Sorry voor de moeite.

Rob
""",
    },
    # ------------------------------------------------------------------ machine answers
    {
        "id": "d89-auto-01", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "Willemijn Ros <willemijn.ros@gemeenten-aaenhunze.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """
Ik ben tot en met vrijdag 25 oktober afwezig en heb beperkt toegang tot mijn e-mail. Voor dringende zaken
kunt u contact opnemen met het directiesecretariaat via 0592 26 66 00.
""",
    },
    {
        "id": "d89-auto-02", "kind": "autoreply", "thread": "call_for_themes", "quote": "none",
        "sender": "Daniel Whitfield <d.whitfield@kroonwijk-teraalst.nl>",
        "subject": "Out of Office: Welke thema's wilt u bespreken? [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Thank you for your message. I am out of the office until Monday 4 November with limited access to e-mail.
For urgent matters, please contact my office manager at office@kroonwijk-teraalst.nl.
""",
    },
    {
        "id": "d89-auto-03", "kind": "autoreply", "thread": "reminder", "quote": "none",
        "sender": "Erik Sanders <e.sanders@servicecentrum-deltaland.nl>",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": """
Vanwege de herfstvakantie ben ik afwezig tot en met 28 oktober. Uw bericht wordt niet doorgestuurd; ik lees
het na terugkomst.
""",
    },
    {
        "id": "d89-auto-04", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "g.bloemendaal@vechtstreek-werkt.nl",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Dit e-mailadres is niet meer in gebruik. Gijs Bloemendaal is niet langer werkzaam bij Vechtstreek Werkt.
Uw bericht wordt niet gelezen of doorgestuurd. Voor algemene vragen: info@vechtstreek-werkt.nl.
""",
    },
    {
        "id": "d89-auto-05", "kind": "autoreply", "thread": "call_for_themes", "quote": "none",
        "sender": "Klantcontactcentrum <noreply@bestuursdienst-zeeuwsland.nl>",
        "subject": "Ontvangstbevestiging: uw bericht is geregistreerd (Z-2026-118342)",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """
Geachte afzender,

Uw e-mail is ontvangen en geregistreerd onder zaaknummer Z-2026-118342. Wij streven ernaar u binnen vijf
werkdagen te antwoorden. Dit bericht is automatisch verzonden; u kunt er niet op reageren.

Bestuursdienst Zeeuwsland
""",
    },
    {
        "id": "d89-auto-06", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "Lotte Jongbloed <lotte.jongbloed@gmail.com>",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": """
Ik ben met zwangerschapsverlof tot 1 februari en lees mijn mail niet. Mijn taken worden waargenomen door
Jasper Noordam (j.noordam@wo-middenland.nl).
""",
    },
    {
        "id": "d89-auto-07", "kind": "autoreply", "thread": "call_for_themes", "quote": "none",
        "sender": "bas.vlietstra@hotmail.com",
        "subject": "Automatisch antwoord: Dank voor uw komst [atelier:2027-1]",
        "headers": {"X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
        "body": "op vakantie t/m 3 november, mail lees ik daarna.",
    },
    {
        "id": "d89-auto-08", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "A.C.M. van Gerwen <a.vangerwen@peelland-samen.nl>",
        "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Ik ben afwezig vanaf 14-10-2026 en weer terug op 21-10-2026.
Ik zal uw bericht beantwoorden zodra ik terug ben. In dringende gevallen kunt u bellen met 0493 35 20 00.
""",
    },
    {
        "id": "d89-auto-09", "kind": "autoreply", "thread": "welcome", "quote": "none",
        "sender": "Jeanine Koster <j.koster@samenwerking-abg.nl>",
        "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """
Dank voor uw bericht. Ik werk op maandag, dinsdag en donderdag; op andere dagen lees ik geen e-mail. Uw
bericht wordt op mijn eerstvolgende werkdag behandeld.
""",
    },
    # ------------------------------------------------------------------ for the secretariat
    {
        "id": "d89-oth-01", "kind": "other", "thread": None, "quote": "none",
        "sender": "Marco de Haan <m.dehaan@werkorganisatie-lekstroom.nl>",
        "subject": "Kosten atelier?",
        "body": """
Hoi Stan,

Het lidmaatschap is gratis, dat weet ik. Maar zijn er kosten verbonden aan deelname aan het atelier zelf,
bijvoorbeeld voor zaalhuur of catering? Ik moet het anders in ons opleidingsbudget opnemen.

Groet,
Marco
""",
    },
    {
        "id": "d89-oth-02", "kind": "other", "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Kees Dominicus <k.dominicus@walcheren-werkt.nl>",
        "body": """
Beste Melanie,

Ik kom graag. Kunt u mij laten weten of er bij het Stadskantoor geparkeerd kan worden, en zo ja of ik daar
een kaart voor nodig heb? Ik kom vanuit Middelburg met de auto.

Met vriendelijke groet,
Kees Dominicus
""",
    },
    {
        "id": "d89-oth-03", "kind": "other", "thread": None, "quote": "none",
        "sender": "Gerard Mulders <g.mulders@bedrijfsvoering-maasdal.nl>",
        "subject": "Lidmaatschap voor ons hele DT?",
        "body": """
Beste secretariaat,

Onze organisatie heeft een directieteam van drie. Mogen de andere twee directeuren ook lid worden, of is
het lidmaatschap bedoeld voor één directeur per fusieorganisatie?

Gerard Mulders
""",
    },
    {
        "id": "d89-oth-04", "kind": "other", "thread": None, "quote": "none",
        "sender": "Financiële administratie <crediteuren@samenwerking-abg.nl>",
        "subject": "Factuur deelname atelier",
        "body": """
Geachte heer, mevrouw,

Voor de verantwoording van opleidingskosten hebben wij een factuur of deelnamebewijs nodig voor de deelname
van mevrouw J. Koster aan uw atelier. Kunt u deze sturen naar crediteuren@samenwerking-abg.nl, onder
vermelding van inkoopordernummer 4500219873?

Met vriendelijke groet,
Afdeling Financiën, Samenwerking ABG
""",
    },
    {
        "id": "d89-oth-05", "kind": "other", "thread": "call_for_themes", "quote": "gmail",
        "quoted": "vervolg_atelier",
        "sender": "Mirjam Baars <m.baars@gr-kromme-rijn.nl>",
        "body": """
Wat een goede middag was het. Complimenten voor de gespreksleiding, heel scherp. Eén kanttekening: de zaal
was erg warm en de pauze te kort om echt bij te praten met collega's.

Mirjam
""",
    },
    {
        "id": "d89-oth-06", "kind": "other", "thread": None, "quote": "none",
        "sender": "Roel Kampman <roel@veranderkracht-advies.nl>",
        "subject": "Inspiratiesessie voor uw netwerk",
        "body": """
Geachte heer Van de Laar,

Veranderkracht Advies begeleidt al vijftien jaar ambtelijke fusies en herindelingen. Graag verzorgen wij
kosteloos een inspiratiesessie tijdens een van uw ateliers, over het thema 'cultuur na de fusie'. Mag ik u
binnenkort bellen om de mogelijkheden te bespreken?

Met vriendelijke groet,

Roel Kampman
Partner | Veranderkracht Advies
06 12 98 44 70 | www.veranderkracht-advies.nl
""",
    },
    {
        "id": "d89-oth-07", "kind": "other", "thread": "goodbye", "quote": "outlook-nl",
        "quoted": "afmelding_bevestigd",
        "sender": "Sanne Dekker <sannedekker75@gmail.com>",
        "body": """
Dank voor de bevestiging en voor de fijne jaren in het netwerk. Het ga jullie goed!

Sanne
""",
    },
    {
        "id": "d89-oth-08", "kind": "other", "thread": "confirmation", "quote": "outlook-lijn",
        "quoted": "bevestiging_aanmelding",
        "sender": "Marjolein Haverkamp <m.haverkamp@de-linge-werkt.nl>",
        "body": """
Ja, bevestigd. Wel een vraag: krijgt mijn plaatsvervanger dan ook automatisch de uitnodigingen, of moet
zij zich apart aanmelden?

Marjolein
""",
    },
    {
        "id": "d89-oth-09", "kind": "other", "thread": "confirmation", "quote": "apple",
        "quoted": "bevestiging_aanmelding",
        "sender": "Dirk-Jan Heemstra <dj.heemstra@gemeente-westmaas.nl>",
        "body": """
Ik heb mij nergens aangemeld. Hoe komt u aan mijn e-mailadres, en wie heeft dit namens mij gedaan?

D.J. Heemstra
""",
    },
    {
        "id": "d89-oth-10", "kind": "other", "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "oproep_themas",
        "sender": "Wim Hekkelman <w.hekkelman@twenterand-hof.nl>",
        "body": """
Geen inhoudelijk thema, wel een wens: zou het atelier eens op een vrijdagochtend kunnen, en dan in het
oosten van het land? Utrecht is voor ons ruim twee uur rijden, zeker op donderdagmiddag.

W. Hekkelman
""",
    },
    {
        "id": "d89-oth-11", "kind": "other", "thread": None, "quote": "none",
        "sender": "Jan-Willem Roodenburg <jw.roodenburg@ravenstede.nl>",
        "subject": "Adviesraad",
        "body": """
Geacht secretariaat,

Ik las dat een Adviesraad het programma van de ateliers mee bepaalt. Graag stel ik mij kandidaat voor een
plaats in die raad. Is daar ruimte voor, en hoe verloopt de selectie?

Met vriendelijke groet,
J.W. Roodenburg
""",
    },
    {
        "id": "d89-oth-12", "kind": "other", "thread": None, "quote": "none",
        "sender": "Bureau directie <bureaudirectie@bestuursdienst-zeeuwsland.nl>",
        "subject": "Atelier mevrouw Kloosterman",
        "body": """
Geacht secretariaat,

Namens mevrouw Kloosterman laat ik u weten dat zij het atelier helaas niet kan bijwonen in verband met een
werkbezoek van de commissaris van de Koning.

Met vriendelijke groet,
Bureau directie
""",
    },
    {
        "id": "d89-oth-13", "kind": "other", "thread": None, "quote": "none",
        "sender": "Linda Meijering <l.meijering@westerveld-diever.nl>",
        "subject": "Vertrek dhr. Verbeek",
        "body": """
Beste secretariaat,

Ter informatie: onze directeur, de heer Verbeek, is per 1 oktober vertrokken. Een opvolger is nog niet
benoemd; zodra dat bekend is, laten we het weten.

Met vriendelijke groet,
Linda Meijering
""",
    },
    {
        "id": "d89-oth-14", "kind": "other", "thread": None, "quote": "none",
        "sender": "Frank Hoogendijk <f.hoogendijk@werkorganisatie-vijfheerenlanden-west.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """
Hallo,

Onze organisatie krijgt per 1 november een nieuwe naam en dus een nieuw domein. Mijn adres wordt
f.hoogendijk@vhlw.nl. Willen jullie dat in jullie bestand aanpassen?

Groet,
Frank
""",
    },
    {
        "id": "d89-oth-15", "kind": "other", "thread": None, "quote": "none",
        "sender": "Mieke Verbruggen <m.verbruggen@baarle-hilvaren.nl>",
        "subject": "aanmelding interim",
        "body": """
Goedemorgen,

Kunt u onze nieuwe interim-directeur, Jeroen Smits, ook aanmelden voor het netwerk? Hij start volgende
week bij ons.

Groet,
Mieke Verbruggen
managementondersteuning
""",
    },
    {
        "id": "d89-oth-16", "kind": "other", "thread": None, "quote": "none",
        "sender": "Henk-Jan Dijkhuis <hj.dijkhuis@ommeland-zuid.nl>",
        "subject": "aanmelding DT",
        "body": """
Wilt u ook mijn drie collega's van het directieteam aanmelden?
- a.bos@ommeland-zuid.nl
- r.lubbers@ommeland-zuid.nl
- t.schuurman@ommeland-zuid.nl

mvg Henk-Jan
""",
    },
    {
        "id": "d89-oth-17", "kind": "other", "thread": "invitation", "quote": "gmail",
        "quoted": "uitnodiging_atelier",
        "sender": "Ton Verwey <t.verwey@kempenservice.nl>",
        "body": """
ik kom graag als ik mijn strategisch adviseur mag meenemen, zij is geen directeur. kan dat?

ton
""",
    },
    {
        "id": "d89-oth-18", "kind": "other", "thread": None, "quote": "none",
        "sender": "Arjen Wolters <a.wolters@gemeente-noordveen.nl>",
        "subject": "Inzage gegevens",
        "body": """
Geachte heer, mevrouw,

Graag ontvang ik een overzicht van de persoonsgegevens die u van mij hebt vastgelegd, en van de bron
waaruit u ze hebt verkregen.

Met vriendelijke groet,
A. Wolters
""",
    },
    {
        "id": "d89-oth-19", "kind": "other", "thread": "invitation", "quote": "outlook-nl",
        "quoted": "annulering_atelier",
        "sender": "Joke Scheltema <j.scheltema@fryske-gea.nl>",
        "body": """
Jammer dat het niet doorgaat. Wordt het atelier verplaatst naar later in het voorjaar, of vervalt het
helemaal? Dan kan ik mijn agenda daarop inrichten.

Joke
""",
    },
    {
        "id": "d89-oth-20", "kind": "other", "thread": "call_for_themes", "quote": "outlook-lijn",
        "quoted": "vervolg_atelier",
        "sender": "Corine Baak <c.baak@twee-rivieren.nl>",
        "body": """
Beste Stan,

De link naar het verslag wordt door onze firewall tegengehouden. Kun je het als pdf sturen?

Groet,
Corine
""",
    },
    {
        "id": "d89-oth-21", "kind": "other", "thread": "welcome", "quote": "outlook-en",
        "quoted": "welkom",
        "sender": "Daniel Whitfield <d.whitfield@kroonwijk-teraalst.nl>",
        "body": """
Thanks for the warm welcome. One question before I sign up for an atelier: are the sessions held in Dutch
only, or is there room for English when needed?

Daniel
""",
    },
    {
        "id": "d89-oth-22", "kind": "other", "thread": None, "quote": "none",
        "sender": "Gijs Oudshoorn <g.oudshoorn@wo-hollandsmidden.nl>",
        "subject": "Bijdrage netwerk",
        "body": """
Goedendag,

Ik hoorde van een collega dat er voor het netwerk een jaarlijkse bijdrage zou komen. Klopt dat? Als het
lidmaatschap niet meer kosteloos is, wil ik mij afmelden; anders blijf ik graag lid.

Gijs Oudshoorn
""",
    },
    {
        "id": "d89-oth-23", "kind": "other", "thread": "welcome", "quote": "gmail",
        "quoted": "welkom",
        "sender": "Koen Lammers <k.lammers@gr-bergenveld.nl>",
        "body": """
Dank! Is er ook een ledenlijst, zodat ik kan zien welke collega's uit mijn regio meedoen?

Koen
""",
    },
]
# fmt: on
