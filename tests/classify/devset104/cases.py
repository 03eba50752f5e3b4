"""devset104: the reply button as an address book.

Many directors do not write a new mail to info@ambtelijkefusie.nl: they look up any old mail of ours and press
reply, whatever that mail was about. So a reply to an invitation of last spring says the writer leaves the network,
a reply to the welcome mail answers this autumn's atelier, a reply to a confirmation request of two years ago asks for
erasure, a reply to the thank-you for a suggestion proposes a new topic or hands the seat to a successor, a reply to
the goodbye mail asks to join again, a reply to the call for themes only says "ik kom". Mixed in: ordinary replies that
do fit their thread, and look-alikes that must go to a person (a question, a complaint, an answer about another
network's event, a reply that only thanks, a request to see one's data, a conditional leave).

Conventions this set relies on (from the issue-17 brief):
- The label is what the writer now asks, not what the old mail was about; `thread` and `quoted` name the old mail
  the writer replied to (`thread` None for a forward or a client that dropped the reply headers).
- A few writers trimmed the quote to a few lines of an older mail of ours (with its own, older date): the body holds
  those lines itself, and the case has no `quoted` (quote "none").
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a proposed topic is a `suggestion` (also when it says whether the writer
  comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form of the ateliers
  is `other`.
- A request to sign up one named colleague with that colleague's address: `subscribe`; without the address: `other`.
- A yes or a leave on a condition the secretariat must answer first, or a request plus a real question: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Themes: those of what the writer proposes, not of words used in passing; two only where the topic clearly spans both.
"""

from __future__ import annotations

from typing import Any

