"""devset84: mail the service must not act on too readily, next to the genuine requests it resembles.

About half of the set is `other`: a director forwarding a colleague's leave or sign-up without asking anything,
mail that quotes our unsubscribe line back with a question, requests to unsubscribe or erase someone else, leaving
"if" something happens, municipal newsletters and press releases, phishing and spam that use our words, questions
how leaving works, complaints that mention "afmelden" or "uitschrijven", and replies saying that someone else will
answer. Beside them: autoreplies (some without auto headers, some with our mail quoted under them) and genuine
subscribe, confirm, unsubscribe (with erasure and hand-over), rsvp and suggestion mails phrased close to the
look-alikes.

Conventions relied on (the secretariat's view):
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`. Without the address,
  or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the
  form of the ateliers is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting
  that someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A yes or a leave on a condition the secretariat must answer first, or a request plus a real question to the
  secretariat: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Requests on behalf of someone else (leave, erasure) and forwards of a colleague's wish: `other` (the service
  cannot tell whose request it is).
- Newsletters, press releases, phishing and spam: `other`, even when they carry list headers or our own words.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ other: forwards of a colleague's wish
    {
        "id": "d84-other-01", "kind": "other",
        "sender": "Gerard Hoekstra <g.hoekstra@bvo-maasenwaal.nl>",
        "subject": "FW: afscheid",
        "body": """
Ter kennisname.

Gerard

Van: Ineke Wolters <i.wolters@bvo-maasenwaal.nl>
Verzonden: maandag 1 maart 2027 16:42
Aan: Gerard Hoekstra <g.hoekstra@bvo-maasenwaal.nl>
Onderwerp: afscheid

Beste Gerard,

Zoals je weet houd ik er per 1 april mee op als adjunct-directeur. Dank voor de prettige jaren samen, ook in
het directeurennetwerk. Daar meld ik me dan natuurlijk ook af.

Hartelijke groet,
Ineke
""",
    },
    {
        "id": "d84-other-02", "kind": "other",
        "sender": "Marleen Kuipers <marleen.kuipers@hafu-gemeenten.nl>",
        "subject": "Fwd: dat directeurennetwerk",
        "body": """
---------- Doorgestuurd bericht ---------
Van: Thijs Brouwer <t.brouwer@hafu-gemeenten.nl>
Date: vr 26 feb 2027 om 14:03
Subject: dat directeurennetwerk
To: Marleen Kuipers <marleen.kuipers@hafu-gemeenten.nl>

Hoi Marleen,

Jij zit toch in dat netwerk van fusiedirecteuren? Nu wij ook richting één ambtelijke organisatie gaan, lijkt
het me goed om daar aan te haken. Ik zou me graag aanmelden.

Groet,
Thijs
""",
    },
    {
        "id": "d84-other-03", "kind": "other",
        "sender": "Rob Verschuren <r.verschuren@werkorganisatie-lingedal.nl>",
        "subject": "FW: sabbatical",
        "body": """
Stan, Melanie,

Ter informatie, zie het bericht van Esther hieronder.

Groet,
Rob

-----Oorspronkelijk bericht-----
Van: Esther Vos <e.vos@werkorganisatie-lingedal.nl>
Verzonden: woensdag 24 februari 2027 09:12
Aan: Rob Verschuren <r.verschuren@werkorganisatie-lingedal.nl>
Onderwerp: sabbatical

Rob, vanaf half maart ben ik een halfjaar met sabbatical. Wil jij aan het netwerk doorgeven dat ik
voorlopig geen uitnodigingen hoef te krijgen? Dank je!
Esther
""",
    },
    # ------------------------------------------------------------------ other: our unsubscribe line quoted back
    {
        "id": "d84-other-04", "kind": "other",
        "sender": "Hanneke Smeets <h.smeets@werkorganisatie-debleek.nl>",
        "subject": "Vraag over afmelden",
        "body": """
Goedemorgen,

Onder uw berichten staat: "Afmelden? Antwoord op deze e-mail met 'afmelden'". Als ik dat doe, stoppen dan
alleen de uitnodigingen voor de ateliers, of verdwijn ik ook van de deelnemerslijst die bij het verslag zit?
Dat laatste heb ik liever niet; ik zou alleen wat minder mail willen.

Met vriendelijke groet,

