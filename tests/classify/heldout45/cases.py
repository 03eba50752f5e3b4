"""heldout45: a year of the mailbox in the Liemers, the Achterhoek and Salland.

The writers are directors of invented werkorganisaties and GR's east of the IJssel and along the Rijn:
Rijnwaard-Liemers, Liemerse Poort, Bergh-Didam, Slinge & Berkel, Graafschap-Oost, Oude IJsselstroom, Achterhoek-Oost,
Bocholter Aa, Baakse Beek, Hessenweg, Schipbeek Samenwerking, Vechtdal-Zuid, Sallandse Heuvelrug Werkt, IJsselvallei,
Salland-Midden and Regge-Salland, with their assistants, their mail servers and a few English-speaking interim
managers. The set follows one year: sign-ups and confirmations, answers to the welcome, the call for themes, the
invitation with its change and cancellation, the reminder, the waiting list, substitutes, the follow-up, people
leaving and handing over, AVG requests, new addresses, out-of-office mail and bounces. Registers run from the stiff
"hoogachtend" to Achterhoeks and Sallands ("moi", "wat zeg ie"), phone mails and English; about a third are
look-alikes or mixed intents.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer (a no turned into a yes is an rsvp
  True);
- a topic proposed under any of our mails is a suggestion, also next to a yes or a no for the atelier; backing another
  member's topic, asking to present and proposals about place and time of the ateliers are other;
- themes are those of the proposed topic, not of the context told before it; two for one topic that spans both or two
  topics under two themes;
- declining the atelier while staying a member ("afmelden voor het atelier") and a decline with a substitute are rsvp
  False; leaving and declining in one mail is unsubscribe;
- a hand-over with the successor's address, or leaving with a successor named without address, is unsubscribe; a
  hand-over at a later date with "tot die tijd blijf ik lid" and a colleague reporting a departure are other;
- an AVG erasure is unsubscribe with erase; a request to see one's data is other; a request to change one's address
  is left to the secretariat (other);
- one colleague with address is subscribe, a whole team or a colleague without address is other; "lid blijven" under
  our goodbye is subscribe;
- a plain denial under the confirmation (also asking who did it) is unsubscribe; asking where the address came from
  is other; a confirmation with a real question beside it, or by an assistant for the director, is other;
- a yes on a condition, an assistant's forwarded mail about the director's attendance and a "nee" that only answers
  the guest question are other; an assistant answering our invitation is rsvp;
- calendar answers are rsvp; out-of-office, read receipts, ticket systems and "address no longer in use" are
  autoreply; delivery failures are bounce without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITE_SUBJECT = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
CALL_SUBJECT = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
REMINDER_SUBJECT = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
FOLLOWUP_SUBJECT = (
    'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups -----------------------------------------------------------------------------------------------
    {
        "id": "h45-001",
        "kind": "subscribe",
        "sender": "Hanneke Elbers <h.elbers@rijnwaardliemers.nl>",
        "quote": "none",
        "subject": "Aanmelding Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Geachte heer, mevrouw,

            Met ingang van 1 februari jl. ben ik benoemd tot algemeen directeur van de Werkorganisatie
            Rijnwaard-Liemers, de ambtelijke organisatie van drie Liemerse gemeenten. Mijn voorganger, de heer
            Gieling, wees mij bij de overdracht op uw netwerk. Hierbij meld ik mij graag aan als lid.

            Hoogachtend,

            drs. H.M. Elbers
            Algemeen directeur
            Werkorganisatie Rijnwaard-Liemers
            Postbus 118, 6900 AC Zevenaar
            """
        ),
    },
    {
        "id": "h45-002",
        "kind": "subscribe",
        "sender": "jorien.nijenhuis@graafschap-oost.nl",
        "quote": "none",
        "subject": "lid worden?",
        "body": _(
            """
            Hoi,

            Via Henk Wissink (die kennen jullie vast) hoorde ik van jullie netwerk en de ateliers. Klinkt als iets
            voor mij: ik ben sinds de zomer directeur bedrijfsvoering bij Graafschap-Oost, de werkorganisatie van
            drie Achterhoekse gemeenten. Mag ik d'r ook bij? Dan graag op dit adres.

            Groeten,
            Jorien
            """
        ),
    },
    {
        "id": "h45-003",
        "kind": "subscribe",
        "sender": "Erik Hengeveld <e.hengeveld@slingeberkel.nl>",
        "quote": "none",
        "subject": "Nieuw lid: Annelies te Brake",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 maart heeft de GR Slinge & Berkel een nieuwe directeur dienstverlening: Annelies te Brake. Ik
            heb haar over het netwerk verteld en ze wil er graag bij. Willen jullie haar inschrijven? Haar adres is
            a.tebrake@slingeberkel.nl

            Zelf blijf ik natuurlijk gewoon lid.

            Hartelijke groet,
            Erik Hengeveld
            gemeentesecretaris-directeur GR Slinge & Berkel
            """
        ),
    },
    {
        "id": "h45-004",
        "kind": "subscribe",
        "sender": "Monique Gerritsen <m.gerritsen@liemersepoort.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dit klopt niet: onze nieuwe managementassistent heeft bij het opschonen van mijn nieuwsbrieven ook
            jullie netwerk meegenomen. Ik wil graag lid blijven! Excuses voor de verwarring.

            Monique Gerritsen
            Directeur Liemerse Poort
            """
        ),
    },
    {
        "id": "h45-005",
        "kind": "subscribe",
        "sender": "Fiona McAllister <f.mcallister@ijsselvallei-werkt.nl>",
        "quote": "none",
        "subject": "Membership of the directors' network",
        "body": _(
            """
            Dear secretariat,

            I recently started as interim director of operations at Werkorganisatie IJsselvallei, for at least the
            coming year. A colleague forwarded me one of your invitations and I would very much like to join the
            network myself. Apologies for writing in English - my Dutch is improving, but slowly.

            Kind regards,
            Fiona McAllister
            Interim Director Operations | Werkorganisatie IJsselvallei
            """
        ),
    },
    {
        "id": "h45-006",
        "kind": "subscribe",
        "sender": "Marco Hulshof <marcohulshof@vechtdalzuid.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Sprak jullie kort op de regiodag in Zwolle. Zoals beloofd: graag aanmelden voor het netwerk, ben
            directeur bij Vechtdal-Zuid.
            Marco

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h45-007",
        "kind": "subscribe",
        "sender": "Ilse Rouwenhorst <i.rouwenhorst@hessenweg-salland.nl>",
        "quote": "none",
        "subject": "Weer terug op het oude nest",
        "body": _(
            """
            Beste secretariaat,

            Een paar jaar geleden heb ik me bij jullie afgemeld toen ik overstapte naar de provincie Overijssel.
            Inmiddels ben ik terug in Salland: sinds deze maand ben ik gemeentesecretaris-directeur van
            Werkorganisatie Hessenweg. Ik word graag weer lid, op dit nieuwe adres.

            Met hartelijke groet,
            Ilse Rouwenhorst
            """
        ),
    },
    # --- confirmations ------------------------------------------------------------------------------------------
    {
        "id": "h45-008",
        "kind": "confirm",
        "sender": "G.J. Roerdink <gj.roerdink@oudeijsselstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Gert-Jan Roerdink
            Algemeen directeur | Werkorganisatie Oude IJsselstroom
            T 0315 68 24 00 | M 06 41 27 83 90
            Bezoekadres: Markt 4, Terborg

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het ten onrechte ontvangen, verwijder
            het dan en laat het de afzender weten.
            """
        ),
    },
    {
        "id": "h45-009",
        "kind": "confirm",
        "sender": "Yasmina El Khatib <y.elkhatib@baaksebeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Bevestigd! Fijn dat zo'n netwerk bestaat, als kersverse directeur kan ik wel wat sparringpartners
            gebruiken.

            Yasmina
            """
        ),
    },
    {
        "id": "h45-010",
        "kind": "confirm",
        "sender": "Wim Klein Gunnewiek <w.kleingunnewiek@bocholteraa.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Was hem kwijtgeraakt in de drukte rond de voorjaarsnota. Bij dezen alsnog bevestigd.

            W. Klein Gunnewiek
            GR Bocholter Aa
            """
        ),
    },
    {
        "id": "h45-011",
        "kind": "confirm",
        "sender": "Gerda Wiggers <gerdawiggers@icloud.com>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Prima zo, doe maar.

            Groet uut Eibergen,
            Gerda

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h45-012",
        "kind": "confirm",
        "sender": "Henrik Lindqvist <h.lindqvist@reggesalland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thanks for setting this up so quickly.

            Best,
            Henrik Lindqvist
            Director, Werkorganisatie Regge-Salland
            """
        ),
    },
    # --- leaving, hand-overs, AVG -------------------------------------------------------------------------------
    {
        "id": "h45-013",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Bultman <jw.bultman@schipbeeksamen.nl>",
        "quote": "none",
        "subject": "Uitschrijven i.v.m. pensioen",
        "body": _(
            """
            Beste mensen,

            Na ruim 38 jaar bij de overheid, waarvan de laatste acht als directeur van Schipbeek Samenwerking, ga ik
            per 1 juni met pensioen. Wilt u mij uit het ledenbestand halen? Over mijn opvolging is nog niets
            besloten; die persoon meldt zich te zijner tijd vast zelf.

            Dank voor de inspirerende bijeenkomsten.

            Jan-Willem Bultman
            """
        ),
    },
    {
        "id": "h45-014",
        "kind": "unsubscribe",
        "sender": "Rob Stoltenborg <r.stoltenborg@heuvelrugwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik moet helaas afzeggen voor donderdag, en eigenlijk voor alles: per 1 maart stap ik over naar BZK,
            dus het netwerk is voor mij niet meer aan de orde. Schrijf me maar uit. Het was goed!

            Rob
            """
        ),
    },
    {
        "id": "h45-015",
        "kind": "unsubscribe",
        "sender": "Carla Eppink <c.eppink@werkorganisatie-berghdidam.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Dank voor de bevestiging. Zoals in uw mail gevraagd: mijn opvolger als directeur is Ruud Tijhuis, hij
            begint op 1 mei. Zijn adres is r.tijhuis@werkorganisatie-berghdidam.nl. Ik heb hem al enthousiast
            gemaakt voor de ateliers.

            Groet,
            Carla Eppink
            """
        ),
    },
    {
        "id": "h45-016",
        "kind": "unsubscribe",
        "sender": "Bert Veldhuis <b.veldhuis@oudeijsselstroom.nl>",
        "quote": "none",
        "subject": "Overdracht directie bedrijfsvoering",
        "body": _(
            """
            Goedemorgen Stan en Melanie,

            Vanaf vandaag neemt Nadia Ramdin-Kroeze mijn taken als directeur bedrijfsvoering over; ik vertrek eind
            deze week naar de Omgevingsdienst. Wilt u mij afmelden en de uitnodigingen voortaan naar haar sturen?
            Haar adres: n.ramdin@oudeijsselstroom.nl

            Bedankt voor de fijne jaren,
            Bert Veldhuis
            """
        ),
    },
    {
        "id": "h45-017",
        "kind": "unsubscribe",
        "sender": "Harm Kroeze <h.kroeze@graafschap-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dag Stan, Melanie,

            Geen onderwerp van mij deze keer, want ik ben er straks niet meer bij: eind januari vertrek ik naar het
            waterschap. Mijn opvolger wordt Fenna Lensink; haar mailadres is nog niet aangemaakt, ze begint pas in
            februari. Haal mij maar vast van de lijst, Fenna meldt zich zelf aan zodra ze binnen is.

            Harm
            """
        ),
    },
    {
        "id": "h45-018",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "mr. A.C. ter Haar <a.terhaar@heuvelrugwerkt.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij verzoek ik u, met een beroep op artikel 17 van de Algemene verordening gegevensbescherming, al
            mijn persoonsgegevens uit uw administratie te verwijderen, waaronder mijn naam, functie en
            e-mailadres, en mij geen berichten meer te sturen.

            Ik verneem graag binnen de wettelijke termijn dat aan dit verzoek is voldaan.

            Hoogachtend,

            mr. A.C. ter Haar
            Directeur Sallandse Heuvelrug Werkt
            """
        ),
    },
    {
        "id": "h45-019",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sean O'Rourke <s.orourke@vechtdalzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            No topics from me, I'm afraid: my secondment to Vechtdal-Zuid ended last month. Please take me off this
            mailing list and erase all the personal data you hold about me, in line with the GDPR. There is no need
            to keep anything on file.

            Regards,
            Sean O'Rourke
            """
        ),
    },
    {
        "id": "h45-020",
        "kind": "unsubscribe",
        "sender": "Petra Wolters <p.wolters@liemersepoort.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ik heb mij niet voor dit netwerk aangemeld. Ik ben teamleider Burgerzaken, geen directeur. Wie heeft
            dat gedaan?

            Petra Wolters
            """
        ),
    },
    {
        "id": "h45-021",
        "kind": "unsubscribe",
        "sender": "Bas Roelofs <b.roelofs@werkorganisatie-berghdidam.nl>",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Haal mij maar van de lijst, ik zit per 1/3 bij de veiligheidsregio. Succes met de ateliers!
            Bas

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "h45-022",
        "kind": "unsubscribe",
        "sender": "Gerrit Ribbers <g.ribbers@bocholteraa.nl>",
        "quote": "none",
        "subject": "stoppen",
        "body": _(
            """
            Moi allemaal,

            Nao twaalf jaor as directeur bie de Bocholter Aa is 't mooi ewes. Per 1 april gao ik met pensioen, dus
            haal mien naam mar van de lieste.

            Het ga jullie goed!
            Gerrit Ribbers
            """
        ),
    },
    # --- the invitation and what follows -------------------------------------------------------------------------
    {
        "id": "h45-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne Tiemessen <s.tiemessen@rijnwaardliemers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Zet me er maar op; hopelijk werkt de A12 die middag een beetje mee.

            Sanne Tiemessen
            Directeur Samenleving
            """
        ),
    },
    {
        "id": "h45-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Johan Scholten <j.scholten@hessenweg-salland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, ik kom, met z'n tweeën: ikzelf en onze concerncontroller Iris Brink, die het onderwerp ook erg
            interessant vindt. Iris heeft geen eigen uitnodiging, dus ik geef haar bij dezen als gast op.

            Johan
            """
        ),
    },
    {
        "id": "h45-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ans Heutinck <a.heutinck@slingeberkel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, helaas. Op 11 maart behandelt de raad de kadernota en daar moet ik bij zijn. Een volgende keer
            graag!

            Ans
            """
        ),
    },
    {
        "id": "h45-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Meijerink <f.meijerink@ijsselvallei-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Re: " + INVITE_SUBJECT,
        "body": _(
            """
            Die donderdag zit ik met het gezin in Oostenrijk, dus zelf kan ik niet. Mijn collega-directeur Koen
            Brunsveld gaat in mijn plaats: k.brunsveld@ijsselvallei-werkt.nl. Hij weet ervan.

            Groet, Frank
            """
        ),
    },
    {
        "id": "h45-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Evelien Groot Wassink <e.grootwassink@graafschap-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITE_SUBJECT,
        "body": _(
            """
            Staat in mijn agenda. Tot in Utrecht!
            """
        ),
    },
    {
        "id": "h45-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henrik Lindqvist <h.lindqvist@reggesalland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITE_SUBJECT,
        "body": _(
            """
            Sorry - I'm at a conference in Malmö that week. Hope to make the autumn session.
            """
        ),
    },
    {
        "id": "h45-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Vechtdal-Zuid <secretariaat.directie@vechtdalzuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Hulshof laat ik u weten dat hij graag aanwezig is op 11 maart. Ik heb het atelier
            inmiddels in zijn agenda gezet.

            Met vriendelijke groet,
            Marleen Pots
            managementondersteuning directie
            """
        ),
    },
    {
        "id": "h45-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tom Berentsen <tom.berentsen@liemersepoort.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: " + REMINDER_SUBJECT,
        "body": _(
            """
            Balen, ik lig plat met de griep en ga donderdag niet redden. Geef mijn plek maar aan iemand op de
            wachtlijst.

            Tom
            """
        ),
    },
    {
        "id": "h45-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nicole Driessen <n.driessen@werkorganisatie-berghdidam.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Die wachtlijst hoeft voor mij niet meer: ik heb die middag inmiddels een bestuurlijk overleg met de
            provincie staan. Mijn plek mag naar een ander.

            Nicole
            """
        ),
    },
    {
        "id": "h45-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Brouwer-Nowak <k.brouwer@schipbeeksamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            De nieuwe datum past mij helaas niet: op 18 maart zit ik de hele dag in Den Haag bij een
            VNG-commissie. Dan sla ik deze keer over.

            Karin
            """
        ),
    },
    {
        "id": "h45-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Hendriks <l.hendriks@liemersepoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor de uitnodiging. Dirk vroeg het me vorige week al; ik kom graag in zijn plaats. Een gast
            neem ik trouwens niet mee, ik kom alleen.

            Lotte
            """
        ),
    },
    {
        "id": "h45-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ans Heutinck <a.heutinck@slingeberkel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Vorige week zei ik nee vanwege de kadernota, maar die raadsvergadering is verschoven naar april. Dus
            ik kom toch! Zet me maar weer op de lijst.

            Ans
            """
        ),
    },
    {
        "id": "h45-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Peter Kamphuis <p.kamphuis@reggesalland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITE_SUBJECT,
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, alleen ikzelf.

            Peter
            """
        ),
    },
    {
        "id": "h45-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fiona McAllister <f.mcallister@ijsselvallei-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in! Looking forward to meeting colleagues from outside the IJssel valley. I'll come by train
            from Deventer, so I may walk in a few minutes late.

            Fiona
            """
        ),
    },
    {
        "id": "h45-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Herman Te Winkel <h.tewinkel@achterhoek-oost.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik bin d'r bie! Mooi onderwerp, dat speult bie ons ok.

            Groet uut Winterswiek,
            Herman
            """
        ),
    },
    {
        "id": "h45-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yasmina El Khatib <y.elkhatib@baaksebeek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik moet me helaas afmelden voor het atelier van 11 maart, dubbel geboekt met onze MT-heidag. Volgende
            keer hoop ik er wel bij te zijn!

            Verstuurd vanaf mijn Samsung Galaxy
            """
        ),
    },
    # --- themes -----------------------------------------------------------------------------------------------------
    {
        "id": "h45-039",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Hanneke Elbers <h.elbers@rijnwaardliemers.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Graag draag ik het volgende onderwerp aan:
            - een langetermijnvisie voor de werkorganisatie: hoe komen we tot een strategische koers die verder
              reikt dan één raadsperiode, terwijl de colleges elke vier jaar wisselen?

            Met vriendelijke groet,
            H.M. Elbers
            """
        ),
    },
    {
        "id": "h45-040",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "jorien.nijenhuis@graafschap-oost.nl",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + CALL_SUBJECT,
        "body": _(
            """
            Hoi Stan en Melanie,

            Eén onderwerp van mijn kant: wat doe je als een van de deelnemende gemeenten hardop begint te twijfelen
            aan de GR en zelfs uittreding laat verkennen? Bij ons speelt dat nu, en ik ben benieuwd hoe anderen de
            verhouding tussen de gemeenten dan goed houden.

            Groet, Jorien
            """
        ),
    },
    {
        "id": "h45-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Johan Scholten <j.scholten@hessenweg-salland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Onderwerp: krapte op de arbeidsmarkt. Bij ons staan vacatures bij VTH en ICT al maanden open. Hoe
            houden anderen hun formatie op peil - eigen traineeships, zij-instromers, inhuur?

            J. Scholten
            """
        ),
    },
    {
        "id": "h45-042",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Herman Te Winkel <h.tewinkel@achterhoek-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag,

            Voorstel voor het atelier: dienstverlening in de kleine kernen. Wij sluiten twee servicepunten en
            willen daarvoor in de plaats een pop-up loket in de bibliotheek, en aan huis voor wie slecht ter been
            is. Wie heeft daar ervaring mee, en hoe weet je of inwoners er beter van worden?

            Herman Te Winkel
            Werkorganisatie Achterhoek-Oost
            """
        ),
    },
    {
        "id": "h45-043",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Monique Gerritsen <m.gerritsen@liemersepoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Twee onderwerpen, zoals gevraagd één per regel:
            Informatieveiligheid na de hack bij een buurgemeente: wat hebben we ervan geleerd, en is onze
            I&A-organisatie er eigenlijk klaar voor?
            De positie van de Liemers tussen de regio Arnhem-Nijmegen en de Achterhoek: waar horen we bij?

            Monique
            """
        ),
    },
    {
        "id": "h45-044",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Erik Hengeveld <e.hengeveld@slingeberkel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Re: " + CALL_SUBJECT,
        "body": _(
            """
            Mijn onderwerp voor maart: één digitaal loket voor ondernemers uit onze drie gemeenten. Dat vraagt
            aan de achterkant gestroomlijnde werkprocessen en één zaaksysteem, maar uiteindelijk gaat het erom
            hoe de ondernemer het aan de voorkant ervaart. Zou mooi zijn om dat met collega's uit te diepen.

            Erik
            """
        ),
    },
    {
        "id": "h45-045",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jan-Willem Bultman <jw.bultman@schipbeeksamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            En alvast voor een volgend atelier: het monitoren van de prestaties van ons KCC. We meten wachttijden
            en afhandelpercentages, maar hoe meet je nou wat inwoners echt ervaren?

            JW
            """
        ),
    },
    {
        "id": "h45-046",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ilse Rouwenhorst <i.rouwenhorst@hessenweg-salland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom (terug)! Ik heb meteen een onderwerp: ons sturingsconcept. We gaan van een
            klassiek model met directie en afdelingshoofden naar zelforganiserende teams met meer regelruimte. Hoe
            houd je als directie dan zicht op de resultaten?

            Ilse
            """
        ),
    },
    {
        "id": "h45-047",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sanne Tiemessen <s.tiemessen@rijnwaardliemers.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": "Re: " + FOLLOWUP_SUBJECT,
        "body": _(
            """
            Wat een goede middag was het. Voor de volgende keer zou ik graag praten over hoe de gemeenteraden van
            de deelnemende gemeenten grip houden op de werkorganisatie. Raadsleden voelen zich ver weg van ‘die
            club in Zevenaar’, en dat knaagt aan het draagvlak voor de samenwerking.

            Sanne
            """
        ),
    },
    {
        "id": "h45-048",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Henrik Lindqvist <h.lindqvist@reggesalland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from my side: generative AI in the back office. What are other organisations doing with it
            for drafting council proposals and handling correspondence, and how do they manage the privacy and
            security risks?

            Cheers,
            Henrik
            """
        ),
    },
    {
        "id": "h45-049",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Karin Brouwer-Nowak <k.brouwer@schipbeeksamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "body": _(
            """
            Nog een onderwerp erbij, als het mag: de rol van de werkorganisatie bij het bepalen van de bestuurlijke
            prioriteiten. Wij schrijven steeds vaker zelf de inhoudelijke agenda voor de komende jaren voor; is dat
            eigenlijk wel aan ons?

            Karin
            """
        ),
    },
    {
        "id": "h45-050",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Evelien Groot Wassink <e.grootwassink@graafschap-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Inmiddels werken we vijf jaar samen als werkorganisatie voor drie gemeenten; bestuurlijk is de
            samenwerking wel geland en ook de organisatie staat. Wat ik graag zou bespreken: hoe toon je aan dat de
            dienstverlening aan ondernemers sinds de fusie echt beter is geworden? We hebben geen nulmeting en het
            college vraagt ernaar.

            Met groet,
            Evelien Groot Wassink
            """
        ),
    },
    {
        "id": "h45-051",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rieks Olthof <r.olthof@sallandmidden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + CALL_SUBJECT,
        "body": _(
            """
            Moi! Onderwerp van mien kant: hybride werken. De helft van onze mensen woont in Zwolle of Deventer en
            komt amper nog naar Raalte. Hoe bouw je dan nog aan een gezamenlijke cultuur? Wat zeg ie, iets voor
            maart?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h45-052",
        "kind": "suggestion",
        "themes": ["samenwerking", "strategie"],
        "sender": "G.J. Roerdink <gj.roerdink@oudeijsselstroom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag, goed gelukt. Twee onderwerpen voor het najaar:
            1. De rol van onze werkorganisatie in de Regio Deal Achterhoek: trekken we op als één partij of als
               drie gemeenten?
            2. Vergrijzing: wat betekent die voor onze opgaven richting 2040? Graag een gesprek over de lange
               termijn.

            GJ
            """
        ),
    },
    {
        "id": "h45-053",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Nicole Driessen <n.driessen@werkorganisatie-berghdidam.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Op 11 maart ben ik er zelf waarschijnlijk niet bij, maar een onderwerp geef ik graag mee: de regionale
            woningbouwopgave. De ambities van onze gemeenten lopen nogal uiteen en de werkorganisatie zit er
            tussenin. Hoe gaan anderen daarmee om?

            Nicole Driessen
            """
        ),
    },
    # --- mail for the secretariat ------------------------------------------------------------------------------------
    {
        "id": "h45-054",
        "kind": "other",
        "sender": "Tom Berentsen <tom.berentsen@liemersepoort.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Goedendag,

            Omdat we intern ons eigen privacybeleid tegen het licht houden, ben ik benieuwd: welke
            persoonsgegevens van mij hebben jullie vastgelegd, en hoe lang bewaren jullie die? Ik wil gewoon lid
            blijven, het gaat me alleen om het overzicht (art. 15 AVG).

            Tom Berentsen
            """
        ),
    },
    {
        "id": "h45-055",
        "kind": "other",
        "sender": "G.J. Roerdink <gj.roerdink@oudeijsselstroom.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 april",
        "body": _(
            """
            Beste secretariaat,

            Per 1 april gaan we over op een nieuwe huisstijl en een nieuw domein. Mijn adres wordt dan
            gj.roerdink@oijs-werkt.nl; het oude stuurt nog drie maanden door. Willen jullie dat in de ledenlijst
            aanpassen? Ik wil de uitnodiging voor het najaarsatelier niet missen.

            GJ Roerdink
            """
        ),
    },
    {
        "id": "h45-056",
        "kind": "other",
        "sender": "Theo Haverkamp <t.haverkamp@achterhoek-oost.nl>",
        "quote": "none",
        "subject": "Vooraankondiging overdracht",
        "body": _(
            """
            Beste Stan en Melanie,

            Een vooraankondiging: per 1 september draag ik de directie over aan Mirjam Slütter
            (m.slutter@achterhoek-oost.nl). Tot die tijd blijf ik gewoon lid en kom ik ook nog graag naar het
            voorjaarsatelier. Willen jullie haar vanaf september de stukken sturen?

            Hartelijke groet,
            Theo Haverkamp
            """
        ),
    },
    {
        "id": "h45-057",
        "kind": "other",
        "sender": "Linda Kemperman <l.kemperman@zuidliemers.nl>",
        "quote": "none",
        "subject": "Harry Wolbrink",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: Harry Wolbrink is sinds 1 januari niet meer bij ons in dienst. Ik zag dat zijn mailbox
            nog steeds jullie uitnodigingen ontvangt. Zijn functie neem ik voorlopig waar.

            Met vriendelijke groet,
            Linda Kemperman
            a.i. directeur Werkorganisatie Zuid-Liemers
            """
        ),
    },
    {
        "id": "h45-058",
        "kind": "other",
        "sender": "Karin Brouwer-Nowak <k.brouwer@schipbeeksamen.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam Schipbeek",
        "body": _(
            """
            Dag,

            Ons directieteam wil graag als geheel aansluiten. Kunnen jullie naast mij ook aanmelden:
            - Ruben Stegeman, r.stegeman@schipbeeksamen.nl
            - Esther Wijnbergen, e.wijnbergen@schipbeeksamen.nl
            - Wouter Reindsen, w.reindsen@schipbeeksamen.nl

            Alvast bedankt!
            Karin
            """
        ),
    },
    {
        "id": "h45-059",
        "kind": "other",
        "sender": "Marco Hulshof <marcohulshof@vechtdalzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen onderwerp van mij, wel een vraag: kan mijn nieuwe collega-directeur Sandra Oosterveld ook lid
            worden? Ze begint volgende maand; haar mailadres krijg ik pas na haar eerste werkdag.

            Marco
            """
        ),
    },
    {
        "id": "h45-060",
        "kind": "other",
        "sender": "Olga Zandbergen <o.zandbergen@ijsselvallei-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb me nergens aangemeld. Hoe komen jullie aan mijn e-mailadres? Ik ben beleidsadviseur en geen
            directeur, en ik wil graag weten wie mijn gegevens aan jullie heeft doorgegeven.

            O. Zandbergen
            """
        ),
    },
    {
        "id": "h45-061",
        "kind": "other",
        "sender": "Ruud Tijhuis <r.tijhuis@werkorganisatie-berghdidam.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Bij deze bevestigd - Carla had me al gewaarschuwd dat deze mail zou komen. Wel een vraag: is het
            lidmaatschap persoonlijk of hoort het bij de functie? Onze directeur bedrijfsvoering wil namelijk ook
            graag mee naar de ateliers.

            Ruud
            """
        ),
    },
    {
        "id": "h45-062",
        "kind": "other",
        "sender": "Directiesecretariaat Regge-Salland <directiesecretariaat@reggesalland.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Goedemorgen,

            Onderstaande mail kwam binnen in de mailbox van de heer Ten Dam. Namens hem bevestig ik zijn
            aanmelding; hij heeft mij gevraagd dit voor hem af te handelen.

            Met vriendelijke groet,
            Ingrid Haarman
            Directiesecretariaat Werkorganisatie Regge-Salland
            """
        ),
    },
    {
        "id": "h45-063",
        "kind": "other",
        "sender": "Rieks Olthof <r.olthof@sallandmidden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik om kwart over vier weg kan: om half zeven begint in Raalte een
            raadsinformatieavond. Is het voor de opzet van het atelier een probleem als ik halverwege vertrek? Dan
            laat ik het deze keer aan me voorbijgaan.

            Rieks
            """
        ),
    },
    {
        "id": "h45-064",
        "kind": "other",
        "sender": "Anouk Peters <a.peters@liemersepoort.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITE_SUBJECT,
        "body": _(
            """
            Goedemiddag,

            Hieronder de uitnodiging voor het atelier van 11 maart. Mevrouw Gerritsen heeft mij gevraagd haar
            hiervoor af te melden; ze heeft die middag een afspraak met de burgemeesters die niet te verzetten is.

            Met vriendelijke groet,
            Anouk Peters
            Managementassistent directie Liemerse Poort
            """
        ),
    },
    {
        "id": "h45-065",
        "kind": "other",
        "sender": "Evelien Groot Wassink <e.grootwassink@graafschap-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Nee, ik neem niemand mee, en dieetwensen heb ik ook niet - voor het geval jullie dat nog wilden weten.

            Evelien
            """
        ),
    },
    {
        "id": "h45-066",
        "kind": "other",
        "sender": "Theo Haverkamp <t.haverkamp@achterhoek-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag beiden,

            Een eigen onderwerp heb ik niet, maar ik sluit me graag aan bij wat Monique Gerritsen in de vorige ronde
            inbracht over de positie van de Liemers in de regio. Bij ons in de Achterhoek speelt precies dezelfde
            vraag. Tel haar onderwerp maar dubbel!

            Theo
            """
        ),
    },
    {
        "id": "h45-067",
        "kind": "other",
        "sender": "Lotte Hendriks <l.hendriks@liemersepoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mag ik op het komende atelier een kwartiertje vertellen over ons project Eén Loket Liemers? We hebben er
            in twee jaar veel van geleerd, ook van wat misging, en ik denk dat collega's daar iets aan hebben. Laat
            maar weten of daar ruimte voor is.

            Lotte Hendriks
            """
        ),
    },
    {
        "id": "h45-068",
        "kind": "other",
        "sender": "Wim Klein Gunnewiek <w.kleingunnewiek@bocholteraa.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + FOLLOWUP_SUBJECT,
        "body": _(
            """
            Dank voor de mooie middag en het verslag. Eén wens: organiseer een keer een atelier in de Achterhoek of
            in Salland, bijvoorbeeld in Groenlo of Deventer, en dan misschien op een vrijdagochtend. Voor ons is
            Utrecht op donderdagmiddag al gauw een halve dag reizen, zeker met de trein via Arnhem. Wat zeg ie
            d'r van?

            Wim
            """
        ),
    },
    {
        "id": "h45-069",
        "kind": "other",
        "sender": "Johan Scholten <j.scholten@hessenweg-salland.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer, ik had me er echt op verheugd. Is er al een nieuwe datum in beeld? Ik houd de
            donderdagmiddagen in april voorlopig vrij.

            Johan
            """
        ),
    },
    {
        "id": "h45-070",
        "kind": "other",
        "sender": "Fiona McAllister <f.mcallister@ijsselvallei-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you for a lovely afternoon - I learned a lot. One thing: the link to the report gives me a 404
            error. Could you send me the report as a PDF instead?

            Fiona
            """
        ),
    },
    {
        "id": "h45-071",
        "kind": "other",
        "sender": "Wendy Stegeman <w.stegeman@zuidliemers.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Deze herinnering snap ik niet: ik heb vorige week toch al op jullie eerste mail geantwoord? Of is dat
            niet goed aangekomen? Graag even checken of ik nu wel of niet lid ben.

            Wendy Stegeman
            """
        ),
    },
    {
        "id": "h45-072",
        "kind": "other",
        "sender": "Jan-Willem Bultman <jw.bultman@schipbeeksamen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank voor de snelle afhandeling en voor alle mooie ateliers van de afgelopen jaren. Ik ga nu eerst
            fietsen door Salland. Het ga jullie goed!

            Jan-Willem
            """
        ),
    },
    # --- automatic mail ----------------------------------------------------------------------------------------------
    {
        "id": "h45-073",
        "kind": "autoreply",
        "sender": "Sanne Tiemessen <s.tiemessen@rijnwaardliemers.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITE_SUBJECT,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor je bericht. Tot en met maandag 22 februari ben ik op wintersport en lees ik mijn mail niet.
            Voor dringende zaken kun je terecht bij het secretariaat van Werkorganisatie Rijnwaard-Liemers,
            0316 52 90 00.
            """
        ),
    },
    {
        "id": "h45-074",
        "kind": "autoreply",
        "sender": "Henrik Lindqvist <h.lindqvist@reggesalland.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + CALL_SUBJECT,
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Thank you for your email. I am out of the office until 15 January with limited access to email. For
            urgent matters, please contact the directiesecretariaat at directiesecretariaat@reggesalland.nl.

            Met vriendelijke groet / Best regards,
            Henrik Lindqvist
            """
        ),
    },
    {
        "id": "h45-075",
        "kind": "autoreply",
        "sender": "Johan Scholten <j.scholten@hessenweg-salland.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Gelezen: " + REMINDER_SUBJECT,
        "body": _(
            """
            Uw bericht

              Aan: Scholten, Johan
              Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
              Verzonden: maandag 8 maart 2027 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op maandag 8 maart 2027 11:47:36 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "h45-076",
        "kind": "autoreply",
        "sender": "Directie Salland-Midden <directie@sallandmidden.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Ontvangstbevestiging Z/27/004518: " + CALL_SUBJECT,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Hartelijk dank voor uw bericht aan Werkorganisatie Salland-Midden. Uw e-mail is geregistreerd onder
            zaaknummer Z/27/004518 en doorgezet naar de behandelende afdeling. U ontvangt binnen vijf werkdagen een
            reactie.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.
            """
        ),
    },
    {
        "id": "h45-077",
        "kind": "autoreply",
        "sender": "Bert Veldhuis <b.veldhuis@oudeijsselstroom.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "RE: " + FOLLOWUP_SUBJECT,
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik en uw bericht is niet doorgestuurd. Voor vragen over
            bedrijfsvoering kunt u mailen naar bedrijfsvoering@oudeijsselstroom.nl of bellen met 0315 68 24 00.
            """
        ),
    },
    {
        "id": "h45-078",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@graafschap-oost.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + INVITE_SUBJECT,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Kan niet worden bezorgd bij deze ontvangers of groepen:

            h.kroeze@graafschap-oost.nl
            Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem
            zich blijft voordoen.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR02MB7410.eurprd02.prod.outlook.com

            h.kroeze@graafschap-oost.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h45-079",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.schipbeeksamen.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.schipbeeksamen.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <a.nijhof@schipbeeksamen.nl>: host mail.schipbeeksamen.nl[10.2.4.17] said:
                550 5.1.1 <a.nijhof@schipbeeksamen.nl>: Recipient address rejected: User
                unknown in local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h45-080",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            ** Adres niet gevonden **

            Je bericht is niet bezorgd bij gerda.wiggers.eibergen@gmail.com omdat het adres niet is gevonden of
            geen e-mail kan ontvangen.

            Het antwoord van de externe server was:
            550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the
            recipient's email address for typos or unnecessary spaces.
            """
        ),
    },
]
# fmt: on