S_BEV = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
S_HBEV = "Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
S_WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
S_UITN = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
S_HERATL = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
S_OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
S_WACHT = "U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"
S_VERV = "Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_ANNUL = "Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_BEDANKT = "Dank voor uw themasuggestie [atelier:2027-1]"
S_WIJZ = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_AFM = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ leaving, under whatever old mail came to hand
    {
        "id": "d104-unsub-01", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Henk Bosscher <h.bosscher@werkorganisatie-lingezuid.nl>",
        "body": """Goedemorgen,

Ik pak even deze uitnodiging van vorig voorjaar erbij, want een ander adres van jullie had ik niet bij de hand.
Per 1 september ga ik met pensioen. Wilt u mij uit het netwerk halen? Het was mij een genoegen.

Met vriendelijke groet,

Henk Bosscher
algemeen directeur
Werkorganisatie Linge-Zuid""",
    },
    {
        "id": "d104-unsub-02", "kind": "unsubscribe",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "subject": "Re: " + S_HERATL,
        "sender": "Jeroen Stam <jeroenstam.bestuur@gmail.com>",
        "body": """Graag afmelden voor het netwerk als geheel, ik stop bij de gemeente per eind van de maand.
Gr Jeroen""",
    },
    {
        "id": "d104-unsub-03", "kind": "unsubscribe",
        "thread": "welcome", "quoted": "welkom", "quote": "apple",
        "subject": "Re: " + S_WELKOM,
        "sender": "Fenna Wiersma <f.wiersma@odb-fryslan.nl>",
        "body": """Hoi Stan en Melanie,

Sinds 1 mei werk ik niet meer bij de ODB en heb ik geen rol meer in een fusieorganisatie. Willen jullie mijn
lidmaatschap beëindigen? Dank voor de mooie jaren!

Groet,
Fenna

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d104-unsub-04", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Pieter van Galen <p.vangalen@servicecentrum-mdr.nl>",
        "body": """Hello,

Please take me off the members' list of the network; I have left the Servicecentrum as of this month and
will not be taking part any more.

Kind regards,
Pieter van Galen""",
    },
    {
        "id": "d104-unsub-05", "kind": "unsubscribe",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Ingrid Tolsma <i.tolsma@wormerland-oostzaan.nl>",
        "body": """Beste Stan en Melanie,

De enige mail van jullie die ik nog kon terugvinden is deze, van toen ik me ruim twee jaar geleden aanmeldde.
Ik wil me nu weer afmelden: na de ontvlechting van onze samenwerking ben ik geen directeur van een
fusieorganisatie meer.

Hartelijke groet,
Ingrid Tolsma""",
    },
    {
        "id": "d104-unsub-06", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "groupwise",
        "subject": "Re: " + S_ANNUL,
        "sender": "M. Kortenhorst <m.kortenhorst@a2-samenwerking.nl>",
        "body": """Via deze mail (de annulering van destijds, iets anders had ik niet meer) laat ik u weten dat ik
geen berichten van het netwerk meer wens te ontvangen. Graag uitschrijven.

M. Kortenhorst""",
    },
    {
        "id": "d104-unsub-07", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Gert-Jan Hooijer <gj.hooijer@werkorganisatie-vijfheerenlanden-oost.nl>",
        "body": """Ik kom niet naar het atelier. Eerlijk gezegd wil ik ook van de lijst af: het netwerk sluit niet meer
aan bij mijn huidige werk. Wilt u mij als lid afmelden?

Gert-Jan Hooijer""",
    },
    {
        "id": "d104-unsub-08", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "subject": "Antwoord: " + S_VERVOLG,
        "sender": "R.M. Dijkhuizen-Bos <r.dijkhuizen@gemeenschappelijkeregeling-ommen-hardenberg.nl>",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

In antwoord op uw bericht van na het atelier deel ik u mede dat ik mijn deelname aan het netwerk beëindig.
Mijn functie wordt met ingang van 1 juli opgeheven in het kader van de herinrichting van de directie.

Ik dank u voor de gastvrijheid in de afgelopen jaren.

Hoogachtend,

mr. R.M. Dijkhuizen-Bos
directeur bedrijfsvoering""",
    },
    {
        "id": "d104-unsub-09", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "apple",
        "subject": "Re: " + S_BEDANKT,
        "sender": "Karin Meulenbelt <karin.meulenbelt@icloud.com>",
        "body": """Korte update: ik heb een nieuwe baan buiten de gemeentewereld. Schrijf me maar uit.
Succes met het atelier!

Karin""",
    },
    {
        "id": "d104-unsub-10", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "gmail",
        "subject": "Re: " + S_WACHT,
        "sender": "Ruud Terpstra <r.terpstra@wo-noordoostpolder-urk.nl>",
        "body": """Van de wachtlijst mag ik af, en van het hele netwerk eigenlijk ook. Ik werk inmiddels als
interim-manager en ben geen directeur meer.

Ruud""",
    },
    {
        "id": "d104-unsub-11", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "sender": "Anouk Verbeek <a.verbeek@dienst-twente-west.nl>",
        "body": """wil graag helemaal afgemeld worden voor het netwerk, niet alleen voor dit atelier. ben per 1/4 weg.

Verzonden vanuit Outlook voor Android""",
    },
    {
        "id": "d104-unsub-12", "kind": "unsubscribe",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Bas Oldenkamp <b.oldenkamp@gemeente-tubbergen-dinkelland.nl>",
        "body": """Dit was ik niet. Ik heb me niet aangemeld.

B. Oldenkamp""",
    },
    {
        "id": "d104-unsub-13", "kind": "unsubscribe",
        "thread": "invitation", "quote": "none",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 10 april 2025 [atelier:2025-1]",
        "sender": "Wilma Zandbergen <w.zandbergen@werkorganisatie-hollandsmidden.nl>",
        "body": """Beste secretariaat,

Ik ga het netwerk verlaten. Mijn werkzaamheden verschuiven naar het Rijk en dan past het lidmaatschap niet meer.
Wilt u mij afmelden?

Vriendelijke groet,
Wilma Zandbergen

> Op 3 mrt. 2025 om 09:14 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Graag nodigen wij u uit voor het Leer- en inspireer-atelier op donderdag 10 april 2025.
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".""",
    },
    {
        "id": "d104-unsub-14", "kind": "unsubscribe",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "sender": "Johan Pruim <johan.pruim@sed-organisatie.nl>",
        "body": """Hallo,

Ik heb besloten het lidmaatschap van het directeurennetwerk op te zeggen; ik heb er de tijd gewoon niet meer voor.
Dus: afmelden graag, voor alles.

Met groet,
Johan Pruim
SED-organisatie""",
    },
    # ------------------------------------------------------------------ hand-over to a successor (unsubscribe)
    {
        "id": "d104-handover-01", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Marjolein Kuipers <m.kuipers@wo-berkelland-oost.nl>",
        "body": """Beste Melanie,

Dank nog voor het noteren van mijn suggestie, vorig jaar. Inmiddels ben ik vertrokken: mijn opvolger als
directeur van Werkorganisatie Berkelland-Oost is Rutger Hazeleger (r.hazeleger@wo-berkelland-oost.nl).
Wilt u hem in mijn plaats opnemen in het netwerk?

Met hartelijke groet,
Marjolein Kuipers""",
    },
    {
        "id": "d104-handover-02", "kind": "unsubscribe",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-en",
        "sender": "Frank Lamers <frank.lamers@gemeentenoordkust.nl>",
        "body": """Beste mensen,

Mijn plek in het netwerk neemt per 1 oktober Samira El Idrissi over, onze nieuwe algemeen directeur
(s.elidrissi@gemeentenoordkust.nl). Zelf vertrek ik naar de provincie. Willen jullie de ledenlijst daarop
aanpassen?

Frank Lamers""",
    },
    {
        "id": "d104-handover-03", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Tineke Brons <t.brons@dienstdommelstreek.nl>",
        "body": """Ik reageer op een oude uitnodiging omdat ik het algemene adres niet paraat had.

Deze maand heb ik het stokje overgedragen aan Wouter Pranger (w.pranger@dienstdommelstreek.nl). Graag hem voortaan
uitnodigen in plaats van mij.

Groet, Tineke Brons""",
    },
    {
        "id": "d104-handover-04", "kind": "unsubscribe",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "subject": "Re: " + S_HERATL,
        "sender": "Ahmed Bouzian <a.bouzian@hlw-samen.nl>",
        "body": """Ben per 1/6 weg bij de werkorganisatie. Opvolger: Eline Kroes, e.kroes@hlw-samen.nl. Zij neemt mijn
lidmaatschap over.

Verstuurd vanaf mijn Galaxy""",
    },
    {
        "id": "d104-handover-05", "kind": "unsubscribe",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "ongemarkeerd",
        "sender": "L.A. van Dongen <l.vandongen@werkorganisatie-kempenplus.nl>",
        "body": """Geacht secretariaat,

Deze herinnering staat nog in mijn mailbox uit de tijd dat ik lid werd. Ik maak er nu gebruik van om te melden
dat ik per 1 januari aanstaande afscheid neem als directeur. Mijn taken, en daarmee ook mijn zetel in uw netwerk,
gaan over naar mevrouw drs. E.M. Luijten, bereikbaar via e.luijten@werkorganisatie-kempenplus.nl.

Met vriendelijke groet,

L.A. van Dongen
Directeur Werkorganisatie Kempen Plus""",
    },
    {
        "id": "d104-handover-06", "kind": "unsubscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Hans Vreugdenhil <h.vreugdenhil@wo-lekstroom.nl>",
        "body": """Dag Stan,

U vraagt hieronder naar mijn opvolger: dat wordt Petra Schouten, p.schouten@wo-lekstroom.nl. Zij begint op
15 maart en wil graag mijn plaats in het netwerk innemen.

Groet,
Hans Vreugdenhil""",
    },
    # ------------------------------------------------------------------ erasure (AVG)
    {
        "id": "d104-erase-01", "kind": "unsubscribe", "erase": True,
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "subject": "AVG-verzoek / RE: " + S_BEV,
        "sender": "J.W. Hartgers <jw.hartgers@gemeente-westbetuwe-noord.nl>",
        "body": """Geacht secretariaat,

Twee jaar geleden ontving ik onderstaand bericht. Met een beroep op artikel 17 van de AVG verzoek ik u al mijn
persoonsgegevens uit uw administratie te verwijderen en mij uit te schrijven.

Graag ontvang ik een bevestiging dat dit is gebeurd.

Hoogachtend,
J.W. Hartgers""",
    },
    {
        "id": "d104-erase-02", "kind": "unsubscribe", "erase": True,
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "gmail",
        "subject": "Re: " + S_AFM,
        "sender": "Sanne de Kort <sannedekort@gmail.com>",
        "body": """\
Dank voor de bevestiging. Willen jullie mijn naam en mailadres nu ook echt wissen uit jullie bestanden?
Ik wil niet dat die ergens bewaard blijven.

Sanne""",
    },
    {
        "id": "d104-erase-03", "kind": "unsubscribe", "erase": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "subject": "Re: " + S_UITN,
        "sender": "Maarten Post <m.post@drechtstedendienst.nl>",
        "body": """Graag uitschrijven én mijn gegevens verwijderen (AVG). Dank.

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d104-erase-04", "kind": "unsubscribe", "erase": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "subject": "Re: " + S_OPROEP,
        "sender": "C. Veldhuis <c.veldhuis@werkorganisatie-achterhoek-zuid.nl>",
        "body": """Goedemiddag,

Wij hebben intern afgesproken dat externe netwerken geen persoonsgegevens van directieleden meer bewaren.
Ik verzoek u daarom mij af te melden en mijn gegevens te vernietigen.

Met vriendelijke groet,
C. Veldhuis""",
    },
    {
        "id": "d104-erase-05", "kind": "unsubscribe", "erase": True,
        "thread": "welcome", "quoted": "welkom", "quote": "notes",
        "subject": "Verzoek verwijdering persoonsgegevens",
        "sender": "Ir. D.H. Mollema <dh.mollema@eemsdelta-werkorganisatie.nl>",
        "body": """Geachte heer, mevrouw,

Hierbij maak ik gebruik van mijn recht op vergetelheid. Ik verzoek u mijn lidmaatschap te beëindigen en alle
gegevens die u over mij hebt vastgelegd te laten verwijderen.

Met vriendelijke groet,

Ir. D.H. Mollema""",
    },
    {
        "id": "d104-erase-06", "kind": "unsubscribe", "erase": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Yvonne Smeets <y.smeets@parkstad-werkorganisatie.nl>",
        "body": """Haal mij uit het netwerk en verwijder alles wat jullie van mij hebben, ook van de deelnemerslijsten.

Yvonne Smeets""",
    },
    {
        "id": "d104-erase-07", "kind": "unsubscribe", "erase": True,
        "thread": None, "quoted": "vervolg_atelier", "quote": "doorgestuurd",
        "subject": "FW: " + S_VERVOLG,
        "sender": "Erik Wagenaar <e.wagenaar@gemeente.nl>",
        "body": """Aan het secretariaat van het netwerk:

Ik stop met het netwerk. Graag afmelden en mijn persoonsgegevens wissen conform de AVG.

Erik Wagenaar""",
    },
    # ------------------------------------------------------------------ joining (again)
    {
        "id": "d104-sub-01", "kind": "subscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Hester Blom <h.blom@werkorganisatie-bbr.nl>",
        "body": """Beste Melanie,

Vorig jaar heb ik me afgemeld toen ik tijdelijk een andere functie had. Sinds deze maand ben ik terug als directeur
van de werkorganisatie, dus ik word graag weer lid. Kunnen jullie mij opnieuw aanmelden?

Groet,
Hester Blom""",
    },
    {
        "id": "d104-sub-02", "kind": "subscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "gmail",
        "subject": "Aanmelden",
        "sender": "Thomas Rijnders <thomas.rijnders@gmail.com>",
        "body": """Aanmelden – ik wil weer meedoen!""",
    },
    {
        "id": "d104-sub-03", "kind": "subscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "apple",
        "subject": "Re: " + S_AFM,
        "sender": "Nicole Arts <n.arts@werkorganisatie-maasdriel.nl>",
        "body": """\
Ik heb me te vroeg uitgeschreven, merk ik nu. Zet u mij alstublieft weer op de lijst? Ik mis de ateliers.

Nicole Arts

Verzonden vanaf mijn iPad""",
    },
    {
        "id": "d104-sub-04", "kind": "subscribe",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-en",
        "sender": "Monique Dekkers <m.dekkers@werkorganisatie-dal.nl>",
        "body": """Hallo,

Onze nieuwe plaatsvervangend directeur, Thijs Oudejans (t.oudejans@werkorganisatie-dal.nl), wil ook graag lid
worden. Kunt u hem aanmelden?

Bedankt,
Monique Dekkers""",
    },
    {
        "id": "d104-sub-05", "kind": "subscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Directie WO Altena-Zuid <directie@wo-altena-zuid.nl>",
        "body": """Goedendag,

Ik ben sinds kort de nieuwe directeur van WO Altena-Zuid en trof deze uitnodiging aan in de directiemailbox,
nog van mijn voorganger. Graag meld ik mijzelf aan als lid van het netwerk, op dit adres.

Met vriendelijke groet,
Lotte Hermans""",
    },
    {
        "id": "d104-sub-06", "kind": "subscribe",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "subject": "Antwoord: " + S_OPROEP,
        "sender": "G. Peeters <g.peeters@gr-kempenland.nl>",
        "body": """Beste secretariaat,

Mijn collega-directeur Annemiek Vos (a.vos@gr-kempenland.nl) kreeg deze oproep van mij doorgestuurd en wil graag
zelf lid worden van het netwerk. Wilt u haar aanmelden?

Met vriendelijke groet,
G. Peeters""",
    },
    {
        "id": "d104-sub-07", "kind": "subscribe",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "groupwise",
        "subject": "Re: " + S_HERATL,
        "sender": "Ellen Voskuil <e.voskuil@dienstbuitengebied.nl>",
        "body": """\
Na een jaar bij het ministerie ben ik weer in dienst als directeur. Destijds had ik me afgemeld, en nu krijg
ik niets meer. Graag weer aanmelden op dit adres.

Ellen""",
    },
    # ------------------------------------------------------------------ confirming (fits its thread)
    {
        "id": "d104-confirm-01", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "",
    },
    {
        "id": "d104-confirm-02", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "gmail",
        "subject": "Re: " + S_HBEV,
        "sender": "Koen Schipper <k.schipper@wo-de-ronde-venen.nl>",
        "body": """Bij dezen bevestigd. Excuus voor de late reactie.

Koen Schipper""",
    },
    {
        "id": "d104-confirm-03", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "apple",
        "subject": "Re: " + S_BEV,
        "sender": "Lisa Hoekstra <l.hoekstra@skarsterlan-werkorganisatie.nl>",
        "body": """Ja hoor 👍

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d104-confirm-04", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "subject": "Re: " + S_BEV,
        "sender": "A.J. Hofstede <aj.hofstede@gemeente-oldambt-pekela.nl>",
        "body": """Hierbij bevestig ik mijn aanmelding.

Met vriendelijke groet,
Drs. A.J. Hofstede""",
    },
    {
        "id": "d104-confirm-05", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes",
        "subject": "Antwoord: " + S_BEV,
        "sender": "Paul Verschuren <p.verschuren@bizob-werkorganisatie.nl>",
        "body": """Akkoord, ik ontvang de berichten van het netwerk graag op dit adres.

Paul Verschuren""",
    },
    {
        "id": "d104-confirm-06", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "subject": "Antw: " + S_HBEV,
        "sender": "Renate Tuinstra <r.tuinstra@noardeast-werkorganisatie.nl>",
        "body": """Klopt, dat was mijn secretaresse. Ik word graag lid.

Met vriendelijke groet,
Renate Tuinstra""",
    },
    # ------------------------------------------------------------------ atelier answers, often under the wrong mail
    {
        "id": "d104-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": "welcome", "quoted": "welkom", "quote": "gmail",
        "subject": "Re: " + S_WELKOM,
        "sender": "Merel Jansma <merel.jansma@gmail.com>",
        "body": """Ik kom graag naar het atelier van 6 november. Tot dan!

Merel Jansma""",
    },
    {
        "id": "d104-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Vincent Koster <v.koster@werkorganisatie-nissewaard-zuid.nl>",
        "body": """Goedemiddag,

Helaas kan ik niet bij het najaarsatelier zijn; ik zit die week met de colleges op werkbezoek in Brussel.
Volgende keer hoop ik er weer bij te zijn.

Vincent Koster""",
    },
    {
        "id": "d104-rsvp-03", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: " + S_OPROEP,
        "sender": "Joost Brink <j.brink@werkorganisatie-ijsselland.nl>",
        "body": """Ik kom.

Verzonden vanaf mijn iPad""",
    },
    {
        "id": "d104-rsvp-04", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Carla Versteeg <c.versteeg@samenwerking-kromme-rijn.nl>",
        "body": """Beste Stan,

Voor het komende atelier kunt u mij noteren als deelnemer, samen met mijn collega van het sociaal domein,
dus met twee personen.

Groeten,
Carla Versteeg""",
    },
    {
        "id": "d104-rsvp-05", "kind": "rsvp", "attending": True,
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "subject": "Re: " + S_BEV,
        "sender": "Dirk-Jan Mulder <dj.mulder@werkorganisatie-oosterschelde.nl>",
        "body": """Ik zag de uitnodiging voor het atelier van 4 november voorbijkomen maar kan hem niet meer vinden, dus
reageer ik maar op deze oude mail. Bij dezen: ik ben erbij.

DJ Mulder""",
    },
    {
        "id": "d104-rsvp-06", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "notes-wrote",
        "sender": "Anita Roelofs <a.roelofs@werkorganisatie-zevenaar-duiven.nl>",
        "body": """Beste Melanie,

Op het atelier zal ik er helaas niet bij zijn: mijn raad vergadert die middag over de voorjaarsnota.
Ik lees het verslag met belangstelling.

Hartelijke groet,
Anita Roelofs""",
    },
    {
        "id": "d104-rsvp-07", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bert Haverkamp <b.haverkamp@gemeenten-hof-van-twente-rijssen.nl>",
        "body": """Ja, ik kom, met één collega erbij.

Bert Haverkamp""",
    },
    {
        "id": "d104-rsvp-08", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Sophie Lanting <s.lanting@westerkwartier-dienst.nl>",
        "body": """Nee, helaas. Mijn agenda zit die dag vol met begrotingsoverleg.

Sophie""",
    },
    {
        "id": "d104-rsvp-09", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: " + S_UITN,
        "sender": "Marco de Bruijn <m.debruijn@wo-vechtdal.nl>",
        "body": """Zelf kan ik niet, maar mijn adjunct Bart Wolters (b.wolters@wo-vechtdal.nl) komt in mijn plaats.

Marco de Bruijn""",
    },
    {
        "id": "d104-rsvp-10", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "apple",
        "subject": "Re: " + S_HERATL,
        "sender": "Irene Pols <i.pols@werkorganisatie-duinstreek.nl>",
        "body": """Helaas, ik kan niet. Lig met griep in bed.

Irene""",
    },
    {
        "id": "d104-rsvp-11", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Wim Groeneveld <w.groeneveld@werkorganisatie-krimpenerwaard-noord.nl>",
        "body": """Ik kan toch niet; haal me maar van de wachtlijst, dan heeft een ander de plek.

Wim Groeneveld""",
    },
    {
        "id": "d104-rsvp-12", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "sender": "Hanneke Smit <h.smit@wo-steenwijkerland-west.nl>",
        "body": """De nieuwe datum komt mij slecht uit: op 18 maart heb ik een bestuurlijk overleg in Zwolle.
Ik moet dus helaas afhaken.

Hanneke Smit""",
    },
    {
        "id": "d104-rsvp-13", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """Dank, ik neem graag de plaats van Dirk in. Tot de 11e!

Marieke""",
    },
    {
        "id": "d104-rsvp-14", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "notes",
        "subject": "Antwoord: " + S_VERV,
        "sender": "Olaf Brandsma <o.brandsma@wo-smallingerland-opsterland.nl>",
        "body": """Ik ben op die datum ook verhinderd, helaas. Misschien kan Dirk iemand anders vragen.

Olaf Brandsma""",
    },
    {
        "id": "d104-rsvp-15", "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Gerda Hofman <g.hofman@servicepunt71.nl>",
        "body": """Ook dit najaar ben ik er weer bij. Noteert u mij voor 6 november?

(Ik antwoord op de herinnering van vorig jaar, die stond nog bovenaan.)

Gerda Hofman""",
    },
    {
        "id": "d104-rsvp-16", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Leon Verhagen <l.verhagen@werkorganisatie-land-van-cuijk.nl>",
        "body": """Geen thema's van mijn kant, maar ik kom wel!

Leon""",
    },
    {
        "id": "d104-rsvp-17", "kind": "rsvp", "attending": True,
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: " + S_UITN,
        "sender": "Rob Mertens <r.mertens@gemeente.nl>",
        "body": """Ja, ik kom naar het atelier.

Rob Mertens
Directeur""",
    },
    {
        "id": "d104-rsvp-18", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Secretariaat directie <secretariaat.directie@wo-maasland.nl>",
        "body": """Geachte heer Van de Laar,

Namens de heer Dekker laat ik u weten dat hij helaas verhinderd is voor het atelier.

Met vriendelijke groet,
Jolanda Vermeer
managementassistent directie""",
    },
    {
        "id": "d104-rsvp-19", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "gmail",
        "subject": "Re: " + S_ANNUL,
        "sender": "Noor Aydin <noor.aydin@werkorganisatie-heuvelrug-oost.nl>",
        "body": """Jammer van de annulering destijds. Voor het atelier in november meld ik me bij deze aan.

Noor Aydin""",
    },
    {
        "id": "d104-rsvp-20", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-en",
        "sender": "Theo Klaassen <t.klaassen@wo-gooise-meren-oost.nl>",
        "body": """Eerder gaf ik aan dat ik niet kon, maar mijn afspraak is verzet: ik kom toch.

Theo""",
    },
    {
        "id": "d104-rsvp-21", "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "apple",
        "subject": "Re: " + S_HERATL,
        "sender": "Elske Dijkstra <e.dijkstra@wo-waadhoeke-noord.nl>",
        "body": """Ik ben er, maar met 2 gasten in plaats van 1: onze nieuwe concerncontroller sluit ook aan.

Elske""",
    },
    {
        "id": "d104-rsvp-22", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Arjen Wolff <arjen.wolff@werkorganisatie-ede-barneveld.nl>",
        "body": """Noteer mij alvast voor het volgende atelier: ik kom.

Arjen""",
    },
    {
        "id": "d104-rsvp-23", "kind": "rsvp", "attending": False,
        "thread": "welcome", "quoted": "welkom", "quote": "notes",
        "subject": "Antwoord: " + S_WELKOM,
        "sender": "Mr. F.C. Hoogendijk <fc.hoogendijk@wo-goeree-overflakkee.nl>",
        "body": """Geachte heer Van de Laar,

Naar aanleiding van de uitnodiging voor het atelier van 6 november bericht ik u dat ik tot mijn spijt
verhinderd ben. Ik beantwoord daartoe uw welkomstbericht, omdat de uitnodiging zelf mij niet heeft bereikt.

Met vriendelijke groet,

Mr. F.C. Hoogendijk""",
    },
    {
        "id": "d104-rsvp-24", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quote": "none",
        "subject": "RE: " + S_UITN,
        "sender": "Ilse Kamphuis <i.kamphuis@wo-olst-wijhe-raalte.nl>",
        "body": """> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

ja, ik kom

> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

nee, alleen ikzelf

Ilse Kamphuis""",
    },
    # ------------------------------------------------------------------ topics, under whatever old mail came to hand
    {
        "id": "d104-sugg-01", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Edwin Tap <e.tap@werkorganisatie-beemster-purmerend.nl>",
        "body": """Beste Stan,

Ik wil er nog een onderwerp aan toevoegen: hoe houden we als werkorganisatie grip op de personeelskosten, nu de
cao-stijgingen hoger uitvallen dan we begroot hadden?

Groet,
Edwin Tap""",
    },
    {
        "id": "d104-sugg-02", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "welcome", "quoted": "welkom", "quote": "gmail",
        "subject": "Re: " + S_WELKOM,
        "sender": "Tamara Jonker <tamara.jonker@wo-zaanstreek-noord.nl>",
        "body": """\
Dank voor het welkom! U vraagt naar een onderwerp; dit houdt mij bezig: hoe ga je om met een deelnemende
gemeente die overweegt uit de gemeenschappelijke regeling te stappen?

Tamara Jonker""",
    },
    {
        "id": "d104-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "outlook-nl",
        "sender": "Hugo Brouwer <h.brouwer@werkorganisatie-altena-noord.nl>",
        "body": """Goedemorgen,

Ik gebruik deze oude mail even om een onderwerp aan te dragen voor het najaar: de doorontwikkeling van ons
klantcontactcentrum naar één loket voor inwoners én ondernemers.

Met vriendelijke groet,
Hugo Brouwer""",
    },
    {
        "id": "d104-sugg-04", "kind": "suggestion", "themes": ["strategie"],
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "apple",
        "subject": "Re: " + S_HERATL,
        "sender": "Femke van Rijn <f.vanrijn@werkorganisatie-molenlanden.nl>",
        "body": """\
Idee voor een volgend atelier: hoe stel je een koers voor tien jaar op als de bestuurlijke prioriteiten
om de vier jaar wisselen?

Femke

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d104-sugg-05", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Stefan Hoogland <s.hoogland@wo-rijnwaarden.nl>",
        "body": """\
Ik reageer op een bericht van twee jaar terug, excuus daarvoor. Ik heb een thema voor het volgende atelier:
informatiebeveiliging en de BIO in een werkorganisatie die voor drie gemeenten de ICT verzorgt.

Stefan Hoogland
directeur bedrijfsvoering""",
    },
    {
        "id": "d104-sugg-06", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "subject": "Antwoord: " + S_UITN,
        "sender": "Karel Jacobs <k.jacobs@werkorganisatie-peel-en-maas.nl>",
        "body": """Los van deze uitnodiging draag ik graag een onderwerp aan: welke indicatoren en dashboards gebruiken
collega's om de kwaliteit van hun dienstverlening aan inwoners te volgen?

K. Jacobs""",
    },
    {
        "id": "d104-sugg-07", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "subject": "Re: " + S_OPROEP,
        "sender": "Inge Boersma <i.boersma@werkorganisatie-heerenveen-weststellingwerf.nl>",
        "body": """Mijn onderwerpen:
- arbeidsmarktkrapte en het binden van jonge medewerkers
- hoe wij als werkorganisatie omgaan met de uiteenlopende ambities van onze drie gemeenten

Inge Boersma""",
    },
    {
        "id": "d104-sugg-08", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Dennis Wijnands <d.wijnands@wo-heerlen-voerendaal.nl>",
        "body": """\
Voor de volgende keer: de financiële positie van de werkorganisatie. Hoe bouw je weerstandsvermogen op
en stuur je strakker op de eigen begroting?

Dennis""",
    },
    {
        "id": "d104-sugg-09", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: " + S_OPROEP,
        "sender": "Roos Vermeulen <roos.vermeulen@werkorganisatie-bommelerwaard.nl>",
        "body": """Ik kom zeker. Onderwerp: dienstverlening aan ondernemers – hoe zorgen we dat een vergunning in alle
vier de gemeenten even snel en even goed loopt?

Roos""",
    },
    {
        "id": "d104-sugg-10", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Michiel Kramer <m.kramer@werkorganisatie-rivierenland-west.nl>",
        "body": """Beste Melanie,

Twee jaar geleden kreeg ik deze welkomstmail met de vraag of ik een onderwerp had. Nu heb ik er een: de positie
van onze werkorganisatie tegenover de regionale verbanden (veiligheidsregio, GGD, omgevingsdienst) en wie
namens de gemeenten aan tafel zit.

Groet,
Michiel Kramer""",
    },
    {
        "id": "d104-sugg-11", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "gmail",
        "subject": "Re: " + S_WACHT,
        "sender": "Judith Claassen <j.claassen@dienst-nijmegen-ommeland.nl>",
        "body": """Los van de wachtlijst: ik heb een onderwerp voor een volgend atelier, namelijk de inzet van AI en
algoritmes in onze werkprocessen.

Judith""",
    },
    {
        "id": "d104-sugg-12", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Gijs Hendriks <g.hendriks@werkorganisatie-montferland-oost.nl>",
        "body": """Beste Stan en Melanie,

Een suggestie voor later: hoe vertaal je een gezamenlijke toekomstvisie van de colleges naar een koers voor de
werkorganisatie, en hoe ga je om met gemeenten die daarin elk een andere ambitie hebben?

Vriendelijke groet,
Gijs Hendriks""",
    },
    {
        "id": "d104-sugg-13", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "notes-wrote",
        "sender": "Ria Timmermans <r.timmermans@wo-someren-asten.nl>",
        "body": """\
In aanvulling op mijn eerdere suggestie: ook ons sturingsconcept (opdrachtgever, opdrachtnemer, eigenaar)
verdient een keer een hele middag.

Ria Timmermans""",
    },
    {
        "id": "d104-sugg-14", "kind": "suggestion", "themes": ["strategie"],
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "sender": "Barbara Evers <b.evers@wo-hilvarenbeek-goirle.nl>",
        "body": """Ik zie dat dit atelier van vorig jaar destijds verplaatst is. Voor een volgende keer wil ik graag de
bestuurlijke prioriteiten voor de nieuwe raadsperiode op de agenda zetten: wat betekenen die voor onze
inhoudelijke agenda?

Barbara Evers""",
    },
    {
        "id": "d104-sugg-15", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "welcome", "quoted": "welkom", "quote": "ongemarkeerd",
        "sender": "Sander Visser <s.visser@wo-texel-hollandskroon.nl>",
        "body": """\
Onderwerp voor het atelier: de inzet van inwonerspanels om de kwaliteit van onze dienstverlening te meten.

S. Visser""",
    },
    {
        "id": "d104-sugg-16", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Jacqueline Mol <j.mol@werkorganisatie-oss-bernheze.nl>",
        "body": """\
Strategie: wat is onze ambitie als werkorganisatie over tien jaar, en wie bepaalt die? Dat zou ik graag
met collega's verkennen.

Jacqueline Mol""",
    },
    {
        "id": "d104-sugg-17", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": None, "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "FW: " + S_OPROEP,
        "sender": "Frits Hoeksema <f.hoeksema@gemeente.nl>",
        "body": """Voor het secretariaat van het netwerk, mijn onderwerp:

de samenwerking met buurgemeenten buiten onze fusie in het sociaal domein – waar leg je de grens?

Frits Hoeksema""",
    },
    {
        "id": "d104-sugg-18", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 2 oktober 2025 [atelier:2025-2]",
        "sender": "Lieke Bakker <l.bakker@werkorganisatie-aa-en-hunze-tynaarlo.nl>",
        "body": """\
> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's
> bespreken?

Hoe helpen we ondernemers die zich bij ons vestigen aan één vast aanspreekpunt, in plaats van drie loketten?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 20 augustus 2025.

Ik weet dat die datum voorbij is; misschien voor het komende atelier.

Lieke Bakker""",
    },
    # ------------------------------------------------------------------ machine answers
    {
        "id": "d104-auto-01", "kind": "autoreply",
        "thread": "invitation", "quote": "none",
        "subject": "Automatisch antwoord: " + S_UITN,
        "sender": "Petra Wijngaard <p.wijngaard@wo-zeeuws-vlaanderen.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Ik ben afwezig tot en met 14 augustus en lees mijn mail niet. Voor dringende zaken kunt u contact
opnemen met het secretariaat van de directie, 0115 - 45 67 89.

Met vriendelijke groet,
Petra Wijngaard""",
    },
    {
        "id": "d104-auto-02", "kind": "autoreply",
        "thread": "call_for_themes", "quote": "none",
        "subject": "Automatic reply: " + S_OPROEP,
        "sender": "Ronald Pieters <r.pieters@wo-venlo-regio.nl>",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """I am out of the office until Monday 3 February with limited access to e-mail.
Your message will not be forwarded.""",
    },
    {
        "id": "d104-auto-03", "kind": "autoreply",
        "thread": "welcome", "quote": "none",
        "subject": "Automatisch antwoord: " + S_WELKOM,
        "sender": "Info <info@gemeente-loppersum-oud.nl>",
        "body": """Dit e-mailadres is niet meer in gebruik. Sinds de herindeling bereikt u ons via info@eemsdelta.nl.
Dit bericht is automatisch verzonden; u kunt hier niet op antwoorden.""",
    },
    {
        "id": "d104-auto-04", "kind": "autoreply",
        "thread": "reminder", "quote": "none",
        "subject": "Afwezig: " + S_HERATL,
        "sender": "W. de Graaf <w.degraaf@werkorganisatie-cranendonck.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Ik ben met verlof tot 22 maart. Uw bericht wordt niet doorgestuurd.""",
    },
    {
        "id": "d104-auto-05", "kind": "autoreply",
        "thread": "confirmation", "quote": "none",
        "subject": "Ontvangstbevestiging: " + S_BEV,
        "sender": "Klantcontact <klantcontact@werkorganisatie-de-liemers.nl>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
        "body": """Geachte afzender,

Wij hebben uw e-mail in goede orde ontvangen. Wij streven ernaar binnen vijf werkdagen te reageren.

Met vriendelijke groet,
Team Klantcontact
Dit is een automatisch gegenereerd bericht.""",
    },
    {
        "id": "d104-auto-06", "kind": "autoreply",
        "thread": "goodbye", "quote": "none",
        "subject": "Automatisch antwoord: " + S_AFM,
        "sender": "Annelies Ruiter <a.ruiter@wo-hardinxveld-giessendam.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Met ingang van 1 juni werk ik niet meer bij de werkorganisatie. Uw e-mail wordt niet doorgestuurd.
Voor directiezaken kunt u terecht bij directie@wo-hardinxveld-giessendam.nl.""",
    },
    # ------------------------------------------------------------------ look-alikes for the secretariat
    {
        "id": "d104-other-01", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Erwin Zijlstra <e.zijlstra@werkorganisatie-sudwest-fryslan.nl>",
        "body": """Hallo,

Ik vond deze uitnodiging van vorig jaar terug. Is er dit najaar ook een atelier, en zo ja, wanneer? Ik heb nog
niets ontvangen.

Erwin Zijlstra""",
    },
    {
        "id": "d104-other-02", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-en",
        "sender": "Natasja Huisman <n.huisman@wo-emmen-coevorden.nl>",
        "body": """Sinds de zomer krijg ik al jullie berichten twee keer binnen. Kan dat worden opgelost? Het is nogal
storend in een toch al volle mailbox.

N. Huisman""",
    },
    {
        "id": "d104-other-03", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: " + S_UITN,
        "sender": "Arnoud Smeenk <a.smeenk@wo-hengelo-borne.nl>",
        "body": """Graag bevestig ik mijn deelname aan de najaarsbijeenkomst van de Kring van Gemeentesecretarissen
op 19 september in Zwolle.

Arnoud Smeenk""",
    },
    {
        "id": "d104-other-04", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Mariska de Wit <m.dewit@werkorganisatie-midden-delfland.nl>",
        "body": """Wat een inspirerende middag was het. Dank aan jullie beiden voor de organisatie!

Mariska""",
    },
    {
        "id": "d104-other-05", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Hendrik Bakker <h.bakker@wo-ooststellingwerf.nl>",
        "body": """Beste Stan,

Geen onderwerp, wel een verzoek: zouden jullie het atelier eens in de ochtend kunnen houden, en dan op een
locatie in het noorden? Voor ons is Utrecht op een donderdagmiddag een hele onderneming.

Hendrik Bakker""",
    },
    {
        "id": "d104-other-06", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "groupwise",
        "subject": "Re: " + S_WELKOM,
        "sender": "P.J. Verwoerd <pj.verwoerd@wo-beesel-swalmen.nl>",
        "body": """Welke gegevens hebben jullie eigenlijk van mij opgeslagen? Ik ontvang graag een overzicht.

P.J. Verwoerd""",
    },
    {
        "id": "d104-other-07", "kind": "other",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Yasmina Bennani <y.bennani@wo-lansingerland-oost.nl>",
        "body": """Ik heb mij nergens aangemeld. Hoe komen jullie aan mijn e-mailadres?

Y. Bennani""",
    },
    {
        "id": "d104-other-08", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Secretariaat WO Zuid-Oost <secretariaat@wo-zuidoost-drenthe.nl>",
        "body": """Goedemiddag,

Mevrouw Brouwer, aan wie deze uitnodiging gericht was, is niet meer bij ons in dienst. Ik laat het u even weten.

Met vriendelijke groet,
Secretariaat""",
    },
    {
        "id": "d104-other-09", "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "subject": "Re: " + S_HERATL,
        "sender": "Jelle Hoekman <j.hoekman@wo-weststellingwerf.nl>",
        "body": """Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein komen?

Jelle""",
    },
    {
        "id": "d104-other-10", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "subject": "Antwoord: " + S_UITN,
        "sender": "Lenny Groot <l.groot@wo-waterland-edam.nl>",
        "body": """Ik kom graag, mits ik mijn beleidsadviseur mag meenemen; zij is geen directeur. Kan dat?

Lenny Groot""",
    },
    {
        "id": "d104-other-11", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Harm Dijkstra <h.dijkstra@wo-zuidwest.nl>",
        "body": """Goedemorgen,

Mijn e-mailadres verandert per 1 januari in h.dijkstra@werkorganisatie-zuidwest.nl. Wilt u dat aanpassen?

Harm Dijkstra""",
    },
    {
        "id": "d104-other-12", "kind": "other",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-en",
        "sender": "Bianca Schouten <b.schouten@wo-kaag-braassem.nl>",
        "body": """Kunnen jullie ook mijn collega van de Dienst Sociaal Domein aanmelden? Hij heet Ruud en is sinds kort
directeur.

Bianca""",
    },
    {
        "id": "d104-other-13", "kind": "other",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "apple",
        "subject": "Re: " + S_AFM,
        "sender": "Willem Jonkman <w.jonkman@wo-noordenveld.nl>",
        "body": """Dank voor de bevestiging en voor de fijne jaren in het netwerk.

Willem""",
    },
    {
        "id": "d104-other-14", "kind": "other",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Corinne Baars <c.baars@wo-velsen-beverwijk.nl>",
        "body": """Ik heb me helemaal niet afgemeld! Wie heeft dat verzoek ingediend, en namens wie?

Corinne Baars""",
    },
    {
        "id": "d104-other-15", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Robin Slagter <robin@verbindendbestuur-advies.nl>",
        "body": """Beste organisatoren,

Wij zijn een adviesbureau dat werkorganisaties begeleidt bij de doorontwikkeling van hun sturingsmodel. Graag
verzorgen wij tijdens een volgend atelier een interactieve workshop. Zullen we een kennismaking plannen?

Met vriendelijke groet,
Robin Slagter
Verbindend Bestuur Advies""",
    },
    {
        "id": "d104-other-16", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Evert Lubbers <e.lubbers@wo-dinkelland-losser.nl>",
        "body": """Beste secretariaat,

Ik las dat de Adviesraad de suggesties weegt. Ik wil me graag kandidaat stellen voor een plek in die Adviesraad.

Evert Lubbers""",
    },
    {
        "id": "d104-other-17", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "apple",
        "subject": "Re: " + S_WELKOM,
        "sender": "Saskia Brugman <s.brugman@wo-leudal.nl>",
        "body": """\
Mag de directeur van onze omgevingsdienst ook lid worden, of is het netwerk alleen voor fusieorganisaties
van gemeenten?

Saskia""",
    },
    {
        "id": "d104-other-18", "kind": "other",
        "thread": None, "quote": "none",
        "subject": "Atelier 6 november",
        "sender": "Bureau directie <bureaudirectie@wo-berg-en-dal.nl>",
        "body": """Geacht secretariaat,

Namens mevrouw Jansen laat ik u weten dat zij op 6 november aanwezig is bij het atelier.

Met vriendelijke groet,
Esther Kuijpers
bureau directie""",
    },
    {
        "id": "d104-other-19", "kind": "other",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "groupwise",
        "subject": "Re: " + S_ANNUL,
        "sender": "T. Wessels <t.wessels@wo-oude-ijsselstreek.nl>",
        "body": """Is er inmiddels al een nieuwe datum bekend? Ik wil hem graag vrijhouden.

T. Wessels""",
    },
    {
        "id": "d104-other-20", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Nathalie Claes <n.claes@wo-maastricht-heuvelland.nl>",
        "body": """\
Dank voor het verslag. Kunnen jullie ook de presentatie van de inleider delen? Die wil ik graag met mijn MT
bespreken.

Nathalie Claes""",
    },
    {
        "id": "d104-other-21", "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Gerrit Lok <g.lok@wo-staphorst-zwartewaterland.nl>",
        "body": """\
Ik hoorde dat de ateliers voortaan alleen nog online zijn. Klopt dat? In dat geval meld ik me af als lid.

Gerrit Lok""",
    },
    {
        "id": "d104-other-22", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Esmee Langeveld <e.langeveld@wo-teylingen-noordwijk.nl>",
        "body": """Graag meld ik mij af voor de algemene ledenvergadering van de Vereniging van Griffiers op 12 juni;
ik ben die avond verhinderd.

Esmee Langeveld""",
    },
    {
        "id": "d104-other-23", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "notes",
        "subject": "Antwoord: " + S_WELKOM,
        "sender": "R. Verkerk <r.verkerk@wo-nieuwkoop-alphen.nl>",
        "body": """Klopt het dat er geen kosten aan het lidmaatschap verbonden zijn, ook niet voor de ateliers zelf?
Onze controller vraagt ernaar.

R. Verkerk""",
    },
    {
        "id": "d104-other-24", "kind": "other",
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "apple",
        "subject": "Re: " + S_WACHT,
        "sender": "Kim Oosterhuis <k.oosterhuis@wo-midden-groningen-zuid.nl>",
        "body": """Op welke plek sta ik nu op de wachtlijst? Ik moet mijn agenda voor die week rond krijgen.

Kim""",
    },
    {
        "id": "d104-other-25", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "Tom Reijnders <t.reijnders@wo-asten-someren-deurne.nl>",
        "body": """\
Mooi initiatief. Een tip: zet de data van de ateliers alvast een jaar vooruit op de website, dan kunnen
wij ze in de directieagenda blokkeren.

Tom Reijnders""",
    },
    {
        "id": "d104-other-26", "kind": "other",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "gmail",
        "subject": "Re: " + S_HBEV,
        "sender": "Laura Kok <l.kok@wo-drimmelen-geertruidenberg.nl>",
        "body": """Voordat ik bevestig: hoeveel tijd wordt er van leden verwacht, naast de twee ateliers per jaar?

Laura Kok""",
    },
    {
        "id": "d104-other-27", "kind": "other",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "apple",
        "subject": "Re: " + S_BEDANKT,
        "sender": "Niels Post <n.post@wo-buren-culemborg.nl>",
        "body": """Top, dank voor het noteren!

Niels

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d104-other-28", "kind": "other",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "groupwise",
        "subject": "Re: " + S_AFM,
        "sender": "E.J. Meijering <ej.meijering@wo-stadskanaal-vlagtwedde.nl>",
        "body": """\
Mijn collega is inmiddels directeur geworden en wil misschien lid worden. Kan ik u zijn gegevens later
doorgeven, of moet hij zich zelf melden?

E.J. Meijering""",
    },
    {
        "id": "d104-other-29", "kind": "other",
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "subject": "RE: " + S_UITN,
        "sender": "Dorien Veenman <dorien.veenman@outlook.com>",
        "body": """Hierbij meld ik mij met één collega aan voor de regiodag van het Platform Regionale Samenwerking
op 24 oktober in Den Bosch. Wilt u ons beiden op de deelnemerslijst zetten?

Dorien Veenman
directeur Werkorganisatie Maaskant""",
    },
    {
        "id": "d104-other-30", "kind": "other",
        "thread": "invitation", "quote": "none",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 9 oktober 2025 [atelier:2025-2]",
        "sender": "Marcel Hulst <m.hulst@wo-tholen-reimerswaal.nl>",
        "body": """Ik was er in oktober 2025 bij, maar heb nooit een verslag ontvangen. Is dat er nog gekomen?

Marcel Hulst

> Op 2 sep. 2025 om 10:30 schreef Netwerk van directeuren van ambtelijke fusieorganisaties
> <info@ambtelijkefusie.nl>:
> Graag nodigen wij u uit voor het Leer- en inspireer-atelier op donderdag 9 oktober 2025.""",
    },
]
# fmt: on