Hanneke Smeets
Algemeen directeur Werkorganisatie De Bleek
""",
    },
    {
        "id": "d84-other-05", "kind": "other", "thread": "invitation",
        "sender": "Koen Lammers <k.lammers@gemeente-oosterdal.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Daar kom ik op terug, ik kijk eerst naar mijn agenda.

> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

Een vraag tussendoor: bedoelt u met 'afmelden' hier het atelier of het netwerk zelf? Ik wil straks niet per
ongeluk het verkeerde woord gebruiken.

Koen Lammers
""",
    },
    # ------------------------------------------------------------------ other: leave / erase for someone else
    {
        "id": "d84-other-06", "kind": "other",
        "sender": "Afdeling P&O <personeelszaken@sdb-grensland.nl>",
        "subject": "Uit bestand halen",
        "body": """
Geachte heer, mevrouw,

Wilt u de heer P. van Dam uit uw adressenbestand verwijderen? Hij is sinds 1 januari niet meer bij onze
organisatie in dienst. Een opvolger is nog niet benoemd.

Met vriendelijke groet,

Afdeling P&O
Samenwerkingsverband De Grensland
""",
    },
    {
        "id": "d84-other-07", "kind": "other",
        "sender": "Yolanda Meijer <y.meijer@cgm-gemeenten.nl>",
        "subject": "Afmelding adjunct",
        "body": """
Beste Stan,

Mijn adjunct Sanne de Graaf (s.degraaf@cgm-gemeenten.nl) krijgt jullie uitnodigingen ook, maar zij heeft
aangegeven dat ze liever van de lijst af wil. Ik blijf zelf gewoon lid. Kun je haar eraf halen?

Groet,
Yolanda
""",
    },
    {
        "id": "d84-other-08", "kind": "other",
        "sender": "Ria Veldhuis <riaveldhuis58@gmail.com>",
        "subject": "Gegevens van mijn man",
        "body": """
Geachte secretariaat,

Mijn man, Jan Veldhuis, is in december overleden. Hij was lid van uw netwerk en er komt nog steeds post
voor hem binnen. Zou u al zijn gegevens uit uw administratie willen verwijderen?

Met vriendelijke groet,
Ria Veldhuis
""",
    },
    {
        "id": "d84-other-09", "kind": "other",
        "sender": "Functionaris Gegevensbescherming <fg@werkorganisatie-noordkop.nl>",
        "subject": "Verzoek tot wissing persoonsgegevens oud-medewerker",
        "body": """
Geachte heer Van de Laar,

Als functionaris gegevensbescherming van de Werkorganisatie Noordkop verzoek ik u, namens onze
oud-directeur mevrouw K. Oosterhuis, haar persoonsgegevens te wissen conform artikel 17 AVG. Mevrouw
Oosterhuis heeft ons daarvoor schriftelijk gemachtigd.

Graag ontvang ik binnen een maand uw bevestiging.

Met vriendelijke groet,

mr. D. Harkema
Functionaris Gegevensbescherming
""",
    },
    # ------------------------------------------------------------------ other: leaving "if" / later
    {
        "id": "d84-other-10", "kind": "other",
        "sender": "Wim Schouten <w.schouten@fusie-rijnstreek.nl>",
        "subject": "Lidmaatschap",
        "body": """
Beste Melanie,

Even ter voorbereiding: als de raden in juni besluiten de samenwerking te ontvlechten, heeft mijn
lidmaatschap eigenlijk geen zin meer en zal ik me afmelden. Ik houd jullie op de hoogte van de besluitvorming.

Hartelijke groet,
Wim Schouten
""",
    },
    {
        "id": "d84-other-11", "kind": "other", "thread": "invitation",
        "sender": "Jelle Postma <j.postma@gemeenten-noordoost.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Goedemiddag,

Weer Utrecht. Vanuit het noorden kost mij dat een hele dag. Als de ateliers altijd in het midden van het land
blijven, heeft het lidmaatschap voor mij weinig zin en zeg ik het op. Wordt er ook weleens in Groningen of
Friesland georganiseerd?

Jelle Postma
""",
    },
    {
        "id": "d84-other-12", "kind": "other",
        "sender": "Annemiek Drost <a.drost@servicepunt-vechtdal.nl>",
        "subject": "Vertrek",
        "body": """
Beste Stan en Melanie,

Per 1 mei vertrek ik naar de provincie. Zodra bekend is wie mij opvolgt, meld ik mij af en geef ik de naam
en het adres van die persoon aan jullie door. Tot die tijd blijf ik graag lid, dus ook het atelier in maart
wil ik nog meemaken.

Groet,
Annemiek
""",
    },
    # ------------------------------------------------------------------ other: newsletters and press releases
    {
        "id": "d84-other-13", "kind": "other",
        "sender": "Gemeente Oosterdal <nieuwsbrief@gemeente-oosterdal.nl>",
        "subject": "Nieuwsbrief Gemeente Oosterdal - maart 2027",
        "headers": {"List-Unsubscribe": "<https://www.gemeente-oosterdal.nl/nieuwsbrief/afmelden?id=88213>",
                    "Precedence": "bulk"},
        "body": """
NIEUWSBRIEF GEMEENTE OOSTERDAL | maart 2027

In deze editie
- Nieuw gemeentehuis open vanaf 15 maart
- Inwonerspanel gezocht: meld u aan!
- Afvalkalender 2027 beschikbaar in de app

Inwonerspanel
Wilt u meedenken over de dienstverlening van de gemeente? Meld u dan aan voor ons inwonerspanel. U krijgt
vier keer per jaar een korte vragenlijst.

U ontvangt deze nieuwsbrief omdat u zich via onze website hebt ingeschreven. Wilt u deze nieuwsbrief niet
meer ontvangen? Klik dan op 'uitschrijven' onderaan deze e-mail.

Uitschrijven | Privacyverklaring | Bekijk in browser
""",
    },
    {
        "id": "d84-other-14", "kind": "other",
        "sender": "Communicatie Lindeveld-Aakerk <pers@lindeveld-aakerk.nl>",
        "subject": "Persbericht: raden Lindeveld en Aakerk kiezen voor één ambtelijke organisatie",
        "body": """
PERSBERICHT

Lindeveld/Aakerk, 1 maart 2027 - De gemeenteraden van Lindeveld en Aakerk hebben dinsdagavond ingestemd met
het voorstel om per 1 januari 2028 één gezamenlijke ambtelijke organisatie te vormen. Beide gemeenten blijven
zelfstandig, met een eigen raad en college.

"Met deze stap maken we onze dienstverlening minder kwetsbaar," aldus burgemeester De Wit. De komende
maanden wordt een kwartiermaker aangesteld die de nieuwe organisatie inricht.

Einde persbericht.

Noot voor de redactie: voor meer informatie kunt u contact opnemen met de afdeling Communicatie,
telefoon 0345 - 12 34 56. Wilt u geen persberichten meer ontvangen? Laat het ons weten via dit adres.
""",
    },
    {
        "id": "d84-other-15", "kind": "other",
        "sender": "Fusiebulletin Werkorganisatie Twentse Drie <fusiebulletin@de-twentse-drie.nl>",
        "subject": "Fusiebulletin nr. 14: aanmelden voor de informatiebijeenkomst",
        "headers": {"List-Unsubscribe": "<mailto:fusiebulletin@de-twentse-drie.nl?subject=afmelden>"},
        "body": """
FUSIEBULLETIN nr. 14

Beste collega's en relaties,

Op 23 maart organiseren wij een informatiebijeenkomst over de voortgang van de ambtelijke fusie. Aanmelden
kan tot 16 maart via het formulier op intranet of door deze e-mail te beantwoorden met uw naam.

Verder in dit bulletin: de nieuwe organisatiestructuur, het sociaal plan en een interview met de
kwartiermaker.

U ontvangt dit bulletin als relatie van de Werkorganisatie Twentse Drie. Afmelden kan door een e-mail te
sturen met als onderwerp 'afmelden'.
""",
    },
    # ------------------------------------------------------------------ other: phishing and spam in our words
    {
        "id": "d84-other-16", "kind": "other",
        "sender": "Netwerk Directeuren <beveiliging@ambtelijkefusie-leden.com>",
        "subject": "Actie vereist: bevestig uw lidmaatschap binnen 24 uur",
        "body": """
Beste lid,

Uw lidmaatschap van het Netwerk van directeuren van ambtelijke fusieorganisaties verloopt vandaag. Bevestig
uw lidmaatschap door op onderstaande link te klikken en uw inloggegevens te controleren:

http://ambtelijkefusie-leden.com/bevestig?u=info

Bevestigt u niet binnen 24 uur, dan wordt uw account en al uw gegevens definitief verwijderd.

Met vriendelijke groet,
Ledenadministratie
""",
    },
    {
        "id": "d84-other-17", "kind": "other",
        "sender": "Microsoft 365 <quarantaine@m365-melding.net>",
        "subject": "3 berichten vastgehouden: Aanmelding bevestigen",
        "body": """
Beheerdersmelding voor info@ambtelijkefusie.nl

Er zijn 3 berichten in quarantaine geplaatst, waaronder 'Aanmelding bevestigen' en 'Afmelding verwerkt'.
Controleer de berichten en geef ze vrij, anders worden ze na 48 uur verwijderd.

[ BERICHTEN BEKIJKEN ]

Dit is een automatisch bericht van uw e-mailsysteem.
""",
    },
    {
        "id": "d84-other-18", "kind": "other",
        "sender": "Gemeente Digitaal Webinars <noreply@gemeentedigitaal-events.nl>",
        "subject": "Bevestig uw aanmelding voor het webinar 'AI in de gemeentelijke organisatie'",
        "body": """
Beste deelnemer,

Bedankt voor uw aanmelding voor ons gratis webinar 'AI in de gemeentelijke organisatie' op 18 maart.
Klik op de knop hieronder om uw aanmelding te bevestigen.

[ Aanmelding bevestigen ]

Hebt u zich niet aangemeld? Dan kunt u dit bericht negeren.

Team Gemeente Digitaal
""",
    },
    {
        "id": "d84-other-19", "kind": "other",
        "sender": "Bart Wessels <bart@fusieflow-advies.nl>",
        "subject": "Uw fusie soepeler? 15 minuten kennismaken",
        "body": """
Beste directeur,

Ambtelijke fusies lopen vaak vast op cultuurverschillen en trage besluitvorming. FusieFlow helpt
werkorganisaties om binnen honderd dagen één werkwijze neer te zetten. Zullen we volgende week een kwartier
bellen?

Met vriendelijke groet,
Bart Wessels
FusieFlow Advies

Geen interesse meer in berichten van ons? Antwoord dan met 'afmelden' en u hoort niets meer van ons.
""",
    },
    # ------------------------------------------------------------------ other: how to leave, complaints
    {
        "id": "d84-other-20", "kind": "other",
        "sender": "Henk Bosch <henk.bosch@werkorganisatie-kempenland.nl>",
        "subject": "Vraag",
        "body": """
Dag Stan,

Een vraag uit nieuwsgierigheid: over een paar jaar ga ik met pensioen. Moet ik mij dan zelf afmelden bij het
netwerk, of vervalt het lidmaatschap vanzelf als mijn mailadres niet meer werkt?

Groet,
Henk
""",
    },
    {
        "id": "d84-other-21", "kind": "other",
        "sender": "Petra van Leeuwen <p.vanleeuwen@hafu-gemeenten.nl>",
        "subject": "Hoe afmelden?",
        "body": """
Hallo,

Een collega-directeur uit de regio vroeg mij hoe je je bij jullie afmeldt; hij kon het nergens vinden.
Kunnen jullie mij uitleggen hoe dat werkt, dan geef ik het aan hem door.

Met vriendelijke groet,
Petra van Leeuwen
""",
    },
    {
        "id": "d84-other-22", "kind": "other", "thread": "call_for_themes",
        "sender": "Frank Hermans <f.hermans@werkorganisatie-zuidplas-west.nl>",
        "quoted": "oproep_themas", "quote": "gmail",
        "body": """
Ik heb mij in november uitgeschreven en toch krijg ik weer deze oproep. Hoe kan dat? Voor een netwerk dat het
over goede dienstverlening heeft, vind ik dit nogal slordig.

F. Hermans
""",
    },
    {
        "id": "d84-other-23", "kind": "other", "thread": "reminder",
        "sender": "Lotte Jacobs <lotte.jacobs@bvo-maasenwaal.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": """
Beste Melanie,

Twee weken geleden heb ik mij via de agenda-uitnodiging afgemeld voor het atelier, en nu krijg ik een
herinnering met "fijn dat u erbij bent". Klopt jullie administratie wel? Ik hoor graag of mijn afmelding is
aangekomen.

Met vriendelijke groet,
Lotte Jacobs
""",
    },
    {
        "id": "d84-other-24", "kind": "other",
        "sender": "Dennis Kok <d.kok@gemeente-oosterdal.nl>",
        "subject": "Aan- en afmelden ateliers",
        "body": """
Beste secretariaat,

Ik vind het nogal omslachtig dat je je bij elk atelier weer apart moet aan- of afmelden. Kunnen jullie niet
aan het begin van het jaar beide data rondsturen, zodat we ze in één keer kunnen vastleggen?

Groet,
Dennis Kok
""",
    },
    {
        "id": "d84-other-25", "kind": "other",
        "sender": "Saskia de Ruiter <s.deruiter@werkorganisatie-lingedal.nl>",
        "subject": "Dubbele mails",
        "body": """
Beste Stan,

Ik wil me zeker niet afmelden, maar ik krijg al jullie berichten drie keer: op mijn oude adres, mijn nieuwe
adres en het adres van het secretariaat. Kunnen jullie de dubbele adressen opruimen? Het juiste adres is
dit adres.

Dank en groet,
Saskia
""",
    },
    # ------------------------------------------------------------------ other: someone else will answer
    {
        "id": "d84-other-26", "kind": "other", "thread": "invitation",
        "sender": "Marco Visser <m.visser@servicepunt-vechtdal.nl>",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": """
Dank voor de uitnodiging. Mijn managementassistent, Yvonne Peeters, laat u deze week weten of ik erbij kan
zijn.

Marco

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d84-other-27", "kind": "other", "thread": "call_for_themes",
        "sender": "Liesbeth Mol <l.mol@cgm-gemeenten.nl>",
        "quoted": "oproep_themas", "quote": "groupwise",
        "body": """
Beste Stan,

Ik heb de oproep doorgezet naar ons concernteam. Mijn beleidsadviseur stuurt jullie uiterlijk volgende week
de onderwerpen die wij willen aandragen.

Groet,
Liesbeth
""",
    },
    {
        "id": "d84-other-28", "kind": "other", "thread": "welcome",
        "sender": "Tom Hendriks <t.hendriks@de-twentse-drie.nl>",
        "quoted": "welkom", "quote": "outlook-en",
        "body": """
Dank voor het welkom. Ik geef uw vraag naar onderwerpen door aan mijn adjunct, zij komt er namens ons bij u
op terug.

Tom Hendriks
Directeur Werkorganisatie Twentse Drie
""",
    },
    # ------------------------------------------------------------------ other: under our confirmation mail
    {
        "id": "d84-other-29", "kind": "other", "thread": "confirmation",
        "sender": "Gert-Jan Smit <gj.smit@gemeenten-noordoost.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Ik heb mij nergens aangemeld. Van wie hebben jullie mijn e-mailadres gekregen? Ik wil graag weten hoe dit
zit.

G.J. Smit
""",
    },
    {
        "id": "d84-other-30", "kind": "other", "thread": "confirmation",
        "sender": "Ingrid Claassen <ingrid.claassen@fusie-rijnstreek.nl>",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "body": """
Voordat ik bevestig: wie zitten er allemaal in dit netwerk? Is er een deelnemerslijst die ik kan inzien?

Ingrid Claassen
""",
    },
    {
        "id": "d84-other-31", "kind": "other", "thread": "confirmation",
        "sender": "Paul Aerts <p.aerts@werkorganisatie-kempenland.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "body": """
Ik leg dit eerst voor aan mijn gemeentesecretarissen, om te zien of dit netwerk past bij onze
ontwikkelagenda. U hoort binnenkort van mij.

Met vriendelijke groet,
P. Aerts
""",
    },
    # ------------------------------------------------------------------ other: conditional or undecided answers
    {
        "id": "d84-other-32", "kind": "other", "thread": "invitation",
        "sender": "Nicole Brands <n.brands@werkorganisatie-debleek.nl>",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
Ik kom graag, mits ik om 16.00 uur weg kan voor een raadsvergadering. Is dat een probleem voor de opzet van de
middag?

Nicole
""",
    },
    {
        "id": "d84-other-33", "kind": "other", "thread": "invitation",
        "sender": "Erik Timmermans <e.timmermans@sdb-grensland.nl>",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "body": """
Mijn agenda voor die week ligt nog niet vast. Uiterlijk eind februari laat ik het u weten.

Erik Timmermans
""",
    },
    {
        "id": "d84-other-34", "kind": "other",
        "sender": "Carla Dijkstra <c.dijkstra@werkorganisatie-noordkop.nl>",
        "subject": "Lidmaatschap de heer Bosman",
        "body": """
Geachte heer, mevrouw,

Namens de heer drs. W. Bosman, directeur van de Werkorganisatie Noordkop, laat ik u weten dat hij zijn
lidmaatschap van het netwerk wil beëindigen.

Met vriendelijke groet,

Carla Dijkstra
Managementondersteuning directie
""",
    },
    # ------------------------------------------------------------------ other: data questions, after leaving
    {
        "id": "d84-other-35", "kind": "other",
        "sender": "Jeroen Aalders <jeroen.aalders@ziggo.nl>",
        "subject": "Inzageverzoek AVG",
        "body": """
Geachte heer, mevrouw,

Op grond van de AVG wil ik graag weten welke persoonsgegevens u van mij bewaart, waarvoor u ze gebruikt en
met wie u ze deelt. Wilt u mij een overzicht sturen?

Met vriendelijke groet,
J. Aalders
""",
    },
    {
        "id": "d84-other-36", "kind": "other",
        "sender": "Mirjam Kroon <mirjamkroon@outlook.com>",
        "subject": "Bewaartermijn",
        "body": """
Hallo,

Vorig jaar ben ik gestopt bij het netwerk. Hoe lang bewaren jullie eigenlijk de gegevens van oud-leden?
Ik vraag me af of mijn naam nog ergens in jullie systemen staat.

Groet,
Mirjam Kroon
""",
    },
    {
        "id": "d84-other-37", "kind": "other", "thread": "goodbye",
        "sender": "Bert Willems <b.willems@gemeente-oosterdal.nl>",
        "quoted": "afmelding_bevestigd", "quote": "outlook-en",
        "body": """
Dank voor de snelle afhandeling. Het was een waardevol netwerk; ik wens jullie veel succes met de volgende
ateliers.

Bert
""",
    },
    {
        "id": "d84-other-38", "kind": "other", "thread": "goodbye",
        "sender": "Marloes Fransen <m.fransen@werkorganisatie-zuidplas-west.nl>",
        "quoted": "afmelding_bevestigd", "quote": "gmail",
        "body": """
Ik heb nooit gevraagd om afgemeld te worden! Wie heeft dit verzoek ingediend? Ik wil eerst weten wat hier is
gebeurd.

Marloes Fransen
""",
    },
    # ------------------------------------------------------------------ other: joining questions, address change
    {
        "id": "d84-other-39", "kind": "other",
        "sender": "Joyce Willemsen <j.willemsen@bvo-maasenwaal.nl>",
        "subject": "Opvolger aanmelden",
        "body": """
Beste Melanie,

Mijn opvolger begint op 1 april. Moet zij zichzelf bij het netwerk aanmelden, of kan ik dat voor haar
regelen? Haar mailadres heeft ze nog niet.

Groet,
Joyce
""",
    },
    {
        "id": "d84-other-40", "kind": "other",
        "sender": "Ruud Janssen <r.janssen@rivierenland-oost.nl>",
        "subject": "Nieuw adres",
        "body": """
Beste secretariaat,

Per 1 juni heet onze organisatie Werkorganisatie Rivierenland-Oost en krijg ik het adres
r.janssen@werkorganisatie-rivierenland-oost.nl. Het oude adres vervalt dan. Willen jullie dat aanpassen?

Met vriendelijke groet,
Ruud Janssen
""",
    },
    {
        "id": "d84-other-41", "kind": "other",
        "sender": "Sophie Lambregts <s.lambregts@servicepunt-vechtdal.nl>",
        "subject": "Lidmaatschap plaatsvervanger",
        "body": """
Goedendag,

Kan ik als plaatsvervangend directeur ook lid worden van het netwerk, of is het alleen bedoeld voor de
eerste directeur van een fusieorganisatie?

Met vriendelijke groet,
Sophie Lambregts
""",
    },
    {
        "id": "d84-other-42", "kind": "other",
        "sender": "Hans de Jong <h.dejong@fusie-rijnstreek.nl>",
        "subject": "Aanmelding directieteam",
        "body": """
Beste Stan,

Wij willen graag met ons hele directieteam deelnemen. Kun je ons alle drie aanmelden?
- Hans de Jong, h.dejong@fusie-rijnstreek.nl
- Monique Peters, m.peters@fusie-rijnstreek.nl
- Youssef Amrani, y.amrani@fusie-rijnstreek.nl

Alvast bedankt,
Hans
""",
    },
    {
        "id": "d84-other-43", "kind": "other",
        "sender": "Wendy Rutten <w.rutten@werkorganisatie-lingedal.nl>",
        "subject": "Collega aanmelden",
        "body": """
Beste Melanie,

Mijn collega-directeur Ahmed el Khatib zou ook graag lid worden. Kun jij hem aanmelden? Hij zit naast mij
in het directieoverleg.

Groet,
Wendy
""",
    },
    {
        "id": "d84-other-44", "kind": "other", "thread": "call_for_themes",
        "sender": "Arjan Gerritsen <a.gerritsen@de-twentse-drie.nl>",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Hallo Stan,

Geen onderwerp, wel een wens: kan het atelier eens op een vrijdagochtend, en dan in het oosten van het land?
Dan zijn er vast meer collega's uit deze regio.

Arjan
""",
    },
    {
        "id": "d84-other-45", "kind": "other", "thread": "invitation",
        "sender": "Wilma Kuijpers <w.kuijpers@werkorganisatie-kempenland.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Geachte heer Van de Laar,

Mevrouw Jansen is sinds 1 februari niet meer werkzaam bij onze organisatie. Ik heb uw uitnodiging
doorgestuurd naar haar opvolger, de heer R. Mulder.

Met vriendelijke groet,
Wilma Kuijpers
Secretariaat directie
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d84-autoreply-01", "kind": "autoreply", "thread": "invitation",
        "sender": "Gerard Hoekstra <g.hoekstra@bvo-maasenwaal.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Ik ben afwezig tot en met 12 maart en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u
contact opnemen met het secretariaat directie via 0412 - 55 66 77.
""",
    },
    {
        "id": "d84-autoreply-02", "kind": "autoreply", "thread": "confirmation",
        "sender": "Ilona Verbeek <i.verbeek@hafu-gemeenten.nl>",
        "subject": "Afwezig: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "body": """
Dank voor uw bericht. Ik ben op vakantie tot maandag 8 maart; uw e-mail wordt niet doorgestuurd. Daarna
reageer ik zo snel mogelijk.
""",
    },
    {
        "id": "d84-autoreply-03", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Klantcontact Oosterdal <zaken@gemeente-oosterdal.nl>",
        "subject": "Ontvangstbevestiging Z-2027-004417",
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Uw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004417. U ontvangt binnen acht werkdagen
een reactie. Dit bericht is automatisch verzonden; u kunt er niet op antwoorden.
""",
    },
    {
        "id": "d84-autoreply-04", "kind": "autoreply", "thread": "reminder",
        "sender": "Directie SDB <directie@sdb-grensland.nl>",
        "subject": "Dit adres is niet meer in gebruik",
        "body": """
Let op: dit e-mailadres wordt sinds 1 januari 2027 niet meer gelezen. Stuur uw bericht naar
secretariaat@sdb-grensland.nl. Dit is een automatisch bericht.
""",
    },
    {
        "id": "d84-autoreply-05", "kind": "autoreply", "thread": "invitation",
        "sender": "Laura Mertens <l.mertens@cgm-gemeenten.nl>",
        "subject": "Out of Office: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "headers": {"X-Autoreply": "yes"},
        "body": """
Thank you for your message. I am out of the office with limited access to email and will return on 15 March.
For urgent matters, please contact my office at +31 24 555 0199.
""",
    },
    {
        "id": "d84-autoreply-06", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Femke Smulders <f.smulders@werkorganisatie-debleek.nl>",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Ik ben met zwangerschapsverlof tot 1 juni. Mijn taken worden waargenomen door Michiel Kramer. Aanmeldingen,
afmeldingen en vragen over overleggen kunt u in die periode aan hem richten: m.kramer@werkorganisatie-debleek.nl.
""",
    },
    {
        "id": "d84-autoreply-07", "kind": "autoreply", "thread": "invitation",
        "sender": "Stefan Pauwels <s.pauwels@werkorganisatie-noordkop.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
Vandaag en morgen zit ik op cursus. Vanaf donderdag lees ik mijn mail weer.
""",
    },
    {
        "id": "d84-autoreply-08", "kind": "autoreply", "thread": "confirmation",
        "sender": "Gemeente Lindeveld <info@lindeveld.nl>",
        "headers": {"Precedence": "auto_reply"},
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "body": """
Bedankt voor uw e-mail aan de gemeente Lindeveld. Wij hebben uw bericht in goede orde ontvangen en nemen
het zo snel mogelijk in behandeling. Voor spoedeisende zaken belt u 14 0345.
""",
    },
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d84-subscribe-01", "kind": "subscribe",
        "sender": "Marieke Timmer <m.timmer@werkorganisatie-debleek.nl>",
        "subject": "Aanmelding netwerk",
        "body": """
Beste Stan en Melanie,

Sinds januari ben ik directeur van de Werkorganisatie De Bleek. Graag meld ik mij aan voor het netwerk.

Hartelijke groet,
Marieke Timmer
""",
    },
    {
        "id": "d84-subscribe-02", "kind": "subscribe",
        "sender": "Yolanda Meijer <y.meijer@cgm-gemeenten.nl>",
        "subject": "Nieuw lid",
        "body": """
Beste Melanie,

Onze nieuwe directeur bedrijfsvoering, Femke Aalbers (f.aalbers@cgm-gemeenten.nl), wil graag lid worden van
het netwerk. Wil jij haar aanmelden?

Groet,
Yolanda
""",
    },
    {
        "id": "d84-subscribe-03", "kind": "subscribe",
        "sender": "Thijs Brouwer <t.brouwer@hafu-gemeenten.nl>",
        "subject": "Ook graag lid",
        "body": """
Goedemiddag,

Via mijn collega Marleen Kuipers hoorde ik over jullie netwerk. Nu wij ook op weg zijn naar één ambtelijke
organisatie, wil ik er graag bij. Kunnen jullie mij aanmelden?

Met vriendelijke groet,
Thijs Brouwer
""",
    },
    {
        "id": "d84-subscribe-04", "kind": "subscribe", "thread": "goodbye",
        "sender": "Rianne Post <r.post@servicepunt-vechtdal.nl>",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "body": """
Lid blijven, graag! Mijn secretariaat heeft per abuis 'afmelden' gestuurd.

Rianne Post
""",
    },
    {
        "id": "d84-subscribe-05", "kind": "subscribe",
        "sender": "Frank Hermans <f.hermans@werkorganisatie-rivierenland-oost.nl>",
        "subject": "Opnieuw aanmelden",
        "body": """
Beste secretariaat,

Ik had mij vorig jaar uitgeschreven omdat ik van functie wisselde. Inmiddels ben ik weer directeur van een
fusieorganisatie, dus ik schrijf me graag opnieuw in.

Met vriendelijke groet,
Frank Hermans
""",
    },
    {
        "id": "d84-subscribe-06", "kind": "subscribe",
        "sender": "Esther Vos <esther.vos@gmail.com>",
        "subject": "Fwd: Welkom bij het Netwerk",
        "body": """
Hallo,

Een collega stuurde mij jullie welkomstmail door en ik werd er enthousiast van. Ik wil me ook graag
aanmelden; ik ben directeur van een ambtelijke fusieorganisatie in de Achterhoek. Dit is mijn privéadres,
maar daarop lees ik mijn mail het best.

Groet,
Esther Vos
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d84-confirm-01", "kind": "confirm", "thread": "confirmation",
        "sender": "Paul Aerts <p.aerts@werkorganisatie-kempenland.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Dat klopt, bij deze bevestig ik mijn aanmelding.

Met vriendelijke groet,
P. Aerts
""",
    },
    {
        "id": "d84-confirm-02", "kind": "confirm", "thread": "confirmation",
        "sender": "Ingrid Claassen <ingrid.claassen@fusie-rijnstreek.nl>",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "body": """
Akkoord

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d84-confirm-03", "kind": "confirm", "thread": "confirmation",
        "sender": "Tom Hendriks <t.hendriks@de-twentse-drie.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": """
Mijn secretariaat heeft mij aangemeld, dat is in orde. Hierbij bevestigd.

Tom
""",
    },
    {
        "id": "d84-confirm-04", "kind": "confirm", "thread": "confirmation",
        "sender": "Sophie Lambregts <s.lambregts@servicepunt-vechtdal.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """
> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.

Ja, graag.

> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan nodig.

Ik heb me wel aangemeld, dus dit is in orde.

Sophie Lambregts
""",
    },
    {
        "id": "d84-confirm-05", "kind": "confirm", "thread": "confirmation",
        "sender": "Dennis Kok <d.kok@gemeente-oosterdal.nl>",
        "quoted": "herinnering_aanmelding", "quote": "groupwise",
        "body": """
Bevestigd. Tot op het volgende atelier.
""",
    },
    {
        "id": "d84-confirm-06", "kind": "confirm", "thread": "confirmation",
        "sender": "Erik Timmermans <e.timmermans@sdb-grensland.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "body": """
Hierbij laat ik u weten dat ik graag lid word.

Mvg,
Erik Timmermans
Directeur Samenwerkingsverband De Grensland
""",
    },
    {
        "id": "d84-confirm-07", "kind": "confirm", "thread": "confirmation",
        "sender": "Wim Schouten <w.schouten@fusie-rijnstreek.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": """
Ik bevestig graag. Levert het me te veel mail op, dan meld ik me later wel weer af ;-)

