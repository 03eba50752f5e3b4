"""Devset 110: mail that sounds like an act the service could take on its own but must go to a person, each next to
a genuine act it resembles.

Pairs (``-o`` the lookalike for the secretariat, ``-g`` its genuine counterpart): a leave that depends on an answer,
a leave announced for later with a question, how leaving works or whether it erases data, what a colleague intends,
"afmelden" about something else (another newsletter, a meeting at the writer's own municipality), a director who
nearly left but stays, sign-up questions for a team leader or a whole MT, a yes on a condition the secretariat must
confirm (parking, allergy, accreditation, a guest), a yes for someone else in a new mail, a proposal about the form
of the ateliers, a question what we keep, a request to move the date, a forward to a colleague with us in cc, thanks
that mention coming again; and plain leaves, joins, confirmations, yeses, noes, erasures, hand-overs and topics.

Conventions relied on (dataset brief):
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`. Without the address, or
  several people at once: `other`.
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
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
"""

from __future__ import annotations

from typing import Any

UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- p01: a leave that depends on an answer / a plain leave -------------------------------------------------
    {
        "id": "d110-p01-o", "kind": "other", "thread": None,
        "sender": "Gerrit Hoekstra <g.hoekstra@werkorganisatie-nwf.nl>",
        "subject": "Ateliers voortaan online?",
        "body": """\
Goedemiddag,

Van een collega hoorde ik dat de ateliers voortaan alleen nog via Teams worden gehouden. Klopt dat?
Als de ateliers online blijven, stop ik met het netwerk; voor mij zit de waarde juist in elkaar
in de ogen kijken en de gesprekken bij de koffie. Ik hoor graag hoe het zit voordat ik een besluit neem.

Gerrit Hoekstra
Algemeen directeur Werkorganisatie Noordwest-Fryslân
""",
    },
    {
        "id": "d110-p01-g", "kind": "unsubscribe", "thread": None,
        "sender": "Annelies Verhoef <a.verhoef@gemeente-oostland.nl>",
        "subject": "Afmelding netwerk",
        "body": """\
Beste secretariaat,

Sinds 1 februari werk ik niet meer bij de gemeente; ik heb een functie in het onderwijs aanvaard.
Wilt u mij daarom afmelden voor het netwerk?

Dank voor de mooie bijeenkomsten van de afgelopen jaren.

Met vriendelijke groet,
Annelies Verhoef
""",
    },
    # --- p02: a leave announced for later, with a question / leave and decline now --------------------------------
    {
        "id": "d110-p02-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jan-Willem Dekker <jw.dekker@hollandsmidden-wo.nl>",
        "body": """\
Beste Stan en Melanie,

Op 11 maart ben ik er nog graag bij, maar daarna houdt het op: in mei ga ik met pensioen. Moet ik mij
dan zelf nog afmelden, of regelt u dat als ik het nu al doorgeef? En kan mijn opvolger zonder meer
instromen, ook als die pas in het najaar begint?

Hartelijke groet,
Jan-Willem Dekker
Directeur Werkorganisatie Holland Midden
""",
    },
    {
        "id": "d110-p02-g", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Paulien Kroes <paulien.kroes@icloud.com>",
        "body": """\
Helaas kan ik de 11e niet komen. Eerlijk gezegd stop ik ook met het netwerk: mijn portefeuille is
veranderd en ik ben niet langer verantwoordelijk voor de werkorganisatie. Wilt u mij van de lijst halen?

Groet, Paulien

Verstuurd vanaf mijn iPhone
""",
    },
    # --- p03: how does one leave / a bare leave under the welcome --------------------------------------------------
    {
        "id": "d110-p03-o", "kind": "other", "thread": None,
        "sender": "Rik Spaans <r.spaans@dewoldenhoogeveen.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": """\
Hallo,

Een praktische vraag: als ik op termijn zou willen stoppen met het netwerk, hoe werkt dat dan precies?
Is er een opzegtermijn, of kan het van de ene op de andere dag? Ik wil het alleen even weten, ik ben
nog niet van plan om te stoppen.

Groet,
Rik Spaans
""",
    },
    {
        "id": "d110-p03-g", "kind": "unsubscribe", "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Tom Beukers <tombeukers71@gmail.com>",
        "body": "afmelden aub\n\nTom",
    },
    # --- p04: does leaving erase my data / leave and erase --------------------------------------------------------
    {
        "id": "d110-p04-o", "kind": "other", "thread": None,
        "sender": "Yvonne Lamers <y.lamers@buch-werkorganisatie.nl>",
        "subject": "Gegevens na afmelding",
        "body": """\
Geachte heer, mevrouw,

Als ik mij afmeld voor het netwerk, worden mijn gegevens dan meteen verwijderd, of bewaart u die nog een
tijd? Ik overweeg te stoppen, maar wil eerst weten wat er met mijn gegevens gebeurt.

Met vriendelijke groet,

Y. Lamers
Directeur bedrijfsvoering

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder het
bericht dan en informeer de afzender.
""",
    },
    {
        "id": "d110-p04-g", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Marco Heijnen <m.heijnen@werkorganisatie-lingewaard.nl>",
        "subject": "Afmelden en gegevens verwijderen",
        "body": """\
Goedemorgen,

Graag meld ik mij af voor het netwerk. Ik verzoek u tevens al mijn persoonsgegevens te verwijderen,
conform de AVG.

Met vriendelijke groet,
Marco Heijnen
""",
    },
    # --- p05: what a colleague intends / a hand-over with the successor's address --------------------------------
    {
        "id": "d110-p05-o", "kind": "other", "thread": None,
        "sender": "Ingrid Ploeg <i.ploeg@sed-organisatie.nl>",
        "subject": "Collega Hans Brouwer",
        "body": """\
Beste Melanie,

Even een signaal: mijn collega Hans Brouwer, directeur bedrijfsvoering, liet vorige week vallen dat hij
wil stoppen met het netwerk. Hij heeft het erg druk en komt er zelf waarschijnlijk niet toe om het door
te geven. Misschien kun je eens contact met hem opnemen? Het zou zonde zijn als hij afhaakt.

Groet,
Ingrid
""",
    },
    {
        "id": "d110-p05-g", "kind": "unsubscribe", "thread": None,
        "sender": "Frank Wolters <f.wolters@werkorganisatie-cgm.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": """\
Beste secretariaat,

Sinds deze maand heeft Sanne Kuipers mijn functie als directeur van de werkorganisatie overgenomen.
Haar adres is s.kuipers@werkorganisatie-cgm.nl. Wilt u haar in mijn plaats opnemen in het netwerk
en mij afmelden?

Met vriendelijke groet,
Frank Wolters
""",
    },
    # --- p06: "afmelden" for another organisation's newsletter / a plain leave ------------------------------------
    {
        "id": "d110-p06-o", "kind": "other", "thread": None,
        "sender": "Loes van Rijswijk <l.vanrijswijk@gemeente-zuidplas-wo.nl>",
        "subject": "Nieuwsbrief blijft komen",
        "body": """\
Goedendag,

Ik heb me inmiddels drie keer afgemeld voor de nieuwsbrief van de Vereniging van Gemeentesecretarissen,
maar hij blijft binnenkomen. Het is hetzelfde adres als waarop ik uw uitnodigingen ontvang. Hebben jullie
misschien mijn adres aan hen doorgegeven? Ik zou graag weten hoe dat zit.

Loes van Rijswijk
""",
    },
    {
        "id": "d110-p06-g", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes",
        "sender": "Harm Jonkman <harm.jonkman@wo-achterhoekoost.nl>",
        "body": """\
Ik wil mij graag afmelden voor het netwerk. Dank voor de afgelopen jaren.

H. Jonkman
""",
    },
    # --- p07: "afmelden" for a meeting at their own municipality / declining the atelier --------------------------
    {
        "id": "d110-p07-o", "kind": "other", "thread": None,
        "sender": "Bert Rozendaal <b.rozendaal@gemeente-heuvelrug.nl>",
        "subject": "Afmelding overleg 14 maart",
        "body": """\
Beste Karin,

Hierbij meld ik mij af voor het portefeuillehoudersoverleg van 14 maart in het gemeentehuis. Ik zit die
ochtend bij de accountant. Wil je de stukken wel naar mij doorsturen?

Groet,
Bert
""",
    },
    {
        "id": "d110-p07-g", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Bert Rozendaal <b.rozendaal@gemeente-heuvelrug.nl>",
        "body": """\
Beste organisatie,

Voor het atelier van 11 maart moet ik mij helaas afmelden; die middag hebben we een extra raadsvergadering.
Ik blijf graag op de hoogte van de volgende edities.

Met vriendelijke groet,
Bert Rozendaal
""",
    },
    # --- p08: nearly left but stays / leaves after doubting -------------------------------------------------------
    {
        "id": "d110-p08-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Wim Elzinga <w.elzinga@werkorganisatie-drechtsteden.nl>",
        "body": """\
Beste Stan,

Eerlijk gezegd stond ik op het punt om mij af te melden: de laatste twee ateliers sloten slecht aan op onze
situatie als kleine werkorganisatie. Maar het thema van 11 maart spreekt me erg aan, dus ik blijf toch lid.
Wel een aandachtspunt voor jullie programmering. Of ik op 11 maart kan, laat ik nog weten.

Groet,
Wim Elzinga
""",
    },
    {
        "id": "d110-p08-g", "kind": "unsubscribe", "thread": None,
        "sender": "Carla Mulder <c.mulder@ambtelijkeorganisatie-westbetuwe.nl>",
        "subject": "Opzegging lidmaatschap",
        "body": """\
Geachte heer Van de Laar, mevrouw Huurneman,

Na lang twijfelen heb ik besloten mijn lidmaatschap van het netwerk op te zeggen. De ateliers sluiten voor
onze kleine organisatie onvoldoende aan. Dank voor uw inzet en veel succes met het netwerk.

Met vriendelijke groet,

Carla Mulder
""",
    },
    # --- p09: can a team leader join / a colleague signed up with her address ------------------------------------
    {
        "id": "d110-p09-o", "kind": "other", "thread": None,
        "sender": "Erik Damen <e.damen@werkorganisatie-kempen.nl>",
        "subject": "Lidmaatschap teamleider?",
        "body": """\
Goedemiddag,

Kan een teamleider ook lid worden van het netwerk, of is het echt alleen bedoeld voor directeuren? Onze
teamleider Publiekszaken is erg geïnteresseerd in de ateliers over dienstverlening.

Met vriendelijke groet,
Erik Damen
Directeur
""",
    },
    {
        "id": "d110-p09-g", "kind": "subscribe", "thread": None,
        "sender": "Erik Damen <e.damen@werkorganisatie-kempen.nl>",
        "subject": "Aanmelding adjunct-directeur",
        "body": """\
Goedemiddag,

Onze nieuwe adjunct-directeur, Fatima el Amrani (f.elamrani@werkorganisatie-kempen.nl), wil graag lid
worden van het netwerk. Wilt u haar aanmelden?

Met vriendelijke groet,
Erik Damen
""",
    },
    # --- p10: the whole MT at once / signing up oneself ------------------------------------------------------------
    {
        "id": "d110-p10-o", "kind": "other", "thread": None,
        "sender": "Hanneke Smits <hanneke.smits@duoplus-wo.nl>",
        "subject": "Aanmelden MT",
        "body": """\
Beste secretariaat,

Wij zouden graag ons hele managementteam aanmelden voor het netwerk, in totaal vijf personen. Kunt u mij
laten weten hoe we dat het handigst doen? Dan lever ik de namen en adressen aan.

Hartelijke groet,
Hanneke Smits
Directiesecretaris
""",
    },
    {
        "id": "d110-p10-g", "kind": "subscribe", "thread": None,
        "sender": "Ruben Aksoy <r.aksoy@werkorganisatie-vijfheerenlanden.nl>",
        "subject": "Aanmelding",
        "body": """\
Beste mensen,

Via een collega-directeur hoorde ik over uw netwerk. Sinds januari ben ik directeur van de werkorganisatie
en ik meld mij graag aan als lid.

Groet,
Ruben Aksoy
""",
    },
    # --- p11: yes if there is a parking place / plain yes ----------------------------------------------------------
    {
        "id": "d110-p11-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Henk Oosterveld <henk.oosterveld@gmail.com>",
        "body": """\
Beste Melanie,

Ik kom graag, mits ik vlak bij het Stadskantoor kan parkeren: sinds mijn knieoperatie ben ik slecht ter been.
Kunt u een parkeerplaats voor mij regelen? Als dat lukt, zie ik u de 11e.

Henk Oosterveld
""",
    },
    {
        "id": "d110-p11-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Saskia Brands <s.brands@werkorganisatie-rijnstreek.nl>",
        "body": "Ja, ik kom! Tot de 11e.\n\nSaskia\n\nVerstuurd vanaf mijn iPad",
    },
    # --- p12: yes once an allergy is confirmed / yes with a guest --------------------------------------------------
    {
        "id": "d110-p12-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Mirjam de Boer <m.deboer@werkorganisatie-bbr.nl>",
        "body": """\
Beste Stan,

Ik zou er graag bij zijn. Ik heb wel een ernstige notenallergie. Kunt u bij de catering nagaan of daar
rekening mee gehouden kan worden? Pas als ik dat weet, zeg ik definitief toe.

Met vriendelijke groet,
Mirjam de Boer
""",
    },
    {
        "id": "d110-p12-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Arjen Postma <a.postma@ambtelijkefusie-zuidwest.nl>",
        "body": """\
Goedemorgen,

Ik kom, samen met onze concerncontroller. Dus twee personen.

Met vriendelijke groet,

Arjen Postma
Algemeen directeur
T 0113 - 24 98 00
""",
    },
    # --- p13: a yes for the director in a new mail / the same in reply to the invitation -------------------------
    {
        "id": "d110-p13-o", "kind": "other", "thread": None,
        "sender": "Secretariaat directie <secretariaatdirectie@dewoldenhoogeveen.nl>",
        "subject": "Atelier 11 maart",
        "body": """\
Geachte heer, mevrouw,

Namens de heer Van Dijk, algemeen directeur, laat ik u weten dat hij op 11 maart aanwezig zal zijn bij
het Leer- en inspireer-atelier in Utrecht.

Met vriendelijke groet,

Joke Hulshof
Managementassistent
""",
    },
    {
        "id": "d110-p13-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Bureau directie <bureaudirectie@werkorganisatie-oostland.nl>",
        "body": """\
Goedemiddag,

Namens mevrouw Jansen bevestig ik dat zij het atelier van 11 maart bijwoont. Ik heb het in haar agenda gezet.

Met vriendelijke groet,
Petra Kok
Secretaresse directie
""",
    },
    # --- p14: may a non-director go instead / a named substitute --------------------------------------------------
    {
        "id": "d110-p14-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Gijs Versteeg <g.versteeg@werkorganisatie-krimpenerwaard.nl>",
        "body": """\
Goedemorgen,

Zelf kan ik op 11 maart niet. Mag ik in mijn plaats iemand sturen die geen directeur is, bijvoorbeeld onze
strategisch adviseur? Of is het atelier echt alleen voor directeuren bedoeld?

Gijs Versteeg
""",
    },
    {
        "id": "d110-p14-g", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Anouk Teunissen <a.teunissen@werkorganisatie-bvo.nl>",
        "body": """\
Ik kan zelf niet, maar mijn collega Joost Verbeek (j.verbeek@werkorganisatie-bvo.nl) komt in mijn plaats.

Met groet,
Anouk Teunissen
""",
    },
    # --- p15: a day of the week / a topic (samenwerking) -----------------------------------------------------------
    {
        "id": "d110-p15-o", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Marleen Hofstra <m.hofstra@werkorganisatie-sudwestfryslan.nl>",
        "body": """\
Beste Stan en Melanie,

Mijn suggestie gaat niet zozeer over het onderwerp: zou u het atelier eens op een vrijdagochtend willen
plannen? Donderdagmiddag is bij veel van ons de vaste dag voor het collegeoverleg.

Hartelijke groet,
Marleen Hofstra
""",
    },
    {
        "id": "d110-p15-g", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Pieter Bakker <p.bakker@werkorganisatie-hlt.nl>",
        "body": """\
Beste Stan en Melanie,

Een onderwerp voor 11 maart: hoe ga je om met een deelnemende gemeente die uit de gemeenschappelijke
regeling wil stappen? Bij ons speelt dat nu heel concreet en ik ben benieuwd hoe anderen dat hebben aangepakt.

Groet,
Pieter Bakker
""",
    },
    # --- p16: make it hybrid / a topic (organisatie) ---------------------------------------------------------------
    {
        "id": "d110-p16-o", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Douwe Sikkema <d.sikkema@noardeast-wo.nl>",
        "body": """\
Mooie middag, dank daarvoor!

Eén tip voor de vorm: maak het volgende atelier hybride, dan kunnen de collega's uit het noorden makkelijker
aansluiten. Drie uur heen en terug naar Utrecht voor een middag is fors.

Douwe
""",
    },
    {
        "id": "d110-p16-g", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Nathalie Claassen <n.claassen@werkorganisatie-maasenwaal.nl>",
        "body": """\
Dank voor een goede middag. Voor de volgende keer zou ik graag spreken over strategische
personeelsplanning: hoe houden we onze formatie op peil als de arbeidsmarkt zo krap blijft?

Nathalie Claassen
""",
    },
    # --- p17: shorter ateliers / a topic (dienstverlening) ---------------------------------------------------------
    {
        "id": "d110-p17-o", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Kees van Leeuwen <k.vanleeuwen@werkorganisatie-altena.nl>",
        "body": """\
Geen inhoudelijk onderwerp van mijn kant, wel een verzoek: drieënhalf uur is lang. Kunnen we naar een
ochtend van twee uur, met een strakker programma?

Kees van Leeuwen
""",
    },
    {
        "id": "d110-p17-g", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Ellen Ramaker <e.ramaker@werkorganisatie-altena.nl>",
        "body": """\
Onderwerp: wat doen jullie met de cijfers van het klantcontactcentrum? Wij meten van alles over
wachttijden en klanttevredenheid, maar sturen er nauwelijks op.

Ellen Ramaker
""",
    },
    # --- p18: which data do you keep / an article 17 erasure -------------------------------------------------------
    {
        "id": "d110-p18-o", "kind": "other", "thread": None,
        "sender": "Ton Gerritsen <t.gerritsen@werkorganisatie-overbetuwe.nl>",
        "subject": "Inzage gegevens",
        "body": """\
Geachte heer, mevrouw,

Kunt u mij laten weten welke gegevens u van mij hebt vastgelegd, en waar u die vandaan hebt? Ik wil dat
graag eens zien. Ik blijf overigens gewoon lid.

Met vriendelijke groet,
T. Gerritsen
""",
    },
    {
        "id": "d110-p18-g", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Monique Verschuren <m.verschuren@werkorganisatie-overbetuwe.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "body": """\
Geachte heer, mevrouw,

Op grond van artikel 17 van de AVG verzoek ik u al mijn persoonsgegevens uit uw bestanden te verwijderen
en mij geen berichten meer te sturen. Graag ontvang ik een bevestiging.

Hoogachtend,

M. Verschuren
""",
    },
    # --- p19: could the date move / a plain no ----------------------------------------------------------------------
    {
        "id": "d110-p19-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Johan Timmer <johan_timmer@westlandmaasland-wo.nl>",
        "body": """\
11 maart gaat bij mij niet, maar ik wil er heel graag bij zijn. Is er ruimte om het atelier naar de week
erna te verschuiven? Ik vermoed dat meer collega's dan kunnen, vanwege de voorjaarsnota.

Johan Timmer
""",
    },
    {
        "id": "d110-p19-g", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Gerda Molenaar <gerda_molenaar@westlandmaasland-wo.nl>",
        "body": "Nee, helaas. Ik zit die week voor een werkbezoek in Kopenhagen.\n\nGerda Molenaar",
    },
    # --- p20: forwarded to a colleague with us in cc / forwarded by the assistant, the director says yes ----------
    {
        "id": "d110-p20-o", "kind": "other", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Erik Lammers <e.lammers@werkorganisatie-montferland.nl>",
        "subject": "FW: " + UITNODIGING,
        "body": """\
Hoi Marco,

Is dit niet iets voor jou? Jij zit veel dieper in het samenwerkingsdossier dan ik. Ik heb het secretariaat
in de cc gezet, zodat ze weten dat er misschien een reactie van jou komt.

Gr. Erik
""",
    },
    {
        "id": "d110-p20-g", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Directeur <directeur@gemeente.nl>",
        "subject": "FW: " + UITNODIGING,
        "body": """\
Graag aanmelden, ik kom op 11 maart.

Marten Brink
""",
    },
    # --- p21: thanks that mention coming again / a topic in reply to the follow-up (strategie) --------------------
    {
        "id": "d110-p21-o", "kind": "other", "thread": None,
        "sender": "Ilse Wijnands <ilse.wijnands@werkorganisatie-maashorst.nl>",
        "subject": "Bedankt!",
        "body": """\
Beste Stan en Melanie,

Wat een inspirerende middag was het gisteren. Ik kom zeker weer, en dan neem ik mijn collega uit Uden
mee, die heeft er veel over gehoord. Dank voor de fijne organisatie!

Hartelijke groet,
Ilse
""",
    },
    {
        "id": "d110-p21-g", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Reinier Faber <reinier.faber@me.com>",
        "body": """\
Dank voor het verslag. Voor het volgende atelier: hoe stel je een meerjarenvisie voor de werkorganisatie
op die verder kijkt dan de collegeperiode?

Reinier

Verstuurd vanaf mijn iPhone
""",
    },
    # --- p22: a question before confirming / a confirmation --------------------------------------------------------
    {
        "id": "d110-p22-o", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Goedemiddag,

Voordat ik bevestig: wordt mijn e-mailadres ook gedeeld met de andere deelnemers of met externe partijen?
Ik krijg al zoveel mail.

Met vriendelijke groet,
Marieke de Vries
""",
    },
    {
        "id": "d110-p22-g", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "Bij deze bevestigd.\n\nMarieke",
    },
    # --- p23: a denial asking where we got the address / a plain denial --------------------------------------------
    {
        "id": "d110-p23-o", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Sjoerd Alkema <s.alkema@planet.nl>",
        "body": """\
Ik heb mij nergens aangemeld. Hoe komt u aan mijn e-mailadres, en wie is die secretaresse die mij heeft
opgegeven?

S. Alkema
""",
    },
    {
        "id": "d110-p23-g", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Linda Veenstra <l.veenstra@gemeente-oostland.nl>",
        "body": """\
Dit moet een vergissing zijn: ik heb mij niet aangemeld voor dit netwerk.

L. Veenstra
""",
    },
    # --- p24: confirming on behalf of the director / confirming oneself ------------------------------------------
    {
        "id": "d110-p24-o", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-bbr.nl>",
        "body": """\
Goedemorgen,

Mevrouw De Vries is tot eind van de maand met verlof. Mag ik namens haar de aanmelding bevestigen? Zij had
mij gevraagd haar op te geven en wil graag lid worden.

Met vriendelijke groet,
Astrid
Secretariaat directie
""",
    },
    {
        "id": "d110-p24-g", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": "Ja, ik wil graag lid worden. Excuus voor de late reactie.\n\nM. de Vries",
    },
    # --- p26: a new address / joining -----------------------------------------------------------------------------
    {
        "id": "d110-p26-o", "kind": "other", "thread": None,
        "sender": "Gert-Jan Smeenk <gj.smeenk@werkorganisatie-dal.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """\
Beste secretariaat,

Door de fusie met Duiven verandert per 1 april mijn e-mailadres in gj.smeenk@liemersdal.nl. Het oude adres
vervalt dan. Wilt u uw administratie aanpassen, zodat ik de uitnodigingen blijf ontvangen?

Met vriendelijke groet,
Gert-Jan Smeenk
""",
    },
    {
        "id": "d110-p26-g", "kind": "subscribe", "thread": None,
        "sender": "Bas Jongeneel <b.jongeneel@liemersdal.nl>",
        "subject": "Lid worden",
        "body": """\
Goedendag,

Ik ben deze maand gestart als algemeen directeur van de werkorganisatie Liemersdal en word graag lid van
het netwerk.

Met vriendelijke groet,
Bas Jongeneel
""",
    },
    # --- p27: stop only the reminders / end the membership ----------------------------------------------------------
    {
        "id": "d110-p27-o", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Fenna Dijkstra <f.dijkstra@werkorganisatie-tynaarlo.nl>",
        "body": """\
Beste secretariaat,

Kunt u mij afmelden voor de herinneringen? De uitnodiging met de agendabijlage is voor mij genoeg. Lid
blijven wil ik uiteraard wel. Tot donderdag!

Fenna Dijkstra
""",
    },
    {
        "id": "d110-p27-g", "kind": "unsubscribe", "thread": None,
        "sender": "Arnold Klaver <a.klaver@werkorganisatie-tynaarlo.nl>",
        "subject": "Lidmaatschap beëindigen",
        "body": """\
Beste mensen,

Ik maak al geruime tijd geen gebruik meer van het netwerk en wil mijn lidmaatschap beëindigen.

Groet,
Arnold Klaver
""",
    },
    # --- p28: a colleague reports someone left / a hand-over in reply to the invitation --------------------------
    {
        "id": "d110-p28-o", "kind": "other", "thread": None,
        "sender": "Receptie <receptie@werkorganisatie-hardenberg-ommen.nl>",
        "subject": "Uw mail aan de heer Bosman",
        "body": """\
Geachte heer, mevrouw,

Ter informatie: de heer Bosman is per 1 januari vertrokken bij onze organisatie. Zijn mailbox wordt niet
meer gelezen.

Met vriendelijke groet,
Team Facilitaire Zaken
""",
    },
    {
        "id": "d110-p28-g", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Rob Bosman <r.bosman@werkorganisatie-hardenberg-ommen.nl>",
        "body": """\
Beste Stan,

Ik ben inmiddels gestopt als directeur. Mijn opvolger is Ellen de Groot, e.degroot@werkorganisatie-hardenberg-ommen.nl.
Wilt u de uitnodiging voortaan aan haar richten en mij afmelden?

Groet,
Rob Bosman
""",
    },
    # --- p29: who asked for my leave / erasure after the leave -----------------------------------------------------
    {
        "id": "d110-p29-o", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "apple",
        "sender": "Hetty Wessels <hetty.wessels@werkorganisatie-oldambt.nl>",
        "body": """\
Ik heb mij volgens mij helemaal niet afgemeld. Wie heeft dat verzoek ingediend, en vanaf welk adres?

Hetty Wessels
""",
    },
    {
        "id": "d110-p29-g", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Jeroen Prins <j.prins@werkorganisatie-oldambt.nl>",
        "body": """\
Prima, dank u. Wilt u dan ook al mijn gegevens volledig uit uw administratie verwijderen?

Jeroen Prins
""",
    },
    # --- p31: yes but leaving early, with a question / no after the reminder --------------------------------------
    {
        "id": "d110-p31-o", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Femke Hoogland <f.hoogland@wo-schouwenduiveland.nl>",
        "body": """\
Hallo Melanie,

Ik kom, maar moet om half vier weer weg voor een collegevergadering. Is het dan nog zinvol om te komen,
of mis ik het belangrijkste deel? Zeg het gerust eerlijk.

Femke
""",
    },
    {
        "id": "d110-p31-g", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Wouter Lambregts <wouter.lambregts@gmail.com>",
        "body": """\
Helaas, ik kan niet. Er is een crisisoverleg ingepland. Geef mijn plek maar aan iemand op de wachtlijst.

Wouter
""",
    },
    # --- p32: chances on the waiting list / off the waiting list ----------------------------------------------------
    {
        "id": "d110-p32-o", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Lotte Visscher <l.visscher@werkorganisatie-hw.nl>",
        "body": """\
Beste secretariaat,

Hoe groot schat u de kans dat plaats 2 op de wachtlijst nog iets wordt? Als die klein is, plan ik die
middag iets anders in. Ik hoor het graag.

Met vriendelijke groet,
Lotte Visscher
""",
    },
    {
        "id": "d110-p32-g", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "apple",
        "sender": "Lotte Visscher <l.visscher@werkorganisatie-hw.nl>",
        "body": """\
Inmiddels kan ik toch niet meer, dus haal me maar van de wachtlijst.

Lotte
""",
    },
    # --- p33: after a cancellation, when is the new date / no to the moved date -----------------------------------
    {
        "id": "d110-p33-o", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "gmail",
        "sender": "Maarten Huisman <maarten.huisman@werkorganisatie-zaanstreek.nl>",
        "body": """\
Jammer! Wordt het een nieuwe datum in maart of pas na de zomer? Ik houd graag alvast een middag vrij.

Maarten
""",
    },
    {
        "id": "d110-p33-g", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Sandra Kamphuis <s.kamphuis@werkorganisatie-zaanstreek.nl>",
        "body": """\
Goedemiddag,

De nieuwe datum, 18 maart, komt mij slecht uit: dan is onze begrotingsbehandeling. Ik kan dan helaas niet.

Met vriendelijke groet,
Sandra Kamphuis
""",
    },
    # --- p34: the new venue, only with a parking card / yes to the new date ----------------------------------------
    {
        "id": "d110-p34-o", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "apple",
        "sender": "Dirk-Jan Veltman <dj.veltman@werkorganisatie-ede.nl>",
        "body": """\
Waarom is het atelier verplaatst naar het Provinciehuis? Parkeren is daar een drama. Als u parkeerkaarten
kunt regelen, kom ik; anders moet ik helaas passen. Laat u het weten?

Dirk-Jan

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d110-p34-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "gmail",
        "sender": "Noor Bouwman <noor.bouwman@werkorganisatie-ede.nl>",
        "body": "De nieuwe datum past me prima, ik kom.\n\nNoor Bouwman",
    },
    # --- p35: the substitute must check with the director first / the substitute says yes -----------------------
    {
        "id": "d110-p35-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Beste Stan,

Ik ben eerlijk gezegd verrast: Dirk heeft mij hier niets over gevraagd. Ik moet dit eerst met hem
afstemmen. Kunt u de plek een paar dagen voor mij vasthouden?

Met vriendelijke groet,
Marieke de Vries
""",
    },
    {
        "id": "d110-p35-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "notes",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Dank voor de uitnodiging. Ik neem de plek van Dirk graag over en kom op 11 maart.

Marieke de Vries
""",
    },
    # --- p36: applying for the Adviesraad / a topic (samenwerking) -------------------------------------------------
    {
        "id": "d110-p36-o", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Hans Evers <h.evers@werkorganisatie-peelland.nl>",
        "body": """\
Beste secretariaat,

U schrijft dat de Adviesraad de suggesties weegt. Ik zou daar graag in meedenken. Hoe kom je in de
Adviesraad, en hoeveel tijd vraagt dat ongeveer?

Met vriendelijke groet,
Hans Evers
""",
    },
    {
        "id": "d110-p36-g", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Petra van Beek <p.vanbeek@werkorganisatie-peelland.nl>",
        "body": """\
Ik stel voor: de positie van de werkorganisatie in de regio, nu de provincie steeds meer regie neemt op de
woningbouwopgave.

Petra van Beek
""",
    },
    # --- p37: a supplier's congress / a terse sign-up --------------------------------------------------------------
    {
        "id": "d110-p37-o", "kind": "other", "thread": None,
        "sender": "Evenementen Publiek Domein <events@publiekdomein-congres.nl>",
        "subject": "Congres Regionale Samenwerking 2027",
        "body": """\
Geachte secretariaat,

Op 17 juni organiseren wij het congres Regionale Samenwerking 2027. Kunnen uw leden zich via u aanmelden,
of mogen wij onze uitnodiging via uw netwerk verspreiden? Leden krijgen uiteraard korting.

Met vriendelijke groet,
Dennis Vermeulen
Publiek Domein Congressen
""",
    },
    {
        "id": "d110-p37-g", "kind": "subscribe", "thread": None,
        "sender": "Jolanda Brink <j.brink@werkorganisatie-gooi.nl>",
        "subject": "Aanmelden",
        "body": """\
Aanmelden.

J. (Jolanda) Brink
Directeur werkorganisatie
""",
    },
    # --- p38: who may join / signing up oneself from a private address ---------------------------------------------
    {
        "id": "d110-p38-o", "kind": "other", "thread": None,
        "sender": "Anton Hermans <anton.hermans@belastingsamenwerking-rivierenland.nl>",
        "subject": "Deelname aan het netwerk",
        "body": """\
Goedemorgen,

Is het netwerk ook bedoeld voor directeuren van een gemeenschappelijke regeling die geen ambtelijke
fusieorganisatie is, zoals onze belastingsamenwerking? Zo ja, dan meld ik mij graag aan.

Anton Hermans
""",
    },
    {
        "id": "d110-p38-g", "kind": "subscribe", "thread": None,
        "sender": "Claudia Roelofs <claudia.roelofs@outlook.com>",
        "subject": "Deelname netwerk",
        "body": """\
Beste secretariaat,

Graag wil ik deelnemen aan het netwerk. Ik ben sinds kort directeur van de ambtelijke fusieorganisatie
van drie Kempengemeenten. Mijn werkadres is nog niet actief, vandaar dit adres.

Hartelijke groet,
Claudia Roelofs
""",
    },
    # --- p39: another venue / a topic spanning dienstverlening and samenwerking -----------------------------------
    {
        "id": "d110-p39-o", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Sietske Bergsma <s.bergsma@werkorganisatie-heerenveen.nl>",
        "body": """\
Zou het atelier een keer bij ons in Heerenveen kunnen plaatsvinden? We hebben een mooie zaal en het scheelt
de noordelijke collega's veel reistijd.

Sietske
""",
    },
    {
        "id": "d110-p39-g", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Jelle Bosma <j.bosma@werkorganisatie-heerenveen.nl>",
        "body": """\
Mijn onderwerp: hoe breng je de dienstverlening aan inwoners op één lijn als de drie gemeenteraden elk
een eigen ambitieniveau vaststellen?

Jelle Bosma
""",
    },
    # --- p40: other activities besides the ateliers / a topic under the welcome (organisatie) --------------------
    {
        "id": "d110-p40-o", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Rianne Scholten <r.scholten@werkorganisatie-berkelland.nl>",
        "body": """\
Beste Stan en Melanie,

Dank voor het welkom! Komen er naast de ateliers ook andere activiteiten, bijvoorbeeld intervisie in
kleine groepjes? Daar zou ik veel aan hebben.

Groet,
Rianne Scholten
""",
    },
    {
        "id": "d110-p40-g", "kind": "suggestion", "themes": ["organisatie"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Koen Lubbers <k.lubbers@werkorganisatie-berkelland.nl>",
        "body": """\
Dank voor het welkom. Een onderwerp dat mij bezighoudt: de informatiearchitectuur als je drie
verschillende zaaksystemen moet samenvoegen tot één, zonder dat de werkprocessen stilvallen.

Koen Lubbers
""",
    },
    # --- p41: inline, a parking condition / inline yes ---------------------------------------------------------------
    {
        "id": "d110-p41-o", "kind": "other", "thread": "invitation",
        "sender": "Gerard Venema <gerard.venema@hotmail.com>",
        "body": """\
> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur
> Waar:    Stadskantoor, Vredenburg 3, Utrecht

Is daar een invalidenparkeerplaats in de buurt die ik kan reserveren? Zonder kan ik helaas niet komen.
Ik wacht uw antwoord af.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Zie hierboven.

Gerard Venema
""",
    },
    {
        "id": "d110-p41-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Tineke Stam <tineke.stam@ziggo.nl>",
        "body": """\
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

ja, ik kom

> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

Nee, ik kom alleen.

Tineke
""",
    },
    # --- p42: inline, please take my secretary off the list / inline "afmelden" ----------------------------------
    {
        "id": "d110-p42-o", "kind": "other", "thread": "invitation",
        "sender": "Hugo Meijer <hugo.meijer@werkorganisatie-stichtsevecht.nl>",
        "body": """\
> --\x20
> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

Mijn secretaresse staat per ongeluk ook op uw lijst, met haar eigen adres. Kunt u haar eraf halen?
Zelf blijf ik natuurlijk lid.

Hugo Meijer
""",
    },
    {
        "id": "d110-p42-g", "kind": "unsubscribe", "thread": "call_for_themes",
        "sender": "Vera Aarts <vera.aarts@xs4all.nl>",
        "body": """\
> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

Afmelden.

Vera Aarts
""",
    },
    # --- p43: must I register separately / register for the atelier (unmarked quote) ------------------------------
    {
        "id": "d110-p43-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Olaf Brouwers <o.brouwers@werkorganisatie-nederweert.nl>",
        "body": """\
Moet ik me voor het atelier apart inschrijven, of sta ik als lid van het netwerk automatisch op de lijst?

Olaf Brouwers
""",
    },
    {
        "id": "d110-p43-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Judith Coenen <j.coenen@werkorganisatie-nederweert.nl>",
        "body": "Graag aanmelden voor het atelier van 11 maart.\n\nJudith Coenen",
    },
    # --- p44: an interim asking what happens to the seat / a no that keeps the membership ---------------------------
    {
        "id": "d110-p44-o", "kind": "other", "thread": None,
        "sender": "Michiel Hagen <michiel@hagen-interimmanagement.nl>",
        "subject": "Lidmaatschap als interim-directeur",
        "body": """\
Beste Stan,

Ik ben sinds oktober interim-directeur van de werkorganisatie Buren-Culemborg; mijn opdracht loopt in juni
af. Moet ik het lidmaatschap dan overdragen aan de vaste opvolger, of vervalt het vanzelf? Die persoon is
nog niet geworven.

Met vriendelijke groet,
Michiel Hagen
""",
    },
    {
        "id": "d110-p44-g", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Barbara Liem <b.liem@werkorganisatie-buren-culemborg.nl>",
        "body": """\
Beste Melanie,

Op 11 maart ben ik helaas op werkbezoek in Brussel. Lid blijf ik uiteraard wel; ik hoop de volgende keer
weer aan te schuiven.

Groet,
Barbara Liem
""",
    },
    # --- p45: mail arrives twice / stop sending these mails --------------------------------------------------------
    {
        "id": "d110-p45-o", "kind": "other", "thread": None,
        "sender": "Ronald Bijl <r.bijl@werkorganisatie-molenlanden.nl>",
        "subject": "Dubbele mails",
        "body": """\
Hallo,

Ik krijg al uw mails in tweevoud: hier op mijn werk en op mijn privéadres ronald.bijl@kpnmail.nl. Het
werkadres is genoeg. Kunt u het privéadres uit uw lijst halen?

Groet,
Ronald Bijl
""",
    },
    {
        "id": "d110-p45-g", "kind": "unsubscribe", "thread": None,
        "sender": "Hester Kool <h.kool@werkorganisatie-molenlanden.nl>",
        "subject": "stop",
        "body": """\
Wilt u stoppen met het sturen van deze mails? Ik heb geen belangstelling meer voor het netwerk.

H. Kool
""",
    },
    # --- p47: English, a question before leaving / English, a leave under the welcome -----------------------------
    {
        "id": "d110-p47-o", "kind": "other", "thread": None,
        "sender": "Laura Dekkers <l.dekkers@werkorganisatie-eindhovenregio.nl>",
        "subject": "Question about unsubscribing",
        "body": """\
Dear secretariat,

Before I unsubscribe from the network mails: will that also take me off the Adviesraad distribution list?
I would like to remain on that one.

Kind regards,
Laura Dekkers
""",
    },
    {
        "id": "d110-p47-g", "kind": "unsubscribe", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-en",
        "sender": "Daniel Okafor <d.okafor@werkorganisatie-eindhovenregio.nl>",
        "body": """\
Hi,

Please unsubscribe me. I signed up by mistake; this network does not fit my role.

Thanks,
Daniel Okafor
""",
    },
    # --- p48: free now, but if a fee comes I stop / a leave because of a new job -----------------------------------
    {
        "id": "d110-p48-o", "kind": "other", "thread": None,
        "sender": "Theo Wiersma <t.wiersma@werkorganisatie-smallingerland.nl>",
        "subject": "Kosten lidmaatschap",
        "body": """\
Goedemiddag,

Ik lees dat het lidmaatschap kosteloos is. Blijft dat zo? Er gaan geruchten over een bijdrage per
organisatie. Als die er komt, stop ik; daar heb ik geen budget voor.

Theo Wiersma
""",
    },
    {
        "id": "d110-p48-g", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Marjolein Span <m.span@werkorganisatie-lingewaal.nl>",
        "body": """\
Beste secretariaat,

Gezien mijn overstap naar de provincie is mijn lidmaatschap niet langer passend. Wilt u mij uitschrijven?
Op 11 maart ben ik dus ook niet aanwezig.

Met vriendelijke groet,
Marjolein Span
""",
    },
    # --- p49: I come and want to bring a case, how / a topic that also says I come (organisatie) ----------------
    {
        "id": "d110-p49-o", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ramon Peeters <r.peeters@werkorganisatie-leudal.nl>",
        "body": """\
Beste Stan,

Op 11 maart ben ik erbij. Ik zou graag zelf een casus inbrengen en die kort toelichten. Kan dat, en met
wie moet ik dat dan afstemmen?

Groet,
Ramon Peeters
""",
    },
    {
        "id": "d110-p49-g", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Esther Janssen <e.janssen@werkorganisatie-leudal.nl>",
        "body": """\
Ik kom op 11 maart en stel voor om het te hebben over hybride werken: wat doet dat met onze huisvesting,
ons leiderschap en de formatie?

Esther Janssen
""",
    },
    # --- p50: may I bring an alderman / we come with three --------------------------------------------------------
    {
        "id": "d110-p50-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Cor Vink <c.vink@werkorganisatie-hof-van-twente.nl>",
        "body": """\
Ik kom, en zou graag onze wethouder bedrijfsvoering meenemen. Mag dat, of is het atelier alleen voor
ambtenaren? Dan hoor ik het graag voordat ik het haar vraag.

Cor Vink
""",
    },
    {
        "id": "d110-p50-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Wendy Nijhuis <w.nijhuis@werkorganisatie-hof-van-twente.nl>",
        "body": """\
We komen met z'n drieën: ikzelf, onze concernstrateeg en de manager bedrijfsvoering.

Wendy Nijhuis
""",
    },
    # --- p51: confirming and asking to add a colleague without address / a confirmation in English ---------------
    {
        "id": "d110-p51-o", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Sander Willems <s.willems@werkorganisatie-cuijk.nl>",
        "body": """\
Goedemorgen,

Ik bevestig mijn aanmelding, en wil meteen ook mijn collega Iris aanmelden; zij is directeur
Sociaal Domein. Haar adres stuur ik later door.

Groet,
Sander Willems
""",
    },
    {
        "id": "d110-p51-g", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Sander Willems <s.willems@werkorganisatie-cuijk.nl>",
        "body": "Confirmed, thank you.\n\nSander Willems\nSent from Outlook for iOS",
    },
    # --- p55: an assistant asks to unsubscribe the director / a director leaves for retirement ------------------
    {
        "id": "d110-p55-o", "kind": "other", "thread": None,
        "sender": "Managementondersteuning <mo@werkorganisatie-noordoostpolder.nl>",
        "subject": "Afmelden dhr. Kramer",
        "body": """\
Geachte heer, mevrouw,

Namens de heer Kramer verzoek ik u hem af te melden voor het netwerk; hij heeft er helaas geen tijd meer
voor.

Met vriendelijke groet,
Gonny Smit
Managementondersteuning
""",
    },
    {
        "id": "d110-p55-g", "kind": "unsubscribe", "thread": None,
        "sender": "Albert Kramer <a.kramer@werkorganisatie-noordoostpolder.nl>",
        "subject": "Pensioen",
        "body": """\
Beste Stan en Melanie,

Na 41 jaar in het openbaar bestuur ga ik met pensioen. Ik meld mij hierbij af voor het netwerk. Het was
mij een genoegen.

Albert Kramer
""",
    },
    # --- p56: how long do you keep my data after the leave / please erase ------------------------------------------
    {
        "id": "d110-p56-o", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "gmail",
        "sender": "Nicole Ververs <nicole.ververs@gmail.com>",
        "body": """\
Dank voor de bevestiging. Hoe lang bewaart u mijn naam en adres nu nog in uw systeem?

Nicole
""",
    },
    {
        "id": "d110-p56-g", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Patrick Smulders <p.smulders@gemeente-oostland.nl>",
        "subject": "Verwijderen",
        "body": """\
Ik werk niet meer bij de gemeente Oostland. Verwijder alstublieft al mijn gegevens uit uw systemen.

P. Smulders

Denk aan het milieu voordat u deze e-mail print.
""",
    },
    # --- p58: no topic but a question about the report / no topic but I come ---------------------------------
    {
        "id": "d110-p58-o", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Martijn Hoekman <m.hoekman@werkorganisatie-waadhoeke.nl>",
        "body": """\
Ik heb geen onderwerp, maar wel een vraag: is er een verslag van het vorige atelier? Ik kon er toen niet
bij zijn en heb het nergens gezien.

Martijn
""",
    },
    {
        "id": "d110-p58-g", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Anke Zijlstra <a.zijlstra@werkorganisatie-waadhoeke.nl>",
        "body": """\
Geen onderwerp van mijn kant deze keer, maar op 11 maart ben ik er zeker bij.

Anke Zijlstra
""",
    },
    # --- p59: please move my suggestion to another theme / an addition to a suggestion (dienstverlening) ----------
    {
        "id": "d110-p59-o", "kind": "other", "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Beste Melanie,

U hebt mijn suggestie over de gemeenteraden onder Organisatie gezet, maar ik bedoelde het echt als
Samenwerking. Kunt u dat aanpassen voordat u gaat tellen?

Groet,
Marieke
""",
    },
    {
        "id": "d110-p59-g", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "apple",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Nog een aanvulling: de klantreis van ondernemers die een vergunning aanvragen. Die loopt bij ons nog
langs drie loketten.

Marieke
""",
    },
    # --- p61: my assistant said no, am I now off the list / correcting the assistant's no ------------------------
    {
        "id": "d110-p61-o", "kind": "other", "thread": None,
        "sender": "Leon Mertens <l.mertens@werkorganisatie-weert.nl>",
        "subject": "Nog lid?",
        "body": """\
Goedemiddag,

Mijn assistent heeft u laten weten dat ik niet naar het atelier kom. Sindsdien krijg ik geen berichten
meer van u. Klopt het dat ik daarmee ook uit het netwerk ben gehaald? Dat was niet de bedoeling.

Leon Mertens
""",
    },
    {
        "id": "d110-p61-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Leon Mertens <l.mertens@werkorganisatie-weert.nl>",
        "body": """\
Beste secretariaat,

Mijn assistent heeft u gisteren per abuis laten weten dat ik niet kom. Dat klopt niet: ik ben er op 11 maart
gewoon bij.

Met vriendelijke groet,
Leon Mertens
""",
    },
    # --- p62: thinking about leaving, can we talk / leaving in reply to the follow-up ----------------------------
    {
        "id": "d110-p62-o", "kind": "other", "thread": None,
        "sender": "Bram Oudshoorn <b.oudshoorn@werkorganisatie-kaag-braassem.nl>",
        "subject": "Even bellen?",
        "body": """\
Hoi Stan,

Ik overweeg te stoppen met het netwerk, maar wil het eerst even met je bespreken; misschien zie ik iets
over het hoofd. Kunnen we deze week tien minuten bellen? Ik ben bereikbaar op 06 - 41 22 87 30.

Bram
""",
    },
    {
        "id": "d110-p62-g", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Bram Oudshoorn <b.oudshoorn@werkorganisatie-kaag-braassem.nl>",
        "body": """\
Dank voor het verslag. Na ons telefoongesprek heb ik de knoop doorgehakt: ik stop met het netwerk.
Meldt u mij af?

Bram Oudshoorn
""",
    },
    # --- p63: a delegation of four, is that allowed / yes with one guest ------------------------------------------
    {
        "id": "d110-p63-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Hilde Verbruggen <h.verbruggen@werkorganisatie-roosendaal-wo.nl>",
        "body": """\
Goedemiddag,

Kunnen wij met vier mensen komen, of is het maximaal één gast per directeur? Het onderwerp raakt ons hele
MT. Als het niet kan, hoor ik graag hoeveel plekken we wel krijgen.

Hilde Verbruggen
""",
    },
    {
        "id": "d110-p63-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Stijn Goossens <s.goossens@werkorganisatie-roosendaal-wo.nl>",
        "body": """\
Ik ben erbij, met 1 gast (mijn beleidsadviseur Samenwerking).

Stijn Goossens
""",
    },
    # --- p64: yes if there are accreditation points / no, on holiday (unmarked quote) ---------------------------
    {
        "id": "d110-p64-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Edwin Kuiper <e.kuiper@werkorganisatie-midden-delfland.nl>",
        "body": """\
Ja, mits er accreditatiepunten voor het register aan verbonden zijn. Kunt u dat nagaan?

Edwin Kuiper
""",
    },
    {
        "id": "d110-p64-g", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Mariska Luijten <m.luijten@werkorganisatie-midden-delfland.nl>",
        "body": "Nee helaas, dan zit ik met het gezin in Oostenrijk.\n\nMariska",
    },
    # --- p66: coming if a colleague from the region comes, who else comes / yes in English -----------------------
    {
        "id": "d110-p66-o", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Gert Schipper <gert.schipper@werkorganisatie-opsterland.nl>",
        "body": """\
Ik kom als er tenminste nog een collega uit Friesland gaat; dan kunnen we samen rijden. Weet u al wie er
zich uit onze regio hebben aangemeld?

Gert
""",
    },
    {
        "id": "d110-p66-g", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Priya Ramdin <p.ramdin@werkorganisatie-opsterland.nl>",
        "body": "Yes, I'll be there. Looking forward to it.\n\nPriya Ramdin",
    },
    # --- p67: thanks for the welcome, would like to come some time / a topic under the welcome (strategie) -------
    {
        "id": "d110-p67-o", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "apple",
        "sender": "Hans de Jonge <hans.dejonge@werkorganisatie-goeree-overflakkee.nl>",
        "body": """\
Dank voor het warme welkom. Ik kom graag eens naar een atelier, zodra mijn agenda het toelaat.

Hans de Jonge
""",
    },
    {
        "id": "d110-p67-g", "kind": "suggestion", "themes": ["strategie"], "thread": "welcome",
        "quoted": "welkom", "quote": "apple",
        "sender": "Lieke Moerman <l.moerman@werkorganisatie-goeree-overflakkee.nl>",
        "body": """\
Dank! Een onderwerp dat ik graag zou bespreken: welke maatschappelijke opgaven zetten we de komende tien
jaar centraal in onze organisatievisie, en hoe kies je daartussen?

Lieke Moerman
""",
    },
    # --- p68: off the list, may I still get the reports / rejoining after a leave ---------------------------------
    {
        "id": "d110-p68-o", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Joost Hendriks <j.hendriks@werkorganisatie-asten-someren.nl>",
        "body": """\
Goedemiddag,

Dank voor de bevestiging. Kan ik de verslagen van de ateliers wel blijven ontvangen? Die las ik altijd met
veel plezier.

Met vriendelijke groet,
Joost Hendriks
""",
    },
    {
        "id": "d110-p68-g", "kind": "subscribe", "thread": None,
        "sender": "Joost Hendriks <j.hendriks@werkorganisatie-asten-someren.nl>",
        "subject": "Opnieuw lid worden",
        "body": """\
Beste secretariaat,

Een jaar geleden heb ik me afgemeld, maar inmiddels ben ik weer directeur van een ambtelijke
fusieorganisatie. Graag word ik opnieuw lid van het netwerk.

Met vriendelijke groet,
Joost Hendriks
""",
    },
    # --- p65: the adviser's own newsletter / a short leave from the phone -----------------------------------------
    {
        "id": "d110-p65-o", "kind": "other", "thread": None,
        "sender": "Mieke Boersma <m.boersma@werkorganisatie-westerkwartier.nl>",
        "subject": "Nieuwsbrief SeinstravandeLaar",
        "body": """\
Hallo,

Sinds ik lid ben van het netwerk krijg ik ook de nieuwsbrief van adviesbureau SeinstravandeLaar. Daar wil
ik mij graag voor uitschrijven. De netwerkmails wil ik wel blijven ontvangen.

Mieke Boersma
""",
    },
    {
        "id": "d110-p65-g", "kind": "unsubscribe", "thread": None,
        "sender": "Roel Dijkhuis <r.dijkhuis@werkorganisatie-westerkwartier.nl>",
        "subject": "Verzendlijst",
        "body": (
            "Wil je me van de verzendlijst van het netwerk halen? Dank!\n\n"
            "Roel\n\nVerzonden vanuit Outlook voor Android"
        ),
    },
]
# fmt: on
