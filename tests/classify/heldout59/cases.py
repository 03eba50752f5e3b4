"""heldout59: a year of mail from directors of shared civil-service organisations in the Achterhoek and the Liemers.

The writers run (or assist the directors of) invented werkorganisaties and GR's in the east of Gelderland: Liemers
Samen, Liemerse Linie, Grensland Oost, Berkelduin, Slingestroom, Zelhemse Broek, De Achterhoekse Poort, Oude IJssel
Ambtelijk, IJsselkant, Rijnstrangen, Bergherbos, Baakse Beek Dienstverlening and OAD. Over one year they sign up
(some through a secretary), confirm, leave on retirement or when a GR is dissolved, hand over their seat, answer the
invitations and reminders for the March atelier, propose topics under the call, the welcome and the follow-up, and
write the secretariat about addresses, conditions, the venue and their data. A few recur through the year (a new
director signed up by her secretary later proposes a topic; a director announces a hand-over and later names her
successor under our goodbye). Writers range from stiff to chatty, some on phones, some in English or bilingual.
About half the cases are hard.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a topic proposed under any of our mails (welcome, invitation, RSVP
  acknowledgement) is a suggestion, also beside a yes, while a reply to the call for themes that only says whether
  the writer comes is an rsvp;
- themes are those of the proposed topic, not of the story told before it (a system outage told in passing);
  two themes where one topic spans both or two topics sit under two themes;
- a proposal about the venue or timing, backing another member's topic and asking to present are other;
- declining the atelier while staying a member, and declining with a substitute, are rsvp False; leaving the
  network and declining in one mail is unsubscribe; the later mail carries the latest answer;
- a successor named with an address (also under our goodbye) or named without one is unsubscribe; a hand-over at
  a later date with "tot die tijd blijf ik lid" is other; a colleague reporting that someone left is other;
- an AVG erasure is unsubscribe with erase, also with a question beside it; a request to see one's data is other;
- a denial under our confirmation mail that asks who signed the writer up is unsubscribe; one that asks where we
  got the address is other;
- a secretary signing up one named colleague with the address is subscribe; "lid blijven" under the goodbye is
  subscribe; a secretary confirming for the director from her own address is other;
- a yes on a condition, a "nee" that only answers the question about guests, an assistant forwarding the
  invitation with a line about the director's attendance, and an address change are other; an assistant answering
  in reply to the invitation is rsvp;
- calendar accepts and declines are rsvp; out-of-office, read receipts, ticket systems and "address no longer in
  use" are autoreply without a quote; delivery failures are bounce without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_REMIND = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_CONFIRM = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
_FOLLOW = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- subscribe -------------------------------------------------------------------------------------------
    {
        "id": "h59-001",
        "kind": "subscribe",
        "sender": "Marloes Tenhagen <m.tenhagen@liemerssamen.nl>",
        "quote": "none",
        "subject": "Aanmelding Netwerk directeuren",
        "body": _(
            """
            Geachte heer, mevrouw,

            Per 1 februari ben ik gestart als algemeen directeur van Liemers Samen, de ambtelijke werkorganisatie
            van de gemeenten Duivenwaard en Westerpoort. Mijn voorganger Bert Overkamp was jarenlang lid van uw
            netwerk en raadde mij met klem aan hetzelfde te doen. Bij dezen dus: ik meld mij graag aan als lid.

            Met vriendelijke groet,

            drs. M.E. (Marloes) Tenhagen
            algemeen directeur Liemers Samen
            Postbus 140, 6920 AC Duivenwaard
            """
        ),
    },
    {
        "id": "h59-002",
        "kind": "subscribe",
        "sender": "Aidan Kuipers-Walsh <a.kuipers-walsh@grenslandoost.nl>",
        "quote": "none",
        "subject": "Joining the directors' network",
        "body": _(
            """
            Hello,

            I took up the post of director of operations (directeur bedrijfsvoering) at Grensland Oost last
            autumn. My Dutch is getting there, but writing is still quicker in English, so forgive me. A colleague
            from Rijnstrangen pointed me to your network and the ateliers - please sign me up as a member, at this
            address.

            Kind regards,
            Aidan Kuipers-Walsh
            Director of Operations | Grensland Oost
            (shared services for the municipalities of Lobithoek, Tolkamerwaard and Spijkveld)
            """
        ),
    },
    {
        "id": "h59-003",
        "kind": "subscribe",
        "sender": "Secretariaat directie Berkelduin <secretariaat.directie@berkelduin.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe gemeentesecretaris-directeur",
        "body": _(
            """
            Goedemiddag,

            Namens onze nieuwe gemeentesecretaris-directeur, mevrouw Hanneke Wolbrink, wil ik haar graag
            aanmelden voor het netwerk. Zij is op 15 januari bij ons begonnen en is bereikbaar via
            h.wolbrink@berkelduin.nl. Ze hoorde op de regiodag al veel goeds over de ateliers.

            Met vriendelijke groet,
            Gerda Eppink
            managementassistent directie | Werkorganisatie Berkelduin
            """
        ),
    },
    {
        "id": "h59-004",
        "kind": "subscribe",
        "sender": "Rik Luttikhuis <r.luttikhuis@slingestroom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven.

            Hier is iets misgegaan: mijn secretariaat heeft 'afmelden' geantwoord op de uitnodiging, maar dat
            sloeg alleen op het atelier van maart (dan zit ik met het gezin in Oostenrijk). Van het netwerk wil
            ik zeker geen afscheid nemen.

            Rik
            """
        ),
    },
    {
        "id": "h59-005",
        "kind": "subscribe",
        "sender": "Wim Heinen <wimheinen@bbdienst.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Goedemorgen, graag aanmelden voor het netwerk van fusiedirecteuren. Ben sinds kort directeur
            bedrijfsvoering bij Baakse Beek Dienstverlening (BBD). Groet Wim Heinen

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h59-006",
        "kind": "subscribe",
        "sender": "Thea Klein Gunnewiek <t.kleingunnewiek@zelhemsebroek.nl>",
        "quote": "none",
        "subject": "Opnieuw aanmelden",
        "body": _(
            """
            Beste secretariaat,

            Vorig najaar kreeg ik een mail om mijn aanmelding te bevestigen, maar die is in de drukte rond de
            begrotingsraad ondergesneeuwd en inmiddels vast verlopen. Excuus daarvoor. Ik probeer het dus
            gewoon opnieuw: wilt u mij inschrijven als lid? Ik ben directeur van de Werkorganisatie Zelhemse
            Broek.

            Hartelijke groet,
            Thea Klein Gunnewiek
            """
        ),
    },
    # ---- confirm ---------------------------------------------------------------------------------------------
    {
        "id": "h59-007",
        "kind": "confirm",
        "sender": "Gerrit-Jan Nijhof <gj.nijhof@oudeijssel-ambtelijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Gerrit-Jan Nijhof
            Algemeen directeur
            Oude IJssel Ambtelijk | werkorganisatie voor Doesveld en Angerwaard
            T 0315 68 24 00 | M 06 41 77 20 95

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden
            ontleend.
            """
        ),
    },
    {
        "id": "h59-008",
        "kind": "confirm",
        "sender": "Joke Roelofsen <joke.roelofsen@achterhoeksepoort.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: " + _CONFIRM,
        "body": _(
            """
            Hierbij bevestigd! Leuk dat zo'n netwerk bestaat, mijn buurman-directeur in Bergherbos was er
            laaiend enthousiast over.

            Joke
            """
        ),
    },
    {
        "id": "h59-009",
        "kind": "confirm",
        "sender": "Hannah Brethouwer <h.brethouwer@rijnstrangen-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes please - sorry for the delay, your first mail got buried under the year-end closing. Take this
            as my confirmation.

            Best,
            Hannah
            """
        ),
    },
    {
        "id": "h59-010",
        "kind": "confirm",
        "sender": "Erik Seesink <e.seesink@bergherbos.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: " + _CONFIRM.replace("Bevestig", "bevestig"),
        "body": _(
            """
            Uw eerste bericht stond in mijn map Ongewenst, vandaar de stilte. Ja, ik word graag lid.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h59-011",
        "kind": "confirm",
        "sender": "Annet Wensink <wensinka@bbdienst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: " + _CONFIRM,
        "body": "",
    },
    {
        "id": "h59-012",
        "kind": "confirm",
        "sender": "Maarten Ebbers <maarten.ebbers@grenslandoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord, bevestigd.

            Ter verduidelijking, want u kent mij nog niet: ik volg Johan Slütter op, die zich eind vorig jaar bij
            u heeft afgemeld toen hij met pensioen ging. Het adres is dus nieuw, de stoel niet.

            M. Ebbers
            secretaris-directeur Grensland Oost
            """
        ),
    },
    # ---- unsubscribe -----------------------------------------------------------------------------------------
    {
        "id": "h59-013",
        "kind": "unsubscribe",
        "sender": "Henk Arendsen <h.arendsen@achterhoeksepoort.nl>",
        "quote": "none",
        "subject": "Afscheid i.v.m. pensioen",
        "body": _(
            """
            Beste Stan en Melanie,

            Na ruim veertig jaar openbaar bestuur, waarvan de laatste zeven als directeur van De Achterhoekse
            Poort, ben ik vandaag met pensioen gegaan. Dit is een van mijn laatste mails vanaf dit adres: haalt u
            mij uit het netwerk? Over mijn opvolging is nog niets besloten, een naam heb ik dus niet voor u.

            Dank voor alle mooie ateliers. Ik ga die gesprekken missen.

            Hartelijke groet,
            Henk Arendsen
            """
        ),
    },
    {
        "id": "h59-014",
        "kind": "unsubscribe",
        "sender": "Bernadette Ormel <b.ormel@wo-ijsselkant.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat is Femke Hulshof, tot vorige week onze
            concerncontroller en sinds 1 juni directeur. Haar adres is f.hulshof@wo-ijsselkant.nl. Zij weet ervan
            en rekent op uw bericht.

            Bernadette
            """
        ),
    },
    {
        "id": "h59-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Callum de Graaf <callum.degraaf@bergherbos.nl>",
        "quote": "none",
        "subject": "GDPR request - removal",
        "body": _(
            """
            Dear secretariat,

            I'm leaving Bergherbos at the end of this month and won't be in a comparable role for the
            foreseeable future. Please take me off the network and erase every piece of personal data you hold
            on me (name, address, attendance records, anything in your CRM), in line with Article 17 GDPR.

            One question alongside this: do you share member data with the Adviesraad or any third party? If
            so, I'd like them to delete it as well.

            Regards,
            Callum de Graaf
            """
        ),
    },
    {
        "id": "h59-016",
        "kind": "unsubscribe",
        "sender": "Ans Menting <a.menting@zelhemsebroek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens voor opgegeven en wil dit ook niet. Wie heeft mij aangemeld? In uw mail staat
            een secretariaatsadres, maar dat zegt mij helemaal niets.

            A. Menting
            teamleider Publiekszaken
            """
        ),
    },
    {
        "id": "h59-017",
        "kind": "unsubscribe",
        "sender": "Dirk-Jan Veldhorst <dj.veldhorst@rijnstrangen-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Op 11 maart ben ik er niet bij, en eerlijk gezegd kunt u mij ook helemaal van de ledenlijst halen.
            De gemeenteraden hebben besloten de werkorganisatie Rijnstrangen per 1 januari 2028 op te heffen;
            mijn werk bestaat vanaf nu vooral uit afwikkelen. Dank voor de afgelopen jaren.

            DJ Veldhorst
            """
        ),
    },
    {
        "id": "h59-018",
        "kind": "unsubscribe",
        "sender": "Ria Frederiks <r.frederiks@oudeijssel-ambtelijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + _CALL,
        "body": _(
            """
            Geen thema's van mij dit keer: ik vertrek naar de provincie en laat me bij dezen uitschrijven.
            Mijn opvolger wordt hoogstwaarschijnlijk Joost ter Haar (nu nog bij een GR in Twente), maar zijn
            nieuwe mailadres heb ik niet. Hij meldt zich vast zelf bij jullie.

            Ria
            """
        ),
    },
    # ---- rsvp ------------------------------------------------------------------------------------------------
    {
        "id": "h59-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingeborg Huitink <ingeborg.huitink@slingestroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITE,
        "body": _(
            """
            Ja, ik kom! En ik neem onze concerncontroller Sander mee, dus we zijn met z'n tweeën.

            Groetjes, Ingeborg
            """
        ),
    },
    {
        "id": "h59-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia Rutgers <n.rutgers@liemerssamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in for 11 March. I'll be there in person - Utrecht is a trek from Duivenwaard, but the
            conversations over coffee are half the value. Tot dan!

            Nadia
            """
        ),
    },
    {
        "id": "h59-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Garritsen <p.garritsen@bergherbos.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Seesink laat ik u weten dat hij op 11 maart graag aanwezig is. De middag is in zijn
            agenda vrijgehouden.

            Met vriendelijke groet,
            Petra Garritsen
            directiesecretaresse Bergherbos Samenwerking
            """
        ),
    },
    {
        "id": "h59-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Te Winkel <j.tewinkel@wo-ijsselkant.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITE,
        "body": _(
            """
            Staat genoteerd, ik ben er om kwart voor twee.
            """
        ),
    },
    {
        "id": "h59-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Hengeveld <f.hengeveld@achterhoeksepoort.nl>",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Een onderwerp om in te brengen heb ik op dit moment niet, de afgelopen maanden waren vooral
            brandjes blussen. Maar op 11 maart ben ik er gewoon bij, dat blok zit al in mijn agenda.

            F. Hengeveld
            """
        ),
    },
    {
        "id": "h59-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lies Overkamp <l.overkamp@zelhemsebroek.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            De 18e komt me eerlijk gezegd beter uit dan de 11e, toen had ik een AB-vergadering. Dus: als er
            een plek vrijkomt, schuif ik aan in het Provinciehuis.
            """
        ),
    },
    {
        "id": "h59-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Wolters <b.wolters@oudeijssel-ambtelijk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helaas, ik kan niet. De raad van Doesveld heeft precies op die middag een extra vergadering over de
            tekorten in het sociaal domein ingelast. Geef mijn plek maar aan iemand van de wachtlijst.

            Bart Wolters
            """
        ),
    },
    {
        "id": "h59-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert Tiemessen <g.tiemessen@liemerselinie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Die week zit ik in Brussel voor ons grensoverschrijdende Interreg-project, dus zelf kan ik er niet
            bij zijn. In mijn plaats komt Ilse Rouwhorst, onze directeur Dienstverlening:
            i.rouwhorst@liemerselinie.nl. Zij komt alleen.

            Groet, Geert
            """
        ),
    },
    {
        "id": "h59-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Saskia Ter Horst <s.terhorst@berkelduin.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: " + _REMIND,
        "body": _(
            """
            Ik moet mij helaas afmelden voor het atelier van donderdag, mijn dochter wordt die middag
            geopereerd. Lid blijf ik uiteraard wel, ik hoop in het najaar weer van de partij te zijn.

            Saskia
            """
        ),
    },
    {
        "id": "h59-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mirjam Boerrigter <mirjam.boerrigter@liemerssamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor de uitnodiging, maar op 11 maart kan ik ook niet: ik heb die middag zelf een MT-heidag.
            Sorry! Willen jullie het even aan Dirk terugkoppelen? Misschien kan hij nog iemand anders vragen.

            Mirjam
            """
        ),
    },
    {
        "id": "h59-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Aidan Kuipers-Walsh <a.kuipers-walsh@grenslandoost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + _INVITE,
        "body": _(
            """
            Sorry, this clashes with the joint audit committee of our three councils. Hoping to make the autumn
            one.
            """
        ),
    },
    {
        "id": "h59-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harm Brinkhorst <h.brinkhorst@slingestroom.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Vorige maand schreef ik nog volmondig ja, maar ik lig sinds gisteren met griep op de bank en dat
            wordt voor donderdag niks meer. Streep me maar door.

            Harm
            """
        ),
    },
    # ---- suggestion ------------------------------------------------------------------------------------------
    {
        "id": "h59-031",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jan-Willem Te Brake <jw.tebrake@oad-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Een onderwerp dat bij ons bovenaan de lijst staat: wat doe je als een van de deelnemende gemeenten
            openlijk overweegt uit de GR te stappen? Hoe houd je de verhoudingen met de andere twee besturen
            goed, en hoe voorkom je dat de werkorganisatie de speelbal wordt?

            Met hartelijke groet,
            Jan-Willem Te Brake
            """
        ),
    },
    {
        "id": "h59-032",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Sanne Wieggers <sanne.wieggers@liemerselinie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + _CALL,
        "body": _(
            """
            Hoi,

            Twee onderwerpen van onze kant:
            - AI en taalmodellen in de backoffice: wat mag, wat werkt, wie heeft al iets draaien?
            - de wachttijden bij het KCC omlaag krijgen zonder extra formatie

            Groet, Sanne
            (directeur Liemerse Linie)
            """
        ),
    },
    {
        "id": "h59-033",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Priya Nijenhuis <p.nijenhuis@berkelduin.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon in Utrecht, and for getting the report out so quickly.

            For next time I'd like to put forward: how do you build a long-term vision for a shared organisation
            when the coalition agreements of your municipalities point in different directions? We're drafting
            our 2030 vision right now and keep getting stuck on exactly that.

            Priya
            """
        ),
    },
    {
        "id": "h59-034",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hanneke Wolbrink <h.wolbrink@berkelduin.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom! U vraagt naar een onderwerp; ik heb er meteen een. Wij hebben één
            klantcontactcentrum voor beide gemeenten, maar de colleges willen de klanttevredenheid per gemeente
            zien. Hoe meten collega's dat, en hoe maak je de prestaties per gemeente zichtbaar zonder de eenheid
            van het loket los te laten?

            Hanneke Wolbrink
            """
        ),
    },
    {
        "id": "h59-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tom Roerink <t.roerink@oad-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + _INVITE,
        "body": _(
            """
            Ja, ik kom graag.

            Voor een volgende editie wil ik de arbeidsmarkt agenderen: hoe houden kleine werkorganisaties in de
            Achterhoek hun formatie op peil als iedereen naar Arnhem of de Randstad trekt? Wij hebben nu
            veertien openstaande vacatures in het fysieke domein.

            Tom
            """
        ),
    },
    {
        "id": "h59-036",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Jan-Willem Te Brake <jw.tebrake@oad-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere suggestie: de kostenverdeelsleutel. Wij verdelen de lasten naar
            inwonertal, maar door de groei van Grolstede klopt dat niet meer. Hoe richt je de financiële
            verdeling zo in dat ze eerlijk blijft en geen splijtzwam tussen de gemeenten wordt?

            JW
            """
        ),
    },
    {
        "id": "h59-037",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marjolein Kettelerij <m.kettelerij@achterhoeksepoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen Stan,

            Wat een week. Ons zaaksysteem lag drie dagen plat na een update, de helft van de
            vergunningaanvragen moest met de hand worden geregistreerd en de leverancier wees naar onze eigen
            I&A-afdeling. Daar wil ik het op het atelier eigenlijk niet over hebben, dat lossen we zelf wel op.

            Waar ik wel graag met collega's over zou praten: de positie van kleinere werkorganisaties in de
            regio-agenda Achterhoek. De centrumgemeenten bepalen daar in de praktijk het tempo; hoe zorgen wij
            dat onze besturen aan tafel blijven en niet alleen meebetalen?

            Hartelijke groet,
            Marjolein Kettelerij
            directeur De Achterhoekse Poort
            """
        ),
    },
    {
        "id": "h59-038",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Annet Wensink <wensinka@bbdienst.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + _FOLLOW,
        "body": _(
            """
            Dank voor de middag en voor het verslag. Voor de volgende keer twee onderwerpen:
            1. scenario's voor de toekomst van onze werkorganisatie richting 2035: blijven we een
               uitvoeringsorganisatie of worden we een strategische partner van de besturen?
            2. samen optrekken met waterschap en provincie bij de klimaatadaptatie in het buitengebied

            Annet Wensink
            """
        ),
    },
    {
        "id": "h59-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gijs Lubbers <gijs.lubbers@bergherbos.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + _CALL,
        "body": _(
            """
            Onderwerp voor maart: één digitaal ondernemersloket voor onze drie gemeenten, wie heeft zoiets al
            werkend? Gr Gijs

            Verzonden vanaf mijn telefoon
            """
        ),
    },
    {
        "id": "h59-040",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Roel Hesselink <r.hesselink@slingestroom.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer dat het vol is, maar plek 2 op de wachtlijst klinkt hoopvol.

            Mag ik alvast een thema meegeven voor het najaar? Ons sturingsconcept. Wij stappen over van
            resultaatgericht naar opgavegericht werken en lopen aan tegen de vraag hoe je lijnmanagers en
            opgavemanagers naast elkaar laat sturen zonder dat medewerkers twee bazen krijgen.

            Roel Hesselink
            """
        ),
    },
    # ---- other -----------------------------------------------------------------------------------------------
    {
        "id": "h59-041",
        "kind": "other",
        "sender": "Ingeborg Huitink <ingeborg.huitink@slingestroom.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "subject": "Re: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Wat jammer! Ik had er echt naar uitgekeken. Weten jullie al wanneer de nieuwe datum wordt, en moet
            ik me dan opnieuw aanmelden of blijft mijn aanmelding staan?

            Ingeborg
            """
        ),
    },
    {
        "id": "h59-042",
        "kind": "other",
        "sender": "Tom Roerink <t.roerink@oad-werkorganisatie.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 juli",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juli gaan wij over op een nieuw domein: de werkorganisatie heet voortaan Achterhoek Oost
            Samen. Mijn adres wordt dan t.roerink@achterhoekoostsamen.nl. Wilt u uw lijst daarop aanpassen? Het
            oude adres stuurt nog een half jaar door.

            Met vriendelijke groet,
            Tom Roerink
            """
        ),
    },
    {
        "id": "h59-043",
        "kind": "other",
        "sender": "Wim Heinen <wimheinen@bbdienst.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": "Re: " + _FOLLOW,
        "body": _(
            """
            Mooi atelier weer. Eén verzoek: zou het volgende atelier eens in het oosten van het land kunnen,
            in Duivenwaard of Grolstede bijvoorbeeld? Voor ons is Utrecht anderhalf uur rijden per richting en
            dat kost een hele middag. Een ochtendprogramma zou ook al schelen.

            Wim
            """
        ),
    },
    {
        "id": "h59-044",
        "kind": "other",
        "sender": "Marco Ebbinkhuijsen <m.ebbinkhuijsen@berkelduin.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Jan-Willem Te Brake vertelde me op het regio-overleg dat hij uittreding uit de GR als onderwerp
            heeft ingebracht. Daar sluit ik mij van harte bij aan, bij ons speelt precies hetzelfde. Dus als
            jullie gaan tellen: reken mij maar mee als tweede stem.

            Marco
            """
        ),
    },
    {
        "id": "h59-045",
        "kind": "other",
        "sender": "Sanne Wieggers <sanne.wieggers@liemerselinie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITE,
        "body": _(
            """
            Hoi Stan en Melanie,

            We hebben net een traject afgerond waarin we van afdelingen naar zelforganiserende teams zijn
            gegaan, met wisselend succes maar met heel veel lessen. Zou ik daar op 11 maart een korte pitch van
            tien minuten over mogen houden? Ik ben er sowieso.

            Sanne
            """
        ),
    },
    {
        "id": "h59-046",
        "kind": "other",
        "sender": "Femke Hulshof <f.hulshof@wo-ijsselkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik om 16.00 uur weg kan: om half acht heb ik een raadsvergadering in
            Lathumwaard. Is het bezwaarlijk als ik het laatste deel van het programma mis? Anders laat ik mijn
            plek liever aan een ander.

            Femke Hulshof
            """
        ),
    },
    {
        "id": "h59-047",
        "kind": "other",
        "sender": "Jeroen Te Winkel <j.tewinkel@wo-ijsselkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, ik neem niemand mee - u vroeg in de uitnodiging met hoeveel personen. Als er iets te eten is:
            vegetarisch graag.

            Jeroen
            """
        ),
    },
    {
        "id": "h59-048",
        "kind": "other",
        "sender": "Lotte Hiddink <l.hiddink@rijnstrangen-wo.nl>",
        "quote": "none",
        "subject": "Vertrek A. Geerdink",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: Anton Geerdink werkt sinds 1 maart niet meer bij Rijnstrangen. Hij ontving uw
            berichten op a.geerdink@rijnstrangen-wo.nl; die mailbox wordt binnenkort gesloten. Over zijn
            opvolging kan ik nog niets zeggen.

            Met vriendelijke groet,
            Lotte Hiddink
            bestuurssecretariaat Werkorganisatie Rijnstrangen
            """
        ),
    },
    {
        "id": "h59-049",
        "kind": "other",
        "sender": "Gerda Eppink <secretariaat.directie@berkelduin.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Wolbrink is deze week op werkbezoek en vroeg mij uw mail af te handelen: bij dezen bevestig
            ik namens haar de aanmelding.

            Met vriendelijke groet,
            Gerda Eppink
            managementassistent directie
            """
        ),
    },
    {
        "id": "h59-050",
        "kind": "other",
        "sender": "Aidan Kuipers-Walsh <a.kuipers-walsh@grenslandoost.nl>",
        "quote": "none",
        "subject": "Subject access request",
        "body": _(
            """
            Hello again,

            Our privacy officer has asked all managers to check which external networks hold our details, so:
            could you send me an overview of the personal data you keep about me, and where it is stored? No
            need to delete anything, I'm happy to stay on the list.

            Cheers,
            Aidan
            """
        ),
    },
    {
        "id": "h59-051",
        "kind": "other",
        "sender": "Bert Hoitink <b.hoitink@liemerselinie.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk. Waar hebben jullie mijn e-mailadres vandaan? Ik ben geen
            directeur maar beleidsmedewerker en heb geen idee hoe ik op jullie lijst beland ben.

            B. Hoitink
            """
        ),
    },
    {
        "id": "h59-052",
        "kind": "other",
        "sender": "Esther Wansink <e.wansink@liemerssamen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITE,
        "body": _(
            """
            Goedemiddag,

            Mevrouw Tenhagen komt graag naar het atelier op 11 maart en neemt haar beleidsadviseur strategie,
            Yusuf Bakkal, mee. Wilt u hen allebei noteren?

            Met vriendelijke groet,
            Esther Wansink
            officemanager directie Liemers Samen
            """
        ),
    },
    {
        "id": "h59-053",
        "kind": "other",
        "sender": "Bernadette Ormel <b.ormel@wo-ijsselkant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen Melanie,

            Geen thema's van mij deze ronde, wel een aankondiging: per 1 juni vertrek ik bij IJsselkant. Mijn
            stoel in het netwerk gaat dan naar Femke Hulshof (f.hulshof@wo-ijsselkant.nl). Tot die tijd blijf ik
            gewoon lid.

            Bernadette
            """
        ),
    },
    # ---- autoreply -------------------------------------------------------------------------------------------
    {
        "id": "h59-054",
        "kind": "autoreply",
        "sender": "Lies Overkamp <l.overkamp@zelhemsebroek.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INVITE,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met woensdag 17 februari ben ik afwezig en lees ik mijn mail niet. Voor
            dringende zaken kunt u terecht bij het directiesecretariaat: 0314 35 80 00 of
            directie@zelhemsebroek.nl.

            Lies Overkamp
            """
        ),
    },
    {
        "id": "h59-055",
        "kind": "autoreply",
        "sender": "Priya Nijenhuis <p.nijenhuis@berkelduin.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Out of Office: " + _CALL,
        "body": _(
            """
            Thank you for your email. I am on parental leave until 1 March and will not be reading messages in the
            meantime. For anything urgent please contact Marco Ebbinkhuijsen (m.ebbinkhuijsen@berkelduin.nl).
            """
        ),
    },
    {
        "id": "h59-056",
        "kind": "autoreply",
        "sender": "Anton Geerdink <a.geerdink@rijnstrangen-wo.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _REMIND,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Anton Geerdink is niet langer werkzaam bij Werkorganisatie
            Rijnstrangen. Uw bericht wordt niet doorgestuurd. Voor algemene vragen: info@rijnstrangen-wo.nl of
            0316 29 14 00.
            """
        ),
    },
    {
        "id": "h59-057",
        "kind": "autoreply",
        "sender": "Servicedesk Slingestroom <servicedesk@slingestroom.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "[Ticket#2027031942] " + _FOLLOW,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Uw bericht is ontvangen door de Servicedesk van GR Slingestroom en geregistreerd onder nummer
            2027031942. U hoeft niets te doen; als het nodig is, neemt een medewerker binnen drie werkdagen
            contact met u op.

            Dit is een automatisch gegenereerd bericht, u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "h59-058",
        "kind": "autoreply",
        "sender": "Thea Klein Gunnewiek <t.kleingunnewiek@zelhemsebroek.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Gelezen: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Uw bericht

                Aan: Klein Gunnewiek, Thea
                Onderwerp: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties
                Verzonden: dinsdag 9 februari 2027 10:14:22 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op dinsdag 9 februari 2027 11:02:57 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    # ---- bounce ----------------------------------------------------------------------------------------------
    {
        "id": "h59-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@liemerselinie.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _CALL,
        "body": _(
            """
            Uw bericht heeft sommige of alle geadresseerden niet bereikt.

            Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
            Verzonden: 5-1-2027 09:00

            Uw bericht is niet bezorgd bij de volgende geadresseerden:

            j.vanommen@liemerselinie.nl op 5-1-2027 09:00
                De geadresseerde bestaat niet binnen de organisatie liemerselinie.nl.
                <mx.liemerselinie.nl #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>
            """
        ),
    },
    {
        "id": "h59-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.grenslandoost.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.grenslandoost.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <j.slutter@grenslandoost.nl>: host mailstore.grenslandoost.nl[10.20.1.15] said:
                550 5.1.1 <j.slutter@grenslandoost.nl>: Recipient address rejected: User unknown
                in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