Wim
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d84-unsubscribe-01", "kind": "unsubscribe",
        "sender": "Henk Bosch <henk.bosch@werkorganisatie-kempenland.nl>",
        "subject": "Afmelden",
        "body": """
Dag Stan,

Per 1 april ga ik met pensioen. Wil je mij afmelden voor het netwerk?

Groet,
Henk
""",
    },
    {
        "id": "d84-unsubscribe-02", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Bert Willems <b.willems@gemeente-oosterdal.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """
Graag afmelden. Ik ben niet langer directeur en hoef geen uitnodigingen meer te ontvangen.

B. Willems
""",
    },
    {
        "id": "d84-unsubscribe-04", "kind": "unsubscribe", "erase": True,
        "sender": "Jeroen Aalders <jeroen.aalders@ziggo.nl>",
        "subject": "Beëindiging lidmaatschap en verwijdering gegevens",
        "body": """
Geachte heer, mevrouw,

Ik stop met het netwerk. Daarnaast verzoek ik u op grond van de AVG al mijn persoonsgegevens te
verwijderen.

Met vriendelijke groet,
J. Aalders
""",
    },
    {
        "id": "d84-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "sender": "Mirjam Kroon <m.kroon@werkorganisatie-noordkop.nl>",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Geen onderwerpen van mijn kant. Ik wil eigenlijk helemaal uit jullie bestand: verwijder mijn gegevens
alsjeblieft.

Mirjam
""",
    },
    {
        "id": "d84-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "sender": "Lotte Jacobs <lotte.jacobs@bvo-maasenwaal.nl>",
        "quoted": "afmelding_bevestigd", "quote": "apple",
        "body": """
Fijn, dank je. Wil je dan ook mijn naam en mailadres definitief wissen? Ik heb liever niet dat die ergens
bewaard blijven.

Lotte
""",
    },
    {
        "id": "d84-unsubscribe-07", "kind": "unsubscribe",
        "sender": "Annemiek Drost <a.drost@servicepunt-vechtdal.nl>",
        "subject": "Opvolging",
        "body": """
Beste Stan en Melanie,

Op 1 mei neem ik afscheid. Mijn opvolger is Jeroen Vlaar (j.vlaar@servicepunt-vechtdal.nl); willen jullie hem
in mijn plaats in het netwerk opnemen?

Groet,
Annemiek
""",
    },
    {
        "id": "d84-unsubscribe-08", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Liesbeth Mol <l.mol@cgm-gemeenten.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """
Beste Stan,

Ik vertrek binnenkort bij de CGM-gemeenten. Mijn opvolgster Ilse Bruins (i.bruins@cgm-gemeenten.nl) neemt
mijn plek in het netwerk over; stuur de uitnodigingen voortaan naar haar.

Groet,
Liesbeth
""",
    },
    {
        "id": "d84-unsubscribe-09", "kind": "unsubscribe", "thread": "reminder",
        "sender": "Jelle Postma <j.postma@gemeenten-noordoost.nl>",
        "quoted": "herinnering_atelier", "quote": "notes",
        "body": """
Ik kan niet komen, en eerlijk gezegd wil ik ook geen lid meer zijn. Schrijf mij maar uit.

J. Postma
""",
    },
    {
        "id": "d84-unsubscribe-10", "kind": "unsubscribe",
        "sender": "Koen Lammers <k.lammers@gemeente-oosterdal.nl>",
        "subject": "Te veel mail",
        "body": """
Ik krijg veel te veel mail van jullie. Haal me van de lijst.
""",
    },
    {
        "id": "d84-unsubscribe-11", "kind": "unsubscribe", "thread": "welcome",
        "sender": "Nicole Brands <n.brands@werkorganisatie-debleek.nl>",
        "quoted": "welkom", "quote": "apple",
        "body": """
Bij nader inzien toch maar niet. Zet u mij er weer af?

Nicole

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d84-unsubscribe-12", "kind": "unsubscribe",
        "sender": "R. Verhoeven <rverhoeven@kpnmail.nl>",
        "subject": "uitschrijven",
        "body": """
Uitschrijven a.u.b.

R. Verhoeven
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d84-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Hans de Jong <h.dejong@fusie-rijnstreek.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Ja, ik kom. Mijn adjunct gaat mee, dus we zijn met z'n tweeën.

Hans de Jong
""",
    },
    {
        "id": "d84-rsvp-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Wendy Rutten <w.rutten@werkorganisatie-lingedal.nl>",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
Nee, helaas. Die middag zit ik in de raad.

Wendy
""",
    },
    {
        "id": "d84-rsvp-03", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Ruud Janssen <r.janssen@rivierenland-oost.nl>",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": """
Zelf kan ik niet, maar mijn collega Rianne Post (r.post@rivierenland-oost.nl) komt in mijn plaats.

Ruud Janssen
""",
    },
    {
        "id": "d84-rsvp-04", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Saskia de Ruiter <s.deruiter@werkorganisatie-lingedal.nl>",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": """
Ik moet mij helaas afmelden voor donderdag, ik ben ziek.

Saskia
""",
    },
    {
        "id": "d84-rsvp-05", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Arjan Gerritsen <a.gerritsen@de-twentse-drie.nl>",
        "quoted": "bevestiging_rsvp", "quote": "apple",
        "body": """
Ik kom toch niet. Geef mijn plek op de wachtlijst maar aan een ander.

Arjan

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d84-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Yvonne Peeters <y.peeters@servicepunt-vechtdal.nl>",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Geachte heer Van de Laar,

Namens mevrouw Groen laat ik u weten dat zij graag aanwezig is bij het atelier.

Met vriendelijke groet,
Yvonne Peeters
Managementassistent
""",
    },
    {
        "id": "d84-rsvp-07", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "sender": "Marco Visser <m.visser@servicepunt-vechtdal.nl>",
        "quoted": "oproep_themas", "quote": "gmail",
        "body": """
Een onderwerp heb ik niet direct, maar op 11 maart ben ik er zeker bij.

Marco
""",
    },
    {
        "id": "d84-rsvp-08", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Erik Timmermans <e.timmermans@sdb-grensland.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": """
Eerder liet ik weten dat ik er niet bij kon zijn, maar mijn afspraak is verzet. Ik kom dus toch.

Erik
""",
    },
    {
        "id": "d84-rsvp-09", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Joyce Willemsen <j.willemsen@bvo-maasenwaal.nl>",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """
De nieuwe datum komt mij helaas niet uit. Ik blijf natuurlijk lid, dus graag tot een volgende keer.

Joyce
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d84-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Gert-Jan Smit <gj.smit@gemeenten-noordoost.nl>",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Ik zou graag praten over de vraag hoe je als werkorganisatie omgaat met de verschillende bestuurlijke
culturen van de deelnemende gemeenten, zonder dat één gemeente zich achtergesteld voelt.

G.J. Smit
""",
    },
    {
        "id": "d84-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Laura Mertens <l.mertens@cgm-gemeenten.nl>",
        "quoted": "oproep_themas", "quote": "gmail",
        "body": """
Onderwerp: de inzet van AI en robotisering in onze backofficeprocessen. Wat levert het op, en hoe neem je
medewerkers daarin mee?

Laura
""",
    },
    {
        "id": "d84-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Ilona Verbeek <i.verbeek@hafu-gemeenten.nl>",
        "quoted": "vervolg_atelier", "quote": "apple",
        "body": """
Dank voor de mooie middag. Voor de volgende keer: hoe meten we of inwoners sinds de fusie echt beter worden
geholpen? Ik denk aan prestatie-indicatoren en klanttevredenheid aan het loket.

Ilona
""",
    },
    {
        "id": "d84-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "Stefan Pauwels <s.pauwels@werkorganisatie-noordkop.nl>",
        "quoted": "oproep_themas", "quote": "groupwise",
        "body": """
Mijn voorstel: de lange termijn. Waar staat onze fusieorganisatie in 2035, en hoe houd je de colleges bij
het uitzetten van die koers aan boord?

S. Pauwels
""",
    },
    {
        "id": "d84-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Femke Aalbers <f.aalbers@cgm-gemeenten.nl>",
        "quoted": "oproep_themas", "quote": "notes",
        "body": """
Ik kom graag naar het atelier. Als onderwerp stel ik voor: strategische personeelsplanning nu vacatures
steeds moeilijker te vullen zijn.

Femke Aalbers
""",
    },
    {
        "id": "d84-suggestion-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "sender": "Marieke Timmer <m.timmer@werkorganisatie-debleek.nl>",
        "quoted": "welkom", "quote": "outlook-nl",
        "body": """
Dank voor het welkom! Een onderwerp heb ik al: hoe bied je inwoners van drie gemeenten één goed werkend
klantcontactcentrum, met één telefoonnummer en één website?

Marieke Timmer
""",
    },
    {
        "id": "d84-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Paul Aerts <p.aerts@werkorganisatie-kempenland.nl>",
        "quoted": "bedankt_suggestie", "quote": "outlook-en",
        "body": """
Nog een aanvulling: ik zou ook graag de positie van onze werkorganisatie in de regio bespreken, bijvoorbeeld
tegenover de veiligheidsregio, de GGD en de regionale uitvoeringsdiensten.

P. Aerts
""",
    },
    {
        "id": "d84-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes",
        "sender": "Tom Hendriks <t.hendriks@de-twentse-drie.nl>",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Mijn onderwerp: het volledig digitale vergunningenloket voor inwoners en ondernemers, en wat dat betekent
voor de werkprocessen en de formatie erachter.

Tom
""",
    },
    {
        "id": "d84-suggestion-09", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": "Hanneke Smeets <h.smeets@werkorganisatie-debleek.nl>",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """
Ik moet mij voor het volgende atelier waarschijnlijk afmelden, want dan ben ik op vakantie. Toch een
onderwerp: de bestuurlijke prioriteiten voor de nieuwe raadsperiode en wat die betekenen voor onze
meerjarige koers.

Hanneke
""",
    },
]
# fmt: on
