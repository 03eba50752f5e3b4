"""heldout39: a year in Flevoland and the west of Utrecht, as the mailbox receives it.

The writers are directors, deputies and secretariats of invented werkorganisaties and GR's in the Flevoland polders
(Vaartland, Kwelderstad, Flevo-Midden, Oostvaardersrand, Zuidelijke Randmeren, Ketelmonde, Knardijk-Eem,
Randmeerkust) and in the west of Utrecht (Lek en Linschoten, Snelrewaard, WPL, Kromme Vaart, Groene Hart West,
Harmelerbroek-Kockengen). The set follows one year: sign-ups and confirmations in January, answers to the welcome,
the call for themes, the invitation with its yes and no, the reminder, the waiting list, the change and the
cancellation, substitutes, the follow-up, then leaving, hand-overs, AVG requests, address changes, automatic mail
and bounces. Some people write more than once, and a later mail may overturn an earlier answer. Registers run from
stiff to chatty; there are English writers, phone mails and typos. About a third are hard: look-alikes and mixed
intents.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer.
- Under the call for themes, the follow-up or the thank-you, a proposed topic is a suggestion, also beside a yes or
  no; a mere yes there is an rsvp; a wish about place or time of the atelier is other.
- Declining the atelier while staying a member, or declining with a substitute, is an rsvp with attending False;
  leaving and declining in one mail is an unsubscribe; a substitute answering our substitute's invitation is an rsvp.
- A successor with an address, or leaving now with a successor named but no address yet, is an unsubscribe; a
  hand-over at a later date while staying a member until then is other; a colleague reporting a departure is other.
- An AVG erasure is an unsubscribe with erase; a request to see one's data is other.
- One colleague signed up with an address is a subscribe; several colleagues is other; "lid blijven" under our
  goodbye is a subscribe.
- A plain denial under our confirmation mail, also asking who did it, is an unsubscribe; asking where we got the
  address is other; a confirmation with a real question beside it is other.
- A yes on a condition the secretariat must answer is other; an assistant's new mail about the director's
  attendance is other, an assistant's reply to our invitation is an rsvp.
- Calendar answers are rsvps; out-of-office, read receipts, ticket systems and "address no longer in use" are
  autoreplies; delivery failures are bounces; neither carries a quote.
- Themes are those of what the writer proposes, not of the situation told before it; two only for two topics or for
  one topic that clearly spans both.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "h39-001",
        "kind": "subscribe",
        "sender": "Hanneke Brouwer-Wijnants <h.brouwer@werkorganisatievaartland.nl>",
        "quote": "none",
        "subject": "Aanmelding directeurennetwerk",
        "body": _(
            """
            Goedemorgen,

            Via Wouter Schipper van GR Kwelderstad hoorde ik op de nieuwjaarsborrel van de provincie over jullie
            netwerk. Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Vaartland, de ambtelijke
            organisatie van Swifterwaard en Lepelaarsdam, en ik sluit graag bij jullie aan.

            Met vriendelijke groet,

            Hanneke Brouwer-Wijnants
            Algemeen directeur | Werkorganisatie Vaartland
            T 0320 - 48 77 10
            """
        ),
    },
    {
        "id": "h39-002",
        "kind": "confirm",
        "sender": "Hanneke Brouwer-Wijnants <h.brouwer@werkorganisatievaartland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestigd. Leuk dat het zo vlot gaat!

            Hanneke
            """
        ),
    },
    {
        "id": "h39-003",
        "kind": "subscribe",
        "sender": "Graham Whitfield <g.whitfield@oostvaardersrand.nl>",
        "quote": "none",
        "subject": "Membership request - interim director Oostvaardersrand",
        "body": _(
            """
            Hello,

            Last month I started as interim director of Werkorganisatie Oostvaardersrand, on secondment from a
            shared-services partnership of three district councils in Yorkshire, so the territory is familiar. A
            colleague pointed me to your network and I would like to become a member. Correspondence in Dutch is
            fine - I read it reasonably well, though my replies may come in English.

            Kind regards,
            Graham Whitfield
            Interim Director, Werkorganisatie Oostvaardersrand
            """
        ),
    },
    {
        "id": "h39-004",
        "kind": "confirm",
        "sender": "Graham Whitfield <g.whitfield@oostvaardersrand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thanks for the swift response. Looking forward to meeting the other directors.

            Graham
            """
        ),
    },
    {
        "id": "h39-005",
        "kind": "subscribe",
        "sender": "Sander Vlietstra <s.vlietstra@zuidrandmeren.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Goedemiddag,

            ik wil me graag aanmleden voor het netwerk van dirceteuren. Sinds deze maand ben ik directuer
            bedrijfsvoering bij Werkorganisatie Zuidelijke Randmeren (hiervoor was ik controller bij de provincie).

            gr Sander
            """
        ),
    },
    {
        "id": "h39-006",
        "kind": "confirm",
        "sender": "Sander Vlietstra <s.vlietstra@zuidrandmeren.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Sorry, jullie eerste mail was in mijn map ongewenste e-mail beland. Bij deze alsnog bevestigd.

            Sander Vlietstra
            """
        ),
    },
    {
        "id": "h39-007",
        "kind": "subscribe",
        "sender": "Kees Oudshoorn <c.oudshoorn@lekenlinschoten.nl>",
        "quote": "none",
        "subject": "Aanmelding lidmaatschap",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

            Naam: mr. drs. C.J.M. Oudshoorn
            Functie: gemeentesecretaris/algemeen directeur
            Organisatie: Ambtelijke organisatie Lek en Linschoten (gemeenten Linschotenwaard en Polsbroekerdam)
            E-mail: c.oudshoorn@lekenlinschoten.nl

            Hoogachtend,

            C.J.M. Oudshoorn
            """
        ),
    },
    {
        "id": "h39-008",
        "kind": "confirm",
        "sender": "Kees Oudshoorn <c.oudshoorn@lekenlinschoten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": "",
    },
    {
        "id": "h39-009",
        "kind": "other",
        "sender": "Lotte Hazenberg <lotte.hazenberg@kvaart-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Wat een hartelijk welkom, dank jullie wel! Melanie ken ik nog van de leergang bestuurlijke
            sensitiviteit in Zeist, leuk om elkaar via deze weg weer tegen te komen. Tot ziens bij het eerste
            atelier.

            Lotte
            """
        ),
    },
    {
        "id": "h39-010",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruben Achterberg <r.achterberg@ketelmonde.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het welkom. Omdat jullie er zelf om vragen: wat mij bezighoudt is de cultuur, vier jaar na de
            fusie. Medewerkers voelen zich nog altijd eerder 'van Ketelhaven-Oost' of 'van Vogelzandt' dan van
            Ketelmonde. Hoe bouw je aan één organisatiecultuur zonder de oude identiteiten weg te poetsen? Dat zou ik
            graag met collega's bespreken.

            Hartelijke groet,
            Ruben

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h39-011",
        "kind": "autoreply",
        "sender": "Priya Raghunath <p.raghunath@groenhartwest.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your email. I am on leave until Monday 18 January and will have limited access to my
            mailbox. For urgent matters concerning GR Groene Hart West, please call the secretariat on
            0348 - 55 21 00.

            Priya Raghunath
            """
        ),
    },
    {
        "id": "h39-012",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Marjolein Tuinstra <m.tuinstra@flevomidden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Twee onderwerpen van mijn kant:
            - informatievoorziening: hoe kom je tot één datastrategie als elke gemeente haar eigen
              leverancier wil houden
            - de verhouding met drie colleges van verschillende politieke kleur, en hoe je als directie niet
              klem komt te zitten

            Groet, Marjolein Tuinstra
            directeur Dienst Flevo-Midden
            """
        ),
    },
    {
        "id": "h39-013",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jeroen Baas <jeroen.baas@wpl-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            In Polsbroekerdam en Lopikerhoeve klagen vooral oudere inwoners dat de gemeente 'verdwenen' is sinds we
            alles via de website en het KCC doen. Ik hoor graag hoe andere werkorganisaties dienstverlening op
            locatie in de kernen regelen: spreekuren in het dorpshuis, een rijdend loket, noem maar op.

            Groet,
            Jeroen
            """
        ),
    },
    {
        "id": "h39-014",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Annemiek van Dorsser <a.vandorsser@snelrewaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Mijn onderwerp: welke inhoudelijke agenda heeft een werkorganisatie voor de komende tien jaar? Wij werken
            aan een meerjarenvisie 2037 en lopen ertegenaan dat energietransitie, woningbouw en bereikbaarheid
            allemaal 'prioriteit' heten. Hoe vertalen anderen bestuurlijke prioriteiten naar een eigen koers voor de
            organisatie?

            Met vriendelijke groet,
            Annemiek van Dorsser
            Algemeen directeur GR Snelrewaard
            """
        ),
    },
    {
        "id": "h39-015",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Dennis Kooiman <d.kooiman@hwwest.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            thema idee: chat/whatsapp voor inwoners 24/7, hoe regelen anderen dat qua bezetting en privacy?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h39-016",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wilma Zandbergen <w.zandbergen@knardijkeem.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb dit keer geen onderwerp; jullie rijtje dekt wel zo'n beetje wat ons bezighoudt. Maar op 11 maart
            ben ik er zeker bij, het staat al met dikke letters in mijn agenda.

            Wilma
            """
        ),
    },
    {
        "id": "h39-017",
        "kind": "other",
        "sender": "Gert-Jan Hoftijzer <gj.hoftijzer@kwelderstad.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: " + CALL,
        "body": _(
            """
            Goedendag,

            Geen inhoudelijk onderwerp van mij, wel een wens over de vorm. Het atelier is steeds in Utrecht en voor
            ons uit de polder betekent dat al snel anderhalf uur op de A6 en de A1. Zou het een keer in Flevoland
            kunnen, bijvoorbeeld in ons gemeentehuis in Hulkesteinpolder? En liever een ochtend dan een middag, dan
            ben je voor de spits weer thuis.

            Met groet,
            Gert-Jan Hoftijzer
            GR Kwelderstad
            """
        ),
    },
    {
        "id": "h39-018",
        "kind": "unsubscribe",
        "sender": "Frank Meulenbelt <f.meulenbelt@oostvaardersrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Het derde bericht in twee weken. Ik heb er de tijd niet voor en eerlijk gezegd ook geen behoefte aan.
            Haal mij maar van jullie lijst.

            F. Meulenbelt
            """
        ),
    },
    {
        "id": "h39-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Nadia Ouali <n.ouali@zuidrandmeren.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hallo Stan,

            Op 11 maart ben ik er in elk geval, reken maar op mij. Als onderwerp stel ik voor: de positie van een
            kleine werkorganisatie in de regio, nu de provincie steeds meer regie pakt op woningbouw en mobiliteit
            en de grote buurgemeente de toon zet aan de regiotafel.

            Groet,
            Nadia

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h39-020",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bart Heijnen <bart.heijnen@lekenlinschoten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Op 11 maart zal ik er niet bij zijn, dan sta ik met het gezin op de ski's. Toch een onderwerp: hoe
            betrek je inwoners bij het ontwerp van digitale dienstverlening, zodat de nieuwe e-loketten niet alleen
            werken voor de handige thuiswerker maar ook voor de laaggeletterde buurman?

            Bart Heijnen
            Directeur Ambtelijke organisatie Lek en Linschoten
            """
        ),
    },
    {
        "id": "h39-021",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Ilona Verbeek <i.verbeek@kvaart-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Mijn voorstel voor het atelier: één klantreis voor twee gemeenten. We willen dat een inwoner van beide
            gemeenten online precies hetzelfde ziet en krijgt, maar dat lukt pas als ook de werkprocessen in de
            backoffice echt één proces worden en niet twee varianten onder één logo. Hoe hebben anderen die twee
            kanten tegelijk aangepakt?

            Met vriendelijke groet,
            Ilona Verbeek
            Directeur Samenwerkingsorganisatie Kromme Vaart
            """
        ),
    },
    {
        "id": "h39-022",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jolanda Groeneveld <j.groeneveld@randmeerkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Bij ons was het een roerig najaar: de reorganisatie van het sociaal domein, een formatie die niet rond
            te krijgen is, en daarbovenop een nieuw zaaksysteem dat nog steeds hapert. Daar hoeven we het in maart
            wat mij betreft niet over te hebben, dat lossen we zelf wel op.

            Waar ik wel graag met collega's over praat: hoe houd je als directie een koers voor de lange termijn vast
            als de colleges om de vier jaar wisselen en elk nieuw coalitieakkoord weer andere accenten legt?

            Hartelijke groet,
            Jolanda Groeneveld
            algemeen directeur Werkorganisatie Randmeerkust
            """
        ),
    },
    {
        "id": "h39-023",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Maarten Lagerwey <maarten.lagerwey@knardijkeem.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee dingen:
            1. hybride werken en wat dat betekent voor onze huisvesting (drie gemeentehuizen, veel te veel m2)
            2. formatieplanning nu het gemeentefonds krimpt: waar snijd je wel en waar niet

            Groet, Maarten
            """
        ),
    },
    {
        "id": "h39-024",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Esther Mulder <secretariaat.directie@oostvaardersrand.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + CALL,
        "body": _(
            """
            Goedemorgen,

            Namens de heer Whitfield stuur ik u hieronder zijn onderwerp voor het atelier; hij heeft het mij
            ingesproken omdat hij deze week op werkbezoek in Kopenhagen is:

            'How do you keep young talent in a shared organisation when the big city next door pays a scale higher
            and lets people work from home four days a week?'

            Met vriendelijke groet,
            Esther Mulder
            Secretariaat directie Werkorganisatie Oostvaardersrand
            """
        ),
    },
    {
        "id": "h39-025",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marjolein Tuinstra <m.tuinstra@flevomidden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog één aanvulling op mijn lijstje: de samenwerking met de buurgemeenten búiten onze GR, bijvoorbeeld bij
            de Omgevingswet, waar we nu per dossier weer nieuwe afspraken maken met wie er toevallig aan tafel zit.

            Marjolein
            """
        ),
    },
    {
        "id": "h39-026",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wim Schoemaker <w.schoemaker@wpl-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Gaarne draag ik het volgende onderwerp aan voor het atelier van maart: het sturingsconcept van de
            werkorganisatie. Werken wij met resultaatverantwoordelijke teams zonder afdelingshoofden, of houden wij
            de klassieke lijn aan? Ik ben benieuwd naar de ervaringen van collega's die die stap al gezet hebben.

            Hoogachtend,

            W.F. Schoemaker
            secretaris-directeur WPL
            """
        ),
    },
    {
        "id": "h39-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Schipper <w.schipper@kwelderstad.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan, Melanie,

            Ja, ik kom op 11 maart. Zet me maar op de lijst; ik rij vanuit Hulkesteinpolder, dus de ontvangst om
            kwart voor twee haal ik net.

            Wouter
            """
        ),
    },
    {
        "id": "h39-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hanneke Brouwer-Wijnants <h.brouwer@werkorganisatievaartland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee helaas, die donderdagmiddag vergadert de gezamenlijke auditcommissie van Swifterwaard en
            Lepelaarsdam en daar moet ik bij zijn.

            Hanneke
            """
        ),
    },
    {
        "id": "h39-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruben Achterberg <r.achterberg@ketelmonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kom, met z'n tweeën: mijn adjunct Ilse Terpstra gaat mee. Zij is net begonnen en dit lijkt me een
            mooie kennismaking met het netwerk.

            Ruben
            """
        ),
    },
    {
        "id": "h39-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Maarten Lagerwey <maarten.lagerwey@knardijkeem.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITATION,
        "body": _(
            """
            Staat in de agenda. Tot dan!
            """
        ),
    },
    {
        "id": "h39-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Graham Whitfield <g.whitfield@oostvaardersrand.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITATION,
        "body": _(
            """
            Unfortunately I'm in Brussels for the Interreg partners' meeting that week. Hope to make the next one.
            """
        ),
    },
    {
        "id": "h39-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemiek van Dorsser <a.vandorsser@snelrewaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Zelf kan ik helaas niet, maar onze directeur bedrijfsvoering Pieter Hoogland gaat graag in mijn plaats:
            p.hoogland@snelrewaard.nl. Hij weet ervan en heeft het al geblokt.

            Annemiek
            """
        ),
    },
    {
        "id": "h39-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Kuijpers <m.kuijpers@lekenlinschoten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Oudshoorn laat ik u weten dat hij op 11 maart aanwezig zal zijn. Ik heb de afspraak
            inmiddels in zijn agenda gezet, inclusief reistijd.

            Met vriendelijke groet,
            Marloes Kuijpers
            Managementondersteuning directie
            Ambtelijke organisatie Lek en Linschoten
            """
        ),
    },
    {
        "id": "h39-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Priya Raghunath <p.raghunath@groenhartwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in, please. I'll probably join via Teams rather than in person - I have a board meeting in
            Woerdenbroek that evening and the timing would be too tight otherwise.

            Best,
            Priya
            """
        ),
    },
    {
        "id": "h39-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marco Vreeswijk <m.vreeswijk@randmeerkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja ik kom! Gr Marco

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h39-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jolanda Groeneveld <j.groeneveld@randmeerkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Wat een herkenbaar thema! De couleur locale is bij ons echt het gesprek van de dag, zeker nu een van
            onze gemeenten met een eigen 'dorpsagenda' komt die niet helemaal spoort met de gezamenlijke begroting.

            Helaas valt 11 maart precies op onze begrotingsconferentie, dus deze keer moet ik passen. Ik lees het
            verslag met belangstelling.

            Jolanda
            """
        ),
    },
    {
        "id": "h39-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis Kooiman <d.kooiman@hwwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            kan hleaas niet, zit die week met de kids in Oostenrijk. volgende keer beter

            verstuurd vanaf mijn telefoon
            """
        ),
    },
    {
        "id": "h39-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Dijkstra <secretariaat@flevomidden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Mevrouw Tuinstra is op 11 maart helaas verhinderd. In haar plaats komt de heer Ahmed Bouzid,
            loco-directeur, a.bouzid@flevomidden.nl.

            Met vriendelijke groet,
            Femke Dijkstra
            Secretariaat directie Dienst Flevo-Midden
            """
        ),
    },
    {
        "id": "h39-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gert-Jan Hoftijzer <gj.hoftijzer@kwelderstad.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INVITATION,
        "body": _(
            """
            Graag afmelden voor het atelier van maart; ik blijf uiteraard lid, maar die week ben ik met het college
            op werkbezoek in Zeeland.
            """
        ),
    },
    {
        "id": "h39-040",
        "kind": "unsubscribe",
        "sender": "Jeroen Baas <jeroen.baas@wpl-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom niet, en eigenlijk mag u me ook van de ledenlijst halen: sinds 1 februari ben ik geen directeur
            meer maar concerncontroller, dus het netwerk is niet meer voor mij bedoeld. Dank voor de afgelopen jaren!

            Jeroen Baas
            """
        ),
    },
    {
        "id": "h39-041",
        "kind": "other",
        "sender": "Lotte Hazenberg <lotte.hazenberg@kvaart-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik mijn strategisch adviseur mag meenemen. Zij is geen directeur, maar
            zij trekt bij ons het dossier over de verhouding met de colleges. Is dat toegestaan? Laat het even weten,
            dan meld ik ons definitief aan.

            Lotte
            """
        ),
    },
    {
        "id": "h39-042",
        "kind": "other",
        "sender": "Wim Schoemaker <w.schoemaker@wpl-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Is het Stadskantoor goed toegankelijk met een rolstoel? Na een heupoperatie ben ik voorlopig minder
            mobiel, en voor ik toezeg wil ik weten of er een gehandicaptenparkeerplaats en een lift zijn.

            W. Schoemaker
            """
        ),
    },
    {
        "id": "h39-043",
        "kind": "other",
        "sender": "Sietske Wiersma <s.wiersma@knardijkeem.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Onze afdeling financiën vraagt of er kosten verbonden zijn aan het atelier, ook voor een gast die ik
            eventueel meeneem. Moet er een inkoopordernummer op een factuur? Dan hoor ik het graag.

            Sietske Wiersma
            Directeur bedrijfsvoering Knardijk-Eem
            """
        ),
    },
    {
        "id": "h39-044",
        "kind": "other",
        "sender": "Mohamed Amrani <m.amrani@groenhartwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Even checken: is dit dezelfde bijeenkomst als het directeurenoverleg dat de VGS in maart in Utrecht
            organiseert? Daar heb ik me namelijk al voor ingeschreven en ik wil niet dubbel op een lijst staan.

            Mohamed
            """
        ),
    },
    {
        "id": "h39-045",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hwwest.nl>",
        "quote": "none",
        "subject": "Undeliverable: " + INVITATION,
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            h.dekkers@hwwest.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try to
            resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: AM0PR04MB6411.eurprd04.prod.outlook.com

            h.dekkers@hwwest.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h39-046",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.kwelderstad.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.kwelderstad.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <t.kramer@kwelderstad.nl>: host mail.kwelderstad.nl[10.20.4.11] said: 550
                5.1.1 <t.kramer@kwelderstad.nl>: Recipient address rejected: User unknown
                in local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h39-047",
        "kind": "autoreply",
        "sender": "Sietske Wiersma <s.wiersma@knardijkeem.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met vrijdag 19 februari ben ik afwezig en lees ik mijn mail niet. Uw
            bericht wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met het directiesecretariaat,
            0321 - 38 90 00.

            Met vriendelijke groet,
            Sietske Wiersma
            """
        ),
    },
    {
        "id": "h39-048",
        "kind": "subscribe",
        "sender": "Femke Dijkstra <secretariaat@flevomidden.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe directeur bedrijfsvoering",
        "body": _(
            """
            Goedemorgen,

            Per 1 februari is mevrouw Yasmina El Khattabi gestart als directeur bedrijfsvoering van Dienst
            Flevo-Midden. Zij wil graag lid worden van uw netwerk en heeft mij gevraagd haar aan te melden. Haar
            e-mailadres is y.elkhattabi@flevomidden.nl.

            Met vriendelijke groet,
            Femke Dijkstra
            Secretariaat directie
            """
        ),
    },
    {
        "id": "h39-049",
        "kind": "confirm",
        "sender": "Yasmina El Khattabi <y.elkhattabi@flevomidden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mevrouw El Khattabi heeft mij gevraagd haar mailbox bij te houden in haar eerste weken. Namens haar
            bevestig ik hierbij de aanmelding.

            Met vriendelijke groet,
            Femke Dijkstra
            namens Y. El Khattabi, directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "h39-050",
        "kind": "subscribe",
        "sender": "Tom Verweij <t.verweij@wohk.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Hoi, graag aanmelden voor het directeurennetwerk. Ben sinds kort gem.secr/directeur bij de
            werkorganisatie van Harmelerbroek en Kockengenveld. Collega Van Dorsser raadde het me aan.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h39-051",
        "kind": "confirm",
        "sender": "Tom Verweij <t.verweij@wohk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ok bevestigd \N{THUMBS UP SIGN}

            Verzonden vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "h39-052",
        "kind": "confirm",
        "sender": "Hendrik-Jan Roodenburg <hj.roodenburg@kvaart-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,

            H.J. Roodenburg
            directeur Bedrijfsvoering
            Samenwerkingsorganisatie Kromme Vaart

            Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht ten onrechte ontvangen,
            verwijder het dan en stel de afzender hiervan op de hoogte. Aan dit bericht kunnen geen rechten worden
            ontleend.
            """
        ),
    },
    {
        "id": "h39-053",
        "kind": "other",
        "sender": "Sanne Bakker <s.bakker@randmeerkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag bevestig ik mijn aanmelding. Eén vraag nog: ik ben adjunct-directeur en niet eindverantwoordelijk.
            Is het netwerk ook voor mij bedoeld, of alleen voor de algemeen directeur? In dat laatste geval trek ik
            mijn aanmelding liever in en laat ik Jolanda zich aanmelden.

            Sanne
            """
        ),
    },
    {
        "id": "h39-054",
        "kind": "unsubscribe",
        "sender": "Henk Slootweg <h.slootweg@wpl-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Wie heeft dit gedaan? Ik vermoed iemand van ons eigen secretariaat,
            maar ik wil hier niet aan meedoen.

            H. Slootweg
            """
        ),
    },
    {
        "id": "h39-055",
        "kind": "other",
        "sender": "Cor van Leeuwen <corvanleeuwen58@kpnmail.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Dit is al de tweede mail. Ik ben nergens directeur van, ik ben sinds 2019 met pensioen. Waar hebben
            jullie mijn privéadres vandaan?
            """
        ),
    },
    {
        "id": "h39-056",
        "kind": "autoreply",
        "sender": "Wouter Schipper <w.schipper@kwelderstad.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + INVITATION,
        "body": _(
            """
            Uw bericht

              Aan: Wouter Schipper
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
              eigenheid [atelier:2027-1]
              Verzonden: dinsdag 16 februari 2027 09:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 16 februari 2027 11:47:31 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome,
            Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "h39-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia Ouali <n.ouali@zuidrandmeren.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet meer. Gisteren is er een crisisoverleg ingepland over de aanbesteding jeugdzorg en
            dat gaat voor. Geef mijn plek gerust aan iemand op de wachtlijst.

            Nadia
            """
        ),
    },
    {
        "id": "h39-058",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruben Achterberg <r.achterberg@ketelmonde.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Kleine wijziging: Ilse kan toch niet mee, ik kom dus alleen. Tot donderdag!

            Ruben
            """
        ),
    },
    {
        "id": "h39-059",
        "kind": "rsvp",
        "attending": True,
        "sender": "Priya Raghunath <p.raghunath@groenhartwest.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, still on - online, as I mentioned. See you (virtually) on Thursday.
            """
        ),
    },
    {
        "id": "h39-060",
        "kind": "unsubscribe",
        "sender": "Erwin Postma <e.postma@ketelmonde.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            afmelden aub, ben per 1 maart weg bij ketelmonde en deze mailbox gaat binnenkort dicht. groet Erwin

            Outlook voor iOS downloaden
            """
        ),
    },
    {
        "id": "h39-061",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mohamed Amrani <m.amrani@groenhartwest.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik sta op de wachtlijst, maar eerlijk gezegd kan ik inmiddels toch niet meer. Haal me maar van de
            wachtlijst, dan maakt een ander meer kans.

            Mohamed
            """
        ),
    },
    {
        "id": "h39-062",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Schipper <w.schipper@kwelderstad.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "subject": "Antw: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Die nieuwe datum, 18 maart, gaat bij mij helaas niet: dan zit ik de hele dag met de accountant over de
            jaarrekening. Ik moet dus afzeggen, jammer.
            """
        ),
    },
    {
        "id": "h39-063",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Brouwer-Wijnants <h.brouwer@werkorganisatievaartland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "RE: " + INVITATION,
        "body": _(
            """
            Vorige week moest ik nog afzeggen vanwege de auditcommissie, maar die is naar april verschoven. Ik kom
            dus toch! Als het vol is, zet me dan maar op de wachtlijst.

            Hanneke
            """
        ),
    },
    {
        "id": "h39-064",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter Hoogland <p.hoogland@snelrewaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Annemiek had het al aangekondigd; ik kom graag in haar plaats. Een gast neem ik
            niet mee, ik kom alleen.

            Pieter Hoogland
            """
        ),
    },
    {
        "id": "h39-065",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ahmed Bouzid <a.bouzid@flevomidden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Vervelend, maar ik kan op 11 maart ook niet: ik zit die dag bij de rechtbank voor een beroepszaak. Ik heb
            Marjolein gevraagd of iemand anders kan gaan.

            Ahmed
            """
        ),
    },
    {
        "id": "h39-066",
        "kind": "other",
        "sender": "Tineke Smits <t.smits@randmeerkust.nl>",
        "quote": "none",
        "subject": "Aanwezigheid mevrouw Groeneveld 11 maart",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Groeneveld vroeg mij na te gaan of zij nog op de deelnemerslijst voor het atelier van 11 maart
            staat. Zij had eerst afgezegd, maar haar begrotingsconferentie is verplaatst en ze wil graag alsnog
            komen. Kunt u laten weten of dat nog kan?

            Met vriendelijke groet,
            Tineke Smits
            Directiesecretariaat Werkorganisatie Randmeerkust
            """
        ),
    },
    {
        "id": "h39-067",
        "kind": "other",
        "sender": "Sietske Wiersma <s.wiersma@knardijkeem.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer dat het niet doorgaat, ik had me er echt op verheugd. Is er al zicht op een nieuwe datum? Dan houd
            ik die alvast vrij.

            Sietske
            """
        ),
    },
    {
        "id": "h39-068",
        "kind": "other",
        "sender": "Gerdien Blom <g.blom@zuidrandmeren.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            De bijlage met de afspraak krijg ik op mijn telefoon niet open. Zouden jullie de uitnodiging nog een
            keer als los agendaverzoek kunnen sturen? Dan zie ik op kantoor beter of het past.

            Gerdien
            """
        ),
    },
    {
        "id": "h39-069",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Maarten Lagerwey <maarten.lagerwey@knardijkeem.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de inspirerende middag, en voor het heldere verslag. Voor de volgende keer wil ik graag verder
            praten over AI in de backoffice: waar zetten anderen het al in bij werkprocessen als facturatie en
            archivering, en hoe houd je daar als directie grip op?

            Maarten
            """
        ),
    },
    {
        "id": "h39-070",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Graham Whitfield <g.whitfield@oostvaardersrand.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Sorry to have missed it - the report reads as if it was a lively afternoon. For next time: how do other
            directors handle councils with conflicting ambitions, and where do you draw the line between serving
            them all and being pulled apart?

            Graham
            """
        ),
    },
    {
        "id": "h39-071",
        "kind": "other",
        "sender": "Wilma Zandbergen <w.zandbergen@knardijkeem.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het verslag, heel helder opgeschreven. Ik heb het meteen doorgestuurd naar mijn MT; de tweede
            casus herkenden ze allemaal.
            """
        ),
    },
    {
        "id": "h39-072",
        "kind": "other",
        "sender": "Priya Raghunath <p.raghunath@groenhartwest.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Could you send me the slides from the professor's talk? The link in the report only seems to have the
            summary, and I'd like to use a few of them in our management team next week.

            Thanks, Priya
            """
        ),
    },
    {
        "id": "h39-073",
        "kind": "unsubscribe",
        "sender": "Wim Schoemaker <w.schoemaker@wpl-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor een mooie laatste middag. Het was meteen mijn afscheid van het netwerk: per 1 mei ga ik met
            pensioen. Wilt u mij van de ledenlijst halen? Over een opvolger is nog niets besloten.

            Hartelijke groet,
            Wim Schoemaker
            """
        ),
    },
    {
        "id": "h39-074",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ilona Verbeek <i.verbeek@kvaart-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank voor de middag! Een thema voor het najaar: monitoring van prestaties. Welke dashboards gebruiken
            jullie om colleges en raden te laten zien hoe de dienstverlening aan inwoners ervoor staat? 'What gets
            measured gets managed', zei mijn voorganger altijd, maar wat meet je dan?

            Ilona
            """
        ),
    },
    {
        "id": "h39-075",
        "kind": "unsubscribe",
        "sender": "Wim Schoemaker <w.schoemaker@wpl-gemeenten.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Inmiddels is mijn opvolger bekend: Saskia Vermeulen begint op 1 juni als secretaris-directeur. Haar adres
            is s.vermeulen@wpl-gemeenten.nl. Wilt u haar voor het netwerk uitnodigen?

            W. Schoemaker
            """
        ),
    },
    {
        "id": "h39-076",
        "kind": "unsubscribe",
        "sender": "Ruben Achterberg <r.achterberg@ketelmonde.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Beste Stan en Melanie,

            Na zes jaar Ketelmonde stap ik over naar de provincie. Vrijdag is mijn laatste werkdag, dus u mag mij
            per direct afmelden. Mijn opvolger wordt Fatma Yıldız; haar e-mailadres bij Ketelmonde is nog niet
            aangemaakt, zij meldt zich zelf bij u zodra ze begonnen is.

            Dank voor alle goede gesprekken!
            Ruben
            """
        ),
    },
    {
        "id": "h39-077",
        "kind": "other",
        "sender": "Jolanda Groeneveld <j.groeneveld@randmeerkust.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 oktober",
        "body": _(
            """
            Beste Stan,

            Per 1 oktober neemt Anouk Bergsma (a.bergsma@randmeerkust.nl) mijn functie als algemeen directeur over;
            ik ga naar een gemeente in de Achterhoek. Tot die tijd blijf ik lid, en als het najaarsatelier vóór
            oktober valt kom ik ook nog graag. Wil je Anouk na mijn vertrek toevoegen?

            Groet,
            Jolanda
            """
        ),
    },
    {
        "id": "h39-078",
        "kind": "other",
        "sender": "Marloes Kuijpers <m.kuijpers@lekenlinschoten.nl>",
        "quote": "none",
        "subject": "Vertrek de heer Oudshoorn",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: de heer Oudshoorn is per 1 juli vertrokken bij onze organisatie. Ik zie dat hij nog uw
            berichten ontvangt op zijn oude adres; dat wordt eind van de maand opgeheven. Een opvolger is nog niet
            benoemd.

            Met vriendelijke groet,
            Marloes Kuijpers
            """
        ),
    },
    {
        "id": "h39-079",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Cor van Leeuwen <corvanleeuwen58@kpnmail.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Naar aanleiding van uw ongevraagde mails verzoek ik u op grond van artikel 17 van de Algemene
            verordening gegevensbescherming al mijn persoonsgegevens uit uw bestanden te wissen en mij geen
            berichten meer te sturen. Ik verneem graag binnen de wettelijke termijn van één maand dat dit is gebeurd.

            C. van Leeuwen
            """
        ),
    },
    {
        "id": "h39-080",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Graham Whitfield <g.whitfield@oostvaardersrand.nl>",
        "quote": "none",
        "subject": "Leaving - please remove my details",
        "body": _(
            """
            Hi Stan and Melanie,

            My interim assignment at Oostvaardersrand ends this Friday and I'm heading back to Leeds. Please take me
            off the members' list and delete whatever personal data you hold on me - there's no reason to keep it
            once I've gone.

            It's been a pleasure.
            Graham
            """
        ),
    },
    {
        "id": "h39-081",
        "kind": "other",
        "sender": "Henk Slootweg <h.slootweg@wpl-gemeenten.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geachte heer, mevrouw,

            Eerder dit jaar ontving ik zonder dat ik erom had gevraagd een bevestigingsmail van uw netwerk. Op grond
            van artikel 15 AVG verzoek ik u mij een overzicht te sturen van de persoonsgegevens die u van mij
            verwerkt, de bron waaruit u ze heeft verkregen en hoe lang u ze bewaart.

            Met vriendelijke groet,
            H. Slootweg
            """
        ),
    },
    {
        "id": "h39-082",
        "kind": "other",
        "sender": "Yasmina El Khattabi <y.elkhattabi@flevomidden.nl>",
        "quote": "none",
        "subject": "Aanmelding MT-leden",
        "body": _(
            """
            Goedemorgen,

            Mag ik ook mijn twee collega-directeuren aanmelden? Het gaat om:
            - Ahmed Bouzid, directeur Ruimte (a.bouzid@flevomidden.nl)
            - Liesbeth Kamphuis, directeur Sociaal domein (l.kamphuis@flevomidden.nl)

            Met vriendelijke groet,
            Yasmina El Khattabi
            """
        ),
    },
    {
        "id": "h39-083",
        "kind": "subscribe",
        "sender": "Annemiek van Dorsser <a.vandorsser@snelrewaard.nl>",
        "quote": "none",
        "subject": "Nieuw lid: Pieter Hoogland",
        "body": _(
            """
            Hoi Stan,

            Pieter Hoogland, onze directeur bedrijfsvoering, beviel het atelier zo goed dat hij graag zelf lid
            wordt. Wil je hem aanmelden? p.hoogland@snelrewaard.nl

            Groet,
            Annemiek
            """
        ),
    },
    {
        "id": "h39-084",
        "kind": "subscribe",
        "sender": "Dennis Kooiman <d.kooiman@hwwest.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Lid blijven graag! Mijn managementassistent heeft tijdens mijn vakantie mijn inbox opgeschoond en kennelijk
            op een paar afmeldknoppen gedrukt. Dit netwerk hoorde daar niet bij.

            Dennis
            """
        ),
    },
    {
        "id": "h39-085",
        "kind": "subscribe",
        "sender": "Gert-Jan Hoftijzer <gj.hoftijzer@kwelderstad.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Oeps, dat was niet de bedoeling. Ik meldde me alleen af voor het atelier van maart, niet voor het hele
            netwerk. Ik wil dus graag lid blijven.

            Gert-Jan
            """
        ),
    },
    {
        "id": "h39-086",
        "kind": "subscribe",
        "sender": "Arjen Kloosterman <a.kloosterman@oostvaardersrand.nl>",
        "quote": "none",
        "subject": "Weer aanmelden",
        "body": _(
            """
            Beste Melanie,

            Vorig jaar heb ik me afgemeld toen ik tijdelijk naar het ministerie ging. Inmiddels ben ik terug in de
            polder, nu als opvolger van Graham Whitfield bij Oostvaardersrand, en ik doe graag weer mee met het
            netwerk.

            Hartelijke groet,
            Arjen Kloosterman
            """
        ),
    },
    {
        "id": "h39-087",
        "kind": "confirm",
        "sender": "Saskia Vermeulen <s.vermeulen@wpl-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor deze mail. Wim Schoemaker had me al gewaarschuwd dat hij zou komen: hij heeft me als zijn
            opvolger bij jullie opgegeven. Fijn dat jullie het eerst even natrekken, dat zie je niet vaak. Bevestigd
            dus!

            Saskia Vermeulen
            secretaris-directeur WPL
            """
        ),
    },
    {
        "id": "h39-088",
        "kind": "confirm",
        "sender": "Anouk Bergsma <a.bergsma@randmeerkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Graag bevestig ik hierbij mijn aanmelding (referentie AF-7K3Q9-XM2PA-4RTZ8).

            Met vriendelijke groet,
            Anouk Bergsma
            Algemeen directeur Werkorganisatie Randmeerkust
            """
        ),
    },
    {
        "id": "h39-089",
        "kind": "confirm",
        "sender": "Fatma Yıldız <f.yildiz@ketelmonde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            bevestigd, dank en tot snel. Fatma (nieuwe directuer Ketelmonde)
            """
        ),
    },
    {
        "id": "h39-090",
        "kind": "confirm",
        "sender": "Arjen Kloosterman <a.kloosterman@oostvaardersrand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Akkoord, zet me er maar weer op. Goed om terug te zijn.
            """
        ),
    },
    {
        "id": "h39-091",
        "kind": "other",
        "sender": "Sietske Wiersma <s.wiersma@knardijkeem.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 september",
        "body": _(
            """
            Goedemiddag,

            Per 1 september gaan Knardijk en Eemhoek verder onder de naam Werkorganisatie Flevokust en veranderen al
            onze mailadressen. Mijn nieuwe adres wordt s.wiersma@flevokust.nl; het oude blijft nog een half jaar
            werken. Willen jullie het in het ledenbestand aanpassen?

            Met vriendelijke groet,
            Sietske Wiersma
            """
        ),
    },
    {
        "id": "h39-092",
        "kind": "other",
        "sender": "Marco Vreeswijk <m.vreeswijk@randmeerkust.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION,
        "body": _(
            """
            Hallo,

            Onderstaande mail kreeg ik twee keer: één keer op dit adres en één keer via mijn oude adres bij de
            provincie, dat blijkbaar nog wordt doorgestuurd. Dat gebeurt sinds de zomer met al jullie berichten.
            Kunnen jullie nagaan hoe dat komt? Geen ramp, maar wel onhandig.

            Marco
            """
        ),
    },
    {
        "id": "h39-093",
        "kind": "unsubscribe",
        "sender": "Thijs Aalbers <t.aalbers@groenhartwest.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Volgens mij gaat hier iets mis: ik ben beleidsadviseur bij de GR, geen directeur. Mijn leidinggevende
            heeft mij waarschijnlijk per abuis opgegeven in plaats van zichzelf. Wilt u mij weer uitschrijven?

            Thijs Aalbers
            """
        ),
    },
    {
        "id": "h39-094",
        "kind": "unsubscribe",
        "sender": "Lotte Hazenberg <lotte.hazenberg@kvaart-samen.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap",
        "body": _(
            """
            Beste Stan en Melanie,

            Per vandaag draag ik het stokje over aan Kees Dijkhuis (k.dijkhuis@kvaart-samen.nl). Wilt u mij afmelden
            en hem in mijn plaats uitnodigen? Hij heeft er zin in.

            Lotte
            """
        ),
    },
    {
        "id": "h39-095",
        "kind": "autoreply",
        "sender": "Kees Oudshoorn <c.oudshoorn@lekenlinschoten.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + CALL,
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. De heer Oudshoorn is niet langer werkzaam bij Ambtelijke
            organisatie Lek en Linschoten. Uw bericht wordt niet doorgestuurd. Voor algemene vragen kunt u terecht
            bij info@lekenlinschoten.nl of 0348 - 47 12 00.
            """
        ),
    },
    {
        "id": "h39-096",
        "kind": "autoreply",
        "sender": "Servicedesk Werkorganisatie Vaartland <servicedesk@werkorganisatievaartland.nl>",
        "quote": "none",
        "subject": "[INC-2027-04411] Uw melding is ontvangen",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Beste melder,

            Uw bericht is ontvangen en geregistreerd onder nummer INC-2027-04411. Een medewerker van de servicedesk
            neemt uw melding zo spoedig mogelijk in behandeling, gemiddeld binnen twee werkdagen.

            Reageert u op deze melding? Laat dan het nummer in de onderwerpregel staan.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "h39-097",
        "kind": "autoreply",
        "sender": "Gerdien Blom <g.blom@zuidrandmeren.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: " + REMINDER,
        "body": _(
            """
            Vanaf 1 maart ben ik met zwangerschaps- en bevallingsverlof; ik verwacht rond half juli terug te zijn.
            Mijn mail wordt in die periode niet gelezen. Voor zaken rond de directie kunt u contact opnemen met
            Sander Vlietstra (s.vlietstra@zuidrandmeren.nl).

            Gerdien Blom
            """
        ),
    },
    {
        "id": "h39-098",
        "kind": "autoreply",
        "sender": "Wouter Schipper <w.schipper@kwelderstad.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + CALL,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Per 1 juni ben ik met pensioen en wordt deze mailbox niet meer gelezen. Mijn taken als directeur van GR
            Kwelderstad zijn overgenomen door Joost Verhagen, j.verhagen@kwelderstad.nl. Hij helpt u graag verder.
            """
        ),
    },
    {
        "id": "h39-099",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@wohk.nl>",
        "quote": "none",
        "subject": "Kan niet worden bezorgd: " + CALL,
        "body": _(
            """
            De bezorging is mislukt voor deze ontvangers of groepen:

            Tom Verweij (t.verweij@wohk.nl)
            Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren. Probeer het bericht later
            opnieuw te verzenden of neem contact op met de ontvanger.

            Diagnostische gegevens voor beheerders:

            Server genereren: VI1PR09MB3344.eurprd09.prod.outlook.com

            t.verweij@wohk.nl
            Remote Server returned '554 5.2.2 mailbox full;
            STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
            """
        ),
    },
    {
        "id": "h39-100",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Address not found **

            Your message wasn't delivered to jgroeneveld1971@gmail.com because the address couldn't be found, or is
            unable to receive mail.

            Learn more here: https://support.google.com/mail/?p=NoSuchUser

            The response was:

            550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the
            recipient's email address for typos or unnecessary spaces. For more information, go to
            https://support.google.com/mail/?p=NoSuchUser
            """
        ),
    },
]
# fmt: on
